//! End-to-end tests of `nomina serve`: the real binary on a loopback port, called over HTTP
//! as a client would. They cover the interface contract of the screening API, keys and
//! roles, request limits, failing closed, alerts with false-positive suppression and
//! re-opening after a list change, the audit chain, the peer-compatible endpoints, the web
//! UI's session and CSRF rules, metrics and readiness.
//!
//! With `NOMINA_TEST_POSTGRES_URL` set, the alert and audit scenario also runs against
//! PostgreSQL (CI sets it).

mod common;

use common::{agent, create_key, nomina, nomina_in, Server, TempDir};
use serde_json::{json, Value};
use std::path::Path;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

/// Starts `nomina serve` as these tests want it: watching the data directory off unless
/// the test passes `--watch`, and only warnings in the log.
fn start_server(dir: &Path, extra: &[&str]) -> Server {
    let mut args = Vec::new();
    if !extra.contains(&"--watch") {
        args.extend(["--watch", "0"]);
    }
    args.extend_from_slice(extra);
    let mut cmd = Server::command(dir, &args);
    cmd.env("NOMINA_LOG", "warn");
    Server::spawn(cmd)
}

/// The status the server answers to a `POST /v1/screen` that declares a body of `len`
/// bytes, read after sending the headers alone.
fn status_of_declared_body(s: &Server, key: &str, len: usize) -> u16 {
    use std::io::{Read, Write};
    let url = s.url("/v1/screen");
    let host = url
        .trim_start_matches("http://")
        .split('/')
        .next()
        .unwrap()
        .to_string();
    let mut conn = std::net::TcpStream::connect(&host).unwrap();
    conn.set_read_timeout(Some(std::time::Duration::from_secs(30)))
        .unwrap();
    write!(
        conn,
        "POST /v1/screen HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\nContent-Length: {len}\r\n\r\n"
    )
    .unwrap();
    let mut head = [0u8; 12];
    conn.read_exact(&mut head)
        .expect("the server answers before the body");
    let line = String::from_utf8_lossy(&head);
    line[9..12]
        .parse()
        .unwrap_or_else(|_| panic!("status line {line:?}"))
}

/// Sends a request; returns (status, JSON body or Null, headers of interest).
fn call(method: &str, url: &str, key: Option<&str>, body: Option<&Value>) -> (u16, Value) {
    let (status, _, text) = common::request(method, url, key, body);
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn screen(s: &Server, key: &str, body: Value) -> (u16, Value) {
    call("POST", &s.url("/v1/screen"), Some(key), Some(&body))
}

fn hit<'a>(result: &'a Value, entity: &str) -> Option<&'a Value> {
    result["hits"]
        .as_array()?
        .iter()
        .find(|h| h["entity"] == entity)
}

#[test]
fn screening_contract_keys_and_limits() {
    let dir = TempDir::new("contract");
    let screen_key = create_key(&dir.0, None, "screen", "onboarding");
    let analyst = create_key(&dir.0, None, "analyst", "alice");
    assert!(screen_key.starts_with("nmn_"));
    let s = start_server(&dir.0, &["--max-body-bytes", "200000", "--max-batch", "50"]);

    // The contract example.
    let (status, body) = screen(
        &s,
        &screen_key,
        json!({"queries": [{"name": "Masood Azhar", "type": "person", "dob": "1968", "country": "PK", "reference": "customer-42"}]}),
    );
    assert_eq!(status, 200, "{body}");
    assert!(body["screening_id"].as_str().unwrap().starts_with("scr_"));
    let un = body["lists"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["source"] == "un")
        .expect("UN list reported");
    assert_eq!(un["published"], "2026-02-27");
    assert_eq!(un["sha256"].as_str().unwrap().len(), 64);
    let result = &body["results"][0];
    assert_eq!(result["query"]["reference"], "customer-42");
    let h = hit(result, "un:QDi.422").expect("un:QDi.422 found");
    assert_eq!(h["name"], "MOHAMMED MASOOD AZHAR ALVI");
    assert!(h["score"].as_f64().unwrap() >= 0.8);
    assert!(h["explanation"]["tokens"].as_array().unwrap().len() >= 2);
    assert_eq!(h["alert"]["status"], "opened");

    // Several queries, results in order; a clean name has no hits.
    let (status, body) = screen(
        &s,
        &screen_key,
        json!({"queries": [{"name": "Jaish-e-Mohammed", "type": "organization"}, {"name": "Margaret Thornbury"}]}),
    );
    assert_eq!(status, 200);
    assert!(hit(&body["results"][0], "un:QDe.019").is_some());
    assert_eq!(body["results"][1]["hits"].as_array().unwrap().len(), 0);

    // Keys and roles.
    let (status, body) = call(
        "POST",
        &s.url("/v1/screen"),
        None,
        Some(&json!({"queries": [{"name": "x"}]})),
    );
    assert_eq!(status, 401);
    assert!(body["error"].as_str().unwrap().contains("API key"));
    let (status, _) = screen(
        &s,
        "nmn_wrong",
        json!({"queries": [{"name": "Masood Azhar"}]}),
    );
    assert_eq!(status, 401);
    let (status, _) = call("GET", &s.url("/v1/alerts"), Some(&screen_key), None);
    assert_eq!(status, 403, "a screen key cannot read alerts");
    let (status, _) = call("GET", &s.url("/v1/audit/verify"), Some(&analyst), None);
    assert_eq!(status, 403, "an analyst cannot read the audit log");
    let (status, _) = call("GET", &s.url("/v1/alerts"), Some(&analyst), None);
    assert_eq!(status, 200);

    // A revoked key stops working.
    let doomed = create_key(&dir.0, None, "screen", "doomed");
    let (code, out, _) = nomina(&["keys", "list", "--data-dir", dir.0.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(
        out.contains("doomed") && !out.contains(&doomed),
        "secrets are never listed"
    );
    let id = out
        .lines()
        .find(|l| l.contains("doomed"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .to_string();
    let (code, _, _) = nomina(&["keys", "revoke", &id, "--data-dir", dir.0.to_str().unwrap()]);
    assert_eq!(code, 0);
    let (status, _) = screen(&s, &doomed, json!({"queries": [{"name": "Masood Azhar"}]}));
    assert_eq!(status, 401);

    // Limits and invalid fields: clear 413 / 422 naming the field.
    let many: Vec<Value> = (0..51)
        .map(|i| json!({"name": format!("Name {i}")}))
        .collect();
    let (status, body) = screen(&s, &screen_key, json!({ "queries": many }));
    assert_eq!(status, 413, "{body}");
    assert!(body["error"].as_str().unwrap().contains("limit is 50"));
    // A body over --max-body-bytes is refused from its declared length, before it is sent:
    // sending it whole would race the server's early answer (a broken pipe under load).
    assert_eq!(status_of_declared_body(&s, &screen_key, 300_000), 413);
    let (status, body) = screen(
        &s,
        &screen_key,
        json!({"queries": [{"name": "N".repeat(600)}]}),
    );
    assert_eq!(status, 413, "{body}");
    assert!(body["error"].as_str().unwrap().contains("queries[0].name"));
    let (status, body) = screen(&s, &screen_key, json!({"queries": [{"name": "  "}]}));
    assert_eq!(status, 422);
    assert!(
        body["error"].as_str().unwrap().contains("queries[0].name"),
        "{body}"
    );
    let (status, body) = screen(
        &s,
        &screen_key,
        json!({"queries": [{"name": "Ali"}, {"name": "Ali", "dob": "1968-13-01"}]}),
    );
    assert_eq!(status, 422);
    assert!(
        body["error"].as_str().unwrap().contains("queries[1].dob"),
        "{body}"
    );
    let (status, body) = screen(
        &s,
        &screen_key,
        json!({"queries": [{"name": "Ali", "type": "planet"}]}),
    );
    assert_eq!(status, 422);
    assert!(body["error"].as_str().unwrap().contains("queries[0].type"));
    let (status, _) = screen(&s, &screen_key, json!({"queries": []}));
    assert_eq!(status, 422);
    let (status, body) = screen(&s, &screen_key, json!({"names": ["Ali"]}));
    assert_eq!(status, 422, "{body}");
    let resp = agent()
        .post(&s.url("/v1/screen"))
        .set("Authorization", &format!("Bearer {screen_key}"))
        .set("Content-Type", "application/json")
        .send_string("{\"queries\": [");
    let Err(ureq::Error::Status(400, r)) = resp else {
        panic!("malformed JSON must be a 400")
    };
    assert!(r.into_string().unwrap().contains("error"));

    // Entities.
    let (status, body) = call(
        "GET",
        &s.url("/v1/entities/un:QDi.422"),
        Some(&screen_key),
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(body["entity"]["key"], "un:QDi.422");
    assert_eq!(body["list"]["source"], "un");
    // Alerts carry customer references and analysts' comments: not for a screening key.
    assert!(body.get("alerts").is_none(), "{body}");
    let (status, _) = call(
        "GET",
        &s.url("/v1/entities/un:NOPE"),
        Some(&screen_key),
        None,
    );
    assert_eq!(status, 404);

    // Lists and readiness.
    let (status, body) = call("GET", &s.url("/v1/lists"), Some(&screen_key), None);
    assert_eq!(status, 200);
    assert_eq!(body["ready"], true);
    assert_eq!(body["lists"].as_array().unwrap().len(), 4);
    let (status, _) = call("GET", &s.url("/readyz"), None, None);
    assert_eq!(status, 200);
    let (status, _) = call("GET", &s.url("/healthz"), None, None);
    assert_eq!(status, 200);

    // Metrics and the OpenAPI document need a key like everything but the health checks.
    let (status, _) = call("GET", &s.url("/metrics"), None, None);
    assert_eq!(status, 401);
    let (status, _) = call("GET", &s.url("/openapi.json"), None, None);
    assert_eq!(status, 401);
    let text = agent()
        .get(&s.url("/metrics"))
        .set("Authorization", &format!("Bearer {screen_key}"))
        .call()
        .unwrap()
        .into_string()
        .unwrap();
    assert!(
        text.contains(
            "nomina_http_requests_total{route=\"/v1/screen\",method=\"POST\",status=\"200\"}"
        ),
        "{text}"
    );
    assert!(text.contains("nomina_list_age_days{source=\"un\"}"));
    assert!(text.contains("nomina_lists_ready 1"));
    assert!(text.contains("nomina_alerts{status=\"open\"}"));

    // OpenAPI.
    let (status, body) = call("GET", &s.url("/openapi.json"), Some(&screen_key), None);
    assert_eq!(status, 200);
    assert!(body["paths"]["/v1/screen"]["post"].is_object());
}

#[test]
fn scanning_and_compatible_endpoints() {
    let dir = TempDir::new("scan");
    let key = create_key(&dir.0, None, "screen", "gateway");
    let s = start_server(&dir.0, &["--max-document-bytes", "5000"]);

    // Character offsets, not bytes: the text starts with multi-byte letters.
    let text = "Żółć — Jaish-e-Mohammed claimed the attack.";
    let (status, body) = call(
        "POST",
        &s.url("/v1/scan"),
        Some(&key),
        Some(&json!({ "text": text })),
    );
    assert_eq!(status, 200, "{body}");
    let m = body["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["entity"] == "un:QDe.019")
        .expect("JeM found");
    let (start, end) = (
        m["start"].as_u64().unwrap() as usize,
        m["end"].as_u64().unwrap() as usize,
    );
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(
        chars[start..end].iter().collect::<String>(),
        "Jaish-e-Mohammed"
    );
    assert_eq!(m["text"], "Jaish-e-Mohammed");

    // Payment messages: the field of each hit.
    let mt103 = ":20:REF123\n:23B:CRED\n:32A:240101USD1000,\n:50K:/123456\nJOHN SMITH\n:59:/987654\nMASOOD AZHAR\nBAHAWALPUR PK\n:70:INVOICE 42\n:71A:OUR\n";
    let (status, body) = call(
        "POST",
        &s.url("/v1/scan"),
        Some(&key),
        Some(&json!({ "text": mt103, "format": "mt103" })),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["format"], "mt103");
    let m = body["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["entity"] == "un:QDi.422")
        .expect("beneficiary found");
    assert_eq!(m["field"], "59");
    let (status, body) = call(
        "POST",
        &s.url("/v1/scan"),
        Some(&key),
        Some(&json!({ "text": ":20:X\n:59:", "format": "mt103" })),
    );
    assert_eq!(status, 422, "{body}");
    let (status, _) = call(
        "POST",
        &s.url("/v1/scan"),
        Some(&key),
        Some(&json!({ "text": "x", "format": "pdf" })),
    );
    assert_eq!(status, 422);
    let (status, body) = call(
        "POST",
        &s.url("/v1/scan"),
        Some(&key),
        Some(&json!({ "text": "word ".repeat(2000) })),
    );
    assert_eq!(status, 413, "{body}");

    // yente: request and response shape; the id is the nomina key in FtM form.
    let (status, body) = call(
        "POST",
        &s.url("/match/default"),
        Some(&key),
        Some(
            &json!({"queries": {"q1": {"schema": "Person", "properties": {"name": ["Masood Azhar"], "nationality": ["pk"]}}}}),
        ),
    );
    assert_eq!(status, 200, "{body}");
    let results = body["responses"]["q1"]["results"].as_array().unwrap();
    let r = results
        .iter()
        .find(|r| r["id"] == "un-QDi.422" && r["referents"][0] == "un:QDi.422")
        .expect("yente result");
    assert_eq!(r["match"], true);
    assert_eq!(r["schema"], "Person");
    assert!(r["properties"]["name"][0]
        .as_str()
        .unwrap()
        .contains("AZHAR"));
    assert!(r["score"].as_f64().unwrap() > 0.7);
    assert_eq!(body["responses"]["q1"]["total"]["relation"], "eq");
    let (status, body) = call(
        "POST",
        &s.url("/match/un"),
        Some(&key),
        Some(
            &json!({"queries": {"a": {"schema": "Person", "properties": {"name": ["Masood Azhar"]}}}}),
        ),
    );
    assert_eq!(status, 200);
    assert!(body["responses"]["a"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["id"].as_str().unwrap().starts_with("un-")));
    let (status, _) = call(
        "POST",
        &s.url("/match/nope"),
        Some(&key),
        Some(&json!({"queries": {}})),
    );
    assert_eq!(status, 404);

    // watchman v2.
    let (status, body) = call(
        "GET",
        &s.url("/v2/search?name=Masood%20Azhar&type=person&limit=5&source=us_ofac"),
        Some(&key),
        None,
    );
    assert_eq!(status, 200, "{body}");
    let e = &body["entities"][0];
    assert_eq!(e["sourceList"], "us_ofac");
    assert_eq!(e["sourceID"], "11459");
    assert_eq!(e["entityType"], "person");
    assert!(e["match"].as_f64().unwrap() > 0.8);
    assert!(e["person"]["name"].is_string());
    let (status, _) = call("GET", &s.url("/v2/search"), Some(&key), None);
    assert_eq!(status, 400);
}

/// A custom list whose one entry changes between versions (its date of birth).
fn write_custom_list(path: &Path, dob: &str) {
    std::fs::write(
        path,
        format!(
            "# nomina-list: acme\n# nomina-published: 2026-11-01\nid,name,type,dob,nationality\nC-1,Boris Vantanov,person,{dob},RU\nC-2,Nordlicht Shipping Ltd,organization,,\n"
        ),
    )
    .unwrap();
}

/// `db`: `None` for SQLite in the data directory, or a PostgreSQL URL.
fn alerts_and_audit_scenario(dir: &Path, db: Option<&str>) {
    let list = dir.join("acme.csv");
    write_custom_list(&list, "1970");
    let admin = create_key(dir, db, "admin", "ops");
    let analyst = create_key(dir, db, "analyst", "alice");
    let mut extra: Vec<&str> = vec!["--list", list.to_str().unwrap()];
    if let Some(url) = db {
        extra.extend(["--database", url]);
    }
    let s = start_server(dir, &extra);
    let reference = format!("cust-{}", std::process::id());

    let q = json!({"queries": [{"name": "Boris Vantanov", "reference": reference}]});
    let (status, body) = screen(&s, &admin, q.clone());
    assert_eq!(status, 200, "{body}");
    let h = hit(&body["results"][0], "acme:C-1").expect("hit on the custom list");
    assert_eq!(h["alert"]["status"], "opened");
    let alert_id = h["alert"]["alert_id"].as_i64().unwrap();

    // The same reference again: linked to the open alert, no duplicate.
    let (_, body) = screen(&s, &admin, q.clone());
    let h = hit(&body["results"][0], "acme:C-1").unwrap();
    assert_eq!(h["alert"]["status"], "already_open");
    assert_eq!(h["alert"]["alert_id"].as_i64().unwrap(), alert_id);

    // Decisions: a comment is required; then the hit is suppressed for this reference.
    let decide = |body: Value| {
        call(
            "POST",
            &s.url(&format!("/v1/alerts/{alert_id}/decision")),
            Some(&analyst),
            Some(&body),
        )
    };
    let (status, body) = decide(json!({"status": "false_positive", "comment": " "}));
    assert_eq!(status, 422, "{body}");
    let (status, body) = decide(json!({"status": "open", "comment": "x"}));
    assert_eq!(status, 422, "{body}");
    let (status, body) = decide(
        json!({"status": "false_positive", "comment": "Different person: born 1991 in Riga"}),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "false_positive");
    assert_eq!(
        body["decisions"][0]["actor"]
            .as_str()
            .unwrap()
            .split(':')
            .nth(2),
        Some("alice")
    );
    let (status, _) = call(
        "POST",
        &s.url("/v1/alerts/999999/decision"),
        Some(&analyst),
        Some(&json!({"status": "escalated", "comment": "x"})),
    );
    assert_eq!(status, 404);
    let (_, body) = screen(&s, &admin, q.clone());
    let h = hit(&body["results"][0], "acme:C-1").unwrap();
    assert_eq!(h["alert"]["status"], "suppressed", "{h}");
    // Another reference is not suppressed.
    let (_, body) = screen(
        &s,
        &admin,
        json!({"queries": [{"name": "Boris Vantanov", "reference": format!("{reference}-other")}]}),
    );
    assert_eq!(
        hit(&body["results"][0], "acme:C-1").unwrap()["alert"]["status"],
        "opened"
    );

    // The listed entity changes in a new list version: the alert re-opens, saying what changed.
    write_custom_list(&list, "1971-05-02");
    let (status, body) = call("POST", &s.url("/v1/admin/reload"), Some(&admin), None);
    assert_eq!(status, 200, "{body}");
    let reopened = body["reopened_alerts"].as_array().unwrap();
    assert_eq!(reopened.len(), 1, "{body}");
    let (status, a) = call(
        "GET",
        &s.url(&format!("/v1/alerts/{}", reopened[0])),
        Some(&analyst),
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(a["status"], "open");
    assert_eq!(a["reference"], reference.as_str());
    assert!(a["reason"].as_str().unwrap().contains("birth_dates"), "{a}");
    // And a new screening for that reference is no longer suppressed.
    let (_, body) = screen(&s, &admin, q);
    let st = hit(&body["results"][0], "acme:C-1").unwrap()["alert"]["status"].clone();
    assert_eq!(st, "already_open");

    // A reload that fails keeps the last good lists in force.
    std::fs::write(&list, "id,name\nC-1,\n").unwrap();
    let (status, body) = call("POST", &s.url("/v1/admin/reload"), Some(&admin), None);
    assert_eq!(status, 503, "{body}");
    assert!(
        body["error"].as_str().unwrap().contains("acme.csv"),
        "{body}"
    );
    let (status, _) = screen(&s, &admin, json!({"queries": [{"name": "Boris Vantanov"}]}));
    assert_eq!(status, 200, "the previous lists stay in force");
    let (_, body) = call("GET", &s.url("/v1/lists"), Some(&admin), None);
    assert!(body["last_reload_error"]
        .as_str()
        .unwrap()
        .contains("acme.csv"));

    // The alert queue filters by status.
    let (_, body) = call(
        "GET",
        &s.url(&format!(
            "/v1/alerts?status=false_positive&reference={reference}"
        )),
        Some(&analyst),
        None,
    );
    assert_eq!(body["alerts"].as_array().unwrap().len(), 1, "{body}");
    let (status, _) = call(
        "GET",
        &s.url("/v1/alerts?status=bogus"),
        Some(&analyst),
        None,
    );
    assert_eq!(status, 422);

    // The audit trail: every screening and decision, chained; verified over HTTP and CLI.
    let (status, v) = call("GET", &s.url("/v1/audit/verify"), Some(&admin), None);
    assert_eq!(status, 200);
    assert!(v["problem"].is_null(), "{v}");
    let (_, page) = call("GET", &s.url("/v1/audit?limit=1000"), Some(&admin), None);
    let kinds: Vec<&str> = page["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    for k in [
        "key.create",
        "screen",
        "decision",
        "lists.reload",
        "alert.reopen",
        "lists.reload_failed",
    ] {
        assert!(kinds.contains(&k), "no {k} record in {kinds:?}");
    }
    let (code, out, err) = nomina_in(dir, db, &["audit", "verify"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("intact"));
    let (code, out, _) = nomina_in(dir, db, &["audit", "export", "--from", "2020-01-01"]);
    assert_eq!(code, 0);
    let screen_record: Value = out
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|r| r["kind"] == "screen" && r["payload"].as_str().unwrap().contains(&reference))
        .expect("screening exported");
    let payload: Value = serde_json::from_str(screen_record["payload"].as_str().unwrap()).unwrap();
    assert_eq!(payload["normalised"][0], "boris vantanov");
    assert_eq!(payload["lists"][0]["source"], "acme");
    assert!(payload["results"][0]["hits"][0]["score"].as_f64().unwrap() > 0.9);
}

/// A caller's `limit`, `minMatch` or `cutoff` chooses what is shown, never what alerts:
/// every hit above the alert threshold opens an alert (issue: `"limit": 1` hid un:QDi.422).
#[test]
fn a_small_limit_never_suppresses_an_alert() {
    let dir = TempDir::new("limit");
    let screen_key = create_key(&dir.0, None, "screen", "onboarding");
    let admin = create_key(&dir.0, None, "admin", "ops");
    let s = start_server(&dir.0, &[]);
    let reference = format!("lim-{}", std::process::id());
    let (status, body) = screen(
        &s,
        &screen_key,
        json!({"queries": [{"name": "Masood Azhar", "reference": reference}], "limit": 1}),
    );
    assert_eq!(status, 200, "{body}");
    let result = &body["results"][0];
    for entity in ["ofac:11459", "un:QDi.422"] {
        let h = hit(result, entity).unwrap_or_else(|| panic!("{entity} shown: {result}"));
        assert_eq!(h["alert"]["status"], "opened", "{entity}: {h}");
    }
    // watchman's minMatch above the UN hit's score: not shown, but alerted all the same.
    let (status, body) = call(
        "GET",
        &s.url("/v2/search?name=Masood%20Azhar&limit=1&minMatch=0.9"),
        Some(&screen_key),
        None,
    );
    assert_eq!(status, 200, "{body}");
    let shown = body["entities"].as_array().unwrap();
    assert_eq!(shown.len(), 1, "{body}");
    assert!(shown[0]["match"].as_f64().unwrap() >= 0.9, "{body}");
    let (status, body) = call("GET", &s.url("/v1/alerts"), Some(&admin), None);
    assert_eq!(status, 200, "{body}");
    let alerted = |entity: &str| {
        body["alerts"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|a| a["entity"] == entity)
            .count()
    };
    // One alert from the native request (with its reference), one from watchman (none).
    assert!(alerted("un:QDi.422") >= 2, "{body}");

    // Secondary fields are bounded too: a 2,000-character country is refused, naming it,
    // instead of being compared and stored whole in the audit log.
    let (status, body) = screen(
        &s,
        &screen_key,
        json!({"queries": [{"name": "Masood Azhar", "country": "x".repeat(2000)}]}),
    );
    assert_eq!(status, 422, "{body}");
    assert!(body.to_string().contains("country"), "{body}");

    // A disguised name is screened through its disguise, and the disguise is reported.
    let (status, body) = screen(
        &s,
        &screen_key,
        json!({"queries": [{"name": "\u{41c}\u{430}\u{455}\u{43e}\u{43e}\u{501} Az\u{ad}har"}]}),
    );
    assert_eq!(status, 200, "{body}");
    let result = &body["results"][0];
    assert!(hit(result, "un:QDi.422").is_some(), "{result}");
    assert_eq!(
        result["obfuscation"],
        json!(["invisible characters", "look-alike letters"]),
        "{result}"
    );
}

#[test]
fn alerts_suppression_monitoring_and_audit_on_sqlite() {
    let dir = TempDir::new("alerts");
    alerts_and_audit_scenario(&dir.0, None);
}

#[test]
#[cfg_attr(
    not(has_postgres),
    ignore = "needs PostgreSQL: NOMINA_TEST_POSTGRES_URL was not set when the tests were built"
)]
fn alerts_suppression_monitoring_and_audit_on_postgres() {
    let url = common::postgres_url();
    let dir = TempDir::new("alerts-pg");
    alerts_and_audit_scenario(&dir.0, Some(&url));
}

#[test]
fn fails_closed_when_lists_are_stale_or_broken() {
    // Stale: the bundled UN list is from 2026-02-27, far older than 30 days.
    let dir = TempDir::new("stale");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = start_server(&dir.0, &["--max-age", "30d", "--max-age", "ofac=20000d"]);
    let (status, body) = screen(&s, &key, json!({"queries": [{"name": "Masood Azhar"}]}));
    assert_eq!(status, 503, "{body}");
    let msg = body["error"].as_str().unwrap();
    assert!(
        msg.contains("un: published 2026-02-27")
            && msg.contains("older than its maximum age of 30"),
        "{msg}"
    );
    assert!(
        !msg.contains("ofac:"),
        "OFAC has its own, longer maximum age: {msg}"
    );
    assert!(body.get("results").is_none(), "never an empty hit list");
    let (status, _) = call(
        "POST",
        &s.url("/v1/scan"),
        Some(&key),
        Some(&json!({"text": "Masood Azhar"})),
    );
    assert_eq!(status, 503);
    let (status, body) = call("GET", &s.url("/readyz"), None, None);
    assert_eq!(status, 503);
    assert_eq!(body["ready"], false);
    let (status, _) = call("GET", &s.url("/healthz"), None, None);
    assert_eq!(status, 200);
    drop(s);

    // Broken: a truncated list file; the service starts, says why, screens nothing.
    let dir = TempDir::new("broken");
    let key = create_key(&dir.0, None, "screen", "s");
    let bad = dir.0.join("un-cut.xml");
    std::fs::write(&bad, "<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:00\"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>").unwrap();
    let s = start_server(&dir.0, &["--list", bad.to_str().unwrap()]);
    let (status, body) = screen(&s, &key, json!({"queries": [{"name": "Masood Azhar"}]}));
    assert_eq!(status, 503, "{body}");
    assert!(
        body["error"].as_str().unwrap().contains("un-cut.xml"),
        "{body}"
    );
    let (status, _) = call("GET", &s.url("/readyz"), None, None);
    assert_eq!(status, 503);
}

#[test]
fn web_ui_assets_sessions_and_csrf() {
    let dir = TempDir::new("ui");
    let screen_key = create_key(&dir.0, None, "screen", "bot");
    let analyst = create_key(&dir.0, None, "analyst", "alice");
    let s = start_server(&dir.0, &[]);

    let page = agent().get(&s.url("/")).call().unwrap();
    let csp = page.header("content-security-policy").unwrap().to_string();
    assert!(csp.contains("script-src 'self'"));
    assert!(page.into_string().unwrap().contains("app.js"));
    for asset in ["/ui/app.js", "/ui/app.css"] {
        assert_eq!(agent().get(&s.url(asset)).call().unwrap().status(), 200);
    }

    // A screen key cannot log into the UI; an analyst key can.
    let (status, _) = call(
        "POST",
        &s.url("/ui/login"),
        None,
        Some(&json!({"key": screen_key})),
    );
    assert_eq!(status, 403);
    let (status, _) = call(
        "POST",
        &s.url("/ui/login"),
        None,
        Some(&json!({"key": "nmn_nope"})),
    );
    assert_eq!(status, 401);
    let resp = agent()
        .post(&s.url("/ui/login"))
        .send_json(json!({"key": analyst}))
        .unwrap();
    let cookie = resp.header("set-cookie").unwrap().to_string();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    let session = cookie.split(';').next().unwrap().to_string();
    let info: Value = resp.into_json().unwrap();
    let csrf = info["csrf"].as_str().unwrap().to_string();
    assert_eq!(info["role"], "analyst");

    // Reads with the cookie work; changes need the CSRF token too.
    let r = agent()
        .get(&s.url("/v1/session"))
        .set("Cookie", &session)
        .call()
        .unwrap();
    assert_eq!(r.into_json::<Value>().unwrap()["name"], "alice");
    let body = json!({"queries": [{"name": "Masood Azhar"}]});
    let r = agent()
        .post(&s.url("/v1/screen"))
        .set("Cookie", &session)
        .send_json(body.clone());
    assert!(
        matches!(r, Err(ureq::Error::Status(403, _))),
        "no CSRF token"
    );
    let r = agent()
        .post(&s.url("/v1/screen"))
        .set("Cookie", &session)
        .set("X-CSRF-Token", "wrong")
        .send_json(body.clone());
    assert!(
        matches!(r, Err(ureq::Error::Status(403, _))),
        "wrong CSRF token"
    );
    let r = agent()
        .post(&s.url("/v1/screen"))
        .set("Cookie", &session)
        .set("X-CSRF-Token", &csrf)
        .send_json(body.clone())
        .unwrap();
    assert_eq!(r.status(), 200);
    // Logging out ends the session.
    let r = agent()
        .post(&s.url("/ui/logout"))
        .set("Cookie", &session)
        .set("X-CSRF-Token", &csrf)
        .call()
        .unwrap();
    assert_eq!(r.status(), 204);
    let r = agent()
        .get(&s.url("/v1/session"))
        .set("Cookie", &session)
        .call();
    assert!(matches!(r, Err(ureq::Error::Status(401, _))));
}

#[test]
fn server_start_reports_errors_clearly() {
    let dir = TempDir::new("errors");
    // Port in use.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let start = Instant::now();
    let (code, _, err) = nomina(&[
        "serve",
        "--addr",
        &addr,
        "--data-dir",
        dir.0.to_str().unwrap(),
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains(&addr), "{err}");
    assert!(start.elapsed() < Duration::from_secs(60));
    // Unreachable database.
    let (code, _, err) = nomina(&[
        "keys",
        "create",
        "--role",
        "screen",
        "--data-dir",
        dir.0.to_str().unwrap(),
        "--database",
        "postgres://nomina:secret@127.0.0.1:1/none",
    ]);
    assert_eq!(code, 7, "{err}");
    assert!(
        !err.contains("secret"),
        "the password is never printed: {err}"
    );
    // Bad flags.
    let (code, _, err) = nomina(&[
        "serve",
        "--max-age",
        "un=soon",
        "--data-dir",
        dir.0.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn reloads_do_not_drop_requests() {
    let dir = TempDir::new("reload");
    let list = dir.0.join("acme.csv");
    write_custom_list(&list, "1970");
    let admin = create_key(&dir.0, None, "admin", "ops");
    let s = start_server(&dir.0, &["--list", list.to_str().unwrap()]);
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let base = s.base.clone();
    let workers: Vec<_> = (0..3)
        .map(|t| {
            let (stop, base, key) = (stop.clone(), base.clone(), admin.clone());
            std::thread::spawn(move || {
                let mut statuses = Vec::new();
                while !stop.load(Ordering::Relaxed) {
                    let (status, body) = call(
                        "POST",
                        &format!("{base}/v1/screen"),
                        Some(&key),
                        Some(&json!({"queries": [{"name": "Boris Vantanov", "reference": format!("worker-{t}")}]})),
                    );
                    let found = hit(&body["results"][0], "acme:C-1").is_some();
                    statuses.push((status, found));
                }
                statuses
            })
        })
        .collect();
    for i in 0..4 {
        write_custom_list(&list, if i % 2 == 0 { "1971" } else { "1970" });
        let (status, body) = call("POST", &s.url("/v1/admin/reload"), Some(&admin), None);
        assert_eq!(status, 200, "{body}");
    }
    stop.store(true, Ordering::Relaxed);
    let statuses: Vec<(u16, bool)> = workers
        .into_iter()
        .flat_map(|w| w.join().unwrap())
        .collect();
    assert!(statuses.len() >= 3, "{statuses:?}");
    assert!(
        statuses.iter().all(|&(s, found)| s == 200 && found),
        "every request during reloads answered from a complete list: {statuses:?}"
    );
}

/// Serves `body` for every request on a loopback port, until the test ends.
fn serve_file(body: Vec<u8>) -> String {
    use std::io::{Read as _, Write as _};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let mut head = Vec::new();
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let _ = stream.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
                .as_bytes(),
            );
            let _ = stream.write_all(&body);
        }
    });
    format!("http://{addr}/consolidated.xml")
}

fn gunzip(rel: &str) -> Vec<u8> {
    use std::io::Read as _;
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel);
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
        .read_to_end(&mut out)
        .unwrap();
    out
}

#[test]
fn update_is_picked_up_and_versions_are_compared() {
    let dir = TempDir::new("update");
    let d = dir.0.to_str().unwrap().to_string();
    let update = |file: &str| {
        let url = serve_file(gunzip(file));
        let (code, out, err) = nomina(&[
            "update",
            "--source",
            "un",
            "--force",
            "--url",
            &format!("un={url}"),
            "--data-dir",
            &d,
        ]);
        assert_eq!(code, 0, "{out}{err}");
    };
    update("data/lists/un/consolidated-2018-08-24.xml.gz");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = start_server(&dir.0, &["--watch", "200ms"]);
    let un_published = |s: &Server| {
        let (_, body) = call("GET", &s.url("/v1/lists"), Some(&key), None);
        body["lists"][0]["published"]
            .as_str()
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(un_published(&s), "2018-08-24");

    // `nomina update` from another process: the service notices and reloads on its own.
    update("data/lists/un/consolidated-2018-10-29.xml.gz");
    let started = Instant::now();
    while un_published(&s) != "2018-10-29" {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the new version was not picked up"
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    // The diff between the two stored versions (3 added, 8 removed, as `nomina diff` says).
    let (status, diff) = call("GET", &s.url("/v1/lists/diff?source=un"), Some(&key), None);
    assert_eq!(status, 200, "{diff}");
    assert_eq!(diff["summary"]["added"], 3, "{}", diff["summary"]);
    assert_eq!(diff["summary"]["removed"], 8);
    let (status, _) = call(
        "GET",
        &s.url("/v1/lists/diff?source=un&from=nope"),
        Some(&key),
        None,
    );
    assert_eq!(status, 404);

    // An entity's history across the stored versions.
    let added = diff["added"][0]["key"].as_str().unwrap().to_string();
    let (status, body) = call(
        "GET",
        &s.url(&format!("/v1/entities/{added}")),
        Some(&key),
        None,
    );
    assert_eq!(status, 200);
    let history: Vec<(&str, bool)> = body["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["status"].as_str().unwrap(),
                h["in_force"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        history,
        vec![("absent", false), ("added", true)],
        "{}",
        body["history"]
    );
}
