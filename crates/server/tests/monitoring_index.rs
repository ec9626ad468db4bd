//! A delta re-screen with a kept customer index: customers saved, renamed or deleted after
//! the index was built are screened as they are now, on the real update UN 2018-10-29 →
//! 2020-03-20, and give the alerts a full re-screen gives.

use nomina_registry::{LoadedList, LoadedLists, Origin};
use nomina_server::lists::ListSet;
use nomina_server::monitoring::customer_index::{CustomerIndex, IndexFile};
use nomina_server::monitoring::customers::save;
use nomina_server::monitoring::run::{rebuild_index, run_delta, run_full, RunOptions};
use nomina_store::{AlertFilter, Customer, Store};
use std::path::PathBuf;
use std::sync::Arc;

fn un(date: &str) -> Arc<ListSet> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join(format!("../../data/lists/un/consolidated-{date}.xml.gz"));
    let snapshot = nomina_lists::read_path(&path).expect("a bundled UN version");
    Arc::new(ListSet::build(
        LoadedLists {
            lists: vec![LoadedList {
                snapshot,
                origin: Origin::File(path),
            }],
        },
        nomina_store::now_millis(),
    ))
}

fn customer(reference: &str, name: &str) -> Customer {
    Customer {
        reference: reference.into(),
        names: vec![name.into()],
        entity_type: Some("person".into()),
        dob: None,
        country: None,
        identifiers: Vec::new(),
        updated: 0,
    }
}

/// (reference, entity) of every alert, sorted.
fn alerts(store: &dyn Store) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = store
        .alerts(&AlertFilter::default())
        .unwrap()
        .into_iter()
        .map(|a| (a.reference.unwrap_or_default(), a.entity))
        .collect();
    out.sort();
    out
}

/// The update UN 2018-10-29 → 2020-03-20, a SQLite store in a fresh directory, and
/// options keeping the customer index there.
struct Fixture {
    old: Arc<ListSet>,
    new: Arc<ListSet>,
    dir: tempfile::TempDir,
    store: Box<dyn Store>,
    file: IndexFile,
    opts: RunOptions,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let (store, database) = store_in(dir.path());
        let file = IndexFile::in_data_dir(dir.path(), &database);
        let opts = RunOptions {
            threshold: nomina_match::DEFAULT_THRESHOLD,
            actor: "test".into(),
            customer_index: Some(file.clone()),
        };
        Fixture {
            old: un("2018-10-29"),
            new: un("2020-03-20"),
            dir,
            store,
            file,
            opts,
        }
    }
}

fn store_in(dir: &std::path::Path) -> (Box<dyn Store>, String) {
    let database = format!("sqlite:{}", dir.join("nomina.db").display());
    (nomina_store::open(&database).unwrap(), database)
}

#[test]
fn customers_saved_after_the_index_are_screened_as_they_are_now() {
    let Fixture {
        old,
        new,
        dir: _dir,
        store,
        file,
        opts,
    } = Fixture::new();
    let base: Vec<Customer> = [
        ("a-1", "Ann Example"),
        ("a-2", "Bob Example"),
        ("a-3", "Masood Azhar"),
        ("a-4", "Carl Example"),
    ]
    .iter()
    .map(|(r, n)| customer(r, n))
    .collect();
    save(&*store, &old, &base, opts.threshold, "test").unwrap();
    let index = rebuild_index(&*store, &file).unwrap();
    assert_eq!(index.len(), 4);
    drop(index);
    run_full(&*store, &old, &opts).unwrap();

    // After the index: one new customer, one renamed to the listed name, one deleted.
    std::thread::sleep(std::time::Duration::from_millis(5));
    let later = vec![
        customer("b-1", "Masood Azhar Alvi"),
        customer("a-2", "Masood Azhar"),
    ];
    save(&*store, &old, &later, opts.threshold, "test").unwrap();
    assert!(store.delete_customer("a-3", "test").unwrap());
    let kept = CustomerIndex::open(&file).unwrap().expect("kept");
    assert!(kept.holds_as_is(&store.customer("a-1").unwrap().unwrap()));
    assert!(!kept.holds_as_is(&store.customer("a-2").unwrap().unwrap()));

    let previous: Vec<_> = old.lists.iter().map(|l| l.snapshot.clone()).collect();
    let from = serde_json::to_value(old.versions()).unwrap();
    let run = run_delta(&*store, &new, &previous, from, &opts).unwrap();
    assert_eq!(run.alerts_opened, 2, "{run:?}");
    let found = alerts(&*store);
    assert_eq!(
        found,
        vec![
            ("a-2".to_string(), "un:QDi.422".to_string()),
            ("b-1".to_string(), "un:QDi.422".to_string()),
        ],
        "the deleted customer raises nothing, the renamed and the new one do"
    );

    // A full re-screen of the same base on a second database gives the same alerts.
    let dir2 = tempfile::tempdir().unwrap();
    let (store2, _) = store_in(dir2.path());
    let now: Vec<Customer> = store.customers_page(None, 100).unwrap();
    save(&*store2, &old, &now, opts.threshold, "test").unwrap();
    let no_index = RunOptions {
        customer_index: None,
        ..opts.clone()
    };
    run_full(&*store2, &new, &no_index).unwrap();
    assert_eq!(alerts(&*store2), found);
}

#[test]
fn a_damaged_or_foreign_index_is_rebuilt_never_trusted() {
    let Fixture {
        old,
        new,
        dir,
        store,
        file,
        opts,
    } = Fixture::new();
    save(
        &*store,
        &old,
        &[customer("m-1", "Masood Azhar")],
        opts.threshold,
        "test",
    )
    .unwrap();
    // A file written for another database, holding nobody.
    CustomerIndex::build(&[])
        .save(&IndexFile::in_data_dir(dir.path(), "sqlite:/elsewhere.db"))
        .unwrap();
    let previous: Vec<_> = old.lists.iter().map(|l| l.snapshot.clone()).collect();
    let from = serde_json::to_value(old.versions()).unwrap();
    let run = run_delta(&*store, &new, &previous, from, &opts).unwrap();
    assert_eq!(run.alerts_opened, 1, "{run:?}");
    let rebuilt = CustomerIndex::open(&file)
        .unwrap()
        .expect("rebuilt and kept");
    assert_eq!(rebuilt.len(), 1);
}
