//! The alert queue: paging, assignment, decisions on a selection, four eyes on true matches.

use super::{all_records, assert_intact, hit};
use crate::Ctx;
use nomina_store::{
    AlertAction, AlertCursor, AlertFilter, AlertInput, AlertOutcome, AlertSort, AlertStatus,
    NewAuditRecord, ScreeningRecord, Store, StoreError, DAY_MILLIS, MAX_NOTE_BYTES,
};

/// Opens `n` alerts, one per reference; their ids, oldest first.
fn open_n(store: &dyn Store, n: usize) -> Vec<i64> {
    let alerts: Vec<AlertInput> = (0..n)
        .map(|i| hit(Some(&format!("cust-{i}")), "E1"))
        .collect();
    open_inputs(store, alerts)
}

/// Opens these alerts in one screening; their ids, in order.
fn open_inputs(store: &dyn Store, alerts: Vec<AlertInput>) -> Vec<i64> {
    let record = ScreeningRecord {
        id: "scr_q".into(),
        audit: NewAuditRecord {
            kind: "screen".into(),
            actor: "key:1:gw".into(),
            subject: None,
            payload: "{}".into(),
        },
        alerts,
    };
    store
        .record_screening(&record)
        .unwrap()
        .iter()
        .map(|o| match o {
            AlertOutcome::Opened { alert_id } => *alert_id,
            other => panic!("expected a new alert, got {other:?}"),
        })
        .collect()
}

pub fn queue_pages_with_a_stable_cursor(ctx: &mut Ctx) {
    let store = ctx.store();
    let ids = open_n(store, 25);
    let mut seen = Vec::new();
    let mut filter = AlertFilter {
        limit: 10,
        ..Default::default()
    };
    loop {
        let page = store.alerts(&filter).unwrap();
        seen.extend(page.iter().map(|a| a.id));
        if page.len() < filter.limit {
            break;
        }
        filter.cursor = page.last().map(AlertCursor::after);
    }
    let mut newest_first = ids.clone();
    newest_first.reverse();
    assert_eq!(seen, newest_first, "every alert once, newest first");
    assert_eq!(
        store.alert_total(&filter).unwrap(),
        25,
        "total ignores the cursor"
    );
}

pub fn queue_assigns_and_filters(ctx: &mut Ctx) {
    let store = ctx.store();
    let ids = open_n(store, 4);
    let assign = AlertAction::Assign {
        ids: vec![ids[0], ids[2]],
        to: Some("alice".into()),
    };
    store.work_alerts(&assign, "key:2:bob").unwrap();
    let alice = AlertFilter {
        assignee: Some("alice".into()),
        ..Default::default()
    };
    let mine: Vec<i64> = store.alerts(&alice).unwrap().iter().map(|a| a.id).collect();
    assert_eq!(mine, vec![ids[2], ids[0]]);
    let nobody = AlertFilter {
        assignee: Some(String::new()),
        ..Default::default()
    };
    assert_eq!(store.alert_total(&nobody).unwrap(), 2);
    let records = all_records(store);
    let assigns: Vec<_> = records
        .iter()
        .filter(|r| r.kind == "alert.assign")
        .collect();
    assert_eq!(assigns.len(), 2);
    assert_eq!(assigns[0].actor, "key:2:bob");

    // An unknown alert in the selection: nothing assigned at all.
    let bad = AlertAction::Assign {
        ids: vec![ids[1], 999_999],
        to: Some("alice".into()),
    };
    assert!(matches!(
        store.work_alerts(&bad, "key:2:bob"),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(store.alert(ids[1]).unwrap().assignee, None);
    assert_intact(ctx);
}

pub fn queue_bulk_decision_is_all_or_nothing(ctx: &mut Ctx) {
    let store = ctx.store();
    let ids = open_n(store, 5);
    let before = all_records(store).len();
    let fp = |ids: Vec<i64>| AlertAction::Decide {
        ids,
        status: AlertStatus::FalsePositive,
        comment: "different people".into(),
    };
    let err = store
        .work_alerts(&fp(vec![ids[0], ids[1], 424_242]), "key:2:ana")
        .unwrap_err();
    assert!(matches!(err, StoreError::NotFound(_)), "{err}");
    assert_eq!(store.alert(ids[0]).unwrap().status, AlertStatus::Open);
    assert_eq!(all_records(store).len(), before, "nothing audited");
    assert!(matches!(
        store.work_alerts(&fp(vec![ids[0], ids[0]]), "key:2:ana"),
        Err(StoreError::Invalid(_))
    ));

    store
        .work_alerts(&fp(vec![ids[0], ids[1], ids[2]]), "key:2:ana")
        .unwrap();
    for id in &ids[..3] {
        let a = store.alert(*id).unwrap();
        assert_eq!(a.status, AlertStatus::FalsePositive);
        assert_eq!(a.decisions.len(), 1);
    }
    let records = all_records(store);
    assert_eq!(records.len(), before + 3, "one decision record per alert");
    assert!(records[before..].iter().all(|r| r.kind == "decision"));
    // A suppression like a single decision's.
    assert!(store.suppression("cust-0", "E1").unwrap().is_some());
    assert_intact(ctx);
}

pub fn queue_true_match_needs_a_second_analyst(ctx: &mut Ctx) {
    let store = ctx.store();
    let ids = open_n(store, 1);
    let id = ids[0];
    let propose = AlertAction::ProposeTrueMatch {
        id,
        comment: "same passport".into(),
    };
    store.work_alerts(&propose, "key:2:ana").unwrap();
    let a = store.alert(id).unwrap();
    assert_eq!(a.status, AlertStatus::Open);
    assert!(a.pending_confirmation());
    assert_eq!(a.proposal.as_ref().unwrap().actor, "key:2:ana");

    let confirm = AlertAction::Confirm {
        id,
        comment: String::new(),
    };
    let err = store.work_alerts(&confirm, "key:2:ana").unwrap_err();
    assert!(
        matches!(&err, StoreError::Conflict(m) if m.contains("different analyst")),
        "{err}"
    );
    assert_eq!(store.alert(id).unwrap().status, AlertStatus::Open);

    store.work_alerts(&confirm, "key:3:ben").unwrap();
    let a = store.alert(id).unwrap();
    assert_eq!(a.status, AlertStatus::TrueMatch);
    assert!(!a.pending_confirmation());
    assert_eq!(a.decisions.len(), 1);
    assert_eq!(a.decisions[0].actor, "key:3:ben");
    let kinds: Vec<String> = all_records(store).into_iter().map(|r| r.kind).collect();
    assert!(kinds.ends_with(&["decision.proposed".into(), "decision".into()]));
    // Confirming again: nothing awaits.
    assert!(matches!(
        store.work_alerts(&confirm, "key:4:cy"),
        Err(StoreError::Conflict(_))
    ));
    assert_intact(ctx);
}

/// Every page of a filter, `limit` alerts at a time, following the cursor.
fn all_pages(store: &dyn Store, mut filter: AlertFilter) -> Vec<i64> {
    let mut seen = Vec::new();
    loop {
        let page = store.alerts(&filter).unwrap();
        seen.extend(page.iter().map(|a| a.id));
        if page.len() < filter.limit {
            return seen;
        }
        filter.cursor = page.last().map(AlertCursor::after);
    }
}

pub fn queue_filters_by_score_list_and_age(ctx: &mut Ctx) {
    let store = ctx.store();
    let scored = |reference: &str, entity: &str, score: f64| AlertInput {
        score,
        ..hit(Some(reference), entity)
    };
    let ids = open_inputs(
        store,
        vec![
            scored("a", "un:1", 0.95),
            scored("b", "ofac:2", 0.80),
            scored("c", "un:3", 0.70),
            scored("d", "unx:4", 0.99),
        ],
    );
    let ids_of = |filter: &AlertFilter| -> Vec<i64> {
        store.alerts(filter).unwrap().iter().map(|a| a.id).collect()
    };
    let min = AlertFilter {
        min_score: Some(0.8),
        ..Default::default()
    };
    assert_eq!(ids_of(&min), vec![ids[3], ids[1], ids[0]], "score >= 0.8");
    assert_eq!(store.alert_total(&min).unwrap(), 3);
    let un = AlertFilter {
        list: Some("un".into()),
        ..Default::default()
    };
    assert_eq!(ids_of(&un), vec![ids[2], ids[0]], "un: but not unx:");
    let created = store.alert(ids[0]).unwrap().created;
    let from = AlertFilter {
        created_after: Some(created),
        ..Default::default()
    };
    assert_eq!(store.alert_total(&from).unwrap(), 4);
    let later = AlertFilter {
        created_after: Some(created + 1),
        ..Default::default()
    };
    assert_eq!(store.alert_total(&later).unwrap(), 0);
    let before = AlertFilter {
        created_before: Some(created),
        ..Default::default()
    };
    assert_eq!(store.alert_total(&before).unwrap(), 0);
    let until = AlertFilter {
        created_before: Some(created + 1),
        list: Some("un".into()),
        min_score: Some(0.9),
        ..Default::default()
    };
    assert_eq!(ids_of(&until), vec![ids[0]], "filters combine");
}

/// A hit on `entity` whose listed entity is under `programmes`.
fn under(reference: &str, entity: &str, programmes: &[&str]) -> AlertInput {
    let snapshot = serde_json::json!({ "key": entity, "programmes": programmes });
    AlertInput {
        entity_snapshot: snapshot.to_string(),
        ..hit(Some(reference), entity)
    }
}

pub fn queue_filters_by_programme(ctx: &mut Ctx) {
    let store = ctx.store();
    let ids = open_inputs(
        store,
        vec![
            under("a", "ofac:1", &["SDGT", "IRGC"]),
            under("b", "un:2", &["Al-Qaida"]),
            under("c", "ofac:3", &[" SDGT ", "SDGT"]),
            hit(Some("d"), "eu:4"),
        ],
    );
    let ids_of = |filter: &AlertFilter| -> Vec<i64> {
        store.alerts(filter).unwrap().iter().map(|a| a.id).collect()
    };
    let sdgt = AlertFilter {
        programme: Some("SDGT".into()),
        ..Default::default()
    };
    assert_eq!(ids_of(&sdgt), vec![ids[2], ids[0]]);
    assert_eq!(store.alert_total(&sdgt).unwrap(), 2);
    let combined = AlertFilter {
        programme: Some("SDGT".into()),
        reference: Some("a".into()),
        ..Default::default()
    };
    assert_eq!(ids_of(&combined), vec![ids[0]], "filters combine");
    let none = AlertFilter {
        programme: Some("sdgt".into()),
        ..Default::default()
    };
    assert_eq!(store.alert_total(&none).unwrap(), 0, "as the list names it");
    let alert = store.alert(ids[0]).unwrap();
    assert_eq!(
        alert.programmes,
        vec!["IRGC".to_string(), "SDGT".to_string()]
    );
    assert_eq!(
        store.alert(ids[2]).unwrap().programmes,
        vec!["SDGT"],
        "trimmed, once"
    );
    assert!(store.alert(ids[3]).unwrap().programmes.is_empty());
    assert_eq!(
        store.programme_counts().unwrap(),
        vec![
            ("Al-Qaida".to_string(), 1),
            ("IRGC".to_string(), 1),
            ("SDGT".to_string(), 2),
        ]
    );
}

pub fn programmes_backfilled_by_migration_7(ctx: &mut Ctx) {
    let ids = open_inputs(
        ctx.store(),
        vec![
            under("a", "ofac:1", &["SDGT"]),
            under("b", "un:2", &["Al-Qaida", "SDGT"]),
            AlertInput {
                entity_snapshot: String::new(),
                ..hit(Some("c"), "uk:3")
            },
            AlertInput {
                entity_snapshot: "{not json".into(),
                ..hit(Some("d"), "eu:4")
            },
            AlertInput {
                entity_snapshot: r#"{"programmes": "SDGT"}"#.into(),
                ..hit(Some("e"), "eu:5")
            },
        ],
    );
    // The database as version 6 left it: alerts without their programmes.
    ctx.exec("DROP TABLE alert_programmes");
    ctx.exec("DELETE FROM schema_migrations WHERE version = 7");
    ctx.reopen();
    let store = ctx.store();
    let sdgt = AlertFilter {
        programme: Some("SDGT".into()),
        ..Default::default()
    };
    let found: Vec<i64> = store.alerts(&sdgt).unwrap().iter().map(|a| a.id).collect();
    assert_eq!(found, vec![ids[1], ids[0]]);
    assert_eq!(
        store.alert(ids[1]).unwrap().programmes,
        vec!["Al-Qaida", "SDGT"]
    );
    for id in &ids[2..] {
        assert!(
            store.alert(*id).unwrap().programmes.is_empty(),
            "alert {id}"
        );
    }
}

pub fn queue_sorts_and_pages_by_score_and_age(ctx: &mut Ctx) {
    let store = ctx.store();
    // 12 alerts on four scores, so that pages of 5 split runs of equal scores.
    let scores = [0.9, 0.7, 0.8, 0.9, 0.7, 0.8, 0.9, 0.7, 0.8, 0.9, 0.7, 0.8];
    let inputs = scores
        .iter()
        .enumerate()
        .map(|(i, &score)| AlertInput {
            score,
            ..hit(Some(&format!("s-{i}")), "un:1")
        })
        .collect();
    let ids = open_inputs(store, inputs);
    let mut by_score: Vec<(f64, i64)> = scores.iter().copied().zip(ids.iter().copied()).collect();
    by_score.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)));
    let expected: Vec<i64> = by_score.iter().map(|(_, id)| *id).collect();
    let paged = |sort: AlertSort| {
        all_pages(
            store,
            AlertFilter {
                sort,
                limit: 5,
                ..Default::default()
            },
        )
    };
    assert_eq!(
        paged(AlertSort::Score),
        expected,
        "score desc, ties newest first"
    );
    assert_eq!(paged(AlertSort::Oldest), ids, "oldest first");
    let mut newest = ids.clone();
    newest.reverse();
    assert_eq!(paged(AlertSort::Newest), newest);
    // A page of a filtered, score-sorted queue.
    let top = all_pages(
        store,
        AlertFilter {
            sort: AlertSort::Score,
            min_score: Some(0.8),
            limit: 3,
            ..Default::default()
        },
    );
    assert_eq!(top, expected[..8].to_vec());
}

pub fn queue_case_notes_are_audited(ctx: &mut Ctx) {
    let store = ctx.store();
    let ids = open_n(store, 2);
    let before = all_records(store).len();
    let first = store
        .add_note(ids[0], "called the branch", "key:2:ana")
        .unwrap();
    store
        .add_note(ids[0], "passport seen", "key:3:ben")
        .unwrap();
    let notes = store.notes(ids[0]).unwrap();
    let texts: Vec<&str> = notes.iter().map(|n| n.text.as_str()).collect();
    assert_eq!(
        texts,
        ["called the branch", "passport seen"],
        "oldest first"
    );
    assert_eq!(notes[0], first);
    assert_eq!(notes[1].actor, "key:3:ben");
    assert!(store.notes(ids[1]).unwrap().is_empty());
    let records = all_records(store);
    assert_eq!(records.len(), before + 2);
    let note = &records[before];
    assert_eq!(note.kind, "alert.note");
    assert_eq!(note.subject.as_deref(), Some(ids[0].to_string().as_str()));
    assert!(note.payload.contains("called the branch"));

    for bad in ["", "   ", &"x".repeat(MAX_NOTE_BYTES + 1)] {
        let err = store.add_note(ids[0], bad, "key:2:ana").unwrap_err();
        assert!(
            matches!(&err, StoreError::Invalid(m) if m.starts_with("text:")),
            "{err}"
        );
    }
    assert!(matches!(
        store.add_note(999_999, "x", "key:2:ana"),
        Err(StoreError::NotFound(_))
    ));
    assert!(matches!(store.notes(999_999), Err(StoreError::NotFound(_))));
    assert_eq!(all_records(store).len(), before + 2, "nothing more audited");
    // The case's audit trail: the records whose subject is the alert, in chain order.
    let case = store.audit_of(&ids[0].to_string()).unwrap();
    let kinds: Vec<&str> = case.iter().map(|r| r.kind.as_str()).collect();
    assert_eq!(kinds, ["alert.note", "alert.note"]);
    assert!(case[0].seq < case[1].seq);
    assert!(store.audit_of(&ids[1].to_string()).unwrap().is_empty());
    assert_intact(ctx);
}

pub fn queue_daily_volume(ctx: &mut Ctx) {
    let store = ctx.store();
    let ids = open_n(store, 5);
    let fp = AlertAction::Decide {
        ids: vec![ids[0], ids[1]],
        status: AlertStatus::FalsePositive,
        comment: "other person".into(),
    };
    store.work_alerts(&fp, "key:2:ana").unwrap();
    let esc = AlertAction::Decide {
        ids: vec![ids[2]],
        status: AlertStatus::Escalated,
        comment: String::new(),
    };
    store.work_alerts(&esc, "key:2:ana").unwrap();
    let now = nomina_store::now_millis();
    let days = store.daily_volume(now - 7 * DAY_MILLIS).unwrap();
    assert_eq!(days.len(), 1, "{days:?}");
    let today = days[0];
    assert_eq!(today.day, now / DAY_MILLIS);
    assert_eq!(
        (
            today.opened,
            today.false_positive,
            today.escalated,
            today.true_match
        ),
        (5, 2, 1, 0)
    );
    assert_eq!(today.open, 2, "two alerts still undecided");
    assert!(store.daily_volume(now + DAY_MILLIS).unwrap().is_empty());
}
