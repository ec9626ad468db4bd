//! The model-validation report of a screening set-up: does it find the listed names, how
//! many clean customers does it alert on, is it stable, what moved since last time, and how
//! fast is it — the evidence a bank shows its regulator each year.
//!
//! The flow is one way: [`input`] reads labelled queries (the name benchmark's format) and an
//! optional clean portfolio; [`report::build`] screens them through the matcher exactly as
//! `nomina screen --batch` does ([`screen`]) and counts every figure — the benchmark
//! scorer's own ([`scorer`]), breakdowns ([`groups`]), curves ([`curves`]), false alerts
//! ([`portfolio`]), the configuration ([`coverage`]), speed ([`speed`]) and the change from a
//! baseline ([`baseline`]); [`charts`] draws the plots with [`svg`], [`html`] writes the page,
//! and [`write`] puts the page, its figures as JSON, the plots and the screening results in
//! one directory.
//!
//! Example: the figures of the benchmark's scorer for two queries.
//!
//! ```
//! use nomina_validate::input::parse_labelled;
//! use nomina_validate::scorer::{bench_figures, query_scores};
//! let queries = parse_labelled(
//!     "q.jsonl".as_ref(),
//!     br#"{"id": "p", "query": {"name": "Masood Azhar"}, "expect": ["un:QDi.422"]}
//! {"id": "n", "query": {"name": "Jane Roe"}}"#,
//! )
//! .unwrap();
//! let hits = vec![vec![("un:QDi.422".to_string(), 0.93)], vec![("un:QDi.1".to_string(), 0.6)]];
//! let f = bench_figures(&queries, &query_scores(&queries, &hits), &[true, true]);
//! assert_eq!(f.recall_at_1, Some(1.0));
//! assert_eq!(f.at_fpr["1%"].recall, Some(1.0));
//! ```
#![deny(missing_docs)]

pub mod baseline;
pub mod charts;
pub mod coverage;
pub mod curves;
pub mod groups;
pub mod html;
pub mod input;
pub mod portfolio;
pub mod report;
pub mod scorer;
pub mod screen;
pub mod speed;
pub mod svg;

use std::path::{Path, PathBuf};

/// The page's file name in the report directory.
pub const REPORT_HTML: &str = "report.html";
/// The figures' file name.
pub const FIGURES_JSON: &str = "figures.json";
/// The labelled queries' screening results, in `screen --batch`'s format.
pub const RESULTS_JSONL: &str = "results.jsonl";
/// The directory of the plots as separate SVG files.
pub const PLOTS_DIR: &str = "plots";

/// A file of the report that could not be written.
#[derive(Debug, thiserror::Error)]
#[error("{}: cannot write: {source}", path.display())]
pub struct WriteError {
    /// The file or directory.
    pub path: PathBuf,
    /// Why.
    pub source: std::io::Error,
}

fn put(path: PathBuf, bytes: &[u8]) -> Result<(), WriteError> {
    std::fs::write(&path, bytes).map_err(|source| WriteError { path, source })
}

/// Writes the report into `dir` (created if missing): the page, `figures.json`, the
/// results and each plot as `plots/NAME.svg`. Returns the page's path.
pub fn write(dir: &Path, report: &report::Report) -> Result<PathBuf, WriteError> {
    let mkdir = |p: &Path| {
        std::fs::create_dir_all(p).map_err(|source| WriteError {
            path: p.to_path_buf(),
            source,
        })
    };
    mkdir(dir)?;
    mkdir(&dir.join(PLOTS_DIR))?;
    let plots = charts::plots(&report.figures);
    for p in &plots {
        let svg = format!("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n{}\n", p.svg);
        put(
            dir.join(PLOTS_DIR).join(format!("{}.svg", p.name)),
            svg.as_bytes(),
        )?;
    }
    let mut json = serde_json::to_vec_pretty(&report.figures).unwrap_or_default();
    json.push(b'\n');
    put(dir.join(FIGURES_JSON), &json)?;
    put(dir.join(RESULTS_JSONL), &report.results_jsonl)?;
    let page = dir.join(REPORT_HTML);
    put(
        page.clone(),
        html::render(&report.figures, &plots).as_bytes(),
    )?;
    Ok(page)
}

#[cfg(test)]
mod tests {
    /// Every public type can cross threads (the report is built with rayon).
    #[test]
    fn public_types_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<crate::report::Figures>();
        check::<crate::input::Labelled>();
        check::<crate::input::InputError>();
        check::<crate::WriteError>();
    }
}
