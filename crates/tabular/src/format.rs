//! The file formats of queries, customers and screening results.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

/// A tabular file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object a line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
    /// Apache Parquet.
    Parquet,
}

/// The names `--format` takes, and what each is.
pub const FORMAT_NAMES: &str = "jsonl, csv, parquet";

impl Format {
    /// The format a file name implies: `.jsonl` / `.ndjson` / `.json`, `.csv`, `.parquet` /
    /// `.pq`; `None` when the extension says nothing.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
        match ext.as_str() {
            "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            "parquet" | "pq" => Some(Format::Parquet),
            _ => None,
        }
    }

    /// The format's name, as `--format` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Parquet => "parquet",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Format, String> {
        match s.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" | "json" => Ok(Format::Jsonl),
            "csv" => Ok(Format::Csv),
            "parquet" => Ok(Format::Parquet),
            _ => Err(format!("unknown format {s:?} (one of {FORMAT_NAMES})")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_come_from_the_name() {
        assert_eq!(Format::from_path(Path::new("a.CSV")), Some(Format::Csv));
        assert_eq!(Format::from_path(Path::new("a.jsonl")), Some(Format::Jsonl));
        assert_eq!(
            Format::from_path(Path::new("x/a.parquet")),
            Some(Format::Parquet)
        );
        assert_eq!(Format::from_path(Path::new("a.txt")), None);
        assert_eq!("Parquet".parse::<Format>(), Ok(Format::Parquet));
        assert!("xml"
            .parse::<Format>()
            .unwrap_err()
            .contains("jsonl, csv, parquet"));
    }
}
