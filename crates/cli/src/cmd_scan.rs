//! `nomina scan`: find listed parties in a document or payment message, or in every
//! document of a directory (`--batch`, one JSON line per document in the text
//! benchmark's format).

use crate::exit::{CmdResult, Failure};
use crate::{emit_json, GlobalArgs};
use nomina_match::Matcher;
use nomina_registry::as_of::AsOfReport;
use nomina_registry::parties::Parties;
use nomina_scan::{
    Format, Mention, ScanError, ScanOptions, ScanReport, Scanner, DEFAULT_MIN_SCORE,
};
use rayon::prelude::*;
use serde::Serialize;
use std::fmt::Write as _;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Arguments of `nomina scan`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The document to scan (`-` for standard input): text, an MT103 or a pacs.008.
    #[arg(required_unless_present = "batch", conflicts_with = "batch")]
    pub file: Option<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Lowest score to report [default: 0.80].
    #[arg(long, value_name = "S")]
    pub min_score: Option<f64>,
    /// The document's format: text, mt103 or pacs008 [default: detected].
    #[arg(long, value_parser = parse_format, value_name = "FORMAT")]
    pub format: Option<Format>,
    /// Scan every file of a directory (sorted by name), writing one JSON line per
    /// document to stdout: `{"doc": NAME, "mentions": [{"start", "end", "entity", "score"}...]}`.
    #[arg(long, value_name = "DIR")]
    pub batch: Option<PathBuf>,
    /// Scan against the lists as they stood on this day (YYYY-MM-DD): the versions in
    /// force then, and only the parties listed by then. The result says which versions.
    #[arg(long, value_name = "DATE", conflicts_with = "batch")]
    pub as_of: Option<String>,
}

fn parse_format(s: &str) -> Result<Format, String> {
    Format::parse(s).ok_or_else(|| format!("unknown format {s:?} (text, mt103, pacs008)"))
}

/// Runs the command.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let min_score = args.min_score.unwrap_or(DEFAULT_MIN_SCORE);
    if !(0.0..=1.0).contains(&min_score) {
        return Err(Failure::usage(format!(
            "--min-score must be between 0 and 1, not {min_score}"
        )));
    }
    let opts = ScanOptions {
        min_score,
        format: args.format,
    };
    let (lists, as_of) = global.load_lists_at(args.as_of.as_deref())?;
    let as_of = as_of.map(|a| a.report);
    let snapshots = lists.into_snapshots();
    // The parsed lists are dropped once the index (and the parties) are built from them:
    // the scan reads neither, and a 2 MB document's mentions need the room.
    match (&args.batch, &args.file) {
        (Some(dir), _) => {
            let matcher = Matcher::build(&snapshots);
            drop(snapshots);
            batch(&Scanner::new(Arc::new(matcher)), dir, &opts)
        }
        (None, Some(file)) => {
            let (matcher, parties) = crate::cmd_parties::index_and_parties(global, &snapshots)?;
            drop(snapshots);
            let scanner = Scanner::new(Arc::new(matcher));
            let view = View {
                json: args.json,
                as_of: as_of.as_ref(),
                parties: &parties,
            };
            single(&scanner, file, &opts, &view)
        }
        (None, None) => Err(Failure::usage("give a FILE (or -) or --batch DIR")),
    }
}

/// Reads a document, at most one byte over the size limit so a huge input is refused
/// without being held in memory.
fn read_document(path: &Path) -> Result<Vec<u8>, Failure> {
    let limit = nomina_scan::MAX_DOCUMENT_BYTES as u64 + 1;
    let mut buf = Vec::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut buf)
    } else {
        std::fs::File::open(path).and_then(|f| {
            // Sized from the file's length (capped), so a document costs one allocation.
            let len = f.metadata().map(|m| m.len()).unwrap_or(0).min(limit);
            buf.reserve_exact(len as usize);
            f.take(limit).read_to_end(&mut buf)
        })
    };
    read.map_err(|e| Failure::usage(format!("{}: cannot read: {e}", path.display())))?;
    Ok(buf)
}

fn scan_error(path: &Path, e: ScanError) -> Failure {
    Failure::screening(format!("{}: {e}", path.display()))
}

/// How one document's result is shown.
struct View<'a> {
    json: bool,
    as_of: Option<&'a AsOfReport>,
    parties: &'a Parties,
}

/// Writes one document's report as pretty JSON to standard output, every object's
/// keys in alphabetical order (the report's own fields, and each mention with the party of
/// its listing when other lists list it too). Mentions are converted one at a time, so a
/// document with tens of thousands of mentions never holds its whole JSON tree or text.
fn emit_report_json(
    path: &Path,
    scanner: &Scanner,
    opts: &ScanOptions,
    report: &ScanReport,
    view: &View,
) -> CmdResult {
    #[derive(Serialize)]
    struct Out<'a> {
        #[serde(skip_serializing_if = "Option::is_none")]
        as_of: Option<serde_json::Value>,
        chars: usize,
        file: String,
        format: Format,
        lists: Vec<String>,
        mentions: WithParties<'a>,
        min_score: f64,
        warnings: &'a [String],
    }
    let encode = |e: serde_json::Error| {
        Failure::new(crate::exit::FAILURE, format!("cannot encode JSON: {e}"))
    };
    let out = Out {
        as_of: view
            .as_of
            .map(serde_json::to_value)
            .transpose()
            .map_err(encode)?,
        chars: report.chars,
        file: path.display().to_string(),
        format: report.format,
        lists: list_labels(scanner.matcher()),
        mentions: WithParties {
            mentions: &report.mentions,
            parties: view.parties,
        },
        min_score: opts.min_score,
        warnings: &report.warnings,
    };
    emit_json(&out)
}

/// A report's mentions, each serialised with its keys in alphabetical order and the party
/// of its listing added when other lists list it too.
struct WithParties<'a> {
    mentions: &'a [Mention],
    parties: &'a Parties,
}

impl Serialize for WithParties<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error as _, SerializeSeq};
        let mut seq = s.serialize_seq(Some(self.mentions.len()))?;
        for m in self.mentions {
            let mut v = serde_json::to_value(m).map_err(S::Error::custom)?;
            if let Some(p) = crate::cmd_parties::party_json(self.parties, &m.entity) {
                v["party"] = p;
            }
            seq.serialize_element(&v)?;
        }
        seq.end()
    }
}

fn single(scanner: &Scanner, path: &Path, opts: &ScanOptions, view: &View) -> CmdResult {
    let (json, as_of) = (view.json, view.as_of);
    let bytes = read_document(path)?;
    if bytes.len() > nomina_scan::MAX_DOCUMENT_BYTES {
        return Err(scan_error(
            path,
            ScanError::TooLarge {
                bytes: bytes.len() as u64,
                limit: nomina_scan::MAX_DOCUMENT_BYTES as u64,
            },
        ));
    }
    let report = scanner
        .scan_bytes(&bytes, opts)
        .map_err(|e| scan_error(path, e))?;
    for w in &report.warnings {
        eprintln!("warning: {}: {w}", path.display());
    }
    if json {
        return emit_report_json(path, scanner, opts, &report, view);
    }
    // Written as it is made: a pasted list's mentions make tens of megabytes of text.
    let mut emitter = crate::Emitter::stdout();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Scanned {} ({}, {} characters) against {} — threshold {:.2}",
        path.display(),
        report.format.as_str(),
        report.chars,
        list_labels(scanner.matcher()).join(", "),
        opts.min_score
    );
    if let Some(r) = as_of {
        out.push_str(&crate::as_of_text::describe(r));
    }
    if report.mentions.is_empty() {
        let _ = writeln!(
            out,
            "No mention of a listed party scores {:.2} or more.",
            opts.min_score
        );
    }
    for m in &report.mentions {
        let _ = write!(
            out,
            "{:>6}..{:<6} {:<28} {:.4}  {:<14} {}",
            m.start,
            m.end,
            format!("{:?}", m.text.replace(['\r', '\n'], " ")),
            m.score,
            m.entity,
            m.name
        );
        match (&m.field, m.transaction) {
            (Some(f), Some(t)) => {
                let _ = write!(out, "  [field {f}, transaction {t}]");
            }
            (Some(f), None) => {
                let _ = write!(out, "  [field {f}]");
            }
            _ => {}
        }
        out.push('\n');
        let _ = writeln!(out, "{:>16}{}", "", explain(m));
        if let Some(line) = crate::cmd_parties::party_line(view.parties, &m.entity) {
            let _ = writeln!(out, "{:>16}{line}", "");
        }
        if out.len() >= EMIT_CHUNK_BYTES {
            emitter.write(&out)?;
            out.clear();
        }
    }
    if std::io::stdout().is_terminal() && !report.mentions.is_empty() {
        let text = String::from_utf8_lossy(&bytes);
        out.push('\n');
        out.push_str(&highlight(&text, &report.mentions));
        out.push('\n');
    }
    emitter.write(&out)?;
    emitter.finish()
}

/// Bytes of text output gathered before they are written.
const EMIT_CHUNK_BYTES: usize = 64 * 1024;

/// One line saying why a mention was reported.
fn explain(m: &Mention) -> String {
    match (&m.explanation, &m.note) {
        (Some(e), _) => {
            let toks: Vec<String> = e
                .tokens
                .iter()
                .filter(|t| t.how.is_some())
                .map(|t| {
                    format!(
                        "{}↔{} {}",
                        t.query,
                        t.listed,
                        t.how
                            .map(|h| format!("{h:?}").to_lowercase())
                            .unwrap_or_default()
                    )
                })
                .collect();
            format!(
                "as {:?} ({}), coverage {:.2}/{:.2}: {}",
                e.matched_name,
                format!("{:?}", e.name_kind).to_lowercase(),
                e.query_coverage,
                e.name_coverage,
                toks.join(", ")
            )
        }
        (None, Some(n)) => n.clone(),
        (None, None) => String::new(),
    }
}

/// The text with every mention in reverse video, for a terminal.
fn highlight(text: &str, mentions: &[Mention]) -> String {
    let mut spans: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
    spans.sort_unstable();
    spans.dedup();
    let mut out = String::with_capacity(text.len() + spans.len() * 8);
    let mut open = false;
    for (i, c) in text.chars().enumerate() {
        let inside = spans.iter().any(|&(a, b)| a <= i && i < b);
        if inside && !open {
            out.push_str("\x1b[7m");
            open = true;
        } else if !inside && open {
            out.push_str("\x1b[0m");
            open = false;
        }
        out.push(c);
    }
    if open {
        out.push_str("\x1b[0m");
    }
    out
}

fn list_labels(m: &Matcher) -> Vec<String> {
    m.versions()
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
        .collect()
}

#[derive(Serialize)]
struct BatchMention<'a> {
    start: usize,
    end: usize,
    entity: &'a str,
    score: f64,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

fn batch(scanner: &Scanner, dir: &Path, opts: &ScanOptions) -> CmdResult {
    let entries = std::fs::read_dir(dir)
        .map_err(|e| Failure::usage(format!("{}: cannot read directory: {e}", dir.display())))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .filter(|p| {
            !matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("jsonl" | "json" | "gz" | "zip")
            )
        })
        .collect();
    files.sort();
    let start = std::time::Instant::now();
    let lines: Vec<(String, Option<String>, usize)> = files
        .par_iter()
        .map(|p| {
            let doc = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let result = read_document(p)
                .map_err(|f| f.message)
                .and_then(|b| {
                    if b.len() > nomina_scan::MAX_DOCUMENT_BYTES {
                        Err(ScanError::TooLarge {
                            bytes: b.len() as u64,
                            limit: nomina_scan::MAX_DOCUMENT_BYTES as u64,
                        }
                        .to_string())
                    } else {
                        Ok(b)
                    }
                })
                .and_then(|b| {
                    let n = b.len();
                    scanner
                        .scan_bytes(&b, opts)
                        .map(|r| (r, n))
                        .map_err(|e| e.to_string())
                });
            match result {
                Ok((r, n)) => {
                    let mentions: Vec<BatchMention> = r
                        .mentions
                        .iter()
                        .map(|m| BatchMention {
                            start: m.start,
                            end: m.end,
                            entity: &m.entity,
                            score: m.score,
                            text: &m.text,
                            field: m.field.as_deref(),
                        })
                        .collect();
                    let line = serde_json::json!({"doc": doc, "mentions": mentions});
                    (line.to_string(), None, n)
                }
                Err(e) => {
                    let line = serde_json::json!({"doc": doc, "mentions": [], "error": e});
                    (line.to_string(), Some(format!("{doc}: {e}")), 0)
                }
            }
        })
        .collect();
    let bytes: usize = lines.iter().map(|(_, _, n)| n).sum();
    let Some(failed) =
        crate::emit_batch_lines(lines.iter().map(|(l, e, _)| (l.as_str(), e.as_deref())))?
    else {
        return Ok(());
    };
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "scanned {} documents ({:.1} MB) in {secs:.2} s, {failed} could not be scanned",
        lines.len(),
        bytes as f64 / 1e6
    );
    if failed > 0 {
        return Err(Failure::screening(format!(
            "{failed} of {} documents could not be scanned; their lines carry \"error\"",
            lines.len()
        )));
    }
    Ok(())
}
