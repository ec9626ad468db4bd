//! API keys and sessions in PostgreSQL.

use super::{role_col, Ctx};
use crate::engine::KeyTx;
use crate::{ApiKey, Millis, Result, Role, Session};
use postgres::{Row, Transaction};

const KEY_COLS: &str = "k.id, k.name, k.role, k.created, k.revoked";

fn key(row: &Row) -> Result<ApiKey> {
    Ok(ApiKey {
        id: row.try_get(0).ctx("reading a key id")?,
        name: row.try_get(1).ctx("reading a key name")?,
        role: role_col(row, 2)?,
        created: row.try_get(3).ctx("reading a key's creation time")?,
        revoked: row.try_get(4).ctx("reading a key's revocation time")?,
    })
}

impl KeyTx for Transaction<'_> {
    fn insert_key(
        &mut self,
        name: &str,
        role: Role,
        secret_hash: &str,
        created: Millis,
    ) -> Result<i64> {
        self.query_one(
            "INSERT INTO api_keys (name, role, secret_hash, created) VALUES ($1, $2, $3, $4)
             RETURNING id",
            &[&name, &role.as_str(), &secret_hash, &created],
        )
        .and_then(|r| r.try_get(0))
        .ctx("storing an API key")
    }

    fn key_by_secret_hash(&mut self, secret_hash: &str) -> Result<Option<ApiKey>> {
        self.query_opt(
            &format!("SELECT {KEY_COLS} FROM api_keys k WHERE k.secret_hash = $1"),
            &[&secret_hash],
        )
        .ctx("looking up an API key")?
        .as_ref()
        .map(key)
        .transpose()
    }

    fn key(&mut self, id: i64) -> Result<Option<ApiKey>> {
        self.query_opt(
            &format!("SELECT {KEY_COLS} FROM api_keys k WHERE k.id = $1"),
            &[&id],
        )
        .ctx("reading an API key")?
        .as_ref()
        .map(key)
        .transpose()
    }

    fn keys(&mut self) -> Result<Vec<ApiKey>> {
        self.query(
            &format!("SELECT {KEY_COLS} FROM api_keys k ORDER BY k.id"),
            &[],
        )
        .ctx("listing API keys")?
        .iter()
        .map(key)
        .collect()
    }

    fn revoke(&mut self, id: i64, time: Millis) -> Result<()> {
        self.execute(
            "UPDATE api_keys SET revoked = $2 WHERE id = $1",
            &[&id, &time],
        )
        .ctx("revoking an API key")?;
        self.execute("DELETE FROM sessions WHERE key_id = $1", &[&id])
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
             VALUES ($1, $2, $3, $4, $5)",
            &[&token_hash, &key_id, &csrf, &created, &expires],
        )
        .map(drop)
        .ctx("storing a session")
    }

    fn session_by_hash(&mut self, token_hash: &str, now: Millis) -> Result<Option<Session>> {
        let row = self
            .query_opt(
                &format!(
                    "SELECT {KEY_COLS}, s.csrf, s.expires FROM sessions s
                     JOIN api_keys k ON k.id = s.key_id
                     WHERE s.token_hash = $1 AND s.expires > $2 AND k.revoked IS NULL"
                ),
                &[&token_hash, &now],
            )
            .ctx("looking up a session")?;
        row.map(|r| {
            Ok(Session {
                key: key(&r)?,
                csrf: r.try_get(5).ctx("reading a session's CSRF token")?,
                expires: r.try_get(6).ctx("reading a session's expiry")?,
            })
        })
        .transpose()
    }

    fn delete_session(&mut self, token_hash: &str) -> Result<()> {
        self.execute("DELETE FROM sessions WHERE token_hash = $1", &[&token_hash])
            .map(drop)
            .ctx("ending a session")
    }

    fn delete_expired_sessions(&mut self, now: Millis) -> Result<()> {
        self.execute("DELETE FROM sessions WHERE expires <= $1", &[&now])
            .map(drop)
            .ctx("removing expired sessions")
    }
}
