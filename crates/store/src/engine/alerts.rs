//! Screenings, alerts, decisions and suppression.

use super::{audit, Backend, Link, Mode, Tx};
use crate::{
    now_millis, Alert, AlertFilter, AlertInput, AlertOutcome, AlertStatus, DailyVolume, Decision,
    Millis, NewAuditRecord, Result, ScreeningRecord, StoreError,
};

/// Every status, in the order counts are reported.
const STATUSES: [AlertStatus; 4] = [
    AlertStatus::Open,
    AlertStatus::Escalated,
    AlertStatus::TrueMatch,
    AlertStatus::FalsePositive,
];

fn validate_input(input: &AlertInput) -> Result<()> {
    if !input.score.is_finite() {
        return Err(StoreError::Invalid(format!(
            "hit on {} has a score that is not a number: {}",
            input.entity, input.score
        )));
    }
    if input.entity.trim().is_empty() {
        return Err(StoreError::Invalid("hit without an entity key".into()));
    }
    Ok(())
}

/// The programmes of a listed entity's snapshot (its JSON `programmes`), trimmed, without
/// blanks and repeats, sorted; none for an empty or unreadable snapshot. Migration 7 reads
/// old alerts' snapshots the same way.
pub(crate) fn snapshot_programmes(snapshot: &str) -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Listed {
        #[serde(default)]
        programmes: Vec<String>,
    }
    let listed: Option<Listed> = serde_json::from_str(snapshot).ok();
    let mut out: Vec<String> = listed
        .map(|l| l.programmes)
        .unwrap_or_default()
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The programmes column of an alert row (`\u{1f}`-separated), sorted.
pub(crate) fn programmes_col(joined: Option<String>) -> Vec<String> {
    let mut out: Vec<String> = joined
        .unwrap_or_default()
        .split(PROGRAMME_SEPARATOR)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    out.sort();
    out
}

/// What separates an alert row's programmes in one column (unit separator: never in a
/// programme's name).
pub(crate) const PROGRAMME_SEPARATOR: char = '\u{1f}';

/// Suppressed, joined to a queued alert of the same pair, or a new alert; plus the link.
pub(super) fn place(
    tx: &mut dyn Tx,
    input: &AlertInput,
    screening_id: &str,
    position: usize,
    now: Millis,
) -> Result<AlertOutcome> {
    let outcome = if let Some(decision_id) = input.suppressed_by {
        if !tx.decision_exists(decision_id)? {
            return Err(StoreError::Invalid(format!(
                "hit on {} is suppressed by decision {decision_id}, which does not exist",
                input.entity
            )));
        }
        AlertOutcome::Suppressed { decision_id }
    } else {
        let queued = match &input.reference {
            Some(reference) => tx.queued_alert(reference, &input.entity)?,
            None => None,
        };
        match queued {
            Some(alert_id) => AlertOutcome::AlreadyOpen { alert_id },
            None => {
                let alert_id = tx.insert_alert(input, screening_id, now)?;
                tx.insert_programmes(alert_id, &snapshot_programmes(&input.entity_snapshot))?;
                AlertOutcome::Opened { alert_id }
            }
        }
    };
    tx.link_screening(&Link {
        screening_id,
        position: i64::try_from(position).unwrap_or(i64::MAX),
        outcome,
        reference: input.reference.as_deref(),
        entity: &input.entity,
        time: now,
    })?;
    Ok(outcome)
}

/// The screening's audit record (subject defaulting to its id), checked with its alerts.
pub(super) fn prepare_screening(record: &ScreeningRecord) -> Result<NewAuditRecord> {
    if record.id.trim().is_empty() {
        return Err(StoreError::Invalid("screening without an id".into()));
    }
    let mut entry = record.audit.clone();
    if entry.subject.is_none() {
        entry.subject = Some(record.id.clone());
    }
    audit::validate(&entry)?;
    for input in &record.alerts {
        validate_input(input)?;
    }
    Ok(entry)
}

/// Appends a prepared screening's audit record and places its alerts.
pub(super) fn place_screening(
    tx: &mut dyn Tx,
    keying: &crate::anchor::Keying,
    record: &ScreeningRecord,
    entry: &NewAuditRecord,
    now: Millis,
) -> Result<Vec<AlertOutcome>> {
    audit::append(tx, keying, entry)?;
    record
        .alerts
        .iter()
        .enumerate()
        .map(|(i, input)| place(tx, input, &record.id, i, now))
        .collect()
}

/// The screening's audit record (subject defaulting to its id), then its alerts.
pub(super) fn record_screening(
    backend: &impl Backend,
    record: &ScreeningRecord,
) -> Result<Vec<AlertOutcome>> {
    let entry = prepare_screening(record)?;
    backend.run(Mode::Chain, |tx| {
        place_screening(tx, backend.keying(), record, &entry, now_millis())
    })
}

/// Opens alerts outside a screening, one `alert.reopen` record per alert opened.
pub(super) fn open_alerts(
    backend: &impl Backend,
    inputs: &[AlertInput],
    screening_id: &str,
    actor: &str,
) -> Result<Vec<AlertOutcome>> {
    if screening_id.trim().is_empty() {
        return Err(StoreError::Invalid(
            "alerts opened without a screening id".into(),
        ));
    }
    for input in inputs {
        validate_input(input)?;
    }
    backend.run(Mode::Chain, |tx| {
        let now = now_millis();
        let mut outcomes = Vec::with_capacity(inputs.len());
        for (i, input) in inputs.iter().enumerate() {
            let outcome = place(tx, input, screening_id, i, now)?;
            if let AlertOutcome::Opened { alert_id } = outcome {
                let payload = serde_json::json!({
                    "alert_id": alert_id,
                    "screening_id": screening_id,
                    "reference": input.reference,
                    "entity": input.entity,
                    "entity_name": input.entity_name,
                    "score": input.score,
                    "entity_fingerprint": input.entity_fingerprint,
                    "reason": input.reason,
                });
                audit::append(
                    tx,
                    backend.keying(),
                    &NewAuditRecord {
                        kind: "alert.reopen".into(),
                        actor: actor.to_string(),
                        subject: Some(alert_id.to_string()),
                        payload: payload.to_string(),
                    },
                )?;
            }
            outcomes.push(outcome);
        }
        Ok(outcomes)
    })
}

/// Records a decision, sets the alert's status and appends `decision`.
pub(super) fn decide(
    backend: &impl Backend,
    alert_id: i64,
    status: AlertStatus,
    comment: &str,
    actor: &str,
) -> Result<Decision> {
    match status {
        AlertStatus::Open => {
            return Err(StoreError::Invalid(
                "a decision sets true_match, false_positive or escalated, not open".into(),
            ))
        }
        AlertStatus::TrueMatch | AlertStatus::FalsePositive if comment.trim().is_empty() => {
            return Err(StoreError::Invalid(format!(
                "a {} decision needs a comment saying why",
                status.as_str()
            )))
        }
        _ => {}
    }
    backend.run(Mode::Chain, |tx| {
        let alert = tx
            .alert_row(alert_id)?
            .ok_or_else(|| StoreError::NotFound(format!("alert {alert_id}")))?;
        let time = now_millis();
        let id = tx.insert_decision(alert_id, status, comment, actor, time)?;
        tx.set_alert_status(alert_id, status)?;
        let payload = serde_json::json!({
            "decision_id": id,
            "alert_id": alert_id,
            "entity": alert.entity,
            "reference": alert.reference,
            "status": status.as_str(),
            "previous_status": alert.status.as_str(),
            "comment": comment,
        });
        audit::append(
            tx,
            backend.keying(),
            &NewAuditRecord {
                kind: "decision".into(),
                actor: actor.to_string(),
                subject: Some(alert_id.to_string()),
                payload: payload.to_string(),
            },
        )?;
        Ok(Decision {
            id,
            alert_id,
            status,
            comment: comment.to_string(),
            actor: actor.to_string(),
            time,
        })
    })
}

fn attach_decisions(tx: &mut dyn Tx, alerts: &mut [Alert]) -> Result<()> {
    let index: std::collections::HashMap<i64, usize> =
        alerts.iter().enumerate().map(|(i, a)| (a.id, i)).collect();
    let ids: Vec<i64> = alerts.iter().map(|a| a.id).collect();
    let mut decisions = tx.decisions_of(&ids)?;
    decisions.sort_by_key(|d| d.id);
    for d in decisions {
        if let Some(&i) = index.get(&d.alert_id) {
            alerts[i].decisions.push(d);
        }
    }
    Ok(())
}

/// Alerts matching a filter, newest first, with their decisions.
pub(super) fn list(tx: &mut dyn Tx, filter: &AlertFilter) -> Result<Vec<Alert>> {
    let mut alerts = tx.alert_rows(filter)?;
    attach_decisions(tx, &mut alerts)?;
    Ok(alerts)
}

/// One alert with its decisions.
pub(super) fn one(tx: &mut dyn Tx, id: i64) -> Result<Alert> {
    let alert = tx
        .alert_row(id)?
        .ok_or_else(|| StoreError::NotFound(format!("alert {id}")))?;
    let mut alerts = [alert];
    attach_decisions(tx, &mut alerts)?;
    let [alert] = alerts;
    Ok(alert)
}

/// A count for every status, zero included.
pub(super) fn all_statuses(counts: &[(AlertStatus, i64)]) -> Vec<(AlertStatus, u64)> {
    STATUSES
        .iter()
        .map(|s| {
            let n = counts
                .iter()
                .filter(|(c, _)| c == s)
                .map(|(_, n)| *n)
                .sum::<i64>();
            (*s, u64::try_from(n).unwrap_or(0))
        })
        .collect()
}

/// The SQL of [`super::AlertTx::daily_counts`], the same on both backends but for the
/// placeholder of the first day (`since`): alerts and decisions bucketed by UTC day.
pub(crate) fn daily_counts_sql(since: &str) -> String {
    let day = crate::DAY_MILLIS;
    format!(
        "SELECT day, SUM(opened), SUM(true_match), SUM(false_positive), SUM(escalated), \
         SUM(still_open) FROM ( \
         SELECT created / {day} AS day, 1 AS opened, 0 AS true_match, 0 AS false_positive, \
                0 AS escalated, CASE WHEN status = 'open' THEN 1 ELSE 0 END AS still_open \
         FROM alerts WHERE created >= {since} * {day} \
         UNION ALL \
         SELECT time / {day}, 0, \
                CASE WHEN status = 'true_match' THEN 1 ELSE 0 END, \
                CASE WHEN status = 'false_positive' THEN 1 ELSE 0 END, \
                CASE WHEN status = 'escalated' THEN 1 ELSE 0 END, 0 \
         FROM decisions WHERE time >= {since} * {day}) counted \
         GROUP BY day ORDER BY day"
    )
}

/// A row of [`daily_counts_sql`] as a [`DailyVolume`].
pub(super) fn daily_volume(row: &[i64; 6]) -> DailyVolume {
    let n = |v: i64| u64::try_from(v).unwrap_or(0);
    DailyVolume {
        day: row[0],
        opened: n(row[1]),
        true_match: n(row[2]),
        false_positive: n(row[3]),
        escalated: n(row[4]),
        open: n(row[5]),
    }
}
