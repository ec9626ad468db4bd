//! Prometheus metrics: request counts and latencies per route, screenings, list ages and
//! sizes, open alerts. Exposed at `GET /metrics` in the text format.

use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::Response;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::sync::atomic::AtomicU64;
use std::time::Instant;

use crate::state::AppState;

/// Labels of a request counter.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    /// Route template (`/v1/entities/{key}`), never the raw path, to bound cardinality.
    pub route: String,
    /// HTTP method.
    pub method: String,
    /// Status code.
    pub status: u16,
}

/// Labels with a route only.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    /// Route template.
    pub route: String,
}

/// Labels with a list source.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SourceLabels {
    /// `un`, `ofac`…
    pub source: String,
}

/// Labels with an alert status.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct StatusLabels {
    /// `open`, `escalated`…
    pub status: String,
}

/// Labels with a screening kind.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct KindLabels {
    /// `screen`, `scan`, `yente`, `watchman`.
    pub kind: String,
}

type Seconds = Histogram;

/// Every metric the service keeps.
pub struct Metrics {
    registry: Registry,
    /// Requests by route, method and status.
    pub requests: Family<RequestLabels, Counter>,
    /// Request latency by route.
    pub latency: Family<RouteLabels, Seconds>,
    /// Screenings recorded, by kind.
    pub screenings: Family<KindLabels, Counter>,
    /// Age of each list in force, days since publication.
    pub list_age_days: Family<SourceLabels, Gauge<f64, AtomicU64>>,
    /// Entities per list in force.
    pub list_entities: Family<SourceLabels, Gauge>,
    /// 1 when screening can run, 0 when it fails closed.
    pub ready: Gauge,
    /// Alerts per status (refreshed at each scrape).
    pub alerts: Family<StatusLabels, Gauge>,
    /// List reloads, by outcome (`ok`, `failed`).
    pub reloads: Family<StatusLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Metrics {
        let mut registry = Registry::with_prefix("nomina");
        let requests = Family::<RequestLabels, Counter>::default();
        let latency = Family::<RouteLabels, Seconds>::new_with_constructor(
            (|| Histogram::new(exponential_buckets(0.000_05, 2.0, 18))) as fn() -> Histogram,
        );
        let screenings = Family::<KindLabels, Counter>::default();
        let list_age_days = Family::<SourceLabels, Gauge<f64, AtomicU64>>::default();
        let list_entities = Family::<SourceLabels, Gauge>::default();
        let ready = Gauge::default();
        let alerts = Family::<StatusLabels, Gauge>::default();
        let reloads = Family::<StatusLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests by route, method and status",
            requests.clone(),
        );
        registry.register(
            "http_request_duration_seconds",
            "HTTP request latency by route",
            latency.clone(),
        );
        registry.register(
            "screenings",
            "Screenings recorded, by kind",
            screenings.clone(),
        );
        registry.register(
            "list_age_days",
            "Days since each list in force was published",
            list_age_days.clone(),
        );
        registry.register(
            "list_entities",
            "Entities on each list in force",
            list_entities.clone(),
        );
        registry.register(
            "lists_ready",
            "1 when screening can run, 0 when it fails closed",
            ready.clone(),
        );
        registry.register("alerts", "Alerts by status", alerts.clone());
        registry.register("list_reloads", "List reloads by outcome", reloads.clone());
        Metrics {
            registry,
            requests,
            latency,
            screenings,
            list_age_days,
            list_entities,
            ready,
            alerts,
            reloads,
        }
    }
}

impl Metrics {
    /// The metrics in Prometheus text format.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        if prometheus_client::encoding::text::encode(&mut out, &self.registry).is_err() {
            out.clear();
        }
        out
    }
}

/// Middleware counting and timing every request under its route template.
pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_string())
        .unwrap_or_else(|| "unmatched".into());
    let method = req.method().to_string();
    let started = Instant::now();
    let response = next.run(req).await;
    let elapsed = started.elapsed().as_secs_f64();
    state
        .metrics
        .requests
        .get_or_create(&RequestLabels {
            route: route.clone(),
            method,
            status: response.status().as_u16(),
        })
        .inc();
    state
        .metrics
        .latency
        .get_or_create(&RouteLabels { route })
        .observe(elapsed);
    response
}
