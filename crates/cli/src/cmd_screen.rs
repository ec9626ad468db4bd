//! `nomina screen`: screen one name, or a batch of queries, against the lists in force.

use crate::exit::{CmdResult, Failure};
use crate::{emit, emit_json, GlobalArgs};
use nomina_match::{Hit, Matcher, Query, DEFAULT_THRESHOLD};
use nomina_model::{EntityType, FuzzyDate, ListVersion};
use nomina_registry::as_of::{AsOf, AsOfReport};
use nomina_registry::parties::Parties;
use rayon::prelude::*;
use serde::Serialize;
use std::fmt::Write as _;
use std::io::{IsTerminal, Read};
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
    /// Screen every query of a JSON Lines file (`-` for stdin), writing one result line per
    /// query to stdout, in input order.
    #[arg(long, value_name = "QUERIES.jsonl", conflicts_with = "name")]
    pub batch: Option<PathBuf>,
    /// Screen against the lists as they stood on this day (YYYY-MM-DD): the versions in
    /// force then, and only the parties listed by then. The result says which versions.
    #[arg(long, value_name = "DATE", conflicts_with = "batch")]
    pub as_of: Option<String>,
}

fn parse_type(s: &str) -> Result<EntityType, String> {
    EntityType::parse(s)
        .ok_or_else(|| format!("unknown type {s:?} (person, organization, vessel, aircraft)"))
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
            Some(path) => batch(
                prebuilt.matcher(),
                path,
                args.limit,
                args.min_score.unwrap_or(BATCH_FLOOR),
                args.explain,
            ),
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
        Some(path) => batch(
            &Matcher::build(&snapshots),
            path,
            args.limit,
            args.min_score.unwrap_or(BATCH_FLOOR),
            args.explain,
        ),
        None => {
            let (matcher, parties) = crate::cmd_parties::index_and_parties(global, &snapshots)?;
            single(&matcher, &parties, args, as_of.as_ref())
        }
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

/// One line of `--batch` input: the benchmark format `{"id": ..., "query": {...}}`, or a
/// bare query object (its line number is then its id).
#[derive(serde::Deserialize)]
struct BatchLine {
    id: Option<serde_json::Value>,
    query: Option<Query>,
}

fn parse_line(
    n: usize,
    raw: &[u8],
) -> Result<(serde_json::Value, Query), (serde_json::Value, String)> {
    let fallback_id = serde_json::Value::from(n);
    let text = std::str::from_utf8(raw).map_err(|e| {
        (
            fallback_id.clone(),
            format!("line {n}: invalid UTF-8 at byte {}", e.valid_up_to()),
        )
    })?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        (
            fallback_id.clone(),
            format!("line {n}: malformed JSON: {e}"),
        )
    })?;
    let line: BatchLine = serde_json::from_value(value.clone())
        .map_err(|e| (fallback_id.clone(), format!("line {n}: {e}")))?;
    let id = line.id.unwrap_or(fallback_id);
    let query = match line.query {
        Some(q) => q,
        None => serde_json::from_value(value)
            .map_err(|e| (id.clone(), format!("line {n}: not a query: {e}")))?,
    };
    Ok((id, query))
}

/// Result line of `--batch`: the benchmark format, plus `error` for a query that could not run.
#[derive(Serialize)]
struct BatchResult {
    id: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    hits: Option<Vec<BatchHit>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct BatchHit {
    entity: String,
    score: f64,
    name: String,
    /// With `--explain`: the matcher's explanation, as `--json` prints it for one name.
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<nomina_match::Explanation>,
}

fn batch(
    matcher: &Matcher,
    path: &PathBuf,
    limit: usize,
    min_score: f64,
    explain: bool,
) -> CmdResult {
    let mut input = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().read_to_end(&mut input)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut input))
    };
    read.map_err(|e| Failure::usage(format!("{}: cannot read: {e}", path.display())))?;
    let lines: Vec<(usize, &[u8])> = input
        .split(|&b| b == b'\n')
        .enumerate()
        .map(|(i, l)| (i + 1, l.strip_suffix(b"\r").unwrap_or(l)))
        .filter(|(_, l)| !l.iter().all(u8::is_ascii_whitespace))
        .collect();
    let progress = std::io::stderr().is_terminal().then(|| {
        let pb = indicatif::ProgressBar::new(lines.len() as u64);
        pb.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} queries {per_sec} eta {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        pb
    });
    let start = std::time::Instant::now();
    let results: Vec<(String, Option<String>)> = lines
        .par_iter()
        .map(|&(n, raw)| {
            let result = match parse_line(n, raw) {
                Err((id, msg)) => BatchResult {
                    id,
                    hits: None,
                    error: Some(msg),
                },
                Ok((id, q)) => match matcher.screen(&q, min_score, limit) {
                    Ok(hits) => BatchResult {
                        id,
                        hits: Some(
                            hits.into_iter()
                                .map(|h| BatchHit {
                                    entity: h.entity,
                                    score: h.score,
                                    name: h.name,
                                    explanation: explain.then_some(h.explanation),
                                })
                                .collect(),
                        ),
                        error: None,
                    },
                    Err(e) => BatchResult {
                        id,
                        hits: None,
                        error: Some(format!("line {n}: {e}")),
                    },
                },
            };
            if let Some(pb) = &progress {
                pb.inc(1);
            }
            let err = result.error.clone();
            (serde_json::to_string(&result).unwrap_or_default(), err)
        })
        .collect();
    if let Some(pb) = progress {
        pb.finish_and_clear();
    }
    let Some(failed) =
        crate::emit_batch_lines(results.iter().map(|(l, e)| (l.as_str(), e.as_deref())))?
    else {
        return Ok(());
    };
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "screened {} queries in {secs:.2} s ({:.0} queries/s), {failed} could not be screened",
        results.len(),
        results.len() as f64 / secs.max(1e-9)
    );
    if failed > 0 {
        return Err(Failure::screening(format!(
            "{failed} of {} queries could not be screened; their lines carry \"error\"",
            results.len()
        )));
    }
    Ok(())
}
