//! The one exception type of the package, and the guard that keeps a Rust panic from
//! reaching Python as anything else.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

pyo3::create_exception!(
    nomina,
    NominaError,
    PyValueError,
    "A list that cannot be loaded, a query or document that cannot be screened, or bad \
     arguments. The message is the one the `nomina` command prints; screening never answers \
     \"no match\" for input it could not screen."
);

/// A [`NominaError`] with this message.
pub fn error(message: impl Into<String>) -> PyErr {
    NominaError::new_err(message.into())
}

/// Runs `f`, turning a panic (a bug, never bad input) into a [`NominaError`] instead of
/// pyo3's `PanicException`, which `except Exception` does not catch.
pub fn guard<T>(f: impl FnOnce() -> Result<T, String>) -> PyResult<T> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)) {
        Ok(result) => result.map_err(error),
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            Err(error(format!("internal error (a bug in nomina): {what}")))
        }
    }
}

/// Checks a score threshold as the CLI's `--min-score` does.
pub fn check_min_score(min_score: f64) -> PyResult<()> {
    if (0.0..=1.0).contains(&min_score) {
        Ok(())
    } else {
        Err(error(format!(
            "min_score must be between 0 and 1, not {min_score}"
        )))
    }
}

/// Checks a hit limit as the CLI's `--limit` does: 0 would hide hits that exist.
pub fn check_limit(limit: usize) -> PyResult<()> {
    if limit == 0 {
        Err(error(
            "limit must be at least 1 (it is how many hits are returned)",
        ))
    } else {
        Ok(())
    }
}
