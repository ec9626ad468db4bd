//! SQLite backend: one database file in WAL mode with `synchronous=FULL`, so a transaction
//! is on disk before the call that made it returns.
//!
//! Writes go through one connection behind a mutex and start with `BEGIN IMMEDIATE`, which
//! takes SQLite's write lock before anything is read: the audit chain head read by an append
//! is the head when the record is inserted, even with other processes (the CLI) writing the
//! same file. Reads use a second connection (WAL lets them run beside a write), and a chain
//! verification opens its own, so a long walk holds up nobody.

mod alerts;
mod audit;
mod keys;

use crate::engine::{Backend, Engine, Mode, Tx};
use crate::{migrations, AlertStatus, Result, Role, Store, StoreError};
use rusqlite::{Connection, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// How long a statement waits for another process's write lock before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// Opens (creating if needed) the database file at `path` and applies pending migrations.
pub(crate) fn open(path: &Path) -> Result<Box<dyn Store>> {
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
    let mut writer = connect(path)?;
    migrate(&mut writer, &target)?;
    let reader = connect(path)?;
    Ok(Box::new(Engine(SqliteBackend {
        path: path.to_path_buf(),
        target,
        writer: Mutex::new(writer),
        reader: Mutex::new(reader),
    })))
}

/// The SQLite [`Backend`].
struct SqliteBackend {
    path: PathBuf,
    target: String,
    writer: Mutex<Connection>,
    reader: Mutex<Connection>,
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

    fn run<T>(&self, mode: Mode, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        match mode {
            Mode::Read => in_tx(
                &mut *self.lock(&self.reader)?,
                TransactionBehavior::Deferred,
                f,
            ),
            Mode::Write | Mode::Chain => in_tx(
                &mut *self.lock(&self.writer)?,
                TransactionBehavior::Immediate,
                f,
            ),
            Mode::Scan => in_tx(&mut connect(&self.path)?, TransactionBehavior::Deferred, f),
        }
    }
}

fn in_tx<T>(
    conn: &mut Connection,
    behavior: TransactionBehavior,
    f: impl FnOnce(&mut dyn Tx) -> Result<T>,
) -> Result<T> {
    let mut tx = conn
        .transaction_with_behavior(behavior)
        .ctx("beginning a transaction")?;
    // On error `tx` is dropped, which rolls back.
    let out = f(&mut tx)?;
    tx.commit().ctx("committing")?;
    Ok(out)
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
