//! The customer API end to end: `PUT`, bulk `POST`, `GET`, `DELETE /v1/customers`, roles,
//! and a service reload from UN 2018-10-29 to UN 2020-03-20 that re-screens the customers
//! by delta and shows the run in `GET /v1/monitoring/runs`.

mod common;

use common::{create_key, request, Server, TempDir};
use serde_json::{json, Value};
use std::io::Read;
use std::path::Path;

fn gunzip_to(rel: &str, to: &Path) {
    let mut out = Vec::new();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel);
    flate2::read::GzDecoder::new(std::fs::File::open(path).unwrap())
        .read_to_end(&mut out)
        .unwrap();
    std::fs::write(to, out).unwrap();
}

fn call(method: &str, url: &str, key: &str, body: Option<Value>) -> (u16, Value) {
    let (status, _, text) = request(method, url, Some(key), body.as_ref());
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

#[test]
fn customers_are_saved_screened_and_re_screened_by_delta_on_reload() {
    let dir = TempDir::new("customers");
    let list = dir.0.join("un.xml");
    gunzip_to("data/lists/un/consolidated-2018-10-29.xml.gz", &list);
    let admin = create_key(&dir.0, None, "admin", "ops");
    let screen = create_key(&dir.0, None, "screen", "gw");
    let s = Server::start(&dir.0, &["--list", list.to_str().unwrap()]);

    // Screened on entry: no UN listing for Masood Azhar before 2019-05-01.
    let (status, body) = call(
        "PUT",
        &s.url("/v1/customers/m-1"),
        &screen,
        Some(json!({"name": "Masood Azhar", "type": "person", "dob": "1968"})),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        (body["saved"].as_u64(), body["alerts_opened"].as_u64()),
        (Some(1), Some(0))
    );

    // Bulk: a bad row is reported by position and field; the others are saved.
    let (status, body) = call(
        "POST",
        &s.url("/v1/customers"),
        &screen,
        Some(json!({"customers": [
            {"reference": "c-1", "names": ["Ann Example"], "country": "DE"},
            {"reference": "c-2", "name": "Bob Example", "dob": "1970-13-01"},
            {"reference": "c-3", "name": "Carl Example", "identifiers": ["X 1"]},
            {"name": "No Reference"},
        ]})),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["saved"], 2, "{body}");
    assert_eq!(body["rejected"][0]["index"], 1);
    assert_eq!(body["rejected"][0]["field"], "dob");
    assert_eq!(body["rejected"][1]["field"], "reference");
    let (status, body) = call("GET", &s.url("/v1/customers/c-3"), &screen, None);
    assert_eq!(status, 200);
    assert_eq!(body["identifiers"][0], "X 1");
    let (status, _) = call("GET", &s.url("/v1/customers/c-2"), &screen, None);
    assert_eq!(status, 404, "the rejected row was not saved");
    let (status, body) = call(
        "PUT",
        &s.url("/v1/customers/x"),
        &screen,
        Some(json!({"name": "X", "type": "dragon"})),
    );
    assert_eq!(status, 422);
    assert!(
        body["error"].as_str().unwrap().starts_with("type:"),
        "{body}"
    );
    let (status, _) = call("DELETE", &s.url("/v1/customers/c-1"), &screen, None);
    assert_eq!(status, 200);
    let (status, _) = call("DELETE", &s.url("/v1/customers/c-1"), &screen, None);
    assert_eq!(status, 404);

    // The runs need an analyst; so far only the baseline.
    let (status, _) = call("GET", &s.url("/v1/monitoring/runs"), &screen, None);
    assert_eq!(status, 403);
    let (_, runs) = call("GET", &s.url("/v1/monitoring/runs"), &admin, None);
    assert_eq!(runs.as_array().unwrap().len(), 1, "{runs}");
    assert_eq!(runs[0]["kind"], "baseline");

    // The list changes; a reload re-screens by delta and raises exactly the new listing.
    gunzip_to("data/lists/un/consolidated-2020-03-20.xml.gz", &list);
    let (status, report) = call("POST", &s.url("/v1/admin/reload"), &admin, None);
    assert_eq!(status, 200, "{report}");
    let run = &report["monitoring_run"];
    assert_eq!(run["kind"], "delta", "{report}");
    assert_eq!(run["alerts_opened"], 1, "{run}");
    assert_eq!(run["customers"], 2, "{run}");
    let (_, alerts) = call("GET", &s.url("/v1/alerts?reference=m-1"), &admin, None);
    let alerts = alerts["alerts"].as_array().unwrap().clone();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0]["entity"], "un:QDi.422");
    assert_eq!(alerts[0]["screening_id"], run["id"]);

    // A reload with nothing new runs nothing.
    let (_, report) = call("POST", &s.url("/v1/admin/reload"), &admin, None);
    assert!(report["monitoring_run"].is_null(), "{report}");
    let (_, runs) = call("GET", &s.url("/v1/monitoring/runs"), &admin, None);
    assert_eq!(runs.as_array().unwrap().len(), 2, "{runs}");
    assert_eq!(runs[0]["kind"], "delta");
    assert!(runs[0]["duration_ms"].as_i64().is_some());
}
