//! Scans one document again and again with a cold scanner each time, on one thread (or
//! `THREADS`), for profilers (`perf record`, `valgrind --tool=callgrind`): list loading
//! happens once, and the scans dominate the profile.
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
    for _ in 0..rounds {
        let scanner = Scanner::new(matcher.clone());
        let t = Instant::now();
        let r = pool
            .install(|| scanner.scan_text(&doc, &opts))
            .expect("scan");
        times.push(t.elapsed().as_secs_f64());
        mentions = r.mentions.len();
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
