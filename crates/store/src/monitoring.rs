//! Ongoing monitoring's records: the customer base, monitoring runs and the webhook outbox.
//!
//! The store keeps customers as the caller gave them (validated by the server, which knows
//! what a date or an entity type is); it checks only what keeps the tables sound: a
//! reference, at least one name, no NUL, bounded sizes.

use crate::{AlertInput, Millis, Result, StoreError};
use serde::{Deserialize, Serialize};

/// Longest customer reference, bytes (the same bound as a screening's reference).
pub const MAX_REFERENCE_BYTES: usize = 200;
/// Most names per customer.
pub const MAX_CUSTOMER_NAMES: usize = 20;

/// One customer of the monitored base.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Customer {
    /// The caller's unique reference (customer id); alerts are kept per reference.
    pub reference: String,
    /// Names, the main one first.
    pub names: Vec<String>,
    /// `person`, `organization`, `vessel` or `aircraft`, when known.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<String>,
    /// Date of birth or incorporation (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dob: Option<String>,
    /// Country of nationality, residence or registration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Identifiers (passport, registration number…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<String>,
    /// When it was last added or changed (set by the store).
    #[serde(default)]
    pub updated: Millis,
}

impl Customer {
    /// Checks what the store relies on; the message names the field.
    pub fn check(&self) -> Result<()> {
        let bad = |m: String| Err(StoreError::Invalid(m));
        if self.reference.trim().is_empty() {
            return bad("reference: empty".into());
        }
        if self.reference.len() > MAX_REFERENCE_BYTES {
            return bad(format!(
                "reference: longer than {MAX_REFERENCE_BYTES} bytes"
            ));
        }
        if self.names.is_empty() || self.names.iter().all(|n| n.trim().is_empty()) {
            return bad("names: no name".into());
        }
        if self.names.len() > MAX_CUSTOMER_NAMES {
            return bad(format!("names: more than {MAX_CUSTOMER_NAMES}"));
        }
        let texts = std::iter::once(&self.reference)
            .chain(&self.names)
            .chain(&self.identifiers)
            .chain(self.entity_type.iter())
            .chain(self.dob.iter())
            .chain(self.country.iter());
        if texts.into_iter().any(|t| t.contains('\0')) {
            return bad(format!("customer {:?}: a NUL character", self.reference));
        }
        Ok(())
    }
}

/// What kind of re-screening a run was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RunKind {
    /// Only the listed entities added or changed since the last run, screened in reverse
    /// against the customer base.
    Delta,
    /// Every customer against every list.
    Full,
    /// No screening: records the list versions the customers were screened against on
    /// entry, the starting point of the next delta.
    Baseline,
}

impl RunKind {
    /// The name as stored.
    pub fn as_str(self) -> &'static str {
        match self {
            RunKind::Delta => "delta",
            RunKind::Full => "full",
            RunKind::Baseline => "baseline",
        }
    }

    /// Parses the stored name.
    pub fn parse(s: &str) -> Option<RunKind> {
        match s {
            "delta" => Some(RunKind::Delta),
            "full" => Some(RunKind::Full),
            "baseline" => Some(RunKind::Baseline),
            _ => None,
        }
    }
}

/// Counts describing a run, as stored and shown by `GET /v1/monitoring/runs`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonitoringRun {
    /// Run id (`mon_…`), also the screening id of the alerts it opened.
    pub id: String,
    /// Delta, full or baseline.
    pub kind: RunKind,
    /// When it started.
    pub started: Millis,
    /// How long the screening took, milliseconds.
    pub duration_ms: i64,
    /// List versions before (JSON array of `{source, published, sha256}`).
    pub from_versions: serde_json::Value,
    /// List versions after.
    pub to_versions: serde_json::Value,
    /// Customers in the base.
    pub customers: i64,
    /// Listed entities screened (delta: added and changed; full: every one in force).
    pub entities_screened: i64,
    /// Customers the reverse index proposed (delta) or screened (full).
    pub candidates: i64,
    /// Hits at or above the alert threshold.
    pub hits: i64,
    /// New alerts opened.
    pub alerts_opened: i64,
    /// Hits joined to an alert already in the queue.
    pub alerts_joined: i64,
    /// Hits suppressed by a false-positive decision.
    pub alerts_suppressed: i64,
    /// Queued alerts marked delisted (their entity left its list).
    pub alerts_delisted: i64,
    /// Who started it (`system`, `cli`, `key:…`).
    pub actor: String,
}

/// A run to record: its counts (the alert counts are filled in by the store), the alerts
/// its hits should raise and the entities that left the lists.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMonitoringRun {
    /// The run; `alerts_*` are ignored and set from what the store did.
    pub run: MonitoringRun,
    /// Hits at or above the alert threshold, as alert inputs.
    pub alerts: Vec<AlertInput>,
    /// Keys of entities no longer in force: their queued alerts are marked delisted.
    pub delisted: Vec<String>,
}

/// One delivery of an alert to a webhook URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OutboxItem {
    /// Outbox row id.
    pub id: i64,
    /// Where to POST.
    pub url: String,
    /// The alert delivered.
    pub alert_id: i64,
    /// The JSON body, fixed when the item was queued (every retry sends the same bytes).
    pub payload: String,
    /// Attempts made so far.
    pub attempts: i64,
    /// Earliest time of the next attempt.
    pub next_attempt: Millis,
    /// When it was queued.
    pub created: Millis,
    /// When a receiver acknowledged it (2xx).
    pub delivered: Option<Millis>,
    /// The last failure, if any.
    pub last_error: Option<String>,
}

impl OutboxItem {
    /// The idempotency key sent with every attempt of this delivery: the same alert to the
    /// same URL always carries the same key, so a receiver can drop repeats.
    pub fn idempotency_key(&self) -> String {
        format!("nomina-alert-{}", self.alert_id)
    }
}

/// What one delivery attempt gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// The receiver answered 2xx.
    Delivered,
    /// It failed; try again at `retry_at`.
    Failed {
        /// Why (status or transport error).
        error: String,
        /// When to try again.
        retry_at: Millis,
    },
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer() -> Customer {
        Customer {
            reference: "c-1".into(),
            names: vec!["Ann Smith".into()],
            entity_type: None,
            dob: None,
            country: None,
            identifiers: vec![],
            updated: 0,
        }
    }

    #[test]
    fn a_sound_customer_passes() {
        assert!(customer().check().is_ok());
    }

    #[test]
    fn bad_customers_are_refused_naming_the_field() {
        let cases: Vec<(Customer, &str)> = vec![
            (
                Customer {
                    reference: " ".into(),
                    ..customer()
                },
                "reference",
            ),
            (
                Customer {
                    names: vec![],
                    ..customer()
                },
                "names",
            ),
            (
                Customer {
                    names: vec!["a\0b".into()],
                    ..customer()
                },
                "NUL",
            ),
            (
                Customer {
                    reference: "x".repeat(MAX_REFERENCE_BYTES + 1),
                    ..customer()
                },
                "reference",
            ),
        ];
        for (c, want) in cases {
            let e = c.check().unwrap_err().to_string();
            assert!(e.contains(want), "{e}");
        }
    }

    #[test]
    fn run_kinds_round_trip() {
        for k in [RunKind::Delta, RunKind::Full, RunKind::Baseline] {
            assert_eq!(RunKind::parse(k.as_str()), Some(k));
        }
    }

    #[test]
    fn the_idempotency_key_is_stable_per_alert() {
        let item = OutboxItem {
            id: 9,
            url: "http://x".into(),
            alert_id: 42,
            payload: "{}".into(),
            attempts: 3,
            next_attempt: 0,
            created: 0,
            delivered: None,
            last_error: None,
        };
        assert_eq!(item.idempotency_key(), "nomina-alert-42");
    }
}
