//! Exit codes of the `nomina` binary, and the error type commands return.
//!
//! Scripts and schedulers act on these codes, so they are part of the interface and never
//! change meaning. One table ([`TABLE`]) holds them; `nomina --help` prints it, and every
//! command maps the same fault to the same code: a file or directory named on the command
//! line that cannot be read is [`USAGE`] whether it is `scan FILE`, `--list FILE`,
//! `diff OLD NEW`, `--head FILE` or `--data-dir DIR`; a list whose *content* is invalid is
//! [`LIST_ERROR`].

use nomina_lists::ListError;
use nomina_registry::RegistryError;

/// Every exit code with its meaning, in order: the one table (also shown by `--help`).
pub const TABLE: &[(u8, &str)] = &[
    (OK, "success"),
    (
        FAILURE,
        "any other failure (e.g. output could not be written)",
    ),
    (
        USAGE,
        "bad command line: unknown option, bad value, malformed key, or a file or \
         directory it names that does not exist or cannot be read",
    ),
    (
        LIST_ERROR,
        "a list (file, stored version, bundled default, prebuilt index file) or the data \
         directory's contents are invalid (e.g. a lost in-force.json)",
    ),
    (
        NOT_FOUND,
        "the requested entity key is not in the lists in force",
    ),
    (
        SCREENING_FAILED,
        "screening could not run: no result may be inferred from the output",
    ),
    (
        UPDATE_FAILED,
        "update failed or was refused (download, validation, count drop, downgrade) for \
         at least one source; its version in force is unchanged",
    ),
    (
        SERVICE_FAILED,
        "serve, keys, audit: the database, the audit key or the listening address is \
         unusable or misconfigured",
    ),
    (
        AUDIT_BROKEN,
        "audit verify: the audit chain does not verify (a record edited, removed or \
         reordered, the log truncated, a damaged head file)",
    ),
];

/// The exit code table as text, for `--help`.
pub fn help_table() -> String {
    let mut out =
        String::from("Exit codes (the same fault gives the same code in every command):\n");
    for (code, meaning) in TABLE {
        out.push_str(&format!("  {code}  {meaning}\n"));
    }
    out
}

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

    /// A file or directory named on the command line that cannot be read: [`USAGE`], the
    /// same for every command. `what` names the option (`--list`) or argument (`OLD`).
    pub fn unreadable(what: &str, path: &std::path::Path, e: &std::io::Error) -> Failure {
        Failure::usage(format!("{what} {}: cannot read: {e}", path.display()))
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

impl From<nomina_index::IndexError> for Failure {
    fn from(e: nomina_index::IndexError) -> Failure {
        Failure::new(LIST_ERROR, e.to_string())
    }
}

/// What every command returns.
pub type CmdResult = Result<(), Failure>;

/// Checks that a file named on the command line can be opened, so that a missing or
/// unreadable file is [`USAGE`] in every command.
pub fn check_readable(what: &str, path: &std::path::Path) -> Result<(), Failure> {
    std::fs::File::open(path)
        .map(drop)
        .map_err(|e| Failure::unreadable(what, path, &e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_lists_every_code_once_in_order() {
        let codes: Vec<u8> = TABLE.iter().map(|(c, _)| *c).collect();
        assert_eq!(codes, (0..=AUDIT_BROKEN).collect::<Vec<u8>>());
        let help = help_table();
        for (code, meaning) in TABLE {
            assert!(help.contains(&format!("  {code}  {meaning}")), "{help}");
        }
    }

    #[test]
    fn a_missing_file_is_a_usage_error_naming_it() {
        let f = check_readable("--list", std::path::Path::new("/no/such/list.xml")).unwrap_err();
        assert_eq!(f.code, USAGE);
        assert!(
            f.message
                .starts_with("--list /no/such/list.xml: cannot read"),
            "{}",
            f.message
        );
    }
}
