//! Endpoints shaped like the peers' APIs, so that their own clients work against nomina
//! unchanged: OpenSanctions yente's (`/match`, `/search`, `/entities`, `/catalog`,
//! `/algorithms`; [`yente`]) and moov-io watchman's (`/v2/search`, `/v2/listinfo`,
//! `/ping`; [`watchman`]). Every screening through them goes through
//! [`run_screening`] like `/v1/screen`: audited, alerting, failing closed.
//!
//! The contract is the peers' own code: `tests/python/compat` drives yente-client and
//! nomenklatura's `YenteEnricher` and validates every answer with yente's pydantic models
//! and watchman's published OpenAPI document, and `crates/cli/tests/compat_watchman.rs`
//! decodes watchman answers into structs mirroring watchman's Go types.
//!
//! Every parameter a peer defines is either honoured or refused with 400 ([`params`]);
//! docs/service.md has the table. Names of lists go through one table ([`datasets`]);
//! entities are written by [`ftm`] (yente) and [`watchman`].

pub mod datasets;
pub mod ftm;
pub mod params;
pub mod watchman;
pub mod yente;

pub use watchman::{__path_watchman_search, watchman_search};
pub use yente::{__path_yente_match, yente_match};

use crate::api::screen::{run_screening, ScreenQuery, ScreenRequest};
use crate::auth::Caller;
use crate::bounded::Deadline;
use crate::error::ApiError;
use crate::lists::VersionRef;
use crate::state::AppState;
use serde_json::Value;
use std::collections::BTreeMap;

/// One party a peer asks about: nomina screens each of its names with the same evidence
/// and keeps each entity's best score.
#[derive(Debug, Clone, Default)]
pub struct Party {
    /// The names to screen (at least one).
    pub names: Vec<String>,
    /// nomina's type, when the peer gave one.
    pub entity_type: Option<String>,
    /// Date of birth or incorporation.
    pub dob: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Identifiers (an identical listed one is decisive).
    pub identifiers: Vec<String>,
}

/// One entity found for a party: its best score over the party's names.
#[derive(Debug, Clone)]
pub struct Found {
    /// Entity key.
    pub key: String,
    /// Best score.
    pub score: f64,
    /// The hit as `/v1/screen` returns it (explanation, alert).
    pub hit: Value,
    /// The name of the party that scored best.
    pub query_name: String,
}

/// What [`screen_parties`] returns.
#[derive(Debug)]
pub struct Screening {
    /// The audit log's id of the screening.
    pub screening_id: String,
    /// The list versions screened against.
    pub lists: Vec<VersionRef>,
    /// Per party, in order: the entities found, best first (ties by key).
    pub found: Vec<Vec<Found>>,
}

/// Screens parties (each name of each party one query of one audited screening) and
/// keeps each entity's best score per party, best first. `per_query` is how many hits each
/// name may bring; callers that filter afterwards ask for the service's `--max-limit`.
pub async fn screen_parties(
    state: &AppState,
    caller: &Caller,
    deadline: &Deadline,
    parties: &[Party],
    min_score: f64,
    per_query: usize,
    kind: &'static str,
) -> Result<Screening, ApiError> {
    let mut queries = Vec::new();
    let mut owner = Vec::new();
    for (i, p) in parties.iter().enumerate() {
        for name in &p.names {
            queries.push(ScreenQuery {
                name: name.clone(),
                entity_type: p.entity_type.clone(),
                dob: p.dob.clone(),
                country: p.country.clone(),
                identifiers: p.identifiers.clone(),
                reference: None,
            });
            owner.push(i);
        }
    }
    let screened = run_screening(
        state,
        caller,
        deadline,
        ScreenRequest {
            queries,
            min_score: Some(min_score),
            limit: Some(per_query),
            as_of: None,
        },
        kind,
    )
    .await?;
    let mut best: Vec<BTreeMap<String, Found>> = vec![BTreeMap::new(); parties.len()];
    for (i, result) in owner.into_iter().zip(&screened.results) {
        for h in &result.hits {
            let (Some(key), Some(score)) = (h["entity"].as_str(), h["score"].as_f64()) else {
                continue;
            };
            if best[i].get(key).is_none_or(|f| f.score < score) {
                best[i].insert(
                    key.to_string(),
                    Found {
                        key: key.to_string(),
                        score,
                        hit: h.clone(),
                        query_name: result.query.name.clone(),
                    },
                );
            }
        }
    }
    let found = best
        .into_iter()
        .map(|m| {
            let mut v: Vec<Found> = m.into_values().collect();
            v.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.key.cmp(&b.key)));
            v
        })
        .collect();
    Ok(Screening {
        screening_id: screened.screening_id,
        lists: screened.lists,
        found,
    })
}

/// The prefixes of the custom lists in force (their own dataset names to both peers).
pub fn custom_sources(state: &AppState) -> Vec<String> {
    let lists = state.lists.load();
    lists
        .set
        .as_ref()
        .map(|s| {
            s.lists
                .iter()
                .map(|l| &l.snapshot.version.source)
                .filter(|s| matches!(s, nomina_model::Source::Custom(_)))
                .map(|s| s.prefix().to_string())
                .collect()
        })
        .unwrap_or_default()
}
