//! Screening for the report, through the matcher's one public entry point
//! ([`Matcher::screen`]) exactly as `nomina screen --batch` calls it: each query with the
//! same floor and hit limit, on all cores with rayon, results kept in input order.
//!
//! The same queries are also screened on one thread, one at a time: that run gives the
//! latencies of the speed section, and its results, serialised, must be byte-identical to
//! the parallel run's (the stability check).

use nomina_match::{Hit, Matcher, Query};
use rayon::prelude::*;
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::time::{Duration, Instant};

/// How each query is screened: the lowest score reported and the most hits kept per query.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Screening {
    /// Lowest score reported (hits below it are not seen by the report).
    pub floor: f64,
    /// Most hits kept per query, highest first.
    pub limit: usize,
}

/// A query the matcher refused, with the position of the query in its input.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("query {index} ({id}): {message}")]
pub struct ScreenError {
    /// 0-based position of the query in the input.
    pub index: usize,
    /// The query's id.
    pub id: String,
    /// The matcher's reason.
    pub message: String,
}

/// The results of one screening run, in input order.
#[derive(Debug, Clone)]
pub struct Run {
    /// Hits of each query, highest first, as the matcher returned them.
    pub hits: Vec<Vec<Hit>>,
    /// Wall time of the whole run.
    pub elapsed: Duration,
}

fn screen_one(
    matcher: &Matcher,
    s: Screening,
    i: usize,
    id: &str,
    q: &Query,
) -> Result<Vec<Hit>, ScreenError> {
    matcher
        .screen(q, s.floor, s.limit)
        .map_err(|e| ScreenError {
            index: i,
            id: id.to_string(),
            message: e.to_string(),
        })
}

/// Screens every query on all cores (rayon), as `screen --batch` does.
pub fn screen_parallel(
    matcher: &Matcher,
    s: Screening,
    queries: &[(&str, &Query)],
) -> Result<Run, ScreenError> {
    let start = Instant::now();
    let hits = queries
        .par_iter()
        .enumerate()
        .map(|(i, (id, q))| screen_one(matcher, s, i, id, q))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Run {
        hits,
        elapsed: start.elapsed(),
    })
}

/// Screens every query on this thread, one at a time, timing each: the latencies of the
/// speed section, and the second run of the stability check.
pub fn screen_sequential(
    matcher: &Matcher,
    s: Screening,
    queries: &[(&str, &Query)],
) -> Result<(Run, Vec<Duration>), ScreenError> {
    let start = Instant::now();
    let mut hits = Vec::with_capacity(queries.len());
    let mut latencies = Vec::with_capacity(queries.len());
    for (i, (id, q)) in queries.iter().enumerate() {
        let t = Instant::now();
        hits.push(screen_one(matcher, s, i, id, q)?);
        latencies.push(t.elapsed());
    }
    let run = Run {
        hits,
        elapsed: start.elapsed(),
    };
    Ok((run, latencies))
}

#[derive(Serialize)]
struct ResultLine<'a> {
    id: &'a str,
    hits: Vec<ResultHit<'a>>,
}

#[derive(Serialize)]
struct ResultHit<'a> {
    entity: &'a str,
    score: f64,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<&'a nomina_match::Explanation>,
}

/// The results as JSON Lines in `screen --batch`'s format (`{"id", "hits": [{"entity",
/// "score", "name"}]}`), which the benchmark's scorer reads; with `explain`, each hit
/// carries its explanation (`--explain`).
pub fn result_lines(ids: &[&str], hits: &[Vec<Hit>], explain: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for (id, hs) in ids.iter().zip(hits) {
        let line = ResultLine {
            id,
            hits: hs
                .iter()
                .map(|h| ResultHit {
                    entity: &h.entity,
                    score: h.score,
                    name: &h.name,
                    explanation: explain.then_some(&h.explanation),
                })
                .collect(),
        };
        // Serialising plain strings and finite numbers cannot fail.
        if serde_json::to_writer(&mut out, &line).is_ok() {
            out.push(b'\n');
        }
    }
    out
}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// What the stability check found for one input: the SHA-256 of each run's results (with
/// explanations) and, when they differ, the first query whose results differ.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Repeat {
    /// Queries screened in each run.
    pub queries: usize,
    /// How the two runs were made, in words.
    pub runs: String,
    /// SHA-256 of the first run's results.
    pub first_sha256: String,
    /// SHA-256 of the second run's results.
    pub second_sha256: String,
    /// True when the two runs' results are byte-identical.
    pub identical: bool,
    /// The id of the first query whose results differ.
    pub first_difference: Option<String>,
}

/// Compares two runs over the same queries byte for byte, explanations included, chunk by
/// chunk: the results of a chunk can be dropped once added, so a portfolio of millions is
/// checked in bounded memory.
pub struct RepeatCheck {
    runs: String,
    queries: usize,
    first: Sha256,
    second: Sha256,
    first_difference: Option<String>,
}

impl RepeatCheck {
    /// A check of two runs made as `runs` says (in words, for the report).
    pub fn new(runs: &str) -> RepeatCheck {
        RepeatCheck {
            runs: runs.to_string(),
            queries: 0,
            first: Sha256::new(),
            second: Sha256::new(),
            first_difference: None,
        }
    }

    /// Adds the next chunk: the same queries' results in the first and the second run.
    pub fn add(&mut self, ids: &[&str], a: &[Vec<Hit>], b: &[Vec<Hit>]) {
        let (ja, jb) = (result_lines(ids, a, true), result_lines(ids, b, true));
        self.first.update(&ja);
        self.second.update(&jb);
        self.queries += ids.len();
        if ja != jb && self.first_difference.is_none() {
            self.first_difference = ids
                .iter()
                .zip(a.iter().zip(b))
                .find(|(id, (x, y))| {
                    result_lines(&[id], std::slice::from_ref(x), true)
                        != result_lines(&[id], std::slice::from_ref(y), true)
                })
                .map(|(id, _)| id.to_string());
        }
    }

    /// The outcome.
    pub fn finish(self) -> Repeat {
        let hex = |d: Sha256| {
            d.finalize()
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect::<String>()
        };
        let (first_sha256, second_sha256) = (hex(self.first), hex(self.second));
        Repeat {
            queries: self.queries,
            runs: self.runs,
            identical: first_sha256 == second_sha256 && self.first_difference.is_none(),
            first_sha256,
            second_sha256,
            first_difference: self.first_difference,
        }
    }
}

/// Compares two whole runs over the same queries (see [`RepeatCheck`]).
pub fn compare_runs(ids: &[&str], a: &[Vec<Hit>], b: &[Vec<Hit>], runs: &str) -> Repeat {
    let mut check = RepeatCheck::new(runs);
    check.add(ids, a, b);
    check.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_is_the_standard_digest() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn result_lines_are_the_batch_format() {
        let out = result_lines(&["q1", "q2"], &[Vec::new(), Vec::new()], false);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"id\":\"q1\",\"hits\":[]}\n{\"id\":\"q2\",\"hits\":[]}\n"
        );
    }

    fn hit(score: f64) -> Hit {
        Hit {
            entity: "un:1".into(),
            name: "A".into(),
            entity_type: nomina_model::EntityType::Person,
            score,
            explanation: nomina_match::Explanation {
                matched_name: "A".into(),
                name_kind: nomina_model::NameKind::Primary,
                query_coverage: 1.0,
                name_coverage: 1.0,
                name_exponent: 0.38,
                factors: Vec::new(),
                name_score: score,
                tokens: Vec::new(),
                evidence: Default::default(),
            },
        }
    }

    #[test]
    fn a_difference_is_found_in_any_chunk_and_named() {
        let mut check = RepeatCheck::new("twice");
        check.add(&["a"], &[vec![hit(0.9)]], &[vec![hit(0.9)]]);
        check.add(
            &["b", "c"],
            &[vec![], vec![hit(0.8)]],
            &[vec![], vec![hit(0.81)]],
        );
        let r = check.finish();
        assert!(!r.identical);
        assert_eq!(r.queries, 3);
        assert_eq!(r.first_difference.as_deref(), Some("c"));
        assert_ne!(r.first_sha256, r.second_sha256);
        // Chunked and whole checks hash the same bytes.
        let whole = compare_runs(&["a"], &[vec![hit(0.9)]], &[vec![hit(0.9)]], "twice");
        let mut chunked = RepeatCheck::new("twice");
        chunked.add(&["a"], &[vec![hit(0.9)]], &[vec![hit(0.9)]]);
        assert_eq!(chunked.finish(), whole);
        assert_eq!(
            whole.first_sha256,
            sha256_hex(&result_lines(&["a"], &[vec![hit(0.9)]], true))
        );
    }

    #[test]
    fn identical_runs_compare_equal() {
        let ids = ["a", "b"];
        let runs = vec![Vec::new(), Vec::new()];
        let r = compare_runs(&ids, &runs, &runs, "twice");
        assert!(r.identical);
        assert_eq!(r.first_sha256, r.second_sha256);
        assert_eq!(r.first_difference, None);
    }
}
