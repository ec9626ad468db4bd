//! `nomina lists`: which list versions are in force, so every result can be traced to data.

use crate::exit::CmdResult;
use crate::{emit, emit_json, GlobalArgs};
use nomina_model::{FuzzyDate, Source};
use nomina_registry::{LoadedList, Origin};
use serde::Serialize;
use std::collections::BTreeMap;

/// Options of `nomina lists`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

/// One list in force, as printed by `--json`.
#[derive(Debug, Serialize)]
struct ListInfo<'a> {
    source: &'a Source,
    format: &'a str,
    published: Option<FuzzyDate>,
    sha256: &'a str,
    files: &'a [String],
    /// `file`, `data-dir` or `bundled`.
    origin: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
    /// Entities per type plus `total`.
    counts: BTreeMap<&'static str, usize>,
    warnings: &'a [String],
}

#[derive(Debug, Serialize)]
struct Report<'a> {
    lists: Vec<ListInfo<'a>>,
    entities: usize,
}

fn info(l: &LoadedList) -> ListInfo<'_> {
    let v = &l.snapshot.version;
    let (origin, path) = match &l.origin {
        Origin::File(p) => ("file", Some(p.display().to_string())),
        Origin::DataDir(p) => ("data-dir", Some(p.display().to_string())),
        Origin::Bundled => ("bundled", None),
    };
    let mut counts: BTreeMap<&'static str, usize> = l
        .snapshot
        .counts()
        .iter()
        .map(|(t, n)| (t.as_str(), *n))
        .collect();
    counts.insert("total", l.snapshot.entities.len());
    ListInfo {
        source: &v.source,
        format: &v.format,
        published: v.published,
        sha256: &v.sha256,
        files: &v.files,
        origin,
        path,
        counts,
        warnings: &l.snapshot.warnings,
    }
}

/// Runs `nomina lists`.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let loaded = global.load_lists(Vec::new())?;
    if args.json {
        let report = Report {
            lists: loaded.lists.iter().map(info).collect(),
            entities: loaded.entity_count(),
        };
        return emit_json(&report);
    }
    let mut out = String::new();
    for l in &loaded.lists {
        let v = &l.snapshot.version;
        let published = v
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| "no date in file".into());
        out.push_str(&format!(
            "{}  {}  published {}  sha256 {}\n",
            v.source, v.format, published, v.sha256
        ));
        out.push_str(&format!("  from:     {}\n", l.origin));
        out.push_str(&format!("  files:    {}\n", v.files.join(", ")));
        let per_type: Vec<String> = l
            .snapshot
            .counts()
            .iter()
            .map(|(t, n)| format!("{n} {}", t.as_str()))
            .collect();
        out.push_str(&format!(
            "  entities: {} ({})\n",
            l.snapshot.entities.len(),
            per_type.join(", ")
        ));
        for w in &l.snapshot.warnings {
            out.push_str(&format!("  warning:  {w}\n"));
        }
    }
    out.push_str(&format!(
        "{} lists, {} entities in force\n",
        loaded.lists.len(),
        loaded.entity_count()
    ));
    emit(&out)
}
