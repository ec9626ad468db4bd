//! `nomina`: sanctions and watchlist screening from the command line.
//!
//! Each subcommand lives in its own `cmd_*.rs` module exposing `Args` (clap) and
//! `run(&GlobalArgs, &Args) -> CmdResult`; adding a command is one [`Command`] variant, one
//! arm in [`main`] and one module. Options that choose which lists are in force are global
//! ([`GlobalArgs`]) and resolved in one place ([`GlobalArgs::load_lists`]).
#![deny(missing_docs)]

mod as_of_text;
mod bench_stream;
mod bench_worst_case;
mod cmd_audit;
mod cmd_bench;
mod cmd_bench_monitoring;
mod cmd_bench_startup;
mod cmd_customers;
mod cmd_diff;
mod cmd_export;
mod cmd_index;
mod cmd_keys;
mod cmd_lists;
mod cmd_parties;
mod cmd_scan;
mod cmd_screen;
mod cmd_serve;
mod cmd_show;
mod cmd_stream;
mod cmd_update;
mod cmd_validate;
mod db;
mod exit;
mod screen_batch;
mod service_args;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use exit::{CmdResult, Failure};
use nomina_model::Source;
use nomina_registry::LoadedLists;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Screen names against the UN, OFAC, EU and UK sanctions lists.
#[derive(Debug, Parser)]
#[command(name = "nomina", version, about, long_about = None)]
struct Cli {
    #[command(flatten)]
    global: GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

/// Options every command accepts, before or after the subcommand name.
#[derive(Debug, Clone, clap::Args)]
pub struct GlobalArgs {
    /// Use this list file (repeatable; any mix of sources and formats). Given list files
    /// replace the data directory's and the bundled lists entirely.
    #[arg(long = "list", value_name = "FILE", global = true)]
    pub lists: Vec<PathBuf>,
    /// Data directory holding downloaded list versions [default: $NOMINA_DATA_DIR, else
    /// ~/.local/share/nomina].
    #[arg(long, value_name = "DIR", global = true)]
    pub data_dir: Option<PathBuf>,
    /// Use this prebuilt index file (`nomina index build`): its lists and name index, in
    /// place of parsing lists and building the index. Replaces --list and the data
    /// directory's lists.
    #[arg(long, value_name = "FILE", global = true, conflicts_with = "lists")]
    pub index: Option<PathBuf>,
    /// Key file the audit log's records are hashed with (HMAC-SHA256), kept outside the
    /// database; created (mode 0600) on first use [default: $NOMINA_AUDIT_KEY_FILE, else
    /// ~/.config/nomina/audit.key].
    #[arg(long, value_name = "FILE", global = true)]
    pub audit_key: Option<PathBuf>,
    /// File the audit chain's head is appended to after every batch of audit writes, for
    /// shipping elsewhere [default: $NOMINA_AUDIT_HEAD_FILE, else audit-head.jsonl beside
    /// the key file].
    #[arg(long, value_name = "FILE", global = true)]
    pub audit_head: Option<PathBuf>,
}

impl GlobalArgs {
    /// The registry options these flags stand for.
    pub fn registry_options(&self, only: Vec<Source>) -> nomina_registry::Options {
        nomina_registry::Options {
            lists: self.lists.clone(),
            data_dir: self.data_dir.clone(),
            only,
        }
    }

    /// The lists in force, or with `--as-of DAY` the lists as they stood that day and
    /// the report of what was used: what `screen` and `scan` screen against.
    pub fn load_lists_at(
        &self,
        as_of: Option<&str>,
    ) -> Result<(LoadedLists, Option<nomina_registry::as_of::AsOf>), Failure> {
        match as_of {
            Some(text) => {
                let day = nomina_registry::as_of::parse_day(text)?;
                let mut a = self.load_lists_as_of(&day)?;
                let lists = std::mem::take(&mut a.lists);
                Ok((lists, Some(a)))
            }
            None => Ok((self.load_lists(Vec::new())?, None)),
        }
    }

    /// Loads the lists as they stood on `day` (`--as-of`): the versions in force then,
    /// with only the parties listed by then, and the report of what was used.
    pub fn load_lists_as_of(
        &self,
        day: &nomina_model::FuzzyDate,
    ) -> Result<nomina_registry::as_of::AsOf, Failure> {
        if self.index.is_some() {
            return Err(as_of_with_index());
        }
        for path in &self.lists {
            exit::check_readable("--list", path)?;
        }
        Ok(nomina_registry::as_of::load_as_of(
            &self.registry_options(Vec::new()),
            day,
        )?)
    }

    /// Loads the lists in force (restricted to `only` when non-empty), the one way every
    /// command decides which lists apply.
    pub fn load_lists(&self, only: Vec<Source>) -> Result<LoadedLists, Failure> {
        if let Some(prebuilt) = self.open_index()? {
            return Ok(prebuilt.into_lists()?);
        }
        for path in &self.lists {
            exit::check_readable("--list", path)?;
        }
        Ok(nomina_registry::load_in_force(
            &self.registry_options(only),
        )?)
    }
}

/// The refusal of `--as-of` together with `--index`.
pub fn as_of_with_index() -> Failure {
    Failure::usage(
        "--as-of screens against the stored versions in force on that day; it cannot be \
         used with --index, which holds one set of versions",
    )
}

impl GlobalArgs {
    /// The prebuilt index file of `--index`, opened and verified, if one was given.
    pub fn open_index(&self) -> Result<Option<nomina_index::Prebuilt>, Failure> {
        let Some(path) = &self.index else {
            return Ok(None);
        };
        exit::check_readable("--index", path)?;
        Ok(Some(nomina_index::Prebuilt::open(path)?))
    }
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Screen a name (or a batch of queries) against the lists in force.
    Screen(cmd_screen::Args),
    /// Find listed parties in a document or payment message (or a directory of them).
    Scan(cmd_scan::Args),
    /// Measure load time, index build, memory, latency and throughput on this machine.
    Bench(cmd_bench::Args),
    /// Show the lists in force: source, format, publication date, hash, files, counts.
    Lists(cmd_lists::Args),
    /// Show one listed entity by key, e.g. `un:QDi.422` or `ofac:11459`.
    Show(cmd_show::Args),
    /// Compare two list files: added, removed and changed entities.
    Diff(cmd_diff::Args),
    /// Write every entity of the lists in force as FollowTheMoney or Senzing JSON lines.
    Export(cmd_export::Args),
    /// Download the current official lists into the data directory, safely.
    Update(cmd_update::Args),
    /// Run the screening service: HTTP API, web UI, audit trail, alerts and decisions.
    Serve(Box<cmd_serve::Args>),
    /// Create, list and revoke the service's API keys.
    Keys(cmd_keys::Args),
    /// Verify, export or trim the service's hash-chained audit log.
    Audit(cmd_audit::Args),
    /// Import, re-screen and monitor the service's customer base.
    Customers(cmd_customers::Args),
    /// Write the model-validation report: detection, false alerts, stability, change, speed.
    Validate(cmd_validate::Args),
    /// Parties across lists: one party's listings on several lists, and analysts' judgements.
    Parties(cmd_parties::Args),
    /// Screen payment messages from a NATS JetStream stream: a result per message, an alert per hit.
    Stream(Box<cmd_stream::Args>),
    /// Build or inspect a prebuilt index file (the lists in force and their index, for `--index`).
    Index(cmd_index::Args),
}

/// Passes `--audit-key` / `--audit-head` on to every store this process opens (the
/// service's included) through the variables the store reads. Runs first in `main`, before
/// any thread exists.
fn export_audit_files(global: &GlobalArgs) {
    if let Some(p) = &global.audit_key {
        std::env::set_var(nomina_store::anchor::AUDIT_KEY_ENV, p);
    }
    if let Some(p) = &global.audit_head {
        std::env::set_var(nomina_store::anchor::AUDIT_HEAD_ENV, p);
    }
}

/// Parses the command line, with the exit code table after `--help`.
fn parse_cli() -> Cli {
    let matches = Cli::command().after_help(exit::help_table()).get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// `--index` given to a command that does not read lists from it is refused, never
/// ignored: the service, monitoring and updates follow the stored versions as they change,
/// and the others read no lists at all.
fn check_index_applies(cli: &Cli) -> Result<(), Failure> {
    let name = match &cli.command {
        Command::Serve(_) => "serve",
        Command::Update(_) => "update",
        Command::Customers(_) => "customers",
        Command::Keys(_) => "keys",
        Command::Audit(_) => "audit",
        Command::Diff(_) => "diff",
        _ => return Ok(()),
    };
    match &cli.global.index {
        Some(_) => Err(Failure::usage(format!(
            "--index is for commands that screen one fixed set of lists (screen, scan, show, \
             lists, export, validate, stream, bench); `nomina {name}` follows the lists in \
             force as they change, or reads none: drop --index"
        ))),
        None => Ok(()),
    }
}

fn main() -> ExitCode {
    let cli = parse_cli();
    export_audit_files(&cli.global);
    match check_index_applies(&cli).and_then(|()| run(&cli)) {
        Ok(()) => ExitCode::from(exit::OK),
        Err(f) => {
            eprintln!("error: {}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// Runs the command the command line names.
fn run(cli: &Cli) -> CmdResult {
    match &cli.command {
        Command::Screen(a) => cmd_screen::run(&cli.global, a),
        Command::Scan(a) => cmd_scan::run(&cli.global, a),
        Command::Bench(a) => cmd_bench::run(&cli.global, a),
        Command::Lists(a) => cmd_lists::run(&cli.global, a),
        Command::Show(a) => cmd_show::run(&cli.global, a),
        Command::Diff(a) => cmd_diff::run(&cli.global, a),
        Command::Export(a) => cmd_export::run(&cli.global, a),
        Command::Update(a) => cmd_update::run(&cli.global, a),
        Command::Serve(a) => cmd_serve::run(&cli.global, a),
        Command::Keys(a) => cmd_keys::run(&cli.global, a),
        Command::Audit(a) => cmd_audit::run(&cli.global, a),
        Command::Customers(a) => cmd_customers::run(&cli.global, a),
        Command::Validate(a) => cmd_validate::run(&cli.global, a),
        Command::Parties(a) => cmd_parties::run(&cli.global, a),
        Command::Stream(a) => cmd_stream::run(&cli.global, a),
        Command::Index(a) => cmd_index::run(&cli.global, a),
    }
}

/// Writes command output to stdout. A closed pipe (`nomina show … | head`) ends output
/// quietly instead of panicking like `println!`.
pub fn emit(text: &str) -> CmdResult {
    let mut out = Emitter::stdout();
    out.write(text)?;
    out.finish()
}

/// Command output written to stdout piece by piece, for output too long to build whole
/// first (the mentions of a pasted list: tens of megabytes). Like [`emit`], a closed pipe
/// ends the output quietly, and any other write error is a failure.
pub struct Emitter {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    /// The reader closed the pipe: the rest is dropped.
    closed: bool,
}

impl Emitter {
    /// Output to this process's stdout.
    pub fn stdout() -> Emitter {
        Emitter {
            out: std::io::BufWriter::new(std::io::stdout().lock()),
            closed: false,
        }
    }

    /// Writes `text` (nothing once the reader has closed the pipe).
    pub fn write(&mut self, text: &str) -> CmdResult {
        if self.closed {
            return Ok(());
        }
        let written = self.out.write_all(text.as_bytes());
        self.settle(written)
    }

    /// Flushes what is buffered: the output is complete.
    pub fn finish(mut self) -> CmdResult {
        if self.closed {
            return Ok(());
        }
        let flushed = self.out.flush();
        self.settle(flushed)
    }

    /// A write's outcome: a closed pipe ends the output quietly.
    fn settle(&mut self, r: std::io::Result<()>) -> CmdResult {
        match r {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            Err(e) => Err(Failure::new(
                exit::FAILURE,
                format!("cannot write output: {e}"),
            )),
        }
    }
}

/// Writes the result lines of a batch (`screen --batch`, `scan --batch`) to stdout in
/// order, printing each line's error to stderr. Returns how many lines carried an error, or
/// `None` when the reader closed the pipe (`… | head`), which ends output quietly.
pub fn emit_batch_lines<'a>(
    lines: impl IntoIterator<Item = (&'a str, Option<&'a str>)>,
) -> Result<Option<usize>, Failure> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let mut failed = 0usize;
    let write_error =
        |e: std::io::Error| Failure::new(exit::FAILURE, format!("cannot write output: {e}"));
    for (line, err) in lines {
        if let Some(e) = err {
            eprintln!("error: {e}");
            failed += 1;
        }
        if let Err(e) = writeln!(out, "{line}") {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(None);
            }
            return Err(write_error(e));
        }
    }
    match out.flush() {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(None),
        Err(e) => Err(write_error(e)),
        Ok(()) => Ok(Some(failed)),
    }
}

/// Serialises a value as pretty JSON followed by a newline and writes it to stdout as it
/// is serialised, so a large result is never held whole as text.
pub fn emit_json<T: serde::Serialize>(value: &T) -> CmdResult {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let written = match serde_json::to_writer_pretty(&mut out, value) {
        Ok(()) => out.write_all(b"\n").and_then(|()| out.flush()),
        Err(e) if e.is_io() => Err(e.into()),
        Err(e) => {
            return Err(Failure::new(
                exit::FAILURE,
                format!("cannot encode JSON: {e}"),
            ))
        }
    };
    match written {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::new(
            exit::FAILURE,
            format!("cannot write output: {e}"),
        )),
    }
}
