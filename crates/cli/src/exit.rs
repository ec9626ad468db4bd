//! Exit codes of the `nomina` binary, and the error type commands return.
//!
//! Scripts and schedulers act on these codes, so they are part of the interface and never
//! change meaning:
//!
//! | code | constant | meaning |
//! |---|---|---|
//! | 0 | [`OK`] | success |
//! | 1 | [`FAILURE`] | any other failure (e.g. output could not be written) |
//! | 2 | [`USAGE`] | bad command line: unknown option, bad value, malformed key (clap uses 2 as well) |
//! | 3 | [`LIST_ERROR`] | a list file or the data directory is unreadable or invalid |
//! | 4 | [`NOT_FOUND`] | the requested entity key is not in the lists in force |
//! | 5 | [`SCREENING_FAILED`] | screening could not run, so no result may be inferred from the output |
//! | 6 | [`UPDATE_FAILED`] | `update`: at least one source failed or was refused; its version in force is unchanged |
//! | 7 | [`SERVICE_FAILED`] | `serve`, `keys`, `audit`: the database or the listening address is unusable |
//! | 8 | [`AUDIT_BROKEN`] | `audit verify`: the audit chain does not verify (a record was edited, removed or reordered) |

use nomina_lists::ListError;
use nomina_registry::RegistryError;

/// Success.
pub const OK: u8 = 0;
/// Any failure not covered by a more specific code.
pub const FAILURE: u8 = 1;
/// The command line is wrong.
pub const USAGE: u8 = 2;
/// A list (a `--list` file, a stored version, a bundled default) or the data directory is
/// unreadable or invalid. Nothing was screened or shown from it.
pub const LIST_ERROR: u8 = 3;
/// The requested entity does not exist in the lists in force.
pub const NOT_FOUND: u8 = 4;
/// Screening could not run (for `screen`/`scan`): a caller must not read "no match" into it.
pub const SCREENING_FAILED: u8 = 5;
/// `update` failed or refused for at least one source; the version in force stays.
pub const UPDATE_FAILED: u8 = 6;

/// The service could not start or its database is unusable.
pub const SERVICE_FAILED: u8 = 7;
/// `audit verify` found a break in the hash chain.
pub const AUDIT_BROKEN: u8 = 8;

/// A command's failure: the exit code and the message printed as `error: <message>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// One of the codes above.
    pub code: u8,
    /// What went wrong, naming the file and position when there is one.
    pub message: String,
}

impl Failure {
    /// A failure with an explicit code.
    pub fn new(code: u8, message: impl Into<String>) -> Failure {
        Failure {
            code,
            message: message.into(),
        }
    }

    /// A command-line mistake.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure::new(USAGE, message)
    }

    /// An unknown entity key.
    pub fn not_found(message: impl Into<String>) -> Failure {
        Failure::new(NOT_FOUND, message)
    }

    /// The database or the service is unusable.
    pub fn service(message: impl Into<String>) -> Failure {
        Failure::new(SERVICE_FAILED, message)
    }

    /// Screening could not run; for the screening commands.
    pub fn screening(message: impl Into<String>) -> Failure {
        Failure::new(SCREENING_FAILED, message)
    }
}

impl From<ListError> for Failure {
    fn from(e: ListError) -> Failure {
        Failure::new(LIST_ERROR, e.to_string())
    }
}

impl From<RegistryError> for Failure {
    fn from(e: RegistryError) -> Failure {
        let code = match &e {
            RegistryError::List(_) | RegistryError::DataDir { .. } => LIST_ERROR,
            RegistryError::Download { .. } | RegistryError::Refused { .. } => UPDATE_FAILED,
            RegistryError::Usage(_) => USAGE,
        };
        Failure::new(code, e.to_string())
    }
}

/// What every command returns.
pub type CmdResult = Result<(), Failure>;
