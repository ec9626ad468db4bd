//! Alerts, decisions and screening links in PostgreSQL.

use super::{status_col, Ctx};
use crate::engine::alerts::{daily_counts_sql, programmes_col};
use crate::engine::{list_prefix, AlertTx, Link};
use crate::{
    Alert, AlertCursor, AlertFilter, AlertInput, AlertNote, AlertSort, AlertStatus, Decision,
    Millis, Proposal, Result, Suppression,
};
use postgres::types::ToSql;
use postgres::{Row, Transaction};

const ALERT_COLS: &str = "id, created, status, reference, query, entity, entity_name, score, \
                          screening_id, entity_fingerprint, entity_snapshot, reason, delisted, \
                          assignee, proposed_by, proposed_comment, proposed_time, \
                          (SELECT string_agg(programme, chr(31)) FROM alert_programmes p \
                           WHERE p.alert_id = alerts.id)";

/// A filter's values, owned so that query parameters can borrow them.
struct FilterParams<'a> {
    filter: &'a AlertFilter,
    statuses: Vec<String>,
    list_prefix: Option<String>,
}

impl<'a> FilterParams<'a> {
    fn of(filter: &'a AlertFilter) -> FilterParams<'a> {
        FilterParams {
            filter,
            statuses: filter
                .statuses
                .iter()
                .map(|s| s.as_str().to_string())
                .collect(),
            list_prefix: filter.list.as_deref().map(list_prefix),
        }
    }

    /// The `WHERE` clause and its parameters (`paged`: with the `before` cursor).
    fn clause(&'a self, paged: bool) -> (String, Vec<&'a (dyn ToSql + Sync)>) {
        let mut sql = String::from("TRUE");
        let mut params: Vec<&(dyn ToSql + Sync)> = Vec::new();
        if !self.statuses.is_empty() {
            params.push(&self.statuses);
            sql.push_str(&format!(" AND status = ANY(${})", params.len()));
        }
        if let Some(reference) = &self.filter.reference {
            params.push(reference);
            sql.push_str(&format!(" AND reference = ${}", params.len()));
        }
        if let Some(entity) = &self.filter.entity {
            params.push(entity);
            sql.push_str(&format!(" AND entity = ${}", params.len()));
        }
        match &self.filter.assignee {
            Some(name) if name.is_empty() => sql.push_str(" AND assignee IS NULL"),
            Some(name) => {
                params.push(name);
                sql.push_str(&format!(" AND assignee = ${}", params.len()));
            }
            None => {}
        }
        if let Some(min) = &self.filter.min_score {
            params.push(min);
            sql.push_str(&format!(" AND score >= ${}", params.len()));
        }
        if let Some(prefix) = &self.list_prefix {
            params.push(prefix);
            sql.push_str(&format!(
                " AND substr(entity, 1, {}) = ${}",
                prefix.chars().count(),
                params.len()
            ));
        }
        if let Some(programme) = &self.filter.programme {
            params.push(programme);
            sql.push_str(&format!(
                " AND id IN (SELECT alert_id FROM alert_programmes WHERE programme = ${})",
                params.len()
            ));
        }
        if let Some(after) = &self.filter.created_after {
            params.push(after);
            sql.push_str(&format!(" AND created >= ${}", params.len()));
        }
        if let Some(before) = &self.filter.created_before {
            params.push(before);
            sql.push_str(&format!(" AND created < ${}", params.len()));
        }
        if let (true, Some(cursor)) = (paged, &self.filter.cursor) {
            self.push_cursor(cursor, &mut sql, &mut params);
        }
        (sql, params)
    }

    /// The condition of the alerts after a cursor, in the filter's sort order.
    fn push_cursor(
        &'a self,
        cursor: &'a AlertCursor,
        sql: &mut String,
        params: &mut Vec<&'a (dyn ToSql + Sync)>,
    ) {
        match self.filter.sort {
            AlertSort::Newest | AlertSort::Oldest => {
                params.push(&cursor.id);
                let op = if self.filter.sort == AlertSort::Newest {
                    "<"
                } else {
                    ">"
                };
                sql.push_str(&format!(" AND id {op} ${}", params.len()));
            }
            AlertSort::Score => {
                params.push(&cursor.score);
                let score = params.len();
                params.push(&cursor.id);
                let id = params.len();
                sql.push_str(&format!(
                    " AND (score < ${score} OR (score = ${score} AND id < ${id}))"
                ));
            }
        }
    }
}

fn alert(row: &Row) -> Result<Alert> {
    let ctx = "reading an alert";
    Ok(Alert {
        id: row.try_get(0).ctx(ctx)?,
        created: row.try_get(1).ctx(ctx)?,
        status: status_col(row, 2)?,
        reference: row.try_get(3).ctx(ctx)?,
        query: row.try_get(4).ctx(ctx)?,
        entity: row.try_get(5).ctx(ctx)?,
        entity_name: row.try_get(6).ctx(ctx)?,
        score: row.try_get(7).ctx(ctx)?,
        screening_id: row.try_get(8).ctx(ctx)?,
        entity_fingerprint: row.try_get(9).ctx(ctx)?,
        entity_snapshot: row.try_get(10).ctx(ctx)?,
        reason: row.try_get(11).ctx(ctx)?,
        delisted: row.try_get(12).ctx(ctx)?,
        assignee: row.try_get(13).ctx(ctx)?,
        proposal: match row.try_get::<_, Option<String>>(14).ctx(ctx)? {
            Some(actor) => Some(Proposal {
                actor,
                comment: row
                    .try_get::<_, Option<String>>(15)
                    .ctx(ctx)?
                    .unwrap_or_default(),
                time: row.try_get::<_, Option<i64>>(16).ctx(ctx)?.unwrap_or(0),
            }),
            None => None,
        },
        programmes: programmes_col(row.try_get(17).ctx(ctx)?),
        decisions: Vec::new(),
    })
}

fn decision(row: &Row) -> Result<Decision> {
    let ctx = "reading a decision";
    Ok(Decision {
        id: row.try_get(0).ctx(ctx)?,
        alert_id: row.try_get(1).ctx(ctx)?,
        status: status_col(row, 2)?,
        comment: row.try_get(3).ctx(ctx)?,
        actor: row.try_get(4).ctx(ctx)?,
        time: row.try_get(5).ctx(ctx)?,
    })
}

/// `(status, Suppression)` from columns `status, decision id, alert id, fingerprint, snapshot`
/// starting at `at`.
fn suppression(row: &Row, at: usize) -> Result<(AlertStatus, Suppression)> {
    let ctx = "reading a decision";
    Ok((
        status_col(row, at)?,
        Suppression {
            decision_id: row.try_get(at + 1).ctx(ctx)?,
            alert_id: row.try_get(at + 2).ctx(ctx)?,
            entity_fingerprint: row.try_get(at + 3).ctx(ctx)?,
            entity_snapshot: row.try_get(at + 4).ctx(ctx)?,
        },
    ))
}

impl AlertTx for Transaction<'_> {
    fn queued_alert(&mut self, reference: &str, entity: &str) -> Result<Option<i64>> {
        self.query_opt(
            "SELECT id FROM alerts WHERE reference = $1 AND entity = $2
             AND status IN ('open', 'escalated') ORDER BY id DESC LIMIT 1",
            &[&reference, &entity],
        )
        .and_then(|r| r.map(|r| r.try_get(0)).transpose())
        .ctx("looking for an alert in the queue")
    }

    fn insert_alert(
        &mut self,
        input: &AlertInput,
        screening_id: &str,
        created: Millis,
    ) -> Result<i64> {
        self.query_one(
            "INSERT INTO alerts (created, status, reference, query, entity, entity_name, score,
                                 screening_id, entity_fingerprint, entity_snapshot, reason)
             VALUES ($1, 'open', $2, $3, $4, $5, $6, $7, $8, $9, $10)
             RETURNING id",
            &[
                &created,
                &input.reference,
                &input.query,
                &input.entity,
                &input.entity_name,
                &input.score,
                &screening_id,
                &input.entity_fingerprint,
                &input.entity_snapshot,
                &input.reason,
            ],
        )
        .and_then(|r| r.try_get(0))
        .ctx("opening an alert")
    }

    fn insert_programmes(&mut self, alert_id: i64, programmes: &[String]) -> Result<()> {
        for programme in programmes {
            self.execute(
                "INSERT INTO alert_programmes (alert_id, programme) VALUES ($1, $2)
                 ON CONFLICT DO NOTHING",
                &[&alert_id, programme],
            )
            .ctx("recording an alert's programmes")?;
        }
        Ok(())
    }

    fn link_screening(&mut self, link: &Link<'_>) -> Result<()> {
        self.execute(
            "INSERT INTO screening_alerts
                 (screening_id, position, outcome, alert_id, decision_id, reference, entity, time)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &link.screening_id,
                &link.position,
                &link.outcome_name(),
                &link.alert_id(),
                &link.decision_id(),
                &link.reference,
                &link.entity,
                &link.time,
            ],
        )
        .map(drop)
        .ctx("linking a screening to its alerts")
    }

    fn alert_row(&mut self, id: i64) -> Result<Option<Alert>> {
        self.query_opt(
            &format!("SELECT {ALERT_COLS} FROM alerts WHERE id = $1"),
            &[&id],
        )
        .ctx("reading an alert")?
        .as_ref()
        .map(alert)
        .transpose()
    }

    fn alert_rows(&mut self, filter: &AlertFilter) -> Result<Vec<Alert>> {
        let limit = i64::try_from(filter.limit).unwrap_or(i64::MAX);
        let owned = FilterParams::of(filter);
        let (clause, mut params) = owned.clause(true);
        let mut sql = format!(
            "SELECT {ALERT_COLS} FROM alerts WHERE {clause} ORDER BY {}",
            filter.sort.order_by()
        );
        if filter.limit > 0 {
            params.push(&limit);
            sql.push_str(&format!(" LIMIT ${}", params.len()));
        }
        self.query(&sql, &params)
            .ctx("listing alerts")?
            .iter()
            .map(alert)
            .collect()
    }

    fn alert_count(&mut self, filter: &AlertFilter) -> Result<i64> {
        let owned = FilterParams::of(filter);
        let (clause, params) = owned.clause(false);
        self.query_one(
            &format!("SELECT COUNT(*) FROM alerts WHERE {clause}"),
            &params,
        )
        .and_then(|r| r.try_get(0))
        .ctx("counting alerts")
    }

    fn set_assignee(&mut self, id: i64, assignee: Option<&str>) -> Result<()> {
        self.execute(
            "UPDATE alerts SET assignee = $2 WHERE id = $1",
            &[&id, &assignee],
        )
        .map(drop)
        .ctx("assigning an alert")
    }

    fn set_proposal(&mut self, id: i64, proposal: Option<&Proposal>) -> Result<()> {
        let (by, comment, time) = (
            proposal.map(|p| p.actor.as_str()),
            proposal.map(|p| p.comment.as_str()),
            proposal.map(|p| p.time),
        );
        self.execute(
            "UPDATE alerts SET proposed_by = $2, proposed_comment = $3, proposed_time = $4
             WHERE id = $1",
            &[&id, &by, &comment, &time],
        )
        .map(drop)
        .ctx("recording a true-match proposal")
    }

    fn decisions_of(&mut self, alert_ids: &[i64]) -> Result<Vec<Decision>> {
        if alert_ids.is_empty() {
            return Ok(Vec::new());
        }
        let ids = alert_ids.to_vec();
        self.query(
            "SELECT id, alert_id, status, comment, actor, time FROM decisions
             WHERE alert_id = ANY($1) ORDER BY id",
            &[&ids],
        )
        .ctx("reading decisions")?
        .iter()
        .map(decision)
        .collect()
    }

    fn decision_exists(&mut self, id: i64) -> Result<bool> {
        self.query_opt("SELECT 1 FROM decisions WHERE id = $1", &[&id])
            .map(|r| r.is_some())
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
        self.query_one(
            "INSERT INTO decisions (alert_id, status, comment, actor, time)
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
            &[&alert_id, &status.as_str(), &comment, &actor, &time],
        )
        .and_then(|r| r.try_get(0))
        .ctx("recording a decision")
    }

    fn set_alert_status(&mut self, id: i64, status: AlertStatus) -> Result<()> {
        self.execute(
            "UPDATE alerts SET status = $2 WHERE id = $1",
            &[&id, &status.as_str()],
        )
        .map(drop)
        .ctx("updating an alert's status")
    }

    fn latest_decision(
        &mut self,
        reference: &str,
        entity: &str,
    ) -> Result<Option<(AlertStatus, Suppression)>> {
        self.query_opt(
            "SELECT d.status, d.id, d.alert_id, a.entity_fingerprint, a.entity_snapshot
             FROM decisions d JOIN alerts a ON a.id = d.alert_id
             WHERE a.reference = $1 AND a.entity = $2
             ORDER BY d.id DESC LIMIT 1",
            &[&reference, &entity],
        )
        .ctx("reading the latest decision")?
        .map(|r| suppression(&r, 0))
        .transpose()
    }

    fn false_positive_pairs(&mut self) -> Result<Vec<(String, String, Suppression)>> {
        self.query(
            r#"SELECT reference, entity, status, id, alert_id, entity_fingerprint, entity_snapshot
             FROM (SELECT a.reference, a.entity, d.status, d.id, d.alert_id,
                          a.entity_fingerprint, a.entity_snapshot,
                          ROW_NUMBER() OVER (PARTITION BY a.reference, a.entity
                                             ORDER BY d.id DESC) AS rn
                   FROM decisions d JOIN alerts a ON a.id = d.alert_id
                   WHERE a.reference IS NOT NULL) latest
             WHERE rn = 1 AND status = 'false_positive'
             ORDER BY reference COLLATE "C", entity COLLATE "C""#,
            &[],
        )
        .ctx("listing suppressions")?
        .iter()
        .map(|r| {
            let ctx = "reading a suppression";
            Ok((
                r.try_get(0).ctx(ctx)?,
                r.try_get(1).ctx(ctx)?,
                suppression(r, 2)?.1,
            ))
        })
        .collect()
    }

    fn daily_counts(&mut self, since_day: i64) -> Result<Vec<[i64; 6]>> {
        let ctx = "counting alerts per day";
        let sql = daily_counts_sql("$1::BIGINT");
        self.query(&sql, &[&since_day])
            .ctx(ctx)?
            .iter()
            .map(|r| {
                let mut row = [0_i64; 6];
                for (i, v) in row.iter_mut().enumerate() {
                    *v = r.try_get(i).ctx(ctx)?;
                }
                Ok(row)
            })
            .collect()
    }

    fn insert_note(&mut self, alert_id: i64, actor: &str, time: Millis, text: &str) -> Result<i64> {
        self.query_one(
            "INSERT INTO alert_notes (alert_id, actor, time, text) VALUES ($1, $2, $3, $4)
             RETURNING id",
            &[&alert_id, &actor, &time, &text],
        )
        .and_then(|r| r.try_get(0))
        .ctx("adding a note")
    }

    fn notes_of(&mut self, alert_id: i64) -> Result<Vec<AlertNote>> {
        let ctx = "reading notes";
        self.query(
            "SELECT id, alert_id, actor, time, text FROM alert_notes
             WHERE alert_id = $1 ORDER BY id",
            &[&alert_id],
        )
        .ctx(ctx)?
        .iter()
        .map(|r| {
            Ok(AlertNote {
                id: r.try_get(0).ctx(ctx)?,
                alert_id: r.try_get(1).ctx(ctx)?,
                actor: r.try_get(2).ctx(ctx)?,
                time: r.try_get(3).ctx(ctx)?,
                text: r.try_get(4).ctx(ctx)?,
            })
        })
        .collect()
    }

    fn programme_counts(&mut self) -> Result<Vec<(String, i64)>> {
        let ctx = "counting alerts per programme";
        self.query(
            "SELECT programme, COUNT(*) FROM alert_programmes GROUP BY programme",
            &[],
        )
        .ctx(ctx)?
        .iter()
        .map(|r| Ok((r.try_get(0).ctx(ctx)?, r.try_get(1).ctx(ctx)?)))
        .collect()
    }

    fn status_counts(&mut self) -> Result<Vec<(AlertStatus, i64)>> {
        self.query("SELECT status, COUNT(*) FROM alerts GROUP BY status", &[])
            .ctx("counting alerts")?
            .iter()
            .map(|r| Ok((status_col(r, 0)?, r.try_get(1).ctx("counting alerts")?)))
            .collect()
    }
}
