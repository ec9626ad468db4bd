//! OFAC legacy CSV reader against the real bundled files (`data/lists/ofac/*.csv.gz`) and
//! against small malformed files under `tests/bad/ofac-csv-*`.
//!
//! Every expectation below was written from the raw CSV rows (quoted in the comments), not
//! from the parser's output.

use nomina_lists::{read_path, ListError, ListSnapshot, Position};
use nomina_model::{
    BirthDate, Entity, EntityType, FuzzyDate, IdKind, Identifier, NameKind, NamePartKind,
};
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn data(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/lists/ofac")
        .join(file)
}

fn bad(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(file)
}

/// Each real file is parsed once and shared by the tests (parsing is the slow part).
fn snapshot(stem: &'static str) -> &'static ListSnapshot {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<&'static str, &'static ListSnapshot>>> =
        OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let mut map = cache.lock().unwrap();
    map.entry(stem).or_insert_with(|| {
        let snap =
            read_path(&data(&format!("{stem}.csv.gz"))).unwrap_or_else(|e| panic!("{stem}: {e}"));
        Box::leak(Box::new(snap))
    })
}

/// The raw (decompressed) text of a bundled file, for counts taken straight from the data.
fn raw(stem: &str) -> String {
    let bytes = std::fs::read(data(&format!("{stem}.csv.gz"))).unwrap();
    let mut out = String::new();
    flate2::read::GzDecoder::new(&bytes[..])
        .read_to_string(&mut out)
        .unwrap();
    out
}

fn entity<'a>(snap: &'a ListSnapshot, key: &str) -> &'a Entity {
    snap.entities
        .iter()
        .find(|e| e.key == key)
        .unwrap_or_else(|| panic!("{key} missing"))
}

fn names(e: &Entity, kind: NameKind) -> Vec<&str> {
    e.names
        .iter()
        .filter(|n| n.kind == kind)
        .map(|n| n.full.as_str())
        .collect()
}

fn ids(e: &Entity, kind: IdKind) -> Vec<&Identifier> {
    e.identifiers.iter().filter(|i| i.kind == kind).collect()
}

fn id_by_label<'a>(e: &'a Entity, label: &str) -> Vec<&'a str> {
    e.identifiers
        .iter()
        .filter(|i| i.label == label)
        .map(|i| i.value.as_str())
        .collect()
}

fn code(c: &Option<nomina_model::Country>) -> Option<&str> {
    c.as_ref().and_then(|c| c.code.as_deref())
}

fn codes(list: &[nomina_model::Country]) -> Vec<&str> {
    list.iter()
        .map(|c| c.code.as_deref().unwrap_or("?"))
        .collect()
}

fn fd(s: &str) -> FuzzyDate {
    s.parse().unwrap()
}

fn single(d: &BirthDate) -> Option<FuzzyDate> {
    assert_eq!(d.from, d.to, "{d:?} is a range");
    d.from
}

// ---------------------------------------------------------------------------------------
// Whole files: counts from the data README.
// ---------------------------------------------------------------------------------------

fn counts(snap: &ListSnapshot) -> [usize; 4] {
    snap.counts().map(|(_, n)| n)
}

#[test]
fn sdn_2021_07_07_counts_and_companions() {
    let s = snapshot("sdn-2021-07-07");
    assert_eq!(s.entities.len(), 8976);
    assert_eq!(counts(s), [4620, 3673, 406, 277]);
    assert_eq!(s.version.format, "ofac-csv");
    assert_eq!(
        s.version.published,
        Some(fd("2021-07-07")),
        "date taken from the file name"
    );
    assert_eq!(
        s.version.files,
        [
            "sdn-2021-07-07.csv.gz",
            "alt-2021-07-07.csv.gz",
            "add-2021-07-07.csv.gz",
            "sdn_comments-2021-07-07.csv.gz"
        ]
    );
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    // README: alt.csv has 11910 rows, for 4139 entries. Two rows repeat a name already listed
    // for the same entry under another alt_num (8407 "AMIN ABU SHANAB AND SONS CO." and 16448
    // "AL-HUMAIQANI, 'Abdul-Wahab Mohammed Abdul-Rahman"), so 11908 distinct strong names.
    // Twelve more are acronyms split off bracketed names by `acronyms` (14 names end in one,
    // e.g. "TEHRIK-E TALIBAN PAKISTAN (TTP)"; NICO is already an alias of its entity and MMT
    // ends two names of one entity).
    let strong: usize = s
        .entities
        .iter()
        .map(|e| {
            e.names
                .iter()
                .filter(|n| matches!(n.kind, NameKind::Alias | NameKind::FormerName))
                .count()
        })
        .sum();
    assert_eq!(strong, 11908 + 12);
    let with_alt = s
        .entities
        .iter()
        .filter(|e| {
            e.names
                .iter()
                .any(|n| matches!(n.kind, NameKind::Alias | NameKind::FormerName))
        })
        .count();
    // Two entries without alt rows get their only alias from a split acronym.
    assert_eq!(with_alt, 4139 + 2);
}

#[test]
fn sdn_2023_12_28_counts() {
    let s = snapshot("sdn-2023-12-28");
    assert_eq!(s.entities.len(), 13821);
    assert_eq!(counts(s), [6646, 6033, 764, 378]);
    assert_eq!(s.version.published, Some(fd("2023-12-28")));
    assert_eq!(
        s.version.files,
        [
            "sdn-2023-12-28.csv.gz",
            "alt-2023-12-28.csv.gz",
            "add-2023-12-28.csv.gz"
        ]
    );
    // No comments file for this date: said, with the 17 remarks left cut (README).
    assert_eq!(s.warnings.len(), 2, "{:?}", s.warnings);
    assert!(
        s.warnings[0].contains("sdn_comments-2023-12-28.csv"),
        "{}",
        s.warnings[0]
    );
    assert!(s.warnings[1].starts_with("17 remarks"), "{}", s.warnings[1]);
    // README: alt.csv has aka 16507, fka 567, nka 17.
    // Plus the same twelve acronyms split off bracketed names as in 2021 (`acronyms`).
    let all: Vec<_> = s.entities.iter().flat_map(|e| &e.names).collect();
    let aka = all
        .iter()
        .filter(|n| n.kind == NameKind::Alias && n.note.is_none())
        .count();
    let nka = all
        .iter()
        .filter(|n| n.kind == NameKind::Alias && n.note.as_deref() == Some("n.k.a."))
        .count();
    let fka = all
        .iter()
        .filter(|n| n.kind == NameKind::FormerName)
        .count();
    assert_eq!((aka, fka, nka), (16507 + 12, 567, 17));
}

#[test]
fn sdn_2024_counts_and_missing_companions() {
    let s = snapshot("sdn-2024-05-03");
    assert_eq!(s.entities.len(), 14965);
    assert_eq!(counts(s), [6854, 6884, 851, 376]);
    assert_eq!(s.version.published, Some(fd("2024-05-03")));
    assert_eq!(s.version.files, ["sdn-2024-05-03.csv.gz"]);
    // alt, add and comments are all missing: three warnings, plus the cut remarks.
    assert_eq!(s.warnings.len(), 4, "{:?}", s.warnings);
    assert!(s.warnings[0].contains("alt-2024-05-03.csv") && s.warnings[0].contains("aliases"));
    assert!(s.warnings[1].contains("add-2024-05-03.csv") && s.warnings[1].contains("addresses"));
    assert!(s.warnings[2].contains("sdn_comments-2024-05-03.csv"));
    assert!(s.warnings[3].starts_with("18 remarks"));
    let earlier = snapshot("sdn-2024-05-02");
    assert_eq!(earlier.entities.len(), 14973);
    // README: 05-02 -> 05-03 removes EMPEROR AVIATION LTD and 7 of its aircraft, adds nothing.
    let later: std::collections::HashSet<&str> =
        s.entities.iter().map(|e| e.key.as_str()).collect();
    let removed: Vec<&Entity> = earlier
        .entities
        .iter()
        .filter(|e| !later.contains(e.key.as_str()))
        .collect();
    assert_eq!(removed.len(), 8);
    assert!(removed
        .iter()
        .any(|e| e.primary_name() == "EMPEROR AVIATION LTD"));
    assert_eq!(
        removed
            .iter()
            .filter(|e| e.entity_type == EntityType::Aircraft)
            .count(),
        7
    );
}

#[test]
fn cons_prim_counts() {
    let s = snapshot("cons_prim-2025-12-19");
    assert_eq!(s.entities.len(), 442);
    assert_eq!(counts(s), [79, 363, 0, 0]);
    assert_eq!(s.version.published, Some(fd("2025-12-19")));
    assert_eq!(
        s.version.files,
        [
            "cons_prim-2025-12-19.csv.gz",
            "cons_alt-2025-12-19.csv.gz",
            "cons_add-2025-12-19.csv.gz",
            "cons_comments-2025-12-19.csv.gz"
        ]
    );
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
}

/// Every `a.k.a. '` in the raw remarks (plus their overflow) is one weak alias. The README
/// gives 3267 for 2023-12-28, but the file itself holds 3284 (`grep -o "a.k.a. '" | wc -l`),
/// two of them cut off by the 1000-character limit; nomina keeps all 3284.
#[test]
fn every_weak_aka_in_the_remarks_is_read() {
    for (stem, extra) in [
        ("sdn-2021-07-07", Some("sdn_comments-2021-07-07")),
        ("sdn-2023-12-28", None),
        ("sdn-2024-05-03", None),
        ("cons_prim-2025-12-19", Some("cons_comments-2025-12-19")),
    ] {
        let mut text = raw(stem);
        if let Some(c) = extra {
            text.push_str(&raw(c));
        }
        let expected = text.matches("a.k.a. '").count();
        let s = snapshot(stem);
        let weak_aka = s
            .entities
            .iter()
            .flat_map(|e| &e.names)
            .filter(|n| {
                n.kind == NameKind::WeakAlias
                    && !matches!(n.note.as_deref(), Some("f.k.a.") | Some("n.k.a."))
            })
            .count();
        assert_eq!(weak_aka, expected, "{stem}");
        let weak_fka = s
            .entities
            .iter()
            .flat_map(|e| &e.names)
            .filter(|n| n.note.as_deref() == Some("f.k.a."))
            .count();
        assert_eq!(weak_fka, text.matches("f.k.a. '").count(), "{stem}");
    }
    let s = snapshot("sdn-2023-12-28");
    let cut = s
        .entities
        .iter()
        .flat_map(|e| &e.names)
        .filter(|n| n.note.as_deref().is_some_and(|n| n.contains("cut off")))
        .count();
    assert_eq!(cut, 2);
}

/// Every `DOB`/`alt. DOB` item becomes a date of birth and every one of them is readable:
/// the real files hold only the shapes the reader knows.
#[test]
fn every_dob_is_read_with_its_precision() {
    for stem in [
        "sdn-2021-07-07",
        "sdn-2023-12-28",
        "sdn-2024-05-03",
        "cons_prim-2025-12-19",
    ] {
        let s = snapshot(stem);
        for e in &s.entities {
            let items = e.remarks.as_deref().unwrap_or("").split(';').filter(|i| {
                let i = i.trim();
                i.starts_with("DOB ") || i.starts_with("alt. DOB ")
            });
            let mut raw_dobs: Vec<String> = items
                .map(|i| {
                    i.trim()
                        .trim_start_matches("alt. ")
                        .trim_start_matches("DOB ")
                        .trim_end_matches('.')
                        .to_string()
                })
                .collect();
            raw_dobs.dedup();
            let got: Vec<&str> = e.birth_dates.iter().map(|d| d.raw.as_str()).collect();
            assert_eq!(got, raw_dobs, "{}", e.key);
            for d in &e.birth_dates {
                assert!(d.from.is_some(), "{}: {:?}", e.key, d.raw);
                let precision = d.raw.trim_start_matches("circa ").split(' ').count();
                let f = d.from.unwrap();
                match precision {
                    1 => assert!(f.month.is_none(), "{}: {:?}", e.key, d),
                    2 => assert!(f.month.is_some() && f.day.is_none(), "{}: {:?}", e.key, d),
                    _ => {}
                }
                assert_eq!(d.approximate, d.raw.starts_with("circa"), "{}", e.key);
            }
        }
    }
}

/// Remarks are kept whole: every remarks text is the raw column (with its overflow).
#[test]
fn remarks_text_is_kept_whole() {
    let s = snapshot("sdn-2021-07-07");
    let with = s.entities.iter().filter(|e| e.remarks.is_some()).count();
    let raw_text = raw("sdn-2021-07-07");
    let raw_with = raw_text
        .lines()
        .filter(|l| !l.trim_end().ends_with("-0-"))
        .filter(|l| l.contains(','))
        .count();
    assert_eq!(with, raw_with);
    let cut: Vec<&Entity> = s
        .entities
        .iter()
        .filter(|e| e.remarks.as_ref().is_some_and(|r| r.len() > 1000))
        .collect();
    assert_eq!(
        cut.len(),
        5,
        "the 5 cut remarks are joined with sdn_comments"
    );
}

// ---------------------------------------------------------------------------------------
// Entities, field by field, from the raw rows.
// ---------------------------------------------------------------------------------------

#[test]
fn alvi_masood_azhar() {
    // 11459,"ALVI, Mohammad Masood Azhar","individual","SDGT","Maulana",-0- ×6,
    //   "DOB 10 Jul 1968; alt. DOB 10 Jun 1968; POB Bahawalpur, Punjab Province, Pakistan;
    //    nationality Pakistan; citizen Pakistan; Maulana."
    // alt: ESAH, Wali Adam / AZHAR, Masud / ISAH, Wali Adam (aka)
    // add: "1260/108, Block N0.6-B, Kausar Colony, Model Town-B","Bahawalpur, Punjab Province","Pakistan"
    //      "Lahore City","Lahore District, Punjab Province","Pakistan"
    for stem in ["sdn-2021-07-07", "sdn-2023-12-28"] {
        let e = entity(snapshot(stem), "ofac:11459");
        assert_eq!(e.entity_type, EntityType::Person);
        assert_eq!(e.primary_name(), "ALVI, Mohammad Masood Azhar");
        let parts: Vec<(NamePartKind, &str)> = e.names[0]
            .parts
            .iter()
            .map(|p| (p.kind, p.value.as_str()))
            .collect();
        assert_eq!(
            parts,
            [
                (NamePartKind::Family, "ALVI"),
                (NamePartKind::Given, "Mohammad Masood Azhar")
            ]
        );
        assert_eq!(
            names(e, NameKind::Alias),
            ["ESAH, Wali Adam", "AZHAR, Masud", "ISAH, Wali Adam"]
        );
        assert_eq!(e.names[2].parts[0].value, "AZHAR");
        assert!(names(e, NameKind::WeakAlias).is_empty());
        let dobs: Vec<_> = e.birth_dates.iter().map(single).collect();
        assert_eq!(dobs, [Some(fd("1968-07-10")), Some(fd("1968-06-10"))]);
        assert_eq!(e.birth_places.len(), 1);
        let pob = &e.birth_places[0];
        assert_eq!(
            (
                pob.city.as_deref(),
                pob.region.as_deref(),
                code(&pob.country)
            ),
            (Some("Bahawalpur"), Some("Punjab Province"), Some("PK"))
        );
        assert_eq!(codes(&e.nationalities), ["PK"]);
        assert_eq!(codes(&e.citizenships), ["PK"]);
        assert_eq!(e.titles, ["Maulana"]);
        assert_eq!(e.programmes, ["SDGT"]);
        assert_eq!(e.addresses.len(), 2);
        assert_eq!(
            e.addresses[0].street.as_deref(),
            Some("1260/108, Block N0.6-B, Kausar Colony, Model Town-B")
        );
        assert_eq!(
            e.addresses[0].city.as_deref(),
            Some("Bahawalpur, Punjab Province")
        );
        assert_eq!(e.addresses[1].street.as_deref(), Some("Lahore City"));
        assert_eq!(code(&e.addresses[1].country), Some("PK"));
        assert!(e.identifiers.is_empty() && e.vessel.is_none() && e.gender.is_none());
        assert_eq!(
            e.remarks.as_deref(),
            Some("DOB 10 Jul 1968; alt. DOB 10 Jun 1968; POB Bahawalpur, Punjab Province, Pakistan; nationality Pakistan; citizen Pakistan; Maulana.")
        );
    }
    // Without alt.csv (2024), only the primary name is known.
    let e = entity(snapshot("sdn-2024-05-03"), "ofac:11459");
    assert_eq!(e.names.len(), 1);
    assert!(e.addresses.is_empty());
    assert_eq!(e.birth_dates.len(), 2);
}

#[test]
fn jaish_i_mohammed() {
    // 6935,"JAISH-I-MOHAMMED",-0- ,"FTO] [SDGT",-0- ×7,-0-
    // alt: ARMY OF MOHAMMED, MOHAMMED'S ARMY, TEHRIK UL-FURQAAN, JAISH-E-MOHAMMED,
    //      KHUDAMUL ISLAM, KHUDDAM-UL-ISLAM, KUDDAM E ISLAMI ; add: -0- ,-0- ,"Pakistan"
    let e = entity(snapshot("sdn-2021-07-07"), "ofac:6935");
    assert_eq!(e.entity_type, EntityType::Organization);
    assert_eq!(e.primary_name(), "JAISH-I-MOHAMMED");
    assert!(e.names[0].parts.is_empty());
    assert_eq!(
        names(e, NameKind::Alias),
        [
            "ARMY OF MOHAMMED",
            "MOHAMMED'S ARMY",
            "TEHRIK UL-FURQAAN",
            "JAISH-E-MOHAMMED",
            "KHUDAMUL ISLAM",
            "KHUDDAM-UL-ISLAM",
            "KUDDAM E ISLAMI"
        ]
    );
    assert_eq!(e.programmes, ["FTO", "SDGT"]);
    assert_eq!(e.addresses.len(), 1);
    assert_eq!(
        (
            e.addresses[0].street.as_deref(),
            code(&e.addresses[0].country)
        ),
        (None, Some("PK"))
    );
    assert!(e.remarks.is_none() && e.birth_dates.is_empty() && e.titles.is_empty());
}

#[test]
fn cuban_entities_with_addresses_and_weak_alias() {
    let s = snapshot("sdn-2021-07-07");
    // 36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",… ; alt 36,12,"aka","AERO-CARIBBEAN" ; add 36,25,-0- ,"Havana","Cuba"
    let e = entity(s, "ofac:36");
    assert_eq!(
        (e.entity_type, e.primary_name()),
        (EntityType::Organization, "AEROCARIBBEAN AIRLINES")
    );
    assert_eq!(names(e, NameKind::Alias), ["AERO-CARIBBEAN"]);
    assert_eq!(e.addresses.len(), 1);
    assert_eq!(
        (
            e.addresses[0].city.as_deref(),
            code(&e.addresses[0].country)
        ),
        (Some("Havana"), Some("CU"))
    );
    assert_eq!(e.programmes, ["CUBA"]);
    // 306,"BANCO NACIONAL DE CUBA",…,"a.k.a. 'BNC'." ; alt NATIONAL BANK OF CUBA ;
    // add: Zurich CH-8022 / Madrid E-28036 / Tokyo 103 / Panama City
    let e = entity(s, "ofac:306");
    assert_eq!(names(e, NameKind::Alias), ["NATIONAL BANK OF CUBA"]);
    assert_eq!(names(e, NameKind::WeakAlias), ["BNC"]);
    assert_eq!(
        e.names.iter().map(|n| n.kind).collect::<Vec<_>>(),
        [NameKind::Primary, NameKind::Alias, NameKind::WeakAlias]
    );
    let cities: Vec<_> = e
        .addresses
        .iter()
        .map(|a| a.city.as_deref().unwrap())
        .collect();
    assert_eq!(
        cities,
        [
            "Zurich CH-8022",
            "Madrid E-28036",
            "Tokyo 103",
            "Panama City"
        ]
    );
    assert_eq!(e.addresses[0].street.as_deref(), Some("Zweierstrasse 35"));
    assert_eq!(
        e.addresses
            .iter()
            .map(|a| code(&a.country).unwrap())
            .collect::<Vec<_>>(),
        ["CH", "ES", "JP", "PA"]
    );
    assert_eq!(e.remarks.as_deref(), Some("a.k.a. 'BNC'."));
}

#[test]
fn colombian_narcotics_entries() {
    let s = snapshot("sdn-2021-07-07");
    // 4307,"ABRIL CORTEZ, Oliverio","individual","SDNT",…,"DOB 20 Aug 1956; Cedula No. 3002003
    //   (Colombia); Passport AF368431 (Colombia)." ; alt fka CORTEZ, Oliverio Abril / aka ABRIL CORTES, Oliverio
    let e = entity(s, "ofac:4307");
    assert_eq!(names(e, NameKind::FormerName), ["CORTEZ, Oliverio Abril"]);
    assert_eq!(names(e, NameKind::Alias), ["ABRIL CORTES, Oliverio"]);
    assert_eq!(
        e.birth_dates.iter().map(single).collect::<Vec<_>>(),
        [Some(fd("1956-08-20"))]
    );
    let ced = ids(e, IdKind::NationalId);
    assert_eq!(
        (
            ced[0].label.as_str(),
            ced[0].value.as_str(),
            code(&ced[0].country)
        ),
        ("Cedula No.", "3002003", Some("CO"))
    );
    let pass = ids(e, IdKind::Passport);
    assert_eq!(
        (pass[0].value.as_str(), code(&pass[0].country)),
        ("AF368431", Some("CO"))
    );
    assert_eq!(e.addresses.len(), 8);
    assert_eq!(
        e.addresses[0].street.as_deref(),
        Some("c/o INVERSIONES EL PENON S.A.")
    );
    assert_eq!(e.addresses[6].city.as_deref(), Some("Jamundi"));
    assert_eq!(e.programmes, ["SDNT"]);
    // 4359,"CRIADERO DE POLLOS EL ROSAL S.A.",-0- ,"SDNT",…,"NIT # 800146749-7 (Colombia)."
    //   fka INDUSTRIA AVICOLA PALMASECA S.A. ; add "Carretera Central via Aeropuerto Palmaseca",-0- ,"Colombia"
    let e = entity(s, "ofac:4359");
    let nit = ids(e, IdKind::TaxId);
    assert_eq!(
        (
            nit[0].label.as_str(),
            nit[0].value.as_str(),
            code(&nit[0].country)
        ),
        ("NIT #", "800146749-7", Some("CO"))
    );
    assert_eq!(
        names(e, NameKind::FormerName),
        ["INDUSTRIA AVICOLA PALMASECA S.A."]
    );
    assert_eq!(
        (
            e.addresses[0].street.as_deref(),
            e.addresses[0].city.as_deref()
        ),
        (Some("Carretera Central via Aeropuerto Palmaseca"), None)
    );
    // 8244,"AERO CONTINENTE S.A",-0- ,"SDNTK",…,"NIT # 8300720300 (Colombia); US FEIN 55-2197267;
    //   RUC # 20108363101 (Peru); Business Registration Document # F01000003035 (United States)."
    //   alt: 4 aka, 3 nka ; 47 address rows
    let e = entity(s, "ofac:8244");
    let tax: Vec<_> = ids(e, IdKind::TaxId)
        .iter()
        .map(|i| (i.label.as_str(), i.value.as_str(), code(&i.country)))
        .collect();
    assert_eq!(
        tax,
        [
            ("NIT #", "8300720300", Some("CO")),
            ("US FEIN", "55-2197267", None),
            ("RUC #", "20108363101", Some("PE"))
        ]
    );
    let reg = ids(e, IdKind::Registration);
    assert_eq!(
        (reg[0].value.as_str(), code(&reg[0].country)),
        ("F01000003035", Some("US"))
    );
    let nka: Vec<_> = e
        .names
        .iter()
        .filter(|n| n.note.as_deref() == Some("n.k.a."))
        .map(|n| (n.kind, n.full.as_str()))
        .collect();
    assert_eq!(
        nka,
        [
            (NameKind::Alias, "NUEVO CONTINENTE S.A."),
            (NameKind::Alias, "NUEVOCONTINENTE S.A."),
            (NameKind::Alias, "WWW.NUEVOCONTINENTE.COM.PE")
        ]
    );
    assert_eq!(names(e, NameKind::Alias).len(), 7);
    assert_eq!(e.addresses.len(), 47);
    assert_eq!(
        e.addresses.last().unwrap().city.as_deref(),
        Some("Miami, FL 33172")
    );
}

#[test]
fn dates_of_birth_ranges_and_approximations() {
    let s = snapshot("sdn-2021-07-07");
    // 7782,"SAHINPASIC, Senad",…,"DOB circa 1951; POB Foca, Bosnia-Herzegovina."
    let e = entity(s, "ofac:7782");
    let d = &e.birth_dates[0];
    assert_eq!(
        (d.from, d.to, d.approximate, d.raw.as_str()),
        (Some(fd("1951")), Some(fd("1951")), true, "circa 1951")
    );
    assert_eq!(e.birth_places[0].raw, "Foca, Bosnia-Herzegovina");
    assert_eq!(e.birth_places[0].city.as_deref(), Some("Foca"));
    assert!(e.addresses.is_empty(), "its only add.csv row is all -0-");
    // 12057,"NAQDI, Mohammad Reza","individual","SDGT] [NPWMD] [IRGC] [IFSR] [IRAN-HR] [IRAN-EO13876",
    //   "Brigadier General and Commander of the IRGC Basij Resistance Force; President …",
    //   "DOB 1951 to 1953; alt. DOB 1960 to 1962; alt. DOB Apr 1961; alt. DOB 1953; POB Najaf, Iraq;
    //    alt. POB Tehran, Iran; nationality Iran; Additional Sanctions Information - Subject to
    //    Secondary Sanctions; Gender Male; …"
    let e = entity(s, "ofac:12057");
    let d: Vec<_> = e
        .birth_dates
        .iter()
        .map(|d| (d.from, d.to, d.approximate))
        .collect();
    assert_eq!(
        d,
        [
            (Some(fd("1951")), Some(fd("1953")), false),
            (Some(fd("1960")), Some(fd("1962")), false),
            (Some(fd("1961-04")), Some(fd("1961-04")), false),
            (Some(fd("1953")), Some(fd("1953")), false)
        ]
    );
    let pobs: Vec<_> = e
        .birth_places
        .iter()
        .map(|p| (p.city.as_deref(), code(&p.country)))
        .collect();
    assert_eq!(
        pobs,
        [(Some("Najaf"), Some("IQ")), (Some("Tehran"), Some("IR"))]
    );
    assert_eq!(codes(&e.nationalities), ["IR"]);
    assert_eq!(e.gender.as_deref(), Some("Male"));
    assert_eq!(
        id_by_label(e, "Additional Sanctions Information -"),
        ["Subject to Secondary Sanctions"]
    );
    assert_eq!(
        e.programmes,
        ["SDGT", "NPWMD", "IRGC", "IFSR", "IRAN-HR", "IRAN-EO13876"]
    );
    assert!(e.titles[0].starts_with(
        "Brigadier General and Commander of the IRGC Basij Resistance Force; President"
    ));

    let s = snapshot("sdn-2023-12-28");
    // 11748,"MAHAMOUD, Bashir Mohamed",…,"nationality Somalia; DOB circa 1979-1982; alt. DOB 1982;
    //   a.k.a. 'MUSCAB, Abu'; a.k.a. 'QORGAB'." ; alt: 7 aka ; add -0- ,"Mogadishu","Somalia"
    let e = entity(s, "ofac:11748");
    let d = &e.birth_dates[0];
    assert_eq!(
        (d.from, d.to, d.approximate),
        (Some(fd("1979")), Some(fd("1982")), true)
    );
    assert_eq!(single(&e.birth_dates[1]), Some(fd("1982")));
    assert_eq!(codes(&e.nationalities), ["SO"]);
    assert_eq!(names(e, NameKind::WeakAlias), ["MUSCAB, Abu", "QORGAB"]);
    assert_eq!(names(e, NameKind::Alias).len(), 7);
    assert_eq!(e.addresses[0].city.as_deref(), Some("Mogadishu"));
    // 15962,"NIKOUSOKHAN, Mahmoud","individual","IRAN","Finance Director, National Iranian Oil
    //   Company; …","DOB 01 Jan 1961 to 31 Dec 1962; nationality Iran; … Passport U14624657 (Iran); …"
    let e = entity(s, "ofac:15962");
    let d = &e.birth_dates[0];
    assert_eq!(
        (d.from, d.to, d.approximate),
        (Some(fd("1961-01-01")), Some(fd("1962-12-31")), false)
    );
    let p = ids(e, IdKind::Passport);
    assert_eq!(
        (p[0].value.as_str(), code(&p[0].country)),
        ("U14624657", Some("IR"))
    );
    assert!(e.titles[0].starts_with("Finance Director, National Iranian Oil Company"));
    assert!(e.addresses.is_empty());
}

#[test]
fn passports_with_issue_and_expiry() {
    let s = snapshot("sdn-2021-07-07");
    // 6944,"AL-SHARIF, Sa'd Abdullah Hussein",…,"DOB 1969; alt. DOB 1963; alt. DOB 11 Feb 1964;
    //   POB Al-Medinah, Saudi Arabia; nationality Saudi Arabia; Passport B 960789; alt. Passport
    //   G 649385 issued 08 Sep 2006 expires 17 Jul 2011."
    let e = entity(s, "ofac:6944");
    assert_eq!(
        e.birth_dates.iter().map(single).collect::<Vec<_>>(),
        [Some(fd("1969")), Some(fd("1963")), Some(fd("1964-02-11"))]
    );
    assert_eq!(
        (
            e.birth_places[0].city.as_deref(),
            code(&e.birth_places[0].country)
        ),
        (Some("Al-Medinah"), Some("SA"))
    );
    assert_eq!(codes(&e.nationalities), ["SA"]);
    let p = ids(e, IdKind::Passport);
    assert_eq!(
        (p[0].value.as_str(), p[0].country.is_none(), p[0].issued),
        ("B 960789", true, None)
    );
    assert_eq!(
        (p[1].value.as_str(), p[1].issued, p[1].expires),
        ("G 649385", Some(fd("2006-09-08")), Some(fd("2011-07-17")))
    );
    // 12610,"QADHAFI, Ayesha","individual","LIBYA2",…,"DOB 1977; alt. DOB 1976; alt. DOB 01 Jan 1978;
    //   POB Tripoli, Libya; Gender Female; Passport 215215 (Libya); alt. Passport 428720 (Libya);
    //   alt. Passport B/011641; alt. Passport 03824970 (Oman) issued 04 May 2014 expires 03 May 2024;
    //   National ID No. 98606612."
    let e = entity(s, "ofac:12610");
    assert_eq!(e.gender.as_deref(), Some("Female"));
    let p: Vec<_> = ids(e, IdKind::Passport)
        .iter()
        .map(|i| (i.value.as_str(), code(&i.country), i.issued, i.expires))
        .collect();
    assert_eq!(
        p,
        [
            ("215215", Some("LY"), None, None),
            ("428720", Some("LY"), None, None),
            ("B/011641", None, None, None),
            (
                "03824970",
                Some("OM"),
                Some(fd("2014-05-04")),
                Some(fd("2024-05-03"))
            )
        ]
    );
    assert_eq!(ids(e, IdKind::NationalId)[0].value, "98606612");
    assert_eq!(e.birth_dates.len(), 3);
}

#[test]
fn vessels_from_columns_and_remarks() {
    let s = snapshot("sdn-2021-07-07");
    // 4234,"HERMANN","vessel","CUBA",-0- ,"CL2685","General Cargo","2597","1098","Cuba","Compania Navegacion Golfo S.A.",-0-
    let e = entity(s, "ofac:4234");
    assert_eq!(e.entity_type, EntityType::Vessel);
    let v = e.vessel.as_ref().unwrap();
    assert_eq!(v.call_sign.as_deref(), Some("CL2685"));
    assert_eq!(v.vessel_type.as_deref(), Some("General Cargo"));
    assert_eq!(
        (v.tonnage.as_deref(), v.gross_registered_tonnage.as_deref()),
        (Some("2597"), Some("1098"))
    );
    assert_eq!(code(&v.flag), Some("CU"));
    assert_eq!(v.owner.as_deref(), Some("Compania Navegacion Golfo S.A."));
    assert_eq!(ids(e, IdKind::CallSign)[0].value, "CL2685");
    // 4238,"MAR AZUL","vessel","CUBA",-0- ,"CL2192","Tug",-0- ,"212","Cuba","Samir de Navegacion S.A.",-0-
    let v = entity(s, "ofac:4238").vessel.as_ref().unwrap();
    assert_eq!(
        (
            v.tonnage.as_deref(),
            v.gross_registered_tonnage.as_deref(),
            v.vessel_type.as_deref()
        ),
        (None, Some("212"), Some("Tug"))
    );

    // 15036,"ARTAVIL","vessel","IRAN",-0- ,"T2EU4","Crude/Oil Products Tanker","99,144","56,068","Iran",-0- ,
    //   "Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu; alt. Former Vessel Flag None
    //    Identified; alt. Former Vessel Flag Tanzania; Additional Sanctions Information - Subject
    //    to Secondary Sanctions; Vessel Registration Identification IMO 9187629; MMSI 572469210;
    //    f.k.a. 'ALPHA'; Linked To: NATIONAL IRANIAN TANKER COMPANY."
    // alt: fka ABADAN, fka SHONA ; add: all -0-
    let e = entity(snapshot("sdn-2023-12-28"), "ofac:15036");
    let v = e.vessel.as_ref().unwrap();
    assert_eq!(
        (
            v.tonnage.as_deref(),
            v.gross_registered_tonnage.as_deref(),
            v.owner.as_deref()
        ),
        (Some("99,144"), Some("56,068"), None)
    );
    assert_eq!(code(&v.flag), Some("IR"));
    assert_eq!(ids(e, IdKind::Imo)[0].value, "9187629");
    assert_eq!(
        ids(e, IdKind::Imo)[0].label,
        "Vessel Registration Identification"
    );
    assert_eq!(ids(e, IdKind::Mmsi)[0].value, "572469210");
    assert_eq!(
        id_by_label(e, "Former Vessel Flag"),
        ["Malta", "Tuvalu", "None Identified", "Tanzania"]
    );
    assert_eq!(
        id_by_label(e, "Linked To:"),
        ["NATIONAL IRANIAN TANKER COMPANY"]
    );
    assert_eq!(names(e, NameKind::FormerName), ["ABADAN", "SHONA"]);
    let weak: Vec<_> = e
        .names
        .iter()
        .filter(|n| n.kind == NameKind::WeakAlias)
        .map(|n| (n.full.as_str(), n.note.as_deref()))
        .collect();
    assert_eq!(weak, [("ALPHA", Some("f.k.a."))]);
    assert!(e.addresses.is_empty());
}

#[test]
fn aircraft_from_remarks() {
    // 15431,"EP-GOM","aircraft","SDGT",…,"Aircraft Construction Number (also called L/N or S/N or F/N)
    //   8401; Aircraft Manufacture Date 1992; Aircraft Model IL76-TD; Aircraft Operator YAS AIR;
    //   Aircraft Manufacturer's Serial Number (MSN) 1023409321; Linked To: POUYA AIR."
    let e = entity(snapshot("sdn-2021-07-07"), "ofac:15431");
    assert_eq!(
        (e.entity_type, e.primary_name()),
        (EntityType::Aircraft, "EP-GOM")
    );
    let a = e.aircraft.as_ref().unwrap();
    assert_eq!(
        (
            a.model.as_deref(),
            a.operator.as_deref(),
            a.manufactured.as_deref()
        ),
        (Some("IL76-TD"), Some("YAS AIR"), Some("1992"))
    );
    assert_eq!(ids(e, IdKind::AircraftSerial)[0].value, "1023409321");
    assert_eq!(
        id_by_label(
            e,
            "Aircraft Construction Number (also called L/N or S/N or F/N)"
        ),
        ["8401"]
    );
    assert_eq!(id_by_label(e, "Linked To:"), ["POUYA AIR"]);
    assert!(e.vessel.is_none());
    // 18150,"MSN 391","aircraft","SDGT] [NPWMD] [IFSR",…,"Aircraft Manufacture Date 2002; Aircraft
    //   Model Airbus A340-642; Aircraft Manufacturer's Serial Number (MSN) 391; Aircraft Tail
    //   Number EP-MMH; Additional Sanctions Information - Subject to Secondary Sanctions; Linked To: MAHAN AIR."
    let e = entity(snapshot("sdn-2023-12-28"), "ofac:18150");
    let a = e.aircraft.as_ref().unwrap();
    assert_eq!(
        (
            a.model.as_deref(),
            a.operator.as_deref(),
            a.manufactured.as_deref()
        ),
        (Some("Airbus A340-642"), None, Some("2002"))
    );
    assert_eq!(ids(e, IdKind::AircraftTail)[0].value, "EP-MMH");
    assert_eq!(ids(e, IdKind::AircraftSerial)[0].value, "391");
    assert_eq!(e.programmes, ["SDGT", "NPWMD", "IFSR"]);
    assert_eq!(id_by_label(e, "Linked To:"), ["MAHAN AIR"]);
}

#[test]
fn cyber_actors_crypto_and_joined_remarks() {
    let s = snapshot("sdn-2021-07-07");
    // 29584,"POTEKHIN, Danil",…,"DOB 14 Sep 1995; alt. DOB 14 Sep 1990; alt. DOB 08 Aug 1990; Email
    //   Address potekhinl4@bk.ru; Gender Male; Digital Currency Address - XBT 1Q9UAQbcDezmyouFrzt94t4dSMxgsUfW1X;
    //   alt. Digital Currency Address - XBT 1Kys8fqDen8NGFUJ6AFcXfFW5qquuTH4eh; Digital Currency
    //   Address - ETH 0x7F367cC41522cE07553e823bf3be79A889DEbe1B; a.k.a. 'cronuswar'; a.k.a. 'SERGEY, Kireev Valerievich'."
    let e = entity(s, "ofac:29584");
    assert_eq!(e.birth_dates.len(), 3);
    assert_eq!(id_by_label(e, "Email Address"), ["potekhinl4@bk.ru"]);
    let w: Vec<_> = ids(e, IdKind::CryptoWallet)
        .iter()
        .map(|i| (i.label.as_str(), i.value.as_str()))
        .collect();
    assert_eq!(
        w,
        [
            (
                "Digital Currency Address - XBT",
                "1Q9UAQbcDezmyouFrzt94t4dSMxgsUfW1X"
            ),
            (
                "Digital Currency Address - XBT",
                "1Kys8fqDen8NGFUJ6AFcXfFW5qquuTH4eh"
            ),
            (
                "Digital Currency Address - ETH",
                "0x7F367cC41522cE07553e823bf3be79A889DEbe1B"
            )
        ]
    );
    assert_eq!(
        names(e, NameKind::WeakAlias),
        ["cronuswar", "SERGEY, Kireev Valerievich"]
    );
    let sergey = e
        .names
        .iter()
        .find(|n| n.full.starts_with("SERGEY"))
        .unwrap();
    assert_eq!(
        sergey
            .parts
            .iter()
            .map(|p| p.value.as_str())
            .collect::<Vec<_>>(),
        ["SERGEY", "Kireev Valerievich"]
    );
    // 28263,"TIAN, Yinyin",…,"…; Identification Number 321284198607120616 (China); a.k.a. 'tianyinyin0404'; a.k.a. 'snowsjo"
    // sdn_comments: 28263,"hn'; Linked To: LAZARUS GROUP."
    let e = entity(s, "ofac:28263");
    assert_eq!(
        names(e, NameKind::WeakAlias),
        ["tianyinyin0404", "snowsjohn"]
    );
    assert!(
        e.names.iter().all(|n| n.note.is_none()),
        "the cut alias is completed by the comments file"
    );
    assert_eq!(id_by_label(e, "Linked To:"), ["LAZARUS GROUP"]);
    assert_eq!(ids(e, IdKind::CryptoWallet).len(), 8);
    let nid = ids(e, IdKind::NationalId);
    assert_eq!(
        (nid[0].value.as_str(), code(&nid[0].country)),
        ("321284198607120616", Some("CN"))
    );
    assert!(e
        .remarks
        .as_deref()
        .unwrap()
        .ends_with("a.k.a. 'snowsjohn'; Linked To: LAZARUS GROUP."));
    // 28264,"LI, Jiadong": the comments continuation carries two weak aliases and a Chinese ID.
    let e = entity(s, "ofac:28264");
    assert_eq!(names(e, NameKind::WeakAlias), ["blackjack1987", "khaleesi"]);
    assert_eq!(ids(e, IdKind::NationalId)[0].value, "210302198701102136");
    assert_eq!(
        id_by_label(e, "Phone Number"),
        ["8613314257947", "8618004121000"]
    );
    // 30518,"SECONDEYE SOLUTION": the cut falls inside a bitcoin address ("…XBT 1Gq" +
    // "ChmWqGtsaLrGbHfgdrV5Nkvahtjjuxr; …"), which must come out whole.
    let e = entity(s, "ofac:30518");
    assert!(ids(e, IdKind::CryptoWallet)
        .iter()
        .any(|i| i.value == "1GqChmWqGtsaLrGbHfgdrV5Nkvahtjjuxr"));
    assert_eq!(
        id_by_label(e, "Linked To:"),
        ["INTERNET RESEARCH AGENCY LLC"]
    );
    assert_eq!(e.programmes, ["CYBER2", "ELECTION-EO13848"]);
    // 12300,"CIFUENTES VILLA, Jorge Milton": "… Linked To: PROMO RAI" + "Z S.A.S.; …"
    let e = entity(s, "ofac:12300");
    let linked = id_by_label(e, "Linked To:");
    assert!(linked.contains(&"PROMO RAIZ S.A.S."), "{linked:?}");
    assert_eq!(linked.last(), Some(&"R D I S.A."));
    assert_eq!(
        e.birth_dates.iter().map(single).collect::<Vec<_>>(),
        [
            Some(fd("1965-05-13")),
            Some(fd("1968-04-13")),
            Some(fd("1964-07-07"))
        ]
    );
    assert_eq!(ids(e, IdKind::NationalId)[0].value, "7548733");
}

#[test]
fn weak_aliases_with_odd_quoting_and_cuts() {
    let s = snapshot("sdn-2023-12-28");
    // 11177,"SHAHLAI, Abdul Reza",…,"DOB circa 1957; …; a.k.a. 'YUSEF, Hajj'; a.k.a. 'YUSIF, Haji';
    //   a.k.a. 'YASIR, Hajji'; a.k.a. 'YUSIF, Hajji'; a.k.a. 'ABU-AL-KARKH', 'Yusuf'."
    // alt: 6 aka (SHAHLAI, Abdol Reza … SHAHLAEE, Abdul-Reza) ; add: Kermanshah / Mehran Military Base
    let e = entity(s, "ofac:11177");
    assert_eq!(
        names(e, NameKind::WeakAlias),
        [
            "YUSEF, Hajj",
            "YUSIF, Haji",
            "YASIR, Hajji",
            "YUSIF, Hajji",
            "ABU-AL-KARKH, Yusuf"
        ]
    );
    assert_eq!(names(e, NameKind::Alias)[1], "SHALA'I, Abdul Reza");
    assert_eq!(names(e, NameKind::Alias).len(), 6);
    assert_eq!(
        (e.birth_dates[0].from, e.birth_dates[0].approximate),
        (Some(fd("1957")), true)
    );
    assert_eq!(e.addresses.len(), 2);
    assert_eq!(
        e.addresses[1].street.as_deref(),
        Some("Mehran Military Base")
    );
    // 7940,"ABU DHESS, Mohamed",…,"DOB 01 Feb 1966; POB Hashmija, Iraq; nationality possibly
    //   Palestinian;arrested 23 Apr 2002; a.k.a. 'ABU ALI'." ; alt aka HASSAN, Yaser ; add Essen 45143, Germany
    let e = entity(s, "ofac:7940");
    assert_eq!(e.nationalities.len(), 1);
    assert_eq!(
        (
            e.nationalities[0].raw.as_str(),
            e.nationalities[0].code.as_deref()
        ),
        ("possibly Palestinian", None)
    );
    assert_eq!(names(e, NameKind::WeakAlias), ["ABU ALI"]);
    assert_eq!(names(e, NameKind::Alias), ["HASSAN, Yaser"]);
    assert_eq!(
        (
            e.birth_places[0].city.as_deref(),
            code(&e.birth_places[0].country)
        ),
        (Some("Hashmija"), Some("IQ"))
    );
    assert_eq!(code(&e.addresses[0].country), Some("DE"));
    // 27307,"LAZARUS GROUP": remarks cut at 1000 characters inside "a.k.a. 'WHOIS HACKIN", and
    // there is no comments file for this date: the alias is kept and marked.
    let e = entity(s, "ofac:27307");
    assert_eq!(e.remarks.as_ref().unwrap().chars().count(), 1000);
    let cut = e.names.iter().find(|n| n.full == "WHOIS HACKIN").unwrap();
    assert_eq!(cut.kind, NameKind::WeakAlias);
    assert!(cut.note.as_deref().unwrap().contains("cut off"));
    assert!(names(e, NameKind::WeakAlias).contains(&"GUARDIANS OF PEACE"));
}

#[test]
fn banks_websites_and_registry_numbers() {
    // 906,"HAVIN BANK LIMITED",-0- ,"CUBA",…,"SWIFT/BIC HAVIGB2L; Website www.havanaintbank.co.uk;
    //   alt. Website www.hib.uk.com; Company Number 01074897 (United Kingdom)."
    // alt: aka "HAVANA INTERNATIONAL BANK, LTD" ; add: London E14 9SH / Havana 10400
    let e = entity(snapshot("sdn-2023-12-28"), "ofac:906");
    assert_eq!(ids(e, IdKind::Bic)[0].value, "HAVIGB2L");
    assert_eq!(
        id_by_label(e, "Website"),
        ["www.havanaintbank.co.uk", "www.hib.uk.com"]
    );
    let reg = ids(e, IdKind::Registration);
    assert_eq!(
        (
            reg[0].label.as_str(),
            reg[0].value.as_str(),
            code(&reg[0].country)
        ),
        ("Company Number", "01074897", Some("GB"))
    );
    assert_eq!(
        names(e, NameKind::Alias),
        ["HAVANA INTERNATIONAL BANK, LTD"]
    );
    assert!(
        e.names[1].parts.is_empty(),
        "organisation names are not split at the comma"
    );
    assert_eq!(
        e.addresses
            .iter()
            .map(|a| a.city.as_deref().unwrap())
            .collect::<Vec<_>>(),
        ["London E14 9SH", "Havana 10400"]
    );
    // 47644,"LIMITED LIABILITY COMPANY VERTIKAL ALABUGA",-0- ,"RUSSIA-EO14024",…,"Secondary sanctions
    //   risk: this person is designated … as amended by Executive Order 14114.; Tax ID No. 1646034493
    //   (Russia); Registration Number 1131674000963 (Russia)."
    let e = entity(snapshot("sdn-2024-05-03"), "ofac:47644");
    assert_eq!(
        (
            ids(e, IdKind::TaxId)[0].value.as_str(),
            code(&ids(e, IdKind::TaxId)[0].country)
        ),
        ("1646034493", Some("RU"))
    );
    assert_eq!(ids(e, IdKind::Registration)[0].value, "1131674000963");
    assert!(id_by_label(e, "Secondary sanctions risk:")[0].ends_with("Executive Order 14114."));
    assert_eq!(e.programmes, ["RUSSIA-EO14024"]);
}

#[test]
fn consolidated_non_sdn_entries() {
    let s = snapshot("cons_prim-2025-12-19");
    // 9639,"HANIYA, Ismail Abdul Salah","individual","NS-PLC",…,"DOB 1962; POB Shati."
    let e = entity(s, "ofac:9639");
    assert_eq!(e.entity_type, EntityType::Person);
    assert_eq!(e.names[0].parts[1].value, "Ismail Abdul Salah");
    assert_eq!(
        e.birth_dates.iter().map(single).collect::<Vec<_>>(),
        [Some(fd("1962"))]
    );
    assert_eq!(
        (
            e.birth_places[0].raw.as_str(),
            e.birth_places[0].country.is_none()
        ),
        ("Shati", true)
    );
    assert_eq!(e.programmes, ["NS-PLC"]);
    // 9640,"ABU TEIR, Mohammed","individual","NS-PLC",…,"DOB 1951; POB Umm Tuba."
    let e = entity(s, "ofac:9640");
    assert_eq!(
        (single(&e.birth_dates[0]), e.birth_places[0].raw.as_str()),
        (Some(fd("1951")), "Umm Tuba")
    );
    // 17014,"JOINT STOCK COMPANY RUSSIAN AGRICULTURAL BANK",-0- ,"UKRAINE-EO13662] [RUSSIA-EO14024",…,
    //   "SWIFT/BIC RUAGRUMM; Website http://www.rshb.ru; … Listing Date (EO 14024 Directive 3): 24 Feb 2022;
    //    Effective Date (EO 14024 Directive 3): 26 Mar 2022; Government Gazette Number 52750822 (Russia); Registration Numbe"
    // cons_comments: 17014,"r 1027700342890 (Russia); For more information …; a.k.a. 'RUSAG'."
    // cons_alt: 4 aka ; cons_add: "3, Gagarinsky Pereulok","Moscow 119034" / "3 Gagarinsky per.","Moscow 119034"
    let e = entity(s, "ofac:17014");
    assert_eq!(ids(e, IdKind::Bic)[0].value, "RUAGRUMM");
    assert_eq!(id_by_label(e, "Website"), ["http://www.rshb.ru"]);
    assert_eq!(
        id_by_label(e, "Listing Date (EO 14024 Directive 3):"),
        ["24 Feb 2022"]
    );
    assert_eq!(
        id_by_label(e, "Effective Date (EO 14024 Directive 3):"),
        ["26 Mar 2022"]
    );
    let reg: Vec<_> = ids(e, IdKind::Registration)
        .iter()
        .map(|i| (i.label.as_str(), i.value.as_str(), code(&i.country)))
        .collect();
    assert_eq!(
        reg,
        [
            ("Government Gazette Number", "52750822", Some("RU")),
            ("Registration Number", "1027700342890", Some("RU"))
        ]
    );
    assert_eq!(names(e, NameKind::WeakAlias), ["RUSAG"]);
    assert_eq!(
        names(e, NameKind::Alias),
        [
            "RUSSIAN AGRICULTURAL BANK",
            "RUSSIAN AGRICULTURAL BANK OPEN JOINT STOCK COMPANY",
            "ROSSELKHOZBANK",
            "RUSSIAN AGRICULTURAL BANK OJSC"
        ]
    );
    assert_eq!(e.addresses.len(), 2);
    assert_eq!(
        (
            e.addresses[0].street.as_deref(),
            e.addresses[0].city.as_deref()
        ),
        (Some("3, Gagarinsky Pereulok"), Some("Moscow 119034"))
    );
    assert_eq!(e.programmes, ["UKRAINE-EO13662", "RUSSIA-EO14024"]);
    // 30930,"CHINA COMMUNICATIONS CONSTRUCTION COMPANY LIMITED",-0- ,"CMIC-EO13959",…, 20 ISINs,
    //   "… Unified Social Credit Code (USCC) 91110000710934369E " + comments "(China); a.k.a. 'CCCC'."
    let e = entity(s, "ofac:30930");
    let uscc = ids(e, IdKind::Registration);
    assert_eq!(
        (
            uscc[0].label.as_str(),
            uscc[0].value.as_str(),
            code(&uscc[0].country)
        ),
        (
            "Unified Social Credit Code (USCC)",
            "91110000710934369E",
            Some("CN")
        )
    );
    assert_eq!(names(e, NameKind::WeakAlias), ["CCCC"]);
    assert_eq!(id_by_label(e, "ISIN").len(), 20);
    assert_eq!(
        id_by_label(e, "Equity Ticker"),
        ["601800 CN", "01800 HK", "CYY DE"]
    );
    assert_eq!(id_by_label(e, "Target Type"), ["Public Company"]);
    assert_eq!(names(e, NameKind::Alias).len(), 3);
    assert_eq!(e.addresses[0].city.as_deref(), Some("Beijing 100088"));
}

// ---------------------------------------------------------------------------------------
// Bad input: each names the file and the position/field.
// ---------------------------------------------------------------------------------------

fn read_err(path: &Path) -> ListError {
    match read_path(path) {
        Ok(s) => panic!(
            "{} parsed into {} entities",
            path.display(),
            s.entities.len()
        ),
        Err(e) => {
            assert!(
                e.file
                    .ends_with(path.file_name().unwrap().to_str().unwrap()),
                "{e}"
            );
            e
        }
    }
}

#[test]
fn bad_wrong_column_count() {
    let e = read_err(&bad("ofac-csv-wrong-columns.csv"));
    // Line 1 is 81 bytes with its CRLF, so line 2 starts at byte 81 (0-based).
    assert_eq!(e.position, Some(Position::LineByte(2, 81)), "{e}");
    assert!(
        e.message.contains("11 fields") && e.message.contains("exactly 12"),
        "{e}"
    );
}

#[test]
fn bad_ent_num() {
    let e = read_err(&bad("ofac-csv-bad-ent-num.csv"));
    assert!(matches!(e.position, Some(Position::LineByte(2, _))), "{e}");
    assert_eq!(e.field.as_deref(), Some("ent_num"));
    assert!(e.message.contains("\"17A3\""), "{e}");
}

#[test]
fn bad_duplicate_ent_num() {
    let e = read_err(&bad("ofac-csv-duplicate-ent-num.csv"));
    assert!(matches!(e.position, Some(Position::LineByte(3, _))), "{e}");
    assert_eq!(e.field.as_deref(), Some("ent_num"));
    assert!(
        e.message.contains("duplicate ent_num 36") && e.message.contains("line 1"),
        "{e}"
    );
}

#[test]
fn bad_truncated_quoted_field() {
    let e = read_err(&bad("ofac-csv-truncated.csv"));
    assert!(matches!(e.position, Some(Position::LineByte(2, _))), "{e}");
    assert_eq!(e.field.as_deref(), Some("Remarks"));
    assert!(e.message.contains("not closed"), "{e}");
}

#[test]
fn bad_unknown_sdn_type() {
    let e = read_err(&bad("ofac-csv-unknown-type.csv"));
    assert!(matches!(e.position, Some(Position::LineByte(2, _))), "{e}");
    assert_eq!(e.field.as_deref(), Some("SDN_Type"));
    assert!(e.message.contains("\"company\""), "{e}");
}

#[test]
fn bad_record_without_name() {
    let e = read_err(&bad("ofac-csv-no-name.csv"));
    assert!(matches!(e.position, Some(Position::LineByte(2, _))), "{e}");
    assert_eq!(e.field.as_deref(), Some("SDN_Name"));
}

#[test]
fn bad_stray_quote() {
    let e = read_err(&bad("ofac-csv-stray-quote.csv"));
    assert!(matches!(e.position, Some(Position::LineByte(2, _))), "{e}");
    assert_eq!(e.field.as_deref(), Some("SDN_Name"));
    assert!(e.message.contains("after a closing quote"), "{e}");
}

#[test]
fn bad_data_after_end_of_file_marker() {
    let e = read_err(&bad("ofac-csv-data-after-eof-marker.csv"));
    assert_eq!(e.position, Some(Position::LineByte(2, 81)), "{e}");
    assert!(e.message.contains("Ctrl-Z"), "{e}");
}

#[test]
fn bad_empty_files() {
    let e = read_err(&bad("ofac-csv-empty.csv"));
    assert!(e.message.contains("empty"), "{e}");
    // Parsed directly (format already known), an empty file or a lone end marker is refused too.
    for name in ["ofac-csv-empty.csv", "ofac-csv-only-eof-marker.csv"] {
        let file = nomina_lists::InputFile::read(&bad(name)).unwrap();
        let e = nomina_lists::ofac_csv::parse(&file, &Default::default()).unwrap_err();
        assert!(e.file.ends_with(name) && e.message.contains("empty"), "{e}");
    }
}

#[test]
fn bad_utf16() {
    // Not recognised as any list by content …
    let e = read_err(&bad("ofac-csv-utf16.csv"));
    assert!(e.message.contains("unrecognised"), "{e}");
    // … and refused with the position when forced through the OFAC reader.
    let file = nomina_lists::InputFile::read(&bad("ofac-csv-utf16.csv")).unwrap();
    let e = nomina_lists::ofac_csv::parse(&file, &Default::default()).unwrap_err();
    assert_eq!(e.position, Some(Position::Byte(0)), "{e}");
    assert!(e.message.contains("UTF-16"), "{e}");
}

#[test]
fn bad_huge_field() {
    let mut bytes = b"36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n173,\"".to_vec();
    bytes.resize(
        bytes.len() + nomina_lists::ofac_csv::MAX_FIELD_BYTES + 1,
        b'A',
    );
    bytes.extend_from_slice(b"\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
    let e = nomina_lists::parse_bytes("huge/sdn.csv", bytes).unwrap_err();
    assert_eq!(e.file, "huge/sdn.csv");
    // The field starts after `173,` on line 2 (which starts at byte 81).
    assert_eq!(e.position, Some(Position::LineByte(2, 85)), "{e}");
    assert_eq!(e.field.as_deref(), Some("SDN_Name"));
    assert!(e.message.contains("longer than"), "{e}");
}

#[test]
fn bad_companion_given_alone() {
    let e = read_err(&bad("ofac-csv-companion-alone.csv"));
    assert!(e.message.contains("`alt` companion"), "{e}");
}

#[test]
fn bad_row_in_a_companion_fails_the_whole_set() {
    let e = read_err_in(&bad("ofac-csv-set-bad-alt/sdn.csv"), "alt.csv");
    assert!(matches!(e.position, Some(Position::LineByte(2, _))), "{e}");
    assert_eq!(e.field.as_deref(), Some("alt_num"));
    assert!(e.message.contains("\"2X0\""), "{e}");
    let e = read_err_in(&bad("ofac-csv-set-bad-alt-type/sdn.csv"), "alt.csv");
    assert_eq!(e.field.as_deref(), Some("alt_type"));
    assert!(e.message.contains("\"xka\""), "{e}");
}

fn read_err_in(path: &Path, companion: &str) -> ListError {
    let e = read_path(path).unwrap_err();
    assert!(e.file.ends_with(companion), "{e}");
    e
}

#[test]
fn companion_rows_for_unknown_entries_are_warnings() {
    let s = read_path(&bad("ofac-csv-set-orphans/sdn.csv")).unwrap();
    assert_eq!(s.entities.len(), 2);
    assert_eq!(
        s.version.files,
        ["sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv"]
    );
    assert_eq!(
        s.version.published, None,
        "no date in the name, none in the data"
    );
    assert_eq!(s.warnings.len(), 3, "{:?}", s.warnings);
    assert!(
        s.warnings[0].starts_with("alt.csv: 1 rows") && s.warnings[0].contains("999"),
        "{}",
        s.warnings[0]
    );
    assert!(s.warnings[1].starts_with("add.csv: 1 rows") && s.warnings[1].contains("998"));
    assert!(s.warnings[2].starts_with("sdn_comments.csv: 1 rows") && s.warnings[2].contains("997"));
    assert_eq!(
        names(&s.entities[1], NameKind::Alias),
        ["NATIONAL BANK OF CUBA"]
    );
    assert!(s.entities[1].addresses.is_empty());
    assert!(s
        .entities
        .iter()
        .all(|e| e.names.iter().all(|n| n.full != "GHOST")));
}
