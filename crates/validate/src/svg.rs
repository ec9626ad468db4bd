//! Plots as hand-built SVG: lines and bars on linear or logarithmic axes, a second y axis,
//! marked thresholds and labelled points.
//!
//! Made to be read on paper and without colour: every series has its own dash pattern and
//! marker shape as well as its own colour, the legend shows all three, marked thresholds
//! carry their value as text, and every plot has a `<title>` and a `<desc>`. The output is
//! the same bytes for the same data (no random ids, fixed number formatting).

use std::fmt::Write as _;

/// How an axis maps values to positions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scale {
    /// Evenly spaced values.
    Linear,
    /// Evenly spaced powers of ten (values at or below 0 are not drawn).
    Log,
}

/// One axis: its label, range, scale and the decimals of its tick labels.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    /// Axis label, with its unit.
    pub label: String,
    /// Lowest value shown.
    pub min: f64,
    /// Highest value shown.
    pub max: f64,
    /// Linear or logarithmic.
    pub scale: Scale,
    /// Decimals of the tick labels (linear axes).
    pub decimals: usize,
}

impl Axis {
    /// A linear axis.
    pub fn linear(label: &str, min: f64, max: f64, decimals: usize) -> Axis {
        Axis {
            label: label.to_string(),
            min,
            max,
            scale: Scale::Linear,
            decimals,
        }
    }

    /// A logarithmic axis from `min` to `max` (both above 0).
    pub fn log(label: &str, min: f64, max: f64) -> Axis {
        Axis {
            label: label.to_string(),
            min,
            max,
            scale: Scale::Log,
            decimals: 0,
        }
    }

    /// Position of `v` in [0, 1] along the axis; `None` for a value a log axis cannot show.
    fn frac(&self, v: f64) -> Option<f64> {
        match self.scale {
            Scale::Linear => Some((v - self.min) / (self.max - self.min).max(1e-12)),
            Scale::Log if v > 0.0 => {
                let (a, b) = (self.min.log10(), self.max.log10());
                Some((v.log10() - a) / (b - a).max(1e-12))
            }
            Scale::Log => None,
        }
    }

    /// Tick values and their labels.
    fn ticks(&self) -> Vec<(f64, String)> {
        match self.scale {
            Scale::Linear => {
                let step = nice_step((self.max - self.min) / 5.0);
                let first = (self.min / step).ceil() as i64;
                let last = (self.max / step + 1e-9).floor() as i64;
                (first..=last)
                    .map(|i| {
                        let v = i as f64 * step;
                        (v, format!("{v:.*}", self.decimals))
                    })
                    .collect()
            }
            Scale::Log => {
                let (a, b) = (
                    self.min.log10().ceil() as i32,
                    self.max.log10().floor() as i32,
                );
                (a..=b)
                    .map(|k| {
                        let v = 10f64.powi(k);
                        let label = if k < 0 {
                            format!("{v:.*}", (-k) as usize)
                        } else {
                            format!("{v:.0}")
                        };
                        (v, label)
                    })
                    .collect()
            }
        }
    }
}

/// 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    if raw <= 0.0 || !raw.is_finite() {
        return 1.0;
    }
    let p = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * p)
        .find(|s| *s >= raw * 0.999)
        .unwrap_or(10.0 * p)
}

/// The look of one series: stroke colour, dash pattern and marker shape. The dash pattern
/// and the marker tell series apart in black and white.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    /// Stroke colour (CSS).
    pub colour: &'static str,
    /// `stroke-dasharray`, empty for a solid line.
    pub dash: &'static str,
    /// Marker drawn at every few points and in the legend.
    pub marker: Marker,
}

/// Marker shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    /// An open circle.
    Circle,
    /// An open square.
    Square,
    /// An open triangle.
    Triangle,
    /// An open diamond.
    Diamond,
}

/// Looks in the order series use them: each differs from the others in dash and marker.
pub const LOOKS: [Look; 4] = [
    Look {
        colour: "#1a1a1a",
        dash: "",
        marker: Marker::Circle,
    },
    Look {
        colour: "#1f5fa8",
        dash: "7 4",
        marker: Marker::Square,
    },
    Look {
        colour: "#b0500a",
        dash: "2 3",
        marker: Marker::Triangle,
    },
    Look {
        colour: "#3b7a1e",
        dash: "9 3 2 3",
        marker: Marker::Diamond,
    },
];

/// A line through points, drawn against the left or the right y axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Legend text.
    pub label: String,
    /// (x, y) points in x order.
    pub points: Vec<(f64, f64)>,
    /// How it is drawn.
    pub look: Look,
    /// Against the right axis (`Chart::y2`) rather than the left.
    pub right: bool,
}

/// Bars over x ranges; two bar series in one chart are drawn side by side, the second
/// hatched.
#[derive(Debug, Clone, PartialEq)]
pub struct Bars {
    /// Legend text.
    pub label: String,
    /// (from x, to x, height).
    pub bars: Vec<(f64, f64, f64)>,
}

/// A chart: axes, lines, bars, marked x values and labelled points.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// Prefix of the ids inside the SVG (unique in a page holding several charts).
    pub id: String,
    /// Title, shown above the plot and as `<title>`.
    pub title: String,
    /// What the plot shows, in a sentence (`<desc>`, for screen readers and search).
    pub desc: String,
    /// Horizontal axis.
    pub x: Axis,
    /// Left vertical axis.
    pub y: Axis,
    /// Right vertical axis, if any line uses it.
    pub y2: Option<Axis>,
    /// Lines.
    pub lines: Vec<Line>,
    /// Bar series (at most two).
    pub bars: Vec<Bars>,
    /// Vertical lines at these x values, with a label.
    pub marks: Vec<(f64, String)>,
    /// Filled points with a label, against the left axis.
    pub points: Vec<(f64, f64, String)>,
}

const W: f64 = 720.0;
const H: f64 = 430.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 70.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 100.0;

/// Bold label text with a white outline, readable over lines and grid.
const HALO: &str = "font-weight=\"bold\" stroke=\"#fff\" stroke-width=\"4\" paint-order=\"stroke\"";

/// Where a label beside position `x` goes: to its right, or to its left near the right edge.
fn label_side(x: f64) -> (f64, &'static str) {
    if x > W - RIGHT - 140.0 {
        (x - 8.0, "end")
    } else {
        (x + 8.0, "start")
    }
}

/// Escapes text for SVG and HTML.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn marker(out: &mut String, m: Marker, x: f64, y: f64, colour: &str) {
    let style = format!("fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"1.5\"");
    let _ = match m {
        Marker::Circle => write!(
            out,
            "<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\" {style}/>"
        ),
        Marker::Square => write!(
            out,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\" {style}/>",
            x - 3.5,
            y - 3.5
        ),
        Marker::Triangle => write!(
            out,
            "<path d=\"M{x:.1} {:.1}L{:.1} {:.1}L{:.1} {:.1}Z\" {style}/>",
            y - 4.5,
            x + 4.5,
            y + 3.5,
            x - 4.5,
            y + 3.5
        ),
        Marker::Diamond => write!(
            out,
            "<path d=\"M{x:.1} {:.1}L{:.1} {y:.1}L{x:.1} {:.1}L{:.1} {y:.1}Z\" {style}/>",
            y - 5.0,
            x + 5.0,
            y + 5.0,
            x - 5.0
        ),
    };
}

impl Chart {
    fn px(&self, x: f64) -> Option<f64> {
        self.x.frac(x).map(|f| LEFT + f * (W - LEFT - RIGHT))
    }

    fn py(axis: &Axis, y: f64) -> Option<f64> {
        axis.frac(y).map(|f| TOP + (1.0 - f) * (H - TOP - BOTTOM))
    }

    /// The chart as a standalone SVG element.
    pub fn render(&self) -> String {
        let mut o = String::new();
        let id = esc(&self.id);
        let (pw, ph) = (W - LEFT - RIGHT, H - TOP - BOTTOM);
        let _ = write!(
            o,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"plot\" id=\"{id}\" viewBox=\"0 0 {W} {H}\" width=\"{W}\" height=\"{H}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\
             <title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>\
             <defs><pattern id=\"{id}-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"{}\" stroke-width=\"2.5\"/></pattern>\
             <clipPath id=\"{id}-clip\"><rect x=\"{LEFT}\" y=\"{TOP}\" width=\"{pw}\" height=\"{ph}\"/></clipPath></defs>\
             <rect width=\"{W}\" height=\"{H}\" fill=\"#fff\"/>\
             <text x=\"{}\" y=\"22\" text-anchor=\"middle\" font-size=\"15\" font-weight=\"bold\">{}</text>",
            esc(&self.title),
            esc(&self.desc),
            LOOKS[1].colour,
            W / 2.0,
            esc(&self.title)
        );
        self.draw_axes(&mut o);
        self.draw_bars(&mut o);
        self.draw_lines(&mut o);
        self.draw_marks(&mut o);
        self.draw_legend(&mut o);
        o.push_str("</svg>");
        o
    }

    fn draw_axes(&self, o: &mut String) {
        let (x0, x1, y0, y1) = (LEFT, W - RIGHT, TOP, H - BOTTOM);
        let _ = write!(
            o,
            "<rect x=\"{x0}\" y=\"{y0}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#444\"/>",
            x1 - x0,
            y1 - y0
        );
        for (v, label) in self.x.ticks() {
            if let Some(x) = self.px(v) {
                let _ = write!(
                    o,
                    "<line x1=\"{x:.1}\" y1=\"{y0}\" x2=\"{x:.1}\" y2=\"{y1}\" stroke=\"#ddd\"/>\
                     <line x1=\"{x:.1}\" y1=\"{y1}\" x2=\"{x:.1}\" y2=\"{}\" stroke=\"#444\"/>\
                     <text x=\"{x:.1}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                    y1 + 5.0,
                    y1 + 18.0,
                    esc(&label)
                );
            }
        }
        let _ = write!(
            o,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
            (x0 + x1) / 2.0,
            y1 + 36.0,
            esc(&self.x.label)
        );
        for (axis, right) in [(Some(&self.y), false), (self.y2.as_ref(), true)] {
            let Some(axis) = axis else { continue };
            let xa = if right { x1 } else { x0 };
            for (v, label) in axis.ticks() {
                let Some(y) = Self::py(axis, v) else { continue };
                if !right {
                    let _ = write!(
                        o,
                        "<line x1=\"{x0}\" y1=\"{y:.1}\" x2=\"{x1}\" y2=\"{y:.1}\" stroke=\"#ddd\"/>"
                    );
                }
                let (tx, anchor, dx) = if right {
                    (xa + 8.0, "start", 5.0)
                } else {
                    (xa - 8.0, "end", -5.0)
                };
                let _ = write!(
                    o,
                    "<line x1=\"{xa}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\" stroke=\"#444\"/>\
                     <text x=\"{tx}\" y=\"{:.1}\" text-anchor=\"{anchor}\">{}</text>",
                    xa + dx,
                    y + 4.0,
                    esc(&label)
                );
            }
            let (lx, rot) = if right { (W - 14.0, 90) } else { (16.0, -90) };
            let ly = (y0 + y1) / 2.0;
            let _ = write!(
                o,
                "<text x=\"{lx}\" y=\"{ly}\" text-anchor=\"middle\" transform=\"rotate({rot} {lx} {ly})\">{}</text>",
                esc(&axis.label)
            );
        }
    }

    fn draw_bars(&self, o: &mut String) {
        let n = self.bars.len().max(1) as f64;
        let id = esc(&self.id);
        for (k, series) in self.bars.iter().enumerate() {
            let fill = if k == 0 {
                LOOKS[0].colour.to_string()
            } else {
                format!("url(#{id}-hatch)")
            };
            for &(a, b, h) in &series.bars {
                let (Some(xa), Some(xb)) = (self.px(a), self.px(b)) else {
                    continue;
                };
                let Some(yt) = Self::py(&self.y, h) else {
                    continue;
                };
                let base = H - BOTTOM;
                let yt = yt.clamp(TOP, base);
                let w = (xb - xa) / n;
                let x = xa + k as f64 * w;
                let _ = write!(
                    o,
                    "<rect x=\"{:.1}\" y=\"{yt:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{fill}\" stroke=\"#1a1a1a\" stroke-width=\"0.8\"><title>{}: {h}</title></rect>",
                    x + 0.5,
                    (w - 1.0).max(0.5),
                    base - yt,
                    esc(&series.label)
                );
            }
        }
    }

    fn draw_lines(&self, o: &mut String) {
        let id = esc(&self.id);
        for line in &self.lines {
            let axis = if line.right {
                self.y2.as_ref().unwrap_or(&self.y)
            } else {
                &self.y
            };
            let pts: Vec<(f64, f64)> = line
                .points
                .iter()
                .filter_map(|&(x, y)| Some((self.px(x)?, Self::py(axis, y)?)))
                .collect();
            if pts.is_empty() {
                continue;
            }
            let mut d = String::new();
            for (i, (x, y)) in pts.iter().enumerate() {
                let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" });
            }
            let dash = if line.look.dash.is_empty() {
                String::new()
            } else {
                format!(" stroke-dasharray=\"{}\"", line.look.dash)
            };
            let _ = write!(
                o,
                "<path class=\"series\" d=\"{d}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{dash} clip-path=\"url(#{id}-clip)\"/>",
                line.look.colour
            );
            let every = (pts.len() / 10).max(1);
            for (x, y) in pts.iter().step_by(every) {
                if (TOP..=H - BOTTOM).contains(y) {
                    marker(o, line.look.marker, *x, *y, line.look.colour);
                }
            }
        }
    }

    fn draw_marks(&self, o: &mut String) {
        for (v, label) in &self.marks {
            let Some(x) = self.px(*v) else { continue };
            let (tx, anchor) = label_side(x);
            let _ = write!(
                o,
                "<line class=\"mark\" x1=\"{x:.1}\" y1=\"{TOP}\" x2=\"{x:.1}\" y2=\"{}\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"1 3\"/>\
                 <text x=\"{tx:.1}\" y=\"{}\" text-anchor=\"{anchor}\" {HALO}>{}</text>",
                H - BOTTOM,
                TOP + 14.0,
                esc(label)
            );
        }
        for (px, py, label) in &self.points {
            let (Some(x), Some(y)) = (self.px(*px), Self::py(&self.y, *py)) else {
                continue;
            };
            let (tx, anchor) = label_side(x);
            let _ = write!(
                o,
                "<circle class=\"mark\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\" fill=\"#000\"/>\
                 <text x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"{anchor}\" {HALO}>{}</text>",
                y + 18.0,
                esc(label)
            );
        }
    }

    fn draw_legend(&self, o: &mut String) {
        let mut x = LEFT;
        let y = H - 28.0;
        let id = esc(&self.id);
        for (k, b) in self.bars.iter().enumerate() {
            let fill = if k == 0 {
                LOOKS[0].colour.to_string()
            } else {
                format!("url(#{id}-hatch)")
            };
            let _ = write!(
                o,
                "<rect x=\"{x}\" y=\"{}\" width=\"18\" height=\"12\" fill=\"{fill}\" stroke=\"#1a1a1a\"/>\
                 <text x=\"{}\" y=\"{}\">{}</text>",
                y - 9.0,
                x + 24.0,
                y + 1.0,
                esc(&b.label)
            );
            x += 34.0 + 6.5 * b.label.chars().count() as f64;
        }
        for line in &self.lines {
            let dash = if line.look.dash.is_empty() {
                String::new()
            } else {
                format!(" stroke-dasharray=\"{}\"", line.look.dash)
            };
            let _ = write!(
                o,
                "<line x1=\"{x}\" y1=\"{:.1}\" x2=\"{}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"2\"{dash}/>",
                y - 3.0,
                x + 34.0,
                y - 3.0,
                line.look.colour
            );
            marker(o, line.look.marker, x + 17.0, y - 3.0, line.look.colour);
            let _ = write!(
                o,
                "<text x=\"{}\" y=\"{}\">{}</text>",
                x + 40.0,
                y + 1.0,
                esc(&line.label)
            );
            x += 52.0 + 6.5 * line.label.chars().count() as f64;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart() -> Chart {
        Chart {
            id: "t".into(),
            title: "Recall & FPR <test>".into(),
            desc: "d".into(),
            x: Axis::linear("threshold", 0.5, 1.0, 2),
            y: Axis::linear("recall (%)", 0.0, 100.0, 0),
            y2: Some(Axis::linear("FPR (%)", 0.0, 5.0, 1)),
            lines: vec![
                Line {
                    label: "recall".into(),
                    points: vec![(0.5, 99.0), (0.75, 98.0), (1.0, 60.0)],
                    look: LOOKS[0],
                    right: false,
                },
                Line {
                    label: "FPR".into(),
                    points: vec![(0.5, 4.0), (1.0, 0.0)],
                    look: LOOKS[1],
                    right: true,
                },
            ],
            bars: Vec::new(),
            marks: vec![(0.8, "threshold 0.80".into())],
            points: Vec::new(),
        }
    }

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(0.1), 0.1);
        assert_eq!(nice_step(0.13), 0.2);
        assert_eq!(nice_step(3.0), 5.0);
        assert_eq!(nice_step(20.0), 20.0);
    }

    #[test]
    fn ticks_cover_the_axis() {
        let a = Axis::linear("x", 0.5, 1.0, 2);
        let t: Vec<String> = a.ticks().into_iter().map(|(_, l)| l).collect();
        assert_eq!(t, ["0.50", "0.60", "0.70", "0.80", "0.90", "1.00"]);
        let l = Axis::log("y", 0.01, 1000.0);
        let t: Vec<String> = l.ticks().into_iter().map(|(_, l)| l).collect();
        assert_eq!(t, ["0.01", "0.1", "1", "10", "100", "1000"]);
        assert_eq!(l.frac(0.0), None);
    }

    #[test]
    fn a_chart_renders_escaped_with_every_part() {
        let svg = chart().render();
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(svg.ends_with("</svg>"));
        assert!(svg.contains("<title id=\"t-title\">Recall &amp; FPR &lt;test&gt;</title>"));
        assert_eq!(svg.matches("class=\"series\"").count(), 2);
        assert!(
            svg.contains("stroke-dasharray=\"7 4\""),
            "second series is dashed"
        );
        assert!(svg.contains("threshold 0.80"));
        // The threshold mark sits at 0.8 of [0.5, 1.0]: 60 % across the plot area.
        let x = LEFT + 0.6 * (W - LEFT - RIGHT);
        assert!(
            svg.contains(&format!("x1=\"{x:.1}\" y1=\"{TOP}\"")),
            "{svg}"
        );
        assert_eq!(svg, chart().render(), "same data, same bytes");
    }

    #[test]
    fn bars_are_solid_then_hatched() {
        let mut c = chart();
        c.lines.clear();
        c.y2 = None;
        c.bars = vec![
            Bars {
                label: "matches".into(),
                bars: vec![(0.5, 0.6, 10.0)],
            },
            Bars {
                label: "non-matches".into(),
                bars: vec![(0.5, 0.6, 5.0)],
            },
        ];
        let svg = c.render();
        assert!(svg.contains("fill=\"url(#t-hatch)\""));
        assert!(svg.contains("<title>matches: 10</title>"));
        assert!(svg.contains("<title>non-matches: 5</title>"));
    }
}
