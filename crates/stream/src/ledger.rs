//! The ledger of processed message ids: a small SQLite table, written after a message's
//! result is published and its audit record committed, and before it is acknowledged.
//!
//! A redelivered message whose id is in the ledger is acknowledged without being screened
//! or published again, however long after: JetStream's duplicate window only covers the
//! crash between publishing and writing the ledger, which is short.

use crate::StreamError;
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// One processed message, as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Processed {
    /// The message id.
    pub message_id: String,
    /// Its sequence number in the input stream.
    pub stream_sequence: u64,
    /// `ok` or `error`.
    pub status: String,
    /// Sequence number of its audit record.
    pub audit_seq: i64,
}

/// The processed ids, durable (WAL, `synchronous=FULL`): a recorded id survives a crash.
pub struct Ledger {
    path: PathBuf,
    conn: Mutex<Connection>,
}

impl Ledger {
    /// Opens (creating when missing) the ledger at `path`.
    pub fn open(path: &Path) -> Result<Ledger, StreamError> {
        let fail = |e: rusqlite::Error| StreamError::Ledger {
            path: path.to_path_buf(),
            message: e.to_string(),
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StreamError::Ledger {
                path: path.to_path_buf(),
                message: format!("cannot create its directory: {e}"),
            })?;
        }
        let conn = Connection::open(path).map_err(fail)?;
        conn.execute_batch(
            "PRAGMA journal_mode=WAL;
             PRAGMA synchronous=FULL;
             PRAGMA busy_timeout=5000;
             CREATE TABLE IF NOT EXISTS processed (
                 message_id TEXT PRIMARY KEY,
                 stream_sequence INTEGER NOT NULL,
                 status TEXT NOT NULL,
                 audit_seq INTEGER NOT NULL,
                 processed_at INTEGER NOT NULL
             ) WITHOUT ROWID;",
        )
        .map_err(fail)?;
        Ok(Ledger {
            path: path.to_path_buf(),
            conn: Mutex::new(conn),
        })
    }

    fn error(&self, e: impl std::fmt::Display) -> StreamError {
        StreamError::Ledger {
            path: self.path.clone(),
            message: e.to_string(),
        }
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock cannot leave a half-written row (SQLite rolls the
        // transaction back), so the connection stays usable.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Which of `ids` are already recorded.
    pub fn processed<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<HashSet<String>, StreamError> {
        let conn = self.conn();
        let mut stmt = conn
            .prepare_cached("SELECT 1 FROM processed WHERE message_id = ?1")
            .map_err(|e| self.error(e))?;
        let mut done = HashSet::new();
        for id in ids {
            let found = stmt
                .query_row([id], |_| Ok(()))
                .optional()
                .map_err(|e| self.error(e))?;
            if found.is_some() {
                done.insert(id.to_string());
            }
        }
        Ok(done)
    }

    /// Records processed messages in one transaction: all of them or none.
    pub fn record(&self, entries: &[Processed], now: i64) -> Result<(), StreamError> {
        let mut conn = self.conn();
        let tx = conn.transaction().map_err(|e| self.error(e))?;
        {
            let mut stmt = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO processed
                     (message_id, stream_sequence, status, audit_seq, processed_at)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                )
                .map_err(|e| self.error(e))?;
            for p in entries {
                stmt.execute(params![
                    p.message_id,
                    p.stream_sequence as i64,
                    p.status,
                    p.audit_seq,
                    now
                ])
                .map_err(|e| self.error(e))?;
            }
        }
        tx.commit().map_err(|e| self.error(e))
    }

    /// How many ids are recorded.
    pub fn len(&self) -> Result<u64, StreamError> {
        self.conn()
            .query_row("SELECT COUNT(*) FROM processed", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| self.error(e))
    }

    /// Whether no id is recorded.
    pub fn is_empty(&self) -> Result<bool, StreamError> {
        self.len().map(|n| n == 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, seq: u64) -> Processed {
        Processed {
            message_id: id.into(),
            stream_sequence: seq,
            status: "ok".into(),
            audit_seq: seq as i64,
        }
    }

    #[test]
    fn recorded_ids_survive_reopening_and_a_second_record_is_ignored() {
        let dir = std::env::temp_dir().join(format!("nomina-ledger-{}", std::process::id()));
        let path = dir.join("ledger.db");
        let _ = std::fs::remove_file(&path);
        {
            let ledger = Ledger::open(&path).unwrap();
            assert!(ledger.is_empty().unwrap());
            ledger.record(&[entry("a", 1), entry("b", 2)], 10).unwrap();
            ledger.record(&[entry("a", 1)], 11).unwrap();
        }
        let ledger = Ledger::open(&path).unwrap();
        assert_eq!(ledger.len().unwrap(), 2);
        let done = ledger.processed(["a", "c", "b"]).unwrap();
        assert_eq!(done, HashSet::from(["a".to_string(), "b".to_string()]));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_unopenable_path_names_the_file() {
        let err = Ledger::open(Path::new("/proc/nomina/ledger.db"))
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("/proc/nomina/ledger.db"), "{err}");
    }
}
