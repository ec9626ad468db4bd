//! `nomina parties` and the party shown with every hit, on the bundled lists: the seed
//! report's parties, an analyst's split kept in the data directory and applied to the next
//! screening.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nomina-parties-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs nomina on the bundled lists with its own data directory.
fn nomina(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nomina"))
        .args(args)
        .env("NOMINA_DATA_DIR", data)
        .output()
        .expect("run nomina")
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

#[test]
fn a_party_is_shown_with_its_listings_and_an_analyst_can_split_it() {
    let data = temp_dir("split");
    let show = nomina(&data, &["parties", "show", "uk:7029"]);
    assert!(
        show.status.success(),
        "{}",
        String::from_utf8_lossy(&show.stderr)
    );
    let text = out(&show);
    for key in [
        "un:QDe.019",
        "ofac:6935",
        "uk:7029",
        "cross-reference (UN Ref QE.J.19.01)",
    ] {
        assert!(text.contains(key), "{key} in {text}");
    }

    // `show` names the party and its other listings.
    let show = out(&nomina(&data, &["show", "un:QDe.019"]));
    assert!(show.contains("Party:           party:"), "{show}");
    assert!(
        show.contains("uk:7029") && show.contains("ofac:6935"),
        "{show}"
    );

    // Screening shows the party under each hit, in text and JSON.
    let screen = nomina(&data, &["screen", "Masood Azhar"]);
    assert!(
        out(&screen).contains("one party (party:"),
        "{}",
        out(&screen)
    );
    let json = nomina(&data, &["screen", "Masood Azhar", "--json"]);
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    let un = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["entity"] == "un:QDi.422")
        .expect("UN hit");
    let listings = un["party"]["listings"].as_array().expect("party");
    assert!(listings.iter().any(|k| k == "ofac:11459"), "{un}");

    // The analyst splits the two; the judgement is kept and applied next time.
    let split = nomina(
        &data,
        &[
            "parties",
            "split",
            "un:QDi.422",
            "ofac:11459",
            "--reason",
            "test of a split",
        ],
    );
    assert!(
        split.status.success(),
        "{}",
        String::from_utf8_lossy(&split.stderr)
    );
    assert!(data.join("parties.json").is_file());
    let json = nomina(&data, &["screen", "Masood Azhar", "--json"]);
    let v: Value = serde_json::from_slice(&json.stdout).unwrap();
    for h in v["hits"].as_array().unwrap() {
        if let Some(l) = h["party"]["listings"].as_array() {
            let keys: Vec<&str> = l.iter().filter_map(Value::as_str).collect();
            assert!(
                !(keys.contains(&"un:QDi.422") && keys.contains(&"ofac:11459")),
                "{h}"
            );
        }
    }

    // A judgement on a listing not in force, or without a reason, is refused.
    let bad = nomina(
        &data,
        &[
            "parties",
            "confirm",
            "un:QDi.422",
            "ofac:0",
            "--reason",
            "x",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
    let no_reason = nomina(
        &data,
        &[
            "parties",
            "confirm",
            "un:QDi.422",
            "ofac:11459",
            "--reason",
            " ",
        ],
    );
    assert_eq!(no_reason.status.code(), Some(2));
}

#[test]
fn scanning_groups_each_mention_with_its_party() {
    let data = temp_dir("scan");
    let doc = data.join("wire.txt");
    std::fs::write(
        &doc,
        "Pakistan-based Jaish-e-Mohammed (JeM) claimed the attack. Its founder Masood Azhar \
         was not seen. Jaish-e-Muhammad has been banned since 2002.\n",
    )
    .unwrap();
    let o = nomina(&data, &["scan", doc.to_str().unwrap(), "--json"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let jem: Vec<&Value> = v["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| {
            ["un:QDe.019", "uk:7029", "ofac:6935"].contains(&m["entity"].as_str().unwrap_or(""))
        })
        .collect();
    assert!(jem.len() >= 3, "{v}");
    let ids: std::collections::BTreeSet<&str> = jem
        .iter()
        .map(|m| m["party"]["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids.len(), 1, "one party for every JeM mention: {ids:?}");
    let text = out(&nomina(&data, &["scan", doc.to_str().unwrap()]));
    assert!(text.contains("one party (party:"), "{text}");
}
