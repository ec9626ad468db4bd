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
fn customers_are_saved_screened_and_re_screened_by_delta_on_reload_on_sqlite() {
    let dir = TempDir::new("customers");
    scenario(&dir.0, None);
}

#[test]
#[cfg_attr(
    not(has_postgres),
    ignore = "needs PostgreSQL: NOMINA_TEST_POSTGRES_URL was not set when the tests were built"
)]
fn customers_are_saved_screened_and_re_screened_by_delta_on_reload_on_postgres() {
    let url = common::postgres_url();
    let dir = TempDir::new("customers-pg");
    scenario(&dir.0, Some(&url));
}

/// The scenario on one database. References carry a fresh prefix, so that a database
/// shared with other tests (PostgreSQL) holds nothing of theirs under them; counts that
/// span the whole base are checked as lower bounds.
fn scenario(data: &Path, database: Option<&str>) {
    let tag = format!("t{}-{}", std::process::id(), nomina_store::now_millis());
    let r = |name: &str| format!("{tag}-{name}");
    let list = data.join("un.xml");
    gunzip_to("data/lists/un/consolidated-2018-10-29.xml.gz", &list);
    let admin = create_key(data, database, "admin", "ops");
    let screen = create_key(data, database, "screen", "gw");
    let mut args = vec!["--list", list.to_str().unwrap()];
    if let Some(url) = database {
        args.extend(["--database", url]);
    }
    let s = Server::start(data, &args);

    // Screened on entry: no UN listing for Masood Azhar before 2019-05-01.
    let (status, body) = call(
        "PUT",
        &s.url(&format!("/v1/customers/{}", r("m-1"))),
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
            {"reference": r("c-1"), "names": ["Ann Example"], "country": "DE"},
            {"reference": r("c-2"), "name": "Bob Example", "dob": "1970-13-01"},
            {"reference": r("c-3"), "name": "Carl Example", "identifiers": ["X 1"]},
            {"name": "No Reference"},
        ]})),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["saved"], 2, "{body}");
    assert_eq!(body["rejected"][0]["index"], 1);
    assert_eq!(body["rejected"][0]["field"], "dob");
    assert_eq!(body["rejected"][1]["field"], "reference");
    let (status, body) = call(
        "GET",
        &s.url(&format!("/v1/customers/{}", r("c-3"))),
        &screen,
        None,
    );
    assert_eq!(status, 200);
    assert_eq!(body["identifiers"][0], "X 1");
    let (status, _) = call(
        "GET",
        &s.url(&format!("/v1/customers/{}", r("c-2"))),
        &screen,
        None,
    );
    assert_eq!(status, 404, "the rejected row was not saved");
    let (status, body) = call(
        "PUT",
        &s.url(&format!("/v1/customers/{}", r("x"))),
        &screen,
        Some(json!({"name": "X", "type": "dragon"})),
    );
    assert_eq!(status, 422);
    assert!(
        body["error"].as_str().unwrap().starts_with("type:"),
        "{body}"
    );
    let (status, _) = call(
        "DELETE",
        &s.url(&format!("/v1/customers/{}", r("c-1"))),
        &screen,
        None,
    );
    assert_eq!(status, 200);
    let (status, _) = call(
        "DELETE",
        &s.url(&format!("/v1/customers/{}", r("c-1"))),
        &screen,
        None,
    );
    assert_eq!(status, 404);

    // The runs need an analyst; the newest is the starting point of the next delta
    // (a baseline on a new database).
    let (status, _) = call("GET", &s.url("/v1/monitoring/runs"), &screen, None);
    assert_eq!(status, 403);
    let (_, runs) = call("GET", &s.url("/v1/monitoring/runs"), &admin, None);
    let before = runs.as_array().unwrap().len();
    assert!(before >= 1, "{runs}");
    if database.is_none() {
        assert_eq!(runs[0]["kind"], "baseline", "{runs}");
    }

    // The list changes; a reload re-screens by delta and raises exactly the new listing.
    gunzip_to("data/lists/un/consolidated-2020-03-20.xml.gz", &list);
    let (status, report) = call("POST", &s.url("/v1/admin/reload"), &admin, None);
    assert_eq!(status, 200, "{report}");
    let run = &report["monitoring_run"];
    assert_eq!(run["kind"], "delta", "{report}");
    assert!(run["customers"].as_i64().unwrap() >= 2, "{run}");
    let (_, alerts) = call(
        "GET",
        &s.url(&format!("/v1/alerts?reference={}", r("m-1"))),
        &admin,
        None,
    );
    let alerts = alerts["alerts"].as_array().unwrap().clone();
    assert_eq!(alerts.len(), 1, "{alerts:?}");
    assert_eq!(alerts[0]["entity"], "un:QDi.422");
    assert_eq!(alerts[0]["screening_id"], run["id"]);

    // A reload with nothing new runs nothing.
    let (_, report) = call("POST", &s.url("/v1/admin/reload"), &admin, None);
    assert!(report["monitoring_run"].is_null(), "{report}");
    let (_, runs) = call("GET", &s.url("/v1/monitoring/runs"), &admin, None);
    assert_eq!(runs.as_array().unwrap().len(), before + 1, "{runs}");
    assert_eq!(runs[0]["id"], run["id"]);
    assert_eq!(runs[0]["kind"], "delta");
    assert!(runs[0]["duration_ms"].as_i64().is_some());
}
