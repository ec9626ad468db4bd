//! Screening as of a past date: the list versions in force on that day, with only the
//! parties listed by then.
//!
//! Investigations and look-backs ask whether a payment made on a given day was made to a
//! listed party *on that day*. For each source the version published on or before the day
//! is used when the data directory holds one ([`Choice::InForce`]). Otherwise the version
//! at hand (a `--list` file, the version in force, the bundled default) is used with every
//! entity first listed after the day left out ([`Choice::LaterFiltered`]); parties
//! delisted before the day are then missing, and the report says so. An entity whose
//! listing date the list does not give (OFAC's CSV files carry none) is kept: screening
//! as of a date never drops a party it cannot prove was listed later.

use crate::store::{load_version, DataDir};
use crate::{load_in_force, LoadedList, LoadedLists, Options, Origin, RegistryError};
use nomina_model::{FuzzyDate, ListSnapshot, Source};
use serde::Serialize;

/// How the version of one list was chosen for a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Choice {
    /// Published on or before the day: the version in force then.
    InForce,
    /// Published after the day (no earlier version at hand): entities first listed after
    /// the day are left out; entities delisted before it cannot be restored.
    LaterFiltered,
}

/// What one list contributed to a screening as of a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AsOfList {
    /// The publisher.
    pub source: String,
    /// Publication date of the version used.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// SHA-256 of the version used.
    pub sha256: String,
    /// How the version was chosen.
    pub choice: Choice,
    /// Entities left out because they were first listed after the day.
    pub listed_later: usize,
    /// Entities kept whose listing date the list does not give.
    pub listing_date_unknown: usize,
}

/// The lists as of a day, what was used, and the parties of today's lists first listed
/// after that day (to say of a name that it was listed only later).
#[derive(Debug, Clone)]
pub struct AsOf {
    /// The lists to screen against.
    pub lists: LoadedLists,
    /// What was used, reported with every result.
    pub report: AsOfReport,
    /// Per list in force today, its parties first listed after the day (same version,
    /// only those entities): screened apart, their hits are "listed later", never hits.
    pub listed_later: Vec<ListSnapshot>,
}

/// The lists a screening as of a date ran against, reported with its result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AsOfReport {
    /// The day, `YYYY-MM-DD`.
    pub date: String,
    /// One entry per list, in the order of the lists.
    pub lists: Vec<AsOfList>,
}

/// Reads the day of `--as-of` / `"as_of"`: a full date, `YYYY-MM-DD`.
pub fn parse_day(text: &str) -> Result<FuzzyDate, RegistryError> {
    let day: FuzzyDate = text
        .trim()
        .parse()
        .map_err(|e| RegistryError::Usage(format!("as-of date: {e}")))?;
    if day.month.is_none() || day.day.is_none() {
        return Err(RegistryError::Usage(format!(
            "as-of date {text:?} must be a full date, YYYY-MM-DD"
        )));
    }
    Ok(day)
}

/// The first day a fuzzy date can stand for (`2019` is 2019-01-01).
fn earliest(d: &FuzzyDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
}

/// The last day a fuzzy date can stand for (`2019-05` is 2019-05-31 at most).
fn latest(d: &FuzzyDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(12), d.day.unwrap_or(31))
}

/// Whether a version published on `published` was certainly out by `day`.
pub fn published_by(published: Option<&FuzzyDate>, day: &FuzzyDate) -> bool {
    published.is_some_and(|p| latest(p) <= earliest(day))
}

/// Whether an entity first listed on `listed_on` was certainly listed after `day`.
pub fn listed_after(listed_on: Option<&FuzzyDate>, day: &FuzzyDate) -> bool {
    listed_on.is_some_and(|l| earliest(l) > earliest(day))
}

/// Keeps the entities of `list` listed by `day`, and says what was done.
pub fn restrict(mut list: LoadedList, day: &FuzzyDate) -> (LoadedList, AsOfList) {
    let snapshot = &mut list.snapshot;
    let before = snapshot.entities.len();
    snapshot
        .entities
        .retain(|e| !listed_after(e.listed_on.as_ref(), day));
    let listed_later = before - snapshot.entities.len();
    let listing_date_unknown = snapshot
        .entities
        .iter()
        .filter(|e| e.listed_on.is_none())
        .count();
    let v = &snapshot.version;
    let report = AsOfList {
        source: v.source.to_string(),
        published: v.published.map(|d| d.to_string()),
        sha256: v.sha256.clone(),
        choice: if published_by(v.published.as_ref(), day) {
            Choice::InForce
        } else {
            Choice::LaterFiltered
        },
        listed_later,
        listing_date_unknown,
    };
    (list, report)
}

/// Loads the lists as of `day` (see the module documentation): from the data directory,
/// for each source the latest version published on or before the day; else the lists
/// [`load_in_force`] would load, restricted to the parties listed by then.
pub fn load_as_of(opts: &Options, day: &FuzzyDate) -> Result<AsOf, RegistryError> {
    let lists = load_in_force(opts)?;
    let dir = if opts.lists.is_empty() {
        DataDir::resolve(opts.data_dir.as_deref())
    } else {
        None
    };
    as_of_lists(lists.lists, dir.as_ref(), day)
}

/// The lists as of `day` from the lists in force now (`current`): each replaced by the
/// version of `data_dir` in force on the day when there is one, then restricted to the
/// parties listed by then. What a long-running service does with the set it holds.
pub fn as_of_lists(
    current: Vec<LoadedList>,
    data_dir: Option<&DataDir>,
    day: &FuzzyDate,
) -> Result<AsOf, RegistryError> {
    let listed_later = current
        .iter()
        .map(|l| ListSnapshot {
            version: l.snapshot.version.clone(),
            entities: l
                .snapshot
                .entities
                .iter()
                .filter(|e| listed_after(e.listed_on.as_ref(), day))
                .cloned()
                .collect(),
            warnings: Vec::new(),
        })
        .filter(|s| !s.entities.is_empty())
        .collect();
    let mut lists = LoadedLists { lists: current };
    if let Some(dir) = data_dir {
        for list in &mut lists.lists {
            if let Some(older) = version_in_force_on(dir, &list.snapshot.version.source, day)? {
                *list = older;
            }
        }
    }
    let mut report = AsOfReport {
        date: day.to_string(),
        lists: Vec::new(),
    };
    let mut kept = Vec::with_capacity(lists.lists.len());
    for list in lists.lists {
        let (list, r) = restrict(list, day);
        report.lists.push(r);
        kept.push(list);
    }
    Ok(AsOf {
        lists: LoadedLists { lists: kept },
        report,
        listed_later,
    })
}

/// The stored version of `source` in force on `day`: the latest published on or before
/// it. `None` when the data directory holds no such version.
fn version_in_force_on(
    dir: &DataDir,
    source: &Source,
    day: &FuzzyDate,
) -> Result<Option<LoadedList>, RegistryError> {
    let best = dir
        .versions(source)?
        .into_iter()
        .filter(|(_, m)| published_by(m.published.as_ref(), day))
        // `versions` is oldest retrieval first: among equal dates the last retrieved wins.
        .max_by(|a, b| a.1.published.cmp(&b.1.published));
    let Some((name, _)) = best else {
        return Ok(None);
    };
    let path = dir.version_dir(source, &name);
    Ok(Some(LoadedList {
        snapshot: load_version(&path)?,
        origin: Origin::DataDir(path),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> FuzzyDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_day_is_a_full_date() {
        assert_eq!(parse_day("2019-03-01").unwrap(), d("2019-03-01"));
        assert!(matches!(parse_day("2019-03"), Err(RegistryError::Usage(_))));
        assert!(matches!(
            parse_day("2019-02-30"),
            Err(RegistryError::Usage(_))
        ));
        assert!(matches!(
            parse_day("yesterday"),
            Err(RegistryError::Usage(_))
        ));
    }

    #[test]
    fn only_a_listing_certainly_after_the_day_leaves_a_party_out() {
        let day = d("2019-03-01");
        assert!(listed_after(Some(&d("2019-05-01")), &day));
        assert!(!listed_after(Some(&d("2019-03-01")), &day));
        assert!(!listed_after(Some(&d("2010-11-01")), &day));
        // "2019" may be January: kept. No date: kept.
        assert!(!listed_after(Some(&d("2019")), &day));
        assert!(!listed_after(None, &day));
        assert!(listed_after(Some(&d("2020")), &day));
    }

    #[test]
    fn a_version_counts_as_in_force_only_when_certainly_published_by_the_day() {
        let day = d("2019-03-01");
        assert!(published_by(Some(&d("2019-02-28")), &day));
        assert!(published_by(Some(&d("2019-03-01")), &day));
        assert!(!published_by(Some(&d("2019-03")), &day));
        assert!(!published_by(Some(&d("2019-03-02")), &day));
        assert!(!published_by(None, &day));
    }
}
