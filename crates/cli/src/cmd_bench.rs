//! `nomina bench`: measures what users care about on their own machine, on a release build:
//! load and index time, memory, single-query latency and batch throughput, each against a
//! baseline measured in the same run.

use crate::bench_worst_case::{WorstCase, SIZES};
use crate::exit::CmdResult;
use crate::{emit, emit_json, GlobalArgs};
use nomina_match::{Matcher, Query};
use rayon::prelude::*;
use serde::Serialize;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Arguments of `nomina bench`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to measure.
    #[arg(value_enum)]
    pub what: Target,
    /// Queries (JSON Lines, benchmark format or bare query objects); by default, names
    /// taken from the lists themselves.
    #[arg(long, value_name = "FILE")]
    pub queries: Option<PathBuf>,
    /// Repetitions of each measurement; medians are reported.
    #[arg(long, default_value_t = 5)]
    pub rounds: usize,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also list the N slowest queries (one thread), to see what costs time.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub slowest: usize,
    /// Lowest score reported while screening [default: the alert threshold, 0.80, as
    /// `nomina screen` uses; 0.50 is what `screen --batch` reports down to].
    #[arg(long, value_name = "S")]
    pub min_score: Option<f64>,
    /// `bench stream`: the NATS server (with JetStream) to run the consumer against.
    #[arg(long, value_name = "URL")]
    pub nats: Option<String>,
    /// `bench stream`: payment messages per throughput round (half as many per latency
    /// round).
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    pub messages: usize,
    /// `bench stream`: messages published per second in the latency rounds.
    #[arg(long, value_name = "N", default_value_t = 500.0)]
    pub rate: f64,
    /// `bench monitoring`: the customer base to import (CSV, JSON lines or Parquet).
    #[arg(long, value_name = "FILE")]
    pub customers: Option<PathBuf>,
    /// `bench monitoring`: the list version in force when the customers are imported; it
    /// replaces the list of its source among the lists in force.
    #[arg(long, value_name = "FILE")]
    pub from: Option<PathBuf>,
    /// `bench monitoring`: the version of the same source that the update brings.
    #[arg(long, value_name = "FILE")]
    pub to: Option<PathBuf>,
    /// `bench text`: also write the worst-case documents it scans (`name-dense-BYTES.txt`
    /// and `listed-names-BYTES.txt`, first round) into this directory, to scan them with `nomina scan` or profile.
    #[arg(long, value_name = "DIR")]
    pub write_dense: Option<PathBuf>,
}

/// Benchmarks available.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Target {
    /// Name screening.
    Names,
    /// Text scanning: MB/s per core on news text (the documents given with --queries, a
    /// file or a directory, else a built-in wire article), on the worst case (pasted
    /// lists of common name words, 100 KB to 2 MB) and the scanner's build time.
    Text,
    /// The payment stream consumer (`nomina stream`) against a running nats-server
    /// (`--nats URL`): messages per second through a backlog, and the latency from
    /// publication to result at a steady `--rate`.
    Stream,
    /// Whole-process start: `nomina screen "Masood Azhar"` as a fresh process, parsing the
    /// lists and building the index, then with a prebuilt index file (`--index`); medians
    /// of --rounds runs each (at least 10).
    Startup,
    /// Ongoing monitoring of a customer base (`--customers FILE`) in a throwaway SQLite
    /// store: the import screened on entry, a full re-screen, and the delta re-screen of
    /// the list update `--from FILE` → `--to FILE`; time and peak memory of each phase.
    Monitoring,
}

/// Figures of `nomina bench names`.
#[derive(Debug, Serialize)]
pub struct NameFigures {
    lists: Vec<String>,
    entities: usize,
    names: usize,
    queries: usize,
    load_ms: f64,
    index_build_ms: f64,
    rss_mib: f64,
    peak_rss_mib: f64,
    lists_mib: f64,
    index_mib: f64,
    latency_p50_us: f64,
    latency_p90_us: f64,
    latency_p99_us: f64,
    threads: usize,
    batch_queries_per_s: f64,
    single_thread_queries_per_s: f64,
    baseline_full_scan_p50_us: f64,
    baseline_sample: usize,
    min_score: f64,
}

pub(crate) fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() {
        return 0.0;
    }
    v[v.len() / 2]
}

pub(crate) fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

pub(crate) fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Resident and peak resident memory of this process in MiB (Linux; 0 elsewhere).
pub(crate) fn rss_mib() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map(|kb| kb / 1024.0)
            .unwrap_or(0.0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn load_queries(
    path: &Option<PathBuf>,
    matcher_source: &[nomina_model::ListSnapshot],
) -> Result<Vec<Query>, crate::exit::Failure> {
    if let Some(p) = path {
        let text = std::fs::read_to_string(p)
            .map_err(|e| crate::exit::Failure::usage(format!("{}: {e}", p.display())))?;
        let mut out = Vec::new();
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let v: serde_json::Value = serde_json::from_str(line).map_err(|e| {
                crate::exit::Failure::usage(format!("{}: line {}: {e}", p.display(), i + 1))
            })?;
            let q = v.get("query").cloned().unwrap_or(v);
            out.push(serde_json::from_value(q).map_err(|e| {
                crate::exit::Failure::usage(format!("{}: line {}: {e}", p.display(), i + 1))
            })?);
        }
        return Ok(out);
    }
    // Every seventh listed name, as written: a deterministic, list-shaped sample.
    Ok(matcher_source
        .iter()
        .flat_map(|l| l.entities.iter())
        .flat_map(|e| e.names.iter())
        .step_by(7)
        .map(|n| Query::name(n.full.clone()))
        .collect())
}

/// Runs the command.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    match args.what {
        Target::Text => return bench_text(global, args),
        Target::Startup => return crate::cmd_bench_startup::run(global, args),
        Target::Monitoring => return crate::cmd_bench_monitoring::run(global, args),
        Target::Names | Target::Stream => {}
    }
    if let Target::Stream = args.what {
        let nats = args
            .nats
            .as_deref()
            .ok_or_else(|| crate::exit::Failure::usage("bench stream needs --nats URL"))?;
        let b = crate::bench_stream::StreamBench {
            nats,
            messages: args.messages,
            rate: args.rate,
            rounds: args.rounds,
            json: args.json,
        };
        return crate::bench_stream::run(global, &b);
    }
    let rounds = args.rounds.max(1);
    // Memory is read after the first load and build, as a real run would be; later rounds
    // only time (their garbage would inflate the figures).
    let (rss_start, _) = rss_mib();
    let t = Instant::now();
    let snapshots = global.load_lists(Vec::new())?.into_snapshots();
    let mut load_times = vec![ms(t.elapsed())];
    let (rss_lists, _) = rss_mib();
    let t = Instant::now();
    let matcher = Matcher::build(&snapshots);
    let mut build_times = vec![ms(t.elapsed())];
    let (rss, peak) = rss_mib();
    for _ in 1..rounds {
        let t = Instant::now();
        drop(std::hint::black_box(global.load_lists(Vec::new())?));
        load_times.push(ms(t.elapsed()));
        let t = Instant::now();
        drop(std::hint::black_box(Matcher::build(&snapshots)));
        build_times.push(ms(t.elapsed()));
    }
    let queries = load_queries(&args.queries, &snapshots)?;
    let lists: Vec<String> = snapshots
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s.version.source,
                s.version
                    .published
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            )
        })
        .collect();
    drop(snapshots);
    let min_score = args.min_score.unwrap_or(nomina_match::DEFAULT_THRESHOLD);

    // One thread: each query timed alone; per query the median over rounds.
    let mut per_query: Vec<Vec<f64>> = vec![Vec::with_capacity(rounds); queries.len()];
    let mut single_totals = Vec::new();
    for _ in 0..rounds {
        let start = Instant::now();
        for (i, q) in queries.iter().enumerate() {
            let t = Instant::now();
            let _ = std::hint::black_box(matcher.screen(q, min_score, 10));
            per_query[i].push(t.elapsed().as_secs_f64() * 1e6);
        }
        single_totals.push(queries.len() as f64 / start.elapsed().as_secs_f64());
    }
    let mut lat: Vec<f64> = per_query.into_iter().map(median).collect();
    if args.slowest > 0 {
        let mut order: Vec<usize> = (0..lat.len()).collect();
        order.sort_by(|&a, &b| lat[b].total_cmp(&lat[a]));
        for &i in order.iter().take(args.slowest) {
            eprintln!("{:>9.1} µs  {:?}", lat[i], queries[i].name);
        }
    }
    lat.sort_by(f64::total_cmp);

    // All cores.
    let mut batch = Vec::new();
    for _ in 0..rounds {
        let start = Instant::now();
        queries.par_iter().for_each(|q| {
            let _ = std::hint::black_box(matcher.screen(q, min_score, 10));
        });
        batch.push(queries.len() as f64 / start.elapsed().as_secs_f64());
    }

    // Baseline in the same run: scoring every listed name, on a sample.
    let sample: Vec<&Query> = queries
        .iter()
        .step_by((queries.len() / 100).max(1))
        .collect();
    let mut base: Vec<f64> = sample
        .iter()
        .map(|q| {
            let t = Instant::now();
            let _ = std::hint::black_box(matcher.screen_exhaustive(q, min_score, 10));
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    base.sort_by(f64::total_cmp);

    let stats = matcher.stats();
    let f = NameFigures {
        lists,
        entities: stats.entities,
        names: stats.names,
        queries: queries.len(),
        load_ms: median(load_times),
        index_build_ms: median(build_times),
        rss_mib: rss,
        peak_rss_mib: peak,
        lists_mib: rss_lists - rss_start,
        index_mib: rss - rss_lists,
        latency_p50_us: percentile(&lat, 0.5),
        latency_p90_us: percentile(&lat, 0.9),
        latency_p99_us: percentile(&lat, 0.99),
        threads: rayon::current_num_threads(),
        batch_queries_per_s: median(batch),
        single_thread_queries_per_s: median(single_totals),
        baseline_full_scan_p50_us: percentile(&base, 0.5),
        baseline_sample: sample.len(),
        min_score,
    };
    if args.json {
        return emit_json(&f);
    }
    emit(&format!(
        "lists            {}\n\
         index            {} entities, {} names\n\
         load lists       {:.0} ms (median of {rounds})\n\
         build index      {:.0} ms (median of {rounds})\n\
         memory           {:.0} MiB resident, {:.0} MiB peak (lists {:.0} MiB, index {:.0} MiB)\n\
         one thread       p50 {:.1} µs, p90 {:.1} µs, p99 {:.1} µs over {} queries ({:.0} queries/s)\n\
         all {} threads    {:.0} queries/s (median of {rounds})\n\
         baseline         full scan of every name: p50 {:.0} µs on {} queries ({:.0}× slower than the index)\n\
         scores reported down to {:.2}\n",
        f.lists.join(", "),
        f.entities,
        f.names,
        f.load_ms,
        f.index_build_ms,
        f.rss_mib,
        f.peak_rss_mib,
        f.lists_mib,
        f.index_mib,
        f.latency_p50_us,
        f.latency_p90_us,
        f.latency_p99_us,
        f.queries,
        f.single_thread_queries_per_s,
        f.threads,
        f.batch_queries_per_s,
        f.baseline_full_scan_p50_us,
        f.baseline_sample,
        f.baseline_full_scan_p50_us / f.latency_p50_us.max(1e-9),
        f.min_score,
    ))
}

/// Figures of `nomina bench text`.
#[derive(Debug, Serialize)]
pub struct TextFigures {
    lists: Vec<String>,
    entities: usize,
    documents: usize,
    corpus_mb: f64,
    index_build_ms: f64,
    scanner_build_ms: f64,
    one_thread_mb_per_s: f64,
    threads: usize,
    all_threads_mb_per_s: f64,
    mentions: usize,
    min_score: f64,
    /// Worst cases ([`WorstCase`]): pasted lists of names of growing size.
    name_dense: Vec<DenseFigures>,
    /// Peak resident memory of the process after all measurements.
    peak_rss_mib: f64,
}

/// Scanning speed on one worst-case document.
#[derive(Debug, Serialize)]
pub struct DenseFigures {
    /// Which worst case ([`WorstCase::label`]).
    kind: &'static str,
    bytes: usize,
    /// Scanned on one thread.
    mb_per_s: f64,
    /// Scanned with rayon's pool (the scanner matches a long document's windows on every
    /// core).
    all_threads_mb_per_s: f64,
    mentions: usize,
    /// Matcher work (alignments) per word of the document.
    work_per_word: f64,
}

/// Reads the documents of `path` (a file, or every file of a directory).
fn text_corpus(path: &Option<PathBuf>) -> Result<Vec<String>, crate::exit::Failure> {
    let Some(p) = path else {
        return Ok(vec![nomina_scan::BENCH_NEWS.to_string()]);
    };
    let read = |f: &std::path::Path| {
        std::fs::read(f)
            .map(|b| String::from_utf8_lossy(&b).into_owned())
            .map_err(|e| crate::exit::Failure::usage(format!("{}: {e}", f.display())))
    };
    if p.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(p)
            .map_err(|e| crate::exit::Failure::usage(format!("{}: {e}", p.display())))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        files.iter().map(|f| read(f)).collect()
    } else {
        Ok(vec![read(p)?])
    }
}

/// `nomina bench text`: scanner build time and scanning throughput, one thread and all.
fn bench_text(global: &GlobalArgs, args: &Args) -> CmdResult {
    use nomina_scan::{ScanOptions, Scanner};
    use std::sync::Arc;
    let rounds = args.rounds.max(1);
    let snapshots = global.load_lists(Vec::new())?.into_snapshots();
    let lists: Vec<String> = snapshots
        .iter()
        .map(|s| {
            format!(
                "{} {}",
                s.version.source,
                s.version
                    .published
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            )
        })
        .collect();
    let mut index_ms = Vec::new();
    let mut scanner_ms = Vec::new();
    let mut scanner = None;
    for _ in 0..rounds {
        drop(scanner.take());
        let t = Instant::now();
        let matcher = Arc::new(Matcher::build(&snapshots));
        index_ms.push(ms(t.elapsed()));
        let t = Instant::now();
        scanner = Some(Scanner::new(matcher));
        scanner_ms.push(ms(t.elapsed()));
    }
    let scanner = scanner.expect("at least one round");
    let matcher = scanner.matcher_arc();
    // The corpus, repeated to about 8 MB so that one pass takes long enough to time.
    let docs = text_corpus(&args.queries)?;
    let one_pass: usize = docs.iter().map(String::len).sum::<usize>().max(1);
    let copies = (8_000_000 / one_pass).max(1);
    let corpus: Vec<&str> = (0..copies)
        .flat_map(|_| docs.iter().map(String::as_str))
        .collect();
    let bytes: usize = corpus.iter().map(|d| d.len()).sum();
    let opts = ScanOptions {
        format: Some(nomina_scan::Format::Text),
        ..ScanOptions::default()
    };
    let mut mentions = 0usize;
    // "One thread" is a pool of one: the scanner would otherwise match a long document's
    // windows on rayon's pool.
    let one_thread = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .map_err(|e| crate::exit::Failure::screening(format!("thread pool: {e}")))?;
    let mut one = Vec::new();
    for _ in 0..rounds {
        one_thread.install(|| {
            let t = Instant::now();
            mentions = 0;
            for d in &corpus {
                if let Ok(r) = scanner.scan_text(d, &opts) {
                    mentions += r.mentions.len();
                }
            }
            one.push(bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
        });
    }
    let mut all = Vec::new();
    for _ in 0..rounds {
        let t = Instant::now();
        corpus.par_iter().for_each(|d| {
            let _ = std::hint::black_box(scanner.scan_text(d, &opts));
        });
        all.push(bytes as f64 / 1e6 / t.elapsed().as_secs_f64());
    }
    // Worst cases: pasted lists of names and a payment batch, each scanned alone, on one
    // thread and then on the pool, each time by a scanner of its own, whose window and
    // word caches start empty: a document's own repeated lines are all the cache can
    // reuse. Only the matcher's token look-ups are warm (from the news passes and earlier
    // documents).
    let mut name_dense = Vec::new();
    for (kind, size) in WorstCase::ALL
        .into_iter()
        .flat_map(|k| SIZES.into_iter().map(move |s| (k, s)))
    {
        let mut speeds = Vec::new();
        let mut pooled = Vec::new();
        let mut found = 0;
        let mut work = 0.0;
        let mut bytes = 0;
        let opts = ScanOptions {
            format: Some(kind.format()),
            ..opts.clone()
        };
        for round in 0..rounds {
            // Another list each round.
            let d = kind.text(&snapshots, size, round as u64);
            bytes = d.len();
            if let (Some(dir), 0) = (&args.write_dense, round) {
                let f = dir.join(format!("{}-{size}.txt", kind.label()));
                std::fs::write(&f, &d)
                    .map_err(|e| crate::exit::Failure::usage(format!("{}: {e}", f.display())))?;
            }
            let cold = Scanner::new(matcher.clone());
            let r = one_thread.install(|| {
                let t = Instant::now();
                let r = cold.scan_text(&d, &opts);
                speeds.push(d.len() as f64 / 1e6 / t.elapsed().as_secs_f64());
                r
            });
            let cold = Scanner::new(matcher.clone());
            let t = Instant::now();
            let r2 = cold.scan_text(&d, &opts);
            pooled.push(d.len() as f64 / 1e6 / t.elapsed().as_secs_f64());
            if let (Ok(a), Ok(b)) = (&r, &r2) {
                if a.mentions != b.mentions {
                    return Err(crate::exit::Failure::screening(format!(
                        "{} {size} bytes: one thread and the pool found different mentions",
                        kind.label()
                    )));
                }
            }
            match r {
                Ok(r) => {
                    found = r.mentions.len();
                    work = r.stats.work as f64 / r.stats.words.max(1) as f64;
                }
                Err(e) => {
                    return Err(crate::exit::Failure::screening(format!(
                        "{} {size} bytes: {e}",
                        kind.label()
                    )))
                }
            }
        }
        name_dense.push(DenseFigures {
            kind: kind.label(),
            bytes,
            mb_per_s: median(speeds),
            all_threads_mb_per_s: median(pooled),
            mentions: found,
            work_per_word: work,
        });
    }
    let (_, peak_rss_mib) = rss_mib();
    let f = TextFigures {
        lists,
        entities: scanner.matcher().stats().entities,
        documents: corpus.len(),
        corpus_mb: bytes as f64 / 1e6,
        index_build_ms: median(index_ms),
        scanner_build_ms: median(scanner_ms),
        one_thread_mb_per_s: median(one),
        threads: rayon::current_num_threads(),
        all_threads_mb_per_s: median(all),
        mentions,
        min_score: opts.min_score,
        name_dense,
        peak_rss_mib,
    };
    if args.json {
        return emit_json(&f);
    }
    let mut dense = String::new();
    for d in &f.name_dense {
        dense.push_str(&format!(
            "{:<12} {:>5} KB {:.2} MB/s one thread, {:.2} MB/s all threads ({} mentions, {:.1} alignments/word)\n",
            d.kind,
            d.bytes / 1000,
            d.mb_per_s,
            d.all_threads_mb_per_s,
            d.mentions,
            d.work_per_word
        ));
    }
    emit(&format!(
        "lists            {}\n\
         index            {} entities; name index {:.0} ms, scanner {:.0} ms (median of {rounds})\n\
         corpus           {} documents, {:.1} MB ({} mentions per pass at {:.2})\n\
         one thread       {:.1} MB/s (median of {rounds})\n\
         all {} threads    {:.1} MB/s\n\
         {dense}\
         peak RSS         {:.0} MiB\n",
        f.lists.join(", "),
        f.entities,
        f.index_build_ms,
        f.scanner_build_ms,
        f.documents,
        f.corpus_mb,
        f.mentions,
        f.min_score,
        f.one_thread_mb_per_s,
        f.threads,
        f.all_threads_mb_per_s,
        f.peak_rss_mib,
    ))
}
