//! List-version diffs on the real published files (in-repo gzip copies), checked against the
//! figures in `data/README` (computed there independently of nomina, by reference number).

use nomina_lists::diff::{diff, ListDiff};
use nomina_lists::{read_path, ListSnapshot};
use std::path::{Path, PathBuf};

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/lists")
        .join(rel)
}

fn read(rel: &str) -> ListSnapshot {
    let path = data(rel);
    read_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn diff_files(old: &str, new: &str) -> ListDiff {
    diff(&[read(old)], &[read(new)])
}

fn keys(items: &[nomina_lists::diff::EntitySummary]) -> Vec<&str> {
    items.iter().map(|e| e.key.as_str()).collect()
}

#[test]
fn un_2018_10_to_2020_03_lists_masood_azhar() {
    let d = diff_files(
        "un/consolidated-2018-10-29.xml.gz",
        "un/consolidated-2020-03-20.xml.gz",
    );
    assert_eq!(d.summary.added, 23, "added: {:?}", keys(&d.added));
    assert_eq!(d.summary.removed, 102);
    assert_eq!(d.added.len(), 23);
    assert_eq!(d.removed.len(), 102);
    let azhar = d
        .added
        .iter()
        .find(|e| e.key == "un:QDi.422")
        .expect("QDi.422 added");
    assert!(azhar.name.contains("AZHAR"), "{}", azhar.name);
    // Every amended entity names at least one field, and no entity is in two buckets.
    assert!(d.changed.iter().all(|c| !c.fields.is_empty()));
    let mut all: Vec<&str> = keys(&d.added);
    all.extend(keys(&d.removed));
    all.extend(d.changed.iter().map(|c| c.key.as_str()));
    let n = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), n);
    // 1093 entities before, 1014 after: unchanged + changed + removed = old count.
    assert_eq!(
        d.summary.unchanged + d.summary.changed + d.summary.removed,
        703 + 390
    );
    assert_eq!(
        d.summary.unchanged + d.summary.changed + d.summary.added,
        709 + 305
    );
}

#[test]
fn un_2018_08_to_2018_10() {
    let d = diff_files(
        "un/consolidated-2018-08-24.xml.gz",
        "un/consolidated-2018-10-29.xml.gz",
    );
    assert_eq!(
        (d.summary.added, d.summary.removed),
        (3, 8),
        "added {:?} removed {:?}",
        keys(&d.added),
        keys(&d.removed)
    );
}

#[test]
fn un_2024_09_21_to_26_is_empty() {
    let d = diff_files(
        "un/consolidated-2024-09-21.xml.gz",
        "un/consolidated-2024-09-26.xml.gz",
    );
    assert!(d.is_empty(), "{:?}", d.summary);
    assert_eq!(
        (d.summary.added, d.summary.removed, d.summary.changed),
        (0, 0, 0)
    );
    assert_eq!(d.summary.unchanged, 682 + 193);
    // The two files differ only in dateGenerated, so the versions differ while the data don't.
    assert_ne!(d.old[0].sha256, d.new[0].sha256);
}

#[test]
fn ofac_2024_05_02_to_03_delists_emperor_aviation_and_its_aircraft() {
    let d = diff_files("ofac/sdn-2024-05-02.csv.gz", "ofac/sdn-2024-05-03.csv.gz");
    assert_eq!(d.summary.removed, 8, "{:?}", keys(&d.removed));
    assert_eq!(d.summary.added, 0);
    assert_eq!(
        d.summary.changed,
        0,
        "{:?}",
        d.changed.iter().map(|c| &c.key).collect::<Vec<_>>()
    );
    let names: Vec<&str> = d.removed.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.iter().any(|n| n.contains("EMPEROR AVIATION")),
        "{names:?}"
    );
    let aircraft = d
        .removed
        .iter()
        .filter(|e| e.entity_type == nomina_model::EntityType::Aircraft)
        .count();
    assert_eq!(aircraft, 7, "{names:?}");
    assert!(d
        .removed
        .iter()
        .all(|e| e.programmes.iter().any(|p| p.contains("RUSSIA-EO14024"))));
}

#[test]
fn diffs_are_deterministic_and_serialisable() {
    let old = read("un/consolidated-2018-08-24.xml.gz");
    let new = read("un/consolidated-2018-10-29.xml.gz");
    let a = serde_json::to_string(&diff(
        std::slice::from_ref(&old),
        std::slice::from_ref(&new),
    ))
    .unwrap();
    let b = serde_json::to_string(&diff(&[old], &[new])).unwrap();
    assert_eq!(a, b);
    let back: ListDiff = serde_json::from_str(&a).unwrap();
    assert_eq!(back.summary.added, 3);
}
