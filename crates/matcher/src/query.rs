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
}

impl Query {
    /// A query with only a name.
    pub fn name(name: impl Into<String>) -> Query {
        Query {
            name: name.into(),
            ..Query::default()
        }
    }

    /// Checks the name: not empty, not too long, no control characters.
    pub fn validate(&self) -> Result<(), QueryError> {
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
    fn json_shape_matches_the_benchmark() {
        let q: Query = serde_json::from_str(
            r#"{"name":"X","type":"person","dob":"1968","country":"Pakistan"}"#,
        )
        .unwrap();
        assert_eq!(q.entity_type, Some(EntityType::Person));
        assert_eq!(q.dob, Some(FuzzyDate::year(1968)));
    }
}
