//! The hash-chained audit log: appends, tampering, retention, paging.

use super::{all_records, append_n, assert_intact, lit, rec};
use crate::Ctx;
use nomina_store::{
    now_millis, read_heads, AuditKey, AuditOptions, AuditRecord, NewAuditRecord, StoreError,
    GENESIS_HASH,
};
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
    assert_eq!(first.hash, first.compute_keyed_hash(&ctx.key()));
    assert_ne!(first.hash, first.compute_hash(), "a fresh log is keyed");
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
    // Without the key the forger can only compute the plain hash: the record itself fails.
    let p = problem(ctx);
    assert_eq!(p.seq, 3, "{p:?}");
    assert!(p.message.starts_with("record 3 was modified"), "{p:?}");
}

/// Rewrites records `from..` of a stored chain behind the store's back, re-hashing each
/// with `hash` (what an attacker with database access but without the key can do).
fn rewrite_from(
    ctx: &Ctx,
    records: &[AuditRecord],
    from: usize,
    hash: impl Fn(&AuditRecord) -> String,
) {
    let mut prev = records[from - 1].prev_hash.clone();
    let mut sql = String::new();
    for r in &records[from - 1..] {
        let mut forged = r.clone();
        if forged.seq == from as i64 {
            forged.payload = "{\"n\":\"forged\"}".into();
        }
        forged.prev_hash = prev.clone();
        forged.hash = hash(&forged);
        prev.clone_from(&forged.hash);
        sql.push_str(&format!(
            "UPDATE audit_log SET payload = {}, prev_hash = {}, hash = {} WHERE seq = {};",
            lit(&forged.payload),
            lit(&forged.prev_hash),
            lit(&forged.hash),
            forged.seq
        ));
    }
    ctx.exec(&sql);
}

pub fn keyed_rehash_without_the_key_is_detected(ctx: &mut Ctx) {
    let records = append_n(ctx.store(), 6);
    // Edit record 3 and re-hash it and every record after it, links and all: with the plain
    // rule this verified "intact" before the log was keyed.
    rewrite_from(ctx, &records, 3, AuditRecord::compute_hash);
    let p = problem(ctx);
    assert_eq!(p.seq, 3, "{p:?}");
    assert!(p.message.starts_with("record 3 was modified"), "{p:?}");

    // A guessed key does no better.
    let guess = AuditKey::from_bytes([0; 32], "guess");
    rewrite_from(ctx, &records, 3, |r| r.compute_keyed_hash(&guess));
    assert_eq!(problem(ctx).seq, 3);
}

fn heads(ctx: &Ctx) -> Vec<nomina_store::HeadLine> {
    read_heads(&ctx.head_file()).expect("head file reads")
}

fn head_problem(ctx: &Ctx) -> nomina_store::ChainProblem {
    let report = ctx.store().verify_audit_heads(&heads(ctx)).unwrap();
    report
        .problem
        .clone()
        .unwrap_or_else(|| panic!("not detected against the head file: {report:?}"))
}

pub fn truncation_is_detected_against_the_head_file(ctx: &mut Ctx) {
    append_n(ctx.store(), 6);
    let report = ctx.store().verify_audit_heads(&heads(ctx)).unwrap();
    assert_eq!(report.problem, None, "{report:?}");
    assert!(report.heads_checked.unwrap() >= 1, "{report:?}");

    // The newest records deleted: the chain alone still verifies...
    ctx.exec("DELETE FROM audit_log WHERE seq >= 5");
    assert_intact(ctx);
    // ...but not against the heads written outside the database.
    let p = head_problem(ctx);
    assert!(p.message.starts_with("the log was truncated"), "{p:?}");
    assert!(
        p.message.contains("recorded record 6") && p.message.contains("ends at record 4"),
        "{p:?}"
    );
}

pub fn rewrite_is_detected_against_the_head_file(ctx: &mut Ctx) {
    let records = append_n(ctx.store(), 4);
    // Even re-hashed with the right key (a leaked key), the rewritten log is not the one
    // the head file recorded.
    let key = ctx.key();
    rewrite_from(ctx, &records, 2, |r| r.compute_keyed_hash(&key));
    assert_intact(ctx);
    let p = head_problem(ctx);
    assert!(
        p.message
            .contains("is not the record the head file recorded"),
        "{p:?}"
    );
}

pub fn forged_heads_and_a_moved_switch_point_are_detected(ctx: &mut Ctx) {
    let records = append_n(ctx.store(), 3);
    let head_file = ctx.head_file();
    let good = std::fs::read_to_string(&head_file).unwrap();

    // A head line edited (a later seq, to hide a truncation) no longer carries a valid MAC.
    let mut lines = heads(ctx);
    let mut forged = lines.pop().unwrap().entry;
    forged.seq = 1;
    std::fs::write(
        &head_file,
        format!("{good}{}\n", serde_json::to_string(&forged).unwrap()),
    )
    .unwrap();
    let p = head_problem(ctx);
    assert!(
        p.message.contains("not signed with this audit key"),
        "{p:?}"
    );
    std::fs::write(&head_file, &good).unwrap();

    // The switch point moved past the end and the whole log re-hashed with the plain rule.
    ctx.exec("UPDATE audit_keying SET from_seq = 1000");
    ctx.reopen();
    rewrite_from(ctx, &records, 1, AuditRecord::compute_hash);
    assert_intact(ctx);
    let p = head_problem(ctx);
    assert!(p.message.contains("the switch point was moved"), "{p:?}");

    // A head file of another log.
    std::fs::write(&head_file, "").unwrap();
    let p = head_problem(ctx);
    assert!(
        p.message.contains("holds no head of this audit log"),
        "{p:?}"
    );
}

pub fn records_before_keying_verify_with_the_old_rule(ctx: &mut Ctx) {
    // A database written before the log was keyed: plain hashes, no key binding.
    ctx.exec("DELETE FROM audit_keying");
    let mut prev = GENESIS_HASH.to_string();
    let mut sql = String::new();
    for seq in 1..=3i64 {
        let mut r = AuditRecord {
            seq,
            time: 1_700_000_000_000 + seq,
            kind: "screen".into(),
            actor: "system".into(),
            subject: None,
            payload: format!("{{\"old\":{seq}}}"),
            prev_hash: prev.clone(),
            hash: String::new(),
        };
        r.hash = r.compute_hash();
        prev.clone_from(&r.hash);
        sql.push_str(&format!(
            "INSERT INTO audit_log (seq, time, kind, actor, subject, payload, prev_hash, hash) \
             VALUES ({}, {}, 'screen', 'system', NULL, {}, {}, {});",
            r.seq,
            r.time,
            lit(&r.payload),
            lit(&r.prev_hash),
            lit(&r.hash)
        ));
    }
    ctx.exec(&sql);
    ctx.reopen();
    let new = append_n(ctx.store(), 2);
    assert_eq!(new[0].seq, 4);
    assert_eq!(new[0].prev_hash, prev);
    assert_eq!(new[0].hash, new[0].compute_keyed_hash(&ctx.key()));
    let report = assert_intact(ctx);
    assert_eq!((report.records, report.keyed_from), (5, Some(4)));
    let report = ctx.store().verify_audit_heads(&heads(ctx)).unwrap();
    assert_eq!(report.problem, None, "{report:?}");
    // The old part is still checked with the old rule.
    ctx.exec("UPDATE audit_log SET payload = '{\"old\":9}' WHERE seq = 2");
    assert_eq!(problem(ctx).seq, 2);
}

pub fn another_key_is_refused(ctx: &mut Ctx) {
    append_n(ctx.store(), 2);
    let dir = tempfile::tempdir().unwrap();
    let other = nomina_store::StoreOptions {
        audit: AuditOptions {
            key_file: Some(dir.path().join("other.key")),
            head_file: Some(dir.path().join("heads.jsonl")),
        },
        ..ctx.options.clone()
    };
    let err = ctx
        .try_reopen_with(&other)
        .expect_err("another key is refused");
    let text = err.to_string();
    assert!(matches!(err, StoreError::Unavailable { .. }), "{text}");
    assert!(
        text.contains("other.key") && text.contains("not the key the audit log is keyed with"),
        "{text}"
    );
    ctx.reopen();
    assert_intact(ctx);
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
