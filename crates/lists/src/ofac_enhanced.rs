//! OFAC Sanctions List Service "ENHANCED_XML" export (`<sanctionsData>`).
//!
//! The file starts with `publicationInfo` (`dataAsOf` → the published date),
//! `referenceValues` (every id the records refer to: entity types, alias types, scripts,
//! name-part and address-part types, document types, countries with ISO codes…) and
//! `featureTypes`; then one `entities/entity@id` per record, keyed `ofac:<id>`.
//! References are resolved through those tables, never through hard-coded ids, falling
//! back to the label OFAC prints inline next to each reference.
//!
//! Mapping choices (the shared ones live in [`crate::ofac_xml`], so both OFAC XML formats
//! agree):
//!
//! * Names: each `names/name` has translations. A Latin-script translation takes the
//!   name's own kind: primary, or by `aliasType` (F.K.A. → former name, A.K.A./N.K.A. →
//!   alias), with `isLowQuality` → weak alias whatever the type. Any other script gives an
//!   [`NameKind::OriginalScript`] name. `formattedFullName` is the name ("LAST, First");
//!   typed `nameParts` become parts (entity, vessel and aircraft name parts are the whole
//!   name and give none). Bidirectional formatting marks are removed.
//! * Features: `Birthdate` from `valueDate`. A non-range date spans
//!   `fromDateBegin..toDateEnd`; a range is `fromDateBegin..fromDateEnd` to
//!   `toDateBegin..toDateEnd`. A span that is exactly one year or one month is that year or
//!   month ([`FuzzyDate::year`] for 1972-01-01..1972-12-31): no day is invented.
//!   `isApproximate` → approximate. `Place of Birth`, `Nationality Country`,
//!   `Citizenship Country` (countries through the reference table, with OFAC's ISO code),
//!   `Gender`; vessel and aircraft particulars; identifiers (website, e-mail, digital
//!   currency addresses, aircraft serial numbers…); sanctions notes go to the remarks as in
//!   the classic XML.
//! * `identityDocuments` are always identifiers; an `isValid=false` document is kept with
//!   the note "not valid".
//! * `sanctionsLists/sanctionsList@datePublished` → [`Entity::listed_on`] (the earliest,
//!   when a party is on several lists); `sanctionsPrograms` → programmes;
//!   `relationships` → remarks ("Linked To: …"), as the legacy CSV remarks print them.

use crate::error::line_of;
use crate::ofac_xml::{
    alias_kind, alias_note, apply_fact, check_root, classify, clean_label, join_remarks,
    parse_date_text, place_from_text, push_country, push_identifier, refine_id_kind, strip_bidi,
    Fact, Notes, MAX_NAME_CHARS,
};
use crate::xml::{Element, XmlRecords};
use crate::{finish_snapshot, InputFile, ListError, ListSnapshot};
use nomina_model::{
    collapse_whitespace, Address, AircraftInfo, BirthDate, Country, Entity, EntityType, FuzzyDate,
    IdKind, Identifier, Name, NameKind, NamePart, NamePartKind, Source, VesselInfo,
};
use std::collections::HashMap;

/// Format name stored in [`nomina_model::ListVersion::format`].
pub const FORMAT: &str = "ofac-enhanced-xml";

/// Reads an OFAC enhanced XML export (`<sanctionsData>`) into a snapshot.
///
/// Fails, naming the file, line and field, on malformed XML, a DOCTYPE, a wrong root, a
/// truncated file, an entity without `id`, type or primary name, a duplicate `id`, or a
/// malformed machine date.
pub fn parse(file: &InputFile) -> Result<ListSnapshot, ListError> {
    let mut rec = XmlRecords::new(&file.name, &file.bytes)?;
    let mut refs = Refs::default();
    let mut published: Option<FuzzyDate> = None;
    let mut entities: Vec<Entity> = Vec::new();
    let mut first_line: HashMap<String, u64> = HashMap::new();
    let mut notes = Notes::default();
    let mut root_checked = false;

    while let Some(el) = rec.next(&[
        "publicationInfo",
        "referenceValues",
        "featureTypes",
        "entity",
    ])? {
        if !root_checked {
            check_root(&rec, &file.bytes, "sanctionsData")?;
            root_checked = true;
        }
        match el.name.as_str() {
            "publicationInfo" => published = read_publication(&rec, &el)?,
            "referenceValues" => refs.read_values(&el),
            "featureTypes" => refs.read_feature_types(&el),
            _ => {
                let entity = read_entity(&rec, &refs, &el, &mut notes)?;
                let line = line_of(&file.bytes, el.offset as usize);
                if let Some(first) = first_line.insert(entity.key.clone(), line) {
                    return Err(rec
                        .error_at(
                            &el,
                            format!(
                                "duplicate entity id {} (first used at line {first})",
                                entity.key
                            ),
                        )
                        .with_field("id"));
                }
                entities.push(entity);
            }
        }
    }
    if !root_checked {
        check_root(&rec, &file.bytes, "sanctionsData")?;
    }

    let mut warnings = notes.into_warnings();
    if published.is_none() {
        warnings.insert(
            0,
            "no publicationInfo/dataAsOf: the publication date is unknown".to_string(),
        );
    }
    finish_snapshot(Source::Ofac, FORMAT, published, &[file], entities, warnings)
}

fn read_publication(rec: &XmlRecords, el: &Element) -> Result<Option<FuzzyDate>, ListError> {
    let Some(d) = el.child("dataAsOf") else {
        return Ok(None);
    };
    let text = d.value().unwrap_or_default();
    iso_day(&text)
        .map(Some)
        .ok_or_else(|| rec.error_at(d, format!("dataAsOf {text:?} is not an ISO date-time")))
}

/// The day of an ISO date or date-time (`2024-08-28`, `2024-08-28T00:00:00`).
fn iso_day(text: &str) -> Option<FuzzyDate> {
    let day = text.trim().split('T').next()?;
    let d: FuzzyDate = day.parse().ok()?;
    d.day.is_some().then_some(d)
}

/// One `referenceValue`: its table (`type`), label (`value`) and, for countries, ISO code.
#[derive(Debug, Clone)]
struct RefValue {
    table: String,
    label: String,
    iso: Option<String>,
}

/// The lookup tables at the head of the file.
#[derive(Default)]
struct Refs {
    values: HashMap<String, RefValue>,
    feature_types: HashMap<String, String>,
}

impl Refs {
    fn read_values(&mut self, el: &Element) {
        for v in el.children_named("referenceValue") {
            let (Some(id), Some(label)) = (v.attr("refId"), v.text_of("value")) else {
                continue;
            };
            let iso = v
                .text_of("isoCode")
                .filter(|c| c.len() == 2 && c.bytes().all(|b| b.is_ascii_alphabetic()));
            let table = v.text_of("type").unwrap_or_default();
            self.values.insert(
                id.to_string(),
                RefValue {
                    table,
                    label,
                    iso: iso.map(|c| c.to_ascii_uppercase()),
                },
            );
        }
    }

    fn read_feature_types(&mut self, el: &Element) {
        for f in el.children_named("featureType") {
            if let (Some(id), Some(label)) = (f.attr("featureTypeId"), f.text_of("type")) {
                self.feature_types.insert(id.to_string(), label);
            }
        }
    }

    /// The label of a reference element (`<x refId="…">inline label</x>`): the table's
    /// label when the id is in the table `table`, else the inline text.
    fn label(&self, el: &Element, table: &str) -> Option<String> {
        el.attr("refId")
            .and_then(|id| self.values.get(id))
            .filter(|v| v.table.eq_ignore_ascii_case(table))
            .map(|v| v.label.clone())
            .or_else(|| el.value())
    }

    /// A country reference: OFAC's own ISO code when it gives one, else the code nomina
    /// derives from the name (OFAC has no code for "undetermined", "Region: Gaza"…).
    fn country(&self, el: &Element) -> Option<Country> {
        let from_table = el
            .attr("refId")
            .and_then(|id| self.values.get(id))
            .filter(|v| v.table == "COUNTRY");
        match from_table {
            Some(v) => Some(country_with_code(&v.label, v.iso.clone())),
            None => el.value().map(|t| Country::from_raw(&t)),
        }
    }

    fn country_by_id(&self, id: &str, fallback: &str) -> Option<Country> {
        match self.values.get(id).filter(|v| v.table == "COUNTRY") {
            Some(v) => Some(country_with_code(&v.label, v.iso.clone())),
            None => (!fallback.is_empty()).then(|| Country::from_raw(fallback)),
        }
    }
}

fn country_with_code(label: &str, iso: Option<String>) -> Country {
    let c = Country::from_raw(label);
    Country {
        code: iso.or(c.code),
        raw: c.raw,
    }
}

fn flag(el: &Element, name: &str) -> bool {
    el.text_of(name)
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
}

fn read_entity(
    rec: &XmlRecords,
    refs: &Refs,
    el: &Element,
    notes: &mut Notes,
) -> Result<Entity, ListError> {
    let id = el
        .attr("id")
        .map(collapse_whitespace)
        .filter(|i| !i.is_empty())
        .ok_or_else(|| {
            rec.error_at(el, "entity has no id attribute")
                .with_field("id")
        })?;
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    {
        return Err(rec
            .error_at(el, format!("entity id {id:?} is not an identifier"))
            .with_field("id"));
    }
    let type_el = el.path(&["generalInfo", "entityType"]).ok_or_else(|| {
        rec.error_at(el, format!("entity {id} has no generalInfo/entityType"))
            .with_field("entityType")
    })?;
    let type_label = refs.label(type_el, "SDN TYPE").unwrap_or_default();
    let entity_type = EntityType::parse(&type_label).ok_or_else(|| {
        rec.error_at(type_el, format!("entity {id}: unknown entity type {type_label:?} (expected Individual, Entity, Vessel or Aircraft)"))
    })?;

    let names = read_names(rec, refs, el, entity_type)?;
    let primary_at = names
        .iter()
        .position(|n| n.kind == NameKind::Primary)
        .ok_or_else(|| {
            rec.error_at(el, format!("entity {id} has no primary name"))
                .with_field("names")
        })?;
    let mut names = names;
    let primary = names.remove(primary_at);
    let mut e = Entity::new(Source::Ofac, &id, entity_type, primary);
    for n in names {
        e.push_name(n);
    }
    notes.empty_aliases += count_empty_names(el);

    if let Some(g) = el.child("generalInfo") {
        if let Some(t) = g.text_of("title") {
            e.titles.push(t);
        }
    }
    let mut remarks: Vec<String> = Vec::new();

    for l in el
        .path(&["sanctionsLists"])
        .into_iter()
        .flat_map(|l| l.children_named("sanctionsList"))
    {
        if let Some(d) = l
            .attr("datePublished")
            .map(str::trim)
            .filter(|d| !d.is_empty())
        {
            let date = iso_day(d).ok_or_else(|| {
                rec.error_at(l, format!("datePublished {d:?} is not an ISO date"))
                    .with_field("datePublished")
            })?;
            if e.listed_on.is_none_or(|cur| date < cur) {
                e.listed_on = Some(date);
            }
        }
    }
    for p in el
        .path(&["sanctionsPrograms"])
        .into_iter()
        .flat_map(|l| l.children_named("sanctionsProgram"))
    {
        if let Some(p) = refs.label(p, "PROGRAM") {
            if !e.programmes.contains(&p) {
                e.programmes.push(p);
            }
        }
    }

    for a in el
        .path(&["addresses"])
        .into_iter()
        .flat_map(|l| l.children_named("address"))
    {
        if let Some(addr) = read_address(refs, a) {
            if !e.addresses.contains(&addr) {
                e.addresses.push(addr);
            }
        }
    }

    let mut vessel = VesselInfo::default();
    let mut aircraft = AircraftInfo::default();
    for f in el
        .path(&["features"])
        .into_iter()
        .flat_map(|l| l.children_named("feature"))
    {
        read_feature(
            rec,
            refs,
            &mut e,
            &mut vessel,
            &mut aircraft,
            &mut remarks,
            notes,
            f,
        )?;
    }
    if vessel != VesselInfo::default() {
        e.vessel = Some(vessel);
    }
    if aircraft != AircraftInfo::default() {
        e.aircraft = Some(aircraft);
    }

    for d in el
        .path(&["identityDocuments"])
        .into_iter()
        .flat_map(|l| l.children_named("identityDocument"))
    {
        if let Some(ident) = read_document(rec, refs, d)? {
            push_identifier(&mut e, ident);
        }
    }

    for r in el
        .path(&["relationships"])
        .into_iter()
        .flat_map(|l| l.children_named("relationship"))
    {
        let Some(other) = r.text_of("relatedEntity") else {
            continue;
        };
        let note = match r
            .child("type")
            .and_then(|t| refs.label(t, "RELATIONSHIP TYPE"))
        {
            Some(kind) => format!("Linked To: {other} ({kind})"),
            None => format!("Linked To: {other}"),
        };
        remarks.push(note);
    }

    let own = el.path(&["generalInfo", "remarks"]).and_then(|r| r.value());
    e.remarks = join_remarks(own, remarks);
    Ok(e)
}

/// Names with no translation text at all: placeholders, skipped and counted.
fn count_empty_names(el: &Element) -> usize {
    el.path(&["names"])
        .into_iter()
        .flat_map(|l| l.children_named("name"))
        .filter(|n| {
            n.path(&["translations"])
                .into_iter()
                .flat_map(|t| t.children_named("translation"))
                .all(|t| translation_text(t).is_none())
        })
        .count()
}

fn translation_text(t: &Element) -> Option<String> {
    let full = t
        .text_of("formattedFullName")
        .map(|f| collapse_whitespace(&strip_bidi(&f)))
        .filter(|f| !f.is_empty());
    full.or_else(|| {
        let parts: Vec<String> = t
            .path(&["nameParts"])
            .into_iter()
            .flat_map(|p| p.children_named("namePart"))
            .filter_map(|p| p.text_of("value"))
            .map(|v| collapse_whitespace(&strip_bidi(&v)))
            .filter(|v| !v.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    })
}

fn read_names(
    rec: &XmlRecords,
    refs: &Refs,
    el: &Element,
    t: EntityType,
) -> Result<Vec<Name>, ListError> {
    let mut out: Vec<Name> = Vec::new();
    let mut seen_primary = false;
    for n in el
        .path(&["names"])
        .into_iter()
        .flat_map(|l| l.children_named("name"))
    {
        let is_primary = flag(n, "isPrimary") && !seen_primary;
        let alias_type = n
            .child("aliasType")
            .and_then(|a| refs.label(a, "ALIAS TYPE"))
            .unwrap_or_default();
        let low = flag(n, "isLowQuality");
        let latin_kind = if is_primary {
            NameKind::Primary
        } else {
            alias_kind(&alias_type, low)
        };
        let mut translations: Vec<&Element> = n
            .path(&["translations"])
            .into_iter()
            .flat_map(|l| l.children_named("translation"))
            .collect();
        // The primary translation first, so that a name's main form leads its other scripts.
        translations.sort_by_key(|t| !flag(t, "isPrimary"));
        let mut primary_taken = false;
        for tr in translations {
            let Some(full) = translation_text(tr) else {
                continue;
            };
            let n_chars = full.chars().count();
            if n_chars > MAX_NAME_CHARS {
                return Err(rec.error_at(
                    tr,
                    format!("name is {n_chars} characters long (more than {MAX_NAME_CHARS}): broken or hostile file"),
                ));
            }
            let script = tr
                .child("script")
                .and_then(|s| refs.label(s, "SCRIPT"))
                .unwrap_or_else(|| "Latin".into());
            let latin = script.eq_ignore_ascii_case("latin");
            let kind = match (latin, latin_kind) {
                (false, _) => NameKind::OriginalScript,
                // One primary per entity: further Latin forms of the primary name are aliases.
                (true, NameKind::Primary) if primary_taken => NameKind::Alias,
                (true, k) => k,
            };
            if kind == NameKind::Primary {
                primary_taken = true;
                seen_primary = true;
            }
            let mut name = Name::new(&full, kind);
            name.parts = name_parts(refs, tr, t);
            if kind != NameKind::Primary {
                name.note = alias_note(&alias_type);
            }
            if !out
                .iter()
                .any(|o| o.full == name.full && o.kind == name.kind)
            {
                out.push(name);
            }
        }
    }
    Ok(out)
}

fn name_parts(refs: &Refs, tr: &Element, t: EntityType) -> Vec<NamePart> {
    let mut parts = Vec::new();
    for p in tr
        .path(&["nameParts"])
        .into_iter()
        .flat_map(|l| l.children_named("namePart"))
    {
        let Some(value) = p
            .text_of("value")
            .map(|v| collapse_whitespace(&strip_bidi(&v)))
            .filter(|v| !v.is_empty())
        else {
            continue;
        };
        let label = p
            .child("type")
            .and_then(|ty| refs.label(ty, "NAME PART TYPE"))
            .unwrap_or_default();
        let kind = match label.to_ascii_lowercase().as_str() {
            "first name" => NamePartKind::Given,
            "middle name" => NamePartKind::Middle,
            "last name" => NamePartKind::Family,
            "patronymic" => NamePartKind::Patronymic,
            "matronymic" => NamePartKind::Matronymic,
            // The whole name of a non-person: not a part of anything.
            "entity name" | "vessel name" | "aircraft name" => continue,
            _ => NamePartKind::Other,
        };
        parts.push(NamePart { kind, value });
    }
    // A lone "Other" part on a non-person is a whole name, not structure.
    if t != EntityType::Person && parts.iter().all(|p| p.kind == NamePartKind::Other) {
        parts.clear();
    }
    parts
}

fn read_address(refs: &Refs, a: &Element) -> Option<Address> {
    let country = a.child("country").and_then(|c| refs.country(c));
    let translations: Vec<&Element> = a
        .path(&["translations"])
        .into_iter()
        .flat_map(|l| l.children_named("translation"))
        .collect();
    let tr = translations
        .iter()
        .find(|t| flag(t, "isPrimary"))
        .or(translations.first());
    let mut street = Vec::new();
    let mut addr = Address {
        country,
        ..Default::default()
    };
    let mut extra = Vec::new();
    if let Some(tr) = tr {
        for p in tr
            .path(&["addressParts"])
            .into_iter()
            .flat_map(|l| l.children_named("addressPart"))
        {
            let Some(value) = p.text_of("value") else {
                continue;
            };
            let label = p
                .child("type")
                .and_then(|ty| refs.label(ty, "LOCATION PART TYPE"))
                .unwrap_or_default();
            match label.to_ascii_uppercase().as_str() {
                "ADDRESS1" | "ADDRESS2" | "ADDRESS3" => street.push(value),
                "CITY" if addr.city.is_none() => addr.city = Some(value),
                "STATE/PROVINCE" | "REGION" if addr.region.is_none() => addr.region = Some(value),
                "POSTAL CODE" if addr.postal_code.is_none() => addr.postal_code = Some(value),
                _ => extra.push(if label.is_empty() {
                    value
                } else {
                    format!("{}: {value}", label.to_lowercase())
                }),
            }
        }
    }
    addr.street = (!street.is_empty()).then(|| street.join(", "));
    addr.note = (!extra.is_empty()).then(|| extra.join("; "));
    (addr != Address::default()).then_some(addr)
}

#[allow(clippy::too_many_arguments)]
fn read_feature(
    rec: &XmlRecords,
    refs: &Refs,
    e: &mut Entity,
    vessel: &mut VesselInfo,
    aircraft: &mut AircraftInfo,
    remarks: &mut Vec<String>,
    notes: &mut Notes,
    f: &Element,
) -> Result<(), ListError> {
    let type_el = f.child("type");
    let label = type_el
        .and_then(|t| {
            t.attr("featureTypeId")
                .and_then(|id| refs.feature_types.get(id).cloned())
                .or_else(|| t.value())
        })
        .ok_or_else(|| rec.error_at(f, "feature has no type").with_field("type"))?;
    let value_ref = f.text_of("valueRefId");
    let inline = f
        .text_of("value")
        .map(|v| collapse_whitespace(&strip_bidi(&v)))
        .unwrap_or_default();
    // A lookup value's label comes from the reference table; the inline text is its copy.
    let value = value_ref
        .as_deref()
        .and_then(|id| refs.values.get(id))
        .filter(|v| v.table != "COUNTRY")
        .map(|v| v.label.clone())
        .unwrap_or(inline.clone());
    let country = || {
        value_ref
            .as_deref()
            .and_then(|id| refs.country_by_id(id, &inline))
            .or_else(|| (!inline.is_empty()).then(|| Country::from_raw(&inline)))
    };

    match fold(&label).as_str() {
        "birthdate" => {
            let bd = match f.child("valueDate") {
                Some(vd) => birth_date(rec, vd, &value)?,
                None => parse_date_text(&value).unwrap_or_else(|| BirthDate {
                    from: None,
                    to: None,
                    approximate: false,
                    raw: value.clone(),
                }),
            };
            if bd.from.is_none() {
                if bd.raw.is_empty() {
                    return Ok(());
                }
                notes
                    .unreadable_dates
                    .push(format!("{} {:?}", e.key, bd.raw));
            }
            if !e.birth_dates.contains(&bd) {
                e.birth_dates.push(bd);
            }
        }
        "place of birth" if !value.is_empty() => {
            let p = place_from_text(&value);
            if !e.birth_places.contains(&p) {
                e.birth_places.push(p);
            }
        }
        "nationality country" => {
            if let Some(c) = country() {
                push_country(&mut e.nationalities, c);
            }
        }
        "citizenship country" => {
            if let Some(c) = country() {
                push_country(&mut e.citizenships, c);
            }
        }
        _ if value.is_empty() => {}
        _ => match classify(&label) {
            Fact::Id(kind) => push_identifier(
                e,
                Identifier {
                    kind: refine_id_kind(kind, &value),
                    label: clean_label(&label),
                    value,
                    country: None,
                    issued: None,
                    expires: None,
                    note: None,
                },
            ),
            Fact::VesselFlag => {
                let c = if value_ref.is_some() {
                    country()
                } else {
                    crate::ofac_xml::flag_country(&value)
                };
                apply_fact(
                    e,
                    vessel,
                    aircraft,
                    remarks,
                    Fact::VesselFlag,
                    &label,
                    &value,
                    c,
                );
            }
            other => apply_fact(e, vessel, aircraft, remarks, other, &label, &value, None),
        },
    }
    Ok(())
}

fn fold(label: &str) -> String {
    collapse_whitespace(label).to_lowercase()
}

fn read_document(
    rec: &XmlRecords,
    refs: &Refs,
    d: &Element,
) -> Result<Option<Identifier>, ListError> {
    let Some(value) = d.text_of("documentNumber") else {
        return Ok(None);
    };
    let label = d
        .child("type")
        .and_then(|t| refs.label(t, "ID DOCUMENT TYPE"))
        .map(|l| clean_label(&l))
        .unwrap_or_else(|| "Document".into());
    let kind = match classify(&label) {
        Fact::Id(k) => refine_id_kind(k, &value),
        _ => IdKind::Other,
    };
    let mut note = Vec::new();
    let mut ident = Identifier {
        kind,
        label,
        country: d.child("issuingCountry").and_then(|c| refs.country(c)),
        value,
        issued: None,
        expires: None,
        note: None,
    };
    for (field, slot, word) in [
        ("issueDate", &mut ident.issued, "issued"),
        ("expirationDate", &mut ident.expires, "expires"),
    ] {
        if let Some(dt) = d.child(field) {
            match date_span(rec, dt)? {
                Some(Span::Single(day)) => *slot = Some(day),
                Some(Span::Range(a, b)) => note.push(format!("{word} between {a} and {b}")),
                None => {}
            }
        }
    }
    if let Some(loc) = d.text_of("issuingLocation") {
        if ident.country.as_ref().is_none_or(|c| c.raw != loc) {
            note.push(format!("issued in {loc}"));
        }
    }
    if d.text_of("isValid")
        .is_some_and(|v| v.eq_ignore_ascii_case("false"))
    {
        note.push("not valid".to_string());
    }
    ident.note = (!note.is_empty()).then(|| note.join("; "));
    Ok(Some(ident))
}

/// A date as OFAC's `valueDate`-style elements give it, reduced to the precision it has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    /// One year, month or day.
    Single(FuzzyDate),
    /// Anything wider: the inclusive bounds.
    Range(FuzzyDate, FuzzyDate),
}

/// A day as `YYYY-MM-DD` (possibly with a time part).
fn day_field(rec: &XmlRecords, el: &Element, name: &str) -> Result<Option<FuzzyDate>, ListError> {
    let Some(c) = el.child(name) else {
        return Ok(None);
    };
    let Some(text) = c.value() else {
        return Ok(None);
    };
    iso_day(&text)
        .map(Some)
        .ok_or_else(|| rec.error_at(c, format!("{name} {text:?} is not an ISO date")))
}

/// The date between two days, at the coarsest precision that covers exactly that span:
/// 1972-01-01..1972-12-31 is the year 1972, 1961-04-01..1961-04-30 is April 1961.
fn reduce(a: FuzzyDate, b: FuzzyDate) -> Option<FuzzyDate> {
    if a == b {
        return Some(a);
    }
    let (am, ad, bm, bd) = (a.month?, a.day?, b.month?, b.day?);
    if a.year != b.year || ad != 1 {
        return None;
    }
    if am == 1 && bm == 12 && bd == 31 {
        return Some(FuzzyDate::year(a.year));
    }
    let last = (28..=31)
        .rev()
        .find(|d| FuzzyDate::ymd(b.year, bm, *d).is_some())?;
    (am == bm && bd == last)
        .then(|| FuzzyDate::ym(a.year, am))
        .flatten()
}

fn date_span(rec: &XmlRecords, vd: &Element) -> Result<Option<Span>, ListError> {
    let from_begin = day_field(rec, vd, "fromDateBegin")?;
    let from_end = day_field(rec, vd, "fromDateEnd")?;
    let to_begin = day_field(rec, vd, "toDateBegin")?;
    let to_end = day_field(rec, vd, "toDateEnd")?;
    let Some(fb) = from_begin else {
        return Ok(None);
    };
    let fe = from_end.unwrap_or(fb);
    let te = to_end.or(to_begin).unwrap_or(fe);
    let tb = to_begin.unwrap_or(te);
    let span = if flag(vd, "isDateRange") {
        let from = reduce(fb, fe).unwrap_or(fb);
        let to = reduce(tb, te).unwrap_or(te);
        Span::Range(from, to)
    } else {
        match reduce(fb, te) {
            Some(d) => Span::Single(d),
            None => Span::Range(fb, te),
        }
    };
    if let Span::Range(a, b) = span {
        if b < a {
            return Err(rec.error_at(vd, format!("date range runs backwards ({a} to {b})")));
        }
    }
    Ok(Some(span))
}

fn birth_date(rec: &XmlRecords, vd: &Element, raw: &str) -> Result<BirthDate, ListError> {
    let approximate = flag(vd, "isApproximate");
    let (from, to) = match date_span(rec, vd)? {
        Some(Span::Single(d)) => (Some(d), Some(d)),
        Some(Span::Range(a, b)) => (Some(a), Some(b)),
        None => {
            // No machine date: fall back to the printed text.
            let parsed = parse_date_text(raw);
            (
                parsed.as_ref().and_then(|p| p.from),
                parsed.as_ref().and_then(|p| p.to),
            )
        }
    };
    let raw = if raw.is_empty() {
        match (from, to) {
            (Some(a), Some(b)) if a != b => format!("{a} to {b}"),
            (Some(a), _) => a.to_string(),
            _ => String::new(),
        }
    } else {
        raw.to_string()
    };
    Ok(BirthDate {
        from,
        to,
        approximate,
        raw,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u8, d: u8) -> FuzzyDate {
        FuzzyDate::ymd(y, m, d).unwrap()
    }

    #[test]
    fn spans_reduce_to_the_precision_they_cover() {
        assert_eq!(
            reduce(ymd(1972, 1, 1), ymd(1972, 12, 31)),
            Some(FuzzyDate::year(1972))
        );
        assert_eq!(
            reduce(ymd(1961, 4, 1), ymd(1961, 4, 30)),
            FuzzyDate::ym(1961, 4)
        );
        assert_eq!(
            reduce(ymd(1964, 2, 1), ymd(1964, 2, 29)),
            FuzzyDate::ym(1964, 2)
        );
        assert_eq!(
            reduce(ymd(1963, 2, 1), ymd(1963, 2, 28)),
            FuzzyDate::ym(1963, 2)
        );
        assert_eq!(
            reduce(ymd(1972, 9, 4), ymd(1972, 9, 4)),
            Some(ymd(1972, 9, 4))
        );
        assert_eq!(reduce(ymd(1972, 1, 2), ymd(1972, 12, 31)), None);
        assert_eq!(reduce(ymd(1972, 4, 1), ymd(1972, 4, 29)), None);
        assert_eq!(reduce(ymd(1971, 1, 1), ymd(1972, 12, 31)), None);
    }

    /// A small export whose inline labels disagree with the reference tables: the tables
    /// must win, which proves references are resolved through them.
    const SMALL: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<e:sanctionsData xmlns:e="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ENHANCED_XML">
  <e:publicationInfo><e:dataAsOf>2024-08-28T00:00:00</e:dataAsOf></e:publicationInfo>
  <e:referenceValues>
    <e:referenceValue refId="7"><e:type>SDN TYPE</e:type><e:value>Individual</e:value></e:referenceValue>
    <e:referenceValue refId="8"><e:type>ALIAS TYPE</e:type><e:value>F.K.A.</e:value></e:referenceValue>
    <e:referenceValue refId="9"><e:type>SCRIPT</e:type><e:value>Arabic</e:value></e:referenceValue>
    <e:referenceValue refId="10"><e:type>SCRIPT</e:type><e:value>Latin</e:value></e:referenceValue>
    <e:referenceValue refId="11"><e:type>COUNTRY</e:type><e:value>Burma</e:value><e:isoCode>MM</e:isoCode></e:referenceValue>
    <e:referenceValue refId="12"><e:type>NAME PART TYPE</e:type><e:value>Patronymic</e:value></e:referenceValue>
    <e:referenceValue refId="13"><e:type>ID DOCUMENT TYPE</e:type><e:value>Passport</e:value></e:referenceValue>
  </e:referenceValues>
  <e:featureTypes>
    <e:featureType featureTypeId="8"><e:type>Birthdate</e:type></e:featureType>
    <e:featureType featureTypeId="10"><e:type>Nationality Country</e:type></e:featureType>
  </e:featureTypes>
  <e:entities>
    <e:entity id="1">
      <e:generalInfo><e:entityType refId="7">inline text</e:entityType></e:generalInfo>
      <e:sanctionsLists>
        <e:sanctionsList refId="1" datePublished="2020-05-01">A</e:sanctionsList>
        <e:sanctionsList refId="2" datePublished="2012-01-31">B</e:sanctionsList>
      </e:sanctionsLists>
      <e:names>
        <e:name id="1"><e:isPrimary>true</e:isPrimary><e:isLowQuality>false</e:isLowQuality><e:translations>
          <e:translation id="1"><e:isPrimary>true</e:isPrimary><e:script refId="10">x</e:script>
            <e:formattedFullName>IVANOV, Ivan Ivanovich</e:formattedFullName>
            <e:nameParts><e:namePart id="1"><e:type refId="12">x</e:type><e:value>Ivanovich</e:value></e:namePart></e:nameParts>
          </e:translation>
          <e:translation id="2"><e:isPrimary>false</e:isPrimary><e:script refId="9">Latin</e:script>
            <e:formattedFullName>&#x202B;ايفانوف&#x202C;</e:formattedFullName></e:translation>
        </e:translations></e:name>
        <e:name id="2"><e:isPrimary>false</e:isPrimary><e:aliasType refId="8">A.K.A.</e:aliasType><e:isLowQuality>false</e:isLowQuality><e:translations>
          <e:translation id="3"><e:isPrimary>true</e:isPrimary><e:script refId="10">Latin</e:script><e:formattedFullName>PETROV, Ivan</e:formattedFullName></e:translation>
        </e:translations></e:name>
        <e:name id="3"><e:isPrimary>false</e:isPrimary><e:aliasType refId="8">A.K.A.</e:aliasType><e:isLowQuality>true</e:isLowQuality><e:translations>
          <e:translation id="4"><e:isPrimary>true</e:isPrimary><e:script refId="10">Latin</e:script><e:formattedFullName>VANYA</e:formattedFullName></e:translation>
        </e:translations></e:name>
      </e:names>
      <e:features>
        <e:feature id="1"><e:type featureTypeId="8">inline</e:type><e:value>Mar 1955 to Mar 1956</e:value>
          <e:valueDate id="1"><e:fromDateBegin>1955-03-01</e:fromDateBegin><e:fromDateEnd>1955-03-31</e:fromDateEnd>
            <e:toDateBegin>1956-03-01</e:toDateBegin><e:toDateEnd>1956-03-31</e:toDateEnd>
            <e:isApproximate>true</e:isApproximate><e:isDateRange>true</e:isDateRange></e:valueDate></e:feature>
        <e:feature id="2"><e:type featureTypeId="10">inline</e:type><e:value>Myanmar</e:value><e:valueRefId>11</e:valueRefId></e:feature>
        <e:feature id="3"><e:type featureTypeId="999">Some New Fact:</e:type><e:value>42</e:value></e:feature>
      </e:features>
      <e:identityDocuments>
        <e:identityDocument id="1"><e:type refId="13">inline</e:type><e:documentNumber>P123</e:documentNumber>
          <e:isValid>true</e:isValid><e:issuingCountry refId="11">x</e:issuingCountry>
          <e:issueDate id="2"><e:fromDateBegin>1999-01-01</e:fromDateBegin><e:fromDateEnd>1999-01-01</e:fromDateEnd>
            <e:toDateBegin>1999-12-31</e:toDateBegin><e:toDateEnd>1999-12-31</e:toDateEnd>
            <e:isApproximate>false</e:isApproximate><e:isDateRange>false</e:isDateRange></e:issueDate>
        </e:identityDocument>
      </e:identityDocuments>
    </e:entity>
  </e:entities>
</e:sanctionsData>
"#;

    #[test]
    fn references_resolve_through_the_tables() {
        let f = InputFile {
            name: "small.xml".into(),
            bytes: SMALL.as_bytes().to_vec(),
        };
        let s = parse(&f).unwrap();
        assert_eq!(s.version.published, FuzzyDate::ymd(2024, 8, 28));
        let e = &s.entities[0];
        assert_eq!(e.key, "ofac:1");
        assert_eq!(e.entity_type, EntityType::Person);
        let names: Vec<(NameKind, &str)> =
            e.names.iter().map(|n| (n.kind, n.full.as_str())).collect();
        assert_eq!(
            names,
            [
                (NameKind::Primary, "IVANOV, Ivan Ivanovich"),
                (NameKind::OriginalScript, "ايفانوف"),
                (NameKind::FormerName, "PETROV, Ivan"),
                (NameKind::WeakAlias, "VANYA"),
            ]
        );
        assert_eq!(
            e.names[0].parts,
            [NamePart {
                kind: NamePartKind::Patronymic,
                value: "Ivanovich".into()
            }]
        );
        assert_eq!(e.names[3].note.as_deref(), Some("f.k.a."));
        // The earliest list date is the listing date.
        assert_eq!(e.listed_on, FuzzyDate::ymd(2012, 1, 31));
        let d = &e.birth_dates[0];
        assert_eq!(
            (d.from, d.to, d.approximate),
            (FuzzyDate::ym(1955, 3), FuzzyDate::ym(1956, 3), true)
        );
        assert_eq!(d.raw, "Mar 1955 to Mar 1956");
        // OFAC's ISO code wins over the name.
        assert_eq!(
            e.nationalities,
            [Country {
                code: Some("MM".into()),
                raw: "Burma".into()
            }]
        );
        let id = &e.identifiers[0];
        assert_eq!(
            (id.kind, id.label.as_str(), id.value.as_str()),
            (IdKind::Passport, "Passport", "P123")
        );
        assert_eq!(
            id.country.as_ref().and_then(|c| c.code.as_deref()),
            Some("MM")
        );
        // A year-only issue date stays a year.
        assert_eq!(id.issued, Some(FuzzyDate::year(1999)));
        // An unknown feature type that reads as a note is kept in the remarks.
        assert_eq!(e.remarks.as_deref(), Some("Some New Fact: 42"));
    }

    #[test]
    fn iso_days() {
        assert_eq!(iso_day("2024-08-28T00:00:00"), Some(ymd(2024, 8, 28)));
        assert_eq!(iso_day("2024-08"), None);
        assert_eq!(iso_day("28/08/2024"), None);
    }
}
