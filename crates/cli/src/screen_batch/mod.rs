//! `nomina screen --batch IN [--out OUT]`: screens a file of queries (JSON lines, CSV or
//! Parquet) a bounded chunk at a time — read, screened on every core, written in input
//! order — so that memory stays constant however long the file. With `--out`, a checkpoint
//! beside OUT records each durable chunk and `--resume` continues an interrupted run
//! without screening a row twice. See `docs/batch.md`.

mod checkpoint;

use crate::exit::{self, CmdResult, Failure};
use checkpoint::{Checkpoint, RunIdentity};
use nomina_match::{Hit, Matcher};
use nomina_tabular::read::{estimate_rows, STDIN};
use nomina_tabular::{Format, HitColumns, HitsTable, Reader, ResultWriter, Row};
use rayon::prelude::*;
use serde::Serialize;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Rows read, screened and written at a time unless `--chunk-rows` says otherwise: large
/// enough to keep every core busy, small enough that a chunk's rows and results are a few
/// megabytes and an interrupted run loses seconds of work.
pub const DEFAULT_CHUNK_ROWS: usize = 4096;

/// What to screen and where to write it.
pub struct BatchRun<'a> {
    /// The queries (`-`: standard input).
    pub input: &'a Path,
    /// Its format, when the name does not say.
    pub input_format: Option<Format>,
    /// The results file; standard output when `None`.
    pub out: Option<&'a Path>,
    /// Its format, when the name does not say.
    pub out_format: Option<Format>,
    /// Continue the interrupted run whose checkpoint is beside `out`.
    pub resume: bool,
    /// Most hits per query.
    pub limit: usize,
    /// Lowest score reported.
    pub min_score: f64,
    /// Write each hit's explanation.
    pub explain: bool,
    /// Rows per chunk.
    pub chunk_rows: usize,
    /// Testing only: stop with an error after this many chunks are durable, as a crash
    /// would (the checkpoint is left for `--resume`).
    pub stop_after_chunks: Option<u64>,
}

/// Result line of JSON-lines output: the benchmark format, plus `error` for a query that
/// could not run.
#[derive(Serialize)]
struct BatchResult<'a> {
    id: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    hits: Option<Vec<BatchHit<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

#[derive(Serialize)]
struct BatchHit<'a> {
    entity: &'a str,
    score: f64,
    name: &'a str,
    /// With `--explain`: the matcher's explanation, as `--json` prints it for one name.
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<&'a nomina_match::Explanation>,
}

/// One row's outcome.
struct Screened {
    /// The row's ordinal in the input, from 1.
    ordinal: u64,
    /// The row's key, when it has one.
    key: Option<serde_json::Value>,
    /// Its line (text) or row (Parquet) number: the id of a row without a key.
    position: u64,
    outcome: Result<Vec<Hit>, String>,
}

fn format_of(
    path: &Path,
    given: Option<Format>,
    what: &str,
    flag: &str,
) -> Result<Format, Failure> {
    if let Some(f) = given {
        return Ok(f);
    }
    if path.as_os_str() == STDIN {
        return Ok(Format::Jsonl);
    }
    Format::from_path(path).ok_or_else(|| {
        Failure::usage(format!(
            "{}: cannot tell the {what} format from the name; give {flag} (one of {})",
            path.display(),
            nomina_tabular::format::FORMAT_NAMES
        ))
    })
}

fn file_failure(e: nomina_tabular::FileError) -> Failure {
    Failure::usage(e.to_string())
}

/// Runs a batch.
pub fn run(matcher: &Matcher, run: &BatchRun) -> CmdResult {
    let in_format = format_of(run.input, run.input_format, "input", "--format")?;
    let out_format = match run.out {
        Some(out) => format_of(out, run.out_format, "output", "--out-format")?,
        None => run.out_format.unwrap_or(Format::Jsonl),
    };
    if run.chunk_rows == 0 {
        return Err(Failure::usage("--chunk-rows must be at least 1"));
    }
    let stdin = run.input.as_os_str() == STDIN;
    if run.resume && (run.out.is_none() || stdin) {
        return Err(Failure::usage(
            "--resume needs --out FILE and an input file (not standard input): the checkpoint \
             lives beside the output and records the input's hash",
        ));
    }
    if !stdin {
        exit::check_readable("QUERIES", run.input)?;
    }
    let columns = HitColumns {
        id: true,
        explanation: run.explain,
        error: true,
    };
    // With a results file, every durable chunk is checkpointed (not for standard input,
    // whose content cannot be checked again).
    let checkpointed = run.out.filter(|_| !stdin);
    let mut state = match checkpointed {
        Some(out) => {
            let identity = RunIdentity {
                input_sha256: checkpoint::file_sha256(run.input)?,
                input_format: checkpoint::format_name(in_format),
                output_format: checkpoint::format_name(out_format),
                lists_sha256: checkpoint::lists_sha256(matcher.versions()),
                min_score: run.min_score,
                limit: run.limit,
                explain: run.explain,
            };
            Some(start_or_resume(run, out, identity)?)
        }
        None => None,
    };
    let (mut writer, mut cp) = match state.take() {
        Some((w, c)) => (w, Some(c)),
        None => (
            ResultWriter::create(run.out, out_format, columns).map_err(file_failure)?,
            None,
        ),
    };
    if let (Some(out), Some(c)) = (checkpointed, cp.as_mut()) {
        // A fresh or rebuilt output is committed and recorded before any new row.
        c.set_commit(&writer.commit().map_err(file_failure)?);
        checkpoint::save(out, c)?;
        ResultWriter::drop_resume_copy(out).map_err(file_failure)?;
    }
    let done_before = cp.as_ref().map_or(0, |c| c.rows_done);
    let failed_before = cp.as_ref().map_or(0, |c| c.failed);
    let mut reader =
        Reader::open(run.input, in_format, done_before, run.chunk_rows).map_err(file_failure)?;
    let progress = std::io::stderr().is_terminal().then(|| {
        let total = reader
            .total_rows()
            .or_else(|| estimate_rows(run.input, in_format))
            .unwrap_or(0);
        let pb = indicatif::ProgressBar::new(total).with_position(done_before);
        pb.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {human_pos}/{human_len} rows {per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        pb.reset_eta();
        pb
    });
    if done_before > 0 {
        let note = format!(
            "resuming: {done_before} rows were done by the interrupted run; screening from row {}",
            done_before + 1
        );
        match &progress {
            Some(pb) => pb.println(note),
            None => eprintln!("{note}"),
        }
    }
    let started = Instant::now();
    let (mut screened, mut failed, mut chunks) = (0u64, 0u64, 0u64);
    let mut ordinal = done_before;
    loop {
        let rows = reader.next_chunk(run.chunk_rows).map_err(file_failure)?;
        if rows.is_empty() {
            break;
        }
        let results = screen_chunk(matcher, rows, ordinal, run.min_score, run.limit);
        ordinal += results.len() as u64;
        for r in &results {
            if let Err(e) = &r.outcome {
                failed += 1;
                match &progress {
                    Some(pb) => pb.println(format!("error: {e}")),
                    None => eprintln!("error: {e}"),
                }
            }
        }
        if !write_chunk(&mut writer, &results, columns, run.explain)? {
            // Standard output was closed (`| head`): nothing more to do.
            return Ok(());
        }
        screened += results.len() as u64;
        chunks += 1;
        if let (Some(out), Some(c)) = (checkpointed, cp.as_mut()) {
            c.set_commit(&writer.commit().map_err(file_failure)?);
            c.rows_done = ordinal;
            c.failed = failed_before + failed;
            checkpoint::save(out, c)?;
        } else if let Err(e) = writer.commit() {
            if broken_pipe(&e) {
                return Ok(());
            }
            return Err(file_failure(e));
        }
        if let Some(pb) = &progress {
            pb.inc(results.len() as u64);
        }
        if run.stop_after_chunks == Some(chunks) {
            if let Some(pb) = &progress {
                pb.abandon();
            }
            return Err(Failure::new(
                exit::FAILURE,
                format!("stopped after {chunks} chunks, as --stop-after-chunks asked"),
            ));
        }
    }
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    if let Err(e) = writer.finish() {
        if broken_pipe(&e) {
            return Ok(());
        }
        return Err(file_failure(e));
    }
    if let Some(out) = checkpointed {
        checkpoint::remove(out)?;
    }
    let secs = started.elapsed().as_secs_f64();
    let failed_total = failed_before + failed;
    eprintln!(
        "screened {screened} queries in {secs:.2} s ({:.0} queries/s), {failed} could not be screened{}",
        screened as f64 / secs.max(1e-9),
        if done_before > 0 {
            format!(" ({done_before} rows done before resuming, {failed_total} in all could not be screened)")
        } else {
            String::new()
        }
    );
    if failed_total > 0 {
        let how = if out_format == Format::Jsonl {
            "their lines carry \"error\""
        } else {
            "their rows carry an \"error\""
        };
        return Err(Failure::screening(format!(
            "{failed_total} of {} queries could not be screened; {how}",
            done_before + screened
        )));
    }
    Ok(())
}

fn broken_pipe(e: &nomina_tabular::FileError) -> bool {
    e.message.contains("Broken pipe")
}

/// The output and checkpoint to start from: the interrupted run's with `--resume`, else new.
fn start_or_resume(
    run: &BatchRun,
    out: &Path,
    identity: RunIdentity,
) -> Result<(ResultWriter, Checkpoint), Failure> {
    let columns = HitColumns {
        id: true,
        explanation: run.explain,
        error: true,
    };
    let out_format = identity
        .output_format
        .parse::<Format>()
        .map_err(Failure::usage)?;
    let existing = checkpoint::load(out)?;
    let cp_path: PathBuf = checkpoint::path_of(out);
    if run.resume {
        match existing {
            Some(c) => {
                if let Some(why) = checkpoint::mismatch(&c.identity, &identity) {
                    return Err(Failure::usage(format!(
                        "cannot resume from {}: {why}. Run without --resume to screen the \
                         input from the start",
                        cp_path.display()
                    )));
                }
                let commit = c.commit().map_err(|e| {
                    Failure::usage(format!("{}: bad footer: {e}", cp_path.display()))
                })?;
                let writer = ResultWriter::resume(out, out_format, columns, &commit)
                    .map_err(file_failure)?;
                return Ok((writer, c));
            }
            None if out.exists() => {
                return Err(Failure::usage(format!(
                    "{} exists but has no checkpoint {}: its run finished (or was not started \
                     with --out); nothing to resume. Run without --resume to screen again",
                    out.display(),
                    cp_path.display()
                )))
            }
            None => {}
        }
    } else if existing.is_some() {
        eprintln!(
            "note: starting again; the checkpoint of an interrupted run ({}) is replaced \
             (--resume continues it instead)",
            cp_path.display()
        );
        // A half-rebuilt Parquet output's old copy belongs to that run too.
        ResultWriter::drop_resume_copy(out).map_err(file_failure)?;
    }
    let writer = ResultWriter::create(Some(out), out_format, columns).map_err(file_failure)?;
    let c = Checkpoint {
        nomina_checkpoint: 1,
        input: run.input.display().to_string(),
        identity,
        rows_done: 0,
        failed: 0,
        output_len: 0,
        parquet_footer: String::new(),
    };
    Ok((writer, c))
}

/// Screens a chunk on every core; results in input order.
fn screen_chunk(
    matcher: &Matcher,
    rows: Vec<Row>,
    first_ordinal: u64,
    min_score: f64,
    limit: usize,
) -> Vec<Screened> {
    rows.into_par_iter()
        .enumerate()
        .map(|(i, row)| {
            let at = row.position;
            let (key, query) = match row.record {
                Err(e) => (None, Err(e)),
                Ok(r) => (r.key.clone(), r.query()),
            };
            let outcome = query.map_err(|e| format!("{at}: {e}")).and_then(|q| {
                matcher
                    .screen(&q, min_score, limit)
                    .map_err(|e| format!("{at}: {e}"))
            });
            Screened {
                ordinal: first_ordinal + i as u64 + 1,
                key,
                position: at.number(),
                outcome,
            }
        })
        .collect()
}

/// Writes a chunk's results; false when standard output was closed.
fn write_chunk(
    writer: &mut ResultWriter,
    results: &[Screened],
    columns: HitColumns,
    explain: bool,
) -> Result<bool, Failure> {
    let write_error = |e: String| Failure::new(exit::FAILURE, format!("cannot write output: {e}"));
    if writer.format() == Format::Jsonl {
        let lines: Vec<String> = results
            .par_iter()
            .map(|r| {
                let id = r.key.clone().unwrap_or_else(|| r.position.into());
                let line = match &r.outcome {
                    Ok(hits) => BatchResult {
                        id,
                        hits: Some(
                            hits.iter()
                                .map(|h| BatchHit {
                                    entity: &h.entity,
                                    score: h.score,
                                    name: &h.name,
                                    explanation: explain.then_some(&h.explanation),
                                })
                                .collect(),
                        ),
                        error: None,
                    },
                    Err(e) => BatchResult {
                        id,
                        hits: None,
                        error: Some(e.as_str()),
                    },
                };
                serde_json::to_string(&line).unwrap_or_default()
            })
            .collect();
        return match writer.write_lines(lines.iter().map(String::as_str)) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(false),
            Err(e) => Err(write_error(e.to_string())),
        };
    }
    let mut table = HitsTable::new(columns);
    for r in results {
        let id = r.key.as_ref().map(|k| match k {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        });
        match &r.outcome {
            Ok(hits) => table
                .push_hits(r.ordinal as i64, id.as_deref(), hits)
                .map_err(write_error)?,
            Err(e) => table.push_error(r.ordinal as i64, id.as_deref(), e),
        }
    }
    let batch = table.finish().map_err(write_error)?;
    match writer.write_batch(&batch) {
        Ok(()) => Ok(true),
        Err(e) if broken_pipe(&e) => Ok(false),
        Err(e) => Err(file_failure(e)),
    }
}
