//! Reading a file of queries or customers in bounded chunks: JSON lines, CSV or Parquet,
//! every row a [`Record`] or the [`FieldError`] that says which field is wrong. A bad row
//! never stops the file; an unreadable file stops it with a [`FileError`] naming it.

use crate::columns::QueryColumns;
use crate::error::{FieldError, FileError};
use crate::format::Format;
use crate::record::{from_json, Record, COLUMNS};
use arrow::record_batch::RecordBatch;
use parquet::arrow::arrow_reader::{
    ParquetRecordBatchReader, ParquetRecordBatchReaderBuilder, RowSelection, RowSelector,
};
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Where a row is: a line of a text file, or a row of a Parquet file (both from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// The line a JSON or CSV row starts on.
    Line(u64),
    /// The row's number in a Parquet file.
    Row(u64),
}

impl Position {
    /// The line or row number.
    pub fn number(self) -> u64 {
        match self {
            Position::Line(n) | Position::Row(n) => n,
        }
    }
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Position::Line(n) => write!(f, "line {n}"),
            Position::Row(n) => write!(f, "row {n}"),
        }
    }
}

/// One row of the file.
#[derive(Debug)]
pub struct Row {
    /// Where it is.
    pub position: Position,
    /// What it holds, or which field is wrong.
    pub record: Result<Record, FieldError>,
}

/// Reads a file's rows in order, a chunk at a time.
pub struct Reader {
    path: PathBuf,
    source: Source,
    columns: Vec<String>,
    total: Option<u64>,
}

enum Source {
    Jsonl {
        lines: Box<dyn BufRead + Send>,
        line: u64,
    },
    Csv {
        reader: csv::Reader<Box<dyn Read + Send>>,
        header: Vec<String>,
    },
    Parquet {
        batches: ParquetRecordBatchReader,
        next_row: u64,
    },
}

/// The path that means standard input.
pub const STDIN: &str = "-";

fn open_text(path: &Path) -> Result<Box<dyn Read + Send>, FileError> {
    if path.as_os_str() == STDIN {
        return Ok(Box::new(std::io::stdin()));
    }
    File::open(path)
        .map(|f| Box::new(f) as Box<dyn Read + Send>)
        .map_err(|e| FileError::new(path, format!("cannot read: {e}")))
}

impl Reader {
    /// Opens `path` (`-`: standard input, JSON lines or CSV only) and skips its first
    /// `skip` rows (a resumed run). Parquet is read `chunk` rows at a time; a header
    /// naming an unknown column, or a Parquet file without a name column, is refused here.
    pub fn open(path: &Path, format: Format, skip: u64, chunk: usize) -> Result<Reader, FileError> {
        let chunk = chunk.max(1);
        let mut reader = match format {
            Format::Jsonl => Reader {
                path: path.to_path_buf(),
                source: Source::Jsonl {
                    lines: Box::new(BufReader::with_capacity(1 << 16, open_text(path)?)),
                    line: 0,
                },
                columns: Vec::new(),
                total: None,
            },
            Format::Csv => Self::open_csv(path)?,
            Format::Parquet => return Self::open_parquet(path, skip, chunk),
        };
        let mut left = skip;
        while left > 0 {
            let got = reader.next_chunk(left.min(chunk as u64) as usize)?;
            if got.is_empty() {
                return Err(FileError::new(
                    path,
                    format!("has fewer than {skip} rows (it changed since they were read)"),
                ));
            }
            left -= got.len() as u64;
        }
        Ok(reader)
    }

    fn open_csv(path: &Path) -> Result<Reader, FileError> {
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_reader(open_text(path)?);
        let header: Vec<String> = reader
            .byte_headers()
            .map_err(|e| FileError::new(path, format!("line 1: {e}")))?
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_ascii_lowercase())
            .collect();
        if let Some(h) = header.iter().find(|h| !COLUMNS.contains(&h.as_str())) {
            return Err(FileError::new(
                path,
                format!(
                    "line 1: unknown column {h:?} (known: {})",
                    COLUMNS.join(", ")
                ),
            ));
        }
        if !header.iter().any(|h| h == "name" || h == "names") {
            return Err(FileError::new(path, "line 1: no name (or names) column"));
        }
        Ok(Reader {
            path: path.to_path_buf(),
            columns: header.clone(),
            source: Source::Csv { reader, header },
            total: None,
        })
    }

    fn open_parquet(path: &Path, skip: u64, chunk: usize) -> Result<Reader, FileError> {
        if path.as_os_str() == STDIN {
            return Err(FileError::new(
                path,
                "Parquet cannot be read from standard input (its index is at the end): give a file",
            ));
        }
        let file =
            File::open(path).map_err(|e| FileError::new(path, format!("cannot read: {e}")))?;
        let builder = ParquetRecordBatchReaderBuilder::try_new(file)
            .map_err(|e| FileError::new(path, format!("not a readable Parquet file: {e}")))?;
        let total = builder.metadata().file_metadata().num_rows().max(0) as u64;
        let schema = builder.schema().clone();
        // The columns are checked once here, on an empty batch of the file's schema.
        QueryColumns::of_file(&RecordBatch::new_empty(schema.clone()))
            .map_err(|e| FileError::new(path, e))?;
        if skip > total {
            return Err(FileError::new(
                path,
                format!("has {total} rows, fewer than the {skip} already done (it changed)"),
            ));
        }
        let mut builder = builder.with_batch_size(chunk);
        if skip > 0 {
            builder = builder.with_row_selection(RowSelection::from(vec![
                RowSelector::skip(skip as usize),
                RowSelector::select((total - skip) as usize),
            ]));
        }
        let batches = builder
            .build()
            .map_err(|e| FileError::new(path, format!("cannot read Parquet: {e}")))?;
        Ok(Reader {
            path: path.to_path_buf(),
            columns: schema.fields().iter().map(|f| f.name().clone()).collect(),
            source: Source::Parquet {
                batches,
                next_row: skip + 1,
            },
            total: Some(total),
        })
    }

    /// The file's columns (CSV header, Parquet schema); empty for JSON lines, whose keys
    /// are read row by row.
    pub fn columns(&self) -> &[String] {
        &self.columns
    }

    /// The number of rows in the whole file, when the format says it without reading it
    /// (Parquet).
    pub fn total_rows(&self) -> Option<u64> {
        self.total
    }

    /// The next rows, at most `max` (Parquet: one record batch); empty at the end.
    pub fn next_chunk(&mut self, max: usize) -> Result<Vec<Row>, FileError> {
        let path = &self.path;
        match &mut self.source {
            Source::Jsonl { lines, line } => {
                let mut rows = Vec::new();
                let mut buf = Vec::new();
                while rows.len() < max {
                    buf.clear();
                    let n = lines.read_until(b'\n', &mut buf).map_err(|e| {
                        FileError::new(path, format!("line {}: cannot read: {e}", *line + 1))
                    })?;
                    if n == 0 {
                        break;
                    }
                    *line += 1;
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    rows.push(Row {
                        position: Position::Line(*line),
                        record: json_record(&buf),
                    });
                }
                Ok(rows)
            }
            Source::Csv { reader, header } => {
                let mut rows = Vec::new();
                let mut record = csv::ByteRecord::new();
                while rows.len() < max {
                    let line = reader.position().line();
                    match reader.read_byte_record(&mut record) {
                        Ok(false) => break,
                        Ok(true) => rows.push(Row {
                            position: Position::Line(record.position().map_or(line, |p| p.line())),
                            record: csv_record(header, &record),
                        }),
                        Err(e) => {
                            let at = e.position().map_or(line, |p| p.line());
                            match e.kind() {
                                csv::ErrorKind::Io(_) => {
                                    return Err(FileError::new(path, format!("line {at}: {e}")))
                                }
                                _ => rows.push(Row {
                                    position: Position::Line(at),
                                    record: Err(FieldError::in_row(csv_error_text(&e))),
                                }),
                            }
                        }
                    }
                }
                Ok(rows)
            }
            Source::Parquet { batches, next_row } => {
                let Some(batch) = batches.next() else {
                    return Ok(Vec::new());
                };
                let batch = batch.map_err(|e| {
                    FileError::new(path, format!("row {}: cannot read Parquet: {e}", *next_row))
                })?;
                let columns = QueryColumns::of_file(&batch).map_err(|e| FileError::new(path, e))?;
                let first = *next_row;
                *next_row += columns.len() as u64;
                Ok((0..columns.len())
                    .map(|i| Row {
                        position: Position::Row(first + i as u64),
                        record: Ok(columns.record(i)),
                    })
                    .collect())
            }
        }
    }
}

/// What a CSV parse error says, without the position the row already carries.
fn csv_error_text(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("{len} fields where the header has {expected_len}"),
        _ => e.to_string(),
    }
}

fn json_record(line: &[u8]) -> Result<Record, FieldError> {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    let text = std::str::from_utf8(line)
        .map_err(|e| FieldError::in_row(format!("invalid UTF-8 at byte {}", e.valid_up_to())))?;
    let value = serde_json::from_str(text)
        .map_err(|e| FieldError::in_row(format!("malformed JSON: {e}")))?;
    from_json(&value)
}

fn csv_record(header: &[String], record: &csv::ByteRecord) -> Result<Record, FieldError> {
    let mut r = Record::default();
    for (column, raw) in header.iter().zip(record.iter()) {
        let value = std::str::from_utf8(raw).map_err(|e| {
            FieldError::in_field(
                column.clone(),
                format!("invalid UTF-8 at byte {}", e.valid_up_to()),
            )
        })?;
        r.set_text(column, value)?;
    }
    Ok(r)
}

/// Counts the rows of a text file cheaply (non-blank lines; CSV: less the header), for a
/// progress bar's length: exact unless CSV cells hold line breaks. `None` for standard
/// input or Parquet (whose reader says it exactly).
pub fn estimate_rows(path: &Path, format: Format) -> Option<u64> {
    if format == Format::Parquet || path.as_os_str() == STDIN {
        return None;
    }
    let mut reader = BufReader::with_capacity(1 << 20, File::open(path).ok()?);
    let (mut rows, mut blank) = (0u64, true);
    loop {
        let buf = reader.fill_buf().ok()?;
        if buf.is_empty() {
            break;
        }
        for &b in buf {
            if b == b'\n' {
                rows += u64::from(!blank);
                blank = true;
            } else if !b.is_ascii_whitespace() {
                blank = false;
            }
        }
        let n = buf.len();
        reader.consume(n);
    }
    rows += u64::from(!blank);
    Some(if format == Format::Csv {
        rows.saturating_sub(1)
    } else {
        rows
    })
}
