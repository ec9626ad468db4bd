//! `nomina update`: download the official lists and put them in force only when sound.

use crate::exit::{self, CmdResult, Failure};
use crate::{emit, GlobalArgs};
use nomina_registry::update::{InForceSummary, DEFAULT_MAX_DROP};
use nomina_registry::{parse_source, DataDir, Endpoints, Outcome, UpdateOptions};

/// Options of `nomina update`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Update only this source (repeatable): un, ofac, eu or uk. Default: all four.
    #[arg(long = "source", value_name = "SOURCE")]
    pub sources: Vec<String>,
    /// Put the new version in force even if its entity count dropped by more than
    /// --max-drop, or it was published before the version in force (a downgrade); also
    /// rebuilds a lost in-force.json.
    #[arg(long)]
    pub force: bool,
    /// Largest accepted drop in entity count against the version in force, as a fraction.
    #[arg(long, value_name = "F", default_value_t = DEFAULT_MAX_DROP)]
    pub max_drop: f64,
    /// Download a source from another address: SOURCE=URL (repeatable; for ofac, the base
    /// address the file names are appended to). Also settable with NOMINA_UN_URL,
    /// NOMINA_OFAC_URL, NOMINA_EU_URL, NOMINA_UK_URL.
    #[arg(long = "url", value_name = "SOURCE=URL")]
    pub urls: Vec<String>,
    /// The service's database, whose customers are re-screened after a change (nothing
    /// when it does not exist).
    #[command(flatten)]
    pub db: crate::service_args::DatabaseArgs,
}

fn describe(s: &InForceSummary) -> String {
    let date = s
        .published
        .map(|d| format!(", published {d}"))
        .unwrap_or_default();
    format!("{}{date}, {} entities", s.label, s.entities)
}

/// Runs `nomina update`.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    if !global.lists.is_empty() {
        return Err(Failure::usage(
            "--list cannot be combined with update: update manages the data directory's lists",
        ));
    }
    let data_dir = DataDir::resolve(global.data_dir.as_deref()).ok_or_else(|| {
        Failure::usage(
            "no data directory: give --data-dir DIR or set NOMINA_DATA_DIR (HOME is not set)",
        )
    })?;
    let mut opts = UpdateOptions {
        sources: args
            .sources
            .iter()
            .map(|s| parse_source(s))
            .collect::<Result<_, _>>()?,
        force: args.force,
        allow_downgrade: args.force,
        max_drop: args.max_drop,
        endpoints: Endpoints::from_env(),
        ..UpdateOptions::default()
    };
    for u in &args.urls {
        let Some((source, url)) = u.split_once('=').filter(|(_, url)| !url.trim().is_empty())
        else {
            return Err(Failure::usage(format!(
                "--url {u:?}: expected SOURCE=URL, e.g. un=https://example.org/consolidated.xml"
            )));
        };
        opts.endpoints
            .set(&parse_source(source)?, url.trim().to_string());
    }

    let mut failures = Vec::new();
    let mut write_error = None;
    let mut switched = false;
    // Each source's line is printed as soon as it is done: downloads can take minutes.
    nomina_registry::update_with(&data_dir, &opts, |r| {
        let text = match &r.outcome {
            Outcome::Updated {
                version,
                entities,
                published,
                previous,
                warnings,
            } => {
                switched = true;
                let date = published
                    .map(|d| format!(", published {d}"))
                    .unwrap_or_default();
                let mut t = format!(
                    "{}: updated to {version}{date}, {entities} entities (was {})\n",
                    r.source,
                    describe(previous)
                );
                for w in warnings {
                    t.push_str(&format!("  warning: {w}\n"));
                }
                t
            }
            Outcome::Unchanged { current } => {
                format!(
                    "{}: unchanged, the download is identical to the {}\n",
                    r.source,
                    describe(current)
                )
            }
            Outcome::Failed(e) => {
                failures.push(e.to_string());
                format!("{}: FAILED, the version in force is unchanged\n", r.source)
            }
        };
        if let Err(e) = emit(&text) {
            write_error.get_or_insert(e);
        }
    })?;
    if let Some(e) = write_error {
        return Err(e);
    }
    emit(&format!("data directory: {}\n", data_dir.root().display()))?;
    if switched {
        crate::cmd_customers::after_update(global, &args.db)?;
    }
    match failures.len() {
        0 => Ok(()),
        _ => Err(Failure::new(
            exit::UPDATE_FAILED,
            failures.join("\nerror: "),
        )),
    }
}
