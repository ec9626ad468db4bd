//! `nomina bench monitoring`: the ongoing-monitoring cycle on a customer base, in one
//! process and a throwaway SQLite store, phase by phase: the import (screened on entry),
//! a full re-screen, and the delta re-screen of one real list update, each with its wall
//! time and the process's peak memory during it.

use crate::cmd_bench::{ms, rss_mib, Args};
use crate::cmd_customers::{import_file, input};
use crate::exit::{CmdResult, Failure};
use crate::{emit, emit_json, GlobalArgs};
use nomina_registry::{LoadedList, LoadedLists, Origin};
use nomina_server::lists::ListSet;
use nomina_server::monitoring::customer_index::IndexFile;
use nomina_server::monitoring::run::{rebuild_index, run_delta, run_full, RunOptions};
use nomina_store::{now_millis, MonitoringRun};
use serde::Serialize;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

/// One phase's figures.
#[derive(Debug, Serialize)]
struct Phase {
    /// What was done.
    phase: &'static str,
    /// Wall time of the phase, as the caller sees it.
    wall_ms: f64,
    /// The process's peak resident memory during the phase (MiB; Linux).
    peak_rss_mib: f64,
    /// Resident memory when the phase began (MiB): the lists and what earlier phases left.
    rss_before_mib: f64,
    /// The monitoring run it recorded, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    run: Option<MonitoringRun>,
}

/// Figures of `nomina bench monitoring`.
#[derive(Debug, Serialize)]
struct MonitoringFigures {
    customers_file: String,
    customers: usize,
    rejected: usize,
    /// Size of the customer index file.
    index_file_mib: f64,
    /// The list versions before and after the update.
    from: String,
    to: String,
    phases: Vec<Phase>,
}

/// Resets the kernel's peak-RSS mark of this process (`VmHWM`), so that the next reading
/// is the peak of what follows. Linux only; elsewhere the peak is since the start.
fn reset_peak_rss() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The lists in force with the list of `file`'s source replaced by `file`'s version (or
/// added, when that source is not in force).
fn lists_with(base: &LoadedLists, file: &Path) -> Result<Arc<ListSet>, Failure> {
    crate::exit::check_readable("--from/--to", file)?;
    let snapshot = nomina_lists::read_path(file)
        .map_err(|e| Failure::usage(format!("{}: {e}", file.display())))?;
    let mut lists: Vec<LoadedList> = base
        .lists
        .iter()
        .filter(|l| l.snapshot.version.source != snapshot.version.source)
        .cloned()
        .collect();
    lists.push(LoadedList {
        snapshot,
        origin: Origin::File(file.to_path_buf()),
    });
    Ok(Arc::new(ListSet::build(
        LoadedLists { lists },
        now_millis(),
    )))
}

fn describe(set: &ListSet) -> String {
    set.lists
        .iter()
        .map(|l| {
            let v = &l.snapshot.version;
            match v.published {
                Some(d) => format!("{} {d}", v.source.prefix()),
                None => v.source.prefix().to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Times `f` as one phase: wall time and peak memory.
fn phase<T>(
    name: &'static str,
    f: impl FnOnce() -> Result<T, Failure>,
) -> Result<(T, Phase), Failure> {
    reset_peak_rss();
    let rss_before_mib = rss_mib().0;
    let t = Instant::now();
    let out = f()?;
    let wall_ms = ms(t.elapsed());
    Ok((
        out,
        Phase {
            phase: name,
            wall_ms,
            peak_rss_mib: rss_mib().1,
            rss_before_mib,
            run: None,
        },
    ))
}

/// Runs the benchmark.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    crate::cmd_customers::init_logging();
    let need = |o: &Option<std::path::PathBuf>, flag: &str| {
        o.clone()
            .ok_or_else(|| Failure::usage(format!("bench monitoring needs {flag} FILE")))
    };
    let file = need(&args.customers, "--customers")?;
    let from_file = need(&args.from, "--from")?;
    let to_file = need(&args.to, "--to")?;
    let format = input::format_of(&file, None)?;
    crate::exit::check_readable("--customers", &file)?;

    let base = global.load_lists(Vec::new())?;
    let from = lists_with(&base, &from_file)?;
    let to = lists_with(&base, &to_file)?;
    drop(base);
    if from.versions() == to.versions() {
        return Err(Failure::usage("--from and --to are the same list version"));
    }
    let dir = tempfile::tempdir()
        .map_err(|e| Failure::service(format!("cannot make a temporary directory: {e}")))?;
    let database = format!("sqlite:{}", dir.path().join("nomina.db").display());
    let opts = RunOptions {
        threshold: nomina_match::DEFAULT_THRESHOLD,
        actor: "bench".into(),
        customer_index: Some(IndexFile::in_data_dir(dir.path(), &database)),
    };
    let store = nomina_store::open(&database).map_err(|e| Failure::service(e.to_string()))?;
    let service = |e: nomina_server::monitoring::MonitorError| Failure::service(e.to_string());

    let mut phases = Vec::new();
    let no_index = RunOptions {
        customer_index: None,
        ..opts.clone()
    };
    let (imported, p) = phase("import (screened on entry)", || {
        import_file(&*store, &from, &file, format, 2000, &no_index)
    })?;
    phases.push(p);
    let index_file = opts
        .customer_index
        .clone()
        .ok_or_else(|| Failure::usage("no index"))?;
    let (index, p) = phase("build the customer index", || {
        rebuild_index(&*store, &index_file).map_err(service)
    })?;
    drop(index);
    let index_file_mib =
        std::fs::metadata(&index_file.path).map_or(0.0, |m| m.len() as f64 / 1048576.0);
    phases.push(p);
    let (full, mut p) = phase("full re-screen", || {
        run_full(&*store, &from, &opts).map_err(service)
    })?;
    p.run = Some(full);
    phases.push(p);
    let previous: Vec<_> = from.lists.iter().map(|l| l.snapshot.clone()).collect();
    let from_versions = serde_json::to_value(from.versions()).unwrap_or_default();
    let (delta, mut p) = phase("delta re-screen", || {
        run_delta(&*store, &to, &previous, from_versions, &opts).map_err(service)
    })?;
    p.run = Some(delta);
    phases.push(p);

    let figures = MonitoringFigures {
        customers_file: file.display().to_string(),
        customers: imported.saved,
        rejected: imported.rejected,
        index_file_mib,
        from: describe(&from),
        to: describe(&to),
        phases,
    };
    if args.json {
        return emit_json(&figures);
    }
    emit(&text(&figures))
}

fn text(f: &MonitoringFigures) -> String {
    let mut out = format!(
        "{} customers from {} ({} rows rejected), customer index file {:.0} MiB\nfrom: {}\nto:   {}\n",
        f.customers, f.customers_file, f.rejected, f.index_file_mib, f.from, f.to
    );
    for p in &f.phases {
        out += &format!(
            "{:<28} {:>9.1} s   RSS {:>5.0} MiB before, peak {:>5.0}",
            p.phase,
            p.wall_ms / 1e3,
            p.rss_before_mib,
            p.peak_rss_mib
        );
        if let Some(r) = &p.run {
            out += &format!(
                "   (run {} ms: {} entities screened, {} candidates, {} hits, {} new alerts, {} delisted)",
                r.duration_ms,
                r.entities_screened,
                r.candidates,
                r.hits,
                r.alerts_opened,
                r.alerts_delisted
            );
        }
        out.push('\n');
    }
    out
}
