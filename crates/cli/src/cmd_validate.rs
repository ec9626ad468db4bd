//! `nomina validate`: the model-validation report (see `docs/validation.md`). Reads the
//! inputs, loads the lists in force as every command does, builds the matcher, and hands
//! the rest to `nomina_validate`, screening with `screen --batch`'s floor.

use crate::cmd_screen::BATCH_FLOOR;
use crate::exit::{CmdResult, Failure, FAILURE};
use crate::GlobalArgs;
use nomina_match::{Matcher, DEFAULT_THRESHOLD};
use nomina_validate::coverage::FileInfo;
use nomina_validate::report::{build, Inputs, Options};
use nomina_validate::screen::{sha256_hex, Screening};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Arguments of `nomina validate`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Labelled test queries, JSON Lines in the name benchmark's format: `{"id", "query":
    /// {"name", "type"?, "dob"?, "country"?}, "expect": [entity keys], "tags": [...]}`;
    /// an empty `expect` marks a name that is nobody on the lists.
    #[arg(long, value_name = "LABELLED.jsonl")]
    pub queries: PathBuf,
    /// A clean customer portfolio (nobody on it listed), in `screen --batch`'s format, for
    /// the false-alerts section.
    #[arg(long, value_name = "CLEAN.jsonl")]
    pub portfolio: Option<PathBuf>,
    /// The `figures.json` of a previous report, for the change section.
    #[arg(long, value_name = "previous/figures.json")]
    pub baseline: Option<PathBuf>,
    /// Directory to write the report into (created if missing): report.html,
    /// figures.json, results.jsonl, plots/*.svg.
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
    /// Alert threshold the report judges at (the default is the matcher's default threshold).
    #[arg(long, value_name = "S", default_value_t = DEFAULT_THRESHOLD)]
    pub threshold: f64,
    /// Most hits kept per query (as `screen --batch --limit`).
    #[arg(long, value_name = "N", default_value_t = 10)]
    pub limit: usize,
    /// How many of the most-alerting entities to list.
    #[arg(long, value_name = "N", default_value_t = 15)]
    pub top: usize,
    /// How many portfolio alerts to show with their explanations.
    #[arg(long, value_name = "N", default_value_t = 15)]
    pub sample: usize,
}

fn read_input(what: &str, path: &Path) -> Result<Vec<u8>, Failure> {
    std::fs::read(path).map_err(|e| Failure::unreadable(what, path, &e))
}

fn file_info(path: &Path, bytes: &[u8], records: usize) -> FileInfo {
    FileInfo {
        path: path.display().to_string(),
        sha256: sha256_hex(bytes),
        records,
    }
}

/// Runs the command.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let threshold = args.threshold;
    if !(BATCH_FLOOR..=1.0).contains(&threshold) {
        return Err(Failure::usage(format!(
            "--threshold must be between {BATCH_FLOOR} (the lowest score screened) and 1, not {threshold}"
        )));
    }
    if args.limit == 0 {
        return Err(Failure::usage("--limit must be at least 1"));
    }
    let qbytes = read_input("--queries", &args.queries)?;
    let queries = nomina_validate::input::parse_labelled(&args.queries, &qbytes)
        .map_err(|e| Failure::usage(e.to_string()))?;
    let portfolio = match &args.portfolio {
        Some(p) => {
            let bytes = read_input("--portfolio", p)?;
            let customers = nomina_validate::input::parse_portfolio(p, &bytes)
                .map_err(|e| Failure::usage(e.to_string()))?;
            let info = file_info(p, &bytes, customers.len());
            Some((customers, info))
        }
        None => None,
    };
    let baseline = match &args.baseline {
        Some(p) => {
            crate::exit::check_readable("--baseline", p)?;
            let v = nomina_validate::baseline::read_baseline(p)
                .map_err(|e| Failure::usage(e.to_string()))?;
            Some((p.display().to_string(), v))
        }
        None => None,
    };

    let start = Instant::now();
    let snapshots = global.load_lists(Vec::new())?.into_snapshots();
    let load_ms = start.elapsed().as_secs_f64() * 1e3;
    let start = Instant::now();
    let matcher = Matcher::build(&snapshots);
    let index_build_ms = start.elapsed().as_secs_f64() * 1e3;

    let options = Options {
        threshold,
        screening: Screening {
            floor: BATCH_FLOOR,
            limit: args.limit,
        },
        top_entities: args.top,
        sample_alerts: args.sample,
    };
    let inputs = Inputs {
        matcher: &matcher,
        snapshots: &snapshots,
        queries_file: file_info(&args.queries, &qbytes, queries.len()),
        queries: &queries,
        portfolio: portfolio.as_ref().map(|(c, i)| (c.as_slice(), i.clone())),
        baseline,
        load_ms,
        index_build_ms,
    };
    let report = build(inputs, &options).map_err(|e| Failure::screening(e.to_string()))?;
    let page = nomina_validate::write(&args.out, &report)
        .map_err(|e| Failure::new(FAILURE, e.to_string()))?;

    let f = &report.figures;
    let at = &f.detection.operating_points["configured"];
    let pct = |v: Option<f64>| v.map_or("—".to_string(), |x| format!("{:.1} %", 100.0 * x));
    eprintln!(
        "validated {} queries{} at threshold {threshold:.2}: recall {}, precision {}, in {:.1} s",
        queries.len(),
        portfolio.as_ref().map_or(String::new(), |(c, _)| format!(
            " and {} customers",
            c.len()
        )),
        pct(at.recall),
        pct(at.precision),
        f.speed.total_s
    );
    println!("{}", page.display());
    let unstable: Vec<&str> = std::iter::once(&f.stability.queries)
        .chain(f.stability.portfolio.as_ref())
        .filter(|r| !r.identical)
        .map(|r| r.first_difference.as_deref().unwrap_or("?"))
        .collect();
    if !unstable.is_empty() {
        return Err(Failure::screening(format!(
            "screening the same queries twice gave different results (first at query {}); the report says so",
            unstable.join(", ")
        )));
    }
    Ok(())
}
