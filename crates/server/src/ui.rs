//! The analysts' web UI: four static files compiled into the binary (no build step, no
//! external assets), and the session endpoints it logs in with.
//!
//! Analysts log in with their own API key (role `analyst` or `admin`): the key is
//! exchanged for a session cookie (`HttpOnly; SameSite=Strict`) and a CSRF token the page
//! keeps in memory and sends back in `X-CSRF-Token` on every change.

use crate::auth::{authenticate, cookie, Caller, SESSION_COOKIE};
use crate::error::{blocking, ApiError};
use crate::json::ApiJson;
use crate::state::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use nomina_store::{NewAuditRecord, Role};
use serde::{Deserialize, Serialize};
use serde_json::json;

const INDEX_HTML: &str = include_str!("../ui/index.html");
const APP_JS: &str = include_str!("../ui/app.js");
const QUEUE_JS: &str = include_str!("../ui/queue.js");
const APP_CSS: &str = include_str!("../ui/app.css");

fn asset(body: &'static str, content_type: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

/// `GET /`: the UI's page.
pub async fn index() -> Response {
    asset(INDEX_HTML, "text/html; charset=utf-8")
}

/// `GET /ui/app.js`.
pub async fn app_js() -> Response {
    asset(APP_JS, "text/javascript; charset=utf-8")
}

/// `GET /ui/queue.js`: the alert queue's filters, groups, alert page and daily chart.
pub async fn queue_js() -> Response {
    asset(QUEUE_JS, "text/javascript; charset=utf-8")
}

/// `GET /ui/app.css`.
pub async fn app_css() -> Response {
    asset(APP_CSS, "text/css; charset=utf-8")
}

/// Login body.
#[derive(Debug, Deserialize)]
pub struct Login {
    /// The analyst's API key.
    pub key: String,
}

/// Who is logged in, and the CSRF token to send with changes.
#[derive(Debug, Serialize)]
pub struct SessionInfo {
    /// The key's name.
    pub name: String,
    /// Its role.
    pub role: Role,
    /// The CSRF token.
    pub csrf: String,
}

/// `POST /ui/login`: exchange an analyst's key for a session cookie.
pub async fn login(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<Login>,
) -> Result<Response, ApiError> {
    let key = authenticate(&state, body.key.trim().to_string()).await?;
    if !key.role.allows(Role::Analyst) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "the web UI is for analysts: this key has role \"screen\"",
        )
        .refusing(crate::auth::actor_of(&key)));
    }
    let store = state.store.clone();
    let ttl = state.config.session_ttl.as_millis() as i64;
    let new = blocking(move || {
        let s = store.create_session(&key, ttl)?;
        store.append_audit(NewAuditRecord {
            kind: "session.login".into(),
            actor: format!("key:{}:{}", key.id, key.name),
            subject: None,
            payload: json!({ "key_id": key.id, "expires": s.session.expires }).to_string(),
        })?;
        Ok(s)
    })
    .await?;
    let cookie = format!(
        "{SESSION_COOKIE}={}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}",
        new.token,
        ttl / 1000
    );
    let mut resp = Json(SessionInfo {
        name: new.session.key.name.clone(),
        role: new.session.key.role,
        csrf: new.session.csrf.clone(),
    })
    .into_response();
    if let Ok(v) = HeaderValue::from_str(&cookie) {
        resp.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(resp)
}

/// `POST /ui/logout`: end the session (needs the CSRF header, like every change).
pub async fn logout(
    State(state): State<AppState>,
    caller: Caller,
    req: Request,
) -> Result<Response, ApiError> {
    let (parts, _) = req.into_parts();
    if let (Some(token), Some(_)) = (cookie(&parts, SESSION_COOKIE), caller.csrf.as_ref()) {
        let token = token.to_string();
        let store = state.store.clone();
        blocking(move || Ok(store.end_session(&token)?)).await?;
    }
    let mut resp = StatusCode::NO_CONTENT.into_response();
    resp.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_static("nomina_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0"),
    );
    Ok(resp)
}

/// `GET /v1/session`: the logged-in analyst, for the UI to restore its state.
pub async fn session(caller: Caller) -> Result<Json<SessionInfo>, ApiError> {
    let Some(csrf) = caller.csrf.clone() else {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "not a web session (API keys have no session)",
        ));
    };
    Ok(Json(SessionInfo {
        name: caller.key.name,
        role: caller.key.role,
        csrf,
    }))
}
