//! OFAC classic XML (`sdnList` schema): `sdn.xml` and the non-SDN `consolidated.xml`.
//!
//! One `<sdnEntry>` per record, keyed `ofac:<uid>`. The header `<publshInformation>` (sic)
//! carries `Publish_Date` (MM/DD/YYYY) and `Record_Count`; the count is checked against the
//! records read, so a cut or edited file is refused rather than loaded short. The namespace
//! changed between years, so every element is matched by local name.
//!
//! Mapping choices, shared with [`crate::ofac_enhanced`] through the `pub(crate)` helpers
//! here so that both OFAC XML formats give the same entity for the same record:
//!
//! * Names: `lastName` + `", "` + `firstName` (the CSV's "LAST, First"), with parts
//!   given/family when a first name is present (a lone `lastName` is the whole name). Aliases
//!   (`akaList/aka`): `category` `weak` → [`NameKind::WeakAlias`]; otherwise `f.k.a.` →
//!   [`NameKind::FormerName`], `a.k.a.`/`n.k.a.` → [`NameKind::Alias`]. The alias type other
//!   than a.k.a. is kept in the name's note.
//! * `idList/id` mixes documents with other facts; `classify` sorts them. Documents and
//!   contact/market identifiers (website, e-mail, ISIN…) become [`Identifier`]s; `Gender`
//!   becomes [`Entity::gender`]; vessel and aircraft particulars fill [`VesselInfo`] /
//!   [`AircraftInfo`]; the sanctions notes (`Additional Sanctions Information -`,
//!   `Secondary sanctions risk:`, directive dates, `Organization Type:`…) are not
//!   identifiers and are appended to [`Entity::remarks`] as `label value`, which is exactly
//!   how the legacy CSV prints them in its remarks column.
//! * `title` goes to [`Entity::titles`] whole (OFAC uses it for ranks and positions alike).
//! * The `remarks` element holds only residual text in this format (links, "all offices
//!   worldwide"): dates of birth, aliases and documents are structured elements, so the
//!   remarks text is kept whole and not mined.
//! * Dates of birth are free text ("1962", "10 Jul 1968", "circa 1955", "1951 to 1953",
//!   "Feb 1960"), read by `parse_date_text` at exactly the precision written. Text that
//!   is not a date is kept as a note-only [`BirthDate`] and counted in a warning.

use crate::error::{line_of, Position};
use crate::xml::{Element, XmlRecords};
use crate::{finish_snapshot, InputFile, ListError, ListSnapshot};
use nomina_model::{
    collapse_whitespace, Address, AircraftInfo, BirthDate, Country, Entity, EntityType, FuzzyDate,
    IdKind, Identifier, Name, NameKind, NamePart, NamePartKind, Place, Source, VesselInfo,
};
use std::collections::HashMap;

/// Format name stored in [`nomina_model::ListVersion::format`].
pub const FORMAT: &str = "ofac-xml";

/// Longest name accepted. The longest real OFAC name is about 200 characters; a name far
/// longer is a broken or hostile file, and would only slow every screening down.
pub const MAX_NAME_CHARS: usize = 1024;

/// Reads an OFAC classic XML file (`<sdnList>`) into a snapshot.
///
/// Fails, naming the file, line and field, on malformed XML, a DOCTYPE, a wrong root, a
/// missing or wrong `Record_Count`, a record without `uid` or name, a duplicate `uid`, an
/// unknown `sdnType` or a truncated file.
pub fn parse(file: &InputFile) -> Result<ListSnapshot, ListError> {
    let mut rec = XmlRecords::new(&file.name, &file.bytes)?;
    let mut header: Option<(Element, Header)> = None;
    let mut entities: Vec<Entity> = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut notes = Notes::default();
    let mut root_checked = false;

    while let Some(el) = rec.next(&["publshInformation", "sdnEntry"])? {
        if !root_checked {
            check_root(&rec, &file.bytes, "sdnList")?;
            root_checked = true;
        }
        if el.name == "publshInformation" {
            if header.is_some() {
                return Err(rec.error_at(&el, "second <publshInformation> header"));
            }
            let h = read_header(&rec, &el)?;
            header = Some((el, h));
            continue;
        }
        let entity = read_entry(&rec, &el, &mut notes)?;
        let uid = entity.key.clone();
        let line = line_of(&file.bytes, el.offset as usize);
        if let Some(first) = first_line.insert(uid.clone(), line) {
            return Err(rec
                .error_at(
                    &el,
                    format!("duplicate uid {uid} (first used at line {first})"),
                )
                .with_field("uid"));
        }
        entities.push(entity);
    }
    if !root_checked {
        check_root(&rec, &file.bytes, "sdnList")?;
    }

    let (header_el, header) = header.ok_or_else(|| {
        ListError::file(&file.name, "no <publshInformation> header: Record_Count is missing, so completeness cannot be checked")
            .with_field("publshInformation")
    })?;
    if header.record_count != entities.len() as u64 {
        return Err(rec
            .error_at(
                &header_el,
                format!(
                    "Record_Count says {} records but the file holds {}: the file is truncated or was edited",
                    header.record_count,
                    entities.len()
                ),
            )
            .with_field("Record_Count"));
    }
    finish_snapshot(
        Source::Ofac,
        FORMAT,
        Some(header.published),
        &[file],
        entities,
        notes.into_warnings(),
    )
}

struct Header {
    published: FuzzyDate,
    record_count: u64,
}

fn read_header(rec: &XmlRecords, el: &Element) -> Result<Header, ListError> {
    let date_el = el.child("Publish_Date").ok_or_else(|| {
        rec.error_at(el, "missing Publish_Date")
            .with_field("Publish_Date")
    })?;
    let date_text = date_el.value().unwrap_or_default();
    let published = parse_us_date(&date_text).ok_or_else(|| {
        rec.error_at(
            date_el,
            format!("Publish_Date {date_text:?} is not a MM/DD/YYYY date"),
        )
    })?;
    let count_el = el.child("Record_Count").ok_or_else(|| {
        rec.error_at(el, "missing Record_Count")
            .with_field("Record_Count")
    })?;
    let count_text = count_el.value().unwrap_or_default();
    let record_count = count_text.parse::<u64>().map_err(|_| {
        rec.error_at(
            count_el,
            format!("Record_Count {count_text:?} is not a number"),
        )
    })?;
    Ok(Header {
        published,
        record_count,
    })
}

/// `MM/DD/YYYY`, as in `Publish_Date`.
fn parse_us_date(text: &str) -> Option<FuzzyDate> {
    let mut it = text.trim().split('/');
    let (m, d, y) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() || y.len() != 4 {
        return None;
    }
    FuzzyDate::ymd(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn read_entry(rec: &XmlRecords, el: &Element, notes: &mut Notes) -> Result<Entity, ListError> {
    let uid = el
        .text_of("uid")
        .ok_or_else(|| rec.error_at(el, "record has no uid").with_field("uid"))?;
    if !uid
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    {
        return Err(rec.error_at(
            el.child("uid").unwrap_or(el),
            format!("uid {uid:?} is not an identifier"),
        ));
    }
    let type_el = el.child("sdnType").ok_or_else(|| {
        rec.error_at(el, format!("record uid {uid} has no sdnType"))
            .with_field("sdnType")
    })?;
    let type_text = type_el.value().unwrap_or_default();
    let entity_type = EntityType::parse(&type_text).ok_or_else(|| {
        rec.error_at(type_el, format!("record uid {uid}: unknown sdnType {type_text:?} (expected Individual, Entity, Vessel or Aircraft)"))
    })?;

    let primary = person_name(rec, el, NameKind::Primary)?.ok_or_else(|| {
        rec.error_at(el, format!("record uid {uid} has no name"))
            .with_field("lastName")
    })?;
    let mut e = Entity::new(Source::Ofac, &uid, entity_type, primary);

    for aka in el
        .path(&["akaList"])
        .into_iter()
        .flat_map(|l| l.children_named("aka"))
    {
        let category = aka
            .text_of("category")
            .unwrap_or_default()
            .to_ascii_lowercase();
        let alias_type = aka.text_of("type").unwrap_or_default();
        let kind = alias_kind(&alias_type, category == "weak");
        match person_name(rec, aka, kind)? {
            Some(mut name) => {
                name.note = alias_note(&alias_type);
                e.push_name(name);
            }
            None => notes.empty_aliases += 1,
        }
    }

    let mut remarks_notes: Vec<String> = Vec::new();
    let mut vessel = VesselInfo::default();
    let mut aircraft = AircraftInfo::default();

    for id in el
        .path(&["idList"])
        .into_iter()
        .flat_map(|l| l.children_named("id"))
    {
        let Some(label) = id.text_of("idType") else {
            continue;
        };
        let Some(value) = id.text_of("idNumber") else {
            continue;
        };
        let fact = classify(&label);
        match fact {
            Fact::Id(kind) => {
                let mut ident = Identifier {
                    kind: refine_id_kind(kind, &value),
                    label: clean_label(&label),
                    value,
                    country: id.text_of("idCountry").map(|c| Country::from_raw(&c)),
                    issued: None,
                    expires: None,
                    note: None,
                };
                let mut extra = Vec::new();
                if let Some(t) = id.text_of("issueDate") {
                    match parse_single_date(&t) {
                        Some(d) => ident.issued = Some(d),
                        None => extra.push(format!("issued {t}")),
                    }
                }
                if let Some(t) = id.text_of("expirationDate") {
                    match parse_single_date(&t) {
                        Some(d) => ident.expires = Some(d),
                        None => extra.push(format!("expires {t}")),
                    }
                }
                if !extra.is_empty() {
                    ident.note = Some(extra.join("; "));
                }
                push_identifier(&mut e, ident);
            }
            other => apply_fact(
                &mut e,
                &mut vessel,
                &mut aircraft,
                &mut remarks_notes,
                other,
                &label,
                &value,
                None,
            ),
        }
    }

    for a in el
        .path(&["addressList"])
        .into_iter()
        .flat_map(|l| l.children_named("address"))
    {
        let street: Vec<String> = ["address1", "address2", "address3"]
            .iter()
            .filter_map(|f| a.text_of(f))
            .collect();
        let addr = Address {
            street: (!street.is_empty()).then(|| street.join(", ")),
            city: a.text_of("city"),
            region: a.text_of("stateOrProvince"),
            postal_code: a.text_of("postalCode"),
            country: a.text_of("country").map(|c| Country::from_raw(&c)),
            note: a.text_of("region").map(|r| format!("region: {r}")),
        };
        if addr != Address::default() {
            e.addresses.push(addr);
        }
    }

    for n in el
        .path(&["nationalityList"])
        .into_iter()
        .flat_map(|l| l.children_named("nationality"))
    {
        if let Some(c) = n.text_of("country") {
            push_country(&mut e.nationalities, Country::from_raw(&c));
        }
    }
    for n in el
        .path(&["citizenshipList"])
        .into_iter()
        .flat_map(|l| l.children_named("citizenship"))
    {
        if let Some(c) = n.text_of("country") {
            push_country(&mut e.citizenships, Country::from_raw(&c));
        }
    }
    for d in el
        .path(&["dateOfBirthList"])
        .into_iter()
        .flat_map(|l| l.children_named("dateOfBirthItem"))
    {
        if let Some(text) = d.text_of("dateOfBirth") {
            let bd = parse_date_text(&text).unwrap_or_else(|| {
                notes.unreadable_dates.push(format!("ofac:{uid} {text:?}"));
                BirthDate {
                    from: None,
                    to: None,
                    approximate: false,
                    raw: text.clone(),
                }
            });
            if !e.birth_dates.contains(&bd) {
                e.birth_dates.push(bd);
            }
        }
    }
    for p in el
        .path(&["placeOfBirthList"])
        .into_iter()
        .flat_map(|l| l.children_named("placeOfBirthItem"))
    {
        if let Some(text) = p.text_of("placeOfBirth") {
            let place = place_from_text(&text);
            if !e.birth_places.contains(&place) {
                e.birth_places.push(place);
            }
        }
    }

    if let Some(v) = el.child("vesselInfo") {
        vessel.call_sign = vessel.call_sign.take().or_else(|| v.text_of("callSign"));
        vessel.vessel_type = vessel
            .vessel_type
            .take()
            .or_else(|| v.text_of("vesselType"));
        vessel.flag = vessel
            .flag
            .take()
            .or_else(|| v.text_of("vesselFlag").and_then(|f| flag_country(&f)));
        vessel.owner = vessel.owner.take().or_else(|| v.text_of("vesselOwner"));
        vessel.tonnage = vessel.tonnage.take().or_else(|| v.text_of("tonnage"));
        vessel.gross_registered_tonnage = vessel
            .gross_registered_tonnage
            .take()
            .or_else(|| v.text_of("grossRegisteredTonnage"));
    }
    if vessel != VesselInfo::default() {
        e.vessel = Some(vessel);
    }
    if aircraft != AircraftInfo::default() {
        e.aircraft = Some(aircraft);
    }

    for p in el
        .path(&["programList"])
        .into_iter()
        .flat_map(|l| l.children_named("program"))
    {
        if let Some(p) = p.value() {
            if !e.programmes.contains(&p) {
                e.programmes.push(p);
            }
        }
    }
    if let Some(t) = el.text_of("title") {
        e.titles.push(t);
    }
    e.remarks = join_remarks(el.text_of("remarks"), remarks_notes);
    Ok(e)
}

/// Builds "LAST, First" from an element with `lastName` / `firstName` children; `None` when
/// both are blank (an empty alias placeholder).
fn person_name(rec: &XmlRecords, el: &Element, kind: NameKind) -> Result<Option<Name>, ListError> {
    let last = el.text_of("lastName");
    let first = el.text_of("firstName");
    for f in ["lastName", "firstName"] {
        if let Some(c) = el.child(f) {
            check_name_len(rec, c, &c.text)?;
        }
    }
    let full = match (&last, &first) {
        (Some(l), Some(f)) => format!("{l}, {f}"),
        (Some(l), None) => l.clone(),
        (None, Some(f)) => f.clone(),
        (None, None) => return Ok(None),
    };
    let mut name = Name::new(full, kind);
    // Only a first name makes the split meaningful: a lone lastName is the whole name, be it
    // an organisation, a mononym or a weak alias written "ZAHAR, Mahmoud" in one field.
    if let Some(f) = first {
        name.parts.push(NamePart {
            kind: NamePartKind::Given,
            value: f,
        });
        if let Some(l) = last {
            name.parts.push(NamePart {
                kind: NamePartKind::Family,
                value: l,
            });
        }
    }
    Ok(Some(name))
}

fn check_name_len(rec: &XmlRecords, el: &Element, text: &str) -> Result<(), ListError> {
    let n = text.chars().count();
    if n > MAX_NAME_CHARS {
        return Err(rec.error_at(
            el,
            format!(
                "name is {n} characters long (more than {MAX_NAME_CHARS}): broken or hostile file"
            ),
        ));
    }
    Ok(())
}

/// Parse counters that become snapshot warnings.
#[derive(Default)]
pub(crate) struct Notes {
    /// Aliases with no text at all, skipped.
    pub empty_aliases: usize,
    /// Dates of birth kept as text only, `key "text"`.
    pub unreadable_dates: Vec<String>,
}

impl Notes {
    pub(crate) fn into_warnings(self) -> Vec<String> {
        let mut w = Vec::new();
        if self.empty_aliases > 0 {
            w.push(format!(
                "{} empty alias placeholder(s) skipped",
                self.empty_aliases
            ));
        }
        if !self.unreadable_dates.is_empty() {
            let shown: Vec<&str> = self
                .unreadable_dates
                .iter()
                .take(10)
                .map(String::as_str)
                .collect();
            w.push(format!(
                "{} date(s) of birth not readable as dates, kept as text: {}{}",
                self.unreadable_dates.len(),
                shown.join(", "),
                if self.unreadable_dates.len() > 10 {
                    ", …"
                } else {
                    ""
                }
            ));
        }
        w
    }
}

/// Checks the document's root element once it is known.
pub(crate) fn check_root(rec: &XmlRecords, bytes: &[u8], expected: &str) -> Result<(), ListError> {
    if rec.root_name != expected {
        return Err(ListError::at(
            rec.file(),
            Position::Line(line_of(bytes, root_offset(bytes))),
            format!(
                "root element is <{}>, expected <{expected}>: not this list format",
                rec.root_name
            ),
        )
        .with_field(rec.root_name.clone()));
    }
    Ok(())
}

fn root_offset(bytes: &[u8]) -> usize {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'<' && !matches!(bytes.get(i + 1), Some(b'?') | Some(b'!')) {
            return i;
        }
        i += 1;
    }
    0
}

/// The name kind for an OFAC alias: low quality wins over the alias type, because a weak
/// name must not alert on its own whatever its history.
pub(crate) fn alias_kind(alias_type: &str, weak: bool) -> NameKind {
    if weak {
        return NameKind::WeakAlias;
    }
    let t: String = alias_type
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    match t.as_str() {
        "fka" => NameKind::FormerName,
        _ => NameKind::Alias,
    }
}

/// Keeps an alias type other than plain a.k.a. as the name's note ("f.k.a.", "n.k.a.").
pub(crate) fn alias_note(alias_type: &str) -> Option<String> {
    let t = collapse_whitespace(alias_type);
    let letters: String = t
        .chars()
        .filter(|c| c.is_ascii_alphabetic())
        .collect::<String>()
        .to_ascii_lowercase();
    (!t.is_empty() && letters != "aka").then(|| t.to_ascii_lowercase())
}

/// What an OFAC `idType` / feature label denotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Fact {
    /// A document or other identifier, matched exactly.
    Id(IdKind),
    /// `Gender`.
    Gender,
    /// `Title`.
    Title,
    /// Vessel particulars.
    VesselCallSign,
    VesselType,
    VesselFlag,
    VesselOwner,
    VesselTonnage,
    VesselGrt,
    /// Aircraft particulars.
    AircraftModel,
    AircraftOperator,
    AircraftManufactured,
    /// A sanctions note or other fact that is not an identifier: kept in the remarks.
    Note,
}

/// An OFAC label as nomina stores it: typographic apostrophes made plain (the enhanced
/// export writes "Aircraft Manufacturer’s Serial Number (MSN)" where the CSV and classic
/// XML write "Manufacturer's"), so one label reads the same from every OFAC format.
pub(crate) fn clean_label(label: &str) -> String {
    collapse_whitespace(&label.replace(['\u{2019}', '\u{2018}'], "'"))
}

fn fold_label(label: &str) -> String {
    clean_label(label).to_lowercase()
}

/// Sorts an OFAC label (`idType` in the classic XML, feature or document type in the
/// enhanced XML) into identifiers, particulars and notes.
///
/// Unknown labels default to an identifier of kind [`IdKind::Other`], unless they read as
/// a note (ending in `:` or `-`, or naming a date or "information"): OFAC adds document
/// types over time, and losing a new document type to the remarks would cost decisive
/// evidence, while a new note type reads like the existing ones.
pub(crate) fn classify(label: &str) -> Fact {
    use IdKind::*;
    let l = fold_label(label);
    match l.as_str() {
        "gender" => Fact::Gender,
        "title" => Fact::Title,
        "vessel call sign" => Fact::VesselCallSign,
        "vessel type" => Fact::VesselType,
        "vessel flag" => Fact::VesselFlag,
        "vessel owner" => Fact::VesselOwner,
        "vessel tonnage" => Fact::VesselTonnage,
        "vessel gross registered tonnage" => Fact::VesselGrt,
        "aircraft model" => Fact::AircraftModel,
        "aircraft operator" => Fact::AircraftOperator,
        "aircraft manufacture date" => Fact::AircraftManufactured,
        "target type"
        | "issuer name"
        | "former vessel flag"
        | "other vessel flag"
        | "other vessel type"
        | "nationality of registration"
        | "registration country"
        | "vessel year of build"
        | "location"
        | "un/locode" => Fact::Note,
        "swift/bic" => Fact::Id(Bic),
        "mmsi" => Fact::Id(Mmsi),
        "other vessel call sign" => Fact::Id(CallSign),
        "vessel registration identification" => Fact::Id(Registration),
        "imo" | "imo number" | "international maritime organization no." => Fact::Id(Imo),
        "aircraft manufacturer's serial number (msn)" | "aircraft serial identification" => {
            Fact::Id(AircraftSerial)
        }
        "aircraft tail number" | "previous aircraft tail number" => Fact::Id(AircraftTail),
        "national id no."
        | "personal id card"
        | "cedula no."
        | "d.n.i."
        | "identification number"
        | "national foreign id number"
        | "kenyan id no."
        | "bosnian personal id no."
        | "moroccan personal id no."
        | "turkish identification number"
        | "tazkira national id card"
        | "uae identification"
        | "citizen's card number"
        | "c.u.r.p."
        | "cnp (personal numerical code)"
        | "numero de identidad"
        | "refugee id card"
        | "stateless person id card"
        | "ssn"
        | "c.i.n."
        | "c.u.i.p."
        | "i.f.e."
        | "c.u.i."
        | "credencial electoral" => Fact::Id(NationalId),
        "travel document number" => Fact::Id(Passport),
        "tax id no."
        | "v.a.t. number"
        | "r.f.c."
        | "rfc"
        | "nit #"
        | "c.u.i.t."
        | "c.i.f."
        | "n.i.f."
        | "rif #"
        | "ruc #"
        | "us fein"
        | "italian fiscal code"
        | "fiscal code"
        | "paraguayan tax identification number"
        | "romanian tax registration"
        | "numero unico de identificacao tributaria (nuit)"
        | "rtn"
        | "rsin" => Fact::Id(TaxId),
        "registration id"
        | "registration number"
        | "business registration number"
        | "business registration document #"
        | "company number"
        | "uk company number"
        | "public registration number"
        | "commercial registry number"
        | "c.r. no."
        | "certificate of incorporation number"
        | "unified social credit code (uscc)"
        | "united social credit code certificate (usccc)"
        | "chamber of commerce number"
        | "dubai chamber of commerce membership no."
        | "istanbul chamber of comm. no."
        | "registration certificate number (dubai)"
        | "matricula mercantil no"
        | "folio mercantil no."
        | "romanian c.r."
        | "enterprise number"
        | "business number"
        | "le number"
        | "government gazette number"
        | "central registration system number"
        | "economic register number (cbls)"
        | "russian state individual business registration number pattern (ogrnip)"
        | "registered charity no."
        | "msb registration number"
        | "trade license no."
        | "organization code"
        | "branch unit number"
        | "legal entity number"
        | "d-u-n-s number"
        | "license"
        | "permit number" => Fact::Id(Registration),
        _ => {
            if l.starts_with("digital currency address") {
                Fact::Id(CryptoWallet)
            } else if l.contains("passport") {
                Fact::Id(Passport)
            } else if l.ends_with(':')
                || l.ends_with('-')
                || l.starts_with("executive order")
                || l.contains("information")
                || l.contains(" date")
                || l.starts_with("date ")
            {
                Fact::Note
            } else {
                Fact::Id(Other)
            }
        }
    }
}

/// A value written `IMO 1234567` is an IMO ship or company number whatever the label
/// ("Vessel Registration Identification IMO 9187629", "Company Number IMO 5055293"), as
/// the CSV remarks reader also reads it.
pub(crate) fn refine_id_kind(kind: IdKind, value: &str) -> IdKind {
    let v = value.trim_start();
    let imo = v.len() > 4
        && v[..4].eq_ignore_ascii_case("IMO ")
        && v[4..].trim().bytes().all(|b| b.is_ascii_digit());
    if imo {
        IdKind::Imo
    } else {
        kind
    }
}

/// Applies a non-identifier fact. `country` is the resolved country for country-valued
/// facts (enhanced XML); otherwise the value text is read as a country.
#[allow(clippy::too_many_arguments)]
pub(crate) fn apply_fact(
    e: &mut Entity,
    vessel: &mut VesselInfo,
    aircraft: &mut AircraftInfo,
    remarks: &mut Vec<String>,
    fact: Fact,
    label: &str,
    value: &str,
    country: Option<Country>,
) {
    let v = Some(value.to_string());
    match fact {
        Fact::Id(_) => {}
        Fact::Gender => {
            if e.gender.is_none() {
                e.gender = v;
            } else if e.gender.as_deref() != Some(value) {
                remarks.push(note_text(label, value));
            }
        }
        Fact::Title => {
            if !e.titles.iter().any(|t| t == value) {
                e.titles.push(value.to_string());
            }
        }
        Fact::VesselCallSign => join_into(&mut vessel.call_sign, value),
        Fact::VesselType => join_into(&mut vessel.vessel_type, value),
        Fact::VesselOwner => join_into(&mut vessel.owner, value),
        Fact::VesselTonnage => join_into(&mut vessel.tonnage, value),
        Fact::VesselGrt => join_into(&mut vessel.gross_registered_tonnage, value),
        Fact::VesselFlag => {
            let c = country.or_else(|| flag_country(value));
            match (&vessel.flag, c) {
                (None, Some(c)) => vessel.flag = Some(c),
                (Some(_), Some(_)) => remarks.push(note_text(label, value)),
                _ => {}
            }
        }
        Fact::AircraftModel => join_into(&mut aircraft.model, value),
        Fact::AircraftOperator => join_into(&mut aircraft.operator, value),
        Fact::AircraftManufactured => join_into(&mut aircraft.manufactured, value),
        Fact::Note => remarks.push(note_text(label, value)),
    }
}

/// Fills a one-valued particular. Several values (OFAC lists a second operator or model)
/// are all kept, joined with `; ` as OFAC separates items, like the CSV remarks reader.
fn join_into(slot: &mut Option<String>, value: &str) {
    match slot {
        None => *slot = Some(value.to_string()),
        Some(v) if v.split("; ").any(|x| x == value) => {}
        Some(v) => {
            v.push_str("; ");
            v.push_str(value);
        }
    }
}

/// "Additional Sanctions Information - Subject to Secondary Sanctions" (labels that end in
/// their own punctuation) or "Target Type: Financial Institution".
pub(crate) fn note_text(label: &str, value: &str) -> String {
    let label = clean_label(label);
    if label.ends_with(':') || label.ends_with('-') {
        format!("{label} {value}")
    } else {
        format!("{label}: {value}")
    }
}

/// The remarks element followed by the notes, `; `-separated like the CSV remarks.
pub(crate) fn join_remarks(remarks: Option<String>, notes: Vec<String>) -> Option<String> {
    let mut parts: Vec<String> = remarks.into_iter().collect();
    for n in notes {
        if !parts.contains(&n) {
            parts.push(n);
        }
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// OFAC writes "None Identified" where a vessel has no known flag: that is not a country.
pub(crate) fn flag_country(text: &str) -> Option<Country> {
    let t = collapse_whitespace(text);
    if t.is_empty()
        || t.eq_ignore_ascii_case("none identified")
        || t.eq_ignore_ascii_case("unknown")
    {
        return None;
    }
    Some(Country::from_raw(&t))
}

/// Adds an identifier unless the same kind and value is already there.
pub(crate) fn push_identifier(e: &mut Entity, id: Identifier) {
    if !e
        .identifiers
        .iter()
        .any(|i| i.kind == id.kind && i.value == id.value && i.label == id.label)
    {
        e.identifiers.push(id);
    }
}

/// Adds a country unless the same raw text is already there.
pub(crate) fn push_country(list: &mut Vec<Country>, c: Country) {
    if !c.raw.is_empty() && !list.iter().any(|x| x.raw == c.raw) {
        list.push(c);
    }
}

/// A place of birth given as one string ("Qomshaneh, Hamadan Province, Iran"). The text is
/// kept whole; only the country is derived, from the last comma-separated part, and only
/// when it is a country nomina knows. City and region are not guessed.
pub(crate) fn place_from_text(text: &str) -> Place {
    let raw = collapse_whitespace(text);
    let last = raw.rsplit(',').next().unwrap_or("").trim();
    let country = nomina_model::country::lookup(last).map(|_| Country::from_raw(last));
    Place {
        city: None,
        region: None,
        country,
        raw,
    }
}

/// Removes Unicode bidirectional formatting marks (OFAC wraps Arabic-script names in
/// U+202B … U+202C). They are display instructions, not part of the name, and would make
/// an identical name compare unequal. Other format characters such as the zero-width
/// non-joiner are real Persian orthography and are kept.
pub(crate) fn strip_bidi(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(*c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .collect()
}

fn parse_year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

/// One date as OFAC writes it: `1962`, `Feb 1960`, `10 Jul 1968`, or ISO `1968-07-10`,
/// at exactly the precision written.
pub(crate) fn parse_single_date(text: &str) -> Option<FuzzyDate> {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words.as_slice() {
        [one] => parse_year(one)
            .map(FuzzyDate::year)
            .or_else(|| one.parse::<FuzzyDate>().ok()),
        [m, y] => FuzzyDate::ym(parse_year(y)?, nomina_model::month_from_name(m)?),
        [d, m, y] => {
            if d.len() > 2 || !d.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            FuzzyDate::ymd(
                parse_year(y)?,
                nomina_model::month_from_name(m)?,
                d.parse().ok()?,
            )
        }
        _ => None,
    }
}

/// Reads an OFAC date-of-birth text: a single date (`1962`, `Feb 1960`, `10 Jul 1968`),
/// optionally `circa`/`approximately`, or a range `A to B` of such dates. `None` when the
/// text is not a date or the range runs backwards; the caller keeps the text as a note.
pub(crate) fn parse_date_text(raw: &str) -> Option<BirthDate> {
    let text = collapse_whitespace(raw);
    let lower = text.to_ascii_lowercase();
    let (approximate, rest) = ["circa ", "approximately ", "approx. ", "ca. "]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| (true, &text[p.len()..])))
        .unwrap_or((false, text.as_str()));
    let lower_rest = rest.to_ascii_lowercase();
    let (from, to) = match lower_rest.find(" to ") {
        Some(i) => {
            let a = parse_single_date(&rest[..i])?;
            let b = parse_single_date(&rest[i + 4..])?;
            if span_end(&b) < span_start(&a) {
                return None;
            }
            (a, b)
        }
        None => {
            let d = parse_single_date(rest)?;
            (d, d)
        }
    };
    Some(BirthDate {
        from: Some(from),
        to: Some(to),
        approximate,
        raw: text,
    })
}

/// Earliest day a fuzzy date can mean, as (year, month, day), for ordering checks.
fn span_start(d: &FuzzyDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1))
}

/// Latest day a fuzzy date can mean.
fn span_end(d: &FuzzyDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(12), d.day.unwrap_or(31))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bd(from: FuzzyDate, to: FuzzyDate, approximate: bool, raw: &str) -> BirthDate {
        BirthDate {
            from: Some(from),
            to: Some(to),
            approximate,
            raw: raw.to_string(),
        }
    }

    #[test]
    fn date_text_keeps_the_precision_written() {
        let y = FuzzyDate::year;
        assert_eq!(
            parse_date_text("1962"),
            Some(bd(y(1962), y(1962), false, "1962"))
        );
        let d = FuzzyDate::ymd(1968, 7, 10).unwrap();
        assert_eq!(
            parse_date_text("10 Jul 1968"),
            Some(bd(d, d, false, "10 Jul 1968"))
        );
        let m = FuzzyDate::ym(1960, 2).unwrap();
        assert_eq!(
            parse_date_text("Feb 1960"),
            Some(bd(m, m, false, "Feb 1960"))
        );
        assert_eq!(
            parse_date_text("circa 1955"),
            Some(bd(y(1955), y(1955), true, "circa 1955"))
        );
        assert_eq!(
            parse_date_text("1951 to 1953"),
            Some(bd(y(1951), y(1953), false, "1951 to 1953"))
        );
        let (a, b) = (
            FuzzyDate::ymd(1965, 3, 21).unwrap(),
            FuzzyDate::ymd(1966, 3, 20).unwrap(),
        );
        assert_eq!(
            parse_date_text("21 Mar 1965 to 20 Mar 1966"),
            Some(bd(a, b, false, "21 Mar 1965 to 20 Mar 1966"))
        );
        let (a, b) = (
            FuzzyDate::ym(1955, 3).unwrap(),
            FuzzyDate::ym(1956, 3).unwrap(),
        );
        assert_eq!(
            parse_date_text("Mar 1955 to Mar 1956").map(|d| (d.from, d.to)),
            Some((Some(a), Some(b)))
        );
        assert_eq!(
            parse_date_text("  circa   1951 to 1953 ").map(|d| (d.approximate, d.raw)),
            Some((true, "circa 1951 to 1953".into()))
        );
        assert_eq!(parse_date_text("1968-07-10").and_then(|d| d.from), Some(d));
        assert_eq!(
            parse_date_text("10 July 1968").and_then(|d| d.from),
            Some(d)
        );
    }

    #[test]
    fn date_text_refuses_what_is_not_a_date() {
        for t in [
            "",
            "unknown",
            "31 Feb 1970",
            "1970 to 1960",
            "13/07/1968",
            "Jul",
            "100 Jul 1968",
            "19680",
            "10 Foo 1968",
        ] {
            assert_eq!(parse_date_text(t), None, "{t}");
        }
        assert_eq!(parse_single_date("00 Jul 1968"), None);
    }

    #[test]
    fn us_publish_dates() {
        assert_eq!(parse_us_date("04/06/2018"), FuzzyDate::ymd(2018, 4, 6));
        assert_eq!(parse_us_date("13/06/2018"), None);
        assert_eq!(parse_us_date("04/06/18"), None);
    }

    #[test]
    fn labels_are_sorted_into_identifiers_particulars_and_notes() {
        assert_eq!(classify("Passport"), Fact::Id(IdKind::Passport));
        assert_eq!(classify("Diplomatic Passport"), Fact::Id(IdKind::Passport));
        assert_eq!(classify("Registration ID"), Fact::Id(IdKind::Registration));
        assert_eq!(classify("Tax ID No."), Fact::Id(IdKind::TaxId));
        assert_eq!(classify("SWIFT/BIC"), Fact::Id(IdKind::Bic));
        assert_eq!(
            classify("Digital Currency Address - XBT"),
            Fact::Id(IdKind::CryptoWallet)
        );
        assert_eq!(
            classify("Aircraft Manufacturer’s Serial Number (MSN)"),
            Fact::Id(IdKind::AircraftSerial)
        );
        assert_eq!(
            classify("Aircraft Manufacturer's Serial Number (MSN)"),
            Fact::Id(IdKind::AircraftSerial)
        );
        assert_eq!(classify("Website"), Fact::Id(IdKind::Other));
        assert_eq!(classify("Gender"), Fact::Gender);
        assert_eq!(classify("Aircraft Model"), Fact::AircraftModel);
        for note in [
            "Additional Sanctions Information -",
            "Secondary sanctions risk:",
            "For more information, please see:",
            "Executive Order 13662 Directive Determination -",
            "Executive Order 14024 Directive Information",
            "Listing Date (CMIC)",
            "Organization Established Date",
            "Organization Type:",
            "Target Type",
            "Former Vessel Flag",
        ] {
            assert_eq!(classify(note), Fact::Note, "{note}");
        }
        assert_eq!(
            refine_id_kind(IdKind::Registration, "IMO 9187629"),
            IdKind::Imo
        );
        assert_eq!(
            refine_id_kind(IdKind::Registration, "ABC123"),
            IdKind::Registration
        );
        assert_eq!(
            refine_id_kind(IdKind::Registration, "IMO-FOO"),
            IdKind::Registration
        );
    }

    #[test]
    fn notes_and_names_helpers() {
        assert_eq!(
            note_text(
                "Additional Sanctions Information -",
                "Subject to Secondary Sanctions"
            ),
            "Additional Sanctions Information - Subject to Secondary Sanctions"
        );
        assert_eq!(
            note_text("Target Type", "Financial Institution"),
            "Target Type: Financial Institution"
        );
        assert_eq!(alias_kind("f.k.a.", false), NameKind::FormerName);
        assert_eq!(alias_kind("F.K.A.", true), NameKind::WeakAlias);
        assert_eq!(alias_kind("n.k.a.", false), NameKind::Alias);
        assert_eq!(alias_note("a.k.a."), None);
        assert_eq!(alias_note("F.K.A."), Some("f.k.a.".into()));
        assert_eq!(strip_bidi("\u{202B}لواء فاطميون\u{202C}"), "لواء فاطميون");
        assert_eq!(flag_country("None Identified"), None);
        let p = place_from_text("Qomshaneh, Hamadan Province, Iran");
        assert_eq!(p.country.and_then(|c| c.code).as_deref(), Some("IR"));
        assert_eq!(place_from_text("Shati").country, None);
    }

    #[test]
    fn namespaced_file_with_every_section() {
        let xml = r#"<?xml version="1.0" standalone="yes"?>
<s:sdnList xmlns:s="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML">
  <s:publshInformation><s:Publish_Date>12/31/2023</s:Publish_Date><s:Record_Count>1</s:Record_Count></s:publshInformation>
  <s:sdnEntry>
    <s:uid>36</s:uid><s:lastName>AEROCARIBBEAN AIRLINES</s:lastName><s:sdnType>Aircraft</s:sdnType>
    <s:programList><s:program>CUBA</s:program><s:program>CUBA</s:program></s:programList>
    <s:idList>
      <s:id><s:idType>Aircraft Model</s:idType><s:idNumber>An-26</s:idNumber></s:id>
      <s:id><s:idType>Aircraft Operator</s:idType><s:idNumber>A</s:idNumber></s:id>
      <s:id><s:idType>Aircraft Operator</s:idType><s:idNumber>B</s:idNumber></s:id>
      <s:id><s:idType>Gender</s:idType><s:idNumber>Female</s:idNumber></s:id>
      <s:id><s:idType>Passport</s:idType><s:idNumber>X1</s:idNumber><s:idCountry>Cuba</s:idCountry>
        <s:issueDate>01 Jan 2008 to 31 Dec 2010</s:issueDate></s:id>
    </s:idList>
    <s:akaList>
      <s:aka><s:uid>1</s:uid><s:type>n.k.a.</s:type><s:category>strong</s:category><s:lastName>NEW NAME</s:lastName></s:aka>
      <s:aka><s:uid>2</s:uid><s:type>a.k.a.</s:type><s:category>strong</s:category></s:aka>
    </s:akaList>
    <s:dateOfBirthList><s:dateOfBirthItem><s:dateOfBirth>unknown</s:dateOfBirth></s:dateOfBirthItem></s:dateOfBirthList>
  </s:sdnEntry>
</s:sdnList>
"#;
        let f = InputFile {
            name: "ns.xml".into(),
            bytes: xml.as_bytes().to_vec(),
        };
        let s = parse(&f).unwrap();
        let e = &s.entities[0];
        assert_eq!(
            (e.key.as_str(), e.entity_type),
            ("ofac:36", EntityType::Aircraft)
        );
        assert_eq!(e.programmes, ["CUBA"]);
        let air = e.aircraft.as_ref().unwrap();
        assert_eq!(
            (air.model.as_deref(), air.operator.as_deref()),
            (Some("An-26"), Some("A; B"))
        );
        assert_eq!(e.gender.as_deref(), Some("Female"));
        assert_eq!(e.identifiers.len(), 1);
        assert_eq!(e.identifiers[0].issued, None);
        assert_eq!(
            e.identifiers[0].note.as_deref(),
            Some("issued 01 Jan 2008 to 31 Dec 2010")
        );
        assert_eq!(
            (e.names[1].kind, e.names[1].note.as_deref()),
            (NameKind::Alias, Some("n.k.a."))
        );
        assert_eq!(e.names.len(), 2);
        assert_eq!(
            e.birth_dates,
            [BirthDate {
                from: None,
                to: None,
                approximate: false,
                raw: "unknown".into()
            }]
        );
        assert_eq!(s.version.published, FuzzyDate::ymd(2023, 12, 31));
        assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
        assert!(s.warnings[0].contains("1 empty alias"), "{:?}", s.warnings);
        assert!(
            s.warnings[1].contains("ofac:36 \"unknown\""),
            "{:?}",
            s.warnings
        );
    }
}
