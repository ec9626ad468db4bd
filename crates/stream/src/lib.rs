//! The payment stream consumer: screens SWIFT MT103 and ISO 20022 pacs.008 messages from a
//! NATS JetStream stream with nomina's scanner and publishes, for every message, one result
//! and one alert per hit.
//!
//! ## Delivery
//! Messages are consumed by a durable pull consumer with explicit acknowledgement. A batch
//! of messages is acknowledged only once, for each of them, the result and alerts have been
//! stored by JetStream (publish acknowledged), the audit record committed to the service's
//! store ([`nomina_store::Store::append_audit`]) and the id recorded in the [`Ledger`]:
//! a crash at any point before that redelivers the message (at least once). Each message
//! has an id ([`record::message_id`]: its `Nats-Msg-Id`, else its stream sequence); a
//! redelivered id found in the ledger is acknowledged without being published again, and
//! results and alerts carry a `Nats-Msg-Id` derived from it, so the output stream's
//! duplicate window drops a re-publication after a crash before the ledger was written.
//! Together: exactly one result per message id on the output stream, as long as a crashed
//! consumer is restarted within that window.
//!
//! ## Failing closed
//! A message that cannot be screened because of what it is (malformed, not a payment
//! message, binary) gets a result with status `error` and is acknowledged: the stream goes
//! on. When screening cannot run at all — lists missing or older than their maximum age,
//! the store or the ledger failing, JetStream refusing a publication — nothing of the
//! batch is acknowledged and [`run`] returns the error: no message is ever answered as
//! clean without having been screened against usable lists.
#![deny(missing_docs)]

pub mod consumer;
pub mod ledger;
pub mod record;
pub mod samples;
pub mod screening;

pub use consumer::{run, Options, Summary};
pub use ledger::Ledger;
pub use screening::Screening;

use std::path::PathBuf;

/// Why the consumer stopped (or could not start). None of these acknowledges anything.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// A setting is invalid.
    #[error("{0}")]
    Config(String),
    /// The lists cannot be screened against (missing, stale, undated under a maximum age).
    #[error("lists unusable, nothing screened or acknowledged: {0}")]
    ListsUnusable(String),
    /// The NATS server or JetStream failed or refused something.
    #[error("NATS {0}")]
    Nats(String),
    /// The audit record could not be written.
    #[error("audit log: {0}")]
    Audit(String),
    /// A worker task failed (a bug: panics while scanning become error results instead).
    #[error("internal error: {0}")]
    Internal(String),
    /// The ledger of processed ids failed.
    #[error("ledger {}: {message}", path.display())]
    Ledger {
        /// The ledger file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
}
