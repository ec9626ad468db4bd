//! SQLite backend: one database file in WAL mode with `synchronous=FULL`, so a transaction
//! is on disk before the call that made it returns.
//!
//! Every write runs on one writer thread with its own connection ([`writer`]), which groups
//! the requests waiting at the same moment into one `BEGIN IMMEDIATE` transaction, a
//! savepoint each, and one `COMMIT`: one fsync for the lot instead of one per request, and
//! each caller still hears `Ok` only once its rows are on disk. `BEGIN IMMEDIATE` takes
//! SQLite's write lock before anything is read: the audit chain head read by an append is the
//! head when the record is inserted, even with other processes (the CLI) writing the same
//! file. Reads use a second connection (WAL lets them run beside a write), and a chain
//! verification opens its own, so a long walk holds up nobody.

mod alerts;
mod audit;
mod keys;
mod monitor;
mod writer;

use crate::anchor::{AuditKey, HeadSink, Keying};
use crate::engine::{audit::bind_key, Backend, Engine, Mode, Tx};
use crate::{
    migrations, Alert, AlertFilter, AlertInput, AlertOutcome, AlertStatus, ApiKey, AuditRecord,
    Decision, HeadLine, Millis, NewAuditRecord, NewKey, NewSession, Result, Role, ScreeningRecord,
    Session, Store, StoreError, Suppression, VerifyReport,
};
use rusqlite::{Connection, TransactionBehavior};
use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use writer::Writer;

/// How long a statement waits for another process's write lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Opens (creating if needed) the database file at `path`, applies pending migrations and
/// binds the audit log to `key`.
pub(crate) fn open(path: &Path, key: AuditKey, sink: HeadSink) -> Result<Box<dyn Store>> {
    let target = path.display().to_string();
    if target.is_empty() || target == ":memory:" || target.starts_with("file:") {
        return Err(StoreError::Unavailable {
            target,
            message: "the SQLite store needs a file path (in-memory and URI databases are \
                      not supported)"
                .into(),
        });
    }
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|e| StoreError::Unavailable {
            target: target.clone(),
            message: format!("cannot create directory {}: {e}", parent.display()),
        })?;
    }
    let mut conn = connect(path)?;
    migrate(&mut conn, &target)?;
    let keying = Arc::new(in_tx(&mut conn, TransactionBehavior::Immediate, |tx| {
        bind_key(tx, key, sink)
    })?);
    publish_head(&conn, &keying)?;
    let reader = connect(path)?;
    let writer = Writer::start(conn, &target, keying.clone())?;
    Ok(Box::new(SqliteStore {
        reads: Engine(SqliteBackend {
            path: path.to_path_buf(),
            target,
            reader: Mutex::new(reader),
            keying,
        }),
        writer,
    }))
}

/// Appends the committed chain head to the head file (outside any transaction).
pub(super) fn publish_head(conn: &Connection, keying: &Keying) -> Result<()> {
    let (seq, hash) = crate::engine::audit::head(&mut Db(conn))?;
    keying.write_head(seq, &hash);
    Ok(())
}

/// The SQLite [`Store`]: reads through the engine on the reader connection, writes through
/// the writer thread (each write method hands the engine call to it, with owned arguments).
struct SqliteStore {
    reads: Engine<SqliteBackend>,
    writer: Writer,
}

impl Store for SqliteStore {
    fn describe(&self) -> String {
        self.reads.describe()
    }

    fn create_key(&self, name: &str, role: Role, actor: &str) -> Result<NewKey> {
        let (name, actor) = (name.to_string(), actor.to_string());
        self.writer
            .submit(move |s| s.create_key(&name, role, &actor))
    }

    fn authenticate(&self, secret: &str) -> Result<Option<ApiKey>> {
        self.reads.authenticate(secret)
    }

    fn list_keys(&self) -> Result<Vec<ApiKey>> {
        self.reads.list_keys()
    }

    fn revoke_key(&self, id: i64, actor: &str) -> Result<()> {
        let actor = actor.to_string();
        self.writer.submit(move |s| s.revoke_key(id, &actor))
    }

    fn create_session(&self, key: &ApiKey, ttl_ms: i64) -> Result<NewSession> {
        let key = key.clone();
        self.writer.submit(move |s| s.create_session(&key, ttl_ms))
    }

    fn session(&self, token: &str) -> Result<Option<Session>> {
        self.reads.session(token)
    }

    fn end_session(&self, token: &str) -> Result<()> {
        let token = token.to_string();
        self.writer.submit(move |s| s.end_session(&token))
    }

    fn append_audit(&self, record: NewAuditRecord) -> Result<AuditRecord> {
        self.writer.submit(move |s| s.append_audit(record))
    }

    fn record_screening(&self, record: &ScreeningRecord) -> Result<Vec<AlertOutcome>> {
        let record = record.clone();
        self.writer.submit(move |s| s.record_screening(&record))
    }

    fn audit_records(
        &self,
        from: Option<Millis>,
        to: Option<Millis>,
        after_seq: i64,
        limit: usize,
    ) -> Result<Vec<AuditRecord>> {
        self.reads.audit_records(from, to, after_seq, limit)
    }

    fn verify_audit(&self) -> Result<VerifyReport> {
        self.reads.verify_audit()
    }

    fn verify_audit_heads(&self, heads: &[HeadLine]) -> Result<VerifyReport> {
        self.reads.verify_audit_heads(heads)
    }

    fn audit_of(&self, subject: &str) -> Result<Vec<AuditRecord>> {
        self.reads.audit_of(subject)
    }

    fn apply_retention(&self, before: Millis, actor: &str) -> Result<u64> {
        let actor = actor.to_string();
        self.writer
            .submit(move |s| s.apply_retention(before, &actor))
    }

    fn alerts(&self, filter: &AlertFilter) -> Result<Vec<Alert>> {
        self.reads.alerts(filter)
    }

    fn alert(&self, id: i64) -> Result<Alert> {
        self.reads.alert(id)
    }

    fn decide(
        &self,
        alert_id: i64,
        status: AlertStatus,
        comment: &str,
        actor: &str,
    ) -> Result<Decision> {
        let (comment, actor) = (comment.to_string(), actor.to_string());
        self.writer
            .submit(move |s| s.decide(alert_id, status, &comment, &actor))
    }

    fn suppression(&self, reference: &str, entity: &str) -> Result<Option<Suppression>> {
        self.reads.suppression(reference, entity)
    }

    fn suppressions(&self) -> Result<Vec<(String, String, Suppression)>> {
        self.reads.suppressions()
    }

    fn open_alerts(
        &self,
        inputs: &[AlertInput],
        screening_id: &str,
        actor: &str,
    ) -> Result<Vec<AlertOutcome>> {
        let inputs = inputs.to_vec();
        let (screening_id, actor) = (screening_id.to_string(), actor.to_string());
        self.writer
            .submit(move |s| s.open_alerts(&inputs, &screening_id, &actor))
    }

    fn alert_counts(&self) -> Result<Vec<(AlertStatus, u64)>> {
        self.reads.alert_counts()
    }

    fn programme_counts(&self) -> Result<Vec<(String, u64)>> {
        self.reads.programme_counts()
    }

    fn alert_total(&self, filter: &AlertFilter) -> Result<u64> {
        self.reads.alert_total(filter)
    }

    fn add_note(&self, alert_id: i64, text: &str, actor: &str) -> Result<crate::AlertNote> {
        let (text, actor) = (text.to_string(), actor.to_string());
        self.writer
            .submit(move |s| s.add_note(alert_id, &text, &actor))
    }
    fn daily_volume(&self, since: Millis) -> Result<Vec<crate::DailyVolume>> {
        self.reads.daily_volume(since)
    }
    fn notes(&self, alert_id: i64) -> Result<Vec<crate::AlertNote>> {
        self.reads.notes(alert_id)
    }
    fn work_alerts(&self, action: &crate::AlertAction, actor: &str) -> Result<()> {
        let (action, actor) = (action.clone(), actor.to_string());
        self.writer.submit(move |s| s.work_alerts(&action, &actor))
    }
    fn save_customers(
        &self,
        customers: &[crate::Customer],
        screening: &ScreeningRecord,
    ) -> Result<Vec<AlertOutcome>> {
        let (customers, screening) = (customers.to_vec(), screening.clone());
        self.writer
            .submit(move |s| s.save_customers(&customers, &screening))
    }

    fn delete_customer(&self, reference: &str, actor: &str) -> Result<bool> {
        let (reference, actor) = (reference.to_string(), actor.to_string());
        self.writer
            .submit(move |s| s.delete_customer(&reference, &actor))
    }

    fn customer(&self, reference: &str) -> Result<Option<crate::Customer>> {
        self.reads.customer(reference)
    }

    fn customers_page(&self, after: Option<&str>, limit: usize) -> Result<Vec<crate::Customer>> {
        self.reads.customers_page(after, limit)
    }

    fn customers_changed_since(
        &self,
        since: crate::Millis,
        after: Option<&str>,
        limit: usize,
    ) -> Result<Vec<crate::Customer>> {
        self.reads.customers_changed_since(since, after, limit)
    }

    fn customer_count(&self) -> Result<u64> {
        self.reads.customer_count()
    }

    fn record_monitoring_run(&self, run: &crate::NewMonitoringRun) -> Result<crate::MonitoringRun> {
        let run = run.clone();
        self.writer.submit(move |s| s.record_monitoring_run(&run))
    }

    fn monitoring_runs(&self, limit: usize) -> Result<Vec<crate::MonitoringRun>> {
        self.reads.monitoring_runs(limit)
    }

    fn enqueue_webhooks(&self, urls: &[String]) -> Result<u64> {
        let urls = urls.to_vec();
        self.writer.submit(move |s| s.enqueue_webhooks(&urls))
    }

    fn due_webhooks(&self, now: Millis, limit: usize) -> Result<Vec<crate::OutboxItem>> {
        self.reads.due_webhooks(now, limit)
    }

    fn webhook_attempted(&self, id: i64, attempt: &crate::Attempt) -> Result<()> {
        let attempt = attempt.clone();
        self.writer
            .submit(move |s| s.webhook_attempted(id, &attempt))
    }

    fn webhook_outbox(&self, limit: usize) -> Result<Vec<crate::OutboxItem>> {
        self.reads.webhook_outbox(limit)
    }
}

/// The SQLite [`Backend`] of the read side.
struct SqliteBackend {
    path: PathBuf,
    target: String,
    reader: Mutex<Connection>,
    keying: Arc<Keying>,
}

impl SqliteBackend {
    fn lock<'a>(&self, m: &'a Mutex<Connection>) -> Result<MutexGuard<'a, Connection>> {
        m.lock().map_err(|_| StoreError::Unavailable {
            target: self.target.clone(),
            message: "the connection is unusable: a request panicked while holding it".into(),
        })
    }
}

impl Backend for SqliteBackend {
    fn describe(&self) -> String {
        format!("sqlite:{}", self.target)
    }

    fn keying(&self) -> &Keying {
        &self.keying
    }

    fn run<T>(&self, mode: Mode, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        match mode {
            Mode::Read => in_tx(
                &mut *self.lock(&self.reader)?,
                TransactionBehavior::Deferred,
                f,
            ),
            Mode::Scan => in_tx(&mut connect(&self.path)?, TransactionBehavior::Deferred, f),
            // [`SqliteStore`] sends every write to the writer thread; should one come this
            // way, it is still correct (the write lock is taken before anything is read),
            // just not grouped.
            Mode::Write => in_tx(&mut connect(&self.path)?, TransactionBehavior::Immediate, f),
            Mode::Chain => {
                let mut conn = connect(&self.path)?;
                let out = in_tx(&mut conn, TransactionBehavior::Immediate, f)?;
                publish_head(&conn, &self.keying)?;
                Ok(out)
            }
        }
    }
}

fn in_tx<T>(
    conn: &mut Connection,
    behavior: TransactionBehavior,
    f: impl FnOnce(&mut dyn Tx) -> Result<T>,
) -> Result<T> {
    let tx = conn
        .transaction_with_behavior(behavior)
        .ctx("beginning a transaction")?;
    // On error `tx` is dropped, which rolls back.
    let out = f(&mut Db(&tx))?;
    tx.commit().ctx("committing")?;
    Ok(out)
}

/// An open transaction's connection, as the engine's queries ([`Tx`]) see it.
pub(super) struct Db<'a>(&'a Connection);

impl Deref for Db<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.0
    }
}

/// A connection with the durability and integrity settings every connection needs.
fn connect(path: &Path) -> Result<Connection> {
    let unavailable = |what: &str, e: rusqlite::Error| StoreError::Unavailable {
        target: path.display().to_string(),
        message: format!("{what}: {e}"),
    };
    let conn = Connection::open(path).map_err(|e| unavailable("cannot open", e))?;
    conn.busy_timeout(BUSY_TIMEOUT)
        .map_err(|e| unavailable("setting busy_timeout", e))?;
    let mode: String = conn
        .query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))
        .map_err(|e| unavailable("enabling WAL", e))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Unavailable {
            target: path.display().to_string(),
            message: format!("cannot use write-ahead logging (journal mode is {mode})"),
        });
    }
    conn.pragma_update(None, "synchronous", "FULL")
        .map_err(|e| unavailable("setting synchronous=FULL", e))?;
    conn.pragma_update(None, "foreign_keys", "ON")
        .map_err(|e| unavailable("enabling foreign keys", e))?;
    Ok(conn)
}

/// Applies pending migrations in one write transaction.
fn migrate(conn: &mut Connection, target: &str) -> Result<()> {
    let unavailable = |what: &str, e: rusqlite::Error| StoreError::Unavailable {
        target: target.to_string(),
        message: format!("{what}: {e}"),
    };
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| unavailable("cannot start the migration", e))?;
    tx.execute_batch(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version INTEGER PRIMARY KEY,
             applied INTEGER NOT NULL
         )",
    )
    .map_err(|e| unavailable("creating schema_migrations", e))?;
    let current: i64 = tx
        .query_row(
            "SELECT COALESCE(MAX(version), 0) FROM schema_migrations",
            [],
            |r| r.get(0),
        )
        .map_err(|e| unavailable("reading the schema version", e))?;
    for (version, sql) in migrations::pending(migrations::SQLITE, current, target)? {
        tx.execute_batch(sql)
            .map_err(|e| unavailable(&format!("applying migration {version}"), e))?;
        tx.execute(
            "INSERT INTO schema_migrations (version, applied) VALUES (?1, ?2)",
            (version, crate::now_millis()),
        )
        .map_err(|e| unavailable(&format!("recording migration {version}"), e))?;
    }
    tx.commit()
        .map_err(|e| unavailable("committing the migration", e))
}

/// Adds what was being done to a SQLite error.
trait Ctx<T> {
    fn ctx(self, what: &str) -> Result<T>;
}

impl<T> Ctx<T> for rusqlite::Result<T> {
    fn ctx(self, what: &str) -> Result<T> {
        self.map_err(|e| StoreError::Query(format!("{what}: {e}")))
    }
}

/// A text column that must parse (role, status); a bad value is a conversion error.
fn parse_col<T>(
    row: &rusqlite::Row<'_>,
    idx: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    let s: String = row.get(idx)?;
    parse(&s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            idx,
            rusqlite::types::Type::Text,
            format!("unexpected value {s:?}").into(),
        )
    })
}

fn role_col(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Role> {
    parse_col(row, idx, Role::parse)
}

fn status_col(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<AlertStatus> {
    parse_col(row, idx, AlertStatus::parse)
}
