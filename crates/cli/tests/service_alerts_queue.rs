//! The alert queue over HTTP on the real server: paging with a cursor, assignment and its
//! filter, a bulk false-positive decision (all or none, one audit record each), the
//! four-eyes rule on true matches, and the CSV export.

mod common;

use common::{create_key, Server, TempDir};
use serde_json::{json, Value};

/// A reason with a comma, quotes and a line break: the CSV must quote it.
const REASON: &str = "born 1990, \"checked\"\nby phone";

fn call(method: &str, url: &str, key: &str, body: Option<&Value>) -> (u16, Value) {
    let (status, _, text) = common::request(method, url, Some(key), body);
    let v = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, v)
}

fn ids(page: &Value) -> Vec<i64> {
    page["alerts"]
        .as_array()
        .expect("alerts")
        .iter()
        .map(|a| a["id"].as_i64().expect("id"))
        .collect()
}

/// A service on a fresh data directory, a screen key, and an analyst key per name.
struct Team {
    dir: TempDir,
    s: Server,
    screen: String,
    analysts: Vec<String>,
}

fn team(tag: &str, analysts: &[&str]) -> Team {
    let dir = TempDir::new(tag);
    let screen = create_key(&dir.0, None, "screen", "gateway");
    let analysts = analysts
        .iter()
        .map(|name| create_key(&dir.0, None, "analyst", name))
        .collect();
    let mut cmd = Server::command(&dir.0, &["--watch", "0"]);
    cmd.env("NOMINA_LOG", "warn");
    let s = Server::spawn(cmd);
    Team {
        dir,
        s,
        screen,
        analysts,
    }
}

/// Screens `n` queries in one call, the names taken in turn, references `prefix-000`…
fn screen_batch(s: &Server, key: &str, names: &[&str], n: usize, prefix: &str) {
    let queries: Vec<Value> = (0..n)
        .map(|i| json!({"name": names[i % names.len()], "reference": format!("{prefix}-{i:03}")}))
        .collect();
    let (status, body) = call(
        "POST",
        &s.url("/v1/screen"),
        key,
        Some(&json!({ "queries": queries })),
    );
    assert_eq!(status, 200, "{body}");
}

#[test]
fn an_analyst_team_works_the_queue() {
    let Team {
        dir,
        s,
        screen,
        analysts,
    } = team("alert-queue", &["ana", "ben"]);
    let (ana, ben) = (analysts[0].clone(), analysts[1].clone());
    screen_batch(&s, &screen, &["Masood Azhar"], 30, "cust");

    // Paging: every alert once, newest first, with the total on each page.
    let mut seen = Vec::new();
    let mut cursor = String::new();
    let total = loop {
        let (status, page) = call(
            "GET",
            &s.url(&format!("/v1/alerts?limit=7&cursor={cursor}")),
            &ana,
            None,
        );
        assert_eq!(status, 200, "{page}");
        seen.extend(ids(&page));
        match page["next_cursor"].as_str() {
            Some(c) => cursor = c.to_string(),
            None => break page["total"].as_u64().expect("total"),
        }
    };
    assert!(total >= 30, "{total} alerts");
    assert_eq!(seen.len() as u64, total);
    assert!(
        seen.windows(2).all(|w| w[0] > w[1]),
        "newest first, no repeats"
    );
    let (status, err) = call("GET", &s.url("/v1/alerts?cursor=abc"), &ana, None);
    assert_eq!(status, 422);
    assert!(err["error"].as_str().unwrap().contains("cursor"), "{err}");

    // Assignment, to oneself and to a colleague, then the filter.
    let (status, a) = call(
        "POST",
        &s.url(&format!("/v1/alerts/{}/assign", seen[0])),
        &ana,
        Some(&json!({"to": "me"})),
    );
    assert_eq!((status, a["assignee"].as_str()), (200, Some("ana")), "{a}");
    let (status, a) = call(
        "POST",
        &s.url(&format!("/v1/alerts/{}/assign", seen[1])),
        &ana,
        Some(&json!({"to": "ben"})),
    );
    assert_eq!((status, a["assignee"].as_str()), (200, Some("ben")), "{a}");
    for bad in ["gateway", "nobody", ""] {
        let (status, err) = call(
            "POST",
            &s.url(&format!("/v1/alerts/{}/assign", seen[2])),
            &ana,
            Some(&json!({ "to": bad })),
        );
        assert_eq!(status, 422, "{bad}: {err}");
        assert!(err["error"].as_str().unwrap().starts_with("to:"), "{err}");
    }
    let (_, mine) = call("GET", &s.url("/v1/alerts?assignee=ana"), &ana, None);
    assert_eq!(ids(&mine), vec![seen[0]]);
    assert_eq!(mine["total"], 1);

    // Bulk false positive: one unknown id refuses the whole selection.
    let selection = vec![seen[3], seen[4], seen[5]];
    let bulk = |ids: &[i64]| {
        call(
            "POST",
            &s.url("/v1/alerts/decisions"),
            &ana,
            Some(&json!({"ids": ids, "decision": "false_positive", "reason": REASON})),
        )
    };
    let (status, _) = bulk(&[seen[3], 987_654]);
    assert_eq!(status, 404);
    let (_, a) = call(
        "GET",
        &s.url(&format!("/v1/alerts/{}", seen[3])),
        &ana,
        None,
    );
    assert_eq!(a["status"], "open", "nothing decided");
    let (status, done) = bulk(&selection);
    assert_eq!(status, 200, "{done}");
    assert!(done["alerts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a["status"] == "false_positive"));
    let (status, err) = call(
        "POST",
        &s.url("/v1/alerts/decisions"),
        &ana,
        Some(&json!({"ids": [seen[6]], "decision": "true_match", "reason": "x"})),
    );
    assert_eq!(status, 422);
    assert!(err["error"].as_str().unwrap().starts_with("decision:"));
    let too_many: Vec<i64> = (1..=1001).collect();
    let (status, _) = bulk(&too_many);
    assert_eq!(status, 413);

    // Four eyes: ana proposes, ana cannot confirm, ben can.
    let id = seen[7];
    let (status, a) = call(
        "POST",
        &s.url(&format!("/v1/alerts/{id}/decision")),
        &ana,
        Some(&json!({"status": "true_match", "comment": "same passport"})),
    );
    assert_eq!(status, 200, "{a}");
    assert_eq!(
        (a["status"].as_str(), &a["pending_confirmation"]),
        (Some("open"), &json!(true))
    );
    let confirm = |key: &str| {
        call(
            "POST",
            &s.url(&format!("/v1/alerts/{id}/confirm")),
            key,
            Some(&json!({})),
        )
    };
    let (status, err) = confirm(&ana);
    assert_eq!(status, 409, "{err}");
    assert!(err["error"].as_str().unwrap().contains("different analyst"));
    let (status, a) = confirm(&ben);
    assert_eq!(status, 200, "{a}");
    assert_eq!(a["status"], "true_match");
    assert_eq!(a["pending_confirmation"], false);
    assert!(a["proposal"]["actor"].as_str().unwrap().ends_with(":ana"));

    // The audit trail holds each step.
    let admin = create_key(&dir.0, None, "admin", "root");
    let (_, audit) = call("GET", &s.url("/v1/audit?limit=1000"), &admin, None);
    let kinds: Vec<&str> = audit["records"]
        .as_array()
        .map(|r| r.iter().filter_map(|r| r["kind"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(kinds.iter().filter(|k| **k == "alert.assign").count(), 2);
    assert_eq!(
        kinds.iter().filter(|k| **k == "decision.proposed").count(),
        1
    );
    assert_eq!(kinds.iter().filter(|k| **k == "decision").count(), 4);

    // CSV: a header, one row per alert, quoting done by the csv crate.
    let (status, _, text) = common::request("GET", &s.url("/v1/alerts.csv"), Some(&ana), None);
    assert_eq!(status, 200);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "id");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len() as u64, total);
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let row = rows.iter().find(|r| r[0] == id.to_string()).unwrap();
    assert_eq!(&row[col("status")], "true_match");
    let fp = rows
        .iter()
        .find(|r| r[0] == selection[0].to_string())
        .unwrap();
    assert_eq!(&fp[col("decision_comment")], REASON);
    assert_eq!(&fp[col("status")], "false_positive");
    let (_, _, closed) = common::request(
        "GET",
        &s.url("/v1/alerts.csv?status=false_positive"),
        Some(&ana),
        None,
    );
    let closed_rows = csv::Reader::from_reader(closed.as_bytes())
        .records()
        .count();
    assert_eq!(closed_rows, selection.len());

    // A screening key may do none of it.
    for (method, path, body) in [
        ("GET", "/v1/alerts.csv".to_string(), None),
        (
            "POST",
            format!("/v1/alerts/{}/assign", seen[9]),
            Some(json!({"to": "me"})),
        ),
        (
            "POST",
            format!("/v1/alerts/{}/confirm", seen[9]),
            Some(json!({})),
        ),
        (
            "POST",
            "/v1/alerts/decisions".to_string(),
            Some(json!({"ids": [seen[9]], "decision": "false_positive", "reason": "x"})),
        ),
    ] {
        let (status, _) = call(method, &s.url(&path), &screen, body.as_ref());
        assert_eq!(status, 403, "{method} {path}");
    }
}

/// Every alert of a query, following `next_cursor` pages of `limit`.
fn all_pages(s: &Server, key: &str, query: &str, limit: usize) -> Vec<Value> {
    let mut out = Vec::new();
    let mut cursor = String::new();
    loop {
        let url = s.url(&format!("/v1/alerts?{query}&limit={limit}&cursor={cursor}"));
        let (status, page) = call("GET", &url, key, None);
        assert_eq!(status, 200, "{query}: {page}");
        out.extend(page["alerts"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = c.to_string(),
            None => return out,
        }
    }
}

#[test]
fn the_queue_filters_and_sorts() {
    let Team {
        dir: _dir,
        s,
        screen,
        analysts,
    } = team("alert-queue-filters", &["ana"]);
    let ana = analysts[0].clone();
    let names = [
        "Masood Azhar",
        "Masud Azhar",
        "Bank Sepah",
        "Bank Sepah Iran",
    ];
    screen_batch(&s, &screen, &names, 12, "f");
    let everything = all_pages(&s, &ana, "sort=newest", 1000);
    assert!(everything.len() >= 12, "{} alerts", everything.len());
    let score = |a: &Value| a["score"].as_f64().unwrap();
    let id = |a: &Value| a["id"].as_i64().unwrap();

    // Sorted by score, paged 5 at a time: highest first, ties newest first, each once.
    let by_score = all_pages(&s, &ana, "sort=score", 5);
    let mut expected = everything.clone();
    expected.sort_by(|a, b| score(b).total_cmp(&score(a)).then(id(b).cmp(&id(a))));
    let ids_of = |v: &[Value]| v.iter().map(id).collect::<Vec<_>>();
    assert_eq!(ids_of(&by_score), ids_of(&expected));
    let oldest = all_pages(&s, &ana, "sort=oldest", 5);
    let mut ascending = ids_of(&everything);
    ascending.reverse();
    assert_eq!(ids_of(&oldest), ascending);

    // Minimum score and list.
    let median = score(&expected[expected.len() / 2]);
    let high = all_pages(&s, &ana, &format!("min_score={median}"), 1000);
    let want = everything.iter().filter(|a| score(a) >= median).count();
    assert_eq!(high.len(), want);
    let entity = everything[0]["entity"].as_str().unwrap();
    let list = entity.split_once(':').map(|(l, _)| l).unwrap();
    let on_list = all_pages(&s, &ana, &format!("list={list}"), 1000);
    let prefix = format!("{list}:");
    let want = everything
        .iter()
        .filter(|a| a["entity"].as_str().unwrap().starts_with(&prefix))
        .count();
    assert_eq!(on_list.len(), want);
    assert!(!on_list.is_empty());

    // Age: everything was opened today; nothing before 2000 or after 2999.
    let (_, page) = call(
        "GET",
        &s.url("/v1/alerts?created_after=2000-01-01&created_before=2999-01-01T00:00:00Z"),
        &ana,
        None,
    );
    assert_eq!(page["total"].as_u64(), Some(everything.len() as u64));
    let (_, page) = call(
        "GET",
        &s.url("/v1/alerts?created_before=2000-01-01"),
        &ana,
        None,
    );
    assert_eq!(page["total"], 0);

    // The same filters on the CSV.
    let (status, _, text) = common::request(
        "GET",
        &s.url(&format!("/v1/alerts.csv?list={list}&sort=score")),
        Some(&ana),
        None,
    );
    assert_eq!(status, 200);
    let rows = csv::Reader::from_reader(text.as_bytes()).records().count();
    assert_eq!(rows, on_list.len());

    // A bad value is a 422 naming its parameter.
    for (query, field) in [
        ("min_score=high", "min_score"),
        ("min_score=2", "min_score"),
        ("list=un%3Ax", "list"),
        ("created_after=yesterday", "created_after"),
        ("created_before=2026-13-01", "created_before"),
        ("sort=alphabetical", "sort"),
        ("sort=score&cursor=12", "cursor"),
    ] {
        let paths: &[&str] = if field == "cursor" {
            &["/v1/alerts"]
        } else {
            &["/v1/alerts", "/v1/alerts.csv"]
        };
        for path in paths {
            let (status, err) = call("GET", &s.url(&format!("{path}?{query}")), &ana, None);
            assert_eq!(status, 422, "{path}?{query}: {err}");
            let message = err["error"].as_str().unwrap_or_default();
            assert!(message.starts_with(field), "{query}: {err}");
        }
    }
}

#[test]
fn analysts_add_case_notes() {
    let Team {
        dir,
        s,
        screen,
        analysts,
    } = team("alert-queue-notes", &["ana", "ben"]);
    let (ana, ben) = (analysts[0].clone(), analysts[1].clone());
    let query = json!({"queries": [{"name": "Masood Azhar", "reference": "n-1"}]});
    let (status, body) = call("POST", &s.url("/v1/screen"), &screen, Some(&query));
    assert_eq!(status, 200, "{body}");
    let (_, page) = call("GET", &s.url("/v1/alerts"), &ana, None);
    let id = ids(&page)[0];
    let note = |key: &str, body: Value| {
        call(
            "POST",
            &s.url(&format!("/v1/alerts/{id}/notes")),
            key,
            Some(&body),
        )
    };
    let (status, n) = note(&ana, json!({"text": "called the branch"}));
    assert_eq!(status, 201, "{n}");
    assert!(n["actor"].as_str().unwrap().ends_with(":ana"), "{n}");
    let (status, _) = note(&ben, json!({"text": "passport seen"}));
    assert_eq!(status, 201);
    for bad in [json!({"text": ""}), json!({"text": "x".repeat(10_001)})] {
        let (status, err) = note(&ana, bad);
        assert_eq!(status, 422, "{err}");
        assert!(err["error"].as_str().unwrap().starts_with("text:"), "{err}");
    }
    let (status, _) = note(&screen, json!({"text": "x"}));
    assert_eq!(status, 403);
    let (status, _) = call(
        "POST",
        &s.url("/v1/alerts/987654/notes"),
        &ana,
        Some(&json!({"text": "x"})),
    );
    assert_eq!(status, 404);
    let (_, a) = call("GET", &s.url(&format!("/v1/alerts/{id}")), &ana, None);
    let texts: Vec<&str> = a["notes"]
        .as_array()
        .expect("notes")
        .iter()
        .filter_map(|n| n["text"].as_str())
        .collect();
    assert_eq!(texts, ["called the branch", "passport seen"]);
    let admin = create_key(&dir.0, None, "admin", "root");
    let (_, audit) = call("GET", &s.url("/v1/audit?limit=1000"), &admin, None);
    let notes: Vec<&Value> = audit["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "alert.note")
        .collect();
    assert_eq!(notes.len(), 2);
    assert_eq!(notes[0]["subject"], id.to_string());

    // The case as CSV: fields, decision, notes and the audit records about the alert.
    let (status, a) = call(
        "POST",
        &s.url(&format!("/v1/alerts/{id}/decision")),
        &ana,
        Some(&json!({"status": "false_positive", "comment": REASON})),
    );
    assert_eq!(status, 200, "{a}");
    let url = s.url(&format!("/v1/alerts/{id}/case.csv"));
    let (status, _, text) = common::request("GET", &url, Some(&ana), None);
    assert_eq!(status, 200, "{text}");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, ["record", "id", "time", "actor", "kind", "detail"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let of = |record: &str| rows.iter().filter(|r| &r[0] == record).collect::<Vec<_>>();
    let status_row = of("alert").into_iter().find(|r| &r[4] == "status").unwrap();
    assert_eq!(&status_row[5], "false_positive");
    let decisions = of("decision");
    assert_eq!(decisions.len(), 1);
    assert_eq!(&decisions[0][5], REASON, "quoted comment survives");
    assert_eq!(of("note").len(), 2);
    let kinds: Vec<&str> = of("audit").iter().map(|r| &r[4]).collect();
    assert_eq!(kinds, ["alert.note", "alert.note", "decision"]);
    let (status, _, _) = common::request(
        "GET",
        &s.url("/v1/alerts/987654/case.csv"),
        Some(&ana),
        None,
    );
    assert_eq!(status, 404);
    let (status, _, _) = common::request("GET", &url, Some(&screen), None);
    assert_eq!(status, 403);
}

#[test]
fn the_daily_volume_counts_alerts_and_decisions() {
    let Team {
        dir: _dir,
        s,
        screen,
        analysts,
    } = team("alert-queue-daily", &["ana"]);
    let ana = analysts[0].clone();
    screen_batch(&s, &screen, &["Masood Azhar"], 4, "d");
    let (_, page) = call("GET", &s.url("/v1/alerts"), &ana, None);
    let all = ids(&page);
    let (status, _) = call(
        "POST",
        &s.url("/v1/alerts/decisions"),
        &ana,
        Some(&json!({"ids": [all[0]], "decision": "false_positive", "reason": "no"})),
    );
    assert_eq!(status, 200);
    let (status, days) = call("GET", &s.url("/v1/alerts/stats/daily?days=7"), &ana, None);
    assert_eq!(status, 200, "{days}");
    let days = days.as_array().unwrap();
    assert_eq!(days.len(), 7);
    let today = &days[6];
    assert_eq!(today["day"].as_str().unwrap().len(), 10);
    assert_eq!(today["opened"].as_u64(), Some(all.len() as u64));
    assert_eq!(today["false_positive"], 1);
    assert_eq!(today["open"].as_u64(), Some(all.len() as u64 - 1));
    assert!(days[..6].iter().all(|d| d["opened"] == 0));
    let (status, days) = call("GET", &s.url("/v1/alerts/stats/daily"), &ana, None);
    assert_eq!((status, days.as_array().map(Vec::len)), (200, Some(30)));
    for bad in ["0", "367", "week"] {
        let url = s.url(&format!("/v1/alerts/stats/daily?days={bad}"));
        let (status, err) = call("GET", &url, &ana, None);
        assert_eq!(status, 422, "{bad}: {err}");
        assert!(err["error"].as_str().unwrap().starts_with("days:"), "{err}");
    }
    let (status, _) = call("GET", &s.url("/v1/alerts/stats/daily"), &screen, None);
    assert_eq!(status, 403);
}

#[test]
fn the_queue_filters_by_programme() {
    let Team {
        dir: _dir,
        s,
        screen,
        analysts,
    } = team("alert-queue-programme", &["ana"]);
    let ana = analysts[0].clone();
    let names = ["Jaish-i-Mohammed", "Masood Azhar", "Bank Sepah"];
    screen_batch(&s, &screen, &names, 6, "p");
    let everything = all_pages(&s, &ana, "sort=newest", 1000);
    let programmes_of = |a: &Value| -> Vec<String> {
        a["programmes"]
            .as_array()
            .expect("programmes")
            .iter()
            .map(|p| p.as_str().expect("a programme").to_string())
            .collect()
    };
    // A programme some alerts have and others do not, so that the filter must narrow.
    let mut candidates: Vec<String> = everything.iter().flat_map(programmes_of).collect();
    candidates.sort();
    candidates.dedup();
    let programme = candidates
        .iter()
        .find(|p| everything.iter().any(|a| !programmes_of(a).contains(p)))
        .expect("a programme that not every alert has")
        .clone();
    let want: Vec<i64> = everything
        .iter()
        .filter(|a| programmes_of(a).contains(&programme))
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    assert!(!want.is_empty() && want.len() < everything.len());
    // The programmes the filter can choose from, with their alerts.
    let (status, counts) = call("GET", &s.url("/v1/alerts/programmes"), &ana, None);
    assert_eq!(status, 200, "{counts}");
    let listed: Vec<&str> = counts
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["programme"].as_str().unwrap())
        .collect();
    assert_eq!(
        listed,
        candidates.iter().map(String::as_str).collect::<Vec<_>>()
    );
    let count = counts
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["programme"] == programme.as_str())
        .expect("the programme counted");
    assert_eq!(count["alerts"].as_u64(), Some(want.len() as u64));
    let encoded: String = url_encode(&programme);
    let filtered = all_pages(&s, &ana, &format!("programme={encoded}"), 2);
    let got: Vec<i64> = filtered.iter().map(|a| a["id"].as_i64().unwrap()).collect();
    assert_eq!(got, want, "programme={programme}");

    // The CSV: the same alerts, each with its programmes.
    let (status, _, text) = common::request(
        "GET",
        &s.url(&format!("/v1/alerts.csv?programme={encoded}")),
        Some(&ana),
        None,
    );
    assert_eq!(status, 200);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let col = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "programmes")
        .expect("a programmes column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), want.len());
    assert!(rows
        .iter()
        .all(|r| r[col].split("; ").any(|p| p == programme)));

    // A control character is refused, naming the parameter.
    for path in ["/v1/alerts", "/v1/alerts.csv"] {
        let (status, err) = call(
            "GET",
            &s.url(&format!("{path}?programme=a%01b")),
            &ana,
            None,
        );
        assert_eq!(status, 422, "{err}");
        assert!(
            err["error"].as_str().unwrap_or("").starts_with("programme"),
            "{err}"
        );
    }
}

/// Percent-encodes a query value.
fn url_encode(v: &str) -> String {
    v.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn the_queue_groups_a_customers_hits_by_party() {
    let Team {
        dir: _dir,
        s,
        screen,
        analysts,
    } = team("alert-queue-groups", &["ana"]);
    let ana = analysts[0].clone();
    screen_batch(&s, &screen, &["Jaish-i-Mohammed", "Bank Sepah"], 4, "g");
    let everything = all_pages(&s, &ana, "sort=newest", 1000);
    let (status, first) = call("GET", &s.url("/v1/alerts/groups?limit=2"), &ana, None);
    assert_eq!(status, 200, "{first}");
    assert_eq!(first["alerts"].as_u64(), Some(everything.len() as u64));
    assert_eq!(
        first["counts"]["open"].as_u64(),
        Some(everything.len() as u64)
    );

    // Every page, following the cursor: each alert in exactly one group.
    let mut groups: Vec<Value> = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let query = match &cursor {
            Some(c) => format!("/v1/alerts/groups?limit=2&cursor={}", url_encode(c)),
            None => "/v1/alerts/groups?limit=2".to_string(),
        };
        let (status, page) = call("GET", &s.url(&query), &ana, None);
        assert_eq!(status, 200, "{page}");
        groups.extend(page["groups"].as_array().unwrap().iter().cloned());
        match page["next_cursor"].as_str() {
            Some(c) => cursor = Some(c.to_string()),
            None => break,
        }
    }
    assert_eq!(groups.len() as u64, first["total"].as_u64().unwrap());
    let mut grouped: Vec<i64> = groups
        .iter()
        .flat_map(|g| g["listings"].as_array().unwrap().clone())
        .map(|l| l["alert_id"].as_i64().unwrap())
        .collect();
    grouped.sort();
    let mut all: Vec<i64> = everything
        .iter()
        .map(|a| a["id"].as_i64().unwrap())
        .collect();
    all.sort();
    assert_eq!(grouped, all);
    // Best score first, and within a group too.
    let best: Vec<f64> = groups
        .iter()
        .map(|g| g["best_score"].as_f64().unwrap())
        .collect();
    assert!(best.windows(2).all(|w| w[0] >= w[1]), "{best:?}");

    // One customer's hits on a party listed on several lists are one group.
    let party = groups
        .iter()
        .find(|g| {
            let lists: std::collections::BTreeSet<&str> = g["listings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["list"].as_str().unwrap())
                .collect();
            g["party"].is_string() && lists.len() >= 2
        })
        .expect("a group of one party's listings on several lists");
    let listings = party["listings"].as_array().unwrap();
    let reference = party["reference"].as_str().unwrap();
    assert!(everything
        .iter()
        .filter(|a| listings.iter().any(|l| l["alert_id"] == a["id"]))
        .all(|a| a["reference"] == reference));
    let scores: Vec<f64> = listings
        .iter()
        .map(|l| l["score"].as_f64().unwrap())
        .collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    assert_eq!(party["best_score"].as_f64(), Some(scores[0]));

    // The group's alerts decided together.
    let ids: Vec<i64> = listings
        .iter()
        .map(|l| l["alert_id"].as_i64().unwrap())
        .collect();
    let (status, body) = call(
        "POST",
        &s.url("/v1/alerts/decisions"),
        &ana,
        Some(&json!({"ids": ids, "decision": "false_positive", "reason": "a different party"})),
    );
    assert_eq!(status, 200, "{body}");
    let (_, open) = call("GET", &s.url("/v1/alerts/groups?status=open"), &ana, None);
    let open_groups = open["groups"].as_array().unwrap();
    assert!(open_groups.iter().all(|g| g["key"] != party["key"]));
    assert_eq!(open["total"].as_u64(), Some(groups.len() as u64 - 1));

    // Both new endpoints are in the OpenAPI document.
    let (_, doc) = call("GET", &s.url("/openapi.json"), &ana, None);
    assert!(doc["paths"]["/v1/alerts/groups"]["get"].is_object());
    assert!(doc["paths"]["/v1/alerts/{id}/comparison"]["get"].is_object());
    assert!(doc["components"]["schemas"]["AlertGroupList"].is_object());

    // Filters, sort, cursor and limit are checked.
    for (query, field) in [
        ("sort=newest", "sort"),
        ("cursor=12", "cursor"),
        ("limit=0", "limit"),
        ("programme=a%01", "programme"),
        ("min_score=2", "min_score"),
    ] {
        let (status, err) = call(
            "GET",
            &s.url(&format!("/v1/alerts/groups?{query}")),
            &ana,
            None,
        );
        assert_eq!(status, 422, "{query}: {err}");
        assert!(
            err["error"].as_str().unwrap_or("").starts_with(field),
            "{err}"
        );
    }
}

/// The comparison row of `attribute`.
fn comparison_row<'a>(cmp: &'a Value, attribute: &str) -> &'a Value {
    cmp["rows"]
        .as_array()
        .expect("rows")
        .iter()
        .find(|r| r["attribute"] == attribute)
        .unwrap_or_else(|| panic!("no {attribute} row in {cmp}"))
}

/// The alert of `reference` on the entity whose primary name is best for it.
fn alert_of(s: &Server, key: &str, reference: &str) -> Value {
    let (status, page) = call(
        "GET",
        &s.url(&format!("/v1/alerts?reference={reference}&sort=score")),
        key,
        None,
    );
    assert_eq!(status, 200, "{page}");
    page["alerts"][0].clone()
}

#[test]
fn an_alert_compares_the_customer_with_the_listed_entity() {
    let Team {
        dir: _dir,
        s,
        screen,
        analysts,
    } = team("alert-comparison", &["ana"]);
    let ana = analysts[0].clone();
    // Masood Azhar is listed born 1968-07-10, Pakistani: the date agrees, India does not.
    let (status, body) = call(
        "POST",
        &s.url("/v1/screen"),
        &screen,
        Some(&json!({"queries": [{
            "name": "Masood Azhar", "dob": "1968-07-10", "country": "India",
            "type": "person", "reference": "cmp-1"
        }]})),
    );
    assert_eq!(status, 200, "{body}");
    let alert = alert_of(&s, &ana, "cmp-1");
    let id = alert["id"].as_i64().expect("an alert");
    let (status, cmp) = call(
        "GET",
        &s.url(&format!("/v1/alerts/{id}/comparison")),
        &ana,
        None,
    );
    assert_eq!(status, 200, "{cmp}");
    assert_eq!(cmp["customer_source"], "screening");
    assert_eq!(cmp["entity"], alert["entity"]);
    let dob = comparison_row(&cmp, "dob");
    assert_eq!(dob["customer"], json!(["1968-07-10"]));
    assert_eq!(dob["verdict"], "agrees", "{dob}");
    let country = comparison_row(&cmp, "country");
    assert_eq!(country["verdict"], "contradicts", "{country}");
    assert!(!country["listed"].as_array().unwrap().is_empty());
    assert_eq!(comparison_row(&cmp, "name")["verdict"], "agrees");
    assert_eq!(comparison_row(&cmp, "identifier")["verdict"], "unknown");
    assert_eq!(comparison_row(&cmp, "type")["verdict"], "agrees");

    // A stored customer is the customer's side: its own attributes.
    let (status, body) = call(
        "PUT",
        &s.url("/v1/customers/cmp-2"),
        &screen,
        Some(&json!({"name": "Masood Azhar", "type": "person", "dob": "1990", "country": "PK"})),
    );
    assert_eq!(status, 200, "{body}");
    let alert = alert_of(&s, &ana, "cmp-2");
    let id = alert["id"].as_i64().expect("an alert on entry");
    let (_, cmp) = call(
        "GET",
        &s.url(&format!("/v1/alerts/{id}/comparison")),
        &ana,
        None,
    );
    assert_eq!(cmp["customer_source"], "customer");
    assert_eq!(comparison_row(&cmp, "dob")["verdict"], "contradicts");
    assert_eq!(comparison_row(&cmp, "country")["verdict"], "agrees");

    let (status, _) = call("GET", &s.url("/v1/alerts/999999/comparison"), &ana, None);
    assert_eq!(status, 404);
    let (status, _) = call(
        "GET",
        &s.url(&format!("/v1/alerts/{id}/comparison")),
        &screen,
        None,
    );
    assert_eq!(status, 403);
}

/// The programme filter and the groups on PostgreSQL: a database shared with other tests,
/// so every query is narrowed to this test's own references.
#[test]
#[cfg_attr(
    not(has_postgres),
    ignore = "needs PostgreSQL: NOMINA_TEST_POSTGRES_URL was not set when the tests were built"
)]
fn programmes_and_groups_on_postgres() {
    let url = common::postgres_url();
    let dir = TempDir::new("alert-queue-pg");
    let screen = create_key(&dir.0, Some(&url), "screen", "gateway");
    let ana = create_key(&dir.0, Some(&url), "analyst", "ana");
    let mut cmd = Server::command(&dir.0, &["--watch", "0", "--database", &url]);
    cmd.env("NOMINA_LOG", "warn");
    let s = Server::spawn(cmd);
    let reference = format!("pg-{}-{}", std::process::id(), nomina_store::now_millis());
    let (status, body) = call(
        "POST",
        &s.url("/v1/screen"),
        &screen,
        Some(&json!({"queries": [{"name": "Jaish-i-Mohammed", "reference": reference}]})),
    );
    assert_eq!(status, 200, "{body}");
    let mine = all_pages(&s, &ana, &format!("reference={reference}"), 100);
    assert!(mine.len() >= 2, "{} alerts", mine.len());

    // Programmes: stored with each alert, and a filter on them.
    let programme = mine
        .iter()
        .flat_map(|a| a["programmes"].as_array().unwrap().clone())
        .filter_map(|p| p.as_str().map(str::to_string))
        .next()
        .expect("a listing with a programme");
    let under: Vec<&Value> = mine
        .iter()
        .filter(|a| {
            a["programmes"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p == &programme)
        })
        .collect();
    let filtered = all_pages(
        &s,
        &ana,
        &format!("reference={reference}&programme={}", url_encode(&programme)),
        100,
    );
    assert_eq!(filtered.len(), under.len(), "programme {programme}");
    // Counted over the whole (shared) database: at least this test's alerts.
    let (_, counts) = call("GET", &s.url("/v1/alerts/programmes"), &ana, None);
    let counted = counts
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["programme"] == programme.as_str())
        .and_then(|c| c["alerts"].as_u64())
        .expect("the programme counted");
    assert!(counted >= under.len() as u64, "{counts}");

    // Groups: the party's listings on several lists are one group.
    let (status, page) = call(
        "GET",
        &s.url(&format!("/v1/alerts/groups?reference={reference}")),
        &ana,
        None,
    );
    assert_eq!(status, 200, "{page}");
    let groups = page["groups"].as_array().unwrap();
    assert!(
        groups.iter().any(|g| {
            let lists: std::collections::BTreeSet<&str> = g["listings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|l| l["list"].as_str().unwrap())
                .collect();
            g["party"].is_string() && lists.len() >= 2
        }),
        "{page}"
    );
    let grouped: usize = groups
        .iter()
        .map(|g| g["listings"].as_array().unwrap().len())
        .sum();
    assert_eq!(grouped, mine.len());
}
