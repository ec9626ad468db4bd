//! Alerts and decisions: the analysts' queue.

use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::json::ApiJson;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::Json;
use nomina_store::{Alert, AlertFilter, AlertStatus, Role};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// Query string of `GET /v1/alerts`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AlertQuery {
    /// Comma-separated statuses (`open,escalated`); all when absent.
    pub status: Option<String>,
    /// Only this caller reference.
    pub reference: Option<String>,
    /// Only this entity key.
    pub entity: Option<String>,
    /// Most alerts (default 100, at most 1000).
    pub limit: Option<usize>,
}

/// A page of alerts and the counts per status.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AlertList {
    /// Alerts, newest first, with their decisions.
    #[schema(value_type = Vec<Object>)]
    pub alerts: Vec<Value>,
    /// Alerts per status, over all alerts.
    pub counts: BTreeMap<String, u64>,
}

/// An analyst's decision.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct DecisionRequest {
    /// `true_match`, `false_positive` or `escalated`.
    pub status: String,
    /// Why (required for true_match and false_positive).
    #[serde(default)]
    pub comment: String,
}

/// An alert as JSON (timestamps in ms since the epoch and RFC 3339).
pub fn alert_json(a: &Alert) -> Value {
    let mut v = serde_json::to_value(a).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        // The snapshot is for re-open reasons and audits; the UI shows the live entity.
        m.remove("entity_snapshot");
    }
    v
}

fn parse_statuses(s: &str) -> Result<Vec<AlertStatus>, ApiError> {
    s.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "all")
        .map(|s| {
            AlertStatus::parse(s).ok_or_else(|| {
                ApiError::invalid(format!(
                    "status: unknown status {s:?} (open, escalated, true_match, false_positive)"
                ))
            })
        })
        .collect()
}

/// List alerts.
#[utoipa::path(
    get,
    path = "/v1/alerts",
    tag = "alerts",
    params(AlertQuery),
    responses((status = 200, description = "Alerts", body = AlertList), (status = 403, description = "Needs the analyst role", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<AlertQuery>,
) -> Result<Json<AlertList>, ApiError> {
    caller.require(Role::Analyst)?;
    let filter = AlertFilter {
        statuses: parse_statuses(q.status.as_deref().unwrap_or(""))?,
        reference: q.reference.filter(|s| !s.is_empty()),
        entity: q.entity.filter(|s| !s.is_empty()),
        limit: q.limit.unwrap_or(100).clamp(1, 1000),
    };
    let store = state.store.clone();
    let (alerts, counts) =
        blocking(move || Ok((store.alerts(&filter)?, store.alert_counts()?))).await?;
    Ok(Json(AlertList {
        alerts: alerts.iter().map(alert_json).collect(),
        counts: counts
            .into_iter()
            .map(|(s, n)| (s.as_str().to_string(), n))
            .collect(),
    }))
}

/// One alert with its decisions.
#[utoipa::path(
    get,
    path = "/v1/alerts/{id}",
    tag = "alerts",
    params(("id" = i64, Path, description = "Alert id")),
    responses((status = 200, description = "The alert", body = Object), (status = 404, description = "No such alert", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Analyst)?;
    let store = state.store.clone();
    let alert = blocking(move || Ok(store.alert(id)?)).await?;
    Ok(Json(alert_json(&alert)))
}

/// Decide an alert: true match, false positive (suppresses the same hit for the same
/// reference until the listed entity changes) or escalated.
#[utoipa::path(
    post,
    path = "/v1/alerts/{id}/decision",
    tag = "alerts",
    params(("id" = i64, Path, description = "Alert id")),
    request_body = DecisionRequest,
    responses(
        (status = 200, description = "The updated alert", body = Object),
        (status = 404, description = "No such alert", body = ErrorBody),
        (status = 422, description = "Unknown status or missing comment", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn decide(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    ApiJson(req): ApiJson<DecisionRequest>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Analyst)?;
    let status = match AlertStatus::parse(&req.status) {
        Some(AlertStatus::Open) | None => {
            return Err(ApiError::invalid(format!(
                "status: {:?} is not a decision (true_match, false_positive, escalated)",
                req.status
            )))
        }
        Some(s) => s,
    };
    if req.comment.len() > 10_000 {
        return Err(ApiError::too_large("comment: longer than 10,000 bytes"));
    }
    let store = state.store.clone();
    let actor = caller.actor();
    let alert = blocking(move || {
        store.decide(id, status, &req.comment, &actor)?;
        Ok(store.alert(id)?)
    })
    .await?;
    Ok(Json(alert_json(&alert)))
}
