//! The audit chain's queries in PostgreSQL.

use super::Ctx;
use crate::engine::audit::KeyingRow;
use crate::engine::AuditTx;
use crate::{AuditRecord, Millis, Result};
use postgres::types::ToSql;
use postgres::{Row, Transaction};

fn record(row: &Row) -> Result<AuditRecord> {
    Ok(AuditRecord {
        seq: row.try_get(0).ctx("reading seq")?,
        time: row.try_get(1).ctx("reading time")?,
        kind: row.try_get(2).ctx("reading kind")?,
        actor: row.try_get(3).ctx("reading actor")?,
        subject: row.try_get(4).ctx("reading subject")?,
        payload: row.try_get(5).ctx("reading payload")?,
        prev_hash: row.try_get(6).ctx("reading prev_hash")?,
        hash: row.try_get(7).ctx("reading hash")?,
    })
}

fn seq_and_hash(row: Option<Row>) -> Result<Option<(i64, String)>> {
    row.map(|r| {
        Ok((
            r.try_get(0).ctx("reading seq")?,
            r.try_get(1).ctx("reading hash")?,
        ))
    })
    .transpose()
}

impl AuditTx for Transaction<'_> {
    fn audit_last(&mut self) -> Result<Option<(i64, String)>> {
        let row = self
            .query_opt(
                "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1",
                &[],
            )
            .ctx("reading the audit chain head")?;
        seq_and_hash(row)
    }

    fn anchor(&mut self) -> Result<Option<(i64, String)>> {
        let row = self
            .query_opt("SELECT seq, hash FROM audit_anchor WHERE id = 1", &[])
            .ctx("reading the retention anchor")?;
        seq_and_hash(row)
    }

    fn set_anchor(&mut self, seq: i64, hash: &str, time: Millis) -> Result<()> {
        self.execute(
            "INSERT INTO audit_anchor (id, seq, hash, time) VALUES (1, $1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash,
                                            time = excluded.time",
            &[&seq, &hash, &time],
        )
        .map(drop)
        .ctx("moving the retention anchor")
    }

    fn insert_audit(&mut self, r: &AuditRecord) -> Result<()> {
        self.execute(
            "INSERT INTO audit_log (seq, time, kind, actor, subject, payload, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &r.seq,
                &r.time,
                &r.kind,
                &r.actor,
                &r.subject,
                &r.payload,
                &r.prev_hash,
                &r.hash,
            ],
        )
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
             WHERE seq > $1",
        );
        let mut params: Vec<&(dyn ToSql + Sync)> = vec![&after_seq];
        if let Some(from) = &from {
            params.push(from);
            let n = params.len();
            sql.push_str(&format!(
                " AND time >= ${n} AND seq >= (SELECT MIN(seq) FROM audit_log WHERE time >= ${n})"
            ));
        }
        if let Some(to) = &to {
            params.push(to);
            let n = params.len();
            sql.push_str(&format!(
                " AND time < ${n} AND seq <= (SELECT MAX(seq) FROM audit_log WHERE time < ${n})"
            ));
        }
        params.push(&limit);
        sql.push_str(&format!(" ORDER BY seq LIMIT ${}", params.len()));
        let rows = self.query(&sql, &params).ctx("reading audit records")?;
        rows.iter().map(record).collect()
    }

    fn audit_of_subject(&mut self, subject: &str) -> Result<Vec<AuditRecord>> {
        self.query(
            "SELECT seq, time, kind, actor, subject, payload, prev_hash, hash FROM audit_log
             WHERE subject = $1 ORDER BY seq",
            &[&subject],
        )
        .ctx("reading a subject's audit records")?
        .iter()
        .map(record)
        .collect()
    }

    fn retention_cut(&mut self, before: Millis) -> Result<Option<i64>> {
        self.query_one(
            "SELECT MAX(seq) FROM audit_log
             WHERE time < $1 AND seq < (SELECT MAX(seq) FROM audit_log)",
            &[&before],
        )
        .and_then(|r| r.try_get(0))
        .ctx("finding records older than the retention limit")
    }

    fn delete_audit_through(&mut self, through: i64) -> Result<u64> {
        self.execute("DELETE FROM audit_log WHERE seq <= $1", &[&through])
            .ctx("removing audit records")
    }

    fn keying(&mut self) -> Result<Option<KeyingRow>> {
        let row = self
            .query_opt(
                "SELECT from_seq, key_id, chain, time FROM audit_keying WHERE id = 1",
                &[],
            )
            .ctx("reading the audit key binding")?;
        row.map(|r| {
            Ok(KeyingRow {
                from_seq: r.try_get(0).ctx("reading from_seq")?,
                key_id: r.try_get(1).ctx("reading key_id")?,
                chain: r.try_get(2).ctx("reading chain")?,
                time: r.try_get(3).ctx("reading time")?,
            })
        })
        .transpose()
    }

    fn insert_keying(&mut self, row: &KeyingRow) -> Result<()> {
        self.execute(
            "INSERT INTO audit_keying (id, from_seq, key_id, chain, time) VALUES (1, $1, $2, $3, $4)",
            &[&row.from_seq, &row.key_id, &row.chain, &row.time],
        )
        .map(drop)
        .ctx("binding the audit log to its key")
    }
}
