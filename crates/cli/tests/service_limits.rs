//! End-to-end tests of the service's bounds (issue 11, points 4, 6 and 7): connection
//! timeouts (a half-sent head, an idle keep-alive connection, a stalled body), the global
//! concurrency limit and the per-request deadline, `/readyz` (what it tells a caller
//! without a key, and not ready while a reload error is pending), every error answered as
//! JSON of one shape, two `Authorization` headers, NUL characters, and failed logins in
//! the audit log.
//!
//! Each test starts a real `nomina serve` and waits for its "listening on" line; requests
//! that must stall are written by hand on a raw socket.

mod common;

use common::{create_key, postgres_url, request as call, Server, TempDir};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::time::{Duration, Instant};

/// How long a test waits for the server to close a connection it should close within a
/// one-second timeout: generous for a loaded machine, far below "held forever".
const CLOSE_WITHIN: Duration = Duration::from_secs(8);

fn start_server(dir: &Path, extra: &[&str]) -> Server {
    let mut args = vec!["--watch", "0"];
    args.extend_from_slice(extra);
    let mut cmd = Server::command(dir, &args);
    cmd.env("NOMINA_LOG", "warn");
    Server::spawn(cmd)
}

/// `host:port` of the server.
fn host(s: &Server) -> String {
    s.base.trim_start_matches("http://").to_string()
}

/// A raw connection with a read timeout well beyond [`CLOSE_WITHIN`].
fn connect(s: &Server) -> TcpStream {
    let conn = TcpStream::connect(host(s)).expect("connect");
    conn.set_read_timeout(Some(CLOSE_WITHIN * 2)).unwrap();
    conn
}

/// Reads until the server closes the connection; returns what it sent and how long that
/// took. Panics if it is still open after the read timeout.
fn read_until_closed(conn: &mut TcpStream) -> (String, Duration) {
    let started = Instant::now();
    let mut all = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match conn.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => all.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => break,
            Err(e) => panic!("the server kept the connection open: {e}"),
        }
    }
    (
        String::from_utf8_lossy(&all).into_owned(),
        started.elapsed(),
    )
}

/// Sends raw request bytes with `Connection: close` semantics and returns (status, body).
fn raw_request(s: &Server, request: &str) -> (u16, String) {
    let mut conn = connect(s);
    conn.write_all(request.as_bytes()).unwrap();
    let (text, _) = read_until_closed(&mut conn);
    let status = text
        .get(9..12)
        .and_then(|c| c.parse().ok())
        .unwrap_or_else(|| panic!("no status line in {text:?}"));
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

/// The documented error shape: a JSON object with a string `error` (and an optional
/// `detail`), nothing else.
fn assert_error_shape(what: &str, body: &str) -> Value {
    let v: Value = serde_json::from_str(body)
        .unwrap_or_else(|e| panic!("{what}: the error body is not JSON ({e}): {body:?}"));
    let obj = v
        .as_object()
        .unwrap_or_else(|| panic!("{what}: not an object: {v}"));
    assert!(
        obj["error"].as_str().is_some_and(|m| !m.is_empty()),
        "{what}: no error message: {v}"
    );
    assert!(
        obj.keys().all(|k| k == "error" || k == "detail"),
        "{what}: unexpected fields: {v}"
    );
    v
}

#[test]
fn a_stalled_head_an_idle_connection_and_a_stalled_body_are_closed() {
    let dir = TempDir::new("timeouts");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = start_server(
        &dir.0,
        &[
            "--header-timeout",
            "1s",
            "--body-timeout",
            "1s",
            "--request-deadline",
            "20s",
        ],
    );

    // Half a head, then nothing.
    let mut conn = connect(&s);
    write!(
        conn,
        "GET /healthz HTTP/1.1\r\nHost: {}\r\nX-Slow: ",
        host(&s)
    )
    .unwrap();
    let (_, took) = read_until_closed(&mut conn);
    assert!(took < CLOSE_WITHIN, "a half-sent head was held {took:?}");

    // One request on a keep-alive connection, then silence.
    let mut conn = connect(&s);
    write!(conn, "GET /healthz HTTP/1.1\r\nHost: {}\r\n\r\n", host(&s)).unwrap();
    let (text, took) = read_until_closed(&mut conn);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(took < CLOSE_WITHIN, "an idle connection was held {took:?}");

    // A body that stops half-way: 408, JSON.
    let mut conn = connect(&s);
    write!(
        conn,
        "POST /v1/screen HTTP/1.1\r\nHost: {}\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{{\"queries\":",
        host(&s)
    )
    .unwrap();
    let (text, took) = read_until_closed(&mut conn);
    assert!(text.starts_with("HTTP/1.1 408"), "{text}");
    assert!(took < CLOSE_WITHIN, "a stalled body was held {took:?}");
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    let v = assert_error_shape("stalled body", body);
    assert!(v["error"].as_str().unwrap().contains("body"), "{v}");
}

/// About `bytes` of lines of 70 characters made of common listed name words drawn by a
/// fixed linear congruential generator: every window of words differs, so no answer of
/// the scanner's cache serves twice, and each window has many candidate names.
fn name_dense_prose(bytes: usize) -> String {
    const WORDS: [&str; 30] = [
        "Mohammed", "Ali", "Hassan", "Khan", "Ahmad", "Abdul", "Rahman", "Omar", "Ibrahim",
        "Hussein", "Saleh", "Mustafa", "Abdullah", "Yusuf", "Salim", "Karim", "Haji", "Sheikh",
        "Abu", "Bin", "Ahmed", "Mahmoud", "Hamid", "Rashid", "Nasser", "Jamal", "Tariq", "Zaid",
        "Khalid", "Faisal",
    ];
    let mut state: u64 = 12_345;
    let (mut out, mut line) = (String::with_capacity(bytes + 80), String::new());
    while out.len() + line.len() < bytes {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let w = WORDS[((state >> 33) % WORDS.len() as u64) as usize];
        if !line.is_empty() && line.len() + 1 + w.len() > 70 {
            out.push_str(&line);
            out.push('\n');
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    out.push_str(&line);
    out
}

#[test]
fn concurrency_beyond_the_limit_is_refused_and_the_deadline_answers_503() {
    let dir = TempDir::new("limits");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = start_server(
        &dir.0,
        &["--max-concurrent", "1", "--request-deadline", "500ms"],
    );

    // A request that holds the one place: 1.5 MB of wrapped lines of common listed name
    // words in a random order, whose windows of words are all new to the scanner and full
    // of candidates (about two seconds of matching on two cores), far more work than the
    // deadline allows. Until it is in, other requests pass; once it is, they are refused.
    // If another request took the place first, the heavy one is the one refused, and it is
    // sent again. Its body is whole before it takes a place (a slow body never holds one).
    let document = name_dense_prose(1_500_000);
    let heavy = json!({ "text": document }).to_string();
    let send_held = || {
        let mut held = connect(&s);
        write!(
            held,
            "POST /v1/scan HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{heavy}",
            host(&s),
            heavy.len()
        )
        .unwrap();
        held
    };
    let answered = |held: &TcpStream| {
        held.set_nonblocking(true).unwrap();
        let mut byte = [0u8; 1];
        let got = matches!(held.peek(&mut byte), Ok(n) if n > 0);
        held.set_nonblocking(false).unwrap();
        got
    };
    let mut held = send_held();
    let mut refused = None;
    for _ in 0..200 {
        let (status, retry_after, body) = call("GET", &s.url("/v1/lists"), Some(&key), None);
        if status == 503 {
            refused = Some((retry_after, body));
            break;
        }
        assert_eq!(status, 200, "{body}");
        if answered(&held) {
            held = send_held();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let (retry_after, body) =
        refused.expect("a second request beyond --max-concurrent 1 is refused");
    assert_eq!(retry_after.as_deref(), Some("1"), "Retry-After is sent");
    let v = assert_error_shape("overloaded", &body);
    assert_eq!(v["detail"]["reason"], "overloaded", "{v}");
    let (status, _, _) = call("GET", &s.url("/healthz"), None, None);
    assert_eq!(status, 200, "the probes are not counted");

    // The heavy request reaches its deadline: 503 with a JSON error, never a result.
    let (text, took) = read_until_closed(&mut held);
    let head: String = text.chars().take(400).collect();
    assert!(text.starts_with("HTTP/1.1 503"), "{head}");
    assert!(took < Duration::from_secs(2) + CLOSE_WITHIN, "{took:?}");
    let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
    let v = assert_error_shape("deadline", body);
    assert_eq!(v["detail"]["reason"], "deadline", "{v}");
    assert!(v.get("results").is_none());

    // The scanner cannot stop half-way: its work goes on until its own budget ends it, and
    // keeps its work slot meanwhile, so abandoned scans never add up beyond the limit.
    // Until then a screening is refused (503 overloaded); then it runs.
    let started = Instant::now();
    loop {
        let (status, _, body) = call(
            "POST",
            &s.url("/v1/screen"),
            Some(&key),
            Some(&json!({"queries": [{"name": "Masood Azhar"}]})),
        );
        if status == 200 {
            break;
        }
        assert_eq!(status, 503, "{body}");
        let v = assert_error_shape("slot held by abandoned work", &body);
        assert_eq!(v["detail"]["reason"], "overloaded", "{v}");
        assert!(
            started.elapsed() < Duration::from_secs(300),
            "the abandoned scan's slot was never freed"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn every_error_is_json_of_one_shape() {
    let dir = TempDir::new("errors");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = start_server(&dir.0, &["--max-body-bytes", "10000"]);
    let h = host(&s);
    let auth = format!("Authorization: Bearer {key}\r\n");
    let post = |path: &str, ctype: &str, body: &str, extra: &str| {
        format!(
            "POST {path} HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n{extra}Content-Type: {ctype}\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
    };
    let get = |path: &str, extra: &str| {
        format!("GET {path} HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n{extra}\r\n")
    };
    let nul_reference = r#"{"queries":[{"name":"Masood Azhar","reference":"cust\u0000omer"}]}"#;
    let nul_country = r#"{"queries":[{"name":"Masood Azhar","country":"P\u0000K"}]}"#;
    let long_country =
        json!({"queries": [{"name": "Masood Azhar", "country": "P".repeat(101)}]}).to_string();
    let cases: Vec<(&str, String, u16, Option<&str>)> = vec![
        ("unknown path", get("/v1/nothing", &auth), 404, None),
        ("unknown root path", get("/nothing", ""), 404, None),
        ("wrong method", get("/v1/screen", &auth), 405, None),
        (
            // Declared, not sent: the answer comes before the body.
            "declared body too large",
            format!("POST /v1/screen HTTP/1.1\r\nHost: {h}\r\n{auth}Content-Type: application/json\r\nContent-Length: 20000\r\n\r\n"),
            413,
            None,
        ),
        (
            // Not declared: found while reading, still before any work. Only the first
            // 10,001 bytes of the chunk are sent (all the server needs to refuse it), so
            // no unread data makes the server's close a reset.
            "chunked body too large",
            format!(
                "POST /v1/screen HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n{auth}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{}",
                20_000,
                "x".repeat(10_001)
            ),
            413,
            Some("--max-body-bytes"),
        ),
        (
            "not JSON",
            post("/v1/screen", "text/plain", "hello", &auth),
            415,
            None,
        ),
        (
            "malformed JSON",
            post("/v1/screen", "application/json", "{\"queries\": [", &auth),
            400,
            None,
        ),
        (
            "wrong field type",
            post("/v1/screen", "application/json", r#"{"queries": 7}"#, &auth),
            422,
            Some("queries"),
        ),
        (
            "missing field",
            post("/v1/screen", "application/json", r#"{"queries": [{}]}"#, &auth),
            422,
            Some("queries[0]"),
        ),
        ("bad query parameter", get("/v2/search?name=x&limit=abc", &auth), 400, None),
        ("bad path parameter", get("/v1/alerts/abc", &auth), 400, None),
        ("no key", get("/v1/lists", ""), 401, None),
        (
            "two Authorization headers",
            get(
                "/v1/lists",
                &format!("Authorization: Bearer {key}\r\nAuthorization: Bearer nmn_other\r\n"),
            ),
            401,
            Some("one Authorization header"),
        ),
        (
            "NUL in a reference",
            post("/v1/screen", "application/json", nul_reference, &auth),
            422,
            Some("queries[0].reference"),
        ),
        (
            "NUL in a country",
            post("/v1/screen", "application/json", nul_country, &auth),
            422,
            Some("queries[0].country"),
        ),
        (
            "country too long",
            post("/v1/screen", "application/json", &long_country, &auth),
            422,
            Some("queries[0].country"),
        ),
        (
            "NUL in a scanned text",
            post("/v1/scan", "application/json", r#"{"text":"Masood\u0000Azhar"}"#, &auth),
            422,
            Some("text"),
        ),
        (
            "NUL in a query parameter",
            get("/v2/search?name=Masood%00Azhar", &auth),
            422,
            Some("name"),
        ),
    ];
    for (what, request, want, names) in cases {
        let (status, body) = raw_request(&s, &request);
        assert_eq!(status, want, "{what}: {body}");
        let v = assert_error_shape(what, &body);
        if let Some(field) = names {
            assert!(
                v["error"].as_str().unwrap().contains(field),
                "{what}: the message does not name {field}: {v}"
            );
        }
    }
}

#[test]
fn readyz_shows_only_the_status_without_a_key_and_fails_while_a_reload_error_is_pending() {
    let dir = TempDir::new("readyz");
    let key = create_key(&dir.0, None, "screen", "s");
    let admin = create_key(&dir.0, None, "admin", "root");
    let list = dir.0.join("acme.csv");
    std::fs::write(
        &list,
        "# nomina-list: acme\n# nomina-published: 2026-11-01\nid,name,type,dob,nationality\nC-1,Boris Vantanov,person,1970,RU\n",
    )
    .unwrap();
    let s = start_server(&dir.0, &["--list", list.to_str().unwrap()]);
    let dir_text = dir.0.to_str().unwrap();

    let (status, _, body) = call("GET", &s.url("/readyz"), None, None);
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v, json!({"status": "ok", "ready": true}));
    assert!(!body.contains(dir_text), "no path without a key: {body}");
    let (status, _, body) = call("GET", &s.url("/readyz"), Some(&key), None);
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["status"], "ok");
    assert_eq!(v["database"]["ok"], true, "{v}");

    // A reload that fails keeps the old lists in force, but the service is not ready.
    std::fs::write(&list, "# nomina-list: acme\nthis is not a list\n").unwrap();
    let (status, _, body) = call("POST", &s.url("/v1/admin/reload"), Some(&admin), None);
    assert!(status >= 400, "the reload fails: {status} {body}");
    let (status, _, body) = call("GET", &s.url("/readyz"), None, None);
    assert_eq!(status, 503, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v, json!({"status": "unavailable", "ready": false}));
    let (_, _, body) = call("GET", &s.url("/readyz"), Some(&key), None);
    let v: Value = serde_json::from_str(&body).unwrap();
    assert!(v["last_reload_error"].is_string(), "{v}");
}

#[test]
fn failed_logins_are_in_the_audit_log() {
    let dir = TempDir::new("logins");
    let screen_key = create_key(&dir.0, None, "screen", "onboarding");
    let admin = create_key(&dir.0, None, "admin", "root");
    let s = start_server(&dir.0, &[]);

    let (status, _, _) = call(
        "POST",
        &s.url("/v1/screen"),
        Some("nmn_wrong"),
        Some(&json!({"queries": [{"name": "x"}]})),
    );
    assert_eq!(status, 401);
    let (status, _, _) = call("GET", &s.url("/v1/alerts"), Some(&screen_key), None);
    assert_eq!(status, 403);

    let (status, _, body) = call("GET", &s.url("/v1/audit?limit=1000"), Some(&admin), None);
    assert_eq!(status, 200, "{body}");
    let page: Value = serde_json::from_str(&body).unwrap();
    let failed: Vec<&Value> = page["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "login-failed")
        .collect();
    assert_eq!(failed.len(), 2, "{page}");
    let payload = |r: &Value| -> Value {
        match &r["payload"] {
            Value::String(s) => serde_json::from_str(s).unwrap(),
            other => other.clone(),
        }
    };
    let wrong_key = payload(failed[0]);
    assert_eq!(wrong_key["status"], 401, "{wrong_key}");
    assert_eq!(wrong_key["path"], "/v1/screen");
    assert_eq!(failed[0]["actor"], "anonymous");
    assert!(!body.contains("nmn_wrong"), "no secret in the audit log");
    let wrong_role = payload(failed[1]);
    assert_eq!(wrong_role["status"], 403, "{wrong_role}");
    assert_eq!(wrong_role["path"], "/v1/alerts");
    assert!(
        failed[1]["actor"].as_str().unwrap().contains("onboarding"),
        "{}",
        failed[1]
    );
    let (status, _, body) = call("GET", &s.url("/v1/audit/verify"), Some(&admin), None);
    assert_eq!(status, 200, "{body}");
}

/// A NUL in a stored string is a 422 naming the field, and nothing is recorded, whichever
/// the database (`db`: `None` for SQLite in the data directory, or a PostgreSQL URL).
fn nul_is_refused_before_the_store(dir: &Path, db: Option<&str>) {
    let key = create_key(dir, db, "screen", "s");
    let admin = create_key(dir, db, "admin", "root");
    let mut args = Vec::new();
    if let Some(url) = db {
        args.extend(["--database", url]);
    }
    let s = start_server(dir, &args);
    let (status, _, body) = call(
        "POST",
        &s.url("/v1/screen"),
        Some(&key),
        Some(
            &json!({"queries": [{"name": "Masood Azhar", "reference": "cust\u{0}omer-nul-test"}]}),
        ),
    );
    assert_eq!(status, 422, "{body}");
    let v = assert_error_shape("NUL in a reference", &body);
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("queries[0].reference"),
        "{v}"
    );
    let (status, _, body) = call("GET", &s.url("/v1/audit?limit=1000"), Some(&admin), None);
    assert_eq!(status, 200, "{body}");
    assert!(
        !body.contains("nul-test"),
        "a refused screening is not recorded"
    );
}

#[test]
fn nul_is_refused_on_sqlite() {
    let dir = TempDir::new("nul");
    nul_is_refused_before_the_store(&dir.0, None);
}

#[test]
#[cfg_attr(
    not(has_postgres),
    ignore = "needs PostgreSQL: NOMINA_TEST_POSTGRES_URL was not set when the tests were built"
)]
fn nul_is_refused_on_postgres() {
    let url = postgres_url();
    let dir = TempDir::new("nul-pg");
    nul_is_refused_before_the_store(&dir.0, Some(&url));
}

/// The kinds of the audit log's records, and the number of alerts in the queue.
fn recorded(s: &Server, admin: &str) -> (Vec<String>, usize) {
    let (status, _, body) = call("GET", &s.url("/v1/audit?limit=1000"), Some(admin), None);
    assert_eq!(status, 200, "{body}");
    let page: Value = serde_json::from_str(&body).unwrap();
    let kinds = page["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["kind"].as_str().map(str::to_string))
        .collect();
    let (status, _, body) = call("GET", &s.url("/v1/alerts?limit=500"), Some(admin), None);
    assert_eq!(status, 200, "{body}");
    let alerts: Value = serde_json::from_str(&body).unwrap();
    (kinds, alerts["alerts"].as_array().map_or(0, Vec::len))
}

#[test]
fn an_answer_over_the_size_cap_is_a_503_never_a_short_hit_list() {
    let dir = TempDir::new("cap");
    let key = create_key(&dir.0, None, "screen", "s");
    let admin = create_key(&dir.0, None, "admin", "root");
    let s = start_server(&dir.0, &["--max-response-bytes", "3000"]);
    let (status, _, body) = call(
        "POST",
        &s.url("/v1/screen"),
        Some(&key),
        Some(
            &json!({"queries": [{"name": "Masood Azhar", "reference": "c-1"}, {"name": "Jaish-e-Mohammed"}]}),
        ),
    );
    assert_eq!(status, 503, "{body}");
    let v = assert_error_shape("answer too large", &body);
    assert!(
        v["error"]
            .as_str()
            .unwrap()
            .contains("--max-response-bytes"),
        "{v}"
    );
    // A document whose answer is too large: refused the same way.
    let report =
        "Jaish-e-Mohammed (JeM) chief Masood Azhar, Lashkar-e-Taiba and Al-Qaida. ".repeat(20);
    let (status, _, body) = call(
        "POST",
        &s.url("/v1/scan"),
        Some(&key),
        Some(&json!({"text": report, "reference": "doc-1"})),
    );
    assert_eq!(status, 503, "{body}");
    assert_error_shape("answer too large", &body);
    // Refused before anything was recorded: no screening or scan in the audit log, no
    // alert left open by an answer the caller never got.
    let (kinds, alerts) = recorded(&s, &admin);
    assert!(
        !kinds.iter().any(|k| k == "screen" || k == "scan"),
        "{kinds:?}"
    );
    assert_eq!(alerts, 0);
    let (status, _, body) = call(
        "POST",
        &s.url("/v1/screen"),
        Some(&key),
        Some(&json!({"queries": [{"name": "Margaret Thornbury"}]})),
    );
    assert_eq!(status, 200, "a small answer passes: {body}");
}

/// `limit` trims what is shown, and the answer says how many hits it left out; a limit
/// large enough leaves out none.
#[test]
fn the_answer_says_how_many_hits_the_limit_hid() {
    let dir = TempDir::new("hidden");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = start_server(&dir.0, &[]);
    let ask = |limit: usize| {
        let (status, _, body) = call(
            "POST",
            &s.url("/v1/screen"),
            Some(&key),
            Some(&json!({"queries": [{"name": "Mohammed Ali"}], "min_score": 0.6, "limit": limit})),
        );
        assert_eq!(status, 200, "{body}");
        let v: Value = serde_json::from_str(&body).unwrap();
        let r = &v["results"][0];
        (
            r["hits"].as_array().unwrap().len(),
            r["hidden"].as_u64().expect("hidden is always stated") as usize,
        )
    };
    let (all, none_hidden) = ask(100);
    assert_eq!(none_hidden, 0);
    assert!(all >= 3, "a common name has several hits at 0.60: {all}");
    let (shown, hidden) = ask(1);
    assert!(shown >= 1);
    assert_eq!(
        shown + hidden,
        all,
        "every hit is either shown or counted as hidden"
    );
}

/// A document large enough for the service to hand the memory its scan freed back to the
/// system afterwards (`heap::trim_after_large_requests`) is answered in full, twice, and
/// the service goes on answering: the trim runs after the answer, beside it.
#[test]
fn a_large_document_is_answered_and_the_service_goes_on() {
    let dir = TempDir::new("large-doc");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = start_server(&dir.0, &[]);
    let filler =
        "The committee met on Tuesday to discuss the harbour budget and the new ferry timetable. ";
    let text = format!(
        "{}Police said Masood Azhar had been seen in the city.\n{}",
        filler.repeat(2_000),
        filler.repeat(2_000)
    );
    assert!(text.len() >= nomina_server::heap::TRIM_AFTER_BODY_BYTES);
    for round in 0..2 {
        let (status, _, body) = call(
            "POST",
            &s.url("/v1/scan"),
            Some(&key),
            Some(&json!({"text": text})),
        );
        assert_eq!(status, 200, "round {round}: {body}");
        let v: Value = serde_json::from_str(&body).unwrap();
        let entities: Vec<&str> = v["mentions"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|m| m["entity"].as_str())
            .collect();
        assert!(
            entities.contains(&"un:QDi.422"),
            "round {round}: {entities:?}"
        );
    }
    let (status, _, body) = call(
        "POST",
        &s.url("/v1/screen"),
        Some(&key),
        Some(&json!({"queries": [{"name": "Masood Azhar"}]})),
    );
    assert_eq!(status, 200, "{body}");
}
