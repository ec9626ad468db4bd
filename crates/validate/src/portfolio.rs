//! False alerts on a clean customer portfolio: alerts per 1,000 customers against the
//! threshold, the listed entities that alert most, and a sample of alerts.
//!
//! A customer alerts at threshold `t` when any hit scores at least `t`; every customer is
//! taken to be clean, so every alert is a false one (or a true homonym an analyst clears).
//! The named thresholds are those of `scripts/bench-portfolio.py`: the configured one and
//! those where the labelled set keeps 95 % and 97 % recall, plus the 1 % and 0.1 %-FPR
//! thresholds of the labelled set.

use crate::curves::grid;
use crate::scorer::QueryScore;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Alerts per 1,000 customers at one threshold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct AlertPoint {
    /// The threshold.
    pub threshold: f64,
    /// Customers alerting there.
    pub alerts: usize,
    /// The same per 1,000 customers.
    pub per_1000: f64,
}

/// A listed entity and how many customers it alerts on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopEntity {
    /// Entity key.
    pub entity: String,
    /// Its primary name.
    pub name: String,
    /// Customers with a hit on it at or above the threshold.
    pub customers: usize,
}

/// The false-alert figures of a portfolio.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FalseAlerts {
    /// Customers screened.
    pub customers: usize,
    /// At the named thresholds (`configured`, `recall_95`, `recall_97`, `fpr_1pct`,
    /// `fpr_0.1pct`).
    pub at: BTreeMap<String, AlertPoint>,
    /// At every threshold of the grid.
    pub curve: Vec<AlertPoint>,
    /// The entities alerting most at the configured threshold, most first.
    pub top_entities: Vec<TopEntity>,
}

/// The highest threshold at which at least `recall` of the positives keep an expected
/// entity at or above it (a positive without one counts as scoring 0), as
/// `bench-portfolio.py` chooses it; 1.0 without positives.
pub fn recall_threshold(scores: &[QueryScore], recall: f64) -> f64 {
    let mut best: Vec<f64> = scores
        .iter()
        .filter(|s| s.positive)
        .map(|s| s.best.unwrap_or(0.0))
        .collect();
    best.sort_by(|a, b| b.total_cmp(a));
    let k = (recall * best.len() as f64).ceil() as usize;
    if k == 0 {
        return 1.0;
    }
    best[k.min(best.len()) - 1]
}

/// Alerts at `t`, given each customer's highest score.
pub fn alerts_at(tops: &[Option<f64>], t: f64) -> AlertPoint {
    let alerts = tops.iter().filter(|s| s.is_some_and(|s| s >= t)).count();
    AlertPoint {
        threshold: t,
        alerts,
        per_1000: if tops.is_empty() {
            0.0
        } else {
            1000.0 * alerts as f64 / tops.len() as f64
        },
    }
}

/// One customer's hits: (entity key, primary name, score), highest first.
pub type CustomerHits = Vec<(String, String, f64)>;

/// Counts the false alerts. `named` are the named thresholds; `t` the configured one, at
/// which the top entities are counted; `top` how many of them to keep.
pub fn false_alerts(
    hits: &[CustomerHits],
    named: &[(&str, f64)],
    t: f64,
    floor: f64,
    top: usize,
) -> FalseAlerts {
    let tops: Vec<Option<f64>> = hits.iter().map(|h| h.first().map(|x| x.2)).collect();
    let at = named
        .iter()
        .map(|(label, th)| (label.to_string(), alerts_at(&tops, *th)))
        .collect();
    let curve = grid(floor)
        .into_iter()
        .map(|th| alerts_at(&tops, th))
        .collect();
    let mut by_entity: HashMap<&str, (&str, usize)> = HashMap::new();
    for hs in hits {
        for (e, name, s) in hs {
            if *s >= t {
                by_entity.entry(e).or_insert((name, 0)).1 += 1;
            }
        }
    }
    let mut top_entities: Vec<TopEntity> = by_entity
        .into_iter()
        .map(|(e, (name, n))| TopEntity {
            entity: e.to_string(),
            name: name.to_string(),
            customers: n,
        })
        .collect();
    top_entities.sort_by(|a, b| b.customers.cmp(&a.customers).then(a.entity.cmp(&b.entity)));
    top_entities.truncate(top);
    FalseAlerts {
        customers: hits.len(),
        at,
        curve,
        top_entities,
    }
}

/// Picks up to `n` of the alerting customers at `t`, evenly spread over them in input
/// order, so the sample is the same on every run and not only the first few.
pub fn sample_alerting(hits: &[CustomerHits], t: f64, n: usize) -> Vec<usize> {
    let alerting: Vec<usize> = (0..hits.len())
        .filter(|&i| hits[i].first().is_some_and(|x| x.2 >= t))
        .collect();
    if alerting.len() <= n {
        return alerting;
    }
    (0..n).map(|k| alerting[k * alerting.len() / n]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(v: &[(&str, f64)]) -> CustomerHits {
        v.iter()
            .map(|(e, s)| (e.to_string(), format!("name of {e}"), *s))
            .collect()
    }

    #[test]
    fn recall_threshold_keeps_the_share_of_positives() {
        let s: Vec<QueryScore> = [0.99, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.55, 0.52, 0.0]
            .iter()
            .map(|&b| QueryScore {
                best: (b > 0.0).then_some(b),
                positive: true,
                ..Default::default()
            })
            .collect();
        assert_eq!(recall_threshold(&s, 0.5), 0.8);
        assert_eq!(recall_threshold(&s, 0.95), 0.0);
        assert_eq!(recall_threshold(&s, 0.9), 0.52);
        assert_eq!(recall_threshold(&[], 0.9), 1.0);
    }

    #[test]
    fn alerts_are_counted_per_customer_and_entity() {
        let hits = vec![
            c(&[("un:1", 0.9), ("un:2", 0.85)]),
            c(&[("un:1", 0.82)]),
            c(&[("un:3", 0.6)]),
            c(&[]),
        ];
        let f = false_alerts(&hits, &[("configured", 0.8)], 0.8, 0.5, 10);
        assert_eq!(f.customers, 4);
        assert_eq!(f.at["configured"].alerts, 2);
        assert_eq!(f.at["configured"].per_1000, 500.0);
        assert_eq!(f.curve[0].alerts, 3);
        assert_eq!(f.curve.last().unwrap().alerts, 0);
        assert_eq!(f.top_entities.len(), 2);
        assert_eq!(
            (
                f.top_entities[0].entity.as_str(),
                f.top_entities[0].customers
            ),
            ("un:1", 2)
        );
        assert_eq!(f.top_entities[0].name, "name of un:1");
    }

    #[test]
    fn the_sample_is_spread_and_stable() {
        let hits: Vec<CustomerHits> = (0..100)
            .map(|i| {
                if i % 2 == 0 {
                    c(&[("un:1", 0.9)])
                } else {
                    c(&[])
                }
            })
            .collect();
        let s = sample_alerting(&hits, 0.8, 5);
        assert_eq!(s, [0, 20, 40, 60, 80]);
        assert_eq!(sample_alerting(&hits[..3], 0.8, 5), [0, 2]);
    }
}
