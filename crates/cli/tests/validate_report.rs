//! `nomina validate` end to end, on the labelled fixture and the small clean portfolio of
//! `crates/validate/tests/data` against UN 2026-02-27 + OFAC SDN 2021-07-07:
//!
//! * the report's files, sections and plots are there, and its detection figures are those
//!   the benchmark's scorer counts from the report's own `results.jsonl`;
//! * a baseline at another threshold names exactly the queries whose outcome changed;
//! * bad input is an error naming the file and line, never a panic;
//! * the page renders in headless Chromium with every plot drawn (needs /usr/bin/chromium
//!   and /usr/bin/chromedriver when the tests are built, see `crates/cli/build.rs`; set
//!   NOMINA_UI_SCREENSHOTS=<dir> to keep the screenshots).

mod common;

use common::{agent, nomina, ChildGuard, TempDir};
use nomina_validate::input::parse_labelled;
use nomina_validate::scorer::{bench_figures, query_scores, read_results};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const UN: &str = "data/lists/un/consolidated-2026-02-27.xml.gz";
const OFAC: &str = "data/lists/ofac/sdn-2021-07-07.csv.gz";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn data(name: &str) -> String {
    root()
        .join("crates/validate/tests/data")
        .join(name)
        .display()
        .to_string()
}

/// Runs `nomina --list UN --list OFAC validate ARGS…`; panics unless it succeeds.
fn validate(args: &[&str]) -> String {
    let (un, ofac) = (root().join(UN), root().join(OFAC));
    let mut all = vec![
        "--list",
        un.to_str().unwrap(),
        "--list",
        ofac.to_str().unwrap(),
        "validate",
    ];
    all.extend_from_slice(args);
    let (code, out, err) = nomina(&all);
    assert_eq!(code, 0, "nomina validate {args:?} failed: {err}");
    out
}

/// The report at the default threshold with the portfolio, made once for the tests that
/// only read it, under Cargo's temporary directory for integration tests (a static is
/// never dropped, so a `TempDir` would be left behind in /tmp).
fn base_report() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("validate-report-base");
        let _ = std::fs::remove_dir_all(&dir);
        let out = validate(&[
            "--queries",
            &data("labelled.jsonl"),
            "--portfolio",
            &data("portfolio.jsonl"),
            "--out",
            dir.to_str().unwrap(),
        ]);
        assert_eq!(out.trim(), dir.join("report.html").display().to_string());
        dir
    })
}

/// Equal JSON, numbers within 1e-12.
fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w)))
        }
        (Value::Number(x), Value::Number(y)) => {
            (x.as_f64().unwrap() - y.as_f64().unwrap()).abs() <= 1e-12
        }
        _ => a == b,
    }
}

fn figures(dir: &Path) -> Value {
    let text = std::fs::read_to_string(dir.join("figures.json")).expect("figures.json");
    serde_json::from_str(&text).expect("figures.json is JSON")
}

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn report_files_sections_and_figures() {
    let dir = base_report();
    let f = figures(dir);
    let html = read(dir, "report.html");
    assert_eq!(f["format"], "nomina-validate/1");
    assert_eq!(f["threshold"], 0.8);

    // The detection figures are the scorer's, counted from the report's own results.
    let queries = parse_labelled(
        Path::new("labelled.jsonl"),
        read(Path::new(&data("")), "labelled.jsonl").as_bytes(),
    )
    .unwrap();
    let (hits, answered) = read_results(&queries, &read(dir, "results.jsonl")).unwrap();
    assert!(answered.iter().all(|&a| a), "every query answered");
    // Screened exactly as `screen --batch` screens: the same bytes.
    let (un, ofac) = (root().join(UN), root().join(OFAC));
    let (code, batch, err) = nomina(&[
        "--list",
        un.to_str().unwrap(),
        "--list",
        ofac.to_str().unwrap(),
        "screen",
        "--batch",
        &data("labelled.jsonl"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        batch,
        read(dir, "results.jsonl"),
        "results.jsonl is screen --batch's output"
    );
    let scores = query_scores(&queries, &hits);
    let want = serde_json::to_value(bench_figures(&queries, &scores, &answered)).unwrap();
    // figures.json is read back here without serde_json's exact float parsing, which can
    // be one unit in the last place off; `crates/validate/tests/scorer.rs` compares exactly.
    assert!(
        close(&f["detection"]["benchmark"], &want),
        "{} vs {want}",
        f["detection"]["benchmark"]
    );
    assert_eq!(f["detection"]["benchmark"]["positives"], 100);

    // Coverage: both lists pinned by their hash; the matcher's settings.
    for list in ["un", "ofac"] {
        let sha = f["coverage"]["lists"][list]["sha256"].as_str().unwrap();
        assert_eq!(sha.len(), 64);
        assert!(html.contains(sha), "{list}'s SHA-256 in the page");
    }
    assert_eq!(
        f["coverage"]["settings"]["default_threshold"]["value"],
        json!(nomina_match::DEFAULT_THRESHOLD)
    );
    assert_eq!(f["coverage"]["portfolio"]["records"], 400);

    // Every missed positive is in the missed table with its best score.
    let missed: Vec<&str> = f["outcomes"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, o)| o["outcome"] == "missed")
        .map(|(id, _)| id.as_str())
        .collect();
    assert!(!missed.is_empty());
    assert_eq!(f["detection"]["missed_count"], missed.len());
    let section = |id: &str| {
        let start = html
            .find(&format!("<h2 id=\"{id}\""))
            .unwrap_or_else(|| panic!("section {id}"));
        let end = html[start + 4..]
            .find("<h2 ")
            .map_or(html.len(), |e| start + 4 + e);
        html[start..end].to_string()
    };
    let detection = section("detection");
    for id in &missed {
        assert!(
            detection.contains(&format!("<td>{id}</td>")),
            "missed {id} listed"
        );
    }

    // Six sections, four plots, nothing fetched, no script.
    for id in [
        "coverage",
        "detection",
        "false-alerts",
        "stability",
        "change",
        "speed",
    ] {
        assert!(!section(id).is_empty());
    }
    assert_eq!(html.matches("<svg ").count(), 4);
    assert!(!html.contains("<script"));
    let outside: Vec<&str> = html
        .match_indices("http")
        .map(|(i, _)| &html[i..(i + 40).min(html.len())])
        .filter(|s| !s.starts_with("http://www.w3.org/2000/svg"))
        .collect();
    assert!(outside.is_empty(), "external references: {outside:?}");
    for plot in ["threshold", "precision-recall", "alerts", "histogram"] {
        let svg = read(dir, &format!("plots/{plot}.svg"));
        assert!(svg.contains("class=\"plot\""), "{plot}.svg");
    }

    // Stability is checked and stated; the false alerts are counted.
    assert_eq!(f["stability"]["queries"]["identical"], true);
    assert_eq!(f["stability"]["portfolio"]["identical"], true);
    assert!(section("stability").contains("byte-identical"));
    let at = &f["false_alerts"]["at"]["configured"];
    assert_eq!(f["false_alerts"]["customers"], 400);
    assert_eq!(
        at["per_1000"].as_f64().unwrap(),
        1000.0 * at["alerts"].as_f64().unwrap() / 400.0
    );
    assert_eq!(
        f["false_alerts"]["samples"].as_array().unwrap().len(),
        at["alerts"].as_u64().unwrap().min(15) as usize
    );
    assert!(f["change"].is_null());
    assert!(f["speed"]["latency_p50_us"].as_f64().unwrap() > 0.0);
}

#[test]
fn a_baseline_names_the_queries_whose_outcome_changed() {
    let base = base_report();
    let dir = TempDir::new("lower");
    let baseline = base.join("figures.json");
    validate(&[
        "--queries",
        &data("labelled.jsonl"),
        "--threshold",
        "0.7",
        "--baseline",
        baseline.to_str().unwrap(),
        "--out",
        dir.0.to_str().unwrap(),
    ]);
    let f = figures(&dir.0);
    let change = &f["change"];
    assert_eq!(change["baseline"], baseline.display().to_string());

    // Expected from the baseline's own results: the queries scoring in [0.70, 0.80).
    let queries = parse_labelled(
        Path::new("labelled.jsonl"),
        read(Path::new(&data("")), "labelled.jsonl").as_bytes(),
    )
    .unwrap();
    let (hits, _) = read_results(&queries, &read(base, "results.jsonl")).unwrap();
    let scores = query_scores(&queries, &hits);
    let want: BTreeSet<(String, &str, &str)> = queries
        .iter()
        .zip(&scores)
        .filter_map(|(q, s)| {
            let v = if s.positive { s.best } else { s.top }?;
            let moved = (0.7..0.8).contains(&v);
            let (before, after) = if s.positive {
                ("missed", "found")
            } else {
                ("clear", "alert")
            };
            moved.then(|| (q.id.clone(), before, after))
        })
        .collect();
    let got: BTreeSet<(String, &str, &str)> = change["queries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["id"].as_str().unwrap().to_string(),
                q["before"].as_str().unwrap(),
                q["after"].as_str().unwrap(),
            )
        })
        .collect();
    assert!(
        !want.is_empty(),
        "the fixture has queries between 0.70 and 0.80"
    );
    assert_eq!(got, want);

    // The page names each of them, and the threshold is among the figures that moved.
    let html = read(&dir.0, "report.html");
    let change_html = &html[html.find("<h2 id=\"change\"").unwrap()..];
    for (id, before, after) in &want {
        assert!(
            change_html.contains(&format!("<td>{id}</td>"))
                && change_html.contains(&format!("<td>{before}</td><td>{after}</td>")),
            "{id} {before} → {after} in the change section"
        );
    }
    let moved: Vec<&str> = change["moved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["path"].as_str().unwrap())
        .collect();
    assert!(moved.contains(&"threshold"), "{moved:?}");
    assert!(moved.contains(&"detection/operating_points/configured/recall"));
}

#[test]
fn bad_input_names_the_file_and_line() {
    let dir = TempDir::new("bad");
    let bad = dir.0.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\": \"a\", \"query\": {\"name\": \"Ann Lee\"}}\n{\"id\": \"b\", \"query\": {\"name\": \"\"}}\n",
    )
    .unwrap();
    let out = dir.0.join("out");
    let out = out.to_str().unwrap();
    let cases: Vec<(Vec<String>, String)> = vec![
        (
            vec!["--queries".into(), bad.display().to_string()],
            format!("{}:2: the query cannot be screened", bad.display()),
        ),
        (
            vec!["--queries".into(), "/nonexistent/q.jsonl".into()],
            "--queries /nonexistent/q.jsonl: cannot read".into(),
        ),
        (
            vec![
                "--queries".into(),
                data("labelled.jsonl"),
                "--portfolio".into(),
                bad.display().to_string(),
            ],
            format!("{}:2: the query cannot be screened", bad.display()),
        ),
        (
            vec![
                "--queries".into(),
                data("labelled.jsonl"),
                "--baseline".into(),
                data("labelled.jsonl"),
            ],
            "not JSON".into(),
        ),
        (
            vec![
                "--queries".into(),
                data("labelled.jsonl"),
                "--threshold".into(),
                "1.5".into(),
            ],
            "--threshold must be between".into(),
        ),
    ];
    for (args, want) in cases {
        let mut all: Vec<&str> = vec!["validate"];
        all.extend(args.iter().map(String::as_str));
        all.extend(["--out", out]);
        let (code, _, err) = nomina(&all);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(&want), "{args:?}: expected {want:?} in {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

// -------------------------------------------------------------------------------------
// The page in headless Chromium
// -------------------------------------------------------------------------------------

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// One WebDriver call: (HTTP status, JSON body).
fn call(method: &str, url: &str, body: Option<Value>) -> (u16, Value) {
    let req = agent().request(method, url);
    let res = match body {
        Some(b) => req.send_json(b),
        None => req.call(),
    };
    let resp = match res {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{method} {url}: {e}"),
    };
    let status = resp.status();
    (status, resp.into_json().unwrap_or(Value::Null))
}

/// chromedriver on a free port, and a headless session; the session's URL.
fn open_browser(profile: &Path) -> (ChildGuard, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let driver = ChildGuard(
        Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver"),
    );
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(20);
    while !std::net::TcpStream::connect(("127.0.0.1", port)).is_ok_and(|_| {
        call("GET", &format!("{base}/status"), None).1["value"]["ready"] == json!(true)
    }) {
        assert!(Instant::now() < deadline, "chromedriver not ready in 20 s");
        std::thread::sleep(Duration::from_millis(100));
    }
    let caps = json!({"capabilities": {"alwaysMatch": {"browserName": "chrome",
        "goog:chromeOptions": {"binary": CHROMIUM, "args": ["--headless=new", "--no-sandbox",
            "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-background-networking", "--no-proxy-server", "--window-size=1280,1000",
            format!("--user-data-dir={}", profile.display())]}}}});
    let (status, v) = call("POST", &format!("{base}/session"), Some(caps));
    let id = v["value"]["sessionId"]
        .as_str()
        .unwrap_or_else(|| panic!("no session ({status}): {v}"));
    (driver, format!("{base}/session/{id}"))
}

/// Standard base64, as screenshots travel.
fn base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let (mut out, mut acc, mut bits) = (Vec::new(), 0u32, 0);
    for v in s.bytes().filter_map(val) {
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}

/// Decodes an 8-bit RGB or RGBA PNG (what Chromium writes) into (width, height, RGB pixels).
fn decode_png(png: &[u8]) -> (usize, usize, Vec<[u8; 3]>) {
    use std::io::Read;
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let (mut pos, mut idat, mut w, mut h, mut channels) = (8, Vec::new(), 0, 0, 0);
    while pos + 8 <= png.len() {
        let len = u32::from_be_bytes(png[pos..pos + 4].try_into().unwrap()) as usize;
        let kind = &png[pos + 4..pos + 8];
        let body = &png[pos + 8..pos + 8 + len];
        match kind {
            b"IHDR" => {
                w = u32::from_be_bytes(body[0..4].try_into().unwrap()) as usize;
                h = u32::from_be_bytes(body[4..8].try_into().unwrap()) as usize;
                assert_eq!(body[8], 8, "8-bit samples");
                channels = match body[9] {
                    2 => 3,
                    6 => 4,
                    t => panic!("PNG colour type {t}"),
                };
            }
            b"IDAT" => idat.extend_from_slice(body),
            _ => {}
        }
        pos += 12 + len;
    }
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(&idat[..])
        .read_to_end(&mut raw)
        .expect("inflate");
    let stride = w * channels;
    let mut prev = vec![0u8; stride];
    let mut pixels = Vec::with_capacity(w * h);
    for row in raw.chunks(stride + 1).take(h) {
        let (filter, line) = (row[0], &row[1..]);
        let mut cur = vec![0u8; stride];
        for i in 0..stride {
            let a = if i >= channels { cur[i - channels] } else { 0 };
            let b = prev[i];
            let c = if i >= channels { prev[i - channels] } else { 0 };
            let pred = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => ((u16::from(a) + u16::from(b)) / 2) as u8,
                4 => {
                    let p = i16::from(a) + i16::from(b) - i16::from(c);
                    let (pa, pb, pc) = (
                        (p - i16::from(a)).abs(),
                        (p - i16::from(b)).abs(),
                        (p - i16::from(c)).abs(),
                    );
                    if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    }
                }
                f => panic!("PNG filter {f}"),
            };
            cur[i] = line[i].wrapping_add(pred);
        }
        pixels.extend(cur.chunks(channels).map(|p| [p[0], p[1], p[2]]));
        prev = cur;
    }
    (w, h, pixels)
}

#[test]
#[cfg_attr(
    not(has_chromium),
    ignore = "needs /usr/bin/chromium and /usr/bin/chromedriver, absent when the tests were built"
)]
fn the_report_renders_in_headless_chromium() {
    let dir = base_report();
    let profile = TempDir::new("chrome");
    let (_driver, session) = open_browser(&profile.0);
    let page = format!(
        "file://{}",
        dir.join("report.html").canonicalize().unwrap().display()
    );
    let (status, v) = call(
        "POST",
        &format!("{session}/url"),
        Some(json!({ "url": page })),
    );
    assert_eq!(status, 200, "{v}");

    // Every plot is laid out at a readable size and draws its lines or bars.
    let script = "return Array.from(document.querySelectorAll('svg.plot')).map(s => {\
        const r = s.getBoundingClientRect();\
        const len = Array.from(s.querySelectorAll('path.series')).reduce((t, p) => t + p.getTotalLength(), 0);\
        return {id: s.id, w: r.width, h: r.height, line: len, bars: s.querySelectorAll('rect title').length};\
    });";
    let (_, v) = call(
        "POST",
        &format!("{session}/execute/sync"),
        Some(json!({"script": script, "args": []})),
    );
    let plots = v["value"].as_array().expect("plots").clone();
    let ids: Vec<&str> = plots.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "plot-threshold",
            "plot-precision-recall",
            "plot-alerts",
            "plot-histogram"
        ]
    );
    for p in &plots {
        assert!(
            p["w"].as_f64().unwrap() >= 600.0 && p["h"].as_f64().unwrap() >= 350.0,
            "{p}"
        );
        let drawn = p["line"].as_f64().unwrap() > 200.0 || p["bars"].as_u64().unwrap() >= 5;
        assert!(drawn, "plot draws nothing: {p}");
    }

    // And on screen: each plot's screenshot has ink, dark lines and more than one colour.
    let shots = std::env::var_os("NOMINA_UI_SCREENSHOTS").map(PathBuf::from);
    for id in &ids {
        let (_, el) = call(
            "POST",
            &format!("{session}/element"),
            Some(json!({"using": "css selector", "value": format!("#{id}")})),
        );
        let el = el["value"]["element-6066-11e4-a52e-4f735466cecf"]
            .as_str()
            .expect("element")
            .to_string();
        let (_, shot) = call("GET", &format!("{session}/element/{el}/screenshot"), None);
        let png = base64(shot["value"].as_str().expect("screenshot"));
        if let Some(d) = &shots {
            let _ = std::fs::create_dir_all(d);
            std::fs::write(d.join(format!("validate-{id}.png")), &png).unwrap();
        }
        let (w, h, px) = decode_png(&png);
        assert!(w >= 600 && h >= 350, "{id}: {w}×{h}");
        let ink = px.iter().filter(|p| p.iter().any(|&c| c < 230)).count();
        let dark = px.iter().filter(|p| p.iter().all(|&c| c < 80)).count();
        let coloured = px
            .iter()
            .filter(|p| p.iter().max().unwrap() - p.iter().min().unwrap() > 60)
            .count();
        assert!(
            ink * 100 > px.len(),
            "{id}: only {ink} of {} pixels drawn",
            px.len()
        );
        assert!(dark > 500, "{id}: {dark} dark pixels");
        if *id != "plot-precision-recall" && *id != "plot-alerts" {
            assert!(coloured > 50, "{id}: second series not drawn ({coloured})");
        }
    }
    let (_, full) = call("GET", &format!("{session}/screenshot"), None);
    let png = base64(full["value"].as_str().unwrap_or(""));
    assert!(png.len() > 10_000, "page screenshot");
    if let Some(d) = &shots {
        std::fs::write(d.join("validate-report.png"), &png).unwrap();
    }
    let _ = call("DELETE", &session, None);
}

#[test]
fn a_set_of_only_negatives_or_only_positives_still_makes_a_report() {
    let all = read(Path::new(&data("")), "labelled.jsonl");
    for (tag, keep_negatives) in [("negatives", true), ("positives", false)] {
        let dir = TempDir::new(tag);
        let file = dir.0.join("q.jsonl");
        let lines: Vec<&str> = all
            .lines()
            .filter(|l| l.contains("\"expect\": []") == keep_negatives)
            .collect();
        std::fs::write(&file, lines.join("\n")).unwrap();
        let out = dir.0.join("report");
        validate(&[
            "--queries",
            file.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        let f = figures(&out);
        let at = &f["detection"]["operating_points"]["configured"];
        if keep_negatives {
            assert_eq!(f["detection"]["benchmark"]["positives"], 0);
            assert!(at["recall"].is_null() && at["fpr"].is_number(), "{at}");
        } else {
            assert_eq!(f["detection"]["benchmark"]["negatives"], 0);
            assert!(at["fpr"].is_null() && at["recall"].is_number(), "{at}");
        }
        assert_eq!(read(&out, "report.html").matches("<svg ").count(), 3);
    }
}
