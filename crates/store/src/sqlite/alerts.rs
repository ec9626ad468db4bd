//! Alerts, decisions and screening links in SQLite.

use super::{status_col, Ctx, Db};
use crate::engine::alerts::{daily_counts_sql, programmes_col};
use crate::engine::{list_prefix, AlertTx, Link};
use crate::{
    Alert, AlertCursor, AlertFilter, AlertInput, AlertNote, AlertSort, AlertStatus, Decision,
    Millis, Proposal, Result, Suppression,
};
use rusqlite::types::Value;
use rusqlite::OptionalExtension;

const ALERT_COLS: &str = "id, created, status, reference, query, entity, entity_name, score, \
                          screening_id, entity_fingerprint, entity_snapshot, reason, delisted, \
                          assignee, proposed_by, proposed_comment, proposed_time, \
                          (SELECT group_concat(programme, char(31)) FROM alert_programmes p \
                           WHERE p.alert_id = alerts.id)";

/// Most ids bound in one `IN (...)` list.
const CHUNK: usize = 500;

fn alert(row: &rusqlite::Row<'_>) -> rusqlite::Result<Alert> {
    Ok(Alert {
        id: row.get(0)?,
        created: row.get(1)?,
        status: status_col(row, 2)?,
        reference: row.get(3)?,
        query: row.get(4)?,
        entity: row.get(5)?,
        entity_name: row.get(6)?,
        score: row.get(7)?,
        screening_id: row.get(8)?,
        entity_fingerprint: row.get(9)?,
        entity_snapshot: row.get(10)?,
        reason: row.get(11)?,
        delisted: row.get(12)?,
        assignee: row.get(13)?,
        proposal: match row.get::<_, Option<String>>(14)? {
            Some(actor) => Some(Proposal {
                actor,
                comment: row.get::<_, Option<String>>(15)?.unwrap_or_default(),
                time: row.get::<_, Option<i64>>(16)?.unwrap_or(0),
            }),
            None => None,
        },
        programmes: programmes_col(row.get(17)?),
        decisions: Vec::new(),
    })
}

fn decision(row: &rusqlite::Row<'_>) -> rusqlite::Result<Decision> {
    Ok(Decision {
        id: row.get(0)?,
        alert_id: row.get(1)?,
        status: status_col(row, 2)?,
        comment: row.get(3)?,
        actor: row.get(4)?,
        time: row.get(5)?,
    })
}

/// `(status, Suppression)` from columns `status, decision id, alert id, fingerprint, snapshot`
/// starting at `at`.
fn suppression(row: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<(AlertStatus, Suppression)> {
    Ok((
        status_col(row, at)?,
        Suppression {
            decision_id: row.get(at + 1)?,
            alert_id: row.get(at + 2)?,
            entity_fingerprint: row.get(at + 3)?,
            entity_snapshot: row.get(at + 4)?,
        },
    ))
}

/// The `WHERE` clause of a filter and its parameters (`paged`: with its `before` cursor).
fn filter_clause(filter: &AlertFilter, paged: bool) -> (String, Vec<Value>) {
    let mut sql = String::from("1 = 1");
    let mut params: Vec<Value> = Vec::new();
    if !filter.statuses.is_empty() {
        let marks = vec!["?"; filter.statuses.len()].join(", ");
        sql.push_str(&format!(" AND status IN ({marks})"));
        params.extend(
            filter
                .statuses
                .iter()
                .map(|s| Value::Text(s.as_str().into())),
        );
    }
    let text = |v: &str| Value::Text(v.to_string());
    if let Some(reference) = &filter.reference {
        sql.push_str(" AND reference = ?");
        params.push(text(reference));
    }
    if let Some(entity) = &filter.entity {
        sql.push_str(" AND entity = ?");
        params.push(text(entity));
    }
    match filter.assignee.as_deref() {
        Some("") => sql.push_str(" AND assignee IS NULL"),
        Some(name) => {
            sql.push_str(" AND assignee = ?");
            params.push(text(name));
        }
        None => {}
    }
    if let Some(min) = filter.min_score {
        sql.push_str(" AND score >= ?");
        params.push(Value::Real(min));
    }
    if let Some(list) = &filter.list {
        let prefix = list_prefix(list);
        sql.push_str(&format!(
            " AND substr(entity, 1, {}) = ?",
            prefix.chars().count()
        ));
        params.push(Value::Text(prefix));
    }
    if let Some(programme) = &filter.programme {
        sql.push_str(" AND id IN (SELECT alert_id FROM alert_programmes WHERE programme = ?)");
        params.push(text(programme));
    }
    if let Some(after) = filter.created_after {
        sql.push_str(" AND created >= ?");
        params.push(Value::Integer(after));
    }
    if let Some(before) = filter.created_before {
        sql.push_str(" AND created < ?");
        params.push(Value::Integer(before));
    }
    if let (true, Some(cursor)) = (paged, filter.cursor) {
        sql.push_str(cursor_clause(filter.sort));
        params.extend(cursor_params(filter.sort, cursor));
    }
    (sql, params)
}

/// The condition of the alerts after a cursor, in a sort order.
fn cursor_clause(sort: AlertSort) -> &'static str {
    match sort {
        AlertSort::Newest => " AND id < ?",
        AlertSort::Oldest => " AND id > ?",
        AlertSort::Score => " AND (score < ? OR (score = ? AND id < ?))",
    }
}

/// The parameters of [`cursor_clause`].
fn cursor_params(sort: AlertSort, cursor: AlertCursor) -> Vec<Value> {
    match sort {
        AlertSort::Newest | AlertSort::Oldest => vec![Value::Integer(cursor.id)],
        AlertSort::Score => vec![
            Value::Real(cursor.score),
            Value::Real(cursor.score),
            Value::Integer(cursor.id),
        ],
    }
}

impl AlertTx for Db<'_> {
    fn queued_alert(&mut self, reference: &str, entity: &str) -> Result<Option<i64>> {
        self.prepare_cached(
            "SELECT id FROM alerts WHERE reference = ?1 AND entity = ?2
             AND status IN ('open', 'escalated') ORDER BY id DESC LIMIT 1",
        )
        .and_then(|mut s| s.query_row((reference, entity), |r| r.get(0)).optional())
        .ctx("looking for an alert in the queue")
    }

    fn insert_alert(
        &mut self,
        input: &AlertInput,
        screening_id: &str,
        created: Millis,
    ) -> Result<i64> {
        self.prepare_cached(
            "INSERT INTO alerts (created, status, reference, query, entity, entity_name, score,
                                 screening_id, entity_fingerprint, entity_snapshot, reason)
             VALUES (?1, 'open', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )
        .and_then(|mut s| {
            s.execute((
                created,
                &input.reference,
                &input.query,
                &input.entity,
                &input.entity_name,
                input.score,
                screening_id,
                &input.entity_fingerprint,
                &input.entity_snapshot,
                &input.reason,
            ))
        })
        .ctx("opening an alert")?;
        Ok(self.last_insert_rowid())
    }

    fn insert_programmes(&mut self, alert_id: i64, programmes: &[String]) -> Result<()> {
        let mut insert = self
            .prepare_cached(
                "INSERT OR IGNORE INTO alert_programmes (alert_id, programme) VALUES (?1, ?2)",
            )
            .ctx("recording an alert's programmes")?;
        for programme in programmes {
            insert
                .execute((alert_id, programme))
                .ctx("recording an alert's programmes")?;
        }
        Ok(())
    }

    fn link_screening(&mut self, link: &Link<'_>) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO screening_alerts
                 (screening_id, position, outcome, alert_id, decision_id, reference, entity, time)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .and_then(|mut s| {
            s.execute((
                link.screening_id,
                link.position,
                link.outcome_name(),
                link.alert_id(),
                link.decision_id(),
                link.reference,
                link.entity,
                link.time,
            ))
        })
        .map(drop)
        .ctx("linking a screening to its alerts")
    }

    fn alert_row(&mut self, id: i64) -> Result<Option<Alert>> {
        self.prepare_cached(&format!("SELECT {ALERT_COLS} FROM alerts WHERE id = ?1"))
            .and_then(|mut s| s.query_row([id], alert).optional())
            .ctx("reading an alert")
    }

    fn alert_rows(&mut self, filter: &AlertFilter) -> Result<Vec<Alert>> {
        let (clause, mut params) = filter_clause(filter, true);
        let mut sql = format!(
            "SELECT {ALERT_COLS} FROM alerts WHERE {clause} ORDER BY {}",
            filter.sort.order_by()
        );
        if filter.limit > 0 {
            sql.push_str(" LIMIT ?");
            params.push(Value::Integer(
                i64::try_from(filter.limit).unwrap_or(i64::MAX),
            ));
        }
        self.prepare(&sql)
            .and_then(|mut s| {
                s.query_map(rusqlite::params_from_iter(params), alert)?
                    .collect()
            })
            .ctx("listing alerts")
    }

    fn alert_count(&mut self, filter: &AlertFilter) -> Result<i64> {
        let (clause, params) = filter_clause(filter, false);
        self.prepare(&format!("SELECT COUNT(*) FROM alerts WHERE {clause}"))
            .and_then(|mut s| s.query_row(rusqlite::params_from_iter(params), |r| r.get(0)))
            .ctx("counting alerts")
    }

    fn set_assignee(&mut self, id: i64, assignee: Option<&str>) -> Result<()> {
        self.execute(
            "UPDATE alerts SET assignee = ?2 WHERE id = ?1",
            (id, assignee),
        )
        .map(drop)
        .ctx("assigning an alert")
    }

    fn set_proposal(&mut self, id: i64, proposal: Option<&Proposal>) -> Result<()> {
        self.execute(
            "UPDATE alerts SET proposed_by = ?2, proposed_comment = ?3, proposed_time = ?4
             WHERE id = ?1",
            (
                id,
                proposal.map(|p| p.actor.as_str()),
                proposal.map(|p| p.comment.as_str()),
                proposal.map(|p| p.time),
            ),
        )
        .map(drop)
        .ctx("recording a true-match proposal")
    }

    fn decisions_of(&mut self, alert_ids: &[i64]) -> Result<Vec<Decision>> {
        let mut out = Vec::new();
        for chunk in alert_ids.chunks(CHUNK) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let sql = format!(
                "SELECT id, alert_id, status, comment, actor, time FROM decisions
                 WHERE alert_id IN ({marks}) ORDER BY id"
            );
            let rows: Vec<Decision> = self
                .prepare(&sql)
                .and_then(|mut s| {
                    s.query_map(rusqlite::params_from_iter(chunk.iter()), decision)?
                        .collect()
                })
                .ctx("reading decisions")?;
            out.extend(rows);
        }
        Ok(out)
    }

    fn decision_exists(&mut self, id: i64) -> Result<bool> {
        self.prepare_cached("SELECT 1 FROM decisions WHERE id = ?1")
            .and_then(|mut s| s.exists([id]))
            .ctx("looking up a decision")
    }

    fn insert_decision(
        &mut self,
        alert_id: i64,
        status: AlertStatus,
        comment: &str,
        actor: &str,
        time: Millis,
    ) -> Result<i64> {
        self.execute(
            "INSERT INTO decisions (alert_id, status, comment, actor, time)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            (alert_id, status.as_str(), comment, actor, time),
        )
        .ctx("recording a decision")?;
        Ok(self.last_insert_rowid())
    }

    fn set_alert_status(&mut self, id: i64, status: AlertStatus) -> Result<()> {
        self.execute(
            "UPDATE alerts SET status = ?2 WHERE id = ?1",
            (id, status.as_str()),
        )
        .map(drop)
        .ctx("updating an alert's status")
    }

    fn latest_decision(
        &mut self,
        reference: &str,
        entity: &str,
    ) -> Result<Option<(AlertStatus, Suppression)>> {
        self.prepare_cached(
            "SELECT d.status, d.id, d.alert_id, a.entity_fingerprint, a.entity_snapshot
             FROM decisions d JOIN alerts a ON a.id = d.alert_id
             WHERE a.reference = ?1 AND a.entity = ?2
             ORDER BY d.id DESC LIMIT 1",
        )
        .and_then(|mut s| {
            s.query_row((reference, entity), |r| suppression(r, 0))
                .optional()
        })
        .ctx("reading the latest decision")
    }

    fn false_positive_pairs(&mut self) -> Result<Vec<(String, String, Suppression)>> {
        self.prepare_cached(
            "SELECT reference, entity, status, id, alert_id, entity_fingerprint, entity_snapshot
             FROM (SELECT a.reference, a.entity, d.status, d.id, d.alert_id,
                          a.entity_fingerprint, a.entity_snapshot,
                          ROW_NUMBER() OVER (PARTITION BY a.reference, a.entity
                                             ORDER BY d.id DESC) AS rn
                   FROM decisions d JOIN alerts a ON a.id = d.alert_id
                   WHERE a.reference IS NOT NULL) latest
             WHERE rn = 1 AND status = 'false_positive'
             ORDER BY reference, entity",
        )
        .and_then(|mut s| {
            s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, suppression(r, 2)?.1)))?
                .collect()
        })
        .ctx("listing suppressions")
    }

    fn daily_counts(&mut self, since_day: i64) -> Result<Vec<[i64; 6]>> {
        let sql = daily_counts_sql("?1");
        self.prepare_cached(&sql)
            .and_then(|mut s| {
                s.query_map([since_day], |r| {
                    Ok([
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ])
                })?
                .collect()
            })
            .ctx("counting alerts per day")
    }

    fn insert_note(&mut self, alert_id: i64, actor: &str, time: Millis, text: &str) -> Result<i64> {
        self.execute(
            "INSERT INTO alert_notes (alert_id, actor, time, text) VALUES (?1, ?2, ?3, ?4)",
            (alert_id, actor, time, text),
        )
        .ctx("adding a note")?;
        Ok(self.last_insert_rowid())
    }

    fn notes_of(&mut self, alert_id: i64) -> Result<Vec<AlertNote>> {
        self.prepare_cached(
            "SELECT id, alert_id, actor, time, text FROM alert_notes
             WHERE alert_id = ?1 ORDER BY id",
        )
        .and_then(|mut s| {
            s.query_map([alert_id], |r| {
                Ok(AlertNote {
                    id: r.get(0)?,
                    alert_id: r.get(1)?,
                    actor: r.get(2)?,
                    time: r.get(3)?,
                    text: r.get(4)?,
                })
            })?
            .collect()
        })
        .ctx("reading notes")
    }

    fn programme_counts(&mut self) -> Result<Vec<(String, i64)>> {
        self.prepare_cached("SELECT programme, COUNT(*) FROM alert_programmes GROUP BY programme")
            .and_then(|mut s| s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?.collect())
            .ctx("counting alerts per programme")
    }

    fn status_counts(&mut self) -> Result<Vec<(AlertStatus, i64)>> {
        self.prepare_cached("SELECT status, COUNT(*) FROM alerts GROUP BY status")
            .and_then(|mut s| {
                s.query_map([], |r| Ok((status_col(r, 0)?, r.get(1)?)))?
                    .collect()
            })
            .ctx("counting alerts")
    }
}
