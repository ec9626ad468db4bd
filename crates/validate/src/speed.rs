//! Speed on this machine, during this run: latency of one query on one thread, throughput
//! of the whole batch on all cores, and the time taken to load the lists and build the
//! index. The figures describe the machine the report was made on and whatever else it was
//! doing; they are stated as such, never as a property of nomina alone.

use serde::Serialize;
use std::time::Duration;

/// The speed section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Speed {
    /// Logical CPUs of this machine.
    pub logical_cpus: usize,
    /// Threads the batches were screened on.
    pub threads: usize,
    /// Loading the lists, in milliseconds (as measured by the caller).
    pub load_ms: f64,
    /// Building the index, in milliseconds.
    pub index_build_ms: f64,
    /// One query at a time on one thread: median latency, microseconds.
    pub latency_p50_us: f64,
    /// 90th percentile.
    pub latency_p90_us: f64,
    /// 99th percentile.
    pub latency_p99_us: f64,
    /// The labelled queries on all threads, queries per second.
    pub queries_per_s: f64,
    /// The portfolio on all threads, customers per second.
    pub portfolio_per_s: Option<f64>,
    /// Wall time of the whole report, seconds (filled in last).
    pub total_s: f64,
}

/// The `p`-quantile (0 to 1) of sorted values, by nearest rank; 0 for none.
pub fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Items per second.
pub fn rate(items: usize, elapsed: Duration) -> f64 {
    items as f64 / elapsed.as_secs_f64().max(1e-9)
}

/// Latency percentiles in microseconds: (p50, p90, p99).
pub fn latencies_us(latencies: &[Duration]) -> (f64, f64, f64) {
    let mut us: Vec<f64> = latencies.iter().map(|d| d.as_secs_f64() * 1e6).collect();
    us.sort_by(f64::total_cmp);
    (
        percentile(&us, 0.5),
        percentile(&us, 0.9),
        percentile(&us, 0.99),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<f64> = (1..=100).map(f64::from).collect();
        assert_eq!(percentile(&v, 0.5), 50.0);
        assert_eq!(percentile(&v, 0.99), 99.0);
        assert_eq!(percentile(&v, 1.0), 100.0);
        assert_eq!(percentile(&v, 0.0), 1.0);
        assert_eq!(percentile(&[], 0.5), 0.0);
    }

    #[test]
    fn latencies_in_microseconds() {
        let d: Vec<Duration> = (1..=10).map(|i| Duration::from_micros(i * 10)).collect();
        assert_eq!(latencies_us(&d), (50.0, 90.0, 100.0));
        assert_eq!(rate(100, Duration::from_secs(2)), 50.0);
    }
}
