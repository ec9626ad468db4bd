//! `nomina serve`: the screening service (HTTP API, web UI, audit trail, alerts).

use crate::exit::{CmdResult, Failure};
use crate::service_args::{parse_duration, DatabaseArgs};
use crate::GlobalArgs;
use nomina_server::lists::MaxAges;
use nomina_server::state;
use nomina_server::{Config, Limits};
use std::net::SocketAddr;
use std::sync::Arc;

/// Arguments of `nomina serve`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Address to listen on (port 0: any free port; the address is printed).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Maximum list age: `7d` for every list, or `SOURCE=AGE` (`un=2d`); repeatable. Past
    /// it, screening answers 503 and /readyz fails. Bare numbers are days. Default: none.
    #[arg(long = "max-age", value_name = "[SOURCE=]AGE")]
    pub max_age: Vec<String>,
    /// Hits scoring at least this open alerts.
    #[arg(long, default_value_t = nomina_match::DEFAULT_THRESHOLD)]
    pub alert_threshold: f64,
    /// Lowest score returned when a request does not say.
    #[arg(long, default_value_t = nomina_match::DEFAULT_THRESHOLD)]
    pub min_score: f64,
    /// Most queries in one /v1/screen request.
    #[arg(long, default_value_t = 1000)]
    pub max_batch: usize,
    /// Most hits returned per query (yente's clients may ask for up to 500).
    #[arg(long, default_value_t = Limits::default().max_limit)]
    pub max_limit: usize,
    /// Largest request body in bytes.
    #[arg(long, default_value_t = 4 << 20)]
    pub max_body_bytes: usize,
    /// Largest document for /v1/scan in bytes.
    #[arg(long, default_value_t = 2 << 20)]
    pub max_document_bytes: usize,
    /// Longest wait for a request's head; also how long an idle keep-alive connection is
    /// kept open.
    #[arg(long, default_value_t = seconds(state::DEFAULT_HEADER_TIMEOUT), value_name = "DURATION")]
    pub header_timeout: String,
    /// Longest pause while a request body is being sent (answered 408).
    #[arg(long, default_value_t = seconds(state::DEFAULT_BODY_TIMEOUT), value_name = "DURATION")]
    pub body_timeout: String,
    /// Longest a request may take, body included; past it the work stops and the answer
    /// is 503 (nothing screened).
    #[arg(long, default_value_t = seconds(state::DEFAULT_REQUEST_DEADLINE), value_name = "DURATION")]
    pub request_deadline: String,
    /// Requests worked on at once; more are answered 503 with Retry-After at once
    /// (health, readiness and metrics are not counted).
    #[arg(long, default_value_t = state::DEFAULT_MAX_CONCURRENT)]
    pub max_concurrent: usize,
    /// Largest answer in bytes; a larger one is replaced by a 503 naming the limit.
    #[arg(long, default_value_t = state::DEFAULT_MAX_RESPONSE_BYTES)]
    pub max_response_bytes: usize,
    /// How long an analyst's web session lasts.
    #[arg(long, default_value = "8h")]
    pub session: String,
    /// How often to look for a new version in force in the data directory (after `nomina
    /// update` from cron); `0` disables.
    #[arg(long, default_value = "30s")]
    pub watch: String,
    /// Download the official lists this often from inside the service (e.g. `6h`).
    #[arg(long, value_name = "DURATION")]
    pub update_every: Option<String>,
    /// Remove audit records older than this (e.g. `3650d`); default: keep everything.
    #[arg(long, value_name = "DURATION")]
    pub retention: Option<String>,
    /// Whether the yente and watchman compatible endpoints need a key: `key` (default) or
    /// `none`, for both groups or one (`watchman=none`: watchman's client sends no
    /// credentials). Callers let in without one are audited as anonymous; repeatable.
    #[arg(long = "compat-auth", value_name = "[GROUP=]none|key")]
    pub compat_auth: Vec<String>,
    /// POST every new alert to this URL, signed and retried until delivered (repeatable).
    #[arg(long = "webhook", value_name = "URL")]
    pub webhooks: Vec<String>,
    /// File holding the webhooks' signing secret (at least 16 bytes; required with
    /// --webhook).
    #[arg(long, value_name = "FILE", env = "NOMINA_WEBHOOK_SECRET_FILE")]
    pub webhook_secret_file: Option<std::path::PathBuf>,
    /// First delay before retrying a failed webhook delivery; it doubles on each failure,
    /// up to an hour.
    #[arg(long, default_value = "1s", value_name = "DURATION")]
    pub webhook_retry: String,
}

/// The webhook configuration the options describe; a URL without a secret, or an
/// unreadable secret file, is an error.
fn webhooks(args: &Args) -> Result<nomina_server::webhooks::WebhookConfig, Failure> {
    let secret = match &args.webhook_secret_file {
        Some(path) => {
            let bytes = std::fs::read(path)
                .map_err(|e| Failure::unreadable("--webhook-secret-file", path, &e))?;
            Some(bytes.trim_ascii().to_vec())
        }
        None => None,
    };
    let mut cfg = nomina_server::webhooks::WebhookConfig::new(args.webhooks.clone(), secret)
        .map_err(Failure::usage)?;
    cfg.retry_base = parse_duration(&args.webhook_retry, 's')
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or_else(|| {
            Failure::usage(format!(
                "--webhook-retry: {:?} is not a positive duration",
                args.webhook_retry
            ))
        })?;
    Ok(cfg)
}

/// A default duration as the option's text (`10s`); the value lives in `nomina_server::state`.
fn seconds(d: std::time::Duration) -> String {
    format!("{}s", d.as_secs())
}

/// Runs the service until SIGTERM or Ctrl-C.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    for (flag, v) in [
        ("--alert-threshold", args.alert_threshold),
        ("--min-score", args.min_score),
    ] {
        if !(0.0..=1.0).contains(&v) {
            return Err(Failure::usage(format!(
                "{flag} must be between 0 and 1, not {v}"
            )));
        }
    }
    let (url, data_dir) = args.db.resolve(global)?;
    let dur = |flag: &str, v: &str| {
        parse_duration(v, 's').map_err(|e| Failure::usage(format!("{flag}: {e}")))
    };
    let watch = dur("--watch", &args.watch)?;
    let positive = |flag: &str, v: &str| {
        let d = dur(flag, v)?;
        if d.is_zero() {
            return Err(Failure::usage(format!("{flag} must be more than 0")));
        }
        Ok(d)
    };
    for (flag, v) in [
        ("--max-concurrent", args.max_concurrent),
        ("--max-response-bytes", args.max_response_bytes),
        ("--max-limit", args.max_limit),
    ] {
        if v == 0 {
            return Err(Failure::usage(format!("{flag} must be more than 0")));
        }
    }
    let hooks = webhooks(args)?;
    let config = Config {
        addr: args.addr,
        registry: global.registry_options(Vec::new()),
        data_dir,
        database: url.clone(),
        max_ages: crate::cmd_lists::max_ages(&args.max_age, MaxAges::none())?,
        alert_threshold: args.alert_threshold,
        default_min_score: args.min_score,
        limits: Limits {
            max_body_bytes: args.max_body_bytes,
            max_batch: args.max_batch.max(1),
            max_document_bytes: args.max_document_bytes,
            header_timeout: positive("--header-timeout", &args.header_timeout)?,
            body_timeout: positive("--body-timeout", &args.body_timeout)?,
            request_deadline: positive("--request-deadline", &args.request_deadline)?,
            max_concurrent: args.max_concurrent,
            max_response_bytes: args.max_response_bytes,
            max_limit: args.max_limit,
        },
        session_ttl: dur("--session", &args.session)?,
        watch_interval: (!watch.is_zero()).then_some(watch),
        update_every: args
            .update_every
            .as_deref()
            .map(|v| dur("--update-every", v))
            .transpose()?,
        retention: args
            .retention
            .as_deref()
            .map(|v| {
                parse_duration(v, 'd').map_err(|e| Failure::usage(format!("--retention: {e}")))
            })
            .transpose()?,
        compat_auth: nomina_server::auth::CompatAuth::parse(&args.compat_auth)
            .map_err(|e| Failure::usage(format!("--compat-auth: {e}")))?,
    };
    init_logging();
    for group in [
        nomina_server::auth::CompatGroup::Yente,
        nomina_server::auth::CompatGroup::Watchman,
    ] {
        if config.compat_auth.is_open(group) {
            tracing::warn!(
                group = group.as_str(),
                "--compat-auth: the {} endpoints answer callers without a key; their screenings are audited as anonymous:{}",
                group.as_str(),
                group.as_str()
            );
        } else {
            tracing::info!(group = group.as_str(), "compatible endpoints need a key");
        }
    }
    let store: Arc<dyn nomina_store::Store> =
        Arc::from(nomina_store::open(&url).map_err(|e| Failure::service(e.to_string()))?);
    tracing::info!(store = %store.describe(), "database open");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::service(format!("cannot start the runtime: {e}")))?;
    runtime
        .block_on(async {
            tokio::spawn(nomina_server::webhooks::run(store.clone(), hooks));
            nomina_server::serve(config, store, |addr| {
                // Tests and scripts wait for this exact line on stderr.
                eprintln!("listening on http://{addr}");
            })
            .await
        })
        .map_err(|e| Failure::service(format!("cannot serve on {}: {e}", args.addr)))
}

/// Logs on stderr, filtered by `NOMINA_LOG` (default `info`): `serve` and `stream`.
pub(crate) fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("NOMINA_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
