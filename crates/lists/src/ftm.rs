//! FollowTheMoney (FtM) entity files: JSON lines, one entity per line, as OpenSanctions
//! publishes its datasets (`entities.ftm.json`) and as `followthemoney` writes them.
//!
//! ```text
//! {"id": "NK-abc", "schema": "Person", "properties": {"name": ["Ivan Petrov"], "topics": ["role.pep"]}, "datasets": ["ru_pep"], "target": true}
//! ```
//!
//! Keys are `ftm:<id>`: FtM ids are made to be unique across datasets, so the id alone names
//! the entity whichever publisher wrote the file. The list's publication date is the latest
//! `last_seen` day in the file (OpenSanctions stamps every entity with its export run).
//!
//! * **Parties** are read: `Person`; `Organization`, `Company`, `PublicBody` and
//!   `LegalEntity` as organisations; `Vessel`; `Airplane` as aircraft.
//! * **Sanction, Passport, Identification, Address, Occupancy and Position** entities are
//!   folded into the party they name ([`crate::ftm_links`]): programmes, documents,
//!   addresses, positions.
//! * **Other FtM schemata** (ownerships, families, documents…) describe things around the
//!   parties, not parties to screen: they are skipped and counted in the snapshot's
//!   warnings, as are parties with `"target": false` (the owners, directors and relatives a
//!   publisher includes for context). A schema FtM does not define is an error.
//! * **Properties** map onto the model as `docs/interop.md` tabulates; the identifier
//!   properties through [`ftm_schema::ID_PROPERTIES`]. Properties nomina has no place for
//!   are skipped, as `followthemoney` itself skips unknown ones.
//! * **Errors** name the file, the line and the field (`id`, `schema`,
//!   `properties.birthDate`…); the file is read whole or not at all.

use crate::error::{ListError, Position};
use crate::ftm_links;
use crate::ftm_schema::{self, SCHEMATA};
use crate::{finish_snapshot, InputFile, ListSnapshot};
use nomina_model::{
    collapse_whitespace, Address, BirthDate, Country, Entity, EntityType, FuzzyDate, Identifier,
    Name, NameKind, NamePart, NamePartKind, Place, Source, VesselInfo,
};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};

/// Format name stored in the snapshot's version.
pub const FORMAT: &str = "ftm-json";
/// Key prefix of entities read from FtM files.
pub const PREFIX: &str = "ftm";
/// Prefix of an `other_references` entry holding one of the entity's FtM datasets.
pub const DATASET_REF: &str = "dataset:";
/// Prefix of an `other_references` entry holding one of the entity's FtM referents.
pub const REFERENT_REF: &str = "referent:";
/// Longest line accepted; OpenSanctions' largest entities are a few hundred KB.
const MAX_LINE_BYTES: usize = 4 << 20;

/// The source every FtM file is read as.
pub fn source() -> Source {
    Source::Custom(PREFIX.to_string())
}

/// Recognises an FtM JSON-lines file: its first line is an object with `id`, `schema` and
/// `properties` (or, when that line is longer than the head, the head starts like one).
pub(crate) fn sniff(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    let text = String::from_utf8_lossy(head);
    let text = text.trim_start();
    if !text.starts_with('{') {
        return false;
    }
    match text.split_once('\n') {
        Some((first, _)) => serde_json::from_str::<Map<String, Value>>(first.trim())
            .is_ok_and(|o| o.contains_key("schema") && o.contains_key("properties")),
        None => text.contains("\"schema\"") && text.contains("\"properties\""),
    }
}

/// Reads a whole FtM file.
pub fn parse(file: &InputFile) -> Result<ListSnapshot, ListError> {
    let text = std::str::from_utf8(&file.bytes).map_err(|e| {
        let at = e.valid_up_to();
        ListError::at(
            &file.name,
            Position::LineByte(crate::error::line_of(&file.bytes, at), at as u64),
            "invalid UTF-8",
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut entities = Vec::new();
    let mut lines_of: HashMap<String, u64> = HashMap::new();
    let mut skipped: BTreeMap<String, usize> = BTreeMap::new();
    let mut not_targets = 0usize;
    let mut published: Option<FuzzyDate> = None;
    let mut links = Vec::new();
    let mut address_refs = Vec::new();
    for (i, line) in text.split('\n').enumerate() {
        let n = i as u64 + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at = Line { file, n };
        if line.len() > MAX_LINE_BYTES {
            return Err(at.err(None, format!("line longer than {MAX_LINE_BYTES} bytes")));
        }
        let obj: Map<String, Value> = serde_json::from_str(line)
            .map_err(|e| at.err(None, format!("not a JSON object: {e}")))?;
        let raw = RawEntity::read(&obj, &at)?;
        if let Some(d) = last_seen(&obj) {
            published = published.max(Some(d));
        }
        let Some(entity_type) = ftm_schema::entity_type(raw.schema) else {
            if ftm_links::LINK_SCHEMATA.contains(&raw.schema) {
                links.push(raw.link());
            } else {
                *skipped.entry(raw.schema.to_string()).or_default() += 1;
            }
            continue;
        };
        if !raw.target {
            not_targets += 1;
            continue;
        }
        if let Some(first) = lines_of.insert(raw.id.to_string(), n) {
            return Err(at.err(
                Some("id"),
                format!("duplicate id {:?} (first on line {first})", raw.id),
            ));
        }
        let refs: Vec<String> = raw.get("addressEntity").map(str::to_string).collect();
        if !refs.is_empty() {
            address_refs.push((entities.len(), refs));
        }
        entities.push(build(&raw, entity_type, &at)?);
    }
    let index: HashMap<String, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.key[PREFIX.len() + 1..].to_string(), i))
        .collect();
    let folded = ftm_links::apply(&mut entities, &index, &links, &address_refs);
    let unused = links.len() - folded.values().sum::<usize>();
    let mut warnings = Vec::new();
    if !folded.is_empty() {
        let list: Vec<String> = folded.iter().map(|(s, c)| format!("{c} {s}")).collect();
        warnings.push(format!(
            "read {} entities into the parties they name: {}",
            folded.values().sum::<usize>(),
            list.join(", ")
        ));
    }
    if !skipped.is_empty() {
        let list: Vec<String> = skipped.iter().map(|(s, c)| format!("{c} {s}")).collect();
        warnings.push(format!(
            "skipped {} entities of schemata that are not parties: {}",
            skipped.values().sum::<usize>(),
            list.join(", ")
        ));
    }
    if unused > 0 {
        warnings.push(format!(
            "skipped {unused} Sanction, document, address or position entities that name no listed party"
        ));
    }
    if not_targets > 0 {
        warnings.push(format!(
            "skipped {not_targets} parties marked \"target\": false (related parties, not listed ones)"
        ));
    }
    finish_snapshot(source(), FORMAT, published, &[file], entities, warnings)
}

/// The day of an entity's `last_seen`: OpenSanctions sets it to the run that exported the
/// file, so the latest one in a file dates the file. A malformed one dates nothing (it is
/// the publisher's bookkeeping, not a fact about the party).
fn last_seen(obj: &Map<String, Value>) -> Option<FuzzyDate> {
    let s = obj.get("last_seen")?.as_str()?;
    let d: FuzzyDate = s.get(..10)?.parse().ok()?;
    d.day.is_some().then_some(d)
}

/// A line's position, for errors.
struct Line<'a> {
    file: &'a InputFile,
    n: u64,
}

impl Line<'_> {
    fn err(&self, field: Option<&str>, msg: impl Into<String>) -> ListError {
        let e = ListError::at(&self.file.name, Position::Line(self.n), msg);
        match field {
            Some(f) => e.with_field(f),
            None => e,
        }
    }
}

/// One line's entity, checked for shape but not yet mapped.
struct RawEntity<'a> {
    id: &'a str,
    schema: &'a str,
    caption: Option<&'a str>,
    props: BTreeMap<&'a str, Vec<&'a str>>,
    datasets: Vec<&'a str>,
    referents: Vec<&'a str>,
    target: bool,
}

impl<'a> RawEntity<'a> {
    fn read(obj: &'a Map<String, Value>, at: &Line) -> Result<RawEntity<'a>, ListError> {
        let id = match obj.get("id") {
            Some(Value::String(s)) if !s.trim().is_empty() => s.trim(),
            _ => return Err(at.err(Some("id"), "the entity has no id (a non-empty string)")),
        };
        if id.chars().any(char::is_control) {
            return Err(at.err(Some("id"), format!("id {id:?} contains control characters")));
        }
        let schema = match obj.get("schema") {
            Some(Value::String(s)) => s.as_str(),
            _ => return Err(at.err(Some("schema"), format!("entity {id} has no schema"))),
        };
        if SCHEMATA.binary_search(&schema).is_err() {
            return Err(at.err(
                Some("schema"),
                format!("{schema:?} is not a FollowTheMoney schema"),
            ));
        }
        let mut props = BTreeMap::new();
        match obj.get("properties") {
            None | Some(Value::Null) => {}
            Some(Value::Object(p)) => {
                for (k, v) in p {
                    let field = format!("properties.{k}");
                    props.insert(k.as_str(), strings(v, &field, at)?);
                }
            }
            Some(_) => return Err(at.err(Some("properties"), "properties must be an object")),
        }
        let target = match obj.get("target") {
            None | Some(Value::Null) => true,
            Some(Value::Bool(b)) => *b,
            Some(_) => return Err(at.err(Some("target"), "target must be true or false")),
        };
        let caption = match obj.get("caption") {
            Some(Value::String(s)) => Some(s.as_str()),
            _ => None,
        };
        Ok(RawEntity {
            id,
            schema,
            caption,
            props,
            datasets: optional_strings(obj, "datasets", at)?,
            referents: optional_strings(obj, "referents", at)?,
            target,
        })
    }

    /// The entity kept whole until every party is read.
    fn link(&self) -> ftm_links::Link {
        ftm_links::Link {
            id: self.id.to_string(),
            schema: self.schema.to_string(),
            props: self
                .props
                .keys()
                .map(|k| (k.to_string(), self.get(k).map(str::to_string).collect()))
                .collect(),
        }
    }

    fn get(&self, prop: &str) -> impl Iterator<Item = &'a str> + '_ {
        self.props
            .get(prop)
            .into_iter()
            .flatten()
            .copied()
            .filter(|v| !v.trim().is_empty())
    }
}

fn strings<'a>(v: &'a Value, field: &str, at: &Line) -> Result<Vec<&'a str>, ListError> {
    let Value::Array(items) = v else {
        return Err(at.err(Some(field), "values must be a list of strings"));
    };
    items
        .iter()
        .map(|i| match i {
            Value::String(s) => Ok(s.as_str()),
            other => Err(at.err(Some(field), format!("value {other} is not a string"))),
        })
        .collect()
}

fn optional_strings<'a>(
    obj: &'a Map<String, Value>,
    key: &str,
    at: &Line,
) -> Result<Vec<&'a str>, ListError> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(v) => strings(v, key, at),
    }
}

/// An FtM date (`1968`, `1968-07`, `1968-07-10`, optionally with a time, which is dropped).
fn date(s: &str, prop: &str, at: &Line) -> Result<FuzzyDate, ListError> {
    let day = s.trim().split('T').next().unwrap_or("");
    day.parse().map_err(|e: nomina_model::DateError| {
        at.err(Some(&format!("properties.{prop}")), e.to_string())
    })
}

/// Name parts FtM gives as properties, with the role nomina records for each.
const NAME_PARTS: &[(&str, NamePartKind)] = &[
    ("firstName", NamePartKind::Given),
    ("secondName", NamePartKind::Middle),
    ("middleName", NamePartKind::Middle),
    ("fatherName", NamePartKind::Patronymic),
    ("motherName", NamePartKind::Matronymic),
    ("lastName", NamePartKind::Family),
];

/// Maps one party onto the model.
fn build(raw: &RawEntity, entity_type: EntityType, at: &Line) -> Result<Entity, ListError> {
    let mut names: Vec<&str> = raw.get("name").collect();
    if let Some(c) = raw.caption.filter(|c| names.contains(c)) {
        names.retain(|n| *n != c);
        names.insert(0, c);
    }
    let parts: Vec<NamePart> = NAME_PARTS
        .iter()
        .flat_map(|(p, kind)| {
            raw.get(p).map(|v| NamePart {
                kind: *kind,
                value: collapse_whitespace(v),
            })
        })
        .collect();
    let composed = collapse_whitespace(
        &parts
            .iter()
            .filter(|p| p.kind != NamePartKind::Matronymic)
            .map(|p| p.value.as_str())
            .collect::<Vec<_>>()
            .join(" "),
    );
    let primary_text = names.first().map(|n| n.to_string()).unwrap_or(composed);
    if primary_text.trim().is_empty() {
        return Err(at.err(
            Some("properties.name"),
            format!("{} {} has no name", raw.schema, raw.id),
        ));
    }
    let mut primary = Name::new(&primary_text, NameKind::Primary);
    primary.parts = parts;
    let mut e = Entity::new(source(), raw.id, entity_type, primary);
    for n in names.iter().skip(1) {
        e.push_name(Name::new(n, NameKind::Primary));
    }
    for (prop, kind) in [
        ("alias", NameKind::Alias),
        ("abbreviation", NameKind::Alias),
        ("weakAlias", NameKind::WeakAlias),
        ("previousName", NameKind::FormerName),
    ] {
        for n in raw.get(prop) {
            e.push_name(Name::new(n, kind));
        }
    }
    read_dates(raw, &mut e, at)?;
    read_places_and_countries(raw, &mut e);
    read_identifiers(raw, &mut e);
    read_listing(raw, &mut e, at)?;
    if entity_type == EntityType::Vessel {
        read_vessel(raw, &mut e);
    }
    if entity_type == EntityType::Aircraft {
        if let Some(m) = raw.get("model").next() {
            e.aircraft.get_or_insert_with(Default::default).model = Some(m.trim().to_string());
        }
    }
    Ok(e)
}

/// The property holding an entity's dates of birth, incorporation or build.
pub fn birth_date_property(schema: &str) -> &'static str {
    match schema {
        "Person" => "birthDate",
        "Vessel" | "Airplane" => "buildDate",
        _ => "incorporationDate",
    }
}

fn read_dates(raw: &RawEntity, e: &mut Entity, at: &Line) -> Result<(), ListError> {
    let prop = birth_date_property(raw.schema);
    for v in raw.get(prop) {
        let b = BirthDate::single(date(v, prop, at)?, v.trim());
        if !e.birth_dates.contains(&b) {
            e.birth_dates.push(b);
        }
    }
    Ok(())
}

fn read_places_and_countries(raw: &RawEntity, e: &mut Entity) {
    for p in raw.get("birthPlace") {
        e.birth_places.push(Place {
            raw: collapse_whitespace(p),
            ..Default::default()
        });
    }
    for c in raw.get("birthCountry") {
        let country = Country::from_raw(c);
        e.birth_places.push(Place {
            raw: country.raw.clone(),
            country: Some(country),
            ..Default::default()
        });
    }
    for (prop, list) in [
        ("nationality", &mut e.nationalities),
        ("citizenship", &mut e.citizenships),
    ] {
        for c in raw.get(prop) {
            let c = Country::from_raw(c);
            if !list.contains(&c) {
                list.push(c);
            }
        }
    }
    let mut push = |a: Address| {
        if !e.addresses.contains(&a) {
            e.addresses.push(a);
        }
    };
    for a in raw.get("address") {
        push(Address {
            street: Some(collapse_whitespace(a)),
            ..Default::default()
        });
    }
    for prop in ["country", "jurisdiction", "mainCountry"] {
        for c in raw.get(prop) {
            push(Address {
                country: Some(Country::from_raw(c)),
                ..Default::default()
            });
        }
    }
    if let Some(g) = raw.get("gender").next() {
        e.gender = Some(g.trim().to_string());
    }
    for (prop, list) in [("title", &mut e.titles), ("position", &mut e.positions)] {
        for v in raw.get(prop) {
            let v = collapse_whitespace(v);
            if !list.contains(&v) {
                list.push(v);
            }
        }
    }
}

fn read_identifiers(raw: &RawEntity, e: &mut Entity) {
    for (prop, _) in ftm_schema::ID_PROPERTIES {
        let Some(kind) = ftm_schema::id_kind(raw.schema, prop) else {
            continue;
        };
        for v in raw.get(prop) {
            let ident = Identifier {
                kind,
                label: prop.to_string(),
                value: collapse_whitespace(v),
                country: None,
                issued: None,
                expires: None,
                note: None,
            };
            if !e.identifiers.contains(&ident) {
                e.identifiers.push(ident);
            }
        }
    }
}

/// Programmes and topics, notes, the source address, datasets, referents and the record's
/// creation and change dates.
fn read_listing(raw: &RawEntity, e: &mut Entity, at: &Line) -> Result<(), ListError> {
    for v in raw.get("programId").chain(raw.get("topics")) {
        let v = v.trim().to_string();
        if !e.programmes.contains(&v) {
            e.programmes.push(v);
        }
    }
    let notes: Vec<&str> = raw.get("notes").map(str::trim).collect();
    if !notes.is_empty() {
        e.remarks = Some(notes.join("\n\n"));
    }
    let refs = raw
        .get("sourceUrl")
        .map(|u| u.trim().to_string())
        .chain(raw.datasets.iter().map(|d| format!("{DATASET_REF}{d}")))
        .chain(raw.referents.iter().map(|r| format!("{REFERENT_REF}{r}")));
    for r in refs {
        if !e.other_references.contains(&r) {
            e.other_references.push(r);
        }
    }
    for v in raw.get("createdAt") {
        let d = date(v, "createdAt", at)?;
        if e.listed_on.is_none_or(|old| d < old) {
            e.listed_on = Some(d);
        }
    }
    for v in raw.get("modifiedAt") {
        let d = date(v, "modifiedAt", at)?;
        if !e.last_updated.contains(&d) {
            e.last_updated.push(d);
        }
    }
    Ok(())
}

fn read_vessel(raw: &RawEntity, e: &mut Entity) {
    let first = |p: &str| raw.get(p).next().map(|v| v.trim().to_string());
    let info = VesselInfo {
        flag: first("flag").map(|f| Country::from_raw(&f)),
        vessel_type: first("type"),
        tonnage: first("tonnage"),
        gross_registered_tonnage: first("grossRegisteredTonnage"),
        ..Default::default()
    };
    if info != VesselInfo::default() {
        e.vessel = Some(info);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<ListSnapshot, ListError> {
        parse(&InputFile {
            name: "t.ftm.json".into(),
            bytes: text.as_bytes().to_vec(),
        })
    }

    #[test]
    fn a_pep_is_read_with_its_parts_topics_and_provenance() {
        let s = read(concat!(
            r#"{"id":"Q1","schema":"Person","caption":"Ivan Petrov","properties":{"name":["Иван Петров","Ivan Petrov"],"firstName":["Ivan"],"lastName":["Petrov"],"birthDate":["1961-02"],"nationality":["ru"],"topics":["role.pep"],"position":["Governor"],"passportNumber":["72 1234567"]},"datasets":["ru_pep"],"referents":["ru-pep-1"],"target":true}"#,
            "\n",
            r#"{"id":"s1","schema":"Sanction","properties":{"entity":["Q1"]}}"#,
            "\n\n",
        ))
        .unwrap();
        let e = &s.entities[0];
        assert_eq!(e.key, "ftm:Q1");
        assert_eq!(e.primary_name(), "Ivan Petrov");
        assert_eq!(e.names[1].full, "Иван Петров");
        assert_eq!(e.names[0].parts.len(), 2);
        assert_eq!(e.birth_dates[0].from, FuzzyDate::ym(1961, 2));
        assert_eq!(e.nationalities[0].code.as_deref(), Some("RU"));
        assert_eq!(e.programmes, ["role.pep"]);
        assert_eq!(e.positions, ["Governor"]);
        assert_eq!(e.identifiers[0].kind, nomina_model::IdKind::Passport);
        assert_eq!(e.other_references, ["dataset:ru_pep", "referent:ru-pep-1"]);
        assert_eq!(s.version.format, FORMAT);
        assert!(s.warnings[0].contains("1 Sanction"), "{:?}", s.warnings);
    }

    #[test]
    fn bad_input_names_line_and_field() {
        let ok = r#"{"id":"a","schema":"Person","properties":{"name":["A"]}}"#;
        for (line2, field, needle) in [
            (
                r#"{"id":"b","schema":"Persn","properties":{}}"#,
                "schema",
                "not a FollowTheMoney schema",
            ),
            (
                r#"{"schema":"Person","properties":{"name":["B"]}}"#,
                "id",
                "no id",
            ),
            (
                r#"{"id":"b","schema":"Person","properties":{"name":"B"}}"#,
                "properties.name",
                "list of strings",
            ),
            (
                r#"{"id":"b","schema":"Person","properties":{"name":["B"],"birthDate":["1961-13-01"]}}"#,
                "properties.birthDate",
                "no such day",
            ),
            (
                r#"{"id":"b","schema":"Person","properties":{"alias":["B"]}}"#,
                "properties.name",
                "no name",
            ),
            (
                r#"{"id":"a","schema":"Person","properties":{"name":["B"]}}"#,
                "id",
                "duplicate",
            ),
            (
                r#"{"id":"b","schema":"Person","target":"yes","properties":{"name":["B"]}}"#,
                "target",
                "true or false",
            ),
        ] {
            let e = read(&format!("{ok}\n{line2}\n")).unwrap_err();
            assert_eq!(e.position, Some(Position::Line(2)), "{e}");
            assert_eq!(e.field.as_deref(), Some(field), "{e}");
            assert!(e.message.contains(needle), "{e}");
        }
        let e = read(&format!("{ok}\n{{\"id\": \n")).unwrap_err();
        assert_eq!(e.position, Some(Position::Line(2)), "{e}");
        assert!(read("").is_err());
    }

    #[test]
    fn non_targets_and_non_parties_are_skipped_and_counted() {
        let s = read(concat!(
            r#"{"id":"a","schema":"Company","properties":{"name":["A Ltd"],"jurisdiction":["cy"]},"target":true}"#,
            "\n",
            r#"{"id":"b","schema":"Person","properties":{"name":["B"]},"target":false}"#,
            "\n",
            r#"{"id":"c","schema":"Ownership","properties":{}}"#,
        ))
        .unwrap();
        assert_eq!(s.entities.len(), 1);
        assert_eq!(s.entities[0].entity_type, EntityType::Organization);
        assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
    }

    #[test]
    fn sniffing_tells_ftm_from_custom_json() {
        assert!(sniff(br#"{"id":"a","schema":"Person","properties":{}}"#));
        assert!(sniff(
            b"{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{}}\n{"
        ));
        assert!(!sniff(br#"{"nomina_list":"acme","entities":[]}"#));
        assert!(!sniff(b"id,name\n"));
    }
}
