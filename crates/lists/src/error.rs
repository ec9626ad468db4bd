//! The one error type every list reader returns.

use std::fmt;

/// Where in a file something went wrong, in the unit that is most useful for that format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// 1-based line number (text formats, and XML where the line is known).
    Line(u64),
    /// Byte offset from the start of the file.
    Byte(u64),
    /// 1-based record number (CSV rows, XML records).
    Record(u64),
    /// 1-based line with the byte offset it was derived from.
    LineByte(u64, u64),
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::Line(l) => write!(f, "line {l}"),
            Position::Byte(b) => write!(f, "byte {b}"),
            Position::Record(r) => write!(f, "record {r}"),
            Position::LineByte(l, b) => write!(f, "line {l} (byte {b})"),
        }
    }
}

/// A list file could not be read. It always names the file, and where possible the position
/// and the field, so an operator can open the file and see the problem.
///
/// When a reader returns this error it has produced no snapshot at all: the version in force
/// stays in force.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ListError {
    /// The file (path or name as given).
    pub file: String,
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The field or element concerned, when known.
    pub field: Option<String>,
    /// What is wrong, in words an operator understands.
    pub message: String,
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(p) = &self.position {
            write!(f, ", {p}")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field {field}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl ListError {
    /// An error about the file as a whole.
    pub fn file(file: &str, message: impl Into<String>) -> ListError {
        ListError {
            file: file.to_string(),
            position: None,
            field: None,
            message: message.into(),
        }
    }

    /// An error at a position.
    pub fn at(file: &str, position: Position, message: impl Into<String>) -> ListError {
        ListError {
            file: file.to_string(),
            position: Some(position),
            field: None,
            message: message.into(),
        }
    }

    /// Adds the field name.
    pub fn with_field(mut self, field: impl Into<String>) -> ListError {
        self.field = Some(field.into());
        self
    }
}

/// The 1-based line number of a byte offset.
pub fn line_of(bytes: &[u8], offset: usize) -> u64 {
    let end = offset.min(bytes.len());
    bytes[..end].iter().filter(|&&b| b == b'\n').count() as u64 + 1
}
