//! The service reports, with every hit and mention, the party its listing belongs to, and
//! applies the analysts' judgements kept in the data directory.

mod common;

use common::{create_key, repo, request, Server, TempDir};
use serde_json::{json, Value};
use std::path::Path;

fn post(s: &Server, key: &str, path: &str, body: Value) -> Value {
    let (status, _, text) = request("POST", &s.url(path), Some(key), Some(&body));
    assert_eq!(status, 200, "{text}");
    serde_json::from_str(&text).unwrap()
}

fn start(dir: &Path) -> Server {
    let un = repo("data/lists/un/consolidated-2026-02-27.xml.gz");
    let ofac = repo("data/lists/ofac/sdn-2021-07-07.csv.gz");
    let mut cmd = Server::command(dir, &["--watch", "0", "--list", &un, "--list", &ofac]);
    cmd.env("NOMINA_LOG", "warn");
    Server::spawn(cmd)
}

#[test]
fn hits_and_mentions_carry_their_party_and_judgements_apply() {
    let dir = TempDir::new("parties");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = start(&dir.0);
    let v = post(
        &s,
        &key,
        "/v1/screen",
        json!({"queries": [{"name": "Masood Azhar"}]}),
    );
    let hits = v["results"][0]["hits"].as_array().unwrap();
    let un = hits
        .iter()
        .find(|h| h["entity"] == "un:QDi.422")
        .expect("UN hit");
    let ofac = hits
        .iter()
        .find(|h| h["entity"] == "ofac:11459")
        .expect("OFAC hit");
    assert_eq!(un["party"]["id"], ofac["party"]["id"], "{v}");
    let scan = post(
        &s,
        &key,
        "/v1/scan",
        json!({"text": "Jaish-e-Mohammed chief Masood Azhar was unharmed."}),
    );
    let ids: Vec<&Value> = scan["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["entity"] == "un:QDi.422")
        .map(|m| &m["party"]["id"])
        .collect();
    assert!(
        !ids.is_empty() && ids.iter().all(|i| **i == un["party"]["id"]),
        "{scan}"
    );
    let (status, _, text) = request("GET", &s.url("/v1/entities/un:QDi.422"), Some(&key), None);
    assert_eq!(status, 200, "{text}");
    let e: Value = serde_json::from_str(&text).unwrap();
    let listings = e["party"]["listings"].as_array().expect("party");
    assert!(listings.iter().any(|k| k == "ofac:11459"), "{e}");
    assert!(!e["party"]["links"].as_array().unwrap().is_empty());
    drop(s);

    // An analyst splits the two; the service started again applies it.
    std::fs::write(
        dir.0.join("parties.json"),
        json!({"judgements": [{"verdict": "split", "a": "un:QDi.422", "b": "ofac:11459",
            "reason": "test", "by": "test", "at": "2026-12-05T00:00:00Z"}]})
        .to_string(),
    )
    .unwrap();
    let s = start(&dir.0);
    let v = post(
        &s,
        &key,
        "/v1/screen",
        json!({"queries": [{"name": "Masood Azhar"}]}),
    );
    let hits = v["results"][0]["hits"].as_array().unwrap();
    let un = hits.iter().find(|h| h["entity"] == "un:QDi.422").unwrap();
    assert!(un.get("party").is_none(), "{un}");
}
