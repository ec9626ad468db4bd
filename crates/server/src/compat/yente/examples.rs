//! yente's entity examples (`EntityExample`) as nomina screens them: which FtM schemata
//! nomina matches, which properties are names, name parts, dates, countries and
//! identifiers, and what becomes of an example without a name.

use super::YenteQuery;
use crate::compat::Party;
use crate::error::ApiError;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// Properties whose values are names: each one is screened, the best score kept.
const NAME_PROPS: [&str; 4] = ["name", "alias", "previousName", "weakAlias"];
/// Name parts: joined into a name when an example has no name.
const NAME_PART_PROPS: [&str; 5] = [
    "firstName",
    "secondName",
    "middleName",
    "fatherName",
    "lastName",
];
/// Dates compared with a listed date of birth or registration (the first one).
const DATE_PROPS: [&str; 2] = ["birthDate", "incorporationDate"];
/// Countries compared with the listed ones (the first one).
const COUNTRY_PROPS: [&str; 5] = [
    "nationality",
    "citizenship",
    "country",
    "jurisdiction",
    "flag",
];
/// Identifiers: an identical listed one is decisive.
pub(super) const ID_PROPS: [&str; 15] = [
    "idNumber",
    "passportNumber",
    "registrationNumber",
    "imoNumber",
    "mmsi",
    "callSign",
    "taxNumber",
    "swiftBic",
    "innCode",
    "ogrnCode",
    "leiCode",
    "vatCode",
    "serialNumber",
    "icaoCode",
    "okpoCode",
];

/// nomina's type for a matchable FtM schema; `Err` for a schema nomina cannot match.
pub(super) fn schema_type(schema: &str) -> Result<Option<&'static str>, String> {
    Ok(match schema {
        "Person" => Some("person"),
        "Organization" | "Company" | "PublicBody" => Some("organization"),
        "Vessel" => Some("vessel"),
        "Airplane" => Some("aircraft"),
        "LegalEntity" | "Thing" | "Vehicle" => None,
        other => {
            return Err(format!(
                "{other:?} is not a schema nomina matches (Person, Organization, Company, PublicBody, LegalEntity, Vessel, Airplane, Vehicle, Thing)"
            ))
        }
    })
}

/// Whether an entity of FtM schema `entity` is one of the schemata `wanted` names (with
/// their descendants among nomina's four).
pub(super) fn schema_within(entity: &str, wanted: &str) -> bool {
    match wanted {
        "Thing" => true,
        "LegalEntity" => matches!(entity, "Person" | "Organization"),
        "Vehicle" => matches!(entity, "Vessel" | "Airplane"),
        // nomina does not tell companies and public bodies from other organisations.
        "Company" | "PublicBody" => entity == "Organization",
        w => entity == w,
    }
}

/// The values of one property as strings: a string, or a list of strings or numbers.
fn values(id: &str, key: &str, v: &Value) -> Result<Vec<String>, ApiError> {
    let field = |i: usize| format!("queries.{id}.properties.{key}[{i}]");
    let one = |i: usize, v: &Value| -> Result<String, ApiError> {
        match v {
            Value::String(s) => Ok(s.trim().to_string()),
            Value::Number(n) => Ok(n.to_string()),
            _ => Err(ApiError::invalid(format!(
                "{}: a value must be a string",
                field(i)
            ))),
        }
    };
    let out = match v {
        Value::Array(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| one(i, v))
            .collect::<Result<Vec<_>, _>>()?,
        Value::Null => Vec::new(),
        v => vec![one(0, v)?],
    };
    Ok(out.into_iter().filter(|s| !s.is_empty()).collect())
}

/// One example as nomina screens it: the party, the example as echoed back, and the
/// properties (or extra values) nomina's matcher does not use.
pub(super) fn party(id: &str, q: &YenteQuery) -> Result<(Party, Value, Vec<String>), ApiError> {
    let entity_type = schema_type(&q.schema)
        .map_err(|m| ApiError::bad_request(format!("queries.{id}.schema: {m}")))?;
    let mut props: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (k, v) in &q.properties {
        let vals = values(id, k, v)?;
        if !vals.is_empty() {
            props.insert(k.clone(), vals);
        }
    }
    let get = |keys: &[&str]| -> Vec<String> {
        keys.iter()
            .flat_map(|k| props.get(*k).cloned().unwrap_or_default())
            .collect()
    };
    let mut unused: Vec<String> = props
        .keys()
        .filter(|k| {
            let k = k.as_str();
            !(NAME_PROPS.contains(&k)
                || NAME_PART_PROPS.contains(&k)
                || DATE_PROPS.contains(&k)
                || COUNTRY_PROPS.contains(&k)
                || ID_PROPS.contains(&k))
        })
        .cloned()
        .collect();
    let dates = get(&DATE_PROPS);
    let countries = get(&COUNTRY_PROPS);
    if dates.len() > 1 {
        unused.push("birthDate/incorporationDate beyond the first".into());
    }
    if countries.len() > 1 {
        unused.push("countries beyond the first".into());
    }
    let identifiers = get(&ID_PROPS);
    let mut names = get(&NAME_PROPS);
    if names.is_empty() {
        let parts = get(&NAME_PART_PROPS);
        if !parts.is_empty() {
            names.push(parts.join(" "));
        }
    } else if NAME_PART_PROPS.iter().any(|k| props.contains_key(*k)) {
        unused.push("name parts (a full name was given)".into());
    }
    if names.is_empty() {
        if identifiers.is_empty() {
            return Err(ApiError::bad_request(format!(
                "queries.{id}: nothing to match on: give a name (name, alias), name parts (firstName, lastName…) or an identifier ({})",
                ID_PROPS.join(", ")
            )));
        }
        // Screened by identifiers alone: they stand as the query's text, so only an
        // identical listed identifier (decisive) or a listed name holding the same
        // number can score.
        names.push(identifiers.join(" "));
    }
    let echo = json!({ "id": q.id, "schema": q.schema, "properties": props });
    Ok((
        Party {
            names,
            entity_type: entity_type.map(str::to_string),
            dob: dates.first().cloned(),
            country: countries.first().cloned(),
            identifiers,
        },
        echo,
        unused,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(schema: &str, props: Value) -> YenteQuery {
        serde_json::from_value(json!({ "id": "mine", "schema": schema, "properties": props }))
            .unwrap()
    }

    #[test]
    fn string_values_name_parts_and_identifier_only_examples() {
        let (p, echo, unused) = party(
            "q",
            &example(
                "Person",
                json!({"name": "Masood Azhar", "birthDate": ["1968"]}),
            ),
        )
        .unwrap();
        assert_eq!(p.names, ["Masood Azhar"]);
        assert_eq!(p.dob.as_deref(), Some("1968"));
        assert_eq!(echo["properties"]["name"], json!(["Masood Azhar"]));
        assert_eq!(echo["id"], "mine");
        assert!(unused.is_empty());
        let (p, _, _) = party(
            "q",
            &example(
                "Person",
                json!({"firstName": ["Masood"], "lastName": "Azhar"}),
            ),
        )
        .unwrap();
        assert_eq!(p.names, ["Masood Azhar"]);
        let (p, _, _) = party("q", &example("Vessel", json!({"imoNumber": "9187629"}))).unwrap();
        assert_eq!(p.names, ["9187629"]);
        assert_eq!(p.identifiers, ["9187629"]);
        assert_eq!(p.entity_type.as_deref(), Some("vessel"));
        let e = party("q", &example("Person", json!({"gender": "male"}))).unwrap_err();
        assert_eq!(e.status, 400);
        let e = party("q", &example("Document", json!({"name": "x"}))).unwrap_err();
        assert_eq!(e.status, 400);
    }

    #[test]
    fn properties_nomina_does_not_use_are_named() {
        let (_, _, unused) = party(
            "q",
            &example(
                "Person",
                json!({"name": ["A B"], "address": ["1 Main St"], "nationality": ["pk", "af"]}),
            ),
        )
        .unwrap();
        assert!(unused.iter().any(|u| u == "address"), "{unused:?}");
        assert!(
            unused.iter().any(|u| u.starts_with("countries")),
            "{unused:?}"
        );
    }

    #[test]
    fn schema_hierarchy_for_filters() {
        assert!(schema_within("Person", "LegalEntity"));
        assert!(schema_within("Vessel", "Thing"));
        assert!(!schema_within("Vessel", "Person"));
        assert!(schema_within("Airplane", "Vehicle"));
    }
}
