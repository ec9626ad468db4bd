//! The name benchmark's figures, counted exactly as its scorer `score_names.py` counts them
//! (`../shared/bench/README.md`): recall@1 and @5, the thresholds at 0.1 %, 1 % and 5 %
//! false-positive rate and the recall there, the best F1, and per tag recall@1, recall at the
//! 1 %-FPR threshold and, for negatives, the FPR there.
//!
//! [`BenchFigures`] serialises to the same JSON object as `score_names.py --json`, so the two
//! can be compared key by key (the test `scorer_figures_equal_score_names` does).

use crate::input::Labelled;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The false-positive rates at which thresholds are chosen.
pub const FPR_POINTS: [f64; 3] = [0.001, 0.01, 0.05];

/// One query's ranked hits as the scorer sees them: (entity key, score), highest first.
pub type Ranked = Vec<(String, f64)>;

/// What one query's hits mean for the figures.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct QueryScore {
    /// Positives: the highest score of an expected entity.
    pub best: Option<f64>,
    /// Positives: the rank (0-based) of the first expected entity.
    pub rank: Option<usize>,
    /// Positives: the highest score of an entity that is not expected.
    pub wrong: Option<f64>,
    /// The highest score of any hit (for negatives, what makes a false positive).
    pub top: Option<f64>,
    /// True for a positive.
    pub positive: bool,
}

/// Reduces each query's hits to what the figures count.
pub fn query_scores(queries: &[Labelled], hits: &[Ranked]) -> Vec<QueryScore> {
    queries
        .iter()
        .zip(hits)
        .map(|(q, hs)| {
            let expected = |e: &str| q.expect.iter().any(|x| x == e);
            let max = |it: &mut dyn Iterator<Item = f64>| {
                it.fold(None, |m: Option<f64>, s| Some(m.map_or(s, |m| m.max(s))))
            };
            QueryScore {
                best: max(&mut hs.iter().filter(|(e, _)| expected(e)).map(|h| h.1)),
                rank: hs.iter().position(|(e, _)| expected(e)),
                wrong: max(&mut hs.iter().filter(|(e, _)| !expected(e)).map(|h| h.1)),
                top: hs.first().map(|h| h.1),
                positive: q.is_positive(),
            }
        })
        .collect()
}

/// Share of positives with an expected entity among the top `k` hits.
pub fn recall_at_k(items: &[&QueryScore], k: usize) -> Option<f64> {
    share(items, |p| p.rank.is_some_and(|r| r < k))
}

/// Share of positives with an expected entity scoring at least `t`.
pub fn recall_at(items: &[&QueryScore], t: f64) -> Option<f64> {
    share(items, |p| p.best.is_some_and(|s| s >= t))
}

/// Share of negatives with any hit scoring at least `t`.
pub fn fpr_at(items: &[&QueryScore], t: f64) -> Option<f64> {
    share(items, |x| x.top.is_some_and(|s| s >= t))
}

fn share(items: &[&QueryScore], pred: impl Fn(&QueryScore) -> bool) -> Option<f64> {
    (!items.is_empty())
        .then(|| items.iter().filter(|x| pred(x)).count() as f64 / items.len() as f64)
}

/// The next representable number above `x` (for scores, which are never negative).
pub fn next_up(x: f64) -> f64 {
    if x.is_nan() || x == f64::INFINITY {
        return x;
    }
    if x == 0.0 {
        return f64::from_bits(1);
    }
    let bits = x.to_bits();
    f64::from_bits(if x > 0.0 { bits + 1 } else { bits - 1 })
}

/// The lowest threshold whose false-positive rate is at most `target`, given the highest
/// hit score of each negative (`None` for a negative without hits).
pub fn threshold_for_fpr(neg_top: &[Option<f64>], target: f64) -> f64 {
    let n = neg_top.len();
    if n == 0 {
        return 0.0;
    }
    let allowed = (target * n as f64 + 1e-9).floor() as usize;
    let mut scored: Vec<f64> = neg_top.iter().flatten().copied().collect();
    scored.sort_by(|a, b| b.total_cmp(a));
    if scored.len() <= allowed {
        return 0.0;
    }
    // More than `allowed` negatives score at least t for any t up to scored[allowed].
    next_up(scored[allowed])
}

/// The label of a false-positive rate as the scorer writes it: `0.1%`, `1%`, `5%`.
pub fn fpr_label(target: f64) -> String {
    let pct = target * 100.0;
    let rounded = (pct * 1e6).round() / 1e6;
    format!("{rounded}%")
}

/// Figures at one target false-positive rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AtFpr {
    /// The target rate.
    pub target_fpr: f64,
    /// The lowest threshold meeting it.
    pub threshold: f64,
    /// The rate actually reached there.
    pub fpr: Option<f64>,
    /// Recall there.
    pub recall: Option<f64>,
}

/// The threshold with the best F1, where a positive whose hits at the threshold are all
/// wrong entities counts as a false positive too.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BestF1 {
    /// The threshold.
    pub threshold: Option<f64>,
    /// F1 there.
    pub f1: f64,
    /// Precision there.
    pub precision: Option<f64>,
    /// Recall there.
    pub recall: Option<f64>,
}

/// Figures for one tag.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TagFigures {
    /// Positives with the tag.
    pub positives: usize,
    /// Negatives with the tag.
    pub negatives: usize,
    /// Recall@1 of its positives.
    pub recall_at_1: Option<f64>,
    /// Recall of its positives at the 1 %-FPR threshold.
    pub recall_at_1pct_fpr: Option<f64>,
    /// False-positive rate of its negatives at the 1 %-FPR threshold.
    pub fpr_at_1pct_threshold: Option<f64>,
}

/// Everything `score_names.py --json` prints, under its keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchFigures {
    /// Queries in the file.
    pub queries: usize,
    /// Queries with a result line.
    pub answered: usize,
    /// Queries without one.
    pub missing: usize,
    /// Positive queries.
    pub positives: usize,
    /// Negative queries.
    pub negatives: usize,
    /// Recall@1.
    pub recall_at_1: Option<f64>,
    /// Recall@5.
    pub recall_at_5: Option<f64>,
    /// By target false-positive rate (`0.1%`, `1%`, `5%`).
    pub at_fpr: BTreeMap<String, AtFpr>,
    /// The best F1 over all thresholds.
    pub best_f1: BestF1,
    /// By tag.
    pub per_tag: BTreeMap<String, TagFigures>,
}

impl BenchFigures {
    /// The threshold at the 1 % false-positive rate.
    pub fn threshold_1pct(&self) -> f64 {
        self.at_fpr
            .get(&fpr_label(0.01))
            .map_or(0.0, |o| o.threshold)
    }
}

/// Counts the benchmark's figures. `answered[i]` says whether query `i` had a result line
/// (always true for the report's own screening; false lets a test read a results file with
/// lines missing, as the scorer allows).
pub fn bench_figures(
    queries: &[Labelled],
    scores: &[QueryScore],
    answered: &[bool],
) -> BenchFigures {
    let pos: Vec<&QueryScore> = scores.iter().filter(|s| s.positive).collect();
    let neg: Vec<&QueryScore> = scores.iter().filter(|s| !s.positive).collect();
    let neg_top: Vec<Option<f64>> = neg.iter().map(|x| x.top).collect();
    let at_fpr: BTreeMap<String, AtFpr> = FPR_POINTS
        .iter()
        .map(|&target| {
            let t = threshold_for_fpr(&neg_top, target);
            let o = AtFpr {
                target_fpr: target,
                threshold: t,
                fpr: fpr_at(&neg, t),
                recall: recall_at(&pos, t),
            };
            (fpr_label(target), o)
        })
        .collect();
    let t1 = at_fpr[&fpr_label(0.01)].threshold;
    let mut tags: BTreeMap<&str, (Vec<&QueryScore>, Vec<&QueryScore>)> = BTreeMap::new();
    for (q, s) in queries.iter().zip(scores) {
        for tag in &q.tags {
            let e = tags.entry(tag).or_default();
            if s.positive { &mut e.0 } else { &mut e.1 }.push(s);
        }
    }
    let per_tag = tags
        .into_iter()
        .map(|(tag, (p, n))| {
            let f = TagFigures {
                positives: p.len(),
                negatives: n.len(),
                recall_at_1: recall_at_k(&p, 1),
                recall_at_1pct_fpr: recall_at(&p, t1),
                fpr_at_1pct_threshold: fpr_at(&n, t1),
            };
            (tag.to_string(), f)
        })
        .collect();
    let answered_n = answered.iter().filter(|&&a| a).count();
    BenchFigures {
        queries: queries.len(),
        answered: answered_n,
        missing: queries.len() - answered_n,
        positives: pos.len(),
        negatives: neg.len(),
        recall_at_1: recall_at_k(&pos, 1),
        recall_at_5: recall_at_k(&pos, 5),
        at_fpr,
        best_f1: best_f1(&pos, &neg),
        per_tag,
    }
}

/// Sweeps every score that occurs, highest first, with running counts.
fn best_f1(pos: &[&QueryScore], neg: &[&QueryScore]) -> BestF1 {
    let mut best = BestF1 {
        threshold: None,
        f1: 0.0,
        precision: None,
        recall: None,
    };
    if pos.is_empty() {
        return best;
    }
    // Scores are never negative, so their bit patterns sort as the numbers do.
    #[derive(Default, Clone, Copy)]
    struct At {
        tp: i64,
        fp_neg: i64,
        wrong_on: i64,
        wrong_off: i64,
    }
    let mut events: BTreeMap<u64, At> = BTreeMap::new();
    let key = |s: f64| s.to_bits();
    for p in pos {
        for s in [p.best, p.wrong].into_iter().flatten() {
            events.entry(key(s)).or_default();
        }
        if let Some(b) = p.best {
            events.entry(key(b)).or_default().tp += 1;
        }
        // A positive is a wrong-entity alert at t when wrong >= t > best.
        if let Some(w) = p.wrong {
            if p.best.is_none_or(|b| w > b) {
                events.entry(key(w)).or_default().wrong_on += 1;
                if let Some(b) = p.best {
                    events.entry(key(b)).or_default().wrong_off += 1;
                }
            }
        }
    }
    for x in neg {
        if let Some(m) = x.top {
            events.entry(key(m)).or_default().fp_neg += 1;
        }
    }
    let (mut tp, mut fpn, mut wrong) = (0i64, 0i64, 0i64);
    let n_pos = pos.len() as i64;
    for (&bits, at) in events.iter().rev() {
        tp += at.tp;
        fpn += at.fp_neg;
        wrong += at.wrong_on - at.wrong_off;
        let fp = fpn + wrong;
        let fn_ = n_pos - tp;
        let f1 = if tp > 0 {
            2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
        } else {
            0.0
        };
        if f1 > best.f1 {
            best = BestF1 {
                threshold: Some(f64::from_bits(bits)),
                f1,
                precision: (tp + fp > 0).then(|| tp as f64 / (tp + fp) as f64),
                recall: Some(tp as f64 / n_pos as f64),
            };
        }
    }
    best
}

/// Reads result lines (`{"id", "hits": [{"entity", "score"}]}`) as the scorer does: hits
/// ranked by score, highest first, ties in the order given; scores clipped to [0, 1]; a
/// malformed hit or a NaN score ignored; for an id answered twice, the last line. Returns
/// each query's hits and whether it had a line. Lines that are not JSON are an error naming
/// the line.
pub fn read_results(queries: &[Labelled], text: &str) -> Result<(Vec<Ranked>, Vec<bool>), String> {
    let index: HashMap<&str, usize> = queries
        .iter()
        .enumerate()
        .map(|(i, q)| (q.id.as_str(), i))
        .collect();
    let mut hits = vec![Vec::new(); queries.len()];
    let mut answered = vec![false; queries.len()];
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let row: serde_json::Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: not JSON ({e})", n + 1))?;
        let Some(&i) = row["id"].as_str().and_then(|id| index.get(id)) else {
            continue;
        };
        let mut hs: Ranked = row["hits"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|h| {
                        let e = match &h["entity"] {
                            serde_json::Value::String(s) => s.clone(),
                            serde_json::Value::Null => return None,
                            other => other.to_string(),
                        };
                        let s = h["score"].as_f64()?;
                        Some((e, s.clamp(0.0, 1.0)))
                    })
                    .collect()
            })
            .unwrap_or_default();
        hs.sort_by(|a, b| b.1.total_cmp(&a.1));
        hits[i] = hs;
        answered[i] = true;
    }
    Ok((hits, answered))
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_match::Query;

    fn q(id: &str, expect: &[&str], tags: &[&str]) -> Labelled {
        Labelled {
            id: id.into(),
            line: 1,
            query: Query::name("x"),
            expect: expect.iter().map(|s| s.to_string()).collect(),
            tags: tags.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn hits(v: &[(&str, f64)]) -> Ranked {
        v.iter().map(|(e, s)| (e.to_string(), *s)).collect()
    }

    #[test]
    fn labels_are_written_as_the_scorer_writes_them() {
        assert_eq!(fpr_label(0.001), "0.1%");
        assert_eq!(fpr_label(0.01), "1%");
        assert_eq!(fpr_label(0.05), "5%");
    }

    #[test]
    fn next_up_is_the_next_double() {
        assert!(next_up(0.8) > 0.8);
        assert_eq!(next_up(0.8).to_bits(), 0.8f64.to_bits() + 1);
        assert!(next_up(0.0) > 0.0);
    }

    #[test]
    fn fpr_threshold_allows_exactly_the_target_share() {
        // 10 negatives: at 10 % one may alert; the second highest sets the threshold.
        let neg: Vec<Option<f64>> = vec![
            Some(0.9),
            Some(0.7),
            Some(0.6),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        ];
        assert_eq!(threshold_for_fpr(&neg, 0.1), next_up(0.7));
        assert_eq!(threshold_for_fpr(&neg, 0.01), next_up(0.9));
        assert_eq!(threshold_for_fpr(&neg, 0.5), 0.0);
        assert_eq!(threshold_for_fpr(&[], 0.01), 0.0);
    }

    #[test]
    fn figures_of_a_small_case() {
        let qs = [
            q("p1", &["un:1"], &["typo"]),
            q("p2", &["un:2"], &["typo", "person"]),
            q("p3", &["un:3"], &["person"]),
            q("n1", &[], &["person"]),
        ];
        let hs = [
            hits(&[("un:1", 0.95)]),
            hits(&[("un:9", 0.9), ("un:2", 0.85)]),
            hits(&[("un:8", 0.7)]),
            hits(&[("un:7", 0.75)]),
        ];
        let scores = query_scores(&qs, &hs);
        let f = bench_figures(&qs, &scores, &[true; 4]);
        assert_eq!((f.positives, f.negatives), (3, 1));
        assert_eq!(f.recall_at_1, Some(1.0 / 3.0));
        assert_eq!(f.recall_at_5, Some(2.0 / 3.0));
        // One negative: any FPR below 100 % needs a threshold above its 0.75.
        let o = &f.at_fpr["1%"];
        assert_eq!(o.threshold, next_up(0.75));
        assert_eq!((o.fpr, o.recall), (Some(0.0), Some(2.0 / 3.0)));
        // Best F1 at 0.85: TP 2, FN 1, and p2's wrong 0.9 no longer counts once its
        // expected 0.85 is reached: F1 = 4 / 5.
        assert_eq!(f.best_f1.threshold, Some(0.85));
        assert_eq!(f.best_f1.f1, 4.0 / 5.0);
        assert_eq!(f.best_f1.precision, Some(1.0));
        assert_eq!(f.per_tag["typo"].positives, 2);
        assert_eq!(f.per_tag["person"].negatives, 1);
        assert_eq!(f.per_tag["person"].fpr_at_1pct_threshold, Some(0.0));
        assert_eq!(f.per_tag["typo"].recall_at_1, Some(0.5));
    }

    #[test]
    fn results_are_read_as_the_scorer_reads_them() {
        let qs = [q("a", &["un:1"], &[]), q("b", &[], &[])];
        let text = "{\"id\": \"a\", \"hits\": [{\"entity\": \"un:2\", \"score\": 0.5}, {\"entity\": \"un:1\", \"score\": 1.5}, {\"score\": 0.9}]}\n{\"id\": \"zzz\", \"hits\": []}\n";
        let (h, answered) = read_results(&qs, text).unwrap();
        assert_eq!(h[0], hits(&[("un:1", 1.0), ("un:2", 0.5)]));
        assert_eq!(answered, [true, false]);
        assert!(read_results(&qs, "{oops")
            .unwrap_err()
            .starts_with("line 1"));
    }
}
