//! The consumer loop: JetStream set-up, batches taken from the durable pull consumer, and
//! for each batch screen → publish → audit → ledger → acknowledge, in that order.

use crate::ledger::{Ledger, Processed};
use crate::record::{self, Outcome, Status};
use crate::screening::Screening;
use crate::StreamError;
use async_nats::jetstream::{self, consumer::pull, stream::StorageType};
use async_nats::HeaderMap;
use futures_util::{FutureExt, StreamExt};
use nomina_store::{now_millis, NewAuditRecord, Store};
use rayon::prelude::*;
use std::collections::{HashSet, VecDeque};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

/// Name of the input stream when none is given.
pub const DEFAULT_STREAM: &str = "PAYMENTS";
/// Name of the output stream (results and alerts) when none is given.
pub const DEFAULT_OUT_STREAM: &str = "SCREENING";
/// Name of the durable consumer when none is given.
pub const DEFAULT_CONSUMER: &str = "nomina";
/// Most messages screened as one batch (one audit commit, one ledger commit).
pub const DEFAULT_BATCH: usize = 256;
/// How long JetStream waits for an acknowledgement before redelivering.
pub const DEFAULT_ACK_WAIT: Duration = Duration::from_secs(30);
/// The output stream's duplicate window (for a stream this consumer creates): how long
/// after a crash a re-published result or alert is still recognised as a duplicate.
pub const DEFAULT_DUPLICATE_WINDOW: Duration = Duration::from_secs(600);

/// Publications awaiting JetStream's acknowledgement at once; more wait for the oldest.
/// Below the client's own limit (5,000), which would refuse a publication.
const MAX_PUBLISH_IN_FLIGHT: usize = 1024;

/// Where to read, where to write, and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// NATS server URL (`nats://127.0.0.1:4222`).
    pub nats_url: String,
    /// The input stream (created over `in_subject` when missing).
    pub stream: String,
    /// Subject the payment messages are published on.
    pub in_subject: String,
    /// The output stream (created over `out_subject` and `alerts_subject` when missing).
    pub out_stream: String,
    /// Subject of the results.
    pub out_subject: String,
    /// Subject of the alerts.
    pub alerts_subject: String,
    /// Durable consumer name; also the audit records' actor (`stream:<name>`).
    pub consumer: String,
    /// Most messages per batch.
    pub batch: usize,
    /// See [`DEFAULT_ACK_WAIT`].
    pub ack_wait: Duration,
    /// See [`DEFAULT_DUPLICATE_WINDOW`].
    pub duplicate_window: Duration,
    /// Return once no message has arrived for this long (`None`: run until shutdown).
    pub exit_when_idle: Option<Duration>,
}

impl Options {
    /// Options with the defaults above, the alerts on `<out_subject>.alerts`.
    pub fn new(nats_url: &str, in_subject: &str, out_subject: &str) -> Options {
        Options {
            nats_url: nats_url.to_string(),
            stream: DEFAULT_STREAM.into(),
            in_subject: in_subject.to_string(),
            out_stream: DEFAULT_OUT_STREAM.into(),
            out_subject: out_subject.to_string(),
            alerts_subject: format!("{out_subject}.alerts"),
            consumer: DEFAULT_CONSUMER.into(),
            batch: DEFAULT_BATCH,
            ack_wait: DEFAULT_ACK_WAIT,
            duplicate_window: DEFAULT_DUPLICATE_WINDOW,
            exit_when_idle: None,
        }
    }

    fn check(&self) -> Result<(), StreamError> {
        if self.batch == 0 {
            return Err(StreamError::Config(
                "the batch size must be at least 1".into(),
            ));
        }
        let subjects = [&self.in_subject, &self.out_subject, &self.alerts_subject];
        if subjects.iter().any(|s| s.trim().is_empty()) {
            return Err(StreamError::Config("a subject is empty".into()));
        }
        if self.in_subject == self.out_subject
            || self.in_subject == self.alerts_subject
            || self.out_subject == self.alerts_subject
        {
            return Err(StreamError::Config(format!(
                "the input, result and alert subjects must differ (got {}, {}, {})",
                self.in_subject, self.out_subject, self.alerts_subject
            )));
        }
        Ok(())
    }
}

/// What a run did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Messages acknowledged.
    pub messages: u64,
    /// Results with status `ok` published.
    pub screened: u64,
    /// Results with status `error` published.
    pub errors: u64,
    /// Alerts published.
    pub alerts: u64,
    /// Redelivered messages already in the ledger: acknowledged, nothing published again.
    pub already_processed: u64,
    /// Publications JetStream dropped as duplicates (re-published after a crash).
    pub duplicates_dropped: u64,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} messages acknowledged: {} screened, {} error results, {} alerts; {} redelivered and already processed, {} re-publications dropped as duplicates",
            self.messages, self.screened, self.errors, self.alerts, self.already_processed, self.duplicates_dropped
        )
    }
}

fn nats(what: &str) -> impl Fn(&dyn std::fmt::Display) -> StreamError + '_ {
    move |e| StreamError::Nats(format!("{what}: {e}"))
}

/// Consumes until `shutdown` completes (after the batch in hand), `exit_when_idle` passes
/// without a message, or an error that stops screening: see the crate documentation for
/// what is acknowledged when.
pub async fn run(
    opts: &Options,
    screening: Arc<Screening>,
    store: Arc<dyn Store>,
    ledger: Arc<Ledger>,
    shutdown: impl Future<Output = ()>,
) -> Result<Summary, StreamError> {
    opts.check()?;
    screening.check_lists(now_millis())?;
    let client = async_nats::ConnectOptions::new()
        .name("nomina stream")
        .connect(opts.nats_url.as_str())
        .await
        .map_err(|e| nats(&format!("cannot connect to {}", opts.nats_url))(&e))?;
    let js = jetstream::new(client.clone());
    let input = js
        .get_or_create_stream(jetstream::stream::Config {
            name: opts.stream.clone(),
            subjects: vec![opts.in_subject.clone()],
            storage: StorageType::File,
            ..Default::default()
        })
        .await
        .map_err(|e| nats(&format!("input stream {}", opts.stream))(&e))?;
    js.get_or_create_stream(jetstream::stream::Config {
        name: opts.out_stream.clone(),
        subjects: vec![opts.out_subject.clone(), opts.alerts_subject.clone()],
        storage: StorageType::File,
        duplicate_window: opts.duplicate_window,
        ..Default::default()
    })
    .await
    .map_err(|e| nats(&format!("output stream {}", opts.out_stream))(&e))?;
    let consumer: jetstream::consumer::PullConsumer = input
        .get_or_create_consumer(
            &opts.consumer,
            pull::Config {
                durable_name: Some(opts.consumer.clone()),
                ack_policy: jetstream::consumer::AckPolicy::Explicit,
                ack_wait: opts.ack_wait,
                filter_subject: opts.in_subject.clone(),
                max_ack_pending: (opts.batch * 4) as i64,
                ..Default::default()
            },
        )
        .await
        .map_err(|e| nats(&format!("consumer {}", opts.consumer))(&e))?;
    let mut messages = consumer
        .stream()
        .max_messages_per_batch(opts.batch)
        .messages()
        .await
        .map_err(|e| nats("cannot start consuming")(&e))?;
    tracing::info!(
        stream = %opts.stream, subject = %opts.in_subject, consumer = %opts.consumer,
        out = %opts.out_subject, alerts = %opts.alerts_subject,
        "consuming payment messages"
    );

    let mut worker = Worker {
        opts,
        js,
        client,
        screening,
        store,
        ledger,
        summary: Summary::default(),
    };
    tokio::pin!(shutdown);
    loop {
        let next = async {
            match opts.exit_when_idle {
                Some(idle) => tokio::time::timeout(idle, messages.next()).await.ok(),
                None => Some(messages.next().await),
            }
        };
        let first = tokio::select! {
            _ = &mut shutdown => { tracing::info!("shutting down"); break }
            first = next => first,
        };
        let first = match first {
            None => {
                tracing::info!("no message for the idle time: stopping");
                break;
            }
            Some(None) => {
                return Err(StreamError::Nats(
                    "the consumer's message stream ended".into(),
                ))
            }
            Some(Some(m)) => m,
        };
        let mut batch = Vec::with_capacity(opts.batch);
        let mut failure = None;
        match first {
            Ok(m) => batch.push(m),
            Err(e) => failure = Some(e),
        }
        // Whatever the consumer already holds joins the batch; nothing waits for more.
        while failure.is_none() && batch.len() < opts.batch {
            match messages.next().now_or_never() {
                Some(Some(Ok(m))) => batch.push(m),
                Some(Some(Err(e))) => failure = Some(e),
                _ => break,
            }
        }
        if !batch.is_empty() {
            worker.process(batch).await?;
        }
        if let Some(e) = failure {
            match e.kind() {
                pull::MessagesErrorKind::MissingHeartbeat => {
                    tracing::warn!("JetStream heartbeat missed; continuing")
                }
                _ => return Err(nats("receiving messages")(&e)),
            }
        }
    }
    worker
        .client
        .flush()
        .await
        .map_err(|e| nats("flushing acknowledgements")(&e))?;
    Ok(worker.summary)
}

/// One batch's work, with the connections it needs.
struct Worker<'a> {
    opts: &'a Options,
    js: jetstream::Context,
    client: async_nats::Client,
    screening: Arc<Screening>,
    store: Arc<dyn Store>,
    ledger: Arc<Ledger>,
    summary: Summary,
}

/// A delivered message, identified.
struct Item {
    id: String,
    sequence: u64,
    /// Whether it is screened in this batch: `false` when its id is already in the ledger
    /// or earlier in the same batch.
    fresh: bool,
}

impl Worker<'_> {
    async fn process(&mut self, batch: Vec<jetstream::Message>) -> Result<(), StreamError> {
        // Re-checked for every batch: lists age while the consumer runs.
        if let Err(e) = self.screening.check_lists(now_millis()) {
            tracing::error!(error = %e, "FAILING CLOSED: lists unusable, batch not acknowledged");
            return Err(e);
        }
        let mut items = Vec::with_capacity(batch.len());
        for m in &batch {
            let info = m.info().map_err(|e| {
                StreamError::Nats(format!(
                    "a delivered message has no JetStream metadata: {e}"
                ))
            })?;
            let header = m
                .headers
                .as_ref()
                .and_then(|h| h.get(record::MESSAGE_ID_HEADER))
                .map(|v| v.as_str());
            items.push(Item {
                id: record::message_id(header, info.stream_sequence),
                sequence: info.stream_sequence,
                fresh: false,
            });
        }
        let ids: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
        let ledger = self.ledger.clone();
        let done = blocking(move || ledger.processed(ids.iter().map(String::as_str))).await?;
        let mut seen = HashSet::new();
        for item in &mut items {
            item.fresh = !done.contains(&item.id) && seen.insert(item.id.clone());
        }
        let work: Vec<(String, u64, bytes::Bytes)> = items
            .iter()
            .zip(&batch)
            .filter(|(i, _)| i.fresh)
            .map(|(i, m)| (i.id.clone(), i.sequence, m.payload.clone()))
            .collect();
        let screening = self.screening.clone();
        let outcomes: Vec<Outcome> = blocking(move || {
            Ok(work
                .par_iter()
                .map(|(id, seq, body)| screening.screen(id.clone(), *seq, body))
                .collect())
        })
        .await?;

        self.publish(&outcomes).await?;
        let audit_seqs = self.audit(&outcomes).await?;
        let entries: Vec<Processed> = outcomes
            .iter()
            .zip(audit_seqs)
            .map(|(o, audit_seq)| Processed {
                message_id: o.result.message_id.clone(),
                stream_sequence: o.result.stream_sequence,
                status: status_name(o.result.status).into(),
                audit_seq,
            })
            .collect();
        let ledger = self.ledger.clone();
        blocking(move || ledger.record(&entries, now_millis())).await?;
        for m in &batch {
            m.ack().await.map_err(|e| nats("acknowledging")(&e))?;
        }

        let s = &mut self.summary;
        s.messages += batch.len() as u64;
        s.already_processed += items.iter().filter(|i| !i.fresh).count() as u64;
        for o in &outcomes {
            match o.result.status {
                Status::Ok => s.screened += 1,
                Status::Error => s.errors += 1,
            }
            s.alerts += o.alerts.len() as u64;
        }
        for (o, item) in outcomes.iter().zip(items.iter().filter(|i| i.fresh)) {
            if let Some(e) = &o.result.error {
                tracing::warn!(message_id = %item.id, sequence = item.sequence, error = %e, "message not screened: error result published");
            }
        }
        Ok(())
    }

    /// Publishes every alert and result and waits until JetStream has stored each (or
    /// dropped it as a duplicate).
    async fn publish(&mut self, outcomes: &[Outcome]) -> Result<(), StreamError> {
        let mut pending = VecDeque::new();
        for o in outcomes {
            let id = &o.result.message_id;
            for a in &o.alerts {
                let body = encode(a)?;
                let publish_id = record::alert_publish_id(id, a.index);
                pending.push_back(
                    self.send(&self.opts.alerts_subject, &publish_id, id, body)
                        .await?,
                );
                self.settle(&mut pending, MAX_PUBLISH_IN_FLIGHT).await?;
            }
            let body = encode(&o.result)?;
            let publish_id = record::result_publish_id(id);
            pending.push_back(
                self.send(&self.opts.out_subject, &publish_id, id, body)
                    .await?,
            );
            self.settle(&mut pending, MAX_PUBLISH_IN_FLIGHT).await?;
        }
        self.settle(&mut pending, 0).await
    }

    async fn send(
        &self,
        subject: &str,
        publish_id: &str,
        input_id: &str,
        body: Vec<u8>,
    ) -> Result<jetstream::context::PublishAckFuture, StreamError> {
        let mut headers = HeaderMap::new();
        headers.insert(record::MESSAGE_ID_HEADER, publish_id);
        headers.insert(record::INPUT_ID_HEADER, input_id);
        self.js
            .publish_with_headers(subject.to_string(), headers, body.into())
            .await
            .map_err(|e| nats(&format!("publishing to {subject}"))(&e))
    }

    /// Waits for the oldest publications until at most `keep` are in flight.
    async fn settle(
        &mut self,
        pending: &mut VecDeque<jetstream::context::PublishAckFuture>,
        keep: usize,
    ) -> Result<(), StreamError> {
        while pending.len() > keep {
            let Some(f) = pending.pop_front() else { break };
            let ack = f
                .await
                .map_err(|e| nats("JetStream did not store a publication")(&e))?;
            if ack.duplicate {
                self.summary.duplicates_dropped += 1;
            }
        }
        Ok(())
    }

    /// Appends one audit record per outcome, all submitted at once so that the store
    /// commits them together; returns their sequence numbers in order.
    async fn audit(&self, outcomes: &[Outcome]) -> Result<Vec<i64>, StreamError> {
        let actor = format!("stream:{}", self.opts.consumer);
        let tasks: Vec<_> = outcomes
            .iter()
            .map(|o| {
                let record = NewAuditRecord {
                    kind: record::AUDIT_KIND.into(),
                    actor: actor.clone(),
                    subject: Some(o.result.message_id.clone()),
                    payload: o
                        .audit_payload(&self.opts.stream, &self.opts.consumer)
                        .to_string(),
                };
                let store = self.store.clone();
                tokio::task::spawn_blocking(move || store.append_audit(record))
            })
            .collect();
        let mut seqs = Vec::with_capacity(tasks.len());
        for t in tasks {
            let record = t
                .await
                .map_err(|e| StreamError::Audit(format!("the audit task failed: {e}")))?
                .map_err(|e| StreamError::Audit(e.to_string()))?;
            seqs.push(record.seq);
        }
        Ok(seqs)
    }
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Ok => "ok",
        Status::Error => "error",
    }
}

fn encode<T: serde::Serialize>(value: &T) -> Result<Vec<u8>, StreamError> {
    serde_json::to_vec(value).map_err(|e| StreamError::Internal(format!("cannot encode JSON: {e}")))
}

/// Runs blocking work (SQLite, the scanner) off the async threads.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, StreamError> + Send + 'static,
) -> Result<T, StreamError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| StreamError::Internal(format!("a worker task failed: {e}")))?
}
