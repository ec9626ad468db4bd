//! A JSON body extractor whose rejections are [`ApiError`]s: a body over the size limit is a
//! 413, malformed JSON a 400 and a wrong field a 422, each with a JSON message naming the
//! problem, instead of axum's plain-text rejections.

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
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(ApiJson(v)),
            Err(rejection) => Err(reject(rejection)),
        }
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

fn reject(r: JsonRejection) -> ApiError {
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
