//! `nomina stream`: the payment stream consumer. Screens MT103 / pacs.008 messages from a
//! NATS JetStream stream and publishes a result per message and an alert per hit (see
//! `nomina_stream` for the delivery guarantees and docs/stream.md for operation).

use crate::exit::{self, CmdResult, Failure};
use crate::service_args::{parse_duration, DatabaseArgs};
use crate::GlobalArgs;
use nomina_match::Matcher;
use nomina_scan::Scanner;
use nomina_stream::{Ledger, Options, Screening, StreamError};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// Arguments of `nomina stream`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// NATS server URL.
    #[arg(long, value_name = "URL")]
    pub nats: String,
    /// Subject the payment messages arrive on.
    #[arg(long = "in", value_name = "SUBJECT")]
    pub in_subject: String,
    /// Subject the results are published on (one per message).
    #[arg(long = "out", value_name = "SUBJECT")]
    pub out_subject: String,
    /// Subject the alerts are published on (one per hit) [default: <out>.alerts].
    #[arg(long, value_name = "SUBJECT")]
    pub alerts: Option<String>,
    /// JetStream stream holding the input subject (created over it when missing).
    #[arg(long, value_name = "NAME", default_value = nomina_stream::consumer::DEFAULT_STREAM)]
    pub stream: String,
    /// JetStream stream the results and alerts are stored in (created when missing).
    #[arg(long, value_name = "NAME", default_value = nomina_stream::consumer::DEFAULT_OUT_STREAM)]
    pub out_stream: String,
    /// Durable consumer name: where the stream resumes after a restart.
    #[arg(long, value_name = "NAME", default_value = nomina_stream::consumer::DEFAULT_CONSUMER)]
    pub consumer: String,
    /// Ledger of processed message ids [default: <data dir>/stream-<consumer>.db].
    #[arg(long, value_name = "FILE")]
    pub ledger: Option<PathBuf>,
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Maximum list age: `7d` for every list, or `SOURCE=AGE` (`un=2d`); repeatable. Past
    /// it, nothing is screened or acknowledged and the command exits with code 5. Bare
    /// numbers are days. Default: none.
    #[arg(long = "max-age", value_name = "[SOURCE=]AGE")]
    pub max_age: Vec<String>,
    /// Lowest score reported as a hit (and alerted) [default: 0.80].
    #[arg(long, value_name = "S")]
    pub min_score: Option<f64>,
    /// Most messages screened as one batch.
    #[arg(long, default_value_t = nomina_stream::consumer::DEFAULT_BATCH)]
    pub batch: usize,
    /// How long JetStream waits for an acknowledgement before redelivering.
    #[arg(long, value_name = "DURATION", default_value = "30s")]
    pub ack_wait: String,
    /// Duplicate window of an output stream this command creates.
    #[arg(long, value_name = "DURATION", default_value = "10m")]
    pub duplicate_window: String,
    /// Stop (exit 0) once no message has arrived for this long [default: run until
    /// SIGTERM or Ctrl-C].
    #[arg(long, value_name = "DURATION")]
    pub exit_when_idle: Option<String>,
}

/// Runs the consumer until SIGTERM / Ctrl-C (after the batch in hand), the idle time, or
/// an error that stops screening.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    crate::cmd_serve::init_logging();
    let duration = |flag: &str, v: &str| -> Result<Duration, Failure> {
        let d = parse_duration(v, 's').map_err(|e| Failure::usage(format!("{flag}: {e}")))?;
        if d.is_zero() {
            return Err(Failure::usage(format!("{flag} must be more than 0")));
        }
        Ok(d)
    };
    let mut opts = Options::new(&args.nats, &args.in_subject, &args.out_subject);
    if let Some(a) = &args.alerts {
        opts.alerts_subject = a.clone();
    }
    opts.stream = args.stream.clone();
    opts.out_stream = args.out_stream.clone();
    opts.consumer = args.consumer.clone();
    opts.batch = args.batch;
    opts.ack_wait = duration("--ack-wait", &args.ack_wait)?;
    opts.duplicate_window = duration("--duplicate-window", &args.duplicate_window)?;
    opts.exit_when_idle = args
        .exit_when_idle
        .as_deref()
        .map(|v| duration("--exit-when-idle", v))
        .transpose()?;
    let max_ages =
        crate::cmd_lists::max_ages(&args.max_age, nomina_server::lists::MaxAges::none())?;

    let (url, data_dir) = args.db.resolve(global)?;
    let ledger_path = args
        .ledger
        .clone()
        .unwrap_or_else(|| data_dir.join(format!("stream-{}.db", args.consumer)));
    let snapshots = global.load_lists(Vec::new())?.into_snapshots();
    let scanner = Scanner::new(Arc::new(Matcher::build(&snapshots)));
    drop(snapshots);
    let screening = Arc::new(Screening::new(scanner, max_ages, args.min_score).map_err(failure)?);
    let store: Arc<dyn nomina_store::Store> =
        Arc::from(nomina_store::open(&url).map_err(|e| Failure::service(e.to_string()))?);
    let ledger = Arc::new(Ledger::open(&ledger_path).map_err(failure)?);

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::service(format!("cannot start the runtime: {e}")))?;
    let summary = runtime
        .block_on(nomina_stream::run(
            &opts,
            screening,
            store,
            ledger,
            shutdown_signal(),
        ))
        .map_err(|e| {
            tracing::error!(error = %e, "stream consumer stopped; unacknowledged messages will be redelivered");
            failure(e)
        })?;
    eprintln!("{summary}");
    Ok(())
}

/// The exit code for each way the consumer stops.
fn failure(e: StreamError) -> Failure {
    let code = match &e {
        StreamError::Config(_) => exit::USAGE,
        StreamError::ListsUnusable(_) => exit::SCREENING_FAILED,
        StreamError::Nats(_)
        | StreamError::Audit(_)
        | StreamError::Ledger { .. }
        | StreamError::Internal(_) => exit::SERVICE_FAILED,
    };
    Failure::new(code, e.to_string())
}

/// Completes on SIGTERM or Ctrl-C.
async fn shutdown_signal() {
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = term => {}
    }
}
