//! Who is calling: an API key (`Authorization: Bearer nmn_…`) or an analyst's web session
//! (cookie), and what its role allows.
//!
//! Sessions are CSRF-safe: the cookie is `HttpOnly; SameSite=Strict`, and every request
//! that changes state under a cookie must also carry the session's token in
//! `X-CSRF-Token`, which a cross-site page cannot read. Bearer-key requests need no CSRF
//! token (browsers never attach them on their own).

use crate::error::{blocking, ApiError};
use crate::state::{AppState, AUTH_CACHE_TTL};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, Method, StatusCode};
use nomina_store::{hash_secret, ApiKey, Role};
use std::time::Instant;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "nomina_session";

/// An authenticated caller.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The key used (directly, or to log in).
    pub key: ApiKey,
    /// The session's CSRF token when the caller came in through the web UI.
    pub csrf: Option<String>,
}

impl Caller {
    /// The caller as written into audit records: `key:<id>:<name>`.
    pub fn actor(&self) -> String {
        actor_of(&self.key)
    }

    /// Fails with 403 unless the caller's role allows `needed`.
    pub fn require(&self, needed: Role) -> Result<(), ApiError> {
        if self.key.role.allows(needed) {
            Ok(())
        } else {
            Err(ApiError::new(
                StatusCode::FORBIDDEN,
                format!(
                    "this key has role {:?}; this endpoint needs {:?} or higher",
                    self.key.role.as_str(),
                    needed.as_str()
                ),
            )
            .refusing(self.actor()))
        }
    }
}

/// A key as written into audit records: `key:<id>:<name>`.
pub fn actor_of(key: &ApiKey) -> String {
    format!("key:{}:{}", key.id, key.name)
}

fn unauthorized(m: &str) -> ApiError {
    ApiError::new(StatusCode::UNAUTHORIZED, m)
}

/// The value of one cookie in a `Cookie` header.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        if parts.headers.get_all(header::AUTHORIZATION).iter().count() > 1 {
            return Err(unauthorized(
                "send one Authorization header: this request has several",
            ));
        }
        if let Some(auth) = parts.headers.get(header::AUTHORIZATION) {
            let auth = auth
                .to_str()
                .map_err(|_| unauthorized("the Authorization header is not ASCII"))?;
            let secret = auth
                .strip_prefix("Bearer ")
                .or_else(|| auth.strip_prefix("bearer "))
                .ok_or_else(|| unauthorized("use `Authorization: Bearer <key>`"))?
                .trim()
                .to_string();
            let key = authenticate(state, secret).await?;
            return Ok(Caller { key, csrf: None });
        }
        if let Some(token) = cookie(parts, SESSION_COOKIE) {
            let token = token.to_string();
            let store = state.store.clone();
            let session = blocking(move || Ok(store.session(&token)?)).await?;
            let Some(session) = session else {
                return Err(unauthorized("the session has expired; log in again"));
            };
            let safe = matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
            if !safe {
                let sent = parts
                    .headers
                    .get("x-csrf-token")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                if !constant_time_eq(sent.as_bytes(), session.csrf.as_bytes()) {
                    return Err(ApiError::new(
                        StatusCode::FORBIDDEN,
                        "missing or wrong X-CSRF-Token header for a session request",
                    )
                    .refusing(format!("key:{}:{}", session.key.id, session.key.name)));
                }
            }
            return Ok(Caller {
                key: session.key,
                csrf: Some(session.csrf),
            });
        }
        Err(unauthorized(
            "an API key is required: `Authorization: Bearer <key>` (create one with `nomina keys create`)",
        ))
    }
}

/// The key a secret belongs to, through a short-lived cache.
pub async fn authenticate(state: &AppState, secret: String) -> Result<ApiKey, ApiError> {
    if secret.is_empty() || secret.len() > 200 {
        return Err(unauthorized("invalid API key"));
    }
    let hash = hash_secret(&secret);
    if let Ok(cache) = state.auth_cache.lock() {
        if let Some((key, at)) = cache.get(&hash) {
            if at.elapsed() < AUTH_CACHE_TTL {
                return Ok(key.clone());
            }
        }
    }
    let store = state.store.clone();
    let key = blocking(move || Ok(store.authenticate(&secret)?)).await?;
    let Some(key) = key else {
        return Err(unauthorized("invalid or revoked API key"));
    };
    if let Ok(mut cache) = state.auth_cache.lock() {
        if cache.len() > 10_000 {
            cache.clear();
        }
        cache.insert(hash, (key.clone(), Instant::now()));
    }
    Ok(key)
}

/// Compares secrets without leaking the position of the first difference through timing.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
