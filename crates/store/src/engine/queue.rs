//! Working the alert queue: assignment, decisions on a selection, and the four-eyes rule for
//! true matches (one analyst proposes, a different one confirms).

use super::{audit, Backend, Mode, Tx};
use crate::{
    now_millis, Alert, AlertAction, AlertNote, AlertStatus, NewAuditRecord, Proposal, Result,
    StoreError, MAX_NOTE_BYTES,
};
use serde_json::json;

/// Applies `action` in one chain transaction: every alert must exist and every change must
/// be allowed, or nothing is written.
pub(super) fn work(backend: &impl Backend, action: &AlertAction, actor: &str) -> Result<()> {
    validate(action)?;
    backend.run(Mode::Chain, |tx| {
        let keying = backend.keying();
        let append = |tx: &mut dyn Tx, kind: &str, id: i64, payload: serde_json::Value| {
            audit::append(
                tx,
                keying,
                &NewAuditRecord {
                    kind: kind.into(),
                    actor: actor.to_string(),
                    subject: Some(id.to_string()),
                    payload: payload.to_string(),
                },
            )
            .map(drop)
        };
        match action {
            AlertAction::Assign { ids, to } => {
                for &id in ids {
                    let alert = row(tx, id)?;
                    tx.set_assignee(id, to.as_deref())?;
                    let payload = json!({
                        "alert_id": id,
                        "assignee": to,
                        "previous_assignee": alert.assignee,
                    });
                    append(tx, "alert.assign", id, payload)?;
                }
            }
            AlertAction::Decide {
                ids,
                status,
                comment,
            } => {
                for &id in ids {
                    let alert = row(tx, id)?;
                    let time = now_millis();
                    let decision_id = tx.insert_decision(id, *status, comment, actor, time)?;
                    tx.set_alert_status(id, *status)?;
                    if alert.pending_confirmation() {
                        // The decision overrides a true match nobody confirmed.
                        tx.set_proposal(id, None)?;
                    }
                    let payload = json!({
                        "decision_id": decision_id,
                        "alert_id": id,
                        "entity": alert.entity,
                        "reference": alert.reference,
                        "status": status.as_str(),
                        "previous_status": alert.status.as_str(),
                        "comment": comment,
                        "selection": ids.len(),
                    });
                    append(tx, "decision", id, payload)?;
                }
            }
            AlertAction::ProposeTrueMatch { id, comment } => {
                let alert = row(tx, *id)?;
                if !matches!(alert.status, AlertStatus::Open | AlertStatus::Escalated) {
                    return Err(StoreError::Conflict(format!(
                        "alert {id} is closed ({}); only a queued alert can be proposed as a \
                         true match",
                        alert.status.as_str()
                    )));
                }
                let proposal = Proposal {
                    actor: actor.to_string(),
                    comment: comment.clone(),
                    time: now_millis(),
                };
                tx.set_proposal(*id, Some(&proposal))?;
                let payload = json!({
                    "alert_id": id,
                    "entity": alert.entity,
                    "reference": alert.reference,
                    "status": "true_match",
                    "comment": comment,
                    "awaiting": "confirmation by a second analyst",
                });
                append(tx, "decision.proposed", *id, payload)?;
            }
            AlertAction::Confirm { id, comment } => {
                let alert = row(tx, *id)?;
                let proposal = match (&alert.proposal, alert.pending_confirmation()) {
                    (Some(p), true) => p.clone(),
                    _ => {
                        return Err(StoreError::Conflict(format!(
                            "alert {id} has no true-match decision awaiting confirmation"
                        )))
                    }
                };
                if proposal.actor == actor {
                    return Err(StoreError::Conflict(format!(
                        "alert {id}: the true match was proposed by {actor}; a different \
                         analyst must confirm it (four eyes)"
                    )));
                }
                let text = if comment.trim().is_empty() {
                    proposal.comment.clone()
                } else {
                    format!("{} — confirmed: {}", proposal.comment, comment.trim())
                };
                let time = now_millis();
                let decision_id =
                    tx.insert_decision(*id, AlertStatus::TrueMatch, &text, actor, time)?;
                tx.set_alert_status(*id, AlertStatus::TrueMatch)?;
                let payload = json!({
                    "decision_id": decision_id,
                    "alert_id": id,
                    "entity": alert.entity,
                    "reference": alert.reference,
                    "status": "true_match",
                    "previous_status": alert.status.as_str(),
                    "comment": text,
                    "proposed_by": proposal.actor,
                    "confirmed_by": actor,
                });
                append(tx, "decision", *id, payload)?;
            }
        }
        Ok(())
    })
}

/// Adds a case note and its `alert.note` audit record in one chain transaction.
pub(super) fn add_note(
    backend: &impl Backend,
    alert_id: i64,
    text: &str,
    actor: &str,
) -> Result<AlertNote> {
    validate_note(text)?;
    backend.run(Mode::Chain, |tx| {
        row(tx, alert_id)?;
        let time = now_millis();
        let id = tx.insert_note(alert_id, actor, time, text)?;
        let payload = json!({ "note_id": id, "alert_id": alert_id, "text": text });
        audit::append(
            tx,
            backend.keying(),
            &NewAuditRecord {
                kind: "alert.note".into(),
                actor: actor.to_string(),
                subject: Some(alert_id.to_string()),
                payload: payload.to_string(),
            },
        )?;
        Ok(AlertNote {
            id,
            alert_id,
            actor: actor.to_string(),
            time,
            text: text.to_string(),
        })
    })
}

/// An existing alert's notes, oldest first.
pub(super) fn notes(tx: &mut dyn Tx, alert_id: i64) -> Result<Vec<AlertNote>> {
    row(tx, alert_id)?;
    tx.notes_of(alert_id)
}

/// A note must say something, in at most [`MAX_NOTE_BYTES`].
fn validate_note(text: &str) -> Result<()> {
    if text.trim().is_empty() {
        return Err(StoreError::Invalid("text: an empty note".into()));
    }
    if text.len() > MAX_NOTE_BYTES {
        return Err(StoreError::Invalid(format!(
            "text: longer than {MAX_NOTE_BYTES} bytes"
        )));
    }
    Ok(())
}

fn row(tx: &mut dyn Tx, id: i64) -> Result<Alert> {
    tx.alert_row(id)?
        .ok_or_else(|| StoreError::NotFound(format!("alert {id}")))
}

fn validate(action: &AlertAction) -> Result<()> {
    let ids = match action {
        AlertAction::Assign { ids, to } => {
            if to.as_deref().is_some_and(|t| t.trim().is_empty()) {
                return Err(StoreError::Invalid(
                    "to: an empty assignee (use none to unassign)".into(),
                ));
            }
            ids
        }
        AlertAction::Decide {
            ids,
            status,
            comment,
        } => {
            match status {
                AlertStatus::FalsePositive if comment.trim().is_empty() => {
                    return Err(StoreError::Invalid(
                        "comment: a false_positive decision needs a comment saying why".into(),
                    ))
                }
                AlertStatus::FalsePositive | AlertStatus::Escalated => {}
                other => {
                    return Err(StoreError::Invalid(format!(
                        "decision: {} cannot be decided on a selection (false_positive or \
                         escalated; a true match is proposed and confirmed alert by alert)",
                        other.as_str()
                    )))
                }
            }
            ids
        }
        AlertAction::ProposeTrueMatch { comment, .. } => {
            if comment.trim().is_empty() {
                return Err(StoreError::Invalid(
                    "comment: a true_match decision needs a comment saying why".into(),
                ));
            }
            return Ok(());
        }
        AlertAction::Confirm { .. } => return Ok(()),
    };
    if ids.is_empty() {
        return Err(StoreError::Invalid("ids: no alert selected".into()));
    }
    let mut seen = std::collections::HashSet::new();
    if let Some(dup) = ids.iter().find(|id| !seen.insert(**id)) {
        return Err(StoreError::Invalid(format!(
            "ids: alert {dup} is selected twice"
        )));
    }
    Ok(())
}
