//! Screenings, alerts, decisions and suppression.

use super::{all_records, assert_intact, hit};
use crate::Ctx;
use nomina_store::{
    AlertFilter, AlertInput, AlertOutcome, AlertStatus, NewAuditRecord, ScreeningRecord, Store,
    StoreError,
};

fn screening(id: &str, alerts: Vec<AlertInput>) -> ScreeningRecord {
    ScreeningRecord {
        id: id.into(),
        audit: NewAuditRecord {
            kind: "screen".into(),
            actor: "key:1:gw".into(),
            subject: None,
            payload: format!("{{\"screening\":\"{id}\"}}"),
        },
        alerts,
    }
}

fn opened(o: &AlertOutcome) -> i64 {
    match o {
        AlertOutcome::Opened { alert_id } => *alert_id,
        other => panic!("expected a new alert, got {other:?}"),
    }
}

fn screen(store: &dyn Store, id: &str, alerts: Vec<AlertInput>) -> Vec<AlertOutcome> {
    store
        .record_screening(&screening(id, alerts))
        .expect("screening recorded")
}

pub fn screening_outcomes(ctx: &mut Ctx) {
    let store = ctx.store();
    let out = screen(
        store,
        "scr_1",
        vec![hit(Some("cust-1"), "E1"), hit(None, "E2")],
    );
    let a1 = opened(&out[0]);
    let a2 = opened(&out[1]);
    let audit = all_records(store);
    assert_eq!(audit.len(), 1);
    assert_eq!(
        audit[0].subject.as_deref(),
        Some("scr_1"),
        "subject defaults to the id"
    );
    assert_eq!(audit[0].kind, "screen");

    let alert = store.alert(a1).unwrap();
    assert_eq!(alert.status, AlertStatus::Open);
    assert_eq!(alert.reference.as_deref(), Some("cust-1"));
    assert_eq!(
        (alert.entity.as_str(), alert.screening_id.as_str()),
        ("E1", "scr_1")
    );
    assert_eq!(alert.entity_name, "Name of E1");
    assert_eq!(alert.query, "John Smith");
    assert!((alert.score - 0.93).abs() < 1e-12);
    assert_eq!(alert.entity_fingerprint, "fp-E1");
    assert_eq!(alert.entity_snapshot, "{\"id\":\"E1\"}");
    assert!(alert.decisions.is_empty());

    // Same pair again: joins the queued alert. No reference: never deduplicated.
    let out = screen(
        store,
        "scr_2",
        vec![hit(Some("cust-1"), "E1"), hit(None, "E2")],
    );
    assert_eq!(out[0], AlertOutcome::AlreadyOpen { alert_id: a1 });
    assert_ne!(opened(&out[1]), a2);
    // Another reference or entity: a new alert.
    let out = screen(
        store,
        "scr_3",
        vec![hit(Some("cust-2"), "E1"), hit(Some("cust-1"), "E3")],
    );
    opened(&out[0]);
    opened(&out[1]);

    // Escalated alerts are still in the queue.
    store
        .decide(a1, AlertStatus::Escalated, "", "key:2:ana")
        .unwrap();
    let out = screen(store, "scr_4", vec![hit(Some("cust-1"), "E1")]);
    assert_eq!(out[0], AlertOutcome::AlreadyOpen { alert_id: a1 });

    // A false positive closes it; a suppressed hit opens nothing.
    let fp = store.decide(
        a1,
        AlertStatus::FalsePositive,
        "different birth date",
        "key:2:ana",
    );
    let fp = fp.unwrap();
    let mut suppressed = hit(Some("cust-1"), "E1");
    suppressed.suppressed_by = Some(fp.id);
    let before = store.alert_counts().unwrap();
    let out = screen(store, "scr_5", vec![suppressed]);
    assert_eq!(out[0], AlertOutcome::Suppressed { decision_id: fp.id });
    assert_eq!(
        store.alert_counts().unwrap(),
        before,
        "suppressed: no alert"
    );

    // Closed alerts are not the queue: the same pair, unsuppressed, opens a new alert.
    let out = screen(store, "scr_6", vec![hit(Some("cust-1"), "E1")]);
    assert_ne!(opened(&out[0]), a1);
    assert_intact(ctx);
}

pub fn screening_is_atomic(ctx: &mut Ctx) {
    let store = ctx.store();
    let mut bogus = hit(Some("cust-9"), "E9");
    bogus.suppressed_by = Some(424242);
    let err = store
        .record_screening(&screening("scr_x", vec![hit(Some("cust-8"), "E8"), bogus]))
        .unwrap_err();
    assert!(matches!(err, StoreError::Invalid(_)), "{err}");
    assert!(all_records(store).is_empty(), "audit record rolled back");
    assert!(
        store.alerts(&AlertFilter::default()).unwrap().is_empty(),
        "alert rolled back"
    );

    let mut bad = screening("scr_y", vec![]);
    bad.audit.payload = "not json".into();
    assert!(matches!(
        store.record_screening(&bad),
        Err(StoreError::Invalid(_))
    ));
    let mut nan = hit(None, "E1");
    nan.score = f64::NAN;
    assert!(matches!(
        store.record_screening(&screening("scr_z", vec![nan])),
        Err(StoreError::Invalid(_))
    ));
    assert!(all_records(store).is_empty());
}

pub fn decide_validations(ctx: &mut Ctx) {
    let store = ctx.store();
    let id = opened(&screen(store, "scr_1", vec![hit(Some("c"), "E")])[0]);
    let analyst = "key:2:ana";
    for status in [AlertStatus::FalsePositive, AlertStatus::TrueMatch] {
        for comment in ["", "   \n"] {
            let err = store.decide(id, status, comment, analyst).unwrap_err();
            assert!(matches!(err, StoreError::Invalid(_)), "{err}");
        }
    }
    assert!(matches!(
        store.decide(id, AlertStatus::Open, "reopen", analyst),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(
        store.decide(9999, AlertStatus::TrueMatch, "it is them", analyst),
        Err(StoreError::NotFound(_))
    ));
    assert_eq!(
        store.alert(id).unwrap().status,
        AlertStatus::Open,
        "nothing changed"
    );
    assert!(matches!(store.alert(9999), Err(StoreError::NotFound(_))));

    let esc = store
        .decide(id, AlertStatus::Escalated, "", analyst)
        .unwrap();
    let tm = store
        .decide(id, AlertStatus::TrueMatch, "passport matches", "key:3:lead")
        .unwrap();
    assert!(tm.id > esc.id);
    let alert = store.alert(id).unwrap();
    assert_eq!(alert.status, AlertStatus::TrueMatch);
    assert_eq!(alert.decisions, vec![esc, tm.clone()]);
    assert_eq!(tm.comment, "passport matches");
    assert_eq!(tm.actor, "key:3:lead");

    let last = all_records(store).pop().unwrap();
    assert_eq!(
        (last.kind.as_str(), last.actor.as_str()),
        ("decision", "key:3:lead")
    );
    assert_eq!(last.subject, Some(id.to_string()));
    let payload: serde_json::Value = serde_json::from_str(&last.payload).unwrap();
    assert_eq!(payload["alert_id"], id);
    assert_eq!(payload["entity"], "E");
    assert_eq!(payload["reference"], "c");
    assert_eq!(payload["status"], "true_match");
    assert_eq!(payload["comment"], "passport matches");
    assert_intact(ctx);
}

pub fn suppression_semantics(ctx: &mut Ctx) {
    let store = ctx.store();
    assert_eq!(store.suppression("c1", "E1").unwrap(), None);
    let a = opened(
        &screen(
            store,
            "scr_1",
            vec![hit(Some("c1"), "E1"), hit(Some("c2"), "E2")],
        )[0],
    );
    let b = store.alerts(&AlertFilter {
        entity: Some("E2".into()),
        ..Default::default()
    });
    let b = b.unwrap()[0].id;

    let fp = store
        .decide(a, AlertStatus::FalsePositive, "other person", "key:2:ana")
        .unwrap();
    let s = store.suppression("c1", "E1").unwrap().expect("suppressed");
    assert_eq!((s.decision_id, s.alert_id), (fp.id, a));
    assert_eq!(s.entity_fingerprint, "fp-E1");
    assert_eq!(s.entity_snapshot, "{\"id\":\"E1\"}");
    assert_eq!(store.suppression("c1", "E2").unwrap(), None);
    assert_eq!(store.suppression("c2", "E1").unwrap(), None);

    let fp_b = store
        .decide(b, AlertStatus::FalsePositive, "other person", "key:2:ana")
        .unwrap();
    let all = store.suppressions().unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(
        (all[0].0.as_str(), all[0].1.as_str(), all[0].2.decision_id),
        ("c1", "E1", fp.id)
    );
    assert_eq!(
        (all[1].0.as_str(), all[1].1.as_str(), all[1].2.decision_id),
        ("c2", "E2", fp_b.id)
    );

    // The entity changed: list monitoring reopens; a true match cancels the suppression.
    let mut changed = hit(Some("c1"), "E1");
    changed.entity_fingerprint = "fp-E1-v2".into();
    changed.reason = Some("date of birth added".into());
    let reopened = opened(&store.open_alerts(&[changed], "mon_1", "system").unwrap()[0]);
    assert!(
        store.suppression("c1", "E1").unwrap().is_some(),
        "no decision on it yet"
    );
    store
        .decide(
            reopened,
            AlertStatus::TrueMatch,
            "dob matches now",
            "key:2:ana",
        )
        .unwrap();
    assert_eq!(store.suppression("c1", "E1").unwrap(), None);
    let all = store.suppressions().unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].0, "c2");

    // An escalation after a false positive cancels it too.
    store
        .decide(b, AlertStatus::Escalated, "second look", "key:3:lead")
        .unwrap();
    assert_eq!(store.suppression("c2", "E2").unwrap(), None);
    assert!(store.suppressions().unwrap().is_empty());
    // A new false positive restores it, now pointing at the new decision.
    let again = store
        .decide(b, AlertStatus::FalsePositive, "confirmed", "key:3:lead")
        .unwrap();
    assert_eq!(
        store
            .suppression("c2", "E2")
            .unwrap()
            .map(|s| s.decision_id),
        Some(again.id)
    );
}

pub fn alert_listing_and_counts(ctx: &mut Ctx) {
    let store = ctx.store();
    let hits = (0..6)
        .map(|i| hit(Some(&format!("c{}", i % 2)), &format!("E{i}")))
        .collect();
    let ids: Vec<i64> = screen(store, "scr_1", hits).iter().map(opened).collect();
    store
        .decide(ids[0], AlertStatus::TrueMatch, "yes", "a")
        .unwrap();
    store
        .decide(ids[1], AlertStatus::FalsePositive, "no", "a")
        .unwrap();
    store
        .decide(ids[2], AlertStatus::Escalated, "", "a")
        .unwrap();

    let all = store.alerts(&AlertFilter::default()).unwrap();
    let listed: Vec<i64> = all.iter().map(|a| a.id).collect();
    let mut newest_first = ids.clone();
    newest_first.reverse();
    assert_eq!(listed, newest_first);
    assert_eq!(
        all.iter().find(|a| a.id == ids[0]).unwrap().decisions.len(),
        1
    );

    let queue = store
        .alerts(&AlertFilter {
            statuses: vec![AlertStatus::Open, AlertStatus::Escalated],
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        queue.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![ids[5], ids[4], ids[3], ids[2]]
    );
    let limited = store
        .alerts(&AlertFilter {
            limit: 2,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        limited.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![ids[5], ids[4]]
    );
    let by_ref = store
        .alerts(&AlertFilter {
            reference: Some("c1".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        by_ref.iter().map(|a| a.id).collect::<Vec<_>>(),
        vec![ids[5], ids[3], ids[1]]
    );
    let pair = store
        .alerts(&AlertFilter {
            reference: Some("c1".into()),
            entity: Some("E3".into()),
            statuses: vec![AlertStatus::Open],
            limit: 10,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(pair.iter().map(|a| a.id).collect::<Vec<_>>(), vec![ids[3]]);

    let counts = store.alert_counts().unwrap();
    let count = |s| counts.iter().find(|(c, _)| *c == s).map(|(_, n)| *n);
    assert_eq!(count(AlertStatus::Open), Some(3));
    assert_eq!(count(AlertStatus::Escalated), Some(1));
    assert_eq!(count(AlertStatus::TrueMatch), Some(1));
    assert_eq!(count(AlertStatus::FalsePositive), Some(1));
}

pub fn open_alerts_reopen(ctx: &mut Ctx) {
    let store = ctx.store();
    let first = opened(&screen(store, "scr_1", vec![hit(Some("c1"), "E1")])[0]);
    let mut changed = hit(Some("c2"), "E2");
    changed.reason = Some("alias added".into());
    let out = store
        .open_alerts(
            &[hit(Some("c1"), "E1"), changed],
            "monitor_2024-05-01",
            "system",
        )
        .unwrap();
    assert_eq!(out[0], AlertOutcome::AlreadyOpen { alert_id: first });
    let new = opened(&out[1]);
    let alert = store.alert(new).unwrap();
    assert_eq!(alert.reason.as_deref(), Some("alias added"));
    assert_eq!(alert.screening_id, "monitor_2024-05-01");

    let reopen: Vec<_> = all_records(store)
        .into_iter()
        .filter(|r| r.kind == "alert.reopen")
        .collect();
    assert_eq!(reopen.len(), 1, "one record per alert opened");
    assert_eq!(reopen[0].subject, Some(new.to_string()));
    assert_eq!(reopen[0].actor, "system");
    let payload: serde_json::Value = serde_json::from_str(&reopen[0].payload).unwrap();
    assert_eq!(payload["alert_id"], new);
    assert_eq!(payload["reason"], "alias added");
    assert_intact(ctx);
}
