//! nomina for Python: the `nomina` extension module (PyO3, abi3).
//!
//! [`Screener`](screener::Screener) loads the lists in force the way the CLI does
//! (`nomina_registry::load_in_force`), builds the matcher's index once and exposes:
//! `screen` (one name, hits with explanations), `screen_batch` (pyarrow tables in and out,
//! screened with rayon while the GIL is released), `scan` (documents and payment messages,
//! through `nomina_scan`) and `lists` (versions and hashes). Every failure is a
//! `nomina.NominaError` (a `ValueError`) carrying the CLI's message; a panic becomes one too.
//!
//! Nothing here scores, loads or parses: each rule has its home in the library crates.
//! See `docs/python.md`.
#![deny(missing_docs)]

mod batch;
mod errors;
mod objects;
mod screener;
mod values;

use pyo3::prelude::*;

/// Sanctions and watchlist screening (UN, OFAC, EU, UK lists) from Python.
///
/// ```python
/// import nomina
/// screener = nomina.Screener()              # the lists in force; or lists=["un.xml", ...]
/// for hit in screener.screen("Masood Azhar"):
///     print(hit.score, hit.entity, hit.name, hit.explanation.matched_name)
/// hits = screener.screen_batch(customers)   # pyarrow Table in, pyarrow Table of hits out
/// mentions = screener.scan("Jaish-e-Mohammed said...")
/// nomina.build_index("lists.idx")           # once; then nomina.Screener(index="lists.idx")
/// ```
///
/// Every failure raises `nomina.NominaError` (a `ValueError`) with the message the
/// `nomina` command prints. See docs/python.md.
#[pymodule]
fn nomina(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("NominaError", m.py().get_type::<errors::NominaError>())?;
    m.add("DEFAULT_THRESHOLD", nomina_match::DEFAULT_THRESHOLD)?;
    m.add_class::<screener::Screener>()?;
    m.add_function(wrap_pyfunction!(screener::build_index, m)?)?;
    m.add_class::<objects::Hit>()?;
    m.add_class::<objects::Explanation>()?;
    m.add_class::<objects::Mention>()?;
    m.add_class::<objects::ListInfo>()?;
    Ok(())
}
