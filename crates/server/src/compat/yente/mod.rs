//! OpenSanctions yente's API (version 5.5): `POST /match/{dataset}`,
//! `GET /search/{dataset}`, `GET /entities/{id}` (and `/adjacent`), `GET /catalog`,
//! `GET /algorithms`. Answers validate under yente's own pydantic models
//! (`EntityMatchResponse`, `SearchResponse`, `EntityResponse`, `DataCatalogModel`,
//! `AlgorithmResponse`); errors are yente's `{"detail": "…"}` ([`error_shape`]).
//!
//! The defaults and bounds of yente's parameters (threshold 0.7, `limit` 5 and at most
//! 500, batches of at most 100 queries, at most 50 excluded ids) are yente's contract and
//! are written once here; nomina's own scoring constants are imported from the matcher.
//! The examples a request carries are read in [`examples`], the filters in [`filters`].

mod examples;
mod filters;

use super::datasets::{yente_name, yente_scope, Scope, SOURCES, YENTE_COLLECTIONS};
use super::ftm::{entity_json, entity_key, sanction_json, schema_of, timestamp};
use super::params::Params;
use super::{custom_sources, screen_parties, Found, Party};
use crate::auth::{compat_caller, Caller, CompatGroup};
use crate::error::{ApiError, ErrorBody};
use crate::json::ApiJson;
use crate::state::AppState;
use axum::extract::{FromRequestParts, Path, RawQuery, Request, State};
use axum::http::request::Parts;
use axum::http::{header, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;
use axum::Json;
use examples::{party, schema_type};
use filters::{entity_countries, scopes, Filters};
use nomina_model::{Entity, ListVersion};
use nomina_store::Role;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// yente's `threshold` default (its `SCORE_THRESHOLD`): results at or above it have
/// `"match": true`; also the default `cutoff`, which yente lowers to the threshold.
pub const THRESHOLD: f64 = 0.7;
/// yente's default `limit` on `/match` (`MATCH_PAGE`).
pub const MATCH_LIMIT: usize = 5;
/// yente's largest `limit` on `/match` and `/search` (`MAX_MATCHES`, `MAX_PAGE`).
pub const MAX_LIMIT: usize = 500;
/// yente's default `limit` on `/search` (`DEFAULT_PAGE`).
pub const SEARCH_LIMIT: usize = 10;
/// yente's most queries in one `/match` batch (`MAX_BATCH`).
pub const MAX_BATCH: usize = 100;
/// yente's most `exclude_entity_ids`.
pub const MAX_EXCLUDED_IDS: usize = 50;
/// The one algorithm: nomina's matcher. yente's `best` names it too.
pub const ALGORITHM: &str = "nomina";

/// The caller of a yente endpoint (`--compat-auth yente=none|key`).
pub struct YenteCaller(pub Caller);

impl FromRequestParts<AppState> for YenteCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        compat_caller(parts, state, CompatGroup::Yente)
            .await
            .map(YenteCaller)
    }
}

/// Whether a path is one of yente's endpoints.
pub fn is_yente_path(path: &str) -> bool {
    ["/match/", "/search/", "/entities/"]
        .iter()
        .any(|p| path.starts_with(p))
        || matches!(path, "/match" | "/search" | "/catalog" | "/algorithms")
}

/// Middleware (outermost, so that it also sees the errors of the limits, the deadline and
/// authentication): every error answer on yente's paths is yente's `{"detail": "…"}` (the
/// message yente's clients read), keeping nomina's `error` beside it and any
/// machine-readable detail under `context`.
pub async fn error_shape(req: Request, next: Next) -> Response {
    let yente = is_yente_path(req.uri().path());
    let response = next.run(req).await;
    if !yente || response.status().as_u16() < 400 {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = axum::body::to_bytes(body, 1 << 20)
        .await
        .unwrap_or_default();
    let v: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
    let message = v["error"]
        .as_str()
        .map(str::to_string)
        .unwrap_or_else(|| String::from_utf8_lossy(&bytes).trim().to_string());
    let mut out = json!({ "detail": message, "error": message });
    if let Some(d) = v.get("detail").filter(|d| !d.is_null()) {
        out["context"] = d.clone();
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Response::from_parts(
        parts,
        axum::body::Body::from(serde_json::to_vec(&out).unwrap_or_default()),
    )
}

/// A yente match request body (`EntityMatchQuery`).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct YenteRequest {
    /// Query id → entity example; a `null` example is skipped, as yente does.
    #[schema(value_type = Object)]
    pub queries: BTreeMap<String, Option<YenteQuery>>,
    /// Feature weights: nomina's are fixed, so only `{}` is accepted.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub weights: BTreeMap<String, f64>,
    /// Algorithm configuration: nomina's matcher has none, so only `{}` is accepted.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub config: Map<String, Value>,
}

/// A yente entity example (`EntityExample`).
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub struct YenteQuery {
    /// The caller's id for the example, echoed back in `query.id`.
    #[serde(default)]
    pub id: Option<String>,
    /// FollowTheMoney schema: `Person`, `Organization`, `Company`, `PublicBody`,
    /// `LegalEntity`, `Vessel`, `Airplane`, `Vehicle`, `Thing`.
    pub schema: String,
    /// FollowTheMoney properties: a string or a list of values each.
    #[serde(default)]
    #[schema(value_type = Object)]
    pub properties: BTreeMap<String, Value>,
}

fn check_algorithm(p: &Params) -> Result<(), ApiError> {
    if let Some(a) = p.one("algorithm")? {
        let a = a.to_ascii_lowercase();
        if a != ALGORITHM && a != "best" {
            return Err(ApiError::bad_request(format!(
                "Invalid algorithm: {a} (nomina has one matcher, `{ALGORITHM}`; `best` names it too; see /algorithms)"
            )));
        }
    }
    Ok(())
}

fn check_fuzzy(p: &Params) -> Result<(), ApiError> {
    if p.flag("fuzzy")? == Some(true) {
        return Err(ApiError::bad_request(
            "fuzzy: nomina has no query syntax to make fuzzy; every query is compared with typos, variants and transliteration tolerated already",
        ));
    }
    Ok(())
}

/// A `limit` within yente's bound and nomina's own per-query bound (`--max-limit`).
fn limit(p: &Params, state: &AppState, default: usize) -> Result<usize, ApiError> {
    let n = p.count("limit", 0, MAX_LIMIT)?.unwrap_or(default);
    let cap = state.config.limits.max_limit;
    if n > cap {
        return Err(ApiError::bad_request(format!(
            "limit: {n} is more than this service returns per query ({cap}, `nomina serve --max-limit`); yente's own bound is {MAX_LIMIT}"
        )));
    }
    Ok(n)
}

fn dataset_scope(dataset: &str, custom: &[String]) -> Result<Scope, ApiError> {
    yente_scope(dataset, custom).ok_or_else(|| {
        ApiError::not_found(format!(
            "No such dataset: {dataset:?} ({})",
            super::datasets::yente_names()
        ))
    })
}

const MATCH_PARAMS: [&str; 11] = [
    "limit",
    "threshold",
    "cutoff",
    "algorithm",
    "include_dataset",
    "exclude_dataset",
    "exclude_schema",
    "exclude_entity_ids",
    "topics",
    "changed_since",
    "fuzzy",
];

/// yente-compatible matching by example.
#[utoipa::path(
    post,
    path = "/match/{dataset}",
    tag = "compatibility",
    params(
        ("dataset" = String, Path, description = "`default`, `sanctions`, or one list: `un_sc_sanctions`, `us_ofac_sdn`, `eu_fsf`, `gb_hmt_sanctions` (or nomina's `un`, `ofac`, `eu`, `uk`)"),
        ("limit" = Option<usize>, Query, description = "Results per query (default 5; at most 500 and the service's per-query bound)"),
        ("threshold" = Option<f64>, Query, description = "Score at which `match` is true (default 0.7)"),
        ("cutoff" = Option<f64>, Query, description = "Lowest score returned (default 0.7, never above `threshold`)"),
        ("algorithm" = Option<String>, Query, description = "`nomina` or `best`; anything else is refused (see /algorithms)"),
        ("include_dataset" = Option<Vec<String>>, Query, description = "Only these datasets"),
        ("exclude_dataset" = Option<Vec<String>>, Query, description = "Not these datasets"),
        ("exclude_schema" = Option<Vec<String>>, Query, description = "Not these schemata"),
        ("exclude_entity_ids" = Option<Vec<String>>, Query, description = "Not these entities (at most 50)"),
        ("topics" = Option<Vec<String>>, Query, description = "Only entities with one of these topics (every listed entity has `sanction`)"),
        ("changed_since" = Option<String>, Query, description = "Only entities changed since this date"),
        ("fuzzy" = Option<bool>, Query, description = "`false` only: nomina has no query syntax"),
    ),
    request_body = YenteRequest,
    responses(
        (status = 200, description = "yente's `EntityMatchResponse`", body = Object),
        (status = 400, description = "A parameter nomina cannot honour, or an invalid one", body = ErrorBody),
        (status = 404, description = "Unknown dataset", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn yente_match(
    State(state): State<AppState>,
    YenteCaller(caller): YenteCaller,
    deadline: crate::bounded::Deadline,
    Path(dataset): Path<String>,
    RawQuery(raw): RawQuery,
    ApiJson(req): ApiJson<YenteRequest>,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Screen)?;
    let p = Params::parse(raw.as_deref(), &MATCH_PARAMS)?;
    let custom = custom_sources(&state);
    let scope = dataset_scope(&dataset, &custom)?;
    check_algorithm(&p)?;
    check_fuzzy(&p)?;
    let limit = limit(&p, &state, MATCH_LIMIT)?;
    let threshold = p.number("threshold", 0.0, 1.0)?.unwrap_or(THRESHOLD);
    // yente's rule: the cutoff is never above the threshold.
    let cutoff = p
        .number("cutoff", 0.0, 1.0)?
        .unwrap_or(THRESHOLD)
        .min(threshold);
    let mut filters = Filters::common(&p, &custom)?;
    filters.scope = Some(scope);
    filters.exclude_ids = p.list("exclude_entity_ids");
    if filters.exclude_ids.len() > MAX_EXCLUDED_IDS {
        return Err(ApiError::bad_request(format!(
            "exclude_entity_ids: {} given; at most {MAX_EXCLUDED_IDS}",
            filters.exclude_ids.len()
        )));
    }
    if let Some(k) = req.weights.keys().next() {
        return Err(ApiError::bad_request(format!(
            "weights: {k:?}: nomina's matcher has no adjustable weights (see /algorithms); send {{}}"
        )));
    }
    if let Some(k) = req.config.keys().next() {
        return Err(ApiError::bad_request(format!(
            "Invalid configuration parameter: {k} for algorithm {ALGORITHM} (it has none)"
        )));
    }
    if req.queries.len() > MAX_BATCH {
        return Err(ApiError::bad_request(format!(
            "Too many queries in one batch (limit: {MAX_BATCH})"
        )));
    }
    let mut ids = Vec::new();
    let mut parties = Vec::new();
    let mut echoes = Vec::new();
    let mut unused = Vec::new();
    for (id, q) in &req.queries {
        let Some(q) = q else { continue };
        let (party, echo, u) = party(id, q)?;
        ids.push(id.clone());
        parties.push(party);
        echoes.push(echo);
        unused.push(u);
    }
    if parties.is_empty() {
        return Err(ApiError::bad_request("No queries provided."));
    }
    let per_query = if filters.narrows() {
        state.config.limits.max_limit
    } else {
        limit.max(1)
    };
    let screened = screen_parties(
        &state, &caller, &deadline, &parties, cutoff, per_query, "yente",
    )
    .await?;
    let set = state.lists.load_full().set.clone();
    let mut responses = Map::new();
    for (i, found) in screened.found.into_iter().enumerate() {
        let mut results = Vec::new();
        let mut total = 0;
        for f in found {
            // yente's contract: nothing under `cutoff`, at most `limit`. Alerts were
            // raised for every hit above the alert threshold whatever is shown here.
            if f.score < cutoff {
                continue;
            }
            let Some((e, list)) = set.as_ref().and_then(|s| s.entity(&f.key)) else {
                continue;
            };
            if !filters.keeps(e, &list.snapshot.version) {
                continue;
            }
            total += 1;
            if results.len() < limit {
                results.push(scored(e, &list.snapshot.version, &f, threshold));
            }
        }
        responses.insert(
            ids[i].clone(),
            json!({
                "status": 200,
                "results": results,
                "total": { "value": total, "relation": if per_query <= total { "gte" } else { "eq" } },
                "query": echoes[i],
                "unused_properties": unused[i],
            }),
        );
    }
    Ok(Json(json!({
        "responses": responses,
        "limit": limit,
        "matcher": { "name": ALGORITHM, "version": env!("CARGO_PKG_VERSION"), "threshold": threshold, "cutoff": cutoff },
        "screening_id": screened.screening_id,
        "lists": screened.lists,
    })))
}

/// A result of `/match`: yente's `ScoredEntityResponse`.
fn scored(e: &Entity, version: &ListVersion, f: &Found, threshold: f64) -> Value {
    let mut r = entity_json(e, version, false);
    r["score"] = json!(f.score);
    r["match"] = json!(f.score >= threshold);
    r["explanations"] = super::ftm::explanations(&f.query_name, &f.hit["explanation"]);
    r["explanation"] = f.hit["explanation"].clone();
    if let Some(a) = f.hit.get("alert") {
        r["alert"] = a.clone();
    }
    r
}

const SEARCH_PARAMS: [&str; 18] = [
    "q",
    "schema",
    "include_dataset",
    "exclude_dataset",
    "exclude_schema",
    "changed_since",
    "countries",
    "topics",
    "datasets",
    "filter",
    "limit",
    "offset",
    "sort",
    "target",
    "fuzzy",
    "simple",
    "facets",
    "filter_op",
];

/// The facets yente can count.
const FACETS: [&str; 6] = [
    "datasets",
    "schema",
    "countries",
    "identifiers",
    "topics",
    "genders",
];

/// yente-compatible search by name: each result is a listed entity (yente's
/// `SearchResponse`), ranked by nomina's score; audited like every screening.
#[utoipa::path(
    get,
    path = "/search/{dataset}",
    tag = "compatibility",
    params(
        ("dataset" = String, Path, description = "As for /match/{dataset}"),
        ("q" = String, Query, description = "A name"),
        ("limit" = Option<usize>, Query, description = "Results (default 10)"),
        ("offset" = Option<usize>, Query, description = "Skip this many"),
    ),
    responses(
        (status = 200, description = "yente's `SearchResponse`", body = Object),
        (status = 400, description = "A parameter nomina cannot honour, or an invalid one", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn search(
    State(state): State<AppState>,
    YenteCaller(caller): YenteCaller,
    deadline: crate::bounded::Deadline,
    Path(dataset): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Screen)?;
    let p = Params::parse(raw.as_deref(), &SEARCH_PARAMS)?;
    let custom = custom_sources(&state);
    let scope = dataset_scope(&dataset, &custom)?;
    check_fuzzy(&p)?;
    // `simple` asks for plain text instead of query syntax: nomina reads `q` as a plain
    // name either way, so both values are honoured.
    p.flag("simple")?;
    p.refuse(
        "filter",
        "property filters (`field:value`) are not supported",
    )?;
    p.refuse(
        "sort",
        "results are ranked by score, best first (ties by id)",
    )?;
    let q = p.one("q")?.map(str::to_string).ok_or_else(|| {
        ApiError::bad_request(
            "q: nomina searches by name; give one (browsing every entity is not supported)",
        )
    })?;
    let limit = limit(&p, &state, SEARCH_LIMIT)?;
    let offset = p.count("offset", 0, usize::MAX)?.unwrap_or(0);
    let cap = state.config.limits.max_limit;
    if offset + limit > cap {
        return Err(ApiError::bad_request(format!(
            "offset: offset + limit is {}; this service ranks at most {cap} results per query (`nomina serve --max-limit`)",
            offset + limit
        )));
    }
    let mut filters = Filters::common(&p, &custom)?;
    filters.scope = Some(scope);
    if let Some(s) = p.one("schema")? {
        schema_type(s).map_err(|m| ApiError::bad_request(format!("schema: {m}")))?;
        filters.schema = Some(s.to_string());
    }
    filters.countries = p.list("countries");
    filters.datasets = scopes(&p, "datasets", &custom)?;
    filters.and = match p.one("filter_op")? {
        None => false,
        Some(op) if op.eq_ignore_ascii_case("or") => false,
        Some(op) if op.eq_ignore_ascii_case("and") => true,
        Some(op) => {
            return Err(ApiError::bad_request(format!(
                "filter_op: {op:?} is not OR or AND"
            )))
        }
    };
    filters.target = p.flag("target")?;
    let facets: Vec<String> = if p.has("facets") {
        p.list("facets")
    } else {
        vec!["countries".into(), "topics".into(), "datasets".into()]
    };
    if let Some(f) = facets.iter().find(|f| !FACETS.contains(&f.as_str())) {
        return Err(ApiError::bad_request(format!(
            "facets: unknown facet {f:?} ({})",
            FACETS.join(", ")
        )));
    }
    let party = Party {
        names: vec![q],
        ..Party::default()
    };
    let per_query = if filters.narrows() {
        cap
    } else {
        offset + limit
    };
    let screened = screen_parties(
        &state,
        &caller,
        &deadline,
        std::slice::from_ref(&party),
        state.config.default_min_score,
        per_query.max(1),
        "yente",
    )
    .await?;
    let set = state.lists.load_full().set.clone();
    let mut kept: Vec<(&Entity, &ListVersion)> = Vec::new();
    for f in screened.found.into_iter().flatten() {
        if let Some((e, list)) = set.as_ref().and_then(|s| s.entity(&f.key)) {
            if filters.keeps(e, &list.snapshot.version) {
                kept.push((e, &list.snapshot.version));
            }
        }
    }
    let mut facet_json = Map::new();
    for f in &facets {
        facet_json.insert(f.clone(), facet(f, &kept));
    }
    let total = kept.len();
    let results: Vec<Value> = kept
        .iter()
        .skip(offset)
        .take(limit)
        .map(|(e, v)| entity_json(e, v, false))
        .collect();
    Ok(Json(json!({
        "results": results,
        "facets": facet_json,
        "total": { "value": total, "relation": if per_query <= total { "gte" } else { "eq" } },
        "limit": limit,
        "offset": offset,
        "screening_id": screened.screening_id,
        "lists": screened.lists,
    })))
}

/// One facet over the entities found: value counts, most frequent first.
fn facet(name: &str, entities: &[(&Entity, &ListVersion)]) -> Value {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for (e, _) in entities {
        let values: Vec<String> = match name {
            "datasets" => vec![yente_name(&e.source)],
            "schema" => vec![schema_of(e.entity_type).to_string()],
            "countries" => entity_countries(e),
            "identifiers" => e.identifiers.iter().map(|i| i.value.clone()).collect(),
            "genders" => e.gender.iter().map(|g| g.to_ascii_lowercase()).collect(),
            _ => vec!["sanction".to_string()],
        };
        for v in values {
            *counts.entry(v).or_default() += 1;
        }
    }
    let mut values: Vec<(String, usize)> = counts.into_iter().collect();
    values.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    json!({
        "label": name,
        "values": values.into_iter().map(|(v, n)| json!({ "name": v, "label": v, "count": n })).collect::<Vec<_>>(),
    })
}

fn find_entity(
    state: &AppState,
    id: &str,
) -> Result<(std::sync::Arc<crate::lists::ListSet>, String), ApiError> {
    let set = state
        .lists
        .load_full()
        .set
        .clone()
        .ok_or_else(|| ApiError::unavailable("the lists are not loaded"))?;
    let key = entity_key(&set, id)
        .ok_or_else(|| ApiError::not_found(format!("No such entity: {id:?}")))?;
    Ok((set, key))
}

/// yente's `GET /entities/{id}`: one entity (id in FtM form `un-QDi.422` or the nomina
/// key); with `nested` (default true) its listing nested as a `Sanction`.
#[utoipa::path(
    get,
    path = "/entities/{id}",
    tag = "compatibility",
    params(
        ("id" = String, Path, description = "`un-QDi.422` or `un:QDi.422`"),
        ("nested" = Option<bool>, Query, description = "Nest the listing as a `Sanction` (default true)"),
    ),
    responses((status = 200, description = "yente's `EntityResponse`", body = Object), (status = 404, description = "No such entity", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn entity(
    State(state): State<AppState>,
    YenteCaller(caller): YenteCaller,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Screen)?;
    let p = Params::parse(raw.as_deref(), &["nested"])?;
    let nested = p.flag("nested")?.unwrap_or(true);
    let (set, key) = find_entity(&state, &id)?;
    let (e, list) = set.entity(&key).expect("found above");
    Ok(Json(entity_json(e, &list.snapshot.version, nested)))
}

/// yente's `GET /entities/{id}/adjacent`: the entity and, under `sanctions`, its listing.
#[utoipa::path(
    get,
    path = "/entities/{id}/adjacent",
    tag = "compatibility",
    params(("id" = String, Path, description = "`un-QDi.422` or `un:QDi.422`")),
    responses((status = 200, description = "yente's `EntityAdjacentResponse`", body = Object), (status = 404, description = "No such entity", body = ErrorBody)),
    security(("bearer" = []))
)]
pub async fn adjacent(
    State(state): State<AppState>,
    YenteCaller(caller): YenteCaller,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Screen)?;
    let p = Params::parse(raw.as_deref(), &["limit", "offset", "sort"])?;
    p.refuse("sort", "an entity has one listing to list")?;
    let limit = p.count("limit", 0, MAX_LIMIT)?.unwrap_or(SEARCH_LIMIT);
    let offset = p.count("offset", 0, usize::MAX)?.unwrap_or(0);
    let (set, key) = find_entity(&state, &id)?;
    let (e, list) = set.entity(&key).expect("found above");
    let version = &list.snapshot.version;
    let sanctions: Vec<Value> = [sanction_json(e, version)]
        .into_iter()
        .skip(offset)
        .take(limit)
        .collect();
    Ok(Json(json!({
        "entity": entity_json(e, version, false),
        "adjacent": {
            "sanctions": {
                "results": sanctions,
                "total": { "value": 1, "relation": "eq" },
                "limit": limit,
                "offset": offset,
            }
        }
    })))
}

/// yente's `GET /catalog`: each list in force as a dataset (yente's names), and the
/// collections `default` and `sanctions` holding them all.
#[utoipa::path(
    get,
    path = "/catalog",
    tag = "compatibility",
    responses((status = 200, description = "yente's `DataCatalogModel`", body = Object)),
    security(("bearer" = []))
)]
pub async fn catalog(
    State(state): State<AppState>,
    YenteCaller(caller): YenteCaller,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Screen)?;
    Params::parse(raw.as_deref(), &[])?;
    let set = state.lists.load_full().set.clone();
    let mut datasets = Vec::new();
    let mut names = Vec::new();
    for l in set.iter().flat_map(|s| &s.lists) {
        let v = &l.snapshot.version;
        let name = yente_name(&v.source);
        let title = SOURCES
            .iter()
            .find(|p| p.source == v.source.prefix())
            .map(|p| p.title.to_string())
            .unwrap_or_else(|| format!("{} (custom list)", v.source.prefix()));
        let version = v
            .published
            .map(|d| format!("{d}-{}", &v.sha256[..v.sha256.len().min(12)]))
            .unwrap_or_else(|| v.sha256[..v.sha256.len().min(12)].to_string());
        datasets.push(json!({
            "name": name,
            "title": title,
            "updated_at": v.published.as_ref().and_then(timestamp),
            "version": version,
            "index_version": version,
            "entity_count": l.snapshot.entities.len(),
            "load": true,
            "children": [],
            "tags": ["list.sanction"],
        }));
        names.push(name);
    }
    for c in YENTE_COLLECTIONS {
        datasets.push(json!({
            "name": c,
            "title": format!("{c}: every list in force"),
            "load": false,
            "children": names,
        }));
    }
    Ok(Json(json!({
        "datasets": datasets,
        "current": names,
        "outdated": [],
        "index_stale": false,
    })))
}

/// yente's `GET /algorithms`: nomina's one matcher, its features and their coefficients
/// read from the matcher's own constants.
#[utoipa::path(
    get,
    path = "/algorithms",
    tag = "compatibility",
    responses((status = 200, description = "yente's `AlgorithmResponse`: nomina's one matcher", body = Object)),
    security(("bearer" = []))
)]
pub async fn algorithms(
    YenteCaller(caller): YenteCaller,
    RawQuery(raw): RawQuery,
) -> Result<Json<Value>, ApiError> {
    caller.require(Role::Screen)?;
    Params::parse(raw.as_deref(), &[])?;
    let url = "docs/matching.md";
    let mut features = Map::new();
    features.insert(
        "name".into(),
        json!({
            "description": format!(
                "Name score: query coverage ^ {} × name coverage ^ {} ({} for East Asian names), over token rarity weights, times the weak-alias and lone-fuzzy-word factors",
                nomina_match::QUERY_EXP, nomina_match::NAME_EXP, nomina_match::SYLLABIC_NAME_EXP
            ),
            "coefficient": 1.0,
            "url": url,
        }),
    );
    if let Ok(Value::Object(adjustments)) = serde_json::to_value(nomina_match::ADJUSTMENTS) {
        for (k, v) in adjustments {
            features.insert(
                k.clone(),
                json!({
                    "description": format!("Evidence adjustment added to the name score: {}", k.replace('_', " ")),
                    "coefficient": v,
                    "url": url,
                }),
            );
        }
    }
    features.insert(
        "identifier".into(),
        json!({
            "description": "An identical listed identifier (passport, IMO, BIC…) is decisive: the score is at least 0.99",
            "coefficient": 0.0,
            "url": url,
        }),
    );
    let description = "nomina's matcher: order-free token alignment with variants, transliteration, phonetic keys and typo tolerance, plus date, country, type and identifier evidence; every score explained";
    Ok(Json(json!({
        "algorithms": [{
            "name": ALGORITHM,
            "description": description,
            "features": features,
            "docs": {
                "name": ALGORITHM,
                "description": description,
                "config": {},
                "features": features,
            },
        }],
        "default": ALGORITHM,
        "best": ALGORITHM,
    })))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yente_paths() {
        assert!(is_yente_path("/match/default"));
        assert!(is_yente_path("/entities/un-QDi.422/adjacent"));
        assert!(is_yente_path("/catalog"));
        assert!(!is_yente_path("/v2/search"));
        assert!(!is_yente_path("/v1/entities/un:QDi.422"));
    }
}
