//! The customer base: `PUT` / `DELETE` / `GET /v1/customers/{reference}` and bulk
//! `POST /v1/customers`. Every customer saved is screened on entry against the lists in
//! force, in the same transaction (customers, audit record, alerts).

use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::json::ApiJson;
use crate::monitoring::customers::{self, Saved};
use crate::monitoring::run::{baseline_if_none, RunOptions};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use nomina_store::{Customer, Role};
use serde::{Deserialize, Serialize};

/// A customer as sent: `names` (or one `name`), type, date of birth, country, identifiers.
#[derive(Debug, Clone, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomerBody {
    /// The reference (in a bulk request; the path gives it for `PUT`).
    #[serde(default)]
    pub reference: Option<String>,
    /// One name (added before `names`).
    #[serde(default)]
    pub name: Option<String>,
    /// Names, the main one first.
    #[serde(default)]
    pub names: Vec<String>,
    /// `person`, `organization`, `vessel` or `aircraft`.
    #[serde(rename = "type", default)]
    pub entity_type: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default)]
    pub dob: Option<String>,
    /// Country of nationality, residence or registration.
    #[serde(default)]
    pub country: Option<String>,
    /// Identifiers (passport, registration number…).
    #[serde(default)]
    pub identifiers: Vec<String>,
}

impl CustomerBody {
    /// The customer this body describes, under `reference`.
    pub fn into_customer(self, reference: String) -> Customer {
        Customer {
            reference,
            names: self.name.into_iter().chain(self.names).collect(),
            entity_type: self.entity_type,
            dob: self.dob,
            country: self.country,
            identifiers: self.identifiers,
            updated: 0,
        }
    }
}

/// A bulk request.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct BulkRequest {
    /// Customers, each with its `reference`.
    pub customers: Vec<CustomerBody>,
}

/// A customer that was not saved, and why.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Rejected {
    /// Position in the request.
    pub index: usize,
    /// Its reference, when it had one.
    pub reference: Option<String>,
    /// The field at fault.
    pub field: String,
    /// What is wrong.
    pub error: String,
}

/// What a save did.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct SaveResponse {
    /// Customers added or replaced.
    pub saved: usize,
    /// Hits at or above the alert threshold.
    pub hits: usize,
    /// New alerts opened.
    pub alerts_opened: usize,
    /// The audit record of the screening on entry.
    pub screening_id: String,
    /// Customers refused (nothing of theirs was saved).
    pub rejected: Vec<Rejected>,
}

async fn save(
    state: &AppState,
    caller: &Caller,
    valid: Vec<Customer>,
    rejected: Vec<Rejected>,
) -> Result<SaveResponse, ApiError> {
    let set = super::usable_lists(state)?;
    let store = state.store.clone();
    let opts = RunOptions {
        threshold: state.config.alert_threshold,
        actor: caller.actor(),
        customer_index: Some(state.config.customer_index()),
    };
    let saved = if valid.is_empty() {
        Saved::default()
    } else {
        let result = blocking(move || {
            let saved = customers::save(&*store, &set, &valid, opts.threshold, &opts.actor)?;
            baseline_if_none(&*store, &set, &opts)?;
            Ok(saved)
        })
        .await;
        result?
    };
    Ok(SaveResponse {
        saved: saved.customers,
        hits: saved.hits,
        alerts_opened: saved.alerts_opened,
        screening_id: saved.screening_id,
        rejected,
    })
}

/// Add or replace one customer, screened on entry.
#[utoipa::path(
    put,
    path = "/v1/customers/{reference}",
    tag = "monitoring",
    params(("reference" = String, Path, description = "The customer's reference")),
    request_body = CustomerBody,
    responses(
        (status = 200, description = "Saved and screened", body = SaveResponse),
        (status = 422, description = "A field is invalid (named); nothing was saved", body = ErrorBody),
        (status = 503, description = "Lists or database unavailable; nothing was saved", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn put(
    State(state): State<AppState>,
    caller: Caller,
    Path(reference): Path<String>,
    ApiJson(body): ApiJson<CustomerBody>,
) -> Result<Json<SaveResponse>, ApiError> {
    caller.require(Role::Screen)?;
    if body
        .reference
        .as_ref()
        .is_some_and(|r| r.trim() != reference.trim())
    {
        return Err(ApiError::invalid(
            "reference: differs from the reference in the path",
        ));
    }
    let customer = customers::validate(&body.into_customer(reference))
        .map_err(|e| ApiError::invalid(e.to_string()))?;
    Ok(Json(
        save(&state, &caller, vec![customer], Vec::new()).await?,
    ))
}

/// Add or replace many customers; invalid ones are reported by position and field and the
/// rest are saved.
#[utoipa::path(
    post,
    path = "/v1/customers",
    tag = "monitoring",
    request_body = BulkRequest,
    responses(
        (status = 200, description = "Saved and screened; refused customers listed", body = SaveResponse),
        (status = 413, description = "More customers than --max-batch", body = ErrorBody),
        (status = 503, description = "Lists or database unavailable; nothing was saved", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn bulk(
    State(state): State<AppState>,
    caller: Caller,
    ApiJson(req): ApiJson<BulkRequest>,
) -> Result<Json<SaveResponse>, ApiError> {
    caller.require(Role::Screen)?;
    let max = state.config.limits.max_batch;
    if req.customers.len() > max {
        return Err(ApiError::too_large(format!(
            "customers: {} given; at most {max} per request (--max-batch)",
            req.customers.len()
        )));
    }
    let mut valid: Vec<Customer> = Vec::new();
    let mut rejected = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (index, body) in req.customers.into_iter().enumerate() {
        let reference = body.reference.clone().unwrap_or_default();
        let checked = customers::validate(&body.into_customer(reference.clone()));
        match checked {
            Ok(c) if !seen.insert(c.reference.clone()) => rejected.push(Rejected {
                index,
                reference: Some(c.reference),
                field: "reference".into(),
                error: "given twice in this request".into(),
            }),
            Ok(c) => valid.push(c),
            Err(e) => rejected.push(Rejected {
                index,
                reference: Some(reference).filter(|r| !r.is_empty()),
                field: e.field,
                error: e.message,
            }),
        }
    }
    Ok(Json(save(&state, &caller, valid, rejected).await?))
}

/// One customer.
#[utoipa::path(
    get,
    path = "/v1/customers/{reference}",
    tag = "monitoring",
    params(("reference" = String, Path, description = "The customer's reference")),
    responses((status = 200, description = "The customer", body = Object), (status = 404, description = "No such customer", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn get(
    State(state): State<AppState>,
    caller: Caller,
    Path(reference): Path<String>,
) -> Result<Json<Customer>, ApiError> {
    caller.require(Role::Screen)?;
    let store = state.store.clone();
    let r = reference.clone();
    blocking(move || Ok(store.customer(r.trim())?))
        .await?
        .map(Json)
        .ok_or_else(|| ApiError::not_found(format!("customer {reference:?}")))
}

/// Remove a customer from monitoring (its alerts and their history stay).
#[utoipa::path(
    delete,
    path = "/v1/customers/{reference}",
    tag = "monitoring",
    params(("reference" = String, Path, description = "The customer's reference")),
    responses((status = 200, description = "Removed", body = Object), (status = 404, description = "No such customer", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn delete(
    State(state): State<AppState>,
    caller: Caller,
    Path(reference): Path<String>,
) -> Result<Json<serde_json::Value>, ApiError> {
    caller.require(Role::Screen)?;
    let store = state.store.clone();
    let (r, actor) = (reference.trim().to_string(), caller.actor());
    let result = blocking(move || Ok(store.delete_customer(&r, &actor)?)).await;
    if !result? {
        return Err(ApiError::not_found(format!("customer {reference:?}")));
    }
    Ok(Json(serde_json::json!({ "deleted": reference.trim() })))
}
