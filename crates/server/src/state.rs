//! The service's configuration and shared state.

use crate::lists::{ListState, MaxAges};
use crate::metrics::Metrics;
use arc_swap::ArcSwap;
use nomina_store::{ApiKey, Store};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Request size limits: every one is answered with a clear 413 or 422, never a crash.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Largest request body, bytes.
    pub max_body_bytes: usize,
    /// Most queries in one `/v1/screen` call.
    pub max_batch: usize,
    /// Largest document for `/v1/scan`, bytes of UTF-8.
    pub max_document_bytes: usize,
    /// Most hits per query.
    pub max_limit: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body_bytes: 4 << 20,
            max_batch: 1000,
            max_document_bytes: 2 << 20,
            max_limit: 100,
        }
    }
}

/// Everything `nomina serve` is configured with.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on; port 0 picks a free port (printed at start).
    pub addr: SocketAddr,
    /// Which lists are in force (`--list` files or the data directory, else bundled).
    pub registry: nomina_registry::Options,
    /// The data directory (lists, and the SQLite database by default).
    pub data_dir: PathBuf,
    /// `sqlite:PATH` or `postgres://…`.
    pub database: String,
    /// Maximum list ages; screening fails closed beyond them.
    pub max_ages: MaxAges,
    /// Hits at or above this score open alerts.
    pub alert_threshold: f64,
    /// Lowest score returned when a request does not say.
    pub default_min_score: f64,
    /// Request limits.
    pub limits: Limits,
    /// How long an analyst's web session lasts.
    pub session_ttl: Duration,
    /// How often to check the data directory for a new version in force (after `nomina
    /// update`); `None` disables the check.
    pub watch_interval: Option<Duration>,
    /// How often to download the official lists (`nomina update`) from inside the service;
    /// `None` leaves updating to an external scheduler.
    pub update_every: Option<Duration>,
    /// Audit records older than this are removed (keeping the chain verifiable); `None`
    /// keeps everything.
    pub retention: Option<Duration>,
}

/// State shared by every request.
#[derive(Clone)]
pub struct AppState(pub Arc<Inner>);

/// What [`AppState`] holds.
pub struct Inner {
    /// Configuration.
    pub config: Config,
    /// Persistence.
    pub store: Arc<dyn Store>,
    /// The lists in force, swapped atomically.
    pub lists: ArcSwap<ListState>,
    /// Prometheus metrics.
    pub metrics: Metrics,
    /// Serialises reloads (one at a time; screenings never wait on it).
    pub reload_lock: tokio::sync::Mutex<()>,
    /// Recently authenticated keys by secret hash: saves a database round trip per request.
    /// Entries live [`AUTH_CACHE_TTL`], so a revoked key stops working within that time.
    pub auth_cache: Mutex<HashMap<String, (ApiKey, Instant)>>,
    /// When the service started.
    pub started: Instant,
}

/// How long an authenticated key is trusted without asking the database again.
pub const AUTH_CACHE_TTL: Duration = Duration::from_secs(5);

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}
