//! A query from text fields (Python's arguments, an Arrow row, a CSV or JSON row): the one
//! place their text becomes a [`Query`], so every door reads type and date of birth the
//! same way.

use crate::error::FieldError;
use nomina_match::Query;
use nomina_model::{EntityType, FuzzyDate};

/// The fields of a query as text, before they are read.
#[derive(Debug, Default)]
pub struct RawQuery<'a> {
    /// The name (None reads as empty, which screening refuses).
    pub name: Option<&'a str>,
    /// Kind of party: person, organization, vessel or aircraft.
    pub entity_type: Option<&'a str>,
    /// Date of birth or incorporation: YYYY, YYYY-MM or YYYY-MM-DD.
    pub dob: Option<&'a str>,
    /// Country: a name, demonym or ISO code.
    pub country: Option<&'a str>,
    /// Identifiers, compared exactly.
    pub ids: Vec<String>,
}

impl RawQuery<'_> {
    /// Reads the fields; an unknown type or a malformed date is an error naming the field
    /// and the value.
    pub fn read(&self) -> Result<Query, FieldError> {
        let entity_type = match self.entity_type.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(EntityType::parse(s).ok_or_else(|| FieldError {
                field: "type".into(),
                message: format!("unknown type {s:?} (person, organization, vessel, aircraft)"),
            })?),
        };
        let dob = match self.dob.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(s.parse::<FuzzyDate>().map_err(|e| FieldError {
                field: "dob".into(),
                message: format!("dob {s:?}: {e}"),
            })?),
        };
        Ok(Query {
            name: self.name.unwrap_or_default().to_string(),
            entity_type,
            dob,
            country: self
                .country
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_string),
            identifiers: self.ids.clone(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_read_and_blanks_are_absent() {
        let q = RawQuery {
            name: Some("Ann Smith"),
            entity_type: Some(" Person "),
            dob: Some("1970-05"),
            country: Some("  "),
            ids: vec!["P1".into()],
        }
        .read()
        .unwrap();
        assert_eq!(q.entity_type, Some(EntityType::Person));
        assert_eq!(q.dob.unwrap().to_string(), "1970-05");
        assert_eq!(q.country, None);
        assert_eq!(q.identifiers, vec!["P1"]);
    }

    #[test]
    fn bad_values_name_their_field() {
        let bad_type = RawQuery {
            entity_type: Some("robot"),
            ..Default::default()
        };
        let e = bad_type.read().unwrap_err();
        assert_eq!(e.field, "type");
        assert_eq!(
            e.to_string(),
            "unknown type \"robot\" (person, organization, vessel, aircraft)"
        );
        let bad_dob = RawQuery {
            dob: Some("13/05/1957"),
            ..Default::default()
        };
        let e = bad_dob.read().unwrap_err();
        assert_eq!(e.field, "dob");
        assert!(e.message.starts_with("dob \"13/05/1957\": "), "{e}");
    }
}
