//! A JSON body extractor whose rejections are [`ApiError`]s: a body over the size limit is a
//! 413, a body that stalls past `--body-timeout` a 408, malformed JSON a 400, and a wrong
//! field or a NUL character in any string a 422, each with a JSON message naming the field,
//! instead of axum's plain-text rejections.

use crate::error::ApiError;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use serde::de::DeserializeOwned;

/// `Json<T>` with JSON errors.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let value = match axum::Json::<serde_json::Value>::from_request(req, state).await {
            Ok(axum::Json(v)) => v,
            Err(rejection) => return Err(reject(rejection)),
        };
        if let Some(field) = field_with_nul(&value, String::new()) {
            return Err(nul_in(&field));
        }
        serde_path_to_error::deserialize(value)
            .map(ApiJson)
            .map_err(|e| {
                let path = e.path().to_string();
                ApiError::invalid(if path == "." {
                    e.inner().to_string()
                } else {
                    format!("{path}: {}", e.inner())
                })
            })
    }
}

/// The 422 for a NUL character: no database stores it alike (SQLite keeps it, PostgreSQL
/// refuses it), and no name or reference has one.
pub fn nul_in(field: &str) -> ApiError {
    ApiError::invalid(format!(
        "{field}: contains a NUL character (\\u0000), which no field may hold"
    ))
}

/// The path (`queries[0].reference`) of the first string, or object key, holding a NUL.
pub fn field_with_nul(v: &serde_json::Value, path: String) -> Option<String> {
    use serde_json::Value;
    let at = |path: &str| {
        if path.is_empty() {
            "body".to_string()
        } else {
            path.to_string()
        }
    };
    match v {
        Value::String(s) if s.contains('\0') => Some(at(&path)),
        Value::Array(items) => items
            .iter()
            .enumerate()
            .find_map(|(i, item)| field_with_nul(item, format!("{path}[{i}]"))),
        Value::Object(map) => map.iter().find_map(|(k, item)| {
            let child = if path.is_empty() {
                k.clone()
            } else {
                format!("{path}.{k}")
            };
            if k.contains('\0') {
                Some(at(&path))
            } else {
                field_with_nul(item, child)
            }
        }),
        _ => None,
    }
}

/// The answer to a body over `--max-body-bytes`, whether it was found reading the body or
/// declared up front in `Content-Length`.
pub fn body_too_large() -> ApiError {
    ApiError::too_large("request body is larger than the configured limit (--max-body-bytes)")
}

/// Refuses a request whose declared `Content-Length` is over the body limit at once, before
/// a byte of the body is read: a client announcing 50 MiB gets its 413 now, not after
/// sending it.
pub async fn refuse_declared_oversize(
    axum::extract::State(state): axum::extract::State<crate::state::AppState>,
    req: Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let declared = req
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > state.config.limits.max_body_bytes as u64) {
        return body_too_large().into_response();
    }
    next.run(req).await
}

/// The 408 for a body that stalled past `--body-timeout`.
pub fn body_stalled() -> ApiError {
    ApiError::new(
        StatusCode::REQUEST_TIMEOUT,
        "body: the request body stalled for longer than the service allows (--body-timeout)",
    )
}

/// True when an error was caused by the request body's read timeout.
fn caused_by_body_timeout(e: &(dyn std::error::Error + 'static)) -> bool {
    let mut cur = Some(e);
    while let Some(err) = cur {
        if err.is::<tower_http::timeout::TimeoutError>() {
            return true;
        }
        cur = err.source();
    }
    false
}

fn reject(r: JsonRejection) -> ApiError {
    if caused_by_body_timeout(&r) {
        return body_stalled();
    }
    let status = r.status();
    let text = r.body_text();
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => body_too_large(),
        StatusCode::UNPROCESSABLE_ENTITY => ApiError::invalid(text),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::new(
            status,
            "send the body as JSON with Content-Type: application/json",
        ),
        _ => ApiError::new(status, text),
    }
}
