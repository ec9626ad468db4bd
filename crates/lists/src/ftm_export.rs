//! nomina entities written as FollowTheMoney entities, one JSON object per line: the
//! inverse of [`crate::ftm`], for every list nomina reads.
//!
//! * The id is the FtM id an entity was read with (`ftm:` keys), else the key with its
//!   first `:` turned into `-` (`un:QDi.422` → `un-QDi.422`), as yente's ids are made.
//! * The schema is `Person`, `Organization`, `Vessel` or `Airplane`. An organisation read as
//!   `Company`, `PublicBody` or `LegalEntity` comes back as `Organization`: the model keeps
//!   the type, not the FtM sub-schema.
//! * Only properties the schema defines are written ([`ftm_schema::has_property`]), so
//!   `followthemoney` reads back everything written.
//! * `datasets` and `referents` come back from where the reader kept them; other lists'
//!   entities are in the dataset named by their key prefix. Every entity is a `target`.

use crate::ftm::{birth_date_property, DATASET_REF, PREFIX, REFERENT_REF};
use crate::ftm_schema::{self, default_schema};
use nomina_model::{Address, Country, Entity, EntityType, FuzzyDate, NameKind, NamePartKind};
use serde_json::{json, Map, Value};

/// The FtM id of an entity.
///
/// ```
/// use nomina_lists::ftm_export::ftm_id;
/// assert_eq!(ftm_id("un:QDi.422"), "un-QDi.422");
/// assert_eq!(ftm_id("ftm:NK-abc"), "NK-abc");
/// ```
pub fn ftm_id(key: &str) -> String {
    match key.split_once(':') {
        Some((PREFIX, id)) => id.to_string(),
        _ => key.replacen(':', "-", 1),
    }
}

/// An FtM country value: the lower-case ISO code. A country nomina could not code has none:
/// FtM's country type holds codes only, and `followthemoney` would drop the text.
pub fn country_value(c: &Country) -> Option<String> {
    c.code.as_ref().map(|c| c.to_ascii_lowercase())
}

/// An address as one line of text (FtM's `address` property): street, city, region and
/// postal code. The country is written on its own (`country`), as a code.
pub fn address_text(a: &Address) -> String {
    [
        a.street.as_deref(),
        a.city.as_deref(),
        a.region.as_deref(),
        a.postal_code.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// Property values being collected: in first-seen order, without duplicates or blanks, and
/// only for properties the schema has.
struct Props {
    schema: &'static str,
    map: Map<String, Value>,
}

impl Props {
    fn add(&mut self, prop: &str, value: impl AsRef<str>) {
        let v = value.as_ref().trim();
        if v.is_empty() || !ftm_schema::has_property(self.schema, prop) {
            return;
        }
        let list = self
            .map
            .entry(prop.to_string())
            .or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(items) = list {
            if !items.iter().any(|i| i == v) {
                items.push(Value::String(v.to_string()));
            }
        }
    }
}

fn part_property(kind: NamePartKind) -> Option<&'static str> {
    Some(match kind {
        NamePartKind::Given => "firstName",
        NamePartKind::Middle => "middleName",
        NamePartKind::Family => "lastName",
        NamePartKind::Patronymic => "fatherName",
        NamePartKind::Matronymic => "motherName",
        _ => return None,
    })
}

/// The FtM properties of an entity, as a JSON object of string lists.
pub fn properties(e: &Entity) -> Map<String, Value> {
    let schema = default_schema(e.entity_type);
    let mut p = Props {
        schema,
        map: Map::new(),
    };
    for n in &e.names {
        let prop = match n.kind {
            NameKind::Primary => "name",
            NameKind::WeakAlias => "weakAlias",
            NameKind::FormerName => "previousName",
            NameKind::Alias | NameKind::OriginalScript => "alias",
        };
        p.add(prop, &n.full);
    }
    if let Some(primary) = e.names.first() {
        for part in &primary.parts {
            if let Some(prop) = part_property(part.kind) {
                p.add(prop, &part.value);
            }
        }
    }
    add_dates(e, &mut p);
    add_places(e, &mut p);
    for i in &e.identifiers {
        p.add(ftm_schema::id_property(schema, i.kind, &i.label), &i.value);
    }
    if let Some(v) = &e.vessel {
        if let Some(f) = v.flag.as_ref().and_then(country_value) {
            p.add("flag", f);
        }
        for (prop, val) in [
            ("type", &v.vessel_type),
            ("callSign", &v.call_sign),
            ("tonnage", &v.tonnage),
            ("grossRegisteredTonnage", &v.gross_registered_tonnage),
        ] {
            if let Some(val) = val {
                p.add(prop, val);
            }
        }
    }
    if let Some(a) = &e.aircraft {
        if let Some(m) = &a.model {
            p.add("model", m);
        }
    }
    for prog in &e.programmes {
        let prop = if ftm_schema::is_topic(prog) {
            "topics"
        } else {
            "programId"
        };
        p.add(prop, prog);
    }
    if let Some(r) = &e.remarks {
        p.add("notes", r);
    }
    for r in &e.other_references {
        if r.starts_with("http://") || r.starts_with("https://") {
            p.add("sourceUrl", r);
        }
    }
    p.map
}

fn add_dates(e: &Entity, p: &mut Props) {
    let prop = birth_date_property(p.schema);
    for d in &e.birth_dates {
        for date in [d.from, d.to].into_iter().flatten() {
            p.add(prop, date.to_string());
        }
    }
    if let Some(a) = &e.aircraft {
        if let Some(m) = a.manufactured.as_deref() {
            if let Ok(d) = m.trim().parse::<FuzzyDate>() {
                p.add(prop, d.to_string());
            }
        }
    }
    if let Some(d) = e.listed_on {
        p.add("createdAt", d.to_string());
    }
    for d in &e.last_updated {
        p.add("modifiedAt", d.to_string());
    }
}

fn add_places(e: &Entity, p: &mut Props) {
    for pl in &e.birth_places {
        let country_only = pl.city.is_none()
            && pl.region.is_none()
            && pl.country.as_ref().is_some_and(|c| c.raw == pl.raw);
        if !country_only {
            p.add("birthPlace", &pl.raw);
        }
        if let Some(c) = pl.country.as_ref().and_then(country_value) {
            p.add("birthCountry", c);
        }
    }
    let person = e.entity_type == EntityType::Person;
    for c in e.nationalities.iter().filter_map(country_value) {
        p.add(if person { "nationality" } else { "country" }, c);
    }
    for c in e.citizenships.iter().filter_map(country_value) {
        p.add(if person { "citizenship" } else { "country" }, c);
    }
    for a in &e.addresses {
        p.add("address", address_text(a));
        if let Some(c) = a.country.as_ref().and_then(country_value) {
            p.add("country", c);
        }
    }
    // FtM's gender type knows these three values only.
    if let Some(g) = &e.gender {
        let g = g.trim().to_ascii_lowercase();
        if matches!(g.as_str(), "male" | "female" | "other") {
            p.add("gender", g);
        }
    }
    for t in &e.titles {
        p.add("title", t);
    }
    for t in &e.positions {
        p.add("position", t);
    }
}

/// One entity as an FtM entity object (`id`, `caption`, `schema`, `properties`,
/// `datasets`, `referents`, `target`).
pub fn entity_json(e: &Entity) -> Value {
    let refs = |prefix: &str| -> Vec<&str> {
        e.other_references
            .iter()
            .filter_map(|r| r.strip_prefix(prefix))
            .collect()
    };
    let mut datasets = refs(DATASET_REF);
    if datasets.is_empty() {
        datasets.push(e.source.prefix());
    }
    json!({
        "id": ftm_id(&e.key),
        "caption": e.primary_name(),
        "schema": default_schema(e.entity_type),
        "properties": properties(e),
        "datasets": datasets,
        "referents": refs(REFERENT_REF),
        "target": true,
    })
}

/// One entity as one line of FtM JSON (no trailing newline).
pub fn entity_line(e: &Entity) -> String {
    entity_json(e).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ftm, InputFile};

    #[test]
    fn a_read_entity_is_written_back_with_the_same_properties() {
        let line = r#"{"id":"NK-1","schema":"Person","properties":{"name":["Ivan Petrov"],"alias":["I. Petrov"],"firstName":["Ivan"],"lastName":["Petrov"],"birthDate":["1961-02-03"],"birthPlace":["Omsk"],"nationality":["ru"],"country":["cy"],"address":["1 Main St, Limassol"],"passportNumber":["721234567"],"idNumber":["7701"],"innCode":["7712"],"topics":["role.pep","sanction"],"programId":["RU-UKR"],"notes":["A note."],"sourceUrl":["https://example.org/1"],"gender":["male"],"position":["Governor"],"createdAt":["2022-03-01"]},"datasets":["ru_pep"],"referents":["x-1"],"target":true}"#;
        let s = ftm::parse(&InputFile {
            name: "t".into(),
            bytes: line.as_bytes().to_vec(),
        })
        .unwrap();
        let out = entity_json(&s.entities[0]);
        let input: Value = serde_json::from_str(line).unwrap();
        assert_eq!(out["properties"], input["properties"]);
        for k in ["id", "schema", "datasets", "referents", "target"] {
            assert_eq!(out[k], input[k], "{k}");
        }
    }

    #[test]
    fn written_properties_are_the_schemas_own() {
        let mut e = Entity::new(
            nomina_model::Source::Un,
            "QDe.1",
            EntityType::Vessel,
            nomina_model::Name::new("SEA STAR", NameKind::Primary),
        );
        e.nationalities.push(Country::from_raw("Iran"));
        e.identifiers.push(nomina_model::Identifier {
            kind: nomina_model::IdKind::Passport,
            label: "Passport".into(),
            value: "X1".into(),
            country: None,
            issued: None,
            expires: None,
            note: None,
        });
        let j = entity_json(&e);
        assert_eq!(j["id"], "un-QDe.1");
        assert_eq!(j["datasets"], json!(["un"]));
        let props = j["properties"].as_object().unwrap();
        for k in props.keys() {
            assert!(ftm_schema::has_property("Vessel", k), "{k}");
        }
        assert_eq!(props["registrationNumber"], json!(["X1"]));
        assert_eq!(props["country"], json!(["ir"]));
    }
}
