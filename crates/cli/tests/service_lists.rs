//! The service never calls an old list fresh: a bundled snapshot is reported as a
//! snapshot (or as stale beyond its maximum age), the EU file as the excerpt it is, in
//! `/v1/lists` and in `/readyz`.

mod common;

use common::{agent, create_key, Server, TempDir};
use serde_json::Value;

fn get(s: &Server, path: &str, key: &str) -> Value {
    let resp = agent()
        .get(&s.url(path))
        .set("Authorization", &format!("Bearer {key}"))
        .call()
        .unwrap_or_else(|e| panic!("GET {path}: {e}"));
    serde_json::from_str(&resp.into_string().unwrap()).unwrap()
}

#[test]
fn bundled_snapshots_are_never_called_fresh() {
    let dir = TempDir::new("freshness");
    let key = create_key(&dir.0, None, "screen", "s");
    let mut cmd = Server::command(&dir.0, &["--watch", "0"]);
    cmd.env("NOMINA_LOG", "warn");
    let s = Server::spawn(cmd);

    let lists = get(&s, "/v1/lists", &key);
    let lists = lists["lists"].as_array().expect("lists");
    assert!(lists.len() >= 4, "the bundled lists are in force");
    for l in lists {
        assert_eq!(l["fresh"], false, "{l}");
        assert_eq!(l["bundled_snapshot"], true, "{l}");
        let verdict = l["freshness"].as_str().unwrap();
        assert!(matches!(verdict, "stale" | "snapshot"), "{l}");
        assert_eq!(l["excerpt"], l["source"] == "eu", "{l}");
    }
    // The 2018 UK snapshot is far beyond the 30 days of its documented maximum age.
    let uk = lists.iter().find(|l| l["source"] == "uk").expect("uk");
    assert_eq!(uk["freshness"], "stale");

    let ready = get(&s, "/readyz", &key);
    for l in ready["lists"].as_array().expect("readyz lists with a key") {
        assert_eq!(l["fresh"], false, "{l}");
        assert!(l["freshness"].is_string(), "{l}");
    }
}
