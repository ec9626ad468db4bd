//! Operations endpoints: liveness, readiness, metrics, the OpenAPI document.

use crate::api::lists::lists_report;
use crate::auth::Caller;
use crate::metrics::StatusLabels;
use crate::reload::update_list_metrics;
use crate::state::{AppState, READY_DB_TIMEOUT};
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

/// `GET /readyz`: 200 only when every list is loaded and younger than its maximum age, no
/// list reload error is pending, the database answers within [`READY_DB_TIMEOUT`] and the
/// last write to it succeeded; 503 otherwise (no key needed). `status` is `ok` or
/// `unavailable` (as yente's clients expect). Without a key the body is the status alone:
/// which database, where, and why a list failed are for callers with a valid key.
#[utoipa::path(
    get,
    path = "/readyz",
    tag = "operations",
    responses((status = 200, description = "Ready to screen"), (status = 503, description = "Not ready: with a key, the body says which list or database and why"))
)]
pub async fn readyz(
    State(state): State<AppState>,
    caller: Result<Caller, crate::error::ApiError>,
) -> Response {
    let report = lists_report(&state);
    let db = database_check(&state).await;
    let write_error = state.write_error.lock().ok().and_then(|e| e.clone());
    let ready =
        report.ready && report.last_reload_error.is_none() && db.is_ok() && write_error.is_none();
    let (status, word) = if ready {
        (StatusCode::OK, READY)
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, NOT_READY)
    };
    let body = if caller.is_err() {
        json!({ "status": word, "ready": ready })
    } else {
        json!({
            "status": word,
            "ready": ready,
            "lists": report.lists.iter().map(|l| json!({
                "source": l.source, "published": l.published, "age_days": l.age_days,
                "max_age_days": l.max_age_days, "fresh": l.fresh,
                "freshness": l.freshness, "excerpt": l.excerpt,
            })).collect::<Vec<_>>(),
            "problems": report.problems,
            "database": match &db {
                Ok(()) => json!({"ok": write_error.is_none(), "store": state.store.describe(), "last_write_error": write_error}),
                Err(e) => json!({"ok": false, "error": e}),
            },
            "last_reload_error": report.last_reload_error,
        })
    };
    (status, Json(body)).into_response()
}

/// `status` of a ready service.
pub const READY: &str = "ok";
/// `status` of a service that is not ready.
pub const NOT_READY: &str = "unavailable";

/// Whether the database answers a read within [`READY_DB_TIMEOUT`].
async fn database_check(state: &AppState) -> Result<(), String> {
    let store = state.store.clone();
    let read = tokio::task::spawn_blocking(move || store.alert_counts().map(|_| ()));
    match tokio::time::timeout(READY_DB_TIMEOUT, read).await {
        Err(_) => Err(format!(
            "the database did not answer within {READY_DB_TIMEOUT:?}"
        )),
        Ok(Err(e)) => Err(e.to_string()),
        Ok(Ok(r)) => r.map_err(|e| e.to_string()),
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::screen::note_write;
    use crate::lists::MaxAges;
    use crate::state::{Config, Limits};
    use std::path::PathBuf;
    use std::sync::Arc;
    use std::time::Duration;

    /// A service over a fresh SQLite store and a one-entry custom list, lists loaded.
    async fn ready_state(dir: &std::path::Path) -> AppState {
        std::fs::create_dir_all(dir).unwrap();
        let list = dir.join("acme.csv");
        std::fs::write(
            &list,
            "# nomina-list: acme\n# nomina-published: 2026-11-01\nid,name,type,dob,nationality\nC-1,Boris Vantanov,person,1970,RU\n",
        )
        .unwrap();
        let database = format!("sqlite:{}", dir.join("nomina.db").display());
        let store: Arc<dyn nomina_store::Store> =
            Arc::from(nomina_store::open(&database).expect("open the store"));
        let config = Config {
            addr: "127.0.0.1:0".parse().unwrap(),
            registry: nomina_registry::Options {
                lists: vec![list],
                data_dir: Some(dir.to_path_buf()),
                ..Default::default()
            },
            data_dir: dir.to_path_buf(),
            database,
            max_ages: MaxAges::none(),
            alert_threshold: 0.8,
            default_min_score: 0.8,
            limits: Limits::default(),
            session_ttl: Duration::from_secs(60),
            watch_interval: None,
            update_every: None,
            retention: None,
            compat_auth: Default::default(),
        };
        let state = crate::new_state(config, store);
        crate::reload::reload(&state, "system", "test")
            .await
            .expect("the list loads");
        state
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_failed_write_makes_the_service_not_ready_until_a_write_succeeds() {
        let dir: PathBuf =
            std::env::temp_dir().join(format!("nomina-server-readyz-{}", std::process::id()));
        let state = ready_state(&dir).await;
        let status = |state: AppState| async move {
            let denied = Err(crate::error::ApiError::bad_request("no key"));
            readyz(State(state), denied).await.status()
        };
        assert_eq!(status(state.clone()).await, StatusCode::OK);
        let _ = note_write::<(), _>(&state, Err("disk full"));
        assert_eq!(status(state.clone()).await, StatusCode::SERVICE_UNAVAILABLE);
        let _ = note_write::<(), &str>(&state, Ok(()));
        assert_eq!(status(state.clone()).await, StatusCode::OK);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
