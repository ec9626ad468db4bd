//! Ongoing monitoring end to end on the real bundled UN lists: customers imported while UN
//! 2018-10-29 is in force, `nomina update` to UN 2020-03-20, the delta run it sets off, and
//! the same alerts from a full re-screen of the same customers after the same change.

mod common;

use common::{command, nomina_in, run, TempDir};
use nomina_store::{AlertFilter, AlertStatus, RunKind, Store};
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::path::Path;

const OLD: &str = "data/lists/un/consolidated-2018-10-29.xml.gz";
const NEW: &str = "data/lists/un/consolidated-2020-03-20.xml.gz";

fn repo(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

fn gunzip(rel: &str) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(repo(rel)).unwrap())
        .read_to_end(&mut out)
        .unwrap();
    out
}

/// Serves one file on a loopback port for `nomina update --url`.
fn serve_file(body: Vec<u8>) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let mut head = Vec::new();
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match stream.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let _ = stream.write_all(
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                )
                .as_bytes(),
            );
            let _ = stream.write_all(&body);
        }
    });
    format!("http://{addr}/consolidated.xml")
}

/// `nomina update --source un` from a loopback copy of `file`; returns stdout.
fn update(data: &Path, database: &str, file: &str) -> String {
    let url = serve_file(gunzip(file));
    let (code, out, err) = nomina_in(
        data,
        Some(database),
        &[
            "update",
            "--source",
            "un",
            "--force",
            "--url",
            &format!("un={url}"),
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    out
}

/// The customers: Masood Azhar (listed on 2019-05-01, between the two versions), the
/// primary names of entities the change adds and removes, and ordinary names.
fn customers_file(dir: &Path) -> std::path::PathBuf {
    let mut cmd = command();
    cmd.args(["diff", "--json"]).arg(repo(OLD)).arg(repo(NEW));
    let (code, out, err) = run(cmd, "nomina diff");
    assert_eq!(code, 0, "{err}");
    let diff: Value = serde_json::from_str(&out).unwrap();
    let mut lines = vec![
        r#"{"id": "m-1", "query": {"name": "Masood Azhar", "type": "person"}}"#.to_string(),
        "bad line".to_string(),
        r#"{"id": "m-2", "query": {"name": "Ann Example", "dob": "1970-13"}}"#.to_string(),
    ];
    for (side, tag) in [("added", "a"), ("removed", "r")] {
        for (i, e) in diff[side].as_array().unwrap().iter().take(12).enumerate() {
            let name = e["name"].as_str().unwrap();
            lines.push(
                serde_json::json!({"id": format!("{tag}-{i}"), "query": {"name": name}})
                    .to_string(),
            );
        }
    }
    let first = [
        "Anna", "Pedro", "Wei", "Fatima", "John", "Olga", "Ahmed", "Maria", "Kenji", "Chloe",
    ];
    let last = [
        "Schmidt", "Garcia", "Chen", "Haddad", "Smith", "Ivanova", "Khan", "Rossi", "Sato",
        "Martin",
    ];
    for (i, f) in first.iter().enumerate() {
        for (j, l) in last.iter().enumerate() {
            lines.push(
                serde_json::json!({"id": format!("p-{i}{j}"), "query": {"name": format!("{f} {l}"), "type": "person"}})
                    .to_string(),
            );
        }
    }
    let path = dir.join("customers.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

fn import(data: &Path, database: &str, file: &Path) {
    let (code, out, err) = nomina_in(
        data,
        Some(database),
        &["customers", "import", file.to_str().unwrap()],
    );
    // Two rows are bad: reported by line and field, the rest imported, exit code 5.
    assert_eq!(code, 5, "{out}{err}");
    assert!(err.contains("line 2: malformed JSON"), "{err}");
    assert!(err.contains("line 3: dob:"), "{err}");
    assert!(out.contains("2 rows rejected"), "{out}");
}

/// (reference, entity) pairs of alerts.
type Pairs = BTreeSet<(String, String)>;

/// Open (reference, entity) pairs, and delisted ones.
fn queue(store: &dyn Store) -> (Pairs, Pairs) {
    let alerts = store
        .alerts(&AlertFilter {
            statuses: vec![AlertStatus::Open, AlertStatus::Escalated],
            ..Default::default()
        })
        .unwrap();
    let pair =
        |a: &nomina_store::Alert| (a.reference.clone().unwrap_or_default(), a.entity.clone());
    (
        alerts
            .iter()
            .filter(|a| a.delisted.is_none())
            .map(pair)
            .collect(),
        alerts
            .iter()
            .filter(|a| a.delisted.is_some())
            .map(pair)
            .collect(),
    )
}

#[test]
fn a_list_change_is_screened_in_reverse_and_gives_the_alerts_of_a_full_rescreen() {
    let dir = TempDir::new("delta");
    let file = customers_file(&dir.0);

    // A: import under UN 2018-10-29, then `nomina update` to 2020-03-20 runs the delta.
    let data_a = dir.0.join("a");
    std::fs::create_dir_all(&data_a).unwrap();
    let db_a = format!("sqlite:{}", data_a.join("nomina.db").display());
    update(&data_a, &db_a, OLD);
    import(&data_a, &db_a, &file);
    let store_a = nomina_store::open(&db_a).unwrap();
    let (before, _) = queue(&*store_a);
    assert!(
        !before
            .iter()
            .any(|(r, e)| r == "m-1" && e.starts_with("un:")),
        "no UN alert for Masood Azhar under UN 2018-10-29: {before:?}"
    );
    assert!(
        before.iter().any(|(r, _)| r.starts_with("r-")),
        "removed entities had hits"
    );
    let out = update(&data_a, &db_a, NEW);
    assert!(out.contains("customers: delta re-screen"), "{out}");
    let runs = store_a.monitoring_runs(10).unwrap();
    assert_eq!(runs[0].kind, RunKind::Delta, "{runs:?}");
    assert_eq!(runs[1].kind, RunKind::Baseline);
    let delta = &runs[0];
    assert!(
        delta.entities_screened > 0 && delta.entities_screened < 1000,
        "{delta:?}"
    );
    let (after, delisted_a) = queue(&*store_a);
    let new: BTreeSet<_> = after.difference(&before).cloned().collect();
    assert!(
        new.contains(&("m-1".to_string(), "un:QDi.422".to_string())),
        "{new:?}"
    );
    let m1_new: Vec<_> = new.iter().filter(|(r, _)| r == "m-1").collect();
    assert_eq!(
        m1_new.len(),
        1,
        "exactly one new alert for Masood Azhar: {m1_new:?}"
    );
    assert!(
        !delisted_a.is_empty(),
        "removed entities' alerts are delisted"
    );
    assert!(
        delisted_a.iter().all(|(r, _)| r.starts_with("r-")),
        "{delisted_a:?}"
    );
    assert_eq!(delta.alerts_opened as usize, new.len(), "{delta:?}");

    // A second run raises nothing.
    let (code, out, err) = nomina_in(&data_a, Some(&db_a), &["customers", "monitor"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("nothing to do"), "{out}");

    // B: the same customers and change, then a full re-screen (the update finds no
    // database of its own, so it runs nothing).
    let data_b = dir.0.join("b");
    std::fs::create_dir_all(&data_b).unwrap();
    let db_b = format!("sqlite:{}", data_b.join("nomina.db").display());
    let nowhere = format!("sqlite:{}", data_b.join("none.db").display());
    update(&data_b, &db_b, OLD);
    import(&data_b, &db_b, &file);
    update(&data_b, &nowhere, NEW);
    let (code, out, err) = nomina_in(&data_b, Some(&db_b), &["customers", "rescreen"]);
    assert_eq!(code, 0, "{out}{err}");
    let full: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(full["kind"], "full");
    let store_b = nomina_store::open(&db_b).unwrap();
    let (after_b, delisted_b) = queue(&*store_b);
    assert_eq!(
        after, after_b,
        "delta and full re-screen give the same open alerts"
    );
    assert_eq!(delisted_a, delisted_b, "and the same delisted ones");
}
