//! Ongoing monitoring of a customer base: customers screened on entry
//! ([`customers`]), and re-screened when the lists change — a delta run screening only the
//! listed entities added or changed, in reverse against an index over the customers
//! ([`delta`]), or a full run ([`run`]). Alerts go through the same store calls as every
//! screening, so deduplication and false-positive suppression hold alike. See
//! `docs/monitoring.md`.

pub mod customer_index;
pub mod customers;
pub mod delta;
pub mod run;

/// Why monitoring could not do its work. Nothing is half-recorded: each run and each
/// batch of customers is one transaction.
#[derive(Debug, thiserror::Error)]
pub enum MonitorError {
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] nomina_store::StoreError),
    /// A customer cannot be screened.
    #[error("{0}")]
    Invalid(String),
    /// Something needed is unavailable (earlier decisions could not be read).
    #[error("{0}")]
    Unavailable(String),
}

/// Result alias for monitoring.
pub type Result<T> = std::result::Result<T, MonitorError>;

impl From<MonitorError> for crate::error::ApiError {
    fn from(e: MonitorError) -> crate::error::ApiError {
        match e {
            MonitorError::Store(e) => e.into(),
            MonitorError::Invalid(m) => crate::error::ApiError::invalid(m),
            MonitorError::Unavailable(m) => crate::error::ApiError::unavailable(m),
        }
    }
}
