//! The backend-neutral half of the store: the [`Store`] methods written once, over a small
//! set of typed queries ([`Tx`]) that each backend implements in its own SQL dialect.
//!
//! A backend only knows how to run a closure inside a transaction ([`Backend::run`]) and how
//! to answer the queries; validation, the audit chain, deduplication and suppression rules
//! live here, so SQLite and PostgreSQL cannot drift apart.

pub(crate) mod alerts;
pub(crate) mod audit;
mod keys;
pub(crate) mod monitor;
mod queue;
mod verify;

use crate::{
    AlertFilter, AlertInput, AlertOutcome, AlertStatus, ApiKey, AuditRecord, Decision, Millis,
    Result, Role, Session, Suppression,
};

/// What kind of transaction a store method needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// A consistent read-only snapshot.
    Read,
    /// A long read-only walk (audit verification): may use its own connection so it does not
    /// hold up other readers.
    Scan,
    /// A write that does not touch the audit chain (sessions).
    Write,
    /// A write that appends to the audit chain: the backend serialises these across every
    /// connection and process before the closure reads the chain head.
    Chain,
}

/// A database backend: runs closures in transactions.
pub(crate) trait Backend: Send + Sync + 'static {
    /// `sqlite:/path` or the PostgreSQL URL without password.
    fn describe(&self) -> String;
    /// The audit key and head file this store writes with.
    fn keying(&self) -> &crate::anchor::Keying;
    /// Runs `f` in one transaction of the given mode; commits if it returns `Ok`, rolls
    /// back otherwise. After a [`Mode::Chain`] transaction commits, the new chain head is
    /// appended to the head file.
    fn run<T>(&self, mode: Mode, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T>;
}

/// Every query the store needs, inside one open transaction.
pub(crate) trait Tx: AuditTx + KeyTx + AlertTx + monitor::MonitorTx {}
impl<T: AuditTx + KeyTx + AlertTx + monitor::MonitorTx + ?Sized> Tx for T {}

/// Queries on `audit_log` and `audit_anchor`.
pub(crate) trait AuditTx {
    /// Sequence number and hash of the newest record, if any record is stored.
    fn audit_last(&mut self) -> Result<Option<(i64, String)>>;
    /// The retention anchor: sequence number and hash of the last removed record.
    fn anchor(&mut self) -> Result<Option<(i64, String)>>;
    /// Replaces the retention anchor.
    fn set_anchor(&mut self, seq: i64, hash: &str, time: Millis) -> Result<()>;
    /// Inserts a complete record.
    fn insert_audit(&mut self, record: &AuditRecord) -> Result<()>;
    /// Records with `from <= time < to` and `seq > after_seq`, by seq, at most `limit`.
    fn audit_page(
        &mut self,
        from: Option<Millis>,
        to: Option<Millis>,
        after_seq: i64,
        limit: i64,
    ) -> Result<Vec<AuditRecord>>;
    /// The highest seq with `time < before`, excluding the newest record.
    fn retention_cut(&mut self, before: Millis) -> Result<Option<i64>>;
    /// Deletes every record with `seq <= through`; returns how many.
    fn delete_audit_through(&mut self, through: i64) -> Result<u64>;
    /// The records about one subject, in chain order.
    fn audit_of_subject(&mut self, subject: &str) -> Result<Vec<AuditRecord>>;
    /// The log's binding to its audit key, if it has one yet.
    fn keying(&mut self) -> Result<Option<audit::KeyingRow>>;
    /// Binds the log to a key (once).
    fn insert_keying(&mut self, row: &audit::KeyingRow) -> Result<()>;
}

/// Queries on `api_keys` and `sessions`.
pub(crate) trait KeyTx {
    /// Inserts a key; returns its id.
    fn insert_key(
        &mut self,
        name: &str,
        role: Role,
        secret_hash: &str,
        created: Millis,
    ) -> Result<i64>;
    /// The key with this secret hash (revoked or not).
    fn key_by_secret_hash(&mut self, secret_hash: &str) -> Result<Option<ApiKey>>;
    /// The key with this id.
    fn key(&mut self, id: i64) -> Result<Option<ApiKey>>;
    /// All keys by id.
    fn keys(&mut self) -> Result<Vec<ApiKey>>;
    /// Marks a key revoked and ends its sessions.
    fn revoke(&mut self, id: i64, time: Millis) -> Result<()>;
    /// Inserts a session.
    fn insert_session(
        &mut self,
        token_hash: &str,
        key_id: i64,
        csrf: &str,
        created: Millis,
        expires: Millis,
    ) -> Result<()>;
    /// The session with this token hash, if it expires after `now` and its key is live.
    fn session_by_hash(&mut self, token_hash: &str, now: Millis) -> Result<Option<Session>>;
    /// Deletes one session.
    fn delete_session(&mut self, token_hash: &str) -> Result<()>;
    /// Deletes sessions that expired at or before `now`.
    fn delete_expired_sessions(&mut self, now: Millis) -> Result<()>;
}

/// The entity-key prefix of a list: `un` → `un:`.
pub(crate) fn list_prefix(list: &str) -> String {
    format!("{list}:")
}

/// Queries on `alerts`, `decisions` and `screening_alerts`.
pub(crate) trait AlertTx {
    /// The newest alert in the queue (open or escalated) for this pair.
    fn queued_alert(&mut self, reference: &str, entity: &str) -> Result<Option<i64>>;
    /// Inserts an open alert; returns its id.
    fn insert_alert(
        &mut self,
        input: &AlertInput,
        screening_id: &str,
        created: Millis,
    ) -> Result<i64>;
    /// Records the programmes of a new alert's listed entity.
    fn insert_programmes(&mut self, alert_id: i64, programmes: &[String]) -> Result<()>;
    /// Records what became of one hit of a screening.
    fn link_screening(&mut self, link: &Link<'_>) -> Result<()>;
    /// One alert, without decisions.
    fn alert_row(&mut self, id: i64) -> Result<Option<crate::Alert>>;
    /// Alerts matching a filter, newest first, without decisions (`limit` 0: all).
    fn alert_rows(&mut self, filter: &AlertFilter) -> Result<Vec<crate::Alert>>;
    /// How many alerts match a filter, its `before` and `limit` ignored.
    fn alert_count(&mut self, filter: &AlertFilter) -> Result<i64>;
    /// Sets or clears an alert's assignee.
    fn set_assignee(&mut self, id: i64, assignee: Option<&str>) -> Result<()>;
    /// Sets or clears an alert's true-match proposal.
    fn set_proposal(&mut self, id: i64, proposal: Option<&crate::Proposal>) -> Result<()>;
    /// Decisions on these alerts, oldest first.
    fn decisions_of(&mut self, alert_ids: &[i64]) -> Result<Vec<Decision>>;
    /// Whether a decision with this id exists.
    fn decision_exists(&mut self, id: i64) -> Result<bool>;
    /// Inserts a decision; returns its id.
    fn insert_decision(
        &mut self,
        alert_id: i64,
        status: AlertStatus,
        comment: &str,
        actor: &str,
        time: Millis,
    ) -> Result<i64>;
    /// Sets an alert's status.
    fn set_alert_status(&mut self, id: i64, status: AlertStatus) -> Result<()>;
    /// The latest decision over the alerts of a pair: its status and what a suppression
    /// would carry.
    fn latest_decision(
        &mut self,
        reference: &str,
        entity: &str,
    ) -> Result<Option<(AlertStatus, Suppression)>>;
    /// Every pair whose latest decision is a false positive.
    fn false_positive_pairs(&mut self) -> Result<Vec<(String, String, Suppression)>>;
    /// `(status, count)` for statuses that have alerts.
    fn status_counts(&mut self) -> Result<Vec<(AlertStatus, i64)>>;
    /// `(programme, alerts)` for every programme of an alert, by programme.
    fn programme_counts(&mut self) -> Result<Vec<(String, i64)>>;
    /// One aggregate of alerts and decisions per UTC day from `since_day` (days since the
    /// epoch) on: `(day, opened, true_match, false_positive, escalated, open)`.
    fn daily_counts(&mut self, since_day: i64) -> Result<Vec<[i64; 6]>>;
    /// Stores a case note; its id.
    fn insert_note(&mut self, alert_id: i64, actor: &str, time: Millis, text: &str) -> Result<i64>;
    /// An alert's notes, oldest first.
    fn notes_of(&mut self, alert_id: i64) -> Result<Vec<crate::AlertNote>>;
}

/// One row of `screening_alerts`: how a hit of a screening was handled.
#[derive(Debug, Clone)]
pub(crate) struct Link<'a> {
    /// The screening (or monitoring run) id.
    pub screening_id: &'a str,
    /// The hit's position in the screening's alert inputs.
    pub position: i64,
    /// What became of it.
    pub outcome: AlertOutcome,
    /// The hit's reference.
    pub reference: Option<&'a str>,
    /// The hit's entity key.
    pub entity: &'a str,
    /// When.
    pub time: Millis,
}

impl Link<'_> {
    /// `opened`, `already_open` or `suppressed`, as stored.
    pub(crate) fn outcome_name(&self) -> &'static str {
        match self.outcome {
            AlertOutcome::Opened { .. } => "opened",
            AlertOutcome::AlreadyOpen { .. } => "already_open",
            AlertOutcome::Suppressed { .. } => "suppressed",
        }
    }

    /// The alert linked, if any.
    pub(crate) fn alert_id(&self) -> Option<i64> {
        match self.outcome {
            AlertOutcome::Opened { alert_id } | AlertOutcome::AlreadyOpen { alert_id } => {
                Some(alert_id)
            }
            AlertOutcome::Suppressed { .. } => None,
        }
    }

    /// The suppressing decision, if any.
    pub(crate) fn decision_id(&self) -> Option<i64> {
        match self.outcome {
            AlertOutcome::Suppressed { decision_id } => Some(decision_id),
            _ => None,
        }
    }
}

/// A [`crate::Store`] over any [`Backend`].
pub(crate) struct Engine<B>(pub B);

impl<B: Backend> crate::Store for Engine<B> {
    fn describe(&self) -> String {
        self.0.describe()
    }

    fn create_key(&self, name: &str, role: Role, actor: &str) -> Result<crate::NewKey> {
        keys::create_key(&self.0, name, role, actor)
    }

    fn authenticate(&self, secret: &str) -> Result<Option<ApiKey>> {
        keys::authenticate(&self.0, secret)
    }

    fn list_keys(&self) -> Result<Vec<ApiKey>> {
        self.0.run(Mode::Read, |tx| tx.keys())
    }

    fn revoke_key(&self, id: i64, actor: &str) -> Result<()> {
        keys::revoke_key(&self.0, id, actor)
    }

    fn create_session(&self, key: &ApiKey, ttl_ms: i64) -> Result<crate::NewSession> {
        keys::create_session(&self.0, key, ttl_ms)
    }

    fn session(&self, token: &str) -> Result<Option<Session>> {
        keys::session(&self.0, token)
    }

    fn end_session(&self, token: &str) -> Result<()> {
        let hash = crate::hash_secret(token);
        self.0.run(Mode::Write, |tx| tx.delete_session(&hash))
    }

    fn append_audit(&self, record: crate::NewAuditRecord) -> Result<AuditRecord> {
        audit::validate(&record)?;
        self.0.run(Mode::Chain, |tx| {
            audit::append(tx, self.0.keying(), &record)
        })
    }

    fn record_screening(&self, record: &crate::ScreeningRecord) -> Result<Vec<AlertOutcome>> {
        alerts::record_screening(&self.0, record)
    }

    fn audit_records(
        &self,
        from: Option<Millis>,
        to: Option<Millis>,
        after_seq: i64,
        limit: usize,
    ) -> Result<Vec<AuditRecord>> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let limit = i64::try_from(limit).unwrap_or(i64::MAX);
        self.0
            .run(Mode::Read, |tx| tx.audit_page(from, to, after_seq, limit))
    }

    fn verify_audit(&self) -> Result<crate::VerifyReport> {
        self.0.run(Mode::Scan, |tx| {
            verify::verify(tx, self.0.keying(), None, None)
        })
    }

    fn verify_audit_heads(&self, heads: &[crate::HeadLine]) -> Result<crate::VerifyReport> {
        self.0.run(Mode::Scan, |tx| {
            verify::verify(tx, self.0.keying(), None, Some(heads))
        })
    }

    fn apply_retention(&self, before: Millis, actor: &str) -> Result<u64> {
        audit::apply_retention(&self.0, before, actor)
    }

    fn audit_of(&self, subject: &str) -> Result<Vec<AuditRecord>> {
        self.0.run(Mode::Read, |tx| tx.audit_of_subject(subject))
    }

    fn alerts(&self, filter: &AlertFilter) -> Result<Vec<crate::Alert>> {
        self.0.run(Mode::Read, |tx| alerts::list(tx, filter))
    }

    fn alert(&self, id: i64) -> Result<crate::Alert> {
        self.0.run(Mode::Read, |tx| alerts::one(tx, id))
    }

    fn decide(
        &self,
        alert_id: i64,
        status: AlertStatus,
        comment: &str,
        actor: &str,
    ) -> Result<Decision> {
        alerts::decide(&self.0, alert_id, status, comment, actor)
    }

    fn suppression(&self, reference: &str, entity: &str) -> Result<Option<Suppression>> {
        let latest = self
            .0
            .run(Mode::Read, |tx| tx.latest_decision(reference, entity))?;
        Ok(latest.and_then(|(status, s)| (status == AlertStatus::FalsePositive).then_some(s)))
    }

    fn suppressions(&self) -> Result<Vec<(String, String, Suppression)>> {
        self.0.run(Mode::Read, |tx| tx.false_positive_pairs())
    }

    fn open_alerts(
        &self,
        inputs: &[AlertInput],
        screening_id: &str,
        actor: &str,
    ) -> Result<Vec<AlertOutcome>> {
        alerts::open_alerts(&self.0, inputs, screening_id, actor)
    }

    fn alert_counts(&self) -> Result<Vec<(AlertStatus, u64)>> {
        let counts = self.0.run(Mode::Read, |tx| tx.status_counts())?;
        Ok(alerts::all_statuses(&counts))
    }

    fn programme_counts(&self) -> Result<Vec<(String, u64)>> {
        let counts = self.0.run(Mode::Read, |tx| tx.programme_counts())?;
        let mut out: Vec<(String, u64)> = counts
            .into_iter()
            .map(|(p, n)| (p, u64::try_from(n).unwrap_or(0)))
            .collect();
        // By the programme's bytes, the same on both backends whatever their collation.
        out.sort();
        Ok(out)
    }

    fn alert_total(&self, filter: &AlertFilter) -> Result<u64> {
        let n = self.0.run(Mode::Read, |tx| tx.alert_count(filter))?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn daily_volume(&self, since: Millis) -> Result<Vec<crate::DailyVolume>> {
        let since_day = since.div_euclid(crate::DAY_MILLIS);
        let rows = self.0.run(Mode::Read, |tx| tx.daily_counts(since_day))?;
        Ok(rows.iter().map(alerts::daily_volume).collect())
    }

    fn add_note(&self, alert_id: i64, text: &str, actor: &str) -> Result<crate::AlertNote> {
        queue::add_note(&self.0, alert_id, text, actor)
    }

    fn notes(&self, alert_id: i64) -> Result<Vec<crate::AlertNote>> {
        self.0.run(Mode::Read, |tx| queue::notes(tx, alert_id))
    }

    fn work_alerts(&self, action: &crate::AlertAction, actor: &str) -> Result<()> {
        queue::work(&self.0, action, actor)
    }
    fn save_customers(
        &self,
        customers: &[crate::Customer],
        screening: &crate::ScreeningRecord,
    ) -> Result<Vec<AlertOutcome>> {
        monitor::save_customers(&self.0, customers, screening)
    }

    fn delete_customer(&self, reference: &str, actor: &str) -> Result<bool> {
        monitor::delete_customer(&self.0, reference, actor)
    }

    fn customer(&self, reference: &str) -> Result<Option<crate::Customer>> {
        self.0.run(Mode::Read, |tx| tx.customer(reference))
    }

    fn customers_page(&self, after: Option<&str>, limit: usize) -> Result<Vec<crate::Customer>> {
        self.0.run(Mode::Read, |tx| {
            tx.customers_page(after, monitor::limit(limit))
        })
    }

    fn customers_changed_since(
        &self,
        since: Millis,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<crate::Customer>> {
        self.0.run(Mode::Read, |tx| {
            tx.customers_changed_since(since, after, monitor::limit(limit))
        })
    }

    fn customer_count(&self) -> Result<u64> {
        let n = self.0.run(Mode::Read, |tx| tx.customer_count())?;
        Ok(u64::try_from(n).unwrap_or(0))
    }

    fn record_monitoring_run(&self, run: &crate::NewMonitoringRun) -> Result<crate::MonitoringRun> {
        monitor::record_run(&self.0, run)
    }

    fn monitoring_runs(&self, limit: usize) -> Result<Vec<crate::MonitoringRun>> {
        self.0.run(Mode::Read, |tx| tx.runs(monitor::limit(limit)))
    }

    fn enqueue_webhooks(&self, urls: &[String]) -> Result<u64> {
        monitor::enqueue(&self.0, urls)
    }

    fn due_webhooks(&self, now: Millis, limit: usize) -> Result<Vec<crate::OutboxItem>> {
        self.0
            .run(Mode::Read, |tx| tx.due_outbox(now, monitor::limit(limit)))
    }

    fn webhook_attempted(&self, id: i64, attempt: &crate::Attempt) -> Result<()> {
        monitor::attempted(&self.0, id, attempt)
    }

    fn webhook_outbox(&self, limit: usize) -> Result<Vec<crate::OutboxItem>> {
        self.0
            .run(Mode::Read, |tx| tx.outbox_rows(monitor::limit(limit)))
    }
}
