//! `Screener.screen_batch`: Arrow rows in, Arrow hits out, screened on every core with the
//! GIL released.

use crate::columns::QueryColumns;
use arrow::array::{ArrayRef, Float64Builder, Int64Builder, StringBuilder};
use arrow::datatypes::{DataType, Field, Schema};
use arrow::record_batch::RecordBatch;
use nomina_match::{Hit, Matcher};
use pyo3::prelude::*;
use rayon::prelude::*;
use std::sync::Arc;

/// What to screen for and what to return.
pub struct BatchOptions {
    /// Lowest score returned.
    pub min_score: f64,
    /// Most hits per row.
    pub limit: usize,
    /// Add each hit's explanation as JSON text.
    pub explain: bool,
    /// Report rows that cannot be screened in an `error` column instead of raising.
    pub error_column: bool,
}

/// One row's outcome: its hits, or why it could not be screened.
type RowResult = Result<Vec<Hit>, String>;

/// Screens every row of `batches` (rows numbered from 0 across batches) on the current
/// rayon pool, and returns the hits as one record batch.
pub fn screen(
    matcher: &Matcher,
    batches: &[RecordBatch],
    opts: &BatchOptions,
) -> Result<RecordBatch, String> {
    let columns: Vec<QueryColumns> = batches
        .iter()
        .map(QueryColumns::of)
        .collect::<Result<_, _>>()?;
    let rows: Vec<(&QueryColumns, usize)> = columns
        .iter()
        .flat_map(|c| (0..c.len()).map(move |i| (c, i)))
        .collect();
    let results: Vec<RowResult> = rows
        .par_iter()
        .enumerate()
        .map(|(n, &(c, i))| {
            let query = c.row(i).read().map_err(|e| format!("row {n}: {e}"))?;
            matcher
                .screen(&query, opts.min_score, opts.limit)
                .map_err(|e| format!("row {n}: {e}"))
        })
        .collect();
    if !opts.error_column {
        if let Some(Err(e)) = results.iter().find(|r| r.is_err()) {
            return Err(e.clone());
        }
    }
    output(&results, opts)
}

/// The hits table: one row per hit (and, with the error column, one per failed row).
fn output(results: &[RowResult], opts: &BatchOptions) -> Result<RecordBatch, String> {
    let mut row = Int64Builder::new();
    let mut entity = StringBuilder::new();
    let mut name = StringBuilder::new();
    let mut kind = StringBuilder::new();
    let mut score = Float64Builder::new();
    let mut matched = StringBuilder::new();
    let mut explanation = StringBuilder::new();
    let mut error = StringBuilder::new();
    for (n, result) in results.iter().enumerate() {
        match result {
            Ok(hits) => {
                for h in hits {
                    row.append_value(n as i64);
                    entity.append_value(&h.entity);
                    name.append_value(&h.name);
                    kind.append_value(h.entity_type.as_str());
                    score.append_value(h.score);
                    matched.append_value(&h.explanation.matched_name);
                    if opts.explain {
                        let json =
                            serde_json::to_string(&h.explanation).map_err(|e| e.to_string())?;
                        explanation.append_value(json);
                    }
                    error.append_null();
                }
            }
            Err(e) => {
                row.append_value(n as i64);
                entity.append_null();
                name.append_null();
                kind.append_null();
                score.append_null();
                matched.append_null();
                explanation.append_null();
                error.append_value(e);
            }
        }
    }
    let mut fields = vec![
        Field::new("row", DataType::Int64, false),
        Field::new("entity", DataType::Utf8, opts.error_column),
        Field::new("name", DataType::Utf8, opts.error_column),
        Field::new("type", DataType::Utf8, opts.error_column),
        Field::new("score", DataType::Float64, opts.error_column),
        Field::new("matched_name", DataType::Utf8, opts.error_column),
    ];
    let mut arrays: Vec<ArrayRef> = vec![
        Arc::new(row.finish()),
        Arc::new(entity.finish()),
        Arc::new(name.finish()),
        Arc::new(kind.finish()),
        Arc::new(score.finish()),
        Arc::new(matched.finish()),
    ];
    if opts.explain {
        fields.push(Field::new("explanation", DataType::Utf8, opts.error_column));
        arrays.push(Arc::new(explanation.finish()));
    }
    if opts.error_column {
        fields.push(Field::new("error", DataType::Utf8, true));
        arrays.push(Arc::new(error.finish()));
    }
    RecordBatch::try_new(Arc::new(Schema::new(fields)), arrays).map_err(|e| e.to_string())
}

/// The record batches of a pyarrow `Table` or `RecordBatch` (or anything exporting the
/// Arrow C stream or array interface), shared with Python, not copied.
pub fn read_table(table: &Bound<'_, PyAny>) -> PyResult<Vec<RecordBatch>> {
    use arrow::pyarrow::{FromPyArrow, Table};
    if table.hasattr("__arrow_c_stream__")? {
        Ok(Table::from_pyarrow_bound(table)?.into_inner().0)
    } else if table.hasattr("__arrow_c_array__")? {
        Ok(vec![RecordBatch::from_pyarrow_bound(table)?])
    } else {
        Err(crate::errors::error(format!(
            "screen_batch takes a pyarrow Table or RecordBatch, not {}",
            table.get_type().name()?
        )))
    }
}
