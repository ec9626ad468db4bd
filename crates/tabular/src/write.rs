//! Writing screening results to a file a chunk at a time, with commit points a resumed
//! run can go back to: JSON lines and CSV are cut back to the committed length; a Parquet
//! file, whose index is written only at its end, is given the footer of its committed row
//! groups and copied into a new file.

use crate::error::FileError;
use crate::format::Format;
use crate::hits::HitColumns;
use arrow::record_batch::RecordBatch;
use arrow::util::display::{ArrayFormatter, FormatOptions};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::{ArrowSchemaConverter, ArrowWriter};
use parquet::basic::Compression;
use parquet::file::metadata::{FileMetaData, ParquetMetaData, ParquetMetaDataWriter};
use parquet::file::properties::WriterProperties;
use std::fs::{File, OpenOptions};
use std::io::{BufWriter, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A point the output can be restored to: its length, and for Parquet the footer that makes
/// the first `len` bytes a complete file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commit {
    /// Bytes of the output that are complete.
    pub len: u64,
    /// Parquet only: the footer (metadata, its length, `PAR1`) of the row groups in `len`.
    pub footer: Vec<u8>,
}

/// Where results go: a file, or standard output.
enum Dest {
    File(File),
    Stdout(std::io::Stdout),
}

impl Write for Dest {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Dest::File(f) => f.write(buf),
            Dest::Stdout(s) => s.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Dest::File(f) => f.flush(),
            Dest::Stdout(s) => s.flush(),
        }
    }
}

impl Dest {
    /// Makes what was written durable; the file's length.
    fn sync(&self) -> std::io::Result<u64> {
        match self {
            Dest::File(f) => {
                f.sync_data()?;
                Ok(f.metadata()?.len())
            }
            Dest::Stdout(_) => Ok(0),
        }
    }
}

enum Kind {
    Lines(BufWriter<Dest>),
    Csv(Box<csv::Writer<Dest>>),
    Parquet(Box<ArrowWriter<Dest>>),
}

/// The output of a batch: JSON lines written by the caller, or the hits table as CSV or
/// Parquet.
pub struct ResultWriter {
    path: Option<PathBuf>,
    format: Format,
    columns: HitColumns,
    kind: Kind,
}

fn io_error(path: Option<&Path>, what: &str, e: impl std::fmt::Display) -> FileError {
    FileError::new(
        path.unwrap_or(Path::new("standard output")),
        format!("cannot {what}: {e}"),
    )
}

/// Parquet output: snappy, one row group per chunk (the writer is flushed at each commit).
fn parquet_properties() -> WriterProperties {
    WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_max_row_group_row_count(None)
        .build()
}

/// The file a resumed Parquet output's committed part is kept in while it is copied.
pub fn resume_copy_path(out: &Path) -> PathBuf {
    let mut name = out.as_os_str().to_owned();
    name.push(".resume-old");
    PathBuf::from(name)
}

impl ResultWriter {
    /// A new output at `path` (standard output when `None`), replacing any file there.
    pub fn create(
        path: Option<&Path>,
        format: Format,
        columns: HitColumns,
    ) -> Result<ResultWriter, FileError> {
        let dest = match path {
            Some(p) => Dest::File(File::create(p).map_err(|e| io_error(path, "create", e))?),
            None => Dest::Stdout(std::io::stdout()),
        };
        let kind = match format {
            Format::Jsonl => Kind::Lines(BufWriter::with_capacity(1 << 16, dest)),
            Format::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(dest);
                let schema = columns.schema();
                w.write_record(schema.fields().iter().map(|f| f.name().as_str()))
                    .map_err(|e| io_error(path, "write", e))?;
                Kind::Csv(Box::new(w))
            }
            Format::Parquet => Kind::Parquet(Box::new(
                ArrowWriter::try_new(dest, columns.schema(), Some(parquet_properties()))
                    .map_err(|e| io_error(path, "write Parquet", e))?,
            )),
        };
        Ok(ResultWriter {
            path: path.map(Path::to_path_buf),
            format,
            columns,
            kind,
        })
    }

    /// Reopens the output of an interrupted run at `path` as it was at `commit`: text is
    /// cut back to the committed length; Parquet is completed with the committed footer and
    /// copied into a new file (the caller records a new commit, then calls
    /// [`ResultWriter::drop_resume_copy`]).
    pub fn resume(
        path: &Path,
        format: Format,
        columns: HitColumns,
        commit: &Commit,
    ) -> Result<ResultWriter, FileError> {
        let p = Some(path);
        if format == Format::Parquet {
            let old = resume_copy_path(path);
            if !old.exists() {
                let mut f = OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(|e| io_error(p, "open", e))?;
                if f.metadata().map_err(|e| io_error(p, "read", e))?.len() < commit.len {
                    return Err(FileError::new(
                        path,
                        format!(
                            "is shorter than the {} bytes the checkpoint recorded",
                            commit.len
                        ),
                    ));
                }
                f.set_len(commit.len)
                    .map_err(|e| io_error(p, "truncate", e))?;
                f.seek(SeekFrom::End(0))
                    .map_err(|e| io_error(p, "seek", e))?;
                f.write_all(&commit.footer)
                    .map_err(|e| io_error(p, "write", e))?;
                f.sync_all().map_err(|e| io_error(p, "sync", e))?;
                std::fs::rename(path, &old).map_err(|e| io_error(p, "rename", e))?;
            }
            let mut w = ResultWriter::create(p, format, columns)?;
            let old_file = File::open(&old).map_err(|e| io_error(Some(&old), "read", e))?;
            let reader = ParquetRecordBatchReaderBuilder::try_new(old_file)
                .and_then(|b| b.with_batch_size(8192).build())
                .map_err(|e| io_error(Some(&old), "read Parquet", e))?;
            for batch in reader {
                let batch = batch.map_err(|e| io_error(Some(&old), "read Parquet", e))?;
                w.write_batch(&batch)?;
            }
            return Ok(w);
        }
        let mut f = OpenOptions::new()
            .write(true)
            .open(path)
            .map_err(|e| io_error(p, "open", e))?;
        let len = f.metadata().map_err(|e| io_error(p, "read", e))?.len();
        if len < commit.len {
            return Err(FileError::new(
                path,
                format!(
                    "is {len} bytes, shorter than the {} bytes the checkpoint recorded",
                    commit.len
                ),
            ));
        }
        f.set_len(commit.len)
            .map_err(|e| io_error(p, "truncate", e))?;
        f.seek(SeekFrom::End(0))
            .map_err(|e| io_error(p, "seek", e))?;
        let dest = Dest::File(f);
        let kind = match format {
            Format::Csv => Kind::Csv(Box::new(
                csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(dest),
            )),
            _ => Kind::Lines(BufWriter::with_capacity(1 << 16, dest)),
        };
        Ok(ResultWriter {
            path: Some(path.to_path_buf()),
            format,
            columns,
            kind,
        })
    }

    /// Removes the committed copy a resumed Parquet output was rebuilt from, once a commit
    /// of the rebuilt file is recorded.
    pub fn drop_resume_copy(path: &Path) -> Result<(), FileError> {
        let old = resume_copy_path(path);
        match std::fs::remove_file(&old) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(io_error(Some(&old), "remove", e))
            }
            _ => Ok(()),
        }
    }

    /// The output's format.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The columns of the hits table this output takes.
    pub fn columns(&self) -> HitColumns {
        self.columns
    }

    /// Writes JSON lines (each without its line break). Only for JSON-lines output.
    pub fn write_lines<'a>(
        &mut self,
        lines: impl IntoIterator<Item = &'a str>,
    ) -> std::io::Result<()> {
        let Kind::Lines(w) = &mut self.kind else {
            return Err(std::io::Error::other(
                "JSON lines written to a CSV or Parquet output",
            ));
        };
        for l in lines {
            w.write_all(l.as_bytes())?;
            w.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Writes a hits table. Only for CSV or Parquet output.
    pub fn write_batch(&mut self, batch: &RecordBatch) -> Result<(), FileError> {
        let path = self.path.as_deref();
        match &mut self.kind {
            Kind::Lines(_) => Err(io_error(
                path,
                "write",
                "a table written to a JSON-lines output",
            )),
            Kind::Parquet(w) => w
                .write(batch)
                .map_err(|e| io_error(path, "write Parquet", e)),
            Kind::Csv(w) => {
                let options = FormatOptions::default().with_null("");
                let formatters = batch
                    .columns()
                    .iter()
                    .map(|c| ArrayFormatter::try_new(c.as_ref(), &options))
                    .collect::<Result<Vec<_>, _>>()
                    .map_err(|e| io_error(path, "format", e))?;
                let mut cells: Vec<String> = Vec::with_capacity(formatters.len());
                for row in 0..batch.num_rows() {
                    cells.clear();
                    cells.extend(formatters.iter().map(|f| f.value(row).to_string()));
                    w.write_record(&cells)
                        .map_err(|e| io_error(path, "write", e))?;
                }
                Ok(())
            }
        }
    }

    /// Flushes everything written so far to the file and makes it durable; the commit a
    /// resumed run can return to.
    pub fn commit(&mut self) -> Result<Commit, FileError> {
        let path = self.path.as_deref();
        let err = |e: std::io::Error| io_error(path, "write", e);
        match &mut self.kind {
            Kind::Lines(w) => {
                w.flush().map_err(err)?;
                Ok(Commit {
                    len: w.get_ref().sync().map_err(err)?,
                    footer: Vec::new(),
                })
            }
            Kind::Csv(w) => {
                w.flush().map_err(err)?;
                Ok(Commit {
                    len: w.get_ref().sync().map_err(err)?,
                    footer: Vec::new(),
                })
            }
            Kind::Parquet(w) => {
                w.flush().map_err(|e| io_error(path, "write Parquet", e))?;
                w.sync().map_err(err)?;
                w.inner().sync().map_err(err)?;
                let footer =
                    footer_of(w, &self.columns).map_err(|e| io_error(path, "write Parquet", e))?;
                Ok(Commit {
                    len: w.bytes_written() as u64,
                    footer,
                })
            }
        }
    }

    /// Completes the output (Parquet: writes its footer) and makes it durable.
    pub fn finish(self) -> Result<(), FileError> {
        let path = self.path.as_deref();
        let err = |e: std::io::Error| io_error(path, "write", e);
        let dest = match self.kind {
            Kind::Lines(w) => w.into_inner().map_err(|e| err(e.into_error()))?,
            Kind::Csv(w) => (*w).into_inner().map_err(|e| err(e.into_error()))?,
            Kind::Parquet(w) => w
                .into_inner()
                .map_err(|e| io_error(path, "write Parquet", e))?,
        };
        let mut dest = dest;
        dest.flush().map_err(err)?;
        dest.sync().map_err(err)?;
        Ok(())
    }
}

/// The footer that closes a Parquet file after the row groups flushed so far.
fn footer_of(w: &ArrowWriter<Dest>, columns: &HitColumns) -> parquet::errors::Result<Vec<u8>> {
    let schema = ArrowSchemaConverter::new().convert(&columns.schema())?;
    let groups = w.flushed_row_groups().to_vec();
    let rows = groups.iter().map(|g| g.num_rows()).sum();
    let meta = ParquetMetaData::new(
        FileMetaData::new(1, rows, None, None, Arc::new(schema), None),
        groups,
    );
    let mut footer = Vec::new();
    ParquetMetaDataWriter::new(&mut footer, &meta).finish()?;
    Ok(footer)
}
