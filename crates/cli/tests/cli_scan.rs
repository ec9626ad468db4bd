//! `nomina scan` as a user runs it: one document (text, `--json`), payment messages,
//! `--batch` over a directory in the text benchmark's format, and the exit codes for input
//! that cannot be scanned.

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
    let dir = std::env::temp_dir().join(format!("nomina-scan-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs nomina against the UN list of 2026-02-27 and the OFAC SDN of 2021-07-07.
fn nomina(args: &[&str], data: &Path) -> Output {
    let un = repo("data/lists/un/consolidated-2026-02-27.xml.gz");
    let ofac = repo("data/lists/ofac/sdn-2021-07-07.csv.gz");
    Command::new(env!("CARGO_BIN_EXE_nomina"))
        .args(["--list", &un, "--list", &ofac])
        .args(args)
        .env("NOMINA_DATA_DIR", data.join("data"))
        .output()
        .expect("run nomina")
}

#[test]
fn scan_one_text_file_in_text_and_json() {
    let dir = temp_dir("one");
    let doc = dir.join("wire.txt");
    std::fs::write(
        &doc,
        "Pakistan-based Jaish-e-Mohammad (JeM) said its chief Masood Azhar was unharmed.\n",
    )
    .expect("write");
    let o = nomina(&["scan", doc.to_str().expect("path")], &dir);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(text.contains("\"Jaish-e-Mohammad\""), "{text}");
    assert!(text.contains("un:QDi.422"), "{text}");
    assert!(text.contains("acronym defined in the text"), "{text}");

    let o = nomina(&["scan", doc.to_str().expect("path"), "--json"], &dir);
    let v: Value = serde_json::from_slice(&o.stdout).expect("json");
    assert_eq!(v["format"], "text");
    let spans: Vec<(u64, u64, &str)> = v["mentions"]
        .as_array()
        .expect("mentions")
        .iter()
        .map(|m| {
            (
                m["start"].as_u64().unwrap_or(0),
                m["end"].as_u64().unwrap_or(0),
                m["text"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert!(spans.contains(&(15, 31, "Jaish-e-Mohammad")), "{spans:?}");
    assert!(spans.contains(&(33, 36, "JeM")), "{spans:?}");
}

#[test]
fn batch_writes_one_line_per_document_in_the_benchmark_format() {
    let dir = temp_dir("batch");
    let docs = dir.join("docs");
    std::fs::create_dir_all(&docs).expect("dir");
    std::fs::write(
        docs.join("a.txt"),
        "Café owners met Masood Azhar in Bahawalpur.",
    )
    .expect("a");
    std::fs::write(docs.join("b.txt"), "Nothing listed here at all.").expect("b");
    std::fs::write(
        docs.join("c.txt"),
        ":20:X\r\n:50K:/1\r\nJOHN SMITH\r\n:59:/2\r\nAL-RASHEED TRUST\r\nKARACHI\r\n:70:ZAKAT\r\n",
    )
    .expect("c");
    std::fs::write(docs.join("d.bin"), b"\x00\x01\x02binary").expect("d");
    let o = nomina(&["scan", "--batch", docs.to_str().expect("path")], &dir);
    // One document could not be scanned: exit code 5, its line carries the error.
    assert_eq!(
        o.status.code(),
        Some(5),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&o.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect();
    let names: Vec<&str> = lines
        .iter()
        .map(|l| l["doc"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(names, ["a.txt", "b.txt", "c.txt", "d.bin"]);
    // Character offsets: "é" is one character.
    let a = &lines[0]["mentions"];
    assert!(
        a.as_array()
            .expect("mentions")
            .iter()
            .any(|m| m["start"] == 16 && m["end"] == 28 && m["entity"] == "un:QDi.422"),
        "{a}"
    );
    assert_eq!(lines[1]["mentions"].as_array().map(Vec::len), Some(0));
    // CRLF counts as two characters: the name starts at character 36.
    let c = lines[2]["mentions"].as_array().expect("mentions");
    assert!(
        c.iter()
            .any(|m| m["field"] == "59" && m["start"] == 36 && m["end"] == 52),
        "{c:?}"
    );
    assert!(lines[3]["error"].as_str().unwrap_or("").contains("binary"));
}

#[test]
fn malformed_payment_message_fails_with_the_line() {
    let dir = temp_dir("bad");
    let doc = dir.join("bad.mt103");
    std::fs::write(&doc, ":20:X\n:59:/1\nAL-RASHEED TRUST\n:7O:/RFB/X\n").expect("write");
    let o = nomina(
        &["scan", doc.to_str().expect("path"), "--format", "mt103"],
        &dir,
    );
    assert_eq!(o.status.code(), Some(5));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("malformed mt103 message at line 4"), "{e}");
}

#[test]
fn over_large_document_is_refused_without_reading_it_whole() {
    let dir = temp_dir("big");
    let doc = dir.join("big.txt");
    // A sparse 100 MB file: refused after reading just past the limit.
    let f = std::fs::File::create(&doc).expect("create");
    f.set_len(100 * 1024 * 1024).expect("set_len");
    let o = nomina(&["scan", doc.to_str().expect("path")], &dir);
    assert_eq!(o.status.code(), Some(5));
    let e = String::from_utf8_lossy(&o.stderr);
    assert!(e.contains("larger than the"), "{e}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn scan_as_of_a_day_leaves_out_parties_listed_later() {
    let dir = temp_dir("as-of");
    let doc = dir.join("wire.txt");
    std::fs::write(
        &doc,
        "Jaish-e-Mohammed chief Masood Azhar was unharmed, the group said.\n",
    )
    .expect("write");
    let entities = |day: &str| -> Vec<String> {
        let o = nomina(
            &[
                "scan",
                doc.to_str().expect("path"),
                "--json",
                "--as-of",
                day,
            ],
            &dir,
        );
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        let v: Value = serde_json::from_slice(&o.stdout).expect("json");
        assert_eq!(v["as_of"]["date"], day);
        v["mentions"]
            .as_array()
            .expect("mentions")
            .iter()
            .map(|m| m["entity"].as_str().unwrap_or("").to_string())
            .collect()
    };
    // The UN listed Masood Azhar on 2019-05-01 and Jaish-i-Mohammed in 2001.
    let before = entities("2019-03-01");
    assert!(!before.iter().any(|e| e == "un:QDi.422"), "{before:?}");
    assert!(before.iter().any(|e| e == "un:QDe.019"), "{before:?}");
    let after = entities("2019-05-01");
    assert!(after.iter().any(|e| e == "un:QDi.422"), "{after:?}");
}
