//! nomina's entities in watchman's shape (`pkg/search` `Entity`, `SearchedEntity`,
//! `SimilarityScore`): RFC 3339 date-times, watchman's address fields, integers where
//! watchman has integers, government ids of watchman's types; a field the lists do not give
//! is left out (Go reads a zero value), never written as `null` where the document has an
//! object.

use crate::compat::datasets::watchman_name;
use nomina_model::{Entity, EntityType, FuzzyDate, IdKind, NameKind};
use serde_json::{json, Value};

/// The id of an entity on its own list (the key without its prefix).
pub fn source_id_of(e: &Entity) -> &str {
    e.key.split_once(':').map(|(_, id)| id).unwrap_or(&e.key)
}

/// A full date as an RFC 3339 date-time (midnight UTC); partial dates are left out.
pub fn date_time(d: &FuzzyDate) -> Option<String> {
    match (d.month, d.day) {
        (Some(m), Some(day)) => Some(format!("{:04}-{m:02}-{day:02}T00:00:00Z", d.year)),
        _ => None,
    }
}

fn country_code(c: &nomina_model::Country) -> String {
    c.code.clone().unwrap_or_else(|| c.raw.clone())
}

/// A tonnage as listed (`"1,234"`, `"5000 GRT"`) as watchman's integer, when it is one.
fn tonnage(s: &Option<String>) -> Option<i64> {
    let s = s.as_deref()?.trim();
    let digits: String = s
        .split_whitespace()
        .next()?
        .chars()
        .filter(|c| *c != ',')
        .collect();
    digits.parse().ok()
}

/// watchman's government-id type for an identifier kind, when it has one.
fn gov_id_type(kind: IdKind) -> Option<&'static str> {
    match kind {
        IdKind::Passport => Some("passport"),
        IdKind::NationalId => Some("national-id"),
        IdKind::TaxId => Some("tax-id"),
        IdKind::Registration => Some("business-registration"),
        _ => None,
    }
}

fn put(v: &mut Value, k: &str, s: Option<String>) {
    if let Some(s) = s.filter(|s| !s.trim().is_empty()) {
        v[k] = json!(s);
    }
}

/// An entity in watchman's `Entity` shape, with nomina's own record as `sourceData`.
pub fn entity_json(e: &Entity) -> Value {
    let alt: Vec<&str> = e
        .names
        .iter()
        .filter(|n| !matches!(n.kind, NameKind::Primary | NameKind::FormerName))
        .map(|n| n.full.as_str())
        .collect();
    let first_date = e
        .birth_dates
        .iter()
        .find_map(|d| d.from.as_ref().filter(|_| d.to.is_none() || d.to == d.from))
        .and_then(date_time);
    let gov_ids: Vec<Value> = e
        .identifiers
        .iter()
        .filter_map(|i| {
            let t = gov_id_type(i.kind)?;
            let mut g = json!({ "name": i.label, "type": t, "identifier": i.value });
            put(&mut g, "country", i.country.as_ref().map(country_code));
            Some(g)
        })
        .collect();
    let ident = |kind: IdKind| {
        e.identifiers
            .iter()
            .find(|i| i.kind == kind)
            .map(|i| i.value.clone())
    };
    let (kind, mut detail) = match e.entity_type {
        EntityType::Person => (
            "person",
            json!({ "name": e.primary_name(), "altNames": alt }),
        ),
        EntityType::Organization => (
            "business",
            json!({ "name": e.primary_name(), "altNames": alt }),
        ),
        EntityType::Vessel => (
            "vessel",
            json!({ "name": e.primary_name(), "altNames": alt }),
        ),
        EntityType::Aircraft => (
            "aircraft",
            json!({ "name": e.primary_name(), "altNames": alt }),
        ),
    };
    match e.entity_type {
        EntityType::Person => {
            put(&mut detail, "birthDate", first_date);
            put(
                &mut detail,
                "gender",
                e.gender.as_ref().map(|g| g.to_ascii_lowercase()),
            );
            put(
                &mut detail,
                "placeOfBirth",
                e.birth_places.first().map(|p| p.raw.clone()),
            );
            detail["titles"] = json!(e.titles);
            detail["governmentIDs"] = json!(gov_ids);
        }
        EntityType::Organization => {
            put(&mut detail, "created", first_date);
            detail["governmentIDs"] = json!(gov_ids);
        }
        EntityType::Vessel => {
            let v = e.vessel.clone().unwrap_or_default();
            put(&mut detail, "imoNumber", ident(IdKind::Imo));
            put(&mut detail, "type", v.vessel_type.clone());
            put(&mut detail, "flag", v.flag.as_ref().map(country_code));
            put(&mut detail, "mmsi", ident(IdKind::Mmsi));
            put(
                &mut detail,
                "callSign",
                v.call_sign.clone().or_else(|| ident(IdKind::CallSign)),
            );
            put(&mut detail, "owner", v.owner.clone());
            if let Some(t) = tonnage(&v.tonnage) {
                detail["tonnage"] = json!(t);
            }
            if let Some(t) = tonnage(&v.gross_registered_tonnage) {
                detail["grossRegisteredTonnage"] = json!(t);
            }
        }
        EntityType::Aircraft => {
            let a = e.aircraft.clone().unwrap_or_default();
            put(&mut detail, "model", a.model.clone());
            put(&mut detail, "serialNumber", ident(IdKind::AircraftSerial));
            put(
                &mut detail,
                "built",
                a.manufactured
                    .as_deref()
                    .and_then(|m| m.parse::<FuzzyDate>().ok())
                    .as_ref()
                    .and_then(date_time),
            );
        }
    }
    let addresses: Vec<Value> = e
        .addresses
        .iter()
        .map(|a| {
            let mut v = json!({});
            let (l1, l2) = match a.street.as_deref().map(|s| s.split_once(", ")) {
                Some(Some((a, b))) => (Some(a.to_string()), Some(b.to_string())),
                Some(None) => (a.street.clone(), None),
                None => (None, None),
            };
            put(&mut v, "line1", l1);
            put(&mut v, "line2", l2);
            put(&mut v, "city", a.city.clone());
            put(&mut v, "postalCode", a.postal_code.clone());
            put(&mut v, "state", a.region.clone());
            put(&mut v, "country", a.country.as_ref().map(country_code));
            v
        })
        .collect();
    let crypto: Vec<Value> = e
        .identifiers
        .iter()
        .filter(|i| i.kind == IdKind::CryptoWallet)
        .map(|i| {
            let currency = i.label.rsplit(['-', ' ']).next().unwrap_or("").trim();
            json!({ "currency": currency, "address": i.value })
        })
        .collect();
    let history: Vec<Value> = e
        .names
        .iter()
        .filter(|n| n.kind == NameKind::FormerName)
        .map(|n| json!({ "type": "Former Name", "value": n.full }))
        .collect();
    let remarks = e.remarks.clone().unwrap_or_default();
    let secondary = remarks
        .to_ascii_lowercase()
        .contains("subject to secondary sanctions");
    let mut v = json!({
        "name": e.primary_name(),
        "entityType": kind,
        "sourceList": watchman_name(&e.source),
        "sourceID": source_id_of(e),
        "contact": {},
        "addresses": addresses,
        "cryptoAddresses": crypto,
        "affiliations": [],
        "sanctionsInfo": { "programs": e.programmes, "secondary": secondary, "description": remarks },
        "historicalInfo": history,
        "sourceData": serde_json::to_value(e).unwrap_or(Value::Null),
    });
    v[kind] = detail;
    v
}

/// A hit's explanation as watchman's `SimilarityScore`: one piece for the name and one per
/// piece of evidence, and nomina's whole explanation beside them.
pub fn details(score: f64, explanation: &Value) -> Value {
    let name_score = explanation["name_score"].as_f64().unwrap_or(0.0);
    let mut pieces = vec![json!({
        "pieceType": "name",
        "score": name_score,
        "weight": 1.0,
        "matched": name_score > 0.0,
        "required": true,
        "exact": name_score >= 1.0,
        "fieldsCompared": 1,
    })];
    if let Some(evidence) = explanation["evidence"].as_object() {
        for (k, f) in evidence {
            let outcome = f["outcome"].as_str().unwrap_or("");
            let adjustment = f["adjustment"].as_f64().unwrap_or(0.0);
            pieces.push(json!({
                "pieceType": k,
                "score": match outcome { "match" => 1.0, "partial" => 0.5, _ => 0.0 },
                "weight": adjustment.abs(),
                "matched": outcome == "match",
                "required": false,
                "exact": outcome == "match",
                "fieldsCompared": 1,
            }));
        }
    }
    json!({ "pieces": pieces, "finalScore": score, "explanation": explanation })
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{Address, Country, Identifier, Name, Source, VesselInfo};

    #[test]
    fn persons_have_rfc3339_dates_and_watchman_addresses() {
        let mut e = Entity::new(
            Source::Un,
            "QDi.422",
            EntityType::Person,
            Name::new("MOHAMMED MASOOD AZHAR ALVI", NameKind::Primary),
        );
        e.birth_dates.push(nomina_model::BirthDate::single(
            FuzzyDate::ymd(1968, 7, 10).unwrap(),
            "1968-07-10",
        ));
        e.addresses.push(Address {
            street: Some("Street 1, Block B".into()),
            city: Some("Bahawalpur".into()),
            country: Some(Country::from_raw("Pakistan")),
            ..Address::default()
        });
        let v = entity_json(&e);
        assert_eq!(v["person"]["birthDate"], "1968-07-10T00:00:00Z");
        assert_eq!(v["sourceList"], "un_csl");
        assert_eq!(v["sourceID"], "QDi.422");
        assert_eq!(v["addresses"][0]["line1"], "Street 1");
        assert_eq!(v["addresses"][0]["line2"], "Block B");
        assert_eq!(v["addresses"][0]["country"], "PK");
        assert!(v.get("business").is_none());
    }

    #[test]
    fn vessels_have_integers_and_identifiers() {
        let mut e = Entity::new(
            Source::Ofac,
            "1",
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
            tonnage: Some("1,234".into()),
            gross_registered_tonnage: Some("unknown".into()),
            ..VesselInfo::default()
        });
        let v = entity_json(&e);
        assert_eq!(v["vessel"]["imoNumber"], "9187629");
        assert_eq!(v["vessel"]["tonnage"], 1234);
        assert!(v["vessel"].get("grossRegisteredTonnage").is_none());
        assert_eq!(v["sourceList"], "us_ofac");
    }

    #[test]
    fn partial_dates_are_not_made_full() {
        assert_eq!(date_time(&FuzzyDate::year(1968)), None);
        assert_eq!(
            date_time(&FuzzyDate::ymd(1968, 7, 10).unwrap()).as_deref(),
            Some("1968-07-10T00:00:00Z")
        );
    }
}
