//! The lists in force, their ages and readiness; diffs between stored versions; reloads.

use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::lists::{age_days, origin_label, stale_reason, Unusable};
use crate::reload::{reload, ReloadReport};
use crate::state::AppState;
use crate::timefmt::format_millis;
use axum::extract::{Query, State};
use axum::Json;
use nomina_registry::DataDir;
use nomina_store::{now_millis, Role};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One list in force.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ListInfo {
    /// `un`, `ofac`, `eu`, `uk` or a custom name.
    pub source: String,
    /// File format read.
    pub format: String,
    /// Publication date, when the list states one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// SHA-256 of the list file(s).
    pub sha256: String,
    /// Entities on the list.
    pub entities: usize,
    /// Where it was loaded from.
    pub origin: String,
    /// When this service loaded it (RFC 3339).
    pub loaded_at: String,
    /// Days since publication.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_days: Option<f64>,
    /// Configured maximum age, days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_age_days: Option<f64>,
    /// True only for a downloaded or given list younger than both its documented maximum
    /// age (`nomina_registry::freshness`, 30 days for the official sources) and the
    /// service's `--max-age`: a bundled snapshot is never fresh.
    pub fresh: bool,
    /// The age verdict against the documented maximum ages: `fresh`, `stale`, `snapshot`
    /// (bundled with nomina, within its maximum age), `undated` or `unchecked` (a custom
    /// list without a maximum). Screening itself refuses only lists older than the
    /// service's `--max-age` (see `problems`).
    #[schema(value_type = String)]
    pub freshness: nomina_registry::freshness::Status,
    /// A snapshot bundled with nomina, not a download.
    pub bundled_snapshot: bool,
    /// Only an excerpt of the real list (the bundled EU file).
    pub excerpt: bool,
}

/// The lists in force and whether screening can run.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ListsResponse {
    /// The lists.
    pub lists: Vec<ListInfo>,
    /// True when screening can run.
    pub ready: bool,
    /// Why not, when not.
    pub problems: Vec<Unusable>,
    /// The last reload failure, if the last reload failed (older lists stay in force).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_reload_error: Option<String>,
}

/// Builds the lists report (shared with `/readyz`).
pub fn lists_report(state: &AppState) -> ListsResponse {
    let now = now_millis();
    let ls = state.lists.load();
    let mut lists = Vec::new();
    if let Some(set) = &ls.set {
        let documented = nomina_registry::freshness::MaxAges::default();
        let today = nomina_registry::freshness::today();
        for l in &set.lists {
            let v = &l.snapshot.version;
            let max = state.config.max_ages.for_source(&v.source);
            let verdict = nomina_registry::freshness::assess(l, &documented, today);
            let within_service_max = stale_reason(v, &state.config.max_ages, now).is_none();
            lists.push(ListInfo {
                source: v.source.to_string(),
                format: v.format.clone(),
                published: v.published.map(|d| d.to_string()),
                sha256: v.sha256.clone(),
                entities: l.snapshot.entities.len(),
                origin: origin_label(&l.origin),
                loaded_at: format_millis(set.loaded_at),
                age_days: v
                    .published
                    .and_then(|d| age_days(d, now))
                    .map(|a| (a * 10.0).round() / 10.0),
                max_age_days: max.or(verdict.max_age_days),
                fresh: within_service_max
                    && verdict.status == nomina_registry::freshness::Status::Fresh,
                freshness: verdict.status,
                bundled_snapshot: verdict.bundled_snapshot,
                excerpt: verdict.excerpt,
            });
        }
    }
    let problems = match ls.usable(&state.config.max_ages, now) {
        Ok(_) => Vec::new(),
        Err(p) => p,
    };
    ListsResponse {
        ready: problems.is_empty(),
        lists,
        problems,
        last_reload_error: ls.last_error.clone(),
    }
}

/// The lists in force.
#[utoipa::path(
    get,
    path = "/v1/lists",
    tag = "lists",
    responses((status = 200, description = "Lists in force", body = ListsResponse)),
    security(("bearer" = []))
)]
pub async fn lists(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<ListsResponse>, ApiError> {
    caller.require(Role::Screen)?;
    Ok(Json(lists_report(&state)))
}

/// Query string of `GET /v1/lists/diff`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct DiffQuery {
    /// `un`, `ofac`, `eu` or `uk`.
    pub source: String,
    /// Older stored version (directory name); default: the one before `to`.
    pub from: Option<String>,
    /// Newer stored version; default: the one in force.
    pub to: Option<String>,
}

/// What changed between two stored versions of a list.
#[utoipa::path(
    get,
    path = "/v1/lists/diff",
    tag = "lists",
    params(DiffQuery),
    responses(
        (status = 200, description = "Added, removed and changed entities", body = Object),
        (status = 404, description = "No such stored version", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn diff(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<DiffQuery>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Screen)?;
    let source = nomina_registry::parse_source(&q.source)
        .map_err(|e| ApiError::invalid(format!("source: {e}")))?;
    let data_dir = state.config.data_dir.clone();
    let diff = blocking(move || {
        let dir = DataDir::new(&data_dir);
        let versions: Vec<String> = dir
            .versions(&source)
            .map_err(|e| ApiError::unavailable(e.to_string()))?
            .into_iter()
            .map(|(name, _)| name)
            .collect();
        let in_force = dir
            .in_force()
            .map_err(|e| ApiError::unavailable(e.to_string()))?
            .get(&source)
            .cloned();
        let to = q.to.or(in_force).or_else(|| versions.last().cloned()).ok_or_else(|| {
            ApiError::not_found(format!(
                "no stored versions of {source} in the data directory (bundled lists have no history; run `nomina update`)"
            ))
        })?;
        let pos = versions.iter().position(|v| *v == to).ok_or_else(|| {
            ApiError::not_found(format!("to: no stored version {to:?} of {source}"))
        })?;
        let from = match q.from {
            Some(f) => {
                if !versions.contains(&f) {
                    return Err(ApiError::not_found(format!("from: no stored version {f:?} of {source}")));
                }
                f
            }
            None if pos > 0 => versions[pos - 1].clone(),
            None => {
                return Err(ApiError::not_found(format!(
                    "{to} is the oldest stored version of {source}; nothing to compare it with"
                )))
            }
        };
        let load = |name: &str| {
            nomina_registry::store::load_version(&dir.version_dir(&source, name))
                .map_err(|e| ApiError::unavailable(e.to_string()))
        };
        let (old, new) = (load(&from)?, load(&to)?);
        let d = nomina_lists::diff::diff(&[old], &[new]);
        let mut v = serde_json::to_value(&d).unwrap_or(Value::Null);
        if let Value::Object(m) = &mut v {
            m.insert("from".into(), Value::String(from));
            m.insert("to".into(), Value::String(to));
        }
        Ok(v)
    })
    .await?;
    Ok(Json(diff))
}

/// Reload the lists in force now (after `nomina update`, or to retry a failed load).
#[utoipa::path(
    post,
    path = "/v1/admin/reload",
    tag = "lists",
    responses(
        (status = 200, description = "The new lists are in force", body = ReloadReport),
        (status = 503, description = "Loading failed; the previous lists stay in force", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn reload_now(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<ReloadReport>, ApiError> {
    caller.require(Role::Admin)?;
    Ok(Json(
        reload(&state, &caller.actor(), "requested over the API").await?,
    ))
}
