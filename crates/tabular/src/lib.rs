//! Tabular files of queries and customers, and of screening results: JSON lines, CSV and
//! Apache Parquet, read and written a bounded chunk at a time so that a file of millions of
//! rows takes constant memory.
//!
//! - [`Reader`] gives a file's rows in order, each a [`Record`] or the [`FieldError`] that
//!   names the field at fault (the rest of the file goes on); [`Record::query`] makes a
//!   screening query of it. Columns and keys are those of [`record::COLUMNS`].
//! - [`QueryColumns`] is the one mapping from Arrow columns to queries: the Python
//!   package's `screen_batch` and Parquet files both read through it.
//! - [`HitsTable`] builds the hits table (one row per hit) that `screen_batch` returns and
//!   CSV or Parquet results hold; [`ResultWriter`] writes results with commit points that
//!   an interrupted run resumes from.
//!
//! The formats, columns and resumption are described in `docs/batch.md`.
#![deny(missing_docs)]

pub mod columns;
pub mod error;
pub mod format;
pub mod hits;
pub mod query;
pub mod read;
pub mod record;
pub mod write;

pub use columns::QueryColumns;
pub use error::{FieldError, FileError};
pub use format::Format;
pub use hits::{HitColumns, HitsTable};
pub use query::RawQuery;
pub use read::{Position, Reader, Row};
pub use record::Record;
pub use write::{Commit, ResultWriter};
