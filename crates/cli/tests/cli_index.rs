//! `nomina index build` and `--index FILE`: screening with a prebuilt index file gives
//! byte-identical output to screening without it, and a damaged, truncated, foreign or
//! unrelated file is refused with a clear error and no result.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nomina-index-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs nomina on the bundled lists, with an empty data directory of its own.
fn nomina(args: &[&str]) -> Output {
    static DATA: OnceLock<PathBuf> = OnceLock::new();
    Command::new(env!("CARGO_BIN_EXE_nomina"))
        .args(args)
        .env("NOMINA_DATA_DIR", DATA.get_or_init(|| temp_dir("data")))
        .output()
        .expect("run nomina")
}

fn text(o: &Output) -> (String, String) {
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

/// The index file of the bundled lists, built once for the whole test binary.
fn index() -> &'static Path {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| {
        let f = temp_dir("file").join("bundled.idx");
        let o = nomina(&["index", "build", "--out", f.to_str().unwrap()]);
        assert!(o.status.success(), "{:?}", text(&o));
        let (out, _) = text(&o);
        assert!(
            out.contains("un 2026-02-27") && out.contains("16934 entities"),
            "{out}"
        );
        f
    })
}

#[test]
fn screening_with_the_index_is_byte_identical() {
    let idx = index().to_str().unwrap();
    let queries = [
        vec!["screen", "Masood Azhar"],
        vec!["screen", "Masood Azhar", "--json"],
        vec!["screen", "Jaish-e-Mohammed", "--explain"],
        vec![
            "screen",
            "Mohammad Masud Alvi",
            "--dob",
            "1968",
            "--json",
            "--explain",
        ],
        vec!["screen", "BANCO NACIONAL DE CUBA", "--type", "organization"],
        vec!["screen", "Jane Q. Nobody"],
        vec!["show", "un:QDi.422", "--json"],
    ];
    for q in queries {
        let plain = nomina(&q);
        let mut with = vec!["--index", idx];
        with.extend(&q);
        let indexed = nomina(&with);
        assert!(plain.status.success(), "{q:?}: {:?}", text(&plain));
        assert_eq!(plain.status.code(), indexed.status.code(), "{q:?}");
        assert_eq!(text(&plain).0, text(&indexed).0, "{q:?}");
        assert!(!plain.stdout.is_empty(), "{q:?}");
    }
}

#[test]
fn batch_screening_with_the_index_is_byte_identical() {
    let dir = temp_dir("batch");
    let queries = dir.join("q.jsonl");
    std::fs::write(
        &queries,
        "{\"name\": \"Masood Azhar\"}\n{\"name\": \"Hamas\", \"type\": \"organization\"}\n\
         {\"name\": \"Ahmed Ali\", \"dob\": \"1970\"}\n{\"name\": \"Maria Gonzalez\"}\n",
    )
    .unwrap();
    let q = queries.to_str().unwrap();
    let plain = nomina(&["screen", "--batch", q]);
    let indexed = nomina(&["--index", index().to_str().unwrap(), "screen", "--batch", q]);
    assert!(plain.status.success(), "{:?}", text(&plain));
    assert_eq!(text(&plain).0, text(&indexed).0);
    assert_eq!(text(&plain).0.lines().count(), 4);
}

#[test]
fn info_names_the_lists_and_the_build() {
    let o = nomina(&["index", "info", index().to_str().unwrap(), "--json"]);
    assert!(o.status.success(), "{:?}", text(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["entities"], 16934);
    assert_eq!(v["lists"].as_array().unwrap().len(), 4);
    assert!(v["fingerprint"]
        .as_str()
        .unwrap()
        .contains("index encoding"));
}

/// Runs `screen` with `file` as the index and returns (exit code, stdout, stderr).
fn screen_with(file: &Path) -> (Option<i32>, String, String) {
    let o = nomina(&["--index", file.to_str().unwrap(), "screen", "Masood Azhar"]);
    let (out, err) = text(&o);
    (o.status.code(), out, err)
}

#[test]
fn a_damaged_foreign_or_unrelated_file_is_refused_whole() {
    let good = std::fs::read(index()).unwrap();
    let dir = temp_dir("bad");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("flipped", flip(&good, good.len() / 2), "checksum mismatch"),
        ("truncated", good[..good.len() - 1000].to_vec(), "damaged"),
        ("empty", Vec::new(), "not a nomina index file"),
        (
            "foreign",
            replace_once(&good, b"nomina-match", b"nomina-mXtch"),
            "built by another nomina",
        ),
        (
            "list file",
            std::fs::read(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("../../data/lists/ofac/sdn-2021-07-07.csv.gz"),
            )
            .unwrap(),
            "not a nomina index file",
        ),
    ];
    for (name, bytes, want) in cases {
        let f = dir.join(format!("{name}.idx"));
        std::fs::write(&f, bytes).unwrap();
        let (code, out, err) = screen_with(&f);
        assert_eq!(code, Some(3), "{name}: {err}");
        assert!(out.is_empty(), "{name}: no result may be printed: {out}");
        assert!(err.contains(want), "{name}: {err}");
        assert!(
            err.contains(f.to_str().unwrap()),
            "{name}: the file is named: {err}"
        );
    }
    let (code, _, err) = screen_with(&dir.join("missing.idx"));
    assert_eq!(code, Some(2), "{err}");
}

#[test]
fn the_index_replaces_list_files_and_as_of() {
    let idx = index().to_str().unwrap();
    let o = nomina(&["--index", idx, "--list", "x.xml", "screen", "Masood Azhar"]);
    assert_eq!(o.status.code(), Some(2), "{:?}", text(&o));
    let o = nomina(&[
        "--index",
        idx,
        "screen",
        "Masood Azhar",
        "--as-of",
        "2019-03-01",
    ]);
    assert_eq!(o.status.code(), Some(2), "{:?}", text(&o));
    assert!(text(&o).1.contains("--as-of"), "{:?}", text(&o));
}

#[test]
fn commands_that_follow_the_stored_lists_refuse_an_index() {
    let idx = index().to_str().unwrap();
    for cmd in [vec!["serve"], vec!["update"], vec!["customers", "rescreen"]] {
        let mut args = vec!["--index", idx];
        args.extend(&cmd);
        let o = nomina(&args);
        assert_eq!(o.status.code(), Some(2), "{cmd:?}: {:?}", text(&o));
        assert!(
            text(&o).1.contains("drop --index"),
            "{cmd:?}: {:?}",
            text(&o)
        );
    }
}

fn flip(b: &[u8], at: usize) -> Vec<u8> {
    let mut v = b.to_vec();
    v[at] ^= 0x20;
    v
}

fn replace_once(b: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let at = b
        .windows(from.len())
        .position(|w| w == from)
        .expect("pattern in the header");
    let mut v = b.to_vec();
    v[at..at + to.len()].copy_from_slice(to);
    v
}
