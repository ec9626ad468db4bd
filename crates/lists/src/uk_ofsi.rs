//! UK HM Treasury / OFSI "Consolidated List of Financial Sanctions Targets in the UK", CSV
//! in the format published until February 2022 (`sanctionsconlist.csv`, later `ConList.csv`).
//!
//! # Layout
//!
//! * Line 1: `Last Updated,dd/mm/yyyy` (the 2018 files pad it with commas to 29 fields). This
//!   is the publication date of the snapshot.
//! * Line 2: the 29-column header `Name 6,Name 1,…,Name 5,Title,DOB,Town of Birth,Country of
//!   Birth,Nationality,Passport Details,NI Number,Position,Address 1,…,Address 6,Post/Zip
//!   Code,Country,Other Information,Group Type,Alias Type,Regime,Listed On,Last Updated,Group ID`.
//! * Then one row per combination of name variant × date of birth × address: a target is all
//!   rows sharing a `Group ID`, and rows of one group are not contiguous (the file is sorted by
//!   name). The key is `uk:<Group ID>`.
//!
//! # Mapping
//!
//! * `Group Type` `Individual` → person, `Entity` → organization, `Ship` → vessel. Any other
//!   value is an error: a new type must not be silently filed as something else.
//! * `Name 6` is the surname or the entity name, `Name 1`–`Name 5` the given names. `Alias
//!   Type` `Prime Alias` gives the primary name, `AKA` an alias, `FKA` a former name. `Title`
//!   goes to titles, never into the name.
//! * `DOB` is `dd/mm/yyyy` with `00` for unknown parts: `00/00/1980` is the year 1980,
//!   `00/07/1965` is July 1965. A day is never invented.
//! * Several cells pack enumerated values as text — `(1) German (2) Moroccan`, `1) Saudi
//!   Arabia 2) Qatar`, `a) General b) Major General`, `(1)-(2) Tunisia (3) Libya`. They are
//!   split into separate values; town and country of birth are paired by item number.
//! * `UN Ref QDi.333` inside `Other Information` becomes an other-list reference.
//! * The file is Windows-1252. A copy re-saved as UTF-8 (valid UTF-8, or with a BOM) is read
//!   as UTF-8; UTF-16 is refused with a message saying so.
//!
//! Values repeated across a group's rows are kept once.

use crate::error::{ListError, Position};
use crate::{finish_snapshot, InputFile, ListSnapshot};
use nomina_model::{
    collapse_whitespace, Address, BirthDate, Country, Entity, EntityType, FuzzyDate, IdKind,
    Identifier, Name, NameKind, NamePart, NamePartKind, Place, Source, VesselInfo,
};
use std::collections::HashMap;

/// Stable format name stored in the snapshot's version.
pub const FORMAT: &str = "uk-ofsi-csv";

/// Longest cell accepted. The longest real cell is under 1 KB; a cell far beyond this is a
/// broken or hostile file, not a sanctions record.
pub(crate) const MAX_FIELD_BYTES: usize = 256 * 1024;

/// The header of the pre-2022 format, in file order.
const COLUMNS: [&str; 29] = [
    "Name 6",
    "Name 1",
    "Name 2",
    "Name 3",
    "Name 4",
    "Name 5",
    "Title",
    "DOB",
    "Town of Birth",
    "Country of Birth",
    "Nationality",
    "Passport Details",
    "NI Number",
    "Position",
    "Address 1",
    "Address 2",
    "Address 3",
    "Address 4",
    "Address 5",
    "Address 6",
    "Post/Zip Code",
    "Country",
    "Other Information",
    "Group Type",
    "Alias Type",
    "Regime",
    "Listed On",
    "Last Updated",
    "Group ID",
];

/// Recognises the OFSI CSV from its first two lines: `Last Updated,<date>` then a header
/// beginning `Name 6,`. The UK Sanctions List CSV starts with `Report Date:` and is not
/// claimed.
pub(crate) fn sniff(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let mut lines = head.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or_default();
    let second = lines.next().unwrap_or_default();
    let first = first.strip_suffix(b"\r").unwrap_or(first);
    let Some(rest) = first.strip_prefix(b"Last Updated,") else {
        return false;
    };
    let date = rest.split(|&b| b == b',').next().unwrap_or_default();
    date.len() == 10 && date[2] == b'/' && date[5] == b'/' && second.starts_with(b"Name 6,")
}

/// Reads a whole OFSI consolidated list CSV into a snapshot keyed `uk:<Group ID>`.
pub fn parse(file: &InputFile) -> Result<ListSnapshot, ListError> {
    let text = decode_legacy(file)?;
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut lines = LineCounter::new(&text);

    let first = next_record(&mut records, &mut lines, file)?
        .ok_or_else(|| ListError::file(&file.name, "the file is empty"))?;
    let published = read_first_line(&first.1, file)?;

    let (header_line, header) = next_record(&mut records, &mut lines, file)?.ok_or_else(|| {
        ListError::at(
            &file.name,
            Position::Line(2),
            "file ends before the header line (truncated?)",
        )
    })?;
    let cols = Columns::from_header(&header, header_line, file)?;

    let mut groups: Vec<Vec<Row>> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut blank_rows = 0usize;
    while let Some((line, rec)) = next_record(&mut records, &mut lines, file)? {
        if rec.len() != COLUMNS.len() {
            return Err(ListError::at(
                &file.name,
                Position::Line(line),
                format!(
                    "expected {} fields, found {} (truncated or malformed row)",
                    COLUMNS.len(),
                    rec.len()
                ),
            ));
        }
        let fields: Vec<String> = cols
            .order
            .iter()
            .map(|&i| rec[i].trim().to_string())
            .collect();
        if fields.iter().all(String::is_empty) {
            blank_rows += 1;
            continue;
        }
        let row = Row { line, fields };
        let gid = row.get(C_GROUP_ID).to_string();
        if gid.is_empty() {
            return Err(
                ListError::at(&file.name, Position::Line(line), "row has no Group ID")
                    .with_field("Group ID"),
            );
        }
        if row.name_parts().is_empty() {
            return Err(ListError::at(
                &file.name,
                Position::Line(line),
                "row has no name (Name 1 to Name 6 are empty)",
            )
            .with_field("Name 6"));
        }
        match index.get(&gid) {
            Some(&i) => groups[i].push(row),
            None => {
                index.insert(gid, groups.len());
                groups.push(vec![row]);
            }
        }
    }

    let mut warnings = Vec::new();
    if blank_rows > 0 {
        warnings.push(format!("{blank_rows} empty rows skipped"));
    }
    let mut entities = Vec::with_capacity(groups.len());
    for rows in &groups {
        entities.push(build_group(rows, file, &mut warnings)?);
    }
    finish_snapshot(
        Source::Uk,
        FORMAT,
        Some(published),
        &[file],
        entities,
        warnings,
    )
}

// Column positions in `COLUMNS` order, so rows can be read by constant index.
const C_NAME6: usize = 0;
const C_NAME1: usize = 1;
const C_TITLE: usize = 6;
const C_DOB: usize = 7;
const C_TOWN: usize = 8;
const C_BIRTH_COUNTRY: usize = 9;
const C_NATIONALITY: usize = 10;
const C_PASSPORT: usize = 11;
const C_NI: usize = 12;
const C_POSITION: usize = 13;
const C_ADDRESS1: usize = 14;
const C_ADDRESS6: usize = 19;
const C_POSTCODE: usize = 20;
const C_COUNTRY: usize = 21;
const C_OTHER: usize = 22;
const C_GROUP_TYPE: usize = 23;
const C_ALIAS_TYPE: usize = 24;
const C_REGIME: usize = 25;
const C_LISTED_ON: usize = 26;
const C_LAST_UPDATED: usize = 27;
const C_GROUP_ID: usize = 28;

/// Where each expected column sits in this file's header.
struct Columns {
    order: Vec<usize>,
}

impl Columns {
    fn from_header(
        header: &csv::StringRecord,
        line: u64,
        file: &InputFile,
    ) -> Result<Columns, ListError> {
        let names: Vec<&str> = header.iter().map(str::trim).collect();
        let unknown: Vec<&str> = names
            .iter()
            .copied()
            .filter(|n| !n.is_empty() && !COLUMNS.contains(n))
            .collect();
        if !unknown.is_empty() {
            return Err(ListError::at(
                &file.name,
                Position::Line(line),
                format!(
                    "unknown column(s) {} in the header: this reader handles the pre-2022 OFSI format ({} columns)",
                    unknown.iter().map(|u| format!("`{u}`")).collect::<Vec<_>>().join(", "),
                    COLUMNS.len()
                ),
            )
            .with_field(unknown[0].to_string()));
        }
        let mut order = Vec::with_capacity(COLUMNS.len());
        for col in COLUMNS {
            let found: Vec<usize> = names
                .iter()
                .enumerate()
                .filter(|(_, n)| **n == col)
                .map(|(i, _)| i)
                .collect();
            match found.as_slice() {
                [i] => order.push(*i),
                [] => {
                    return Err(ListError::at(
                        &file.name,
                        Position::Line(line),
                        format!("header lacks column `{col}`"),
                    )
                    .with_field(col))
                }
                _ => {
                    return Err(ListError::at(
                        &file.name,
                        Position::Line(line),
                        format!("column `{col}` appears twice"),
                    )
                    .with_field(col))
                }
            }
        }
        if names.len() != COLUMNS.len() {
            return Err(ListError::at(
                &file.name,
                Position::Line(line),
                format!(
                    "header has {} fields, expected {}",
                    names.len(),
                    COLUMNS.len()
                ),
            ));
        }
        Ok(Columns { order })
    }
}

/// One data row with its fields in `COLUMNS` order.
struct Row {
    line: u64,
    fields: Vec<String>,
}

impl Row {
    fn get(&self, col: usize) -> &str {
        &self.fields[col]
    }

    /// Name 1–5 then Name 6, the order in which the name is written.
    fn name_parts(&self) -> Vec<(NamePartKind, String)> {
        let mut parts = Vec::new();
        for (i, col) in (C_NAME1..C_NAME1 + 5).enumerate() {
            let v = collapse_whitespace(self.get(col));
            if !v.is_empty() {
                parts.push((
                    if i == 0 {
                        NamePartKind::Given
                    } else {
                        NamePartKind::Middle
                    },
                    v,
                ));
            }
        }
        let surname = collapse_whitespace(self.get(C_NAME6));
        if !surname.is_empty() {
            parts.push((NamePartKind::Family, surname));
        }
        parts
    }

    fn err(&self, file: &InputFile, col: usize, message: impl Into<String>) -> ListError {
        ListError::at(&file.name, Position::Line(self.line), message).with_field(COLUMNS[col])
    }
}

/// Pulls the next record with its 1-based line, turning csv errors into positioned ones and
/// refusing absurdly large cells.
pub(crate) fn next_record(
    records: &mut csv::StringRecordsIter<&[u8]>,
    lines: &mut LineCounter,
    file: &InputFile,
) -> Result<Option<(u64, csv::StringRecord)>, ListError> {
    match records.next() {
        None => Ok(None),
        Some(Err(e)) => Err(csv_error(file, lines, &e)),
        Some(Ok(rec)) => {
            let line = rec.position().map_or(0, |p| lines.record_line(p.byte()));
            if let Some(big) = rec.iter().position(|f| f.len() > MAX_FIELD_BYTES) {
                return Err(ListError::at(
                    &file.name,
                    Position::Line(line),
                    format!("field {} is larger than {MAX_FIELD_BYTES} bytes", big + 1),
                ));
            }
            Ok(Some((line, rec)))
        }
    }
}

/// Turns byte offsets into 1-based line numbers, counting forward from the last offset asked
/// so that a whole file costs one pass (records are asked for in file order).
pub(crate) struct LineCounter<'a> {
    text: &'a [u8],
    at: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    /// Starts at line 1 of `text`.
    pub(crate) fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            at: 0,
            line: 1,
        }
    }

    /// The line a record starts on. The csv crate reports a record's offset before the
    /// previous line's terminator, so terminators (and skipped blank lines) are stepped over.
    pub(crate) fn record_line(&mut self, byte: u64) -> u64 {
        let b = self.text;
        let mut at = (byte as usize).min(b.len());
        while at < b.len() && (b[at] == b'\r' || b[at] == b'\n') {
            at += 1;
        }
        if at < self.at {
            self.at = 0;
            self.line = 1;
        }
        self.line += b[self.at..at].iter().filter(|&&c| c == b'\n').count() as u64;
        self.at = at;
        self.line
    }
}

/// A csv crate error with the line it happened on.
pub(crate) fn csv_error(file: &InputFile, lines: &mut LineCounter, e: &csv::Error) -> ListError {
    let msg = format!("malformed CSV: {e}");
    match e.position() {
        Some(p) => ListError::at(&file.name, Position::Line(lines.record_line(p.byte())), msg),
        None => ListError::file(&file.name, msg),
    }
}

fn read_first_line(rec: &csv::StringRecord, file: &InputFile) -> Result<FuzzyDate, ListError> {
    let label = rec
        .get(0)
        .unwrap_or("")
        .trim_start_matches('\u{feff}')
        .trim();
    let date = rec.get(1).unwrap_or("").trim();
    if label != "Last Updated" {
        return Err(ListError::at(
            &file.name,
            Position::Line(1),
            "line 1 must be `Last Updated,dd/mm/yyyy`",
        ));
    }
    match parse_dmy(date) {
        Ok(d) if d.day.is_some() => Ok(d),
        _ => Err(ListError::at(
            &file.name,
            Position::Line(1),
            format!("publication date {date:?} is not dd/mm/yyyy"),
        )
        .with_field("Last Updated")),
    }
}

/// Decodes an OFSI file: Windows-1252 as published, UTF-8 when the file is valid UTF-8 (a
/// copy re-saved by a spreadsheet). UTF-16 and binary content are refused.
pub(crate) fn decode_legacy(file: &InputFile) -> Result<String, ListError> {
    let b = &file.bytes;
    refuse_utf16(file)?;
    if let Some(rest) = b.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_utf8(file, rest, 3);
    }
    if let Ok(s) = std::str::from_utf8(b) {
        return Ok(s.to_string());
    }
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(b);
    Ok(text.into_owned())
}

/// Refuses UTF-16 (which spreadsheets write when asked for "Unicode text") and binary data,
/// which would otherwise decode into garbage names.
pub(crate) fn refuse_utf16(file: &InputFile) -> Result<(), ListError> {
    let b = &file.bytes;
    if b.starts_with(b"\xFF\xFE") || b.starts_with(b"\xFE\xFF") {
        return Err(ListError::at(
            &file.name,
            Position::Byte(0),
            "the file is UTF-16 encoded; save it as UTF-8 or Windows-1252 CSV",
        ));
    }
    if let Some(at) = b.iter().position(|&c| c == 0) {
        return Err(ListError::at(
            &file.name,
            Position::LineByte(crate::error::line_of(b, at), at as u64),
            "NUL byte in a text file: the file is binary or UTF-16, not a CSV list",
        ));
    }
    Ok(())
}

/// Strict UTF-8 decoding naming the line and byte of the first invalid sequence. `skip` is
/// the number of bytes before `bytes` in the file (a BOM), so positions match the file.
pub(crate) fn decode_utf8(
    file: &InputFile,
    bytes: &[u8],
    skip: usize,
) -> Result<String, ListError> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to() + skip;
            Err(ListError::at(
                &file.name,
                Position::LineByte(crate::error::line_of(&file.bytes, at), at as u64),
                "invalid UTF-8: the file must be UTF-8 encoded",
            ))
        }
    }
}

fn build_group(
    rows: &[Row],
    file: &InputFile,
    warnings: &mut Vec<String>,
) -> Result<Entity, ListError> {
    let first = &rows[0];
    let gid = first.get(C_GROUP_ID);
    let entity_type = group_type(first, file)?;
    for r in &rows[1..] {
        if group_type(r, file)? != entity_type {
            return Err(r.err(
                file,
                C_GROUP_TYPE,
                format!("Group ID {gid} has rows of different group types"),
            ));
        }
    }

    // The primary name is the Prime Alias row's; the others follow in file order.
    let mut kinds = Vec::with_capacity(rows.len());
    for r in rows {
        kinds.push(alias_kind(r, file)?);
    }
    let prime = kinds.iter().position(|k| *k == NameKind::Primary);
    let prime = match prime {
        Some(p) => p,
        None => {
            warnings.push(format!(
                "uk:{gid}: no Prime Alias row; the first name listed is used as primary"
            ));
            0
        }
    };
    let primary = make_name(&rows[prime], NameKind::Primary, entity_type);
    let mut e = Entity::new(Source::Uk, gid, entity_type, primary);
    for (r, kind) in rows.iter().zip(&kinds) {
        let kind = if *kind == NameKind::Primary {
            NameKind::Alias
        } else {
            *kind
        };
        let name = make_name(r, kind, entity_type);
        // A second, different Prime Alias is kept as an alias; the repeated primary is not.
        if name.full != e.names[0].full {
            e.push_name(name);
        }
    }
    if entity_type == EntityType::Vessel {
        e.vessel = Some(VesselInfo::default());
    }

    let mut remarks: Vec<String> = Vec::new();
    let mut listed: Option<FuzzyDate> = None;
    for r in rows {
        for t in split_values(r.get(C_TITLE)) {
            push_unique(&mut e.titles, t);
        }
        let dob = r.get(C_DOB);
        if !dob.is_empty() && !e.birth_dates.iter().any(|b| b.raw == dob) {
            e.birth_dates.push(birth_date(dob, &e.key, warnings));
        }
        for p in birth_places(r.get(C_TOWN), r.get(C_BIRTH_COUNTRY)) {
            push_unique(&mut e.birth_places, p);
        }
        for n in split_values(r.get(C_NATIONALITY)) {
            push_unique(&mut e.nationalities, country(&n));
        }
        for p in split_values(r.get(C_PASSPORT)) {
            push_unique(
                &mut e.identifiers,
                document(IdKind::Passport, "Passport Details", &p),
            );
        }
        for p in split_values(r.get(C_NI)) {
            push_unique(
                &mut e.identifiers,
                document(IdKind::NationalId, "NI Number", &p),
            );
        }
        for p in split_values(r.get(C_POSITION)) {
            push_unique(&mut e.positions, p);
        }
        if let Some(a) = address(r) {
            push_unique(&mut e.addresses, a);
        }
        let other = collapse_whitespace(r.get(C_OTHER));
        if !other.is_empty() {
            for u in un_references(&other) {
                push_unique(&mut e.other_references, u);
            }
            push_unique(&mut remarks, other);
        }
        let regime = collapse_whitespace(r.get(C_REGIME));
        if !regime.is_empty() {
            push_unique(&mut e.programmes, regime);
        }
        if let Some(d) = optional_date(r, C_LISTED_ON, file)? {
            listed = Some(listed.map_or(d, |l| l.min(d)));
        }
        if let Some(d) = optional_date(r, C_LAST_UPDATED, file)? {
            push_unique(&mut e.last_updated, d);
        }
    }
    e.last_updated.sort();
    e.listed_on = listed;
    if !remarks.is_empty() {
        e.remarks = Some(remarks.join("\n"));
    }
    Ok(e)
}

fn group_type(r: &Row, file: &InputFile) -> Result<EntityType, ListError> {
    match r.get(C_GROUP_TYPE) {
        "Individual" => Ok(EntityType::Person),
        "Entity" => Ok(EntityType::Organization),
        "Ship" => Ok(EntityType::Vessel),
        "" => Err(r.err(file, C_GROUP_TYPE, "Group Type is empty")),
        other => Err(r.err(
            file,
            C_GROUP_TYPE,
            format!("unknown Group Type {other:?} (expected Individual, Entity or Ship)"),
        )),
    }
}

fn alias_kind(r: &Row, file: &InputFile) -> Result<NameKind, ListError> {
    match r.get(C_ALIAS_TYPE) {
        "Prime Alias" => Ok(NameKind::Primary),
        "AKA" => Ok(NameKind::Alias),
        "FKA" => Ok(NameKind::FormerName),
        "" => Err(r.err(file, C_ALIAS_TYPE, "Alias Type is empty")),
        other => Err(r.err(
            file,
            C_ALIAS_TYPE,
            format!("unknown Alias Type {other:?} (expected Prime Alias, AKA or FKA)"),
        )),
    }
}

fn make_name(r: &Row, kind: NameKind, entity_type: EntityType) -> Name {
    let parts = r.name_parts();
    let full = parts
        .iter()
        .map(|(_, v)| v.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    let mut name = Name::new(full, kind);
    // Structured parts only mean something for people; an entity's "Name 6" is its name.
    if entity_type == EntityType::Person {
        name.parts = parts
            .into_iter()
            .map(|(kind, value)| NamePart { kind, value })
            .collect();
    }
    name
}

fn optional_date(r: &Row, col: usize, file: &InputFile) -> Result<Option<FuzzyDate>, ListError> {
    let v = r.get(col);
    if v.is_empty() {
        return Ok(None);
    }
    parse_dmy(v)
        .map(Some)
        .map_err(|why| r.err(file, col, format!("invalid date {v:?}: {why}")))
}

fn address(r: &Row) -> Option<Address> {
    let street: Vec<String> = (C_ADDRESS1..C_ADDRESS6)
        .map(|c| collapse_whitespace(r.get(c)))
        .filter(|s| !s.is_empty())
        .collect();
    let opt = |c: usize| Some(collapse_whitespace(r.get(c))).filter(|s| !s.is_empty());
    let a = Address {
        street: (!street.is_empty()).then(|| street.join(", ")),
        city: opt(C_ADDRESS6),
        region: None,
        postal_code: opt(C_POSTCODE),
        country: opt(C_COUNTRY).map(|c| country(&c)),
        note: None,
    };
    (a != Address::default()).then_some(a)
}

/// Adds `v` unless an equal value is already there (OFSI repeats every value on each of a
/// group's rows).
pub(crate) fn push_unique<T: PartialEq>(list: &mut Vec<T>, v: T) {
    if !list.contains(&v) {
        list.push(v);
    }
}

/// Reads `dd/mm/yyyy` where the day and month may be unknown, written `00` (OFSI) or `dd` /
/// `mm` (UK Sanctions List). A known day with an unknown month gives the year only: a day
/// without its month says nothing.
pub(crate) fn parse_dmy(s: &str) -> Result<FuzzyDate, &'static str> {
    let parts: Vec<&str> = s.trim().split('/').collect();
    let [d, m, y] = parts.as_slice() else {
        return Err("expected dd/mm/yyyy");
    };
    if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return Err("the year must be four digits");
    }
    let year: i32 = y.parse().map_err(|_| "the year must be four digits")?;
    let unknown = |p: &str, letter: &str| p == "00" || p == "0" || p.eq_ignore_ascii_case(letter);
    let number = |p: &str| -> Result<u8, &'static str> {
        if p.is_empty() || p.len() > 2 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return Err("day and month must be one or two digits");
        }
        p.parse::<u8>()
            .map_err(|_| "day and month must be one or two digits")
    };
    if unknown(m, "mm") {
        if !unknown(d, "dd") {
            number(d)?;
        }
        return Ok(FuzzyDate::year(year));
    }
    let month = number(m)?;
    if unknown(d, "dd") {
        return FuzzyDate::ym(year, month).ok_or("no such month");
    }
    FuzzyDate::ymd(year, month, number(d)?).ok_or("no such day")
}

/// A date of birth from `dd/mm/yyyy` text. Text that is not a date is kept as a note (raw
/// text, no date) with a warning, rather than failing the whole list over one typo.
pub(crate) fn birth_date(raw: &str, key: &str, warnings: &mut Vec<String>) -> BirthDate {
    match parse_dmy(raw) {
        Ok(d) => BirthDate::single(d, raw),
        Err(why) => {
            warnings.push(format!(
                "{key}: date of birth {raw:?} kept as text only ({why})"
            ));
            BirthDate {
                from: None,
                to: None,
                approximate: false,
                raw: raw.to_string(),
            }
        }
    }
}

/// A country as written, with its code looked up on the whole text and, failing that, on
/// the text before a parenthesis (`Pakistan (previous address)`, `Italy (Domicile)`).
pub(crate) fn country(raw: &str) -> Country {
    let mut c = Country::from_raw(raw);
    if c.code.is_none() {
        if let Some(i) = c.raw.find('(') {
            c.code = nomina_model::country::lookup(c.raw[..i].trim()).map(str::to_string);
        }
    }
    c
}

/// One value of an enumerated cell and the item numbers it applies to (empty when the cell
/// is not numbered).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Enumerated {
    /// Item numbers (`(1)-(2)` gives 1 and 2; letters count a=1, b=2…).
    pub numbers: Vec<u32>,
    /// The value, trimmed.
    pub value: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum MarkerStyle {
    Number,
    Letter,
}

struct Marker {
    start: usize,
    end: usize,
    style: MarkerStyle,
    number: u32,
}

/// Finds a list marker (`(1)`, `1)`, `(a)`, `a)`) starting at byte `i` of `s`.
fn marker_at(s: &str, i: usize) -> Option<Marker> {
    let b = s.as_bytes();
    let prev_ok = i == 0 || b[i - 1].is_ascii_whitespace() || b[i - 1] == b')' || b[i - 1] == b'-';
    let (open, j) = if b[i] == b'(' {
        (true, i + 1)
    } else {
        (false, i)
    };
    if !open && !prev_ok {
        return None;
    }
    if open && i > 0 && b[i - 1].is_ascii_alphanumeric() {
        return None;
    }
    let digits = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&digits) && b.get(j + digits) == Some(&b')') {
        let number = s[j..j + digits].parse().ok()?;
        return Some(Marker {
            start: i,
            end: j + digits + 1,
            style: MarkerStyle::Number,
            number,
        });
    }
    if b.get(j).is_some_and(|c| c.is_ascii_lowercase()) && b.get(j + 1) == Some(&b')') {
        let number = u32::from(b[j] - b'a' + 1);
        return Some(Marker {
            start: i,
            end: j + 2,
            style: MarkerStyle::Letter,
            number,
        });
    }
    None
}

/// Splits a cell that packs several values behind list markers — `(1) German (2) Moroccan`,
/// `1) Saudi Arabia 2) Qatar`, `a) General b) Major General`, `(1)-(2) Tunisia (3) Libya`,
/// `(1) to (6) Algeria (7) Morocco`, `(1) (2) (4) X (3) Y`. A cell that does not start with a
/// marker is one value. `-` placeholders are dropped.
pub(crate) fn split_enumerated(s: &str) -> Vec<Enumerated> {
    let s = s.trim();
    if s.is_empty() {
        return Vec::new();
    }
    let whole = || {
        placeholder_free(vec![Enumerated {
            numbers: Vec::new(),
            value: collapse_whitespace(s),
        }])
    };
    // A lead-in before the first marker (`Jordanian passport numbers (1) K048787 (2) 486298`)
    // belongs to every item; it is only taken as such when the list starts at (1) or a).
    let Some(first) = (0..s.len())
        .filter(|&i| s.is_char_boundary(i))
        .find_map(|i| marker_at(s, i))
        .filter(|m| m.start == 0 || m.number == 1)
    else {
        return whole();
    };
    let lead_in = collapse_whitespace(&s[..first.start]);
    let style = first.style;
    let mut markers = Vec::new();
    let mut i = first.start;
    let mut next_letter = 1;
    while i < s.len() {
        if s.is_char_boundary(i) {
            if let Some(m) = marker_at(s, i).filter(|m| m.style == style) {
                // Letters must run a, b, c… so that "(s)" or "x)" inside a value is text.
                if style == MarkerStyle::Number || m.number == next_letter {
                    next_letter = m.number + 1;
                    i = m.end;
                    markers.push(m);
                    continue;
                }
            }
        }
        i += 1;
    }
    if markers.first().map(|m| m.start) != Some(first.start)
        || (!lead_in.is_empty() && markers.len() < 2)
    {
        return whole();
    }
    let mut out = Vec::new();
    let mut pending: Vec<u32> = Vec::new();
    let mut range = false;
    for (k, m) in markers.iter().enumerate() {
        if range {
            let from = pending.last().copied().unwrap_or(m.number);
            pending.extend((from + 1..=m.number).take(100));
            range = false;
        } else {
            pending.push(m.number);
        }
        let end = markers.get(k + 1).map_or(s.len(), |n| n.start);
        let seg = s[m.end..end].trim();
        let has_next = k + 1 < markers.len();
        if has_next
            && (seg.is_empty() || seg == "-" || seg == "–" || seg.eq_ignore_ascii_case("to"))
        {
            range = !seg.is_empty();
            continue;
        }
        let value = collapse_whitespace(
            seg.trim_end_matches([',', ';'])
                .trim_start_matches([',', ';', ':']),
        );
        let value = if lead_in.is_empty() || value == "-" {
            value
        } else {
            format!("{lead_in} {value}")
        };
        out.push(Enumerated {
            numbers: std::mem::take(&mut pending),
            value,
        });
    }
    placeholder_free(out)
}

fn placeholder_free(v: Vec<Enumerated>) -> Vec<Enumerated> {
    v.into_iter()
        .filter(|e| !e.value.is_empty() && e.value != "-" && e.value != "–")
        .collect()
}

/// The distinct values of an enumerated cell, without their numbers.
pub(crate) fn split_values(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for e in split_enumerated(s) {
        push_unique(&mut out, e.value);
    }
    out
}

/// Places of birth from a town cell and a country cell, paired by item number when both are
/// numbered (`(1) Tiaret (2) Mascara` with `(1)-(2) Algeria`), else a single country applies
/// to every town.
pub(crate) fn birth_places(town: &str, country_text: &str) -> Vec<Place> {
    let towns = split_enumerated(town);
    let countries = split_enumerated(country_text);
    let place = |city: Option<&str>, ctry: Option<&str>| {
        let raw = [city, ctry]
            .iter()
            .flatten()
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        Place {
            city: city.map(str::to_string),
            region: None,
            country: ctry.map(country),
            raw,
        }
    };
    let numbered = |v: &[Enumerated]| !v.is_empty() && v.iter().all(|e| !e.numbers.is_empty());
    let mut out = Vec::new();
    if numbered(&towns) || numbered(&countries) {
        let mut numbers: Vec<u32> = towns
            .iter()
            .chain(&countries)
            .flat_map(|e| e.numbers.iter().copied())
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        let find = |v: &[Enumerated], n: u32| -> Option<String> {
            v.iter()
                .find(|e| e.numbers.contains(&n))
                .map(|e| e.value.clone())
        };
        // An un-numbered single value on one side applies to every item of the other.
        let only = |v: &[Enumerated]| {
            (v.len() == 1 && v[0].numbers.is_empty()).then(|| v[0].value.clone())
        };
        for n in numbers {
            let t = find(&towns, n).or_else(|| only(&towns));
            let c = find(&countries, n).or_else(|| only(&countries));
            push_unique(&mut out, place(t.as_deref(), c.as_deref()));
        }
        return out;
    }
    match (towns.len(), countries.len()) {
        (0, _) => countries
            .iter()
            .for_each(|c| push_unique(&mut out, place(None, Some(&c.value)))),
        (_, 0) => towns
            .iter()
            .for_each(|t| push_unique(&mut out, place(Some(&t.value), None))),
        (_, 1) => towns
            .iter()
            .for_each(|t| push_unique(&mut out, place(Some(&t.value), Some(&countries[0].value)))),
        (a, b) if a == b => towns
            .iter()
            .zip(&countries)
            .for_each(|(t, c)| push_unique(&mut out, place(Some(&t.value), Some(&c.value)))),
        _ => {
            towns
                .iter()
                .for_each(|t| push_unique(&mut out, place(Some(&t.value), None)));
            countries
                .iter()
                .for_each(|c| push_unique(&mut out, place(None, Some(&c.value))));
        }
    }
    out
}

/// The document number inside a free-text passport or identity note: the first word that
/// holds a digit (`G827238 (Tunisian). Issued on 1 June 1996` → `G827238`,
/// `Passport number:F50859` → `F50859`), keeping a one- or two-letter series written apart
/// (`A 11263265`, `BPA 1336597587`).
pub(crate) fn document_number(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let w = w.rsplit(':').next().unwrap_or(w);
        let w = w
            .trim_start_matches(['#', '(', '['])
            .trim_end_matches(['.', ',', ';', ':', ')', ']']);
        if w.len() < 3 || !w.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        // A date such as 25/04/2007 is not a document number.
        if w.matches('/').count() == 2 && parse_dmy(w).is_ok() {
            continue;
        }
        if i > 0 {
            let prev = words[i - 1];
            if (1..=3).contains(&prev.len()) && prev.bytes().all(|b| b.is_ascii_uppercase()) {
                return Some(format!("{prev} {w}"));
            }
        }
        return Some(w.to_string());
    }
    None
}

/// An identifier from a free-text document note: the number, the issuing country when a
/// parenthesis names one (`(Tunisian)`), and the whole note.
pub(crate) fn document(kind: IdKind, label: &str, text: &str) -> Identifier {
    let text = collapse_whitespace(text);
    let value = document_number(&text).unwrap_or_else(|| text.clone());
    let issuing = text
        .split('(')
        .skip(1)
        .filter_map(|p| p.split(')').next())
        .find_map(|p| nomina_model::country::lookup(p).map(|code| (p, code)))
        .map(|(p, code)| Country {
            code: Some(code.to_string()),
            raw: p.trim().to_string(),
        });
    Identifier {
        kind,
        label: label.to_string(),
        note: (value != text).then(|| text.clone()),
        value,
        country: issuing,
        issued: None,
        expires: None,
    }
}

/// UN references cited in free text: `UN Ref QDi.333`, `UN REF: QE.A.146.14.`, `UN
/// Ref.KPI.067.` → `UN Ref QDi.333`, `UN Ref QE.A.146.14`, `UN Ref KPI.067`.
pub(crate) fn un_references(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find("un ref") {
        let pos = from + i;
        let start = pos + "un ref".len();
        from = start;
        if pos > 0 && lower.as_bytes()[pos - 1].is_ascii_alphanumeric() {
            continue;
        }
        let rest = &text[start..];
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic() && c != ' ');
        let rest = rest.trim_start_matches(['.', ':', ' ', '#']);
        let token: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != ',' && *c != ';')
            .collect();
        let token = token.trim_end_matches(['.', ')']);
        if token.len() >= 3 && token.bytes().any(|b| b.is_ascii_digit()) {
            push_unique(&mut out, format!("UN Ref {token}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(s: &str) -> Vec<(Vec<u32>, String)> {
        split_enumerated(s)
            .into_iter()
            .map(|e| (e.numbers, e.value))
            .collect()
    }

    #[test]
    fn enumerated_cells_split_into_values() {
        assert_eq!(
            split_values("(1) German (2) Moroccan"),
            ["German", "Moroccan"]
        );
        assert_eq!(
            split_values("1) Saudi Arabia 2) Qatar"),
            ["Saudi Arabia", "Qatar"]
        );
        assert_eq!(
            split_values("a) General b)Major General"),
            ["General", "Major General"]
        );
        assert_eq!(
            split_values("(a) Jordanian (b) American"),
            ["Jordanian", "American"]
        );
        assert_eq!(
            split_values("(1) Afghanistan, (2) Pakistan"),
            ["Afghanistan", "Pakistan"]
        );
        assert_eq!(split_values("Ukraine (USSR)"), ["Ukraine (USSR)"]);
        assert_eq!(split_values("x) not a list"), ["x) not a list"]);
        assert_eq!(
            split_values("Jordanian passport numbers (1) K048787 (2) 486298"),
            [
                "Jordanian passport numbers K048787",
                "Jordanian passport numbers 486298"
            ]
        );
        assert_eq!(split_values("Kabul (2) -"), ["Kabul (2) -"]);
        assert_eq!(
            split_values("Owner/operator (s) of x"),
            ["Owner/operator (s) of x"]
        );
        assert_eq!(split_values(""), Vec::<String>::new());
        assert_eq!(split_values(" - "), Vec::<String>::new());
        assert_eq!(
            values("(1)-(2) Tunisia (3) Libya"),
            [
                (vec![1, 2], "Tunisia".to_string()),
                (vec![3], "Libya".to_string())
            ]
        );
        assert_eq!(
            values("(1) to (6) Algeria (7) Morocco"),
            [
                (vec![1, 2, 3, 4, 5, 6], "Algeria".to_string()),
                (vec![7], "Morocco".to_string())
            ]
        );
        assert_eq!(
            values("(1) (2) (4) Libyan Arab Jamahirya (3) Morocco"),
            [
                (vec![1, 2, 4], "Libyan Arab Jamahirya".to_string()),
                (vec![3], "Morocco".to_string())
            ]
        );
        assert_eq!(
            values("(1) Manzil Tmim (2)-(6) -"),
            [(vec![1], "Manzil Tmim".to_string())]
        );
    }

    #[test]
    fn birth_places_pair_towns_with_countries_by_number() {
        let p = birth_places(
            "(1) Tiaret (2) Mascara (3) -",
            "(1)-(2) Algeria (3) Morocco",
        );
        let raws: Vec<&str> = p.iter().map(|p| p.raw.as_str()).collect();
        assert_eq!(raws, ["Tiaret, Algeria", "Mascara, Algeria", "Morocco"]);
        assert_eq!(
            p[0].country.as_ref().and_then(|c| c.code.as_deref()),
            Some("DZ")
        );
        let p = birth_places("(1) Bombai (2) Ratnagiri", "India");
        assert_eq!(
            p.iter().map(|p| p.raw.as_str()).collect::<Vec<_>>(),
            ["Bombai, India", "Ratnagiri, India"]
        );
        let p = birth_places("", "Saudi Arabia");
        assert_eq!(p[0].city, None);
        assert_eq!(p[0].raw, "Saudi Arabia");
    }

    #[test]
    fn dates_keep_their_precision() {
        assert_eq!(parse_dmy("17/08/1957").unwrap().to_string(), "1957-08-17");
        assert_eq!(parse_dmy("00/00/1980").unwrap().to_string(), "1980");
        assert_eq!(parse_dmy("00/07/1965").unwrap().to_string(), "1965-07");
        assert_eq!(parse_dmy("dd/mm/1945").unwrap().to_string(), "1945");
        assert_eq!(parse_dmy("dd/05/1960").unwrap().to_string(), "1960-05");
        assert_eq!(parse_dmy("12/00/1960").unwrap().to_string(), "1960");
        assert!(parse_dmy("31/02/1970").is_err());
        assert!(parse_dmy("1970").is_err());
        assert!(parse_dmy("aa/bb/cccc").is_err());
    }

    #[test]
    fn document_numbers_are_found_in_notes() {
        assert_eq!(
            document_number("G827238 (Tunisian). Issued on 1 June 1996").as_deref(),
            Some("G827238")
        );
        assert_eq!(
            document_number("Passport number:F50859").as_deref(),
            Some("F50859")
        );
        assert_eq!(document_number("A 11263265").as_deref(), Some("A 11263265"));
        assert_eq!(
            document_number("BPA 1336597587").as_deref(),
            Some("BPA 1336597587")
        );
        assert_eq!(
            document_number("284173, expires 21 Aug 2005 (Iraq)").as_deref(),
            Some("284173")
        );
        assert_eq!(
            document_number("Syrian passport # 002680351 (issued 25/04/2007)").as_deref(),
            Some("002680351")
        );
        assert_eq!(document_number("Uganda Passport."), None);
        let d = document(
            IdKind::Passport,
            "Passport Details",
            "G827238 (Tunisian). Issued on 1 June 1996",
        );
        assert_eq!(d.value, "G827238");
        assert_eq!(d.country.and_then(|c| c.code).as_deref(), Some("TN"));
        assert_eq!(
            d.note.as_deref(),
            Some("G827238 (Tunisian). Issued on 1 June 1996")
        );
    }

    #[test]
    fn un_references_are_normalised() {
        assert_eq!(
            un_references("UN Ref QDi.333 Nationality"),
            ["UN Ref QDi.333"]
        );
        assert_eq!(
            un_references("UN REF:QE.A.146.14. Also"),
            ["UN Ref QE.A.146.14"]
        );
        assert_eq!(un_references("UN Ref.KPI.067."), ["UN Ref KPI.067"]);
        assert_eq!(
            un_references("UN REF: QI.U.343.15. A"),
            ["UN Ref QI.U.343.15"]
        );
        assert!(un_references("no reference here").is_empty());
    }

    #[test]
    fn countries_resolve_through_parenthetical_notes() {
        assert_eq!(
            country("Pakistan (previous address)").code.as_deref(),
            Some("PK")
        );
        assert_eq!(
            country("Pakistan (previous address)").raw,
            "Pakistan (previous address)"
        );
        assert_eq!(country("Congolese").code, None);
    }

    #[test]
    fn sniff_needs_both_lines() {
        assert!(sniff(b"Last Updated,02/04/2014\r\nName 6,Name 1,Name 2"));
        assert!(sniff(b"Last Updated,13/04/2018,,,\nName 6,Name 1"));
        assert!(!sniff(b"Report Date: 08-Oct-2026\nLast Updated,Unique ID"));
        assert!(!sniff(b"Last Updated,Unique ID,OFSI Group ID\n"));
        assert!(!sniff(b"id,name\n1,x"));
    }
}
