//! `POST /v1/screen`: structured name screening, recorded in the audit log with its alerts
//! before it is acknowledged.

use super::{new_screening_id, usable_lists};
use crate::auth::Caller;
use crate::bounded::Deadline;
use crate::error::{ApiError, ErrorBody};
use crate::json::ApiJson;
use crate::lists::{fingerprint_json, ListSet, VersionRef};
use crate::metrics::KindLabels;
use crate::reload::change_reason;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use nomina_match::{Hit, Query};
use nomina_model::{Entity, EntityType, FuzzyDate};
use nomina_store::{AlertInput, AlertOutcome, NewAuditRecord, Role, ScreeningRecord, Store};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::sync::Arc;

/// One party to screen.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
pub struct ScreenQuery {
    /// The name (required).
    pub name: String,
    /// `person`, `organization`, `vessel` or `aircraft`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// Date of birth or incorporation: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dob: Option<String>,
    /// Country of nationality, residence or registration (name, demonym or ISO code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Identifiers (passport, IMO, BIC…); an exact match is decisive.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<String>,
    /// The caller's reference for the party (customer id…): alerts are kept per reference
    /// and entity, and a false-positive decision suppresses the same hit for that reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// A screening request: one or many queries.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
pub struct ScreenRequest {
    /// The parties to screen.
    pub queries: Vec<ScreenQuery>,
    /// Lowest score returned (default 0.80). Alerts open at the service's alert threshold
    /// whatever this is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    /// Most hits per query (default 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    /// Screen against the lists as they stood on this day (`YYYY-MM-DD`): the stored
    /// versions in force then, and only the parties listed by then. A look-back: recorded
    /// in the audit log with the versions used, and it opens no alerts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
}

/// The answer to a screening request.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ScreenResponse {
    /// Id of this screening in the audit log.
    pub screening_id: String,
    /// The list versions screened against.
    pub lists: Vec<VersionRef>,
    /// With `as_of`: the day, and per list the version used and the parties left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<Object>)]
    pub as_of: Option<nomina_registry::as_of::AsOfReport>,
    /// One result per query, in request order.
    pub results: Vec<ScreenResult>,
}

/// The hits for one query.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ScreenResult {
    /// The query as received.
    pub query: ScreenQuery,
    /// The name as the matcher compared it (folded).
    pub normalised: String,
    /// Hits, best first: `entity`, `name`, `type`, `score`, `explanation`, and `alert`
    /// (`opened`, `already_open` or `suppressed`) for hits at or above the alert threshold.
    #[schema(value_type = Vec<Object>)]
    pub hits: Vec<Value>,
    /// How the name hides what it says, when it does (`invisible characters`, `direction
    /// override`, `look-alike letters`): screening reads through them, and their use is
    /// itself a red flag ("obfuscation suspected"). Also in the audit record.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub obfuscation: Vec<&'static str>,
    /// Hits scoring at least `min_score` that `limit` left out (counted up to the service's
    /// `--max-limit`): a caller asking for fewer hits is told there were more. Hits at or
    /// above the alert threshold are never left out.
    pub hidden: usize,
}

/// A validated query, ready to screen.
pub struct Prepared {
    /// The matcher's query.
    pub query: Query,
    /// The caller's reference.
    pub reference: Option<String>,
}

/// Checks one query; errors name the field (`queries[2].dob`).
pub fn prepare(i: usize, q: &ScreenQuery, max_name: usize) -> Result<Prepared, ApiError> {
    let field = |f: &str| format!("queries[{i}].{f}");
    let entity_type = match q.entity_type.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(t) => Some(EntityType::parse(t).ok_or_else(|| {
            ApiError::invalid(format!(
                "{}: unknown type {t:?} (person, organization, vessel, aircraft)",
                field("type")
            ))
        })?),
    };
    let dob = match q.dob.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => Some(
            d.parse::<FuzzyDate>()
                .map_err(|e| ApiError::invalid(format!("{}: {e}", field("dob"))))?,
        ),
    };
    if q.name.chars().count() > max_name {
        return Err(ApiError::too_large(format!(
            "{}: the name is longer than {max_name} characters (scan documents with /v1/scan)",
            field("name")
        )));
    }
    if let Some(r) = &q.reference {
        if r.contains('\0') {
            return Err(crate::json::nul_in(&field("reference")));
        }
        if r.len() > 200 {
            return Err(ApiError::invalid(format!(
                "{}: longer than 200 bytes",
                field("reference")
            )));
        }
    }
    if q.identifiers.len() > 50 {
        return Err(ApiError::invalid(format!(
            "{}: more than 50",
            field("identifiers")
        )));
    }
    let query = Query {
        name: q.name.clone(),
        entity_type,
        dob,
        country: q.country.clone().filter(|c| !c.trim().is_empty()),
        identifiers: q.identifiers.clone(),
    };
    query.validate().map_err(|e| match e {
        // These messages start with their own field (`country: …`, `identifiers[2]: …`).
        nomina_match::QueryError::BadField { .. }
        | nomina_match::QueryError::TooManyIdentifiers(_) => {
            ApiError::invalid(format!("queries[{i}].{e}"))
        }
        _ => ApiError::invalid(format!("{}: {e}", field("name"))),
    })?;
    Ok(Prepared {
        query,
        reference: q.reference.clone().filter(|r| !r.trim().is_empty()),
    })
}

/// Screen one or many parties.
#[utoipa::path(
    post,
    path = "/v1/screen",
    tag = "screening",
    request_body = ScreenRequest,
    responses(
        (status = 200, description = "Hits per query, recorded in the audit log", body = ScreenResponse),
        (status = 401, description = "Missing or invalid API key", body = ErrorBody),
        (status = 413, description = "Too many queries or a name too long", body = ErrorBody),
        (status = 422, description = "A field is invalid (the message names it)", body = ErrorBody),
        (status = 503, description = "Lists unusable or the audit log unavailable: nothing was screened", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn screen(
    State(state): State<AppState>,
    caller: Caller,
    deadline: Deadline,
    ApiJson(req): ApiJson<ScreenRequest>,
) -> Result<Json<ScreenResponse>, ApiError> {
    Ok(Json(
        run_screening(&state, &caller, &deadline, req, "screen").await?,
    ))
}

/// Validates, screens, records (audit + alerts) and answers a screening request; shared by
/// `/v1/screen` and the yente and watchman compatible endpoints, so every way in is
/// audited and raises alerts alike. `kind` names the way in, in the audit log. The work
/// stops, answering 503, once `deadline` passes or the client leaves.
pub async fn run_screening(
    state: &AppState,
    caller: &Caller,
    deadline: &Deadline,
    req: ScreenRequest,
    kind: &'static str,
) -> Result<ScreenResponse, ApiError> {
    caller.require(Role::Screen)?;
    let limits = &state.config.limits;
    if req.queries.is_empty() {
        return Err(ApiError::invalid("queries: at least one query is required"));
    }
    if req.queries.len() > limits.max_batch {
        return Err(ApiError::too_large(format!(
            "queries: {} queries in one request; the limit is {} (--max-batch)",
            req.queries.len(),
            limits.max_batch
        )));
    }
    let min_score = check_score("min_score", req.min_score, state.config.default_min_score)?;
    let limit = req.limit.unwrap_or(10).clamp(1, limits.max_limit);
    let max_limit = limits.max_limit;
    let prepared = req
        .queries
        .iter()
        .enumerate()
        .map(|(i, q)| prepare(i, q, nomina_match::MAX_NAME_CHARS))
        .collect::<Result<Vec<_>, _>>()?;
    let set = usable_lists(state)?;
    let (set, as_of) = match &req.as_of {
        Some(text) => {
            let day = nomina_registry::as_of::parse_day(text)
                .map_err(|e| ApiError::invalid(format!("as_of: {e}")))?;
            let (set, report) = crate::as_of::set_as_of(state, &set, day).await?;
            (set, Some(report))
        }
        None => (set, None),
    };
    let threshold = state.config.alert_threshold;
    // A look-back answers what the lists said then; alerts are about today's lists.
    let opens_alerts = as_of.is_none();
    let store = state.store.clone();
    let actor = caller.actor();
    let deadline = deadline.clone();
    let write_error = state.0.clone();
    let max_response = state.config.limits.max_response_bytes as u64;
    let response = crate::bounded::screening_work(state, move || {
        let mut all_hits = Vec::with_capacity(prepared.len());
        let mut hidden = Vec::with_capacity(prepared.len());
        for p in &prepared {
            deadline.check()?;
            let hits = hits_with_every_alert(&set.matcher, &p.query, min_score, threshold, limit)
                .map_err(|e| ApiError::invalid(e.to_string()))?;
            hidden.push(
                hidden_hits(&set.matcher, &p.query, min_score, &hits, limit, max_limit)
                    .map_err(|e| ApiError::invalid(e.to_string()))?,
            );
            all_hits.push(hits);
        }
        let id = new_screening_id();
        let mut inputs = Vec::new();
        let mut owners = Vec::new();
        for (qi, (p, hits)) in prepared.iter().zip(&all_hits).enumerate() {
            for (hi, hit) in hits.iter().enumerate() {
                if opens_alerts && hit.score >= threshold {
                    inputs.push(alert_input(&*store, &set, p.reference.as_deref(), &p.query.name, hit)?);
                    owners.push((qi, hi));
                }
            }
        }
        let normalised: Vec<String> = prepared.iter().map(|p| nomina_text::fold(&p.query.name)).collect();
        let versions = set.versions();
        let audit_results: Vec<Value> = all_hits
            .iter()
            .map(|hits| {
                json!({ "hits": hits.iter().map(|h| json!({
                    "entity": h.entity, "name": h.name, "score": h.score,
                    "matched_name": h.explanation.matched_name,
                    "name_score": h.explanation.name_score,
                })).collect::<Vec<_>>() })
            })
            .collect();
        let payload = json!({
            "via": kind,
            "request": req,
            "normalised": normalised,
            "lists": versions,
            "as_of": as_of,
            "min_score": min_score,
            "alert_threshold": threshold,
            "results": audit_results,
            "obfuscation": prepared.iter().map(|p| nomina_text::disguises(&p.query.name)).collect::<Vec<_>>(),
        });
        // The answer, less its alerts' outcomes (known once recorded), is built first: an
        // answer over --max-response-bytes is refused before anything is recorded.
        let mut alerted: Vec<Vec<bool>> = all_hits.iter().map(|h| vec![false; h.len()]).collect();
        for &(qi, hi) in &owners {
            alerted[qi][hi] = true;
        }
        // Per query, the position in the answer of each hit shown.
        let mut shown_at: Vec<Vec<usize>> = Vec::with_capacity(all_hits.len());
        let results: Vec<ScreenResult> = req
            .queries
            .into_iter()
            .zip(&all_hits)
            .zip(normalised)
            .enumerate()
            .map(|(qi, ((query, hits), normalised))| {
                let mut at = vec![usize::MAX; hits.len()];
                let mut shown = Vec::new();
                for (hi, h) in hits.iter().enumerate() {
                    // A hit that raised an alert is always shown, whatever `min_score`:
                    // a caller cannot hide what compliance policy flags.
                    if h.score >= min_score || alerted[qi][hi] {
                        at[hi] = shown.len();
                        let mut v = hit_json(h, None);
                        if let (Some(p), Value::Object(m)) = (set.party_json(&h.entity), &mut v) {
                            m.insert("party".into(), p);
                        }
                        shown.push(v);
                    }
                }
                shown_at.push(at);
                ScreenResult {
                    obfuscation: nomina_text::disguises(&prepared[qi].query.name),
                    hidden: hidden[qi],
                    query,
                    normalised,
                    hits: shown,
                }
            })
            .collect();
        let mut response = ScreenResponse {
            screening_id: id.clone(),
            lists: versions,
            as_of,
            results,
        };
        let size = crate::bounded::json_size(&response)
            + (crate::bounded::ALERT_JSON_BOUND * owners.len()) as u64;
        if size > max_response {
            return Err(crate::bounded::response_too_large(size, max_response));
        }
        let record = ScreeningRecord {
            id: id.clone(),
            audit: NewAuditRecord {
                kind: "screen".into(),
                actor,
                subject: Some(id.clone()),
                payload: payload.to_string(),
            },
            alerts: inputs,
        };
        deadline.check()?;
        let outcomes = note_write(&write_error, store.record_screening(&record)).map_err(|e| {
            ApiError::unavailable(format!(
                "the screening could not be recorded in the audit log, so it is not acknowledged: {e}"
            ))
        })?;
        for ((qi, hi), o) in owners.into_iter().zip(outcomes) {
            if let Value::Object(m) = &mut response.results[qi].hits[shown_at[qi][hi]] {
                m.insert("alert".into(), serde_json::to_value(o).unwrap_or(Value::Null));
            }
        }
        Ok(response)
    })
    .await?;
    state
        .metrics
        .screenings
        .get_or_create(&KindLabels { kind: kind.into() })
        .inc();
    Ok(response)
}

/// The hits of one query: the best `limit` scoring at least `min_score`, and — whatever
/// `limit` and `min_score` say — every hit at or above the alert threshold. Alerting must
/// not depend on how many hits a caller wants shown: a request with `"limit": 1` still
/// raises an alert for the second listed party above the threshold. Best first.
pub fn hits_with_every_alert(
    matcher: &nomina_match::Matcher,
    query: &nomina_match::Query,
    min_score: f64,
    threshold: f64,
    limit: usize,
) -> Result<Vec<nomina_match::Hit>, nomina_match::QueryError> {
    let mut hits = matcher.screen(query, min_score.min(threshold), limit)?;
    if hits.len() == limit {
        // Hits past the limit may still be above the threshold: fetch them all (scores at
        // or above the threshold are few; explanations are built only for those).
        for h in matcher.screen(query, threshold, usize::MAX)? {
            if !hits.iter().any(|x| x.entity == h.entity) {
                hits.push(h);
            }
        }
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| a.entity.cmp(&b.entity))
        });
    }
    Ok(hits)
}

/// How many hits scoring at least `min_score` the caller's `limit` left out of `shown`
/// (the answer of [`hits_with_every_alert`]), counted up to `cap` hits in all: zero unless
/// the limit was reached.
pub fn hidden_hits(
    matcher: &nomina_match::Matcher,
    query: &nomina_match::Query,
    min_score: f64,
    shown: &[nomina_match::Hit],
    limit: usize,
    cap: usize,
) -> Result<usize, nomina_match::QueryError> {
    let shown_above = shown.iter().filter(|h| h.score >= min_score).count();
    if shown_above < limit {
        return Ok(0);
    }
    let all = matcher.screen(query, min_score, cap.max(limit))?;
    Ok(all.len().saturating_sub(shown_above))
}

/// Notes the outcome of a write to the store for `/readyz`: a failure (disk full, database
/// gone) makes the service not ready until a later write succeeds.
pub fn note_write<T, E: std::fmt::Display>(
    state: &crate::state::Inner,
    result: Result<T, E>,
) -> Result<T, E> {
    if let Ok(mut last) = state.write_error.lock() {
        *last = result.as_ref().err().map(|e| e.to_string());
    }
    result
}

/// A score parameter in [0, 1], or the default.
pub fn check_score(field: &str, v: Option<f64>, default: f64) -> Result<f64, ApiError> {
    match v {
        None => Ok(default),
        Some(s) if (0.0..=1.0).contains(&s) => Ok(s),
        Some(s) => Err(ApiError::invalid(format!(
            "{field}: must be between 0 and 1, not {s}"
        ))),
    }
}

/// A hit as JSON, with what became of its alert.
pub fn hit_json(h: &Hit, alert: Option<AlertOutcome>) -> Value {
    let mut v = serde_json::to_value(h).unwrap_or(Value::Null);
    if let (Some(o), Value::Object(m)) = (alert, &mut v) {
        m.insert(
            "alert".into(),
            serde_json::to_value(o).unwrap_or(Value::Null),
        );
    }
    v
}

/// The alert a hit above the threshold should raise: suppressed while a false-positive
/// decision on the same reference and an unchanged entity holds, re-opened with the reason
/// when the entity changed since.
pub fn alert_input(
    store: &dyn Store,
    set: &Arc<ListSet>,
    reference: Option<&str>,
    query: &str,
    hit: &Hit,
) -> Result<AlertInput, ApiError> {
    entity_alert(
        store,
        set,
        reference,
        query,
        &hit.entity,
        &hit.name,
        hit.score,
    )
}

/// [`alert_input`] for any (entity, score) pair, shared with text scanning.
pub fn entity_alert(
    store: &dyn Store,
    set: &Arc<ListSet>,
    reference: Option<&str>,
    query: &str,
    entity_key: &str,
    entity_name: &str,
    score: f64,
) -> Result<AlertInput, ApiError> {
    let entity: Option<&Entity> = set.entity(entity_key).map(|(e, _)| e);
    let snapshot = entity
        .map(|e| serde_json::to_string(e).unwrap_or_default())
        .unwrap_or_default();
    let fingerprint = if entity.is_some() {
        fingerprint_json(&snapshot)
    } else {
        String::new()
    };
    let mut suppressed_by = None;
    let mut reason = None;
    if let Some(r) = reference {
        if let Some(sup) = store.suppression(r, entity_key).map_err(|e| {
            ApiError::unavailable(format!(
                "cannot check earlier decisions, nothing was screened: {e}"
            ))
        })? {
            if sup.entity_fingerprint == fingerprint {
                suppressed_by = Some(sup.decision_id);
            } else if let Some(e) = entity {
                let old: Option<Entity> = serde_json::from_str(&sup.entity_snapshot).ok();
                reason = Some(change_reason(old.as_ref(), e, sup.decision_id));
            }
        }
    }
    Ok(AlertInput {
        reference: reference.map(str::to_string),
        query: query.to_string(),
        entity: entity_key.to_string(),
        entity_name: entity_name.to_string(),
        score,
        entity_fingerprint: fingerprint,
        entity_snapshot: snapshot,
        reason,
        suppressed_by,
    })
}
