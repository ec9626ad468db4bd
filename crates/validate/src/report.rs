//! Making the report: screens the labelled queries (twice) and the portfolio (twice), counts
//! every figure and gathers them in one [`Figures`] document, which the HTML page, the plots
//! and `figures.json` are all made from.

use crate::baseline::{compare, Change, Outcome, FORMAT};
use crate::coverage::{coverage, settings, Coverage, FileInfo};
use crate::curves::{histogram, threshold_curve, CurvePoint, Histogram};
use crate::groups::{breakdowns, point, Breakdowns};
use crate::input::{Customer, Labelled};
use crate::portfolio::{
    false_alerts, recall_threshold, sample_alerting, CustomerHits, FalseAlerts,
};
use crate::scorer::{
    bench_figures, fpr_label, query_scores, BenchFigures, QueryScore, Ranked, FPR_POINTS,
};
use crate::screen::{
    compare_runs, result_lines, screen_parallel, screen_sequential, Repeat, RepeatCheck,
    ScreenError, Screening,
};
use crate::speed::{latencies_us, rate, Speed};
use nomina_match::{Hit, Matcher, Query};
use nomina_model::{EntityType, ListSnapshot};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::time::Instant;

/// Most missed positives listed with their diagnosis (all are counted).
pub const MAX_MISSED_LISTED: usize = 500;

/// Customers screened at a time: each chunk is screened twice and compared, then only its
/// hits' keys, names and scores are kept, so memory stays bounded for any portfolio.
pub const PORTFOLIO_CHUNK: usize = 20_000;

/// Hits looked at below the floor when searching a missed positive's expected entity.
const DIAGNOSIS_LIMIT: usize = 200;

/// Choices of one report.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// The alert threshold the report judges at.
    pub threshold: f64,
    /// How each query is screened (as `screen --batch`).
    pub screening: Screening,
    /// How many most-alerting entities to list.
    pub top_entities: usize,
    /// How many portfolio alerts to show with their explanation.
    pub sample_alerts: usize,
}

/// What the report is made from.
pub struct Inputs<'a> {
    /// The matcher, built from `snapshots`.
    pub matcher: &'a Matcher,
    /// The lists in force.
    pub snapshots: &'a [ListSnapshot],
    /// The labelled queries.
    pub queries: &'a [Labelled],
    /// Their file.
    pub queries_file: FileInfo,
    /// The portfolio and its file, if any.
    pub portfolio: Option<(&'a [Customer], FileInfo)>,
    /// A previous report's `figures.json` and its path, if any.
    pub baseline: Option<(String, serde_json::Value)>,
    /// Time the caller took to load the lists, ms.
    pub load_ms: f64,
    /// Time the caller took to build the index, ms.
    pub index_build_ms: f64,
}

/// A positive that no expected entity reached the threshold for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Missed {
    /// Query id.
    pub id: String,
    /// The query.
    pub query: Query,
    /// Its tags.
    pub tags: Vec<String>,
    /// The entities expected.
    pub expect: Vec<String>,
    /// The best-scoring expected entity, if the matcher scores one at all.
    pub best_entity: Option<String>,
    /// Its score (looked up below the report's floor when needed).
    pub best_score: Option<f64>,
    /// The explanation of that score, as `screen --explain` prints it.
    pub explanation: Option<String>,
    /// The highest hit, expected or not: (entity, name, score).
    pub top_hit: Option<(String, String, f64)>,
}

/// The detection section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Detection {
    /// The benchmark scorer's figures (`score_names.py --json`).
    pub benchmark: BenchFigures,
    /// Figures of the whole set at each operating point: `configured`, `fpr_0.1%`,
    /// `fpr_1%`, `fpr_5%`, `best_f1`.
    pub operating_points: BTreeMap<String, OperatingPoint>,
    /// By tag, script, entity type and list.
    pub breakdowns: Breakdowns,
    /// Recall, FPR and precision against the threshold.
    pub curve: Vec<CurvePoint>,
    /// Positives missed at the configured threshold.
    pub missed_count: usize,
    /// The first [`MAX_MISSED_LISTED`] of them, diagnosed.
    pub missed: Vec<Missed>,
}

/// One operating point: a threshold and the whole set's figures there.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OperatingPoint {
    /// The threshold.
    pub threshold: f64,
    /// Recall there.
    pub recall: Option<f64>,
    /// Precision there.
    pub precision: Option<f64>,
    /// False-positive rate there.
    pub fpr: Option<f64>,
}

/// One portfolio alert shown with its explanation.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SampleAlert {
    /// Customer id.
    pub id: String,
    /// The customer's query.
    pub query: Query,
    /// The entity hit.
    pub entity: String,
    /// Its primary name.
    pub entity_name: String,
    /// The score.
    pub score: f64,
    /// Why, as `screen --explain` prints it.
    pub explanation: String,
}

/// The false-alerts section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FalseAlertSection {
    /// Alerts per 1,000 customers, top entities.
    #[serde(flatten)]
    pub alerts: FalseAlerts,
    /// Alerts at the configured threshold with their explanations.
    pub samples: Vec<SampleAlert>,
}

/// The stability section.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stability {
    /// The labelled queries, screened on all threads and again on one.
    pub queries: Repeat,
    /// The portfolio, screened twice on all threads.
    pub portfolio: Option<Repeat>,
    /// Scores of matches and non-matches.
    pub histogram: Histogram,
}

/// Every figure of the report: what `figures.json` holds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    /// Always [`FORMAT`].
    pub format: &'static str,
    /// When the report was made (UTC).
    pub created: String,
    /// The alert threshold judged at.
    pub threshold: f64,
    /// Lists, matcher and configuration.
    pub coverage: Coverage,
    /// Detection.
    pub detection: Detection,
    /// False alerts, with a portfolio.
    pub false_alerts: Option<FalseAlertSection>,
    /// Stability.
    pub stability: Stability,
    /// Change since the baseline, with one.
    pub change: Option<Change>,
    /// Speed on this machine.
    pub speed: Speed,
    /// Each labelled query's outcome at the threshold, by id (what the next report's
    /// change section compares).
    pub outcomes: BTreeMap<String, Outcome>,
}

/// The report in memory: its figures and the screening results of the labelled queries in
/// `screen --batch`'s format.
#[derive(Debug, Clone)]
pub struct Report {
    /// Every figure.
    pub figures: Figures,
    /// The labelled queries' results, one JSON line each.
    pub results_jsonl: Vec<u8>,
}

fn ranked(hits: &[Vec<Hit>]) -> Vec<Ranked> {
    hits.iter()
        .map(|hs| hs.iter().map(|h| (h.entity.clone(), h.score)).collect())
        .collect()
}

/// The current time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (days, rem) = ((secs / 86_400) as i64, secs % 86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

/// The (label, threshold) of each fixed false-positive rate: `0.1%`, `1%`, `5%`.
fn fpr_thresholds(bench: &BenchFigures) -> Vec<(String, f64)> {
    FPR_POINTS
        .iter()
        .map(|&target| {
            let label = fpr_label(target);
            let t = bench.at_fpr[&label].threshold;
            (label, t)
        })
        .collect()
}

fn operating_points(
    scores: &[QueryScore],
    bench: &BenchFigures,
    t: f64,
) -> BTreeMap<String, OperatingPoint> {
    let mut points = vec![("configured".to_string(), t)];
    points.extend(
        fpr_thresholds(bench)
            .into_iter()
            .map(|(l, th)| (format!("fpr_{l}"), th)),
    );
    if let Some(b) = bench.best_f1.threshold {
        points.push(("best_f1".to_string(), b));
    }
    points
        .into_iter()
        .map(|(label, th)| {
            let p = point(scores, th);
            let o = OperatingPoint {
                threshold: th,
                recall: p.recall,
                precision: p.precision,
                fpr: p.fpr,
            };
            (label, o)
        })
        .collect()
}

fn diagnose(matcher: &Matcher, o: &Options, q: &Labelled, hits: &[Hit]) -> Missed {
    let expected = |h: &&Hit| q.expect.contains(&h.entity);
    let found = hits.iter().find(expected).cloned().or_else(|| {
        matcher
            .screen(&q.query, 0.0, DIAGNOSIS_LIMIT)
            .ok()
            .and_then(|all| all.iter().find(expected).cloned())
    });
    Missed {
        id: q.id.clone(),
        query: q.query.clone(),
        tags: q.tags.clone(),
        expect: q.expect.clone(),
        best_entity: found.as_ref().map(|h| h.entity.clone()),
        best_score: found.as_ref().map(|h| h.score),
        explanation: found.as_ref().map(|h| h.explanation.to_string()),
        top_hit: hits
            .first()
            .filter(|h| h.score >= o.screening.floor)
            .map(|h| (h.entity.clone(), h.name.clone(), h.score)),
    }
}

fn outcome(q: &Labelled, s: &QueryScore, t: f64) -> Outcome {
    let (outcome, score) = if s.positive {
        (
            if s.best.is_some_and(|b| b >= t) {
                "found"
            } else {
                "missed"
            },
            s.best,
        )
    } else {
        (
            if s.top.is_some_and(|b| b >= t) {
                "alert"
            } else {
                "clear"
            },
            s.top,
        )
    };
    Outcome {
        name: q.query.name.clone(),
        outcome: outcome.to_string(),
        score,
    }
}

/// Screens the portfolio twice, in chunks, and counts its false alerts: the section, the
/// stability check of the two runs and the customers screened per second.
fn false_alert_section(
    matcher: &Matcher,
    o: &Options,
    customers: &[Customer],
    scores: &[QueryScore],
    bench: &BenchFigures,
) -> Result<(FalseAlertSection, Repeat, f64), ScreenError> {
    let (t, floor, t1) = (o.threshold, o.screening.floor, bench.threshold_1pct());
    let cs: Vec<(&str, &Query)> = customers
        .iter()
        .map(|c| (c.id.as_str(), &c.query))
        .collect();
    // In chunks, each screened twice and compared, keeping only what the figures need.
    let mut check = RepeatCheck::new("all threads, twice");
    let mut chits: Vec<CustomerHits> = Vec::with_capacity(cs.len());
    let mut elapsed = std::time::Duration::ZERO;
    for chunk in cs.chunks(PORTFOLIO_CHUNK) {
        let ids: Vec<&str> = chunk.iter().map(|c| c.0).collect();
        let a = screen_parallel(matcher, o.screening, chunk)?;
        let b = screen_parallel(matcher, o.screening, chunk)?;
        elapsed += a.elapsed;
        check.add(&ids, &a.hits, &b.hits);
        chits.extend(a.hits.iter().map(|hs| {
            hs.iter()
                .map(|h| (h.entity.clone(), h.name.clone(), h.score))
                .collect::<CustomerHits>()
        }));
    }
    let fpr_01 = bench.at_fpr[&fpr_label(0.001)].threshold;
    let named = [
        ("configured", t),
        ("recall_95", recall_threshold(scores, 0.95)),
        ("recall_97", recall_threshold(scores, 0.97)),
        ("fpr_1%", t1),
        ("fpr_0.1%", fpr_01),
    ];
    let alerts = false_alerts(&chits, &named, t, floor, o.top_entities);
    let samples = sample_alerting(&chits, t, o.sample_alerts)
        .into_iter()
        .filter_map(|i| {
            let c = &customers[i];
            let h = matcher.screen(&c.query, t, 1).ok()?.into_iter().next()?;
            Some(SampleAlert {
                id: c.id.clone(),
                query: c.query.clone(),
                entity: h.entity.clone(),
                entity_name: h.name.clone(),
                score: h.score,
                explanation: h.explanation.to_string(),
            })
        })
        .collect();
    let section = FalseAlertSection { alerts, samples };
    Ok((section, check.finish(), rate(cs.len(), elapsed)))
}

/// Makes the report. The only error is a query the matcher refuses, which the input
/// readers already rule out.
pub fn build(inputs: Inputs<'_>, o: &Options) -> Result<Report, ScreenError> {
    let started = Instant::now();
    let t = o.threshold;
    let floor = o.screening.floor;
    let qs: Vec<(&str, &Query)> = inputs
        .queries
        .iter()
        .map(|q| (q.id.as_str(), &q.query))
        .collect();
    let ids: Vec<&str> = qs.iter().map(|q| q.0).collect();

    let first = screen_parallel(inputs.matcher, o.screening, &qs)?;
    let (second, latencies) = screen_sequential(inputs.matcher, o.screening, &qs)?;
    let repeat = compare_runs(
        &ids,
        &first.hits,
        &second.hits,
        "all threads, then one thread",
    );
    let hits = first.hits;
    let ranked = ranked(&hits);
    let scores = query_scores(inputs.queries, &ranked);
    let bench = bench_figures(inputs.queries, &scores, &vec![true; scores.len()]);

    let types: HashMap<String, EntityType> = inputs
        .snapshots
        .iter()
        .flat_map(|s| s.entities.iter().map(|e| (e.key.clone(), e.entity_type)))
        .collect();
    let missed_idx: Vec<usize> = (0..scores.len())
        .filter(|&i| scores[i].positive && !scores[i].best.is_some_and(|b| b >= t))
        .collect();
    let missed = missed_idx
        .iter()
        .take(MAX_MISSED_LISTED)
        .map(|&i| diagnose(inputs.matcher, o, &inputs.queries[i], &hits[i]))
        .collect();
    let detection = Detection {
        operating_points: operating_points(&scores, &bench, t),
        breakdowns: breakdowns(
            inputs.queries,
            &ranked,
            &scores,
            &types,
            t,
            &fpr_thresholds(&bench),
        ),
        curve: threshold_curve(&scores, floor),
        missed_count: missed_idx.len(),
        missed,
        benchmark: bench,
    };

    let portfolio = match &inputs.portfolio {
        Some((customers, _)) => Some(false_alert_section(
            inputs.matcher,
            o,
            customers,
            &scores,
            &detection.benchmark,
        )?),
        None => None,
    };
    let portfolio_rate = portfolio.as_ref().map(|p| p.2);
    let portfolio_repeat = portfolio.as_ref().map(|p| p.1.clone());
    let false_alerts = portfolio.map(|p| p.0);

    let (p50, p90, p99) = latencies_us(&latencies);
    let speed = Speed {
        logical_cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
        threads: rayon::current_num_threads(),
        load_ms: inputs.load_ms,
        index_build_ms: inputs.index_build_ms,
        latency_p50_us: p50,
        latency_p90_us: p90,
        latency_p99_us: p99,
        queries_per_s: rate(qs.len(), first.elapsed),
        portfolio_per_s: portfolio_rate,
        total_s: 0.0,
    };
    let outcomes = inputs
        .queries
        .iter()
        .zip(&scores)
        .map(|(q, s)| (q.id.clone(), outcome(q, s, t)))
        .collect();
    let mut figures = Figures {
        format: FORMAT,
        created: utc_now(),
        threshold: t,
        coverage: coverage(
            inputs.matcher,
            inputs.snapshots,
            settings(t, floor, o.screening.limit),
            inputs.queries_file,
            inputs.portfolio.map(|p| p.1),
        ),
        detection,
        false_alerts,
        stability: Stability {
            queries: repeat,
            portfolio: portfolio_repeat,
            histogram: histogram(&scores, floor),
        },
        change: None,
        speed,
        outcomes,
    };
    if let Some((file, before)) = &inputs.baseline {
        let now = serde_json::to_value(&figures).unwrap_or_default();
        figures.change = Some(compare(file, before, &now));
    }
    figures.speed.total_s = started.elapsed().as_secs_f64();
    Ok(Report {
        results_jsonl: result_lines(&ids, &hits, false),
        figures,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_time_is_iso_8601() {
        let s = utc_now();
        assert_eq!(s.len(), 20, "{s}");
        assert!(
            s.starts_with("20") && s.ends_with('Z') && &s[10..11] == "T",
            "{s}"
        );
    }

    #[test]
    fn outcomes_at_the_threshold() {
        let q = Labelled {
            id: "a".into(),
            line: 1,
            query: Query::name("A B"),
            expect: vec!["un:1".into()],
            tags: Vec::new(),
        };
        let s = QueryScore {
            best: Some(0.79),
            positive: true,
            ..Default::default()
        };
        assert_eq!(outcome(&q, &s, 0.8).outcome, "missed");
        assert_eq!(outcome(&q, &s, 0.75).outcome, "found");
        let n = QueryScore {
            top: Some(0.8),
            ..Default::default()
        };
        assert_eq!(outcome(&q, &n, 0.8).outcome, "alert");
        assert_eq!(outcome(&q, &n, 0.81).outcome, "clear");
    }
}
