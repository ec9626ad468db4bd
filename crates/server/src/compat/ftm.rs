//! nomina's entities in FollowTheMoney's shape, as yente returns them: `id`, `caption`,
//! `schema`, `properties` (every value a list of strings, property names from FtM's
//! schemata), `datasets` (yente's names), `referents`, `target` and the `first_seen`,
//! `last_seen`, `last_change` timestamps.
//!
//! FtM entity ids are letters, digits, dots and dashes, so a nomina key `un:QDi.422` is
//! written `un-QDi.422` (the key itself is kept in `referents`); [`entity_key`] reads
//! either form back. Timestamps are only written from full dates the lists give:
//! `first_seen` is the listing date, `last_change` the latest amendment (else the listing
//! date), `last_seen` the publication date of the list version in force; a value the
//! list does not give is `null`, never made up.

use super::datasets::yente_name;
use crate::lists::ListSet;
use nomina_model::{Entity, EntityType, FuzzyDate, IdKind, ListVersion, NameKind};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// FtM id of a nomina key: the first `:` becomes `-` (`un:QDi.422` → `un-QDi.422`).
///
/// ```
/// assert_eq!(nomina_server::compat::ftm::yente_id("ofac:11459"), "ofac-11459");
/// ```
pub fn yente_id(key: &str) -> String {
    key.replacen(':', "-", 1)
}

/// The nomina key of an id from a request: the key itself, or its FtM form.
pub fn entity_key(set: &ListSet, id: &str) -> Option<String> {
    if set.entity(id).is_some() {
        return Some(id.to_string());
    }
    // A custom prefix may hold dashes: try each one as the separator.
    id.match_indices('-')
        .map(|(i, _)| format!("{}:{}", &id[..i], &id[i + 1..]))
        .find(|k| set.entity(k).is_some())
}

/// FtM schema of a nomina entity type.
pub fn schema_of(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "Person",
        EntityType::Organization => "Organization",
        EntityType::Vessel => "Vessel",
        EntityType::Aircraft => "Airplane",
    }
}

/// A date as yente writes timestamps (`2024-10-02T00:00:00`), when it is a full date.
pub fn timestamp(d: &FuzzyDate) -> Option<String> {
    match (d.month, d.day) {
        (Some(m), Some(day)) => Some(format!("{:04}-{m:02}-{day:02}T00:00:00", d.year)),
        _ => None,
    }
}

/// When the entity last changed, as far as its list says: the latest full amendment date,
/// else its full listing date.
pub fn last_change(e: &Entity) -> Option<FuzzyDate> {
    let full = |d: &&FuzzyDate| d.day.is_some();
    e.last_updated
        .iter()
        .filter(full)
        .max_by_key(|d| (d.year, d.month, d.day))
        .or(e.listed_on.as_ref().filter(full))
        .copied()
}

fn country_value(c: &nomina_model::Country) -> String {
    c.code
        .as_ref()
        .map(|c| c.to_ascii_lowercase())
        .unwrap_or_else(|| c.raw.clone())
}

/// The FtM property an identifier goes to on `schema` (only properties the schema has);
/// `None` for an identifier of no known kind on a vessel or aircraft (FtM's craft have no
/// general identifier property).
fn id_property(kind: IdKind, schema: &str) -> Option<&'static str> {
    let person = schema == "Person";
    let craft = matches!(schema, "Vessel" | "Airplane");
    Some(match kind {
        IdKind::Passport if person => "passportNumber",
        IdKind::TaxId if !craft => "taxNumber",
        IdKind::Registration | IdKind::AircraftTail => "registrationNumber",
        IdKind::Imo if schema == "Vessel" || schema == "Organization" => "imoNumber",
        IdKind::Mmsi if schema == "Vessel" => "mmsi",
        IdKind::CallSign if schema == "Vessel" => "callSign",
        IdKind::Bic if !craft => "swiftBic",
        IdKind::AircraftSerial if schema == "Airplane" => "serialNumber",
        IdKind::Other if craft => return None,
        _ if craft => "registrationNumber",
        _ => "idNumber",
    })
}

fn address_text(a: &nomina_model::Address) -> String {
    [
        a.street.clone(),
        a.city.clone(),
        a.region.clone(),
        a.postal_code.clone(),
        a.country.as_ref().map(|c| c.raw.clone()),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .collect::<Vec<_>>()
    .join(", ")
}

/// The FtM properties of an entity.
pub fn properties(e: &Entity) -> BTreeMap<&'static str, Vec<String>> {
    let schema = schema_of(e.entity_type);
    let mut p: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    let mut add = |k: &'static str, v: String| {
        let v = v.trim().to_string();
        if v.is_empty() {
            return;
        }
        let values = p.entry(k).or_default();
        if !values.contains(&v) {
            values.push(v);
        }
    };
    for n in &e.names {
        let k = match n.kind {
            NameKind::Primary => "name",
            NameKind::WeakAlias => "weakAlias",
            NameKind::FormerName => "previousName",
            _ => "alias",
        };
        add(k, n.full.clone());
    }
    let date_prop = match e.entity_type {
        EntityType::Person => Some("birthDate"),
        EntityType::Organization => Some("incorporationDate"),
        _ => None,
    };
    if let Some(k) = date_prop {
        for d in &e.birth_dates {
            for date in [d.from, d.to].into_iter().flatten() {
                add(k, date.to_string());
            }
        }
    }
    if e.entity_type == EntityType::Person {
        for pl in &e.birth_places {
            add("birthPlace", pl.raw.clone());
        }
        for c in &e.nationalities {
            add("nationality", country_value(c));
        }
        for c in &e.citizenships {
            add("citizenship", country_value(c));
        }
        if let Some(g) = &e.gender {
            add("gender", g.to_ascii_lowercase());
        }
        for t in &e.titles {
            add("title", t.clone());
        }
        for t in &e.positions {
            add("position", t.clone());
        }
    } else {
        for c in e.nationalities.iter().chain(&e.citizenships) {
            add("country", country_value(c));
        }
    }
    for a in &e.addresses {
        add("address", address_text(a));
        if let Some(c) = &a.country {
            add("country", country_value(c));
        }
    }
    for i in &e.identifiers {
        if let Some(k) = id_property(i.kind, schema) {
            add(k, i.value.clone());
        }
    }
    if let Some(v) = &e.vessel {
        if let Some(f) = &v.flag {
            add("flag", country_value(f));
        }
        for (k, val) in [
            ("type", &v.vessel_type),
            ("callSign", &v.call_sign),
            ("tonnage", &v.tonnage),
            ("grossRegisteredTonnage", &v.gross_registered_tonnage),
        ] {
            if let Some(val) = val {
                add(k, val.clone());
            }
        }
    }
    if let Some(a) = &e.aircraft {
        if let Some(m) = &a.model {
            add("model", m.clone());
        }
    }
    for prog in &e.programmes {
        add("programId", prog.clone());
    }
    if let Some(r) = &e.remarks {
        add("notes", r.clone());
    }
    add("topics", "sanction".into());
    p
}

/// An entity as yente's `EntityResponse`; with `nested`, its listing as a nested FtM
/// `Sanction` under `properties.sanctions` (as yente nests adjacent entities).
pub fn entity_json(e: &Entity, version: &ListVersion, nested: bool) -> Value {
    let id = yente_id(&e.key);
    let mut props: Map<String, Value> = properties(e)
        .into_iter()
        .map(|(k, v)| (k.to_string(), json!(v)))
        .collect();
    if nested {
        props.insert("sanctions".into(), json!([sanction_json(e, version)]));
    }
    json!({
        "id": id,
        "caption": e.primary_name(),
        "schema": schema_of(e.entity_type),
        "properties": props,
        "datasets": [yente_name(&e.source)],
        "referents": [e.key],
        "target": true,
        "first_seen": e.listed_on.as_ref().and_then(timestamp),
        "last_seen": version.published.as_ref().and_then(timestamp),
        "last_change": last_change(e).as_ref().and_then(timestamp),
    })
}

/// The listing of an entity as an FtM `Sanction`.
pub fn sanction_json(e: &Entity, version: &ListVersion) -> Value {
    let title = super::datasets::SOURCES
        .iter()
        .find(|p| p.source == e.source.prefix())
        .map(|p| p.title.to_string())
        .unwrap_or_else(|| e.source.prefix().to_string());
    let mut props = json!({
        "entity": [yente_id(&e.key)],
        "authority": [title],
    });
    if !e.programmes.is_empty() {
        props["program"] = json!(e.programmes);
    }
    if let Some(d) = &e.listed_on {
        props["listingDate"] = json!([d.to_string()]);
    }
    json!({
        "id": format!("{}-sanction", yente_id(&e.key)),
        "caption": e.primary_name(),
        "schema": "Sanction",
        "properties": props,
        "datasets": [yente_name(&e.source)],
        "referents": [],
        "target": false,
        "first_seen": e.listed_on.as_ref().and_then(timestamp),
        "last_seen": version.published.as_ref().and_then(timestamp),
        "last_change": last_change(e).as_ref().and_then(timestamp),
    })
}

/// A hit's explanation (the matcher's `Explanation` as JSON) as yente's `explanations`:
/// one `FeatureResult` (`score`, `detail`, `query`, `candidate`) for the name and one per
/// piece of evidence, each read from the matcher's one explanation, never recomputed.
pub fn explanations(query_name: &str, explanation: &Value) -> Value {
    let mut out = Map::new();
    out.insert(
        "name".into(),
        json!({
            "score": explanation["name_score"],
            "detail": format!(
                "name score = query coverage {} ^ {} × name coverage {} ^ {} (matched {} name)",
                explanation["query_coverage"],
                nomina_match::QUERY_EXP,
                explanation["name_coverage"],
                explanation["name_exponent"],
                explanation["name_kind"].as_str().unwrap_or("listed"),
            ),
            "query": query_name,
            "candidate": explanation["matched_name"],
        }),
    );
    if let Some(evidence) = explanation["evidence"].as_object() {
        for (k, f) in evidence {
            out.insert(
                k.clone(),
                json!({
                    "score": f["adjustment"],
                    "detail": format!(
                        "{}: {}",
                        f["outcome"].as_str().unwrap_or(""),
                        f["detail"].as_str().unwrap_or("")
                    ),
                }),
            );
        }
    }
    Value::Object(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{Identifier, Name, Source, VesselInfo};

    fn vessel() -> Entity {
        let mut e = Entity::new(
            Source::Ofac,
            "9999",
            EntityType::Vessel,
            Name::new("SEA STAR", NameKind::Primary),
        );
        e.identifiers.push(Identifier {
            kind: IdKind::Imo,
            label: "IMO".into(),
            value: "9187629".into(),
            country: None,
            issued: None,
            expires: None,
            note: None,
        });
        e.vessel = Some(VesselInfo {
            vessel_type: Some("Crude Oil Tanker".into()),
            flag: Some(nomina_model::Country::from_raw("Panama")),
            ..VesselInfo::default()
        });
        e.listed_on = FuzzyDate::ymd(2019, 3, 4);
        e
    }

    #[test]
    fn vessels_carry_imo_flag_and_type() {
        let p = properties(&vessel());
        assert_eq!(p["imoNumber"], ["9187629"]);
        assert_eq!(p["type"], ["Crude Oil Tanker"]);
        assert_eq!(p["flag"], ["pa"]);
        assert_eq!(p["topics"], ["sanction"]);
        assert!(!p.contains_key("idNumber"));
    }

    #[test]
    fn ids_dates_and_datasets() {
        let e = vessel();
        let v = ListVersion {
            source: Source::Ofac,
            format: "ofac-csv".into(),
            published: FuzzyDate::ymd(2023, 12, 28),
            sha256: String::new(),
            files: vec![],
        };
        let j = entity_json(&e, &v, true);
        assert_eq!(j["id"], "ofac-9999");
        assert_eq!(j["referents"][0], "ofac:9999");
        assert_eq!(j["datasets"][0], "us_ofac_sdn");
        assert_eq!(j["first_seen"], "2019-03-04T00:00:00");
        assert_eq!(j["last_change"], "2019-03-04T00:00:00");
        assert_eq!(j["last_seen"], "2023-12-28T00:00:00");
        assert_eq!(j["properties"]["sanctions"][0]["schema"], "Sanction");
        assert!(timestamp(&FuzzyDate::year(1970)).is_none());
    }
}
