//! API keys and analyst sessions.

use super::{audit, Backend, Mode};
use crate::{
    hash_secret, new_secret, now_millis, ApiKey, NewAuditRecord, NewKey, NewSession, Result, Role,
    Session, StoreError,
};

/// Creates a key and appends `key.create` (id, name, role: never the secret or its hash).
pub(super) fn create_key(
    backend: &impl Backend,
    name: &str,
    role: Role,
    actor: &str,
) -> Result<NewKey> {
    let name = name.trim();
    if name.is_empty() {
        return Err(StoreError::Invalid("an API key needs a name".into()));
    }
    let secret = new_secret("nmn_")?;
    let secret_hash = hash_secret(&secret);
    let key = backend.run(Mode::Chain, |tx| {
        let created = now_millis();
        let id = tx.insert_key(name, role, &secret_hash, created)?;
        let payload = serde_json::json!({ "id": id, "name": name, "role": role.as_str() });
        audit::append(
            tx,
            backend.keying(),
            &NewAuditRecord {
                kind: "key.create".into(),
                actor: actor.to_string(),
                subject: Some(format!("key:{id}")),
                payload: payload.to_string(),
            },
        )?;
        Ok(ApiKey {
            id,
            name: name.to_string(),
            role,
            created,
            revoked: None,
        })
    })?;
    Ok(NewKey { key, secret })
}

/// The live key a secret belongs to.
pub(super) fn authenticate(backend: &impl Backend, secret: &str) -> Result<Option<ApiKey>> {
    let secret_hash = hash_secret(secret);
    let key = backend.run(Mode::Read, |tx| tx.key_by_secret_hash(&secret_hash))?;
    Ok(key.filter(|k| k.revoked.is_none()))
}

/// Revokes a key and ends its sessions, appending `key.revoke`. Revoking a revoked key
/// changes nothing and appends nothing.
pub(super) fn revoke_key(backend: &impl Backend, id: i64, actor: &str) -> Result<()> {
    backend.run(Mode::Chain, |tx| {
        let key = tx
            .key(id)?
            .ok_or_else(|| StoreError::NotFound(format!("API key {id}")))?;
        if key.revoked.is_some() {
            return Ok(());
        }
        tx.revoke(id, now_millis())?;
        let payload = serde_json::json!({ "id": id, "name": key.name, "role": key.role.as_str() });
        audit::append(
            tx,
            backend.keying(),
            &NewAuditRecord {
                kind: "key.revoke".into(),
                actor: actor.to_string(),
                subject: Some(format!("key:{id}")),
                payload: payload.to_string(),
            },
        )?;
        Ok(())
    })
}

/// Starts a session for a live key; deletes expired sessions on the way.
pub(super) fn create_session(
    backend: &impl Backend,
    key: &ApiKey,
    ttl_ms: i64,
) -> Result<NewSession> {
    if ttl_ms <= 0 {
        return Err(StoreError::Invalid(format!(
            "a session lifetime must be positive, not {ttl_ms} ms"
        )));
    }
    let token = new_secret("nms_")?;
    let token_hash = hash_secret(&token);
    let csrf = new_secret("csrf_")?;
    let session = backend.run(Mode::Write, |tx| {
        let stored = tx
            .key(key.id)?
            .ok_or_else(|| StoreError::NotFound(format!("API key {}", key.id)))?;
        if stored.revoked.is_some() {
            return Err(StoreError::Conflict(format!(
                "API key {} is revoked",
                key.id
            )));
        }
        let now = now_millis();
        tx.delete_expired_sessions(now)?;
        let expires = now.saturating_add(ttl_ms);
        tx.insert_session(&token_hash, stored.id, &csrf, now, expires)?;
        Ok(Session {
            key: stored,
            csrf: csrf.clone(),
            expires,
        })
    })?;
    Ok(NewSession { token, session })
}

/// The live session of a cookie token.
pub(super) fn session(backend: &impl Backend, token: &str) -> Result<Option<Session>> {
    let token_hash = hash_secret(token);
    backend.run(Mode::Read, |tx| {
        tx.session_by_hash(&token_hash, now_millis())
    })
}
