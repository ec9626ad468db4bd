//! Failed logins in the audit log: every 401 (no key, a wrong or revoked key, an expired
//! session) and 403 (a key whose role does not allow the endpoint, a missing CSRF token)
//! is written as an audit record of kind [`LOGIN_FAILED`], with the method, path, status
//! and reason, and who was refused when the key was valid. No secret is written.
//!
//! An unauthenticated caller must not be able to fill the disk through the audit log, so
//! at most [`FAILED_LOGINS_RECORDED_PER_MINUTE`] are written per minute; the others are
//! counted, and the count is written with the next record (`unrecorded_before`).

use crate::error::RefusedActor;
use crate::state::{AppState, FAILED_LOGINS_RECORDED_PER_MINUTE};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use nomina_store::NewAuditRecord;
use serde_json::json;
use std::time::{Duration, Instant};

/// The audit record kind of a refused request.
pub const LOGIN_FAILED: &str = "login-failed";

/// The actor of a refused request whose caller is unknown.
pub const ANONYMOUS: &str = "anonymous";

/// The rate window of failed-login records.
#[derive(Debug, Default)]
pub struct Window {
    started: Option<Instant>,
    recorded: u32,
    unrecorded: u64,
}

impl Window {
    /// Whether one more record may be written now; if so, how many were left unwritten
    /// before it (and the count starts again).
    fn admit(&mut self, now: Instant) -> Option<u64> {
        let fresh = self
            .started
            .is_none_or(|t| now.duration_since(t) >= Duration::from_secs(60));
        if fresh {
            self.started = Some(now);
            self.recorded = 0;
        }
        if self.recorded >= FAILED_LOGINS_RECORDED_PER_MINUTE {
            self.unrecorded += 1;
            return None;
        }
        self.recorded += 1;
        Some(std::mem::take(&mut self.unrecorded))
    }
}

/// Middleware: writes 401 and 403 answers to the audit log (see the module comment).
pub async fn audit_refusals(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let method = req.method().to_string();
    let path = req.uri().path().chars().take(200).collect::<String>();
    let response = next.run(req).await;
    let status = response.status();
    if status != StatusCode::UNAUTHORIZED && status != StatusCode::FORBIDDEN {
        return response;
    }
    let admitted = state
        .failed_logins
        .lock()
        .ok()
        .and_then(|mut w| w.admit(Instant::now()));
    let Some(unrecorded_before) = admitted else {
        return response;
    };
    let actor = response
        .extensions()
        .get::<RefusedActor>()
        .map(|a| a.0.clone())
        .unwrap_or_else(|| ANONYMOUS.to_string());
    let reason = if status == StatusCode::UNAUTHORIZED {
        "no valid key or session"
    } else {
        "the caller's role or session does not allow this request"
    };
    let record = NewAuditRecord {
        kind: LOGIN_FAILED.into(),
        actor,
        subject: None,
        payload: json!({
            "method": method,
            "path": path,
            "status": status.as_u16(),
            "reason": reason,
            "unrecorded_before": unrecorded_before,
        })
        .to_string(),
    };
    let store = state.store.clone();
    match tokio::task::spawn_blocking(move || store.append_audit(record)).await {
        Ok(Ok(_)) => {}
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "a failed login could not be written to the audit log")
        }
        Err(e) => {
            tracing::warn!(error = %e, "a failed login could not be written to the audit log")
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_window_admits_a_minute_s_quota_then_counts_the_rest() {
        let mut w = Window::default();
        let t0 = Instant::now();
        for _ in 0..FAILED_LOGINS_RECORDED_PER_MINUTE {
            assert_eq!(w.admit(t0), Some(0));
        }
        assert_eq!(w.admit(t0), None);
        assert_eq!(w.admit(t0), None);
        assert_eq!(w.admit(t0 + Duration::from_secs(61)), Some(2));
        assert_eq!(w.admit(t0 + Duration::from_secs(61)), Some(0));
    }
}
