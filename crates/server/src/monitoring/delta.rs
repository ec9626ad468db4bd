//! What changed between two sets of lists, and which customers a changed listed entity
//! could hit: the customer base indexed as if it were a list, screened in reverse by the
//! entity's names, plus an exact lookup of its identifiers.

use crate::lists::ListSet;
use nomina_match::{Matcher, Query};
use nomina_model::{Entity, EntityType, ListSnapshot, ListVersion, Name, NameKind, Source};
use nomina_store::Customer;
use std::collections::{BTreeSet, HashMap};

/// The key prefix of customers in the reverse index (`customer:<reference>`).
pub const CUSTOMER_PREFIX: &str = "customer";

/// Lowest reverse score that makes a customer a candidate. Reverse scores (the listed name
/// as the query, weights from the customer base) differ from forward ones, so the floor is
/// well under the alert threshold; every candidate is then screened forward exactly as a
/// full re-screen would, so a low floor costs time, never a false alert. The equivalence
/// test (`crates/cli/tests/monitoring.rs`) checks that it loses nothing on a real update.
pub const REVERSE_FLOOR: f64 = 0.5;

/// The listed entities a list change asks to screen, and those that left.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    /// Keys added or whose content changed, in key order.
    pub screen: Vec<String>,
    /// Keys no longer in force, in key order.
    pub removed: Vec<String>,
}

/// The change from `old` to the lists in `new`, by entity key and content (the same
/// comparison as `nomina diff`).
pub fn change(old: &[ListSnapshot], new: &ListSet) -> Change {
    let new_snaps: Vec<ListSnapshot> = new.lists.iter().map(|l| l.snapshot.clone()).collect();
    let diff = nomina_lists::diff::diff(old, &new_snaps);
    let mut screen: Vec<String> = diff
        .added
        .iter()
        .map(|e| e.key.clone())
        .chain(diff.changed.iter().map(|c| c.key.clone()))
        .collect();
    screen.sort();
    screen.dedup();
    Change {
        screen,
        removed: diff.removed.iter().map(|e| e.key.clone()).collect(),
    }
}

/// An identifier as compared: letters and digits only, upper case.
pub fn identifier_key(id: &str) -> String {
    id.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_uppercase)
        .collect()
}

/// The customer base as a searchable index.
pub struct CustomerIndex {
    matcher: Matcher,
    by_identifier: HashMap<String, Vec<usize>>,
    /// For each distinct name indexed (entity `customer:<n>`), the customers bearing it.
    holders: Vec<Vec<usize>>,
}

impl CustomerIndex {
    /// Indexes customers by name (a [`Matcher`] over their distinct names, as if they were
    /// a list: a name many customers share is indexed once) and by identifier.
    pub fn build(customers: &[Customer]) -> CustomerIndex {
        let source = Source::Custom(CUSTOMER_PREFIX.into());
        let mut by_identifier: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_name: HashMap<&str, usize> = HashMap::new();
        let mut holders: Vec<Vec<usize>> = Vec::new();
        let mut entities: Vec<Entity> = Vec::new();
        for (i, c) in customers.iter().enumerate() {
            for id in &c.identifiers {
                let k = identifier_key(id);
                if !k.is_empty() {
                    by_identifier.entry(k).or_default().push(i);
                }
            }
            for name in &c.names {
                let n = *by_name.entry(name.as_str()).or_insert_with(|| {
                    entities.push(name_entity(&source, holders.len(), name));
                    holders.push(Vec::new());
                    holders.len() - 1
                });
                if holders[n].last() != Some(&i) {
                    holders[n].push(i);
                }
            }
        }
        let snapshot = ListSnapshot {
            version: ListVersion {
                source,
                format: "customers".into(),
                published: None,
                sha256: String::new(),
                files: Vec::new(),
            },
            entities,
            warnings: Vec::new(),
        };
        CustomerIndex {
            matcher: Matcher::build(std::slice::from_ref(&snapshot)),
            by_identifier,
            holders,
        }
    }

    /// Positions (in the customers given to [`CustomerIndex::build`]) of the customers a
    /// listed entity could hit: any of its names scoring at least [`REVERSE_FLOOR`] against
    /// a customer's name, or an identifier in common.
    pub fn candidates(&self, e: &Entity) -> BTreeSet<usize> {
        let mut out = BTreeSet::new();
        for name in &e.names {
            let q = Query {
                name: name.full.clone(),
                entity_type: None,
                dob: None,
                country: None,
                identifiers: Vec::new(),
            };
            if q.validate().is_err() {
                continue;
            }
            for h in self
                .matcher
                .screen(&q, REVERSE_FLOOR, usize::MAX)
                .unwrap_or_default()
            {
                out.extend(self.holders_of(&h.entity).iter().copied());
            }
        }
        for id in &e.identifiers {
            if let Some(found) = self.by_identifier.get(&identifier_key(&id.value)) {
                out.extend(found.iter().copied());
            }
        }
        out
    }

    /// [`CustomerIndex::candidates`] of many entities, on every core.
    pub fn candidates_of(&self, entities: &[&Entity]) -> super::Result<BTreeSet<usize>> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let chunk = entities.len().div_ceil(threads).max(1);
        std::thread::scope(|s| {
            let parts: Vec<_> = entities
                .chunks(chunk)
                .map(|part| {
                    s.spawn(move || {
                        part.iter()
                            .flat_map(|e| self.candidates(e))
                            .collect::<BTreeSet<usize>>()
                    })
                })
                .collect();
            let mut out = BTreeSet::new();
            for p in parts {
                out.extend(p.join().map_err(|_| {
                    super::MonitorError::Invalid("a reverse screening thread panicked".into())
                })?);
            }
            Ok(out)
        })
    }

    /// The customers bearing the indexed name with this key (`customer:<n>`).
    fn holders_of(&self, key: &str) -> &[usize] {
        key.strip_prefix(CUSTOMER_PREFIX)
            .and_then(|k| k.strip_prefix(':'))
            .and_then(|n| n.parse::<usize>().ok())
            .and_then(|n| self.holders.get(n))
            .map_or(&[], Vec::as_slice)
    }
}

/// One distinct customer name as an entity of the reverse index (`customer:<n>`).
fn name_entity(source: &Source, n: usize, name: &str) -> Entity {
    let names = vec![Name::new(name, NameKind::Primary)];
    Entity {
        key: source.key(&n.to_string()),
        source: source.clone(),
        entity_type: EntityType::Person,
        names,
        birth_dates: Vec::new(),
        birth_places: Vec::new(),
        nationalities: Vec::new(),
        citizenships: Vec::new(),
        addresses: Vec::new(),
        identifiers: Vec::new(),
        vessel: None,
        aircraft: None,
        gender: None,
        titles: Vec::new(),
        positions: Vec::new(),
        programmes: Vec::new(),
        other_references: Vec::new(),
        listed_on: None,
        last_updated: Vec::new(),
        remarks: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(reference: &str, name: &str, ids: &[&str]) -> Customer {
        Customer {
            reference: reference.into(),
            names: vec![name.into()],
            entity_type: None,
            dob: None,
            country: None,
            identifiers: ids.iter().map(|s| s.to_string()).collect(),
            updated: 0,
        }
    }

    #[test]
    fn identifiers_compare_without_punctuation_or_case() {
        assert_eq!(identifier_key("ab-12 3/x"), "AB123X");
    }

    #[test]
    fn a_listed_name_finds_its_customers_and_an_identifier_finds_its_own() {
        let base = vec![
            c("a", "Masud Azhar", &[]),
            c("b", "Ann Smith", &["P-123"]),
            c("c", "John Brown", &[]),
        ];
        let index = CustomerIndex::build(&base);
        let mut listed = name_entity(&Source::Un, 0, "Masood Azhar Alvi");
        listed.identifiers.push(
            serde_json::from_value(serde_json::json!({
                "kind": "passport", "label": "Passport", "value": "p123"
            }))
            .unwrap(),
        );
        let found = index.candidates(&listed);
        assert!(found.contains(&0), "{found:?}");
        assert!(found.contains(&1), "by identifier: {found:?}");
        assert!(!found.contains(&2));
    }
}
