//! Alerts and decisions: the analysts' queue.

use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::json::ApiJson;
use crate::state::AppState;
use crate::timefmt::parse_time;
use axum::extract::{Path, Query, State};
use axum::Json;
use nomina_store::{
    Alert, AlertAction, AlertCursor, AlertFilter, AlertSort, AlertStatus, Millis, Role,
};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// Query string of `GET /v1/alerts`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct AlertQuery {
    /// Comma-separated statuses (`open,escalated`); all when absent.
    pub status: Option<String>,
    /// Only this caller reference.
    pub reference: Option<String>,
    /// Only this entity key.
    pub entity: Option<String>,
    /// Only alerts assigned to this key name; `none` for unassigned ones.
    pub assignee: Option<String>,
    /// Only alerts scoring at least this (a number from 0 to 1).
    pub min_score: Option<String>,
    /// Only alerts on this list (`un`, `ofac`, `eu`, `uk`...): the entity key prefix
    /// before `:`.
    pub list: Option<String>,
    /// Only alerts whose listed entity is under this sanctions programme or regime, as the
    /// list names it (`SDGT`, `Al-Qaida`...; an alert's `programmes`).
    pub programme: Option<String>,
    /// Only alerts opened at or after this time (`YYYY-MM-DD`: midnight UTC, or an RFC 3339
    /// UTC date-time).
    pub created_after: Option<String>,
    /// Only alerts opened before this time (`YYYY-MM-DD`: midnight UTC, or an RFC 3339 UTC
    /// date-time).
    pub created_before: Option<String>,
    /// `newest` (default), `oldest`, or `score` (highest first, equal scores newest first).
    pub sort: Option<String>,
    /// Most alerts (default 100, at most 1000).
    pub limit: Option<usize>,
    /// The `next_cursor` of the previous page (with the same `sort`).
    pub cursor: Option<String>,
}

impl AlertQuery {
    /// The store filter (without `limit` and `cursor`); a bad value is a 422 naming its
    /// parameter.
    pub fn filter(&self) -> Result<AlertFilter, ApiError> {
        let some = |v: &Option<String>| v.clone().filter(|s| !s.trim().is_empty());
        Ok(AlertFilter {
            statuses: parse_statuses(self.status.as_deref().unwrap_or(""))?,
            reference: some(&self.reference),
            entity: some(&self.entity),
            assignee: some(&self.assignee).map(|a| if a == "none" { String::new() } else { a }),
            min_score: some(&self.min_score)
                .map(|v| parse_min_score(&v))
                .transpose()?,
            list: some(&self.list).map(|v| parse_list(&v)).transpose()?,
            programme: some(&self.programme)
                .map(|v| parse_programme(&v))
                .transpose()?,
            created_after: some(&self.created_after)
                .map(|v| parse_created("created_after", &v))
                .transpose()?,
            created_before: some(&self.created_before)
                .map(|v| parse_created("created_before", &v))
                .transpose()?,
            sort: some(&self.sort)
                .map(|v| parse_sort(&v))
                .transpose()?
                .unwrap_or_default(),
            cursor: None,
            limit: 0,
        })
    }

    /// Where the page starts, from a cursor made by [`cursor_of`] for the same sort.
    fn cursor(&self, sort: AlertSort) -> Result<Option<AlertCursor>, ApiError> {
        match self.cursor.as_deref().map(str::trim) {
            None | Some("") => Ok(None),
            Some(c) => parse_cursor(sort, c).map(Some).ok_or_else(|| {
                ApiError::invalid(format!(
                    "cursor: {c:?} is not a cursor of sort={} (use next_cursor from the \
                     previous page, with the same sort)",
                    sort.as_str()
                ))
            }),
        }
    }
}

/// The cursor of the page after `alert`: its id (`newest`), `o:ID` (`oldest`) or
/// `s:SCORE:ID` (`score`).
fn cursor_of(sort: AlertSort, alert: &Alert) -> String {
    match sort {
        AlertSort::Newest => alert.id.to_string(),
        AlertSort::Oldest => format!("o:{}", alert.id),
        AlertSort::Score => format!("s:{}:{}", alert.score, alert.id),
    }
}

/// Reads a cursor made by [`cursor_of`] for `sort`.
fn parse_cursor(sort: AlertSort, c: &str) -> Option<AlertCursor> {
    let id_only = |id: &str| {
        id.parse::<i64>()
            .ok()
            .map(|id| AlertCursor { id, score: 0.0 })
    };
    match sort {
        AlertSort::Newest => id_only(c),
        AlertSort::Oldest => id_only(c.strip_prefix("o:")?),
        AlertSort::Score => {
            let (score, id) = c.strip_prefix("s:")?.rsplit_once(':')?;
            let score = score.parse::<f64>().ok().filter(|s| s.is_finite())?;
            Some(AlertCursor {
                id: id.parse().ok()?,
                score,
            })
        }
    }
}

/// A minimum score: a number from 0 to 1.
fn parse_min_score(v: &str) -> Result<f64, ApiError> {
    v.trim()
        .parse::<f64>()
        .ok()
        .filter(|s| (0.0..=1.0).contains(s))
        .ok_or_else(|| ApiError::invalid(format!("min_score: {v:?} is not a number from 0 to 1")))
}

/// A list name: letters, digits, `-` and `_` (the entity key prefix before `:`).
fn parse_list(v: &str) -> Result<String, ApiError> {
    let v = v.trim();
    let ok = v.len() <= 64
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_'));
    if ok {
        Ok(v.to_ascii_lowercase())
    } else {
        Err(ApiError::invalid(format!(
            "list: {v:?} is not a list name (un, ofac, eu, uk...)"
        )))
    }
}

/// Longest programme name accepted, in characters.
const MAX_PROGRAMME_CHARS: usize = 200;

/// A programme name, trimmed: printable text of at most [`MAX_PROGRAMME_CHARS`].
fn parse_programme(v: &str) -> Result<String, ApiError> {
    let v = v.trim();
    if v.chars().count() > MAX_PROGRAMME_CHARS || v.chars().any(char::is_control) {
        return Err(ApiError::invalid(format!(
            "programme: not a programme name (printable text of at most \
             {MAX_PROGRAMME_CHARS} characters, e.g. SDGT)"
        )));
    }
    Ok(v.to_string())
}

/// A time bound of `created_after` / `created_before`.
fn parse_created(field: &str, v: &str) -> Result<Millis, ApiError> {
    parse_time(v).map_err(|e| ApiError::invalid(format!("{field}: {e}")))
}

/// `newest`, `oldest` or `score`.
fn parse_sort(v: &str) -> Result<AlertSort, ApiError> {
    AlertSort::parse(v)
        .ok_or_else(|| ApiError::invalid(format!("sort: {v:?} is not newest, oldest or score")))
}

/// A page of alerts and the counts per status.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AlertList {
    /// Alerts in the order asked (newest first by default), with their decisions.
    #[schema(value_type = Vec<Object>)]
    pub alerts: Vec<Value>,
    /// Alerts per status, over all alerts.
    pub counts: BTreeMap<String, u64>,
    /// Alerts matching the filter, over every page.
    pub total: u64,
    /// Pass as `cursor` for the next (older) page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// An analyst's decision.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct DecisionRequest {
    /// `true_match`, `false_positive` or `escalated`.
    pub status: String,
    /// Why (required for true_match and false_positive).
    #[serde(default)]
    pub comment: String,
}

/// An alert as JSON (timestamps in ms since the epoch and RFC 3339).
pub fn alert_json(a: &Alert) -> Value {
    let mut v = serde_json::to_value(a).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        // The snapshot is for re-open reasons and audits; the UI shows the live entity.
        m.remove("entity_snapshot");
        m.insert(
            "pending_confirmation".into(),
            Value::Bool(a.pending_confirmation()),
        );
    }
    v
}

/// Comma-separated statuses; an unknown one is a 422 naming it.
pub fn parse_statuses(s: &str) -> Result<Vec<AlertStatus>, ApiError> {
    s.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty() && *s != "all")
        .map(|s| {
            AlertStatus::parse(s).ok_or_else(|| {
                ApiError::invalid(format!(
                    "status: unknown status {s:?} (open, escalated, true_match, false_positive)"
                ))
            })
        })
        .collect()
}

/// List alerts.
#[utoipa::path(
    get,
    path = "/v1/alerts",
    tag = "alerts",
    params(AlertQuery),
    responses((status = 200, description = "Alerts", body = AlertList), (status = 403, description = "Needs the analyst role", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<AlertQuery>,
) -> Result<Json<AlertList>, ApiError> {
    caller.require(Role::Analyst)?;
    let limit = q.limit.unwrap_or(100).clamp(1, 1000);
    let mut filter = q.filter()?;
    filter.cursor = q.cursor(filter.sort)?;
    let sort = filter.sort;
    // One more than asked: whether there is a next page.
    filter.limit = limit + 1;
    let store = state.store.clone();
    let (mut alerts, counts, total) = blocking(move || {
        Ok((
            store.alerts(&filter)?,
            store.alert_counts()?,
            store.alert_total(&filter)?,
        ))
    })
    .await?;
    let next_cursor = if alerts.len() > limit {
        alerts.truncate(limit);
        alerts.last().map(|a| cursor_of(sort, a))
    } else {
        None
    };
    Ok(Json(AlertList {
        alerts: alerts.iter().map(alert_json).collect(),
        counts: counts
            .into_iter()
            .map(|(s, n)| (s.as_str().to_string(), n))
            .collect(),
        total,
        next_cursor,
    }))
}

/// A programme of the alerts and how many alerts are under it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProgrammeCount {
    /// The programme or regime, as the list names it.
    pub programme: String,
    /// Alerts (of any status) whose listed entity is under it.
    pub alerts: u64,
}

/// Every programme of the alerts' listed entities with the number of alerts under it, by
/// programme: the values `programme=` can take.
#[utoipa::path(
    get,
    path = "/v1/alerts/programmes",
    tag = "alerts",
    responses(
        (status = 200, description = "Programmes and their alerts", body = Vec<ProgrammeCount>),
        (status = 403, description = "Needs the analyst role", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn programmes(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Vec<ProgrammeCount>>, ApiError> {
    caller.require(Role::Analyst)?;
    let store = state.store.clone();
    let counts = blocking(move || Ok(store.programme_counts()?)).await?;
    Ok(Json(
        counts
            .into_iter()
            .map(|(programme, alerts)| ProgrammeCount { programme, alerts })
            .collect(),
    ))
}

/// One alert with its decisions and its case notes (`notes`, oldest first).
#[utoipa::path(
    get,
    path = "/v1/alerts/{id}",
    tag = "alerts",
    params(("id" = i64, Path, description = "Alert id")),
    responses((status = 200, description = "The alert", body = Object), (status = 404, description = "No such alert", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Analyst)?;
    let store = state.store.clone();
    let (alert, notes) = blocking(move || Ok((store.alert(id)?, store.notes(id)?))).await?;
    let mut body = alert_json(&alert);
    body["notes"] = serde_json::to_value(notes).unwrap_or(Value::Null);
    Ok(Json(body))
}

/// Decide an alert: false positive (suppresses the same hit for the same reference until
/// the listed entity changes), escalated, or true match — which only proposes it: the alert
/// stays queued, pending confirmation by a different analyst (`/confirm`).
#[utoipa::path(
    post,
    path = "/v1/alerts/{id}/decision",
    tag = "alerts",
    params(("id" = i64, Path, description = "Alert id")),
    request_body = DecisionRequest,
    responses(
        (status = 200, description = "The updated alert", body = Object),
        (status = 404, description = "No such alert", body = ErrorBody),
        (status = 422, description = "Unknown status or missing comment", body = ErrorBody),
        (status = 409, description = "A true match proposed on a closed alert", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn decide(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    ApiJson(req): ApiJson<DecisionRequest>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Analyst)?;
    let status = match AlertStatus::parse(&req.status) {
        Some(AlertStatus::Open) | None => {
            return Err(ApiError::invalid(format!(
                "status: {:?} is not a decision (true_match, false_positive, escalated)",
                req.status
            )))
        }
        Some(s) => s,
    };
    if req.comment.len() > 10_000 {
        return Err(ApiError::too_large("comment: longer than 10,000 bytes"));
    }
    let store = state.store.clone();
    let actor = caller.actor();
    let alert = blocking(move || {
        if status == AlertStatus::TrueMatch {
            let propose = AlertAction::ProposeTrueMatch {
                id,
                comment: req.comment,
            };
            store.work_alerts(&propose, &actor)?;
        } else {
            store.decide(id, status, &req.comment, &actor)?;
        }
        Ok(store.alert(id)?)
    })
    .await?;
    Ok(Json(alert_json(&alert)))
}
