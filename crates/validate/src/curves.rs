//! Curves and distributions over the threshold: recall, false-positive rate and precision at
//! each step of a fixed grid, and the histogram of scores of matches and non-matches.
//!
//! The grid runs from the screening floor to 1.0 in steps of [`GRID_STEP`], so two reports
//! made with the same floor have their points at the same thresholds.

use crate::groups::precision_at;
use crate::scorer::{fpr_at, recall_at, QueryScore};
use serde::Serialize;

/// Distance between two thresholds of the curves.
pub const GRID_STEP: f64 = 0.005;

/// Width of a histogram bin.
pub const BIN_WIDTH: f64 = 0.025;

/// The thresholds of the curves: `floor`, `floor + GRID_STEP`, … up to 1.0, each rounded
/// to the grid so that no drift accumulates.
pub fn grid(floor: f64) -> Vec<f64> {
    let steps = ((1.0 - floor) / GRID_STEP).round().max(0.0) as usize;
    (0..=steps)
        .map(|i| ((floor + i as f64 * GRID_STEP) * 1e6).round() / 1e6)
        .collect()
}

/// Detection figures at one threshold.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CurvePoint {
    /// The threshold.
    pub threshold: f64,
    /// Recall there.
    pub recall: Option<f64>,
    /// False-positive rate of the negatives there.
    pub fpr: Option<f64>,
    /// Precision there.
    pub precision: Option<f64>,
}

/// Recall, false-positive rate and precision at every threshold of the grid.
pub fn threshold_curve(scores: &[QueryScore], floor: f64) -> Vec<CurvePoint> {
    let pos: Vec<&QueryScore> = scores.iter().filter(|s| s.positive).collect();
    let neg: Vec<&QueryScore> = scores.iter().filter(|s| !s.positive).collect();
    let all: Vec<&QueryScore> = scores.iter().collect();
    grid(floor)
        .into_iter()
        .map(|t| CurvePoint {
            threshold: t,
            recall: recall_at(&pos, t),
            fpr: fpr_at(&neg, t),
            precision: precision_at(&all, t),
        })
        .collect()
}

/// How the scores of matches and of non-matches are spread, and where they overlap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Histogram {
    /// Lower edge of each bin; the last bin includes 1.0.
    pub bins: Vec<f64>,
    /// Per bin, positives whose best expected entity scored in it.
    pub matches: Vec<usize>,
    /// Per bin, negatives whose highest hit scored in it.
    pub non_matches: Vec<usize>,
    /// Positives with no expected entity at or above the floor.
    pub matches_below_floor: usize,
    /// Negatives with no hit at or above the floor.
    pub non_matches_below_floor: usize,
    /// Where the two overlap, if they do.
    pub overlap: Option<Overlap>,
}

/// The score range holding both matches and non-matches: from the lowest match score to the
/// highest non-match score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Overlap {
    /// The lowest score of a match (at or above the floor).
    pub from: f64,
    /// The highest score of a non-match.
    pub to: f64,
    /// Matches scoring in the range.
    pub matches: usize,
    /// Non-matches scoring in the range.
    pub non_matches: usize,
}

/// Bins the best expected score of each positive and the highest score of each negative.
pub fn histogram(scores: &[QueryScore], floor: f64) -> Histogram {
    let n = ((1.0 - floor) / BIN_WIDTH).ceil().max(1.0) as usize;
    let bins: Vec<f64> = (0..n)
        .map(|i| ((floor + i as f64 * BIN_WIDTH) * 1e6).round() / 1e6)
        .collect();
    let bin_of = |s: f64| (((s - floor) / BIN_WIDTH).floor().max(0.0) as usize).min(n - 1);
    let mut h = Histogram {
        matches: vec![0; n],
        non_matches: vec![0; n],
        bins,
        matches_below_floor: 0,
        non_matches_below_floor: 0,
        overlap: None,
    };
    let mut m_scores = Vec::new();
    let mut n_scores = Vec::new();
    for s in scores {
        let (v, counts, below, all) = if s.positive {
            (
                s.best,
                &mut h.matches,
                &mut h.matches_below_floor,
                &mut m_scores,
            )
        } else {
            (
                s.top,
                &mut h.non_matches,
                &mut h.non_matches_below_floor,
                &mut n_scores,
            )
        };
        match v {
            Some(v) if v >= floor => {
                counts[bin_of(v)] += 1;
                all.push(v);
            }
            _ => *below += 1,
        }
    }
    let lo = m_scores.iter().copied().fold(f64::INFINITY, f64::min);
    let hi = n_scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if lo <= hi {
        h.overlap = Some(Overlap {
            from: lo,
            to: hi,
            matches: m_scores.iter().filter(|&&s| s <= hi).count(),
            non_matches: n_scores.iter().filter(|&&s| s >= lo).count(),
        });
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(best: Option<f64>) -> QueryScore {
        QueryScore {
            best,
            positive: true,
            ..Default::default()
        }
    }

    fn neg(top: Option<f64>) -> QueryScore {
        QueryScore {
            top,
            ..Default::default()
        }
    }

    #[test]
    fn grid_runs_from_floor_to_one() {
        let g = grid(0.5);
        assert_eq!(g.len(), 101);
        assert_eq!((g[0], g[1], g[60], g[100]), (0.5, 0.505, 0.8, 1.0));
    }

    #[test]
    fn curve_falls_as_the_threshold_rises() {
        let s = [
            pos(Some(0.95)),
            pos(Some(0.7)),
            pos(None),
            neg(Some(0.82)),
            neg(None),
        ];
        let c = threshold_curve(&s, 0.5);
        let at = |t: f64| c.iter().find(|p| (p.threshold - t).abs() < 1e-9).unwrap();
        assert_eq!(at(0.5).recall, Some(2.0 / 3.0));
        assert_eq!(at(0.8).recall, Some(1.0 / 3.0));
        assert_eq!(at(0.8).fpr, Some(0.5));
        assert_eq!(at(0.8).precision, Some(0.5));
        assert_eq!(at(0.85).fpr, Some(0.0));
        assert_eq!(at(0.85).precision, Some(1.0));
        assert!(c.windows(2).all(|w| w[0].recall >= w[1].recall));
    }

    #[test]
    fn histogram_bins_and_overlap() {
        let s = [
            pos(Some(1.0)),
            pos(Some(0.81)),
            pos(Some(0.4)),
            neg(Some(0.83)),
            neg(Some(0.52)),
            neg(None),
        ];
        let h = histogram(&s, 0.5);
        assert_eq!(h.bins.len(), 20);
        assert_eq!(h.matches[19], 1, "1.0 falls in the last bin");
        assert_eq!(h.matches[12], 1, "0.81 in [0.80, 0.825)");
        assert_eq!(h.non_matches[13], 1, "0.83 in [0.825, 0.85)");
        assert_eq!(h.non_matches[0], 1);
        assert_eq!((h.matches_below_floor, h.non_matches_below_floor), (1, 1));
        let o = h.overlap.unwrap();
        assert_eq!((o.from, o.to, o.matches, o.non_matches), (0.81, 0.83, 1, 1));
        let apart = histogram(&[pos(Some(0.9)), neg(Some(0.6))], 0.5);
        assert_eq!(apart.overlap, None);
    }
}
