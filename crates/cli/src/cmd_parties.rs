//! `nomina parties`: the listings of one party on several lists, and the analyst's
//! judgements on them (`confirm`, `split`).

use crate::exit::{CmdResult, Failure};
use crate::{emit, emit_json, GlobalArgs};
use nomina_registry::parties::judgements::Verdict;
use nomina_registry::parties::{Judgement, Judgements, LinkRule, Parties, Party};
use nomina_registry::LoadedLists;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

/// Options of `nomina parties`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// What to do [default: a summary of the parties found].
    #[command(subcommand)]
    pub action: Option<Action>,
    /// The analysts' judgements file [default: parties.json in the data directory].
    #[arg(long, value_name = "FILE", global = true)]
    pub judgements: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long, global = true)]
    pub json: bool,
}

/// What `nomina parties` does.
#[derive(Debug, clap::Subcommand)]
pub enum Action {
    /// Show the party a listing belongs to: every listing, and why each was linked.
    Show {
        /// A listing's key, e.g. `un:QDe.019`.
        key: String,
    },
    /// Record that two listings are one party.
    Confirm(JudgementArgs),
    /// Record that two listings are two parties, whatever the rules say.
    Split(JudgementArgs),
}

/// A judgement's arguments.
#[derive(Debug, clap::Args)]
pub struct JudgementArgs {
    /// One listing's key.
    pub a: String,
    /// The other's.
    pub b: String,
    /// Why (kept with the judgement).
    #[arg(long)]
    pub reason: String,
    /// Who decides [default: $USER].
    #[arg(long)]
    pub by: Option<String>,
}

/// Where the judgements are kept.
pub fn judgements_path(
    global: &GlobalArgs,
    args_path: Option<&PathBuf>,
) -> Result<PathBuf, Failure> {
    if let Some(p) = args_path {
        return Ok(p.clone());
    }
    nomina_registry::DataDir::resolve(global.data_dir.as_deref())
        .map(|d| d.root().join(nomina_registry::parties::judgements::JUDGEMENTS_FILE))
        .ok_or_else(|| {
            Failure::usage("no data directory (set --data-dir or HOME) to keep judgements in; give --judgements FILE")
        })
}

/// The judgements that apply to screening: those of the data directory's file. Without a
/// data directory (no `--data-dir`, no `$NOMINA_DATA_DIR`, no home) no judgement can have
/// been recorded (`confirm` and `split` need one), so none applies.
pub fn judgements_in_force(global: &GlobalArgs) -> Result<Judgements, Failure> {
    match nomina_registry::DataDir::resolve(global.data_dir.as_deref()) {
        Some(d) => Ok(Judgements::load(
            &d.root()
                .join(nomina_registry::parties::judgements::JUDGEMENTS_FILE),
        )?),
        None => Ok(Judgements::default()),
    }
}

/// Groups the listings of `lists` with the judgements of `path`.
pub fn parties_of(lists: &LoadedLists, path: &std::path::Path) -> Result<Parties, Failure> {
    Ok(Parties::link(lists, &Judgements::load(path)?))
}

/// Builds the name index over `snapshots` and groups their parties across lists (with
/// the judgements of the data directory), side by side on two threads.
pub fn index_and_parties(
    global: &GlobalArgs,
    snapshots: &[nomina_model::ListSnapshot],
) -> Result<(nomina_match::Matcher, Parties), Failure> {
    let judgements = judgements_in_force(global)?;
    Ok(std::thread::scope(|s| {
        let parties = s.spawn(|| Parties::link_snapshots(snapshots, &judgements));
        let matcher = nomina_match::Matcher::build(snapshots);
        let parties = parties
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (matcher, parties)
    }))
}

/// The line printed under a hit whose listing is one of a party's: the party and its
/// other listings.
pub fn party_line(parties: &Parties, key: &str) -> Option<String> {
    let p = parties.of(key)?;
    let others: Vec<&str> = p
        .listings
        .iter()
        .map(String::as_str)
        .filter(|k| *k != key)
        .collect();
    Some(format!("one party ({}) with {}", p.id, others.join(", ")))
}

/// The `party` member of a hit or mention in JSON answers.
pub fn party_json(parties: &Parties, key: &str) -> Option<serde_json::Value> {
    let p = parties.of(key)?;
    Some(serde_json::json!({"id": p.id, "listings": p.listings}))
}

/// Runs `nomina parties`.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let path = judgements_path(global, args.judgements.as_ref())?;
    match &args.action {
        Some(Action::Confirm(j)) => record(global, &path, Verdict::Confirm, j, args.json),
        Some(Action::Split(j)) => record(global, &path, Verdict::Split, j, args.json),
        Some(Action::Show { key }) => {
            let lists = global.load_lists(Vec::new())?;
            let parties = parties_of(&lists, &path)?;
            let key = key.trim();
            if lists.find(key).is_none() {
                return Err(Failure::usage(format!(
                    "no listing {key:?} in the lists in force"
                )));
            }
            match parties.of(key) {
                Some(p) if args.json => emit_json(p),
                Some(p) => emit(&describe(p, &lists)),
                None if args.json => {
                    emit_json(&serde_json::json!({ "listings": [key], "links": [] }))
                }
                None => emit(&format!("{key} is linked to no listing of another list.\n")),
            }
        }
        None => {
            let lists = global.load_lists(Vec::new())?;
            let parties = parties_of(&lists, &path)?;
            let mut by_rule: BTreeMap<String, usize> = BTreeMap::new();
            for l in parties.all().iter().flat_map(|p| &p.links) {
                *by_rule.entry(rule_label(l.rule).to_string()).or_default() += 1;
            }
            if args.json {
                return emit_json(&serde_json::json!({
                    "parties": parties.all().len(),
                    "listings": parties.all().iter().map(|p| p.listings.len()).sum::<usize>(),
                    "links_by_rule": by_rule,
                }));
            }
            let mut out = format!(
                "{} parties hold {} listings of the lists in force.\nLinks:\n",
                parties.all().len(),
                parties
                    .all()
                    .iter()
                    .map(|p| p.listings.len())
                    .sum::<usize>()
            );
            for (rule, n) in by_rule {
                let _ = writeln!(out, "  {n:>6}  {rule}");
            }
            emit(&out)
        }
    }
}

fn record(
    global: &GlobalArgs,
    path: &std::path::Path,
    verdict: Verdict,
    j: &JudgementArgs,
    json: bool,
) -> CmdResult {
    let lists = global.load_lists(Vec::new())?;
    for key in [&j.a, &j.b] {
        if lists.find(key.trim()).is_none() {
            return Err(Failure::usage(format!(
                "no listing {key:?} in the lists in force"
            )));
        }
    }
    if j.reason.trim().is_empty() {
        return Err(Failure::usage("--reason must say why"));
    }
    let judgement = Judgement {
        verdict,
        a: j.a.trim().to_string(),
        b: j.b.trim().to_string(),
        reason: j.reason.trim().to_string(),
        by: j
            .by
            .clone()
            .or_else(|| std::env::var("USER").ok())
            .unwrap_or_default(),
        at: String::new(),
    };
    let all = Judgements::record(path, judgement)?;
    let judgement = all.judgements.last().cloned().expect("just recorded");
    let parties = Parties::link(&lists, &all);
    if json {
        return emit_json(&serde_json::json!({
            "recorded": judgement,
            "file": path.display().to_string(),
            "party": parties.of(&judgement.a),
        }));
    }
    let mut out = format!(
        "Recorded in {}: {} {} and {}.\n",
        path.display(),
        match verdict {
            Verdict::Confirm => "one party:",
            Verdict::Split => "two parties:",
        },
        judgement.a,
        judgement.b
    );
    match parties.of(&judgement.a) {
        Some(p) => out.push_str(&describe(p, &lists)),
        None => {
            let _ = writeln!(out, "{} is now linked to no other listing.", judgement.a);
        }
    }
    emit(&out)
}

/// A party as the analyst reads it: each listing with its list and name, then each link.
pub fn describe(p: &Party, lists: &LoadedLists) -> String {
    let mut out = format!("{} — {} listings\n", p.id, p.listings.len());
    for k in &p.listings {
        let name = lists
            .find(k)
            .map(|(e, _)| e.primary_name().to_string())
            .unwrap_or_default();
        let _ = writeln!(out, "  {k:<16} {name}");
    }
    out.push_str("Linked by:\n");
    for l in &p.links {
        let _ = writeln!(
            out,
            "  {} — {}: {} ({})",
            l.a,
            l.b,
            rule_label(l.rule),
            l.detail
        );
    }
    out
}

/// The rule's name as printed.
pub fn rule_label(r: LinkRule) -> &'static str {
    match r {
        LinkRule::CrossReference => "cross-reference",
        LinkRule::SameIdentifier => "same identifier",
        LinkRule::SameNameAndBirthDate => "same name and date of birth",
        LinkRule::SameNameAndCountry => "same name, no country apart",
        LinkRule::Confirmed => "confirmed by an analyst",
    }
}
