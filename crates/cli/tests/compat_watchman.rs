//! watchman compatibility, from the client's side: every `/v2/search` answer to the
//! queries of `tests/watchman/queries.txt` (and `/v2/listinfo`) decodes into Rust structs
//! that mirror watchman's Go types (moov-io/watchman `pkg/search`, `models.go`,
//! `model_searched_entity.go`, `similarity.go`, `client.go`) field by field, as strictly
//! as Go's `encoding/json` reads them: a `time.Time` must be RFC 3339, an `int` an
//! integer, a `string` a string, a pointer field may be absent or null, unknown fields are
//! ignored. The structs are written here from watchman's field list; no code is copied.
//!
//! Also: `--compat-auth` (watchman's Go client sends no credentials), audited as
//! anonymous; yente's `ApiKey` scheme.

mod common;

use common::{create_key, request, Server, TempDir};
use serde::de::{Deserializer, Error as _};
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// Go's `time.Time` as `encoding/json` reads it: an RFC 3339 string (`null` only behind a
/// pointer, which is an `Option` here).
#[derive(Debug)]
struct GoTime(#[allow(dead_code)] String);

impl<'de> Deserialize<'de> for GoTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<GoTime, D::Error> {
        let s = String::deserialize(d)?;
        if is_rfc3339(&s) {
            Ok(GoTime(s))
        } else {
            Err(D::Error::custom(format!("{s:?} is not an RFC 3339 time")))
        }
    }
}

/// `YYYY-MM-DDTHH:MM:SS[.frac](Z|±HH:MM)`, as Go's `time.RFC3339` parses.
fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|x| x.iter().all(u8::is_ascii_digit))
    };
    if b.len() < 20
        || !digits(0..4)
        || b[4] != b'-'
        || !digits(5..7)
        || b[7] != b'-'
        || !digits(8..10)
        || !matches!(b[10], b'T' | b't')
        || !digits(11..13)
        || b[13] != b':'
        || !digits(14..16)
        || b[16] != b':'
        || !digits(17..19)
    {
        return false;
    }
    let mut rest = &s[19..];
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return false;
        }
        rest = &frac[n..];
    }
    matches!(rest, "Z" | "z")
        || (rest.len() == 6
            && matches!(rest.as_bytes()[0], b'+' | b'-')
            && rest.as_bytes()[3] == b':')
}

/// A Go `[]T`: absent or `null` reads as empty.
fn go_slice<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
    Ok(Option::<Vec<T>>::deserialize(d)?.unwrap_or_default())
}

/// A Go `string`: absent reads as empty; `null` leaves it empty too.
fn go_string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    Ok(Option::<String>::deserialize(d)?.unwrap_or_default())
}

// --- pkg/search: Entity[T] and its parts --------------------------------------------------

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Entity {
    #[serde(default, deserialize_with = "go_string")]
    name: String,
    #[serde(rename = "entityType", default, deserialize_with = "go_string")]
    entity_type: String,
    #[serde(rename = "sourceList", default, deserialize_with = "go_string")]
    source_list: String,
    #[serde(rename = "sourceID", default, deserialize_with = "go_string")]
    source_id: String,
    #[serde(default)]
    person: Option<Person>,
    #[serde(default)]
    business: Option<Business>,
    #[serde(default)]
    organization: Option<Organization>,
    #[serde(default)]
    aircraft: Option<Aircraft>,
    #[serde(default)]
    vessel: Option<Vessel>,
    #[serde(default)]
    contact: Option<ContactInfo>,
    #[serde(default, deserialize_with = "go_slice")]
    addresses: Vec<Address>,
    #[serde(rename = "cryptoAddresses", default, deserialize_with = "go_slice")]
    crypto_addresses: Vec<CryptoAddress>,
    #[serde(default, deserialize_with = "go_slice")]
    affiliations: Vec<Affiliation>,
    #[serde(rename = "sanctionsInfo", default)]
    sanctions_info: Option<SanctionsInfo>,
    #[serde(rename = "historicalInfo", default, deserialize_with = "go_slice")]
    historical_info: Vec<HistoricalInfo>,
    /// `T` is `search.Value` (`interface{}`) in the client: any JSON.
    #[serde(rename = "sourceData", default)]
    source_data: Value,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Person {
    #[serde(default, deserialize_with = "go_string")]
    name: String,
    #[serde(rename = "altNames", default, deserialize_with = "go_slice")]
    alt_names: Vec<String>,
    #[serde(default, deserialize_with = "go_string")]
    gender: String,
    #[serde(rename = "birthDate", default)]
    birth_date: Option<GoTime>,
    #[serde(rename = "placeOfBirth", default, deserialize_with = "go_string")]
    place_of_birth: String,
    #[serde(rename = "deathDate", default)]
    death_date: Option<GoTime>,
    #[serde(default, deserialize_with = "go_slice")]
    titles: Vec<String>,
    #[serde(rename = "governmentIDs", default, deserialize_with = "go_slice")]
    government_ids: Vec<GovernmentId>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct ContactInfo {
    #[serde(rename = "emailAddresses", default, deserialize_with = "go_slice")]
    email_addresses: Vec<String>,
    #[serde(rename = "phoneNumbers", default, deserialize_with = "go_slice")]
    phone_numbers: Vec<String>,
    #[serde(rename = "faxNumbers", default, deserialize_with = "go_slice")]
    fax_numbers: Vec<String>,
    #[serde(default, deserialize_with = "go_slice")]
    websites: Vec<String>,
}

/// watchman's `GovernmentIDType` values.
const GOVERNMENT_ID_TYPES: [&str; 17] = [
    "passport",
    "drivers-license",
    "national-id",
    "tax-id",
    "ssn",
    "cedula",
    "curp",
    "cuit",
    "electoral",
    "business-registration",
    "commercial-registry",
    "birth-certificate",
    "refugee-id",
    "diplomatic-passport",
    "personal-id",
    "citizenship",
    "nationality",
];

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct GovernmentId {
    #[serde(default, deserialize_with = "go_string")]
    name: String,
    #[serde(rename = "type", default, deserialize_with = "go_string")]
    kind: String,
    #[serde(default, deserialize_with = "go_string")]
    country: String,
    #[serde(default, deserialize_with = "go_string")]
    identifier: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Business {
    #[serde(default, deserialize_with = "go_string")]
    name: String,
    #[serde(rename = "altNames", default, deserialize_with = "go_slice")]
    alt_names: Vec<String>,
    #[serde(default)]
    created: Option<GoTime>,
    #[serde(default)]
    dissolved: Option<GoTime>,
    #[serde(rename = "governmentIDs", default, deserialize_with = "go_slice")]
    government_ids: Vec<GovernmentId>,
}

/// watchman's `Organization` has the same fields as its `Business`.
type Organization = Business;

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Aircraft {
    #[serde(default, deserialize_with = "go_string")]
    name: String,
    #[serde(rename = "altNames", default, deserialize_with = "go_slice")]
    alt_names: Vec<String>,
    #[serde(rename = "type", default, deserialize_with = "go_string")]
    kind: String,
    #[serde(default, deserialize_with = "go_string")]
    flag: String,
    #[serde(default)]
    built: Option<GoTime>,
    #[serde(rename = "icaoCode", default, deserialize_with = "go_string")]
    icao_code: String,
    #[serde(default, deserialize_with = "go_string")]
    model: String,
    #[serde(rename = "serialNumber", default, deserialize_with = "go_string")]
    serial_number: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Vessel {
    #[serde(default, deserialize_with = "go_string")]
    name: String,
    #[serde(rename = "altNames", default, deserialize_with = "go_slice")]
    alt_names: Vec<String>,
    #[serde(rename = "imoNumber", default, deserialize_with = "go_string")]
    imo_number: String,
    #[serde(rename = "type", default, deserialize_with = "go_string")]
    kind: String,
    #[serde(default, deserialize_with = "go_string")]
    flag: String,
    #[serde(default)]
    built: Option<GoTime>,
    #[serde(default, deserialize_with = "go_string")]
    model: String,
    /// Go `int`: an integer, never a string or a fraction.
    #[serde(default)]
    tonnage: i64,
    #[serde(default, deserialize_with = "go_string")]
    mmsi: String,
    #[serde(rename = "callSign", default, deserialize_with = "go_string")]
    call_sign: String,
    #[serde(rename = "grossRegisteredTonnage", default)]
    gross_registered_tonnage: i64,
    #[serde(default, deserialize_with = "go_string")]
    owner: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct CryptoAddress {
    #[serde(default, deserialize_with = "go_string")]
    currency: String,
    #[serde(default, deserialize_with = "go_string")]
    address: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Address {
    #[serde(default, deserialize_with = "go_string")]
    line1: String,
    #[serde(default, deserialize_with = "go_string")]
    line2: String,
    #[serde(default, deserialize_with = "go_string")]
    city: String,
    #[serde(rename = "postalCode", default, deserialize_with = "go_string")]
    postal_code: String,
    #[serde(default, deserialize_with = "go_string")]
    state: String,
    /// ISO-3166 code as a string (not an object).
    #[serde(default, deserialize_with = "go_string")]
    country: String,
    #[serde(default)]
    latitude: f64,
    #[serde(default)]
    longitude: f64,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct Affiliation {
    #[serde(rename = "entityName", default, deserialize_with = "go_string")]
    entity_name: String,
    #[serde(rename = "type", default, deserialize_with = "go_string")]
    kind: String,
    #[serde(default, deserialize_with = "go_string")]
    details: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct SanctionsInfo {
    #[serde(default, deserialize_with = "go_slice")]
    programs: Vec<String>,
    #[serde(default)]
    secondary: bool,
    #[serde(default, deserialize_with = "go_string")]
    description: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct HistoricalInfo {
    #[serde(rename = "type", default, deserialize_with = "go_string")]
    kind: String,
    #[serde(default, deserialize_with = "go_string")]
    value: String,
    /// Go `time.Time` (not a pointer): when present, RFC 3339.
    #[serde(default)]
    date: Option<GoTime>,
}

// --- pkg/search: SearchedEntity[T], SimilarityScore, the client's responses ---------------

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct SearchedEntity {
    #[serde(flatten)]
    entity: Entity,
    #[serde(rename = "match")]
    score: f64,
    #[serde(default, deserialize_with = "go_string")]
    debug: String,
    #[serde(default)]
    details: Option<SimilarityScore>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct SimilarityScore {
    #[serde(default, deserialize_with = "go_slice")]
    pieces: Vec<ScorePiece>,
    #[serde(rename = "finalScore", default)]
    final_score: f64,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct ScorePiece {
    #[serde(default)]
    score: f64,
    #[serde(default)]
    weight: f64,
    #[serde(default)]
    matched: bool,
    #[serde(default)]
    required: bool,
    #[serde(default)]
    exact: bool,
    #[serde(rename = "fieldsCompared", default)]
    fields_compared: i64,
    #[serde(rename = "pieceType", default, deserialize_with = "go_string")]
    piece_type: String,
}

/// The client's `SearchResponse`: it fails on a non-empty `error`.
#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct SearchResponse {
    #[serde(default)]
    query: Option<Entity>,
    #[serde(default, deserialize_with = "go_slice")]
    entities: Vec<SearchedEntity>,
    #[serde(default, deserialize_with = "go_string")]
    error: String,
}

/// The client's `ListInfoResponse`.
#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct ListInfoResponse {
    lists: BTreeMap<String, i64>,
    #[serde(rename = "listHashes")]
    list_hashes: BTreeMap<String, String>,
    #[serde(rename = "startedAt")]
    started_at: GoTime,
    #[serde(rename = "endedAt")]
    ended_at: GoTime,
    #[serde(default, deserialize_with = "go_string")]
    version: String,
}

// --- the tests ----------------------------------------------------------------------------

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The queries shared with the Python suite: (category, query string, unencoded).
fn queries() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(repo().join("tests/watchman/queries.txt")).unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (c, q) = l.split_once('\t').expect("CATEGORY<tab>QUERY");
            (c.to_string(), q.to_string())
        })
        .collect()
}

/// Percent-encodes each value (and key) of an unencoded query string.
fn encode(query: &str) -> String {
    let enc = |s: &str| {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect::<String>()
    };
    query
        .split('&')
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            format!("{}={}", enc(k), enc(v))
        })
        .collect::<Vec<_>>()
        .join("&")
}

#[test]
fn every_search_answer_decodes_into_watchmans_go_types() {
    let dir = TempDir::new("compat-watchman");
    let admin = create_key(&dir.0, None, "admin", "auditor");
    let s = Server::start(&dir.0, &["--compat-auth", "watchman=none"]);
    let all = queries();
    assert!(all.len() >= 30, "{} queries", all.len());
    let mut kinds = std::collections::BTreeSet::new();
    for (category, query) in &all {
        // No credentials, as watchman's Go client sends none.
        let (status, _, body) = request(
            "GET",
            &s.url(&format!("/v2/search?{}", encode(query))),
            None,
            None,
        );
        assert_eq!(status, 200, "{query}: {body}");
        let decoded: SearchResponse = serde_json::from_str(&body).unwrap_or_else(|e| {
            panic!("{query}: does not decode as watchman's SearchResponse: {e}\n{body}")
        });
        assert!(decoded.error.is_empty(), "{query}: {}", decoded.error);
        for e in &decoded.entities {
            let en = &e.entity;
            kinds.insert(en.entity_type.clone());
            assert!(
                ["us_ofac", "un_csl", "eu_csl", "uk_csl"].contains(&en.source_list.as_str()),
                "{query}: {}",
                en.source_list
            );
            assert!((0.0..=1.0).contains(&e.score));
            let details = e.details.as_ref().expect("details");
            assert_eq!(details.final_score, e.score);
            assert_eq!(details.pieces[0].piece_type, "name");
            let detail_present = match en.entity_type.as_str() {
                "person" => en.person.is_some(),
                "business" => en.business.is_some(),
                "organization" => en.organization.is_some(),
                "vessel" => en.vessel.is_some(),
                "aircraft" => en.aircraft.is_some(),
                other => panic!("{query}: entity type {other:?}"),
            };
            assert!(detail_present, "{query}: no {} object", en.entity_type);
            for g in en
                .person
                .iter()
                .flat_map(|p| &p.government_ids)
                .chain(en.business.iter().flat_map(|b| &b.government_ids))
            {
                assert!(
                    GOVERNMENT_ID_TYPES.contains(&g.kind.as_str()),
                    "{query}: {}",
                    g.kind
                );
            }
            assert!(en.sanctions_info.is_some());
            assert!(en.source_data.is_object());
        }
        match category.as_str() {
            "none" => assert!(decoded.entities.is_empty(), "{query}: {body}"),
            c if c.starts_with("hit:") => {
                let (src, id) = c[4..].split_once('/').unwrap();
                assert!(
                    decoded
                        .entities
                        .iter()
                        .any(|e| e.entity.source_list == src && e.entity.source_id == id),
                    "{query}: {src}/{id} not found: {body}"
                );
            }
            _ => assert!(!decoded.entities.is_empty(), "{query}: nothing found"),
        }
    }
    for k in ["person", "business", "vessel", "aircraft"] {
        assert!(kinds.contains(k), "no {k} among the answers");
    }
    // Specific fields, typed as watchman types them.
    let (_, _, body) = request(
        "GET",
        &s.url("/v2/search?name=Deep%20Sea&type=vessel&limit=1"),
        None,
        None,
    );
    let r: SearchResponse = serde_json::from_str(&body).unwrap();
    let v = r.entities[0].entity.vessel.as_ref().unwrap();
    assert_eq!((v.imo_number.as_str(), v.flag.as_str()), ("9218492", "IR"));
    let (_, _, body) = request(
        "GET",
        &s.url("/v2/search?name=Masood%20Azhar&type=person&source=us_ofac"),
        None,
        None,
    );
    let r: SearchResponse = serde_json::from_str(&body).unwrap();
    let p = r.entities[0].entity.person.as_ref().unwrap();
    assert!(p.birth_date.is_some());
    assert!(!r.entities[0].entity.addresses[0].country.is_empty());

    let (status, _, body) = request("GET", &s.url("/v2/listinfo"), None, None);
    assert_eq!(status, 200, "{body}");
    let info: ListInfoResponse = serde_json::from_str(&body).expect("ListInfoResponse");
    assert_eq!(info.lists.len(), 4, "{body}");
    assert_eq!(info.list_hashes.len(), 4);

    // Screenings without credentials are audited as anonymous.
    let (status, _, body) = request("GET", &s.url("/v1/audit?limit=1000"), Some(&admin), None);
    assert_eq!(status, 200, "{body}");
    let audit: Value = serde_json::from_str(&body).unwrap();
    let anonymous = audit["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "screen" && r["actor"] == "anonymous:watchman")
        .count();
    assert!(anonymous >= 30, "{anonymous} anonymous screenings audited");
    // A wrong key is still refused, and yente's group still needs one.
    let (status, _, _) = request("GET", &s.url("/v2/search?name=x"), Some("nmn_wrong"), None);
    assert_eq!(status, 401);
    let (status, _, body) = request("GET", &s.url("/catalog"), None, None);
    assert_eq!(status, 401, "{body}");
    let v: Value = serde_json::from_str(&body).unwrap();
    assert!(v["detail"].is_string(), "yente's error shape: {v}");
}

#[test]
fn without_compat_auth_every_compatible_endpoint_needs_a_key_and_takes_apikey() {
    let dir = TempDir::new("compat-auth-default");
    let key = create_key(&dir.0, None, "screen", "s");
    let s = Server::start(&dir.0, &[]);
    let (status, _, _) = request("GET", &s.url("/v2/search?name=Masood%20Azhar"), None, None);
    assert_eq!(status, 401);
    let (status, _, _) = request(
        "GET",
        &s.url("/v2/search?name=Masood%20Azhar"),
        Some(&key),
        None,
    );
    assert_eq!(status, 200);
    let resp = common::agent()
        .get(&s.url("/algorithms"))
        .set("Authorization", &format!("ApiKey {key}"))
        .call()
        .expect("ApiKey accepted");
    assert_eq!(resp.status(), 200);
    let (status, _, _) = request("GET", &s.url("/ping"), None, None);
    assert_eq!(status, 200);
}
