//! The nomina custom list format: the worked example of `docs/custom-lists.md` in both shapes,
//! bad inputs, and the sniffers' restraint on official files.

use nomina_lists::{detect, parse_bytes, read_path, Format, ListError, ListSnapshot, Position};
use nomina_model::{EntityType, IdKind, NameKind, Source};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_path_buf()
}

fn fixture(name: &str) -> ListSnapshot {
    read_path(&root().join("tests/fixtures").join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn names(s: &ListSnapshot, key: &str, kind: NameKind) -> Vec<String> {
    let e = s.entities.iter().find(|e| e.key == key).unwrap();
    e.names
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| n.full.clone())
        .collect()
}

#[test]
fn the_worked_example_reads_the_same_in_csv_and_json() {
    let csv = fixture("custom-acme.csv");
    let json = fixture("custom-acme.json");
    assert_eq!(csv.version.format, "custom-csv");
    assert_eq!(json.version.format, "custom-json");
    for s in [&csv, &json] {
        assert_eq!(s.version.source, Source::Custom("acme".into()));
        assert_eq!(
            s.version.published.map(|d| d.to_string()).as_deref(),
            Some("2026-03-01")
        );
        let keys: Vec<&str> = s.entities.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "acme:C-0001",
                "acme:C-0002",
                "acme:C-0003",
                "acme:C-0004",
                "acme:C-0005"
            ]
        );
        let c = s.counts();
        assert_eq!((c[0].1, c[1].1, c[2].1, c[3].1), (3, 1, 1, 0));
        assert!(s.warnings.is_empty());
    }
    assert_eq!(
        csv.entities, json.entities,
        "CSV and JSON must give identical entities"
    );
}

#[test]
fn the_worked_example_fields() {
    let s = fixture("custom-acme.csv");
    let e = &s.entities[0];
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(e.primary_name(), "Viktor Sample");
    assert_eq!(
        names(&s, "acme:C-0001", NameKind::Alias),
        ["Viktor Samplov", "V. Sample"]
    );
    assert_eq!(names(&s, "acme:C-0001", NameKind::WeakAlias), ["The Baker"]);
    let dobs: Vec<String> = e
        .birth_dates
        .iter()
        .map(|b| b.from.unwrap().to_string())
        .collect();
    assert_eq!(dobs, ["1971-04-12", "1972"]);
    let nats: Vec<&str> = e
        .nationalities
        .iter()
        .map(|c| c.code.as_deref().unwrap())
        .collect();
    assert_eq!(nats, ["RU", "CY"]);
    assert_eq!(
        e.addresses[0]
            .country
            .as_ref()
            .and_then(|c| c.code.as_deref()),
        Some("CY")
    );
    let ids: Vec<(IdKind, &str)> = e
        .identifiers
        .iter()
        .map(|i| (i.kind, i.value.as_str()))
        .collect();
    assert_eq!(
        ids,
        [
            (IdKind::Passport, "K1234567"),
            (IdKind::NationalId, "7701234567")
        ]
    );
    assert_eq!(e.programmes, ["Internal fraud"]);
    assert_eq!(
        e.listed_on.map(|d| d.to_string()).as_deref(),
        Some("2024-11-05")
    );
    assert_eq!(
        e.remarks.as_deref(),
        Some("Closed account 2024; see case 88, \"Baker\" ring.")
    );

    let e = &s.entities[1];
    assert_eq!(e.entity_type, EntityType::Organization);
    assert_eq!(
        names(&s, "acme:C-0002", NameKind::FormerName),
        ["Northwind General Trading LLC"]
    );
    assert_eq!(e.programmes, ["Internal fraud", "Sanctions evasion watch"]);
    assert_eq!(e.identifiers[1].kind, IdKind::Bic);
    assert_eq!(
        e.listed_on.map(|d| d.to_string()).as_deref(),
        Some("2025-01")
    );

    let e = &s.entities[2];
    assert_eq!(e.entity_type, EntityType::Vessel);
    let ids: Vec<(IdKind, &str)> = e
        .identifiers
        .iter()
        .map(|i| (i.kind, i.value.as_str()))
        .collect();
    assert_eq!(ids, [(IdKind::Imo, "9123456"), (IdKind::Mmsi, "352000123")]);
    assert_eq!(
        e.addresses[0]
            .country
            .as_ref()
            .and_then(|c| c.code.as_deref()),
        Some("PA")
    );

    let e = &s.entities[3];
    assert_eq!(
        e.birth_dates[0].from.map(|d| d.to_string()).as_deref(),
        Some("1985-06")
    );
    assert_eq!(e.nationalities[0].code.as_deref(), Some("JP"));
    assert!(e.identifiers.is_empty() && e.addresses.is_empty() && e.remarks.is_none());

    let e = &s.entities[4];
    assert_eq!(e.primary_name(), "Ямал Тест");
    assert_eq!(e.names[0].script, nomina_model::Script::Cyrillic);
    assert_eq!(e.nationalities[0].code.as_deref(), Some("RU"));
    assert_eq!(e.identifiers[0].kind, IdKind::TaxId);
}

#[test]
fn the_guide_shows_the_fixture_files_verbatim() {
    let guide = std::fs::read_to_string(root().join("../../docs/custom-lists.md")).unwrap();
    for f in ["custom-acme.csv", "custom-acme.json"] {
        let text = std::fs::read_to_string(root().join("tests/fixtures").join(f)).unwrap();
        assert!(
            guide.contains(&text),
            "docs/custom-lists.md must show {f} as it is"
        );
    }
}

#[test]
fn official_files_are_not_claimed_by_the_custom_or_uk_sniffers() {
    let data = root().join("../../data/lists");
    let mut seen = 0;
    for dir in std::fs::read_dir(&data).unwrap() {
        let dir = dir.unwrap().path();
        let source = dir.file_name().unwrap().to_string_lossy().into_owned();
        for f in std::fs::read_dir(&dir).unwrap() {
            let path = f.unwrap().path();
            let file = nomina_lists::InputFile::read(&path).unwrap();
            let format = detect(&file.bytes);
            assert!(
                !matches!(format, Some(Format::CustomCsv) | Some(Format::CustomJson)),
                "{} detected as {format:?}",
                path.display()
            );
            let uk = matches!(
                format,
                Some(Format::UkOfsiCsv | Format::UkSanctionsListCsv | Format::UkSanctionsListXml)
            );
            assert_eq!(
                uk,
                source == "uk",
                "{} detected as {format:?}",
                path.display()
            );
            seen += 1;
        }
    }
    assert!(seen >= 20, "only {seen} files checked");
    for f in ["custom-acme.csv", "custom-acme.json"] {
        let bytes = std::fs::read(root().join("tests/fixtures").join(f)).unwrap();
        assert!(
            matches!(detect(&bytes), Some(Format::CustomCsv | Format::CustomJson)),
            "{f}"
        );
    }
}

fn bad(name: &str) -> ListError {
    let bytes = std::fs::read(root().join("tests/bad").join(name))
        .unwrap_or_else(|e| panic!("{name}: {e}"));
    match parse_bytes(name, bytes) {
        Ok(s) => panic!("{name} parsed into {} entities", s.entities.len()),
        Err(e) => {
            assert_eq!(e.file, name, "{e}");
            e
        }
    }
}

fn line(e: &ListError) -> Option<u64> {
    match e.position {
        Some(Position::Line(l)) | Some(Position::LineByte(l, _)) => Some(l),
        _ => None,
    }
}

#[test]
fn csv_unknown_column_is_named() {
    let e = bad("custom-unknown-column.csv");
    assert_eq!(
        (line(&e), e.field.as_deref()),
        (Some(2), Some("alises")),
        "{e}"
    );
    assert!(e.message.contains("unknown column `alises`"), "{e}");
}

#[test]
fn csv_duplicate_id_names_both_lines() {
    let e = bad("custom-duplicate-id.csv");
    assert_eq!((line(&e), e.field.as_deref()), (Some(5), Some("id")), "{e}");
    assert!(
        e.message.contains("acme:C-1") && e.message.contains("line 3"),
        "{e}"
    );
}

#[test]
fn csv_missing_name_is_refused() {
    let e = bad("custom-missing-name.csv");
    assert_eq!(
        (line(&e), e.field.as_deref()),
        (Some(3), Some("name")),
        "{e}"
    );
}

#[test]
fn csv_missing_id_is_refused() {
    let e = bad("custom-missing-id.csv");
    assert_eq!((line(&e), e.field.as_deref()), (Some(3), Some("id")), "{e}");
}

#[test]
fn csv_ambiguous_date_is_refused() {
    let e = bad("custom-bad-dob.csv");
    assert_eq!(
        (line(&e), e.field.as_deref()),
        (Some(2), Some("dob")),
        "{e}"
    );
}

#[test]
fn csv_unknown_identifier_kind_is_refused() {
    let e = bad("custom-bad-identifier.csv");
    assert_eq!(
        (line(&e), e.field.as_deref()),
        (Some(2), Some("identifiers")),
        "{e}"
    );
    assert!(e.message.contains("pasport"), "{e}");
}

#[test]
fn csv_unknown_type_is_refused() {
    let e = bad("custom-bad-type.csv");
    assert_eq!(
        (line(&e), e.field.as_deref()),
        (Some(2), Some("type")),
        "{e}"
    );
}

#[test]
fn csv_reserved_prefix_is_refused() {
    let e = bad("custom-reserved-prefix.csv");
    assert_eq!(
        (line(&e), e.field.as_deref()),
        (Some(1), Some("nomina-list")),
        "{e}"
    );
    assert!(e.message.contains("reserved"), "{e}");
}

#[test]
fn csv_wrong_encoding_is_refused() {
    let e = bad("custom-wrong-encoding.csv");
    assert_eq!(line(&e), Some(3), "{e}");
    assert!(e.message.contains("UTF-8"), "{e}");
}

#[test]
fn csv_header_only_is_empty() {
    let e = bad("custom-header-only.csv");
    assert!(e.message.contains("no records"), "{e}");
}

#[test]
fn csv_truncated_row_is_refused() {
    let e = bad("custom-truncated.csv");
    assert_eq!(line(&e), Some(3), "{e}");
    assert!(e.message.contains("expected 6 fields"), "{e}");
}

#[test]
fn csv_empty_file_is_refused() {
    let e = parse_bytes("empty.csv", b"\n\n".to_vec()).unwrap_err();
    assert_eq!(e.file, "empty.csv");
    assert!(e.message.contains("empty"), "{e}");
    let f = nomina_lists::InputFile {
        name: "e.csv".into(),
        bytes: Vec::new(),
    };
    assert!(nomina_lists::custom::parse_csv(&f)
        .unwrap_err()
        .message
        .contains("empty"));
    assert!(nomina_lists::custom::parse_json(&f)
        .unwrap_err()
        .message
        .contains("empty"));
}

#[test]
fn csv_absurdly_large_field_is_refused() {
    let text = format!("id,name,remarks\n1,Viktor Sample,{}\n", "x".repeat(100_000));
    let e = parse_bytes("big.csv", text.into_bytes()).unwrap_err();
    assert_eq!(
        (line(&e), e.field.as_deref()),
        (Some(2), Some("remarks")),
        "{e}"
    );
}

#[test]
fn json_unknown_field_is_named() {
    let e = bad("custom-unknown-field.json");
    assert_eq!(
        (line(&e), e.field.as_deref()),
        (Some(3), Some("alises")),
        "{e}"
    );
}

#[test]
fn json_unknown_identifier_field_is_named() {
    let e = bad("custom-bad-identifier.json");
    assert_eq!(
        (line(&e), e.field.as_deref()),
        (Some(2), Some("number")),
        "{e}"
    );
}

#[test]
fn json_duplicate_id_is_refused() {
    let e = bad("custom-duplicate-id.json");
    assert_eq!(
        (e.position, e.field.as_deref()),
        (Some(Position::Record(2)), Some("id")),
        "{e}"
    );
    assert!(e.message.contains("record 1"), "{e}");
}

#[test]
fn json_missing_name_is_refused() {
    let e = bad("custom-missing-name.json");
    assert_eq!(
        (e.position, e.field.as_deref()),
        (Some(Position::Record(2)), Some("name")),
        "{e}"
    );
}

#[test]
fn json_bad_date_is_refused() {
    let e = bad("custom-bad-dob.json");
    assert_eq!(
        (e.position, e.field.as_deref()),
        (Some(Position::Record(1)), Some("dob")),
        "{e}"
    );
}

#[test]
fn json_truncated_is_refused() {
    let e = bad("custom-truncated.json");
    assert_eq!(line(&e), Some(3), "{e}");
}

#[test]
fn json_reserved_prefix_is_refused() {
    let e = bad("custom-reserved-prefix.json");
    assert_eq!(e.field.as_deref(), Some("nomina_list"), "{e}");
}
