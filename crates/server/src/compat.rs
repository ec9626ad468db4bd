//! Endpoints shaped like the peers' APIs, so their existing clients work against nomina
//! unchanged: OpenSanctions yente's `POST /match/{dataset}` and moov-io watchman's
//! `GET /v2/search`. Both go through the same screening, audit and alerts as `/v1/screen`.
//! docs/service.md lists the fields each one supports.

use crate::api::screen::{run_screening, ScreenQuery, ScreenRequest};
use crate::auth::Caller;
use crate::error::{ApiError, ErrorBody};
use crate::json::ApiJson;
use crate::state::AppState;
use axum::extract::{Path, Query, State};
use axum::Json;
use nomina_model::{Entity, EntityType, NameKind};
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap};

/// yente's `threshold` default: results at or above it have `"match": true`.
const YENTE_THRESHOLD: f64 = 0.7;

/// A yente match request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct YenteRequest {
    /// Query id → entity example.
    #[schema(value_type = Object)]
    pub queries: BTreeMap<String, YenteQuery>,
}

/// A yente entity example.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct YenteQuery {
    /// FollowTheMoney schema: `Person`, `Organization`, `Company`, `LegalEntity`, `Vessel`,
    /// `Airplane`, `Thing`.
    #[serde(default)]
    pub schema: String,
    /// FollowTheMoney properties, each a list of strings.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub properties: HashMap<String, Vec<String>>,
}

/// yente's query string.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct YenteParams {
    /// Most results per query (default 5).
    pub limit: Option<usize>,
    /// Score at which `match` is true (default 0.7).
    pub threshold: Option<f64>,
    /// Lowest score returned (default 0.5).
    pub cutoff: Option<f64>,
}

fn ftm_type(schema: &str) -> Result<Option<&'static str>, ApiError> {
    Ok(match schema {
        "Person" => Some("person"),
        "Organization" | "Company" | "PublicBody" => Some("organization"),
        "Vessel" => Some("vessel"),
        "Airplane" => Some("aircraft"),
        "" | "LegalEntity" | "Thing" => None,
        other => {
            return Err(ApiError::bad_request(format!(
                "schema: {other:?} is not supported (Person, Organization, Company, LegalEntity, Vessel, Airplane)"
            )))
        }
    })
}

/// The source a yente dataset name restricts to, if any.
fn dataset_source(dataset: &str) -> Result<Option<&'static str>, ApiError> {
    match dataset {
        "default" | "sanctions" | "all" | "nomina" => Ok(None),
        "un" | "un_sc_sanctions" => Ok(Some("un")),
        "ofac" | "us_ofac_sdn" => Ok(Some("ofac")),
        "eu" | "eu_fsf" => Ok(Some("eu")),
        "uk" | "gb_hmt_sanctions" | "gb_fcdo_sanctions" => Ok(Some("uk")),
        other => Err(ApiError::not_found(format!(
            "dataset {other:?} not found (default, sanctions, un, ofac, eu, uk)"
        ))),
    }
}

/// yente-compatible matching.
#[utoipa::path(
    post,
    path = "/match/{dataset}",
    tag = "compatibility",
    params(("dataset" = String, Path, description = "`default`, `sanctions`, or one source: `un`, `ofac`, `eu`, `uk`"), YenteParams),
    request_body = YenteRequest,
    responses((status = 200, description = "yente's response shape", body = Object), (status = 404, description = "Unknown dataset", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn yente_match(
    State(state): State<AppState>,
    caller: Caller,
    deadline: crate::bounded::Deadline,
    Path(dataset): Path<String>,
    Query(params): Query<YenteParams>,
    ApiJson(req): ApiJson<YenteRequest>,
) -> Result<Json<Value>, ApiError> {
    let only = dataset_source(&dataset)?;
    let limit = params
        .limit
        .unwrap_or(5)
        .clamp(1, state.config.limits.max_limit);
    let threshold = params.threshold.unwrap_or(YENTE_THRESHOLD);
    let cutoff = params.cutoff.unwrap_or(0.5);
    // One nomina query per (yente query, name).
    let mut queries = Vec::new();
    let mut owner = Vec::new();
    for (id, q) in &req.queries {
        let t = ftm_type(&q.schema)?;
        let prop = |k: &str| q.properties.get(k).cloned().unwrap_or_default();
        let names = prop("name");
        if names.is_empty() {
            return Err(ApiError::invalid(format!(
                "queries.{id}.properties.name: at least one name is required"
            )));
        }
        let mut ids = prop("idNumber");
        for k in [
            "passportNumber",
            "registrationNumber",
            "imoNumber",
            "taxNumber",
            "swiftBic",
            "innCode",
        ] {
            ids.extend(prop(k));
        }
        let country = prop("nationality")
            .into_iter()
            .chain(prop("country"))
            .chain(prop("citizenship"))
            .chain(prop("jurisdiction"))
            .next();
        let dob = prop("birthDate")
            .into_iter()
            .chain(prop("incorporationDate"))
            .next();
        for name in names {
            queries.push(ScreenQuery {
                name,
                entity_type: t.map(str::to_string),
                dob: dob.clone(),
                country: country.clone(),
                identifiers: ids.clone(),
                reference: None,
            });
            owner.push(id.clone());
        }
    }
    let screened = run_screening(
        &state,
        &caller,
        &deadline,
        ScreenRequest {
            queries,
            min_score: Some(cutoff),
            limit: Some(if only.is_some() {
                state.config.limits.max_limit
            } else {
                limit
            }),
        },
        "yente",
    )
    .await?;
    let set = state.lists.load_full().set.clone();
    // Best score per entity per yente query.
    let mut best: BTreeMap<String, BTreeMap<String, (f64, Value)>> = BTreeMap::new();
    for (id, result) in owner.iter().zip(&screened.results) {
        let per = best.entry(id.clone()).or_default();
        for h in &result.hits {
            let (Some(key), Some(score)) = (h["entity"].as_str(), h["score"].as_f64()) else {
                continue;
            };
            if only.is_some_and(|src| !key.starts_with(&format!("{src}:"))) {
                continue;
            }
            if per.get(key).is_none_or(|(s, _)| *s < score) {
                per.insert(key.to_string(), (score, h.clone()));
            }
        }
    }
    let mut responses = Map::new();
    for (id, q) in &req.queries {
        let mut hits: Vec<(f64, String, Value)> = best
            .remove(id)
            .unwrap_or_default()
            .into_iter()
            .map(|(k, (s, h))| (s, k, h))
            .collect();
        hits.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        // yente's contract: nothing under `cutoff`, at most `limit`. Alerts were raised for
        // every hit above the threshold whatever is shown here.
        hits.retain(|h| h.0 >= cutoff);
        hits.truncate(limit);
        let results: Vec<Value> = hits
            .into_iter()
            .map(|(score, key, h)| {
                let entity = set.as_ref().and_then(|s| s.entity(&key)).map(|(e, _)| e);
                let mut r = match entity {
                    Some(e) => ftm_entity(e),
                    None => json!({ "id": key, "caption": h["name"] }),
                };
                r["score"] = json!(score);
                r["match"] = json!(score >= threshold);
                r["features"] = json!({ "nomina": score });
                r["explanation"] = h["explanation"].clone();
                if let Some(a) = h.get("alert") {
                    r["alert"] = a.clone();
                }
                r
            })
            .collect();
        let total = results.len();
        responses.insert(
            id.clone(),
            json!({
                "status": 200,
                "results": results,
                "total": { "value": total, "relation": "eq" },
                "query": { "schema": q.schema, "properties": q.properties },
            }),
        );
    }
    Ok(Json(json!({
        "responses": responses,
        "matcher": { "name": "nomina", "version": env!("CARGO_PKG_VERSION"), "threshold": threshold, "cutoff": cutoff },
        "limit": limit,
        "screening_id": screened.screening_id,
        "lists": screened.lists,
    })))
}

/// An entity in FollowTheMoney's shape (`id`, `caption`, `schema`, `properties`).
pub fn ftm_entity(e: &Entity) -> Value {
    let schema = match e.entity_type {
        EntityType::Person => "Person",
        EntityType::Organization => "Organization",
        EntityType::Vessel => "Vessel",
        EntityType::Aircraft => "Airplane",
    };
    let mut props: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for n in &e.names {
        let k = match n.kind {
            NameKind::Primary => "name",
            NameKind::WeakAlias => "weakAlias",
            NameKind::FormerName => "previousName",
            _ => "alias",
        };
        props.entry(k).or_default().push(n.full.clone());
    }
    for d in &e.birth_dates {
        let v = d
            .from
            .map(|f| f.to_string())
            .unwrap_or_else(|| d.raw.clone());
        props.entry("birthDate").or_default().push(v);
    }
    for c in e.nationalities.iter().chain(&e.citizenships) {
        let v = c
            .code
            .as_ref()
            .map(|c| c.to_ascii_lowercase())
            .unwrap_or_else(|| c.raw.clone());
        props.entry("nationality").or_default().push(v);
    }
    for i in &e.identifiers {
        props.entry("idNumber").or_default().push(i.value.clone());
    }
    for p in &e.programmes {
        props.entry("program").or_default().push(p.clone());
    }
    props.entry("topics").or_default().push("sanction".into());
    json!({
        "id": e.key,
        "caption": e.primary_name(),
        "schema": schema,
        "properties": props,
        "datasets": [e.source.to_string()],
        "referents": [],
        "target": true,
    })
}

/// watchman's `/v2/search` query string (the fields nomina uses).
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(rename_all = "camelCase")]
pub struct WatchmanParams {
    /// Name to search.
    pub name: Option<String>,
    /// `person`, `business`, `organization`, `aircraft`, `vessel`.
    #[serde(rename = "type")]
    pub entity_type: Option<String>,
    /// Source list (`us_ofac`, `un`, `ofac`, `eu`, `uk`…).
    pub source: Option<String>,
    /// Most results (default 10, max 100).
    pub limit: Option<usize>,
    /// Lowest match returned (default 0.5).
    pub min_match: Option<f64>,
    /// Birth date.
    pub birth_date: Option<String>,
    /// Vessel IMO number (an identifier).
    pub imo_number: Option<String>,
    /// Caller's request id, echoed back.
    #[serde(rename = "requestID")]
    pub request_id: Option<String>,
}

/// watchman-compatible search.
#[utoipa::path(
    get,
    path = "/v2/search",
    tag = "compatibility",
    params(WatchmanParams),
    responses((status = 200, description = "watchman's response shape", body = Object), (status = 400, description = "No name", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn watchman_search(
    State(state): State<AppState>,
    caller: Caller,
    deadline: crate::bounded::Deadline,
    Query(p): Query<WatchmanParams>,
) -> Result<Json<Value>, ApiError> {
    let name = p
        .name
        .clone()
        .filter(|n| !n.trim().is_empty())
        .ok_or_else(|| ApiError::bad_request("name: required"))?;
    let entity_type = match p.entity_type.as_deref() {
        None | Some("") => None,
        Some("business") | Some("organization") => Some("organization".to_string()),
        Some(t @ ("person" | "vessel" | "aircraft")) => Some(t.to_string()),
        Some(t) => return Err(ApiError::bad_request(format!("type: unknown type {t:?}"))),
    };
    let only = match p.source.as_deref().map(str::to_ascii_lowercase).as_deref() {
        None | Some("") => None,
        Some("us_ofac" | "ofac") => Some("ofac"),
        Some("un" | "un_csl") => Some("un"),
        Some("eu" | "eu_csl") => Some("eu"),
        Some("uk" | "uk_csl") => Some("uk"),
        Some(other) => {
            return Err(ApiError::bad_request(format!(
                "source: unknown source {other:?}"
            )))
        }
    };
    let limit = p.limit.unwrap_or(10).clamp(1, 100);
    let min_match = p.min_match.unwrap_or(0.5).clamp(0.0, 1.0);
    let screened = run_screening(
        &state,
        &caller,
        &deadline,
        ScreenRequest {
            queries: vec![ScreenQuery {
                name: name.clone(),
                entity_type: entity_type.clone(),
                dob: p.birth_date.clone(),
                country: None,
                identifiers: p.imo_number.iter().cloned().collect(),
                reference: None,
            }],
            min_score: Some(min_match),
            limit: Some(if only.is_some() { 100 } else { limit }),
        },
        "watchman",
    )
    .await?;
    let set = state.lists.load_full().set.clone();
    let entities: Vec<Value> = screened.results[0]
        .hits
        .iter()
        .filter_map(|h| {
            let key = h["entity"].as_str()?;
            if only.is_some_and(|src| !key.starts_with(&format!("{src}:"))) {
                return None;
            }
            // watchman's contract: nothing under `minMatch`; alerts were raised regardless.
            if h["score"].as_f64().is_some_and(|score| score < min_match) {
                return None;
            }
            let (e, _) = set.as_ref()?.entity(key)?;
            let mut v = watchman_entity(e);
            v["match"] = h["score"].clone();
            v["details"] = json!({ "explanation": h["explanation"] });
            Some(v)
        })
        .take(limit)
        .collect();
    Ok(Json(json!({
        "query": { "name": name, "entityType": entity_type, "type": entity_type },
        "entities": entities,
        "requestID": p.request_id,
        "screening_id": screened.screening_id,
    })))
}

/// An entity in watchman's v2 shape.
fn watchman_entity(e: &Entity) -> Value {
    let alt: Vec<&str> = e
        .names
        .iter()
        .filter(|n| n.kind != NameKind::Primary)
        .map(|n| n.full.as_str())
        .collect();
    let (kind, detail_key) = match e.entity_type {
        EntityType::Person => ("person", "person"),
        EntityType::Organization => ("business", "business"),
        EntityType::Vessel => ("vessel", "vessel"),
        EntityType::Aircraft => ("aircraft", "aircraft"),
    };
    let source = match e.source.to_string().as_str() {
        "ofac" => "us_ofac".to_string(),
        other => other.to_string(),
    };
    let source_id = e.key.split_once(':').map(|(_, id)| id).unwrap_or(&e.key);
    let mut detail = json!({ "name": e.primary_name(), "altNames": alt });
    if e.entity_type == EntityType::Person {
        if let Some(d) = e.birth_dates.first().and_then(|d| d.from) {
            detail["birthDate"] = json!(d.to_string());
        }
        if let Some(g) = &e.gender {
            detail["gender"] = json!(g.to_ascii_lowercase());
        }
        detail["titles"] = json!(e.titles);
    }
    json!({
        "name": e.primary_name(),
        "entityType": kind,
        "type": kind,
        "sourceList": source,
        "source": source,
        "sourceID": source_id,
        detail_key: detail,
        "addresses": e.addresses,
        "id": e.key,
    })
}
