//! The FCDO "UK Sanctions List", in its CSV and XML formats. Since 28 January 2026 it is the
//! only UK list (the OFSI consolidated list, read by [`crate::uk_ofsi`], was closed).
//!
//! # Format version followed
//!
//! The layout introduced by the FCDO's February 2022 format change ("UK Sanctions List: change
//! to the list's format", GOV.UK, updated 17 February 2022) as published in 2026 at
//! `sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.csv` and `.xml`. No copy of the real
//! file could be obtained here, so the reader and its fixtures follow the published header
//! and element names field for field.
//!
//! ## CSV
//!
//! * Line 1: `Report Date: dd-Mon-yyyy` (e.g. `Report Date: 08-Oct-2026`), the publication
//!   date. A file whose first line is already the header is accepted without a date.
//! * Line 2: the 58-column header `Last Updated, Unique ID, OFSI Group ID, UN Reference
//!   Number, Name 6, Name 1 … Name 5, Name type, Alias strength, Title, Name non-latin script,
//!   Non-latin script type, Non-latin script language, Regime Name, Designation Type,
//!   Designation source, Sanctions Imposed, Other Information, UK Statement of Reasons, Address
//!   Line 1 … Address Line 6, Address Postal Code, Address Country, Phone number, Website,
//!   Email address, Date Designated, D.O.B, Nationality(/ies), National Identifier number,
//!   National Identifier additional information, Passport number, Passport additional
//!   information, Position, Gender, Town of birth, Country of birth, Type of entity,
//!   Subsidiaries, Parent company, Business registration number (s), IMO number, Current
//!   owner/operator (s), Previous owner/operator (s), Current believed flag of ship, Previous
//!   flags, Type of ship, Tonnage of ship, Length of ship, Year Built, Hull identification
//!   number (HIN)`. Earlier files named `Designation Type` `Individual, Entity, Ship`; both
//!   are read.
//! * One row per name (and per address): a designation is every row sharing a `Unique ID`,
//!   keyed `uk:<Unique ID>` (e.g. `uk:AFG0001`). Values repeated on each row are kept once;
//!   cells holding several values separate them with `|`, as `Sanctions Imposed` does.
//! * UTF-8 (names in non-Latin script need it); a BOM is accepted.
//!
//! ## XML
//!
//! Root `Designations` holding `DateGenerated` (`dd/mm/yyyy`, the publication date) and one
//! `Designation` per target with `LastUpdated`, `DateDesignated`, `UniqueID`, `OFSIGroupID`,
//! `UNReferenceNumber`, `Names/Name` (`Name1`–`Name6`, `NameType`, `AliasStrength`),
//! `NonLatinNames/NonLatinName` (`NameNonLatinScript`, `NonLatinScriptType`,
//! `NonLatinScriptLanguage`), `Titles/Title`, `RegimeName`, `IndividualEntityShip`,
//! `DesignationSource`, `SanctionsImposed`, `SanctionsImposedIndicators`, `OtherInformation`,
//! `UKStatementofReasons`, `Addresses/Address` (`AddressLine1`–`6`, `AddressPostalCode`,
//! `AddressCountry`), `PhoneNumbers`, `EmailAddresses`, `Websites`, `IndividualDetails/
//! Individual` (`DOBs/DOB`, `Nationalities/Nationality`, `Positions/Position`,
//! `Genders/Gender`, `BirthDetails/Location` with `TownOfBirth`/`CountryOfBirth`,
//! `PassportDetails/Passport`, `NationalIdentifierDetails/NationalIdentifier`),
//! `EntityDetails/Entity` (`BusinessRegistrationNumbers`, `TypeOfEntities`,
//! `ParentCompanies`, `Subsidiaries`) and `ShipDetails/Ship` (`IMONumbers`,
//! `CurrentOwnerOperators`, `PreviousOwnerOperators`, `CurrentBelievedFlagOfShips`,
//! `PreviousFlags`, `TypeOfShipDetails`, `TonnageOfShipDetails`, `LengthOfShipDetails`,
//! `YearsBuilt`). The CSV's hull identification number column has no XML element in the
//! published copies seen; a `HullIdentificationNumbers/HullIdentificationNumber` is read if
//! present.
//!
//! # Mapping
//!
//! * `Name type` `Primary Name` is the primary name; `Primary Name Variation` (a spelling
//!   variant) and `Alias` are aliases, and an alias whose `Alias strength` is `Low quality`
//!   is a weak alias. Non-Latin names are original-script names with their language.
//! * Dates are `dd/mm/yyyy`; an unknown day or month is written `dd`/`mm` (or `00`), so
//!   `dd/mm/1945` is the year 1945 and nothing more.
//! * `OFSI Group ID` and `UN Reference Number` become other-list references (`OFSI Group ID
//!   12703`, `UN Ref TAe.010`), linking a designation to its old `uk:<Group ID>` key.
//! * Passports, national identifiers, business registration numbers, IMO numbers and hull
//!   numbers are identifiers; ship owner, flag, type and tonnage fill the vessel particulars.
//! * Other Information, the UK Statement of Reasons and the sanctions imposed make up the
//!   remarks. Phone numbers, e-mail addresses and websites are not screening data and are
//!   not kept.
//! * Unknown CSV columns and unknown elements of a `Designation` are errors naming them, so
//!   a format change is noticed instead of silently dropping data.

use crate::error::{line_of, ListError, Position};
use crate::uk_ofsi::{self, next_record, push_unique, LineCounter};
use crate::xml::{Element, XmlRecords};
use crate::{finish_snapshot, InputFile, ListSnapshot};
use nomina_model::{
    collapse_whitespace, Address, Entity, EntityType, FuzzyDate, IdKind, Identifier, Name,
    NameKind, NamePart, NamePartKind, Place, Source, VesselInfo,
};
use std::collections::HashMap;

/// Format name of the CSV, stored in the snapshot's version.
pub const FORMAT_CSV: &str = "uk-sl-csv";
/// Format name of the XML, stored in the snapshot's version.
pub const FORMAT_XML: &str = "uk-sl-xml";

/// Local names of the root element of the UK Sanctions List XML, for format detection.
pub const XML_ROOTS: &[&str] = &["Designations"];

/// Every column of the published CSV header, in file order.
const CSV_COLUMNS: [&str; 58] = [
    "Last Updated",
    "Unique ID",
    "OFSI Group ID",
    "UN Reference Number",
    "Name 6",
    "Name 1",
    "Name 2",
    "Name 3",
    "Name 4",
    "Name 5",
    "Name type",
    "Alias strength",
    "Title",
    "Name non-latin script",
    "Non-latin script type",
    "Non-latin script language",
    "Regime Name",
    "Designation Type",
    "Designation source",
    "Sanctions Imposed",
    "Other Information",
    "UK Statement of Reasons",
    "Address Line 1",
    "Address Line 2",
    "Address Line 3",
    "Address Line 4",
    "Address Line 5",
    "Address Line 6",
    "Address Postal Code",
    "Address Country",
    "Phone number",
    "Website",
    "Email address",
    "Date Designated",
    "D.O.B",
    "Nationality(/ies)",
    "National Identifier number",
    "National Identifier additional information",
    "Passport number",
    "Passport additional information",
    "Position",
    "Gender",
    "Town of birth",
    "Country of birth",
    "Type of entity",
    "Subsidiaries",
    "Parent company",
    "Business registration number (s)",
    "IMO number",
    "Current owner/operator (s)",
    "Previous owner/operator (s)",
    "Current believed flag of ship",
    "Previous flags",
    "Type of ship",
    "Tonnage of ship",
    "Length of ship",
    "Year Built",
    "Hull identification number (HIN)",
];

/// The name the designation-type column had before it was renamed `Designation Type`.
const LEGACY_TYPE_COLUMN: &str = "Individual, Entity, Ship";

/// Recognises the CSV from its first lines: `Report Date:` then a header starting `Last
/// Updated,Unique ID,`, or that header on line 1. OFSI files (`Last Updated,<date>`) are not
/// claimed.
pub(crate) fn sniff_csv(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let header = b"Last Updated,Unique ID,";
    if head.starts_with(header) {
        return true;
    }
    if !head.starts_with(b"Report Date:") {
        return false;
    }
    let second = head.split(|&b| b == b'\n').nth(1).unwrap_or_default();
    second.starts_with(header)
}

/// Everything one designation says, gathered from its CSV rows or its XML element before
/// it becomes an [`Entity`]. Lists keep file order and are deduplicated as they fill.
#[derive(Default)]
struct Designation {
    unique_id: String,
    position: Option<Position>,
    kind: Option<(EntityType, String)>,
    names: Vec<Name>,
    titles: Vec<String>,
    regimes: Vec<String>,
    references: Vec<String>,
    sanctions: Vec<String>,
    other_information: Vec<String>,
    reasons: Vec<String>,
    addresses: Vec<Address>,
    date_designated: Vec<String>,
    last_updated: Vec<String>,
    dobs: Vec<String>,
    nationalities: Vec<String>,
    national_ids: Vec<(String, Option<String>)>,
    passports: Vec<(String, Option<String>)>,
    positions: Vec<String>,
    genders: Vec<String>,
    birth: Vec<(Option<String>, Option<String>)>,
    registrations: Vec<String>,
    imo: Vec<String>,
    hin: Vec<String>,
    owners: Vec<String>,
    flags: Vec<String>,
    ship_types: Vec<String>,
    tonnage: Vec<String>,
}

impl Designation {
    fn err(&self, file: &InputFile, field: &str, message: impl Into<String>) -> ListError {
        let e = match self.position {
            Some(p) => ListError::at(&file.name, p, message),
            None => ListError::file(&file.name, message),
        };
        e.with_field(field)
    }

    fn set_kind(
        &mut self,
        raw: &str,
        file: &InputFile,
        at: Position,
        field: &str,
    ) -> Result<(), ListError> {
        let kind = match raw.trim().to_ascii_lowercase().as_str() {
            "individual" => EntityType::Person,
            "entity" => EntityType::Organization,
            "ship" => EntityType::Vessel,
            "" => {
                return Err(
                    ListError::at(&file.name, at, "the designation type is empty")
                        .with_field(field),
                )
            }
            other => {
                return Err(ListError::at(
                    &file.name,
                    at,
                    format!(
                        "unknown designation type {other:?} (expected Individual, Entity or Ship)"
                    ),
                )
                .with_field(field))
            }
        };
        match &self.kind {
            Some((k, _)) if *k != kind => Err(ListError::at(
                &file.name,
                at,
                format!("{} is given two designation types", self.unique_id),
            )
            .with_field(field)),
            _ => {
                self.kind = Some((kind, raw.trim().to_string()));
                Ok(())
            }
        }
    }

    /// Adds a Latin-script name from its parts (Name 1–5 then Name 6) and its type.
    #[allow(clippy::too_many_arguments)]
    fn add_name(
        &mut self,
        parts: [&str; 6],
        name_type: &str,
        strength: &str,
        file: &InputFile,
        at: Position,
        type_field: &str,
        strength_field: &str,
    ) -> Result<(), ListError> {
        let mut named: Vec<(NamePartKind, String)> = Vec::new();
        for (i, p) in parts.iter().enumerate() {
            let v = collapse_whitespace(p);
            if v.is_empty() {
                continue;
            }
            let kind = match i {
                0 => NamePartKind::Given,
                5 => NamePartKind::Family,
                _ => NamePartKind::Middle,
            };
            named.push((kind, v));
        }
        if named.is_empty() {
            return Ok(());
        }
        let kind = match name_type.trim().to_ascii_lowercase().as_str() {
            "primary name" => NameKind::Primary,
            "primary name variation" | "alias" => NameKind::Alias,
            "" => {
                return Err(ListError::at(&file.name, at, "the name has no name type").with_field(type_field))
            }
            other => {
                return Err(ListError::at(
                    &file.name,
                    at,
                    format!("unknown name type {other:?} (expected Primary Name, Primary Name Variation or Alias)"),
                )
                .with_field(type_field))
            }
        };
        let strength = strength.trim().to_ascii_lowercase();
        let kind = if strength.is_empty() || strength.starts_with("good quality") {
            kind
        } else if strength.starts_with("low quality") {
            if kind == NameKind::Primary {
                NameKind::Primary
            } else {
                NameKind::WeakAlias
            }
        } else {
            return Err(ListError::at(
                &file.name,
                at,
                format!(
                    "unknown alias strength {strength:?} (expected Good quality or Low quality)"
                ),
            )
            .with_field(strength_field));
        };
        let full = named
            .iter()
            .map(|(_, v)| v.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let mut name = Name::new(full, kind);
        name.parts = named
            .into_iter()
            .map(|(kind, value)| NamePart { kind, value })
            .collect();
        if !self
            .names
            .iter()
            .any(|n| n.full == name.full && n.kind == name.kind)
        {
            self.names.push(name);
        }
        Ok(())
    }

    fn add_original_script(&mut self, text: &str, language: &str) {
        let text = collapse_whitespace(text);
        if text.is_empty() {
            return;
        }
        let mut name = Name::new(&text, NameKind::OriginalScript);
        let language = collapse_whitespace(language);
        name.language = (!language.is_empty()).then_some(language);
        if !self
            .names
            .iter()
            .any(|n| n.full == name.full && n.kind == name.kind)
        {
            self.names.push(name);
        }
    }

    fn into_entity(
        self,
        file: &InputFile,
        warnings: &mut Vec<String>,
    ) -> Result<Entity, ListError> {
        let Some((entity_type, _)) = self.kind.clone() else {
            return Err(self.err(
                file,
                "Designation Type",
                format!("{} has no designation type", self.unique_id),
            ));
        };
        let mut names = self.names.clone();
        let primary = match names.iter().position(|n| n.kind == NameKind::Primary) {
            Some(p) => names.remove(p),
            None if names.is_empty() => {
                return Err(self.err(file, "Name 6", format!("{} has no name", self.unique_id)));
            }
            None => {
                warnings.push(format!(
                    "uk:{}: no Primary Name; the first name listed is used as primary",
                    self.unique_id
                ));
                let mut n = names.remove(0);
                n.kind = NameKind::Primary;
                n
            }
        };
        let mut e = Entity::new(Source::Uk, &self.unique_id, entity_type, primary);
        for mut n in names {
            // A second Primary Name row (another spelling) is kept as an alias.
            if n.kind == NameKind::Primary {
                n.kind = NameKind::Alias;
            }
            e.push_name(n);
        }
        e.titles = self.titles.clone();
        e.programmes = self.regimes.clone();
        e.other_references = self.references.clone();
        e.addresses = self.addresses.clone();
        e.positions = self.positions.clone();
        e.gender = self.genders.first().cloned();
        let key = e.key.clone();
        for d in &self.dobs {
            let b = uk_ofsi::birth_date(d, &key, warnings);
            if !e.birth_dates.contains(&b) {
                e.birth_dates.push(b);
            }
        }
        for n in &self.nationalities {
            push_unique(&mut e.nationalities, uk_ofsi::country(n));
        }
        for (town, ctry) in &self.birth {
            let raw = [town.as_deref(), ctry.as_deref()]
                .iter()
                .flatten()
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            let place = Place {
                city: town.clone(),
                region: None,
                country: ctry.as_deref().map(uk_ofsi::country),
                raw,
            };
            push_unique(&mut e.birth_places, place);
        }
        for (number, info) in &self.passports {
            push_unique(
                &mut e.identifiers,
                document(IdKind::Passport, "Passport number", number, info.as_deref()),
            );
        }
        for (number, info) in &self.national_ids {
            push_unique(
                &mut e.identifiers,
                document(
                    IdKind::NationalId,
                    "National Identifier number",
                    number,
                    info.as_deref(),
                ),
            );
        }
        for r in &self.registrations {
            push_unique(
                &mut e.identifiers,
                document(
                    IdKind::Registration,
                    "Business registration number",
                    r,
                    None,
                ),
            );
        }
        for i in &self.imo {
            push_unique(
                &mut e.identifiers,
                document(IdKind::Imo, "IMO number", i, None),
            );
        }
        for h in &self.hin {
            push_unique(
                &mut e.identifiers,
                document(IdKind::Other, "Hull identification number (HIN)", h, None),
            );
        }
        if entity_type == EntityType::Vessel {
            e.vessel = Some(VesselInfo {
                call_sign: None,
                vessel_type: join(&self.ship_types),
                flag: self.flags.first().map(|f| uk_ofsi::country(f)),
                tonnage: join(&self.tonnage),
                gross_registered_tonnage: None,
                owner: join(&self.owners),
            });
        }
        let mut listed: Option<FuzzyDate> = None;
        for d in &self.date_designated {
            let date = uk_ofsi::parse_dmy(d).map_err(|why| {
                self.err(
                    file,
                    "Date Designated",
                    format!("invalid date {d:?}: {why}"),
                )
            })?;
            listed = Some(listed.map_or(date, |l| l.min(date)));
        }
        e.listed_on = listed;
        for d in &self.last_updated {
            let date = uk_ofsi::parse_dmy(d).map_err(|why| {
                self.err(file, "Last Updated", format!("invalid date {d:?}: {why}"))
            })?;
            push_unique(&mut e.last_updated, date);
        }
        e.last_updated.sort();
        let mut remarks: Vec<String> = self.other_information.clone();
        for r in &self.reasons {
            remarks.push(format!("UK Statement of Reasons: {r}"));
        }
        if !self.sanctions.is_empty() {
            remarks.push(format!("Sanctions imposed: {}", self.sanctions.join("; ")));
        }
        if !remarks.is_empty() {
            e.remarks = Some(remarks.join("\n"));
        }
        Ok(e)
    }
}

fn join(v: &[String]) -> Option<String> {
    (!v.is_empty()).then(|| v.join("; "))
}

/// An identifier whose number is given on its own, with the list's free-text note.
fn document(kind: IdKind, label: &str, number: &str, info: Option<&str>) -> Identifier {
    let info = info.map(collapse_whitespace).filter(|s| !s.is_empty());
    let country = info.as_deref().and_then(|i| {
        let c = uk_ofsi::country(i);
        if c.code.is_some() {
            return Some(c);
        }
        // "Afghan passport", "Issued by Iran": a country word inside the note.
        i.split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| w.len() > 2 && w.chars().next().is_some_and(char::is_uppercase))
            .find_map(|w| nomina_model::country::lookup(w).map(|code| (w, code)))
            .map(|(w, code)| nomina_model::Country {
                code: Some(code.to_string()),
                raw: w.to_string(),
            })
    });
    Identifier {
        kind,
        label: label.to_string(),
        value: collapse_whitespace(number),
        country,
        issued: None,
        expires: None,
        note: info,
    }
}

/// Splits a multi-valued cell on `|`, trimming and dropping empty pieces.
fn pieces(s: &str) -> Vec<String> {
    s.split('|')
        .map(collapse_whitespace)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Adds every piece of a multi-valued cell to a list, once each.
fn add_all(list: &mut Vec<String>, cell: &str) {
    for p in pieces(cell) {
        push_unique(list, p);
    }
}

/// Pairs numbers with their notes piece by piece when both cells hold the same number of
/// pieces; otherwise a single note applies to every number, or the notes stay unpaired.
fn pair(numbers: &str, notes: &str) -> Vec<(String, Option<String>)> {
    let n = pieces(numbers);
    let i = pieces(notes);
    if n.len() == i.len() {
        return n.into_iter().zip(i.into_iter().map(Some)).collect();
    }
    if n.is_empty() {
        // A note without a number is kept as the identifier's whole text.
        return i.into_iter().map(|x| (x, None)).collect();
    }
    let shared = (i.len() == 1).then(|| i[0].clone());
    n.into_iter().map(|x| (x, shared.clone())).collect()
}

/// Towns and countries of birth from their two cells: piece by piece when they hold as many
/// pieces, one country for every town, or each on its own.
fn birth_pairs(towns: &str, countries: &str) -> Vec<(Option<String>, Option<String>)> {
    let t = pieces(towns);
    let c = pieces(countries);
    if t.is_empty() {
        return c.into_iter().map(|c| (None, Some(c))).collect();
    }
    if t.len() == c.len() {
        return t
            .into_iter()
            .zip(c)
            .map(|(t, c)| (Some(t), Some(c)))
            .collect();
    }
    if c.len() == 1 {
        return t
            .into_iter()
            .map(|t| (Some(t), Some(c[0].clone())))
            .collect();
    }
    t.into_iter()
        .map(|t| (Some(t), None))
        .chain(c.into_iter().map(|c| (None, Some(c))))
        .collect()
}

/// Reads a whole UK Sanctions List CSV.
pub fn parse_csv(file: &InputFile) -> Result<ListSnapshot, ListError> {
    uk_ofsi::refuse_utf16(file)?;
    let (bytes, skip) = match file.bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (&file.bytes[..], 0),
    };
    let text = uk_ofsi::decode_utf8(file, bytes, skip)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut lines = LineCounter::new(&text);

    let (first_line, first) = next_record(&mut records, &mut lines, file)?
        .ok_or_else(|| ListError::file(&file.name, "the file is empty"))?;
    let first_cell = first.get(0).unwrap_or("").trim();
    let (published, header_line, header) =
        if let Some(date) = first_cell.strip_prefix("Report Date:") {
            let published = parse_report_date(date.trim()).ok_or_else(|| {
                ListError::at(
                    &file.name,
                    Position::Line(first_line),
                    format!("report date {:?} is not dd-Mon-yyyy", date.trim()),
                )
                .with_field("Report Date")
            })?;
            let (l, h) = next_record(&mut records, &mut lines, file)?.ok_or_else(|| {
                ListError::at(
                    &file.name,
                    Position::Line(first_line + 1),
                    "file ends before the header line (truncated?)",
                )
            })?;
            (Some(published), l, h)
        } else {
            (None, first_line, first)
        };
    let cols = CsvColumns::from_header(&header, header_line, file)?;

    let mut designations: Vec<Designation> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut blank_rows = 0usize;
    while let Some((line, rec)) = next_record(&mut records, &mut lines, file)? {
        if rec.len() != header.len() {
            return Err(ListError::at(
                &file.name,
                Position::Line(line),
                format!(
                    "expected {} fields, found {} (truncated or malformed row)",
                    header.len(),
                    rec.len()
                ),
            ));
        }
        if rec.iter().all(|f| f.trim().is_empty()) {
            blank_rows += 1;
            continue;
        }
        let at = Position::Line(line);
        let get = |name: &str| cols.get(&rec, name);
        let uid = get("Unique ID").trim().to_string();
        if uid.is_empty() {
            return Err(
                ListError::at(&file.name, at, "row has no Unique ID").with_field("Unique ID")
            );
        }
        let names = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6"].map(get);
        if names.iter().all(|n| n.trim().is_empty())
            && get("Name non-latin script").trim().is_empty()
        {
            return Err(
                ListError::at(&file.name, at, format!("row of {uid} has no name"))
                    .with_field("Name 6"),
            );
        }
        let i = *index.entry(uid.clone()).or_insert_with(|| {
            designations.push(Designation {
                unique_id: uid.clone(),
                position: Some(at),
                ..Default::default()
            });
            designations.len() - 1
        });
        let d = &mut designations[i];
        d.set_kind(get(cols.type_column), file, at, cols.type_column)?;
        d.add_name(
            names,
            get("Name type"),
            get("Alias strength"),
            file,
            at,
            "Name type",
            "Alias strength",
        )?;
        d.add_original_script(
            get("Name non-latin script"),
            get("Non-latin script language"),
        );
        add_all(&mut d.titles, get("Title"));
        add_all(&mut d.regimes, get("Regime Name"));
        for g in pieces(get("OFSI Group ID")) {
            push_unique(&mut d.references, format!("OFSI Group ID {g}"));
        }
        for u in pieces(get("UN Reference Number")) {
            push_unique(&mut d.references, format!("UN Ref {u}"));
        }
        add_all(&mut d.sanctions, get("Sanctions Imposed"));
        push_text(&mut d.other_information, get("Other Information"));
        push_text(&mut d.reasons, get("UK Statement of Reasons"));
        let lines_of_address: Vec<String> = (1..=6)
            .map(|n| collapse_whitespace(get(&format!("Address Line {n}"))))
            .collect();
        if let Some(a) = address(
            &lines_of_address,
            get("Address Postal Code"),
            get("Address Country"),
        ) {
            push_unique(&mut d.addresses, a);
        }
        add_all(&mut d.date_designated, get("Date Designated"));
        add_all(&mut d.last_updated, get("Last Updated"));
        add_all(&mut d.dobs, get("D.O.B"));
        add_all(&mut d.nationalities, get("Nationality(/ies)"));
        for p in pair(
            get("National Identifier number"),
            get("National Identifier additional information"),
        ) {
            push_unique(&mut d.national_ids, p);
        }
        for p in pair(
            get("Passport number"),
            get("Passport additional information"),
        ) {
            push_unique(&mut d.passports, p);
        }
        add_all(&mut d.positions, get("Position"));
        add_all(&mut d.genders, get("Gender"));
        for b in birth_pairs(get("Town of birth"), get("Country of birth")) {
            push_unique(&mut d.birth, b);
        }
        add_all(
            &mut d.registrations,
            get("Business registration number (s)"),
        );
        add_all(&mut d.imo, get("IMO number"));
        add_all(&mut d.hin, get("Hull identification number (HIN)"));
        add_all(&mut d.owners, get("Current owner/operator (s)"));
        add_all(&mut d.flags, get("Current believed flag of ship"));
        add_all(&mut d.ship_types, get("Type of ship"));
        add_all(&mut d.tonnage, get("Tonnage of ship"));
    }

    let mut warnings = Vec::new();
    if blank_rows > 0 {
        warnings.push(format!("{blank_rows} empty rows skipped"));
    }
    let mut entities = Vec::with_capacity(designations.len());
    for d in designations {
        entities.push(d.into_entity(file, &mut warnings)?);
    }
    finish_snapshot(
        Source::Uk,
        FORMAT_CSV,
        published,
        &[file],
        entities,
        warnings,
    )
}

fn push_text(list: &mut Vec<String>, text: &str) {
    let t = collapse_whitespace(text);
    if !t.is_empty() {
        push_unique(list, t);
    }
}

fn address(lines: &[String], postcode: &str, country: &str) -> Option<Address> {
    let street: Vec<&str> = lines[..5]
        .iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    let postcode = collapse_whitespace(postcode);
    let country = collapse_whitespace(country);
    let a = Address {
        street: (!street.is_empty()).then(|| street.join(", ")),
        city: (!lines[5].is_empty()).then(|| lines[5].clone()),
        region: None,
        postal_code: (!postcode.is_empty()).then_some(postcode),
        country: (!country.is_empty()).then(|| uk_ofsi::country(&country)),
        note: None,
    };
    (a != Address::default()).then_some(a)
}

/// `08-Oct-2026` → 2026-10-08.
fn parse_report_date(s: &str) -> Option<FuzzyDate> {
    let mut it = s.split('-');
    let day: u8 = it.next()?.trim().parse().ok()?;
    let month = it.next()?.trim().to_ascii_lowercase();
    let year: i32 = it
        .next()
        .filter(|y| y.trim().len() == 4)?
        .trim()
        .parse()
        .ok()?;
    if it.next().is_some() {
        return None;
    }
    let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let m = months.iter().position(|m| month.starts_with(m))? as u8 + 1;
    FuzzyDate::ymd(year, m, day)
}

/// Where each known column sits in this file's header.
struct CsvColumns {
    index: HashMap<&'static str, usize>,
    type_column: &'static str,
}

impl CsvColumns {
    fn from_header(
        header: &csv::StringRecord,
        line: u64,
        file: &InputFile,
    ) -> Result<CsvColumns, ListError> {
        let at = Position::Line(line);
        let mut index = HashMap::new();
        let mut unknown = Vec::new();
        for (i, raw) in header.iter().enumerate() {
            let name = raw.trim().trim_start_matches('\u{feff}');
            let known = CSV_COLUMNS
                .iter()
                .chain([LEGACY_TYPE_COLUMN].iter())
                .find(|c| **c == name);
            match known {
                Some(c) => {
                    if index.insert(*c, i).is_some() {
                        return Err(ListError::at(
                            &file.name,
                            at,
                            format!("column `{c}` appears twice"),
                        )
                        .with_field(*c));
                    }
                }
                None if name.is_empty() => {}
                None => unknown.push(name.to_string()),
            }
        }
        if !unknown.is_empty() {
            return Err(ListError::at(
                &file.name,
                at,
                format!(
                    "unknown column(s) {} in the UK Sanctions List header",
                    unknown
                        .iter()
                        .map(|u| format!("`{u}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
            .with_field(unknown[0].clone()));
        }
        let type_column = if index.contains_key("Designation Type") {
            "Designation Type"
        } else {
            LEGACY_TYPE_COLUMN
        };
        for required in ["Unique ID", "Name 6", "Name type", type_column] {
            if !index.contains_key(required) {
                return Err(ListError::at(
                    &file.name,
                    at,
                    format!("header lacks column `{required}`"),
                )
                .with_field(required));
            }
        }
        Ok(CsvColumns { index, type_column })
    }

    fn get<'r>(&self, rec: &'r csv::StringRecord, name: &str) -> &'r str {
        self.index.get(name).and_then(|&i| rec.get(i)).unwrap_or("")
    }
}

/// Reads a whole UK Sanctions List XML.
pub fn parse_xml(file: &InputFile) -> Result<ListSnapshot, ListError> {
    let mut xml = XmlRecords::new(&file.name, &file.bytes)?;
    let mut published = None;
    let mut designations: Vec<Designation> = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    while let Some(el) = xml.next(&["Designation", "DateGenerated"])? {
        if !XML_ROOTS.contains(&xml.root_name.as_str()) {
            return Err(xml.error_at(
                &el,
                format!(
                    "root element is <{}>, expected <Designations>",
                    xml.root_name
                ),
            ));
        }
        if el.name == "DateGenerated" {
            let text = el.value().unwrap_or_default();
            let date = uk_ofsi::parse_dmy(&text)
                .ok()
                .filter(|d| d.day.is_some())
                .ok_or_else(|| {
                    xml.error_at(&el, format!("DateGenerated {text:?} is not dd/mm/yyyy"))
                })?;
            published = Some(date);
            continue;
        }
        let d = designation_from_xml(&el, &xml, file)?;
        if let Some(&first) = seen.get(&d.unique_id) {
            return Err(xml.error_at(
                &el,
                format!(
                    "duplicate UniqueID {} (first at designation {})",
                    d.unique_id,
                    first + 1
                ),
            ));
        }
        seen.insert(d.unique_id.clone(), designations.len());
        designations.push(d);
    }
    if xml.root_name.is_empty() || !XML_ROOTS.contains(&xml.root_name.as_str()) {
        return Err(ListError::file(
            &file.name,
            format!(
                "root element is <{}>, expected <Designations>",
                xml.root_name
            ),
        ));
    }
    xml.finish()?;
    let mut warnings = Vec::new();
    let mut entities = Vec::with_capacity(designations.len());
    for d in designations {
        entities.push(d.into_entity(file, &mut warnings)?);
    }
    finish_snapshot(
        Source::Uk,
        FORMAT_XML,
        published,
        &[file],
        entities,
        warnings,
    )
}

/// Children a `Designation` may have; anything else is refused.
const XML_CHILDREN: &[&str] = &[
    "LastUpdated",
    "DateDesignated",
    "UniqueID",
    "OFSIGroupID",
    "UNReferenceNumber",
    "Names",
    "NonLatinNames",
    "Titles",
    "RegimeName",
    "IndividualEntityShip",
    "DesignationSource",
    "SanctionsImposed",
    "SanctionsImposedIndicators",
    "OtherInformation",
    "UKStatementofReasons",
    "Addresses",
    "PhoneNumbers",
    "EmailAddresses",
    "Websites",
    "IndividualDetails",
    "EntityDetails",
    "ShipDetails",
];

/// Every element reached by following `path` below `el` (each step may repeat).
fn elements<'a>(el: &'a Element, path: &[&str]) -> Vec<&'a Element> {
    let mut cur: Vec<&Element> = vec![el];
    for step in path {
        cur = cur
            .iter()
            .flat_map(|e| e.children.iter().filter(|c| c.name == *step))
            .collect();
    }
    cur
}

/// Texts of every element reached by `path` below `el`.
fn texts(el: &Element, path: &[&str]) -> Vec<String> {
    elements(el, path)
        .iter()
        .filter_map(|e| e.value())
        .collect()
}

fn designation_from_xml(
    el: &Element,
    xml: &XmlRecords,
    file: &InputFile,
) -> Result<Designation, ListError> {
    for c in &el.children {
        if !XML_CHILDREN.contains(&c.name.as_str()) {
            return Err(xml.error_at(c, format!("unknown element <{}> in a Designation", c.name)));
        }
    }
    let at = Position::LineByte(line_of(&file.bytes, el.offset as usize), el.offset);
    let uid = el
        .text_of("UniqueID")
        .ok_or_else(|| xml.error_at(el, "designation has no UniqueID"))?;
    let mut d = Designation {
        unique_id: uid.clone(),
        position: Some(at),
        ..Default::default()
    };
    let kind_el = el.child("IndividualEntityShip");
    let kind_at = kind_el.map_or(at, |k| {
        Position::LineByte(line_of(&file.bytes, k.offset as usize), k.offset)
    });
    d.set_kind(
        &el.text_of("IndividualEntityShip").unwrap_or_default(),
        file,
        kind_at,
        "IndividualEntityShip",
    )?;
    for n in elements(el, &["Names", "Name"]) {
        let part = |name: &str| n.text_of(name).unwrap_or_default();
        let parts = [
            part("Name1"),
            part("Name2"),
            part("Name3"),
            part("Name4"),
            part("Name5"),
            part("Name6"),
        ];
        let name_at = Position::LineByte(line_of(&file.bytes, n.offset as usize), n.offset);
        d.add_name(
            parts.each_ref().map(String::as_str),
            &part("NameType"),
            &part("AliasStrength"),
            file,
            name_at,
            "NameType",
            "AliasStrength",
        )?;
    }
    for n in elements(el, &["NonLatinNames", "NonLatinName"]) {
        d.add_original_script(
            &n.text_of("NameNonLatinScript").unwrap_or_default(),
            &n.text_of("NonLatinScriptLanguage").unwrap_or_default(),
        );
    }
    if d.names.is_empty() {
        return Err(xml
            .error_at(el, format!("designation {uid} has no name"))
            .with_field("Names"));
    }
    let t = |path: &[&str]| texts(el, path);
    d.titles = t(&["Titles", "Title"]);
    d.regimes = t(&["RegimeName"]);
    for g in t(&["OFSIGroupID"]) {
        push_unique(&mut d.references, format!("OFSI Group ID {g}"));
    }
    for u in t(&["UNReferenceNumber"]) {
        push_unique(&mut d.references, format!("UN Ref {u}"));
    }
    for s in t(&["SanctionsImposed"]) {
        add_all(&mut d.sanctions, &s);
    }
    d.other_information = t(&["OtherInformation"]);
    d.reasons = t(&["UKStatementofReasons"]);
    for a in elements(el, &["Addresses", "Address"]) {
        let lines: Vec<String> = (1..=6)
            .map(|n| a.text_of(&format!("AddressLine{n}")).unwrap_or_default())
            .collect();
        let postcode = a.text_of("AddressPostalCode").unwrap_or_default();
        let country = a.text_of("AddressCountry").unwrap_or_default();
        if let Some(addr) = address(&lines, &postcode, &country) {
            push_unique(&mut d.addresses, addr);
        }
    }
    d.date_designated = t(&["DateDesignated"]);
    d.last_updated = t(&["LastUpdated"]);
    let ind = ["IndividualDetails", "Individual"];
    let under = |rest: &[&'static str]| -> Vec<&'static str> { [&ind[..], rest].concat() };
    d.dobs = t(&under(&["DOBs", "DOB"]));
    d.nationalities = t(&under(&["Nationalities", "Nationality"]));
    d.positions = t(&under(&["Positions", "Position"]));
    d.genders = t(&under(&["Genders", "Gender"]));
    for loc in elements(el, &under(&["BirthDetails", "Location"])) {
        let town = loc.text_of("TownOfBirth");
        let country = loc.text_of("CountryOfBirth");
        if town.is_some() || country.is_some() {
            push_unique(&mut d.birth, (town, country));
        }
    }
    for p in elements(el, &under(&["PassportDetails", "Passport"])) {
        if let Some(n) = p.text_of("PassportNumber") {
            push_unique(
                &mut d.passports,
                (n, p.text_of("PassportAdditionalInformation")),
            );
        }
    }
    for p in elements(
        el,
        &under(&["NationalIdentifierDetails", "NationalIdentifier"]),
    ) {
        if let Some(n) = p.text_of("NationalIdentifierNumber") {
            push_unique(
                &mut d.national_ids,
                (n, p.text_of("NationalIdentifierAdditionalInformation")),
            );
        }
    }
    d.registrations = t(&[
        "EntityDetails",
        "Entity",
        "BusinessRegistrationNumbers",
        "BusinessRegistrationNumber",
    ]);
    let ship = |rest: &[&'static str]| t(&[&["ShipDetails", "Ship"][..], rest].concat());
    d.imo = ship(&["IMONumbers", "IMONumber"]);
    d.hin = ship(&["HullIdentificationNumbers", "HullIdentificationNumber"]);
    d.owners = ship(&["CurrentOwnerOperators", "CurrentOwnerOperator"]);
    d.flags = ship(&["CurrentBelievedFlagOfShips", "CurrentBelievedFlagOfShip"]);
    d.ship_types = ship(&["TypeOfShipDetails", "TypeOfShip"]);
    d.tonnage = ship(&["TonnageOfShipDetails", "TonnageOfShip"]);
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_dates_read() {
        assert_eq!(
            parse_report_date("08-Oct-2026")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-10-08")
        );
        assert_eq!(
            parse_report_date("3-Sep-2026")
                .map(|d| d.to_string())
                .as_deref(),
            Some("2026-09-03")
        );
        assert_eq!(parse_report_date("31-Feb-2026"), None);
        assert_eq!(parse_report_date("2026-10-08"), None);
    }

    #[test]
    fn sniffer_claims_only_the_uk_sanctions_list_csv() {
        assert!(sniff_csv(
            b"Report Date: 08-Oct-2026\nLast Updated,Unique ID,OFSI Group ID\n"
        ));
        assert!(sniff_csv(
            b"\xEF\xBB\xBFReport Date: 08-Oct-2026\r\nLast Updated,Unique ID,OFSI"
        ));
        assert!(sniff_csv(b"Last Updated,Unique ID,OFSI Group ID\n"));
        assert!(!sniff_csv(b"Last Updated,02/04/2014\r\nName 6,Name 1"));
        assert!(!sniff_csv(b"Report Date: 08-Oct-2026\nsomething else\n"));
        assert!(!sniff_csv(b"id,name\n"));
    }

    #[test]
    fn multi_valued_cells_pair_numbers_with_notes() {
        assert_eq!(
            pair("A1|B2", "Afghan|Pakistani"),
            [
                ("A1".to_string(), Some("Afghan".to_string())),
                ("B2".to_string(), Some("Pakistani".to_string()))
            ]
        );
        assert_eq!(
            pair("A1|B2", "issued 2001"),
            [
                ("A1".to_string(), Some("issued 2001".to_string())),
                ("B2".to_string(), Some("issued 2001".to_string()))
            ]
        );
        assert_eq!(pair("A1", ""), [("A1".to_string(), None)]);
        assert!(pair("", "").is_empty());
        assert_eq!(birth_pairs("", "Iran"), [(None, Some("Iran".to_string()))]);
        assert_eq!(
            birth_pairs("Qom|Tehran", "Iran"),
            [
                (Some("Qom".to_string()), Some("Iran".to_string())),
                (Some("Tehran".to_string()), Some("Iran".to_string()))
            ]
        );
        let d = document(
            IdKind::Passport,
            "Passport number",
            "OR801168",
            Some("Afghan passport"),
        );
        assert_eq!(d.country.and_then(|c| c.code).as_deref(), Some("AF"));
    }
}
