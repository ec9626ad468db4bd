//! Screening results as an Arrow table, one row per hit: what the Python package's
//! `screen_batch` returns and what `screen --batch` writes to CSV and Parquet.
//!
//! Columns: `row` (the query's row number), `id` (the query's key, files only), `entity`,
//! `name`, `type`, `score`, `matched_name`, `explanation` (the explanation as JSON text,
//! when asked for) and `error` (a row that could not be screened gets one line with its
//! message, when asked for). Rows are in input order, each row's hits best first.

use arrow::array::{ArrayRef, Float64Builder, Int64Builder, StringBuilder};
use arrow::datatypes::{DataType, Field, Schema, SchemaRef};
use arrow::record_batch::RecordBatch;
use nomina_match::Hit;
use std::sync::Arc;

/// Which optional columns the table has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HitColumns {
    /// An `id` column with each query's key.
    pub id: bool,
    /// An `explanation` column.
    pub explanation: bool,
    /// An `error` column; without it a row that failed has no line.
    pub error: bool,
}

impl HitColumns {
    /// The table's schema.
    pub fn schema(&self) -> SchemaRef {
        let nullable = self.error;
        let mut fields = vec![Field::new("row", DataType::Int64, false)];
        if self.id {
            fields.push(Field::new("id", DataType::Utf8, true));
        }
        fields.extend([
            Field::new("entity", DataType::Utf8, nullable),
            Field::new("name", DataType::Utf8, nullable),
            Field::new("type", DataType::Utf8, nullable),
            Field::new("score", DataType::Float64, nullable),
            Field::new("matched_name", DataType::Utf8, nullable),
        ]);
        if self.explanation {
            fields.push(Field::new("explanation", DataType::Utf8, nullable));
        }
        if self.error {
            fields.push(Field::new("error", DataType::Utf8, true));
        }
        Arc::new(Schema::new(fields))
    }
}

/// Builds the hits table row by row.
pub struct HitsTable {
    columns: HitColumns,
    row: Int64Builder,
    id: StringBuilder,
    entity: StringBuilder,
    name: StringBuilder,
    kind: StringBuilder,
    score: Float64Builder,
    matched: StringBuilder,
    explanation: StringBuilder,
    error: StringBuilder,
}

impl HitsTable {
    /// An empty table with these columns.
    pub fn new(columns: HitColumns) -> HitsTable {
        HitsTable {
            columns,
            row: Int64Builder::new(),
            id: StringBuilder::new(),
            entity: StringBuilder::new(),
            name: StringBuilder::new(),
            kind: StringBuilder::new(),
            score: Float64Builder::new(),
            matched: StringBuilder::new(),
            explanation: StringBuilder::new(),
            error: StringBuilder::new(),
        }
    }

    /// Adds one line per hit of query `row`.
    pub fn push_hits(&mut self, row: i64, id: Option<&str>, hits: &[Hit]) -> Result<(), String> {
        for h in hits {
            self.row.append_value(row);
            self.id.append_option(id);
            self.entity.append_value(&h.entity);
            self.name.append_value(&h.name);
            self.kind.append_value(h.entity_type.as_str());
            self.score.append_value(h.score);
            self.matched.append_value(&h.explanation.matched_name);
            if self.columns.explanation {
                let json = serde_json::to_string(&h.explanation).map_err(|e| e.to_string())?;
                self.explanation.append_value(json);
            }
            self.error.append_null();
        }
        Ok(())
    }

    /// Adds the line of query `row`, which could not be screened.
    pub fn push_error(&mut self, row: i64, id: Option<&str>, message: &str) {
        self.row.append_value(row);
        self.id.append_option(id);
        self.entity.append_null();
        self.name.append_null();
        self.kind.append_null();
        self.score.append_null();
        self.matched.append_null();
        self.explanation.append_null();
        self.error.append_value(message);
    }

    /// The table so far; the builder is left empty for the next one.
    pub fn finish(&mut self) -> Result<RecordBatch, String> {
        let c = self.columns;
        let mut arrays: Vec<ArrayRef> = vec![Arc::new(self.row.finish())];
        if c.id {
            arrays.push(Arc::new(self.id.finish()));
        }
        arrays.extend([
            Arc::new(self.entity.finish()) as ArrayRef,
            Arc::new(self.name.finish()),
            Arc::new(self.kind.finish()),
            Arc::new(self.score.finish()),
            Arc::new(self.matched.finish()),
        ]);
        let explanation = self.explanation.finish();
        if c.explanation {
            arrays.push(Arc::new(explanation));
        }
        let error = self.error.finish();
        if c.error {
            arrays.push(Arc::new(error));
        }
        // Builders of columns left out still hold a value per line: cleared above.
        let _ = self.id.finish();
        RecordBatch::try_new(c.schema(), arrays).map_err(|e| e.to_string())
    }
}
