//! A query from Python's arguments or an Arrow row: the one place their text becomes a
//! [`Query`], so single and batch screening read type and date of birth the same way.

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
    /// Reads the fields; an unknown type or a malformed date is an error naming the value.
    pub fn read(&self) -> Result<Query, String> {
        let entity_type = match self.entity_type.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(EntityType::parse(s).ok_or_else(|| {
                format!("unknown type {s:?} (person, organization, vessel, aircraft)")
            })?),
        };
        let dob = match self.dob.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(
                s.parse::<FuzzyDate>()
                    .map_err(|e| format!("dob {s:?}: {e}"))?,
            ),
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
