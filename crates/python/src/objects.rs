//! The Python classes results come back as: [`Hit`], [`Explanation`], [`Mention`] and
//! [`ListInfo`]. Each wraps the Rust value the CLI prints, so no field is re-derived here.

use crate::values::serde_to_py;
use pyo3::prelude::*;
use std::sync::Arc;

/// Why a hit scored what it did: the matcher's explanation (coverages, factors, token by
/// token, evidence).
#[pyclass(frozen, module = "nomina")]
pub struct Explanation(pub Arc<nomina_match::Explanation>);

#[pymethods]
impl Explanation {
    /// The listed name the query was aligned with.
    #[getter]
    fn matched_name(&self) -> &str {
        &self.0.matched_name
    }

    /// Its kind: `primary`, `alias`, `weak_alias`, `former_name` or `original_script`.
    #[getter]
    fn name_kind<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0.name_kind)
    }

    /// Share of the query's weight that found a listed counterpart.
    #[getter]
    fn query_coverage(&self) -> f64 {
        self.0.query_coverage
    }

    /// Share of the listed name's weight that the query accounts for.
    #[getter]
    fn name_coverage(&self) -> f64 {
        self.0.name_coverage
    }

    /// The name score before evidence.
    #[getter]
    fn name_score(&self) -> f64 {
        self.0.name_score
    }

    /// Factors applied after the coverages, as dicts `{"rule", "value"}`.
    #[getter]
    fn factors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0.factors)
    }

    /// Token by token, as dicts `{"query", "listed", "how", "similarity", "weight"}`.
    #[getter]
    fn tokens<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0.tokens)
    }

    /// Date of birth, country, type and identifier findings, as a dict.
    #[getter]
    fn evidence<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0.evidence)
    }

    /// The whole explanation as plain data, as `nomina screen --json` writes it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &*self.0)
    }

    /// The explanation as `nomina screen --explain` prints it.
    fn __str__(&self) -> String {
        self.0.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "<Explanation {:?} name score {:.4}>",
            self.0.matched_name, self.0.name_score
        )
    }
}

/// One listed entity a screened name could be.
#[pyclass(frozen, module = "nomina")]
pub struct Hit {
    hit: nomina_match::Hit,
    explanation: Py<Explanation>,
}

impl Hit {
    /// Wraps a matcher hit.
    pub fn new(py: Python<'_>, hit: nomina_match::Hit) -> PyResult<Hit> {
        let explanation = Py::new(py, Explanation(Arc::new(hit.explanation.clone())))?;
        Ok(Hit { hit, explanation })
    }
}

#[pymethods]
impl Hit {
    /// Entity key, e.g. `un:QDi.422`.
    #[getter]
    fn entity(&self) -> &str {
        &self.hit.entity
    }

    /// The entity's primary name.
    #[getter]
    fn name(&self) -> &str {
        &self.hit.name
    }

    /// `person`, `organization`, `vessel` or `aircraft`.
    #[getter]
    fn r#type(&self) -> &'static str {
        self.hit.entity_type.as_str()
    }

    /// Score in [0, 1], rounded to 4 decimals.
    #[getter]
    fn score(&self) -> f64 {
        self.hit.score
    }

    /// Why it scored what it did.
    #[getter]
    fn explanation(&self, py: Python<'_>) -> Py<Explanation> {
        self.explanation.clone_ref(py)
    }

    /// The hit as plain data, as `nomina screen --json` writes it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.hit)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Hit {} {:?} {:.4}>",
            self.hit.entity, self.hit.name, self.hit.score
        )
    }
}

/// One mention of a listed entity in a scanned text.
#[pyclass(frozen, module = "nomina")]
pub struct Mention {
    mention: nomina_scan::Mention,
    explanation: Option<Py<Explanation>>,
}

impl Mention {
    /// Wraps a scanner mention.
    pub fn new(py: Python<'_>, mention: nomina_scan::Mention) -> PyResult<Mention> {
        let explanation = match &mention.explanation {
            Some(e) => Some(Py::new(py, Explanation(e.clone()))?),
            None => None,
        };
        Ok(Mention {
            mention,
            explanation,
        })
    }
}

#[pymethods]
impl Mention {
    /// Start of the span, as a `str` index into the scanned text.
    #[getter]
    fn start(&self) -> usize {
        self.mention.start
    }

    /// End of the span (exclusive), as a `str` index.
    #[getter]
    fn end(&self) -> usize {
        self.mention.end
    }

    /// The span as written.
    #[getter]
    fn text(&self) -> &str {
        &self.mention.text
    }

    /// Entity key, e.g. `un:QDe.019`.
    #[getter]
    fn entity(&self) -> &str {
        &self.mention.entity
    }

    /// The entity's primary name.
    #[getter]
    fn name(&self) -> &str {
        &self.mention.name
    }

    /// `person`, `organization`, `vessel` or `aircraft`.
    #[getter]
    fn r#type(&self) -> &'static str {
        self.mention.entity_type.as_str()
    }

    /// Score in [0, 1].
    #[getter]
    fn score(&self) -> f64 {
        self.mention.score
    }

    /// How it was recognised: `name`, `acronym` or `reference`.
    #[getter]
    fn how<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.mention.how)
    }

    /// The payment-message field it is in (`59`, `Cdtr/Nm`...), or None.
    #[getter]
    fn field(&self) -> Option<&str> {
        self.mention.field.as_deref()
    }

    /// For acronyms and references: the mention they refer to, or None.
    #[getter]
    fn note(&self) -> Option<&str> {
        self.mention.note.as_deref()
    }

    /// For name matches: the matcher's explanation, or None.
    #[getter]
    fn explanation(&self, py: Python<'_>) -> Option<Py<Explanation>> {
        self.explanation.as_ref().map(|e| e.clone_ref(py))
    }

    /// The mention as plain data, as `nomina scan --json` writes it.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.mention)
    }

    fn __repr__(&self) -> String {
        format!(
            "<Mention {}..{} {:?} {} {:.4}>",
            self.mention.start,
            self.mention.end,
            self.mention.text,
            self.mention.entity,
            self.mention.score
        )
    }
}

/// One list version a screener screens against.
#[pyclass(frozen, module = "nomina", get_all)]
pub struct ListInfo {
    /// The publisher: `un`, `ofac`, `eu`, `uk` or a custom source.
    pub source: String,
    /// The file format it was read from, e.g. `un-xml`.
    pub format: String,
    /// Publication date printed in the file (`YYYY-MM-DD`), or None.
    pub published: Option<String>,
    /// SHA-256 of the raw bytes of its files: two versions with the same hash are the same.
    pub sha256: String,
    /// The files it was read from.
    pub files: Vec<String>,
    /// Number of listed entities.
    pub entities: usize,
    /// Where it was loaded from: a file, the data directory or the bundled default.
    pub origin: String,
}

impl ListInfo {
    /// Describes one list in force.
    pub fn new(list: &nomina_registry::LoadedList) -> ListInfo {
        ListInfo::of_version(
            &list.snapshot.version,
            list.snapshot.entities.len(),
            &list.origin,
        )
    }

    /// Describes one list of a prebuilt index file, as it was when the file was built.
    pub fn of_index(list: &nomina_index::ManifestList) -> ListInfo {
        ListInfo::of_version(&list.version, list.entities, &list.origin)
    }

    fn of_version(
        v: &nomina_model::ListVersion,
        entities: usize,
        origin: &nomina_registry::Origin,
    ) -> ListInfo {
        ListInfo {
            source: v.source.to_string(),
            format: v.format.clone(),
            published: v.published.map(|d| d.to_string()),
            sha256: v.sha256.clone(),
            files: v.files.clone(),
            entities,
            origin: origin.to_string(),
        }
    }
}

#[pymethods]
impl ListInfo {
    fn __repr__(&self) -> String {
        format!(
            "<ListInfo {} {} {}>",
            self.source,
            self.published.as_deref().unwrap_or("(undated)"),
            &self.sha256[..self.sha256.len().min(12)]
        )
    }
}
