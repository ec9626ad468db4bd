//! `nomina index`: writes the lists in force and their name index to one prebuilt file that
//! later processes use with `--index FILE` instead of parsing and building (and shows what
//! such a file holds).

use crate::exit::CmdResult;
use crate::{emit, emit_json, GlobalArgs};
use std::fmt::Write as _;
use std::path::PathBuf;

/// Arguments of `nomina index`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Build the index file of the lists in force (with --list, --data-dir, or bundled).
    Build {
        /// Where to write it (atomically: a file beside it, then renamed).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Verify an index file and show what it holds and which build wrote it.
    Info {
        /// The index file.
        file: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// Runs `nomina index`.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    match &args.action {
        Action::Build { out, json } => {
            let lists = global.load_lists(Vec::new())?;
            let judgements = crate::cmd_parties::judgements_in_force(global)?;
            let started = std::time::Instant::now();
            let manifest = nomina_index::write(out, &lists, &judgements)?;
            if *json {
                return emit_json(&manifest);
            }
            let mut text = describe(&manifest);
            let size = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
            let _ = writeln!(
                text,
                "Wrote {} ({:.1} MB) in {:.1} s; use it with `nomina --index {} …`.",
                out.display(),
                size as f64 / 1e6,
                started.elapsed().as_secs_f64(),
                out.display()
            );
            emit(&text)
        }
        Action::Info { file, json } => {
            crate::exit::check_readable("index file", file)?;
            let prebuilt = nomina_index::Prebuilt::open(file)?;
            if *json {
                return emit_json(prebuilt.manifest());
            }
            emit(&describe(prebuilt.manifest()))
        }
    }
}

/// The manifest as an operator reads it.
fn describe(m: &nomina_index::Manifest) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "Index built {} by {}", m.built, m.fingerprint);
    for l in &m.lists {
        let v = &l.version;
        let _ = writeln!(
            s,
            "  {} {} ({}), {} entities, sha256 {}, from {}",
            v.source,
            v.published
                .map(|d| d.to_string())
                .unwrap_or_else(|| "(undated)".into()),
            v.format,
            l.entities,
            v.sha256,
            l.origin
        );
    }
    let _ = writeln!(
        s,
        "  {} entities in all; {} party judgements applied",
        m.entities,
        m.judgements.judgements.len()
    );
    s
}
