//! Operations endpoints: liveness, readiness, metrics, the OpenAPI document.

use crate::api::lists::lists_report;
use crate::auth::Caller;
use crate::metrics::StatusLabels;
use crate::reload::update_list_metrics;
use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

/// `GET /healthz`: the process is up (no key needed).
#[utoipa::path(get, path = "/healthz", tag = "operations", responses((status = 200, description = "Alive")))]
pub async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

/// `GET /readyz`: 200 only when every list is loaded and younger than its maximum age and
/// the database answers; 503 with the reasons otherwise (no key needed).
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    responses((status = 200, description = "Ready to screen"), (status = 503, description = "Not ready: the body says which list or database and why"))
)]
pub async fn readyz(State(state): State<AppState>) -> Response {
    let report = lists_report(&state);
    let store = state.store.clone();
    let db = tokio::task::spawn_blocking(move || store.alert_counts().map(|_| ()))
        .await
        .map_err(|e| e.to_string())
        .and_then(|r| r.map_err(|e| e.to_string()));
    let ready = report.ready && db.is_ok();
    let body = json!({
        "ready": ready,
        "lists": report.lists.iter().map(|l| json!({
            "source": l.source, "published": l.published, "age_days": l.age_days,
            "max_age_days": l.max_age_days, "fresh": l.fresh,
        })).collect::<Vec<_>>(),
        "problems": report.problems,
        "database": match &db { Ok(()) => json!({"ok": true, "store": state.store.describe()}), Err(e) => json!({"ok": false, "error": e}) },
        "last_reload_error": report.last_reload_error,
    });
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, Json(body)).into_response()
}

/// `GET /metrics`: Prometheus text format. Needs a key (any role): configure the scrape
/// job with `authorization: {credentials: <a screen key>}`.
pub async fn metrics(State(state): State<AppState>, _caller: Caller) -> Response {
    update_list_metrics(&state);
    let store = state.store.clone();
    if let Ok(Ok(counts)) = tokio::task::spawn_blocking(move || store.alert_counts()).await {
        for (status, n) in counts {
            state
                .metrics
                .alerts
                .get_or_create(&StatusLabels {
                    status: status.as_str().into(),
                })
                .set(n as i64);
        }
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        state.metrics.encode(),
    )
        .into_response()
}

/// `GET /openapi.json`: the API description, generated from the handlers. Needs a key like
/// every endpoint but the health checks; the same document is committed as
/// `docs/openapi.json` for anyone without one.
pub async fn openapi(_caller: Caller) -> Json<utoipa::openapi::OpenApi> {
    Json(crate::openapi::document())
}
