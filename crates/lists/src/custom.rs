//! nomina's own list format, so users can screen against their internal lists (blocked
//! customers, fraud watch lists, in-house designations) alongside the official ones.
//!
//! Two equivalent shapes are read: CSV, easy to export from a spreadsheet, and JSON, easy to
//! produce from code. Both are UTF-8. Keys are `<prefix>:<id>`, where the prefix names the
//! list (default `custom`); every screening result cites that key.
//!
//! # CSV
//!
//! ```text
//! # nomina-list: acme
//! # nomina-published: 2026-03-01
//! id,name,type,aliases,weak_aliases,dob,nationality,country,identifiers,programme,remarks
//! C-0001,Viktor Sample,person,Viktor Samplov|V. Sample,The Baker,1971-04-12|1972,Russia|Cyprus,Cyprus,passport:K1234567|national_id:7701234567,Internal fraud,Closed account 2024
//! C-0002,Northwind Trading FZE,organization,Northwind Trading|NWT FZE,,,,United Arab Emirates,registration:FZE-55120|bic:NWTRAEAD,Internal fraud,
//! ```
//!
//! * Leading lines starting with `#` are comments. `# nomina-list: <prefix>` sets the key
//!   prefix and `# nomina-published: YYYY-MM-DD` the publication date; any other
//!   `# nomina-…:` line is an error, so a misspelt directive is not silently ignored.
//! * Then a header row naming the columns, in any order. `id` and `name` are required; the
//!   optional columns are:
//!
//! | column | content |
//! |---|---|
//! | `type` | `person` (default when empty), `organization`, `vessel` or `aircraft` |
//! | `aliases` | other names, `\|`-separated |
//! | `weak_aliases` | vague names (nicknames, short forms) that should not alert on their own |
//! | `former_names` | names no longer used |
//! | `dob` | dates of birth as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, `\|`-separated |
//! | `nationality` | nationalities (names, demonyms or ISO codes), `\|`-separated |
//! | `country` | countries the party is located in or tied to, `\|`-separated |
//! | `identifiers` | `kind:value` pairs, `\|`-separated; kinds: `passport`, `national_id`, `tax_id`, `registration`, `imo`, `mmsi`, `call_sign`, `bic`, `crypto_wallet`, `aircraft_serial`, `aircraft_tail`, `other` |
//! | `programme` | why the party is listed, `\|`-separated |
//! | `listed_on` | date the party was listed (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) |
//! | `remarks` | free text |
//! | `list` | the key prefix, instead of the `# nomina-list:` line; the same on every row |
//!
//! * Any other column is an error naming it: a typo must not silently drop data.
//! * Ids are unique within a list; names are required; an empty optional cell means "not
//!   known".
//!
//! # JSON
//!
//! ```json
//! {
//!   "nomina_list": "acme",
//!   "published": "2026-03-01",
//!   "entities": [
//!     {
//!       "id": "C-0001",
//!       "name": "Viktor Sample",
//!       "type": "person",
//!       "aliases": ["Viktor Samplov", "V. Sample"],
//!       "weak_aliases": ["The Baker"],
//!       "dob": ["1971-04-12", "1972"],
//!       "nationalities": ["Russia", "Cyprus"],
//!       "countries": ["Cyprus"],
//!       "identifiers": [{"kind": "passport", "value": "K1234567"}],
//!       "programmes": ["Internal fraud"],
//!       "remarks": "Closed account 2024"
//!     }
//!   ]
//! }
//! ```
//!
//! The fields are those of the CSV columns, with lists as arrays: `id` (string or integer),
//! `name`, `type`, `aliases`, `weak_aliases`, `former_names`, `dob`, `nationalities`,
//! `countries`, `identifiers` (objects with `kind`, `value` and optionally `country` and
//! `note`), `programmes`, `listed_on` and `remarks`. Unknown fields are errors.
//!
//! The prefixes `un`, `ofac`, `eu` and `uk` are reserved for the official lists. A prefix is
//! lower-case letters, digits, `-` and `_`. The full guide is `docs/custom-lists.md`.

use crate::error::{ListError, Position};
use crate::{finish_snapshot, InputFile, ListSnapshot};
use nomina_model::{
    collapse_whitespace, Address, BirthDate, Country, Entity, EntityType, FuzzyDate, IdKind,
    Identifier, Name, NameKind, Source,
};
use serde::Deserialize;
use std::collections::HashMap;

/// Format name of custom CSV lists, stored in the snapshot's version.
pub const FORMAT_CSV: &str = "custom-csv";
/// Format name of custom JSON lists, stored in the snapshot's version.
pub const FORMAT_JSON: &str = "custom-json";
/// Key prefix used when a list does not name itself.
pub const DEFAULT_PREFIX: &str = "custom";

/// Columns a custom CSV may have.
const CSV_COLUMNS: &[&str] = &[
    "id",
    "name",
    "type",
    "aliases",
    "weak_aliases",
    "former_names",
    "dob",
    "nationality",
    "country",
    "identifiers",
    "programme",
    "listed_on",
    "remarks",
    "list",
];

/// Longest cell or JSON string accepted; a custom list has no reason to come near it.
const MAX_FIELD_BYTES: usize = 64 * 1024;

/// Recognises a custom CSV: a `# nomina-list:` first line, or a header (after `#` comments)
/// whose columns include `id` and `name`. Official CSV lists have neither.
pub(crate) fn sniff_csv(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let Ok(text) = std::str::from_utf8(&head[..utf8_prefix(head)]) else {
        return false;
    };
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('#') {
            if directive(line).is_some_and(|(k, _)| k == "nomina-list") {
                return true;
            }
            continue;
        }
        let cols: Vec<String> = line
            .split(',')
            .map(|c| c.trim().trim_matches('"').to_ascii_lowercase())
            .collect();
        return cols.iter().any(|c| c == "id") && cols.iter().any(|c| c == "name");
    }
    false
}

/// Recognises a custom JSON list: an object with a `nomina_list` or `entities` member.
pub(crate) fn sniff_json(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let start = head.iter().position(|b| !b.is_ascii_whitespace());
    if start.map(|i| head[i]) != Some(b'{') {
        return false;
    }
    let text = String::from_utf8_lossy(&head[..utf8_prefix(head)]);
    text.contains("\"nomina_list\"") || text.contains("\"entities\"")
}

/// Length of the valid UTF-8 start of the head: the sniffers see a head cut anywhere, and a
/// file with a stray non-UTF-8 byte further down is still recognised, so that the reader can
/// name the bad byte.
fn utf8_prefix(b: &[u8]) -> usize {
    match std::str::from_utf8(b) {
        Ok(_) => b.len(),
        Err(e) => e.valid_up_to(),
    }
}

/// `# nomina-list: acme` → (`nomina-list`, `acme`); `None` for an ordinary comment.
fn directive(line: &str) -> Option<(String, String)> {
    let body = line.strip_prefix('#')?.trim();
    let (key, value) = body.split_once(':')?;
    let key = key.trim().to_ascii_lowercase();
    key.starts_with("nomina")
        .then(|| (key, value.trim().to_string()))
}

/// One list entry as read, before it is checked and becomes an [`Entity`].
#[derive(Default)]
struct Record {
    id: String,
    name: String,
    kind: String,
    aliases: Vec<String>,
    weak_aliases: Vec<String>,
    former_names: Vec<String>,
    dob: Vec<String>,
    nationalities: Vec<String>,
    countries: Vec<String>,
    identifiers: Vec<(String, String, Option<String>, Option<String>)>,
    programmes: Vec<String>,
    listed_on: String,
    remarks: String,
}

/// Builds the entity, naming the position and field of anything wrong.
fn build(r: Record, source: &Source, file: &InputFile, at: Position) -> Result<Entity, ListError> {
    let err = |field: &str, msg: String| ListError::at(&file.name, at, msg).with_field(field);
    let id = collapse_whitespace(&r.id);
    if id.is_empty() {
        return Err(err("id", "the entry has no id".into()));
    }
    if id.chars().any(char::is_control) {
        return Err(err("id", format!("id {id:?} contains control characters")));
    }
    let name = collapse_whitespace(&r.name);
    if name.is_empty() {
        return Err(err("name", format!("entry {id} has no name")));
    }
    let entity_type = if r.kind.trim().is_empty() {
        EntityType::Person
    } else {
        EntityType::parse(&r.kind).ok_or_else(|| {
            err(
                "type",
                format!(
                    "unknown type {:?} (expected person, organization, vessel or aircraft)",
                    r.kind.trim()
                ),
            )
        })?
    };
    let mut e = Entity::new(
        source.clone(),
        &id,
        entity_type,
        Name::new(&name, NameKind::Primary),
    );
    for (list, kind) in [
        (&r.aliases, NameKind::Alias),
        (&r.weak_aliases, NameKind::WeakAlias),
        (&r.former_names, NameKind::FormerName),
    ] {
        for a in list {
            e.push_name(Name::new(a, kind));
        }
    }
    for d in &r.dob {
        let date: FuzzyDate = d.trim().parse().map_err(|x: nomina_model::DateError| {
            err("dob", format!("{x} (expected YYYY, YYYY-MM or YYYY-MM-DD)"))
        })?;
        let b = BirthDate::single(date, d.trim());
        if !e.birth_dates.contains(&b) {
            e.birth_dates.push(b);
        }
    }
    for n in &r.nationalities {
        let c = Country::from_raw(n);
        if !e.nationalities.contains(&c) {
            e.nationalities.push(c);
        }
    }
    for c in &r.countries {
        let a = Address {
            country: Some(Country::from_raw(c)),
            ..Default::default()
        };
        if !e.addresses.contains(&a) {
            e.addresses.push(a);
        }
    }
    for (kind, value, country, note) in &r.identifiers {
        let value = collapse_whitespace(value);
        if value.is_empty() {
            return Err(err(
                "identifiers",
                format!("identifier of kind {kind:?} has no value"),
            ));
        }
        let id_kind = id_kind(kind).ok_or_else(|| {
            err(
                "identifiers",
                format!(
                    "unknown identifier kind {kind:?} (expected one of {})",
                    ID_KINDS
                        .iter()
                        .map(|(k, _)| *k)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })?;
        let ident = Identifier {
            kind: id_kind,
            label: kind.trim().to_ascii_lowercase(),
            value,
            country: country
                .as_deref()
                .filter(|c| !c.trim().is_empty())
                .map(Country::from_raw),
            issued: None,
            expires: None,
            note: note
                .as_deref()
                .map(collapse_whitespace)
                .filter(|n| !n.is_empty()),
        };
        if !e.identifiers.contains(&ident) {
            e.identifiers.push(ident);
        }
    }
    for p in &r.programmes {
        if !e.programmes.contains(p) {
            e.programmes.push(p.clone());
        }
    }
    if !r.listed_on.trim().is_empty() {
        e.listed_on = Some(
            r.listed_on
                .trim()
                .parse()
                .map_err(|x: nomina_model::DateError| err("listed_on", x.to_string()))?,
        );
    }
    let remarks = r.remarks.trim();
    if !remarks.is_empty() {
        e.remarks = Some(remarks.to_string());
    }
    Ok(e)
}

/// Identifier kinds as written in custom lists.
const ID_KINDS: &[(&str, IdKind)] = &[
    ("passport", IdKind::Passport),
    ("national_id", IdKind::NationalId),
    ("tax_id", IdKind::TaxId),
    ("registration", IdKind::Registration),
    ("imo", IdKind::Imo),
    ("mmsi", IdKind::Mmsi),
    ("call_sign", IdKind::CallSign),
    ("bic", IdKind::Bic),
    ("crypto_wallet", IdKind::CryptoWallet),
    ("aircraft_serial", IdKind::AircraftSerial),
    ("aircraft_tail", IdKind::AircraftTail),
    ("other", IdKind::Other),
];

fn id_kind(s: &str) -> Option<IdKind> {
    let s = s.trim().to_ascii_lowercase();
    ID_KINDS.iter().find(|(k, _)| *k == s).map(|(_, v)| *v)
}

/// Checks a key prefix: lower-case letters, digits, `-`, `_`, and not an official list's.
fn check_prefix(
    prefix: &str,
    file: &InputFile,
    at: Position,
    field: &str,
) -> Result<Source, ListError> {
    let err = |msg: String| ListError::at(&file.name, at, msg).with_field(field);
    if prefix.is_empty() {
        return Err(err("the list prefix is empty".into()));
    }
    if !prefix
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
    {
        return Err(err(format!(
            "list prefix {prefix:?} may only hold lower-case letters, digits, '-' and '_'"
        )));
    }
    if matches!(prefix, "un" | "ofac" | "eu" | "uk") {
        return Err(err(format!(
            "list prefix {prefix:?} is reserved for the official {} list",
            prefix.to_uppercase()
        )));
    }
    Ok(Source::Custom(prefix.to_string()))
}

fn split_pipe(s: &str) -> Vec<String> {
    s.split('|')
        .map(collapse_whitespace)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Reads a custom CSV list.
pub fn parse_csv(file: &InputFile) -> Result<ListSnapshot, ListError> {
    crate::uk_ofsi::refuse_utf16(file)?;
    let (bytes, skip) = match file.bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (&file.bytes[..], 0),
    };
    let text = crate::uk_ofsi::decode_utf8(file, bytes, skip)?;
    if text.trim().is_empty() {
        return Err(ListError::file(&file.name, "the file is empty"));
    }

    // Directives and comments come first; the header follows them.
    let mut prefix: Option<(String, u64)> = None;
    let mut published = None;
    let mut offset = 0;
    let mut line_no = 0u64;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            break;
        }
        line_no += 1;
        offset += line.len();
        let at = Position::Line(line_no);
        match directive(trimmed) {
            None => {}
            Some((k, v)) if k == "nomina-list" => prefix = Some((v, line_no)),
            Some((k, v)) if k == "nomina-published" => {
                let d: FuzzyDate = v.parse().map_err(|x: nomina_model::DateError| {
                    ListError::at(&file.name, at, x.to_string()).with_field("nomina-published")
                })?;
                published = Some(d);
            }
            Some((k, _)) => {
                return Err(ListError::at(
                    &file.name,
                    at,
                    format!("unknown directive `{k}` (known: nomina-list, nomina-published)"),
                )
                .with_field(k));
            }
        }
    }
    let body = &text[offset..];
    let first_line = line_no;

    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut records = reader.records();
    let mut lines = crate::uk_ofsi::LineCounter::new(body);
    let Some((h_line, header)) = crate::uk_ofsi::next_record(&mut records, &mut lines, file)?
    else {
        return Err(ListError::at(
            &file.name,
            Position::Line(first_line + 1),
            "no header row",
        ));
    };
    let h_at = Position::Line(first_line + h_line);
    let mut cols: HashMap<&'static str, usize> = HashMap::new();
    for (i, raw) in header.iter().enumerate() {
        let name = raw.trim().to_ascii_lowercase();
        match CSV_COLUMNS.iter().find(|c| **c == name) {
            Some(c) => {
                if cols.insert(c, i).is_some() {
                    return Err(ListError::at(
                        &file.name,
                        h_at,
                        format!("column `{c}` appears twice"),
                    )
                    .with_field(*c));
                }
            }
            None => {
                return Err(ListError::at(
                    &file.name,
                    h_at,
                    format!(
                        "unknown column `{}` (known columns: {})",
                        raw.trim(),
                        CSV_COLUMNS.join(", ")
                    ),
                )
                .with_field(raw.trim().to_string()));
            }
        }
    }
    for required in ["id", "name"] {
        if !cols.contains_key(required) {
            return Err(ListError::at(
                &file.name,
                h_at,
                format!("the header lacks the `{required}` column"),
            )
            .with_field(required));
        }
    }

    let mut rows: Vec<(Position, Record)> = Vec::new();
    let mut column_prefix: Option<(String, Position)> = None;
    while let Some((l, rec)) = crate::uk_ofsi::next_record(&mut records, &mut lines, file)? {
        let at = Position::Line(first_line + l);
        if rec.len() != header.len() {
            return Err(ListError::at(
                &file.name,
                at,
                format!(
                    "expected {} fields as in the header, found {}",
                    header.len(),
                    rec.len()
                ),
            ));
        }
        if rec.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if let Some(big) = rec.iter().position(|f| f.len() > MAX_FIELD_BYTES) {
            let name = header.get(big).unwrap_or("").trim().to_string();
            return Err(ListError::at(
                &file.name,
                at,
                format!("field larger than {MAX_FIELD_BYTES} bytes"),
            )
            .with_field(name));
        }
        let get = |c: &str| cols.get(c).and_then(|&i| rec.get(i)).unwrap_or("");
        let list = get("list").trim();
        if !list.is_empty() {
            match &column_prefix {
                Some((p, _)) if p != list => {
                    return Err(ListError::at(
                        &file.name,
                        at,
                        format!("the `list` column says {list:?} here but {p:?} on an earlier row: one file is one list"),
                    )
                    .with_field("list"));
                }
                Some(_) => {}
                None => column_prefix = Some((list.to_string(), at)),
            }
        }
        let mut identifiers = Vec::new();
        for pair in split_pipe(get("identifiers")) {
            let Some((kind, value)) = pair.split_once(':') else {
                return Err(ListError::at(
                    &file.name,
                    at,
                    format!("identifier {pair:?} is not `kind:value`"),
                )
                .with_field("identifiers"));
            };
            identifiers.push((
                kind.trim().to_string(),
                value.trim().to_string(),
                None,
                None,
            ));
        }
        rows.push((
            at,
            Record {
                id: get("id").to_string(),
                name: get("name").to_string(),
                kind: get("type").to_string(),
                aliases: split_pipe(get("aliases")),
                weak_aliases: split_pipe(get("weak_aliases")),
                former_names: split_pipe(get("former_names")),
                dob: split_pipe(get("dob")),
                nationalities: split_pipe(get("nationality")),
                countries: split_pipe(get("country")),
                identifiers,
                programmes: split_pipe(get("programme")),
                listed_on: get("listed_on").to_string(),
                remarks: get("remarks").to_string(),
            },
        ));
    }

    let source = match (prefix, column_prefix) {
        (Some((a, l)), Some((b, at))) if a != b => {
            return Err(ListError::at(
                &file.name,
                at,
                format!("the `list` column says {b:?} but line {l} says `# nomina-list: {a}`"),
            )
            .with_field("list"))
        }
        (Some((p, l)), _) => check_prefix(&p, file, Position::Line(l), "nomina-list")?,
        (None, Some((p, at))) => check_prefix(&p, file, at, "list")?,
        (None, None) => Source::Custom(DEFAULT_PREFIX.to_string()),
    };
    finish(file, FORMAT_CSV, &source, published, rows)
}

/// Builds every entity, refusing duplicate ids with both positions.
fn finish(
    file: &InputFile,
    format: &str,
    source: &Source,
    published: Option<FuzzyDate>,
    rows: Vec<(Position, Record)>,
) -> Result<ListSnapshot, ListError> {
    let mut seen: HashMap<String, Position> = HashMap::new();
    let mut entities = Vec::with_capacity(rows.len());
    for (at, r) in rows {
        let e = build(r, source, file, at)?;
        if let Some(first) = seen.get(&e.key) {
            return Err(ListError::at(
                &file.name,
                at,
                format!("duplicate id: {} was already used at {first}", e.key),
            )
            .with_field("id"));
        }
        seen.insert(e.key.clone(), at);
        entities.push(e);
    }
    finish_snapshot(
        source.clone(),
        format,
        published,
        &[file],
        entities,
        Vec::new(),
    )
}

/// Top level of a custom JSON list.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonList {
    #[serde(default)]
    nomina_list: Option<String>,
    #[serde(default)]
    published: Option<String>,
    entities: Vec<JsonEntity>,
}

/// An id may be written as a string or an integer.
#[derive(Deserialize)]
#[serde(untagged)]
enum JsonId {
    Text(String),
    Number(u64),
}

/// One entity of a custom JSON list.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonEntity {
    id: Option<JsonId>,
    name: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    weak_aliases: Vec<String>,
    #[serde(default)]
    former_names: Vec<String>,
    #[serde(default)]
    dob: Vec<String>,
    #[serde(default)]
    nationalities: Vec<String>,
    #[serde(default)]
    countries: Vec<String>,
    #[serde(default)]
    identifiers: Vec<JsonIdentifier>,
    #[serde(default)]
    programmes: Vec<String>,
    #[serde(default)]
    listed_on: Option<String>,
    #[serde(default)]
    remarks: Option<String>,
}

/// One identifier of a custom JSON entity.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonIdentifier {
    kind: String,
    value: String,
    #[serde(default)]
    country: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

/// Reads a custom JSON list.
pub fn parse_json(file: &InputFile) -> Result<ListSnapshot, ListError> {
    crate::uk_ofsi::refuse_utf16(file)?;
    let (bytes, skip) = match file.bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (&file.bytes[..], 0),
    };
    let text = crate::uk_ofsi::decode_utf8(file, bytes, skip)?;
    if text.trim().is_empty() {
        return Err(ListError::file(&file.name, "the file is empty"));
    }
    let list: JsonList = serde_json::from_str(&text).map_err(|e| {
        let field = e
            .to_string()
            .split('`')
            .nth(1)
            .filter(|_| {
                e.to_string().starts_with("unknown field")
                    || e.to_string().starts_with("missing field")
            })
            .map(str::to_string);
        let mut err = ListError::at(
            &file.name,
            Position::Line(e.line() as u64),
            format!("invalid custom list JSON: {e}"),
        );
        err.field = field;
        err
    })?;
    let source = match &list.nomina_list {
        Some(p) => check_prefix(p.trim(), file, Position::Line(1), "nomina_list")?,
        None => Source::Custom(DEFAULT_PREFIX.to_string()),
    };
    let published = match &list.published {
        Some(p) => Some(
            p.trim()
                .parse::<FuzzyDate>()
                .map_err(|x| ListError::file(&file.name, x.to_string()).with_field("published"))?,
        ),
        None => None,
    };
    let mut rows = Vec::with_capacity(list.entities.len());
    for (i, j) in list.entities.into_iter().enumerate() {
        let at = Position::Record(i as u64 + 1);
        let too_big = [
            j.name.as_deref().unwrap_or(""),
            j.remarks.as_deref().unwrap_or(""),
        ]
        .iter()
        .any(|s| s.len() > MAX_FIELD_BYTES);
        if too_big {
            return Err(ListError::at(
                &file.name,
                at,
                format!("field larger than {MAX_FIELD_BYTES} bytes"),
            ));
        }
        rows.push((
            at,
            Record {
                id: match j.id {
                    Some(JsonId::Text(s)) => s,
                    Some(JsonId::Number(n)) => n.to_string(),
                    None => String::new(),
                },
                name: j.name.unwrap_or_default(),
                kind: j.kind.unwrap_or_default(),
                aliases: j.aliases,
                weak_aliases: j.weak_aliases,
                former_names: j.former_names,
                dob: j.dob,
                nationalities: j.nationalities,
                countries: j.countries,
                identifiers: j
                    .identifiers
                    .into_iter()
                    .map(|x| (x.kind, x.value, x.country, x.note))
                    .collect(),
                programmes: j.programmes,
                listed_on: j.listed_on.unwrap_or_default(),
                remarks: j.remarks.unwrap_or_default(),
            },
        ));
    }
    finish(file, FORMAT_JSON, &source, published, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> InputFile {
        InputFile {
            name: "t".into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn sniffers_are_strict() {
        assert!(sniff_csv(b"# nomina-list: acme\nid,name\n"));
        assert!(sniff_csv(b"id,name,type\n1,x,person\n"));
        assert!(sniff_csv(b"# my list\nName,ID\n"));
        assert!(!sniff_csv(b"Last Updated,02/04/2014\r\nName 6,Name 1"));
        assert!(!sniff_csv(
            b"Report Date: 08-Oct-2026\nLast Updated,Unique ID"
        ));
        assert!(!sniff_csv(b"36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\""));
        assert!(!sniff_csv(
            b"fileGenerationDate;Entity_LogicalId;NameAlias_WholeName\n"
        ));
        assert!(sniff_json(b"{\"nomina_list\": \"x\", \"entities\": []}"));
        assert!(sniff_json(b"  {\n \"entities\": [{\"id\": 1}]"));
        assert!(!sniff_json(b"[1, 2]"));
        assert!(!sniff_json(b"{\"foo\": 1}"));
    }

    #[test]
    fn prefixes_are_checked() {
        let f = file("");
        assert!(check_prefix("acme-bank_2", &f, Position::Line(1), "list").is_ok());
        assert!(check_prefix("Acme", &f, Position::Line(1), "list").is_err());
        assert!(check_prefix("un", &f, Position::Line(1), "list")
            .unwrap_err()
            .message
            .contains("reserved"));
        assert!(check_prefix("", &f, Position::Line(1), "list").is_err());
    }

    #[test]
    fn defaults_and_directives() {
        let s = parse_csv(&file("id,name\n1,Alice Example\n")).unwrap();
        assert_eq!(s.entities[0].key, "custom:1");
        assert_eq!(s.entities[0].entity_type, EntityType::Person);
        assert_eq!(s.version.published, None);
        let s = parse_csv(&file(
            "# a note\n# nomina-list: acme\n# nomina-published: 2026-03\nID , Name\n7,Bob\n",
        ))
        .unwrap();
        assert_eq!(s.entities[0].key, "acme:7");
        assert_eq!(
            s.version.published.map(|d| d.to_string()).as_deref(),
            Some("2026-03")
        );
        let e = parse_csv(&file("# nomina-lsit: acme\nid,name\n1,x\n")).unwrap_err();
        assert_eq!(
            (e.position, e.field.as_deref()),
            (Some(Position::Line(1)), Some("nomina-lsit"))
        );
        let s = parse_csv(&file("id,name,list\n1,x,acme\n2,y,\n")).unwrap();
        assert_eq!(s.entities[1].key, "acme:2");
        let e = parse_csv(&file("id,name,list\n1,x,acme\n2,y,other\n")).unwrap_err();
        assert_eq!(
            (e.position, e.field.as_deref()),
            (Some(Position::Line(3)), Some("list"))
        );
        let e = parse_csv(&file("# nomina-list: a\nid,name,list\n1,x,b\n")).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("list"));
    }

    #[test]
    fn json_ids_may_be_numbers() {
        let s = parse_json(&file(r#"{"entities": [{"id": 42, "name": "X"}]}"#)).unwrap();
        assert_eq!(s.entities[0].key, "custom:42");
    }
}
