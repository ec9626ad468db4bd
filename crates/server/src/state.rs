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

/// Default of [`Limits::header_timeout`]: a client has this long to send a request's head,
/// and an idle keep-alive connection is closed after it.
pub const DEFAULT_HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Default of [`Limits::body_timeout`]: longest pause while a request body is sent.
pub const DEFAULT_BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// Default of [`Limits::request_deadline`]: longest a request may take, body included.
pub const DEFAULT_REQUEST_DEADLINE: Duration = Duration::from_secs(30);
/// Default of [`Limits::max_concurrent`]: requests worked on at once, beyond which 503.
pub const DEFAULT_MAX_CONCURRENT: usize = 64;
/// Default of [`Limits::max_response_bytes`].
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 8 << 20;
/// Seconds a client refused for load is told to wait (`Retry-After`).
pub const RETRY_AFTER_SECS: u64 = 1;
/// Longest `/readyz` waits for the database before calling it not ready.
pub const READY_DB_TIMEOUT: Duration = Duration::from_secs(2);
/// Most failed logins written to the audit log per minute; the rest are counted and the
/// count is written with the next one recorded (an unauthenticated flood cannot fill the
/// disk through the audit log).
pub const FAILED_LOGINS_RECORDED_PER_MINUTE: u32 = 60;
/// Longest the accept loop pauses after an accept error (e.g. too many open files).
pub const ACCEPT_ERROR_PAUSE: Duration = Duration::from_millis(100);

/// Request size, time and concurrency limits: every one is answered with a clear JSON
/// error (413, 422 or 503), never a crash and never a "no match".
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
    /// Longest wait for a request's head, and longest an idle keep-alive connection is
    /// kept (hyper's header-read timer runs while a connection waits for its next request).
    pub header_timeout: Duration,
    /// Longest pause between two parts of a request body.
    pub body_timeout: Duration,
    /// Longest a request may take, body included; past it the work stops and the answer
    /// is 503 (nothing screened).
    pub request_deadline: Duration,
    /// Requests worked on at once; more are answered 503 with `Retry-After` at once.
    pub max_concurrent: usize,
    /// Largest answer, bytes; a larger one is replaced by a 503 naming the limit.
    pub max_response_bytes: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body_bytes: 4 << 20,
            max_batch: 1000,
            max_document_bytes: 2 << 20,
            max_limit: 100,
            header_timeout: DEFAULT_HEADER_TIMEOUT,
            body_timeout: DEFAULT_BODY_TIMEOUT,
            request_deadline: DEFAULT_REQUEST_DEADLINE,
            max_concurrent: DEFAULT_MAX_CONCURRENT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
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
    /// Whether the yente and watchman compatible endpoints need a key (`--compat-auth`).
    pub compat_auth: crate::auth::CompatAuth,
}

impl Config {
    /// Where the customer index of delta re-screens is kept: the data directory, named
    /// for the database it indexes.
    pub fn customer_index(&self) -> crate::monitoring::customer_index::IndexFile {
        crate::monitoring::customer_index::IndexFile::in_data_dir(&self.data_dir, &self.database)
    }
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
    /// The last failure to write to the store (a screening that could not be recorded),
    /// cleared by the next successful write; `/readyz` is not ready while it is set.
    pub write_error: Mutex<Option<String>>,
    /// Screening work in progress, abandoned work included: `--max-concurrent` slots
    /// ([`crate::bounded::screening_work`]).
    pub work_slots: Arc<tokio::sync::Semaphore>,
    /// Failed logins written to the audit log in the current minute, and those not written.
    pub failed_logins: Mutex<crate::refusals::Window>,
}

/// How long an authenticated key is trusted without asking the database again.
pub const AUTH_CACHE_TTL: Duration = Duration::from_secs(5);

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}
