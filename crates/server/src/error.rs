//! The one error type of every handler: an HTTP status and a message, always sent as
//! `{"error": "...", "detail": ...}` so that clients and the UI show the same text; and
//! [`json_errors`], which gives the same shape to the errors answered outside the handlers
//! (unknown paths, wrong methods, axum's extractor rejections, layers).

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use nomina_store::StoreError;
use serde::Serialize;

/// An error answer.
#[derive(Debug)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// Human-readable message naming the field or list at fault.
    pub message: String,
    /// Extra machine-readable detail (e.g. which lists are unusable).
    pub detail: Option<serde_json::Value>,
    /// The authenticated caller refused (a key whose role does not allow the endpoint),
    /// for the audit record of the refusal; never sent to the client.
    pub refused: Option<String>,
    /// Seconds the client should wait before retrying (`Retry-After`), when known.
    pub retry_after: Option<u64>,
}

/// Response extension: who was refused (see [`ApiError::refused`]).
#[derive(Debug, Clone)]
pub struct RefusedActor(pub String);

/// The body of every error answer.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong.
    pub error: String,
    /// Machine-readable detail, when there is any.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub detail: Option<serde_json::Value>,
}

impl ApiError {
    /// An error with a status and message.
    pub fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
            detail: None,
            refused: None,
            retry_after: None,
        }
    }

    /// 400: the request cannot be understood.
    pub fn bad_request(m: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, m)
    }

    /// 422: the request is understood but a field is invalid.
    pub fn invalid(m: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, m)
    }

    /// 413: the request or one of its parts is larger than allowed.
    pub fn too_large(m: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, m)
    }

    /// 404.
    pub fn not_found(m: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, m)
    }

    /// 503: screening cannot run or could not be recorded; never a "no match".
    pub fn unavailable(m: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::SERVICE_UNAVAILABLE, m)
    }

    /// 500: a bug or an unexpected failure.
    pub fn internal(m: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, m)
    }

    /// Names the authenticated caller this error refuses (written to the audit log).
    pub fn refusing(mut self, actor: String) -> ApiError {
        self.refused = Some(actor);
        self
    }

    /// Tells the client when to retry (`Retry-After`, seconds).
    pub fn retry_after(mut self, secs: u64) -> ApiError {
        self.retry_after = Some(secs);
        self
    }

    /// Adds machine-readable detail.
    pub fn with_detail(mut self, detail: serde_json::Value) -> ApiError {
        self.detail = Some(detail);
        self
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        if self.status.is_server_error() {
            tracing::warn!(status = %self.status, error = %self.message, "request failed");
        }
        let mut response = (
            self.status,
            Json(ErrorBody {
                error: self.message,
                detail: self.detail,
            }),
        )
            .into_response();
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        if let Some(actor) = self.refused {
            response.extensions_mut().insert(RefusedActor(actor));
        }
        response
    }
}

/// Longest plain-text error body carried over into the JSON `error` message.
const MAX_PLAIN_ERROR_BYTES: usize = 4096;

/// Middleware: every error answer (status 400 and up) is JSON of the [`ErrorBody`] shape.
/// An answer that is not JSON (axum's plain-text rejections, an empty 404 or 405, a
/// layer's bare status) is rewritten, keeping its status, its headers (`Allow`,
/// `Retry-After`) and its text as the message.
pub async fn json_errors(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    if !response.status().is_client_error() && !response.status().is_server_error()
        || is_json(&response)
    {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let text = axum::body::to_bytes(body, MAX_PLAIN_ERROR_BYTES)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let message = if text.is_empty() {
        default_message(parts.status)
    } else {
        text
    };
    let json = serde_json::to_vec(&ErrorBody {
        error: message,
        detail: None,
    })
    .unwrap_or_default();
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Response::from_parts(parts, axum::body::Body::from(json))
}

fn is_json(response: &Response) -> bool {
    response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"))
}

/// The message of an error answer that came without one.
fn default_message(status: StatusCode) -> String {
    match status {
        StatusCode::NOT_FOUND => "no such endpoint (see /openapi.json)".into(),
        StatusCode::METHOD_NOT_ALLOWED => {
            "this endpoint does not accept this method (see the Allow header)".into()
        }
        s => s.canonical_reason().unwrap_or("request failed").to_string(),
    }
}

/// The fallback of unknown paths: a JSON 404.
pub async fn not_found_fallback() -> ApiError {
    ApiError::not_found(default_message(StatusCode::NOT_FOUND))
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound(_) => ApiError::not_found(e.to_string()),
            StoreError::Invalid(_) => ApiError::invalid(e.to_string()),
            StoreError::Conflict(_) => ApiError::new(StatusCode::CONFLICT, e.to_string()),
            StoreError::Unavailable { .. } | StoreError::Query(_) => {
                ApiError::unavailable(format!("the database is unavailable: {e}"))
            }
        }
    }
}

/// Runs blocking work (the store, the matcher) off the async threads.
pub async fn blocking<T, F>(f: F) -> Result<T, ApiError>
where
    T: Send + 'static,
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
{
    match tokio::task::spawn_blocking(f).await {
        Ok(r) => r,
        Err(e) => Err(ApiError::internal(format!("worker failed: {e}"))),
    }
}
