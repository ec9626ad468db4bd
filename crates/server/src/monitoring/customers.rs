//! Customers as screening queries: validation with errors naming the field, screening one
//! customer (every name, best hit per entity), and saving a batch with its screening on
//! entry.

use super::{MonitorError, Result};
use crate::api::screen::entity_alert;
use crate::lists::ListSet;
use nomina_match::{Hit, Matcher, Query};
use nomina_model::{EntityType, FuzzyDate};
use nomina_store::monitoring::{MAX_CUSTOMER_NAMES, MAX_REFERENCE_BYTES};
use nomina_store::{AlertInput, Customer, NewAuditRecord, ScreeningRecord, Store};
use std::collections::BTreeMap;
use std::sync::Arc;

/// A field of a customer that cannot be accepted: which field and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// `reference`, `names[1]`, `type`, `dob`, `country`, `identifiers[0]`…
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

fn field_error(field: impl Into<String>, message: impl Into<String>) -> FieldError {
    FieldError {
        field: field.into(),
        message: message.into(),
    }
}

/// Checks and tidies a customer: trims every field, drops empty names, identifiers and
/// fields, and checks each as screening would (type, date, name, country, identifiers).
/// The first problem is returned, naming its field.
pub fn validate(c: &Customer) -> std::result::Result<Customer, FieldError> {
    let reference = c.reference.trim().to_string();
    if reference.is_empty() {
        return Err(field_error("reference", "empty"));
    }
    if reference.len() > MAX_REFERENCE_BYTES {
        return Err(field_error(
            "reference",
            format!("longer than {MAX_REFERENCE_BYTES} bytes"),
        ));
    }
    let trimmed = |o: &Option<String>| {
        o.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let entity_type = trimmed(&c.entity_type);
    if let Some(t) = &entity_type {
        EntityType::parse(t).ok_or_else(|| {
            field_error(
                "type",
                format!("unknown type {t:?} (person, organization, vessel, aircraft)"),
            )
        })?;
    }
    let dob = trimmed(&c.dob);
    if let Some(d) = &dob {
        d.parse::<FuzzyDate>()
            .map_err(|e| field_error("dob", e.to_string()))?;
    }
    let names: Vec<String> = c
        .names
        .iter()
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    if names.is_empty() {
        return Err(field_error("names", "no name"));
    }
    if names.len() > MAX_CUSTOMER_NAMES {
        return Err(field_error(
            "names",
            format!("more than {MAX_CUSTOMER_NAMES}"),
        ));
    }
    let identifiers: Vec<String> = c
        .identifiers
        .iter()
        .map(|i| i.trim().to_string())
        .filter(|i| !i.is_empty())
        .collect();
    let out = Customer {
        reference,
        names,
        entity_type,
        dob,
        country: trimmed(&c.country),
        identifiers,
        updated: 0,
    };
    for (i, q) in queries(&out).into_iter().enumerate() {
        q.validate().map_err(|e| match e {
            nomina_match::QueryError::BadField { field, reason } => field_error(field, reason),
            nomina_match::QueryError::TooManyIdentifiers(_) => {
                field_error("identifiers", e.to_string())
            }
            _ => field_error(format!("names[{i}]"), e.to_string()),
        })?;
    }
    let texts = std::iter::once(&out.reference)
        .chain(&out.names)
        .chain(&out.identifiers)
        .chain(out.country.iter());
    if texts.into_iter().any(|s| s.contains('\0')) {
        return Err(field_error("customer", "a NUL character"));
    }
    Ok(out)
}

/// One matcher query per name of a validated customer, each with the customer's type,
/// date, country and identifiers as evidence.
pub fn queries(c: &Customer) -> Vec<Query> {
    let entity_type = c.entity_type.as_deref().and_then(EntityType::parse);
    let dob = c.dob.as_deref().and_then(|d| d.parse::<FuzzyDate>().ok());
    c.names
        .iter()
        .map(|name| Query {
            name: name.clone(),
            entity_type,
            dob,
            country: c.country.clone(),
            identifiers: c.identifiers.clone(),
        })
        .collect()
}

/// Screens one customer: every name, the best hit per entity scoring at least `threshold`,
/// best first (ties by key), with the name that scored it.
pub fn screen(matcher: &Matcher, c: &Customer, threshold: f64) -> Result<Vec<(String, Hit)>> {
    let mut best: BTreeMap<String, (String, Hit)> = BTreeMap::new();
    for q in queries(c) {
        let hits = matcher
            .screen(&q, threshold, usize::MAX)
            .map_err(|e| MonitorError::Invalid(format!("customer {:?}: {e}", c.reference)))?;
        for h in hits {
            let keep = best
                .get(&h.entity)
                .is_none_or(|(_, old)| h.score > old.score);
            if keep {
                best.insert(h.entity.clone(), (q.name.clone(), h));
            }
        }
    }
    let mut out: Vec<(String, Hit)> = best.into_values().collect();
    out.sort_by(|a, b| {
        b.1.score
            .total_cmp(&a.1.score)
            .then_with(|| a.1.entity.cmp(&b.1.entity))
    });
    Ok(out)
}

/// [`screen`] for many customers on every core, in input order.
pub fn screen_all(
    matcher: &Matcher,
    customers: &[Customer],
    threshold: f64,
) -> Result<Vec<Vec<(String, Hit)>>> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = customers.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let parts: Vec<_> = customers
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|c| screen(matcher, c, threshold))
                        .collect::<Result<Vec<_>>>()
                })
            })
            .collect();
        let mut out = Vec::with_capacity(customers.len());
        for p in parts {
            let part = p
                .join()
                .map_err(|_| MonitorError::Invalid("a screening thread panicked".into()))??;
            out.extend(part);
        }
        Ok(out)
    })
}

/// The alerts the hits of one customer raise (suppression and re-opening as for any
/// screening with a reference).
pub fn alert_inputs(
    store: &dyn Store,
    set: &Arc<ListSet>,
    reference: &str,
    hits: &[(String, Hit)],
) -> Result<Vec<AlertInput>> {
    hits.iter()
        .map(|(name, h)| {
            entity_alert(
                store,
                set,
                Some(reference),
                name,
                &h.entity,
                &h.name,
                h.score,
            )
            .map_err(|e| MonitorError::Unavailable(e.message))
        })
        .collect()
}

/// What saving a batch did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Saved {
    /// Customers added or replaced.
    pub customers: usize,
    /// Hits at or above the alert threshold.
    pub hits: usize,
    /// New alerts.
    pub alerts_opened: usize,
    /// The screening id of the batch's audit record.
    pub screening_id: String,
}

/// Saves validated customers and their screening on entry against `set` in one
/// transaction (customers, one audit record, alerts): all of the batch or none of it.
pub fn save(
    store: &dyn Store,
    set: &Arc<ListSet>,
    customers: &[Customer],
    threshold: f64,
    actor: &str,
) -> Result<Saved> {
    let screened = screen_all(&set.matcher, customers, threshold)?;
    let mut alerts = Vec::new();
    let mut summary = Vec::with_capacity(customers.len());
    for (c, hits) in customers.iter().zip(&screened) {
        alerts.extend(alert_inputs(store, set, &c.reference, hits)?);
        let hits: Vec<_> = hits
            .iter()
            .map(
                |(name, h)| serde_json::json!({"entity": h.entity, "score": h.score, "name": name}),
            )
            .collect();
        summary.push(serde_json::json!({"reference": c.reference, "hits": hits}));
    }
    let id = crate::api::new_screening_id();
    let payload = serde_json::json!({
        "customers": summary,
        "lists": set.versions(),
        "alert_threshold": threshold,
    });
    let record = ScreeningRecord {
        id: id.clone(),
        audit: NewAuditRecord {
            kind: "customers.screen".into(),
            actor: actor.to_string(),
            subject: None,
            payload: payload.to_string(),
        },
        alerts,
    };
    let outcomes = store.save_customers(customers, &record)?;
    Ok(Saved {
        customers: customers.len(),
        hits: outcomes.len(),
        alerts_opened: outcomes
            .iter()
            .filter(|o| matches!(o, nomina_store::AlertOutcome::Opened { .. }))
            .count(),
        screening_id: id,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn customer() -> Customer {
        Customer {
            reference: " c-1 ".into(),
            names: vec![" Masood Azhar ".into(), "".into()],
            entity_type: Some("person".into()),
            dob: Some("1968".into()),
            country: Some(" ".into()),
            identifiers: vec![],
            updated: 0,
        }
    }

    #[test]
    fn a_customer_is_tidied() {
        let c = validate(&customer()).unwrap();
        assert_eq!(c.reference, "c-1");
        assert_eq!(c.names, vec!["Masood Azhar"]);
        assert_eq!(c.country, None);
        assert_eq!(queries(&c).len(), 1);
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (
                Customer {
                    entity_type: Some("dragon".into()),
                    ..customer()
                },
                "type",
            ),
            (
                Customer {
                    dob: Some("1968-13".into()),
                    ..customer()
                },
                "dob",
            ),
            (
                Customer {
                    names: vec!["  ".into()],
                    ..customer()
                },
                "names",
            ),
            (
                Customer {
                    names: vec!["!!!".into()],
                    ..customer()
                },
                "names[0]",
            ),
            (
                Customer {
                    reference: "".into(),
                    ..customer()
                },
                "reference",
            ),
            (
                Customer {
                    country: Some("x".repeat(500)),
                    ..customer()
                },
                "country",
            ),
        ];
        for (c, field) in cases {
            assert_eq!(validate(&c).unwrap_err().field, field, "{c:?}");
        }
    }
}
