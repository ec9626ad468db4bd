//! The customer base, monitoring runs and the webhook outbox.

use super::{all_records, assert_intact, hit};
use crate::Ctx;
use nomina_store::{
    AlertOutcome, Attempt, Customer, MonitoringRun, NewAuditRecord, NewMonitoringRun, RunKind,
    ScreeningRecord,
};

fn customer(reference: &str, name: &str) -> Customer {
    Customer {
        reference: reference.into(),
        names: vec![name.into()],
        entity_type: Some("person".into()),
        dob: Some("1968".into()),
        country: None,
        identifiers: vec!["P123".into()],
        updated: 0,
    }
}

fn entry(id: &str, alerts: Vec<nomina_store::AlertInput>) -> ScreeningRecord {
    ScreeningRecord {
        id: id.into(),
        audit: NewAuditRecord {
            kind: "customers.screen".into(),
            actor: "cli".into(),
            subject: None,
            payload: "{}".into(),
        },
        alerts,
    }
}

fn run(id: &str) -> MonitoringRun {
    MonitoringRun {
        id: id.into(),
        kind: RunKind::Delta,
        started: 1,
        duration_ms: 5,
        from_versions: serde_json::json!([{"source": "un", "sha256": "a"}]),
        to_versions: serde_json::json!([{"source": "un", "sha256": "b"}]),
        customers: 2,
        entities_screened: 3,
        candidates: 1,
        hits: 1,
        alerts_opened: 0,
        alerts_joined: 0,
        alerts_suppressed: 0,
        alerts_delisted: 0,
        actor: "system".into(),
    }
}

/// Customers are saved with their screening on entry, replaced by reference, paged in
/// reference order and deleted with an audit record; a bad one saves nothing.
pub fn customers_saved_paged_and_deleted(ctx: &mut Ctx) {
    let store = ctx.store();
    let out = store
        .save_customers(
            &[
                customer("c-2", "Ann Smith"),
                customer("c-1", "Masood Azhar"),
            ],
            &entry("scr_c1", vec![hit(Some("c-1"), "un:QDi.422")]),
        )
        .expect("saved");
    assert!(matches!(out[0], AlertOutcome::Opened { .. }));
    assert_eq!(store.customer_count().unwrap(), 2);
    let page = store.customers_page(None, 1).unwrap();
    assert_eq!(page[0].reference, "c-1");
    assert!(page[0].updated > 0);
    let rest = store.customers_page(Some("c-1"), 10).unwrap();
    assert_eq!(rest.len(), 1);
    assert_eq!(rest[0].reference, "c-2");
    assert_eq!(rest[0].identifiers, vec!["P123".to_string()]);

    // Replaced by reference.
    let before_change = page[0].updated.max(rest[0].updated) + 1;
    std::thread::sleep(std::time::Duration::from_millis(5));
    store
        .save_customers(&[customer("c-2", "Ann Smyth")], &entry("scr_c2", vec![]))
        .unwrap();
    assert_eq!(store.customer_count().unwrap(), 2);
    // What changed since a time: only the replaced customer, paged by reference.
    let changed = store
        .customers_changed_since(before_change, None, 10)
        .unwrap();
    assert_eq!(changed.len(), 1, "{changed:?}");
    assert_eq!(changed[0].names, vec!["Ann Smyth"]);
    assert!(store
        .customers_changed_since(before_change, Some("c-2"), 10)
        .unwrap()
        .is_empty());
    assert_eq!(store.customers_changed_since(0, None, 10).unwrap().len(), 2);
    assert_eq!(
        store.customer("c-2").unwrap().unwrap().names,
        vec!["Ann Smyth"]
    );

    // A bad customer in a batch saves nothing of the batch.
    let bad = Customer {
        names: vec![],
        ..customer("c-3", "x")
    };
    let e = store
        .save_customers(&[customer("c-4", "Bob"), bad], &entry("scr_c3", vec![]))
        .unwrap_err();
    assert!(e.to_string().contains("names"), "{e}");
    assert!(store.customer("c-4").unwrap().is_none());

    assert!(store.delete_customer("c-2", "cli").unwrap());
    assert!(!store.delete_customer("c-2", "cli").unwrap());
    assert_eq!(store.customer_count().unwrap(), 1);
    let kinds: Vec<String> = all_records(store).into_iter().map(|r| r.kind).collect();
    assert_eq!(
        kinds,
        ["customers.screen", "customers.screen", "customer.delete"]
    );
    assert_intact(ctx);
}

/// A run records its alerts like a screening (a queued pair is joined, not duplicated),
/// marks the queued alerts of removed entities delisted, and is listed newest first.
pub fn monitoring_runs_raise_join_and_delist(ctx: &mut Ctx) {
    let store = ctx.store();
    store
        .save_customers(
            &[customer("c-1", "Masood Azhar")],
            &entry(
                "scr_1",
                vec![hit(Some("c-1"), "E1"), hit(Some("c-1"), "E2")],
            ),
        )
        .unwrap();
    let recorded = store
        .record_monitoring_run(&NewMonitoringRun {
            run: run("mon_1"),
            alerts: vec![hit(Some("c-1"), "E1"), hit(Some("c-1"), "E3")],
            delisted: vec!["E2".into(), "E9".into()],
        })
        .expect("run recorded");
    assert_eq!(
        (
            recorded.alerts_opened,
            recorded.alerts_joined,
            recorded.alerts_delisted
        ),
        (1, 1, 1)
    );
    let runs = store.monitoring_runs(10).unwrap();
    assert_eq!(runs, vec![recorded]);
    let e2 = store
        .alerts(&nomina_store::AlertFilter {
            entity: Some("E2".into()),
            ..Default::default()
        })
        .unwrap();
    assert!(e2[0].delisted.is_some());
    let e3 = store
        .alerts(&nomina_store::AlertFilter {
            entity: Some("E3".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(e3[0].screening_id, "mon_1");
    assert!(e3[0].delisted.is_none());
    let last = all_records(store).pop().unwrap();
    assert_eq!(last.kind, "monitoring.run");
    assert!(last
        .payload
        .contains("\"delisted_entities\":[\"E2\",\"E9\"]"));
    assert_intact(ctx);
}

/// The outbox takes every alert raised after a URL was first seen, once; failed attempts
/// wait for their retry time; delivered items are not due again; all of it survives a
/// reopen.
pub fn webhook_outbox_at_least_once(ctx: &mut Ctx) {
    let urls = vec!["http://127.0.0.1:9/hook".to_string()];
    {
        let store = ctx.store();
        store
            .save_customers(
                &[customer("c-0", "Old")],
                &entry("scr_0", vec![hit(Some("c-0"), "E0")]),
            )
            .unwrap();
        // First sight of the URL: older alerts are not sent.
        assert_eq!(store.enqueue_webhooks(&urls).unwrap(), 0);
        store
            .save_customers(
                &[customer("c-1", "New")],
                &entry("scr_1", vec![hit(Some("c-1"), "E1")]),
            )
            .unwrap();
        assert_eq!(store.enqueue_webhooks(&urls).unwrap(), 1);
        assert_eq!(store.enqueue_webhooks(&urls).unwrap(), 0, "queued once");
    }
    ctx.reopen();
    let store = ctx.store();
    let due = store.due_webhooks(nomina_store::now_millis(), 10).unwrap();
    assert_eq!(due.len(), 1);
    let item = &due[0];
    assert!(
        item.payload.contains("\"entity\":\"E1\""),
        "{}",
        item.payload
    );
    assert!(!item.payload.contains("entity_snapshot"));
    let later = nomina_store::now_millis() + 60_000;
    store
        .webhook_attempted(
            item.id,
            &Attempt::Failed {
                error: "HTTP 500".into(),
                retry_at: later,
            },
        )
        .unwrap();
    assert!(store
        .due_webhooks(nomina_store::now_millis(), 10)
        .unwrap()
        .is_empty());
    assert_eq!(store.due_webhooks(later, 10).unwrap().len(), 1);
    store
        .webhook_attempted(item.id, &Attempt::Delivered)
        .unwrap();
    assert!(store.due_webhooks(later, 10).unwrap().is_empty());
    let rows = store.webhook_outbox(10).unwrap();
    assert_eq!(rows[0].attempts, 2);
    assert!(rows[0].delivered.is_some());
    assert_eq!(rows[0].last_error, None);
}
