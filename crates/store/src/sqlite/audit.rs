//! The audit chain's queries in SQLite.

use super::{Ctx, Db};
use crate::engine::audit::KeyingRow;
use crate::engine::AuditTx;
use crate::{AuditRecord, Millis, Result};
use rusqlite::OptionalExtension;

fn record(row: &rusqlite::Row<'_>) -> rusqlite::Result<AuditRecord> {
    Ok(AuditRecord {
        seq: row.get(0)?,
        time: row.get(1)?,
        kind: row.get(2)?,
        actor: row.get(3)?,
        subject: row.get(4)?,
        payload: row.get(5)?,
        prev_hash: row.get(6)?,
        hash: row.get(7)?,
    })
}

impl AuditTx for Db<'_> {
    fn audit_last(&mut self) -> Result<Option<(i64, String)>> {
        self.prepare_cached("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
            .and_then(|mut s| s.query_row([], |r| Ok((r.get(0)?, r.get(1)?))).optional())
            .ctx("reading the audit chain head")
    }

    fn anchor(&mut self) -> Result<Option<(i64, String)>> {
        self.prepare_cached("SELECT seq, hash FROM audit_anchor WHERE id = 1")
            .and_then(|mut s| s.query_row([], |r| Ok((r.get(0)?, r.get(1)?))).optional())
            .ctx("reading the retention anchor")
    }

    fn set_anchor(&mut self, seq: i64, hash: &str, time: Millis) -> Result<()> {
        self.execute(
            "INSERT INTO audit_anchor (id, seq, hash, time) VALUES (1, ?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,
                                            time = excluded.time",
            (seq, hash, time),
        )
        .map(drop)
        .ctx("moving the retention anchor")
    }

    fn insert_audit(&mut self, r: &AuditRecord) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO audit_log (seq, time, kind, actor, subject, payload, prev_hash, hash)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )
        .and_then(|mut s| {
            s.execute((
                r.seq,
                r.time,
                &r.kind,
                &r.actor,
                &r.subject,
                &r.payload,
                &r.prev_hash,
                &r.hash,
            ))
        })
        .map(drop)
        .ctx("appending an audit record")
    }

    fn audit_page(
        &mut self,
        from: Option<Millis>,
        to: Option<Millis>,
        after_seq: i64,
        limit: i64,
    ) -> Result<Vec<AuditRecord>> {
        // Bounding seq by the time index keeps a time-window export from scanning the log
        // from its start (or to its end): any record in the window lies between the first
        // and the last record in it, by seq, whatever the clock did.
        let mut sql = String::from(
            "SELECT seq, time, kind, actor, subject, payload, prev_hash, hash FROM audit_log
             WHERE seq > ?1",
        );
        if from.is_some() {
            sql.push_str(
                " AND time >= ?2 AND seq >= (SELECT MIN(seq) FROM audit_log WHERE time >= ?2)",
            );
        }
        if to.is_some() {
            sql.push_str(
                " AND time < ?3 AND seq <= (SELECT MAX(seq) FROM audit_log WHERE time < ?3)",
            );
        }
        sql.push_str(" ORDER BY seq LIMIT ?4");
        self.prepare_cached(&sql)
            .and_then(|mut s| s.query_map((after_seq, from, to, limit), record)?.collect())
            .ctx("reading audit records")
    }

    fn audit_of_subject(&mut self, subject: &str) -> Result<Vec<AuditRecord>> {
        self.prepare_cached(
            "SELECT seq, time, kind, actor, subject, payload, prev_hash, hash FROM audit_log
             WHERE subject = ?1 ORDER BY seq",
        )
        .and_then(|mut s| s.query_map([subject], record)?.collect())
        .ctx("reading a subject's audit records")
    }

    fn retention_cut(&mut self, before: Millis) -> Result<Option<i64>> {
        self.query_row(
            "SELECT MAX(seq) FROM audit_log
             WHERE time < ?1 AND seq < (SELECT MAX(seq) FROM audit_log)",
            [before],
            |r| r.get(0),
        )
        .ctx("finding records older than the retention limit")
    }

    fn delete_audit_through(&mut self, through: i64) -> Result<u64> {
        self.execute("DELETE FROM audit_log WHERE seq <= ?1", [through])
            .map(|n| n as u64)
            .ctx("removing audit records")
    }

    fn keying(&mut self) -> Result<Option<KeyingRow>> {
        self.query_row(
            "SELECT from_seq, key_id, chain, time FROM audit_keying WHERE id = 1",
            [],
            |r| {
                Ok(KeyingRow {
                    from_seq: r.get(0)?,
                    key_id: r.get(1)?,
                    chain: r.get(2)?,
                    time: r.get(3)?,
                })
            },
        )
        .optional()
        .ctx("reading the audit key binding")
    }

    fn insert_keying(&mut self, row: &KeyingRow) -> Result<()> {
        self.execute(
            "INSERT INTO audit_keying (id, from_seq, key_id, chain, time) VALUES (1, ?1, ?2, ?3, ?4)",
            (row.from_seq, &row.key_id, &row.chain, row.time),
        )
        .map(drop)
        .ctx("binding the audit log to its key")
    }
}
