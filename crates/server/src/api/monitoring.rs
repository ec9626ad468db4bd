//! Monitoring runs: `GET /v1/monitoring/runs` and a full re-screen on demand.

use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::monitoring::run::{run_full, RunOptions};
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::Json;
use nomina_store::{MonitoringRun, Role};
use serde::Deserialize;

/// Query string of `GET /v1/monitoring/runs`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub struct RunsQuery {
    /// Most runs (default 50, at most 1000), newest first.
    pub limit: Option<usize>,
}

/// Monitoring runs, newest first: kind, versions, counts and duration.
#[utoipa::path(
    get,
    path = "/v1/monitoring/runs",
    tag = "monitoring",
    params(RunsQuery),
    responses((status = 200, description = "Runs", body = Vec<Object>), (status = 403, description = "Needs the analyst role", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn runs(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<RunsQuery>,
) -> Result<Json<Vec<MonitoringRun>>, ApiError> {
    caller.require(Role::Analyst)?;
    let limit = q.limit.unwrap_or(50).clamp(1, 1000);
    let store = state.store.clone();
    Ok(Json(
        blocking(move || Ok(store.monitoring_runs(limit)?)).await?,
    ))
}

/// Re-screen every customer against every list in force (admin).
#[utoipa::path(
    post,
    path = "/v1/monitoring/rescreen",
    tag = "monitoring",
    responses((status = 200, description = "The run", body = Object), (status = 503, description = "Lists or database unavailable", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn rescreen(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<MonitoringRun>, ApiError> {
    caller.require(Role::Admin)?;
    let set = super::usable_lists(&state)?;
    let store = state.store.clone();
    let opts = RunOptions {
        threshold: state.config.alert_threshold,
        actor: caller.actor(),
        customer_index: Some(state.config.customer_index()),
    };
    let _guard = state.reload_lock.lock().await;
    let result = blocking(move || Ok(run_full(&*store, &set, &opts)?)).await;
    Ok(Json(result?))
}
