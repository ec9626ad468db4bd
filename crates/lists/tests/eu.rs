//! EU Financial Sanctions Files readers (CSV 1.1 and XML 1.1).
//!
//! The only real EU data here is the CSV excerpt `data/lists/eu/fsf-excerpt-2024-10-02.csv`
//! (4 entities). Its expectations are transcribed from the raw rows. The XML reader is tested
//! on hand-written fixtures in `tests/fixtures/eu-*.xml` that follow the format field for
//! field: the excerpt's 4 entities in XML form, and edge cases that are also written in CSV
//! form (`eu-edge-cases.csv`), so both readers must agree entity for entity.

use nomina_lists::{eu_csv, eu_xml, Format, InputFile, ListError, ListSnapshot, Position};
use nomina_model::{
    Address, BirthDate, Country, Entity, EntityType, FuzzyDate, IdKind, NameKind, NamePartKind,
};
use std::path::{Path, PathBuf};

fn here(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

fn excerpt() -> ListSnapshot {
    nomina_lists::read_path(&here("../../data/lists/eu/fsf-excerpt-2024-10-02.csv.gz")).unwrap()
}

fn fixture(name: &str) -> ListSnapshot {
    nomina_lists::read_path(&here(&format!("tests/fixtures/{name}")))
        .unwrap_or_else(|e| panic!("{e}"))
}

fn entity<'a>(s: &'a ListSnapshot, key: &str) -> &'a Entity {
    s.entities
        .iter()
        .find(|e| e.key == key)
        .unwrap_or_else(|| panic!("{key} missing"))
}

fn date(s: &str) -> FuzzyDate {
    s.parse().unwrap()
}

fn names(e: &Entity) -> Vec<(NameKind, &str, Option<&str>)> {
    e.names
        .iter()
        .map(|n| (n.kind, n.full.as_str(), n.language.as_deref()))
        .collect()
}

fn code(c: &Country) -> (Option<&str>, &str) {
    (c.code.as_deref(), c.raw.as_str())
}

fn years(e: &Entity) -> Vec<(Option<FuzzyDate>, Option<FuzzyDate>, bool, &str)> {
    e.birth_dates
        .iter()
        .map(|b| (b.from, b.to, b.approximate, b.raw.as_str()))
        .collect()
}

use NameKind::{Alias as A, Primary as P, WeakAlias as W};

#[test]
fn csv_excerpt_counts_and_version() {
    let s = excerpt();
    assert_eq!(s.counts().map(|c| c.1), [4, 0, 0, 0]);
    assert_eq!(s.version.format, "eu-csv");
    assert_eq!(s.version.published, Some(date("2024-10-02")));
    assert_eq!(s.version.files, ["fsf-excerpt-2024-10-02.csv.gz"]);
    let keys: Vec<&str> = s.entities.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, ["eu:13", "eu:20", "eu:23", "eu:25"]);
    let raw = InputFile::read(&here("../../data/lists/eu/fsf-excerpt-2024-10-02.csv.gz")).unwrap();
    assert_eq!(nomina_lists::detect(&raw.bytes), Some(Format::EuCsv));
}

/// Entity 13, rows 2-6 of the excerpt.
#[test]
fn csv_excerpt_saddam_hussein() {
    let s = excerpt();
    let e = entity(&s, "eu:13");
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(
        names(e),
        [
            (P, "Saddam Hussein Al-Tikriti", None),
            (A, "Abu Ali", None),
            (A, "Abou Ali", Some("FR"))
        ]
    );
    let parts: Vec<_> = e.names[0]
        .parts
        .iter()
        .map(|p| (p.kind, p.value.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (NamePartKind::Given, "Saddam"),
            (NamePartKind::Family, "Hussein Al-Tikriti")
        ]
    );
    assert_eq!(e.gender.as_deref(), Some("Male"));
    let d = Some(date("1937-04-28"));
    assert_eq!(years(e), [(d, d, false, "1937-04-28")]);
    assert_eq!(e.birth_places.len(), 1);
    let p = &e.birth_places[0];
    assert_eq!(p.city.as_deref(), Some("al-Awja, near Tikrit"));
    assert_eq!(code(p.country.as_ref().unwrap()), (Some("IQ"), "IRAQ"));
    assert_eq!(p.raw, "al-Awja, near Tikrit, IRAQ");
    assert_eq!(
        e.citizenships.iter().map(code).collect::<Vec<_>>(),
        [(Some("IQ"), "IQ")]
    );
    assert!(e.nationalities.is_empty() && e.identifiers.is_empty() && e.addresses.is_empty());
    assert_eq!(e.programmes, ["IRQ"]);
    assert_eq!(e.other_references, ["EU.27.28"]);
    assert_eq!(e.remarks.as_deref(), Some("(UNSC RESOLUTION 1483)"));
    assert_eq!(e.listed_on, None);
}

/// Entity 20, rows 7-11: two year-only dates of birth in Baghdad, country unknown ("00").
#[test]
fn csv_excerpt_qusay_hussein() {
    let s = excerpt();
    let e = entity(&s, "eu:20");
    assert_eq!(
        names(e),
        [
            (P, "Qusay Saddam Hussein Al-Tikriti", None),
            (A, "Qoussaï Saddam Hussein Al-Tikriti", Some("FR"))
        ]
    );
    let parts: Vec<_> = e.names[1]
        .parts
        .iter()
        .map(|p| (p.kind, p.value.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (NamePartKind::Given, "Qoussaï"),
            (NamePartKind::Middle, "Saddam"),
            (NamePartKind::Family, "Hussein Al-Tikriti")
        ]
    );
    assert_eq!(
        e.positions,
        ["Oversaw Special Republican Guard, Special Security Organisation, and Republican Guard"]
    );
    let (y65, y66) = (Some(FuzzyDate::year(1965)), Some(FuzzyDate::year(1966)));
    assert_eq!(
        years(e),
        [(y65, y65, false, "1965"), (y66, y66, false, "1966")]
    );
    // Both rows give Baghdad with an unknown country: one place, no country.
    assert_eq!(e.birth_places.len(), 1);
    assert_eq!(
        (
            e.birth_places[0].city.as_deref(),
            e.birth_places[0].country.as_ref()
        ),
        (Some("Baghdad"), None)
    );
    assert_eq!(
        e.citizenships.iter().map(code).collect::<Vec<_>>(),
        [(Some("IQ"), "IQ")]
    );
    assert_eq!(e.remarks.as_deref(), Some("(Saddam's second son)"));
    assert_eq!(e.gender.as_deref(), Some("Male"));
}

/// Entity 23, rows 12-16.
#[test]
fn csv_excerpt_uday_hussein() {
    let s = excerpt();
    let e = entity(&s, "eu:23");
    assert_eq!(
        names(e),
        [
            (P, "Uday Saddam Hussein Al-Tikriti", None),
            (A, "Oudaï Saddam Hussein Al-Tikriti", Some("FR"))
        ]
    );
    assert_eq!(
        e.positions,
        ["Leader of Paramilitary Organisation Fedayeen Saddam"]
    );
    let (y64, y67) = (Some(FuzzyDate::year(1964)), Some(FuzzyDate::year(1967)));
    assert_eq!(
        years(e),
        [(y64, y64, false, "1964"), (y67, y67, false, "1967")]
    );
    assert_eq!(e.birth_places[0].raw, "Baghdad");
    assert_eq!(
        e.citizenships.iter().map(code).collect::<Vec<_>>(),
        [(Some("IQ"), "IQ")]
    );
    assert_eq!(e.other_references, ["EU.16.62"]);
    assert_eq!(e.remarks.as_deref(), Some("(Saddam's eldest son)"));
}

/// Entity 25, rows 17-19: the excerpt is cut after its name rows, which is not an error.
#[test]
fn csv_excerpt_abid_hamid_mahmud() {
    let s = excerpt();
    let e = entity(&s, "eu:25");
    assert_eq!(
        names(e),
        [
            (P, "Abid Hamid Mahmud Al-Tikriti", None),
            (A, "Abid Hamid Bid Hamid Mahmud", None),
            (A, "Abdel Hamid Mahmoud", None)
        ]
    );
    assert!(e.names.iter().all(|n| n.parts.is_empty()));
    assert_eq!(e.titles, ["Col"]);
    assert_eq!(
        e.positions,
        ["Saddam's Presidential Secretary and Key Advisor"]
    );
    assert!(e.birth_dates.is_empty() && e.citizenships.is_empty() && e.birth_places.is_empty());
    assert_eq!(e.remarks, None);
    assert_eq!(e.programmes, ["IRQ"]);
}

#[test]
fn xml_form_of_the_excerpt_reads_like_the_csv() {
    let x = fixture("eu-fsf-excerpt-2024-10-02.xml");
    assert_eq!(x.version.format, "eu-xml");
    assert_eq!(x.version.published, Some(date("2024-10-02")));
    assert_eq!(x.entities, excerpt().entities);
    let raw = InputFile::read(&here("tests/fixtures/eu-fsf-excerpt-2024-10-02.xml")).unwrap();
    assert_eq!(nomina_lists::detect(&raw.bytes), Some(Format::EuXml));
}

#[test]
fn edge_cases_read_the_same_from_csv_and_xml() {
    let x = fixture("eu-edge-cases.xml");
    let c = fixture("eu-edge-cases.csv");
    assert_eq!(c.version.format, "eu-csv");
    assert_eq!(x.version.published, Some(date("2025-01-31")));
    assert_eq!(c.version.published, Some(date("2025-01-31")));
    assert_eq!(c.entities.len(), 3);
    assert_eq!(c.entities[..], x.entities[..3]);
}

#[test]
fn edge_enterprise_with_identifiers_and_addresses() {
    let x = fixture("eu-edge-cases.xml");
    let e = entity(&x, "eu:900001");
    assert_eq!(e.entity_type, EntityType::Organization);
    assert_eq!(
        names(e),
        [
            (P, "NORTHERN EXAMPLE SHIPPING LLC", None),
            (A, "ООО \"СЕВЕРНЫЙ ПРИМЕР\"", Some("RU")),
            (A, "Northern Example; Shipping & Co", None)
        ]
    );
    assert_eq!(e.names[1].script, nomina_model::Script::Cyrillic);
    assert_eq!(
        e.addresses,
        [Address {
            street: Some("12 Harbour Street, P.O. Box 45".into()),
            city: Some("Saint Petersburg".into()),
            region: None,
            postal_code: Some("190000".into()),
            country: Some(Country {
                code: Some("RU".into()),
                raw: "RUSSIAN FEDERATION".into()
            }),
            note: Some("as at listing time; registered office".into()),
        }]
    );
    let ids: Vec<_> = e
        .identifiers
        .iter()
        .map(|i| {
            (
                i.kind,
                i.label.as_str(),
                i.value.as_str(),
                i.country.as_ref().map(code),
                i.issued,
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            (
                IdKind::Registration,
                "Registration Number",
                "1027700132195",
                Some((Some("RU"), "RUSSIAN FEDERATION")),
                Some(date("2002-07-16"))
            ),
            (IdKind::Imo, "IMO number", "9123456", None, None),
            (
                IdKind::Bic,
                "SWIFT BIC",
                "NEXSRUMM",
                Some((Some("RU"), "RUSSIAN FEDERATION")),
                None
            ),
        ]
    );
    // An identification without a number is kept as text.
    assert_eq!(
        e.remarks.as_deref(),
        Some("Decision (CFSP) 2022/397\nTest enterprise; not a real listing.\nFiscal Code: RUSSIAN FEDERATION; number withheld")
    );
    assert_eq!(e.listed_on, Some(date("2022-03-09")));
    assert_eq!(e.programmes, ["RUS"]);
    assert_eq!(e.other_references, ["EU.9001.11"]);
}

#[test]
fn edge_person_dates_places_documents() {
    let x = fixture("eu-edge-cases.xml");
    let e = entity(&x, "eu:900002");
    assert_eq!(
        names(e),
        [
            (P, "Ivan Petrovich Example", None),
            (A, "Иван Пример", Some("RU")),
            (A, "Jean Exemple", Some("FR"))
        ]
    );
    let parts: Vec<_> = e.names[1]
        .parts
        .iter()
        .map(|p| (p.kind, p.value.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (NamePartKind::Given, "Иван"),
            (NamePartKind::Family, "Пример")
        ]
    );
    assert_eq!(e.names[2].note.as_deref(), Some("French spelling"));
    assert_eq!(
        (e.gender.as_deref(), &e.titles[..], &e.positions[..]),
        (
            Some("Male"),
            &["Colonel".to_string()][..],
            &["Head of example unit".to_string()][..]
        )
    );
    assert_eq!(
        e.citizenships.iter().map(code).collect::<Vec<_>>(),
        [(Some("SY"), "SYRIAN ARAB REPUBLIC")]
    );
    let y61 = Some(FuzzyDate::year(1961));
    let m65 = FuzzyDate::ym(1965, 3);
    assert_eq!(
        e.birth_dates,
        [
            BirthDate {
                from: y61,
                to: y61,
                approximate: true,
                raw: "1961".into()
            },
            BirthDate::range(FuzzyDate::year(1950), FuzzyDate::year(1952), "1950-1952"),
            BirthDate {
                from: m65,
                to: m65,
                approximate: false,
                raw: "1965-03".into()
            },
            // A date in the Islamic calendar is not read as a Gregorian date.
            BirthDate {
                from: None,
                to: None,
                approximate: false,
                raw: "1380-05-12 (ISLAMIC calendar)".into()
            },
        ]
    );
    let places: Vec<_> = e
        .birth_places
        .iter()
        .map(|p| {
            (
                p.city.as_deref(),
                p.country.as_ref().map(code),
                p.raw.as_str(),
            )
        })
        .collect();
    assert_eq!(
        places,
        [
            (
                Some("Minsk"),
                Some((Some("BY"), "BELARUS")),
                "Minsk, BELARUS"
            ),
            (
                Some("Homs"),
                Some((Some("SY"), "SYRIAN ARAB REPUBLIC")),
                "Homs, SYRIAN ARAB REPUBLIC"
            ),
        ]
    );
    let ids: Vec<_> = e
        .identifiers
        .iter()
        .map(|i| {
            (
                i.kind,
                i.value.as_str(),
                i.country.as_ref().and_then(|c| c.code.as_deref()),
                i.issued,
                i.expires,
                i.note.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [
            (
                IdKind::Passport,
                "N009876543",
                Some("SY"),
                Some(date("2010-05-01")),
                Some(date("2015-04-30")),
                Some("diplomatic; known expired; issued by Ministry of Interior")
            ),
            (
                IdKind::NationalId,
                "01020304050",
                Some("SY"),
                None,
                None,
                Some("name on document: Ivan P. Example")
            ),
            (
                IdKind::Other,
                "АБ123456",
                Some("BY"),
                None,
                None,
                Some("latin number AB123456")
            ),
        ]
    );
    assert_eq!(e.listed_on, Some(date("2012-01-18")));
    assert_eq!(e.remarks, None);
}

#[test]
fn edge_un_reference_and_dated_remark() {
    let x = fixture("eu-edge-cases.xml");
    let e = entity(&x, "eu:900003");
    assert_eq!(names(e), [(P, "Abu Example al-Testi", None)]);
    let d = Some(date("1970-01-01"));
    assert_eq!(
        years(e),
        [(d, d, false, "1970-01-01 (date given on a false document)")]
    );
    assert!(e.birth_places.is_empty());
    assert_eq!(e.other_references, ["EU.9003.33", "QDi.999"]);
    assert_eq!(
        (e.listed_on, &e.programmes[..]),
        (None, &["TAQA".to_string()][..])
    );
}

#[test]
fn edge_xml_only_features() {
    let x = fixture("eu-edge-cases.xml");
    let e = entity(&x, "eu:900004");
    assert_eq!(e.entity_type, EntityType::Organization);
    assert_eq!(
        names(e),
        [
            (P, "SOUTHERN TEST BANK", None),
            (W, "STB", None),
            (W, "Southern Test Bank", None)
        ]
    );
    assert_eq!(
        e.remarks.as_deref(),
        Some("Listed <in part> for A & B.\nSecond remark.")
    );
    assert_eq!(e.programmes, ["UKR", "RUS"]);
    assert_eq!(
        e.addresses[0].note.as_deref(),
        Some("PHONE: +380 44 000 0000; WEB: example.test")
    );
    assert_eq!(
        (e.identifiers[0].kind, e.identifiers[0].label.as_str()),
        (IdKind::Other, "Trade licence")
    );
    assert_eq!(e.listed_on, Some(date("2023-02-25")));
    assert_eq!(
        x.warnings,
        [
            "skipped 1 name aliases with no name",
            "1 identifications have no number; their details are kept in the remarks"
        ]
    );
}

// ---- broken files -------------------------------------------------------------------

fn bad(name: &str) -> ListError {
    let file = InputFile::read(&here(&format!("tests/bad/{name}"))).unwrap();
    let err = if name.contains(".csv") {
        eu_csv::parse(&file)
    } else {
        eu_xml::parse(&file)
    }
    .expect_err(name);
    assert!(err.file.ends_with(name), "{name}: error names {}", err.file);
    assert!(err.to_string().contains(name), "{err}");
    err
}

fn line(e: &ListError) -> u64 {
    match e.position {
        Some(Position::LineByte(l, _)) | Some(Position::Line(l)) => l,
        other => panic!("no line in {e}: {other:?}"),
    }
}

#[test]
fn csv_truncated_row() {
    let e = bad("eu-truncated.csv");
    assert!(e.message.contains("the header has 118"), "{e}");
    assert_eq!(line(&e), 4);
}

#[test]
fn csv_malformed_row() {
    let e = bad("eu-malformed.csv");
    assert!(e.message.contains("row has 119 fields"), "{e}");
    assert_eq!(line(&e), 3);
}

#[test]
fn csv_wrong_encoding() {
    let e = bad("eu-latin1.csv");
    assert!(e.message.contains("UTF-8"), "{e}");
    assert_eq!(line(&e), 8);
}

#[test]
fn csv_empty_and_header_only() {
    let e = bad("eu-empty.csv");
    assert!(e.message.contains("empty"), "{e}");
    assert_eq!(line(&e), 1);
    let e = bad("eu-header-only.csv");
    assert!(e.message.contains("no data rows"), "{e}");
    assert_eq!(line(&e), 2);
}

#[test]
fn csv_duplicate_id() {
    let e = bad("eu-duplicate-id.csv");
    assert_eq!(e.field.as_deref(), Some("Entity_EU_ReferenceNumber"));
    assert!(
        e.message
            .contains("eu:13 is listed again with EU reference EU.39.56"),
        "{e}"
    );
    assert_eq!(line(&e), 7);
}

#[test]
fn csv_row_without_id() {
    let e = bad("eu-no-id.csv");
    assert_eq!(e.field.as_deref(), Some("Entity_LogicalId"));
    assert_eq!(line(&e), 3);
}

#[test]
fn csv_entity_without_name() {
    let e = bad("eu-no-name.csv");
    assert_eq!(e.field.as_deref(), Some("NameAlias_WholeName"));
    assert!(e.message.contains("eu:20 has no name"), "{e}");
    assert_eq!(line(&e), 7);
}

#[test]
fn csv_bad_values() {
    let e = bad("eu-bad-date.csv");
    assert_eq!(
        (e.field.as_deref(), line(&e)),
        (Some("fileGenerationDate"), 2)
    );
    let e = bad("eu-bad-subject.csv");
    assert_eq!(
        (e.field.as_deref(), line(&e)),
        (Some("Entity_SubjectType"), 2)
    );
    assert!(e.message.contains("\"V\""), "{e}");
}

#[test]
fn csv_missing_column_and_wrong_format() {
    let e = bad("eu-missing-column.csv");
    assert_eq!(
        (e.field.as_deref(), line(&e)),
        (Some("NameAlias_WholeName"), 1)
    );
    let e = bad("eu-wrong-format.csv");
    assert_eq!(
        (e.field.as_deref(), line(&e)),
        (Some("fileGenerationDate"), 1)
    );
    assert!(
        e.message
            .contains("not an EU Financial Sanctions Files CSV"),
        "{e}"
    );
}

#[test]
fn csv_absurdly_large_field() {
    let e = bad("eu-huge-field.csv.gz");
    assert_eq!((e.field.as_deref(), line(&e)), (Some("Entity_Remark"), 3));
}

#[test]
fn xml_truncated() {
    let e = bad("eu-truncated.xml");
    assert!(
        e.message.contains("truncated") || e.message.contains("malformed"),
        "{e}"
    );
    assert_eq!(line(&e), 10);
}

#[test]
fn xml_malformed() {
    let e = bad("eu-malformed.xml");
    assert!(e.message.contains("malformed XML"), "{e}");
    assert_eq!(line(&e), 11);
}

#[test]
fn xml_wrong_encoding() {
    let e = bad("eu-latin1.xml");
    assert!(e.message.contains("UTF-8"), "{e}");
    assert_eq!(line(&e), 10);
}

#[test]
fn xml_doctype_with_entity() {
    let e = bad("eu-doctype-entity.xml");
    assert!(e.message.contains("document type"), "{e}");
    assert_eq!(line(&e), 2);
}

#[test]
fn xml_empty() {
    let e = bad("eu-empty.xml");
    assert!(e.message.contains("empty"), "{e}");
    assert_eq!(line(&e), 1);
}

#[test]
fn xml_duplicate_id() {
    let e = bad("eu-duplicate-id.xml");
    assert!(e.message.contains("duplicate id eu:13"), "{e}");
    assert_eq!(e.position, Some(Position::Record(2)));
}

#[test]
fn xml_entity_without_id_or_name() {
    let e = bad("eu-no-id.xml");
    assert_eq!(
        (e.field.as_deref(), line(&e)),
        (Some("sanctionEntity@logicalId"), 8)
    );
    let e = bad("eu-no-name.xml");
    assert_eq!(
        (e.field.as_deref(), line(&e)),
        (Some("nameAlias@wholeName"), 8)
    );
    assert!(e.message.contains("eu:20 has no name"), "{e}");
}

#[test]
fn xml_bad_values() {
    let e = bad("eu-bad-bool.xml");
    assert_eq!(
        (e.field.as_deref(), line(&e)),
        (Some("birthdate@circa"), 11)
    );
    let e = bad("eu-unknown-subject.xml");
    assert_eq!(
        (e.field.as_deref(), line(&e)),
        (Some("subjectType@code"), 9)
    );
}

#[test]
fn xml_absurdly_large_field() {
    let e = bad("eu-huge-field.xml.gz");
    assert_eq!((e.field.as_deref(), line(&e)), (Some("remark"), 6));
}

#[test]
fn xml_wrong_format() {
    let e = bad("eu-wrong-format.xml");
    assert!(
        e.message
            .contains("not an EU Financial Sanctions Files XML"),
        "{e}"
    );
    assert_eq!(line(&e), 1);
}
