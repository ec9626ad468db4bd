//! Persistence for the screening service: API keys, analyst sessions, the hash-chained audit
//! log, alerts and decisions.
//!
//! One interface, [`Store`], two backends: SQLite embedded in the data directory (the
//! default: one file, WAL, `synchronous=FULL`, so a screening acknowledged to a caller is on
//! disk) and PostgreSQL for several service nodes sharing one database. [`open`] picks the
//! backend from a URL. Both run the same numbered migrations on open.
//!
//! The store is synchronous: the server calls it from `tokio::task::spawn_blocking`. That
//! keeps the backends plain (rusqlite, the blocking `postgres` client) and the transactions
//! obvious.
//!
//! ## The audit chain
//! Every record carries the SHA-256 of its predecessor and its own hash over a canonical
//! byte string ([`AuditRecord::compute_hash`]). Editing a record changes its hash; deleting
//! or reordering records breaks the link of the next one. [`Store::verify_audit`] walks the
//! chain from the retention anchor (the hash of the last record removed by retention, or
//! the zero hash) and names the first record that does not fit.
//!
//! Since the chain alone cannot stop someone with write access from re-hashing it or
//! cutting its end, records are hashed with a key kept outside the database and the head is
//! written to an external file after every batch of audit writes ([`anchor`]);
//! [`Store::verify_audit_heads`] checks the log against that file.
#![deny(missing_docs)]

pub mod anchor;
mod chain;
mod engine;
mod migrations;
pub mod monitoring;
mod postgres;
mod sqlite;

pub use anchor::{read_heads, AuditKey, AuditOptions, HeadEntry, HeadLine};
pub use chain::{hash_secret, new_secret, GENESIS_HASH};
pub use monitoring::{Attempt, Customer, MonitoringRun, NewMonitoringRun, OutboxItem, RunKind};

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::Duration;

/// Anything the store could not do. Every variant means the operation did not happen
/// (transactions are rolled back), so the caller must not acknowledge it.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened, migrated or reached.
    #[error("database {target}: {message}")]
    Unavailable {
        /// The file or URL (without password).
        target: String,
        /// What went wrong.
        message: String,
    },
    /// A query failed.
    #[error("database error: {0}")]
    Query(String),
    /// The thing asked for does not exist (alert id, key id...).
    #[error("{0} not found")]
    NotFound(String),
    /// The request contradicts the stored state (deciding a closed alert twice with a
    /// different outcome is allowed; deciding an unknown alert is not).
    #[error("{0}")]
    Conflict(String),
    /// Bad input (unknown role, empty comment where one is required...).
    #[error("{0}")]
    Invalid(String),
}

/// Result alias for the store.
pub type Result<T> = std::result::Result<T, StoreError>;

/// Milliseconds since the Unix epoch, UTC: every timestamp the store keeps.
pub type Millis = i64;

/// What an API key may do. Roles are ordered: an `admin` may do what an `analyst` may, and an
/// `analyst` what a `screen` key may.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Screening and scanning calls only (onboarding systems, payment flows).
    Screen,
    /// Also reviews alerts, records decisions and uses the web UI.
    Analyst,
    /// Also manages keys, reads and exports the audit log, reloads lists.
    Admin,
}

impl Role {
    /// Parses `screen`, `analyst` or `admin`.
    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_ascii_lowercase().as_str() {
            "screen" => Some(Role::Screen),
            "analyst" => Some(Role::Analyst),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    /// The name as stored and shown.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Screen => "screen",
            Role::Analyst => "analyst",
            Role::Admin => "admin",
        }
    }

    /// Whether a key with this role may act where `needed` is required.
    pub fn allows(self, needed: Role) -> bool {
        self >= needed
    }
}

/// A stored API key (never its secret: only a hash of it is kept).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ApiKey {
    /// Key id, shown in audit records as the caller.
    pub id: i64,
    /// Who or what uses the key (`payments-gateway`, `alice`), for the audit trail.
    pub name: String,
    /// What the key may do.
    pub role: Role,
    /// When it was created.
    pub created: Millis,
    /// When it was revoked; a revoked key authenticates nothing.
    pub revoked: Option<Millis>,
}

/// A newly created key: the only moment its secret exists outside the caller's hands.
#[derive(Debug, Clone)]
pub struct NewKey {
    /// The stored key.
    pub key: ApiKey,
    /// The secret to hand to the user (`nmn_…`).
    pub secret: String,
}

/// An analyst's logged-in web session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Session {
    /// The key the analyst logged in with.
    pub key: ApiKey,
    /// Token that state-changing requests must echo in `X-CSRF-Token`.
    pub csrf: String,
    /// When the session ends.
    pub expires: Millis,
}

/// A new session: the cookie value exists only here (the store keeps its hash).
#[derive(Debug, Clone)]
pub struct NewSession {
    /// The cookie value.
    pub token: String,
    /// The session.
    pub session: Session,
}

/// One record of the audit log, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// Position in the chain, from 1, without gaps (retention removes a prefix).
    pub seq: i64,
    /// When it was appended.
    pub time: Millis,
    /// What happened: `screen`, `scan`, `decision`, `key.create`, `lists.reload`,
    /// `alert.reopen`, `retention`...
    pub kind: String,
    /// Who: `key:<id>:<name>`, `system`, or `cli`.
    pub actor: String,
    /// The screening id, alert id or other subject this record is about, if any.
    pub subject: Option<String>,
    /// The full record body, JSON text exactly as hashed.
    pub payload: String,
    /// Hash of the previous record (hex), or the anchor for the first one kept.
    pub prev_hash: String,
    /// Hash of this record (hex).
    pub hash: String,
}

/// A record to append; the store assigns `seq`, `time` and the hashes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAuditRecord {
    /// See [`AuditRecord::kind`].
    pub kind: String,
    /// See [`AuditRecord::actor`].
    pub actor: String,
    /// See [`AuditRecord::subject`].
    pub subject: Option<String>,
    /// See [`AuditRecord::payload`]; must be valid JSON.
    pub payload: String,
}

/// The outcome of walking the audit chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerifyReport {
    /// Records checked.
    pub records: u64,
    /// First and last sequence numbers checked.
    pub first_seq: Option<i64>,
    /// Last sequence number checked.
    pub last_seq: Option<i64>,
    /// The hash the chain starts from (zero hash, or the retention anchor).
    pub anchor: String,
    /// The first problem found, or `None` when the chain is intact.
    pub problem: Option<ChainProblem>,
    /// First record hashed with the audit key (older records keep the plain hash).
    pub keyed_from: Option<i64>,
    /// Heads from a head file compared with the records, when a head file was given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub heads_checked: Option<u64>,
}

/// Why the chain does not verify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChainProblem {
    /// The record at which the chain breaks.
    pub seq: i64,
    /// What is wrong there: edited content, a missing predecessor, a wrong order.
    pub message: String,
}

/// Alert status. `Open` and `Escalated` are the queue; the others are closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertStatus {
    /// Not reviewed yet.
    Open,
    /// An analyst confirmed the party is the listed entity.
    TrueMatch,
    /// An analyst decided the party is not the listed entity.
    FalsePositive,
    /// Sent to a senior reviewer; stays in the queue.
    Escalated,
}

impl AlertStatus {
    /// Parses the snake_case name.
    pub fn parse(s: &str) -> Option<AlertStatus> {
        match s.trim() {
            "open" => Some(AlertStatus::Open),
            "true_match" => Some(AlertStatus::TrueMatch),
            "false_positive" => Some(AlertStatus::FalsePositive),
            "escalated" => Some(AlertStatus::Escalated),
            _ => None,
        }
    }

    /// The snake_case name, as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertStatus::Open => "open",
            AlertStatus::TrueMatch => "true_match",
            AlertStatus::FalsePositive => "false_positive",
            AlertStatus::Escalated => "escalated",
        }
    }
}

/// A hit worth an analyst's look, as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alert {
    /// Alert id.
    pub id: i64,
    /// When it was opened.
    pub created: Millis,
    /// Current status.
    pub status: AlertStatus,
    /// The caller's reference for the screened party (customer id...), if given.
    pub reference: Option<String>,
    /// The screened name (or the matched text for a scan).
    pub query: String,
    /// Entity key.
    pub entity: String,
    /// Entity's primary name at the time.
    pub entity_name: String,
    /// Score of the hit.
    pub score: f64,
    /// The screening that raised it.
    pub screening_id: String,
    /// Fingerprint of the listed entity's content when the alert was raised.
    pub entity_fingerprint: String,
    /// The listed entity as it was (JSON text), to say later what changed.
    pub entity_snapshot: String,
    /// Why it was (re)opened, when not a plain new hit: e.g. what changed in the entity
    /// since a false-positive decision.
    pub reason: Option<String>,
    /// When its listed entity left its list (the alert stays queued for a decision).
    pub delisted: Option<Millis>,
    /// The analyst (key name) working it, if assigned.
    pub assignee: Option<String>,
    /// The true-match decision proposed by one analyst; while the alert is still queued it
    /// awaits a second analyst's confirmation, and after that it says who proposed it.
    pub proposal: Option<Proposal>,
    /// The sanctions programmes or regimes of the listed entity when the alert was raised
    /// (`SDGT`, `Al-Qaida`...), sorted; empty when the list names none.
    pub programmes: Vec<String>,
    /// Decisions, oldest first.
    pub decisions: Vec<Decision>,
}

/// An analyst's decision on an alert.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Decision {
    /// Decision id.
    pub id: i64,
    /// The alert decided.
    pub alert_id: i64,
    /// The status it set.
    pub status: AlertStatus,
    /// The analyst's reasoning.
    pub comment: String,
    /// Who: `key:<id>:<name>`.
    pub actor: String,
    /// When.
    pub time: Millis,
}

/// A true-match decision proposed by one analyst, to be confirmed by another (four eyes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Proposal {
    /// Who proposed it: `key:<id>:<name>`.
    pub actor: String,
    /// The proposer's reasoning.
    pub comment: String,
    /// When.
    pub time: Millis,
}

impl Alert {
    /// Whether a true-match proposal waits for a second analyst: proposed and still queued.
    pub fn pending_confirmation(&self) -> bool {
        self.proposal.is_some() && matches!(self.status, AlertStatus::Open | AlertStatus::Escalated)
    }
}

/// A change an analyst makes to the queue, applied by [`Store::work_alerts`] in one
/// transaction with one audit record per alert touched.
#[derive(Debug, Clone, PartialEq)]
pub enum AlertAction {
    /// Assigns alerts to an analyst (key name), or unassigns them (`None`): `alert.assign`.
    Assign {
        /// The alerts.
        ids: Vec<i64>,
        /// The key name, or `None` to unassign.
        to: Option<String>,
    },
    /// Decides every alert the same way (false positive or escalated; a true match needs
    /// [`AlertAction::ProposeTrueMatch`]): one `decision` record each, all or none.
    Decide {
        /// The alerts.
        ids: Vec<i64>,
        /// The status to set.
        status: AlertStatus,
        /// Why.
        comment: String,
    },
    /// Proposes a true match; the alert stays queued until another analyst confirms:
    /// `decision.proposed`.
    ProposeTrueMatch {
        /// The alert.
        id: i64,
        /// Why.
        comment: String,
    },
    /// Confirms another analyst's true-match proposal, closing the alert as a true match:
    /// `decision`. The proposer's own confirmation is refused ([`StoreError::Conflict`]).
    Confirm {
        /// The alert.
        id: i64,
        /// The confirming analyst's note (may be empty).
        comment: String,
    },
}

/// The last false-positive decision on a (reference, entity) pair: what suppression checks.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suppression {
    /// The decision.
    pub decision_id: i64,
    /// The alert it closed.
    pub alert_id: i64,
    /// Fingerprint of the entity when decided; a different current fingerprint means the
    /// entity changed and the suppression no longer holds.
    pub entity_fingerprint: String,
    /// The entity as it was when decided (JSON text).
    pub entity_snapshot: String,
}

/// A hit that should become (or join) an alert, as decided by the server.
#[derive(Debug, Clone, PartialEq)]
pub struct AlertInput {
    /// See [`Alert::reference`].
    pub reference: Option<String>,
    /// See [`Alert::query`].
    pub query: String,
    /// See [`Alert::entity`].
    pub entity: String,
    /// See [`Alert::entity_name`].
    pub entity_name: String,
    /// See [`Alert::score`].
    pub score: f64,
    /// See [`Alert::entity_fingerprint`].
    pub entity_fingerprint: String,
    /// See [`Alert::entity_snapshot`].
    pub entity_snapshot: String,
    /// See [`Alert::reason`].
    pub reason: Option<String>,
    /// `Some(decision id)` when a false-positive decision still suppresses this hit: the
    /// screening records it as suppressed and opens nothing.
    pub suppressed_by: Option<i64>,
}

/// What became of one [`AlertInput`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum AlertOutcome {
    /// A new alert was opened.
    Opened {
        /// Its id.
        alert_id: i64,
    },
    /// An alert for the same reference and entity was already in the queue; the screening
    /// is linked to it instead of opening a duplicate.
    AlreadyOpen {
        /// Its id.
        alert_id: i64,
    },
    /// A false-positive decision suppresses it.
    Suppressed {
        /// The decision.
        decision_id: i64,
    },
}

/// One screening (or scan) to persist atomically: its audit record and its alerts.
#[derive(Debug, Clone, PartialEq)]
pub struct ScreeningRecord {
    /// Screening id (chosen by the server, unique).
    pub id: String,
    /// The audit record (kind `screen` or `scan`, payload = request, normalised forms, list
    /// versions, hits and scores).
    pub audit: NewAuditRecord,
    /// Hits at or above the alert threshold.
    pub alerts: Vec<AlertInput>,
}

/// Filter for listing alerts.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AlertFilter {
    /// Only these statuses (empty: all).
    pub statuses: Vec<AlertStatus>,
    /// Only this reference.
    pub reference: Option<String>,
    /// Only this entity key.
    pub entity: Option<String>,
    /// Only alerts assigned to this key name (`Some("")`: only unassigned ones).
    pub assignee: Option<String>,
    /// Only alerts scoring at least this.
    pub min_score: Option<f64>,
    /// Only alerts on this list: the entity key starts with `list:` (`un`, `ofac`...).
    pub list: Option<String>,
    /// Only alerts whose listed entity is under this programme or regime, exactly as the
    /// list names it (`SDGT`, `Al-Qaida`...; see [`Alert::programmes`]).
    pub programme: Option<String>,
    /// Only alerts opened at or after this time.
    pub created_after: Option<Millis>,
    /// Only alerts opened before this time.
    pub created_before: Option<Millis>,
    /// The order of the alerts.
    pub sort: AlertSort,
    /// The last alert of the previous page: the page continues after it, in `sort` order.
    pub cursor: Option<AlertCursor>,
    /// Most alerts to return (0: all).
    pub limit: usize,
}

/// Longest case note accepted, in bytes.
pub const MAX_NOTE_BYTES: usize = 10_000;

/// An analyst's note on an alert's case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AlertNote {
    /// Note id, in the order notes were added.
    pub id: i64,
    /// The alert.
    pub alert_id: i64,
    /// Who wrote it (`key:<id>:<name>`).
    pub actor: String,
    /// When.
    pub time: Millis,
    /// The note.
    pub text: String,
}

/// Milliseconds in a day: the length of a [`DailyVolume`] bucket (UTC days).
pub const DAY_MILLIS: Millis = 86_400_000;

/// The queue's volume on one UTC day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DailyVolume {
    /// Days since 1970-01-01 (UTC).
    pub day: i64,
    /// Alerts opened that day.
    pub opened: u64,
    /// True-match decisions made that day.
    pub true_match: u64,
    /// False-positive decisions made that day.
    pub false_positive: u64,
    /// Escalations made that day.
    pub escalated: u64,
    /// Of the alerts opened that day, those still open (undecided) now.
    pub open: u64,
}

/// The order alerts are listed in. Every order ends with the alert id, so that pages by
/// [`AlertCursor`] neither repeat nor skip an alert.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum AlertSort {
    /// Newest first (id descending).
    #[default]
    Newest,
    /// Oldest first (id ascending).
    Oldest,
    /// Highest score first; equal scores newest first (id descending).
    Score,
}

impl AlertSort {
    /// Parses `newest`, `oldest` or `score`.
    pub fn parse(s: &str) -> Option<AlertSort> {
        match s.trim() {
            "newest" => Some(AlertSort::Newest),
            "oldest" => Some(AlertSort::Oldest),
            "score" => Some(AlertSort::Score),
            _ => None,
        }
    }

    /// The name [`AlertSort::parse`] reads.
    pub fn as_str(self) -> &'static str {
        match self {
            AlertSort::Newest => "newest",
            AlertSort::Oldest => "oldest",
            AlertSort::Score => "score",
        }
    }

    /// The SQL `ORDER BY` list of this order (the same on both backends).
    pub(crate) fn order_by(self) -> &'static str {
        match self {
            AlertSort::Newest => "id DESC",
            AlertSort::Oldest => "id ASC",
            AlertSort::Score => "score DESC, id DESC",
        }
    }
}

/// Where a page of alerts starts: the sort key and id of the last alert of the page before.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AlertCursor {
    /// The alert's id.
    pub id: i64,
    /// The alert's score (used by [`AlertSort::Score`]).
    pub score: f64,
}

impl AlertCursor {
    /// The cursor just after `alert`.
    pub fn after(alert: &Alert) -> AlertCursor {
        AlertCursor {
            id: alert.id,
            score: alert.score,
        }
    }
}

/// The persistence interface of the service. Every method is one transaction: it happens
/// entirely or not at all, and returns only once durable.
pub trait Store: Send + Sync {
    /// Which backend and where (`sqlite:/path/nomina.db`, `postgres://host/db`), without
    /// secrets, for logs and `/readyz`.
    fn describe(&self) -> String;

    /// Creates an API key with a role; the secret is returned once. Appends a `key.create`
    /// audit record.
    fn create_key(&self, name: &str, role: Role, actor: &str) -> Result<NewKey>;
    /// The key a secret belongs to, if it exists and is not revoked.
    fn authenticate(&self, secret: &str) -> Result<Option<ApiKey>>;
    /// Every key, revoked ones included.
    fn list_keys(&self) -> Result<Vec<ApiKey>>;
    /// Revokes a key. Appends a `key.revoke` audit record.
    fn revoke_key(&self, id: i64, actor: &str) -> Result<()>;

    /// Starts a web session for a key, valid for `ttl_ms`.
    fn create_session(&self, key: &ApiKey, ttl_ms: i64) -> Result<NewSession>;
    /// The live session a cookie token belongs to.
    fn session(&self, token: &str) -> Result<Option<Session>>;
    /// Ends a session (logout).
    fn end_session(&self, token: &str) -> Result<()>;

    /// Appends one audit record and returns it as stored.
    fn append_audit(&self, record: NewAuditRecord) -> Result<AuditRecord>;
    /// Persists a screening: its audit record and its alerts, in one transaction.
    fn record_screening(&self, record: &ScreeningRecord) -> Result<Vec<AlertOutcome>>;
    /// Audit records with `from <= time < to` (either bound optional), in chain order,
    /// starting after sequence number `after_seq`, at most `limit`.
    fn audit_records(
        &self,
        from: Option<Millis>,
        to: Option<Millis>,
        after_seq: i64,
        limit: usize,
    ) -> Result<Vec<AuditRecord>>;
    /// Walks the whole chain and reports the first break.
    fn verify_audit(&self) -> Result<VerifyReport>;
    /// Walks the whole chain like [`Store::verify_audit`] and also checks it against heads
    /// read from a head file ([`read_heads`]): a recorded head past the end of the log
    /// (truncation), a record whose hash is not the recorded one (re-hashing), a head not
    /// signed with the key.
    fn verify_audit_heads(&self, heads: &[HeadLine]) -> Result<VerifyReport>;
    /// Removes audit records older than `before` (keeping the anchor so the rest still
    /// verifies) and appends a `retention` record saying so. Returns how many were removed.
    fn apply_retention(&self, before: Millis, actor: &str) -> Result<u64>;
    /// Every audit record about one subject (an alert id, a screening id), in chain order.
    fn audit_of(&self, subject: &str) -> Result<Vec<AuditRecord>>;

    /// Alerts matching a filter, in its sort order.
    fn alerts(&self, filter: &AlertFilter) -> Result<Vec<Alert>>;
    /// One alert with its decisions.
    fn alert(&self, id: i64) -> Result<Alert>;
    /// Records an analyst's decision, sets the alert's status and appends a `decision`
    /// audit record, in one transaction.
    fn decide(
        &self,
        alert_id: i64,
        status: AlertStatus,
        comment: &str,
        actor: &str,
    ) -> Result<Decision>;
    /// The latest false-positive decision for a (reference, entity) pair, if any.
    fn suppression(&self, reference: &str, entity: &str) -> Result<Option<Suppression>>;
    /// Every (reference, entity) pair whose latest decision is a false positive: what list
    /// monitoring re-checks when a new list version comes into force.
    fn suppressions(&self) -> Result<Vec<(String, String, Suppression)>>;
    /// Opens alerts outside a screening (list monitoring re-opening suppressed pairs whose
    /// entity changed), with one audit record of kind `alert.reopen` each.
    fn open_alerts(
        &self,
        inputs: &[AlertInput],
        screening_id: &str,
        actor: &str,
    ) -> Result<Vec<AlertOutcome>>;
    /// Number of alerts per status.
    fn alert_counts(&self) -> Result<Vec<(AlertStatus, u64)>>;
    /// Every programme of the alerts' listed entities (see [`Alert::programmes`]) with the
    /// number of alerts under it, by programme: what the programme filter can choose from.
    fn programme_counts(&self) -> Result<Vec<(String, u64)>>;
    /// How many alerts match a filter, ignoring its `cursor` and `limit`.
    fn alert_total(&self, filter: &AlertFilter) -> Result<u64>;
    /// Adds a note to an alert's case (non-empty, at most [`MAX_NOTE_BYTES`]) with an
    /// `alert.note` audit record, in one transaction.
    fn add_note(&self, alert_id: i64, text: &str, actor: &str) -> Result<AlertNote>;
    /// An alert's notes, oldest first; an unknown alert is [`StoreError::NotFound`].
    fn notes(&self, alert_id: i64) -> Result<Vec<AlertNote>>;
    /// Alerts opened and decisions made per UTC day, from the day of `since` on, oldest day
    /// first; days with neither are left out.
    fn daily_volume(&self, since: Millis) -> Result<Vec<DailyVolume>>;
    /// Applies an analyst's change to the queue in one transaction, every alert audited;
    /// any unknown alert or refused change leaves everything as it was.
    fn work_alerts(&self, action: &AlertAction, actor: &str) -> Result<()>;

    /// Adds or replaces customers (by reference) and records their screening on entry —
    /// its audit record and alerts — in one transaction: all of it or none.
    fn save_customers(
        &self,
        customers: &[Customer],
        screening: &ScreeningRecord,
    ) -> Result<Vec<AlertOutcome>>;
    /// Removes a customer (its alerts stay) with a `customer.delete` audit record; `false`
    /// when there was none.
    fn delete_customer(&self, reference: &str, actor: &str) -> Result<bool>;
    /// One customer.
    fn customer(&self, reference: &str) -> Result<Option<Customer>>;
    /// Customers ordered by reference, after `after`, at most `limit`: the base is read a
    /// page at a time.
    fn customers_page(&self, after: Option<&str>, limit: usize) -> Result<Vec<Customer>>;
    /// Customers saved at or after `since` (their `updated` time), ordered by reference,
    /// after `after`, at most `limit`: what changed since a customer index was built.
    fn customers_changed_since(
        &self,
        since: Millis,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<Customer>>;
    /// How many customers there are.
    fn customer_count(&self) -> Result<u64>;
    /// Records a monitoring run in one transaction: its alerts (deduplicated and
    /// suppressed as a screening's are), the delisting of queued alerts whose entity left
    /// its list, the run row and one `monitoring.run` audit record. Returns the run with
    /// its alert counts.
    fn record_monitoring_run(&self, run: &NewMonitoringRun) -> Result<MonitoringRun>;
    /// The newest runs first.
    fn monitoring_runs(&self, limit: usize) -> Result<Vec<MonitoringRun>>;
    /// Puts every alert raised since the last call into the webhook outbox, once per URL
    /// (a URL seen for the first time starts from the newest alert). Returns how many
    /// deliveries were queued.
    fn enqueue_webhooks(&self, urls: &[String]) -> Result<u64>;
    /// Undelivered outbox items due at `now`, oldest first.
    fn due_webhooks(&self, now: Millis, limit: usize) -> Result<Vec<OutboxItem>>;
    /// Records the outcome of one delivery attempt.
    fn webhook_attempted(&self, id: i64, attempt: &Attempt) -> Result<()>;
    /// The outbox, newest first, delivered items included.
    fn webhook_outbox(&self, limit: usize) -> Result<Vec<OutboxItem>>;
}

/// How long connecting to PostgreSQL, or waiting for a pooled connection, may take by
/// default: short, so an outage gives a quick 503 rather than a long wait.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
/// Environment variable overriding [`DEFAULT_CONNECT_TIMEOUT`], in seconds.
pub const CONNECT_TIMEOUT_ENV: &str = "NOMINA_DB_CONNECT_TIMEOUT";

/// How to open a store, beyond its URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreOptions {
    /// The audit key and head files.
    pub audit: AuditOptions,
    /// PostgreSQL: how long connecting or waiting for a free pooled connection may take.
    pub connect_timeout: Duration,
    /// SQLite: create the database (and its directory) when missing. `false` for commands
    /// that only read, so a mistyped path is an error instead of a new empty database.
    pub create: bool,
}

impl Default for StoreOptions {
    fn default() -> StoreOptions {
        StoreOptions {
            audit: AuditOptions::default(),
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            create: true,
        }
    }
}

impl StoreOptions {
    /// The options from the environment: [`anchor::AUDIT_KEY_ENV`],
    /// [`anchor::AUDIT_HEAD_ENV`] and [`CONNECT_TIMEOUT_ENV`]. A connect timeout that is not
    /// a positive number of seconds is an error naming the variable.
    pub fn from_env() -> Result<StoreOptions> {
        let connect_timeout = match std::env::var(CONNECT_TIMEOUT_ENV) {
            Ok(v) if !v.trim().is_empty() => parse_timeout(&v).ok_or_else(|| {
                StoreError::Invalid(format!(
                    "{CONNECT_TIMEOUT_ENV}={v:?}: expected a positive number of seconds"
                ))
            })?,
            _ => DEFAULT_CONNECT_TIMEOUT,
        };
        Ok(StoreOptions {
            audit: AuditOptions::from_env(),
            connect_timeout,
            create: true,
        })
    }
}

/// A positive number of seconds (fractions allowed) as a duration.
fn parse_timeout(s: &str) -> Option<Duration> {
    let secs: f64 = s.trim().parse().ok()?;
    (secs.is_finite() && secs > 0.0 && secs <= 3600.0).then(|| Duration::from_secs_f64(secs))
}

/// The database a URL names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL URL.
    Postgres(String),
}

/// Parses a store URL: `postgres://…` / `postgresql://…`, `sqlite:PATH`, or a plain path.
/// Any other `scheme:` (e.g. `mysql://x`) is an error, never a SQLite file of that name.
pub fn parse_target(url: &str) -> Result<Target> {
    let url = url.trim();
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok(Target::Postgres(url.to_string()));
    }
    if let Some(path) = url.strip_prefix("sqlite:") {
        return Ok(Target::Sqlite(PathBuf::from(path)));
    }
    if let Some((scheme, _)) = url.split_once(':') {
        let looks_like_scheme = scheme.len() > 1
            && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
        if looks_like_scheme {
            return Err(StoreError::Invalid(format!(
                "database {url:?}: unsupported scheme {scheme:?} (use postgres://…, \
                 postgresql://…, sqlite:PATH or a file path)"
            )));
        }
    }
    Ok(Target::Sqlite(PathBuf::from(url)))
}

/// Opens the store named by `url` with options from the environment
/// ([`StoreOptions::from_env`]): `postgres://…` / `postgresql://…` for PostgreSQL,
/// `sqlite:PATH` or a plain path for SQLite. Runs pending migrations.
pub fn open(url: &str) -> Result<Box<dyn Store>> {
    open_with(url, &StoreOptions::from_env()?)
}

/// Opens the store named by `url` (see [`parse_target`]) with explicit options: binds the
/// audit log to the key (creating the key file on first use), opens the head file, runs
/// pending migrations.
pub fn open_with(url: &str, options: &StoreOptions) -> Result<Box<dyn Store>> {
    let key_path = options.audit.key_path()?;
    let head_path = options.audit.head_path(&key_path);
    let target = parse_target(url)?;
    if let Target::Sqlite(path) = &target {
        if !options.create && !path.is_file() {
            return Err(StoreError::Unavailable {
                target: path.display().to_string(),
                message: "no database here (nothing is created by a command that only reads; \
                          check --data-dir / --database)"
                    .into(),
            });
        }
    }
    let key = AuditKey::load_or_create(&key_path)?;
    let sink = anchor::HeadSink::open(&head_path)?;
    match target {
        Target::Postgres(url) => postgres::open(&url, options, key, sink),
        Target::Sqlite(path) => sqlite::open(&path, key, sink),
    }
}

/// The current time in [`Millis`].
pub fn now_millis() -> Millis {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
