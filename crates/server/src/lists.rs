//! The lists in force inside the service: loaded once, indexed once, swapped atomically on
//! reload, and judged usable or not before every screening.
//!
//! Screening reads an `Arc<ListSet>` from an `ArcSwap` and keeps it for the whole request,
//! so a reload never changes the lists under a running screening and never blocks one.
//! When a reload fails the last good set stays in force; when there never was a good set,
//! or a list has grown older than its configured maximum age, [`ListState::usable`] says
//! which list and why, and screening answers 503 instead of "no match".

use nomina_match::Matcher;
use nomina_model::{Entity, FuzzyDate, ListVersion};
use nomina_registry::{LoadedList, LoadedLists, Origin};
use nomina_scan::Scanner;
use nomina_store::Millis;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Arc;

/// One loaded, indexed set of lists: everything a screening needs, immutable.
pub struct ListSet {
    /// The lists, in registry order.
    pub lists: Vec<LoadedList>,
    /// The name index over all of them.
    pub matcher: Arc<Matcher>,
    /// The text scanner over the same index.
    pub scanner: Arc<Scanner>,
    /// Entity key → (list index, entity index).
    by_key: HashMap<String, (usize, usize)>,
    /// The listings of one party on several lists, grouped (with the analysts'
    /// judgements the set was built with).
    pub parties: nomina_registry::parties::Parties,
    /// When this set was loaded.
    pub loaded_at: Millis,
    /// How long loading and indexing took.
    pub build_ms: u64,
}

impl ListSet {
    /// Indexes a loaded set of lists (CPU-bound: call from a blocking thread), grouping
    /// parties across lists without any analyst's judgement.
    pub fn build(loaded: LoadedLists, loaded_at: Millis) -> ListSet {
        ListSet::build_with(
            loaded,
            loaded_at,
            &nomina_registry::parties::Judgements::default(),
        )
    }

    /// [`ListSet::build`], grouping parties across lists with the analysts' `judgements`.
    pub fn build_with(
        loaded: LoadedLists,
        loaded_at: Millis,
        judgements: &nomina_registry::parties::Judgements,
    ) -> ListSet {
        let started = std::time::Instant::now();
        let parties = nomina_registry::parties::Parties::link(&loaded, judgements);
        // The matcher is built from the snapshots alone; they are moved out and back with
        // their origins rather than copied.
        let (snapshots, origins): (Vec<_>, Vec<_>) = loaded
            .lists
            .into_iter()
            .map(|l| (l.snapshot, l.origin))
            .unzip();
        let matcher = Arc::new(Matcher::build(&snapshots));
        let scanner = Arc::new(Scanner::new(matcher.clone()));
        let lists: Vec<LoadedList> = snapshots
            .into_iter()
            .zip(origins)
            .map(|(snapshot, origin)| LoadedList { snapshot, origin })
            .collect();
        let mut by_key = HashMap::new();
        for (li, list) in lists.iter().enumerate() {
            for (ei, e) in list.snapshot.entities.iter().enumerate() {
                by_key.insert(e.key.clone(), (li, ei));
            }
        }
        ListSet {
            lists,
            matcher,
            scanner,
            by_key,
            parties,
            loaded_at,
            build_ms: started.elapsed().as_millis() as u64,
        }
    }

    /// The party of listing `key` as answers show it: its id and every listing, or
    /// `None` when no other list lists it.
    pub fn party_json(&self, key: &str) -> Option<serde_json::Value> {
        let p = self.parties.of(key)?;
        Some(serde_json::json!({"id": p.id, "listings": p.listings}))
    }

    /// The entity with this key and the list it is on.
    pub fn entity(&self, key: &str) -> Option<(&Entity, &LoadedList)> {
        let &(li, ei) = self.by_key.get(key.trim())?;
        let list = &self.lists[li];
        Some((&list.snapshot.entities[ei], list))
    }

    /// The versions in force, for responses and audit records.
    pub fn versions(&self) -> Vec<VersionRef> {
        self.lists
            .iter()
            .map(|l| VersionRef::of(&l.snapshot.version))
            .collect()
    }

    /// Number of entities across all lists.
    pub fn entity_count(&self) -> usize {
        self.by_key.len()
    }
}

/// A SHA-256 over the entity's JSON: equal content, equal fingerprint. Computed when an
/// alert needs it, not for every entity at load.
pub fn fingerprint(e: &Entity) -> String {
    fingerprint_json(&serde_json::to_string(e).unwrap_or_default())
}

/// [`fingerprint`] of an entity already serialised (alerts keep the JSON as a snapshot).
pub fn fingerprint_json(json: &str) -> String {
    let digest = Sha256::digest(json.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// A list version as reported with every result: enough to reproduce the screening.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct VersionRef {
    /// `un`, `ofac`, `eu`, `uk` or a custom list's name.
    pub source: String,
    /// Publication date (`YYYY-MM-DD`) when the list states one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// SHA-256 of the list file(s).
    pub sha256: String,
}

impl VersionRef {
    /// The reference for one list version.
    pub fn of(v: &ListVersion) -> VersionRef {
        VersionRef {
            source: v.source.to_string(),
            published: v.published.map(|d| d.to_string()),
            sha256: v.sha256.clone(),
        }
    }
}

/// Maximum ages per source: the registry's, one home for both the `lists` command's
/// freshness report and the service's refusal to screen on stale lists.
pub use nomina_registry::freshness::MaxAges;

/// What the service has: a usable set, or the reason it has none.
pub struct ListState {
    /// The last set that loaded completely, if any.
    pub set: Option<Arc<ListSet>>,
    /// The last load failure, kept for `/readyz` and `/v1/lists` even while an older set
    /// stays in force.
    pub last_error: Option<String>,
    /// When the last failure happened.
    pub last_error_at: Option<Millis>,
}

/// Why screening cannot run now: one entry per list at fault.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Unusable {
    /// Source (`un`, `ofac`…) or `lists` when no set loaded at all.
    pub list: String,
    /// Why.
    pub reason: String,
}

impl ListState {
    /// The set to screen against, or every reason it cannot be used.
    pub fn usable(&self, max: &MaxAges, now: Millis) -> Result<Arc<ListSet>, Vec<Unusable>> {
        let Some(set) = &self.set else {
            return Err(vec![Unusable {
                list: "lists".into(),
                reason: self
                    .last_error
                    .clone()
                    .unwrap_or_else(|| "the lists are still loading".into()),
            }]);
        };
        let problems: Vec<Unusable> = set
            .lists
            .iter()
            .filter_map(|l| stale_reason(&l.snapshot.version, max, now))
            .collect();
        if problems.is_empty() {
            Ok(set.clone())
        } else {
            Err(problems)
        }
    }
}

/// Why a list is too old to screen against, if it is.
pub fn stale_reason(v: &ListVersion, max: &MaxAges, now: Millis) -> Option<Unusable> {
    let limit = max.for_source(&v.source)?;
    let list = v.source.to_string();
    match v.published.and_then(|d| age_days(d, now)) {
        Some(age) if age > limit => Some(Unusable {
            list,
            reason: format!(
                "published {} ({age:.1} days ago), older than its maximum age of {limit} days; run `nomina update`",
                v.published.map(|d| d.to_string()).unwrap_or_default()
            ),
        }),
        Some(_) => None,
        None => Some(Unusable {
            list,
            reason: format!(
                "the list states no complete publication date, so its age of at most {limit} days cannot be checked"
            ),
        }),
    }
}

/// Days between a full date (midnight UTC) and `now`; `None` for a partial date.
pub fn age_days(d: FuzzyDate, now: Millis) -> Option<f64> {
    let (m, day) = (d.month?, d.day?);
    let start = crate::timefmt::days_from_civil(d.year as i64, m as i64, day as i64) * 86_400_000;
    Some((now - start) as f64 / 86_400_000.0)
}

/// Where a list came from, for `/v1/lists`.
pub fn origin_label(o: &Origin) -> String {
    o.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages() {
        let now = crate::timefmt::days_from_civil(2026, 11, 28) * 86_400_000 + 43_200_000;
        let d = FuzzyDate::ymd(2026, 11, 27).unwrap();
        assert_eq!(age_days(d, now), Some(1.5));
        assert_eq!(age_days(FuzzyDate::year(2026), now), None);
    }
}
