//! What moved since a previous report: every figure whose value differs from the baseline's
//! `figures.json`, and every query whose outcome changed.
//!
//! Figures are compared as the JSON documents they are: each number, string or flag found
//! under the same path of objects in both (lists, such as curve points, are compared
//! through the figures derived from them). Speed, creation time and the previous change
//! section are left out: they move on every run.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

/// The `format` every report's `figures.json` carries, checked when it is read back.
pub const FORMAT: &str = "nomina-validate/1";

/// Top-level keys left out of the comparison.
const SKIPPED: [&str; 5] = ["created", "speed", "change", "outcomes", "format"];

/// What a query's screening meant at the threshold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Outcome {
    /// The name screened.
    pub name: String,
    /// `found` or `missed` for a positive, `clear` or `alert` for a negative.
    pub outcome: String,
    /// Positives: the best score of an expected entity; negatives: the highest score.
    pub score: Option<f64>,
}

/// A figure that moved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Moved {
    /// Its path in `figures.json`, keys joined by `/`.
    pub path: String,
    /// The baseline's value (`null` when the baseline did not have it).
    pub before: Value,
    /// This report's value (`null` when it no longer exists).
    pub after: Value,
}

/// A query whose outcome changed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChangedQuery {
    /// Its id.
    pub id: String,
    /// The name screened now.
    pub name: String,
    /// Outcome in the baseline.
    pub before: String,
    /// Outcome now.
    pub after: String,
    /// Score in the baseline.
    pub score_before: Option<f64>,
    /// Score now.
    pub score_after: Option<f64>,
}

/// The change section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// The baseline file.
    pub baseline: String,
    /// When the baseline was made.
    pub baseline_created: Option<String>,
    /// Figures that moved.
    pub moved: Vec<Moved>,
    /// Queries whose outcome changed, by id.
    pub queries: Vec<ChangedQuery>,
    /// Query ids in this report but not in the baseline.
    pub added_queries: usize,
    /// Query ids in the baseline but not in this report.
    pub removed_queries: usize,
}

/// Why a baseline cannot be used.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct BaselineError {
    /// The file.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

/// Reads a previous report's `figures.json`.
pub fn read_baseline(path: &std::path::Path) -> Result<Value, BaselineError> {
    let file = path.display().to_string();
    let err = |message: String| BaselineError {
        file: file.clone(),
        message,
    };
    let text = std::fs::read_to_string(path).map_err(|e| err(format!("cannot read: {e}")))?;
    let v: Value = serde_json::from_str(&text).map_err(|e| err(format!("not JSON: {e}")))?;
    if v.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(err(format!(
            "not the figures.json of a `nomina validate` report (no \"format\": \"{FORMAT}\")"
        )));
    }
    if !v.get("outcomes").is_some_and(Value::is_object) {
        return Err(err("no \"outcomes\" object".into()));
    }
    Ok(v)
}

fn flatten(prefix: &str, v: &Value, out: &mut BTreeMap<String, Value>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if prefix.is_empty() && SKIPPED.contains(&k.as_str()) {
                    continue;
                }
                let p = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}/{k}")
                };
                flatten(&p, x, out);
            }
        }
        Value::Array(_) => {}
        leaf => {
            out.insert(prefix.to_string(), leaf.clone());
        }
    }
}

fn same(a: &Value, b: &Value) -> bool {
    match (a.as_f64(), b.as_f64()) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-12,
        _ => a == b,
    }
}

fn outcomes(v: &Value) -> BTreeMap<String, Outcome> {
    v.get("outcomes")
        .and_then(|o| serde_json::from_value(o.clone()).ok())
        .unwrap_or_default()
}

/// Compares this report's figures (`now`) with the baseline's.
pub fn compare(baseline_file: &str, before: &Value, now: &Value) -> Change {
    let (mut a, mut b) = (BTreeMap::new(), BTreeMap::new());
    flatten("", before, &mut a);
    flatten("", now, &mut b);
    let mut paths: Vec<&String> = a.keys().chain(b.keys()).collect();
    paths.sort();
    paths.dedup();
    let moved = paths
        .into_iter()
        .filter_map(|p| {
            let (x, y) = (
                a.get(p).unwrap_or(&Value::Null),
                b.get(p).unwrap_or(&Value::Null),
            );
            (!same(x, y)).then(|| Moved {
                path: p.clone(),
                before: x.clone(),
                after: y.clone(),
            })
        })
        .collect();
    let (oa, ob) = (outcomes(before), outcomes(now));
    let queries = ob
        .iter()
        .filter_map(|(id, o)| {
            let was = oa.get(id)?;
            (was.outcome != o.outcome).then(|| ChangedQuery {
                id: id.clone(),
                name: o.name.clone(),
                before: was.outcome.clone(),
                after: o.outcome.clone(),
                score_before: was.score,
                score_after: o.score,
            })
        })
        .collect();
    Change {
        baseline: baseline_file.to_string(),
        baseline_created: before
            .get("created")
            .and_then(Value::as_str)
            .map(str::to_string),
        moved,
        queries,
        added_queries: ob.keys().filter(|k| !oa.contains_key(*k)).count(),
        removed_queries: oa.keys().filter(|k| !ob.contains_key(*k)).count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn report(threshold: f64, recall: f64, outcome_b: &str) -> Value {
        json!({
            "format": FORMAT,
            "created": "2026-01-01T00:00:00Z",
            "threshold": threshold,
            "detection": {"overall": {"recall": recall, "precision": 0.99}, "curve": [1, 2]},
            "speed": {"latency_p50_us": 20.0},
            "outcomes": {
                "a": {"name": "A", "outcome": "found", "score": 0.9},
                "b": {"name": "B", "outcome": outcome_b, "score": 0.78},
            }
        })
    }

    #[test]
    fn moved_figures_and_changed_queries_are_named() {
        let c = compare(
            "old.json",
            &report(0.8, 0.95, "missed"),
            &report(0.75, 0.97, "found"),
        );
        let paths: Vec<&str> = c.moved.iter().map(|m| m.path.as_str()).collect();
        assert_eq!(paths, ["detection/overall/recall", "threshold"]);
        assert_eq!(c.moved[1].before, json!(0.8));
        assert_eq!(c.queries.len(), 1);
        assert_eq!(
            (
                c.queries[0].id.as_str(),
                c.queries[0].before.as_str(),
                c.queries[0].after.as_str()
            ),
            ("b", "missed", "found")
        );
        assert_eq!(c.baseline_created.as_deref(), Some("2026-01-01T00:00:00Z"));
        assert_eq!((c.added_queries, c.removed_queries), (0, 0));
    }

    #[test]
    fn an_identical_report_moves_nothing() {
        let c = compare(
            "old.json",
            &report(0.8, 0.95, "missed"),
            &report(0.8, 0.95, "missed"),
        );
        assert!(c.moved.is_empty() && c.queries.is_empty());
    }

    #[test]
    fn a_file_that_is_no_report_is_refused() {
        let dir =
            std::env::temp_dir().join(format!("nomina-validate-baseline-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let p = dir.join("x.json");
        std::fs::write(&p, "{\"a\": 1}").unwrap();
        let e = read_baseline(&p).unwrap_err().to_string();
        assert!(e.contains("x.json: not the figures.json"), "{e}");
        std::fs::write(&p, "{oops").unwrap();
        assert!(read_baseline(&p)
            .unwrap_err()
            .to_string()
            .contains("not JSON"));
        std::fs::write(&p, report(0.8, 0.9, "found").to_string()).unwrap();
        assert!(read_baseline(&p).is_ok());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
