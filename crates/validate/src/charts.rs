//! The report's plots, made from its figures: the threshold curve, the precision–recall
//! curve, alerts per 1,000 customers against the threshold, and the score histogram.

use crate::report::Figures;
use crate::svg::{Axis, Bars, Chart, Line, LOOKS};

/// One plot: its file name stem and its SVG.
#[derive(Debug, Clone, PartialEq)]
pub struct Plot {
    /// Stem of its file name and id in the page (`threshold`, `precision-recall`…).
    pub name: &'static str,
    /// The SVG element.
    pub svg: String,
}

fn pct(v: Option<f64>) -> Option<f64> {
    v.map(|x| 100.0 * x)
}

/// A linear range around `values` rounded out to `step`, never beyond [lo, hi].
fn range(values: impl Iterator<Item = f64>, step: f64, lo: f64, hi: f64) -> (f64, f64) {
    let (mut a, mut b) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values {
        a = a.min(v);
        b = b.max(v);
    }
    if !a.is_finite() {
        return (lo, hi);
    }
    let mut a = ((a / step).floor() * step).max(lo);
    let mut b = ((b / step).ceil() * step).min(hi);
    if b <= a {
        a = (b - step).max(lo);
        if b <= a {
            b = a + step;
        }
    }
    (a, b)
}

fn threshold_label(t: f64) -> String {
    format!("threshold {t:.2}")
}

/// Recall (left axis) and false-positive rate (right axis) against the threshold.
pub fn threshold_plot(f: &Figures) -> Plot {
    let c = &f.detection.curve;
    let floor = c.first().map_or(0.5, |p| p.threshold);
    let recall: Vec<(f64, f64)> = c
        .iter()
        .filter_map(|p| Some((p.threshold, pct(p.recall)?)))
        .collect();
    let fpr: Vec<(f64, f64)> = c
        .iter()
        .filter_map(|p| Some((p.threshold, pct(p.fpr)?)))
        .collect();
    let (ylo, _) = range(recall.iter().map(|p| p.1), 5.0, 0.0, 100.0);
    let (_, fhi) = range(fpr.iter().map(|p| p.1), 1.0, 0.0, 100.0);
    let chart = Chart {
        id: "plot-threshold".into(),
        title: "Recall and false-positive rate against the threshold".into(),
        desc: format!(
            "Recall of the {} labelled positives (solid line, circles, left axis) and false-positive rate of the {} negatives (dashed line, squares, right axis) for thresholds from {floor:.2} to 1.00; the configured threshold {:.2} is marked by a dotted vertical line.",
            f.detection.benchmark.positives, f.detection.benchmark.negatives, f.threshold
        ),
        x: Axis::linear("threshold (alert when score ≥ threshold)", floor, 1.0, 2),
        y: Axis::linear("recall (%)", ylo, 100.0, 0),
        y2: Some(Axis::linear("false-positive rate (%)", 0.0, fhi.max(1.0), 1)),
        lines: vec![
            Line {
                label: "recall (left axis)".into(),
                points: recall,
                look: LOOKS[0],
                right: false,
            },
            Line {
                label: "false-positive rate (right axis)".into(),
                points: fpr,
                look: LOOKS[1],
                right: true,
            },
        ],
        bars: Vec::new(),
        marks: vec![(f.threshold, threshold_label(f.threshold))],
        points: Vec::new(),
    };
    Plot {
        name: "threshold",
        svg: chart.render(),
    }
}

/// Precision against recall over the thresholds, the configured threshold's point marked.
pub fn precision_recall_plot(f: &Figures) -> Plot {
    let c = &f.detection.curve;
    let pts: Vec<(f64, f64)> = c
        .iter()
        .filter_map(|p| Some((pct(p.recall)?, pct(p.precision)?)))
        .collect();
    let (xlo, _) = range(pts.iter().map(|p| p.0), 5.0, 0.0, 100.0);
    let (ylo, _) = range(pts.iter().map(|p| p.1), 5.0, 0.0, 100.0);
    let at = &f.detection.operating_points["configured"];
    let marked: Vec<(f64, f64, String)> = match (pct(at.recall), pct(at.precision)) {
        (Some(r), Some(p)) => vec![(r, p, threshold_label(f.threshold))],
        _ => Vec::new(),
    };
    let chart = Chart {
        id: "plot-precision-recall".into(),
        title: "Precision against recall".into(),
        desc: format!(
            "Precision and recall of the labelled set at each threshold (solid line, circles); the filled dot is the configured threshold {:.2}.",
            f.threshold
        ),
        x: Axis::linear("recall (%)", xlo, 100.0, 0),
        y: Axis::linear("precision (%)", ylo, 100.0, 0),
        y2: None,
        lines: vec![Line {
            label: "precision at each threshold".into(),
            points: pts,
            look: LOOKS[0],
            right: false,
        }],
        bars: Vec::new(),
        marks: Vec::new(),
        points: marked,
    };
    Plot {
        name: "precision-recall",
        svg: chart.render(),
    }
}

/// Alerts per 1,000 clean customers against the threshold, on a logarithmic axis.
pub fn alerts_plot(f: &Figures) -> Option<Plot> {
    let fa = f.false_alerts.as_ref()?;
    let c = &fa.alerts.curve;
    let floor = c.first().map_or(0.5, |p| p.threshold);
    let pts: Vec<(f64, f64)> = c
        .iter()
        .filter(|p| p.per_1000 > 0.0)
        .map(|p| (p.threshold, p.per_1000))
        .collect();
    let hi = pts.iter().map(|p| p.1).fold(1.0, f64::max);
    let lo = pts.iter().map(|p| p.1).fold(hi, f64::min);
    let top = 10f64.powf(hi.log10().ceil()).max(10.0);
    let bottom = 10f64.powf(lo.log10().floor()).min(0.1);
    let chart = Chart {
        id: "plot-alerts".into(),
        title: "False alerts per 1,000 clean customers".into(),
        desc: format!(
            "Customers of the {}-customer portfolio with a hit at or above each threshold, per 1,000 (solid line, circles, logarithmic axis; thresholds with no alert are not drawn); the configured threshold {:.2} is marked.",
            fa.alerts.customers, f.threshold
        ),
        x: Axis::linear("threshold (alert when score ≥ threshold)", floor, 1.0, 2),
        y: Axis::log("alerts per 1,000 customers (log scale)", bottom, top),
        y2: None,
        lines: vec![Line {
            label: "alerts per 1,000 customers".into(),
            points: pts,
            look: LOOKS[0],
            right: false,
        }],
        bars: Vec::new(),
        marks: vec![(f.threshold, threshold_label(f.threshold))],
        points: Vec::new(),
    };
    Some(Plot {
        name: "alerts",
        svg: chart.render(),
    })
}

/// Scores of matches (solid bars) and non-matches (hatched bars), counts on a log axis.
pub fn histogram_plot(f: &Figures) -> Plot {
    let h = &f.stability.histogram;
    let width = if h.bins.len() > 1 {
        h.bins[1] - h.bins[0]
    } else {
        0.025
    };
    let series = |counts: &[usize]| -> Vec<(f64, f64, f64)> {
        h.bins
            .iter()
            .zip(counts)
            .filter(|(_, &n)| n > 0)
            .map(|(&b, &n)| (b, (b + width).min(1.0 + width), n as f64))
            .collect()
    };
    let max = h
        .matches
        .iter()
        .chain(&h.non_matches)
        .copied()
        .max()
        .unwrap_or(1)
        .max(1) as f64;
    let floor = h.bins.first().copied().unwrap_or(0.5);
    let chart = Chart {
        id: "plot-histogram".into(),
        title: "Scores of matches and non-matches".into(),
        desc: format!(
            "Number of positives by the score of their best expected entity (solid bars) and of negatives by their highest score (hatched bars), in bins of {width:.3} from {floor:.2}, on a logarithmic axis; the configured threshold {:.2} is marked.",
            f.threshold
        ),
        x: Axis::linear("score", floor, h.bins.last().map_or(1.0, |b| b + width), 2),
        y: Axis::log("queries (log scale)", 0.5, 10f64.powf(max.log10().ceil()).max(10.0)),
        y2: None,
        lines: Vec::new(),
        bars: vec![
            Bars {
                label: "matches (expected entity)".into(),
                bars: series(&h.matches),
            },
            Bars {
                label: "non-matches (highest hit of a negative)".into(),
                bars: series(&h.non_matches),
            },
        ],
        marks: vec![(f.threshold, threshold_label(f.threshold))],
        points: Vec::new(),
    };
    Plot {
        name: "histogram",
        svg: chart.render(),
    }
}

/// Every plot of the report, in the order the page shows them.
pub fn plots(f: &Figures) -> Vec<Plot> {
    let mut out = vec![threshold_plot(f), precision_recall_plot(f)];
    out.extend(alerts_plot(f));
    out.push(histogram_plot(f));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_round_out_and_stay_in_bounds() {
        assert_eq!(
            range([96.3, 99.1].into_iter(), 5.0, 0.0, 100.0),
            (95.0, 100.0)
        );
        assert_eq!(range([0.2, 0.4].into_iter(), 1.0, 0.0, 100.0), (0.0, 1.0));
        assert_eq!(range(std::iter::empty(), 1.0, 0.0, 100.0), (0.0, 100.0));
        assert_eq!(range([100.0].into_iter(), 5.0, 0.0, 100.0), (95.0, 100.0));
    }
}
