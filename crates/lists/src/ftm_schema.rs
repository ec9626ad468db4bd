//! The parts of the FollowTheMoney model that nomina reads and writes, as data: which
//! schemata are parties, which properties each party schema has, and FtM's topic codes.
//!
//! The names are facts of the FtM model as published in the `followthemoney` package
//! (version 4.9.2, the one the compatibility venv installs; its `schema/*.yaml` and
//! `types/topic.py`). Keeping them here lets the reader refuse a misspelt schema and the
//! writer emit only properties a schema defines, which `followthemoney` would otherwise drop
//! without a word.

use nomina_model::{EntityType, IdKind};

/// Every schema the FtM model defines. A schema outside this list is an error (a typo or
/// another format); one inside it that is not a party is skipped and counted.
pub const SCHEMATA: &[&str] = &[
    "Address",
    "Airplane",
    "Analyzable",
    "Article",
    "Asset",
    "Associate",
    "Audio",
    "BankAccount",
    "Call",
    "CallForTenders",
    "Company",
    "Contract",
    "ContractAward",
    "CourtCase",
    "CourtCaseParty",
    "CryptoWallet",
    "Debt",
    "Directorship",
    "Document",
    "Documentation",
    "EconomicActivity",
    "Email",
    "Employment",
    "Event",
    "Family",
    "Folder",
    "HyperText",
    "Identification",
    "Image",
    "Interest",
    "Interval",
    "LegalEntity",
    "License",
    "Membership",
    "Mention",
    "Message",
    "Note",
    "Occupancy",
    "Organization",
    "Ownership",
    "Package",
    "Page",
    "Pages",
    "Passport",
    "Payment",
    "Person",
    "PlainText",
    "Position",
    "Project",
    "ProjectParticipant",
    "PublicBody",
    "RealEstate",
    "Representation",
    "Risk",
    "Sanction",
    "Security",
    "Similar",
    "Succession",
    "Table",
    "TaxRoll",
    "Thing",
    "Trip",
    "UnknownLink",
    "UserAccount",
    "Value",
    "Vehicle",
    "Vessel",
    "Video",
    "Workbook",
];

/// The nomina type of a party schema; `None` for a schema nomina does not screen
/// (relationships, documents, assets other than vessels and aircraft).
///
/// ```
/// use nomina_lists::ftm_schema::entity_type;
/// use nomina_model::{EntityType, IdKind};
/// assert_eq!(entity_type("Company"), Some(EntityType::Organization));
/// assert_eq!(entity_type("Airplane"), Some(EntityType::Aircraft));
/// assert_eq!(entity_type("Ownership"), None);
/// ```
pub fn entity_type(schema: &str) -> Option<EntityType> {
    Some(match schema {
        "Person" => EntityType::Person,
        // LegalEntity is FtM's "person or organisation, not known which"; nomina's
        // organisation type is every party that is not a person or a craft.
        "Organization" | "Company" | "PublicBody" | "LegalEntity" => EntityType::Organization,
        "Vessel" => EntityType::Vessel,
        "Airplane" => EntityType::Aircraft,
        _ => return None,
    })
}

/// The schema nomina writes for an entity type when it has no FtM schema of its own.
pub fn default_schema(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "Person",
        EntityType::Organization => "Organization",
        EntityType::Vessel => "Vessel",
        EntityType::Aircraft => "Airplane",
    }
}

/// Properties every Thing has (among those nomina uses).
const THING: &[&str] = &[
    "name",
    "alias",
    "previousName",
    "weakAlias",
    "country",
    "notes",
    "sourceUrl",
    "topics",
    "address",
    "programId",
    "createdAt",
    "modifiedAt",
];

/// LegalEntity's own properties among those nomina uses.
const LEGAL_ENTITY: &[&str] = &[
    "abbreviation",
    "registrationNumber",
    "idNumber",
    "taxNumber",
    "swiftBic",
    "leiCode",
    "innCode",
    "ogrnCode",
    "vatCode",
    "okpoCode",
    "dunsCode",
    "jurisdiction",
    "mainCountry",
    "incorporationDate",
];

/// Person's own properties among those nomina uses.
const PERSON: &[&str] = &[
    "title",
    "firstName",
    "secondName",
    "middleName",
    "fatherName",
    "motherName",
    "lastName",
    "birthDate",
    "birthPlace",
    "birthCountry",
    "position",
    "nationality",
    "citizenship",
    "passportNumber",
    "socialSecurityNumber",
    "gender",
];

/// Vehicle's own properties among those nomina uses.
const VEHICLE: &[&str] = &["registrationNumber", "type", "model", "buildDate"];
/// Vessel's own properties among those nomina uses.
const VESSEL: &[&str] = &[
    "imoNumber",
    "flag",
    "callSign",
    "mmsi",
    "tonnage",
    "grossRegisteredTonnage",
];
/// Airplane's own properties among those nomina uses.
const AIRPLANE: &[&str] = &["serialNumber"];

/// True when `schema` (a party schema) defines `prop`, following FtM's inheritance
/// (Person and Organization extend LegalEntity, Company and PublicBody extend
/// Organization, Vessel and Airplane extend Vehicle; all extend Thing).
///
/// ```
/// use nomina_lists::ftm_schema::has_property;
/// assert!(has_property("Company", "imoNumber"));
/// assert!(!has_property("Person", "imoNumber"));
/// assert!(has_property("Vessel", "name"));
/// ```
pub fn has_property(schema: &str, prop: &str) -> bool {
    let own: &[&[&str]] = match schema {
        "Person" => &[LEGAL_ENTITY, PERSON],
        "Organization" | "Company" | "PublicBody" => &[LEGAL_ENTITY, &["imoNumber"]],
        "LegalEntity" => &[LEGAL_ENTITY],
        "Vessel" => &[VEHICLE, VESSEL],
        "Airplane" => &[VEHICLE, AIRPLANE],
        _ => &[],
    };
    THING.contains(&prop) || own.iter().any(|p| p.contains(&prop))
}

/// Identifier properties and the kind nomina gives their values, read in this order. On
/// the way out an identifier goes back to the property it came from (its label) when the
/// schema has it, else to the first property of its kind here that the schema has, else to
/// `idNumber` (legal entities) or `registrationNumber` (craft).
pub const ID_PROPERTIES: &[(&str, IdKind)] = &[
    ("passportNumber", IdKind::Passport),
    ("idNumber", IdKind::NationalId),
    ("socialSecurityNumber", IdKind::NationalId),
    ("taxNumber", IdKind::TaxId),
    ("innCode", IdKind::TaxId),
    ("vatCode", IdKind::TaxId),
    ("registrationNumber", IdKind::Registration),
    ("ogrnCode", IdKind::Registration),
    ("okpoCode", IdKind::Registration),
    ("imoNumber", IdKind::Imo),
    ("mmsi", IdKind::Mmsi),
    ("callSign", IdKind::CallSign),
    ("swiftBic", IdKind::Bic),
    ("serialNumber", IdKind::AircraftSerial),
    ("leiCode", IdKind::Other),
    ("dunsCode", IdKind::Other),
];

/// The kind of a value of identifier property `prop` on `schema`: an aircraft's
/// registration number is its tail mark, a non-person's `idNumber` is of no known kind.
pub fn id_kind(schema: &str, prop: &str) -> Option<IdKind> {
    let kind = ID_PROPERTIES.iter().find(|(p, _)| *p == prop)?.1;
    Some(match (schema, kind) {
        ("Airplane", IdKind::Registration) => IdKind::AircraftTail,
        (s, IdKind::NationalId) if s != "Person" => IdKind::Other,
        _ => kind,
    })
}

/// The property an identifier is written to on `schema` (see [`ID_PROPERTIES`]).
///
/// ```
/// use nomina_lists::ftm_schema::id_property;
/// use nomina_model::IdKind;
/// assert_eq!(id_property("Person", IdKind::Passport, "Passport"), "passportNumber");
/// assert_eq!(id_property("Company", IdKind::Passport, "Passport"), "idNumber");
/// assert_eq!(id_property("Company", IdKind::TaxId, "innCode"), "innCode");
/// assert_eq!(id_property("Airplane", IdKind::AircraftTail, ""), "registrationNumber");
/// ```
pub fn id_property(schema: &str, kind: IdKind, label: &str) -> &'static str {
    if let Some((p, _)) = ID_PROPERTIES
        .iter()
        .find(|(p, _)| *p == label && has_property(schema, p) && id_kind(schema, p) == Some(kind))
    {
        return p;
    }
    let wanted = match kind {
        IdKind::AircraftTail => IdKind::Registration,
        IdKind::Other => IdKind::NationalId,
        k => k,
    };
    ID_PROPERTIES
        .iter()
        .find(|(p, k)| *k == wanted && has_property(schema, p))
        .map(|(p, _)| *p)
        .unwrap_or(if has_property(schema, "idNumber") {
            "idNumber"
        } else {
            "registrationNumber"
        })
}

/// FtM's topic codes (`sanction`, `role.pep`, `crime.terror`…). nomina keeps topics and
/// programme ids together as an entity's programmes; this table tells them apart on the
/// way out.
pub const TOPICS: &[&str] = &[
    "asset.frozen",
    "corp.disqual",
    "corp.offshore",
    "corp.public",
    "corp.shell",
    "crime",
    "crime.boss",
    "crime.cyber",
    "crime.env",
    "crime.fin",
    "crime.fraud",
    "crime.terror",
    "crime.theft",
    "crime.traffick",
    "crime.traffick.drug",
    "crime.traffick.human",
    "crime.war",
    "debarment",
    "export.control",
    "export.control.linked",
    "export.risk",
    "fin",
    "fin.adivsor",
    "fin.bank",
    "fin.fund",
    "forced.labor",
    "gov",
    "gov.admin",
    "gov.executive",
    "gov.financial",
    "gov.head",
    "gov.igo",
    "gov.judicial",
    "gov.legislative",
    "gov.muni",
    "gov.national",
    "gov.religion",
    "gov.security",
    "gov.soe",
    "gov.state",
    "invest.ban",
    "invest.risk",
    "mare.detained",
    "mare.shadow",
    "mare.sts",
    "mil",
    "poi",
    "pol.party",
    "pol.union",
    "reg.action",
    "reg.warn",
    "rel",
    "role.acct",
    "role.act",
    "role.civil",
    "role.diplo",
    "role.journo",
    "role.judge",
    "role.lawyer",
    "role.lobby",
    "role.oligarch",
    "role.pep",
    "role.pep.frmr",
    "role.pep.intl",
    "role.pep.natl",
    "role.pol",
    "role.rca",
    "role.spy",
    "sanction",
    "sanction.control",
    "sanction.counter",
    "sanction.linked",
    "wanted",
];

/// True for one of FtM's topic codes.
pub fn is_topic(s: &str) -> bool {
    TOPICS.binary_search(&s).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_so_lookups_work() {
        assert!(TOPICS.windows(2).all(|w| w[0] < w[1]));
        assert!(SCHEMATA.windows(2).all(|w| w[0] < w[1]));
        assert!(is_topic("role.pep") && !is_topic("SDGT"));
    }

    #[test]
    fn every_party_schema_is_a_schema_and_names_things() {
        for s in SCHEMATA {
            if entity_type(s).is_some() {
                assert!(has_property(s, "name"), "{s}");
            }
        }
        for t in [
            EntityType::Person,
            EntityType::Organization,
            EntityType::Vessel,
            EntityType::Aircraft,
        ] {
            assert_eq!(entity_type(default_schema(t)), Some(t));
        }
        assert!(has_property("Airplane", "serialNumber"));
        assert!(!has_property("Vessel", "birthDate"));
    }
}
