//! Reading customer files one row at a time: CSV with a header, or JSON lines in the name
//! benchmark's query format (`{"id": …, "query": {"name": …, "type": …}}`) or flat
//! (`{"reference": …, "names": […], …}`). Nothing is read whole: a million rows stream.

use crate::exit::Failure;
use nomina_store::Customer;
use serde_json::Value;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// The file formats `customers import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

impl Format {
    /// The format a file name implies: `.csv`, else `.jsonl` / `.ndjson` / `.json`.
    pub fn from_path(path: &Path) -> Result<Format, Failure> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "csv" => Ok(Format::Csv),
            "jsonl" | "ndjson" | "json" => Ok(Format::Jsonl),
            "parquet" => Err(Failure::usage(format!(
                "{}: Parquet is not supported yet; convert it to CSV or JSON lines",
                path.display()
            ))),
            _ => Err(Failure::usage(format!(
                "{}: cannot tell the format from the name; give --format csv or jsonl",
                path.display()
            ))),
        }
    }
}

/// One row: its line number, the byte offset after it, and the customer or what is wrong
/// (field, message).
pub struct Row {
    /// 1-based line where the row starts.
    pub line: u64,
    /// Bytes of the file read so far (for the progress bar).
    pub offset: u64,
    /// The customer as written, or the field at fault and why.
    pub customer: Result<Customer, (String, String)>,
}

/// CSV columns and what they hold; lists within a cell are separated by `;`.
const CSV_COLUMNS: &[&str] = &[
    "reference",
    "id",
    "name",
    "names",
    "aliases",
    "type",
    "dob",
    "country",
    "identifiers",
];

/// Rows of a file, in order.
pub fn rows(path: &Path, format: Format) -> Result<Box<dyn Iterator<Item = Row>>, Failure> {
    let file = File::open(path).map_err(|e| Failure::unreadable("FILE", path, &e))?;
    match format {
        Format::Jsonl => Ok(Box::new(JsonRows {
            reader: BufReader::new(file),
            line: 0,
            offset: 0,
            done: false,
        })),
        Format::Csv => csv_rows(path, file),
    }
}

fn csv_rows(path: &Path, file: File) -> Result<Box<dyn Iterator<Item = Row>>, Failure> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(file);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| Failure::usage(format!("{}: header: {e}", path.display())))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    for h in &header {
        if !CSV_COLUMNS.contains(&h.as_str()) {
            return Err(Failure::usage(format!(
                "{}: line 1: unknown column {h:?} (known: {})",
                path.display(),
                CSV_COLUMNS.join(", ")
            )));
        }
    }
    let has = |c: &str| header.iter().any(|h| h == c);
    if !has("reference") && !has("id") {
        return Err(Failure::usage(format!(
            "{}: line 1: no reference (or id) column",
            path.display()
        )));
    }
    if !has("name") && !has("names") {
        return Err(Failure::usage(format!(
            "{}: line 1: no name (or names) column",
            path.display()
        )));
    }
    let mut records = reader.into_records();
    Ok(Box::new(std::iter::from_fn(move || {
        let record = records.next()?;
        let offset = records.reader().position().byte();
        Some(match record {
            Err(e) => Row {
                line: e.position().map_or(0, |p| p.line()),
                offset,
                customer: Err(("row".into(), e.to_string())),
            },
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line());
                let mut c = empty();
                for (h, v) in header.iter().zip(r.iter()) {
                    let list = || {
                        v.split(';')
                            .map(|s| s.trim().to_string())
                            .collect::<Vec<_>>()
                    };
                    match h.as_str() {
                        "reference" | "id" => c.reference = v.to_string(),
                        "name" => c.names.insert(0, v.to_string()),
                        "names" | "aliases" => c.names.extend(list()),
                        "type" => c.entity_type = Some(v.to_string()),
                        "dob" => c.dob = Some(v.to_string()),
                        "country" => c.country = Some(v.to_string()),
                        _ => c.identifiers.extend(list()),
                    }
                }
                Row {
                    line,
                    offset,
                    customer: Ok(c),
                }
            }
        })
    })))
}

fn empty() -> Customer {
    Customer {
        reference: String::new(),
        names: Vec::new(),
        entity_type: None,
        dob: None,
        country: None,
        identifiers: Vec::new(),
        updated: 0,
    }
}

/// JSON lines, one row per non-blank line.
struct JsonRows {
    reader: BufReader<File>,
    line: u64,
    offset: u64,
    done: bool,
}

impl Iterator for JsonRows {
    type Item = Row;

    fn next(&mut self) -> Option<Row> {
        if self.done {
            return None;
        }
        let mut buf = Vec::new();
        loop {
            buf.clear();
            self.line += 1;
            let n = match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(n) => n,
                Err(e) => {
                    // An unreadable file ends the rows with this one error.
                    self.done = true;
                    return Some(Row {
                        line: self.line,
                        offset: self.offset,
                        customer: Err(("file".into(), e.to_string())),
                    });
                }
            };
            self.offset += n as u64;
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let customer = match std::str::from_utf8(&buf) {
                Err(e) => Err(("line".into(), format!("not UTF-8: {e}"))),
                Ok(text) => serde_json::from_str::<Value>(text)
                    .map_err(|e| ("line".to_string(), format!("not JSON: {e}")))
                    .and_then(|v| from_json(&v)),
            };
            return Some(Row {
                line: self.line,
                offset: self.offset,
                customer,
            });
        }
    }
}

/// A customer from one JSON object: `{"id"|"reference": …, "query": {…}}` or the query's
/// fields at the top level. Unknown keys are errors naming them.
pub fn from_json(v: &Value) -> Result<Customer, (String, String)> {
    let err = |f: &str, m: &str| Err((f.to_string(), m.to_string()));
    let Some(top) = v.as_object() else {
        return err("line", "not a JSON object");
    };
    let mut c = empty();
    let mut fields = top.clone();
    for key in ["id", "reference"] {
        if let Some(r) = fields.remove(key) {
            c.reference = match r {
                Value::String(s) => s,
                Value::Number(n) => n.to_string(),
                _ => return err(key, "expected a string"),
            };
        }
    }
    if let Some(q) = fields.remove("query") {
        if !fields.is_empty() {
            let k = fields.keys().next().cloned().unwrap_or_default();
            return err(&k, "unknown key beside \"query\"");
        }
        fields = match q {
            Value::Object(m) => m,
            _ => return err("query", "expected an object"),
        };
    }
    let text = |k: &str, v: &Value| -> Result<Option<String>, (String, String)> {
        match v {
            Value::Null => Ok(None),
            Value::String(s) => Ok(Some(s.clone())),
            _ => Err((k.to_string(), "expected a string".into())),
        }
    };
    let list = |k: &str, v: &Value| -> Result<Vec<String>, (String, String)> {
        match v {
            Value::Null => Ok(Vec::new()),
            Value::String(s) => Ok(vec![s.clone()]),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .map(|(i, x)| {
                    x.as_str()
                        .map(str::to_string)
                        .ok_or_else(|| (format!("{k}[{i}]"), "expected a string".into()))
                })
                .collect(),
            _ => Err((
                k.to_string(),
                "expected a string or a list of strings".into(),
            )),
        }
    };
    for (k, v) in &fields {
        match k.as_str() {
            "name" => {
                if let Some(n) = text(k, v)? {
                    c.names.insert(0, n);
                }
            }
            "names" | "aliases" => c.names.extend(list(k, v)?),
            "type" => c.entity_type = text(k, v)?,
            "dob" => c.dob = text(k, v)?,
            "country" => c.country = text(k, v)?,
            "identifiers" => c.identifiers = list(k, v)?,
            other => return err(other, "unknown key"),
        }
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_benchmark_query_format_is_read() {
        let v = serde_json::json!({"id": "c1", "query": {"name": "Ann Smith", "type": "person", "dob": "1970", "country": "DE"}});
        let c = from_json(&v).unwrap();
        assert_eq!(c.reference, "c1");
        assert_eq!(c.names, vec!["Ann Smith"]);
        assert_eq!(c.dob.as_deref(), Some("1970"));
    }

    #[test]
    fn flat_objects_with_aliases_and_identifiers_are_read() {
        let v =
            serde_json::json!({"reference": 7, "name": "A", "aliases": ["B"], "identifiers": "P1"});
        let c = from_json(&v).unwrap();
        assert_eq!(c.reference, "7");
        assert_eq!(c.names, vec!["A", "B"]);
        assert_eq!(c.identifiers, vec!["P1"]);
    }

    #[test]
    fn bad_fields_are_named() {
        for (v, field) in [
            (serde_json::json!({"id": "c", "query": {"name": 3}}), "name"),
            (
                serde_json::json!({"id": "c", "query": {"nmae": "x"}}),
                "nmae",
            ),
            (serde_json::json!({"id": [1], "name": "x"}), "id"),
            (
                serde_json::json!({"id": "c", "identifiers": [1]}),
                "identifiers[0]",
            ),
            (serde_json::json!([1]), "line"),
        ] {
            assert_eq!(from_json(&v).unwrap_err().0, field, "{v}");
        }
    }

    #[test]
    fn formats_come_from_the_name() {
        assert_eq!(Format::from_path(Path::new("a.CSV")).unwrap(), Format::Csv);
        assert_eq!(
            Format::from_path(Path::new("a.jsonl")).unwrap(),
            Format::Jsonl
        );
        assert!(Format::from_path(Path::new("a.parquet")).is_err());
        assert!(Format::from_path(Path::new("a.txt")).is_err());
    }
}
