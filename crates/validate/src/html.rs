//! The report as one self-contained HTML page: inline CSS and SVG, no script, no external
//! resource, readable on screen and on paper. Every text that comes from the inputs (names,
//! ids, tags, list files) is escaped.

use crate::charts::Plot;
use crate::groups::GroupRow;
use crate::report::{Figures, Missed};
use crate::svg::esc;
use nomina_match::Query;
use std::collections::BTreeMap;
use std::fmt::Write as _;

const STYLE: &str = "body{font-family:Helvetica,Arial,sans-serif;font-size:14px;line-height:1.45;color:#111;max-width:1100px;margin:2em auto;padding:0 1em}\
h1{font-size:26px;margin-bottom:.2em}h2{font-size:20px;border-bottom:2px solid #111;margin-top:2em}h3{font-size:16px;margin-top:1.5em}\
table{border-collapse:collapse;margin:.6em 0 1.2em}th,td{border:1px solid #999;padding:3px 7px;vertical-align:top;text-align:left}\
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}th{background:#eee}\
code,pre,.hash{font-family:Menlo,Consolas,monospace;font-size:12px}.hash{word-break:break-all}\
pre{margin:0;white-space:pre-wrap}pre.why{font-size:11px;white-space:pre;overflow-x:auto}.note{color:#333;font-style:italic}.ok{font-weight:bold}.bad{font-weight:bold;text-decoration:underline}\
figure{margin:1em 0;page-break-inside:avoid}figcaption{font-size:13px;color:#333;max-width:720px}svg.plot{max-width:100%;height:auto;border:1px solid #ccc}\
.summary td{font-size:15px}\
@media print{body{max-width:none;margin:0;font-size:11px}h2{page-break-before:always}h2.first{page-break-before:avoid}th{background:none}pre.why{white-space:pre-wrap}}\
@page{size:A4;margin:14mm}";

fn pct(v: Option<f64>) -> String {
    v.map_or("—".into(), |x| format!("{:.1} %", 100.0 * x))
}

fn pct2(v: Option<f64>) -> String {
    v.map_or("—".into(), |x| format!("{:.2} %", 100.0 * x))
}

fn score(v: Option<f64>) -> String {
    v.map_or("—".into(), |x| format!("{x:.4}"))
}

fn num(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    }
}

/// An explanation as `screen --explain` prints it, without the indentation that sets it
/// under its hit on a terminal.
fn explanation(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    let indent = lines
        .iter()
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    let body: Vec<&str> = lines.iter().map(|l| &l[indent..]).collect();
    format!("<pre class=\"why\">{}</pre>", esc(&body.join("\n")))
}

/// A number with at most six decimals and no trailing zeros.
fn trimmed(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// A figure's value as a reader wants it: numbers to six decimals, text without quotes,
/// a missing value as a dash.
fn json_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => "—".into(),
        serde_json::Value::String(s) => esc(s),
        serde_json::Value::Number(n) => n
            .as_i64()
            .map(|i| i.to_string())
            .or_else(|| n.as_f64().map(|f| trimmed(f).to_string()))
            .unwrap_or_default(),
        other => esc(&other.to_string()),
    }
}

fn query_text(q: &Query) -> String {
    let mut s = esc(&q.name);
    let mut extra = Vec::new();
    if let Some(t) = q.entity_type {
        extra.push(t.as_str().to_string());
    }
    if let Some(d) = q.dob {
        extra.push(format!("born {d}"));
    }
    if let Some(c) = &q.country {
        extra.push(esc(c));
    }
    if !extra.is_empty() {
        let _ = write!(s, " <span class=\"note\">({})</span>", extra.join(", "));
    }
    s
}

/// Writes a table: a header row, then rows of cells (already escaped HTML); columns listed
/// in `numeric` are right-aligned.
fn table(
    o: &mut String,
    head: &[&str],
    numeric: &[usize],
    rows: impl IntoIterator<Item = Vec<String>>,
) {
    o.push_str("<table><thead><tr>");
    for (i, h) in head.iter().enumerate() {
        let class = if numeric.contains(&i) {
            " class=\"n\""
        } else {
            ""
        };
        let _ = write!(o, "<th{class}>{}</th>", esc(h));
    }
    o.push_str("</tr></thead><tbody>");
    for row in rows {
        o.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let class = if numeric.contains(&i) {
                " class=\"n\""
            } else {
                ""
            };
            let _ = write!(o, "<td{class}>{cell}</td>");
        }
        o.push_str("</tr>");
    }
    o.push_str("</tbody></table>");
}

fn figure(o: &mut String, plots: &[Plot], name: &str, caption: &str) {
    if let Some(p) = plots.iter().find(|p| p.name == name) {
        let _ = write!(
            o,
            "<figure>{}<figcaption>{}</figcaption></figure>",
            p.svg,
            esc(caption)
        );
    }
}

fn group_table(o: &mut String, title: &str, groups: &BTreeMap<String, GroupRow>, t: f64) {
    let _ = write!(o, "<h3>{}</h3>", esc(title));
    let head = [
        "group".to_string(),
        "positives".into(),
        "negatives".into(),
        "recall@1".into(),
        format!("recall at {t:.2}"),
        format!("precision at {t:.2}"),
        format!("FPR at {t:.2}"),
        "recall at 1 % FPR".into(),
        "precision at 1 % FPR".into(),
        "FPR at 1 %-FPR threshold".into(),
        "recall at 0.1 % FPR".into(),
        "FPR at 0.1 %-FPR threshold".into(),
    ];
    let head: Vec<&str> = head.iter().map(String::as_str).collect();
    let at = |r: &GroupRow, label: &str| r.at_fpr.get(label).copied();
    table(
        o,
        &head,
        &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
        groups.iter().map(|(g, r)| {
            let (p1, p01) = (at(r, "1%"), at(r, "0.1%"));
            vec![
                esc(g),
                r.positives.to_string(),
                r.negatives.to_string(),
                pct(r.recall_at_1),
                pct(r.recall),
                pct(r.precision),
                pct(r.fpr),
                pct(p1.and_then(|p| p.recall)),
                pct(p1.and_then(|p| p.precision)),
                pct(p1.and_then(|p| p.fpr)),
                pct(p01.and_then(|p| p.recall)),
                pct(p01.and_then(|p| p.fpr)),
            ]
        }),
    );
}

fn coverage(o: &mut String, f: &Figures) {
    let c = &f.coverage;
    o.push_str("<h2 id=\"coverage\" class=\"first\">1. Coverage: what was screened against</h2>");
    let _ = write!(
        o,
        "<p>nomina {}, its name matcher's index built from the lists below: {} entities, {} names, {} distinct tokens.</p>",
        esc(c.nomina_version),
        c.index.entities,
        c.index.names,
        c.index.tokens
    );
    table(
        o,
        &[
            "list",
            "format",
            "published",
            "SHA-256",
            "files",
            "persons",
            "organisations",
            "vessels",
            "aircraft",
            "total",
        ],
        &[5, 6, 7, 8, 9],
        c.lists.values().map(|l| {
            let n = |k: &str| l.counts.get(k).copied().unwrap_or(0).to_string();
            vec![
                esc(&l.source),
                esc(&l.format),
                esc(l.published.as_deref().unwrap_or("undated")),
                format!("<span class=\"hash\">{}</span>", esc(&l.sha256)),
                esc(&l.files.join(", ")),
                n("person"),
                n("organization"),
                n("vessel"),
                n("aircraft"),
                n("total"),
            ]
        }),
    );
    o.push_str("<h3>Test data</h3>");
    let files = std::iter::once(("labelled queries", &c.queries))
        .chain(c.portfolio.iter().map(|p| ("clean portfolio", p)));
    table(
        o,
        &["input", "file", "SHA-256", "records"],
        &[3],
        files.map(|(what, fi)| {
            vec![
                what.to_string(),
                esc(&fi.path),
                format!("<span class=\"hash\">{}</span>", esc(&fi.sha256)),
                fi.records.to_string(),
            ]
        }),
    );
    o.push_str("<h3>Configuration: every published weight and threshold</h3><p>Each value is read from the constant that defines it in the matcher, not copied.</p>");
    table(
        o,
        &["setting", "value", "defined in", "meaning"],
        &[1],
        c.settings.iter().map(|(k, s)| {
            vec![
                format!("<code>{}</code>", esc(k)),
                num(s.value),
                format!("<code>{}</code>", esc(s.defined_in)),
                esc(s.meaning),
            ]
        }),
    );
}

fn missed_row(m: &Missed) -> Vec<String> {
    let top = m.top_hit.as_ref().map_or("—".into(), |(e, n, s)| {
        format!("{} {} ({s:.4})", esc(e), esc(n))
    });
    let best = match (&m.best_entity, m.best_score) {
        (Some(e), Some(s)) => format!("{} {s:.4}", esc(e)),
        _ => "not scored at all".into(),
    };
    vec![
        esc(&m.id),
        query_text(&m.query),
        esc(&m.tags.join(", ")),
        esc(&m.expect.join(", ")),
        best,
        top,
        m.explanation.as_deref().map_or(String::new(), |e| {
            format!("<pre>{}</pre>", esc(e.trim_end()))
        }),
    ]
}

fn detection(o: &mut String, f: &Figures, plots: &[Plot]) {
    let d = &f.detection;
    let b = &d.benchmark;
    let t = f.threshold;
    o.push_str("<h2 id=\"detection\">2. Detection: does it find the listed names?</h2>");
    let _ = write!(
        o,
        "<p>{} labelled queries: {} positives (a listed party, written another way) and {} negatives (names of nobody on the lists). A positive is <em>found</em> at a threshold when an expected entity scores at least the threshold; a negative is a <em>false positive</em> when any hit does. Precision counts an alert as false when only entities that were not expected reach the threshold.</p>",
        b.queries, b.positives, b.negatives
    );
    table(
        o,
        &[
            "operating point",
            "threshold",
            "recall",
            "precision",
            "false-positive rate",
        ],
        &[1, 2, 3, 4],
        ["configured", "fpr_0.1%", "fpr_1%", "fpr_5%", "best_f1"]
            .iter()
            .filter_map(|k| Some((*k, d.operating_points.get(*k)?)))
            .map(|(k, p)| {
                let label = match k {
                    "configured" => "configured threshold".to_string(),
                    "best_f1" => "best F1".to_string(),
                    other => other.replace("fpr_", "at false-positive rate "),
                };
                vec![
                    esc(&label),
                    format!("{:.4}", p.threshold),
                    pct(p.recall),
                    pct(p.precision),
                    pct2(p.fpr),
                ]
            }),
    );
    let _ = write!(
        o,
        "<p>The benchmark's own figures, counted as its scorer <code>score_names.py</code> counts them: recall@1 {}, recall@5 {}, best F1 {} at threshold {}.</p>",
        pct(b.recall_at_1),
        pct(b.recall_at_5),
        format_args!("{:.4}", b.best_f1.f1),
        score(b.best_f1.threshold)
    );
    figure(o, plots, "threshold", "Recall falls and the false-positive rate falls as the threshold rises; the dotted line is the configured threshold.");
    figure(
        o,
        plots,
        "precision-recall",
        "Each point of the line is one threshold; the filled dot is the configured threshold.",
    );
    o.push_str("<p>In the tables below, the false-positive-rate thresholds are those of the whole set (see the operating points above); <code>figures.json</code> also holds every figure at the 5 % one.</p>");
    group_table(o, "By tag", &d.breakdowns.tag, t);
    group_table(o, "By script of the query", &d.breakdowns.script, t);
    group_table(o, "By entity type", &d.breakdowns.entity_type, t);
    group_table(o, "By list", &d.breakdowns.list, t);
    let _ = write!(
        o,
        "<h3>Missed at threshold {t:.2}: {} positives</h3>",
        d.missed_count
    );
    if d.missed_count > d.missed.len() {
        let _ = write!(
            o,
            "<p class=\"note\">The first {} are listed.</p>",
            d.missed.len()
        );
    }
    if !d.missed.is_empty() {
        o.push_str("<p>For each, the best score any expected entity reached (looked up below the report's floor if needed) and the matcher's explanation of it.</p>");
        table(
            o,
            &[
                "id",
                "query",
                "tags",
                "expected",
                "best expected score",
                "highest hit",
                "explanation",
            ],
            &[],
            d.missed.iter().map(missed_row),
        );
    }
}

fn false_alerts(o: &mut String, f: &Figures, plots: &[Plot]) {
    o.push_str("<h2 id=\"false-alerts\">3. False alerts on a clean customer base</h2>");
    let Some(fa) = &f.false_alerts else {
        o.push_str("<p class=\"note\">Not measured: no portfolio was given (<code>--portfolio</code>).</p>");
        return;
    };
    let _ = write!(
        o,
        "<p>{} customers, none of them listed: every alert is one an analyst must clear.</p>",
        fa.alerts.customers
    );
    table(
        o,
        &[
            "threshold",
            "value",
            "customers alerting",
            "per 1,000 customers",
        ],
        &[1, 2, 3],
        fa.alerts.at.iter().map(|(k, p)| {
            let label = match k.as_str() {
                "configured" => "configured".to_string(),
                "recall_95" => "where the labelled set keeps 95 % recall".into(),
                "recall_97" => "where the labelled set keeps 97 % recall".into(),
                other => other.replace("fpr_", "labelled set at false-positive rate "),
            };
            vec![
                esc(&label),
                format!("{:.4}", p.threshold),
                p.alerts.to_string(),
                format!("{:.2}", p.per_1000),
            ]
        }),
    );
    figure(o, plots, "alerts", "Alerts per 1,000 customers on a logarithmic scale; the dotted line is the configured threshold.");
    let _ = write!(
        o,
        "<h3>The entities that alert most at {:.2}</h3>",
        f.threshold
    );
    table(
        o,
        &["entity", "name", "customers"],
        &[2],
        fa.alerts
            .top_entities
            .iter()
            .map(|e| vec![esc(&e.entity), esc(&e.name), e.customers.to_string()]),
    );
    let _ = write!(
        o,
        "<h3>A sample of {} alerts, explained</h3>",
        fa.samples.len()
    );
    table(
        o,
        &["customer", "query", "hit", "score", "explanation"],
        &[3],
        fa.samples.iter().map(|s| {
            vec![
                esc(&s.id),
                query_text(&s.query),
                format!("{} {}", esc(&s.entity), esc(&s.entity_name)),
                format!("{:.4}", s.score),
                explanation(&s.explanation),
            ]
        }),
    );
}

fn stability(o: &mut String, f: &Figures, plots: &[Plot]) {
    let s = &f.stability;
    o.push_str("<h2 id=\"stability\">4. Stability: the same input gives the same answer</h2>");
    for (what, r) in std::iter::once(("labelled queries", Some(&s.queries)))
        .chain(std::iter::once(("portfolio", s.portfolio.as_ref())))
    {
        let Some(r) = r else { continue };
        let verdict = if r.identical {
            "<span class=\"ok\">byte-identical</span>".to_string()
        } else {
            format!(
                "<span class=\"bad\">NOT identical</span> (first difference: query {})",
                esc(r.first_difference.as_deref().unwrap_or("?"))
            )
        };
        let _ = write!(
            o,
            "<p>The {} {what} were screened twice ({}). The results, explanations included, are {verdict}: SHA-256 <span class=\"hash\">{}</span> and <span class=\"hash\">{}</span>.</p>",
            r.queries,
            esc(&r.runs),
            esc(&r.first_sha256),
            esc(&r.second_sha256)
        );
    }
    let h = &s.histogram;
    figure(o, plots, "histogram", "Solid bars: the best score of an expected entity for each positive. Hatched bars: the highest score of each negative.");
    let _ = write!(
        o,
        "<p>Below the report's floor: {} positives without an expected entity and {} negatives without any hit.</p>",
        h.matches_below_floor, h.non_matches_below_floor
    );
    match &h.overlap {
        Some(ov) => {
            let _ = write!(
                o,
                "<p>Matches and non-matches overlap from {:.4} (the lowest score of a match) to {:.4} (the highest of a non-match): {} matches and {} non-matches score in that range. No threshold there separates them all; the threshold curve shows the trade.</p>",
                ov.from, ov.to, ov.matches, ov.non_matches
            );
        }
        None => o.push_str("<p>Matches and non-matches do not overlap: every match scores above every non-match.</p>"),
    }
}

fn change(o: &mut String, f: &Figures) {
    o.push_str("<h2 id=\"change\">5. Change since the previous report</h2>");
    let Some(c) = &f.change else {
        o.push_str("<p class=\"note\">No baseline given (<code>--baseline previous/figures.json</code>).</p>");
        return;
    };
    let _ = write!(
        o,
        "<p>Baseline: <code>{}</code>{}. {} figures moved; {} queries changed outcome; {} queries are new and {} are gone.</p>",
        esc(&c.baseline),
        c.baseline_created.as_deref().map_or(String::new(), |d| format!(", made {}", esc(d))),
        c.moved.len(),
        c.queries.len(),
        c.added_queries,
        c.removed_queries
    );
    o.push_str("<h3>Queries whose outcome changed</h3>");
    table(
        o,
        &[
            "id",
            "name",
            "before",
            "after",
            "score before",
            "score after",
        ],
        &[4, 5],
        c.queries.iter().map(|q| {
            vec![
                esc(&q.id),
                esc(&q.name),
                esc(&q.before),
                esc(&q.after),
                score(q.score_before),
                score(q.score_after),
            ]
        }),
    );
    o.push_str("<h3>Figures that moved</h3>");
    table(
        o,
        &["figure", "before", "after", "change"],
        &[1, 2, 3],
        c.moved.iter().map(|m| {
            let delta = match (m.before.as_f64(), m.after.as_f64()) {
                (Some(a), Some(b)) => format!("{:+}", trimmed(b - a)),
                _ => String::new(),
            };
            vec![
                format!("<code>{}</code>", esc(&m.path)),
                json_text(&m.before),
                json_text(&m.after),
                delta,
            ]
        }),
    );
}

fn speed(o: &mut String, f: &Figures) {
    let s = &f.speed;
    o.push_str("<h2 id=\"speed\">6. Speed on this machine</h2>");
    let _ = write!(
        o,
        "<p>Measured during this run on the machine that made the report ({} logical CPUs, {} screening threads), together with whatever else it was doing: these figures describe that machine at that time, not nomina alone.</p>",
        s.logical_cpus, s.threads
    );
    let mut rows = vec![
        vec!["loading the lists".into(), format!("{:.0} ms", s.load_ms)],
        vec![
            "building the index".into(),
            format!("{:.0} ms", s.index_build_ms),
        ],
        vec![
            "one query at a time on one thread, hits down to the report floor: p50 / p90 / p99"
                .into(),
            format!(
                "{:.0} / {:.0} / {:.0} µs",
                s.latency_p50_us, s.latency_p90_us, s.latency_p99_us
            ),
        ],
        vec![
            format!("labelled queries on {} threads", s.threads),
            format!("{:.0} queries/s", s.queries_per_s),
        ],
    ];
    if let Some(p) = s.portfolio_per_s {
        rows.push(vec![
            format!("portfolio on {} threads", s.threads),
            format!("{p:.0} customers/s"),
        ]);
    }
    rows.push(vec![
        "the whole report".into(),
        format!("{:.1} s", s.total_s),
    ]);
    table(o, &["what", "figure"], &[1], rows);
}

/// The whole page.
pub fn render(f: &Figures, plots: &[Plot]) -> String {
    let mut o = String::with_capacity(256 * 1024);
    let _ = write!(
        o,
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>nomina validation report {}</title><style>{STYLE}</style></head><body>",
        esc(&f.created)
    );
    let at = &f.detection.operating_points["configured"];
    let lists: Vec<String> = f
        .coverage
        .lists
        .values()
        .map(|l| {
            format!(
                "{} {}",
                esc(&l.source),
                esc(l.published.as_deref().unwrap_or("undated"))
            )
        })
        .collect();
    let _ = write!(
        o,
        "<h1>Screening model validation report</h1><p>Made by <code>nomina validate</code> on {} against {}, at threshold {:.2}. Figures also in <code>figures.json</code>; screening results in <code>results.jsonl</code>.</p>",
        esc(&f.created),
        lists.join(", "),
        f.threshold
    );
    let mut summary = vec![
        vec!["recall at the threshold".into(), pct(at.recall)],
        vec!["precision at the threshold".into(), pct(at.precision)],
        vec!["false-positive rate at the threshold".into(), pct2(at.fpr)],
        vec![
            "recall at 1 % false-positive rate".into(),
            pct(f
                .detection
                .benchmark
                .at_fpr
                .get("1%")
                .and_then(|x| x.recall)),
        ],
    ];
    if let Some(fa) = &f.false_alerts {
        if let Some(p) = fa.alerts.at.get("configured") {
            summary.push(vec![
                "false alerts per 1,000 clean customers".into(),
                format!("{:.2}", p.per_1000),
            ]);
        }
    }
    let stable =
        f.stability.queries.identical && f.stability.portfolio.as_ref().is_none_or(|r| r.identical);
    summary.push(vec![
        "repeated screening identical".into(),
        if stable {
            "yes".into()
        } else {
            "<span class=\"bad\">NO</span>".into()
        },
    ]);
    o.push_str("<div class=\"summary\">");
    table(&mut o, &["at a glance", ""], &[1], summary);
    o.push_str("</div>");
    coverage(&mut o, f);
    detection(&mut o, f, plots);
    false_alerts(&mut o, f, plots);
    stability(&mut o, f, plots);
    change(&mut o, f);
    speed(&mut o, f);
    o.push_str("</body></html>\n");
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_formatted_and_escaped() {
        assert_eq!(pct(Some(0.98765)), "98.8 %");
        assert_eq!(pct(None), "—");
        assert_eq!(pct2(Some(0.0037)), "0.37 %");
        assert_eq!(num(10.0), "10");
        assert_eq!(num(0.62), "0.62");
        assert_eq!(
            json_text(&serde_json::json!(0.009925558312655089)),
            "0.009926"
        );
        assert_eq!(json_text(&serde_json::json!(100000)), "100000");
        assert_eq!(json_text(&serde_json::json!("a<b")), "a&lt;b");
        assert_eq!(json_text(&serde_json::Value::Null), "—");
        let mut q = Query::name("<b>Ali</b> & Co");
        q.country = Some("\"PK\"".into());
        assert_eq!(
            query_text(&q),
            "&lt;b&gt;Ali&lt;/b&gt; &amp; Co <span class=\"note\">(&quot;PK&quot;)</span>"
        );
        let mut o = String::new();
        table(
            &mut o,
            &["a", "b"],
            &[1],
            vec![vec!["x".to_string(), "1".to_string()]],
        );
        assert_eq!(o, "<table><thead><tr><th>a</th><th class=\"n\">b</th></tr></thead><tbody><tr><td>x</td><td class=\"n\">1</td></tr></tbody></table>");
    }
}
