//! `nomina stream` against a real nats-server with JetStream: 10,000 payment messages
//! (listed parties, clean, malformed), the consumer killed with SIGKILL part-way and
//! restarted; every message must then have exactly one result, every hit exactly one alert,
//! the malformed ones error results, and nothing left unacknowledged.
//!
//! Needs `nats-server` (Debian's package) on the PATH or in /usr/sbin when the tests are
//! built (`has_nats`, see `crates/cli/build.rs`): without it the test is reported as
//! ignored, and with `NOMINA_REQUIRE_NATS=1` (CI) the build fails.

mod common;

use async_nats::jetstream::{self, consumer};
use common::{ChildGuard, TempDir};
use futures_util::StreamExt;
use nomina_stream::samples::{sample, Kind};
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const MESSAGES: usize = 10_000;
const IN_SUBJECT: &str = "payments.in";
const OUT_SUBJECT: &str = "payments.screened";
const ALERTS_SUBJECT: &str = "payments.alerts";
/// Short, so that messages in flight at the kill come back soon after the restart.
const ACK_WAIT: &str = "4s";

/// nats-server's path: the PATH, then /usr/sbin (where Debian puts it).
fn nats_server() -> PathBuf {
    let dirs = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&dirs)
        .chain([PathBuf::from("/usr/sbin")])
        .map(|d| d.join("nats-server"))
        .find(|p| p.is_file())
        .expect("nats-server was found when the tests were built and is gone now")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

/// Starts nats-server with JetStream on a free loopback port, storing under `dir`, and
/// waits until it greets a client (its `INFO` line).
fn start_nats(bin: &Path, dir: &Path) -> (ChildGuard, String) {
    let port = free_port();
    let log = std::fs::File::create(dir.join("nats.log")).expect("nats log");
    let child = Command::new(bin)
        .args(["-js", "-a", "127.0.0.1", "-p", &port.to_string(), "-sd"])
        .arg(dir.join("jetstream"))
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("start nats-server");
    let guard = ChildGuard(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(s) = TcpStream::connect(("127.0.0.1", port)) {
            s.set_read_timeout(Some(Duration::from_secs(2))).ok();
            let mut line = String::new();
            if BufReader::new(s).read_line(&mut line).is_ok() && line.starts_with("INFO") {
                break;
            }
        }
        assert!(
            Instant::now() < deadline,
            "nats-server did not accept connections within 20 s:\n{}",
            std::fs::read_to_string(dir.join("nats.log")).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (guard, format!("nats://127.0.0.1:{port}"))
}

/// `nomina stream` on this server and data directory, its stderr to `log`.
fn stream_command(url: &str, data: &Path, log: &Path, extra: &[&str]) -> Command {
    let mut cmd = common::command();
    cmd.args([
        "stream",
        "--nats",
        url,
        "--in",
        IN_SUBJECT,
        "--out",
        OUT_SUBJECT,
    ])
    .args([
        "--alerts",
        ALERTS_SUBJECT,
        "--ack-wait",
        ACK_WAIT,
        "--batch",
        "100",
    ])
    .arg("--data-dir")
    .arg(data)
    .arg("--audit-key")
    .arg(data.join("audit.key"))
    .arg("--audit-head")
    .arg(data.join("audit-head.jsonl"))
    .args(extra)
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(std::fs::File::create(log).expect("log file"));
    cmd
}

fn tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(40)..].join("\n")
}

/// The id each published message is known by: `pay-<i>`, or for every 100th message (sent
/// without a `Nats-Msg-Id`) `seq:<its sequence in the stream>`.
async fn publish_all(js: &jetstream::Context) -> Vec<(String, Kind)> {
    let mut pending = Vec::new();
    let mut out = Vec::with_capacity(MESSAGES);
    for i in 0..MESSAGES {
        let s = sample(i);
        let ack = if i % 100 == 3 {
            js.publish(IN_SUBJECT, s.body.into()).await
        } else {
            let mut h = async_nats::HeaderMap::new();
            h.insert("Nats-Msg-Id", format!("pay-{i}").as_str());
            js.publish_with_headers(IN_SUBJECT, h, s.body.into()).await
        }
        .expect("publish");
        pending.push((i, s.kind, ack));
        if pending.len() == 500 || i + 1 == MESSAGES {
            for (i, kind, ack) in pending.drain(..) {
                let ack = ack.await.expect("JetStream stores the message");
                assert!(!ack.duplicate);
                let id = if i % 100 == 3 {
                    format!("seq:{}", ack.sequence)
                } else {
                    format!("pay-{i}")
                };
                out.push((id, kind));
            }
        }
    }
    out
}

/// Every message of the output stream: (subject, body).
async fn read_output(js: &jetstream::Context) -> Vec<(String, Value)> {
    let mut stream = js.get_stream("SCREENING").await.expect("output stream");
    let total = stream.info().await.expect("stream info").state.messages as usize;
    let reader = stream
        .create_consumer(consumer::pull::Config {
            ack_policy: consumer::AckPolicy::None,
            deliver_policy: consumer::DeliverPolicy::All,
            ..Default::default()
        })
        .await
        .expect("reader");
    let mut out = Vec::with_capacity(total);
    let deadline = Instant::now() + Duration::from_secs(60);
    while out.len() < total {
        assert!(Instant::now() < deadline, "read {} of {total}", out.len());
        let mut batch = reader
            .batch()
            .max_messages(1000)
            .expires(Duration::from_secs(1))
            .messages()
            .await
            .expect("fetch");
        while let Some(m) = batch.next().await {
            let m = m.expect("message");
            let body: Value = serde_json::from_slice(&m.payload).expect("JSON body");
            out.push((m.subject.to_string(), body));
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    not(has_nats),
    ignore = "needs nats-server (apt-get install nats-server), absent when the tests were built"
)]
async fn every_message_has_exactly_one_result_after_a_kill_and_restart() {
    let bin = nats_server();
    let tmp = TempDir::new("nats");
    let (_nats, url) = start_nats(&bin, &tmp.0);
    let data = tmp.0.join("data");
    std::fs::create_dir_all(&data).unwrap();

    let client = async_nats::connect(&url).await.expect("connect");
    let js = jetstream::new(client);
    js.create_stream(jetstream::stream::Config {
        name: "PAYMENTS".into(),
        subjects: vec![IN_SUBJECT.into()],
        ..Default::default()
    })
    .await
    .expect("input stream");
    let published = publish_all(&js).await;
    assert_eq!(published.len(), MESSAGES);

    // First run, killed with SIGKILL once about a third of the messages are delivered.
    let log1 = tmp.0.join("stream1.log");
    let mut first = ChildGuard(
        stream_command(&url, &data, &log1, &[])
            .spawn()
            .expect("start nomina stream"),
    );
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Ok(mut c) = js
            .get_consumer_from_stream::<consumer::pull::Config, _, _>("nomina", "PAYMENTS")
            .await
        {
            let info = c.info().await.expect("consumer info");
            if info.delivered.stream_sequence as usize >= MESSAGES / 3 {
                break;
            }
        }
        if let Ok(Some(status)) = first.0.try_wait() {
            panic!(
                "nomina stream ended ({status}) before the kill:\n{}",
                tail(&log1)
            );
        }
        assert!(
            Instant::now() < deadline,
            "a third of the messages not delivered within 120 s:\n{}",
            tail(&log1)
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    first.kill();
    let mut cons: consumer::PullConsumer = js
        .get_consumer_from_stream("nomina", "PAYMENTS")
        .await
        .expect("durable consumer");
    let info = cons.info().await.expect("consumer info").clone();
    let unfinished = info.num_pending as usize + info.num_ack_pending;
    assert!(
        unfinished > 0 && unfinished < MESSAGES,
        "the kill did not come part-way: {info:?}"
    );

    // Second run: picks up where the first stopped, and exits once idle.
    let log2 = tmp.0.join("stream2.log");
    let mut second = ChildGuard(
        stream_command(&url, &data, &log2, &["--exit-when-idle", "8s"])
            .spawn()
            .expect("start nomina stream"),
    );
    let deadline = Instant::now() + Duration::from_secs(180);
    let status = loop {
        if let Some(status) = second.0.try_wait().expect("wait for nomina stream") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "the second run did not finish within 180 s:\n{}",
            tail(&log2)
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(
        status.success(),
        "second run failed ({status}):\n{}",
        tail(&log2)
    );
    let summary = tail(&log2);
    assert!(summary.contains("messages acknowledged"), "{summary}");
    eprintln!(
        "killed with {unfinished} messages unfinished; second run: {}",
        summary.lines().last().unwrap_or("")
    );

    let info = cons.info().await.expect("consumer info");
    assert_eq!(
        (info.num_pending, info.num_ack_pending),
        (0, 0),
        "messages left unacknowledged"
    );

    let output = read_output(&js).await;
    let mut results: HashMap<String, Vec<Value>> = HashMap::new();
    let mut alerts: HashMap<String, BTreeMap<u64, usize>> = HashMap::new();
    for (subject, body) in output {
        let id = body["message_id"].as_str().expect("message_id").to_string();
        match subject.as_str() {
            OUT_SUBJECT => results.entry(id).or_default().push(body),
            ALERTS_SUBJECT => {
                let index = body["index"].as_u64().expect("index");
                *alerts.entry(id).or_default().entry(index).or_default() += 1;
            }
            other => panic!("unexpected subject {other}"),
        }
    }
    assert_eq!(
        results.len(),
        MESSAGES,
        "results for {} message ids",
        results.len()
    );
    let mut counts = (0, 0, 0);
    for (id, kind) in &published {
        let rs = results
            .get(id)
            .unwrap_or_else(|| panic!("no result for {id}"));
        assert_eq!(rs.len(), 1, "{id} has {} results", rs.len());
        let r = &rs[0];
        let mentions = r["mentions"].as_array().expect("mentions");
        match kind {
            Kind::Listed(keys) => {
                counts.0 += 1;
                assert_eq!(r["status"], "ok", "{r}");
                assert!(
                    mentions
                        .iter()
                        .any(|m| keys.contains(&m["entity"].as_str().unwrap_or(""))),
                    "{id}: none of {keys:?} in {r}"
                );
            }
            Kind::Clean => {
                counts.1 += 1;
                assert_eq!(r["status"], "ok", "{r}");
                assert!(mentions.is_empty(), "{id}: {r}");
            }
            Kind::Malformed => {
                counts.2 += 1;
                assert_eq!(r["status"], "error", "{r}");
                assert!(r["error"].as_str().is_some_and(|e| !e.is_empty()), "{r}");
            }
        }
        assert!(!r["lists"].as_array().expect("lists").is_empty(), "{r}");
        // One alert per mention, numbered 1..=n, none twice, none missing.
        let got = alerts.remove(id).unwrap_or_default();
        let want: BTreeMap<u64, usize> = (1..=mentions.len() as u64).map(|i| (i, 1)).collect();
        assert_eq!(got, want, "{id}: alerts by index");
    }
    assert!(
        alerts.is_empty(),
        "alerts for unknown messages: {:?}",
        alerts.keys()
    );
    assert_eq!(counts, (3_000, 5_000, 2_000));

    // Every message has its audit record, and the chain verifies.
    let (code, out, err) = common::nomina_in(
        &data,
        None,
        &[
            "audit",
            "verify",
            "--audit-key",
            data.join("audit.key").to_str().unwrap(),
            "--audit-head",
            data.join("audit-head.jsonl").to_str().unwrap(),
        ],
    );
    assert_eq!(code, 0, "audit verify:\n{out}\n{err}");
    let _ = std::io::stderr().flush();
}

#[test]
fn stale_lists_fail_closed_before_anything_is_consumed() {
    // Checked before connecting: no server is needed, and none is at this address.
    let tmp = TempDir::new("stale");
    let log = tmp.0.join("stream.log");
    let status = stream_command("nats://127.0.0.1:1", &tmp.0, &log, &["--max-age", "1d"])
        .status()
        .expect("run nomina stream");
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    assert_eq!(status.code(), Some(5), "{text}");
    assert!(
        text.contains("lists unusable") && text.contains("older than its maximum age"),
        "{text}"
    );
}

#[test]
fn an_unreachable_server_is_a_service_failure_naming_it() {
    let tmp = TempDir::new("unreachable");
    let log = tmp.0.join("stream.log");
    let url = format!("nats://127.0.0.1:{}", free_port());
    let status = stream_command(&url, &tmp.0, &log, &[])
        .status()
        .expect("run nomina stream");
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    assert_eq!(status.code(), Some(7), "{text}");
    assert!(text.contains(&format!("cannot connect to {url}")), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[cfg_attr(
    not(has_nats),
    ignore = "needs nats-server (apt-get install nats-server), absent when the tests were built"
)]
async fn a_store_that_is_down_stops_the_consumer_with_nothing_acknowledged() {
    use nomina_stream::{Ledger, Options, Screening, StreamError};
    use std::sync::Arc;
    const COUNT: usize = 50;
    let bin = nats_server();
    let tmp = TempDir::new("down");
    let (_nats, url) = start_nats(&bin, &tmp.0);
    let js = jetstream::new(async_nats::connect(&url).await.expect("connect"));
    js.create_stream(jetstream::stream::Config {
        name: "PAYMENTS".into(),
        subjects: vec![IN_SUBJECT.into()],
        ..Default::default()
    })
    .await
    .expect("input stream");
    for i in 0..COUNT {
        let mut h = async_nats::HeaderMap::new();
        h.insert("Nats-Msg-Id", format!("pay-{i}").as_str());
        js.publish_with_headers(IN_SUBJECT, h, sample(i).body.into())
            .await
            .expect("publish")
            .await
            .expect("stored");
    }
    let snapshots = nomina_registry::bundled::load_all().expect("bundled lists");
    let scanner = nomina_scan::Scanner::new(Arc::new(nomina_match::Matcher::build(&snapshots)));
    let screening =
        Arc::new(Screening::new(scanner, nomina_server::lists::MaxAges::none(), None).unwrap());
    let ledger = Arc::new(Ledger::open(&tmp.0.join("ledger.db")).expect("ledger"));
    let mut opts = Options::new(&url, IN_SUBJECT, OUT_SUBJECT);
    opts.ack_wait = Duration::from_secs(2);
    opts.exit_when_idle = Some(Duration::from_secs(5));

    // The audit log is down: the consumer stops on the first batch, acknowledging nothing.
    let down = nomina_stream::run(
        &opts,
        screening.clone(),
        Arc::new(down_store::DownStore),
        ledger.clone(),
        std::future::pending(),
    )
    .await;
    assert!(matches!(down, Err(StreamError::Audit(_))), "{down:?}");
    let mut cons: consumer::PullConsumer = js
        .get_consumer_from_stream("nomina", "PAYMENTS")
        .await
        .expect("durable consumer");
    let info = cons.info().await.expect("consumer info");
    assert_eq!(
        info.ack_floor.stream_sequence, 0,
        "something was acknowledged: {info:?}"
    );
    assert!(ledger.is_empty().unwrap());

    // With the store back, every message is finished once: the results already published
    // in the failed attempt are dropped by the duplicate window, not published twice.
    let data = tmp.0.join("data");
    let store_options = nomina_store::StoreOptions {
        audit: nomina_store::AuditOptions {
            key_file: Some(data.join("audit.key")),
            head_file: Some(data.join("audit-head.jsonl")),
        },
        ..Default::default()
    };
    let url_db = format!("sqlite:{}", data.join("nomina.db").display());
    let store: Arc<dyn nomina_store::Store> =
        Arc::from(nomina_store::open_with(&url_db, &store_options).expect("store"));
    let summary = nomina_stream::run(
        &opts,
        screening,
        store,
        ledger.clone(),
        std::future::pending(),
    )
    .await
    .expect("second run");
    assert_eq!(summary.messages, COUNT as u64, "{summary}");
    assert!(summary.duplicates_dropped > 0, "{summary}");
    assert_eq!(ledger.len().unwrap(), COUNT as u64);
    let results = read_output(&js)
        .await
        .into_iter()
        .filter(|(subject, _)| subject == OUT_SUBJECT)
        .count();
    assert_eq!(results, COUNT);
}

/// A store whose every operation fails, as a database that went away would: what the
/// consumer must never acknowledge through.
mod down_store {
    use nomina_store::*;

    fn down() -> StoreError {
        StoreError::Unavailable {
            target: "test".into(),
            message: "the database is down".into(),
        }
    }

    /// Fails every call with [`StoreError::Unavailable`].
    pub struct DownStore;

    #[allow(unused_variables)]
    impl Store for DownStore {
        fn describe(&self) -> String {
            "a store that is down (test)".into()
        }
        fn create_key(&self, name: &str, role: Role, actor: &str) -> Result<NewKey> {
            Err(down())
        }
        fn authenticate(&self, secret: &str) -> Result<Option<ApiKey>> {
            Err(down())
        }
        fn list_keys(&self) -> Result<Vec<ApiKey>> {
            Err(down())
        }
        fn revoke_key(&self, id: i64, actor: &str) -> Result<()> {
            Err(down())
        }
        fn create_session(&self, key: &ApiKey, ttl_ms: i64) -> Result<NewSession> {
            Err(down())
        }
        fn session(&self, token: &str) -> Result<Option<Session>> {
            Err(down())
        }
        fn end_session(&self, token: &str) -> Result<()> {
            Err(down())
        }
        fn append_audit(&self, record: NewAuditRecord) -> Result<AuditRecord> {
            Err(down())
        }
        fn record_screening(&self, record: &ScreeningRecord) -> Result<Vec<AlertOutcome>> {
            Err(down())
        }
        fn audit_records(
            &self,
            from: Option<Millis>,
            to: Option<Millis>,
            after_seq: i64,
            limit: usize,
        ) -> Result<Vec<AuditRecord>> {
            Err(down())
        }
        fn verify_audit(&self) -> Result<VerifyReport> {
            Err(down())
        }
        fn verify_audit_heads(&self, heads: &[HeadLine]) -> Result<VerifyReport> {
            Err(down())
        }
        fn audit_of(&self, subject: &str) -> Result<Vec<AuditRecord>> {
            Err(down())
        }
        fn apply_retention(&self, before: Millis, actor: &str) -> Result<u64> {
            Err(down())
        }
        fn alerts(&self, filter: &AlertFilter) -> Result<Vec<Alert>> {
            Err(down())
        }
        fn alert(&self, id: i64) -> Result<Alert> {
            Err(down())
        }
        fn programme_counts(&self) -> Result<Vec<(String, u64)>> {
            Err(down())
        }
        fn decide(
            &self,
            alert_id: i64,
            status: AlertStatus,
            comment: &str,
            actor: &str,
        ) -> Result<Decision> {
            Err(down())
        }
        fn suppression(&self, reference: &str, entity: &str) -> Result<Option<Suppression>> {
            Err(down())
        }
        fn suppressions(&self) -> Result<Vec<(String, String, Suppression)>> {
            Err(down())
        }
        fn open_alerts(
            &self,
            inputs: &[AlertInput],
            screening_id: &str,
            actor: &str,
        ) -> Result<Vec<AlertOutcome>> {
            Err(down())
        }
        fn alert_counts(&self) -> Result<Vec<(AlertStatus, u64)>> {
            Err(down())
        }
        fn alert_total(&self, filter: &AlertFilter) -> Result<u64> {
            Err(down())
        }
        fn add_note(&self, alert_id: i64, text: &str, actor: &str) -> Result<AlertNote> {
            Err(down())
        }
        fn daily_volume(&self, since: Millis) -> Result<Vec<DailyVolume>> {
            Err(down())
        }
        fn notes(&self, alert_id: i64) -> Result<Vec<AlertNote>> {
            Err(down())
        }
        fn work_alerts(&self, action: &AlertAction, actor: &str) -> Result<()> {
            Err(down())
        }
        fn save_customers(
            &self,
            customers: &[Customer],
            screening: &ScreeningRecord,
        ) -> Result<Vec<AlertOutcome>> {
            Err(down())
        }
        fn delete_customer(&self, reference: &str, actor: &str) -> Result<bool> {
            Err(down())
        }
        fn customer(&self, reference: &str) -> Result<Option<Customer>> {
            Err(down())
        }
        fn customers_page(&self, after: Option<&str>, limit: usize) -> Result<Vec<Customer>> {
            Err(down())
        }
        fn customers_changed_since(
            &self,
            since: Millis,
            after: Option<&str>,
            limit: usize,
        ) -> Result<Vec<Customer>> {
            Err(down())
        }
        fn customer_count(&self) -> Result<u64> {
            Err(down())
        }
        fn record_monitoring_run(&self, run: &NewMonitoringRun) -> Result<MonitoringRun> {
            Err(down())
        }
        fn monitoring_runs(&self, limit: usize) -> Result<Vec<MonitoringRun>> {
            Err(down())
        }
        fn enqueue_webhooks(&self, urls: &[String]) -> Result<u64> {
            Err(down())
        }
        fn due_webhooks(&self, now: Millis, limit: usize) -> Result<Vec<OutboxItem>> {
            Err(down())
        }
        fn webhook_attempted(&self, id: i64, attempt: &Attempt) -> Result<()> {
            Err(down())
        }
        fn webhook_outbox(&self, limit: usize) -> Result<Vec<OutboxItem>> {
            Err(down())
        }
    }
}
