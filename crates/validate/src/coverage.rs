//! What was screened against and how the matcher was configured: each list version with its
//! hash and counts, the index's size, and every weight and threshold the matcher publishes,
//! read from the constants where the matcher defines them (never copied).

use nomina_match::similarity::{
    edit_credit, ARTICLE, CONSONANTS, EXACT, INFLECTION, INITIAL, PHONETIC, VARIANT,
};
use nomina_match::{
    kind_factor, lone_fuzzy_factor, IndexStats, Matcher, ADJUSTMENTS, DEFAULT_THRESHOLD,
    MAX_NAME_CHARS, NAME_EXP, QUERY_EXP, SYLLABIC_NAME_EXP,
};
use nomina_model::{ListSnapshot, NameKind};
use serde::Serialize;
use std::collections::BTreeMap;

/// One list version in force.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListInfo {
    /// Publisher (`un`, `ofac`, …).
    pub source: String,
    /// File format it was read from.
    pub format: String,
    /// Publication date printed in the file.
    pub published: Option<String>,
    /// SHA-256 of its files.
    pub sha256: String,
    /// Its files.
    pub files: Vec<String>,
    /// Entities per type, and `total`.
    pub counts: BTreeMap<String, usize>,
}

/// One weight or threshold of the matcher, with where it is defined.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Setting {
    /// Its value.
    pub value: f64,
    /// The Rust item that defines it.
    pub defined_in: &'static str,
    /// What it does.
    pub meaning: &'static str,
}

/// A file the report read, pinned by its hash.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileInfo {
    /// Its path as given.
    pub path: String,
    /// SHA-256 of its bytes.
    pub sha256: String,
    /// Queries or customers read from it.
    pub records: usize,
}

/// The coverage section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    /// nomina's version (the workspace version the matcher was built at).
    pub nomina_version: &'static str,
    /// Lists in force, by source.
    pub lists: BTreeMap<String, ListInfo>,
    /// Size of the index built from them.
    pub index: IndexStats,
    /// Every published weight and threshold, by name.
    pub settings: BTreeMap<String, Setting>,
    /// The labelled queries.
    pub queries: FileInfo,
    /// The portfolio, if one was screened.
    pub portfolio: Option<FileInfo>,
}

/// Describes the lists of `snapshots`.
pub fn lists(snapshots: &[ListSnapshot]) -> BTreeMap<String, ListInfo> {
    snapshots
        .iter()
        .map(|s| {
            let v = &s.version;
            let mut counts: BTreeMap<String, usize> = s
                .counts()
                .iter()
                .map(|(t, n)| (t.as_str().to_string(), *n))
                .collect();
            counts.insert("total".into(), s.entities.len());
            let info = ListInfo {
                source: v.source.to_string(),
                format: v.format.clone(),
                published: v.published.map(|d| d.to_string()),
                sha256: v.sha256.clone(),
                files: v.files.clone(),
                counts,
            };
            (v.source.to_string(), info)
        })
        .collect()
}

fn set(
    m: &mut BTreeMap<String, Setting>,
    name: &str,
    value: f64,
    defined_in: &'static str,
    meaning: &'static str,
) {
    m.insert(
        name.to_string(),
        Setting {
            value,
            defined_in,
            meaning,
        },
    );
}

/// An `f32` weight as the decimal it was written as (0.62, not 0.6200000047683716).
fn decimal(v: f32) -> f64 {
    v.to_string().parse().unwrap_or(f64::from(v))
}

/// Every weight and threshold the matcher publishes, plus the report's own threshold, floor
/// and limit.
pub fn settings(threshold: f64, floor: f64, limit: usize) -> BTreeMap<String, Setting> {
    let mut m = BTreeMap::new();
    set(
        &mut m,
        "threshold",
        threshold,
        "nomina validate --threshold",
        "Alert threshold this report judges at.",
    );
    set(
        &mut m,
        "default_threshold",
        DEFAULT_THRESHOLD,
        "nomina_match::DEFAULT_THRESHOLD",
        "Default alert threshold of nomina screen and the service.",
    );
    set(
        &mut m,
        "report_floor",
        floor,
        "nomina screen --batch (BATCH_FLOOR)",
        "Lowest score reported per query; curves start here.",
    );
    set(
        &mut m,
        "hits_per_query",
        limit as f64,
        "nomina validate --limit",
        "Most hits kept per query.",
    );
    set(
        &mut m,
        "query_exponent",
        decimal(QUERY_EXP),
        "nomina_match::QUERY_EXP",
        "Exponent of the query coverage in the name score.",
    );
    set(
        &mut m,
        "name_exponent",
        decimal(NAME_EXP),
        "nomina_match::NAME_EXP",
        "Exponent of the listed name's coverage.",
    );
    set(
        &mut m,
        "syllabic_name_exponent",
        decimal(SYLLABIC_NAME_EXP),
        "nomina_match::SYLLABIC_NAME_EXP",
        "Name-coverage exponent for East Asian names.",
    );
    set(
        &mut m,
        "factor.weak_alias",
        decimal(kind_factor(NameKind::WeakAlias)),
        "nomina_match::kind_factor",
        "Factor of a match on a weak alias.",
    );
    set(
        &mut m,
        "factor.former_name",
        decimal(kind_factor(NameKind::FormerName)),
        "nomina_match::kind_factor",
        "Factor of a match on a former name.",
    );
    set(
        &mut m,
        "factor.lone_fuzzy_word_5_letters",
        decimal(lone_fuzzy_factor(5)),
        "nomina_match::lone_fuzzy_factor",
        "Factor of a match resting on one fuzzy word of at most 5 letters.",
    );
    set(
        &mut m,
        "factor.lone_fuzzy_word_6_letters",
        decimal(lone_fuzzy_factor(6)),
        "nomina_match::lone_fuzzy_factor",
        "The same for 6 letters and more.",
    );
    for (name, v, d, what) in [
        (
            "similarity.exact",
            EXACT,
            "nomina_match::similarity::EXACT",
            "Same folded spelling.",
        ),
        (
            "similarity.variant",
            VARIANT,
            "nomina_match::similarity::VARIANT",
            "Same variant family (data tables).",
        ),
        (
            "similarity.article",
            ARTICLE,
            "nomina_match::similarity::ARTICLE",
            "Same word with or without an Arabic article.",
        ),
        (
            "similarity.phonetic",
            PHONETIC,
            "nomina_match::similarity::PHONETIC",
            "Same phonetic skeleton.",
        ),
        (
            "similarity.consonants",
            CONSONANTS,
            "nomina_match::similarity::CONSONANTS",
            "Same consonants, one side without vowels.",
        ),
        (
            "similarity.inflection",
            INFLECTION,
            "nomina_match::similarity::INFLECTION",
            "Baltic nominative ending, at most.",
        ),
        (
            "similarity.initial",
            INITIAL,
            "nomina_match::similarity::INITIAL",
            "An initial standing for the word.",
        ),
    ] {
        set(&mut m, name, decimal(v), d, what);
    }
    for (name, edits, len) in [
        ("similarity.one_slip_7_letters", 1, 7),
        ("similarity.one_slip_5_letters", 1, 5),
        ("similarity.one_slip_4_letters", 1, 4),
        ("similarity.two_slips", 2, 8),
    ] {
        set(
            &mut m,
            name,
            decimal(edit_credit(edits, len)),
            "nomina_match::similarity::edit_credit",
            "Credit of typing slips by the shorter word's length.",
        );
    }
    if let Ok(serde_json::Value::Object(adj)) = serde_json::to_value(ADJUSTMENTS) {
        for (k, v) in adj {
            if let Some(v) = v.as_f64() {
                set(
                    &mut m,
                    &format!("evidence.{k}"),
                    v,
                    "nomina_match::ADJUSTMENTS",
                    "Added to the name score by secondary evidence.",
                );
            }
        }
    }
    set(
        &mut m,
        "max_name_chars",
        MAX_NAME_CHARS as f64,
        "nomina_match::MAX_NAME_CHARS",
        "Longest name screened.",
    );
    m
}

/// The whole coverage section.
pub fn coverage(
    matcher: &Matcher,
    snapshots: &[ListSnapshot],
    settings: BTreeMap<String, Setting>,
    queries: FileInfo,
    portfolio: Option<FileInfo>,
) -> Coverage {
    Coverage {
        nomina_version: env!("CARGO_PKG_VERSION"),
        lists: lists(snapshots),
        index: matcher.stats(),
        settings,
        queries,
        portfolio,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_come_from_the_matcher() {
        let s = settings(0.75, 0.5, 10);
        assert_eq!(s["threshold"].value, 0.75);
        assert_eq!(s["default_threshold"].value, DEFAULT_THRESHOLD);
        assert_eq!(s["query_exponent"].value, decimal(QUERY_EXP));
        assert_eq!(decimal(0.62), 0.62);
        assert_eq!(s["evidence.dob_exact"].value, ADJUSTMENTS.dob_exact);
        assert_eq!(
            s["evidence.type_person_vs_other"].value,
            ADJUSTMENTS.type_person_vs_other
        );
        assert_eq!(
            s["similarity.initial"].defined_in,
            "nomina_match::similarity::INITIAL"
        );
        assert_eq!(s["similarity.variant"].value, decimal(VARIANT));
        assert!(s.len() > 30, "every published weight: {}", s.len());
    }
}
