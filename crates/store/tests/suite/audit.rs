//! The hash-chained audit log: appends, tampering, retention, paging.

use super::{all_records, append_n, assert_intact, lit, rec};
use crate::Ctx;
use nomina_store::{now_millis, NewAuditRecord, StoreError, GENESIS_HASH};
use std::thread::sleep;
use std::time::Duration;

pub fn chain_append_and_verify(ctx: &mut Ctx) {
    let store = ctx.store();
    let report = assert_intact(ctx);
    assert_eq!((report.records, report.first_seq), (0, None));

    let spaced = "{ \"a\" :  [1, 2],\n \"b\": null }";
    let first = store
        .append_audit(NewAuditRecord {
            kind: "screen".into(),
            actor: "key:1:x".into(),
            subject: None,
            payload: spaced.into(),
        })
        .unwrap();
    assert_eq!((first.seq, first.prev_hash.as_str()), (1, GENESIS_HASH));
    assert_eq!(first.hash, first.compute_hash());
    let rest = append_n(store, 9);
    assert_eq!(rest[0].prev_hash, first.hash);
    assert_eq!(rest[8].seq, 10);

    let stored = all_records(store);
    assert_eq!(stored.len(), 10);
    assert_eq!(stored[0], first);
    assert_eq!(stored[0].payload, spaced, "payload kept as the exact text");
    assert_eq!(stored[0].subject, None);

    let bad = NewAuditRecord {
        payload: "{not json".into(),
        ..rec(0)
    };
    assert!(matches!(
        store.append_audit(bad),
        Err(StoreError::Invalid(_))
    ));
    let report = assert_intact(ctx);
    assert_eq!(report.records, 10);
    assert_eq!((report.first_seq, report.last_seq), (Some(1), Some(10)));
    assert_eq!(report.anchor, GENESIS_HASH);
}

fn problem(ctx: &Ctx) -> nomina_store::ChainProblem {
    let report = ctx.store().verify_audit().unwrap();
    report
        .problem
        .clone()
        .unwrap_or_else(|| panic!("tampering not detected: {report:?}"))
}

pub fn tamper_edited_payload(ctx: &mut Ctx) {
    append_n(ctx.store(), 5);
    ctx.exec("UPDATE audit_log SET payload = '{\"n\":99}' WHERE seq = 3");
    let p = problem(ctx);
    assert_eq!(p.seq, 3, "{p:?}");
    assert!(
        p.message.starts_with("record 3 was modified: stored hash"),
        "{p:?}"
    );
}

pub fn tamper_deleted_record(ctx: &mut Ctx) {
    append_n(ctx.store(), 5);
    ctx.exec("DELETE FROM audit_log WHERE seq = 3");
    let p = problem(ctx);
    assert_eq!(p.seq, 3, "{p:?}");
    assert_eq!(p.message, "record 3 is missing: record 4 follows record 2");
}

pub fn tamper_swapped_records(ctx: &mut Ctx) {
    let records = append_n(ctx.store(), 5);
    // Swap the contents of records 2 and 3, keeping their positions.
    let (a, b) = (&records[1], &records[2]);
    let set = |r: &nomina_store::AuditRecord, seq: i64| {
        format!(
            "UPDATE audit_log SET time = {}, kind = {}, actor = {}, subject = {}, payload = {}, \
             prev_hash = {}, hash = {} WHERE seq = {seq};",
            r.time,
            lit(&r.kind),
            lit(&r.actor),
            r.subject.as_deref().map_or("NULL".into(), lit),
            lit(&r.payload),
            lit(&r.prev_hash),
            lit(&r.hash)
        )
    };
    ctx.exec(&format!("{}{}", set(b, 2), set(a, 3)));
    let p = problem(ctx);
    assert_eq!(p.seq, 2, "{p:?}");
    assert!(
        p.message.starts_with("record 2 does not follow record 1"),
        "{p:?}"
    );
}

pub fn tamper_rehashed_record(ctx: &mut Ctx) {
    let records = append_n(ctx.store(), 5);
    let mut forged = records[2].clone();
    forged.payload = "{\"n\":\"forged\"}".into();
    forged.hash = forged.compute_hash();
    ctx.exec(&format!(
        "UPDATE audit_log SET payload = {}, hash = {} WHERE seq = 3",
        lit(&forged.payload),
        lit(&forged.hash)
    ));
    let p = problem(ctx);
    assert_eq!(p.seq, 4, "{p:?}");
    assert!(
        p.message
            .starts_with("record 4 does not follow record 3: its prev_hash is"),
        "{p:?}"
    );
}

pub fn retention_keeps_the_chain_verifiable(ctx: &mut Ctx) {
    let store = ctx.store();
    let old = append_n(store, 5);
    sleep(Duration::from_millis(20));
    let cutoff = now_millis();
    sleep(Duration::from_millis(20));
    let kept = append_n(store, 3);

    assert_eq!(store.apply_retention(cutoff, "system").unwrap(), 5);
    let report = assert_intact(ctx);
    assert_eq!(report.anchor, old[4].hash);
    assert_eq!(report.first_seq, Some(6));
    assert_eq!(report.records, 4);

    let exported = all_records(store);
    assert_eq!(exported[0], kept[0]);
    assert_eq!(
        exported[0].prev_hash, report.anchor,
        "export starts at the anchor"
    );
    let last = exported.last().unwrap();
    assert_eq!((last.kind.as_str(), last.seq), ("retention", 9));
    let payload: serde_json::Value = serde_json::from_str(&last.payload).unwrap();
    assert_eq!(payload["removed"], 5);
    assert_eq!(payload["through_seq"], 5);
    assert_eq!(payload["before"], cutoff);

    // Nothing older: a retention record, nothing removed.
    assert_eq!(store.apply_retention(cutoff, "system").unwrap(), 0);
    // Everything older: all but the newest record goes.
    assert_eq!(
        store
            .apply_retention(now_millis() + 60_000, "system")
            .unwrap(),
        4
    );
    let report = assert_intact(ctx);
    assert_eq!((report.first_seq, report.last_seq), (Some(10), Some(11)));
    assert_eq!(report.records, 2);
    assert_intact(ctx);
    ctx.reopen();
    let next = ctx.store().append_audit(rec(42)).unwrap();
    assert_eq!(next.seq, 12);
    assert_intact(ctx);
}

pub fn retention_refuses_to_erase_tampering(ctx: &mut Ctx) {
    append_n(ctx.store(), 5);
    ctx.exec("UPDATE audit_log SET payload = '{\"n\":99}' WHERE seq = 2");
    let err = ctx
        .store()
        .apply_retention(now_millis() + 60_000, "system")
        .unwrap_err();
    assert!(matches!(err, StoreError::Conflict(_)), "{err}");
    assert!(err.to_string().contains("record 2 was modified"), "{err}");
    assert_eq!(all_records(ctx.store()).len(), 5, "nothing removed");
}

pub fn audit_paging(ctx: &mut Ctx) {
    let store = ctx.store();
    let first = append_n(store, 10);
    sleep(Duration::from_millis(15));
    let second = append_n(store, 10);
    sleep(Duration::from_millis(15));
    let third = append_n(store, 10);

    let mut seen = Vec::new();
    let mut after = 0;
    loop {
        let page = store.audit_records(None, None, after, 7).unwrap();
        if page.is_empty() {
            break;
        }
        assert!(page.len() <= 7);
        after = page.last().unwrap().seq;
        seen.extend(page.into_iter().map(|r| r.seq));
    }
    assert_eq!(seen, (1..=30).collect::<Vec<i64>>());

    let from = second[0].time;
    let to = third[0].time;
    let window = store.audit_records(Some(from), Some(to), 0, 100).unwrap();
    assert!(window.iter().all(|r| r.time >= from && r.time < to));
    assert_eq!(window.first().map(|r| r.seq), Some(11));
    assert_eq!(window.last().map(|r| r.seq), Some(20), "`to` is exclusive");

    let after_first = store
        .audit_records(Some(first[0].time), None, 25, 100)
        .unwrap();
    assert_eq!(
        after_first.iter().map(|r| r.seq).collect::<Vec<_>>(),
        (26..=30).collect::<Vec<_>>()
    );
    assert!(store.audit_records(None, None, 0, 0).unwrap().is_empty());
    assert!(store
        .audit_records(None, Some(first[0].time), 0, 100)
        .unwrap()
        .is_empty());
}
