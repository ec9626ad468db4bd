//! Customers, monitoring runs and the webhook outbox in PostgreSQL.

use super::Ctx;
use crate::engine::monitor::MonitorTx;
use crate::monitoring::{Customer, MonitoringRun, OutboxItem, RunKind};
use crate::{Millis, Result, StoreError};
use postgres::{Row, Transaction};

const CUSTOMER_COLS: &str = "reference, names, type, dob, country, identifiers, updated";
const RUN_COLS: &str = "id, kind, started, duration_ms, from_versions, to_versions, customers, \
                        entities_screened, candidates, hits, alerts_opened, alerts_joined, \
                        alerts_suppressed, alerts_delisted, actor";
const OUTBOX_COLS: &str =
    "id, url, alert_id, payload, attempts, next_attempt, created, delivered, last_error";

/// A JSON text column as a value.
fn json_col<T: serde::de::DeserializeOwned>(row: &Row, idx: usize) -> Result<T> {
    let s: String = row.try_get(idx).ctx("reading a row")?;
    serde_json::from_str(&s)
        .map_err(|e| StoreError::Query(format!("column {idx} is not the JSON expected: {e}")))
}

fn customer(row: &Row) -> Result<Customer> {
    let ctx = "reading a customer";
    Ok(Customer {
        reference: row.try_get(0).ctx(ctx)?,
        names: json_col(row, 1)?,
        entity_type: row.try_get(2).ctx(ctx)?,
        dob: row.try_get(3).ctx(ctx)?,
        country: row.try_get(4).ctx(ctx)?,
        identifiers: json_col(row, 5)?,
        updated: row.try_get(6).ctx(ctx)?,
    })
}

fn run(row: &Row) -> Result<MonitoringRun> {
    let ctx = "reading a monitoring run";
    let kind: String = row.try_get(1).ctx(ctx)?;
    Ok(MonitoringRun {
        id: row.try_get(0).ctx(ctx)?,
        kind: RunKind::parse(&kind)
            .ok_or_else(|| StoreError::Query(format!("unexpected run kind {kind:?}")))?,
        started: row.try_get(2).ctx(ctx)?,
        duration_ms: row.try_get(3).ctx(ctx)?,
        from_versions: json_col(row, 4)?,
        to_versions: json_col(row, 5)?,
        customers: row.try_get(6).ctx(ctx)?,
        entities_screened: row.try_get(7).ctx(ctx)?,
        candidates: row.try_get(8).ctx(ctx)?,
        hits: row.try_get(9).ctx(ctx)?,
        alerts_opened: row.try_get(10).ctx(ctx)?,
        alerts_joined: row.try_get(11).ctx(ctx)?,
        alerts_suppressed: row.try_get(12).ctx(ctx)?,
        alerts_delisted: row.try_get(13).ctx(ctx)?,
        actor: row.try_get(14).ctx(ctx)?,
    })
}

fn outbox(row: &Row) -> Result<OutboxItem> {
    let ctx = "reading the webhook outbox";
    Ok(OutboxItem {
        id: row.try_get(0).ctx(ctx)?,
        url: row.try_get(1).ctx(ctx)?,
        alert_id: row.try_get(2).ctx(ctx)?,
        payload: row.try_get(3).ctx(ctx)?,
        attempts: row.try_get(4).ctx(ctx)?,
        next_attempt: row.try_get(5).ctx(ctx)?,
        created: row.try_get(6).ctx(ctx)?,
        delivered: row.try_get(7).ctx(ctx)?,
        last_error: row.try_get(8).ctx(ctx)?,
    })
}

fn to_json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

impl MonitorTx for Transaction<'_> {
    fn upsert_customer(&mut self, c: &Customer) -> Result<()> {
        self.execute(
            &format!(
                "INSERT INTO customers ({CUSTOMER_COLS}) VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (reference) DO UPDATE SET names = excluded.names,
                     type = excluded.type, dob = excluded.dob, country = excluded.country,
                     identifiers = excluded.identifiers, updated = excluded.updated"
            ),
            &[
                &c.reference,
                &to_json(&c.names),
                &c.entity_type,
                &c.dob,
                &c.country,
                &to_json(&c.identifiers),
                &c.updated,
            ],
        )
        .map(drop)
        .ctx("saving a customer")
    }

    fn delete_customer(&mut self, reference: &str) -> Result<bool> {
        self.execute("DELETE FROM customers WHERE reference = $1", &[&reference])
            .map(|n| n > 0)
            .ctx("deleting a customer")
    }

    fn customer(&mut self, reference: &str) -> Result<Option<Customer>> {
        self.query_opt(
            &format!("SELECT {CUSTOMER_COLS} FROM customers WHERE reference = $1"),
            &[&reference],
        )
        .ctx("reading a customer")?
        .as_ref()
        .map(customer)
        .transpose()
    }

    fn customers_page(&mut self, after: Option<&str>, limit: i64) -> Result<Vec<Customer>> {
        self.query(
            &format!(
                "SELECT {CUSTOMER_COLS} FROM customers
                 WHERE $1::TEXT IS NULL OR reference > $1 ORDER BY reference LIMIT $2"
            ),
            &[&after, &limit],
        )
        .ctx("reading customers")?
        .iter()
        .map(customer)
        .collect()
    }

    fn customers_changed_since(
        &mut self,
        since: Millis,
        after: Option<&str>,
        limit: i64,
    ) -> Result<Vec<Customer>> {
        self.query(
            &format!(
                "SELECT {CUSTOMER_COLS} FROM customers
                 WHERE updated >= $1 AND ($2::TEXT IS NULL OR reference > $2)
                 ORDER BY reference LIMIT $3"
            ),
            &[&since, &after, &limit],
        )
        .ctx("reading changed customers")?
        .iter()
        .map(customer)
        .collect()
    }

    fn customer_count(&mut self) -> Result<i64> {
        self.query_one("SELECT COUNT(*) FROM customers", &[])
            .and_then(|r| r.try_get(0))
            .ctx("counting customers")
    }

    fn insert_run(&mut self, r: &MonitoringRun) -> Result<()> {
        self.execute(
            &format!(
                "INSERT INTO monitoring_runs ({RUN_COLS})
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
            ),
            &[
                &r.id,
                &r.kind.as_str(),
                &r.started,
                &r.duration_ms,
                &to_json(&r.from_versions),
                &to_json(&r.to_versions),
                &r.customers,
                &r.entities_screened,
                &r.candidates,
                &r.hits,
                &r.alerts_opened,
                &r.alerts_joined,
                &r.alerts_suppressed,
                &r.alerts_delisted,
                &r.actor,
            ],
        )
        .map(drop)
        .ctx("recording a monitoring run")
    }

    fn runs(&mut self, limit: i64) -> Result<Vec<MonitoringRun>> {
        self.query(
            &format!(
                "SELECT {RUN_COLS} FROM monitoring_runs ORDER BY started DESC, id DESC LIMIT $1"
            ),
            &[&limit],
        )
        .ctx("listing monitoring runs")?
        .iter()
        .map(run)
        .collect()
    }

    fn delist(&mut self, entity: &str, time: Millis) -> Result<i64> {
        self.execute(
            "UPDATE alerts SET delisted = $2 WHERE entity = $1
             AND status IN ('open', 'escalated') AND delisted IS NULL",
            &[&entity, &time],
        )
        .map(|n| n as i64)
        .ctx("marking alerts delisted")
    }

    fn webhook_cursor(&mut self, url: &str) -> Result<Option<i64>> {
        self.query_opt(
            "SELECT last_alert_id FROM webhook_cursor WHERE url = $1",
            &[&url],
        )
        .and_then(|r| r.map(|r| r.try_get(0)).transpose())
        .ctx("reading a webhook cursor")
    }

    fn set_webhook_cursor(&mut self, url: &str, alert_id: i64) -> Result<()> {
        self.execute(
            "INSERT INTO webhook_cursor (url, last_alert_id) VALUES ($1, $2)
             ON CONFLICT (url) DO UPDATE SET last_alert_id = excluded.last_alert_id",
            &[&url, &alert_id],
        )
        .map(drop)
        .ctx("moving a webhook cursor")
    }

    fn max_alert_id(&mut self) -> Result<i64> {
        self.query_one("SELECT COALESCE(MAX(id), 0)::BIGINT FROM alerts", &[])
            .and_then(|r| r.try_get(0))
            .ctx("reading the newest alert")
    }

    fn alert_ids_after(&mut self, after: i64, limit: i64) -> Result<Vec<i64>> {
        self.query(
            "SELECT id FROM alerts WHERE id > $1 ORDER BY id LIMIT $2",
            &[&after, &limit],
        )
        .and_then(|rows| rows.iter().map(|r| r.try_get(0)).collect())
        .ctx("reading new alerts")
    }

    fn insert_outbox(
        &mut self,
        url: &str,
        alert_id: i64,
        payload: &str,
        now: Millis,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO webhook_outbox (url, alert_id, payload, attempts, next_attempt, created)
             VALUES ($1, $2, $3, 0, $4, $4) ON CONFLICT (url, alert_id) DO NOTHING",
            &[&url, &alert_id, &payload, &now],
        )
        .map(drop)
        .ctx("queueing a webhook")
    }

    fn due_outbox(&mut self, now: Millis, limit: i64) -> Result<Vec<OutboxItem>> {
        self.query(
            &format!(
                "SELECT {OUTBOX_COLS} FROM webhook_outbox WHERE delivered IS NULL
                 AND next_attempt <= $1 ORDER BY next_attempt, id LIMIT $2"
            ),
            &[&now, &limit],
        )
        .ctx("reading due webhooks")?
        .iter()
        .map(outbox)
        .collect()
    }

    fn outbox_rows(&mut self, limit: i64) -> Result<Vec<OutboxItem>> {
        self.query(
            &format!("SELECT {OUTBOX_COLS} FROM webhook_outbox ORDER BY id DESC LIMIT $1"),
            &[&limit],
        )
        .ctx("reading the webhook outbox")?
        .iter()
        .map(outbox)
        .collect()
    }

    fn outbox_attempt(
        &mut self,
        id: i64,
        delivered: Option<Millis>,
        retry_at: Millis,
        error: Option<&str>,
    ) -> Result<()> {
        self.execute(
            "UPDATE webhook_outbox SET attempts = attempts + 1, delivered = $2,
                 next_attempt = CASE WHEN $2::BIGINT IS NULL THEN $3 ELSE next_attempt END,
                 last_error = $4
             WHERE id = $1",
            &[&id, &delivered, &retry_at, &error],
        )
        .map(drop)
        .ctx("recording a webhook attempt")
    }
}
