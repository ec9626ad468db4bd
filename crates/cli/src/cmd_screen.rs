//! `nomina screen`: screen one name, or a batch of queries, against the lists in force.

use crate::exit::{CmdResult, Failure};
use crate::{emit, emit_json, GlobalArgs};
use nomina_match::{Hit, Matcher, Query, DEFAULT_THRESHOLD};
use nomina_model::{EntityType, FuzzyDate, ListVersion};
use nomina_registry::as_of::{AsOf, AsOfReport};
use nomina_registry::parties::Parties;
use nomina_tabular::Format;
use serde::Serialize;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Lowest score reported by `--batch` unless `--min-score` says otherwise: low enough that
/// thresholds can be chosen afterwards from the output (the benchmarks do that).
pub const BATCH_FLOOR: f64 = 0.5;

/// Arguments of `nomina screen`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The name to screen (a person, organisation, vessel or aircraft).
    #[arg(required_unless_present = "batch")]
    pub name: Option<String>,
    /// Kind of party: person, organization, vessel or aircraft.
    #[arg(long = "type", value_parser = parse_type, value_name = "TYPE")]
    pub entity_type: Option<EntityType>,
    /// Date of birth or incorporation: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub dob: Option<FuzzyDate>,
    /// Country (name, demonym or ISO code) of nationality, residence or registration.
    #[arg(long, value_name = "COUNTRY")]
    pub country: Option<String>,
    /// An identifier (passport, national id, IMO, BIC…); repeatable. An exact match is decisive.
    #[arg(long = "id", value_name = "ID")]
    pub ids: Vec<String>,
    /// Most hits to show per query.
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Lowest score to report [default: 0.80 for one name, 0.50 for --batch].
    #[arg(long, value_name = "S")]
    pub min_score: Option<f64>,
    /// Show why each hit scored what it did (with --batch: each hit carries its explanation).
    #[arg(long)]
    pub explain: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Screen every query of a file (`-` for stdin): JSON lines, CSV or Parquet, read and
    /// screened a chunk at a time. Results go to stdout as JSON lines, or to --out, in input
    /// order.
    #[arg(long, value_name = "QUERIES", conflicts_with = "name")]
    pub batch: Option<PathBuf>,
    /// With --batch: write the results to this file (`.jsonl`, `.csv`, `.parquet`), with a
    /// checkpoint beside it after every chunk so that --resume can continue an interrupted run.
    #[arg(long, value_name = "OUT", requires = "batch")]
    pub out: Option<PathBuf>,
    /// With --batch: the input's format (jsonl, csv, parquet) when its name does not say.
    #[arg(long, value_parser = parse_format, value_name = "FORMAT", requires = "batch")]
    pub format: Option<Format>,
    /// With --batch: the output's format when --out's name does not say (jsonl, csv,
    /// parquet; stdout: jsonl unless given).
    #[arg(long, value_parser = parse_format, value_name = "FORMAT", requires = "batch")]
    pub out_format: Option<Format>,
    /// With --batch --out: continue the interrupted run recorded in OUT.checkpoint, skipping
    /// the rows it finished. Refused if the input, the lists or the options changed.
    #[arg(long, requires = "out")]
    pub resume: bool,
    /// With --batch: rows read, screened and written at a time.
    #[arg(long, value_name = "N", default_value_t = crate::screen_batch::DEFAULT_CHUNK_ROWS)]
    pub chunk_rows: usize,
    /// Testing only: stop as a crash would after N chunks are durable.
    #[arg(long, value_name = "N", hide = true, requires = "out")]
    pub stop_after_chunks: Option<u64>,
    /// Screen against the lists as they stood on this day (YYYY-MM-DD): the versions in
    /// force then, and only the parties listed by then. The result says which versions.
    #[arg(long, value_name = "DATE", conflicts_with = "batch")]
    pub as_of: Option<String>,
}

fn parse_type(s: &str) -> Result<EntityType, String> {
    EntityType::parse(s)
        .ok_or_else(|| format!("unknown type {s:?} (person, organization, vessel, aircraft)"))
}

fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

fn parse_date(s: &str) -> Result<FuzzyDate, String> {
    s.parse::<FuzzyDate>().map_err(|e| e.to_string())
}

/// Runs the command.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    if let Some(s) = args.min_score {
        if !(0.0..=1.0).contains(&s) {
            return Err(Failure::usage(format!(
                "--min-score must be between 0 and 1, not {s}"
            )));
        }
    }
    // A limit of 0 would print "no listed party scores…" over hits that exist.
    if args.limit == 0 {
        return Err(Failure::usage(
            "--limit must be at least 1 (it is how many hits are shown)",
        ));
    }
    if let Some(prebuilt) = global.open_index()? {
        if args.as_of.is_some() {
            return Err(crate::as_of_with_index());
        }
        return match &args.batch {
            Some(path) => crate::screen_batch::run(prebuilt.matcher(), &batch_run(args, path)),
            None => {
                let judgements = crate::cmd_parties::judgements_in_force(global)?;
                single(
                    prebuilt.matcher(),
                    &prebuilt.parties(&judgements)?,
                    args,
                    None,
                )
            }
        };
    }
    let (lists, as_of) = global.load_lists_at(args.as_of.as_deref())?;
    let snapshots: Vec<_> = lists.into_snapshots();
    match &args.batch {
        Some(path) => crate::screen_batch::run(&Matcher::build(&snapshots), &batch_run(args, path)),
        None => {
            let (matcher, parties) = crate::cmd_parties::index_and_parties(global, &snapshots)?;
            single(&matcher, &parties, args, as_of.as_ref())
        }
    }
}

/// The batch run `args` ask for, over the queries of `input`.
fn batch_run<'a>(args: &'a Args, input: &'a std::path::Path) -> crate::screen_batch::BatchRun<'a> {
    crate::screen_batch::BatchRun {
        input,
        input_format: args.format,
        out: args.out.as_deref(),
        out_format: args.out_format,
        resume: args.resume,
        limit: args.limit,
        min_score: args.min_score.unwrap_or(BATCH_FLOOR),
        explain: args.explain,
        chunk_rows: args.chunk_rows,
        stop_after_chunks: args.stop_after_chunks,
    }
}

/// The list versions a result was computed against, as reported with every result.
#[derive(Debug, Serialize)]
struct VersionRef<'a> {
    source: String,
    format: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    published: Option<String>,
    sha256: &'a str,
}

fn version_refs(versions: &[ListVersion]) -> Vec<VersionRef<'_>> {
    versions
        .iter()
        .map(|v| VersionRef {
            source: v.source.to_string(),
            format: &v.format,
            published: v.published.map(|d| d.to_string()),
            sha256: &v.sha256,
        })
        .collect()
}

fn single(matcher: &Matcher, parties: &Parties, args: &Args, as_of: Option<&AsOf>) -> CmdResult {
    let query = Query {
        name: args.name.clone().unwrap_or_default(),
        entity_type: args.entity_type,
        dob: args.dob,
        country: args.country.clone(),
        identifiers: args.ids.clone(),
    };
    let min = args.min_score.unwrap_or(DEFAULT_THRESHOLD);
    let hits = matcher
        .screen(&query, min, args.limit)
        .map_err(|e| Failure::screening(format!("cannot screen {:?}: {e}", query.name)))?;
    let later = match as_of {
        Some(a) => listed_later(a, &query, min, args.limit)?,
        None => Vec::new(),
    };
    if args.json {
        #[derive(Serialize)]
        struct Out<'a> {
            query: &'a Query,
            lists: Vec<VersionRef<'a>>,
            #[serde(skip_serializing_if = "Option::is_none")]
            as_of: Option<&'a AsOfReport>,
            min_score: f64,
            hits: Vec<serde_json::Value>,
            /// With `--as-of`: parties the name matches that were listed only after the day.
            #[serde(skip_serializing_if = "<[LaterHit]>::is_empty")]
            listed_later: &'a [LaterHit],
        }
        // Each hit with the party its listing belongs to, when other lists list it too.
        let hits = hits
            .iter()
            .map(|h| {
                let mut v = serde_json::to_value(h).unwrap_or(serde_json::Value::Null);
                if let (Some(p), serde_json::Value::Object(m)) =
                    (crate::cmd_parties::party_json(parties, &h.entity), &mut v)
                {
                    m.insert("party".into(), p);
                }
                v
            })
            .collect();
        return emit_json(&Out {
            query: &query,
            lists: version_refs(matcher.versions()),
            as_of: as_of.map(|a| &a.report),
            min_score: min,
            hits,
            listed_later: &later,
        });
    }
    let mut out = String::new();
    let lists: Vec<String> = matcher
        .versions()
        .iter()
        .map(|v| {
            format!(
                "{} {}",
                v.source,
                v.published
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "(undated)".into())
            )
        })
        .collect();
    let _ = writeln!(
        out,
        "Screened {:?} against {} — threshold {min:.2}",
        query.name,
        lists.join(", ")
    );
    if let Some(a) = as_of {
        out.push_str(&crate::as_of_text::describe(&a.report));
    }
    if hits.is_empty() {
        let _ = writeln!(out, "No listed party scores {min:.2} or more.");
    }
    for l in &later {
        let _ = writeln!(
            out,
            "Not listed on that day: {} {} (score {:.4}), listed on {}.",
            l.entity, l.name, l.score, l.listed_on
        );
    }
    for h in &hits {
        let e = &h.explanation;
        let _ = write!(
            out,
            "{:.4}  {:<14} {:<12} {}",
            h.score,
            h.entity,
            h.entity_type.as_str(),
            h.name
        );
        if e.matched_name != h.name {
            let _ = write!(
                out,
                "  (as {:?}, {})",
                e.matched_name,
                kind_label(e.name_kind)
            );
        }
        out.push('\n');
        if let Some(line) = crate::cmd_parties::party_line(parties, &h.entity) {
            let _ = writeln!(out, "        {line}");
        }
        if args.explain {
            explain(&mut out, h);
        }
    }
    emit(&out)
}

/// A party the name matches that today's lists hold but that was first listed after the
/// `--as-of` day: said, never counted as a hit.
#[derive(Debug, Serialize)]
struct LaterHit {
    entity: String,
    name: String,
    score: f64,
    listed_on: String,
}

/// The parties first listed after the day of `as_of` that `query` matches.
fn listed_later(
    as_of: &AsOf,
    query: &Query,
    min: f64,
    limit: usize,
) -> Result<Vec<LaterHit>, Failure> {
    if as_of.listed_later.is_empty() {
        return Ok(Vec::new());
    }
    let later = Matcher::build(&as_of.listed_later);
    let hits = later
        .screen(query, min, limit)
        .map_err(|e| Failure::screening(format!("cannot screen {:?}: {e}", query.name)))?;
    let listed_on = |key: &str| {
        as_of
            .listed_later
            .iter()
            .flat_map(|s| &s.entities)
            .find(|e| e.key == key)
            .and_then(|e| e.listed_on)
            .map(|d| d.to_string())
            .unwrap_or_default()
    };
    Ok(hits
        .into_iter()
        .map(|h| LaterHit {
            listed_on: listed_on(&h.entity),
            entity: h.entity,
            name: h.name,
            score: h.score,
        })
        .collect())
}

fn kind_label(k: nomina_model::NameKind) -> &'static str {
    use nomina_model::NameKind::*;
    match k {
        Primary => "primary name",
        Alias => "alias",
        WeakAlias => "weak alias",
        FormerName => "former name",
        OriginalScript => "original script",
    }
}

fn explain(out: &mut String, h: &Hit) {
    let _ = write!(out, "{}", h.explanation);
}
