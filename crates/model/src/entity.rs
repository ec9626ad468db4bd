//! Listed entities and their parts.

use crate::{BirthDate, Country, FuzzyDate, Source};
use serde::{Deserialize, Serialize};

/// What kind of party a record describes; screening weighs a type mismatch as evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A natural person.
    Person,
    /// A company, group, body or any other non-person, non-craft party.
    Organization,
    /// A ship.
    Vessel,
    /// An aircraft.
    Aircraft,
}

impl EntityType {
    /// Reads `person`, `organization` (or `organisation`, `entity`), `vessel`, `aircraft`,
    /// case-insensitively.
    pub fn parse(s: &str) -> Option<EntityType> {
        match s.trim().to_ascii_lowercase().as_str() {
            "person" | "individual" => Some(EntityType::Person),
            "organization" | "organisation" | "entity" | "company" => {
                Some(EntityType::Organization)
            }
            "vessel" | "ship" => Some(EntityType::Vessel),
            "aircraft" => Some(EntityType::Aircraft),
            _ => None,
        }
    }

    /// The lower-case name used in keys, JSON and the CLI.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Organization => "organization",
            EntityType::Vessel => "vessel",
            EntityType::Aircraft => "aircraft",
        }
    }
}

/// How a list presents a name; weak aliases and former names weigh differently in screening.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    /// The main name of the record.
    Primary,
    /// A strong "also known as".
    Alias,
    /// A low-quality alias (UN quality `Low`, OFAC remarks a.k.a., EU `strong=false`):
    /// too vague to alert on alone.
    WeakAlias,
    /// A former name (f.k.a.).
    FormerName,
    /// The name in its original, non-Latin script as listed.
    OriginalScript,
}

/// The writing system of a name, so a Cyrillic query can be compared with a Latin listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    /// Latin letters (with or without diacritics).
    Latin,
    /// Arabic script (Arabic, Persian, Urdu, Pashto).
    Arabic,
    /// Cyrillic.
    Cyrillic,
    /// Greek.
    Greek,
    /// Hebrew.
    Hebrew,
    /// Chinese characters.
    Han,
    /// Korean Hangul.
    Hangul,
    /// Japanese kana.
    Kana,
    /// Devanagari.
    Devanagari,
    /// Georgian.
    Georgian,
    /// Armenian.
    Armenian,
    /// Thai.
    Thai,
    /// Any other script, or a mix.
    Other,
}

/// The role of one part of a structured name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NamePartKind {
    /// Given (first) name.
    Given,
    /// Middle name.
    Middle,
    /// Family name / surname.
    Family,
    /// Patronymic.
    Patronymic,
    /// Matronymic.
    Matronymic,
    /// A part in listed order whose role the list does not say (UN `FIRST_NAME`…`FOURTH_NAME`).
    Ordered,
    /// Anything else the list names.
    Other,
}

/// One part of a structured name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NamePart {
    /// Role of the part.
    pub kind: NamePartKind,
    /// The text as listed.
    pub value: String,
}

/// One name of an entity, with its kind and, where the list gives them, its parts.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Name {
    /// The whole name as the list writes it (whitespace trimmed and collapsed).
    pub full: String,
    /// Primary, alias, weak alias, former name or original-script name.
    pub kind: NameKind,
    /// Structured parts, in listed order; empty when the list gives only a whole name.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub parts: Vec<NamePart>,
    /// The script the name is written in.
    pub script: Script,
    /// Language code when the list gives one (EU `nameLanguage`).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub language: Option<String>,
    /// A note the list attaches to this name.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub note: Option<String>,
}

impl Name {
    /// A whole name with no parts; the script is detected from the text.
    pub fn new(full: impl AsRef<str>, kind: NameKind) -> Name {
        let full = collapse_whitespace(full.as_ref());
        let script = detect_script(&full);
        Name {
            full,
            kind,
            parts: Vec::new(),
            script,
            language: None,
            note: None,
        }
    }
}

/// Trims and collapses runs of white space (lists pad fields and wrap long values).
pub fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The dominant script of a text, by counting letters.
pub fn detect_script(s: &str) -> Script {
    let mut counts = [0usize; 13];
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        let script = char_script(c);
        counts[script as usize] += 1;
    }
    let (best, n) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, usize::MAX - i))
        .unwrap();
    if *n == 0 {
        return Script::Latin;
    }
    ALL_SCRIPTS[best]
}

const ALL_SCRIPTS: [Script; 13] = [
    Script::Latin,
    Script::Arabic,
    Script::Cyrillic,
    Script::Greek,
    Script::Hebrew,
    Script::Han,
    Script::Hangul,
    Script::Kana,
    Script::Devanagari,
    Script::Georgian,
    Script::Armenian,
    Script::Thai,
    Script::Other,
];

/// The script of one character (letters only are meaningful).
pub fn char_script(c: char) -> Script {
    match c as u32 {
        0x0041..=0x024F | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F | 0xA720..=0xA7FF => Script::Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0530..=0x058F => Script::Armenian,
        0x0590..=0x05FF => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0900..=0x097F => Script::Devanagari,
        0x0E00..=0x0E7F => Script::Thai,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF => Script::Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
        0x3040..=0x30FF => Script::Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Script::Han,
        _ => Script::Other,
    }
}

/// A place (of birth, usually) as far as the list breaks it down.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Place {
    /// City or town.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub city: Option<String>,
    /// State, province or region.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub region: Option<String>,
    /// Country.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<Country>,
    /// The whole place as written (for lists that give one free-text string).
    pub raw: String,
}

/// A postal address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Address {
    /// Street lines, joined with ", ".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub street: Option<String>,
    /// City.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub city: Option<String>,
    /// State, province or region.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub region: Option<String>,
    /// Postal code.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub postal_code: Option<String>,
    /// Country.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<Country>,
    /// A note on the address.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub note: Option<String>,
}

/// The kind of an identifier; an exact match on a document number is decisive evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IdKind {
    /// Passport number.
    Passport,
    /// National identity number or card.
    NationalId,
    /// Tax identification number.
    TaxId,
    /// Company or business registration number.
    Registration,
    /// IMO ship or company number.
    Imo,
    /// Maritime Mobile Service Identity.
    Mmsi,
    /// Radio call sign.
    CallSign,
    /// SWIFT/BIC code.
    Bic,
    /// Cryptocurrency wallet address.
    CryptoWallet,
    /// Aircraft manufacturer's serial number.
    AircraftSerial,
    /// Aircraft tail number / registration mark.
    AircraftTail,
    /// Any other identifier; its label is in [`Identifier::label`].
    Other,
}

/// An identifying number or code attached to an entity.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Identifier {
    /// Normalised kind.
    pub kind: IdKind,
    /// The list's own label, e.g. "Passport", "Numéro de passeport", "Digital Currency Address - XBT".
    pub label: String,
    /// The number or code as listed.
    pub value: String,
    /// Issuing country.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub country: Option<Country>,
    /// Issue date.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub issued: Option<FuzzyDate>,
    /// Expiry date.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub expires: Option<FuzzyDate>,
    /// Any note (e.g. "issued in Kabul", "expired").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub note: Option<String>,
}

/// Vessel particulars.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct VesselInfo {
    /// Radio call sign.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub call_sign: Option<String>,
    /// Vessel type, e.g. "Crude Oil Tanker".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub vessel_type: Option<String>,
    /// Flag state.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub flag: Option<Country>,
    /// Tonnage as listed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub tonnage: Option<String>,
    /// Gross registered tonnage as listed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gross_registered_tonnage: Option<String>,
    /// Owner or operator as listed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub owner: Option<String>,
}

/// Aircraft particulars.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AircraftInfo {
    /// Model, e.g. "Airbus A340-313X".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub model: Option<String>,
    /// Operator.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub operator: Option<String>,
    /// Year or date of manufacture.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub manufactured: Option<String>,
}

/// One listed party, in the shape every list maps into.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// `<source>:<id>`, e.g. `un:QDi.422`, `ofac:11459`: stable across list versions.
    pub key: String,
    /// The publishing list.
    pub source: Source,
    /// Person, organization, vessel or aircraft.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Every name: the primary name first, then aliases in listed order.
    pub names: Vec<Name>,
    /// Dates of birth (or of registration/build, for lists that put them there).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub birth_dates: Vec<BirthDate>,
    /// Places of birth.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub birth_places: Vec<Place>,
    /// Nationalities.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub nationalities: Vec<Country>,
    /// Citizenships, where the list distinguishes them from nationality.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub citizenships: Vec<Country>,
    /// Addresses.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub addresses: Vec<Address>,
    /// Documents and other identifiers.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub identifiers: Vec<Identifier>,
    /// Vessel particulars, for vessels.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub vessel: Option<VesselInfo>,
    /// Aircraft particulars, for aircraft.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub aircraft: Option<AircraftInfo>,
    /// Gender as listed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub gender: Option<String>,
    /// Titles and honorifics (UN `TITLE`), kept apart from names.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub titles: Vec<String>,
    /// Positions and designations (UN `DESIGNATION`, OFSI `Position`).
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub positions: Vec<String>,
    /// Sanctions programmes or regimes, e.g. `SDGT`, `Al-Qaida`.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub programmes: Vec<String>,
    /// References to the same party on other lists, as printed (e.g. "UN Ref QDi.333").
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub other_references: Vec<String>,
    /// Date first listed.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub listed_on: Option<FuzzyDate>,
    /// Dates the record was amended.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub last_updated: Vec<FuzzyDate>,
    /// Free-text remarks, whole (OFAC remarks re-joined with their overflow).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub remarks: Option<String>,
}

impl Entity {
    /// An entity with a key, type and primary name and nothing else; parsers fill the rest.
    pub fn new(source: Source, id: &str, entity_type: EntityType, primary: Name) -> Entity {
        Entity {
            key: source.key(id),
            source,
            entity_type,
            names: vec![primary],
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

    /// The primary name (every entity has one: parsers reject records without a name).
    pub fn primary_name(&self) -> &str {
        self.names.first().map(|n| n.full.as_str()).unwrap_or("")
    }

    /// Adds a name unless the same text with the same kind is already there (lists repeat
    /// aliases, and OFSI repeats them once per address row).
    pub fn push_name(&mut self, name: Name) {
        if name.full.is_empty() {
            return;
        }
        if !self
            .names
            .iter()
            .any(|n| n.full == name.full && n.kind == name.kind)
        {
            self.names.push(name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_detected() {
        assert_eq!(detect_script("Masood Azhar"), Script::Latin);
        assert_eq!(detect_script("محمد مسعود أزهر"), Script::Arabic);
        assert_eq!(detect_script("Дмитрий"), Script::Cyrillic);
        assert_eq!(detect_script("金正恩"), Script::Han);
        assert_eq!(detect_script("김정은"), Script::Hangul);
        assert_eq!(detect_script("123"), Script::Latin);
    }

    #[test]
    fn names_are_trimmed_and_deduplicated() {
        let mut e = Entity::new(
            Source::Un,
            " QDi.422 ",
            EntityType::Person,
            Name::new(" A  B ", NameKind::Primary),
        );
        assert_eq!(e.key, "un:QDi.422");
        assert_eq!(e.primary_name(), "A B");
        e.push_name(Name::new("A B", NameKind::Primary));
        e.push_name(Name::new("", NameKind::Alias));
        e.push_name(Name::new("A B", NameKind::Alias));
        assert_eq!(e.names.len(), 2);
    }
}
