//! FollowTheMoney files: the generated OpenSanctions-style fixture
//! (`scripts/gen_ftm_fixture.py`, made with the `followthemoney` package) read field by
//! field against its raw lines, written back out with the same properties, and bad input.

use nomina_lists::{
    detect, ftm, ftm_export, parse_bytes, read_path, Format, ListSnapshot, Position,
};
use nomina_model::{EntityType, NameKind};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};

fn fixture_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ftm-opensanctions.ftm.json.gz")
}

fn raw_lines() -> Vec<Map<String, Value>> {
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(fixture_path()).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    text.lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

type Props = BTreeMap<String, Vec<String>>;

/// Each listed party's properties as nomina should read them: its own, plus what the
/// Sanction, Passport, Identification, Address and Occupancy/Position entities around it
/// add (`docs/interop.md`), without `addressEntity`.
fn expected(raw: &[Map<String, Value>]) -> BTreeMap<String, Props> {
    let by_id: BTreeMap<&str, &Map<String, Value>> =
        raw.iter().map(|o| (o["id"].as_str().unwrap(), o)).collect();
    let get = |o: &Map<String, Value>, p: &str| -> Vec<String> {
        values(&o["properties"], p)
            .into_iter()
            .map(String::from)
            .collect()
    };
    let mut parties: BTreeMap<String, Props> = BTreeMap::new();
    for o in raw {
        let schema = o["schema"].as_str().unwrap();
        if nomina_lists::ftm_schema::entity_type(schema).is_none() || o["target"] == false {
            continue;
        }
        let mut props: Props = o["properties"]
            .as_object()
            .unwrap()
            .keys()
            .filter(|k| *k != "addressEntity")
            .map(|k| (k.clone(), get(o, k)))
            .collect();
        for a in get(o, "addressEntity") {
            let a = by_id[a.as_str()];
            props
                .entry("address".into())
                .or_default()
                .extend(get(a, "full"));
            props
                .entry("country".into())
                .or_default()
                .extend(get(a, "country"));
        }
        parties.insert(o["id"].as_str().unwrap().to_string(), props);
    }
    for o in raw {
        let (target, prop, vs): (&str, &str, Vec<String>) = match o["schema"].as_str() {
            Some("Sanction") => ("entity", "programId", get(o, "programId")),
            Some("Passport") => ("holder", "passportNumber", get(o, "number")),
            Some("Identification") => ("holder", "idNumber", get(o, "number")),
            Some("Occupancy") => {
                let names = get(o, "post")
                    .iter()
                    .flat_map(|p| get(by_id[p.as_str()], "name"))
                    .collect();
                ("holder", "position", names)
            }
            _ => continue,
        };
        for id in get(o, target) {
            let Some(props) = parties.get_mut(&id) else {
                continue;
            };
            let person = by_id[id.as_str()]["schema"] == "Person";
            let prop = if prop == "passportNumber" && !person {
                "idNumber"
            } else {
                prop
            };
            props
                .entry(prop.to_string())
                .or_default()
                .extend(vs.clone());
        }
    }
    parties
}

fn snapshot() -> ListSnapshot {
    read_path(&fixture_path()).unwrap_or_else(|e| panic!("{e}"))
}

fn values<'a>(props: &'a Value, prop: &str) -> Vec<&'a str> {
    props[prop]
        .as_array()
        .map(|a| a.iter().map(|v| v.as_str().unwrap()).collect())
        .unwrap_or_default()
}

#[test]
fn the_fixture_loads_whole_with_every_target_party() {
    let s = snapshot();
    assert_eq!(s.version.format, "ftm-json");
    assert_eq!(s.version.source.prefix(), "ftm");
    assert_eq!(
        s.version.published.map(|d| d.to_string()).as_deref(),
        Some("2026-12-01")
    );
    let raw = raw_lines();
    assert!(raw.len() >= 1000, "{}", raw.len());
    let parties: Vec<_> = raw
        .iter()
        .filter(|o| nomina_lists::ftm_schema::entity_type(o["schema"].as_str().unwrap()).is_some())
        .filter(|o| o["target"] != Value::Bool(false))
        .collect();
    assert_eq!(s.entities.len(), parties.len());
    assert!(s.entities.len() >= 1000, "{}", s.entities.len());
    let counts: BTreeMap<EntityType, usize> = s.counts().into_iter().collect();
    assert!(counts.values().all(|&n| n >= 30), "{counts:?}");
    assert!(
        s.warnings.iter().any(|w| w.contains("Sanction")),
        "{:?}",
        s.warnings
    );
    assert!(
        s.warnings.iter().any(|w| w.contains("\"target\": false")),
        "{:?}",
        s.warnings
    );
    let peps = s
        .entities
        .iter()
        .filter(|e| e.programmes.iter().any(|p| p.starts_with("role.pep")))
        .count();
    assert!(peps >= 100, "{peps}");
}

#[test]
fn every_entity_matches_its_raw_line_field_by_field() {
    let s = snapshot();
    let lines = raw_lines();
    let want = expected(&lines);
    let raw: BTreeMap<String, Map<String, Value>> = lines
        .into_iter()
        .map(|o| (o["id"].as_str().unwrap().to_string(), o))
        .collect();
    for e in &s.entities {
        let id = e.key.strip_prefix("ftm:").unwrap();
        let o = &raw[id];
        let p = &serde_json::to_value(&want[id]).unwrap();
        let names: BTreeSet<&str> = e
            .names
            .iter()
            .filter(|n| n.kind == NameKind::Primary)
            .map(|n| n.full.as_str())
            .collect();
        assert_eq!(names, values(p, "name").into_iter().collect(), "{id}");
        let weak: BTreeSet<&str> = e
            .names
            .iter()
            .filter(|n| n.kind == NameKind::WeakAlias)
            .map(|n| n.full.as_str())
            .collect();
        assert_eq!(weak, values(p, "weakAlias").into_iter().collect(), "{id}");
        let date_prop = ftm::birth_date_property(o["schema"].as_str().unwrap());
        let dates: Vec<String> = e
            .birth_dates
            .iter()
            .map(|b| b.from.unwrap().to_string())
            .collect();
        assert_eq!(dates, values(p, date_prop), "{id}");
        let mut programmes: BTreeSet<&str> = values(p, "programId").into_iter().collect();
        programmes.extend(values(p, "topics"));
        let read: BTreeSet<&str> = e.programmes.iter().map(String::as_str).collect();
        assert_eq!(read, programmes, "{id}");
        let nationalities: Vec<String> = e
            .nationalities
            .iter()
            .map(|c| c.code.clone().unwrap().to_ascii_lowercase())
            .collect();
        assert_eq!(nationalities, values(p, "nationality"), "{id}");
        for prop in [
            "passportNumber",
            "idNumber",
            "imoNumber",
            "registrationNumber",
            "innCode",
        ] {
            for v in values(p, prop) {
                assert!(
                    e.identifiers
                        .iter()
                        .any(|i| i.value == v && i.label == prop),
                    "{id} {prop} {v}"
                );
            }
        }
        for d in values(&Value::Object(o.clone()), "datasets") {
            assert!(e.other_references.contains(&format!("dataset:{d}")), "{id}");
        }
    }
}

/// Property values as sets, with the properties nomina folds together merged the way it
/// folds them (abbreviations are aliases, second names middle names, jurisdictions and main
/// countries countries).
fn normalised(props: &Value) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (k, v) in props.as_object().unwrap() {
        if v.as_array().is_some_and(|a| a.is_empty()) {
            continue;
        }
        let k = match k.as_str() {
            "abbreviation" => "alias",
            "secondName" => "middleName",
            "jurisdiction" | "mainCountry" => "country",
            other => other,
        };
        let set = out.entry(k.to_string()).or_default();
        for s in v.as_array().unwrap() {
            set.insert(s.as_str().unwrap().to_string());
        }
    }
    out
}

#[test]
fn export_writes_back_the_properties_it_read() {
    let s = snapshot();
    let lines = raw_lines();
    let want = expected(&lines);
    let raw: BTreeMap<String, Map<String, Value>> = lines
        .into_iter()
        .map(|o| (o["id"].as_str().unwrap().to_string(), o))
        .collect();
    for e in &s.entities {
        let out = ftm_export::entity_json(e);
        let id = out["id"].as_str().unwrap();
        let o = &raw[id];
        let want = serde_json::to_value(&want[id]).unwrap();
        assert_eq!(normalised(&out["properties"]), normalised(&want), "{id}");
        let schema = out["schema"].as_str().unwrap();
        let original = o["schema"].as_str().unwrap();
        let same_type = nomina_lists::ftm_schema::entity_type(original)
            == nomina_lists::ftm_schema::entity_type(schema);
        assert!(same_type, "{id}: {original} written as {schema}");
        let whole = Value::Object(o.clone());
        for k in ["datasets", "referents"] {
            let a: BTreeSet<&str> = values(&out, k).into_iter().collect();
            let b: BTreeSet<&str> = values(&whole, k).into_iter().collect();
            assert_eq!(a, b, "{id} {k}");
        }
        assert_eq!(out["target"], Value::Bool(true));
        // Reading the written line and writing it again changes nothing (per-document
        // countries and an address's parts, which FtM's inline properties cannot hold, are
        // already gone from the first writing).
        let again = parse_bytes("again.ftm.json", ftm_export::entity_line(e).into_bytes()).unwrap();
        assert_eq!(ftm_export::entity_json(&again.entities[0]), out, "{id}");
    }
}

#[test]
fn detection_tells_ftm_from_custom_json() {
    let bytes = std::fs::read(fixture_path()).unwrap();
    let file = nomina_lists::InputFile::from_bytes("f".into(), bytes).unwrap();
    assert_eq!(detect(&file.bytes), Some(Format::Ftm));
    assert_eq!(
        detect(br#"{"nomina_list": "acme", "entities": []}"#),
        Some(Format::CustomJson)
    );
}

#[test]
fn bad_files_are_refused_whole_naming_line_and_field() {
    let good = r#"{"id":"a","schema":"Person","properties":{"name":["A B"]}}"#;
    let cases: &[(&[u8], Option<Position>, Option<&str>)] = &[
        // A download cut in the middle of a line.
        (
            format!("{good}\n{}", &good[..30]).as_bytes().to_vec().leak(),
            Some(Position::Line(2)),
            None,
        ),
        (
            format!("{good}\n{{\"id\":\"b\",\"schema\":\"Person\",\"properties\":{{\"name\":[\" \"]}}}}\n")
                .into_bytes()
                .leak(),
            Some(Position::Line(2)),
            Some("properties.name"),
        ),
        (
            b"{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A \xff\"]}}\n",
            Some(Position::LineByte(1, 53)),
            None,
        ),
        (
            format!("{good}\n{{\"id\":\"b\",\"schema\":\"Vessel\",\"properties\":{{\"name\":[\"X\"],\"buildDate\":[\"76\"]}}}}\n")
                .into_bytes()
                .leak(),
            Some(Position::Line(2)),
            Some("properties.buildDate"),
        ),
    ];
    for (bytes, pos, field) in cases {
        match parse_bytes("bad.ftm.json", bytes.to_vec()) {
            Ok(s) => panic!("accepted {} entities", s.entities.len()),
            Err(e) => {
                assert_eq!(e.file, "bad.ftm.json");
                assert_eq!(&e.position, pos, "{e}");
                assert_eq!(e.field.as_deref(), *field, "{e}");
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]

    /// A damaged file (cut anywhere, a byte overwritten anywhere) is read or refused naming
    /// the file; it never panics.
    #[test]
    fn damaged_files_never_panic(cut in 0usize..20_000, at in 0usize..20_000, byte in 0u8..=255) {
        static HEAD: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let head = HEAD.get_or_init(|| {
            raw_lines()
                .iter()
                .take(40)
                .map(|o| serde_json::to_string(o).unwrap() + "\n")
                .collect()
        });
        let mut bytes = head.clone().into_bytes();
        bytes.truncate(cut.min(bytes.len()));
        if !bytes.is_empty() {
            let i = at % bytes.len();
            bytes[i] = byte;
        }
        match parse_bytes("damaged.ftm.json", bytes) {
            Ok(s) => proptest::prop_assert!(!s.entities.is_empty()),
            Err(e) => proptest::prop_assert_eq!(e.file, "damaged.ftm.json"),
        }
    }
}
