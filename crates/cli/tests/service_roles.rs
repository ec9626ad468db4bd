//! Authorization per endpoint, role and response field: every endpoint of the service is
//! called with no key and with a key of each role, and the answer is checked against a
//! table of expected statuses. Where a role may call an endpoint, its answer must not hold
//! data reserved for a higher role: customer references, analysts' comments and the names
//! of other callers' keys appear only for analysts and admins.

mod common;

use common::{create_key, Server, TempDir};
use serde_json::{json, Value};

/// Marks planted in the data only analysts and admins may read.
const REFERENCE: &str = "ref-marker-7731";
const COMMENT: &str = "comment-marker-7731";
const KEY_NAME: &str = "keyname-marker-7731";

/// Who calls.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Who {
    Nobody,
    Screen,
    Analyst,
    Admin,
}

const EVERYONE: [Who; 4] = [Who::Nobody, Who::Screen, Who::Analyst, Who::Admin];

fn call(method: &str, url: &str, key: Option<&str>, body: Option<&Value>) -> (u16, String) {
    let (status, _, text) = common::request(method, url, key, body);
    (status, text)
}

/// The least role an endpoint needs (`None`: open to everyone).
fn least_role(needs: Option<Who>, who: Who) -> bool {
    let rank = |w: Who| match w {
        Who::Nobody => 0,
        Who::Screen => 1,
        Who::Analyst => 2,
        Who::Admin => 3,
    };
    needs.is_none_or(|n| rank(who) >= rank(n))
}

#[test]
fn every_endpoint_answers_each_role_with_what_it_may_see() {
    let dir = TempDir::new("roles");
    let screen = create_key(&dir.0, None, "screen", KEY_NAME);
    let analyst = create_key(&dir.0, None, "analyst", "alice");
    let admin = create_key(&dir.0, None, "admin", "root");
    let mut cmd = Server::command(&dir.0, &["--watch", "0"]);
    cmd.env("NOMINA_LOG", "warn");
    let s = Server::spawn(cmd);

    // Plant the marks: an alert for a customer reference, decided with a comment.
    let (status, body) = call(
        "POST",
        &s.url("/v1/screen"),
        Some(&screen),
        Some(&json!({"queries": [{"name": "Masood Azhar", "reference": REFERENCE}]})),
    );
    assert_eq!(status, 200, "{body}");
    let (status, alerts) = call("GET", &s.url("/v1/alerts"), Some(&analyst), None);
    assert_eq!(status, 200, "{alerts}");
    let alerts: Value = serde_json::from_str(&alerts).unwrap();
    let alert = alerts["alerts"]
        .as_array()
        .or_else(|| alerts.as_array())
        .and_then(|a| a.first())
        .unwrap_or_else(|| panic!("an alert was opened: {alerts}"));
    let id = alert["id"]
        .as_str()
        .map(str::to_string)
        .or_else(|| alert["id"].as_i64().map(|i| i.to_string()))
        .expect("alert id");
    let (status, body) = call(
        "POST",
        &s.url(&format!("/v1/alerts/{id}/decision")),
        Some(&analyst),
        Some(&json!({"status": "escalated", "comment": COMMENT})),
    );
    assert_eq!(status, 200, "{body}");

    // (method, path, body, least role; None = open)
    let endpoints: Vec<(&str, String, Option<Value>, Option<Who>)> = vec![
        (
            "POST",
            "/v1/screen".into(),
            Some(json!({"queries": [{"name": "Masood Azhar"}]})),
            Some(Who::Screen),
        ),
        (
            "POST",
            "/v1/scan".into(),
            Some(json!({"text": "Masood Azhar was named."})),
            Some(Who::Screen),
        ),
        (
            "GET",
            "/v1/entities/un:QDi.422".into(),
            None,
            Some(Who::Screen),
        ),
        ("GET", "/v1/lists".into(), None, Some(Who::Screen)),
        ("GET", "/v1/alerts".into(), None, Some(Who::Analyst)),
        ("GET", format!("/v1/alerts/{id}"), None, Some(Who::Analyst)),
        ("GET", "/v1/alerts/groups".into(), None, Some(Who::Analyst)),
        (
            "GET",
            "/v1/alerts/programmes".into(),
            None,
            Some(Who::Analyst),
        ),
        (
            "GET",
            format!("/v1/alerts/{id}/comparison"),
            None,
            Some(Who::Analyst),
        ),
        ("GET", "/v1/audit".into(), None, Some(Who::Admin)),
        ("GET", "/v1/audit/verify".into(), None, Some(Who::Admin)),
        (
            "POST",
            "/match/default".into(),
            Some(
                json!({"queries": {"q1": {"schema": "Person", "properties": {"name": ["Masood Azhar"]}}}}),
            ),
            Some(Who::Screen),
        ),
        (
            "GET",
            "/v2/search?name=Masood%20Azhar".into(),
            None,
            Some(Who::Screen),
        ),
        ("GET", "/healthz".into(), None, None),
        ("GET", "/readyz".into(), None, None),
        ("GET", "/openapi.json".into(), None, Some(Who::Screen)),
    ];
    let mut failures = Vec::new();
    for (method, path, body, needs) in &endpoints {
        for who in EVERYONE {
            let key = match who {
                Who::Nobody => None,
                Who::Screen => Some(screen.as_str()),
                Who::Analyst => Some(analyst.as_str()),
                Who::Admin => Some(admin.as_str()),
            };
            let (status, text) = call(method, &s.url(path), key, body.as_ref());
            let allowed = least_role(*needs, who);
            let expected_refusal = if who == Who::Nobody { 401 } else { 403 };
            if allowed && status != 200 {
                failures.push(format!(
                    "{who:?} {method} {path}: {status}, expected 200: {text}"
                ));
                continue;
            }
            if !allowed && status != expected_refusal {
                failures.push(format!(
                    "{who:?} {method} {path}: {status}, expected {expected_refusal}"
                ));
                continue;
            }
            if !allowed {
                continue;
            }
            // Fields reserved for analysts and admins.
            if matches!(who, Who::Nobody | Who::Screen) {
                for (what, mark) in [
                    ("a customer reference", REFERENCE),
                    ("an analyst's comment", COMMENT),
                    ("a key's name", KEY_NAME),
                ] {
                    if text.contains(mark) {
                        failures.push(format!("{who:?} {method} {path} shows {what}"));
                    }
                }
            }
        }
    }
    // The marks are there for those who may read them: the check above is not vacuous.
    let (_, entity) = call(
        "GET",
        &s.url("/v1/entities/un:QDi.422"),
        Some(&analyst),
        None,
    );
    assert!(
        entity.contains(REFERENCE) && entity.contains(COMMENT),
        "an analyst sees the entity's alerts: {entity}"
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
