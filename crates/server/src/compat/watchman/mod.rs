//! moov-io watchman's v2 API: `GET /v2/search`, `GET /v2/listinfo`, `GET /ping`. Answers
//! follow watchman's published OpenAPI document (`docs/api.yaml`, kept as test data in
//! `tests/watchman/`) and decode into watchman's Go types (`pkg/search`): date-times in
//! RFC 3339, addresses as `line1`/`line2`/`city`/`postalCode`/`state`/`country`,
//! `details` as `{pieces, finalScore}`, integers where watchman has integers. A field
//! nomina's lists do not give is left out (the Go client reads a zero value), never
//! written as `null` where the document has an object.

mod entity;

pub use entity::{date_time, details, entity_json, source_id_of};

use super::datasets::{watchman_name, watchman_scope, Scope};
use super::params::Params;
use super::{custom_sources, screen_parties, Party};
use crate::auth::{compat_caller, Caller, CompatGroup};
use crate::error::{ApiError, ErrorBody};
use crate::state::AppState;
use axum::extract::{FromRequestParts, RawQuery, State};
use axum::http::request::Parts;
use axum::Json;
use nomina_store::Role;
use serde_json::{json, Value};

/// watchman's default `limit`.
pub const DEFAULT_LIMIT: usize = 10;
/// watchman's largest `limit`.
pub const MAX_LIMIT: usize = 100;
/// watchman's default `minMatch` as nomina applies it: the lowest score shown.
pub const DEFAULT_MIN_MATCH: f64 = 0.5;

/// The caller of a watchman endpoint (`--compat-auth watchman=none|key`).
pub struct WatchmanCaller(pub Caller);

impl FromRequestParts<AppState> for WatchmanCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        compat_caller(parts, state, CompatGroup::Watchman)
            .await
            .map(WatchmanCaller)
    }
}

/// Every `/v2/search` parameter of watchman's document, and what nomina does with it:
/// `None` honoured, `Some(why)` refused with 400 when given a value.
const SEARCH_PARAMS: &[(&str, Option<&str>)] = &[
    ("name", None),
    ("source", None),
    ("sourceID", None),
    ("type", None),
    ("altNames", None),
    ("limit", None),
    ("minMatch", None),
    ("requestID", None),
    ("birthDate", None),
    ("created", None),
    ("imoNumber", None),
    ("mmsi", None),
    ("callSign", None),
    ("serialNumber", None),
    ("flag", None),
    ("cryptoAddress", None),
    ("cryptoAddresses", None),
    ("debug", None),
    ("format", None),
    (
        "algorithm",
        Some("nomina has one matcher; watchman's string metrics are not available"),
    ),
    (
        "debugSourceIDs",
        Some("use the explanation in each result's details instead"),
    ),
    ("gender", Some("nomina's matcher does not compare gender")),
    (
        "deathDate",
        Some("nomina's matcher does not compare dates of death"),
    ),
    ("titles", Some("nomina's matcher does not compare titles")),
    (
        "dissolved",
        Some("nomina's matcher does not compare dissolution dates"),
    ),
    (
        "aircraftType",
        Some("nomina's matcher does not compare aircraft types"),
    ),
    (
        "icaoCode",
        Some("the lists nomina reads carry no ICAO type codes"),
    ),
    ("model", Some("nomina's matcher does not compare models")),
    (
        "built",
        Some("nomina's matcher does not compare build dates"),
    ),
    (
        "vesselType",
        Some("nomina's matcher does not compare vessel types"),
    ),
    ("owner", Some("nomina's matcher does not compare owners")),
    ("tonnage", Some("nomina's matcher does not compare tonnage")),
    (
        "grossRegisteredTonnage",
        Some("nomina's matcher does not compare tonnage"),
    ),
    (
        "email",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "emailAddress",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "emailAddresses",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "phone",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "phoneNumber",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "phoneNumbers",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "fax",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "faxNumber",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "faxNumbers",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "website",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "websites",
        Some("nomina's matcher does not compare contact details"),
    ),
    (
        "address",
        Some("nomina's matcher does not compare addresses"),
    ),
    (
        "addresses",
        Some("nomina's matcher does not compare addresses"),
    ),
];

/// Government-id parameters (`gov_passport=US:123456789`): the identifier is compared
/// exactly (an identical listed one is decisive); the country prefix is not used.
const GOV_ID_PARAMS: [&str; 17] = [
    "gov_passport",
    "gov_drivers-license",
    "gov_national-id",
    "gov_tax-id",
    "gov_ssn",
    "gov_cedula",
    "gov_curp",
    "gov_cuit",
    "gov_electoral",
    "gov_business-registration",
    "gov_commercial-registry",
    "gov_birth-certificate",
    "gov_refugee-id",
    "gov_diplomatic-passport",
    "gov_personal-id",
    "gov_citizenship",
    "gov_nationality",
];

/// watchman-compatible search.
#[utoipa::path(
    get,
    path = "/v2/search",
    tag = "compatibility",
    params(
        ("name" = Option<String>, Query, description = "Name to search (or give an identifier)"),
        ("type" = Option<String>, Query, description = "`person`, `business`, `organization`, `vessel`, `aircraft`"),
        ("source" = Option<String>, Query, description = "`us_ofac`, `un_csl`, `eu_csl`, `uk_csl` (or nomina's `ofac`, `un`, `eu`, `uk`)"),
        ("sourceID" = Option<String>, Query, description = "Only the entity with this id on its list"),
        ("altNames" = Option<Vec<String>>, Query, description = "Further names, each screened; the best score is kept"),
        ("limit" = Option<usize>, Query, description = "Most results, 1 to 100 (default 10)"),
        ("minMatch" = Option<f64>, Query, description = "Lowest score shown, 0 to 1 (default 0.5)"),
        ("birthDate" = Option<String>, Query, description = "Date of birth (YYYY, YYYY-MM, YYYY-MM-DD)"),
        ("imoNumber" = Option<String>, Query, description = "IMO number (an identifier; identical is decisive)"),
        ("requestID" = Option<String>, Query, description = "Echoed back"),
    ),
    responses(
        (status = 200, description = "watchman's `SearchResponse`", body = Object),
        (status = 400, description = "A parameter out of range, unknown, or one nomina cannot honour", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn watchman_search(
    State(state): State<AppState>,
    WatchmanCaller(caller): WatchmanCaller,
    deadline: crate::bounded::Deadline,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Screen)?;
    let known: Vec<&str> = SEARCH_PARAMS
        .iter()
        .map(|(k, _)| *k)
        .chain(GOV_ID_PARAMS)
        .collect();
    let p = Params::parse(raw.as_deref(), &known)?;
    for (k, why) in SEARCH_PARAMS {
        if let Some(why) = why {
            p.refuse(k, why)?;
        }
    }
    match p.one("format")? {
        None | Some("watchman") => {}
        Some(f) => {
            return Err(ApiError::bad_request(format!(
                "format: {f:?} is not supported (watchman)"
            )))
        }
    }
    match p.one("debug")?.map(str::to_ascii_lowercase).as_deref() {
        None | Some("false" | "no" | "0") => {}
        Some(_) => {
            return Err(ApiError::bad_request(
                "debug: not supported; each result's details carry nomina's explanation",
            ))
        }
    }
    let limit = p.count("limit", 1, MAX_LIMIT)?.unwrap_or(DEFAULT_LIMIT);
    let cap = state.config.limits.max_limit;
    if limit > cap {
        return Err(ApiError::bad_request(format!(
            "limit: {limit} is more than this service returns per query ({cap}, `nomina serve --max-limit`)"
        )));
    }
    let min_match = p.number("minMatch", 0.0, 1.0)?.unwrap_or(DEFAULT_MIN_MATCH);
    let (entity_type, kind) = match p.one("type")? {
        None => (None, None),
        Some("business") => (Some("organization"), Some("business")),
        Some("organization") => (Some("organization"), Some("organization")),
        Some(t @ ("person" | "vessel" | "aircraft")) => (Some(t), Some(t)),
        Some(t) => {
            return Err(ApiError::bad_request(format!(
                "type: unknown type {t:?} (person, business, organization, aircraft, vessel)"
            )))
        }
    };
    let custom = custom_sources(&state);
    let scope = match p.one("source")? {
        None => Scope::All,
        Some(s) => watchman_scope(s, &custom).ok_or_else(|| {
            ApiError::bad_request(format!(
                "source: unknown source {s:?} ({})",
                super::datasets::watchman_names()
            ))
        })?,
    };
    let source_id = p.one("sourceID")?.map(str::to_string);
    let dob = match (p.one("birthDate")?, p.one("created")?) {
        (Some(_), Some(_)) => return Err(ApiError::bad_request(
            "birthDate, created: give one date (both are the listed date of birth or registration)",
        )),
        (b, c) => b.or(c).map(str::to_string),
    };
    let mut identifiers: Vec<String> = Vec::new();
    for k in ["imoNumber", "mmsi", "callSign", "serialNumber"] {
        identifiers.extend(p.one(k)?.map(str::to_string));
    }
    for k in ["cryptoAddress", "cryptoAddresses"] {
        for v in p.list(k) {
            // `CURRENCY:ADDRESS`: the address is the identifier.
            identifiers.push(v.split_once(':').map(|(_, a)| a.to_string()).unwrap_or(v));
        }
    }
    for k in GOV_ID_PARAMS {
        if let Some(v) = p.one(k)? {
            identifiers.push(
                v.split_once(':')
                    .map(|(_, id)| id.to_string())
                    .unwrap_or_else(|| v.to_string()),
            );
        }
    }
    let mut names: Vec<String> = p.one("name")?.map(str::to_string).into_iter().collect();
    names.extend(p.list("altNames"));
    let query_name = names.first().cloned();
    if names.is_empty() {
        if identifiers.is_empty() {
            return Err(ApiError::bad_request(
                "name: required (or an identifier: imoNumber, mmsi, callSign, serialNumber, cryptoAddress, gov_*)",
            ));
        }
        // Screened by identifiers alone: an identical listed one is decisive.
        names.push(identifiers.join(" "));
    }
    let party = Party {
        names,
        entity_type: entity_type.map(str::to_string),
        dob,
        country: p.one("flag")?.map(str::to_string),
        identifiers,
    };
    // watchman's `type` is a partition: only entities of that type are returned (it is
    // also evidence in the score).
    let narrows = scope != Scope::All || source_id.is_some() || entity_type.is_some();
    let screened = screen_parties(
        &state,
        &caller,
        &deadline,
        std::slice::from_ref(&party),
        min_match,
        if narrows {
            state.config.limits.max_limit
        } else {
            limit
        },
        "watchman",
    )
    .await?;
    let set = state.lists.load_full().set.clone();
    let entities: Vec<Value> = screened
        .found
        .into_iter()
        .flatten()
        // watchman's contract: nothing under `minMatch`; alerts were raised regardless.
        .filter(|f| f.score >= min_match)
        .filter_map(|f| {
            let (e, _) = set.as_ref()?.entity(&f.key)?;
            if !scope.contains(&e.source) {
                return None;
            }
            if source_id.as_deref().is_some_and(|id| id != source_id_of(e)) {
                return None;
            }
            if entity_type.is_some_and(|t| t != e.entity_type.as_str()) {
                return None;
            }
            let mut v = entity_json(e);
            v["match"] = json!(f.score);
            v["details"] = details(f.score, &f.hit["explanation"]);
            Some(v)
        })
        .take(limit)
        .collect();
    let mut query = json!({ "sourceList": "api-request" });
    if let Some(n) = &query_name {
        query["name"] = json!(n);
    }
    if let Some(k) = kind {
        query["entityType"] = json!(k);
    }
    Ok(Json(json!({
        "query": query,
        "entities": entities,
        "requestID": p.one("requestID")?,
        "screening_id": screened.screening_id,
    })))
}

/// watchman's `GET /v2/listinfo`: entities and content hash per list in force, when the
/// lists in force were loaded, and nomina's version.
#[utoipa::path(
    get,
    path = "/v2/listinfo",
    tag = "compatibility",
    responses((status = 200, description = "watchman's `ListInfoResponse`", body = Object)),
    security(("bearer" = []))
)]
pub async fn listinfo(
    State(state): State<AppState>,
    WatchmanCaller(caller): WatchmanCaller,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Screen)?;
    Params::parse(raw.as_deref(), &[])?;
    let set = state
        .lists
        .load_full()
        .set
        .clone()
        .ok_or_else(|| ApiError::unavailable("the lists are not loaded"))?;
    let mut lists = serde_json::Map::new();
    let mut hashes = serde_json::Map::new();
    for l in &set.lists {
        let name = watchman_name(&l.snapshot.version.source);
        lists.insert(name.clone(), json!(l.snapshot.entities.len()));
        hashes.insert(name, json!(l.snapshot.version.sha256));
    }
    let ended = set.loaded_at;
    let started = ended - set.build_ms as i64;
    Ok(Json(json!({
        "lists": lists,
        "listHashes": hashes,
        "startedAt": rfc3339(started),
        "endedAt": rfc3339(ended),
        "version": env!("CARGO_PKG_VERSION"),
    })))
}

/// Epoch milliseconds as RFC 3339 (UTC).
fn rfc3339(ms: i64) -> String {
    crate::timefmt::format_millis(ms)
}

/// watchman's `GET /ping`: `PONG` (no key: a liveness probe like `/healthz`).
#[utoipa::path(get, path = "/ping", tag = "compatibility", responses((status = 200, description = "`PONG`")))]
pub async fn ping() -> &'static str {
    "PONG"
}
