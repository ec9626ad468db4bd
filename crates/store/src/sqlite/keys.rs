//! API keys and sessions in SQLite.

use super::{role_col, Ctx, Db};
use crate::engine::KeyTx;
use crate::{ApiKey, Millis, Result, Role, Session};
use rusqlite::OptionalExtension;

const KEY_COLS: &str = "k.id, k.name, k.role, k.created, k.revoked";

fn key(row: &rusqlite::Row<'_>) -> rusqlite::Result<ApiKey> {
    Ok(ApiKey {
        id: row.get(0)?,
        name: row.get(1)?,
        role: role_col(row, 2)?,
        created: row.get(3)?,
        revoked: row.get(4)?,
    })
}

impl KeyTx for Db<'_> {
    fn insert_key(
        &mut self,
        name: &str,
        role: Role,
        secret_hash: &str,
        created: Millis,
    ) -> Result<i64> {
        self.execute(
            "INSERT INTO api_keys (name, role, secret_hash, created) VALUES (?1, ?2, ?3, ?4)",
            (name, role.as_str(), secret_hash, created),
        )
        .ctx("storing an API key")?;
        Ok(self.last_insert_rowid())
    }

    fn key_by_secret_hash(&mut self, secret_hash: &str) -> Result<Option<ApiKey>> {
        self.prepare_cached(&format!(
            "SELECT {KEY_COLS} FROM api_keys k WHERE k.secret_hash = ?1"
        ))
        .and_then(|mut s| s.query_row([secret_hash], key).optional())
        .ctx("looking up an API key")
    }

    fn key(&mut self, id: i64) -> Result<Option<ApiKey>> {
        self.prepare_cached(&format!(
            "SELECT {KEY_COLS} FROM api_keys k WHERE k.id = ?1"
        ))
        .and_then(|mut s| s.query_row([id], key).optional())
        .ctx("reading an API key")
    }

    fn keys(&mut self) -> Result<Vec<ApiKey>> {
        self.prepare_cached(&format!("SELECT {KEY_COLS} FROM api_keys k ORDER BY k.id"))
            .and_then(|mut s| s.query_map([], key)?.collect())
            .ctx("listing API keys")
    }

    fn revoke(&mut self, id: i64, time: Millis) -> Result<()> {
        self.execute("UPDATE api_keys SET revoked = ?2 WHERE id = ?1", (id, time))
            .ctx("revoking an API key")?;
        self.execute("DELETE FROM sessions WHERE key_id = ?1", [id])
            .map(drop)
            .ctx("ending a revoked key's sessions")
    }

    fn insert_session(
        &mut self,
        token_hash: &str,
        key_id: i64,
        csrf: &str,
        created: Millis,
        expires: Millis,
    ) -> Result<()> {
        self.execute(
            "INSERT INTO sessions (token_hash, key_id, csrf, created, expires)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            (token_hash, key_id, csrf, created, expires),
        )
        .map(drop)
        .ctx("storing a session")
    }

    fn session_by_hash(&mut self, token_hash: &str, now: Millis) -> Result<Option<Session>> {
        self.prepare_cached(&format!(
            "SELECT {KEY_COLS}, s.csrf, s.expires FROM sessions s
             JOIN api_keys k ON k.id = s.key_id
             WHERE s.token_hash = ?1 AND s.expires > ?2 AND k.revoked IS NULL"
        ))
        .and_then(|mut s| {
            s.query_row((token_hash, now), |r| {
                Ok(Session {
                    key: key(r)?,
                    csrf: r.get(5)?,
                    expires: r.get(6)?,
                })
            })
            .optional()
        })
        .ctx("looking up a session")
    }

    fn delete_session(&mut self, token_hash: &str) -> Result<()> {
        self.execute("DELETE FROM sessions WHERE token_hash = ?1", [token_hash])
            .map(drop)
            .ctx("ending a session")
    }

    fn delete_expired_sessions(&mut self, now: Millis) -> Result<()> {
        self.execute("DELETE FROM sessions WHERE expires <= ?1", [now])
            .map(drop)
            .ctx("removing expired sessions")
    }
}
