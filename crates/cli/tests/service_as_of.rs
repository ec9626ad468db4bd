//! `"as_of"` in `/v1/screen`: a look-back against the lists as they stood on a day, with
//! the versions used in the answer and the audit log, and no alert opened.

mod common;

use common::{create_key, repo, request, Server, TempDir};
use serde_json::{json, Value};

fn screen(s: &Server, key: &str, body: Value) -> (u16, Value) {
    let (status, _, text) = request("POST", &s.url("/v1/screen"), Some(key), Some(&body));
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

fn entities(v: &Value) -> Vec<String> {
    v["results"][0]["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["entity"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_look_back_screens_against_the_parties_listed_by_that_day() {
    let dir = TempDir::new("as-of");
    let key = create_key(&dir.0, None, "screen", "s");
    let un = repo("data/lists/un/consolidated-2026-02-27.xml.gz");
    let mut cmd = Server::command(&dir.0, &["--watch", "0", "--list", &un]);
    cmd.env("NOMINA_LOG", "warn");
    let s = Server::spawn(cmd);

    let q = json!([{"name": "Masood Azhar", "reference": "pay-2019-03-01"}]);
    // Masood Azhar was listed by the UN on 2019-05-01.
    let (status, before) = screen(&s, &key, json!({"queries": q, "as_of": "2019-03-01"}));
    assert_eq!(status, 200, "{before}");
    assert!(
        !entities(&before).contains(&"un:QDi.422".to_string()),
        "{before}"
    );
    assert_eq!(before["as_of"]["date"], "2019-03-01");
    assert_eq!(before["as_of"]["lists"][0]["choice"], "later-filtered");
    assert!(
        before["as_of"]["lists"][0]["listed_later"]
            .as_u64()
            .unwrap()
            > 0
    );

    let (status, after) = screen(&s, &key, json!({"queries": q, "as_of": "2019-05-01"}));
    assert_eq!(status, 200, "{after}");
    assert!(
        entities(&after).contains(&"un:QDi.422".to_string()),
        "{after}"
    );
    // A look-back opens no alert, though the hit is above the alert threshold.
    assert!(
        after["results"][0]["hits"]
            .as_array()
            .unwrap()
            .iter()
            .all(|h| h.get("alert").is_none_or(Value::is_null)),
        "{after}"
    );
    // Today's screening of the same party does.
    let (status, now) = screen(&s, &key, json!({"queries": q}));
    assert_eq!(status, 200, "{now}");
    assert!(now.get("as_of").is_none());
    assert!(entities(&now).contains(&"un:QDi.422".to_string()));

    // A day that is not a full date is refused (422, as every invalid field), naming it.
    let (status, bad) = screen(&s, &key, json!({"queries": q, "as_of": "2019-03"}));
    assert_eq!(status, 422, "{bad}");
    assert!(bad.to_string().contains("as_of"), "{bad}");
}
