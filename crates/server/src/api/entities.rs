//! `GET /v1/entities/{key}`: one listed entity, the list version it is on, its history
//! across the stored versions of that list, and the alerts raised on it.

use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::lists::{fingerprint, VersionRef};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use nomina_model::Source;
use nomina_registry::DataDir;
use nomina_store::{AlertFilter, Role};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

/// An entity and its context.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EntityResponse {
    /// The entity in nomina's model (names, dates, places, identifiers, addresses…).
    #[schema(value_type = Object)]
    pub entity: Value,
    /// The list version in force it comes from.
    pub list: VersionRef,
    /// The entity in each stored version of its list, oldest first.
    pub history: Vec<HistoryEntry>,
    /// The party the listing belongs to when other lists list it too: its id, every
    /// listing, and the rule that linked each pair.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub party: Option<nomina_registry::parties::Party>,
    /// Alerts raised on this entity, newest first: only for analyst and admin keys, since
    /// they carry customer references, analysts' comments and key names. Absent for a
    /// screening key.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Vec<Object>>)]
    pub alerts: Option<Vec<Value>>,
}

/// The entity in one stored list version.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct HistoryEntry {
    /// Version directory name, or `bundled`.
    pub version: String,
    /// Publication date of that version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// When nomina retrieved it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub retrieved_at: Option<String>,
    /// `added`, `changed`, `unchanged`, `removed`, `absent` relative to the version before.
    pub status: String,
    /// Whether this version is the one in force.
    pub in_force: bool,
}

/// Show one listed entity.
#[utoipa::path(
    get,
    path = "/v1/entities/{key}",
    tag = "lists",
    params(("key" = String, Path, description = "Entity key, e.g. `un:QDi.422`")),
    responses(
        (status = 200, description = "The entity", body = EntityResponse),
        (status = 404, description = "No entity with that key in the lists in force", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn entity(
    State(state): State<AppState>,
    caller: Caller,
    Path(key): Path<String>,
) -> Result<Json<EntityResponse>, ApiError> {
    caller.require(Role::Screen)?;
    let lists = state.lists.load_full();
    let Some(set) = lists.set.clone() else {
        return Err(ApiError::unavailable("the lists are not loaded"));
    };
    let (entity, list) = set
        .entity(&key)
        .ok_or_else(|| ApiError::not_found(format!("no entity {key:?} in the lists in force")))?;
    let entity_json = serde_json::to_value(entity).unwrap_or(Value::Null);
    let version = VersionRef::of(&list.snapshot.version);
    let source = entity.source.clone();
    let current_fp = fingerprint(entity);
    let in_force_sha = list.snapshot.version.sha256.clone();
    let data_dir = state.config.data_dir.clone();
    let store = state.store.clone();
    let key2 = entity.key.clone();
    let sees_alerts = caller.require(Role::Analyst).is_ok();
    let (history, alerts) = blocking(move || {
        let history = history(
            &data_dir,
            &source,
            &key2,
            &in_force_sha,
            &current_fp,
            &version,
        );
        let alerts = if sees_alerts {
            Some(store.alerts(&AlertFilter {
                entity: Some(key2),
                limit: 100,
                ..AlertFilter::default()
            })?)
        } else {
            None
        };
        Ok((history, alerts))
    })
    .await?;
    Ok(Json(EntityResponse {
        entity: entity_json,
        list: VersionRef::of(&list.snapshot.version),
        history,
        party: set.parties.of(&entity.key).cloned(),
        alerts: alerts.map(|a| a.iter().map(crate::api::alerts::alert_json).collect()),
    }))
}

/// Entity key → fingerprint, per stored version directory (versions never change once
/// stored, so this is computed once per version per process).
type VersionPrints = Arc<HashMap<String, String>>;

fn prints_cache() -> &'static Mutex<HashMap<PathBuf, VersionPrints>> {
    static CACHE: OnceLock<Mutex<HashMap<PathBuf, VersionPrints>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

fn version_prints(dir: &std::path::Path) -> Option<VersionPrints> {
    if let Ok(cache) = prints_cache().lock() {
        if let Some(p) = cache.get(dir) {
            return Some(p.clone());
        }
    }
    let snapshot = nomina_registry::store::load_version(dir).ok()?;
    let prints: HashMap<String, String> = snapshot
        .entities
        .iter()
        .map(|e| (e.key.clone(), fingerprint(e)))
        .collect();
    let prints = Arc::new(prints);
    if let Ok(mut cache) = prints_cache().lock() {
        cache.insert(dir.to_path_buf(), prints.clone());
    }
    Some(prints)
}

fn history(
    data_dir: &std::path::Path,
    source: &Source,
    key: &str,
    in_force_sha: &str,
    current_fp: &str,
    current: &VersionRef,
) -> Vec<HistoryEntry> {
    let dir = DataDir::new(data_dir);
    let versions = dir.versions(source).unwrap_or_default();
    let mut out = Vec::new();
    let mut before: Option<String> = None;
    let mut seen_in_force = false;
    for (name, manifest) in versions {
        let Some(prints) = version_prints(&dir.version_dir(source, &name)) else {
            continue;
        };
        let now = prints.get(key).cloned();
        let status = match (&before, &now) {
            (None, Some(_)) => "added",
            (Some(a), Some(b)) if a == b => "unchanged",
            (Some(_), Some(_)) => "changed",
            (Some(_), None) => "removed",
            (None, None) => "absent",
        };
        let in_force = manifest.sha256 == in_force_sha;
        seen_in_force |= in_force;
        out.push(HistoryEntry {
            version: name,
            published: manifest.published.map(|d| d.to_string()),
            retrieved_at: Some(manifest.retrieved_at.clone()),
            status: status.into(),
            in_force,
        });
        before = now;
    }
    if !seen_in_force {
        // The version in force is not a stored one (bundled default or a --list file).
        let status = match &before {
            None => "added",
            Some(fp) if fp == current_fp => "unchanged",
            Some(_) => "changed",
        };
        out.push(HistoryEntry {
            version: "in force (not stored)".into(),
            published: current.published.clone(),
            retrieved_at: None,
            status: status.into(),
            in_force: true,
        });
    }
    out
}
