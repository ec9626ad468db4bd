//! Who is calling: an API key (`Authorization: Bearer nmn_…`, or yente's scheme
//! `Authorization: ApiKey nmn_…`) or an analyst's web session (cookie), and what its role
//! allows. The yente and watchman compatible endpoints may also be opened to callers that
//! send nothing, by the operator's explicit choice ([`CompatAuth`], `--compat-auth`): their
//! screenings are audited as anonymous.
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
    /// Set when the caller sent no credentials to an endpoint group the operator opened
    /// with `--compat-auth GROUP=none`: the group's name. [`Caller::key`] is then a
    /// stand-in with the `screen` role and id 0, never a stored key.
    pub anonymous: Option<CompatGroup>,
}

impl Caller {
    /// The caller as written into audit records: `key:<id>:<name>`, or
    /// `anonymous:<group>` for a caller without credentials (`--compat-auth GROUP=none`).
    pub fn actor(&self) -> String {
        match self.anonymous {
            Some(group) => format!("anonymous:{}", group.as_str()),
            None => actor_of(&self.key),
        }
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
            let secret = key_secret(auth)
                .ok_or_else(|| {
                    unauthorized("use `Authorization: Bearer <key>` (or yente's `ApiKey <key>`)")
                })?
                .to_string();
            let key = authenticate(state, secret).await?;
            return Ok(Caller {
                key,
                csrf: None,
                anonymous: None,
            });
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
                anonymous: None,
            });
        }
        Err(unauthorized(
            "an API key is required: `Authorization: Bearer <key>` (create one with `nomina keys create`)",
        ))
    }
}

/// The secret of an `Authorization` header value: the schemes `Bearer` (RFC 6750) and
/// `ApiKey` (yente and its clients), case-insensitive as RFC 9110 has it; `None` for any
/// other scheme.
pub fn key_secret(header: &str) -> Option<&str> {
    let (scheme, secret) = header.trim().split_once(' ')?;
    let known = scheme.eq_ignore_ascii_case("bearer") || scheme.eq_ignore_ascii_case("apikey");
    known.then(|| secret.trim())
}

/// The endpoint groups `--compat-auth` configures one by one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CompatGroup {
    /// yente's endpoints: `/match`, `/search`, `/entities`, `/catalog`, `/algorithms`.
    Yente,
    /// watchman's endpoints: `/v2/search`, `/v2/listinfo`.
    Watchman,
}

impl CompatGroup {
    /// The group's name in `--compat-auth` and in audit records.
    pub fn as_str(self) -> &'static str {
        match self {
            CompatGroup::Yente => "yente",
            CompatGroup::Watchman => "watchman",
        }
    }
}

/// Whether each compatible endpoint group needs a key. Both need one unless the operator
/// says otherwise: watchman's own client sends no credentials at all, so an installation
/// that must serve it unchanged opens that group with `--compat-auth watchman=none`
/// (behind its own network controls); every screening through it is still audited, as
/// `anonymous:watchman`, and raises alerts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CompatAuth {
    /// yente's endpoints answer callers without credentials.
    pub yente_open: bool,
    /// watchman's endpoints answer callers without credentials.
    pub watchman_open: bool,
}

impl CompatAuth {
    /// Reads `--compat-auth` values: `none` or `key` for both groups, or `GROUP=none|key`
    /// for one (`yente`, `watchman`); later values win.
    ///
    /// ```
    /// use nomina_server::auth::CompatAuth;
    /// let a = CompatAuth::parse(&["watchman=none".to_string()]).unwrap();
    /// assert!(a.watchman_open && !a.yente_open);
    /// ```
    pub fn parse(specs: &[String]) -> Result<CompatAuth, String> {
        let mut auth = CompatAuth::default();
        for spec in specs {
            let (groups, mode): (&[CompatGroup], &str) = match spec.split_once('=') {
                Some(("yente", m)) => (&[CompatGroup::Yente], m),
                Some(("watchman", m)) => (&[CompatGroup::Watchman], m),
                Some((g, _)) => {
                    return Err(format!(
                        "unknown endpoint group {g:?} in {spec:?} (yente, watchman)"
                    ))
                }
                None => (&[CompatGroup::Yente, CompatGroup::Watchman], spec.as_str()),
            };
            let open = match mode {
                "none" => true,
                "key" => false,
                other => return Err(format!("unknown mode {other:?} in {spec:?} (none, key)")),
            };
            for g in groups {
                match g {
                    CompatGroup::Yente => auth.yente_open = open,
                    CompatGroup::Watchman => auth.watchman_open = open,
                }
            }
        }
        Ok(auth)
    }

    /// Whether `group` answers callers without credentials.
    pub fn is_open(&self, group: CompatGroup) -> bool {
        match group {
            CompatGroup::Yente => self.yente_open,
            CompatGroup::Watchman => self.watchman_open,
        }
    }
}

/// The caller of a compatible endpoint of `group`: as [`Caller`], except that a request
/// with no credentials at all (no `Authorization` header, no session cookie) to a group the
/// operator opened is let in as anonymous. A wrong or revoked key is refused all the same.
pub async fn compat_caller(
    parts: &mut Parts,
    state: &AppState,
    group: CompatGroup,
) -> Result<Caller, ApiError> {
    let sent_nothing = !parts.headers.contains_key(header::AUTHORIZATION)
        && cookie(parts, SESSION_COOKIE).is_none();
    if sent_nothing && state.config.compat_auth.is_open(group) {
        return Ok(Caller {
            key: ApiKey {
                id: 0,
                name: format!("anonymous {}", group.as_str()),
                role: Role::Screen,
                created: 0,
                revoked: None,
            },
            csrf: None,
            anonymous: Some(group),
        });
    }
    Caller::from_request_parts(parts, state).await
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bearer_and_apikey_schemes_any_case() {
        assert_eq!(key_secret("Bearer nmn_a"), Some("nmn_a"));
        assert_eq!(key_secret("bearer nmn_a"), Some("nmn_a"));
        assert_eq!(key_secret("ApiKey nmn_a"), Some("nmn_a"));
        assert_eq!(key_secret("APIKEY  nmn_a "), Some("nmn_a"));
        assert_eq!(key_secret("Basic dXNlcjpwdw=="), None);
        assert_eq!(key_secret("nmn_a"), None);
    }

    #[test]
    fn compat_auth_per_group_and_both() {
        let parse =
            |v: &[&str]| CompatAuth::parse(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(parse(&[]).unwrap(), CompatAuth::default());
        let a = parse(&["none"]).unwrap();
        assert!(a.yente_open && a.watchman_open);
        let a = parse(&["none", "yente=key"]).unwrap();
        assert!(!a.yente_open && a.watchman_open);
        assert!(parse(&["open"]).is_err());
        assert!(parse(&["ofac=none"]).is_err());
    }
}
