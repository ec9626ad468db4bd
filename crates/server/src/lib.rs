//! The nomina screening service: `nomina serve`.
//!
//! An axum application over the same matcher and scanner the command line uses, adding
//! what a compliance team needs around them: API keys with roles, a hash-chained audit
//! log of every screening and decision ([`nomina_store`]), alerts with analyst decisions
//! and false-positive suppression, list reloads without downtime, fail-closed behaviour
//! when lists are missing or stale, Prometheus metrics, an OpenAPI document, endpoints
//! compatible with yente and watchman clients, and a web UI for analysts.
//!
//! Module map: [`state`] (configuration, shared state), [`lists`] (the lists in force and
//! their freshness), [`reload`] (loading and monitoring), [`auth`] (keys, sessions, CSRF),
//! [`api`] (the `/v1` handlers), [`compat`] (peer-compatible endpoints), [`ui`] (the web
//! UI), [`ops`] (health, readiness, metrics, OpenAPI), [`metrics`], [`error`], [`json`],
//! [`bounded`] (deadline, concurrency and answer-size limits), [`refusals`] (failed logins
//! in the audit log), [`listener`] (connections and their timeouts).
#![deny(missing_docs)]

pub mod api;
pub mod as_of;
pub mod auth;
pub mod bounded;
pub mod compat;
pub mod error;
pub mod heap;
pub mod json;
pub mod listener;
pub mod lists;
pub mod metrics;
pub mod monitoring;
pub mod openapi;
pub mod ops;
pub mod refusals;
pub mod reload;
pub mod state;
pub mod timefmt;
pub mod ui;
pub mod webhooks;

pub use state::{Config, Limits};

use crate::lists::ListState;
use crate::state::{AppState, Inner};
use arc_swap::ArcSwap;
use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue};
use axum::routing::{get, post};
use axum::Router;
use nomina_store::{now_millis, Store};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower::limit::GlobalConcurrencyLimitLayer;
use tower::load_shed::LoadShedLayer;
use tower::ServiceBuilder;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::RequestBodyTimeoutLayer;

/// Builds the shared state over an open store; the lists start unloaded (screening
/// answers 503 until [`reload::reload`] succeeds).
pub fn new_state(config: Config, store: Arc<dyn Store>) -> AppState {
    let work_slots = Arc::new(tokio::sync::Semaphore::new(config.limits.max_concurrent));
    AppState(Arc::new(Inner {
        work_slots,
        config,
        store,
        lists: ArcSwap::from_pointee(ListState {
            set: None,
            last_error: None,
            last_error_at: None,
        }),
        metrics: metrics::Metrics::default(),
        reload_lock: tokio::sync::Mutex::new(()),
        auth_cache: Default::default(),
        started: Instant::now(),
        write_error: Default::default(),
        failed_logins: Default::default(),
    }))
}

/// The application's routes and layers. The work endpoints (everything but the health,
/// readiness and metrics probes) are bounded: a body that stalls past `--body-timeout` is
/// refused (408), a request past `--request-deadline` stops its work (503; not the admin's
/// reload and chain verification, which must run to the end), more than
/// `--max-concurrent` at once are refused at once (503 + `Retry-After`), and an answer over
/// `--max-response-bytes` is replaced by a 503. Every error is JSON ([`error::json_errors`])
/// and every 401/403 is audited ([`refusals`]).
pub fn router(state: AppState) -> Router {
    let limits = state.config.limits.clone();
    let csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    // One semaphore for every bounded route.
    let places = GlobalConcurrencyLimitLayer::new(limits.max_concurrent);
    let work = Router::new()
        .route("/v1/screen", post(api::screen::screen))
        .route("/v1/scan", post(api::scan::scan))
        .route("/v1/entities/{key}", get(api::entities::entity))
        .route("/v1/lists", get(api::lists::lists))
        .route("/v1/lists/diff", get(api::lists::diff))
        .route("/v1/alerts", get(api::alerts::list))
        .route("/v1/alerts/{id}", get(api::alerts::get))
        .route("/v1/alerts/{id}/decision", post(api::alerts::decide))
        .route("/v1/alerts.csv", get(api::alert_queue::export_csv))
        .route("/v1/alerts/decisions", post(api::alert_queue::decide_many))
        .route("/v1/alerts/{id}/assign", post(api::alert_queue::assign))
        .route("/v1/alerts/{id}/confirm", post(api::alert_queue::confirm))
        .route("/v1/alerts/{id}/notes", post(api::alert_queue::add_note))
        .route("/v1/alerts/{id}/case.csv", get(api::alert_queue::case_csv))
        .route("/v1/alerts/stats/daily", get(api::alert_queue::daily_stats))
        .route("/v1/alerts/groups", get(api::alert_groups::list))
        .route("/v1/alerts/programmes", get(api::alerts::programmes))
        .route(
            "/v1/alerts/{id}/comparison",
            get(api::alert_comparison::comparison),
        )
        .route("/v1/audit", get(api::audit::records))
        .route("/v1/customers", post(api::customers::bulk))
        .route(
            "/v1/customers/{reference}",
            get(api::customers::get)
                .put(api::customers::put)
                .delete(api::customers::delete),
        )
        .route("/v1/monitoring/runs", get(api::monitoring::runs))
        .route("/v1/session", get(ui::session))
        .merge(compat_routes())
        .route("/openapi.json", get(ops::openapi))
        .route("/", get(ui::index))
        .route("/ui/app.js", get(ui::app_js))
        .route("/ui/queue.js", get(ui::queue_js))
        .route("/ui/app.css", get(ui::app_css))
        .route("/ui/login", post(ui::login))
        .route("/ui/logout", post(ui::logout));
    let work = with_places(work, &state, &places)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            bounded::enforce_deadline,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            bounded::cap_response_size,
        ))
        .layer(axum::middleware::from_fn(heap::trim_after_large_requests));
    // An admin's reload and a whole-chain verification take as long as the lists and the
    // log are large; a deadline would abandon them half-way (a reload never swapped in), so
    // they take a place but have no deadline. Both are admin-only.
    let long_admin = Router::new()
        .route("/v1/admin/reload", post(api::lists::reload_now))
        .route("/v1/audit/verify", get(api::audit::verify))
        .route("/v1/monitoring/rescreen", post(api::monitoring::rescreen));
    let long_admin = with_places(long_admin, &state, &places);
    let probes = Router::new()
        .route("/healthz", get(ops::healthz))
        .route("/ping", get(compat::watchman::ping))
        .route("/readyz", get(ops::readyz))
        .route("/metrics", get(ops::metrics));
    Router::new()
        .merge(work)
        .merge(long_admin)
        .merge(probes)
        .fallback(error::not_found_fallback)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            metrics::track,
        ))
        .layer(DefaultBodyLimit::max(limits.max_body_bytes))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            json::refuse_declared_oversize,
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(csp),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            refusals::audit_refusals,
        ))
        .layer(axum::middleware::from_fn(error::json_errors))
        .layer(axum::middleware::from_fn(compat::yente::error_shape))
        .with_state(state)
}

/// The yente and watchman compatible endpoints ([`compat`]); yente's answer errors in
/// yente's shape ([`compat::yente::error_shape`], the outermost layer).
fn compat_routes() -> Router<AppState> {
    let yente = Router::new()
        .route("/match/{dataset}", post(compat::yente_match))
        .route("/search/{dataset}", get(compat::yente::search))
        .route("/entities/{id}", get(compat::yente::entity))
        .route("/entities/{id}/adjacent", get(compat::yente::adjacent))
        .route("/catalog", get(compat::yente::catalog))
        .route("/algorithms", get(compat::yente::algorithms));
    Router::new()
        .merge(yente)
        .route("/v2/search", get(compat::watchman_search))
        .route("/v2/listinfo", get(compat::watchman::listinfo))
}

/// Bounds `routes`: the body is read whole (within `--max-body-bytes` and `--body-timeout`)
/// before the request takes one of the `--max-concurrent` `places`, so a slow body never
/// holds one; beyond the limit the answer is 503 + `Retry-After` at once. Innermost layer
/// first: the concurrency limit, the body read, its stall timeout.
fn with_places(
    routes: Router<AppState>,
    state: &AppState,
    places: &GlobalConcurrencyLimitLayer,
) -> Router<AppState> {
    routes
        .layer(
            ServiceBuilder::new()
                .layer(axum::error_handling::HandleErrorLayer::new(
                    bounded::overloaded,
                ))
                .layer(LoadShedLayer::new())
                .layer(places.clone()),
        )
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            bounded::buffer_body,
        ))
        .layer(RequestBodyTimeoutLayer::new(
            state.config.limits.body_timeout,
        ))
}

/// Runs the service until SIGTERM or Ctrl-C: binds, loads the lists (screening answers
/// 503 until they are in), starts the background tasks, serves. `on_ready` is called with
/// the bound address once the first list load has finished (successfully or not).
pub async fn serve(
    config: Config,
    store: Arc<dyn Store>,
    on_ready: impl FnOnce(std::net::SocketAddr),
) -> std::io::Result<()> {
    let tcp = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = tcp.local_addr()?;
    let limits = config.limits.clone();
    let state = new_state(config, store);
    let app = router(state.clone());
    let server = tokio::spawn(listener::serve_connections(
        tcp,
        app,
        limits,
        shutdown_signal(),
    ));
    if let Err(e) = reload::reload(&state, "system", "start-up").await {
        tracing::error!(error = %e.message, "no lists in force: screening answers 503 until a reload succeeds");
    }
    on_ready(addr);
    spawn_background(state);
    match server.await {
        Ok(r) => r,
        Err(e) => Err(std::io::Error::other(e.to_string())),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

/// Starts the periodic tasks: watching the data directory for a new version in force,
/// downloading updates, SIGHUP reloads, audit retention.
fn spawn_background(state: AppState) {
    let cfg = state.config.clone();
    if let (Some(every), true) = (cfg.watch_interval, cfg.registry.lists.is_empty()) {
        let st = state.clone();
        let path = nomina_registry::DataDir::new(&cfg.data_dir).in_force_path();
        tokio::spawn(async move {
            let mut seen = std::fs::read(&path).ok();
            loop {
                tokio::time::sleep(every).await;
                let now = std::fs::read(&path).ok();
                if now != seen {
                    tracing::info!(path = %path.display(), "lists in force changed on disk; reloading");
                    if reload::reload(&st, "system", "in-force.json changed")
                        .await
                        .is_ok()
                    {
                        seen = now;
                    }
                }
            }
        });
    }
    if let Some(every) = cfg.update_every {
        let st = state.clone();
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                let dir = nomina_registry::DataDir::new(&st.config.data_dir);
                let result = tokio::task::spawn_blocking(move || {
                    nomina_registry::update(&dir, &nomina_registry::UpdateOptions::default())
                })
                .await;
                match result {
                    Ok(Ok(results)) => {
                        for r in &results {
                            if !r.ok() {
                                tracing::warn!(source = %r.source, outcome = ?r.outcome, "scheduled update failed");
                            }
                        }
                        let _ = reload::reload(&st, "system", "scheduled update").await;
                    }
                    Ok(Err(e)) => tracing::warn!(error = %e, "scheduled update failed"),
                    Err(e) => tracing::warn!(error = %e, "scheduled update failed"),
                }
            }
        });
    }
    #[cfg(unix)]
    {
        let st = state.clone();
        tokio::spawn(async move {
            let Ok(mut hup) =
                tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup())
            else {
                return;
            };
            while hup.recv().await.is_some() {
                let _ = reload::reload(&st, "system", "SIGHUP").await;
            }
        });
    }
    if let Some(keep) = cfg.retention {
        let st = state;
        tokio::spawn(async move {
            loop {
                let before = now_millis() - keep.as_millis() as i64;
                let store = st.store.clone();
                match tokio::task::spawn_blocking(move || store.apply_retention(before, "system"))
                    .await
                {
                    Ok(Ok(n)) if n > 0 => tracing::info!(removed = n, "audit retention applied"),
                    Ok(Err(e)) => tracing::warn!(error = %e, "audit retention failed"),
                    _ => {}
                }
                tokio::time::sleep(Duration::from_secs(3600)).await;
            }
        });
    }
}
