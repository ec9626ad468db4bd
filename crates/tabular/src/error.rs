//! The two kinds of failure: a row that cannot be read (the rest go on), and a file that
//! cannot be read at all.

use std::fmt;
use std::path::PathBuf;

/// What is wrong with one row: the field at fault and a message that names it, so the
/// message alone is enough for a user (`dob "13/05/1957": …`, `"name": expected a string`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The column or key at fault (`dob`, `identifiers[2]`), or `row` for the whole row.
    pub field: String,
    /// What is wrong, naming the field.
    pub message: String,
}

impl FieldError {
    /// An error in `field`; the message is written as `"field": message`.
    pub fn in_field(field: impl Into<String>, message: impl fmt::Display) -> FieldError {
        let field = field.into();
        FieldError {
            message: format!("{field:?}: {message}"),
            field,
        }
    }

    /// An error in the row as a whole (not JSON, wrong number of CSV fields).
    pub fn in_row(message: impl Into<String>) -> FieldError {
        FieldError {
            field: "row".into(),
            message: message.into(),
        }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FieldError {}

impl From<FieldError> for String {
    fn from(e: FieldError) -> String {
        e.message
    }
}

/// A file that cannot be read or written as a whole: unreadable, not Parquet, no name
/// column, a CSV header naming an unknown column. Names the file.
#[derive(Debug, thiserror::Error)]
#[error("{}: {message}", path.display())]
pub struct FileError {
    /// The file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub message: String,
}

impl FileError {
    /// An error about `path`.
    pub fn new(path: impl Into<PathBuf>, message: impl fmt::Display) -> FileError {
        FileError {
            path: path.into(),
            message: message.to_string(),
        }
    }
}
