//! `nomina audit`: verify the hash-chained audit log, export it for auditors, apply
//! retention.

use crate::db::{open_store, Access};
use crate::exit::{CmdResult, Failure, AUDIT_BROKEN};
use crate::service_args::{parse_duration, DatabaseArgs};
use crate::{emit, GlobalArgs};
use nomina_server::timefmt::{format_millis, parse_time};
use std::io::Write;
use std::path::PathBuf;

/// Arguments of `nomina audit`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
    #[command(flatten)]
    db: DatabaseArgs,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Check every record's hash and link; exit 8 naming the first record edited, removed
    /// or out of order.
    Verify {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Also check the log against this head file (the heads the service appended after
        /// each batch of audit writes, shipped elsewhere): detects records removed from the
        /// end and a log rewritten after a recorded head.
        #[arg(long, value_name = "FILE")]
        head: Option<PathBuf>,
    },
    /// Write records as JSON Lines to stdout, in chain order.
    Export {
        /// From this time (YYYY-MM-DD, RFC 3339 UTC, or epoch ms), inclusive.
        #[arg(long)]
        from: Option<String>,
        /// Up to this time, exclusive.
        #[arg(long)]
        to: Option<String>,
    },
    /// Remove records older than a duration (e.g. `3650d`), keeping the chain verifiable.
    Retention {
        /// Keep records younger than this.
        #[arg(long, value_name = "DURATION")]
        keep: String,
    },
}

/// Runs the command.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let store = open_store(&args.db, global, Access::Existing)?;
    let svc = |e: nomina_store::StoreError| Failure::service(e.to_string());
    match &args.action {
        Action::Verify { json, head } => {
            let r = match head {
                Some(path) => {
                    let heads = nomina_store::read_heads(path).map_err(|e| match e {
                        // A damaged head file is evidence too: it has to be looked at.
                        nomina_store::StoreError::Invalid(m) => Failure::new(AUDIT_BROKEN, m),
                        other => Failure::usage(format!("--head: {other}")),
                    })?;
                    store.verify_audit_heads(&heads).map_err(svc)?
                }
                None => store.verify_audit().map_err(svc)?,
            };
            if *json {
                emit(&format!(
                    "{}\n",
                    serde_json::to_string_pretty(&r).unwrap_or_default()
                ))?;
            }
            match &r.problem {
                None => {
                    if !*json {
                        emit(&intact_line(&r))?;
                    }
                    Ok(())
                }
                Some(p) => Err(Failure::new(
                    AUDIT_BROKEN,
                    format!("audit log broken at record {}: {}", p.seq, p.message),
                )),
            }
        }
        Action::Export { from, to } => {
            let parse = |f: &str, v: &Option<String>| {
                v.as_deref()
                    .map(|s| parse_time(s).map_err(|e| Failure::usage(format!("--{f}: {e}"))))
                    .transpose()
            };
            let (from, to) = (parse("from", from)?, parse("to", to)?);
            check_window(from, to)?;
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            let mut after = 0;
            let mut n = 0u64;
            loop {
                let page = store.audit_records(from, to, after, 1000).map_err(svc)?;
                let Some(last) = page.last() else { break };
                after = last.seq;
                for r in &page {
                    let mut v = serde_json::to_value(r).unwrap_or_default();
                    v["time_utc"] = serde_json::Value::String(format_millis(r.time));
                    let line = serde_json::to_string(&v).unwrap_or_default();
                    if let Err(e) = writeln!(out, "{line}") {
                        if e.kind() == std::io::ErrorKind::BrokenPipe {
                            return Ok(());
                        }
                        return Err(Failure::new(1, format!("cannot write output: {e}")));
                    }
                    n += 1;
                }
            }
            let _ = out.flush();
            eprintln!("exported {n} audit records");
            Ok(())
        }
        Action::Retention { keep } => {
            let keep = parse_duration(keep, 'd').map_err(Failure::usage)?;
            let before = nomina_store::now_millis() - keep.as_millis() as i64;
            let n = store.apply_retention(before, "cli").map_err(svc)?;
            emit(&format!(
                "removed {n} audit records older than {}; the rest still verifies from the new anchor\n",
                format_millis(before)
            ))
        }
    }
}

/// The one-line summary of a chain that verifies.
fn intact_line(r: &nomina_store::VerifyReport) -> String {
    let keyed = match r.keyed_from {
        Some(k) if r.last_seq.is_some_and(|last| k <= last) => {
            format!(", keyed from record {k}")
        }
        _ => String::new(),
    };
    let heads = match r.heads_checked {
        Some(n) => format!(", {n} recorded heads match"),
        None => String::new(),
    };
    format!(
        "audit log intact: {} records verified (seq {}..{}){keyed}{heads}, chain anchored at {}\n",
        r.records,
        r.first_seq.unwrap_or(0),
        r.last_seq.unwrap_or(0),
        &r.anchor[..16.min(r.anchor.len())]
    )
}

/// `--from` must not be later than `--to`: such a window is empty, and saying so beats
/// exporting nothing with exit 0.
fn check_window(from: Option<i64>, to: Option<i64>) -> Result<(), Failure> {
    match (from, to) {
        (Some(f), Some(t)) if f > t => Err(Failure::usage(format!(
            "--from {} is later than --to {}: the window is empty",
            format_millis(f),
            format_millis(t)
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_window_must_not_end_before_it_starts() {
        assert!(check_window(Some(2), Some(1)).is_err());
        assert!(check_window(Some(1), Some(1)).is_ok());
        assert!(check_window(Some(1), None).is_ok());
        assert!(check_window(None, Some(1)).is_ok());
        let e = check_window(Some(86_400_000), Some(0)).unwrap_err();
        assert_eq!(e.code, crate::exit::USAGE);
        assert!(
            e.message.contains("--from") && e.message.contains("--to"),
            "{}",
            e.message
        );
    }
}
