//! What a screening request asks.

use nomina_model::{EntityType, FuzzyDate};
use serde::{Deserialize, Serialize};

/// Longest name accepted, in characters. Real names are far shorter; a longer "name" is a
/// document pasted into the wrong field and belongs in text scanning.
pub const MAX_NAME_CHARS: usize = 500;

/// One screening query: a name and whatever secondary evidence the caller has.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Query {
    /// The name to screen (required).
    pub name: String,
    /// The kind of party, when known.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none", default)]
    pub entity_type: Option<EntityType>,
    /// Date of birth (or incorporation), `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub dob: Option<FuzzyDate>,
    /// Country of nationality, residence or registration: a name, demonym or ISO code.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<String>,
    /// Identifiers (passport, IMO, BIC…), compared exactly after removing spaces and
    /// punctuation.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub identifiers: Vec<String>,
}

/// Why a query cannot be screened. Screening never answers "no match" to a query it could
/// not run: it returns one of these instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// The name is empty or only spaces and punctuation.
    #[error("the name is empty (or has no letters or digits)")]
    EmptyName,
    /// The name is longer than [`MAX_NAME_CHARS`].
    #[error("the name is {0} characters long; names are limited to {MAX_NAME_CHARS} (scan documents with `nomina scan`)")]
    NameTooLong(usize),
    /// The name contains control characters (other than spaces and tabs).
    #[error("the name contains control character U+{0:04X} at character {1}")]
    ControlCharacter(u32, usize),
    /// The country or an identifier is longer than its limit ([`MAX_COUNTRY_CHARS`],
    /// [`MAX_IDENTIFIER_CHARS`]) or holds a control character.
    #[error("{field}: {reason}")]
    BadField {
        /// `country` or `identifiers[i]`.
        field: String,
        /// What is wrong, with the limit.
        reason: String,
    },
    /// More identifiers than [`MAX_IDENTIFIERS`].
    #[error("identifiers: {0} given; at most {MAX_IDENTIFIERS} per query")]
    TooManyIdentifiers(usize),
}

/// Longest country accepted: the longest official short name is well under it ("the United
/// Kingdom of Great Britain and Northern Ireland" is 56). Longer strings are refused rather
/// than compared and stored in the audit log.
pub const MAX_COUNTRY_CHARS: usize = 100;
/// Longest identifier accepted (passport, national id, IMO, BIC, IBAN: IBANs have 34).
pub const MAX_IDENTIFIER_CHARS: usize = 64;
/// Most identifiers in one query.
pub const MAX_IDENTIFIERS: usize = 20;

/// Checks one secondary field: at most `limit` characters, no control characters.
fn check_field(field: String, value: &str, limit: usize) -> Result<(), QueryError> {
    let n = value.chars().count();
    if n > limit {
        return Err(QueryError::BadField {
            field,
            reason: format!("{n} characters; the limit is {limit}"),
        });
    }
    if let Some((i, c)) = value.chars().enumerate().find(|(_, c)| c.is_control()) {
        return Err(QueryError::BadField {
            field,
            reason: format!("control character U+{:04X} at character {i}", c as u32),
        });
    }
    Ok(())
}

impl Query {
    /// A query with only a name.
    pub fn name(name: impl Into<String>) -> Query {
        Query {
            name: name.into(),
            ..Query::default()
        }
    }

    /// Checks the query: a name that is not empty, not too long and free of control
    /// characters; a country and identifiers within their limits.
    pub fn validate(&self) -> Result<(), QueryError> {
        if let Some(c) = &self.country {
            check_field("country".into(), c, MAX_COUNTRY_CHARS)?;
        }
        if self.identifiers.len() > MAX_IDENTIFIERS {
            return Err(QueryError::TooManyIdentifiers(self.identifiers.len()));
        }
        for (i, id) in self.identifiers.iter().enumerate() {
            check_field(format!("identifiers[{i}]"), id, MAX_IDENTIFIER_CHARS)?;
        }
        let n = self.name.chars().count();
        if n > MAX_NAME_CHARS {
            return Err(QueryError::NameTooLong(n));
        }
        if let Some((i, c)) = self
            .name
            .chars()
            .enumerate()
            .find(|(_, c)| c.is_control() && *c != '\t')
        {
            return Err(QueryError::ControlCharacter(c as u32, i));
        }
        if !self.name.chars().any(char::is_alphanumeric) {
            return Err(QueryError::EmptyName);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_names_are_rejected_with_reasons() {
        assert_eq!(Query::name("").validate(), Err(QueryError::EmptyName));
        assert_eq!(Query::name("  \t ").validate(), Err(QueryError::EmptyName));
        assert_eq!(Query::name("--").validate(), Err(QueryError::EmptyName));
        assert_eq!(
            Query::name("x".repeat(10_000)).validate(),
            Err(QueryError::NameTooLong(10_000))
        );
        assert_eq!(
            Query::name("a\u{7}b").validate(),
            Err(QueryError::ControlCharacter(7, 1))
        );
        assert_eq!(
            Query::name("a\nb").validate(),
            Err(QueryError::ControlCharacter(10, 1))
        );
        assert!(Query::name("Masood Azhar").validate().is_ok());
    }

    #[test]
    fn secondary_fields_are_bounded() {
        let mut q = Query::name("Masood Azhar");
        q.country = Some("x".repeat(MAX_COUNTRY_CHARS + 1));
        let e = q.validate().unwrap_err().to_string();
        assert!(e.starts_with("country: 101 characters"), "{e}");
        q.country = Some("Pakistan".into());
        q.identifiers = vec!["AB123".into(), "x".repeat(65)];
        let e = q.validate().unwrap_err().to_string();
        assert!(e.starts_with("identifiers[1]: 65 characters"), "{e}");
        q.identifiers = vec!["A\u{0}B".into()];
        assert!(q.validate().is_err());
        q.identifiers = vec!["AB123".into(); MAX_IDENTIFIERS + 1];
        assert_eq!(q.validate(), Err(QueryError::TooManyIdentifiers(21)));
        q.identifiers = vec!["AB123".into(); MAX_IDENTIFIERS];
        assert!(q.validate().is_ok());
    }

    #[test]
    fn json_shape_matches_the_benchmark() {
        let q: Query = serde_json::from_str(
            r#"{"name":"X","type":"person","dob":"1968","country":"Pakistan"}"#,
        )
        .unwrap();
        assert_eq!(q.entity_type, Some(EntityType::Person));
        assert_eq!(q.dob, Some(FuzzyDate::year(1968)));
    }
}
