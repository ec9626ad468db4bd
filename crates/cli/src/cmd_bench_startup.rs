//! `nomina bench startup`: what one screening costs as a whole process (a CLI call, a
//! freshly started executor), without and with a prebuilt index file, measured in the same
//! run so that the machine's load weighs on both alike.

use crate::cmd_bench::{median, Args};
use crate::exit::{CmdResult, Failure};
use crate::{emit, emit_json, GlobalArgs};
use serde::Serialize;
use std::process::Command;
use std::time::Instant;

/// The name every run screens: the README's example.
const NAME: &str = "Masood Azhar";

/// Fewest runs of each kind, whatever --rounds says: medians of fewer are noise.
const MIN_RUNS: usize = 10;

/// Figures of `nomina bench startup`.
#[derive(Debug, Serialize)]
struct StartupFigures {
    /// The command timed, as run.
    command: String,
    runs: usize,
    /// Median wall time of a whole `nomina screen` process that parses the lists and builds
    /// the index.
    without_index_ms: f64,
    /// The same with `--index FILE`.
    with_index_ms: f64,
    /// Time to build the index file once.
    index_build_ms: f64,
    index_file_mb: f64,
    /// Whether both runs printed exactly the same bytes.
    identical_output: bool,
}

/// Runs the benchmark.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let exe = std::env::current_exe().map_err(|e| {
        Failure::new(
            crate::exit::FAILURE,
            format!("cannot find nomina itself: {e}"),
        )
    })?;
    let dir = tempfile::tempdir()
        .map_err(|e| Failure::new(crate::exit::FAILURE, format!("cannot make a temp dir: {e}")))?;
    let file = dir.path().join("lists.idx");
    // The same list options as this process was given, passed on to every child.
    let mut list_args: Vec<String> = Vec::new();
    for l in &global.lists {
        list_args.extend(["--list".into(), l.display().to_string()]);
    }
    if let Some(d) = &global.data_dir {
        list_args.extend(["--data-dir".into(), d.display().to_string()]);
    }
    let run = |extra: &[String], what: &[&str]| -> Result<(f64, Vec<u8>), Failure> {
        let t = Instant::now();
        let o = Command::new(&exe)
            .args(extra)
            .args(what)
            .output()
            .map_err(|e| Failure::new(crate::exit::FAILURE, format!("cannot run nomina: {e}")))?;
        let ms = t.elapsed().as_secs_f64() * 1e3;
        if !o.status.success() {
            return Err(Failure::new(
                crate::exit::FAILURE,
                format!(
                    "benchmark run {what:?} failed: {}",
                    String::from_utf8_lossy(&o.stderr)
                ),
            ));
        }
        Ok((ms, o.stdout))
    };
    let file_arg = file.display().to_string();
    let (index_build_ms, _) = run(&list_args, &["index", "build", "--out", &file_arg])?;
    let with_args: Vec<String> = vec!["--index".into(), file_arg.clone()];
    let runs = args.rounds.max(MIN_RUNS);
    let (mut without, mut with) = (Vec::new(), Vec::new());
    let mut identical = true;
    // Interleaved, so that a change in the machine's load falls on both alike.
    for _ in 0..runs {
        let (a, out_a) = run(&list_args, &["screen", NAME])?;
        let (b, out_b) = run(&with_args, &["screen", NAME])?;
        identical &= out_a == out_b;
        without.push(a);
        with.push(b);
    }
    let figures = StartupFigures {
        command: format!("nomina [--index FILE] screen {NAME:?}"),
        runs,
        without_index_ms: median(without),
        with_index_ms: median(with),
        index_build_ms,
        index_file_mb: std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0) as f64 / 1e6,
        identical_output: identical,
    };
    if !identical {
        return Err(Failure::screening(
            "screening with the prebuilt index printed other bytes than without it: the \
             index file does not stand for the lists (a defect; please report it)",
        ));
    }
    if args.json {
        return emit_json(&figures);
    }
    emit(&format!(
        "Whole process, {}, median of {} runs each:\n  without an index file: {:.0} ms\n  with a prebuilt index file ({:.1} MB, built in {:.0} ms): {:.0} ms\n  output identical: yes\n",
        figures.command,
        figures.runs,
        figures.without_index_ms,
        figures.index_file_mb,
        figures.index_build_ms,
        figures.with_index_ms,
    ))
}
