//! `nomina export --format ftm|senzing`: every entity of the lists in force, one JSON object
//! per line, for other tools: FollowTheMoney entities (what OpenSanctions, yente and Aleph
//! read) or Senzing records (its entity specification's attributes only).
//!
//! The FtM writer lives in `nomina_lists::ftm_export`, beside the FtM reader it inverts.
//! The Senzing mapping is here; it uses only attributes of Senzing's Entity Specification
//! (senzing.com/docs/entity_specification, "Dictionary of registered attributes"):
//! `DATA_SOURCE`, `RECORD_ID`, `RECORD_TYPE`, `NAME_TYPE`, `NAME_FULL`, `NAME_ORG`,
//! `GENDER`, `DATE_OF_BIRTH`, `REGISTRATION_DATE`, `PLACE_OF_BIRTH`, `NATIONALITY`,
//! `CITIZENSHIP`, `REGISTRATION_COUNTRY`, `ADDR_FULL`, `ADDR_COUNTRY`, `PASSPORT_NUMBER`,
//! `PASSPORT_COUNTRY`, `NATIONAL_ID_NUMBER`, `NATIONAL_ID_COUNTRY`, `TAX_ID_NUMBER`,
//! `TAX_ID_COUNTRY`, `LEI_NUMBER`, `DUNS_NUMBER`, `OTHER_ID_TYPE`, `OTHER_ID_NUMBER`,
//! `OTHER_ID_COUNTRY`. Values that repeat go in the lists the specification's JSON shape
//! allows (`NAMES`, `ADDRESSES`, `DATES`, `COUNTRIES`, `IDENTIFIERS`), one feature per item.

use crate::exit::CmdResult;
use crate::{emit_batch_lines, GlobalArgs};
use nomina_lists::ftm_export;
use nomina_model::{Country, Entity, EntityType, IdKind, Identifier, NameKind};
use serde_json::{json, Map, Value};

/// Output formats of `nomina export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// FollowTheMoney entities, JSON lines.
    Ftm,
    /// Senzing records (Entity Specification attributes), JSON lines.
    Senzing,
}

/// Options of `nomina export`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
}

/// Runs `nomina export`: one line per entity of every list in force, in list order.
pub fn run(global: &GlobalArgs, args: &Args) -> CmdResult {
    let loaded = global.load_lists(Vec::new())?;
    let lines: Vec<String> = loaded
        .snapshots()
        .flat_map(|s| s.entities.iter())
        .map(|e| match args.format {
            ExportFormat::Ftm => ftm_export::entity_line(e),
            ExportFormat::Senzing => senzing_record(e).to_string(),
        })
        .collect();
    // No line carries an error; `None` means the reader closed the pipe, which is fine.
    emit_batch_lines(lines.iter().map(|l| (l.as_str(), None)))?;
    Ok(())
}

/// Senzing's `DATA_SOURCE` for a list: its key prefix in upper case, letters, digits and
/// `_` only, at most 25 characters (the specification's limit).
pub fn data_source(prefix: &str) -> String {
    prefix
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .take(25)
        .collect()
}

fn country(c: &Country) -> String {
    c.code.clone().unwrap_or_else(|| c.raw.clone())
}

/// One identifier as a Senzing feature: the specification's attribute for its kind where it
/// has one, else `OTHER_ID_*` with the kind as the type.
fn identifier(i: &Identifier) -> Value {
    let c = i.country.as_ref().map(country);
    let pair = |number: &str, country_attr: &str| {
        let mut m = Map::new();
        m.insert(number.into(), json!(i.value));
        if let Some(c) = &c {
            m.insert(country_attr.into(), json!(c));
        }
        Value::Object(m)
    };
    match i.kind {
        IdKind::Passport => pair("PASSPORT_NUMBER", "PASSPORT_COUNTRY"),
        IdKind::NationalId => pair("NATIONAL_ID_NUMBER", "NATIONAL_ID_COUNTRY"),
        IdKind::TaxId => pair("TAX_ID_NUMBER", "TAX_ID_COUNTRY"),
        _ if i.label == "leiCode" => json!({"LEI_NUMBER": i.value}),
        _ if i.label == "dunsCode" => json!({"DUNS_NUMBER": i.value}),
        kind => {
            let mut v = pair("OTHER_ID_NUMBER", "OTHER_ID_COUNTRY");
            let kind = serde_json::to_value(kind)
                .ok()
                .and_then(|k| k.as_str().map(str::to_ascii_uppercase))
                .unwrap_or_else(|| "OTHER".into());
            v["OTHER_ID_TYPE"] = json!(kind);
            v
        }
    }
}

/// One entity as a Senzing record.
pub fn senzing_record(e: &Entity) -> Value {
    let person = e.entity_type == EntityType::Person;
    let (prefix, id) = e.key.split_once(':').unwrap_or(("", &e.key));
    let mut r = Map::new();
    r.insert("DATA_SOURCE".into(), json!(data_source(prefix)));
    r.insert("RECORD_ID".into(), json!(id));
    let record_type = match e.entity_type {
        EntityType::Person => "PERSON",
        EntityType::Organization => "ORGANIZATION",
        EntityType::Vessel => "VESSEL",
        EntityType::Aircraft => "AIRCRAFT",
    };
    r.insert("RECORD_TYPE".into(), json!(record_type));
    let name_attr = if person { "NAME_FULL" } else { "NAME_ORG" };
    let names: Vec<Value> = e
        .names
        .iter()
        .map(|n| {
            let kind = match n.kind {
                NameKind::Primary => "PRIMARY",
                NameKind::WeakAlias => "WEAK_ALIAS",
                NameKind::FormerName => "FORMER",
                NameKind::Alias | NameKind::OriginalScript => "ALIAS",
            };
            json!({"NAME_TYPE": kind, name_attr: n.full})
        })
        .collect();
    r.insert("NAMES".into(), Value::Array(names));
    if let Some(g) = &e.gender {
        r.insert("GENDER".into(), json!(g));
    }
    let date_attr = if person {
        "DATE_OF_BIRTH"
    } else {
        "REGISTRATION_DATE"
    };
    let mut dates: Vec<Value> = Vec::new();
    for b in &e.birth_dates {
        for d in [b.from, b.to].into_iter().flatten() {
            let v = json!({ date_attr: d.to_string() });
            if !dates.contains(&v) {
                dates.push(v);
            }
        }
    }
    insert_list(&mut r, "DATES", dates);
    let mut countries: Vec<Value> = Vec::new();
    let mut add = |attr: &str, v: String| {
        let v = json!({ attr: v });
        if !countries.contains(&v) {
            countries.push(v);
        }
    };
    for p in e.birth_places.iter().filter(|_| person) {
        add("PLACE_OF_BIRTH", p.raw.clone());
    }
    for c in &e.nationalities {
        add(
            if person {
                "NATIONALITY"
            } else {
                "REGISTRATION_COUNTRY"
            },
            country(c),
        );
    }
    for c in e.citizenships.iter().filter(|_| person) {
        add("CITIZENSHIP", country(c));
    }
    insert_list(&mut r, "COUNTRIES", countries);
    let addresses: Vec<Value> = e
        .addresses
        .iter()
        .map(|a| {
            let mut m = Map::new();
            let text = ftm_export::address_text(a);
            if !text.is_empty() {
                m.insert("ADDR_FULL".into(), json!(text));
            }
            if let Some(c) = &a.country {
                m.insert("ADDR_COUNTRY".into(), json!(country(c)));
            }
            Value::Object(m)
        })
        .filter(|v| v.as_object().is_some_and(|m| !m.is_empty()))
        .collect();
    insert_list(&mut r, "ADDRESSES", addresses);
    let ids: Vec<Value> = e.identifiers.iter().map(identifier).collect();
    insert_list(&mut r, "IDENTIFIERS", ids);
    Value::Object(r)
}

fn insert_list(r: &mut Map<String, Value>, key: &str, items: Vec<Value>) {
    if !items.is_empty() {
        r.insert(key.into(), Value::Array(items));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{Name, Source};

    #[test]
    fn a_person_becomes_a_senzing_record() {
        let mut e = Entity::new(
            Source::Un,
            "QDi.422",
            EntityType::Person,
            Name::new("MOHAMMED MASOOD AZHAR ALVI", NameKind::Primary),
        );
        e.push_name(Name::new("Masud Azhar", NameKind::WeakAlias));
        e.nationalities.push(Country::from_raw("Pakistan"));
        e.identifiers.push(Identifier {
            kind: IdKind::Passport,
            label: "Passport".into(),
            value: "AA123".into(),
            country: Some(Country::from_raw("Pakistan")),
            issued: None,
            expires: None,
            note: None,
        });
        let r = senzing_record(&e);
        assert_eq!(r["DATA_SOURCE"], "UN");
        assert_eq!(r["RECORD_ID"], "QDi.422");
        assert_eq!(r["NAMES"][1]["NAME_TYPE"], "WEAK_ALIAS");
        assert_eq!(r["COUNTRIES"][0]["NATIONALITY"], "PK");
        assert_eq!(
            r["IDENTIFIERS"][0],
            json!({"PASSPORT_NUMBER": "AA123", "PASSPORT_COUNTRY": "PK"})
        );
        assert_eq!(data_source("acme-bank_watch.list"), "ACME_BANK_WATCH_LIST");
    }
}
