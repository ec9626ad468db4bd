//! How old the lists in force are, and whether that is too old.
//!
//! Sanctions lists change several times a month; screening against an old version misses
//! every designation since. Each official source therefore has a default maximum age
//! ([`DEFAULT_MAX_AGE_DAYS`], overridable per source), and every list in force is judged
//! against it ([`assess`]). The bundled defaults are snapshots of a past date compiled
//! into the binary: they are reported as snapshots, never as fresh, and the EU one is
//! marked as the small excerpt it is.

use crate::{bundled, LoadedList, Origin};
use nomina_model::{FuzzyDate, Source};
use serde::Serialize;
use std::collections::BTreeMap;

/// The default maximum age, in days since the publication date, per official source
/// (by prefix). All four publish amendments several times a month; 30 days leaves room for
/// a missed weekly update, not for a list that has stopped being updated. Custom lists
/// have no default: their owner knows how often they change.
pub const DEFAULT_MAX_AGE_DAYS: &[(&str, f64)] =
    &[("un", 30.0), ("ofac", 30.0), ("eu", 30.0), ("uk", 30.0)];

/// Maximum ages per source, in days.
#[derive(Debug, Clone, PartialEq)]
pub struct MaxAges {
    /// Applies to every source without an entry of its own.
    pub default_days: Option<f64>,
    /// Per source prefix.
    pub per_source: BTreeMap<String, f64>,
}

impl Default for MaxAges {
    /// The documented defaults ([`DEFAULT_MAX_AGE_DAYS`]).
    fn default() -> MaxAges {
        MaxAges {
            default_days: None,
            per_source: DEFAULT_MAX_AGE_DAYS
                .iter()
                .map(|(s, d)| (s.to_string(), *d))
                .collect(),
        }
    }
}

impl MaxAges {
    /// No maximum age for any source: the service's and the stream's default
    /// (`docs/service.md`), so that a new installation runs on its bundled snapshots until
    /// it is told how fresh its lists must be.
    pub fn none() -> MaxAges {
        MaxAges {
            default_days: None,
            per_source: BTreeMap::new(),
        }
    }

    /// The maximum age of a source, if it has one.
    pub fn for_source(&self, source: &Source) -> Option<f64> {
        self.per_source
            .get(source.prefix())
            .copied()
            .or(self.default_days)
    }

    /// Sets the maximum age of one source, or (`None`) of every source: a bare `--max-age`
    /// replaces the defaults for all sources.
    pub fn set(&mut self, source: Option<&Source>, days: f64) {
        match source {
            Some(s) => {
                self.per_source.insert(s.prefix().to_string(), days);
            }
            None => {
                self.per_source.clear();
                self.default_days = Some(days);
            }
        }
    }
}

/// The verdict on one list's age.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Downloaded or given, and younger than its maximum age.
    Fresh,
    /// Older than its maximum age.
    Stale,
    /// A bundled snapshot younger than its maximum age: usable, but never "fresh".
    Snapshot,
    /// The list states no full publication date, so its age cannot be told.
    Undated,
    /// No maximum age applies (a custom list without one).
    Unchecked,
}

/// A list's age against its maximum.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Freshness {
    /// The verdict.
    pub status: Status,
    /// Publication date the list states.
    pub published: Option<FuzzyDate>,
    /// Whole days since then.
    pub age_days: Option<i64>,
    /// The maximum that applies.
    pub max_age_days: Option<f64>,
    /// A snapshot bundled with nomina, not a download.
    pub bundled_snapshot: bool,
    /// Only an excerpt of the real list (the bundled EU file).
    pub excerpt: bool,
}

/// Judges one list in force against `max` on day `today` (days since 1970-01-01, UTC).
pub fn assess(list: &LoadedList, max: &MaxAges, today: i64) -> Freshness {
    let v = &list.snapshot.version;
    let bundled_snapshot = list.origin == Origin::Bundled;
    let excerpt = bundled_snapshot && bundled::get(&v.source).is_some_and(|b| b.excerpt);
    let max_age_days = max.for_source(&v.source);
    let age_days = v.published.and_then(days_since_epoch).map(|d| today - d);
    let status = match (age_days, max_age_days) {
        (None, _) => Status::Undated,
        (Some(age), Some(limit)) if age as f64 > limit => Status::Stale,
        _ if bundled_snapshot => Status::Snapshot,
        (Some(_), Some(_)) => Status::Fresh,
        (Some(_), None) => Status::Unchecked,
    };
    Freshness {
        status,
        published: v.published,
        age_days,
        max_age_days,
        bundled_snapshot,
        excerpt,
    }
}

impl Freshness {
    /// One line for people: what the list is and whether it may be relied on.
    pub fn describe(&self) -> String {
        let date = self
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "no date".into());
        let what = if self.bundled_snapshot {
            format!("snapshot of {date} bundled with nomina")
        } else {
            format!("published {date}")
        };
        let age = self
            .age_days
            .map(|a| format!("{a} days old"))
            .unwrap_or_default();
        let max = self
            .max_age_days
            .map(|m| format!("{m} days"))
            .unwrap_or_default();
        match self.status {
            Status::Fresh => format!("fresh: {what}, {age} (maximum {max})"),
            Status::Stale => format!(
                "STALE: {what}, {age}, older than its maximum age of {max}; run `nomina update`"
            ),
            Status::Snapshot => {
                format!("{what}, {age} (maximum {max}); run `nomina update` for the current list")
            }
            Status::Undated => {
                format!("age unknown: {what}; the list states no full publication date")
            }
            Status::Unchecked => format!("{what}, {age}; no maximum age set"),
        }
    }
}

/// Days from 1970-01-01 to a full date; `None` for a year or month alone.
pub fn days_since_epoch(d: FuzzyDate) -> Option<i64> {
    Some(crate::time::days_from_civil(
        i64::from(d.year),
        u32::from(d.month?),
        u32::from(d.day?),
    ))
}

/// Today, in days since 1970-01-01 (UTC).
pub fn today() -> i64 {
    crate::time::today_days()
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_lists::ListSnapshot;
    use nomina_model::ListVersion;

    fn list(source: Source, published: Option<FuzzyDate>, origin: Origin) -> LoadedList {
        LoadedList {
            snapshot: ListSnapshot {
                version: ListVersion {
                    source,
                    format: "test".into(),
                    published,
                    sha256: String::new(),
                    files: Vec::new(),
                },
                entities: Vec::new(),
                warnings: Vec::new(),
            },
            origin,
        }
    }

    fn day(y: i32, m: u8, d: u8) -> i64 {
        days_since_epoch(FuzzyDate::ymd(y, m, d).unwrap()).unwrap()
    }

    #[test]
    fn downloads_are_fresh_or_stale_by_their_source_maximum() {
        let today = day(2026, 12, 4);
        let file = Origin::File("x".into());
        let recent = list(Source::Un, FuzzyDate::ymd(2026, 11, 30), file.clone());
        let f = assess(&recent, &MaxAges::default(), today);
        assert_eq!((f.status, f.age_days), (Status::Fresh, Some(4)));
        assert_eq!(
            f.describe(),
            "fresh: published 2026-11-30, 4 days old (maximum 30 days)"
        );
        let old = list(Source::Uk, FuzzyDate::ymd(2018, 4, 13), file.clone());
        let f = assess(&old, &MaxAges::default(), today);
        assert_eq!(f.status, Status::Stale);
        assert!(
            f.describe().starts_with("STALE: published 2018-04-13"),
            "{}",
            f.describe()
        );
        let undated = list(Source::Ofac, Some(FuzzyDate::year(2020)), file.clone());
        assert_eq!(
            assess(&undated, &MaxAges::default(), today).status,
            Status::Undated
        );
        let custom = list(
            Source::Custom("acme".into()),
            FuzzyDate::ymd(2001, 1, 1),
            file,
        );
        assert_eq!(
            assess(&custom, &MaxAges::default(), today).status,
            Status::Unchecked
        );
    }

    #[test]
    fn bundled_lists_are_snapshots_never_fresh_and_the_eu_one_an_excerpt() {
        let published = FuzzyDate::ymd(2026, 11, 30);
        let f = assess(
            &list(Source::Un, published, Origin::Bundled),
            &MaxAges::default(),
            day(2026, 12, 1),
        );
        assert_eq!(f.status, Status::Snapshot);
        assert!(!f.describe().contains("fresh"), "{}", f.describe());
        assert!(f
            .describe()
            .starts_with("snapshot of 2026-11-30 bundled with nomina"));
        let eu = assess(
            &list(Source::Eu, FuzzyDate::ymd(2024, 10, 2), Origin::Bundled),
            &MaxAges::default(),
            day(2026, 12, 1),
        );
        assert!(eu.excerpt && eu.status == Status::Stale, "{eu:?}");
        assert!(
            eu.describe().starts_with("STALE: snapshot of 2024-10-02"),
            "{}",
            eu.describe()
        );
    }

    #[test]
    fn maximum_ages_are_overridden_per_source_or_for_all() {
        let mut m = MaxAges::default();
        assert_eq!(m.for_source(&Source::Ofac), Some(30.0));
        assert_eq!(m.for_source(&Source::Custom("acme".into())), None);
        m.set(Some(&Source::Ofac), 7.0);
        assert_eq!(m.for_source(&Source::Ofac), Some(7.0));
        m.set(None, 90.0);
        assert_eq!(m.for_source(&Source::Ofac), Some(90.0));
        assert_eq!(m.for_source(&Source::Custom("acme".into())), Some(90.0));
        m.set(Some(&Source::Un), 1.0);
        assert_eq!(m.for_source(&Source::Un), Some(1.0));
    }
}
