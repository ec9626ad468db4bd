//! Scans one document again and again with a cold scanner each time, on one thread (or
//! `THREADS`), for profilers (`perf record`, `valgrind --tool=callgrind`): list loading
//! happens once, and the scans dominate the profile. `WARM=1` scans with one scanner
//! throughout (a service's many short documents).
//!
//! `cargo run --release -p nomina-scan --example profile_scan -- DOC ROUNDS LIST...`

use std::sync::Arc;
use std::time::Instant;

use nomina_match::Matcher;
use nomina_scan::{Format, ScanOptions, Scanner};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: profile_scan DOC ROUNDS LIST...");
        std::process::exit(2);
    }
    let doc = std::fs::read_to_string(&args[1]).expect("document");
    let rounds: usize = args[2].parse().expect("rounds");
    let paths: Vec<std::path::PathBuf> = args[3..].iter().map(Into::into).collect();
    let snapshots = nomina_lists::read_paths(&paths).expect("lists");
    let matcher = Arc::new(Matcher::build(&snapshots));
    let opts = ScanOptions {
        format: Some(if doc.starts_with("<Document>") {
            Format::Pacs008
        } else {
            Format::Text
        }),
        ..ScanOptions::default()
    };
    // One thread unless `THREADS` asks for more (the walk then matches on a pool).
    let threads: usize = std::env::var("THREADS")
        .ok()
        .and_then(|t| t.parse().ok())
        .unwrap_or(1);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .expect("pool");
    let mut times = Vec::new();
    let mut mentions = 0;
    // `WARM=1` keeps one scanner (and the thread's caches) over the rounds, as a service
    // scanning many short documents does; by default each round starts cold.
    let warm = std::env::var("WARM").is_ok_and(|w| w == "1");
    let mut kept = warm.then(|| Scanner::new(matcher.clone()));
    for _ in 0..rounds {
        let scanner = kept.take().unwrap_or_else(|| Scanner::new(matcher.clone()));
        let t = Instant::now();
        let r = pool
            .install(|| scanner.scan_text(&doc, &opts))
            .expect("scan");
        times.push(t.elapsed().as_secs_f64());
        mentions = r.mentions.len();
        if warm {
            kept = Some(scanner);
        }
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!(
        "{} bytes, {mentions} mentions, median {:.1} ms, {:.2} MB/s on {threads} thread(s)",
        doc.len(),
        median * 1e3,
        doc.len() as f64 / 1e6 / median
    );
}
