//! List sources, versions and snapshots.

use crate::{Entity, FuzzyDate};
use serde::{Deserialize, Serialize};
use std::fmt;

/// The publisher a list comes from; the first half of every entity key (`un:QDi.422`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// UN Security Council Consolidated List.
    Un,
    /// US Treasury OFAC (SDN and consolidated non-SDN lists).
    Ofac,
    /// EU Financial Sanctions Files.
    Eu,
    /// UK (OFSI consolidated list, later the FCDO UK Sanctions List).
    Uk,
    /// A user's own list; the string is the key prefix the user chose.
    Custom(String),
}

impl Source {
    /// The key prefix, e.g. `un` or a custom list's own prefix.
    pub fn prefix(&self) -> &str {
        match self {
            Source::Un => "un",
            Source::Ofac => "ofac",
            Source::Eu => "eu",
            Source::Uk => "uk",
            Source::Custom(p) => p,
        }
    }

    /// Parses a key prefix back into a source; unknown prefixes are custom lists.
    pub fn from_prefix(prefix: &str) -> Source {
        match prefix {
            "un" => Source::Un,
            "ofac" => Source::Ofac,
            "eu" => Source::Eu,
            "uk" => Source::Uk,
            other => Source::Custom(other.to_string()),
        }
    }

    /// Builds the entity key `<prefix>:<id>` used everywhere (CLI, API, benchmarks).
    pub fn key(&self, id: &str) -> String {
        format!("{}:{}", self.prefix(), id.trim())
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.prefix())
    }
}

/// Identifies one published version of one list, so every screening result can say exactly
/// which data it was computed against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ListVersion {
    /// The publisher.
    pub source: Source,
    /// The file format it was read from, e.g. `un-xml`, `ofac-csv`, `uk-ofsi-csv`.
    pub format: String,
    /// Publication date printed in the file, when the format carries one.
    pub published: Option<FuzzyDate>,
    /// SHA-256 of the raw bytes of every file that made up this version, in read order,
    /// hex-encoded. Two versions with the same hash hold the same data.
    pub sha256: String,
    /// The files it was read from (names only, for display and audit).
    pub files: Vec<String>,
}

/// A fully parsed list version: what a parser returns and what the index is built from.
///
/// A snapshot is only ever produced whole: a parser either returns every record of a file
/// or an error, never a partial snapshot.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ListSnapshot {
    /// Which version this is.
    pub version: ListVersion,
    /// The listed entities, in file order.
    pub entities: Vec<Entity>,
    /// Non-fatal observations made while parsing (a missing companion file, a skipped
    /// empty alias placeholder count…), shown to the operator.
    pub warnings: Vec<String>,
}

impl ListSnapshot {
    /// A snapshot of entities made by hand, read from no file (tests, examples, a caller's
    /// own short list): format `hand-made`, no publication date, a zero checksum and one
    /// file name, `<source>.hand-made`, standing for it.
    pub fn hand_made(source: Source, entities: Vec<Entity>) -> ListSnapshot {
        ListSnapshot {
            version: ListVersion {
                files: vec![format!("{}.hand-made", source.prefix())],
                source,
                format: "hand-made".to_string(),
                published: None,
                sha256: "0".repeat(64),
            },
            entities,
            warnings: Vec::new(),
        }
    }

    /// Counts entities per type, in the order person, organization, vessel, aircraft.
    pub fn counts(&self) -> [(crate::EntityType, usize); 4] {
        use crate::EntityType::*;
        let mut out = [(Person, 0), (Organization, 0), (Vessel, 0), (Aircraft, 0)];
        for e in &self.entities {
            let i = match e.entity_type {
                Person => 0,
                Organization => 1,
                Vessel => 2,
                Aircraft => 3,
            };
            out[i].1 += 1;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Entity, EntityType, Name, NameKind};

    #[test]
    fn a_hand_made_snapshot_names_its_source_and_no_real_file() {
        let e = Entity::new(
            Source::Ofac,
            "1",
            EntityType::Person,
            Name::new("Test Person", NameKind::Primary),
        );
        let s = ListSnapshot::hand_made(Source::Ofac, vec![e]);
        assert_eq!(s.version.source, Source::Ofac);
        assert_eq!(s.version.format, "hand-made");
        assert_eq!(s.version.files, ["ofac.hand-made"]);
        assert!(s.version.published.is_none() && s.warnings.is_empty());
        assert_eq!(s.entities.len(), 1);
    }
}
