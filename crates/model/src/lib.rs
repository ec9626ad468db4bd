//! The one entity model that every sanctions list is read into.
//!
//! UN, OFAC, EU, UK and custom lists describe the same things — people, organisations,
//! vessels and aircraft with names, dates of birth, nationalities and documents — in very
//! different shapes. Parsers in `nomina-lists` map each of them onto the types here, so that
//! matching, scanning, diffs and the service never need to know which list a record came
//! from. Everything is `serde`-serialisable: `nomina show KEY --json` prints these types.
//!
//! The model never invents precision: a date of birth given as a year stays a year
//! ([`FuzzyDate`]), a country that cannot be mapped to ISO 3166 keeps its raw text
//! ([`Country`]).
#![deny(missing_docs)]

pub mod acronyms;
pub mod country;
mod date;
mod entity;
pub mod qualifiers;
mod version;

pub use country::Country;
pub use date::{month_from_name, BirthDate, DateError, FuzzyDate};
pub use entity::{
    char_script, collapse_whitespace, detect_script, Address, AircraftInfo, Entity, EntityType,
    IdKind, Identifier, Name, NameKind, NamePart, NamePartKind, Place, Script, VesselInfo,
};
pub use version::{ListSnapshot, ListVersion, Source};
