//! `nomina bench stream --nats URL`: the payment stream consumer's throughput and latency
//! against a running nats-server, with the consumer in this process over the lists in force,
//! a throwaway SQLite audit log (fsync on every commit, as in production) and ledger.
//!
//! Each round uses its own streams and subjects, so rounds do not see each other's
//! messages:
//! - **throughput**: `--messages` sample payments (see `nomina_stream::samples`) are
//!   published first, then the consumer starts; messages per second from its start to the
//!   last result;
//! - **latency**: with the consumer running and idle, `--messages` / 2 payments are
//!   published at `--rate` per second; each one's time from just before its publication to
//!   its result's arrival on the results subject.

use crate::exit::{CmdResult, Failure};
use crate::{emit, emit_json, GlobalArgs};
use async_nats::jetstream;
use futures_util::StreamExt;
use nomina_match::Matcher;
use nomina_scan::Scanner;
use nomina_stream::samples::sample;
use nomina_stream::{Ledger, Options, Screening};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// What `bench stream` needs beyond the common bench options.
pub struct StreamBench<'a> {
    /// NATS server URL.
    pub nats: &'a str,
    /// Messages per throughput round (half as many per latency round).
    pub messages: usize,
    /// Publication rate of the latency rounds, per second.
    pub rate: f64,
    /// Rounds; medians are reported.
    pub rounds: usize,
    /// Print JSON.
    pub json: bool,
}

/// Figures of `nomina bench stream`.
#[derive(Debug, Serialize)]
pub struct StreamFigures {
    lists: Vec<String>,
    messages: usize,
    rounds: usize,
    batch: usize,
    throughput_msgs_per_s: f64,
    throughput_runs: Vec<f64>,
    latency_rate_per_s: f64,
    latency_messages: usize,
    latency_p50_ms: f64,
    latency_p99_ms: f64,
    latency_max_ms: f64,
    latency_p99_runs: Vec<f64>,
}

/// Runs the benchmark.
pub fn run(global: &GlobalArgs, b: &StreamBench<'_>) -> CmdResult {
    if b.messages < 2 || !(b.rate.is_finite() && b.rate > 0.0) {
        return Err(Failure::usage(
            "--messages must be at least 2 and --rate more than 0",
        ));
    }
    let snapshots = global.load_lists(Vec::new())?.into_snapshots();
    let scanner = Scanner::new(Arc::new(Matcher::build(&snapshots)));
    drop(snapshots);
    let screening = Arc::new(
        Screening::new(scanner, nomina_server::lists::MaxAges::none(), None)
            .map_err(|e| Failure::usage(e.to_string()))?,
    );
    let lists = screening
        .lists()
        .iter()
        .map(|v| format!("{} {}", v.source, v.published.as_deref().unwrap_or("")))
        .collect();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::service(format!("cannot start the runtime: {e}")))?;
    let work = std::env::temp_dir().join(format!("nomina-bench-stream-{}", std::process::id()));
    let result = runtime.block_on(async {
        let mut throughput = Vec::new();
        let mut p50 = Vec::new();
        let mut p99 = Vec::new();
        let mut max = Vec::new();
        for round in 0..b.rounds.max(1) {
            let t = throughput_round(b, &screening, &work, round).await?;
            eprintln!("round {}: {t:.0} messages/s", round + 1);
            throughput.push(t);
            let mut lat = latency_round(b, &screening, &work, round).await?;
            lat.sort_by(f64::total_cmp);
            let (a, c, d) = (
                super::cmd_bench::percentile(&lat, 0.50),
                super::cmd_bench::percentile(&lat, 0.99),
                lat.last().copied().unwrap_or(0.0),
            );
            eprintln!(
                "round {}: latency p50 {a:.1} ms, p99 {c:.1} ms at {} messages/s",
                round + 1,
                b.rate
            );
            p50.push(a);
            p99.push(c);
            max.push(d);
        }
        Ok::<_, Failure>(StreamFigures {
            lists,
            messages: b.messages,
            rounds: b.rounds.max(1),
            batch: nomina_stream::consumer::DEFAULT_BATCH,
            throughput_msgs_per_s: super::cmd_bench::median(throughput.clone()),
            throughput_runs: throughput,
            latency_rate_per_s: b.rate,
            latency_messages: b.messages / 2,
            latency_p50_ms: super::cmd_bench::median(p50),
            latency_p99_ms: super::cmd_bench::median(p99.clone()),
            latency_max_ms: super::cmd_bench::median(max),
            latency_p99_runs: p99,
        })
    });
    let _ = std::fs::remove_dir_all(&work);
    let f = result?;
    if b.json {
        return emit_json(&f);
    }
    emit(&format!(
        "Stream consumer, {} rounds (medians), lists: {}\n\
         throughput: {:.0} messages/s ({} messages queued, then consumed; runs {:?})\n\
         latency publish → result at {} messages/s: p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms (p99 runs {:?})\n",
        f.rounds,
        f.lists.join(", "),
        f.throughput_msgs_per_s,
        f.messages,
        f.throughput_runs.iter().map(|v| v.round()).collect::<Vec<_>>(),
        f.latency_rate_per_s,
        f.latency_p50_ms,
        f.latency_p99_ms,
        f.latency_max_ms,
        f.latency_p99_runs.iter().map(|v| (v * 10.0).round() / 10.0).collect::<Vec<_>>(),
    ))
}

fn nats_failure(what: &str, e: impl std::fmt::Display) -> Failure {
    Failure::service(format!("{what}: {e}"))
}

/// One round's names, subjects and files, unique to the round and this process.
struct Round {
    opts: Options,
    store: Arc<dyn nomina_store::Store>,
    ledger: Arc<Ledger>,
}

/// A consumer running in the background until [`RunningConsumer::stop`].
struct RunningConsumer {
    stop: tokio::sync::oneshot::Sender<()>,
    task: tokio::task::JoinHandle<Result<nomina_stream::Summary, nomina_stream::StreamError>>,
}

impl RunningConsumer {
    /// Asks the consumer to finish its batch and stop, and waits for it.
    async fn stop(self) -> Result<(), Failure> {
        let _ = self.stop.send(());
        self.task
            .await
            .map_err(|e| Failure::service(e.to_string()))?
            .map_err(|e| Failure::service(e.to_string()))?;
        Ok(())
    }
}

impl Round {
    /// Starts `nomina stream`'s consumer on this round's subjects, store and ledger.
    fn start_consumer(&self, screening: &Arc<Screening>) -> RunningConsumer {
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let (opts, s, st, l) = (
            self.opts.clone(),
            screening.clone(),
            self.store.clone(),
            self.ledger.clone(),
        );
        let task = tokio::spawn(async move {
            nomina_stream::run(&opts, s, st, l, async {
                let _ = stopped.await;
            })
            .await
        });
        RunningConsumer { stop, task }
    }
}

fn round_setup(b: &StreamBench<'_>, work: &Path, tag: &str) -> Result<Round, Failure> {
    let id = format!("{}_{tag}", std::process::id());
    let dir: PathBuf = work.join(&id);
    std::fs::create_dir_all(&dir)
        .map_err(|e| Failure::service(format!("{}: {e}", dir.display())))?;
    let mut opts = Options::new(
        b.nats,
        &format!("bench.{id}.in"),
        &format!("bench.{id}.out"),
    );
    opts.stream = format!("BENCH_IN_{id}");
    opts.out_stream = format!("BENCH_OUT_{id}");
    opts.consumer = format!("bench_{id}");
    let store_options = nomina_store::StoreOptions {
        audit: nomina_store::AuditOptions {
            key_file: Some(dir.join("audit.key")),
            head_file: Some(dir.join("audit-head.jsonl")),
        },
        ..Default::default()
    };
    let url = format!("sqlite:{}", dir.join("nomina.db").display());
    let store: Arc<dyn nomina_store::Store> = Arc::from(
        nomina_store::open_with(&url, &store_options)
            .map_err(|e| Failure::service(e.to_string()))?,
    );
    let ledger = Arc::new(
        Ledger::open(&dir.join("ledger.db")).map_err(|e| Failure::service(e.to_string()))?,
    );
    Ok(Round {
        opts,
        store,
        ledger,
    })
}

/// Deletes a round's streams (and so its messages) from the server.
async fn cleanup(js: &jetstream::Context, opts: &Options) {
    let _ = js.delete_stream(&opts.stream).await;
    let _ = js.delete_stream(&opts.out_stream).await;
}

async fn throughput_round(
    b: &StreamBench<'_>,
    screening: &Arc<Screening>,
    work: &Path,
    round: usize,
) -> Result<f64, Failure> {
    let r = round_setup(b, work, &format!("t{round}"))?;
    let client = async_nats::connect(b.nats)
        .await
        .map_err(|e| nats_failure(&format!("cannot connect to {}", b.nats), e))?;
    let js = jetstream::new(client.clone());
    js.get_or_create_stream(jetstream::stream::Config {
        name: r.opts.stream.clone(),
        subjects: vec![r.opts.in_subject.clone()],
        ..Default::default()
    })
    .await
    .map_err(|e| nats_failure("input stream", e))?;
    let mut acks = Vec::new();
    for i in 0..b.messages {
        acks.push(
            js.publish(r.opts.in_subject.clone(), sample(i).body.into())
                .await
                .map_err(|e| nats_failure("publish", e))?,
        );
        if acks.len() >= 1000 {
            for a in acks.drain(..) {
                a.await.map_err(|e| nats_failure("publish", e))?;
            }
        }
    }
    for a in acks.drain(..) {
        a.await.map_err(|e| nats_failure("publish", e))?;
    }
    let mut results = client
        .subscribe(r.opts.out_subject.clone())
        .await
        .map_err(|e| nats_failure("subscribe", e))?;
    client.flush().await.map_err(|e| nats_failure("flush", e))?;
    let start = Instant::now();
    let consumer = r.start_consumer(screening);
    let mut seen = 0;
    let mut last = start;
    while seen < b.messages {
        match tokio::time::timeout(Duration::from_secs(60), results.next()).await {
            Ok(Some(_)) => {
                seen += 1;
                last = Instant::now();
            }
            _ => {
                return Err(Failure::service(format!(
                    "only {seen} of {} results within 60 s of the previous one",
                    b.messages
                )))
            }
        }
    }
    consumer.stop().await?;
    cleanup(&js, &r.opts).await;
    Ok(b.messages as f64 / (last - start).as_secs_f64())
}

async fn latency_round(
    b: &StreamBench<'_>,
    screening: &Arc<Screening>,
    work: &Path,
    round: usize,
) -> Result<Vec<f64>, Failure> {
    let r = round_setup(b, work, &format!("l{round}"))?;
    let count = b.messages / 2;
    let client = async_nats::connect(b.nats)
        .await
        .map_err(|e| nats_failure(&format!("cannot connect to {}", b.nats), e))?;
    let js = jetstream::new(client.clone());
    let mut results = client
        .subscribe(r.opts.out_subject.clone())
        .await
        .map_err(|e| nats_failure("subscribe", e))?;
    client.flush().await.map_err(|e| nats_failure("flush", e))?;
    let consumer = r.start_consumer(screening);
    // The consumer has created the input stream once it answers a lookup of its consumer.
    let deadline = Instant::now() + Duration::from_secs(60);
    while js
        .get_consumer_from_stream::<jetstream::consumer::pull::Config, _, _>(
            &r.opts.consumer,
            &r.opts.stream,
        )
        .await
        .is_err()
    {
        if Instant::now() > deadline {
            return Err(Failure::service("the consumer did not start within 60 s"));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let sent: Arc<std::sync::Mutex<HashMap<String, Instant>>> = Default::default();
    let publisher = tokio::spawn({
        let (js, subject, sent, rate) =
            (js.clone(), r.opts.in_subject.clone(), sent.clone(), b.rate);
        async move {
            let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate));
            let mut acks = Vec::new();
            for i in 0..count {
                tick.tick().await;
                let id = format!("lat-{i}");
                let mut h = async_nats::HeaderMap::new();
                h.insert(nomina_stream::record::MESSAGE_ID_HEADER, id.as_str());
                sent.lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .insert(id, Instant::now());
                acks.push(
                    js.publish_with_headers(subject.clone(), h, sample(i).body.into())
                        .await?,
                );
            }
            for a in acks {
                a.await?;
            }
            Ok::<_, async_nats::Error>(())
        }
    });
    let mut latencies = Vec::with_capacity(count);
    while latencies.len() < count {
        let m = match tokio::time::timeout(Duration::from_secs(60), results.next()).await {
            Ok(Some(m)) => m,
            _ => {
                return Err(Failure::service(format!(
                    "only {} of {count} results within 60 s of the previous one",
                    latencies.len()
                )))
            }
        };
        let now = Instant::now();
        let id = m
            .headers
            .as_ref()
            .and_then(|h| h.get(nomina_stream::record::INPUT_ID_HEADER))
            .map(|v| v.as_str().to_string())
            .unwrap_or_default();
        if let Some(t) = sent.lock().unwrap_or_else(|p| p.into_inner()).get(&id) {
            latencies.push(super::cmd_bench::ms(now - *t));
        }
    }
    publisher
        .await
        .map_err(|e| Failure::service(e.to_string()))?
        .map_err(|e| nats_failure("publish", e))?;
    consumer.stop().await?;
    cleanup(&js, &r.opts).await;
    Ok(latencies)
}
