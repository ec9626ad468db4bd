//! `nomina keys`: create, list and revoke the service's API keys.

use crate::db::{open_store, store_failure, Access};
use crate::exit::{CmdResult, Failure};
use crate::service_args::DatabaseArgs;
use crate::{emit, GlobalArgs};
use nomina_store::Role;
use std::fmt::Write as _;

/// Arguments of `nomina keys`.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
    #[command(flatten)]
    db: DatabaseArgs,
}

#[derive(Debug, clap::Subcommand)]
enum Action {
    /// Create a key; the secret is printed once, as the last line of output.
    Create {
        /// `screen` (API calls), `analyst` (also alerts and the web UI) or `admin` (also
        /// audit, reloads).
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Who or what uses it (recorded as the caller in the audit log).
        #[arg(long)]
        name: Option<String>,
    },
    /// List keys (never their secrets).
    List,
    /// Revoke a key by id.
    Revoke {
        /// The key's id (see `nomina keys list`).
        id: i64,
    },
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| format!("unknown role {s:?} (screen, analyst, admin)"))
}

/// Runs the command.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let access = match args.action {
        Action::Create { .. } => Access::Create,
        Action::List | Action::Revoke { .. } => Access::Existing,
    };
    let store = open_store(&args.db, global, access)?;
    match &args.action {
        Action::Create { role, name } => {
            let name = name
                .clone()
                .unwrap_or_else(|| format!("{}-key", role.as_str()));
            if name.trim().is_empty() || name.len() > 100 {
                return Err(Failure::usage("--name must be 1 to 100 characters"));
            }
            let new = store
                .create_key(&name, *role, "cli")
                .map_err(|e| Failure::service(e.to_string()))?;
            eprintln!(
                "created key {} ({}, role {}); store the secret now, it is not shown again:",
                new.key.id,
                new.key.name,
                new.key.role.as_str()
            );
            emit(&format!("{}\n", new.secret))
        }
        Action::List => {
            let keys = store
                .list_keys()
                .map_err(|e| Failure::service(e.to_string()))?;
            let mut out = String::new();
            let _ = writeln!(
                out,
                "{:>4}  {:<8}  {:<24}  {:<24}  status",
                "id", "role", "name", "created"
            );
            for k in keys {
                let _ = writeln!(
                    out,
                    "{:>4}  {:<8}  {:<24}  {:<24}  {}",
                    k.id,
                    k.role.as_str(),
                    k.name,
                    nomina_server::timefmt::format_millis(k.created),
                    match k.revoked {
                        Some(t) => format!("revoked {}", nomina_server::timefmt::format_millis(t)),
                        None => "active".into(),
                    }
                );
            }
            emit(&out)
        }
        Action::Revoke { id } => {
            store.revoke_key(*id, "cli").map_err(store_failure)?;
            emit(&format!("revoked key {id}\n"))
        }
    }
}
