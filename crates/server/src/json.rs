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

fn reject(r: JsonRejection) -> ApiError {
    let status = r.status();
    let text = r.body_text();
    match status {
        StatusCode::PAYLOAD_TOO_LARGE => ApiError::too_large(
            "request body is larger than the configured limit (--max-body-bytes)",
        ),
        StatusCode::UNPROCESSABLE_ENTITY => ApiError::invalid(text),
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::new(
            status,
            "send the body as JSON with Content-Type: application/json",
        ),
        _ => ApiError::new(status, text),
    }
}
