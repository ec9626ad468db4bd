//! The backend-independent test suite: every function takes a [`Ctx`] and uses only the
//! [`nomina_store::Store`] interface, plus plain SQL that both backends accept for tampering.

mod alerts;
mod audit;
mod keys;
mod lifecycle;
mod monitoring;
mod queue;

pub use alerts::*;
pub use audit::*;
pub use keys::*;
pub use lifecycle::*;
pub use monitoring::*;
pub use queue::*;

use crate::Ctx;
use nomina_store::{AlertInput, AuditRecord, NewAuditRecord, Store};

/// A JSON payload record of kind `test`.
pub fn rec(n: usize) -> NewAuditRecord {
    NewAuditRecord {
        kind: "test".into(),
        actor: "system".into(),
        subject: Some(format!("s{n}")),
        payload: format!("{{\"n\":{n}}}"),
    }
}

/// Appends `n` test records.
pub fn append_n(store: &dyn Store, n: usize) -> Vec<AuditRecord> {
    (0..n)
        .map(|i| store.append_audit(rec(i)).expect("append"))
        .collect()
}

/// Every stored audit record, in order.
pub fn all_records(store: &dyn Store) -> Vec<AuditRecord> {
    store
        .audit_records(None, None, i64::MIN, usize::MAX)
        .expect("audit records")
}

/// A hit on `entity` for `reference`.
pub fn hit(reference: Option<&str>, entity: &str) -> AlertInput {
    AlertInput {
        reference: reference.map(str::to_string),
        query: "John Smith".into(),
        entity: entity.into(),
        entity_name: format!("Name of {entity}"),
        score: 0.93,
        entity_fingerprint: format!("fp-{entity}"),
        entity_snapshot: format!("{{\"id\":\"{entity}\"}}"),
        reason: None,
        suppressed_by: None,
    }
}

/// Quotes a string as an SQL literal.
pub fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Asserts the chain verifies.
pub fn assert_intact(ctx: &Ctx) -> nomina_store::VerifyReport {
    let report = ctx.store().verify_audit().expect("verify runs");
    assert_eq!(report.problem, None, "chain should verify: {report:?}");
    report
}
