//! `nomina customers`: the service's customer base. `import` streams a file into the
//! store, screening each batch on entry; `rescreen` re-screens every customer; `monitor`
//! runs the re-screening a list change calls for (a delta when it can). See
//! `docs/monitoring.md`.

pub(crate) mod input;

use crate::exit::{self, CmdResult, Failure};
use crate::service_args::DatabaseArgs;
use crate::{emit, emit_json, GlobalArgs};
use nomina_server::lists::ListSet;
use nomina_server::monitoring::customer_index::IndexFile;
use nomina_server::monitoring::customers;
use nomina_server::monitoring::run::{
    after_list_change, baseline_if_none, rebuild_index, run_full, RunOptions,
};
use nomina_store::{now_millis, Customer, Store};
use nomina_tabular::read::estimate_rows;
use nomina_tabular::Format;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Arguments of `nomina customers`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Sub,
    #[command(flatten)]
    db: DatabaseArgs,
    /// Hits scoring at least this open alerts.
    #[arg(long, global = true, default_value_t = nomina_match::DEFAULT_THRESHOLD)]
    alert_threshold: f64,
}

#[derive(Debug, clap::Subcommand)]
enum Sub {
    /// Add or replace customers from a CSV, JSON-lines or Parquet file, screening them on entry;
    /// rejected rows are reported by line and field and the rest are imported.
    Import(ImportArgs),
    /// Re-screen every customer against every list in force (one audited run).
    Rescreen,
    /// Re-screen for the lists now in force: a delta since the last run's versions, a full
    /// run when those cannot be found, nothing when already done.
    Monitor,
}

#[derive(Debug, clap::Args)]
struct ImportArgs {
    /// The file (`.csv`, `.jsonl`, `.parquet`).
    file: PathBuf,
    /// The format (csv, jsonl, parquet), when the file name does not tell.
    #[arg(long, value_parser = input::parse_format)]
    format: Option<Format>,
    /// Customers saved per transaction.
    #[arg(long, default_value_t = 2000)]
    batch: usize,
}

/// The lists in force, indexed.
fn lists(global: &GlobalArgs) -> Result<Arc<ListSet>, Failure> {
    Ok(Arc::new(ListSet::build(
        global.load_lists(Vec::new())?,
        now_millis(),
    )))
}

fn threshold(args: &Args) -> Result<f64, Failure> {
    if (0.0..=1.0).contains(&args.alert_threshold) {
        Ok(args.alert_threshold)
    } else {
        Err(Failure::usage(format!(
            "--alert-threshold must be between 0 and 1, not {}",
            args.alert_threshold
        )))
    }
}

/// Logs on stderr, filtered by `NOMINA_LOG` (default: warnings only); `NOMINA_LOG=info`
/// shows a delta run's phases.
pub(crate) fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("NOMINA_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("warn"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Runs `nomina customers …`.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    init_logging();
    let (database, data_dir) = args.db.resolve(global)?;
    let opts = RunOptions {
        threshold: threshold(args)?,
        actor: "cli".into(),
        customer_index: Some(IndexFile::in_data_dir(&data_dir, &database)),
    };
    match &args.command {
        Sub::Import(a) => {
            let format = input::format_of(&a.file, a.format)?;
            if a.batch == 0 {
                return Err(Failure::usage("--batch must be more than 0"));
            }
            exit::check_readable("FILE", &a.file)?;
            let set = lists(global)?;
            let store = args.db.open(global)?;
            import(&*store, &set, a, format, &opts)
        }
        Sub::Rescreen => {
            let set = lists(global)?;
            let store = args.db.open(global)?;
            let run =
                run_full(&*store, &set, &opts).map_err(|e| Failure::service(e.to_string()))?;
            emit_json(&run)
        }
        Sub::Monitor => {
            let set = lists(global)?;
            let store = args.db.open(global)?;
            let registry = global.registry_options(Vec::new());
            match after_list_change(&*store, &set, None, &registry, &opts)
                .map_err(|e| Failure::service(e.to_string()))?
            {
                Some(run) => emit_json(&run),
                None => emit("nothing to do: no customers, or the last run already screened the lists in force\n"),
            }
        }
    }
}

/// What `nomina update` calls after switching versions: the same as `customers monitor`
/// when the database exists, silently nothing when it does not.
pub fn after_update(global: &GlobalArgs, db: &DatabaseArgs) -> CmdResult {
    init_logging();
    let (url, _) = db.resolve(global)?;
    if let nomina_store::Target::Sqlite(path) =
        nomina_store::parse_target(&url).map_err(|e| Failure::usage(e.to_string()))?
    {
        if !path.is_file() {
            return Ok(());
        }
    }
    let store = db.open(global)?;
    if store
        .customer_count()
        .map_err(|e| Failure::service(e.to_string()))?
        == 0
    {
        return Ok(());
    }
    let set = lists(global)?;
    let (database, data_dir) = db.resolve(global)?;
    let opts = RunOptions {
        threshold: nomina_match::DEFAULT_THRESHOLD,
        actor: "cli:update".into(),
        customer_index: Some(IndexFile::in_data_dir(&data_dir, &database)),
    };
    let registry = global.registry_options(Vec::new());
    if let Some(run) = after_list_change(&*store, &set, None, &registry, &opts)
        .map_err(|e| Failure::service(e.to_string()))?
    {
        emit(&format!(
            "customers: {} re-screen of {} customers, {} new alerts, {} delisted, {} ms\n",
            run.kind.as_str(),
            run.customers,
            run.alerts_opened,
            run.alerts_delisted,
            run.duration_ms
        ))?;
    }
    Ok(())
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Imported {
    /// Customers added or replaced.
    pub saved: usize,
    /// Hits at or above the alert threshold on entry.
    pub hits: usize,
    /// New alerts.
    pub opened: usize,
    /// Rows rejected (each reported on stderr by line and field).
    pub rejected: usize,
}

fn import(
    store: &dyn Store,
    set: &Arc<ListSet>,
    a: &ImportArgs,
    format: Format,
    opts: &RunOptions,
) -> CmdResult {
    let started = Instant::now();
    let done = import_file(store, set, &a.file, format, a.batch, opts)?;
    let secs = started.elapsed().as_secs_f64();
    emit(&format!(
        "imported {} customers ({} rows rejected): {} hits, {} new alerts, \
         in {secs:.1} s ({:.0} customers/s)\n",
        done.saved,
        done.rejected,
        done.hits,
        done.opened,
        done.saved as f64 / secs.max(1e-9)
    ))?;
    if done.rejected > 0 {
        return Err(Failure::screening(format!(
            "{} rows of {} were rejected (each is named above); the rest were imported",
            done.rejected,
            a.file.display()
        )));
    }
    Ok(())
}

/// Streams a customer file into the store `batch` rows at a time, screening each batch on
/// entry against `set` (one transaction per batch); rejected rows are named on stderr by
/// line and field and the rest are kept. Shows a progress bar on a terminal. Records the
/// monitoring baseline when none exists. What `customers import` and `bench monitoring`
/// run.
pub fn import_file(
    store: &dyn Store,
    set: &Arc<ListSet>,
    file: &std::path::Path,
    format: Format,
    batch_rows: usize,
    opts: &RunOptions,
) -> Result<Imported, Failure> {
    let mut reader = input::open(file, format, batch_rows)?;
    let progress = std::io::stderr().is_terminal().then(|| {
        let total = reader
            .total_rows()
            .or_else(|| estimate_rows(file, format))
            .unwrap_or(0);
        let pb = indicatif::ProgressBar::new(total);
        pb.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {human_pos}/{human_len} rows {per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        pb
    });
    let mut done = Imported::default();
    let mut batch: Vec<Customer> = Vec::with_capacity(batch_rows);
    let flush = |batch: &mut Vec<Customer>, done: &mut Imported| -> Result<(), Failure> {
        if batch.is_empty() {
            return Ok(());
        }
        let s = customers::save(store, set, batch, opts.threshold, &opts.actor).map_err(|e| {
            Failure::service(format!(
                "{e}; {} customers were imported before this batch (running the import \
                 again is safe: customers are replaced by reference)",
                done.saved
            ))
        })?;
        done.saved += s.customers;
        done.hits += s.hits;
        done.opened += s.alerts_opened;
        batch.clear();
        Ok(())
    };
    loop {
        let rows = reader
            .next_chunk(batch_rows)
            .map_err(|e| Failure::usage(e.to_string()))?;
        if rows.is_empty() {
            break;
        }
        let n = rows.len() as u64;
        for row in rows {
            let checked = row.record.map_err(|e| e.message).and_then(|r| {
                customers::validate(&input::customer(r))
                    .map_err(|e| format!("{}: {}", e.field, e.message))
            });
            match checked {
                Ok(c) => batch.push(c),
                Err(message) => {
                    done.rejected += 1;
                    let text = format!("{}: {}: {message}", file.display(), row.position);
                    match &progress {
                        Some(pb) => pb.println(format!("rejected: {text}")),
                        None => eprintln!("rejected: {text}"),
                    }
                }
            }
            if batch.len() >= batch_rows {
                flush(&mut batch, &mut done)?;
            }
        }
        if let Some(pb) = &progress {
            pb.inc(n);
        }
    }
    flush(&mut batch, &mut done)?;
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    baseline_if_none(store, set, opts).map_err(|e| Failure::service(e.to_string()))?;
    // The index a delta re-screen searches, built now that the base is in.
    if let Some(file) = &opts.customer_index {
        rebuild_index(store, file).map_err(|e| Failure::service(e.to_string()))?;
    }
    Ok(done)
}
