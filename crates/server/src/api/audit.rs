//! The audit log over HTTP, for administrators: records by time range, and verification of
//! the hash chain.

use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::state::AppState;
use crate::timefmt::parse_time;
use axum::extract::{Query, State};
use axum::Json;
use nomina_store::{AuditRecord, Role, VerifyReport};
use serde::{Deserialize, Serialize};

/// Query string of `GET /v1/audit`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AuditQuery {
    /// Records at or after this time (date, RFC 3339 UTC, or epoch ms).
    pub from: Option<String>,
    /// Records before this time.
    pub to: Option<String>,
    /// Continue after this sequence number (paging).
    pub after: Option<i64>,
    /// Most records (default 100, at most 1000).
    pub limit: Option<usize>,
}

/// A page of the audit log.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AuditPage {
    /// Records in chain order.
    #[schema(value_type = Vec<Object>)]
    pub records: Vec<AuditRecord>,
    /// Pass as `after` for the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub next_after: Option<i64>,
}

/// Read the audit log.
#[utoipa::path(
    get,
    path = "/v1/audit",
    tag = "audit",
    params(AuditQuery),
    responses((status = 200, description = "Records", body = AuditPage), (status = 403, description = "Needs the admin role", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn records(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<AuditQuery>,
) -> Result<Json<AuditPage>, ApiError> {
    caller.require(Role::Admin)?;
    let time = |f: &str, v: Option<String>| -> Result<Option<i64>, ApiError> {
        v.filter(|s| !s.is_empty())
            .map(|s| parse_time(&s).map_err(|e| ApiError::invalid(format!("{f}: {e}"))))
            .transpose()
    };
    let from = time("from", q.from)?;
    let to = time("to", q.to)?;
    let limit = q.limit.unwrap_or(100).clamp(1, 1000);
    let after = q.after.unwrap_or(0);
    let store = state.store.clone();
    let records = blocking(move || Ok(store.audit_records(from, to, after, limit)?)).await?;
    let next_after = (records.len() == limit)
        .then(|| records.last().map(|r| r.seq))
        .flatten();
    Ok(Json(AuditPage {
        records,
        next_after,
    }))
}

/// Verify the audit chain.
#[utoipa::path(
    get,
    path = "/v1/audit/verify",
    tag = "audit",
    responses((status = 200, description = "Verification report; `problem` is null when intact", body = Object)),
    security(("bearer" = []))
)]
pub async fn verify(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<VerifyReport>, ApiError> {
    caller.require(Role::Admin)?;
    let store = state.store.clone();
    Ok(Json(blocking(move || Ok(store.verify_audit()?)).await?))
}
