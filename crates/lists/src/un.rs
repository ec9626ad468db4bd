//! UN Security Council Consolidated List, XML (`sc-sanctions.xsd`).
//!
//! The root `<CONSOLIDATED_LIST dateGenerated=…>` holds `<INDIVIDUAL>` and `<ENTITY>`
//! records. Each becomes one [`Entity`] keyed `un:<REFERENCE_NUMBER>` (trimmed: the list
//! pads some references with spaces). Individuals are persons, entities organisations; the
//! list has no vessel or aircraft records (ships appear as DPRK entities).
//!
//! Every serialisation the UN has used is read the same way: one record per line (2018–2020),
//! pretty-printed with single-quoted declarations (2024), and pretty-printed with values
//! wrapped over several lines (2026). Whitespace inside values is collapsed, so the same
//! record reads identically in every year and list diffs only see real changes.

use crate::error::{line_of, ListError, Position};
use crate::xml::{Element, XmlRecords};
use crate::{finish_snapshot, InputFile};
use nomina_model::{
    Address, BirthDate, Country, Entity, EntityType, FuzzyDate, IdKind, Identifier, ListSnapshot,
    Name, NameKind, NamePart, NamePartKind, Place, Source,
};

/// The format name stored in [`nomina_model::ListVersion::format`].
pub const FORMAT: &str = "un-xml";

/// Largest single value (element text or attribute) accepted, in bytes. The longest real
/// value (a `COMMENTS1`) is under 2 KB; anything this large is a broken or hostile file, and
/// refusing it keeps one bad field from bloating every index built from the list.
pub const MAX_FIELD_BYTES: usize = 64 * 1024;

const ROOT: &str = "CONSOLIDATED_LIST";

/// Reads a UN Consolidated List XML file into a whole snapshot, or fails naming the file,
/// the line and the element at fault.
pub fn parse(file: &InputFile) -> Result<ListSnapshot, ListError> {
    let mut records = XmlRecords::new(&file.name, &file.bytes)?;
    let ctx = Ctx::new(&file.name, &file.bytes);
    let mut stats = Stats::default();
    let mut entities = Vec::new();
    while let Some(el) = records.next(&["INDIVIDUAL", "ENTITY"])? {
        records.expect_root(ROOT, "a UN Consolidated List file")?;
        entities.push(map_record(&ctx, &el, &mut stats)?);
    }
    records.expect_root(ROOT, "a UN Consolidated List file")?;
    let mut warnings = stats.warnings();
    let published = records.root_date("dateGenerated", iso_date, &mut warnings)?;
    records.finish()?;
    finish_snapshot(Source::Un, FORMAT, published, &[file], entities, warnings)
}

/// Builds errors that point at an element of the file being read (shared with the EU XML
/// reader).
pub(crate) struct Ctx<'a> {
    file: &'a str,
    /// The bytes offsets refer to (the XML reader skips a BOM, so do we).
    bytes: &'a [u8],
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(file: &'a str, bytes: &'a [u8]) -> Self {
        Ctx {
            file,
            bytes: bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes),
        }
    }

    pub(crate) fn err(&self, el: &Element, message: impl Into<String>) -> ListError {
        let at = el.offset as usize;
        ListError::at(
            self.file,
            Position::LineByte(line_of(self.bytes, at), el.offset),
            message,
        )
        .with_field(el.name.clone())
    }
}

/// Things skipped or guessed while reading, reported as warnings rather than errors because
/// the list itself is valid.
#[derive(Default)]
struct Stats {
    empty_aliases: usize,
    unknown_qualities: Vec<String>,
    unknown_date_types: Vec<String>,
    numberless_documents: usize,
}

impl Stats {
    fn warnings(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.empty_aliases > 0 {
            out.push(format!(
                "skipped {} empty alias placeholders",
                self.empty_aliases
            ));
        }
        if !self.unknown_qualities.is_empty() {
            out.push(format!(
                "{} aliases have an unknown QUALITY ({}); read as strong aliases",
                self.unknown_qualities.len(),
                distinct(&self.unknown_qualities)
            ));
        }
        if !self.unknown_date_types.is_empty() {
            out.push(format!(
                "{} dates of birth have an unknown TYPE_OF_DATE ({}); read as exact",
                self.unknown_date_types.len(),
                distinct(&self.unknown_date_types)
            ));
        }
        if self.numberless_documents > 0 {
            out.push(format!(
                "{} documents have no NUMBER; their details are kept in the remarks",
                self.numberless_documents
            ));
        }
        out
    }
}

fn distinct(values: &[String]) -> String {
    let mut v: Vec<&str> = values.iter().map(String::as_str).collect();
    v.sort_unstable();
    v.dedup();
    v.join(", ")
}

/// Refuses any value larger than [`MAX_FIELD_BYTES`] anywhere in a record.
pub(crate) fn check_sizes(ctx: &Ctx, el: &Element) -> Result<(), ListError> {
    if el.text.len() > MAX_FIELD_BYTES {
        return Err(ctx.err(
            el,
            format!(
                "value is {} bytes, more than the {MAX_FIELD_BYTES} accepted",
                el.text.len()
            ),
        ));
    }
    if let Some((k, v)) = el.attrs.iter().find(|(_, v)| v.len() > MAX_FIELD_BYTES) {
        return Err(ctx.err(
            el,
            format!(
                "attribute {k} is {} bytes, more than the {MAX_FIELD_BYTES} accepted",
                v.len()
            ),
        ));
    }
    el.children.iter().try_for_each(|c| check_sizes(ctx, c))
}

/// All values of a repeated `<X><VALUE>…</VALUE><VALUE>…</VALUE></X>` group, in order.
fn values<'a>(el: &'a Element, group: &'a str) -> impl Iterator<Item = (&'a Element, String)> + 'a {
    el.children_named(group)
        .flat_map(|g| g.children_named("VALUE"))
        .filter_map(|v| v.value().map(|t| (v, t)))
}

fn map_record(ctx: &Ctx, el: &Element, stats: &mut Stats) -> Result<Entity, ListError> {
    check_sizes(ctx, el)?;
    let is_person = el.name == "INDIVIDUAL";
    let reference = el.text_of("REFERENCE_NUMBER").ok_or_else(|| {
        ctx.err(el, "record has no REFERENCE_NUMBER")
            .with_field("REFERENCE_NUMBER")
    })?;

    let parts: Vec<String> = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]
        .iter()
        .filter_map(|n| el.text_of(n))
        .collect();
    if parts.is_empty() {
        return Err(ctx
            .err(el, format!("record {reference} has no name"))
            .with_field("FIRST_NAME"));
    }
    let mut primary = Name::new(parts.join(" "), NameKind::Primary);
    if is_person {
        // The four UN fields are name parts in listed order, not given/family names.
        primary.parts = parts
            .into_iter()
            .map(|value| NamePart {
                kind: NamePartKind::Ordered,
                value,
            })
            .collect();
    }
    let entity_type = if is_person {
        EntityType::Person
    } else {
        EntityType::Organization
    };
    let mut e = Entity::new(Source::Un, &reference, entity_type, primary);

    if let Some(original) = el.text_of("NAME_ORIGINAL_SCRIPT") {
        add_name(&mut e, Name::new(original, NameKind::OriginalScript));
    }

    for d in el.children_named("INDIVIDUAL_DATE_OF_BIRTH") {
        if let Some(bd) = birth_date(ctx, d, stats)? {
            add_birth_date(&mut e, bd);
        }
    }
    for p in el.children_named("INDIVIDUAL_PLACE_OF_BIRTH") {
        if let Some(place) = place_of_birth(p) {
            add_place(&mut e, place);
        }
    }

    for a in el
        .children
        .iter()
        .filter(|c| c.name == "INDIVIDUAL_ALIAS" || c.name == "ENTITY_ALIAS")
    {
        alias(&mut e, a, stats);
    }

    for (_, v) in values(el, "NATIONALITY") {
        let c = Country::from_raw(&v);
        if !e.nationalities.contains(&c) {
            e.nationalities.push(c);
        }
    }

    let mut extra_remarks = Vec::new();
    for d in el.children_named("INDIVIDUAL_DOCUMENT") {
        match document(ctx, d)? {
            Doc::None => {}
            Doc::Id(id) => {
                if !e.identifiers.contains(&id) {
                    e.identifiers.push(id);
                }
            }
            Doc::Remark(text) => {
                stats.numberless_documents += 1;
                extra_remarks.push(text);
            }
        }
    }

    for a in el
        .children
        .iter()
        .filter(|c| c.name == "INDIVIDUAL_ADDRESS" || c.name == "ENTITY_ADDRESS")
    {
        if let Some(addr) = address(a) {
            if !e.addresses.contains(&addr) {
                e.addresses.push(addr);
            }
        }
    }

    for (_, v) in values(el, "TITLE") {
        push_distinct(&mut e.titles, v);
    }
    for (_, v) in values(el, "DESIGNATION") {
        push_distinct(&mut e.positions, v);
    }
    e.gender = el.text_of("GENDER");
    if let Some(list) = el.text_of("UN_LIST_TYPE") {
        e.programmes.push(list);
    }
    if let Some(c) = el.child("LISTED_ON") {
        e.listed_on = date_field(ctx, c)?;
    }
    for (v, _) in values(el, "LAST_DAY_UPDATED") {
        if let Some(d) = date_field(ctx, v)? {
            if !e.last_updated.contains(&d) {
                e.last_updated.push(d);
            }
        }
    }

    let mut remarks: Vec<String> = el.text_of("COMMENTS1").into_iter().collect();
    remarks.extend(extra_remarks);
    if !remarks.is_empty() {
        e.remarks = Some(remarks.join("\n"));
    }
    Ok(e)
}

fn push_distinct(list: &mut Vec<String>, value: String) {
    if !list.contains(&value) {
        list.push(value);
    }
}

/// Adds a name unless the same text is already there under any kind: a repeat of the
/// primary name as an alias adds nothing for screening.
fn add_name(e: &mut Entity, name: Name) {
    if !name.full.is_empty() && !e.names.iter().any(|n| n.full == name.full) {
        e.names.push(name);
    }
}

fn add_birth_date(e: &mut Entity, bd: BirthDate) {
    let same =
        |o: &BirthDate| o.from == bd.from && o.to == bd.to && o.approximate == bd.approximate;
    // Note-only dates have no value to compare; keep them unless the text repeats.
    let dup = if bd.from.is_none() && bd.to.is_none() {
        e.birth_dates.iter().any(|o| same(o) && o.raw == bd.raw)
    } else {
        e.birth_dates.iter().any(same)
    };
    if !dup {
        e.birth_dates.push(bd);
    }
}

fn add_place(e: &mut Entity, place: Place) {
    if !e.birth_places.contains(&place) {
        e.birth_places.push(place);
    }
}

fn alias(e: &mut Entity, a: &Element, stats: &mut Stats) {
    // Alias elements may carry the date and place of birth used with that alias; they are
    // facts about the person, so they join the entity's own lists.
    if let Some(text) = a.text_of("DATE_OF_BIRTH") {
        if let Some(bd) = free_birth_date(&text) {
            add_birth_date(e, bd);
        }
    }
    let city = a.text_of("CITY_OF_BIRTH");
    let country = a.text_of("COUNTRY_OF_BIRTH");
    if city.is_some() || country.is_some() {
        add_place(e, make_place(None, city, None, country, None));
    }

    let Some(text) = a.text_of("ALIAS_NAME") else {
        stats.empty_aliases += 1;
        return;
    };
    let quality = a.text_of("QUALITY").unwrap_or_default();
    let kind = match quality.to_ascii_lowercase().as_str() {
        "" | "good" | "a.k.a." | "aka" => NameKind::Alias,
        "low" => NameKind::WeakAlias,
        "f.k.a." | "fka" => NameKind::FormerName,
        _ => {
            // A strong alias is the cautious reading: it can still raise an alert.
            stats.unknown_qualities.push(quality);
            NameKind::Alias
        }
    };
    let mut name = Name::new(text, kind);
    name.note = a.text_of("NOTE");
    add_name(e, name);
}

/// Reads `yyyy-mm-dd`, optionally followed by a time and/or a zone offset, as XML Schema
/// dates and date-times are written (`2015-03-27-04:00`, `2026-02-27T00:00:09.554Z`).
pub(crate) fn iso_date(text: &str) -> Option<FuzzyDate> {
    let t = text.trim();
    let (head, rest) = (t.get(..10)?, &t[10..]);
    let b = head.as_bytes();
    if !(b[4] == b'-'
        && b[7] == b'-'
        && head
            .bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit()))
    {
        return None;
    }
    let r = rest.as_bytes();
    let ok_rest = r.is_empty()
        || r == b"Z"
        || r[0] == b'T'
        || (r.len() == 6
            && (r[0] == b'+' || r[0] == b'-')
            && r[3] == b':'
            && [r[1], r[2], r[4], r[5]].iter().all(u8::is_ascii_digit));
    if !ok_rest {
        return None;
    }
    head.parse().ok()
}

fn date_field(ctx: &Ctx, el: &Element) -> Result<Option<FuzzyDate>, ListError> {
    match el.value() {
        None => Ok(None),
        Some(t) => iso_date(&t)
            .map(Some)
            .ok_or_else(|| ctx.err(el, format!("{t:?} is not a date (yyyy-mm-dd)"))),
    }
}

fn year_field(ctx: &Ctx, el: &Element) -> Result<Option<(i32, String)>, ListError> {
    match el.value() {
        None => Ok(None),
        Some(t) => match parse_year(&t) {
            Some(y) => Ok(Some((y, t))),
            None => Err(ctx.err(el, format!("{t:?} is not a four-digit year"))),
        },
    }
}

fn parse_year(t: &str) -> Option<i32> {
    (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.parse().ok())
        .flatten()
}

/// Month-precision dates the UN writes in a date-of-birth NOTE: `Nov. 1973`, `August 1961`,
/// `Between Aug. and Sep. 1977`. Anything else stays free text.
fn note_date(note: &str) -> Option<(FuzzyDate, FuzzyDate)> {
    let words: Vec<&str> = note.split_whitespace().collect();
    match words.as_slice() {
        [m, y] => {
            let d = FuzzyDate::ym(parse_year(y)?, nomina_model::month_from_name(m)?)?;
            Some((d, d))
        }
        [b, m1, a, m2, y] if b.eq_ignore_ascii_case("between") && a.eq_ignore_ascii_case("and") => {
            let y = parse_year(y)?;
            let (from, to) = (
                FuzzyDate::ym(y, nomina_model::month_from_name(m1)?)?,
                FuzzyDate::ym(y, nomina_model::month_from_name(m2)?)?,
            );
            (from <= to).then_some((from, to))
        }
        _ => None,
    }
}

fn birth_date(ctx: &Ctx, d: &Element, stats: &mut Stats) -> Result<Option<BirthDate>, ListError> {
    let kind = d.text_of("TYPE_OF_DATE").unwrap_or_default();
    let upper = kind.to_ascii_uppercase();
    if !matches!(upper.as_str(), "" | "EXACT" | "APPROXIMATELY" | "BETWEEN") {
        stats.unknown_date_types.push(kind);
    }
    let note = d.text_of("NOTE");
    let approximate = upper == "APPROXIMATELY"
        || note
            .as_deref()
            .is_some_and(|n| n.to_lowercase().contains("approximately"));

    let (from, to, value) = if let Some(el) = d.child("DATE").filter(|c| c.value().is_some()) {
        let date = date_field(ctx, el)?;
        (date, date, el.value())
    } else if let Some((y, text)) = match d.child("YEAR") {
        Some(el) => year_field(ctx, el)?,
        None => None,
    } {
        // "YEAR 1958" with "NOTE Sep." means September 1958.
        let date = note
            .as_deref()
            .and_then(nomina_model::month_from_name)
            .and_then(|m| FuzzyDate::ym(y, m))
            .unwrap_or(FuzzyDate::year(y));
        (Some(date), Some(date), Some(text))
    } else {
        let from = match d.child("FROM_YEAR") {
            Some(el) => year_field(ctx, el)?,
            None => None,
        };
        let to = match d.child("TO_YEAR") {
            Some(el) => year_field(ctx, el)?,
            None => None,
        };
        if let (Some((a, _)), Some((b, _))) = (&from, &to) {
            if a > b {
                let el = d.child("FROM_YEAR").unwrap_or(d);
                return Err(ctx.err(el, format!("FROM_YEAR {a} is after TO_YEAR {b}")));
            }
        }
        match (from, to) {
            (None, None) => match note.as_deref().and_then(note_date) {
                Some((a, b)) => (Some(a), Some(b), None),
                None => (None, None, None),
            },
            (f, t) => {
                let text = format!(
                    "{}-{}",
                    f.as_ref().map(|x| x.1.as_str()).unwrap_or(""),
                    t.as_ref().map(|x| x.1.as_str()).unwrap_or("")
                );
                (
                    f.map(|x| FuzzyDate::year(x.0)),
                    t.map(|x| FuzzyDate::year(x.0)),
                    Some(text),
                )
            }
        }
    };

    let raw = match (value, &note) {
        (Some(v), Some(n)) => format!("{v} ({n})"),
        (Some(v), None) => v,
        (None, Some(n)) => n.clone(),
        (None, None) => return Ok(None),
    };
    Ok(Some(BirthDate {
        from,
        to,
        approximate,
        raw,
    }))
}

/// An alias's `DATE_OF_BIRTH`: free text in practice (`1958-02-22`, `1975`, `1960 - 1962`,
/// `null`), so anything unrecognised is kept as a note, never an error.
fn free_birth_date(text: &str) -> Option<BirthDate> {
    if text.eq_ignore_ascii_case("null") {
        return None;
    }
    if let Some(d) = iso_date(text) {
        return Some(BirthDate::single(d, text));
    }
    if let Some(y) = parse_year(text) {
        return Some(BirthDate::single(FuzzyDate::year(y), text));
    }
    if let Some((a, b)) = text.split_once('-') {
        if let (Some(a), Some(b)) = (parse_year(a.trim()), parse_year(b.trim())) {
            if a <= b {
                return Some(BirthDate::range(
                    FuzzyDate::year(a),
                    FuzzyDate::year(b),
                    text,
                ));
            }
        }
    }
    Some(BirthDate {
        from: None,
        to: None,
        approximate: false,
        raw: text.to_string(),
    })
}

fn make_place(
    street: Option<String>,
    city: Option<String>,
    region: Option<String>,
    country: Option<String>,
    note: Option<String>,
) -> Place {
    let mut raw = [&street, &city, &region, &country]
        .iter()
        .filter_map(|s| s.as_deref())
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(n) = &note {
        raw = if raw.is_empty() {
            n.clone()
        } else {
            format!("{raw} ({n})")
        };
    }
    Place {
        city,
        region,
        country: country.as_deref().map(Country::from_raw),
        raw,
    }
}

fn place_of_birth(p: &Element) -> Option<Place> {
    let [street, city, region, country, note] =
        ["STREET", "CITY", "STATE_PROVINCE", "COUNTRY", "NOTE"].map(|n| p.text_of(n));
    if street.is_none() && city.is_none() && region.is_none() && country.is_none() && note.is_none()
    {
        return None;
    }
    Some(make_place(street, city, region, country, note))
}

fn address(a: &Element) -> Option<Address> {
    let [street, city, region, postal_code, country, note] = [
        "STREET",
        "CITY",
        "STATE_PROVINCE",
        "ZIP_CODE",
        "COUNTRY",
        "NOTE",
    ]
    .map(|n| a.text_of(n));
    let addr = Address {
        street,
        city,
        region,
        postal_code,
        country: country.as_deref().map(Country::from_raw),
        note,
    };
    (addr != Address::default()).then_some(addr)
}

/// The kind of a document from its label, in English, French or Spanish; `None` when the
/// label says nothing about the kind (e.g. `number:`).
pub(crate) fn classify_document(label: &str) -> Option<IdKind> {
    let l = label.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    if has(&["passport", "passeport", "pasaporte"]) {
        Some(IdKind::Passport)
    } else if has(&["fiscal code", "tax ", "tax:", "taxpayer"]) || l == "tax" {
        Some(IdKind::TaxId)
    } else if has(&[
        "birth certificate",
        "driver",
        "voter",
        "student",
        "ration card",
        "residential card",
        "residence permit",
        "military",
        "serviceman",
        "certificate of",
        "other id",
    ]) {
        Some(IdKind::Other)
    } else if has(&[
        "social security",
        "national",
        "identity",
        "identification",
        "identité",
        "identidad",
        "identificación",
        "tazkira",
        "civil",
    ]) {
        Some(IdKind::NationalId)
    } else {
        None
    }
}

enum Doc {
    /// An empty placeholder element.
    None,
    /// A document with a number.
    Id(Identifier),
    /// A document described without a number: only text a reviewer can read.
    Remark(String),
}

fn document(ctx: &Ctx, d: &Element) -> Result<Doc, ListError> {
    let [t1, t2, number, issuing, country_of_issue, city, note] = [
        "TYPE_OF_DOCUMENT",
        "TYPE_OF_DOCUMENT2",
        "NUMBER",
        "ISSUING_COUNTRY",
        "COUNTRY_OF_ISSUE",
        "CITY_OF_ISSUE",
        "NOTE",
    ]
    .map(|n| d.text_of(n));
    let issued = match d.child("DATE_OF_ISSUE") {
        Some(el) => date_field(ctx, el)?,
        None => None,
    };
    if [&t1, &t2, &number, &issuing, &country_of_issue, &city, &note]
        .iter()
        .all(|v| v.is_none())
        && issued.is_none()
    {
        return Ok(Doc::None);
    }
    let label = match (&t1, &t2) {
        (Some(a), Some(b)) if !a.eq_ignore_ascii_case(b) => format!("{a} ({b})"),
        (Some(a), _) => a.clone(),
        (None, Some(b)) => b.clone(),
        (None, None) => "Document".to_string(),
    };
    // The second type is the more specific ("National Identification Number" / "Birth
    // certificate"), unless it says nothing about the kind.
    let kind = t2
        .as_deref()
        .and_then(classify_document)
        .or_else(|| t1.as_deref().and_then(classify_document))
        .unwrap_or(IdKind::Other);
    let mut notes: Vec<String> = note.into_iter().collect();
    let place = match (&city, &issuing, &country_of_issue) {
        (Some(c), Some(_), Some(coi)) => Some(format!("issued in {c}, {coi}")),
        (Some(c), _, _) => Some(format!("issued in {c}")),
        (None, Some(i), Some(coi)) if i != coi => Some(format!("issued in {coi}")),
        _ => None,
    };
    notes.extend(place);
    let country = issuing.or(country_of_issue).map(|c| Country::from_raw(&c));
    match number {
        Some(value) => Ok(Doc::Id(Identifier {
            kind,
            label,
            value,
            country,
            issued,
            expires: None,
            note: (!notes.is_empty()).then(|| notes.join("; ")),
        })),
        None => {
            let mut details: Vec<String> = country.into_iter().map(|c| c.raw).collect();
            details.extend(issued.map(|d| format!("issued {d}")));
            details.extend(notes);
            Ok(Doc::Remark(format!("{label}: {}", details.join("; "))))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(xml: &str) -> Result<ListSnapshot, ListError> {
        parse(&InputFile {
            name: "t.xml".into(),
            bytes: xml.as_bytes().to_vec(),
        })
    }

    fn wrap(records: &str) -> String {
        format!(
            "<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='2024-09-21T00:00:02.610Z'>\n<INDIVIDUALS>{records}</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>\n"
        )
    }

    #[test]
    fn dates_with_zones_and_times() {
        assert_eq!(iso_date("2015-03-27-04:00"), "2015-03-27".parse().ok());
        assert_eq!(
            iso_date("2018-08-24T19:40:35.913-04:00"),
            "2018-08-24".parse().ok()
        );
        assert_eq!(
            iso_date("2026-02-27T00:00:09.554Z"),
            "2026-02-27".parse().ok()
        );
        assert_eq!(iso_date(" 1968-07-10 "), "1968-07-10".parse().ok());
        assert_eq!(iso_date("1968-02-30"), None);
        assert_eq!(iso_date("1968-07-10x"), None);
        assert_eq!(iso_date("10/07/1968"), None);
        assert_eq!(iso_date("1968"), None);
    }

    #[test]
    fn month_notes() {
        assert_eq!(nomina_model::month_from_name("Sep."), Some(9));
        assert_eq!(nomina_model::month_from_name("Sept"), Some(9));
        assert_eq!(nomina_model::month_from_name("August"), Some(8));
        assert_eq!(nomina_model::month_from_name("Married"), None);
        assert_eq!(nomina_model::month_from_name("from"), None);
        let ym = |y, m| FuzzyDate::ym(y, m).unwrap();
        assert_eq!(note_date("Nov. 1973"), Some((ym(1973, 11), ym(1973, 11))));
        assert_eq!(
            note_date("Between Aug. and Sep. 1977"),
            Some((ym(1977, 8), ym(1977, 9)))
        );
        assert_eq!(note_date("30-35 years old"), None);
        assert_eq!(note_date("24/06/1402 (Hijri Calendar)"), None);
    }

    #[test]
    fn document_labels() {
        assert_eq!(
            classify_document("Numéro de passeport"),
            Some(IdKind::Passport)
        );
        assert_eq!(
            classify_document("Número de pasaporte"),
            Some(IdKind::Passport)
        );
        assert_eq!(
            classify_document("National identification no."),
            Some(IdKind::NationalId)
        );
        assert_eq!(
            classify_document("Certificate of Iraqi Nationality"),
            Some(IdKind::Other)
        );
        assert_eq!(
            classify_document("Italian Fiscal Code:"),
            Some(IdKind::TaxId)
        );
        assert_eq!(classify_document("number:"), None);
    }

    #[test]
    fn record_shapes() {
        let snap = parse_str(&wrap(
            "<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME> RI </FIRST_NAME><SECOND_NAME>Won\n   Ho</SECOND_NAME>\
             <REFERENCE_NUMBER>KPi.034 </REFERENCE_NUMBER><LISTED_ON>2015-03-27-04:00</LISTED_ON>\
             <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS>\
             <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>R. W. Ho</ALIAS_NAME><NOTE>n</NOTE></INDIVIDUAL_ALIAS>\
             <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>RI Won Ho</ALIAS_NAME><DATE_OF_BIRTH>1960 - 1962</DATE_OF_BIRTH></INDIVIDUAL_ALIAS>\
             <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><YEAR>1958</YEAR><NOTE>Sep.</NOTE></INDIVIDUAL_DATE_OF_BIRTH>\
             <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1955</FROM_YEAR><TO_YEAR>1958</TO_YEAR><NOTE>Approximately</NOTE></INDIVIDUAL_DATE_OF_BIRTH>\
             <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>APPROXIMATELY</TYPE_OF_DATE><NOTE>30 years old</NOTE></INDIVIDUAL_DATE_OF_BIRTH>\
             <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE/></INDIVIDUAL_DATE_OF_BIRTH>\
             <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification\n   Number</TYPE_OF_DOCUMENT><TYPE_OF_DOCUMENT2>Birth certificate</TYPE_OF_DOCUMENT2><NUMBER>77</NUMBER><DATE_OF_ISSUE>2001-02-03</DATE_OF_ISSUE></INDIVIDUAL_DOCUMENT>\
             <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NOTE>issued under another name</NOTE><ISSUING_COUNTRY>Egypt</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>\
             <INDIVIDUAL_DOCUMENT/>\
             <COMMENTS1>Line one.\n   Line two.</COMMENTS1></INDIVIDUAL>",
        ))
        .unwrap();
        assert_eq!(snap.version.published, "2024-09-21".parse().ok());
        let e = &snap.entities[0];
        assert_eq!(e.key, "un:KPi.034");
        assert_eq!(e.primary_name(), "RI Won Ho");
        assert_eq!(e.names[0].parts.len(), 2);
        assert_eq!(e.names[0].parts[1].value, "Won Ho");
        // The Good alias repeats the primary name and adds nothing.
        assert_eq!(e.names.len(), 2);
        assert_eq!(
            (e.names[1].kind, e.names[1].note.as_deref()),
            (NameKind::WeakAlias, Some("n"))
        );
        assert_eq!(e.listed_on, "2015-03-27".parse().ok());
        let raws: Vec<_> = e
            .birth_dates
            .iter()
            .map(|b| (b.raw.as_str(), b.approximate))
            .collect();
        assert_eq!(
            raws,
            [
                ("1958 (Sep.)", false),
                ("1955-1958 (Approximately)", true),
                ("30 years old", true),
                ("1960 - 1962", false)
            ]
        );
        assert_eq!(e.birth_dates[0].from, FuzzyDate::ym(1958, 9));
        assert_eq!(e.birth_dates[2].from, None);
        assert_eq!(e.identifiers.len(), 1);
        assert_eq!(e.identifiers[0].kind, IdKind::Other);
        assert_eq!(
            e.identifiers[0].label,
            "National Identification Number (Birth certificate)"
        );
        assert_eq!(
            e.remarks.as_deref(),
            Some("Line one. Line two.\nPassport: Egypt; issued under another name")
        );
        assert!(
            snap.warnings.iter().any(|w| w.contains("1 empty alias")),
            "{:?}",
            snap.warnings
        );
    }

    #[test]
    fn errors_name_the_element() {
        let e =
            parse_str(&wrap("<INDIVIDUAL><FIRST_NAME>A</FIRST_NAME></INDIVIDUAL>")).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("REFERENCE_NUMBER"));
        assert!(matches!(e.position, Some(Position::LineByte(3, _))), "{e}");
        let e = parse_str(&wrap(
            "<INDIVIDUAL><REFERENCE_NUMBER>X</REFERENCE_NUMBER><FIRST_NAME/></INDIVIDUAL>",
        ))
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("FIRST_NAME"));
        let e = parse_str(&wrap(
            "<INDIVIDUAL><REFERENCE_NUMBER>X</REFERENCE_NUMBER><FIRST_NAME>A</FIRST_NAME><LISTED_ON>2019-13-01</LISTED_ON></INDIVIDUAL>",
        ))
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("LISTED_ON"));
        let e = parse_str(&wrap("").replace("2024-09-21T", "21/09/2024T")).unwrap_err();
        assert_eq!(
            (e.field.as_deref(), e.position),
            (Some("dateGenerated"), Some(Position::Line(2)))
        );
        let e = parse_str("<sdnList><INDIVIDUAL/></sdnList>").unwrap_err();
        assert!(e.message.contains("not a UN"), "{e}");
        let big = "x".repeat(MAX_FIELD_BYTES + 1);
        let e = parse_str(&wrap(&format!(
            "<INDIVIDUAL><REFERENCE_NUMBER>X</REFERENCE_NUMBER><FIRST_NAME>{big}</FIRST_NAME></INDIVIDUAL>"
        )))
        .unwrap_err();
        assert_eq!(e.field.as_deref(), Some("FIRST_NAME"));
    }
}
