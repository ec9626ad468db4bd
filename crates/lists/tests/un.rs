//! UN Consolidated List reader against every real UN file in `data/lists/un/`, with
//! expectations transcribed by hand from the raw XML, and against broken files in
//! `tests/bad/un-*`.

use nomina_lists::{un, InputFile, ListError, ListSnapshot, Position};
use nomina_model::{Entity, EntityType, FuzzyDate, IdKind, NameKind};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const FILES: [&str; 6] = [
    "consolidated-2018-08-24",
    "consolidated-2018-10-29",
    "consolidated-2020-03-20",
    "consolidated-2024-09-21",
    "consolidated-2024-09-26",
    "consolidated-2026-02-27",
];

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../data/lists/un/{name}.xml.gz"))
}

/// Each file parsed once for all tests.
fn snap(name: &str) -> &'static ListSnapshot {
    static SNAPS: OnceLock<Vec<ListSnapshot>> = OnceLock::new();
    let all = SNAPS.get_or_init(|| {
        FILES
            .iter()
            .map(|f| nomina_lists::read_path(&data(f)).unwrap_or_else(|e| panic!("{f}: {e}")))
            .collect()
    });
    let i = FILES.iter().position(|f| *f == name).expect("known file");
    &all[i]
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

#[test]
fn counts_per_file_match_the_readme() {
    let expected = [
        (701, 397),
        (703, 390),
        (709, 305),
        (682, 193),
        (682, 193),
        (730, 273),
    ];
    let published = [
        "2018-08-24",
        "2018-10-29",
        "2020-03-20",
        "2024-09-21",
        "2024-09-26",
        "2026-02-27",
    ];
    for ((f, (persons, orgs)), day) in FILES.iter().zip(expected).zip(published) {
        let s = snap(f);
        let c = s.counts();
        assert_eq!(
            (c[0].1, c[1].1, c[2].1, c[3].1),
            (persons, orgs, 0, 0),
            "{f}"
        );
        assert_eq!(s.version.published, Some(date(day)), "{f}");
        assert_eq!(s.version.format, "un-xml");
        assert_eq!(s.version.files, [format!("{f}.xml.gz")]);
        assert_eq!(s.version.sha256.len(), 64);
        // Every record has a name, a programme and a listing date.
        for e in &s.entities {
            assert!(!e.primary_name().is_empty(), "{}", e.key);
            assert_eq!(e.names[0].kind, NameKind::Primary, "{}", e.key);
            assert_eq!(e.programmes.len(), 1, "{}", e.key);
            assert!(e.listed_on.is_some(), "{}", e.key);
            let is_person = e.key.as_bytes()[5] == b'i';
            assert_eq!(e.entity_type == EntityType::Person, is_person, "{}", e.key);
        }
    }
}

#[test]
fn version_diffs_match_the_readme() {
    let keys = |f: &str| {
        snap(f)
            .entities
            .iter()
            .map(|e| e.key.clone())
            .collect::<BTreeSet<_>>()
    };
    let expected = [(3, 8), (23, 102), (46, 185), (0, 0), (134, 6)];
    for (pair, (added, removed)) in FILES.windows(2).zip(expected) {
        let (a, b) = (keys(pair[0]), keys(pair[1]));
        assert_eq!(
            (b.difference(&a).count(), a.difference(&b).count()),
            (added, removed),
            "{pair:?}"
        );
    }
    assert!(!keys(FILES[1]).contains("un:QDi.422"));
    assert!(keys(FILES[2]).contains("un:QDi.422"));
    // The two 2024-09 files differ only in dateGenerated: same entities, other hash.
    let (a, b) = (snap(FILES[3]), snap(FILES[4]));
    assert_eq!(a.entities, b.entities);
    assert_ne!(a.version.sha256, b.version.sha256);
}

#[test]
fn empty_alias_placeholders_are_skipped_and_counted() {
    // README: 441 INDIVIDUAL_ALIAS placeholders in 2018-10-29, 169 in 2026-02-27; the
    // warning also counts ENTITY_ALIAS placeholders (218 and 122).
    let w = |f: &str| snap(f).warnings.join("; ");
    assert!(
        w(FILES[1]).contains("skipped 659 empty alias placeholders"),
        "{}",
        w(FILES[1])
    );
    assert!(
        w(FILES[5]).contains("skipped 291 empty alias placeholders"),
        "{}",
        w(FILES[5])
    );
}

use EntityType::{Organization as O, Person as P};
use NameKind::{Alias as A, FormerName as F, OriginalScript as S, Primary as M, WeakAlias as W};

/// A document: kind, label, number, issuing country ("" none), issue date ("" none),
/// note ("" none).
type Doc = (
    IdKind,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

/// What one record must read as. Dates of birth are `yyyy[-mm[-dd]]`, `from..to`, or
/// `note:<text>`; a trailing `~` means approximate. Countries are `raw=CODE`.
struct Exp {
    key: &'static str,
    ty: EntityType,
    names: &'static [(NameKind, &'static str)],
    dobs: &'static [&'static str],
    nat: &'static [&'static str],
    docs: &'static [Doc],
    places: &'static [&'static str],
    listed: &'static str,
    prog: &'static str,
}

const D: Exp = Exp {
    key: "",
    ty: P,
    names: &[],
    dobs: &[],
    nat: &[],
    docs: &[],
    places: &[],
    listed: "",
    prog: "",
};

fn check(e: &Entity, x: &Exp) {
    let k = x.key;
    assert_eq!(e.entity_type, x.ty, "{k}");
    let names: Vec<(NameKind, &str)> = e.names.iter().map(|n| (n.kind, n.full.as_str())).collect();
    assert_eq!(names, x.names, "{k} names");
    let dobs: Vec<String> = e
        .birth_dates
        .iter()
        .map(|b| {
            let v = match (b.from, b.to) {
                (None, None) => format!("note:{}", b.raw),
                (Some(a), Some(z)) if a == z => a.to_string(),
                (a, z) => format!(
                    "{}..{}",
                    a.map(|d| d.to_string()).unwrap_or_default(),
                    z.map(|d| d.to_string()).unwrap_or_default()
                ),
            };
            if b.approximate {
                format!("{v}~")
            } else {
                v
            }
        })
        .collect();
    assert_eq!(dobs, x.dobs, "{k} dates of birth");
    let nat: Vec<String> = e
        .nationalities
        .iter()
        .map(|c| format!("{}={}", c.raw, c.code.as_deref().unwrap_or("-")))
        .collect();
    assert_eq!(nat, x.nat, "{k} nationalities");
    let docs: Vec<Doc> = e
        .identifiers
        .iter()
        .map(|i| {
            let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
            (
                i.kind,
                leak(i.label.clone()),
                leak(i.value.clone()),
                leak(
                    i.country
                        .as_ref()
                        .map(|c| c.raw.clone())
                        .unwrap_or_default(),
                ),
                leak(i.issued.map(|d| d.to_string()).unwrap_or_default()),
                leak(i.note.clone().unwrap_or_default()),
            )
        })
        .collect();
    assert_eq!(docs, x.docs, "{k} documents");
    let places: Vec<&str> = e.birth_places.iter().map(|p| p.raw.as_str()).collect();
    assert_eq!(places, x.places, "{k} places of birth");
    assert_eq!(e.listed_on, Some(date(x.listed)), "{k} listed on");
    assert_eq!(e.programmes, [x.prog], "{k} programme");
}

/// Thirty-three records of the 2026-02-27 list, each transcribed from the raw XML.
const Y2026: &[Exp] = &[
    Exp {
        key: "un:QDi.422",
        names: &[(M, "MOHAMMED MASOOD AZHAR ALVI"), (W, "Masud Azhar"), (W, "Wali Adam Isah"), (W, "Wali Adam Esah")],
        dobs: &["1968-07-10", "1968-06-10"],
        nat: &["Pakistan=PK"],
        places: &["Bahawalpur, Punjab Province, Pakistan"],
        listed: "2019-05-01",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:QDe.019",
        ty: O,
        names: &[(M, "JAISH-I-MOHAMMED"), (A, "Army of Mohammed")],
        listed: "2001-10-17",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:CDi.001",
        names: &[(M, "ERIC BADEGE")],
        dobs: &["1971"],
        nat: &["Democratic Republic of the Congo=CD"],
        listed: "2012-12-31",
        prog: "DRC",
        ..D
    },
    Exp {
        key: "un:CDi.004",
        names: &[(M, "INNOCENT KAINA"), (A, "Colonel Innocent KAINA"), (W, "India Queen")],
        dobs: &["1973-11"],
        places: &["Bunagana, Rutshuru territory, Democratic Republic of the Congo"],
        listed: "2012-11-30",
        prog: "DRC",
        ..D
    },
    Exp {
        key: "un:CFi.009",
        names: &[(M, "JOSEPH KONY"), (A, "Kony"), (A, "Joseph Rao Kony"), (A, "Josef Kony"), (W, "Le Messie sanglant")],
        dobs: &["1959", "1960", "1961", "1963", "1964-09-18", "1965", "1961-08", "1961-07", "1961-01-01", "1963-04"],
        nat: &["Uganda=UG"],
        places: &[
            "Palaro Village, Palaro Parish, Omoro County, Gulu District, Uganda",
            "Odek, Omoro, Gulu, Uganda",
            "Atyak, Uganda",
        ],
        listed: "2016-03-07",
        prog: "CAR",
        ..D
    },
    Exp {
        key: "un:QDi.306",
        names: &[
            (M, "MUSTAFA HAJJI MUHAMMAD KHAN"),
            (S, "مصطفى حجي محمد خان"),
            (A, "حسن غول (Hassan Ghul; Hassan Gul; Hasan Gul)"),
            (A, "Khalid Mahmud"),
            (W, "Ahmad Shahji"),
            (W, "Mustafa Muhammad"),
            (W, "Abu Gharib al-Madani"),
            (W, "أبو شيماء (Abu-Shaima; Abu- Shayma)"),
        ],
        dobs: &["1977-08..1977-09", "1976"],
        nat: &["Pakistan=PK", "Saudi Arabia=SA"],
        places: &["Al-Madinah, Saudi Arabia", "Sangrar, Sindh Province, Pakistan"],
        listed: "2012-03-14",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:QDi.395",
        names: &[
            (M, "MUHAMMAD SHOLEH IBRAHIM"),
            (A, "Mohammad Sholeh Ibrahim"),
            (A, "Muhammad Sholeh Ibrohim"),
            (A, "Muhammad Soleh Ibrahim"),
            (A, "Sholeh Ibrahim"),
            (A, "Muh Sholeh Ibrahim"),
        ],
        dobs: &["1958-09"],
        nat: &["Indonesia=ID"],
        docs: &[
            (IdKind::NationalId, "National Identification Number", "3311092409580002", "Indonesia", "", ""),
            (IdKind::NationalId, "National Identification Number", "3311092409580003", "Indonesia", "", ""),
        ],
        places: &["Demak, Indonesia"],
        listed: "2016-04-20",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:QDi.291",
        names: &[
            (M, "IBRAHIM HASSAN TALI AL-ASIRI"),
            (S, "إبراهيم حسن طالع العسيري"),
            (A, "Ibrahim Hassan Tali Asiri (إبراهيم حسن طالع عسيري)"),
            (A, "Ibrahim Hasan Talea Aseeri"),
            (A, "Ibrahim Hassan al-Asiri"),
            (A, "Ibrahim Hasan Tali Asiri"),
            (A, "Ibrahim Hassan Tali Assiri"),
            (A, "Ibrahim Hasan Tali'A 'Asiri"),
            (A, "Ibrahim Hasan Tali al-'Asiri"),
            (A, "Ibrahim al-'Asiri"),
            (A, "Ibrahim Hassan Al Asiri"),
            (W, "Abu Saleh"),
            (W, "Abosslah"),
            (W, "Abu-Salaah"),
        ],
        dobs: &["1982-04-19", "1982-04-18", "note:24/06/1402 (Hijri Calendar)"],
        nat: &["Saudi Arabia=SA"],
        docs: &[
            (
                IdKind::Passport,
                "Passport",
                "F654645",
                "Saudi Arabia",
                "2005-04-30",
                "expired on 7 Mar. 2010. Issue date in Hijri Calendar 24/06/1426. Expiry date in Hijri Calendar 21/03/1431.",
            ),
            (
                IdKind::NationalId,
                "National Identification Number (civil identification number)",
                "1028745097",
                "Saudi Arabia",
                "",
                "",
            ),
        ],
        places: &["Riyadh, Saudi Arabia"],
        listed: "2011-03-24",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:LYi.022",
        names: &[
            (M, "Fitiwi Abdelrazak"),
            (A, "Abdurezak"),
            (A, "Abdelrazaq"),
            (A, "Abdulrazak"),
            (A, "Abdrazzak"),
            (W, "Fitwi Esmail Abdelrazak"),
        ],
        dobs: &["note:30-35 years old~"],
        nat: &["Eritrea=ER"],
        places: &["Massaua, Eritrea"],
        listed: "2018-06-07",
        prog: "Libya",
        ..D
    },
    Exp {
        key: "un:QDi.295",
        names: &[
            (M, "MUHAMMAD JIBRIL ABDUL RAHMAN"),
            (A, "Mohammad Jibril Abdurrahman"),
            (A, "Muhammad Jibriel Abdul Rahman"),
            (A, "Mohammad Jibriel Abdurrahman"),
            (A, "Muhamad Ricky Ardhan"),
            (A, "Muhammad Ricky Ardhan bin Muhammad Iqbal"),
            (A, "Muhammad Ricky Ardhan bin Abu Jibril"),
            (W, "Muhammad Yunus"),
            (W, "Heris Syah"),
        ],
        // The last one is the date of birth given with the alias Muhamad Ricky Ardhan.
        dobs: &["1984-05-28", "1979-12-03", "1979-03-03", "1980-08-08"],
        nat: &["Indonesia=ID"],
        docs: &[
            (
                IdKind::NationalId,
                "National Identification Number (Indonesian national identity card number)",
                "3219222002.2181558",
                "",
                "",
                "",
            ),
            (IdKind::NationalId, "National Identification Number (Identification number)", "2181558", "", "", ""),
        ],
        places: &["East Lombok, West Nusa Tenggara, Indonesia"],
        listed: "2011-08-12",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:TAi.002",
        names: &[(M, "MOHAMMAD HASSAN AKHUND"), (S, "محمد حسن آخوند")],
        dobs: &["1955..1958~", "1945..1950~"],
        nat: &["Afghanistan=AF"],
        places: &["Pashmul village, Panjwai District, Kandahar Province, Afghanistan"],
        listed: "2001-01-25",
        prog: "Taliban",
        ..D
    },
    Exp {
        key: "un:KPi.006",
        names: &[(M, "PAEK CHANG-HO"), (A, "Pak Chang-Ho"), (A, "Paek Ch'ang-Ho")],
        dobs: &["1964-06-18"],
        nat: &["Democratic People's Republic of Korea=KP"],
        docs: &[
            (IdKind::Passport, "Numéro de passeport", "381420754", "", "2011-12-07", ""),
            (IdKind::Passport, "Número de pasaporte", "381420754", "", "2011-12-07", ""),
            (IdKind::Passport, "Passport", "381420754", "", "2011-12-07", "Expires on 7 Dec. 2016"),
        ],
        places: &["Kaesong, Democratic People's Republic of Korea"],
        listed: "2013-01-22",
        prog: "DPRK",
        ..D
    },
    Exp {
        key: "un:QDi.426",
        names: &[
            (M, "Amir Muhammad Sa’id Abdal-Rahman al-Salbi"),
            (S, "أمیر محمد سعید عبد الرحمن السلبي"),
            (A, "Abu Ibrahim al-Hashimi al-Qurashi"),
            (A, "Hajji Abdallah"),
            (A, "Abu ‘Umar al-Turkmani"),
            (A, "Abdullah Qardash"),
            (A, "Abu ‘Abdullah Qardash"),
            (A, "al-Hajj Abdullah Qardash"),
            (A, "Hajji Abdullah Al-Afari"),
            (A, "`Abdul Amir Muhammad Sa'id Salbi"),
            (A, "Muhammad Sa'id `Abd-al-Rahman al-Mawla"),
            (A, "Amir Muhammad Sa’id ‘Abd-al-Rahman Muhammad al-Mula"),
            (W, "Al-Ustadh"),
            (W, "Ustadh Ahmad"),
            (A, "Amir Muhammad Sa’id Abdal-Rahman al-Mawla"),
        ],
        dobs: &["1976-10-05", "1976-10-01", "1976-01-06"],
        nat: &["Iraq=IQ"],
        docs: &[(IdKind::NationalId, "National Identification Number", "00278640", "", "2012-05-02", "")],
        places: &["Tall’Afar, Iraq", "Mosul, Iraq"],
        listed: "2020-05-21",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:QDe.004",
        ty: O,
        names: &[
            (M, "AL-QAIDA"),
            (S, "القاعدة"),
            (A, "\"The Base\""),
            (A, "Al Qaeda"),
            (A, "Islamic Salvation Foundation"),
            (A, "The Group for the Preservation of the Holy Sites"),
            (A, "The Islamic Army for the Liberation of Holy Places"),
            (A, "The World Islamic Front for Jihad Against Jews and Crusaders"),
            (A, "Usama Bin Laden Network"),
            (A, "Usama Bin Laden Organization"),
            (A, "Al Qa'ida"),
            (A, "Al Qa’ida/Islamic Army"),
        ],
        listed: "2001-10-06",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:QDe.157",
        ty: O,
        names: &[
            (M, "AL-KAWTHAR MONEY EXCHANGE"),
            (A, "Al Kawthar Co."),
            (A, "Al Kawthar Company"),
            (A, "Al-Kawthar Hawala"),
        ],
        listed: "2018-03-06",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:CDe.001",
        ty: O,
        names: &[
            (M, "ADF"),
            (A, "Allied Democratic Forces"),
            (F, "Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda"),
            (F, "ADF/NALU"),
            (F, "NALU"),
        ],
        listed: "2014-06-30",
        prog: "DRC",
        ..D
    },
    Exp {
        key: "un:KPe.002",
        ty: O,
        names: &[
            (M, "KOREA RYONBONG GENERAL CORPORATION"),
            (A, "KOREA YONBONG GENERAL CORPORATION"),
            (F, "LYONGAKSAN GENERAL TRADING CORPORATION"),
        ],
        listed: "2009-04-24",
        prog: "DPRK",
        ..D
    },
    Exp {
        key: "un:KPe.023",
        ty: O,
        // Raw "DAEDONG CREDIT BANK (DCB)": acronym split off (DCB already an alias).
        names: &[(M, "DAEDONG CREDIT BANK"), (A, "DCB"), (A, "Taedong Credit Bank"), (A, "Dae-Dong Credit Bank")],
        listed: "2016-03-02",
        prog: "DPRK",
        ..D
    },
    Exp {
        key: "un:QDi.356",
        names: &[(M, "AQSA MAHMOOD"), (W, "Umm Layth")],
        dobs: &["1994-05-11"],
        nat: &["United Kingdom of Great Britain and Northern Ireland=GB"],
        docs: &[(
            IdKind::Passport,
            "Passport",
            "720134834",
            "United Kingdom of Great Britain and Northern Ireland",
            "2012-06-27",
            "expires on 27 Jun. 2022",
        )],
        places: &["Glasgow, Scotland, United Kingdom of Great Britain and Northern Ireland"],
        listed: "2015-09-28",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:QDi.037",
        names: &[
            (M, "ABDUL RAHMAN YASIN"),
            (S, "عبد الرحمن ياسين"),
            (A, "Taha, Abdul Rahman S."),
            (A, "Taher, Abdul Rahman S."),
            (A, "Yasin, Abdul Rahman Said"),
            (A, "Yasin, Aboud"),
        ],
        dobs: &["1960-04-10"],
        nat: &["United States of America=US"],
        docs: &[
            (IdKind::Passport, "Passport", "27082171", "", "", "United States of America, issued on 21 Jun. 1992 in Amman, Jordan"),
            (IdKind::Passport, "Passport", "MO887925", "Iraq", "", ""),
        ],
        places: &["Bloomington, Indiana, United States of America"],
        listed: "2001-10-17",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:KPi.016",
        names: &[(M, "JANG BOM SU"), (A, "Jang Pom Su"), (A, "Jang Hyon U")],
        dobs: &["1957-04-15", "1958-02-22"],
        nat: &["Democratic People's Republic of Korea=KP"],
        listed: "2016-03-02",
        prog: "DPRK",
        ..D
    },
    Exp {
        key: "un:QDi.068",
        names: &[
            (M, "ADEL BEN AL-AZHAR BEN YOUSSEF HAMDI"),
            (S, "عادل بن الأزهر بن يوسف حمدي"),
            (W, "Zakariya"),
            (A, "Adel ben al- Azhar ben Youssef ben Soltane"),
        ],
        // The alias's own date and place of birth repeat the record's.
        dobs: &["1970-07-14"],
        nat: &["Tunisia=TN"],
        docs: &[
            (IdKind::Passport, "Passport", "M408665", "Tunisia", "2000-10-04", "expired 3 Oct. 2005"),
            (IdKind::TaxId, "National Identification Number (Italian Fiscal Code:)", "BNSDLA70L14Z352B", "", "", ""),
        ],
        places: &["Tunis, Tunisia"],
        listed: "2002-09-03",
        prog: "Al-Qaida",
        ..D
    },
    Exp {
        key: "un:CFi.012",
        names: &[
            (M, "ABDOULAYE HISSENE"),
            (A, "Abdoulaye Issène"),
            (A, "Abdoulaye Hissein"),
            (A, "Hissene Abdoulaye"),
            (A, "Abdoulaye Issène Ramadane"),
            (A, "Abdoulaye Issene Ramadan"),
            (A, "Issene Abdoulaye"),
        ],
        dobs: &["1967", "1967-01-01"],
        nat: &["Central African Republic=CF", "Chad=TD"],
        docs: &[
            (IdKind::Passport, "Passport", "CAR diplomatic passport no. D00000897", "", "2013-04-05", "valid until 4 April 2018"),
            (IdKind::Passport, "Passport", "CAR diplomatic passport no. D00004262", "", "2014-03-11", "expires on 10 March 2019"),
            (
                IdKind::NationalId,
                "National Identification Number (national identity card no.)",
                "103-00653129-22",
                "Chad",
                "2009-04-21",
                "expires on 21 April 2019",
            ),
        ],
        places: &["Ndele, Bamingui-Bangoran, Central African Republic", "Haraze Mangueigne, Chad"],
        listed: "2017-05-17",
        prog: "CAR",
        ..D
    },
    Exp { key: "un:IRe.001", ty: O, names: &[(M, "7TH OF TIR")], listed: "2006-12-23", prog: "Iran", ..D },
    Exp {
        key: "un:IQe.200",
        ty: O,
        names: &[(M, "LOGARCHEO S.A."), (F, "LOGARCHEO AG")],
        listed: "2004-04-26",
        prog: "Iraq",
        ..D
    },
    Exp {
        key: "un:SSi.006",
        names: &[
            (M, "PETER GADET"),
            (A, "Peter Gatdet Yaka"),
            (A, "Peter Gadet Yak"),
            (A, "Peter Gadet Yaak"),
            (A, "Peter Gatdet Yaak"),
            (A, "Peter Gatdet"),
            (A, "Peter Gatdeet Yaka"),
        ],
        dobs: &["1957..1959"],
        listed: "2015-07-01",
        prog: "SouthSudan",
        ..D
    },
    Exp {
        key: "un:GBi.001",
        names: &[(M, "IBRAIMA CAMARÁ"), (A, "Papa Camará")],
        dobs: &["1964-05-11"],
        nat: &["Guinea-Bissau=GW"],
        docs: &[(IdKind::Passport, "Passport", "AAID00437", "Guinea-Bissau", "2010-02-18", "Expiration date 18 Feb. 2013")],
        listed: "2012-05-18",
        prog: "GB",
        ..D
    },
    Exp {
        key: "un:HTi.001",
        names: &[(M, "JIMMY CHERIZIER"), (W, "BARBEQUE")],
        dobs: &["1977-03-30"],
        nat: &["Haiti=HT"],
        docs: &[(IdKind::NationalId, "National Identification Number", "001-843-989-7", "", "", "NIF - Haiti")],
        places: &["Port-au-Prince, Haiti"],
        listed: "2022-10-21",
        prog: "Haiti",
        ..D
    },
    Exp {
        key: "un:YEi.001",
        names: &[
            (M, "ABD AL-KHALIQ AL-HOUTHI"),
            (S, "عبدالخالق الحوثي"),
            (A, "Abd-al-Khaliq al-Huthi"),
            (A, "Abd-al-Khaliq Badr-al-Din al Huthi"),
            (A, "‘Abd al-Khaliq Badr al-Din al-Huthi"),
            (A, "Abd al-Khaliq al-Huthi"),
            (W, "Abu-Yunus"),
        ],
        dobs: &["1984"],
        nat: &["Yemen=YE"],
        listed: "2014-11-07",
        prog: "Yemen",
        ..D
    },
    Exp {
        key: "un:SOe.001",
        ty: O,
        names: &[
            (M, "AL-SHABAAB"),
            (A, "AL-SHABAB"),
            (A, "SHABAAB"),
            (A, "THE YOUTH"),
            (A, "MUJAHIDIN AL-SHABAAB MOVEMENT"),
            (A, "MUJAHIDEEN YOUTH MOVEMENT"),
            (A, "MUJAHIDIN YOUTH MOVEMENT"),
            (A, "MYM"),
            (A, "HARAKAT SHABAB AL-MUJAHIDIN"),
            (A, "HIZBUL SHABAAB"),
            (A, "HISB’UL SHABAAB"),
            (A, "AL-SHABAAB AL-ISLAMIYA"),
            (A, "YOUTH WING"),
            (A, "AL-SHABAAB AL-ISLAAM"),
            (A, "AL-SHABAAB AL-JIHAAD"),
            (A, "THE UNITY OF ISLAMIC YOUTH"),
            (A, "HARAKAT AL - SHABAAB AL - MUJAAHIDIIN"),
            (A, "HARAKATUL SHABAAB AL MUJAAHIDIIN"),
            (A, "MUJAAHIDIIN YOUTH MOVEMENT"),
        ],
        listed: "2010-04-12",
        prog: "Somalia",
        ..D
    },
    Exp {
        key: "un:TAe.010",
        ty: O,
        names: &[
            (M, "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE"),
            (S, "حاجی خيرالله و حاجی ستار صرافی"),
            (A, "Haji Khairullah-Haji Sattar Sarafi"),
            (A, "Haji Khairullah and Abdul Sattar and Company"),
            (A, "Haji Khairullah Money Exchange"),
            (A, "Haji Khair Ullah Money Service"),
            (A, "Haji Salam Hawala"),
            (A, "Haji Hakim Hawala"),
            (A, "Haji Alim Hawala"),
            (A, "Sarafi-yi Haji Khairullah Haji Satar Haji Esmatullah"),
        ],
        listed: "2012-06-29",
        prog: "Taliban",
        ..D
    },
    Exp {
        key: "un:LYe.001",
        ty: O,
        // Raw alias "Libyan Foreign Investment Company (LFIC)": acronym split off.
        names: &[(M, "LIBYAN INVESTMENT AUTHORITY"), (A, "Libyan Foreign Investment Company"), (A, "LFIC")],
        listed: "2011-03-17",
        prog: "Libya",
        ..D
    },
    Exp {
        key: "un:CDi.030",
        names: &[
            (M, "BOSCO TAGANDA"),
            (A, "Bosco Ntaganda"),
            (A, "Bosco Ntagenda"),
            (A, "General Taganda"),
            (W, "Lydia"),
            (W, "Terminator"),
            (W, "Tango Romeo"),
            (W, "Romeo"),
            (W, "Major"),
        ],
        dobs: &["1973..1974"],
        nat: &["Democratic Republic of the Congo=CD"],
        places: &["Bigogwe, Rwanda"],
        listed: "2005-11-01",
        prog: "DRC",
        ..D
    },
];

/// Records of the 2018-10-29 list (one record per line, zone-suffixed dates, padded values).
const Y2018: &[Exp] = &[
    Exp {
        key: "un:SSi.005",
        names: &[
            (M, "MARIAL CHANUONG YOL MANGOK"),
            (A, "Marial Chinuong"),
            (A, "Marial Chan"),
            (A, "Marial Chanoung Yol"),
            (A, "Marial Chinoum"),
        ],
        dobs: &["1960-01-01"],
        nat: &["South Sudan=SS"],
        docs: &[(
            IdKind::Passport,
            "Passport",
            "R00005943, South Sudan",
            "",
            "",
            "",
        )],
        places: &["Yirol, Lakes State"],
        listed: "2015-07-01",
        prog: "SouthSudan",
        ..D
    },
    Exp {
        key: "un:KPi.034",
        names: &[(M, "JO YONG CHOL"), (A, "Cho Yong Chol")],
        dobs: &["1973-09-30"],
        nat: &["Democratic People's Republic of Korea=KP"],
        listed: "2016-11-30",
        prog: "DPRK",
        ..D
    },
    Exp {
        key: "un:IRe.002",
        ty: O,
        names: &[(M, "ABZAR BORESH KAVEH CO. (BK CO.)")],
        listed: "2008-03-03",
        prog: "Iran",
        ..D
    },
];

#[test]
fn records_of_2026_read_field_by_field() {
    let s = snap("consolidated-2026-02-27");
    for x in Y2026 {
        check(entity(s, x.key), x);
    }
    assert!(Y2026.len() >= 30);
}

#[test]
fn records_of_2018_read_field_by_field() {
    let s = snap("consolidated-2018-10-29");
    for x in Y2018 {
        check(entity(s, x.key), x);
    }
}

#[test]
fn masood_azhar_in_every_file_that_lists_him() {
    for f in &FILES[2..] {
        let e = entity(snap(f), "un:QDi.422");
        assert_eq!(e.primary_name(), "MOHAMMED MASOOD AZHAR ALVI", "{f}");
        let parts: Vec<&str> = e.names[0].parts.iter().map(|p| p.value.as_str()).collect();
        assert_eq!(parts, ["MOHAMMED", "MASOOD", "AZHAR", "ALVI"]);
        assert_eq!(e.birth_dates.len(), 2, "{f}");
        assert_eq!(e.nationalities[0].code.as_deref(), Some("PK"));
        let p = &e.birth_places[0];
        assert_eq!(
            (
                p.city.as_deref(),
                p.region.as_deref(),
                p.country.as_ref().and_then(|c| c.code.as_deref())
            ),
            (Some("Bahawalpur"), Some("Punjab Province"), Some("PK"))
        );
    }
}

#[test]
fn other_fields_of_2026_records() {
    let s = snap("consolidated-2026-02-27");
    let e = entity(s, "un:CFi.009");
    assert_eq!(e.titles, ["General"]);
    assert_eq!(e.positions, ["Commander of the Lord’s Resistance Army"]);
    assert_eq!(e.addresses.len(), 8);
    assert_eq!(
        e.addresses[7].city.as_deref(),
        Some("Reported address: Kafia Kingi")
    );
    assert!(e.addresses[7]
        .note
        .as_deref()
        .unwrap()
        .starts_with("(a territory on the border of Sudan"));
    assert_eq!(e.birth_dates[6].raw, "August 1961");

    let e = entity(s, "un:TAi.002");
    assert_eq!(e.titles, ["Mullah", "Haji"]);
    assert_eq!(e.positions.len(), 4);
    assert_eq!(e.birth_dates[0].raw, "1955-1958 (Approximately)");
    assert_eq!(
        e.last_updated,
        [
            "2003-09-03",
            "2005-12-20",
            "2007-07-09",
            "2007-09-21",
            "2011-11-29"
        ]
        .map(date)
    );

    let e = entity(s, "un:QDi.356");
    assert_eq!(e.gender.as_deref(), Some("Female"));
    assert_eq!(e.addresses.len(), 2);
    assert_eq!(e.addresses[0].note.as_deref(), Some("as at Nov. 2013"));

    // A document without a number is kept as text in the remarks.
    let e = entity(s, "un:QDi.037");
    assert!(e
        .remarks
        .as_deref()
        .unwrap()
        .ends_with("\nNational Identification Number: SSN 156-92-9858 (United States of America)"));
    let e = entity(s, "un:QDi.068");
    assert!(e
        .remarks
        .as_deref()
        .unwrap()
        .contains("National Identification Number: Tunisian national identity number W334061 issued on 9 Mar. 2011"));
    assert_eq!(e.names[3].note.as_deref(), Some("formerly listed as"));

    let e = entity(s, "un:CDi.030");
    let notes: Vec<_> = e.names.iter().map(|n| n.note.as_deref()).collect();
    assert_eq!(
        notes[4..7],
        [Some("When he was part of APR."), None, Some("Call sign")]
    );
    assert_eq!(
        e.addresses[0]
            .country
            .as_ref()
            .and_then(|c| c.code.as_deref()),
        Some("BE")
    );
    assert_eq!(
        e.addresses[0].note.as_deref(),
        Some("As of 14 December 2022")
    );

    let e = entity(s, "un:QDe.157");
    assert_eq!(
        e.names[1].note.as_deref(),
        Some("in Arabic script: شركة الكوثر")
    );
    let a = &e.addresses[0];
    assert_eq!(
        (a.city.as_deref(), a.region.as_deref()),
        (Some("Al-Qaim"), Some("Al Anbar Province"))
    );

    let e = entity(s, "un:LYe.001");
    let a = &e.addresses[0];
    assert_eq!(
        a.street.as_deref(),
        Some("1 Fateh Tower Office, No 99 22nd Floor, Borgaida Street")
    );
    assert_eq!(
        (a.city.as_deref(), a.postal_code.as_deref()),
        (Some("Tripoli"), Some("1103"))
    );

    let e = entity(s, "un:QDe.019");
    assert_eq!(e.last_updated, ["2011-12-13", "2020-11-24"].map(date));
    assert!(e.remarks.as_deref().unwrap().starts_with(
        "Based in Peshawar and Muzaffarabad, Pakistan Associated with Harakat ul-Mujahidin"
    ));

    // 2026 wraps values over lines; the label reads as one line.
    let e = entity(s, "un:QDi.426");
    assert_eq!(e.identifiers[0].label, "National Identification Number");
    assert_eq!(
        e.names.last().unwrap().note.as_deref(),
        Some("previously listed as")
    );
}

// ---- broken files -------------------------------------------------------------------

fn bad(name: &str) -> (String, ListError) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(name);
    let file = InputFile::read(&path).unwrap();
    let err = un::parse(&file).expect_err(name);
    assert!(err.file.ends_with(name), "{name}: error names {}", err.file);
    assert!(err.to_string().contains(name), "{err}");
    (name.to_string(), err)
}

fn line(e: &ListError) -> u64 {
    match e.position {
        Some(Position::LineByte(l, _)) | Some(Position::Line(l)) | Some(Position::Record(l)) => l,
        other => panic!("no line in {e}: {other:?}"),
    }
}

#[test]
fn truncated_file() {
    let (_, e) = bad("un-truncated.xml");
    assert!(e.message.contains("truncated"), "{e}");
    assert_eq!(line(&e), 15);
}

#[test]
fn malformed_markup() {
    let (_, e) = bad("un-malformed.xml");
    assert!(e.message.contains("malformed XML"), "{e}");
    assert_eq!(line(&e), 11);
}

#[test]
fn wrong_encoding() {
    let (_, e) = bad("un-latin1.xml");
    assert!(e.message.contains("UTF-8"), "{e}");
    assert_eq!(line(&e), 15);
}

#[test]
fn doctype_with_entity_declaration() {
    let (_, e) = bad("un-doctype-entity.xml");
    assert!(e.message.contains("document type"), "{e}");
    assert_eq!(line(&e), 2);
}

#[test]
fn empty_file() {
    let (_, e) = bad("un-empty.xml");
    assert!(e.message.contains("empty"), "{e}");
    assert_eq!(line(&e), 1);
    // Through format detection the same file is refused as empty too.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad/un-empty.xml");
    let e = nomina_lists::read_path(&path).unwrap_err();
    assert!(e.message.contains("empty"), "{e}");
}

#[test]
fn duplicate_ids() {
    let (_, e) = bad("un-duplicate-id.xml");
    assert!(e.message.contains("duplicate id un:QDi.001"), "{e}");
    assert_eq!(e.position, Some(Position::Record(2)));
}

#[test]
fn record_without_id() {
    let (_, e) = bad("un-no-id.xml");
    assert_eq!(e.field.as_deref(), Some("REFERENCE_NUMBER"));
    assert_eq!(line(&e), 12);
}

#[test]
fn record_without_name() {
    let (_, e) = bad("un-no-name.xml");
    assert_eq!(e.field.as_deref(), Some("FIRST_NAME"));
    assert!(e.message.contains("QDi.002 has no name"), "{e}");
    assert_eq!(line(&e), 12);
}

#[test]
fn bad_date() {
    let (_, e) = bad("un-bad-date.xml");
    assert_eq!(e.field.as_deref(), Some("LISTED_ON"));
    assert!(e.message.contains("2019-02-30"), "{e}");
    assert_eq!(line(&e), 9);
}

#[test]
fn absurdly_large_field() {
    let (_, e) = bad("un-huge-field.xml.gz");
    assert_eq!(e.field.as_deref(), Some("FIRST_NAME"));
    assert!(e.message.contains("more than"), "{e}");
    assert_eq!(line(&e), 5);
}

#[test]
fn wrong_format_file() {
    let (_, e) = bad("un-wrong-format.xml");
    assert!(e.message.contains("not a UN Consolidated List"), "{e}");
    assert_eq!(line(&e), 1);
}
