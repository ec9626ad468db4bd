//! Screening as of a date against a data directory holding two real UN versions: the one
//! in force on the day is chosen, and parties listed after the day are left out of a later
//! version when no earlier one is held.

use nomina_registry::as_of::{load_as_of, parse_day, Choice};
use nomina_registry::store::{DataDir, StoredFile};
use nomina_registry::{FileRole, Options};
use std::path::{Path, PathBuf};

fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// A fresh, empty directory under the system's temporary directory.
fn fresh_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nomina-as-of-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Stores the UN list file `rel` as a version of `dir`.
fn store_un(dir: &DataDir, rel: &str) -> String {
    let path = repo(rel);
    let raw = std::fs::read(&path).unwrap();
    let snapshot = nomina_lists::read_path(&path).unwrap();
    let file = StoredFile {
        role: FileRole::Main,
        name: path.file_name().unwrap().to_string_lossy().into_owned(),
        url: None,
        bytes: raw,
    };
    dir.store_version(&[file], &snapshot).unwrap()
}

fn has(lists: &nomina_registry::LoadedLists, key: &str) -> bool {
    lists.find(key).is_some()
}

#[test]
fn the_version_in_force_on_the_day_is_used() {
    let root = fresh_dir("stored");
    let dir = DataDir::new(&root);
    store_un(&dir, "data/lists/un/consolidated-2018-10-29.xml.gz");
    let newest = store_un(&dir, "data/lists/un/consolidated-2026-02-27.xml.gz");
    let lock = dir.lock().unwrap();
    dir.set_in_force(&nomina_model::Source::Un, &newest, &lock)
        .unwrap();
    drop(lock);
    let opts = Options {
        data_dir: Some(root.clone()),
        only: vec![nomina_model::Source::Un],
        ..Options::default()
    };
    // 2019-03-01: the 2018-10-29 version was in force; Masood Azhar (listed 2019-05-01)
    // was not on it.
    let a = load_as_of(&opts, &parse_day("2019-03-01").unwrap()).unwrap();
    let (lists, report) = (&a.lists, &a.report);
    assert_eq!(report.lists.len(), 1);
    assert_eq!(report.lists[0].choice, Choice::InForce);
    assert_eq!(report.lists[0].published.as_deref(), Some("2018-10-29"));
    assert!(!has(lists, "un:QDi.422"));
    assert!(
        has(lists, "un:QDe.019"),
        "Jaish-i-Mohammed was listed in 2001"
    );
    // Today's list says Masood Azhar was listed later: he is kept apart, to say so.
    assert!(a
        .listed_later
        .iter()
        .flat_map(|s| &s.entities)
        .any(|e| e.key == "un:QDi.422"));
    // Today: the version in force, whole.
    let a = load_as_of(&opts, &parse_day("2026-03-01").unwrap()).unwrap();
    let (lists, report) = (&a.lists, &a.report);
    assert_eq!(report.lists[0].published.as_deref(), Some("2026-02-27"));
    assert_eq!(report.lists[0].listed_later, 0);
    assert!(has(lists, "un:QDi.422"));
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_later_version_is_filtered_by_listing_date() {
    let opts = Options {
        lists: vec![repo("data/lists/un/consolidated-2026-02-27.xml.gz")],
        ..Options::default()
    };
    let a = load_as_of(&opts, &parse_day("2019-03-01").unwrap()).unwrap();
    let (lists, report) = (&a.lists, &a.report);
    let un = &report.lists[0];
    assert_eq!(un.choice, Choice::LaterFiltered);
    assert!(un.listed_later > 0);
    assert_eq!(
        un.listing_date_unknown, 0,
        "the UN list dates every listing"
    );
    assert!(!has(lists, "un:QDi.422"));
    // Listed on 2019-05-01: in the lists from that day on.
    let lists = load_as_of(&opts, &parse_day("2019-05-01").unwrap())
        .unwrap()
        .lists;
    assert!(has(&lists, "un:QDi.422"));
    // Every entity left out was listed after the day.
    let all = load_as_of(&opts, &parse_day("2026-02-27").unwrap())
        .unwrap()
        .lists;
    assert_eq!(
        all.entity_count(),
        lists.entity_count() + count_listed_after(&all, "2019-05-01")
    );
}

fn count_listed_after(lists: &nomina_registry::LoadedLists, day: &str) -> usize {
    let day = parse_day(day).unwrap();
    lists
        .snapshots()
        .flat_map(|s| &s.entities)
        .filter(|e| nomina_registry::as_of::listed_after(e.listed_on.as_ref(), &day))
        .count()
}
