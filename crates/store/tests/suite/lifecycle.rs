//! Opening, migrating, durability and concurrent writers.

use super::{all_records, append_n, assert_intact, hit, rec};
use crate::Ctx;
use nomina_store::{AlertFilter, NewAuditRecord, Role, ScreeningRecord, Store, StoreError};

pub fn migrations_idempotent_on_reopen(ctx: &mut Ctx) {
    let versions = ctx.scalar("SELECT COUNT(*) FROM schema_migrations");
    assert!(versions >= 1);
    append_n(ctx.store(), 3);
    ctx.reopen();
    ctx.reopen();
    assert_eq!(
        ctx.scalar("SELECT COUNT(*) FROM schema_migrations"),
        versions
    );
    assert_eq!(all_records(ctx.store()).len(), 3);
    assert!(ctx.store().describe().contains("nomina") || !ctx.store().describe().is_empty());
}

pub fn newer_schema_refused(ctx: &mut Ctx) {
    ctx.exec("INSERT INTO schema_migrations (version, applied) VALUES (999, 0)");
    let err = ctx
        .try_reopen()
        .expect_err("a newer schema must be refused");
    let text = err.to_string();
    assert!(matches!(err, StoreError::Unavailable { .. }), "{text}");
    assert!(
        text.contains("version 999") && text.contains("newer"),
        "{text}"
    );
}

pub fn durable_across_reopen(ctx: &mut Ctx) {
    let store = ctx.store();
    let key = store.create_key("carol", Role::Analyst, "cli").unwrap();
    let session = store.create_session(&key.key, 3_600_000).unwrap();
    let out = store
        .record_screening(&ScreeningRecord {
            id: "scr_durable".into(),
            audit: NewAuditRecord {
                kind: "screen".into(),
                actor: "key:1:carol".into(),
                subject: None,
                payload: "{}".into(),
            },
            alerts: vec![hit(Some("c"), "E")],
        })
        .unwrap();
    let before = all_records(store);
    let alerts = store.alerts(&AlertFilter::default()).unwrap();
    ctx.reopen();
    let store = ctx.store();
    assert_eq!(
        store.authenticate(&key.secret).unwrap(),
        Some(key.key.clone())
    );
    assert_eq!(
        store.session(&session.token).unwrap(),
        Some(session.session)
    );
    assert_eq!(all_records(store), before);
    assert_eq!(store.alerts(&AlertFilter::default()).unwrap(), alerts);
    assert_eq!(alerts.len(), out.len());
    assert_intact(ctx);
}

pub fn concurrent_appends_do_not_fork(ctx: &mut Ctx) {
    let store = ctx.store();
    std::thread::scope(|s| {
        for t in 0..4 {
            s.spawn(move || {
                for i in 0..50 {
                    store
                        .append_audit(rec(t * 1000 + i))
                        .expect("concurrent append");
                }
            });
        }
    });
    let report = assert_intact(ctx);
    assert_eq!(report.records, 200);
    assert_eq!((report.first_seq, report.last_seq), (Some(1), Some(200)));
}

/// Two stores on one database, as two service nodes: appends and screenings from both
/// interleave into one chain, and deduplication holds across them.
pub fn two_nodes_share_one_chain(ctx: &mut Ctx) {
    let other = ctx.open_another();
    let nodes: [&dyn Store; 2] = [ctx.store(), other.as_ref()];
    std::thread::scope(|s| {
        for (n, node) in nodes.iter().enumerate() {
            for t in 0..2 {
                let node = *node;
                s.spawn(move || {
                    for i in 0..25 {
                        node.append_audit(rec(n * 10_000 + t * 100 + i))
                            .expect("append");
                        let id = format!("scr_{n}_{t}_{i}");
                        node.record_screening(&ScreeningRecord {
                            id,
                            audit: NewAuditRecord {
                                kind: "screen".into(),
                                actor: format!("node{n}"),
                                subject: None,
                                payload: "{}".into(),
                            },
                            alerts: vec![hit(Some("shared-customer"), "E-shared")],
                        })
                        .expect("screening");
                    }
                });
            }
        }
    });
    let report = assert_intact(ctx);
    assert_eq!(report.records, 200);
    let queue = ctx.store().alerts(&AlertFilter::default()).unwrap();
    assert_eq!(
        queue.len(),
        1,
        "one alert for the pair, however many nodes screened it"
    );
    drop(other);
}
