//! Detection broken down: by tag, by script of the query, by entity type and by list, each at
//! the configured threshold and at the thresholds of fixed false-positive rate (0.1 %, 1 %,
//! 5 %) of the whole set.
//!
//! Recall and the false-positive rate are counted as the benchmark's scorer counts them
//! (see [`crate::scorer`]); precision as its best-F1 figure does: an alert is true when an
//! expected entity scores at least the threshold, false when only unexpected ones do.

use crate::input::Labelled;
use crate::scorer::{fpr_at, recall_at, recall_at_k, QueryScore, Ranked};
use nomina_model::{detect_script, EntityType};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Recall, precision and false-positive rate at one threshold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Point {
    /// The threshold.
    pub threshold: f64,
    /// Recall of the positives.
    pub recall: Option<f64>,
    /// Precision of the alerts.
    pub precision: Option<f64>,
    /// False-positive rate of the negatives.
    pub fpr: Option<f64>,
}

/// Figures for one group of queries.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRow {
    /// Positive queries in the group.
    pub positives: usize,
    /// Negative queries in the group.
    pub negatives: usize,
    /// Recall@1 of the positives.
    pub recall_at_1: Option<f64>,
    /// Recall at the configured threshold.
    pub recall: Option<f64>,
    /// Precision at the configured threshold.
    pub precision: Option<f64>,
    /// False-positive rate of the negatives at the configured threshold.
    pub fpr: Option<f64>,
    /// At the threshold of each fixed false-positive rate of the whole set (`0.1%`, `1%`,
    /// `5%`).
    pub at_fpr: BTreeMap<String, Point>,
}

/// Share of alerts at `t` that are true: a positive with an expected entity at `t` is a true
/// alert; a negative with any hit at `t`, or a positive with only unexpected entities at `t`,
/// a false one. `None` when nothing alerts.
pub fn precision_at(items: &[&QueryScore], t: f64) -> Option<f64> {
    let mut tp = 0usize;
    let mut fp = 0usize;
    for x in items {
        let hit = |s: Option<f64>| s.is_some_and(|s| s >= t);
        if x.positive {
            if hit(x.best) {
                tp += 1;
            } else if hit(x.wrong) {
                fp += 1;
            }
        } else if hit(x.top) {
            fp += 1;
        }
    }
    (tp + fp > 0).then(|| tp as f64 / (tp + fp) as f64)
}

/// Recall, precision and false-positive rate of `items` at threshold `t`.
pub fn point(items: &[QueryScore], t: f64) -> Point {
    let pos: Vec<&QueryScore> = items.iter().filter(|s| s.positive).collect();
    let neg: Vec<&QueryScore> = items.iter().filter(|s| !s.positive).collect();
    let all: Vec<&QueryScore> = items.iter().collect();
    Point {
        threshold: t,
        recall: recall_at(&pos, t),
        precision: precision_at(&all, t),
        fpr: fpr_at(&neg, t),
    }
}

/// The figures of one group at threshold `t` and at each (label, threshold) of `at_fpr`.
pub fn row(items: &[QueryScore], t: f64, at_fpr: &[(String, f64)]) -> GroupRow {
    let pos: Vec<&QueryScore> = items.iter().filter(|s| s.positive).collect();
    let here = point(items, t);
    GroupRow {
        positives: pos.len(),
        negatives: items.len() - pos.len(),
        recall_at_1: recall_at_k(&pos, 1),
        recall: here.recall,
        precision: here.precision,
        fpr: here.fpr,
        at_fpr: at_fpr
            .iter()
            .map(|(label, th)| (label.clone(), point(items, *th)))
            .collect(),
    }
}

/// The tables of the detection section: group name to figures, for each way of grouping.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Breakdowns {
    /// By tag of the labelled file.
    pub tag: BTreeMap<String, GroupRow>,
    /// By the dominant script of the query's name.
    pub script: BTreeMap<String, GroupRow>,
    /// By entity type: a positive's is the type of its first expected entity on the lists,
    /// a negative's its stated type, else a type among its tags, else `not stated`.
    pub entity_type: BTreeMap<String, GroupRow>,
    /// By list (the prefix of an entity key): a positive counts for each list it expects an
    /// entity from, and is found when one of that list's expected entities is; a negative
    /// counts for every list, as a false alert when a hit from that list reaches the
    /// threshold.
    pub list: BTreeMap<String, GroupRow>,
}

fn rows(
    groups: BTreeMap<String, Vec<QueryScore>>,
    t: f64,
    at_fpr: &[(String, f64)],
) -> BTreeMap<String, GroupRow> {
    groups
        .into_iter()
        .map(|(g, items)| (g, row(&items, t, at_fpr)))
        .collect()
}

/// The list prefix of an entity key (`un` for `un:QDi.422`).
pub fn list_of(key: &str) -> &str {
    key.split_once(':').map_or(key, |(p, _)| p)
}

const TYPE_TAGS: [&str; 4] = ["person", "organization", "vessel", "aircraft"];

fn entity_type_of(q: &Labelled, types: &HashMap<String, EntityType>) -> String {
    if q.is_positive() {
        if let Some(t) = q.expect.iter().find_map(|k| types.get(k)) {
            return t.as_str().to_string();
        }
        return "not on the lists".to_string();
    }
    if let Some(t) = q.query.entity_type {
        return t.as_str().to_string();
    }
    q.tags
        .iter()
        .find(|t| TYPE_TAGS.contains(&t.as_str()))
        .cloned()
        .unwrap_or_else(|| "not stated".to_string())
}

/// The figures of each query against one list only.
fn restricted(q: &Labelled, hits: &Ranked, list: &str) -> QueryScore {
    let expected = |e: &str| list_of(e) == list && q.expect.iter().any(|x| x == e);
    let max = |it: &mut dyn Iterator<Item = f64>| {
        it.fold(None, |m: Option<f64>, s| Some(m.map_or(s, |m| m.max(s))))
    };
    QueryScore {
        best: max(&mut hits.iter().filter(|(e, _)| expected(e)).map(|h| h.1)),
        rank: hits.iter().position(|(e, _)| expected(e)),
        wrong: max(&mut hits
            .iter()
            .filter(|(e, _)| !q.expect.contains(e))
            .map(|h| h.1)),
        top: hits.iter().find(|(e, _)| list_of(e) == list).map(|h| h.1),
        positive: q.is_positive(),
    }
}

/// Computes every breakdown. `types` maps entity keys to their listed type.
pub fn breakdowns(
    queries: &[Labelled],
    hits: &[Ranked],
    scores: &[QueryScore],
    types: &HashMap<String, EntityType>,
    t: f64,
    at_fpr: &[(String, f64)],
) -> Breakdowns {
    let mut tag: BTreeMap<String, Vec<QueryScore>> = BTreeMap::new();
    let mut script: BTreeMap<String, Vec<QueryScore>> = BTreeMap::new();
    let mut etype: BTreeMap<String, Vec<QueryScore>> = BTreeMap::new();
    for (q, s) in queries.iter().zip(scores) {
        for g in &q.tags {
            tag.entry(g.clone()).or_default().push(*s);
        }
        let sc = serde_json::to_value(detect_script(&q.query.name))
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_else(|| "other".into());
        script.entry(sc).or_default().push(*s);
        etype.entry(entity_type_of(q, types)).or_default().push(*s);
    }
    let mut lists: Vec<&str> = queries
        .iter()
        .flat_map(|q| q.expect.iter().map(|k| list_of(k)))
        .collect();
    lists.sort_unstable();
    lists.dedup();
    let mut list: BTreeMap<String, Vec<QueryScore>> = BTreeMap::new();
    for l in lists {
        let items = queries
            .iter()
            .zip(hits)
            .filter(|(q, _)| !q.is_positive() || q.expect.iter().any(|k| list_of(k) == l))
            .map(|(q, h)| restricted(q, h, l))
            .collect();
        list.insert(l.to_string(), items);
    }
    Breakdowns {
        tag: rows(tag, t, at_fpr),
        script: rows(script, t, at_fpr),
        entity_type: rows(etype, t, at_fpr),
        list: rows(list, t, at_fpr),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scorer::query_scores;
    use nomina_match::Query;

    fn q(id: &str, name: &str, expect: &[&str]) -> Labelled {
        Labelled {
            id: id.into(),
            line: 1,
            query: Query::name(name),
            expect: expect.iter().map(|s| s.to_string()).collect(),
            tags: Vec::new(),
        }
    }

    fn h(v: &[(&str, f64)]) -> Ranked {
        v.iter().map(|(e, s)| (e.to_string(), *s)).collect()
    }

    #[test]
    fn precision_counts_wrong_entity_alerts_as_false() {
        let qs = [
            q("a", "A", &["un:1"]),
            q("b", "B", &["un:2"]),
            q("c", "C", &[]),
        ];
        let hs = [
            h(&[("un:1", 0.9)]),
            h(&[("un:5", 0.85)]),
            h(&[("un:6", 0.95)]),
        ];
        let s = query_scores(&qs, &hs);
        let all: Vec<&QueryScore> = s.iter().collect();
        assert_eq!(precision_at(&all, 0.8), Some(1.0 / 3.0));
        assert_eq!(precision_at(&all, 0.9), Some(0.5));
        assert_eq!(precision_at(&all, 0.99), None);
    }

    #[test]
    fn breakdowns_group_by_script_type_and_list() {
        let qs = [
            q("a", "Masood Azhar", &["un:QDi.422", "ofac:11459"]),
            q("b", "مسعود أزهر", &["ofac:11459"]),
            q("c", "Иван Петров", &[]),
        ];
        let hs = [
            h(&[("ofac:11459", 0.95), ("un:QDi.422", 0.87)]),
            h(&[("ofac:11459", 0.7)]),
            h(&[("un:QDi.1", 0.82)]),
        ];
        let s = query_scores(&qs, &hs);
        let types = HashMap::from([("un:QDi.422".to_string(), EntityType::Person)]);
        let b = breakdowns(&qs, &hs, &s, &types, 0.8, &[("1%".to_string(), 0.9)]);
        assert_eq!(b.script["latin"].positives, 1);
        assert_eq!(b.script["arabic"].recall, Some(0.0));
        assert_eq!(b.script["cyrillic"].fpr, Some(1.0));
        assert_eq!(b.entity_type["person"].positives, 1);
        assert_eq!(b.entity_type["not on the lists"].positives, 1);
        assert_eq!(b.entity_type["not stated"].negatives, 1);
        // un: one positive found at 0.87 (below the 0.9 of 1 % FPR), the negative alerts on un.
        let un = &b.list["un"];
        assert_eq!((un.positives, un.negatives), (1, 1));
        assert_eq!((un.recall, un.at_fpr["1%"].recall), (Some(1.0), Some(0.0)));
        assert_eq!(un.at_fpr["1%"].threshold, 0.9);
        assert_eq!(un.fpr, Some(1.0));
        assert_eq!(un.recall_at_1, Some(0.0));
        // ofac: two positives, one found; the negative has no ofac hit.
        let ofac = &b.list["ofac"];
        assert_eq!(
            (ofac.positives, ofac.recall, ofac.fpr),
            (2, Some(0.5), Some(0.0))
        );
    }
}
