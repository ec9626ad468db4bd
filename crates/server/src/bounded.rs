//! Bounded work per request: a deadline that stops the screening work when it passes (or
//! when the client leaves), a global concurrency limit answered 503 + `Retry-After` at
//! once, and a cap on the size of an answer. Each refusal is a JSON [`ApiError`]: a
//! screening that could not run is never answered "no match".

use crate::error::ApiError;
use crate::state::{AppState, RETRY_AFTER_SECS};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::BoxError;
use serde_json::json;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Instant;

/// When a request's work must stop: its deadline, or earlier if the request was abandoned
/// (the client left or the deadline answer was already sent). Cheap to clone into the
/// blocking work, which calls [`Deadline::check`] between units of work.
#[derive(Debug, Clone)]
pub struct Deadline {
    at: Instant,
    abandoned: Arc<AtomicBool>,
}

impl Deadline {
    /// Ok while the work may go on; the 503 to answer once it may not.
    pub fn check(&self) -> Result<(), ApiError> {
        if self.abandoned.load(Ordering::Relaxed) || Instant::now() >= self.at {
            Err(deadline_passed())
        } else {
            Ok(())
        }
    }
}

/// Sets the flag when dropped: when the request's future ends, whether answered, timed out
/// or dropped because the client left, the blocking work sees it and stops.
struct AbandonOnDrop(Arc<AtomicBool>);

impl Drop for AbandonOnDrop {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// The answer when the deadline passes: 503, nothing screened.
pub fn deadline_passed() -> ApiError {
    ApiError::unavailable(
        "the request took longer than the service allows (--request-deadline); nothing was screened: send fewer or shorter queries",
    )
    .with_detail(json!({ "reason": "deadline" }))
}

/// Middleware: gives the request its [`Deadline`] and answers 503 when it passes.
pub async fn enforce_deadline(
    State(state): State<AppState>,
    mut req: Request,
    next: Next,
) -> Response {
    let limit = state.config.limits.request_deadline;
    let deadline = Deadline {
        at: Instant::now() + limit,
        abandoned: Arc::new(AtomicBool::new(false)),
    };
    let _abandon = AbandonOnDrop(Arc::clone(&deadline.abandoned));
    req.extensions_mut().insert(deadline);
    match tokio::time::timeout(limit, next.run(req)).await {
        Ok(response) => response,
        Err(_) => deadline_passed().into_response(),
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Deadline {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Deadline, ApiError> {
        parts
            .extensions
            .get::<Deadline>()
            .cloned()
            .ok_or_else(|| ApiError::internal("the request has no deadline (a routing bug)"))
    }
}

/// Middleware: reads the whole request body (within `--max-body-bytes`, `--body-timeout`
/// and the deadline) before the request takes one of the `--max-concurrent` places, so a
/// client that sends its body slowly holds a connection, never a place.
pub async fn buffer_body(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let bytes = match axum::body::to_bytes(body, state.config.limits.max_body_bytes).await {
        Ok(b) => b,
        Err(e) => return body_error(&e).into_response(),
    };
    next.run(Request::from_parts(parts, axum::body::Body::from(bytes)))
        .await
}

/// The answer to a body that could not be read: too large (413) or stalled (408).
fn body_error(e: &axum::Error) -> ApiError {
    let mut cur: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(err) = cur {
        if err.is::<tower_http::timeout::TimeoutError>() {
            return crate::json::body_stalled();
        }
        if err.is::<http_body_util::LengthLimitError>() {
            return crate::json::body_too_large();
        }
        cur = err.source();
    }
    ApiError::bad_request(format!("body: cannot be read: {e}"))
}

/// Runs screening work (the matcher, the scanner, the audit write) off the async threads
/// in one of the `--max-concurrent` work slots, which is held until the work has really
/// ended — not merely until the request was answered. A request past its deadline is
/// answered at once, but work that cannot stop half-way (one call into the scanner) goes on
/// until its own budget ends it; holding its slot meanwhile means that abandoned work can
/// never add up beyond the limit. No free slot: 503 with `Retry-After`, nothing screened.
pub async fn screening_work<T, F>(state: &AppState, f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
{
    let Ok(slot) = Arc::clone(&state.work_slots).try_acquire_owned() else {
        return Err(no_free_slot());
    };
    crate::error::blocking(move || {
        let _slot = slot;
        f()
    })
    .await
}

/// The 503 of a service at its limit: nothing screened, retry shortly.
pub fn no_free_slot() -> ApiError {
    ApiError::unavailable(
        "the service is at its limit of concurrent requests (--max-concurrent); nothing was screened: retry shortly",
    )
    .with_detail(json!({ "reason": "overloaded" }))
    .retry_after(RETRY_AFTER_SECS)
}

/// The answer of the concurrency limit (and of any other error of the limit layers): 503
/// with `Retry-After`, sent at once.
pub async fn overloaded(err: BoxError) -> Response {
    if err.is::<tower::load_shed::error::Overloaded>() {
        no_free_slot().into_response()
    } else {
        ApiError::internal(format!("request failed: {err}"))
            .retry_after(RETRY_AFTER_SECS)
            .into_response()
    }
}

/// Middleware: an answer larger than `--max-response-bytes` (known from its exact size) is
/// replaced by a 503 naming the limit.
pub async fn cap_response_size(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let response = next.run(req).await;
    let max = state.config.limits.max_response_bytes as u64;
    let size = axum::body::HttpBody::size_hint(response.body()).exact();
    match size {
        Some(n) if n > max => response_too_large(n, max).into_response(),
        _ => response,
    }
}

/// The 503 for an answer of `n` bytes over the `max` of `--max-response-bytes`.
pub fn response_too_large(n: u64, max: u64) -> ApiError {
    ApiError::unavailable(format!(
        "the answer would be at least {n} bytes; the limit is {max} (--max-response-bytes): send a smaller request (fewer queries, fewer hits, a shorter document)"
    ))
    .with_detail(json!({ "reason": "response too large" }))
}

/// Most bytes the `alert` of one hit or mention adds to an answer: an alert's outcome is a
/// status and one id (`,"alert":{"status":"already_open","alert_id":-9223372036854775808}`
/// is 64). An answer measured before its alerts are recorded, plus this much per alert,
/// is never under its real size.
pub const ALERT_JSON_BOUND: usize = 96;

/// Bytes of `value` serialised as JSON, counted without keeping them: for a handler to
/// refuse an answer over `--max-response-bytes` before it records anything.
pub fn json_size<T: serde::Serialize>(value: &T) -> u64 {
    struct Count(u64);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len() as u64;
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    // Writing to a counter fails only if serialising fails, which the answer would too.
    let _ = serde_json::to_writer(&mut count, value);
    count.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn an_alert_adds_at_most_its_bound_to_an_answer() {
        use nomina_store::AlertOutcome;
        for o in [
            AlertOutcome::Opened { alert_id: i64::MIN },
            AlertOutcome::AlreadyOpen { alert_id: i64::MIN },
            AlertOutcome::Suppressed {
                decision_id: i64::MIN,
            },
        ] {
            let mut with = json!({"x": 1});
            let before = serde_json::to_vec(&with).unwrap().len();
            with["alert"] = serde_json::to_value(o).unwrap();
            let added = serde_json::to_vec(&with).unwrap().len() - before;
            assert!(added <= ALERT_JSON_BOUND, "{with}: {added} bytes");
        }
    }

    #[test]
    fn json_size_is_the_length_of_the_serialised_value() {
        let v = json!({"a": [1, 2, 3], "b": "é\"x"});
        assert_eq!(json_size(&v), serde_json::to_vec(&v).unwrap().len() as u64);
    }

    #[test]
    fn a_deadline_stops_work_when_it_passes_or_its_request_is_abandoned() {
        let live = Deadline {
            at: Instant::now() + Duration::from_secs(60),
            abandoned: Arc::new(AtomicBool::new(false)),
        };
        assert!(live.check().is_ok());
        drop(AbandonOnDrop(Arc::clone(&live.abandoned)));
        let err = live.check().expect_err("an abandoned request's work stops");
        assert_eq!(err.status, axum::http::StatusCode::SERVICE_UNAVAILABLE);
        let passed = Deadline {
            at: Instant::now(),
            abandoned: Arc::new(AtomicBool::new(false)),
        };
        assert!(passed.check().is_err());
    }
}
