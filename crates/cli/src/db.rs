//! Opening the service's store for the `keys` and `audit` commands.

use crate::exit::Failure;
use crate::service_args::DatabaseArgs;
use crate::GlobalArgs;
use nomina_store::{Store, StoreError, StoreOptions};

/// Whether a command may create the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Creates the database (and its directory) when missing: `keys create`.
    Create,
    /// Only an existing database: commands that read, or change only what exists. A path
    /// with no database is an error naming it, never a new empty database.
    Existing,
}

/// Opens the store `--database` / `--data-dir` name, with the audit key and head file from
/// the environment (`--audit-key`, `--audit-head`).
pub fn open_store(
    db: &DatabaseArgs,
    global: &GlobalArgs,
    access: Access,
) -> Result<Box<dyn Store>, Failure> {
    if access == Access::Create {
        // The service's own way of opening (options from the environment, creating).
        return db.open(global);
    }
    let (url, _) = db.resolve(global)?;
    let mut options = StoreOptions::from_env().map_err(store_failure)?;
    options.create = false;
    nomina_store::open_with(&url, &options).map_err(store_failure)
}

/// The exit code and message of a store error: a bad setting (an unsupported `--database`
/// scheme, a bad timeout) and an unusable database both stop the service commands with
/// the service code, naming what is wrong.
pub fn store_failure(e: StoreError) -> Failure {
    match e {
        StoreError::NotFound(_) => Failure::not_found(e.to_string()),
        _ => Failure::service(e.to_string()),
    }
}
