//! Loading and reloading the lists in force, and what a new list version sets off:
//! re-opening alerts whose false-positive suppression no longer holds because the listed
//! entity changed (ongoing monitoring).
//!
//! A reload parses and indexes the new set on a blocking thread while screenings go on
//! against the old one, then swaps it in with one atomic store. A failed reload leaves
//! the old set in force and is reported on `/readyz`, `/v1/lists` and in the audit log.

use crate::error::{blocking, ApiError};
use crate::lists::{fingerprint_json, ListSet, ListState, VersionRef};
use crate::metrics::{SourceLabels, StatusLabels};
use crate::state::AppState;
use nomina_model::Entity;
use nomina_store::{now_millis, AlertInput, NewAuditRecord};
use serde::Serialize;
use std::sync::Arc;

/// What a reload did.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReloadReport {
    /// Versions in force before (empty at start-up).
    pub before: Vec<VersionRef>,
    /// Versions in force now.
    pub after: Vec<VersionRef>,
    /// Entities in force now.
    pub entities: usize,
    /// Milliseconds spent parsing and indexing.
    pub build_ms: u64,
    /// Alerts re-opened because a suppressed entity changed.
    pub reopened_alerts: Vec<i64>,
    /// The customer base's re-screening this change set off, if any (see
    /// `docs/monitoring.md`).
    #[schema(value_type = Option<Object>)]
    pub monitoring_run: Option<nomina_store::MonitoringRun>,
}

/// Loads the lists in force and swaps them in. `actor` and `why` go into the audit record.
pub async fn reload(state: &AppState, actor: &str, why: &str) -> Result<ReloadReport, ApiError> {
    let _guard = state.reload_lock.lock().await;
    let opts = state.config.registry.clone();
    let judgements_file = state
        .config
        .data_dir
        .join(nomina_registry::parties::judgements::JUDGEMENTS_FILE);
    let started = std::time::Instant::now();
    let loaded = blocking(move || {
        let lists = nomina_registry::load_in_force(&opts)
            .map_err(|e| ApiError::unavailable(format!("cannot load the lists in force: {e}")))?;
        // Parties are never grouped without the analysts' splits: a bad file fails the load.
        let judgements =
            nomina_registry::parties::Judgements::load(&judgements_file).map_err(|e| {
                ApiError::unavailable(format!("cannot read the parties judgements: {e}"))
            })?;
        Ok(ListSet::build_with(lists, now_millis(), &judgements))
    })
    .await;
    let old = state.lists.load_full();
    let set = match loaded {
        Ok(set) => Arc::new(set),
        Err(e) => {
            tracing::error!(error = %e.message, "list reload failed; the previous lists stay in force");
            state.lists.store(Arc::new(ListState {
                set: old.set.clone(),
                last_error: Some(e.message.clone()),
                last_error_at: Some(now_millis()),
            }));
            state
                .metrics
                .reloads
                .get_or_create(&StatusLabels {
                    status: "failed".into(),
                })
                .inc();
            let payload = serde_json::json!({ "why": why, "error": e.message });
            let store = state.store.clone();
            let actor = actor.to_string();
            let _ = blocking(move || {
                Ok(store.append_audit(NewAuditRecord {
                    kind: "lists.reload_failed".into(),
                    actor,
                    subject: None,
                    payload: payload.to_string(),
                })?)
            })
            .await;
            update_list_metrics(state);
            return Err(e);
        }
    };
    let before = old.set.as_ref().map(|s| s.versions()).unwrap_or_default();
    let after = set.versions();
    let build_ms = started.elapsed().as_millis() as u64;
    state.lists.store(Arc::new(ListState {
        set: Some(set.clone()),
        last_error: None,
        last_error_at: None,
    }));
    state
        .metrics
        .reloads
        .get_or_create(&StatusLabels {
            status: "ok".into(),
        })
        .inc();
    update_list_metrics(state);
    tracing::info!(entities = set.entity_count(), build_ms, "lists in force");

    let changed = before != after;
    let reopened = if changed {
        monitor(state, &set, actor).await.unwrap_or_else(|e| {
            tracing::error!(error = %e.message, "re-checking suppressed alerts failed");
            Vec::new()
        })
    } else {
        Vec::new()
    };
    let monitoring_run = if changed {
        rescreen_customers(state, &set, old.set.clone(), actor).await
    } else {
        None
    };
    if changed {
        let payload = serde_json::json!({
            "why": why,
            "before": before,
            "after": after,
            "entities": set.entity_count(),
            "reopened_alerts": reopened,
        });
        let store = state.store.clone();
        let actor = actor.to_string();
        blocking(move || {
            Ok(store.append_audit(NewAuditRecord {
                kind: "lists.reload".into(),
                actor,
                subject: None,
                payload: payload.to_string(),
            })?)
        })
        .await?;
    }
    Ok(ReloadReport {
        before,
        after,
        entities: set.entity_count(),
        build_ms,
        reopened_alerts: reopened,
        monitoring_run,
    })
}

/// Re-screens the customer base after a list change (a delta run when the last run's
/// versions can be found): a failure is logged and reported on `/readyz` as a failed
/// write, never undoing the reload.
async fn rescreen_customers(
    state: &AppState,
    set: &Arc<ListSet>,
    old: Option<Arc<ListSet>>,
    actor: &str,
) -> Option<nomina_store::MonitoringRun> {
    let store = state.store.clone();
    let set = set.clone();
    let registry = state.config.registry.clone();
    let opts = crate::monitoring::run::RunOptions {
        threshold: state.config.alert_threshold,
        actor: actor.to_string(),
        customer_index: Some(state.config.customer_index()),
    };
    let result = blocking(move || {
        Ok(crate::monitoring::run::after_list_change(
            &*store,
            &set,
            old.as_deref(),
            &registry,
            &opts,
        )?)
    })
    .await;
    match crate::api::screen::note_write(state, result.map_err(|e| e.message)) {
        Ok(run) => run,
        Err(e) => {
            tracing::error!(error = %e, "re-screening the customer base failed");
            None
        }
    }
}

/// Re-opens an alert for every suppressed (reference, entity) pair whose entity changed
/// in the new lists, saying what changed.
async fn monitor(state: &AppState, set: &Arc<ListSet>, actor: &str) -> Result<Vec<i64>, ApiError> {
    let store = state.store.clone();
    let set = set.clone();
    let actor = actor.to_string();
    blocking(move || {
        let mut inputs = Vec::new();
        for (reference, key, sup) in store.suppressions()? {
            let Some((entity, _)) = set.entity(&key) else {
                continue; // delisted: nothing left to screen against
            };
            let snapshot = serde_json::to_string(entity).unwrap_or_default();
            let fp = fingerprint_json(&snapshot);
            if fp == sup.entity_fingerprint {
                continue;
            }
            let old: Option<Entity> = serde_json::from_str(&sup.entity_snapshot).ok();
            inputs.push(AlertInput {
                reference: Some(reference),
                query: entity.primary_name().to_string(),
                entity: key.clone(),
                entity_name: entity.primary_name().to_string(),
                score: 0.0,
                entity_fingerprint: fp,
                entity_snapshot: snapshot,
                reason: Some(change_reason(old.as_ref(), entity, sup.decision_id)),
                suppressed_by: None,
            });
        }
        if inputs.is_empty() {
            return Ok(Vec::new());
        }
        let outcomes = store.open_alerts(&inputs, "monitoring", &actor)?;
        Ok(outcomes
            .into_iter()
            .filter_map(|o| match o {
                nomina_store::AlertOutcome::Opened { alert_id } => Some(alert_id),
                _ => None,
            })
            .collect())
    })
    .await
}

/// Why a suppressed hit comes back: which fields of the listed entity changed since the
/// false-positive decision.
pub fn change_reason(old: Option<&Entity>, new: &Entity, decision_id: i64) -> String {
    let fields: Vec<String> = match old {
        Some(old) => nomina_lists::diff::entity_changes(old, new)
            .into_iter()
            .map(|c| c.field)
            .collect(),
        None => Vec::new(),
    };
    if fields.is_empty() {
        format!("the listed entity changed since false-positive decision #{decision_id}")
    } else {
        format!(
            "the listed entity changed since false-positive decision #{decision_id}: {} changed",
            fields.join(", ")
        )
    }
}

/// Refreshes the list gauges (age, size, readiness).
pub fn update_list_metrics(state: &AppState) {
    let now = now_millis();
    let lists = state.lists.load();
    if let Some(set) = &lists.set {
        for l in &set.lists {
            let v = &l.snapshot.version;
            let labels = SourceLabels {
                source: v.source.to_string(),
            };
            if let Some(age) = v.published.and_then(|d| crate::lists::age_days(d, now)) {
                state.metrics.list_age_days.get_or_create(&labels).set(age);
            }
            state
                .metrics
                .list_entities
                .get_or_create(&labels)
                .set(l.snapshot.entities.len() as i64);
        }
    }
    let ready = lists.usable(&state.config.max_ages, now).is_ok();
    state.metrics.ready.set(i64::from(ready));
}
