//! `POST /v1/scan`: listed parties in a document or payment message, with character spans
//! and payment fields, recorded in the audit log with its alerts.

use super::screen::{check_score, entity_alert};
use super::{new_screening_id, usable_lists};
use crate::auth::Caller;
use crate::error::{ApiError, ErrorBody};
use crate::json::ApiJson;
use crate::lists::VersionRef;
use crate::metrics::KindLabels;
use crate::state::AppState;
use axum::extract::State;
use axum::Json;
use nomina_scan::{Format, ScanError, ScanOptions};
use nomina_store::{NewAuditRecord, Role, ScreeningRecord};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// A document to scan.
#[derive(Debug, Clone, Deserialize, Serialize, utoipa::ToSchema)]
pub struct ScanRequest {
    /// The document: running text, a SWIFT MT103 or an ISO 20022 pacs.008 message.
    pub text: String,
    /// `text`, `mt103` or `pacs008`; detected when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub format: Option<String>,
    /// Lowest score reported (default 0.80).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_score: Option<f64>,
    /// The caller's reference for the document or payment (alerts are kept per reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
}

/// The mentions found.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ScanResponse {
    /// Id of this scan in the audit log.
    pub screening_id: String,
    /// The list versions scanned against.
    pub lists: Vec<VersionRef>,
    /// The format the document was read as.
    pub format: String,
    /// Mentions in document order: `start`/`end` in characters (Unicode code points),
    /// `byte_start`/`byte_end` in bytes of UTF-8, `text`, `entity`, `name`, `type`,
    /// `score`, `how`, `field` (payments), `transaction` (a batch's, from 0), `note`,
    /// `explanation`, and `alert` on the first mention of each entity at or above the
    /// alert threshold.
    #[schema(value_type = Vec<Object>)]
    pub mentions: Vec<MentionOut>,
    /// Problems that did not stop the scan.
    pub warnings: Vec<String>,
}

/// One mention as the service answers it: the scanner's mention, the party of its listing
/// when other lists list it too, and the alert it opened. Serialised as it is written out,
/// so a document with tens of thousands of mentions is never held as a JSON tree.
#[derive(Debug, Serialize)]
pub struct MentionOut {
    #[serde(flatten)]
    mention: nomina_scan::Mention,
    #[serde(skip_serializing_if = "Option::is_none")]
    party: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    alert: Option<Value>,
}

/// Scan a document or payment message.
#[utoipa::path(
    post,
    path = "/v1/scan",
    tag = "screening",
    request_body = ScanRequest,
    responses(
        (status = 200, description = "Mentions with spans, recorded in the audit log", body = ScanResponse),
        (status = 401, description = "Missing or invalid API key", body = ErrorBody),
        (status = 413, description = "Document larger than the limit", body = ErrorBody),
        (status = 422, description = "Malformed payment message or invalid field", body = ErrorBody),
        (status = 503, description = "Lists unusable, audit log unavailable, or an answer over --max-response-bytes: nothing was recorded", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn scan(
    State(state): State<AppState>,
    caller: Caller,
    deadline: crate::bounded::Deadline,
    ApiJson(req): ApiJson<ScanRequest>,
) -> Result<Json<ScanResponse>, ApiError> {
    caller.require(Role::Screen)?;
    let max = state.config.limits.max_document_bytes;
    if req.text.len() > max {
        return Err(ApiError::too_large(format!(
            "text: the document is {} bytes; the limit is {max} (--max-document-bytes); split it and scan the parts",
            req.text.len()
        )));
    }
    let format = match req.format.as_deref().map(str::trim) {
        None | Some("") | Some("auto") => None,
        Some(f) => Some(Format::parse(f).ok_or_else(|| {
            ApiError::invalid(format!(
                "format: unknown format {f:?} (text, mt103, pacs008)"
            ))
        })?),
    };
    let min_score = check_score("min_score", req.min_score, nomina_scan::DEFAULT_MIN_SCORE)?;
    let set = usable_lists(&state)?;
    let threshold = state.config.alert_threshold;
    let store = state.store.clone();
    let actor = caller.actor();
    let inner = state.0.clone();
    let max_response = state.config.limits.max_response_bytes as u64;
    let response = crate::bounded::screening_work(&state, move || {
        deadline.check()?;
        let opts = ScanOptions {
            min_score: min_score.min(threshold),
            format,
        };
        let report = set.scanner.scan_text(&req.text, &opts).map_err(|e| match e {
            ScanError::TooLarge { .. } => ApiError::too_large(format!("text: {e}")),
            _ => ApiError::invalid(format!("text: {e}")),
        })?;
        let id = new_screening_id();
        // One alert per entity: its best mention.
        let mut best: BTreeMap<&str, usize> = BTreeMap::new();
        for (i, m) in report.mentions.iter().enumerate() {
            if m.score >= threshold {
                let e = best.entry(m.entity.as_str()).or_insert(i);
                if report.mentions[*e].score < m.score {
                    *e = i;
                }
            }
        }
        let owners: Vec<usize> = best.values().copied().collect();
        let alerted: std::collections::BTreeSet<usize> = owners.iter().copied().collect();
        // The answer, less its alerts' outcomes (known once recorded), is built and measured
        // first, mention by mention: an answer over --max-response-bytes is refused as soon
        // as it is known to be, before the audit record and the alerts are built and before
        // anything is recorded, so that a caller who gets no answer leaves no recorded scan
        // and no open alerts behind, and a document of 80,000 mentions costs no more memory
        // than the limit allows.
        let versions = set.versions();
        let mut response = ScanResponse {
            screening_id: id.clone(),
            lists: versions.clone(),
            format: report.format.as_str().to_string(),
            mentions: Vec::new(),
            warnings: report.warnings.clone(),
        };
        let mut size = crate::bounded::json_size(&response)
            + (crate::bounded::ALERT_JSON_BOUND * owners.len()) as u64;
        let mut position = vec![usize::MAX; report.mentions.len()];
        for (i, mention) in report.mentions.iter().enumerate() {
            if mention.score >= min_score || alerted.contains(&i) {
                let out = MentionOut {
                    party: set.party_json(&mention.entity),
                    mention: mention.clone(),
                    alert: None,
                };
                // Every mention after the first adds its comma.
                size += crate::bounded::json_size(&out) + u64::from(!response.mentions.is_empty());
                if size > max_response {
                    return Err(crate::bounded::response_too_large(size, max_response));
                }
                position[i] = response.mentions.len();
                response.mentions.push(out);
            }
        }
        debug_assert_eq!(
            size,
            crate::bounded::json_size(&response)
                + (crate::bounded::ALERT_JSON_BOUND * owners.len()) as u64
        );
        let reference = req.reference.as_deref().filter(|r| !r.trim().is_empty());
        let mut inputs = Vec::new();
        for &i in &owners {
            let m = &report.mentions[i];
            inputs.push(entity_alert(&*store, &set, reference, &m.text, &m.entity, &m.name, m.score)?);
        }
        let audit_mentions: Vec<Value> = report
            .mentions
            .iter()
            .map(|m| {
                let mut v = json!({"start": m.start, "end": m.end, "text": m.text, "entity": m.entity, "score": m.score, "field": m.field});
                if let Some(t) = m.transaction {
                    v["transaction"] = json!(t);
                }
                v
            })
            .collect();
        let payload = json!({
            "request": {"text": req.text, "format": req.format, "min_score": min_score, "reference": req.reference},
            "format": report.format.as_str(),
            "lists": versions,
            "alert_threshold": threshold,
            "mentions": audit_mentions,
        });
        drop(report);
        // The scanner's own work budget bounds a scan; past the deadline its result is not
        // recorded or sent (the client has had its 503).
        deadline.check()?;
        let recorded = store.record_screening(&ScreeningRecord {
                id: id.clone(),
                audit: NewAuditRecord {
                    kind: "scan".into(),
                    actor,
                    subject: Some(id.clone()),
                    payload: payload.to_string(),
                },
                alerts: inputs,
            });
        let outcomes = crate::api::screen::note_write(&inner, recorded).map_err(|e| {
                ApiError::unavailable(format!(
                    "the scan could not be recorded in the audit log, so it is not acknowledged: {e}"
                ))
            })?;
        for (i, o) in owners.into_iter().zip(outcomes) {
            response.mentions[position[i]].alert =
                Some(serde_json::to_value(o).unwrap_or(Value::Null));
        }
        Ok(response)
    })
    .await?;
    state
        .metrics
        .screenings
        .get_or_create(&KindLabels {
            kind: "scan".into(),
        })
        .inc();
    Ok(Json(response))
}
