//! `nomina.Screener`: the lists in force, their name index and (built on first use) their
//! text scanner, shared by every call and every thread.

use crate::errors::{check_limit, check_min_score, error, guard};
use crate::objects::{Hit, ListInfo, Mention};
use nomina_match::Matcher;
use nomina_scan::{ScanOptions, Scanner};
use nomina_tabular::RawQuery;
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// Screens names, Arrow batches and documents against one set of list versions.
#[pyclass(frozen, module = "nomina")]
pub struct Screener {
    pub(crate) matcher: Arc<Matcher>,
    scanner: OnceLock<Scanner>,
    lists: Vec<Py<ListInfo>>,
}

/// A value given as `str`, `int` or `datetime.date`, as its text (`str()`).
fn text_of(v: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    v.filter(|v| !v.is_none())
        .map(|v| v.str().map(|s| s.to_string()))
        .transpose()
}

#[pymethods]
impl Screener {
    /// Loads the lists and builds the index (about a second for the bundled lists), or
    /// opens a prebuilt index file (`index`, from `nomina index build`: a few tens of
    /// milliseconds, what a Spark executor or a short-lived worker should use).
    ///
    /// `lists`: list files (any mix of sources and formats, as `nomina --list`), or None
    /// for the lists in force: the data directory's versions (`data_dir`, else
    /// `$NOMINA_DATA_DIR`, else `~/.local/share/nomina`) and otherwise the bundled ones.
    /// `index` replaces both; a damaged file or one built by another nomina is refused.
    #[new]
    #[pyo3(signature = (lists=None, data_dir=None, index=None))]
    fn new(
        py: Python<'_>,
        lists: Option<Vec<PathBuf>>,
        data_dir: Option<PathBuf>,
        index: Option<PathBuf>,
    ) -> PyResult<Self> {
        if let Some(path) = index {
            if lists.is_some() || data_dir.is_some() {
                return Err(error(
                    "index replaces lists and data_dir: give the index file alone",
                ));
            }
            let prebuilt = py.detach(|| {
                guard(|| nomina_index::Prebuilt::open(&path).map_err(|e| e.to_string()))
            })?;
            let lists = prebuilt
                .manifest()
                .lists
                .iter()
                .map(|l| Py::new(py, ListInfo::of_index(l)))
                .collect::<PyResult<_>>()?;
            return Ok(Screener {
                matcher: Arc::new(prebuilt.into_matcher()),
                scanner: OnceLock::new(),
                lists,
            });
        }
        let opts = registry_options(lists, data_dir)?;
        let (loaded, matcher) = py.detach(|| {
            guard(|| {
                let loaded = nomina_registry::load_in_force(&opts).map_err(|e| e.to_string())?;
                let snapshots: Vec<_> = loaded.snapshots().cloned().collect();
                Ok((loaded, Matcher::build(&snapshots)))
            })
        })?;
        let lists = loaded
            .lists
            .iter()
            .map(|l| Py::new(py, ListInfo::new(l)))
            .collect::<PyResult<_>>()?;
        Ok(Screener {
            matcher: Arc::new(matcher),
            scanner: OnceLock::new(),
            lists,
        })
    }

    /// The list versions screened against: source, format, publication date, SHA-256.
    #[getter]
    fn lists(&self, py: Python<'_>) -> Vec<Py<ListInfo>> {
        self.lists.iter().map(|l| l.clone_ref(py)).collect()
    }

    /// Screens one name: the hits scoring at least `min_score`, best first, at most `limit`.
    ///
    /// `type`, `dob` (YYYY, YYYY-MM, YYYY-MM-DD or a `datetime.date`), `country` and `ids`
    /// are evidence that moves the score; an identical identifier is decisive. Raises
    /// `NominaError` for a query that cannot be screened (empty, too long, control
    /// characters), never returning "no hit" for it.
    #[pyo3(signature = (name, r#type=None, dob=None, country=None, ids=None, min_score=nomina_match::DEFAULT_THRESHOLD, limit=10))]
    #[allow(clippy::too_many_arguments)]
    fn screen(
        &self,
        py: Python<'_>,
        name: &str,
        r#type: Option<&str>,
        dob: Option<&Bound<'_, PyAny>>,
        country: Option<&str>,
        ids: Option<Vec<String>>,
        min_score: f64,
        limit: usize,
    ) -> PyResult<Vec<Hit>> {
        check_min_score(min_score)?;
        check_limit(limit)?;
        let dob = text_of(dob)?;
        let raw = RawQuery {
            name: Some(name),
            entity_type: r#type,
            dob: dob.as_deref(),
            country,
            ids: ids.unwrap_or_default(),
        };
        let query = raw.read().map_err(error)?;
        let matcher = &self.matcher;
        let hits = py.detach(|| {
            guard(|| {
                matcher
                    .screen(&query, min_score, limit)
                    .map_err(|e| format!("cannot screen {:?}: {e}", query.name))
            })
        })?;
        hits.into_iter().map(|h| Hit::new(py, h)).collect()
    }

    /// Finds listed parties in a document or payment message (MT103, pacs.008): the
    /// mentions scoring at least `min_score`, in document order, with `str` offsets.
    ///
    /// `text` is a `str`, or `bytes` decoded as UTF-8 (invalid sequences replaced).
    /// `format` is `text`, `mt103` or `pacs008`; None detects it.
    #[pyo3(signature = (text, min_score=nomina_scan::DEFAULT_MIN_SCORE, format=None))]
    fn scan(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        min_score: f64,
        format: Option<&str>,
    ) -> PyResult<Vec<Mention>> {
        check_min_score(min_score)?;
        let format = match format {
            None => None,
            Some(f) => Some(
                nomina_scan::Format::parse(f)
                    .ok_or_else(|| error(format!("unknown format {f:?} (text, mt103, pacs008)")))?,
            ),
        };
        let opts = ScanOptions { min_score, format };
        let bytes: Vec<u8> = match text.cast::<PyBytes>() {
            Ok(b) => b.as_bytes().to_vec(),
            Err(_) => text.extract::<String>()?.into_bytes(),
        };
        let report = py.detach(|| {
            guard(|| {
                if bytes.len() > nomina_scan::MAX_DOCUMENT_BYTES {
                    return Err(nomina_scan::ScanError::TooLarge {
                        bytes: bytes.len() as u64,
                        limit: nomina_scan::MAX_DOCUMENT_BYTES as u64,
                    }
                    .to_string());
                }
                let scanner = self
                    .scanner
                    .get_or_init(|| Scanner::new(Arc::clone(&self.matcher)));
                scanner.scan_bytes(&bytes, &opts).map_err(|e| e.to_string())
            })
        })?;
        report
            .mentions
            .into_iter()
            .map(|m| Mention::new(py, m))
            .collect()
    }

    /// Screens every row of a pyarrow `Table` or `RecordBatch` on all cores, with the GIL
    /// released, and returns a `pyarrow.Table` of hits: `row` (the query's row number, from
    /// 0), `entity`, `name`, `type`, `score`, `matched_name`, with `explanation` (JSON text)
    /// when `explain` is true.
    ///
    /// Columns read: `name` (required), `type`, `dob`, `country`, `id`, `ids` (a list).
    /// A row that cannot be screened raises `NominaError` naming the row, unless `errors`
    /// is `"column"`: the row then gets one line with its message in an `error` column.
    /// `threads` bounds the cores used (None: all).
    #[pyo3(signature = (table, min_score=nomina_match::DEFAULT_THRESHOLD, limit=10, explain=false, errors="raise", threads=None))]
    #[allow(clippy::too_many_arguments)]
    fn screen_batch<'py>(
        &self,
        py: Python<'py>,
        table: &Bound<'py, PyAny>,
        min_score: f64,
        limit: usize,
        explain: bool,
        errors: &str,
        threads: Option<usize>,
    ) -> PyResult<Bound<'py, PyAny>> {
        use arrow::pyarrow::{IntoPyArrow, Table};
        check_min_score(min_score)?;
        check_limit(limit)?;
        let error_column = match errors {
            "raise" => false,
            "column" => true,
            other => {
                return Err(error(format!(
                    "errors must be \"raise\" or \"column\", not {other:?}"
                )))
            }
        };
        if threads == Some(0) {
            return Err(error("threads must be at least 1 (or None for all cores)"));
        }
        let batches = crate::batch::read_table(table)?;
        let opts = crate::batch::BatchOptions {
            min_score,
            limit,
            explain,
            error_column,
        };
        let matcher = &*self.matcher;
        let out = py.detach(|| {
            guard(|| {
                let run = || crate::batch::screen(matcher, &batches, &opts);
                match threads {
                    None => run(),
                    Some(n) => rayon::ThreadPoolBuilder::new()
                        .num_threads(n)
                        .build()
                        .map_err(|e| format!("cannot start {n} threads: {e}"))?
                        .install(run),
                }
            })
        })?;
        let schema = out.schema();
        let table = Table::try_new(vec![out], schema).map_err(|e| error(e.to_string()))?;
        table.into_pyarrow(py)
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let lists: Vec<String> = self
            .lists
            .iter()
            .map(|l| {
                let l = l.borrow(py);
                format!(
                    "{} {}",
                    l.source,
                    l.published.as_deref().unwrap_or("(undated)")
                )
            })
            .collect();
        format!("<Screener {}>", lists.join(", "))
    }
}

/// Writes a prebuilt index file of the lists (as `nomina index build --out`): the list
/// files given, or the lists in force (`data_dir`, else the data directory, else the
/// bundled ones). Ship it to workers and open it with `Screener(index=path)`. Returns the
/// number of entities it holds. Party judgements are not applied: workers screen names.
#[pyfunction]
#[pyo3(signature = (path, lists=None, data_dir=None))]
pub fn build_index(
    py: Python<'_>,
    path: PathBuf,
    lists: Option<Vec<PathBuf>>,
    data_dir: Option<PathBuf>,
) -> PyResult<usize> {
    let opts = registry_options(lists, data_dir)?;
    py.detach(|| {
        guard(|| {
            let loaded = nomina_registry::load_in_force(&opts).map_err(|e| e.to_string())?;
            let judgements = nomina_registry::parties::Judgements::default();
            nomina_index::write(&path, &loaded, &judgements)
                .map(|m| m.entities)
                .map_err(|e| e.to_string())
        })
    })
}

/// Which lists `lists` and `data_dir` name, as `nomina --list` / `--data-dir` do.
fn registry_options(
    lists: Option<Vec<PathBuf>>,
    data_dir: Option<PathBuf>,
) -> PyResult<nomina_registry::Options> {
    if lists.as_ref().is_some_and(Vec::is_empty) {
        return Err(error(
            "lists is empty: give list files, or None for the lists in force",
        ));
    }
    Ok(nomina_registry::Options {
        lists: lists.unwrap_or_default(),
        data_dir,
        only: Vec::new(),
    })
}
