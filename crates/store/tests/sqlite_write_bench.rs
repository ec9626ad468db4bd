//! Throughput of concurrent `record_screening` calls on SQLite: a measurement, not a
//! check, so it is ignored by default. Run it in release on an otherwise idle machine:
//!
//! ```sh
//! cargo test -p nomina-store --release --test sqlite_write_bench -- --ignored --nocapture
//! ```
//!
//! `NOMINA_BENCH_THREADS` and `NOMINA_BENCH_CALLS` (per thread) change the load
//! (default 8 × 2000).

use nomina_store::{AlertInput, NewAuditRecord, ScreeningRecord};
use std::time::Instant;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A screening audit payload of about 2 KB, shaped like the server's: the request, its
/// normalised forms, the list versions and the scored hits.
fn payload(id: &str, n: usize) -> String {
    let hits: Vec<serde_json::Value> = (0..5)
        .map(|h| {
            serde_json::json!({
                "entity": format!("ofac-sdn-{}", 10_000 + (n * 7 + h) % 9_000),
                "name": format!("Mohammed Abdul Rahman Al-Example {h}"),
                "matched_alias": format!("M. A. R. AL EXAMPLE {h}"),
                "score": 0.81 + h as f64 / 100.0,
                "list": "ofac-sdn",
                "programs": ["SDGT", "IRAN"],
                "explanation": {"tokens": 4, "matched": 3, "phonetic": true, "date_of_birth": "partial"},
            })
        })
        .collect();
    let body = serde_json::json!({
        "screening_id": id,
        "request": {
            "name": "Mohammed Abdul Rahman Al Example",
            "reference": format!("cust-{n}"),
            "date_of_birth": "1971-03-02",
            "country": "AE",
            "type": "person",
            "threshold": 0.8,
        },
        "normalised": ["mohammed abdul rahman al example", "mhmd abdl rhmn l exmpl", "MHMT APTL RHMN AL EKSMPL"],
        "lists": {"ofac-sdn": "2026-11-27T18:00:00Z/4f1c9a", "un-consolidated": "2026-11-26T09:00:00Z/99ab10", "eu-fsf": "2026-11-27T06:00:00Z/0c3d22"},
        "hits": hits,
        "latency_us": 412,
    });
    body.to_string()
}

fn record(id: String, n: usize) -> ScreeningRecord {
    // One screening in ten raises an alert, as with a realistic hit rate.
    let alerts = if n.is_multiple_of(10) {
        vec![AlertInput {
            reference: Some(format!("cust-{n}")),
            query: "Mohammed Abdul Rahman Al Example".into(),
            entity: format!("ofac-sdn-{}", 10_000 + n % 9_000),
            entity_name: "Mohammed Abdul Rahman Al-Example".into(),
            score: 0.91,
            entity_fingerprint: format!("fp-{n}"),
            entity_snapshot: "{\"id\":\"ofac-sdn-1\",\"names\":[\"Mohammed Al-Example\"]}".into(),
            reason: None,
            suppressed_by: None,
        }]
    } else {
        Vec::new()
    };
    ScreeningRecord {
        audit: NewAuditRecord {
            kind: "screen".into(),
            actor: "key:1:payments-gateway".into(),
            subject: None,
            payload: payload(&id, n),
        },
        id,
        alerts,
    }
}

#[test]
#[ignore = "a throughput measurement: run with --ignored --nocapture in release"]
fn concurrent_record_screening_throughput() {
    let threads = env_or("NOMINA_BENCH_THREADS", 8);
    let calls = env_or("NOMINA_BENCH_CALLS", 2000);
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("nomina.db");
    let store = nomina_store::open(&format!("sqlite:{}", path.display())).expect("store opens");
    let sample = payload("scr_sample", 1).len();

    let start = Instant::now();
    std::thread::scope(|s| {
        for t in 0..threads {
            let store = &store;
            s.spawn(move || {
                for i in 0..calls {
                    let n = t * calls + i;
                    store
                        .record_screening(&record(format!("scr_{t}_{i}"), n))
                        .expect("screening recorded");
                }
            });
        }
    });
    let elapsed = start.elapsed().as_secs_f64();
    let total = threads * calls;
    let report = store.verify_audit().expect("verify runs");
    assert_eq!(report.problem, None);
    assert_eq!(report.records, total as u64);
    println!(
        "NOMINA_BENCH sqlite record_screening: {threads} threads x {calls} calls, \
         payload {sample} B: {total} calls in {elapsed:.2} s = {:.0} calls/s",
        total as f64 / elapsed
    );
}
