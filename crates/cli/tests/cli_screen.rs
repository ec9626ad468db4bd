//! `nomina screen` as a user runs it: one name, `--explain`, `--json`, `--batch` with bad
//! lines, and the exit codes that tell a script whether screening ran.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo(rel: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
        .display()
        .to_string()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nomina-screen-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs nomina against the UN list of 2026-02-27 and the OFAC SDN of 2021-07-07 (the
/// benchmark's lists), with an empty data directory of its own.
fn nomina(args: &[&str]) -> Output {
    let un = repo("data/lists/un/consolidated-2026-02-27.xml.gz");
    let ofac = repo("data/lists/ofac/sdn-2021-07-07.csv.gz");
    Command::new(env!("CARGO_BIN_EXE_nomina"))
        .args(["--list", &un, "--list", &ofac])
        .args(args)
        .env("NOMINA_DATA_DIR", temp_dir("data"))
        .output()
        .expect("run nomina")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn one_name_lists_hits_best_first() {
    let o = nomina(&["screen", "Masood Azhar"]);
    assert!(o.status.success(), "{}", err(&o));
    let text = out(&o);
    let ofac = text.find("ofac:11459").expect("OFAC record listed");
    let un = text.find("un:QDi.422").expect("UN record listed");
    assert!(ofac < un, "{text}");
    assert!(text.contains("threshold 0.80"), "{text}");
}

#[test]
fn explain_shows_token_alignment_and_evidence() {
    let o = nomina(&[
        "screen",
        "Masud Azhar",
        "--dob",
        "1968",
        "--country",
        "Pakistan",
        "--explain",
    ]);
    assert!(o.status.success(), "{}", err(&o));
    let text = out(&o);
    assert!(text.contains("weak alias"), "{text}");
    assert!(text.contains("azhar ↔ azhar"), "{text}");
    assert!(text.contains("date of birth:"), "{text}");
    assert!(text.contains("country: match"), "{text}");
}

#[test]
fn json_reports_the_list_versions_used() {
    let o = nomina(&["screen", "Jaish-e-Mohammed", "--json"]);
    assert!(o.status.success(), "{}", err(&o));
    let v: Value = serde_json::from_str(&out(&o)).unwrap();
    let lists = v["lists"].as_array().unwrap();
    assert_eq!(lists.len(), 2);
    assert!(lists
        .iter()
        .all(|l| l["sha256"].as_str().unwrap().len() == 64));
    let first = &v["hits"][0];
    assert!(
        ["un:QDe.019", "ofac:6935"].contains(&first["entity"].as_str().unwrap()),
        "{v}"
    );
    assert!(first["explanation"]["tokens"].as_array().unwrap().len() >= 3);
}

#[test]
fn an_empty_name_is_an_error_not_a_clean_result() {
    for name in ["", "   ", ". , ;"] {
        let o = nomina(&["screen", name]);
        assert_eq!(o.status.code(), Some(5), "{name:?}: {}", out(&o));
        assert!(err(&o).contains("error:"), "{}", err(&o));
        assert!(out(&o).is_empty());
    }
    let long = "x".repeat(10_000);
    let o = nomina(&["screen", &long]);
    assert_eq!(o.status.code(), Some(5));
    assert!(err(&o).contains("10000 characters"), "{}", err(&o));
}

#[test]
fn bad_options_are_usage_errors() {
    assert_eq!(
        nomina(&["screen", "x", "--min-score", "1.5"]).status.code(),
        Some(2)
    );
    let o = nomina(&["screen", "Masood Azhar", "--limit", "0"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("--limit"), "{}", err(&o));
    assert_eq!(
        nomina(&["screen", "x", "--dob", "10/07/1968"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        nomina(&["screen", "x", "--type", "spaceship"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn batch_reports_bad_lines_by_number_and_goes_on() {
    let dir = temp_dir("batch");
    let path = dir.join("queries.jsonl");
    let mut input = Vec::new();
    input.extend_from_slice(br#"{"id": "q1", "query": {"name": "Masood Azhar", "dob": "1968"}}"#);
    input.extend_from_slice(b"\n{\"id\": \"q2\", \"query\": {\"name\": \n");
    input.extend_from_slice(b"{\"id\": \"q3\", \"query\": {\"name\": \"Bad \xff byte\"}}\n");
    input.extend_from_slice(br#"{"id": "q4", "query": {"name": "  "}}"#);
    input.extend_from_slice(b"\n\n");
    input.extend_from_slice(br#"{"name": "Bank Sepah", "type": "organization"}"#);
    input.push(b'\n');
    std::fs::write(&path, input).unwrap();
    let o = nomina(&["screen", "--batch", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(5), "{}", err(&o));
    let lines: Vec<Value> = out(&o)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 5, "{}", out(&o));
    assert_eq!(lines[0]["id"], "q1");
    assert_eq!(lines[0]["hits"][0]["entity"], "ofac:11459");
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains("line 2: malformed JSON"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2]["error"]
            .as_str()
            .unwrap()
            .contains("line 3: invalid UTF-8"),
        "{}",
        lines[2]
    );
    assert_eq!(lines[3]["id"], "q4");
    assert!(
        lines[3]["error"].as_str().unwrap().contains("empty"),
        "{}",
        lines[3]
    );
    // A bare query object takes its line number as id.
    assert_eq!(lines[4]["id"], 6);
    assert!(lines[4]["hits"]
        .as_array()
        .unwrap()
        .iter()
        .any(|h| h["entity"] == "un:IRe.007"
            || h["entity"] == "ofac:25580"
            || h["entity"].as_str().unwrap().starts_with("ofac:")));
    assert!(err(&o).contains("3 could not be screened"), "{}", err(&o));
}

#[test]
fn screening_output_is_byte_identical_across_runs() {
    let a = nomina(&[
        "screen",
        "Abdul Rahman Yasin",
        "--json",
        "--min-score",
        "0.6",
    ]);
    let b = nomina(&[
        "screen",
        "Abdul Rahman Yasin",
        "--json",
        "--min-score",
        "0.6",
    ]);
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn as_of_a_day_screens_against_the_parties_listed_by_then() {
    // Masood Azhar was listed by the UN on 2019-05-01; OFAC's CSV gives no listing date,
    // so its record is kept whatever the day.
    let keys = |o: &Output| -> Vec<String> {
        let v: Value = serde_json::from_slice(&o.stdout).expect("json");
        v["hits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| h["entity"].as_str().unwrap().to_string())
            .collect()
    };
    let before = nomina(&["screen", "Masood Azhar", "--as-of", "2019-03-01", "--json"]);
    assert!(before.status.success(), "{}", err(&before));
    let k = keys(&before);
    assert!(!k.iter().any(|k| k == "un:QDi.422"), "{k:?}");
    assert!(k.iter().any(|k| k == "ofac:11459"), "{k:?}");
    let v: Value = serde_json::from_slice(&before.stdout).unwrap();
    let un = &v["as_of"]["lists"][0];
    assert_eq!(v["as_of"]["date"], "2019-03-01");
    assert_eq!(un["source"], "un");
    assert_eq!(un["choice"], "later-filtered");
    assert!(un["listed_later"].as_u64().unwrap() > 0);
    let after = nomina(&["screen", "Masood Azhar", "--as-of", "2019-05-01", "--json"]);
    assert!(keys(&after).iter().any(|k| k == "un:QDi.422"));
    // The text says which versions were used.
    let text = nomina(&["screen", "Masood Azhar", "--as-of", "2019-03-01"]);
    assert!(out(&text).contains("As of 2019-03-01:"), "{}", out(&text));
    assert!(out(&text).contains("listed after that day left out"));
    // …and that the name matches a party listed only later, with the day it was listed.
    assert!(
        out(&text).contains("Not listed on that day: un:QDi.422")
            && out(&text).contains("listed on 2019-05-01"),
        "{}",
        out(&text)
    );
    let later: Vec<&str> = v["listed_later"]
        .as_array()
        .expect("listed_later")
        .iter()
        .filter_map(|h| h["entity"].as_str())
        .collect();
    assert_eq!(later, ["un:QDi.422"]);
    // A day that is not a full date is a usage error.
    let bad = nomina(&["screen", "Masood Azhar", "--as-of", "2019-03"]);
    assert_eq!(bad.status.code(), Some(2), "{}", err(&bad));
    assert!(err(&bad).contains("YYYY-MM-DD"));
}
