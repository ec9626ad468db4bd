//! Queries from Arrow record batches: columns found by name, read as text in place (no copy
//! of string data), one [`RawQuery`] per row.
//!
//! `name` is required; `type`, `dob`, `country`, `id` (one identifier) and `ids` (a list of
//! identifiers) are optional. Any column Arrow can cast to text is accepted: dictionary,
//! large and view strings, `date32` dates of birth, integer years and identifiers.

use crate::query::RawQuery;
use arrow::array::{Array, ArrayRef, AsArray, StringArray};
use arrow::compute::cast;
use arrow::datatypes::DataType;
use arrow::record_batch::RecordBatch;

/// The query columns of one batch, each as UTF-8 text.
pub struct QueryColumns {
    name: StringArray,
    entity_type: Option<StringArray>,
    dob: Option<StringArray>,
    country: Option<StringArray>,
    id: Option<StringArray>,
    ids: Option<ArrayRef>,
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

impl QueryColumns {
    /// Finds the query columns of `batch`.
    pub fn of(batch: &RecordBatch) -> Result<QueryColumns, String> {
        let name = text_column(batch, "name")?.ok_or_else(|| {
            let have: Vec<String> = batch
                .schema()
                .fields()
                .iter()
                .map(|f| f.name().clone())
                .collect();
            format!(
                "the table has no \"name\" column (columns: {})",
                have.join(", ")
            )
        })?;
        let ids = match batch.column_by_name("ids") {
            None => None,
            Some(col) => {
                let as_list = DataType::List(
                    arrow::datatypes::Field::new_list_field(DataType::Utf8, true).into(),
                );
                Some(cast(col, &as_list).map_err(|e| {
                    format!(
                        "column \"ids\" of type {} cannot be read as a list of text: {e}",
                        col.data_type()
                    )
                })?)
            }
        };
        Ok(QueryColumns {
            name,
            entity_type: text_column(batch, "type")?,
            dob: text_column(batch, "dob")?,
            country: text_column(batch, "country")?,
            id: text_column(batch, "id")?,
            ids,
        })
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.name.len()
    }

    /// The query of row `i` (a null reads as absent).
    pub fn row<'a>(&'a self, i: usize) -> RawQuery<'a> {
        let get = |c: &'a Option<StringArray>| -> Option<&'a str> {
            c.as_ref().filter(|c| c.is_valid(i)).map(|c| c.value(i))
        };
        let mut ids: Vec<String> = get(&self.id).into_iter().map(str::to_string).collect();
        if let Some(list) = self.ids.as_ref().filter(|l| l.is_valid(i)) {
            let values = list.as_list::<i32>().value(i);
            let values = values.as_string::<i32>();
            ids.extend(values.iter().flatten().map(str::to_string));
        }
        RawQuery {
            name: self.name.is_valid(i).then(|| self.name.value(i)),
            entity_type: get(&self.entity_type),
            dob: get(&self.dob),
            country: get(&self.country),
            ids,
        }
    }
}
