//! `nomina export` and FollowTheMoney lists end to end: the generated OpenSanctions-style
//! fixture screens, exports to FtM and reads back the same, and the Senzing export uses
//! only attributes of Senzing's Entity Specification.

mod common;

use common::{nomina, nomina_in, TempDir};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../lists/tests/data/ftm-opensanctions.ftm.json.gz")
}

fn ok(args: &[&str]) -> String {
    let (code, out, err) = nomina(args);
    assert_eq!(code, 0, "nomina {}: {err}", args.join(" "));
    out
}

fn lines(out: &str) -> Vec<Value> {
    out.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// The attributes of Senzing's Entity Specification this export may use, as the
/// specification's "Dictionary of registered attributes" names them
/// (senzing.com/docs/entity_specification; the same names in its 3.0 edition): record key,
/// names, addresses, physical and other attributes, government-issued identifiers and
/// identifiers issued by organisations.
const SENZING_ATTRIBUTES: &[&str] = &[
    "DATA_SOURCE",
    "RECORD_ID",
    "RECORD_TYPE",
    "NAME_TYPE",
    "NAME_FULL",
    "NAME_ORG",
    "NAME_FIRST",
    "NAME_MIDDLE",
    "NAME_LAST",
    "NAME_PREFIX",
    "NAME_SUFFIX",
    "ADDR_TYPE",
    "ADDR_FULL",
    "ADDR_LINE1",
    "ADDR_CITY",
    "ADDR_STATE",
    "ADDR_POSTAL_CODE",
    "ADDR_COUNTRY",
    "GENDER",
    "DATE_OF_BIRTH",
    "DATE_OF_DEATH",
    "NATIONALITY",
    "CITIZENSHIP",
    "PLACE_OF_BIRTH",
    "REGISTRATION_DATE",
    "REGISTRATION_COUNTRY",
    "PASSPORT_NUMBER",
    "PASSPORT_COUNTRY",
    "NATIONAL_ID_NUMBER",
    "NATIONAL_ID_COUNTRY",
    "TAX_ID_TYPE",
    "TAX_ID_NUMBER",
    "TAX_ID_COUNTRY",
    "OTHER_ID_TYPE",
    "OTHER_ID_NUMBER",
    "OTHER_ID_COUNTRY",
    "LEI_NUMBER",
    "DUNS_NUMBER",
];

/// The lists that group repeated features (the specification's JSON shape lets a record
/// carry lists of attribute groups under names of the mapper's choosing).
const SENZING_LISTS: &[&str] = &["NAMES", "ADDRESSES", "DATES", "COUNTRIES", "IDENTIFIERS"];

fn check_senzing_record(r: &Value, keys: &mut BTreeSet<String>) {
    let obj = r.as_object().expect("a record is an object");
    for k in ["DATA_SOURCE", "RECORD_ID", "RECORD_TYPE", "NAMES"] {
        assert!(obj.contains_key(k), "{k} missing: {r}");
    }
    for (k, v) in obj {
        keys.insert(k.clone());
        if SENZING_LISTS.contains(&k.as_str()) {
            for item in v.as_array().expect("a list") {
                let item = item.as_object().expect("a list item is an object");
                assert!(!item.is_empty(), "{r}");
                for (ik, iv) in item {
                    keys.insert(ik.clone());
                    assert!(
                        SENZING_ATTRIBUTES.contains(&ik.as_str()),
                        "{ik} in {k}: {r}"
                    );
                    assert!(iv.as_str().is_some_and(|s| !s.is_empty()), "{ik}: {r}");
                }
            }
        } else {
            assert!(SENZING_ATTRIBUTES.contains(&k.as_str()), "{k}: {r}");
            assert!(v.is_string(), "{k}: {r}");
        }
    }
    let source = obj["DATA_SOURCE"].as_str().unwrap();
    assert!(source.len() <= 25 && source == source.to_ascii_uppercase());
}

#[test]
fn senzing_export_uses_only_the_specifications_attributes() {
    let data = TempDir::new("senzing");
    let f = fixture();
    let mut keys = BTreeSet::new();
    let (code, bundled, err) = nomina_in(&data.0, None, &["export", "--format", "senzing"]);
    assert_eq!(code, 0, "{err}");
    let ftm = ok(&[
        "--list",
        f.to_str().unwrap(),
        "export",
        "--format",
        "senzing",
    ]);
    let mut n = 0;
    for r in lines(&bundled).iter().chain(&lines(&ftm)) {
        check_senzing_record(r, &mut keys);
        n += 1;
    }
    assert!(n > 16_000, "{n}");
    // The export really uses the identifiers, dates and countries, not only names.
    for k in [
        "PASSPORT_NUMBER",
        "DATE_OF_BIRTH",
        "NATIONALITY",
        "ADDR_COUNTRY",
        "OTHER_ID_TYPE",
    ] {
        assert!(keys.contains(k), "{k} never written: {keys:?}");
    }
}

#[test]
fn an_ftm_list_screens_and_round_trips_through_export() {
    let f = fixture();
    let list = f.to_str().unwrap();
    // Screening finds a sanctioned person, a PEP, a company and a vessel by name.
    let exported = ok(&["--list", list, "export", "--format", "ftm"]);
    let entities = lines(&exported);
    assert!(entities.len() >= 1000, "{}", entities.len());
    let pick = |schema: &str, topic: &str| -> (String, String) {
        let e = entities
            .iter()
            .find(|e| {
                e["schema"] == schema
                    && e["properties"]["topics"]
                        .as_array()
                        .is_some_and(|t| t.iter().any(|v| v == topic))
            })
            .unwrap_or_else(|| panic!("no {schema} with {topic}"));
        (
            e["id"].as_str().unwrap().to_string(),
            e["properties"]["name"][0].as_str().unwrap().to_string(),
        )
    };
    let tmp = TempDir::new("ftm");
    let again = tmp.0.join("exported.ftm.json");
    std::fs::write(&again, &exported).unwrap();
    for (schema, topic) in [
        ("Person", "sanction"),
        ("Person", "role.pep"),
        ("Organization", "sanction"),
        ("Vessel", "sanction"),
    ] {
        let (id, name) = pick(schema, topic);
        for file in [list, again.to_str().unwrap()] {
            let out = ok(&["--list", file, "screen", &name, "--json"]);
            let v: Value = serde_json::from_str(&out).unwrap();
            let keys: Vec<&str> = v["hits"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| h["entity"].as_str().unwrap())
                .collect();
            assert!(
                keys.contains(&format!("ftm:{id}").as_str()),
                "{name} in {file}: {out}"
            );
        }
    }
    // The exported file reads back into the same entities and exports identically.
    let twice = ok(&[
        "--list",
        again.to_str().unwrap(),
        "export",
        "--format",
        "ftm",
    ]);
    assert_eq!(twice, exported);
    let (code, _, err) = nomina(&[
        "--list",
        list,
        "show",
        &format!("ftm:{}", pick("Person", "role.pep").0),
    ]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn a_broken_ftm_file_is_a_list_error_naming_line_and_field() {
    let tmp = TempDir::new("bad");
    let bad = tmp.0.join("bad.ftm.json");
    std::fs::write(
        &bad,
        "{\"id\":\"a\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A B\"]}}\n{\"id\":\"b\",\"schema\":\"Persn\",\"properties\":{}}\n",
    )
    .unwrap();
    let (code, out, err) = nomina(&["--list", bad.to_str().unwrap(), "export", "--format", "ftm"]);
    assert_eq!(code, 3, "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("line 2") && err.contains("field schema"),
        "{err}"
    );
}
