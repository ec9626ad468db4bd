//! Checks shared by the fuzz targets in `fuzz_targets/`.
//!
//! Every list reader promises the same thing for any bytes at all: it returns a whole,
//! valid snapshot or a [`ListError`] that names one of the files it was given, and it
//! never panics. The targets feed the readers arbitrary bytes and call [`check`] on the
//! result, so a broken promise aborts the fuzzer with the input that broke it.
#![deny(missing_docs)]

use nomina_lists::{InputFile, ListError, ListSnapshot, Position};
use std::collections::HashSet;

/// An in-memory input file, as a reader would get it after reading and decompressing.
pub fn file(name: &str, bytes: &[u8]) -> InputFile {
    InputFile {
        name: name.to_string(),
        bytes: bytes.to_vec(),
    }
}

/// Checks a reader's result against the files it was given: a valid snapshot, or an error
/// that points into one of them.
pub fn check(result: &Result<ListSnapshot, ListError>, files: &[&InputFile]) {
    match result {
        Ok(snapshot) => check_snapshot(snapshot),
        Err(e) => check_error(e, files),
    }
}

/// The invariants of every snapshot: not empty, every entity keyed `<source>:<id>` with a
/// key unique in the list, a non-blank primary name and no blank alias, and the snapshot
/// survives a JSON round trip unchanged (the registry stores snapshots as JSON and the CLI
/// prints them with `--json`).
pub fn check_snapshot(s: &ListSnapshot) {
    assert!(!s.entities.is_empty(), "snapshot without entities");
    assert_eq!(
        s.version.sha256.len(),
        64,
        "content hash {:?}",
        s.version.sha256
    );
    assert!(!s.version.files.is_empty(), "snapshot names no file");
    let prefix = format!("{}:", s.version.source.prefix());
    let mut keys = HashSet::with_capacity(s.entities.len());
    for e in &s.entities {
        assert!(keys.insert(e.key.as_str()), "duplicate key {}", e.key);
        assert_eq!(e.source, s.version.source, "{}: source", e.key);
        assert!(
            e.key.starts_with(&prefix) && e.key.len() > prefix.len(),
            "{}: key does not start with {prefix}",
            e.key
        );
        assert!(!e.names.is_empty(), "{}: no names", e.key);
        assert!(
            !e.primary_name().trim().is_empty(),
            "{}: blank primary name",
            e.key
        );
        for n in &e.names {
            assert!(
                !n.full.trim().is_empty(),
                "{}: blank {:?} name",
                e.key,
                n.kind
            );
        }
    }
    let json = serde_json::to_string(s).expect("snapshot serialises");
    let back: ListSnapshot = serde_json::from_str(&json).expect("snapshot JSON reads back");
    assert_eq!(
        back.version, s.version,
        "version changed in a JSON round trip"
    );
    assert_eq!(
        back.entities, s.entities,
        "entities changed in a JSON round trip"
    );
}

/// An error must name one of the given files, say something, and point inside that file:
/// lines and records count from 1, byte offsets and lines stay within the file (or just
/// past its end, where a record that is missing was expected).
pub fn check_error(e: &ListError, files: &[&InputFile]) {
    assert!(!e.message.trim().is_empty(), "error without message: {e:?}");
    let Some(f) = files.iter().find(|f| f.name == e.file) else {
        panic!("error names no input file: {e}");
    };
    // The file's lines (the last one possibly empty), plus the one just past its end.
    let lines = f.bytes.iter().filter(|&&b| b == b'\n').count() as u64 + 2;
    let len = f.bytes.len() as u64;
    match e.position {
        None => {}
        Some(Position::Record(r)) => assert!(r >= 1, "record 0: {e}"),
        Some(Position::Line(l)) => assert!((1..=lines).contains(&l), "line out of file: {e}"),
        Some(Position::Byte(b)) => assert!(b <= len, "byte out of file: {e}"),
        Some(Position::LineByte(l, b)) => {
            assert!((1..=lines).contains(&l), "line out of file: {e}");
            assert!(b <= len, "byte out of file: {e}");
        }
    }
}

/// A handful of hand-made listed parties covering what screening looks at: aliases of
/// every kind, original scripts, particles, legal forms, dates of birth, countries and
/// identifiers, on several sources. Small enough to build in a millisecond, so the
/// screening target spends its time screening.
pub fn tiny_lists() -> Vec<ListSnapshot> {
    use nomina_model::{
        BirthDate, Country, Entity, EntityType, FuzzyDate, IdKind, Identifier, ListVersion, Name,
        NameKind, Source,
    };
    fn entity(source: &Source, id: &str, t: EntityType, names: &[(&str, NameKind)]) -> Entity {
        let mut e = Entity::new(source.clone(), id, t, Name::new(names[0].0, names[0].1));
        for (n, k) in &names[1..] {
            e.push_name(Name::new(n, *k));
        }
        e
    }
    fn id(kind: IdKind, value: &str) -> Identifier {
        Identifier {
            kind,
            label: format!("{kind:?}"),
            value: value.to_string(),
            country: None,
            issued: None,
            expires: None,
            note: None,
        }
    }
    use EntityType::*;
    use NameKind::*;
    let mut lists = Vec::new();
    for (source, entities) in [
        (Source::Un, {
            let mut azhar = entity(
                &Source::Un,
                "QDi.422",
                Person,
                &[
                    ("Mohammed Masood Azhar Alvi", Primary),
                    ("Masood Azhar", Alias),
                    ("Wali Adam Isa", WeakAlias),
                    ("محمد مسعود اظہر", OriginalScript),
                ],
            );
            azhar.birth_dates.push(BirthDate::single(
                FuzzyDate::ymd(1968, 7, 10).expect("valid date"),
                "10 Jul. 1968",
            ));
            azhar.nationalities.push(Country::from_raw("Pakistan"));
            azhar.identifiers.push(id(IdKind::Passport, "AA 0123456"));
            let jem = entity(
                &Source::Un,
                "QDe.019",
                Organization,
                &[("Jaish-i-Mohammed", Primary), ("Army of Mohammed", Alias)],
            );
            vec![azhar, jem]
        }),
        (Source::Ofac, {
            let arabi = entity(
                &Source::Ofac,
                "1001",
                Organization,
                &[
                    ("AL-ARABI TRADING CO., LTD.", Primary),
                    ("Arabi Trading Limited Liability Company", Alias),
                ],
            );
            let mut kim = entity(
                &Source::Ofac,
                "1002",
                Person,
                &[("KIM, Jong Un", Primary), ("金正恩", OriginalScript)],
            );
            kim.birth_dates.push(BirthDate::range(
                FuzzyDate::year(1982),
                FuzzyDate::year(1984),
                "1982 to 1984",
            ));
            kim.nationalities.push(Country::from_raw("Korea, North"));
            let mut plane = entity(&Source::Ofac, "1003", Aircraft, &[("EP-ABC", Primary)]);
            plane
                .identifiers
                .push(id(IdKind::AircraftSerial, "MSN 1234"));
            vec![arabi, kim, plane]
        }),
        (Source::Eu, {
            let mut serbin = entity(
                &Source::Eu,
                "1234",
                Person,
                &[
                    ("Andrey Vladimirovich SERBIN", Primary),
                    ("Сербин Андрей Владимирович", OriginalScript),
                    ("Andrei Serbin", Alias),
                ],
            );
            serbin
                .birth_dates
                .push(BirthDate::single(FuzzyDate::year(1970), "1970"));
            vec![serbin]
        }),
        (Source::Uk, {
            let mut ship = entity(
                &Source::Uk,
                "RUS0001",
                Vessel,
                &[("SEA STAR", Primary), ("Morskaya Zvezda", FormerName)],
            );
            ship.identifiers.push(id(IdKind::Imo, "9123456"));
            let mut rahman = entity(
                &Source::Uk,
                "AFG0001",
                Person,
                &[
                    ("Abd al-Rahman bin Hussein", Primary),
                    ("Abdulrahman Husayn", Alias),
                    ("Abu Bakr", WeakAlias),
                ],
            );
            rahman.nationalities.push(Country::from_raw("Afghan"));
            vec![ship, rahman]
        }),
    ] {
        lists.push(ListSnapshot {
            version: ListVersion {
                source: source.clone(),
                format: "hand-made".to_string(),
                published: None,
                sha256: format!("{:064x}", lists.len()),
                files: vec![format!("{source}.test")],
            },
            entities,
            warnings: Vec::new(),
        });
    }
    lists
}
