//! Customer files through the shared tabular reader (`nomina-tabular`): CSV with a header,
//! JSON lines in the name benchmark's query format (`{"id": …, "query": {"name": …}}`) or
//! flat (`{"reference": …, "names": […], …}`), and Parquet with the same columns. Read a
//! chunk at a time: a million rows stream.

use crate::exit::Failure;
use nomina_store::Customer;
use nomina_tabular::record::KEY_COLUMNS;
use nomina_tabular::{Format, Reader, Record};
use std::path::Path;

/// The format of `path`: `format` when given, else what its name says.
pub fn format_of(path: &Path, format: Option<Format>) -> Result<Format, Failure> {
    if let Some(f) = format {
        return Ok(f);
    }
    Format::from_path(path).ok_or_else(|| {
        Failure::usage(format!(
            "{}: cannot tell the format from the name; give --format (one of {})",
            path.display(),
            nomina_tabular::format::FORMAT_NAMES
        ))
    })
}

/// Opens a customer file; a CSV or Parquet file without a reference column is refused.
pub fn open(path: &Path, format: Format, chunk: usize) -> Result<Reader, Failure> {
    let reader = Reader::open(path, format, 0, chunk).map_err(|e| Failure::usage(e.to_string()))?;
    let columns = reader.columns();
    if !columns.is_empty() && !columns.iter().any(|c| KEY_COLUMNS.contains(&c.as_str())) {
        return Err(Failure::usage(format!(
            "{}: no reference (or id) column (columns: {})",
            path.display(),
            columns.join(", ")
        )));
    }
    Ok(reader)
}

/// The customer a row describes, before it is validated.
pub fn customer(r: Record) -> Customer {
    Customer {
        reference: r.key_text().unwrap_or_default(),
        names: r.names,
        entity_type: r.entity_type,
        dob: r.dob,
        country: r.country,
        identifiers: r.identifiers,
        updated: 0,
    }
}

/// Parses `--format`.
pub fn parse_format(s: &str) -> Result<Format, String> {
    s.parse()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_becomes_a_customer_with_its_aliases() {
        let v =
            serde_json::json!({"reference": 7, "name": "A", "aliases": ["B"], "identifiers": "P1"});
        let c = customer(nomina_tabular::record::from_json(&v).unwrap());
        assert_eq!(c.reference, "7");
        assert_eq!(c.names, vec!["A", "B"]);
        assert_eq!(c.identifiers, vec!["P1"]);
    }

    #[test]
    fn formats_come_from_the_name_or_the_flag() {
        assert_eq!(
            format_of(Path::new("a.parquet"), None).unwrap(),
            Format::Parquet
        );
        assert_eq!(
            format_of(Path::new("a.txt"), Some(Format::Csv)).unwrap(),
            Format::Csv
        );
        assert!(format_of(Path::new("a.txt"), None).is_err());
    }
}
