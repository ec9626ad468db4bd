//! Secondary evidence: date of birth, country, type and identifiers.
//!
//! Evidence moves a name score up or down a little; it never decides alone, except an
//! identical identifier, which is decisive. Lists are sometimes wrong and callers' data
//! often is, so a contradiction lowers a score rather than discarding the hit.

use crate::Query;
use nomina_model::{Entity, EntityType, FuzzyDate};
use serde::Serialize;

/// What the index keeps of an entity for scoring and display.
#[derive(Debug)]
pub(crate) struct EntityFacts {
    pub key: String,
    pub entity_type: EntityType,
    pub primary: String,
    /// Birth dates as (from, to, approximate).
    pub births: Vec<(FuzzyDate, FuzzyDate, bool)>,
    /// ISO codes of every country linked to the entity (nationality, citizenship, birth,
    /// address, flag).
    pub countries: Vec<String>,
    /// Identifiers, normalised by [`normalise_identifier`].
    pub identifiers: Vec<String>,
}

/// Upper case letters and digits only: "AB 123-456" and "ab123456" are the same passport.
pub fn normalise_identifier(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

impl EntityFacts {
    pub fn from_entity(e: &Entity) -> EntityFacts {
        let births = e
            .birth_dates
            .iter()
            .filter_map(|b| Some((b.from?, b.to.or(b.from)?, b.approximate)))
            .collect();
        let mut countries: Vec<String> = e
            .nationalities
            .iter()
            .chain(&e.citizenships)
            .chain(e.birth_places.iter().filter_map(|p| p.country.as_ref()))
            .chain(e.addresses.iter().filter_map(|a| a.country.as_ref()))
            .chain(e.vessel.iter().filter_map(|v| v.flag.as_ref()))
            .filter_map(|c| c.code.clone())
            .collect();
        countries.sort();
        countries.dedup();
        let mut identifiers: Vec<String> = e
            .identifiers
            .iter()
            .map(|i| normalise_identifier(&i.value))
            .filter(|v| v.len() >= 4)
            .collect();
        identifiers.sort();
        identifiers.dedup();
        EntityFacts {
            key: e.key.clone(),
            entity_type: e.entity_type,
            primary: e.primary_name().to_string(),
            births,
            countries,
            identifiers,
        }
    }
}

/// How one piece of evidence compared, and what it did to the score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// `match`, `partial`, `contradicts` or `unknown` (the list says nothing).
    pub outcome: &'static str,
    /// Added to the name score (negative for a contradiction).
    pub adjustment: f64,
    /// What was compared, in words.
    pub detail: String,
}

/// Every piece of secondary evidence that was compared for a hit.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evidence {
    /// Date of birth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dob: Option<Finding>,
    /// Country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Finding>,
    /// Entity type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<Finding>,
    /// Identifier: an exact match is decisive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Finding>,
}

impl Evidence {
    /// The sum of all adjustments.
    pub fn total(&self) -> f64 {
        [
            &self.dob,
            &self.country,
            &self.entity_type,
            &self.identifier,
        ]
        .iter()
        .filter_map(|f| f.as_ref().map(|f| f.adjustment))
        .sum()
    }

    /// True when an identifier matched exactly.
    pub fn identifier_matched(&self) -> bool {
        self.identifier
            .as_ref()
            .is_some_and(|f| f.outcome == "match")
    }
}

/// Largest total upward adjustment evidence can make; candidate pruning relies on it.
pub(crate) const MAX_BONUS: f64 = 0.06;

/// The total adjustment [`compare`] would make, without building its explanation: the
/// form used on every candidate.
pub(crate) fn adjustment(q: &Query, ctx: &Context, e: &EntityFacts) -> (f64, bool) {
    if q.dob.is_none()
        && q.country.is_none()
        && q.entity_type.is_none()
        && ctx.inferred_type.is_none()
        && q.identifiers.is_empty()
    {
        return (0.0, false);
    }
    let ev = compare(q, ctx, e);
    (ev.total(), ev.identifier_matched())
}

/// What the query's evidence was read as, once per query.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Context {
    /// ISO code of the queried country, when recognised.
    pub country: Option<&'static str>,
    /// The type the name itself shows when the caller gave none: a legal form (Ltd, LLC,
    /// GmbH…) makes it an organisation.
    pub inferred_type: Option<EntityType>,
}

pub(crate) fn compare(q: &Query, ctx: &Context, e: &EntityFacts) -> Evidence {
    let country_code = ctx.country;
    let mut ev = Evidence::default();
    if let Some(d) = q.dob {
        ev.dob = Some(compare_dob(d, e));
    }
    if let Some(raw) = &q.country {
        ev.country = Some(match country_code {
            None => Finding {
                outcome: "unknown",
                adjustment: 0.0,
                detail: format!("country {raw:?} not recognised"),
            },
            Some(code) if e.countries.is_empty() => Finding {
                outcome: "unknown",
                adjustment: 0.0,
                detail: format!("no country listed to compare with {code}"),
            },
            Some(code) if e.countries.iter().any(|c| c == code) => Finding {
                outcome: "match",
                adjustment: 0.03,
                detail: format!("{code} is listed"),
            },
            Some(code) => Finding {
                outcome: "contradicts",
                adjustment: -0.04,
                detail: format!("{code} not among listed {}", e.countries.join(", ")),
            },
        });
    }
    if let Some(t) = q.entity_type {
        let adj = match (t, e.entity_type) {
            (a, b) if a == b => 0.0,
            (EntityType::Person, _) | (_, EntityType::Person) => -0.12,
            _ => -0.05,
        };
        ev.entity_type = Some(Finding {
            outcome: if adj == 0.0 { "match" } else { "contradicts" },
            adjustment: adj,
            detail: format!("query {} vs listed {}", t.as_str(), e.entity_type.as_str()),
        });
    } else if let Some(t) = ctx.inferred_type {
        // Weaker than a stated type: the legal form could be part of a vessel's name.
        let adj = match (t, e.entity_type) {
            (a, b) if a == b => 0.0,
            (_, EntityType::Person) => -0.08,
            _ => -0.04,
        };
        ev.entity_type = Some(Finding {
            outcome: if adj == 0.0 { "match" } else { "contradicts" },
            adjustment: adj,
            detail: format!(
                "query has a legal form, so {}, vs listed {}",
                t.as_str(),
                e.entity_type.as_str()
            ),
        });
    }
    for id in &q.identifiers {
        let n = normalise_identifier(id);
        if n.len() >= 4 && e.identifiers.contains(&n) {
            ev.identifier = Some(Finding {
                outcome: "match",
                adjustment: 0.0,
                detail: format!("identifier {id} is listed"),
            });
        }
    }
    ev
}

fn compare_dob(d: FuzzyDate, e: &EntityFacts) -> Finding {
    if e.births.is_empty() || e.entity_type != EntityType::Person {
        return Finding {
            outcome: "unknown",
            adjustment: 0.0,
            detail: format!("no date of birth listed to compare with {d}"),
        };
    }
    let mut best: Option<Finding> = None;
    for &(from, to, approx) in &e.births {
        let slack = if approx { 2 } else { 0 };
        let f = if from == to && from.compatible(&d) && from.month.is_some() && d.month.is_some() {
            Finding {
                outcome: "match",
                adjustment: 0.05,
                detail: format!("{d} matches listed {from}"),
            }
        } else if d.year >= from.year - slack && d.year <= to.year + slack {
            let range = if from == to {
                from.to_string()
            } else {
                format!("{from} to {to}")
            };
            if from == to && from.month.is_some() && d.month.is_some() && !from.compatible(&d) {
                Finding {
                    outcome: "partial",
                    adjustment: 0.0,
                    detail: format!("{d}: same year as listed {range}, other day"),
                }
            } else {
                Finding {
                    outcome: "partial",
                    adjustment: 0.03,
                    detail: format!("{d} within listed {range}"),
                }
            }
        } else {
            let gap = (d.year - to.year).max(from.year - d.year) - slack;
            let adj = if gap <= 1 { -0.02 } else { -0.08 };
            Finding {
                outcome: "contradicts",
                adjustment: adj,
                detail: format!(
                    "{d} vs listed {from}{}",
                    if from == to {
                        String::new()
                    } else {
                        format!(" to {to}")
                    }
                ),
            }
        };
        if best.as_ref().is_none_or(|b| f.adjustment > b.adjustment) {
            best = Some(f);
        }
    }
    best.unwrap_or(Finding {
        outcome: "unknown",
        adjustment: 0.0,
        detail: String::new(),
    })
}
