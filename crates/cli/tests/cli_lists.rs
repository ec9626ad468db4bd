//! The `nomina` binary's list commands, run as a user runs them: `lists`, `show`, `diff`,
//! `update`, their exit codes and their error messages.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nomina-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs nomina with an empty data directory of its own, so the user's real one (or another
/// test's) never leaks in, and without download-address overrides from the environment.
fn nomina(data_dir: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nomina"));
    cmd.args(args).env("NOMINA_DATA_DIR", data_dir);
    for var in [
        "NOMINA_UN_URL",
        "NOMINA_OFAC_URL",
        "NOMINA_EU_URL",
        "NOMINA_UK_URL",
    ] {
        cmd.env_remove(var);
    }
    cmd.output().expect("run nomina")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json(o: &Output) -> Value {
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status.code(),
        stderr(o)
    );
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(o)))
}

fn strings(v: &Value, field: &str) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .filter_map(|x| x[field].as_str().map(str::to_string))
        .collect()
}

#[test]
fn show_un_masood_azhar_as_json() {
    let dd = temp_dir("show-un");
    let e = json(&nomina(&dd, &["show", "un:QDi.422", "--json"]));
    assert_eq!(e["key"], "un:QDi.422");
    assert_eq!(e["type"], "person");
    let names = strings(&e["names"], "full");
    for n in [
        "MOHAMMED MASOOD AZHAR ALVI",
        "Masud Azhar",
        "Wali Adam Isah",
        "Wali Adam Esah",
    ] {
        assert!(names.iter().any(|x| x == n), "{n} not in {names:?}");
    }
    assert_eq!(e["names"][0]["kind"], "primary");
    let dobs = strings(&e["birth_dates"], "from");
    assert_eq!(dobs, ["1968-07-10", "1968-06-10"]);
    assert_eq!(e["nationalities"][0]["code"], "PK");
    assert_eq!(e["birth_places"][0]["city"], "Bahawalpur");
    assert_eq!(e["listed_on"], "2019-05-01");
}

#[test]
fn show_ofac_alvi_as_text() {
    let dd = temp_dir("show-ofac");
    let o = nomina(&dd, &["show", "ofac:11459"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = stdout(&o);
    assert!(
        t.starts_with("ofac:11459  person  ALVI, Mohammad Masood Azhar\n"),
        "{t}"
    );
    for want in [
        "AZHAR, Masud",
        "ISAH, Wali Adam",
        "ESAH, Wali Adam",
        "a.k.a.",
        "1968-07-10",
        "1968-06-10",
        "Bahawalpur",
        "SDGT",
    ] {
        assert!(t.contains(want), "{want:?} missing in\n{t}");
    }
    // Readable text, not JSON.
    assert!(!t.trim_start().starts_with('{'));
}

#[test]
fn show_errors_have_distinct_exit_codes() {
    let dd = temp_dir("show-errors");
    let o = nomina(&dd, &["show", "un:QDi.999999"]);
    assert_eq!(o.status.code(), Some(4), "{}", stderr(&o));
    assert!(
        stderr(&o).starts_with("error: no entity with key un:QDi.999999"),
        "{}",
        stderr(&o)
    );
    let o = nomina(&dd, &["show", "QDi.422"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not an entity key"), "{}", stderr(&o));
    let o = nomina(&dd, &["show", "--no-such-option", "un:QDi.422"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn lists_json_counts_the_bundled_defaults() {
    let dd = temp_dir("lists");
    let r = json(&nomina(&dd, &["lists", "--json"]));
    let lists = r["lists"].as_array().unwrap();
    let got: Vec<(String, u64, u64, u64, u64, u64)> = lists
        .iter()
        .map(|l| {
            let c = &l["counts"];
            let n = |k: &str| c[k].as_u64().unwrap();
            (
                l["source"].as_str().unwrap().to_string(),
                n("person"),
                n("organization"),
                n("vessel"),
                n("aircraft"),
                n("total"),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("un".to_string(), 730, 273, 0, 0, 1003),
            ("ofac".to_string(), 6646, 6033, 764, 378, 13821),
            ("eu".to_string(), 4, 0, 0, 0, 4),
            ("uk".to_string(), 1426, 680, 0, 0, 2106),
        ]
    );
    assert_eq!(r["entities"], 1003 + 13821 + 4 + 2106);
    let un = &lists[0];
    assert_eq!(un["format"], "un-xml");
    assert_eq!(un["published"], "2026-02-27");
    assert_eq!(un["origin"], "bundled");
    assert_eq!(
        un["sha256"],
        "66b392a4090868d2d39161e8d748efd39138377b0e6e60b7921aa67a4f99c8bf"
    );
    assert_eq!(lists[1]["files"].as_array().unwrap().len(), 3);
    assert!(lists[1]["warnings"].as_array().is_some());
}

#[test]
fn list_option_replaces_the_defaults() {
    let dd = temp_dir("list-option");
    let file = repo("data/lists/un/consolidated-2018-08-24.xml.gz");
    let o = nomina(&dd, &["--list", file.to_str().unwrap(), "lists"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = stdout(&o);
    assert!(t.starts_with("un  un-xml  published 2018-08-24"), "{t}");
    assert!(
        t.contains("entities: 1098 (701 person, 397 organization, 0 vessel, 0 aircraft)"),
        "{t}"
    );
    assert!(
        t.contains(&format!("from:     file {}", file.display())),
        "{t}"
    );
    assert!(t.ends_with("1 lists, 1098 entities in force\n"), "{t}");
    // Masood Azhar was listed in 2019: not in this file, even though the bundled UN list has him.
    let o = nomina(
        &dd,
        &["show", "un:QDi.422", "--list", file.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(4));
}

#[test]
fn a_bad_list_file_is_a_list_error_naming_the_file() {
    let dd = temp_dir("bad-list");
    let bad = dd.join("not-a-list.csv");
    std::fs::write(&bad, "hello,world\nthis is,not a sanctions list\n").unwrap();
    let o = nomina(&dd, &["--list", bad.to_str().unwrap(), "lists"]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let e = stderr(&o);
    assert!(
        e.starts_with("error: ") && e.contains(bad.to_str().unwrap()),
        "{e}"
    );

    let missing = dd.join("missing.xml");
    let o = nomina(
        &dd,
        &["show", "un:QDi.422", "--list", missing.to_str().unwrap()],
    );
    // A file that is not there is a command-line fault (2), as for every command; a file
    // that is there but not a list is a list error (3).
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains(missing.to_str().unwrap()),
        "{}",
        stderr(&o)
    );

    // A damaged data directory is a list error too, never a silent fallback to the defaults.
    std::fs::write(dd.join("in-force.json"), "{not json").unwrap();
    let o = nomina(&dd, &["show", "un:QDi.422"]);
    assert_eq!(o.status.code(), Some(3));
    assert!(stderr(&o).contains("in-force.json"), "{}", stderr(&o));
}

#[test]
fn diff_reports_the_published_figures() {
    let dd = temp_dir("diff");
    let old = repo("data/lists/un/consolidated-2018-10-29.xml.gz");
    let new = repo("data/lists/un/consolidated-2020-03-20.xml.gz");
    let d = json(&nomina(
        &dd,
        &[
            "diff",
            old.to_str().unwrap(),
            new.to_str().unwrap(),
            "--json",
        ],
    ));
    assert_eq!(d["summary"]["added"], 23);
    assert_eq!(d["summary"]["removed"], 102);
    assert!(strings(&d["added"], "key").contains(&"un:QDi.422".to_string()));

    let old = repo("data/lists/ofac/sdn-2024-05-02.csv.gz");
    let new = repo("data/lists/ofac/sdn-2024-05-03.csv.gz");
    let o = nomina(&dd, &["diff", old.to_str().unwrap(), new.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = stdout(&o);
    assert!(t.contains("\n0 added, 8 removed, 0 changed, "), "{t}");
    assert!(
        t.contains("Removed (8):\n") && t.contains("EMPEROR AVIATION"),
        "{t}"
    );

    let same = repo("data/lists/un/consolidated-2024-09-21.xml.gz");
    let later = repo("data/lists/un/consolidated-2024-09-26.xml.gz");
    let o = nomina(
        &dd,
        &["diff", same.to_str().unwrap(), later.to_str().unwrap()],
    );
    assert!(
        stdout(&o).contains("\n0 added, 0 removed, 0 changed, 875 unchanged\n"),
        "{}",
        stdout(&o)
    );

    let o = nomina(
        &dd,
        &["diff", old.to_str().unwrap(), "/nonexistent/new.csv"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("/nonexistent/new.csv"));
}

/// Serves `body` at every path with `status`, for a bounded number of requests.
fn serve(status: u16, body: Vec<u8>, requests: usize) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(requests).flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            while reader.read_line(&mut line).map(|n| n > 0).unwrap_or(false) && line != "\r\n" {
                line.clear();
            }
            let mut out = stream;
            let head = format!(
                "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = out
                .write_all(head.as_bytes())
                .and_then(|()| out.write_all(&body));
        }
    });
    format!("http://{addr}/consolidated.xml")
}

fn gunzip(rel: &str) -> Vec<u8> {
    let gz = std::fs::read(repo(rel)).unwrap();
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&gz[..])
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[test]
fn update_switches_on_success_and_keeps_the_version_on_failure() {
    let dd = temp_dir("update");
    let url = serve(
        200,
        gunzip("data/lists/un/consolidated-2018-10-29.xml.gz"),
        1,
    );
    // Older than the bundled default in force (2026-02-27): a downgrade, refused.
    let o = nomina(
        &dd,
        &["update", "--source", "un", "--url", &format!("un={url}")],
    );
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("published 2018-10-29")
            && stderr(&o).contains("published 2026-02-27 (a downgrade)")
            && stderr(&o).contains("--force"),
        "{}",
        stderr(&o)
    );
    let in_force: Value =
        serde_json::from_slice(&std::fs::read(dd.join("in-force.json")).unwrap()).unwrap();
    assert_eq!(
        in_force["in_force"]["un"],
        Value::Null,
        "bundled default still in force"
    );

    let url = serve(
        200,
        gunzip("data/lists/un/consolidated-2018-10-29.xml.gz"),
        1,
    );
    let o = nomina(
        &dd,
        &[
            "update",
            "--source",
            "un",
            "--force",
            "--url",
            &format!("un={url}"),
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let t = stdout(&o);
    assert!(t.contains("un: updated to 2018-10-29-a24c0fe8, published 2018-10-29, 1093 entities (was bundled default"), "{t}");
    let r = json(&nomina(
        &dd,
        &[
            "lists",
            "--json",
            "--list",
            dd.join("versions/un/2018-10-29-a24c0fe8/consolidated.xml")
                .to_str()
                .unwrap(),
        ],
    ));
    assert_eq!(r["lists"][0]["counts"]["total"], 1093);

    // The data directory's version is now the one `show` uses.
    let o = nomina(&dd, &["show", "un:QDi.422"]);
    assert_eq!(
        o.status.code(),
        Some(4),
        "not listed in 2018: {}",
        stdout(&o)
    );

    let url = serve(500, b"<html>oops</html>".to_vec(), 1);
    let o = nomina(
        &dd,
        &["update", "--source", "un", "--url", &format!("un={url}")],
    );
    assert_eq!(o.status.code(), Some(6), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("un: FAILED, the version in force is unchanged"),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).starts_with("error: un: download of http://127.0.0.1:")
            && stderr(&o).contains("HTTP 500"),
        "{}",
        stderr(&o)
    );
    let in_force: Value =
        serde_json::from_slice(&std::fs::read(dd.join("in-force.json")).unwrap()).unwrap();
    assert_eq!(in_force["in_force"]["un"], "2018-10-29-a24c0fe8");

    let o = nomina(&dd, &["update", "--source", "un", "--max-drop", "2"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = nomina(&dd, &["update", "--source", "mars"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let o = nomina(&dd, &["update", "--list", "x.xml"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
}

/// The bundled lists are snapshots of a past date: `lists` says so and how old, never
/// "fresh"; beyond the maximum age they are STALE; the EU file is marked as an excerpt.
#[test]
fn lists_say_stale_snapshot_and_excerpt() {
    let dd = temp_dir("freshness");
    let o = nomina(&dd, &["lists"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let t = stdout(&o);
    assert!(
        t.contains("age:      STALE: snapshot of 2018-04-13 bundled with nomina"),
        "{t}"
    );
    assert!(t.contains("older than its maximum age of 30 days"), "{t}");
    assert!(
        t.contains("excerpt:  only 4 entities of the EU list"),
        "{t}"
    );
    assert!(!t.to_lowercase().contains("fresh"), "{t}");

    // A maximum age long enough: still a snapshot, still never fresh.
    let o = nomina(&dd, &["lists", "--max-age", "100000d"]);
    let t = stdout(&o);
    assert!(
        t.contains("age:      snapshot of 2018-04-13 bundled with nomina"),
        "{t}"
    );
    assert!(!t.contains("STALE") && !t.contains("fresh"), "{t}");

    let r = json(&nomina(
        &dd,
        &["lists", "--json", "--max-age", "uk=100000d"],
    ));
    let by_source = |s: &str| {
        r["lists"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["source"] == s)
            .unwrap()["freshness"]
            .clone()
    };
    assert_eq!(by_source("uk")["status"], "snapshot");
    assert_eq!(by_source("un")["status"], "stale");
    assert_eq!(by_source("eu")["excerpt"], true);
    assert_eq!(by_source("un")["max_age_days"], 30.0);

    let o = nomina(&dd, &["lists", "--max-age", "uk=soon"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--max-age"), "{}", stderr(&o));
}

/// One fault, one code: a missing file is 2 for `scan FILE`, `--list FILE`, `diff OLD NEW`
/// and `screen --batch FILE` alike; `--help` shows the table.
#[test]
fn a_missing_file_has_the_same_exit_code_in_every_command() {
    let dd = temp_dir("missing-file");
    let missing = dd.join("missing.txt");
    let m = missing.to_str().unwrap();
    for args in [
        vec!["scan", m],
        vec!["--list", m, "lists"],
        vec!["screen", "Masood Azhar", "--list", m],
        vec!["diff", m, m],
        vec!["screen", "--batch", m],
    ] {
        let o = nomina(&dd, &args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(m), "{args:?}: {}", stderr(&o));
    }
    let o = nomina(&dd, &["--help"]);
    let help = stdout(&o);
    assert!(help.contains("Exit codes"), "{help}");
    for code in 0..=8 {
        assert!(
            help.contains(&format!("\n  {code}  ")),
            "code {code}: {help}"
        );
    }
}
