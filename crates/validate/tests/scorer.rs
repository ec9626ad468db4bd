//! The report's detection figures equal those of the name benchmark's scorer,
//! `score_names.py`, on the same results. The scorer's output for the fixture was computed
//! once by running it and is stored beside the fixture (see `data/README.md`): the scorer is
//! not part of this repository and CI has no `../shared`.

use nomina_validate::input::parse_labelled;
use nomina_validate::scorer::{bench_figures, query_scores, read_results};
use serde_json::Value;
use std::path::Path;

fn data(name: &str) -> String {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Every leaf of `want` equals the same leaf of `got`, numbers to the last bit; both have
/// the same keys. Returns the differences as text.
fn differences(path: &str, want: &Value, got: &Value, out: &mut Vec<String>) {
    match (want, got) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                match (a.get(k), b.get(k)) {
                    (Some(x), Some(y)) => differences(&format!("{path}/{k}"), x, y, out),
                    (x, y) => out.push(format!("{path}/{k}: scorer {x:?}, nomina {y:?}")),
                }
            }
        }
        (Value::Number(a), Value::Number(b))
            if a.as_f64().map(f64::to_bits) != b.as_f64().map(f64::to_bits) =>
        {
            out.push(format!("{path}: scorer {a}, nomina {b}"));
        }
        (Value::Number(_), Value::Number(_)) => {}
        (a, b) if a != b => out.push(format!("{path}: scorer {a}, nomina {b}")),
        _ => {}
    }
}

fn check(results: &str, expected: &str) {
    let queries = parse_labelled(
        Path::new("labelled.jsonl"),
        data("labelled.jsonl").as_bytes(),
    )
    .expect("fixture parses");
    let (hits, answered) = read_results(&queries, &data(results)).expect("results parse");
    let figures = bench_figures(&queries, &query_scores(&queries, &hits), &answered);
    let got = serde_json::to_value(&figures).unwrap();
    let mut want: Value = serde_json::from_str(&data(expected)).unwrap();
    // The scorer's counts of odd result lines: not a figure.
    want.as_object_mut().unwrap().remove("warnings");
    let mut diff = Vec::new();
    differences("", &want, &got, &mut diff);
    assert!(
        diff.is_empty(),
        "{results}: {} differences:\n{}",
        diff.len(),
        diff.join("\n")
    );
    // The comparison is not empty: the fixture exercises every kind of figure.
    assert_eq!(want["positives"], 100);
    assert!(want["per_tag"].as_object().unwrap().len() >= 10);
    assert!(want["best_f1"]["threshold"].is_number());
}

#[test]
fn scorer_figures_equal_score_names() {
    check("results.jsonl", "score_names-results.json");
}

#[test]
fn scorer_figures_equal_score_names_on_odd_result_files() {
    check("results-edge.jsonl", "score_names-results-edge.json");
}
