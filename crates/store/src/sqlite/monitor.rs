//! Customers, monitoring runs and the webhook outbox in SQLite.

use super::{Ctx, Db};
use crate::engine::monitor::MonitorTx;
use crate::monitoring::{Customer, MonitoringRun, OutboxItem, RunKind};
use crate::{Millis, Result};
use rusqlite::OptionalExtension;

const CUSTOMER_COLS: &str = "reference, names, type, dob, country, identifiers, updated";
const RUN_COLS: &str = "id, kind, started, duration_ms, from_versions, to_versions, customers, \
                        entities_screened, candidates, hits, alerts_opened, alerts_joined, \
                        alerts_suppressed, alerts_delisted, actor";
const OUTBOX_COLS: &str =
    "id, url, alert_id, payload, attempts, next_attempt, created, delivered, last_error";

/// A JSON column as a value; bad JSON is a conversion error naming the column.
fn json_col<T: serde::de::DeserializeOwned>(
    row: &rusqlite::Row<'_>,
    idx: usize,
) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    serde_json::from_str(&s).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into())
    })
}

fn customer(row: &rusqlite::Row<'_>) -> rusqlite::Result<Customer> {
    Ok(Customer {
        reference: row.get(0)?,
        names: json_col(row, 1)?,
        entity_type: row.get(2)?,
        dob: row.get(3)?,
        country: row.get(4)?,
        identifiers: json_col(row, 5)?,
        updated: row.get(6)?,
    })
}

fn run(row: &rusqlite::Row<'_>) -> rusqlite::Result<MonitoringRun> {
    Ok(MonitoringRun {
        id: row.get(0)?,
        kind: super::parse_col(row, 1, RunKind::parse)?,
        started: row.get(2)?,
        duration_ms: row.get(3)?,
        from_versions: json_col(row, 4)?,
        to_versions: json_col(row, 5)?,
        customers: row.get(6)?,
        entities_screened: row.get(7)?,
        candidates: row.get(8)?,
        hits: row.get(9)?,
        alerts_opened: row.get(10)?,
        alerts_joined: row.get(11)?,
        alerts_suppressed: row.get(12)?,
        alerts_delisted: row.get(13)?,
        actor: row.get(14)?,
    })
}

fn outbox(row: &rusqlite::Row<'_>) -> rusqlite::Result<OutboxItem> {
    Ok(OutboxItem {
        id: row.get(0)?,
        url: row.get(1)?,
        alert_id: row.get(2)?,
        payload: row.get(3)?,
        attempts: row.get(4)?,
        next_attempt: row.get(5)?,
        created: row.get(6)?,
        delivered: row.get(7)?,
        last_error: row.get(8)?,
    })
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

impl MonitorTx for Db<'_> {
    fn upsert_customer(&mut self, c: &Customer) -> Result<()> {
        self.prepare_cached(&format!(
            "INSERT INTO customers ({CUSTOMER_COLS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (reference) DO UPDATE SET names = excluded.names, type = excluded.type,
                 dob = excluded.dob, country = excluded.country,
                 identifiers = excluded.identifiers, updated = excluded.updated"
        ))
        .and_then(|mut s| {
            s.execute((
                &c.reference,
                to_json(&c.names),
                &c.entity_type,
                &c.dob,
                &c.country,
                to_json(&c.identifiers),
                c.updated,
            ))
        })
        .map(drop)
        .ctx("saving a customer")
    }

    fn delete_customer(&mut self, reference: &str) -> Result<bool> {
        self.execute("DELETE FROM customers WHERE reference = ?1", [reference])
            .map(|n| n > 0)
            .ctx("deleting a customer")
    }

    fn customer(&mut self, reference: &str) -> Result<Option<Customer>> {
        self.prepare_cached(&format!(
            "SELECT {CUSTOMER_COLS} FROM customers WHERE reference = ?1"
        ))
        .and_then(|mut s| s.query_row([reference], customer).optional())
        .ctx("reading a customer")
    }

    fn customers_page(&mut self, after: Option<&str>, limit: i64) -> Result<Vec<Customer>> {
        self.prepare_cached(&format!(
            "SELECT {CUSTOMER_COLS} FROM customers WHERE ?1 IS NULL OR reference > ?1
             ORDER BY reference LIMIT ?2"
        ))
        .and_then(|mut s| s.query_map((after, limit), customer)?.collect())
        .ctx("reading customers")
    }

    fn customers_changed_since(
        &mut self,
        since: Millis,
        after: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Customer>> {
        self.prepare_cached(&format!(
            "SELECT {CUSTOMER_COLS} FROM customers
             WHERE updated >= ?1 AND (?2 IS NULL OR reference > ?2)
             ORDER BY reference LIMIT ?3"
        ))
        .and_then(|mut s| s.query_map((since, after, limit), customer)?.collect())
        .ctx("reading changed customers")
    }

    fn customer_count(&mut self) -> Result<i64> {
        self.query_row("SELECT COUNT(*) FROM customers", [], |r| r.get(0))
            .ctx("counting customers")
    }

    fn insert_run(&mut self, r: &MonitoringRun) -> Result<()> {
        self.execute(
            &format!(
                "INSERT INTO monitoring_runs ({RUN_COLS})
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)"
            ),
            rusqlite::params![
                r.id,
                r.kind.as_str(),
                r.started,
                r.duration_ms,
                to_json(&r.from_versions),
                to_json(&r.to_versions),
                r.customers,
                r.entities_screened,
                r.candidates,
                r.hits,
                r.alerts_opened,
                r.alerts_joined,
                r.alerts_suppressed,
                r.alerts_delisted,
                r.actor,
            ],
        )
        .map(drop)
        .ctx("recording a monitoring run")
    }

    fn runs(&mut self, limit: i64) -> Result<Vec<MonitoringRun>> {
        self.prepare_cached(&format!(
            "SELECT {RUN_COLS} FROM monitoring_runs ORDER BY started DESC, id DESC LIMIT ?1"
        ))
        .and_then(|mut s| s.query_map([limit], run)?.collect())
        .ctx("listing monitoring runs")
    }

    fn delist(&mut self, entity: &str, time: Millis) -> Result<i64> {
        self.prepare_cached(
            "UPDATE alerts SET delisted = ?2 WHERE entity = ?1
             AND status IN ('open', 'escalated') AND delisted IS NULL",
        )
        .and_then(|mut s| s.execute((entity, time)))
        .map(|n| n as i64)
        .ctx("marking alerts delisted")
    }

    fn webhook_cursor(&mut self, url: &str) -> Result<Option<i64>> {
        self.query_row(
            "SELECT last_alert_id FROM webhook_cursor WHERE url = ?1",
            [url],
            |r| r.get(0),
        )
        .optional()
        .ctx("reading a webhook cursor")
    }

    fn set_webhook_cursor(&mut self, url: &str, alert_id: i64) -> Result<()> {
        self.execute(
            "INSERT INTO webhook_cursor (url, last_alert_id) VALUES (?1, ?2)
             ON CONFLICT (url) DO UPDATE SET last_alert_id = excluded.last_alert_id",
            (url, alert_id),
        )
        .map(drop)
        .ctx("moving a webhook cursor")
    }

    fn max_alert_id(&mut self) -> Result<i64> {
        self.query_row("SELECT COALESCE(MAX(id), 0) FROM alerts", [], |r| r.get(0))
            .ctx("reading the newest alert")
    }

    fn alert_ids_after(&mut self, after: i64, limit: i64) -> Result<Vec<i64>> {
        self.prepare_cached("SELECT id FROM alerts WHERE id > ?1 ORDER BY id LIMIT ?2")
            .and_then(|mut s| s.query_map((after, limit), |r| r.get(0))?.collect())
            .ctx("reading new alerts")
    }

    fn insert_outbox(
        &mut self,
        url: &str,
        alert_id: i64,
        payload: &str,
        now: Millis,
    ) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO webhook_outbox (url, alert_id, payload, attempts, next_attempt, created)
             VALUES (?1, ?2, ?3, 0, ?4, ?4) ON CONFLICT (url, alert_id) DO NOTHING",
        )
        .and_then(|mut s| s.execute((url, alert_id, payload, now)))
        .map(drop)
        .ctx("queueing a webhook")
    }

    fn due_outbox(&mut self, now: Millis, limit: i64) -> Result<Vec<OutboxItem>> {
        self.prepare_cached(&format!(
            "SELECT {OUTBOX_COLS} FROM webhook_outbox
             WHERE delivered IS NULL AND next_attempt <= ?1 ORDER BY next_attempt, id LIMIT ?2"
        ))
        .and_then(|mut s| s.query_map((now, limit), outbox)?.collect())
        .ctx("reading due webhooks")
    }

    fn outbox_rows(&mut self, limit: i64) -> Result<Vec<OutboxItem>> {
        self.prepare_cached(&format!(
            "SELECT {OUTBOX_COLS} FROM webhook_outbox ORDER BY id DESC LIMIT ?1"
        ))
        .and_then(|mut s| s.query_map([limit], outbox)?.collect())
        .ctx("reading the webhook outbox")
    }

    fn outbox_attempt(
        &mut self,
        id: i64,
        delivered: Option<Millis>,
        retry_at: Millis,
        error: Option<&str>,
    ) -> Result<()> {
        self.execute(
            "UPDATE webhook_outbox SET attempts = attempts + 1, delivered = ?2,
                 next_attempt = CASE WHEN ?2 IS NULL THEN ?3 ELSE next_attempt END,
                 last_error = ?4
             WHERE id = ?1",
            (id, delivered, retry_at, error),
        )
        .map(drop)
        .ctx("recording a webhook attempt")
    }
}
