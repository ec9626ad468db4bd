//! Rows from Arrow record batches: columns found by name, read as text in place (no copy
//! of string data). The one mapping from Arrow columns to queries, used by the Python
//! package (`screen_batch`) and by Parquet files (`screen --batch`, `customers import`).
//!
//! Any column Arrow can cast to text is accepted: dictionary, large and view strings,
//! `date32` dates of birth, integer years and identifiers. The two layouts differ only in
//! what `id` means:
//! - [`QueryColumns::of`] (Python): `name` (required), `type`, `dob`, `country`, `id` (one
//!   identifier) and `ids` (a list of identifiers); other columns are ignored.
//! - [`QueryColumns::of_file`] (files): the columns of [`COLUMNS`](crate::record::COLUMNS):
//!   `id` or `reference` is the row's key, `name` or `names` is required, `names`,
//!   `aliases`, `identifiers` and `ids` are list columns or text split on `;`; another
//!   column is an error, so that a misspelt column is never silently left out.

use crate::query::RawQuery;
use crate::record::{split_list, unknown_column, Record, COLUMNS};
use arrow::array::{Array, ArrayRef, AsArray, StringArray};
use arrow::compute::cast;
use arrow::datatypes::{DataType, Field};
use arrow::record_batch::RecordBatch;
use serde_json::Value;

/// A column of several values a row: an Arrow list, or text split on `;`.
enum Multi {
    List(ArrayRef),
    Text(StringArray),
}

impl Multi {
    fn values(&self, i: usize, out: &mut Vec<String>) {
        match self {
            Multi::Text(t) => {
                if t.is_valid(i) {
                    out.extend(split_list(t.value(i)));
                }
            }
            Multi::List(l) => {
                if l.is_valid(i) {
                    let values = l.as_list::<i32>().value(i);
                    let values = values.as_string::<i32>();
                    out.extend(values.iter().flatten().map(str::to_string));
                }
            }
        }
    }
}

/// The query columns of one batch, each as UTF-8 text.
pub struct QueryColumns {
    key: Option<StringArray>,
    name: Option<StringArray>,
    names: Vec<Multi>,
    entity_type: Option<StringArray>,
    dob: Option<StringArray>,
    country: Option<StringArray>,
    /// Python's `id`: one identifier.
    id: Option<StringArray>,
    identifiers: Vec<Multi>,
    rows: usize,
}

/// A column as UTF-8 strings; an error names the column and its type.
fn text_column(batch: &RecordBatch, name: &str) -> Result<Option<StringArray>, String> {
    let Some(col) = batch.column_by_name(name) else {
        return Ok(None);
    };
    let text = cast(col, &DataType::Utf8).map_err(|e| {
        format!(
            "column {name:?} of type {} cannot be read as text: {e}",
            col.data_type()
        )
    })?;
    Ok(Some(text.as_string::<i32>().clone()))
}

/// A column as a list of UTF-8 strings; an error names the column and its type.
fn list_column(batch: &RecordBatch, name: &str) -> Result<Option<ArrayRef>, String> {
    let Some(col) = batch.column_by_name(name) else {
        return Ok(None);
    };
    let as_list = DataType::List(Field::new_list_field(DataType::Utf8, true).into());
    cast(col, &as_list).map(Some).map_err(|e| {
        format!(
            "column {name:?} of type {} cannot be read as a list of text: {e}",
            col.data_type()
        )
    })
}

/// A file's list column: a list column as a list, a text column split on `;`.
fn multi_column(batch: &RecordBatch, name: &str) -> Result<Option<Multi>, String> {
    let Some(col) = batch.column_by_name(name) else {
        return Ok(None);
    };
    match col.data_type() {
        DataType::List(_)
        | DataType::LargeList(_)
        | DataType::FixedSizeList(..)
        | DataType::ListView(_)
        | DataType::LargeListView(_) => Ok(list_column(batch, name)?.map(Multi::List)),
        _ => Ok(text_column(batch, name)?.map(Multi::Text)),
    }
}

fn column_names(batch: &RecordBatch) -> Vec<String> {
    batch
        .schema()
        .fields()
        .iter()
        .map(|f| f.name().clone())
        .collect()
}

impl QueryColumns {
    /// Finds the query columns of `batch` as the Python package reads them.
    pub fn of(batch: &RecordBatch) -> Result<QueryColumns, String> {
        let name = text_column(batch, "name")?;
        if name.is_none() {
            return Err(format!(
                "the table has no \"name\" column (columns: {})",
                column_names(batch).join(", ")
            ));
        }
        Ok(QueryColumns {
            key: None,
            name,
            names: Vec::new(),
            entity_type: text_column(batch, "type")?,
            dob: text_column(batch, "dob")?,
            country: text_column(batch, "country")?,
            id: text_column(batch, "id")?,
            identifiers: list_column(batch, "ids")?
                .map(Multi::List)
                .into_iter()
                .collect(),
            rows: batch.num_rows(),
        })
    }

    /// Finds the columns of `batch` as a file of queries or customers holds them.
    pub fn of_file(batch: &RecordBatch) -> Result<QueryColumns, String> {
        let have = column_names(batch);
        if let Some(other) = have.iter().find(|c| !COLUMNS.contains(&c.as_str())) {
            return Err(unknown_column(other).message);
        }
        if !have.iter().any(|c| c == "name" || c == "names") {
            return Err(format!(
                "no \"name\" (or \"names\") column (columns: {})",
                have.join(", ")
            ));
        }
        if have.iter().any(|c| c == "id") && have.iter().any(|c| c == "reference") {
            return Err("both \"id\" and \"reference\" columns: give the key once".into());
        }
        let multi = |names: &[&str]| -> Result<Vec<Multi>, String> {
            let mut out = Vec::new();
            for n in names {
                out.extend(multi_column(batch, n)?);
            }
            Ok(out)
        };
        Ok(QueryColumns {
            key: match text_column(batch, "id")? {
                Some(k) => Some(k),
                None => text_column(batch, "reference")?,
            },
            name: text_column(batch, "name")?,
            names: multi(&["names", "aliases"])?,
            entity_type: text_column(batch, "type")?,
            dob: text_column(batch, "dob")?,
            country: text_column(batch, "country")?,
            id: None,
            identifiers: multi(&["identifiers", "ids"])?,
            rows: batch.num_rows(),
        })
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// Whether the batch has no rows.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    fn text(c: &Option<StringArray>, i: usize) -> Option<&str> {
        c.as_ref().filter(|c| c.is_valid(i)).map(|c| c.value(i))
    }

    fn identifiers_of(&self, i: usize) -> Vec<String> {
        let mut ids: Vec<String> = Self::text(&self.id, i)
            .into_iter()
            .map(str::to_string)
            .collect();
        for m in &self.identifiers {
            m.values(i, &mut ids);
        }
        ids
    }

    /// The query of row `i` (a null reads as absent).
    pub fn row(&self, i: usize) -> RawQuery<'_> {
        RawQuery {
            name: Self::text(&self.name, i),
            entity_type: Self::text(&self.entity_type, i),
            dob: Self::text(&self.dob, i),
            country: Self::text(&self.country, i),
            ids: self.identifiers_of(i),
        }
    }

    /// The record of row `i`, with its key and every name (a null reads as absent).
    pub fn record(&self, i: usize) -> Record {
        let mut names: Vec<String> = Self::text(&self.name, i)
            .into_iter()
            .map(str::to_string)
            .collect();
        for m in &self.names {
            m.values(i, &mut names);
        }
        let owned = |c: &Option<StringArray>| Self::text(c, i).map(str::to_string);
        Record {
            key: Self::text(&self.key, i).map(|k| Value::String(k.to_string())),
            names,
            entity_type: owned(&self.entity_type),
            dob: owned(&self.dob),
            country: owned(&self.country),
            identifiers: self.identifiers_of(i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow::array::{Date32Array, Int64Array, ListBuilder, StringBuilder};
    use std::sync::Arc;

    fn batch(columns: Vec<(&str, ArrayRef)>) -> RecordBatch {
        RecordBatch::try_from_iter(columns).unwrap()
    }

    #[test]
    fn python_reads_id_as_an_identifier() {
        let b = batch(vec![
            ("name", Arc::new(StringArray::from(vec!["Ann"])) as ArrayRef),
            ("id", Arc::new(StringArray::from(vec!["P1"]))),
            ("extra", Arc::new(Int64Array::from(vec![1]))),
        ]);
        let c = QueryColumns::of(&b).unwrap();
        assert_eq!(c.row(0).ids, vec!["P1"]);
        assert_eq!(c.row(0).name, Some("Ann"));
    }

    #[test]
    fn files_read_id_as_the_key_and_split_text_lists() {
        let mut aliases = ListBuilder::new(StringBuilder::new());
        aliases.values().append_value("A. Smith");
        aliases.append(true);
        let b = batch(vec![
            ("id", Arc::new(Int64Array::from(vec![7])) as ArrayRef),
            ("name", Arc::new(StringArray::from(vec!["Ann Smith"]))),
            ("aliases", Arc::new(aliases.finish())),
            ("identifiers", Arc::new(StringArray::from(vec!["P1; P2"]))),
            // 1970-01-11
            ("dob", Arc::new(Date32Array::from(vec![10]))),
        ]);
        let r = QueryColumns::of_file(&b).unwrap().record(0);
        assert_eq!(r.key_text().as_deref(), Some("7"));
        assert_eq!(r.names, vec!["Ann Smith", "A. Smith"]);
        assert_eq!(r.identifiers, vec!["P1", "P2"]);
        assert_eq!(r.dob.as_deref(), Some("1970-01-11"));
    }

    #[test]
    fn files_refuse_unknown_and_missing_columns() {
        let b = batch(vec![
            ("name", Arc::new(StringArray::from(vec!["Ann"])) as ArrayRef),
            ("dateofbirth", Arc::new(StringArray::from(vec!["1970"]))),
        ]);
        let e = QueryColumns::of_file(&b).err().unwrap();
        assert!(e.starts_with("\"dateofbirth\": unknown column"), "{e}");
        let b = batch(vec![(
            "id",
            Arc::new(StringArray::from(vec!["1"])) as ArrayRef,
        )]);
        let e = QueryColumns::of_file(&b).err().unwrap();
        assert!(e.contains("no \"name\""), "{e}");
    }
}
