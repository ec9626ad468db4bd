//! The customer base, monitoring runs and the webhook outbox, over any backend.

use super::{alerts, audit, Backend, Mode};
use crate::monitoring::{Attempt, Customer, MonitoringRun, NewMonitoringRun, OutboxItem};
use crate::{
    now_millis, AlertOutcome, Millis, NewAuditRecord, Result, ScreeningRecord, StoreError,
};

/// Queries on `customers`, `monitoring_runs`, `webhook_cursor`, `webhook_outbox` and the
/// `delisted` mark of `alerts`.
pub(crate) trait MonitorTx {
    /// Inserts or replaces a customer.
    fn upsert_customer(&mut self, c: &Customer) -> Result<()>;
    /// Deletes a customer; whether one existed.
    fn delete_customer(&mut self, reference: &str) -> Result<bool>;
    /// One customer.
    fn customer(&mut self, reference: &str) -> Result<Option<Customer>>;
    /// Customers with a reference after `after` (all when `None`), by reference.
    fn customers_page(&mut self, after: Option<&str>, limit: i64) -> Result<Vec<Customer>>;
    /// Customers whose `updated` is at least `since`, by reference after `after`.
    fn customers_changed_since(
        &mut self,
        since: Millis,
        after: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Customer>>;
    /// How many customers there are.
    fn customer_count(&mut self) -> Result<i64>;
    /// Inserts a run.
    fn insert_run(&mut self, run: &MonitoringRun) -> Result<()>;
    /// The newest runs first.
    fn runs(&mut self, limit: i64) -> Result<Vec<MonitoringRun>>;
    /// Marks the queued alerts of an entity delisted; how many.
    fn delist(&mut self, entity: &str, time: Millis) -> Result<i64>;
    /// The outbox cursor of a URL.
    fn webhook_cursor(&mut self, url: &str) -> Result<Option<i64>>;
    /// Sets the outbox cursor of a URL.
    fn set_webhook_cursor(&mut self, url: &str, alert_id: i64) -> Result<()>;
    /// The highest alert id (0 when none).
    fn max_alert_id(&mut self) -> Result<i64>;
    /// Ids of alerts after `after`, oldest first, at most `limit`.
    fn alert_ids_after(&mut self, after: i64, limit: i64) -> Result<Vec<i64>>;
    /// Queues one delivery (nothing if that alert is already queued for that URL).
    fn insert_outbox(&mut self, url: &str, alert_id: i64, payload: &str, now: Millis)
        -> Result<()>;
    /// Undelivered items due at `now`, oldest first.
    fn due_outbox(&mut self, now: Millis, limit: i64) -> Result<Vec<OutboxItem>>;
    /// Every item, newest first (status pages and tests).
    fn outbox_rows(&mut self, limit: i64) -> Result<Vec<OutboxItem>>;
    /// Records an attempt.
    fn outbox_attempt(
        &mut self,
        id: i64,
        delivered: Option<Millis>,
        retry_at: Millis,
        error: Option<&str>,
    ) -> Result<()>;
}

/// Most alerts moved into the outbox per URL per call.
const ENQUEUE_BATCH: i64 = 500;

/// Adds or replaces customers and records their screening on entry, in one transaction.
pub(super) fn save_customers(
    backend: &impl Backend,
    customers: &[Customer],
    screening: &ScreeningRecord,
) -> Result<Vec<AlertOutcome>> {
    for c in customers {
        c.check()?;
    }
    let prepared = alerts::prepare_screening(screening)?;
    backend.run(Mode::Chain, |tx| {
        let now = now_millis();
        for c in customers {
            tx.upsert_customer(&Customer {
                updated: now,
                ..c.clone()
            })?;
        }
        alerts::place_screening(tx, backend.keying(), screening, &prepared, now)
    })
}

/// Deletes a customer (its alerts and their history stay) with a `customer.delete` record.
pub(super) fn delete_customer(
    backend: &impl Backend,
    reference: &str,
    actor: &str,
) -> Result<bool> {
    backend.run(Mode::Chain, |tx| {
        if !tx.delete_customer(reference)? {
            return Ok(false);
        }
        audit::append(
            tx,
            backend.keying(),
            &NewAuditRecord {
                kind: "customer.delete".into(),
                actor: actor.to_string(),
                subject: Some(reference.to_string()),
                payload: serde_json::json!({ "reference": reference }).to_string(),
            },
        )?;
        Ok(true)
    })
}

/// Records a run: its alerts (deduplicated and suppressed like a screening's), the
/// delisting of queued alerts, the run row and one `monitoring.run` audit record.
pub(super) fn record_run(backend: &impl Backend, new: &NewMonitoringRun) -> Result<MonitoringRun> {
    if new.run.id.trim().is_empty() {
        return Err(StoreError::Invalid("monitoring run without an id".into()));
    }
    let record = ScreeningRecord {
        id: new.run.id.clone(),
        audit: NewAuditRecord {
            kind: "monitoring.run".into(),
            actor: new.run.actor.clone(),
            subject: Some(new.run.id.clone()),
            payload: "{}".into(),
        },
        alerts: new.alerts.clone(),
    };
    let prepared = alerts::prepare_screening(&record)?;
    backend.run(Mode::Chain, |tx| {
        let now = now_millis();
        let mut run = new.run.clone();
        let (mut opened, mut joined, mut suppressed) = (0, 0, 0);
        let mut opened_ids = Vec::new();
        for (i, input) in new.alerts.iter().enumerate() {
            match alerts::place(tx, input, &run.id, i, now)? {
                AlertOutcome::Opened { alert_id } => {
                    opened += 1;
                    opened_ids.push(alert_id);
                }
                AlertOutcome::AlreadyOpen { .. } => joined += 1,
                AlertOutcome::Suppressed { .. } => suppressed += 1,
            }
        }
        let mut delisted = 0;
        for key in &new.delisted {
            delisted += tx.delist(key, now)?;
        }
        run.alerts_opened = opened;
        run.alerts_joined = joined;
        run.alerts_suppressed = suppressed;
        run.alerts_delisted = delisted;
        tx.insert_run(&run)?;
        let mut payload =
            serde_json::to_value(&run).map_err(|e| StoreError::Query(e.to_string()))?;
        payload["opened_alert_ids"] = serde_json::json!(opened_ids);
        payload["delisted_entities"] = serde_json::json!(new.delisted);
        let entry = NewAuditRecord {
            payload: payload.to_string(),
            ..prepared
        };
        audit::append(tx, backend.keying(), &entry)?;
        Ok(run)
    })
}

/// Moves alerts newer than each URL's cursor into the outbox (a URL seen for the first
/// time starts after the newest alert: only alerts raised from then on are sent).
pub(super) fn enqueue(backend: &impl Backend, urls: &[String]) -> Result<u64> {
    backend.run(Mode::Write, |tx| {
        let now = now_millis();
        let mut queued = 0u64;
        for url in urls {
            let cursor = match tx.webhook_cursor(url)? {
                Some(c) => c,
                None => {
                    let max = tx.max_alert_id()?;
                    tx.set_webhook_cursor(url, max)?;
                    continue;
                }
            };
            let ids = tx.alert_ids_after(cursor, ENQUEUE_BATCH)?;
            let Some(&last) = ids.last() else { continue };
            for id in ids {
                let Some(alert) = tx.alert_row(id)? else {
                    continue;
                };
                let payload = webhook_payload(&alert);
                tx.insert_outbox(url, id, &payload, now)?;
                queued += 1;
            }
            tx.set_webhook_cursor(url, last)?;
        }
        Ok(queued)
    })
}

/// The body POSTed for an alert: the alert without the entity snapshot.
fn webhook_payload(alert: &crate::Alert) -> String {
    let mut v = serde_json::to_value(alert).unwrap_or_default();
    if let Some(m) = v.as_object_mut() {
        m.remove("entity_snapshot");
        m.remove("decisions");
    }
    serde_json::json!({ "event": "alert.opened", "alert": v }).to_string()
}

/// Records an attempt's outcome.
pub(super) fn attempted(backend: &impl Backend, id: i64, attempt: &Attempt) -> Result<()> {
    backend.run(Mode::Write, |tx| match attempt {
        Attempt::Delivered => tx.outbox_attempt(id, Some(now_millis()), 0, None),
        Attempt::Failed { error, retry_at } => tx.outbox_attempt(id, None, *retry_at, Some(error)),
    })
}

/// A count as the `i64` the databases store.
pub(super) fn limit(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
