//! Working the alert queue: assignment, decisions on a selection, the second analyst's
//! confirmation of a true match, and the queue as CSV.

use crate::api::alerts::{alert_json, AlertQuery};
use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::json::ApiJson;
use crate::state::AppState;
use crate::timefmt::format_millis;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use nomina_store::{
    now_millis, Alert, AlertAction, AlertNote, AlertStatus, AuditRecord, DailyVolume, Role,
    DAY_MILLIS,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Longest comment or reason accepted, in bytes.
const MAX_COMMENT_BYTES: usize = 10_000;

/// Who to assign an alert to.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct AssignRequest {
    /// A key name with the analyst role, `me` (the caller), or `none` to unassign.
    pub to: String,
}

/// One decision on a selection of alerts.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct BulkDecisionRequest {
    /// The alerts (at most `--max-batch`).
    pub ids: Vec<i64>,
    /// `false_positive` or `escalated`.
    pub decision: String,
    /// Why (required for false_positive).
    #[serde(default)]
    pub reason: String,
}

/// A second analyst's confirmation of a proposed true match.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct ConfirmRequest {
    /// An optional note added to the proposer's reasoning.
    #[serde(default)]
    pub comment: String,
}

fn check_comment(field: &str, text: &str) -> Result<(), ApiError> {
    if text.len() > MAX_COMMENT_BYTES {
        return Err(ApiError::too_large(format!(
            "{field}: longer than {MAX_COMMENT_BYTES} bytes"
        )));
    }
    Ok(())
}

/// A case note.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct NoteRequest {
    /// The note: not empty, at most 10,000 bytes.
    pub text: String,
}

/// The key name `to` names, checked to be a live key that may work alerts.
fn assignee(state: &AppState, caller: &Caller, to: &str) -> Result<Option<String>, ApiError> {
    let to = to.trim();
    match to {
        "" => Err(ApiError::invalid(
            "to: empty (a key name, me, or none to unassign)",
        )),
        "none" => Ok(None),
        "me" => Ok(Some(caller.key.name.clone())),
        name => {
            let keys = state.store.list_keys()?;
            let ok = keys
                .iter()
                .any(|k| k.name == name && k.revoked.is_none() && k.role.allows(Role::Analyst));
            if ok {
                Ok(Some(name.to_string()))
            } else {
                Err(ApiError::invalid(format!(
                    "to: {name:?} is not the name of a live key with the analyst role"
                )))
            }
        }
    }
}

/// Assign an alert to an analyst (or unassign it).
#[utoipa::path(
    post,
    path = "/v1/alerts/{id}/assign",
    tag = "alerts",
    params(("id" = i64, Path, description = "Alert id")),
    request_body = AssignRequest,
    responses(
        (status = 200, description = "The updated alert", body = Object),
        (status = 404, description = "No such alert", body = ErrorBody),
        (status = 422, description = "Unknown assignee", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn assign(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    ApiJson(req): ApiJson<AssignRequest>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Analyst)?;
    let actor = caller.actor();
    let alert = blocking(move || {
        let to = assignee(&state, &caller, &req.to)?;
        let store = &state.store;
        store.work_alerts(&AlertAction::Assign { ids: vec![id], to }, &actor)?;
        Ok(store.alert(id)?)
    })
    .await?;
    Ok(Json(alert_json(&alert)))
}

/// Decide a selection of alerts the same way, all or none, one audit record each.
#[utoipa::path(
    post,
    path = "/v1/alerts/decisions",
    tag = "alerts",
    request_body = BulkDecisionRequest,
    responses(
        (status = 200, description = "The updated alerts", body = Object),
        (status = 404, description = "An alert does not exist; nothing was decided", body = ErrorBody),
        (status = 413, description = "More ids than --max-batch", body = ErrorBody),
        (status = 422, description = "Bad decision, missing reason or repeated id", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn decide_many(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<BulkDecisionRequest>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Analyst)?;
    let max = state.config.limits.max_batch;
    if req.ids.len() > max {
        return Err(ApiError::too_large(format!(
            "ids: {} given; at most {max} per request (--max-batch)",
            req.ids.len()
        )));
    }
    let status = match AlertStatus::parse(&req.decision) {
        Some(s @ (AlertStatus::FalsePositive | AlertStatus::Escalated)) => s,
        _ => {
            return Err(ApiError::invalid(format!(
                "decision: {:?} cannot be decided on a selection (false_positive or \
                 escalated; a true match is proposed and confirmed alert by alert)",
                req.decision
            )))
        }
    };
    check_comment("reason", &req.reason)?;
    let actor = caller.actor();
    let store = state.store.clone();
    let alerts = blocking(move || {
        let action = AlertAction::Decide {
            ids: req.ids.clone(),
            status,
            comment: req.reason,
        };
        store.work_alerts(&action, &actor)?;
        let mut out = Vec::with_capacity(req.ids.len());
        for id in &req.ids {
            out.push(alert_json(&store.alert(*id)?));
        }
        Ok(out)
    })
    .await?;
    Ok(Json(serde_json::json!({ "alerts": alerts })))
}

/// Confirm a true match proposed by another analyst (four eyes); the proposer's own
/// confirmation is refused with 409.
#[utoipa::path(
    post,
    path = "/v1/alerts/{id}/confirm",
    tag = "alerts",
    params(("id" = i64, Path, description = "Alert id")),
    request_body = ConfirmRequest,
    responses(
        (status = 200, description = "The alert, closed as a true match", body = Object),
        (status = 404, description = "No such alert", body = ErrorBody),
        (status = 409, description = "Nothing awaits confirmation, or the caller proposed it", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn confirm(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    ApiJson(req): ApiJson<ConfirmRequest>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Analyst)?;
    check_comment("comment", &req.comment)?;
    let actor = caller.actor();
    let store = state.store.clone();
    let alert = blocking(move || {
        let action = AlertAction::Confirm {
            id,
            comment: req.comment,
        };
        store.work_alerts(&action, &actor)?;
        Ok(store.alert(id)?)
    })
    .await?;
    Ok(Json(alert_json(&alert)))
}

/// Add a note to an alert's case (an `alert.note` audit record in the same transaction).
#[utoipa::path(
    post,
    path = "/v1/alerts/{id}/notes",
    tag = "alerts",
    params(("id" = i64, Path, description = "Alert id")),
    request_body = NoteRequest,
    responses(
        (status = 201, description = "The note as stored", body = Object),
        (status = 404, description = "No such alert", body = ErrorBody),
        (status = 422, description = "Empty or too long text", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn add_note(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    ApiJson(req): ApiJson<NoteRequest>,
) -> Result<(StatusCode, Json<Value>), ApiError> {
    caller.require(Role::Analyst)?;
    let actor = caller.actor();
    let store = state.store.clone();
    let note = blocking(move || Ok(store.add_note(id, &req.text, &actor)?)).await?;
    let body = serde_json::to_value(note).unwrap_or(Value::Null);
    Ok((StatusCode::CREATED, Json(body)))
}

/// The CSV header, one name per column of [`csv_row`].
const CSV_HEADER: [&str; 16] = [
    "id",
    "created",
    "status",
    "pending_confirmation",
    "assignee",
    "reference",
    "query",
    "entity",
    "entity_name",
    "score",
    "reason",
    "delisted",
    "decided_by",
    "decision_comment",
    "proposed_by",
    "programmes",
];

/// Separates an alert's programmes in one CSV cell.
const PROGRAMMES_SEPARATOR: &str = "; ";

fn csv_row(a: &Alert) -> [String; 16] {
    let last = a.decisions.last();
    [
        a.id.to_string(),
        format_millis(a.created),
        a.status.as_str().to_string(),
        a.pending_confirmation().to_string(),
        a.assignee.clone().unwrap_or_default(),
        a.reference.clone().unwrap_or_default(),
        a.query.clone(),
        a.entity.clone(),
        a.entity_name.clone(),
        format!("{:.4}", a.score),
        a.reason.clone().unwrap_or_default(),
        a.delisted.map(format_millis).unwrap_or_default(),
        last.map(|d| d.actor.clone()).unwrap_or_default(),
        last.map(|d| d.comment.clone()).unwrap_or_default(),
        a.proposal
            .as_ref()
            .map(|p| p.actor.clone())
            .unwrap_or_default(),
        a.programmes.join(PROGRAMMES_SEPARATOR),
    ]
}

/// The alerts matching a filter as CSV (header row, RFC 4180 quoting), newest first.
#[utoipa::path(
    get,
    path = "/v1/alerts.csv",
    tag = "alerts",
    params(AlertQuery),
    responses(
        (status = 200, description = "The queue as CSV", content_type = "text/csv", body = String),
        (status = 422, description = "Bad filter", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn export_csv(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<AlertQuery>,
) -> Result<Response, ApiError> {
    caller.require(Role::Analyst)?;
    let mut filter = q.filter()?;
    filter.limit = q.limit.unwrap_or(0);
    let store = state.store.clone();
    let body = blocking(move || {
        let alerts = store.alerts(&filter)?;
        let mut w = csv::Writer::from_writer(Vec::new());
        let fail = |e: csv::Error| ApiError::internal(format!("writing CSV: {e}"));
        w.write_record(CSV_HEADER).map_err(fail)?;
        for a in &alerts {
            w.write_record(csv_row(a)).map_err(fail)?;
        }
        w.into_inner()
            .map_err(|e| ApiError::internal(format!("writing CSV: {e}")))
    })
    .await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"alerts.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// The header of a case file: one row per alert field, decision, note and audit record.
const CASE_HEADER: [&str; 6] = ["record", "id", "time", "actor", "kind", "detail"];

/// The rows of one alert's case: its fields (`kind`: the field, `detail`: the value), its
/// decisions, its notes, and the audit records whose subject is the alert (`detail`: the
/// record's JSON payload).
fn case_rows(alert: &Alert, notes: &[AlertNote], audit: &[AuditRecord]) -> Vec<[String; 6]> {
    let id = alert.id.to_string();
    let created = format_millis(alert.created);
    let mut rows: Vec<[String; 6]> = CSV_HEADER
        .iter()
        .zip(csv_row(alert))
        .map(|(field, value)| {
            let row = ["alert", &id, &created, "", field, &value];
            row.map(str::to_string)
        })
        .collect();
    rows.extend(alert.decisions.iter().map(|d| {
        [
            "decision".to_string(),
            d.id.to_string(),
            format_millis(d.time),
            d.actor.clone(),
            d.status.as_str().to_string(),
            d.comment.clone(),
        ]
    }));
    rows.extend(notes.iter().map(|n| {
        [
            "note".to_string(),
            n.id.to_string(),
            format_millis(n.time),
            n.actor.clone(),
            "note".to_string(),
            n.text.clone(),
        ]
    }));
    rows.extend(audit.iter().map(|r| {
        [
            "audit".to_string(),
            r.seq.to_string(),
            format_millis(r.time),
            r.actor.clone(),
            r.kind.clone(),
            r.payload.clone(),
        ]
    }));
    rows
}

/// One alert's case as CSV (RFC 4180): its fields, decisions, notes and audit trail.
#[utoipa::path(
    get,
    path = "/v1/alerts/{id}/case.csv",
    tag = "alerts",
    params(("id" = i64, Path, description = "Alert id")),
    responses(
        (status = 200, description = "The case as CSV: record, id, time, actor, kind, detail", content_type = "text/csv", body = String),
        (status = 404, description = "No such alert", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn case_csv(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Response, ApiError> {
    caller.require(Role::Analyst)?;
    let store = state.store.clone();
    let body = blocking(move || {
        let alert = store.alert(id)?;
        let notes = store.notes(id)?;
        let audit = store.audit_of(&id.to_string())?;
        let mut w = csv::Writer::from_writer(Vec::new());
        let fail = |e: csv::Error| ApiError::internal(format!("writing CSV: {e}"));
        w.write_record(CASE_HEADER).map_err(fail)?;
        for row in case_rows(&alert, &notes, &audit) {
            w.write_record(row).map_err(fail)?;
        }
        w.into_inner()
            .map_err(|e| ApiError::internal(format!("writing CSV: {e}")))
    })
    .await?;
    let disposition = format!("attachment; filename=\"alert-{id}-case.csv\"");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        body,
    )
        .into_response())
}

/// Longest window of `GET /v1/alerts/stats/daily`, in days.
const MAX_STATS_DAYS: i64 = 366;

/// Query string of `GET /v1/alerts/stats/daily`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct DailyQuery {
    /// How many days, today included (default 30, at most 366).
    pub days: Option<String>,
}

/// One UTC day of the queue's volume.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DailyRow {
    /// The day, `YYYY-MM-DD` (UTC).
    pub day: String,
    /// Alerts opened that day.
    pub opened: u64,
    /// True-match decisions made that day.
    pub true_match: u64,
    /// False-positive decisions made that day.
    pub false_positive: u64,
    /// Escalations made that day.
    pub escalated: u64,
    /// Of the alerts opened that day, those still open (undecided) now.
    pub open: u64,
}

/// The number of days asked for: 1 to [`MAX_STATS_DAYS`].
fn parse_days(v: Option<&str>) -> Result<i64, ApiError> {
    let Some(v) = v.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(30);
    };
    v.parse::<i64>()
        .ok()
        .filter(|d| (1..=MAX_STATS_DAYS).contains(d))
        .ok_or_else(|| {
            ApiError::invalid(format!(
                "days: {v:?} is not a whole number from 1 to {MAX_STATS_DAYS}"
            ))
        })
}

/// Every day from `first` to `last`, zero where the store has no row.
fn fill_days(first: i64, last: i64, volume: &[DailyVolume]) -> Vec<DailyRow> {
    (first..=last)
        .map(|day| {
            let v = volume
                .iter()
                .find(|v| v.day == day)
                .copied()
                .unwrap_or_default();
            DailyRow {
                day: format_millis(day * DAY_MILLIS)[..10].to_string(),
                opened: v.opened,
                true_match: v.true_match,
                false_positive: v.false_positive,
                escalated: v.escalated,
                open: v.open,
            }
        })
        .collect()
}

/// Alerts opened and decisions made per UTC day, oldest day first, today included.
#[utoipa::path(
    get,
    path = "/v1/alerts/stats/daily",
    tag = "alerts",
    params(DailyQuery),
    responses(
        (status = 200, description = "One row per day", body = Vec<DailyRow>),
        (status = 422, description = "Bad days", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn daily_stats(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<DailyQuery>,
) -> Result<Json<Vec<DailyRow>>, ApiError> {
    caller.require(Role::Analyst)?;
    let days = parse_days(q.days.as_deref())?;
    let today = now_millis().div_euclid(DAY_MILLIS);
    let first = today - days + 1;
    let store = state.store.clone();
    let volume = blocking(move || Ok(store.daily_volume(first * DAY_MILLIS)?)).await?;
    Ok(Json(fill_days(first, today, &volume)))
}
