//! Secondary evidence: date of birth, country, type and identifiers.
//!
//! Evidence moves a name score up or down a little; it never decides alone, except an
//! identical identifier, which is decisive. Lists are sometimes wrong and callers' data
//! often is, so a contradiction lowers a score rather than discarding the hit.

use crate::Query;
use nomina_model::{Country, Entity, EntityType, FuzzyDate};
use serde::Serialize;

/// What the index keeps of an entity for scoring and display.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(crate) struct EntityFacts {
    /// Shared with every hit on the entity (a hit costs a count, not a copy).
    pub key: std::sync::Arc<str>,
    pub entity_type: EntityType,
    /// Shared like `key`.
    pub primary: std::sync::Arc<str>,
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

/// Every country of a listed entity that a queried country is compared with:
/// nationalities, citizenships, places of birth, addresses and a vessel's flag, in that
/// order (repeats kept).
pub fn compared_countries(e: &Entity) -> impl Iterator<Item = &Country> {
    e.nationalities
        .iter()
        .chain(&e.citizenships)
        .chain(e.birth_places.iter().filter_map(|p| p.country.as_ref()))
        .chain(e.addresses.iter().filter_map(|a| a.country.as_ref()))
        .chain(e.vessel.iter().filter_map(|v| v.flag.as_ref()))
}

impl EntityFacts {
    pub fn from_entity(e: &Entity) -> EntityFacts {
        let births = e
            .birth_dates
            .iter()
            .filter_map(|b| Some((b.from?, b.to.or(b.from)?, b.approximate)))
            .collect();
        let mut countries: Vec<String> = compared_countries(e)
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
            key: e.key.as_str().into(),
            entity_type: e.entity_type,
            primary: e.primary_name().into(),
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

/// Every piece of secondary evidence that was compared for a hit. Each finding is boxed:
/// most hits compare nothing (every hit of a text scan, a screening of a bare name), and
/// an empty evidence is then 32 bytes instead of 192 in every explanation kept.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Evidence {
    /// Date of birth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dob: Option<Box<Finding>>,
    /// Country.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<Box<Finding>>,
    /// Entity type.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub entity_type: Option<Box<Finding>>,
    /// Identifier: an exact match is decisive.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Box<Finding>>,
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

/// Every adjustment secondary evidence makes to a name score, in one table: the policy a
/// reviewer reads in one place, and the source of [`MAX_BONUS`], which candidate pruning
/// relies on. Agreement adds a little (it corroborates a name, never makes one);
/// contradiction subtracts more the surer it is: a date of birth decades away from a
/// precisely listed one, or a person screened against a company, is rarely the same party.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Adjustments {
    /// Same full date of birth as listed.
    pub dob_exact: f64,
    /// Date of birth within the listed range (or the same year as listed).
    pub dob_within: f64,
    /// Same year as a listed full date, other day: no information either way.
    pub dob_same_year_other_day: f64,
    /// One year outside the listed date or range: a common clerical slip.
    pub dob_near: f64,
    /// Two to five years outside.
    pub dob_far: f64,
    /// More than five years outside, both dates precise to the day: another generation.
    pub dob_disjoint: f64,
    /// The queried country is among the entity's countries.
    pub country_match: f64,
    /// The entity has countries and the queried one is not among them.
    pub country_contradicts: f64,
    /// A stated person type against an organisation, vessel or aircraft, or the reverse.
    pub type_person_vs_other: f64,
    /// A stated type that differs otherwise (organisation against vessel…).
    pub type_other: f64,
    /// A type inferred from a legal form in the name, against a listed person.
    pub inferred_vs_person: f64,
    /// A type inferred from a legal form, against another non-person type.
    pub inferred_other: f64,
}

/// The adjustments in force. The two surest contradictions (a person screened against an
/// organisation, a full date of birth more than five years from a full listed one) cost
/// 0.20: one of them brings an exact full-name match (1.0) down to the default threshold
/// 0.80 but not below it, while any inexact name falls below. Two contradictions do.
pub const ADJUSTMENTS: Adjustments = Adjustments {
    dob_exact: 0.05,
    dob_within: 0.03,
    dob_same_year_other_day: 0.0,
    dob_near: -0.02,
    dob_far: -0.08,
    dob_disjoint: -0.20,
    country_match: 0.03,
    country_contradicts: -0.04,
    type_person_vs_other: -0.20,
    type_other: -0.05,
    inferred_vs_person: -0.08,
    inferred_other: -0.04,
};

const fn max(a: f64, b: f64) -> f64 {
    if a > b {
        a
    } else {
        b
    }
}

/// Largest total upward adjustment evidence can make, derived from [`ADJUSTMENTS`]: the
/// best date-of-birth finding plus a country match (type and identifier findings never add).
/// Candidate pruning relies on it, so it is computed, never written down.
pub(crate) const MAX_BONUS: f64 = max(
    max(ADJUSTMENTS.dob_exact, ADJUSTMENTS.dob_within),
    ADJUSTMENTS.dob_same_year_other_day,
) + max(ADJUSTMENTS.country_match, 0.0);

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
        ev.dob = Some(Box::new(compare_dob(d, e)));
    }
    if let Some(raw) = &q.country {
        ev.country = Some(Box::new(match country_code {
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
                adjustment: ADJUSTMENTS.country_match,
                detail: format!("{code} is listed"),
            },
            Some(code) => Finding {
                outcome: "contradicts",
                adjustment: ADJUSTMENTS.country_contradicts,
                detail: format!("{code} not among listed {}", e.countries.join(", ")),
            },
        }));
    }
    if let Some(t) = q.entity_type {
        let adj = match (t, e.entity_type) {
            (a, b) if a == b => 0.0,
            (EntityType::Person, _) | (_, EntityType::Person) => ADJUSTMENTS.type_person_vs_other,
            _ => ADJUSTMENTS.type_other,
        };
        ev.entity_type = Some(Box::new(Finding {
            outcome: if adj == 0.0 { "match" } else { "contradicts" },
            adjustment: adj,
            detail: format!("query {} vs listed {}", t.as_str(), e.entity_type.as_str()),
        }));
    } else if let Some(t) = ctx.inferred_type {
        // Weaker than a stated type: the legal form could be part of a vessel's name.
        let adj = match (t, e.entity_type) {
            (a, b) if a == b => 0.0,
            (_, EntityType::Person) => ADJUSTMENTS.inferred_vs_person,
            _ => ADJUSTMENTS.inferred_other,
        };
        ev.entity_type = Some(Box::new(Finding {
            outcome: if adj == 0.0 { "match" } else { "contradicts" },
            adjustment: adj,
            detail: format!(
                "query has a legal form, so {}, vs listed {}",
                t.as_str(),
                e.entity_type.as_str()
            ),
        }));
    }
    for id in &q.identifiers {
        let n = normalise_identifier(id);
        if n.len() >= 4 && e.identifiers.contains(&n) {
            ev.identifier = Some(Box::new(Finding {
                outcome: "match",
                adjustment: 0.0,
                detail: format!("identifier {id} is listed"),
            }));
        }
    }
    ev
}

/// What a date of birth `gap` years outside the listed one costs; `precise` when both
/// dates are full dates.
fn dob_contradiction(gap: i32, precise: bool) -> f64 {
    match gap {
        ..=1 => ADJUSTMENTS.dob_near,
        2..=5 => ADJUSTMENTS.dob_far,
        _ if precise => ADJUSTMENTS.dob_disjoint,
        _ => ADJUSTMENTS.dob_far,
    }
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
                adjustment: ADJUSTMENTS.dob_exact,
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
                    adjustment: ADJUSTMENTS.dob_same_year_other_day,
                    detail: format!("{d}: same year as listed {range}, other day"),
                }
            } else {
                Finding {
                    outcome: "partial",
                    adjustment: ADJUSTMENTS.dob_within,
                    detail: format!("{d} within listed {range}"),
                }
            }
        } else {
            let gap = (d.year - to.year).max(from.year - d.year) - slack;
            let precise = from == to && from.day.is_some() && d.day.is_some();
            let adj = dob_contradiction(gap, precise);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn max_bonus_bounds_every_combination_of_findings() {
        let a = ADJUSTMENTS;
        let dob = [
            a.dob_exact,
            a.dob_within,
            a.dob_same_year_other_day,
            a.dob_near,
            a.dob_far,
            a.dob_disjoint,
            0.0,
        ];
        let country = [a.country_match, a.country_contradicts, 0.0];
        let types = [
            0.0,
            a.type_person_vs_other,
            a.type_other,
            a.inferred_vs_person,
            a.inferred_other,
        ];
        let mut best = f64::MIN;
        for d in dob {
            for c in country {
                for t in types {
                    best = best.max(d + c + t);
                }
            }
        }
        assert!((best - MAX_BONUS).abs() < 1e-12, "{best} vs {MAX_BONUS}");
    }

    #[test]
    fn date_contradictions_grow_with_the_gap() {
        assert_eq!(dob_contradiction(1, true), ADJUSTMENTS.dob_near);
        assert_eq!(dob_contradiction(4, true), ADJUSTMENTS.dob_far);
        assert_eq!(dob_contradiction(20, true), ADJUSTMENTS.dob_disjoint);
        // A year-only date is not sure enough for the largest cost.
        assert_eq!(dob_contradiction(20, false), ADJUSTMENTS.dob_far);
    }
}
