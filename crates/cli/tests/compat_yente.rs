//! yente compatibility from the service's side (the client's side is
//! `tests/python/compat`): `limit` follows `--max-limit` up to yente's own 500, and
//! `--compat-auth yente=none` serves yente's clients without a key, audited as anonymous.

mod common;

use common::{create_key, request, Server, TempDir};
use serde_json::{json, Value};

fn example() -> Value {
    json!({"queries": {"q": {"schema": "Person", "properties": {"name": "Mohammad"}}}})
}

#[test]
fn limit_follows_max_limit_up_to_yentes_bound_and_yente_can_be_opened() {
    let dir = TempDir::new("compat-yente");
    let admin = create_key(&dir.0, None, "admin", "auditor");
    let s = Server::start(
        &dir.0,
        &["--max-limit", "500", "--compat-auth", "yente=none"],
    );
    let url = |q: &str| s.url(&format!("/match/default?cutoff=0.3&{q}"));
    let (status, _, body) = request("POST", &url("limit=500"), None, Some(&example()));
    assert_eq!(status, 200, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    let n = v["responses"]["q"]["results"].as_array().unwrap().len();
    assert!(
        n > 100,
        "{n} results: a limit over the default 100 is honoured"
    );
    let (status, _, body) = request("POST", &url("limit=501"), None, Some(&example()));
    assert_eq!(status, 400, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert!(v["detail"].as_str().unwrap().starts_with("limit:"), "{v}");
    // Opened for yente only: watchman's group still needs a key.
    let (status, _, _) = request("GET", &s.url("/v2/search?name=x"), None, None);
    assert_eq!(status, 401);
    let (status, _, body) = request("GET", &s.url("/v1/audit?limit=1000"), Some(&admin), None);
    assert_eq!(status, 200, "{body}");
    let audit: Value = serde_json::from_str(&body).unwrap();
    let yente = audit["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "screen" && r["actor"] == "anonymous:yente")
        .count();
    assert_eq!(yente, 1, "{body}");
}

#[test]
fn a_lower_max_limit_refuses_larger_limits_instead_of_cutting_them() {
    let dir = TempDir::new("compat-yente-low");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = Server::start(&dir.0, &["--max-limit", "3"]);
    let (status, _, body) = request(
        "POST",
        &s.url("/match/default?limit=4"),
        Some(&key),
        Some(&example()),
    );
    assert_eq!(status, 400, "{body}");
    let (status, _, body) = request(
        "GET",
        &s.url("/v2/search?name=Mohammad&limit=4"),
        Some(&key),
        None,
    );
    assert_eq!(status, 400, "{body}");
    let (status, _, body) = request(
        "GET",
        &s.url("/v2/search?name=Mohammad&limit=3&minMatch=0.3"),
        Some(&key),
        None,
    );
    assert_eq!(status, 200, "{body}");
}
