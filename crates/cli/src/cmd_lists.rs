//! `nomina lists`: which list versions are in force, so every result can be traced to data.

use crate::exit::{CmdResult, Failure};
use crate::service_args::parse_duration;
use crate::{emit, emit_json, GlobalArgs};
use nomina_model::{FuzzyDate, Source};
use nomina_registry::freshness::{assess, today, Freshness, MaxAges};
use nomina_registry::{parse_source, LoadedList, Origin};
use serde::Serialize;
use std::collections::BTreeMap;

/// Options of `nomina lists`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Maximum age of a list before it is reported stale: `30d` for every source, or
    /// `SOURCE=AGE` for one (repeatable) [default: 30 days for un, ofac, eu and uk; see
    /// docs/lists-and-updates.md].
    #[arg(long = "max-age", value_name = "[SOURCE=]AGE")]
    pub max_age: Vec<String>,
}

/// The maximum ages in effect for `lists`, `serve` and `stream`: `base` (the documented
/// defaults for `lists`, none for the service and the stream), then the bare `--max-age`
/// options (a maximum for every source, replacing `base`), then the `SOURCE=AGE` ones,
/// whatever their order on the command line.
pub(crate) fn max_ages(specs: &[String], base: MaxAges) -> Result<MaxAges, Failure> {
    let mut m = base;
    let mut per_source = Vec::new();
    for spec in specs {
        let (source, age) = match spec.split_once('=') {
            Some((s, a)) => (Some(parse_source_or_custom(s)?), a),
            None => (None, spec.as_str()),
        };
        let days = parse_duration(age, 'd')
            .map_err(|e| Failure::usage(format!("--max-age {spec:?}: {e}")))?
            .as_secs_f64()
            / 86_400.0;
        match source {
            Some(s) => per_source.push((s, days)),
            None => m.set(None, days),
        }
    }
    for (s, days) in per_source {
        m.set(Some(&s), days);
    }
    Ok(m)
}

/// An official source name, or a custom list's prefix.
fn parse_source_or_custom(s: &str) -> Result<Source, Failure> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Failure::usage("--max-age: empty source name before `=`"));
    }
    Ok(parse_source(s).unwrap_or_else(|_| Source::from_prefix(&s.to_ascii_lowercase())))
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
    /// Age against the maximum: fresh, stale, snapshot (bundled), undated, unchecked.
    freshness: Freshness,
}

#[derive(Debug, Serialize)]
struct Report<'a> {
    lists: Vec<ListInfo<'a>>,
    entities: usize,
}

fn info<'a>(l: &'a LoadedList, max: &MaxAges, today: i64) -> ListInfo<'a> {
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
        freshness: assess(l, max, today),
    }
}

/// Runs `nomina lists`.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let max = max_ages(&args.max_age, MaxAges::default())?;
    let loaded = global.load_lists(Vec::new())?;
    let today = today();
    if args.json {
        let report = Report {
            lists: loaded.lists.iter().map(|l| info(l, &max, today)).collect(),
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
        let freshness = assess(l, &max, today);
        out.push_str(&format!("  age:      {}\n", freshness.describe()));
        if freshness.excerpt {
            out.push_str(&format!(
                "  excerpt:  only {} entities of the {} list, to try nomina out; not for screening\n",
                l.snapshot.entities.len(),
                v.source.to_string().to_uppercase()
            ));
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_age_options_override_the_defaults() {
        let m = max_ages(&[], MaxAges::default()).unwrap();
        assert_eq!(m.for_source(&Source::Uk), Some(30.0));
        let m = max_ages(&["ofac=7d".into(), "acme=12h".into()], MaxAges::default()).unwrap();
        assert_eq!(m.for_source(&Source::Ofac), Some(7.0));
        assert_eq!(m.for_source(&Source::Un), Some(30.0));
        assert_eq!(m.for_source(&Source::Custom("acme".into())), Some(0.5));
        let m = max_ages(&["90d".into()], MaxAges::default()).unwrap();
        assert_eq!(m.for_source(&Source::Un), Some(90.0));
        let e = max_ages(&["un=soon".into()], MaxAges::default()).unwrap_err();
        assert_eq!(e.code, crate::exit::USAGE);
        assert!(e.message.contains("--max-age"), "{}", e.message);
        assert!(max_ages(&["=3d".into()], MaxAges::default()).is_err());
    }

    #[test]
    fn the_service_has_no_maximum_unless_told_and_a_source_keeps_its_own() {
        let none = max_ages(&[], MaxAges::none()).unwrap();
        assert_eq!(none.for_source(&Source::Un), None);
        // A bare age is every source's, a SOURCE=AGE one overrides it in either order.
        for specs in [["un=2d", "7d"], ["7d", "un=2d"]] {
            let specs: Vec<String> = specs.iter().map(|s| s.to_string()).collect();
            let m = max_ages(&specs, MaxAges::none()).unwrap();
            assert_eq!(m.for_source(&Source::Un), Some(2.0), "{specs:?}");
            assert_eq!(m.for_source(&Source::Ofac), Some(7.0), "{specs:?}");
        }
    }
}
