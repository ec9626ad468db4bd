//! `Screener.screen_batch`: Arrow rows in, Arrow hits out, screened on every core with the
//! GIL released.

use arrow::record_batch::RecordBatch;
use nomina_match::{Hit, Matcher};
use nomina_tabular::{HitColumns, HitsTable, QueryColumns};
use pyo3::prelude::*;
use rayon::prelude::*;

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
    let mut table = HitsTable::new(HitColumns {
        id: false,
        explanation: opts.explain,
        error: opts.error_column,
    });
    for (n, result) in results.iter().enumerate() {
        match result {
            Ok(hits) => table.push_hits(n as i64, None, hits)?,
            Err(e) => table.push_error(n as i64, None, e),
        }
    }
    table.finish()
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
