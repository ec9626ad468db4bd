//! OFAC classic XML (`sdnList`) and enhanced XML (`sanctionsData`) readers against the real
//! in-repo files and against small broken files.
//!
//! Expectations were written by reading the raw XML (grep), not from the parser's output.
//! On top of the hand-checked records, `every_classic_entry_matches_a_plain_text_scan` and
//! `every_enhanced_entity_matches_a_plain_text_scan` re-read every record of the raw files
//! with a deliberately naive line scanner and compare.

use nomina_lists::{
    ofac_enhanced, ofac_xml, read_path, InputFile, ListError, ListSnapshot, Position,
};
use nomina_model::{Entity, EntityType, FuzzyDate, IdKind, NameKind, NamePartKind};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

const CONS_2018: &str = "cons-nonsdn-2018-04-06.xml.gz";
const CONS_2024: &str = "cons-nonsdn-2024-05-06.xml.gz";
const ENHANCED: &str = "enhanced-irgc-2024-08-28.xml.gz";

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

/// Each real file is parsed once for the whole test binary (debug builds are slow).
fn snapshot(file: &'static str) -> &'static ListSnapshot {
    static CACHE: OnceLock<HashMap<&'static str, ListSnapshot>> = OnceLock::new();
    let all = CACHE.get_or_init(|| {
        [CONS_2018, CONS_2024, ENHANCED]
            .into_iter()
            .map(|f| {
                (
                    f,
                    read_path(&data(f)).unwrap_or_else(|e| panic!("{f}: {e}")),
                )
            })
            .collect()
    });
    &all[file]
}

fn raw_text(file: &str) -> String {
    let f = InputFile::read(&data(file)).expect("readable");
    String::from_utf8(f.bytes).expect("utf-8")
}

fn entity<'a>(s: &'a ListSnapshot, key: &str) -> &'a Entity {
    s.entities
        .iter()
        .find(|e| e.key == key)
        .unwrap_or_else(|| panic!("{key} not found"))
}

fn date(s: &str) -> FuzzyDate {
    s.parse().unwrap_or_else(|e| panic!("{e}"))
}

// ---------------------------------------------------------------------------------------
// Whole files: counts, versions.

#[test]
fn classic_2018_counts_and_version() {
    let s = snapshot(CONS_2018);
    assert_eq!(s.entities.len(), 639);
    assert_eq!(
        s.counts(),
        [
            (EntityType::Person, 94),
            (EntityType::Organization, 471),
            (EntityType::Vessel, 74),
            (EntityType::Aircraft, 0)
        ]
    );
    assert_eq!(s.version.format, "ofac-xml");
    assert_eq!(s.version.published, FuzzyDate::ymd(2018, 4, 6));
    assert_eq!(s.version.files, vec![CONS_2018.to_string()]);
    // README checksum of the uncompressed file.
    assert_eq!(
        s.version.sha256,
        "03ff290ee1a079a19676ee3841b1b22511f246f577d9bd707167d283a7df4c0d"
    );
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    assert!(s.entities.iter().all(|e| e.key.starts_with("ofac:")));
}

#[test]
fn classic_2024_counts_and_version() {
    let s = snapshot(CONS_2024);
    assert_eq!(s.entities.len(), 443);
    assert_eq!(
        s.counts(),
        [
            (EntityType::Person, 79),
            (EntityType::Organization, 364),
            (EntityType::Vessel, 0),
            (EntityType::Aircraft, 0)
        ]
    );
    assert_eq!(s.version.published, FuzzyDate::ymd(2024, 5, 6));
    assert_eq!(
        s.version.sha256,
        "e9f949cb3d7ddc5cace60c5e71be1bd9102140d29e8c74d2e73e9408e1b71373"
    );
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
}

#[test]
fn enhanced_counts_and_version() {
    let s = snapshot(ENHANCED);
    assert_eq!(s.entities.len(), 293);
    assert_eq!(
        s.counts(),
        [
            (EntityType::Person, 165),
            (EntityType::Organization, 84),
            (EntityType::Vessel, 0),
            (EntityType::Aircraft, 44)
        ]
    );
    assert_eq!(s.version.format, "ofac-enhanced-xml");
    assert_eq!(s.version.published, FuzzyDate::ymd(2024, 8, 28));
    assert_eq!(
        s.version.sha256,
        "dd56d8f7be3ea218f633b4fffe921e9ce6cfe670c9b83e2c0b5af56feba878c0"
    );
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    // Every entity of this export is on a list with a publication date.
    assert!(s.entities.iter().all(|e| e.listed_on.is_some()));
}

#[test]
fn no_name_anywhere_keeps_bidi_marks_and_no_year_gains_a_day() {
    for f in [CONS_2018, CONS_2024, ENHANCED] {
        for e in &snapshot(f).entities {
            for n in &e.names {
                assert!(
                    !n.full
                        .contains(['\u{202B}', '\u{202C}', '\u{200E}', '\u{200F}']),
                    "{}: {:?}",
                    e.key,
                    n.full
                );
                assert!(!n.full.is_empty());
            }
            for d in &e.birth_dates {
                // A bare year in the text never becomes a day or month.
                if d.raw.len() == 4 {
                    assert_eq!(
                        d.from,
                        Some(FuzzyDate::year(d.raw.parse().unwrap())),
                        "{}",
                        e.key
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Field-by-field expectations, written from the raw XML.

type Addr = (
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

/// What one record must contain. Every list is compared whole and in order.
struct Want {
    key: &'static str,
    ty: EntityType,
    names: &'static [(NameKind, &'static str)],
    /// (from, to, approximate, raw)
    dobs: &'static [(&'static str, &'static str, bool, &'static str)],
    /// (raw, country code)
    pobs: &'static [(&'static str, Option<&'static str>)],
    /// (raw, code)
    nationalities: &'static [(&'static str, Option<&'static str>)],
    citizenships: &'static [(&'static str, Option<&'static str>)],
    /// (kind, label, value, issuing country code)
    ids: &'static [(IdKind, &'static str, &'static str, Option<&'static str>)],
    /// (street, city, region, postal code, country code)
    addresses: &'static [Addr],
    programmes: &'static [&'static str],
    gender: Option<&'static str>,
    titles: &'static [&'static str],
    listed_on: Option<&'static str>,
    /// Fragments the remarks must contain (sanctions notes, links, residual remarks).
    remarks: &'static [&'static str],
}

/// Marks an address country code to be taken from the country table (see `check`).
const FROM_TABLE: &str = "<country table>";

const BASE: Want = Want {
    key: "",
    ty: EntityType::Organization,
    names: &[],
    dobs: &[],
    pobs: &[],
    nationalities: &[],
    citizenships: &[],
    ids: &[],
    addresses: &[],
    programmes: &[],
    gender: None,
    titles: &[],
    listed_on: None,
    remarks: &[],
};

fn check(s: &ListSnapshot, w: &Want) {
    let e = entity(s, w.key);
    let k = w.key;
    assert_eq!(e.entity_type, w.ty, "{k}: type");
    let names: Vec<(NameKind, &str)> = e.names.iter().map(|n| (n.kind, n.full.as_str())).collect();
    assert_eq!(names, w.names, "{k}: names");
    let dobs: Vec<(Option<FuzzyDate>, Option<FuzzyDate>, bool, &str)> = e
        .birth_dates
        .iter()
        .map(|d| (d.from, d.to, d.approximate, d.raw.as_str()))
        .collect();
    let want_dobs: Vec<(Option<FuzzyDate>, Option<FuzzyDate>, bool, &str)> = w
        .dobs
        .iter()
        .map(|(f, t, a, r)| (Some(date(f)), Some(date(t)), *a, *r))
        .collect();
    assert_eq!(dobs, want_dobs, "{k}: dates of birth");
    let pobs: Vec<(&str, Option<&str>)> = e
        .birth_places
        .iter()
        .map(|p| {
            (
                p.raw.as_str(),
                p.country.as_ref().and_then(|c| c.code.as_deref()),
            )
        })
        .collect();
    assert_eq!(pobs, w.pobs, "{k}: places of birth");
    let countries = |v: &[nomina_model::Country]| -> Vec<(String, Option<String>)> {
        v.iter().map(|c| (c.raw.clone(), c.code.clone())).collect()
    };
    let want_countries = |v: &[(&str, Option<&str>)]| -> Vec<(String, Option<String>)> {
        v.iter()
            .map(|(r, c)| (r.to_string(), c.map(str::to_string)))
            .collect()
    };
    assert_eq!(
        countries(&e.nationalities),
        want_countries(w.nationalities),
        "{k}: nationalities"
    );
    assert_eq!(
        countries(&e.citizenships),
        want_countries(w.citizenships),
        "{k}: citizenships"
    );
    let ids: Vec<(IdKind, &str, &str, Option<&str>)> = e
        .identifiers
        .iter()
        .map(|i| {
            (
                i.kind,
                i.label.as_str(),
                i.value.as_str(),
                i.country.as_ref().and_then(|c| c.code.as_deref()),
            )
        })
        .collect();
    assert_eq!(ids, w.ids, "{k}: identifiers");
    type Owned = (
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
    );
    let addrs: Vec<Owned> = e
        .addresses
        .iter()
        .map(|a| {
            let code = a.country.as_ref().and_then(|c| c.code.clone());
            (
                a.street.clone(),
                a.city.clone(),
                a.region.clone(),
                a.postal_code.clone(),
                code,
            )
        })
        .collect();
    let own = |x: Option<&str>| x.map(str::to_string);
    let want_addrs: Vec<Owned> = w
        .addresses
        .iter()
        .enumerate()
        .map(|(i, (s, c, r, p, k))| {
            // FROM_TABLE: the code is whatever the shared country table derives from the
            // raw text, for spellings whose mapping is the table's business, not the reader's.
            let code = if *k == Some(FROM_TABLE) {
                let raw = e
                    .addresses
                    .get(i)
                    .and_then(|a| a.country.as_ref())
                    .map(|c| c.raw.as_str());
                raw.and_then(nomina_model::country::lookup)
                    .map(str::to_string)
            } else {
                own(*k)
            };
            (own(*s), own(*c), own(*r), own(*p), code)
        })
        .collect();
    assert_eq!(addrs, want_addrs, "{k}: addresses");
    assert_eq!(e.programmes, w.programmes, "{k}: programmes");
    assert_eq!(e.gender.as_deref(), w.gender, "{k}: gender");
    assert_eq!(e.titles, w.titles, "{k}: titles");
    assert_eq!(e.listed_on, w.listed_on.map(date), "{k}: listed_on");
    for frag in w.remarks {
        let r = e.remarks.as_deref().unwrap_or("");
        assert!(r.contains(frag), "{k}: remarks {r:?} lack {frag:?}");
    }
    if w.remarks.is_empty() {
        assert_eq!(e.remarks, None, "{k}: remarks");
    }
}

use EntityType::{Aircraft, Person, Vessel};
use IdKind::{
    AircraftSerial, Bic, CryptoWallet, Imo, Mmsi, NationalId, Other, Passport, Registration, TaxId,
};
use NameKind::{Alias as A, FormerName as F, OriginalScript as O, Primary as P, WeakAlias as W};

const JCPOA: &str = "For more information, please see: https://www.treasury.gov/resource-center/sanctions/Programs/Documents/jcpoa_faqs.pdf";
const EO13599: &str = "Additional Sanctions Information - Not on the SDN List and Not Subject to Secondary Sanctions; U.S. Persons Must Continue to Block the Property and Interests in Property of this Person Pursuant to Executive Order 13599";
const EO13599_VESSEL: &str = "Additional Sanctions Information - Not on the SDN List and Not Subject to Secondary Sanctions; U.S. Persons Must Continue to Block this Property and Interests in this Property Pursuant to Executive Order 13599";
const SECONDARY: &str = "Additional Sanctions Information - Subject to Secondary Sanctions";
const HIZBALLAH: &str = "Additional Sanctions Information - Subject to Secondary Sanctions Pursuant to the Hizballah Financial Sanctions Regulations";

const CLASSIC_2018: &[Want] = &[
    Want {
        key: "ofac:4632",
        names: &[
            (P, "BANK MARKAZI JOMHOURI ISLAMI IRAN"),
            (A, "CENTRAL BANK OF THE ISLAMIC REPUBLIC OF IRAN"),
            (A, "BANK MARKAZI IRAN"),
            (A, "CENTRAL BANK OF IRAN"),
        ],
        addresses: &[
            (Some("PO Box 15875/7177, 144 Mirdamad Blvd"), Some("Tehran"), None, None, Some("IR")),
            (Some("213 Ferdowsi Avenue"), Some("Tehran"), None, Some("11365"), Some("IR")),
        ],
        programmes: &["IRAN"],
        remarks: &[EO13599, JCPOA],
        ..BASE
    },
    Want {
        key: "ofac:4637",
        names: &[(P, "BANK OF INDUSTRY AND MINE (OF IRAN)"), (A, "BANK SANAD VA MADAN"), (W, "BIM")],
        addresses: &[
            (
                Some("PO Box 15875-4456, Firouzeh Tower, No 1655 Vali-Asr Ave after Chamran Crossroads"),
                Some("Tehran"),
                None,
                Some("1965643511"),
                Some("IR"),
            ),
            (Some("No 1655, Firouzeh Building, Mahmoudiye Street, Valiasr Ave"), Some("Tehran"), None, None, Some("IR")),
        ],
        programmes: &["IRAN"],
        remarks: &["all offices worldwide; Additional Sanctions Information -", JCPOA],
        ..BASE
    },
    Want {
        key: "ofac:16134",
        ty: Person,
        names: &[(P, "SEYYEDI, Seyed Nasser Mohammad")],
        dobs: &[("1963-04-21", "1963-04-21", false, "21 Apr 1963")],
        citizenships: &[("Iran", Some("IR"))],
        ids: &[
            (Passport, "Passport", "L18507193", Some("IR")),
            (Passport, "Passport", "X95321252", Some("IR")),
            (Passport, "Passport", "B14354139", Some("IR")),
        ],
        programmes: &["IRAN"],
        titles: &["Managing Director, Sima General Trading"],
        remarks: &[EO13599, JCPOA],
        ..BASE
    },
    Want {
        key: "ofac:15961",
        ty: Person,
        names: &[(P, "JASHNSAZ, Seifollah"), (A, "JASHNSAZ, Seyfollah"), (A, "JASHN SAZ, Seifollah")],
        dobs: &[("1958-03-22", "1958-03-22", false, "22 Mar 1958")],
        pobs: &[("Behbahan, Iran", Some("IR"))],
        nationalities: &[("Iran", Some("IR"))],
        ids: &[(Passport, "Passport", "R17589399", Some("IR")), (Passport, "Passport", "T23700825", Some("IR"))],
        programmes: &["IRAN"],
        titles: &["Chairman & Director, Naftiran Intertrade Co. (NICO) Sarl; Chairman & Director, Naft Iran Intertrade Company Ltd.; Director, Hong Kong Intertrade Company"],
        remarks: &["Chairman of the Board of Directors, Iranian Oil Company (U.K.) Limited; Chairman & Director, Petro Suisse Intertrade Company", EO13599],
        ..BASE
    },
    Want {
        key: "ofac:10664",
        names: &[(P, "FUTURE BANK B.S.C."), (A, "BANK-E AL-MOSTAGHBAL"), (A, "FUTURE BANK")],
        ids: &[
            (Registration, "Business Registration Document #", "54514-1", Some("BH")),
            (Registration, "Trade License No.", "13388", Some("BH")),
        ],
        addresses: &[
            (Some("P.O. Box 785, City Centre Building, Government Avenue"), Some("Manama"), None, None, Some("BH")),
            (Some("Block 304, City Centre Building, Building 199, Government Avenue, Road 383"), Some("Manama"), None, None, Some("BH")),
            (
                Some("Free Trade Zone, Sanaati-e Kish, Vilay-e Ferdos 2, Corner of Klinik-e Khanevadeh, No 1/5 and 3/5"),
                Some("Kish"),
                None,
                None,
                Some("IR"),
            ),
        ],
        programmes: &["IRAN"],
        remarks: &["All branches worldwide", EO13599],
        ..BASE
    },
    Want {
        key: "ofac:11208",
        names: &[
            (P, "EXPORT DEVELOPMENT BANK OF IRAN"),
            (A, "EDBI"),
            (A, "BANK TOSEH SADERAT IRAN"),
            (A, "BANK TOWSEEH SADERAT IRAN"),
            (A, "BANK TOWSEH SADERAT IRAN"),
        ],
        ids: &[(Registration, "Registration ID", "86936", Some("IR"))],
        addresses: &[
            (Some("Tose'e Tower, Corner of 15th St., Ahmed Qasir Ave., Argentine Square"), Some("Tehran"), None, None, Some("IR")),
            (Some("No. 129, 21's Khaled Eslamboli, No. 1 Building"), Some("Tehran"), None, None, Some("IR")),
            (
                Some("Export Development Building, Next to the 15th Alley, Bokharest Street, Argentina Square"),
                Some("Tehran"),
                None,
                None,
                Some("IR"),
            ),
            (Some("No. 26, Tosee Tower, Arzhantine Square, P.O. Box 15875-5964"), Some("Tehran"), None, Some("15139"), Some("IR")),
            (Some("No. 4, Gandi Ave."), Some("Tehran"), None, Some("1516747913"), Some("IR")),
        ],
        programmes: &["IRAN"],
        remarks: &["all offices worldwide", EO13599, JCPOA],
        ..BASE
    },
    Want {
        key: "ofac:4640",
        names: &[(P, "BANK TEJARAT")],
        ids: &[(Bic, "SWIFT/BIC", "BTEJ IR TH", None)],
        addresses: &[
            (Some("PO Box 11365-5416, 152 Taleghani Avenue"), Some("Tehran"), None, Some("15994"), Some("IR")),
            (Some("130, Zandi Alley, Taleghani Avenue, No 152, Ostad Nejat Ollahi Cross"), Some("Tehran"), None, Some("14567"), Some("IR")),
            (Some("124-126 Rue de Provence, Angle 76 bd Haussman"), Some("Paris"), None, Some("75008"), Some("FR")),
            (Some("PO Box 734001, Rudaki Ave 88"), Some("Dushanbe"), None, Some("734001"), Some("TJ")),
            (
                Some("Office C208, Beijing Lufthansa Center No 50, Liangmaqiao Rd, Chaoyang District"),
                Some("Beijing"),
                None,
                Some("100016"),
                Some("CN"),
            ),
            (Some("c/o Europaisch-Iranische Handelsbank AG, Depenau 2, D-20095"), Some("Hamburg"), None, None, Some("DE")),
        ],
        programmes: &["IRAN"],
        remarks: &["all offices worldwide", EO13599],
        ..BASE
    },
    Want {
        key: "ofac:15117",
        names: &[(P, "NATIONAL IRANIAN TANKER COMPANY"), (A, "NITC")],
        ids: &[
            (Other, "Email Address", "info@nitc.co.ir", None),
            (Other, "Email Address", "administrator@nitc.co.ir", None),
            (Other, "Website", "www.nitc.co.ir", None),
        ],
        addresses: &[(Some("NITC Building, 67-88, Shahid Atefi Street, Africa Avenue"), Some("Tehran"), None, None, Some("IR"))],
        programmes: &["IRAN"],
        // The raw text has a double space before the seventh "Telephone": white space is collapsed.
        remarks: &["Telephone (98)(9121115315); Telephone (98)(9128091642);", "Fax (98)(21)(22058763)", JCPOA],
        ..BASE
    },
    Want {
        key: "ofac:15902",
        ty: Vessel,
        names: &[(P, "ATLANTIS")],
        ids: &[(Imo, "Vessel Registration Identification", "IMO 9569621", None)],
        programmes: &["IRAN"],
        remarks: &[JCPOA, EO13599_VESSEL],
        ..BASE
    },
    Want {
        key: "ofac:15036",
        ty: Vessel,
        names: &[(P, "SHONA"), (F, "ABADAN"), (F, "ALPHA")],
        ids: &[(Mmsi, "MMSI", "572469210", None), (Imo, "Vessel Registration Identification", "IMO 9187629", None)],
        programmes: &["IRAN"],
        remarks: &[
            "(Linked To: NATIONAL IRANIAN TANKER COMPANY)",
            "Former Vessel Flag: Malta",
            "Former Vessel Flag: Tuvalu",
            "Former Vessel Flag: None Identified",
            EO13599_VESSEL,
        ],
        ..BASE
    },
    Want {
        key: "ofac:4641",
        names: &[
            (P, "EUROPAISCH-IRANISCHE HANDELSBANK AG"),
            (F, "DEUTSCH-IRANISCHE HANDELSBANK AG"),
            (A, "EUROPAESCH-IRANISCHE HANDELSBANK AKTIENGESELLSCHAFT"),
            (A, "EUROPAEISCH-IRANISCHE HANDELSBANK"),
            (A, "GERMAN-IRANIAN TRADE BANK"),
        ],
        addresses: &[
            (Some("Hamburg Head Office, Depenau 2, D-20095 Hamburg, P.O. Box 101304, D-20008 Hamburg"), Some("Hamburg"), None, None, Some("DE")),
            (Some("Kish Branch, Sanaee Avenue, PO Box 79415/148"), Some("Kish Island"), None, Some("79415"), Some("IR")),
            (Some("Tehran Branch, No. 1655/1, Valiasr Avenue, PO Box 19656 43 511"), Some("Tehran"), None, None, Some("IR")),
        ],
        programmes: &["IRAN"],
        remarks: &["all offices worldwide", EO13599],
        ..BASE
    },
    Want {
        key: "ofac:15268",
        names: &[(P, "BANK OF KUNLUN CO LTD"), (F, "KARAMAY URBAN CREDIT COOPERATIVES"), (F, "KARAMAY CITY COMMERCIAL BANK CO LTD.")],
        ids: &[(Bic, "SWIFT/BIC", "CKLB CN BJ", None)],
        addresses: &[
            (Some("172 Xibin Rd, Ranghulu District, (Daqing, Heilongjiang Branch)"), Some("Daqing"), None, Some("163453"), Some("CN")),
            (Some("9 Dongzhimen North Street, Dongcheng District, (Head Office)"), Some("Beijing"), None, Some("100007"), Some("CN")),
            (Some("No. 7 Century Ave, (Registered Office)"), Some("Xinjiang"), Some("Karamay"), Some("834000"), Some("CN")),
            (
                Some("No. 68 Zhongya South Rd, Economic and Technological Development Zone, (Urumqi, Xinjiang Branch)"),
                Some("Urumqi"),
                None,
                Some("830026"),
                Some("CN"),
            ),
        ],
        programmes: &["561List"],
        remarks: &["United States financial institutions are prohibited from opening or maintaining a correspondent account or a payable-through account for the foreign financial institution listed here, pursuant to 31 C.F.R. section 561.201(c)"],
        ..BASE
    },
    Want {
        key: "ofac:15719",
        ty: Person,
        names: &[(P, "CAMBIS, Dimitris"), (A, "KAMPIS, Dimitrios Alexandros"), (W, "KLIMT, Gustav")],
        dobs: &[("1963-10-14", "1963-10-14", false, "14 Oct 1963")],
        programmes: &["IRAN"],
        remarks: &[EO13599, JCPOA],
        ..BASE
    },
    Want {
        key: "ofac:17015",
        names: &[
            (P, "VNESHECONOMBANK"),
            (W, "VEB"),
            (A, "BANK RAZVITIYA I VNESHNEEKONOMICHESKOI DEYATELNOSTI (VNESHEKONOMBANK) GOSUDARSTVENNAYA KORPORATSIYA"),
            (A, "BANK FOR DEVELOPMENT AND FOREIGN ECONOMIC AFFAIRS (VNESHECONOMBANK) STATE CORPORATION"),
        ],
        ids: &[
            (Other, "Website", "http://www.veb.ru", None),
            (Other, "BIK (RU)", "044525060", None),
            (Other, "Email Address", "info@veb.ru", None),
            (Bic, "SWIFT/BIC", "BFEA RU MM", None),
        ],
        addresses: &[(Some("9 Akademika Sakharova prospekt"), Some("Moscow"), None, Some("107996"), Some("RU"))],
        programmes: &["UKRAINE-EO13662"],
        remarks: &[
            "For more information on directives, please visit the following link: http://www.treasury.gov/resource-center/sanctions/Programs/Pages/ukraine.aspx#directives.",
            "Executive Order 13662 Directive Determination - Subject to Directive 1",
        ],
        ..BASE
    },
    Want {
        key: "ofac:9641",
        ty: Person,
        names: &[(P, "AL-SHANTI, Jamileh Abdullah"), (A, "EL-SHANTI, Jameela Abdallah"), (A, "AL SHANTEE, Jamila Abed Allah")],
        dobs: &[("1955", "1955", false, "1955")],
        pobs: &[("Jabalia Camp", None)],
        addresses: &[(None, None, Some("Gaza"), None, Some("PS"))],
        programmes: &["NS-PLC"],
        ..BASE
    },
];

const CLASSIC_2024: &[Want] = &[
    Want {
        key: "ofac:9647",
        ty: Person,
        names: &[(P, "ZAHHAR, Mahmoud Khaled"), (A, "AL ZAHAR, Mahmoud Khaled"), (W, "ZAHAR, Mahmoud"), (W, "AL-ZAHAR, Mahmoud")],
        dobs: &[("1945", "1945", false, "1945")],
        // The country table knows "Gaza Strip" (PS).
        pobs: &[("Gaza Strip", Some("PS"))],
        nationalities: &[("Palestinian", Some("PS"))],
        // "Region: Gaza": its code is the country table's business.
        addresses: &[(None, None, None, None, Some(FROM_TABLE))],
        programmes: &["NS-PLC", "SDGT"],
        gender: Some("Male"),
        remarks: &["(Linked To: HAMAS); Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886"],
        ..BASE
    },
    Want {
        key: "ofac:26182",
        ty: Person,
        names: &[(P, "KAYAKIRAN, Evren")],
        dobs: &[("1980-02-08", "1980-02-08", false, "08 Feb 1980")],
        citizenships: &[("Turkey", Some("TR"))],
        ids: &[(Passport, "Passport", "U00242309", Some("TR"))],
        addresses: &[(None, None, None, None, Some("TR"))],
        programmes: &["FSE-IR"],
        gender: Some("Male"),
        ..BASE
    },
    Want {
        key: "ofac:30882",
        names: &[
            (P, "CHINA TELECOM CORPORATION LIMITED"),
            (A, "CHINA TELECOM"),
            (A, "CHINA TELECOM CO., LTD"),
            (A, "CHINA TELECOM CORP LTD"),
        ],
        ids: &[
            (Registration, "Unified Social Credit Code (USCC)", "9111000071093019X7", Some("CN")),
            (Other, "Equity Ticker", "CHA US", None),
            (Other, "Equity Ticker", "CHA RU", None),
            (Other, "Equity Ticker", "ZCHA DE", None),
            (Other, "Equity Ticker", "CHA AR", None),
            (Other, "Equity Ticker", "K3ED SG", None),
            (Other, "Equity Ticker", "0728 HK", None),
            (Other, "Equity Ticker", "ZCH DE", None),
            (Other, "ISIN", "US1694261033", None),
            (Other, "ISIN", "CNE1000002V2", None),
            (Other, "ISIN", "CND100020NC4", None),
            (Other, "ISIN", "CND1000248G3", None),
            (Other, "ISIN", "CND10003ND87", None),
        ],
        addresses: &[(Some("31 Jinrong Street, Xicheng District"), Some("Beijing"), None, Some("100033"), Some("CN"))],
        programmes: &["CMIC-EO13959"],
        remarks: &[
            "(Linked To: CHINA TELECOMMUNICATIONS CORPORATION)",
            "Issuer Name: China Telecom Corporation Limited",
            "Issuer Name: China Telecom Corporation Limited.Co.Ltd",
            "Target Type: Public Company",
            "Listing Date (CMIC): 03 Jun 2021",
            "Purchase/Sales For Divestment Date (CMIC): 03 Jun 2022",
            "Effective Date (CMIC): 02 Aug 2021",
        ],
        ..BASE
    },
    Want {
        key: "ofac:17022",
        names: &[
            (P, "OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY"),
            (A, "OJSC ROSNEFT OIL COMPANY"),
            (A, "ROSNEFT OIL COMPANY"),
            (A, "OAO ROSNEFT OIL COMPANY"),
            (A, "OIL COMPANY ROSNEFT"),
            (A, "ROSNEFT"),
        ],
        ids: &[
            (Registration, "Registration ID", "1027700043502", Some("RU")),
            (Registration, "Government Gazette Number", "00044428", Some("RU")),
            (TaxId, "Tax ID No.", "7706107510", Some("RU")),
            (Other, "Email Address", "postman@rosneft.ru", None),
            (Other, "Website", "www.rosneft.com", None),
            (Other, "Website", "www.rosneft.ru", None),
        ],
        addresses: &[(Some("26/1 Sofiyskaya Embankment"), Some("Moscow"), None, Some("115035"), Some("RU"))],
        programmes: &["UKRAINE-EO13662"],
        remarks: &[
            "Executive Order 13662 Directive Determination - Subject to Directive 2",
            "Executive Order 13662 Directive Determination - Subject to Directive 4",
            "Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209",
        ],
        ..BASE
    },
    Want {
        key: "ofac:9639",
        ty: Person,
        names: &[(P, "HANIYA, Ismail Abdul Salah"), (A, "HANIYA, Ismail"), (A, "HANIYYA, Ismaeel")],
        dobs: &[("1962", "1962", false, "1962")],
        pobs: &[("Shati", None)],
        programmes: &["NS-PLC"],
        ..BASE
    },
];

const ENHANCED_WANT: &[Want] = &[
    Want {
        key: "ofac:26719",
        names: &[(P, "IRGC GROUND FORCES"), (A, "ISLAMIC REVOLUTION GUARDS CORPS GROUND FORCE")],
        addresses: &[(None, Some("Tehran"), None, None, Some("IR")), (None, None, None, None, Some("SY"))],
        programmes: &["FTO", "IRGC"],
        listed_on: Some("2019-04-15"),
        remarks: &[SECONDARY],
        ..BASE
    },
    Want {
        key: "ofac:26526",
        ty: Person,
        names: &[(P, "EBRAHIMI, Ayatollah")],
        dobs: &[("1972", "1972", false, "1972")],
        pobs: &[("Qomshaneh, Hamadan Province, Iran", Some("IR"))],
        programmes: &["IFSR", "IRGC", "SDGT"],
        listed_on: Some("2019-03-26"),
        remarks: &[SECONDARY, "Linked To: ANSAR BANK (Acting for or on behalf of)"],
        ..BASE
    },
    Want {
        key: "ofac:26527",
        names: &[(P, "IRANIAN ATLAS COMPANY")],
        ids: &[(Registration, "Business Registration Number", "59784", Some("IR"))],
        addresses: &[(Some("No. 5, 10th Baharestan, Pasdaran Street"), Some("Tehran"), None, None, Some("IR"))],
        programmes: &["IFSR", "IRGC", "SDGT"],
        listed_on: Some("2019-03-26"),
        remarks: &[SECONDARY, "Linked To: ANSAR BANK (Owned or Controlled By)"],
        ..BASE
    },
    Want {
        key: "ofac:24475",
        ty: Aircraft,
        names: &[(P, "EP-PUL")],
        ids: &[(AircraftSerial, "Aircraft Manufacturer's Serial Number (MSN)", "33448393", None)],
        programmes: &["IFSR", "IRGC", "SDGT"],
        listed_on: Some("2018-05-24"),
        remarks: &[SECONDARY, "Linked To: POUYA AIR (Owned or Controlled By)"],
        ..BASE
    },
    Want {
        key: "ofac:26057",
        ty: Person,
        names: &[
            (P, "AL-ZAYDI, Shibl Muhsin 'Ubayd"),
            (W, "SHIBL, Hajji"),
            (A, "AL ZAIDI, Shebl"),
            (A, "AL ZAIDI, Shibl"),
            (A, "AL-ZADI, Shibl Muhsin Ubayd"),
            (A, "AL-ZAYDI, Hajji Shibl Muhsin"),
            (A, "MAHDI, Ja'far Salih"),
        ],
        dobs: &[("1968-10-28", "1968-10-28", false, "28 Oct 1968")],
        pobs: &[("Baghdad, Iraq", Some("IQ"))],
        addresses: &[(None, None, None, None, Some("IQ"))],
        programmes: &["IFSR", "IRGC", "SDGT"],
        gender: Some("Male"),
        listed_on: Some("2018-11-13"),
        remarks: &[
            HIZBALLAH,
            "; Additional Sanctions Information - Subject to Secondary Sanctions;",
            "Linked To: HIZBALLAH (Providing support to)",
            "Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE (Acting for or on behalf of)",
        ],
        ..BASE
    },
    Want {
        key: "ofac:26119",
        names: &[
            (P, "GLOBAL VISION GROUP"),
            (A, "LIMITED LIABILITY COMPANY GLOBAL CONCEPTS GROUP"),
            (O, "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ ГЛОБАЛЬНЫЕ КОНЦЕПЦИИ ГРУПП"),
            (W, "LLC GKG"),
            (O, "ООО ГКГ"),
        ],
        addresses: &[
            (Some("Office I Room 7, Building 3, House 22, Staromonetny Lane"), Some("Moscow"), None, Some("119180"), Some("RU")),
            (None, None, None, None, Some("RU")),
            (Some("Staromonetne STR 22/3"), Some("Moscow"), None, None, Some("RU")),
        ],
        programmes: &["IFSR", "IRGC", "SDGT", "SYRIA"],
        listed_on: Some("2018-11-20"),
        remarks: &[HIZBALLAH, "Linked To: ALCHWIKI, Mhd Amer (Owned or Controlled By)", "Linked To: BANIAS REFINERY COMPANY (Providing support to)"],
        ..BASE
    },
    Want {
        key: "ofac:28683",
        ty: Person,
        names: &[
            (P, "SABURINEZHAD, Hasan"),
            (O, "\u{062d}\u{0633}\u{0646} \u{0633}\u{0628}\u{0631}\u{06cc} \u{0646}\u{0698}\u{0627}\u{062f}"),
            (A, "SABURINEJAD, Ali"),
            (W, "Engineer Morteza"),
            (A, "NAZHAD, Hasan Saburi"),
            (A, "SABURINEZHAD, Ali"),
            (W, "SABURI, Hasan"),
            (W, "MURTADA, Muhandis"),
        ],
        dobs: &[("1965-01-09", "1965-01-09", false, "09 Jan 1965")],
        nationalities: &[("Iran", Some("IR"))],
        ids: &[(NationalId, "National ID No.", "0383595282", Some("IR"))],
        addresses: &[(None, None, None, None, Some("IR")), (None, None, None, None, Some("IQ")), (None, None, None, None, Some("SY"))],
        programmes: &["IFSR", "IRGC", "SDGT"],
        gender: Some("Male"),
        listed_on: Some("2020-03-26"),
        remarks: &[SECONDARY],
        ..BASE
    },
    Want {
        key: "ofac:26528",
        names: &[(P, "ANSAR BANK BROKERAGE COMPANY"), (F, "PAR GOSTAR KHOBREH")],
        ids: &[(Registration, "Business Registration Number", "24467", Some("IR"))],
        addresses: &[(None, None, None, None, Some("IR"))],
        programmes: &["IFSR", "IRGC", "SDGT"],
        listed_on: Some("2019-03-26"),
        remarks: &[SECONDARY],
        ..BASE
    },
    Want {
        key: "ofac:26120",
        ty: Person,
        names: &[
            (P, "ALCHWIKI, Mhd Amer"),
            (A, "ALCHWIKI, Amer"),
            (A, "CHWIKI, Mohammad Amer"),
            (A, "ALCHWIKI, Amer Mhd"),
            (A, "SHWEIKI, Mohammad Amer"),
            (A, "ALCHWIKI, Mohamad Amer"),
            (A, "SHUWAYKI, Mohamad Amer"),
            (A, "AL-SHUWAYKI, Muhammad 'Amir Muhammad Akram"),
            (A, "AL-SHWEIKI, Mohamad Amer"),
            (A, "AL-SHWEIKI, Muhammad Omar"),
            (A, "AL CHWIKI, Mohamad Amer Mohamad Akram"),
            (A, "ALSHWIKI, Mhd Amer"),
            (O, "АЛЬШВИКИ, Мхд Амер"),
        ],
        dobs: &[("1972-09-04", "1972-09-04", false, "04 Sep 1972")],
        pobs: &[("Damascus, Syria", Some("SY"))],
        nationalities: &[("Syria", Some("SY"))],
        citizenships: &[("Syria", Some("SY"))],
        ids: &[
            (Passport, "Passport", "N012430661", None),
            (Passport, "Passport", "N010794545", None),
            (Passport, "Passport", "N007024509", None),
            (Passport, "Passport", "N005668098", None),
        ],
        addresses: &[(Some("71 Linton Road, Acton"), Some("London"), None, Some("W3 9HL"), Some("GB")), (None, None, None, None, Some("SY"))],
        programmes: &["IFSR", "IRGC", "SDGT", "SYRIA"],
        gender: Some("Male"),
        listed_on: Some("2018-11-20"),
        remarks: &[HIZBALLAH, "Linked To: GLOBAL VISION GROUP (Acting for or on behalf of)"],
        ..BASE
    },
    Want {
        key: "ofac:47234",
        names: &[(P, "CHINA OIL AND PETROLEUM COMPANY LIMITED"), (O, "中國中油股份有限公司")],
        ids: &[
            (Registration, "Business Registration Number", "69969691-000", Some("HK")),
            (Registration, "Company Number", "2755177", Some("HK")),
            (Registration, "Legal Entity Number", "875500573TJOLWAOJL18", None),
        ],
        addresses: &[(Some("RM702, 7/F Waga Comm Ctr 99, Wellington St. Central"), Some("Hong Kong"), None, None, Some("CN"))],
        programmes: &["IFSR", "IRGC", "SDGT"],
        listed_on: Some("2024-02-02"),
        remarks: &[
            "Organization Established Date: 16 Oct 2018",
            "Secondary sanctions risk: section 1(b) of Executive Order 13224, as amended by Executive Order 13886",
            "Linked To: ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE (Providing support to)",
        ],
        ..BASE
    },
    Want {
        key: "ofac:26123",
        ty: Person,
        names: &[(P, "SAJJAD, Rasoul"), (A, "SAJJAD, Rasul"), (A, "SAJJAD, Rassoul")],
        dobs: &[("1970-08-09", "1970-08-09", false, "09 Aug 1970")],
        pobs: &[("Esfahan, Iran", Some("IR"))],
        ids: &[(Passport, "Passport", "G9333110", Some("IR"))],
        addresses: &[(None, None, None, None, Some("IR"))],
        programmes: &["IFSR", "IRGC", "SDGT"],
        gender: Some("Male"),
        titles: &["Dr"],
        listed_on: Some("2018-11-20"),
        remarks: &[SECONDARY],
        ..BASE
    },
    Want {
        key: "ofac:23143",
        ty: Person,
        names: &[(P, "HEIDARI, Reza")],
        dobs: &[("1977-01-10", "1977-01-10", false, "10 Jan 1977")],
        ids: &[(Passport, "Passport", "A37899489", Some("IR")), (Passport, "Passport", "R24530943", Some("IR"))],
        programmes: &["IFSR", "IRGC", "SDGT"],
        gender: Some("Male"),
        listed_on: Some("2017-11-20"),
        remarks: &[SECONDARY],
        ..BASE
    },
    Want {
        key: "ofac:12057",
        ty: Person,
        names: &[
            (P, "NAQDI, Mohammad Reza"),
            (A, "NAGHDI, Mohammad Reza"),
            (A, "SHAMS, Mohammad Reza"),
            (A, "NAQDI, Muhammad"),
            (A, "NAQDI, Mohammad-Reza"),
            (A, "NAGHDI, Mohammedreza"),
            (A, "NAQDI, Gholamreza"),
            (A, "NAQDI, Gholam-reza"),
        ],
        dobs: &[
            ("1951", "1953", false, "1951 to 1953"),
            ("1960", "1962", false, "1960 to 1962"),
            ("1961-04", "1961-04", false, "Apr 1961"),
            ("1953", "1953", false, "1953"),
        ],
        pobs: &[("Najaf, Iraq", Some("IQ")), ("Tehran, Iran", Some("IR"))],
        nationalities: &[("Iran", Some("IR"))],
        addresses: &[(None, None, None, None, Some("IR"))],
        programmes: &["IFSR", "IRAN-EO13876", "IRAN-HR", "IRGC", "NPWMD", "SDGT"],
        gender: Some("Male"),
        titles: &["Brigadier General and Commander of the IRGC Basij Resistance Force; President of the Organization of the Basij of the Oppressed; Chief of the Mobilization of the Oppressed Organization"],
        listed_on: Some("2010-06-16"),
        remarks: &["Head of the Basij; Additional Sanctions Information - Subject to Secondary Sanctions"],
        ..BASE
    },
    Want {
        key: "ofac:11177",
        ty: Person,
        names: &[
            (P, "SHAHLAI, Abdul Reza"),
            (A, "SHAHLAI, Abdol Reza"),
            (A, "SHALA'I, Abdul Reza"),
            (A, "SHALAI, 'Abd-al Reza"),
            (A, "SHAHLAI, 'Abdorreza"),
            (A, "SHAHLA'I, Abdolreza"),
            (A, "SHAHLAEE, Abdul-Reza"),
            (W, "YUSEF, Hajj"),
            (W, "YUSIF, Haji"),
            (W, "YASIR, Hajji"),
            (W, "YUSIF, Hajji"),
            (W, "ABU-AL-KARKH', 'Yusuf"),
        ],
        dobs: &[("1957", "1957", true, "circa 1957")],
        addresses: &[
            (None, Some("Kermanshah"), None, None, Some("IR")),
            (Some("Mehran Military Base"), None, Some("Ilam Province"), None, Some("IR")),
        ],
        programmes: &["IFSR", "IRAQ3", "IRGC", "SDGT"],
        listed_on: Some("2008-09-16"),
        remarks: &[SECONDARY],
        ..BASE
    },
    Want {
        key: "ofac:38420",
        ty: Person,
        names: &[(P, "NIKAEEN RAVARI, Amir Hossein"), (A, "NICKAEIN RAVARI, Amir Hossein"), (A, "NIKA'IN, Amir Hosein")],
        dobs: &[("1992-04-13", "1992-04-13", false, "13 Apr 1992")],
        pobs: &[("Meybod, Yazd Province, Iran", Some("IR"))],
        nationalities: &[("Iran", Some("IR"))],
        ids: &[
            (CryptoWallet, "Digital Currency Address - XBT", "1H939dom7i4WDLCKyGbXUp3fs9CSTNRzgL", None),
            (CryptoWallet, "Digital Currency Address - XBT", "bc1qsxf77cvwcd6jv6j8d8j3uhh4g0xqw4meswmwuc", None),
            (CryptoWallet, "Digital Currency Address - XBT", "bc1q9lvynkfpaw330uhqmunzdz6gmafsvapv7y3zty", None),
            (CryptoWallet, "Digital Currency Address - XBT", "bc1qpaly5nm7pfka9v92d6qvl4fc2l9xzee8a6ys3s", None),
            (NationalId, "National ID No.", "4480046429", Some("IR")),
        ],
        addresses: &[(None, None, None, None, Some("IR"))],
        programmes: &["CYBER2", "IFSR", "IRGC"],
        gender: Some("Male"),
        listed_on: Some("2022-09-14"),
        remarks: &[SECONDARY],
        ..BASE
    },
    Want {
        key: "ofac:12803",
        names: &[
            (P, "TIDEWATER MIDDLE EAST CO."),
            (A, "TIDE WATER MIDDLE EAST MARINE SERVICE"),
            (A, "TIDEWATER CO. (MIDDLE EAST MARINE SERVICES)"),
            (A, "TIDE WATER COMPANY"),
            (A, "FARAZ ROYAL QESHM LLC"),
        ],
        ids: &[
            (Other, "Email Address", "info@tidewaterco.com", None),
            (Other, "Email Address", "info@tidewaterco.ir", None),
            (Other, "Website", "www.tidewaterco.com", None),
            (Registration, "Business Registration Document #", "18745", Some("IR")),
        ],
        addresses: &[(Some("No. 80, Tidewater Building, Vozara Street, Next to Saie Park"), Some("Tehran"), None, None, Some("IR"))],
        programmes: &["IFCA", "IFSR", "IRGC", "NPWMD", "SDGT"],
        listed_on: Some("2011-06-23"),
        remarks: &[
            "Telephone: 982188553321; Alt. Telephone: 982188554432; Fax: 982188717367; Alt. Fax: 982188708761; Alt. Fax: 982188708911; Additional Sanctions Information -",
            "IFCA Determination - Port Operator",
        ],
        ..BASE
    },
    Want {
        key: "ofac:15740",
        ty: Aircraft,
        names: &[(P, "YK-ANE")],
        ids: &[
            (Other, "Aircraft Construction Number (also called L/N or S/N or F/N)", "3103", None),
            (AircraftSerial, "Aircraft Manufacturer's Serial Number (MSN)", "57303103", None),
        ],
        programmes: &["IFSR", "IRGC", "SDGT", "SYRIA"],
        listed_on: Some("2013-05-16"),
        remarks: &["Linked To: SYRIAN ARAB AIRLINES (Owned or Controlled By)"],
        ..BASE
    },
    Want {
        key: "ofac:48727",
        ty: Aircraft,
        names: &[(P, "EP-PUS")],
        ids: &[
            (AircraftSerial, "Aircraft Manufacturer's Serial Number (MSN)", "1023409321", None),
            (Other, "Aircraft Mode S Transponder Code", "7342B3", None),
        ],
        programmes: &["IFSR", "IRGC", "NPWMD", "SDGT"],
        listed_on: Some("2024-04-25"),
        remarks: &[SECONDARY, "Linked To: POUYA AIR (Property in the interest of)"],
        ..BASE
    },
    Want {
        key: "ofac:37957",
        names: &[
            (P, "AFKAR SYSTEM YAZD COMPANY"),
            (O, "\u{0634}\u{0631}\u{06a9}\u{062a} \u{0627}\u{0641}\u{06a9}\u{0627}\u{0631} \u{0633}\u{06cc}\u{0633}\u{062a}\u{0645} \u{06cc}\u{0632}\u{062f}"),
            (A, "YAZD AFKAR SYSTEM PRIVATE JOINT STOCK COMPANY"),
        ],
        ids: &[(NationalId, "National ID No.", "10860176637", Some("IR")), (Registration, "Registration ID", "8862", Some("IR"))],
        addresses: &[(
            Some("Building 5, 2nd Floor, Amir al-Momenein Alley, 31st Alley, Central Area"),
            Some("Yazd"),
            None,
            Some("8916984626"),
            Some("IR"),
        )],
        programmes: &["CYBER2", "IFSR", "IRGC"],
        listed_on: Some("2022-09-14"),
        remarks: &[
            "Organization Established Date: 30 Jun 2007",
            "Organization Type: Other information technology and computer service activities",
            "Target Type: Private Company",
            "Linked To: KHATIBI AGHADA, Ahmad (Owned or Controlled By)",
        ],
        ..BASE
    },
    Want {
        key: "ofac:23146",
        names: &[(P, "PRINTING TRADE CENTER GMBH"), (A, "PTC GMBH")],
        ids: &[(Other, "Website", "www.ptccenter.de", None), (Registration, "Registration ID", "HRB58893", Some("DE"))],
        addresses: &[
            (Some("Konrad Duden Weg 3, 60437"), Some("Frankfurt am Main"), None, None, Some("DE")),
            (Some("Schubertstr. 1 a, 65760"), Some("Eschborn"), Some("Hessen"), None, Some("DE")),
        ],
        programmes: &["IFSR", "IRGC", "SDGT"],
        listed_on: Some("2017-11-20"),
        remarks: &[SECONDARY],
        ..BASE
    },
];

#[test]
fn classic_2018_records_field_by_field() {
    let s = snapshot(CONS_2018);
    for w in CLASSIC_2018 {
        check(s, w);
    }
    // Particulars not covered by `check`.
    let shona = entity(s, "ofac:15036")
        .vessel
        .as_ref()
        .expect("vessel info");
    assert_eq!(shona.call_sign.as_deref(), Some("T2EU4"));
    assert_eq!(
        shona.vessel_type.as_deref(),
        Some("Crude/Oil Products Tanker")
    );
    assert_eq!(
        shona.flag.as_ref().and_then(|c| c.code.as_deref()),
        Some("TZ")
    );
    assert_eq!(shona.tonnage.as_deref(), Some("99144"));
    assert_eq!(shona.gross_registered_tonnage.as_deref(), Some("56068"));
    assert_eq!(shona.owner, None);
    let atlantis = entity(s, "ofac:15902")
        .vessel
        .as_ref()
        .expect("vessel info");
    assert_eq!(atlantis.call_sign.as_deref(), Some("5IM316"));
    assert_eq!(atlantis.vessel_type.as_deref(), Some("Crude Oil Tanker"));
    assert_eq!(
        atlantis.flag.as_ref().map(|c| c.raw.as_str()),
        Some("Tanzania")
    );
    assert_eq!(atlantis.owner.as_deref(), Some("NITC"));
    assert_eq!(atlantis.tonnage, None);
    // "None Identified" is not a flag.
    let nine_hdq9 = s
        .entities
        .iter()
        .find(|e| e.vessel.as_ref().and_then(|v| v.call_sign.as_deref()) == Some("9HDQ9"));
    assert_eq!(
        nine_hdq9
            .and_then(|e| e.vessel.as_ref())
            .map(|v| v.flag.is_none()),
        Some(true)
    );
    // Document dates.
    let future = entity(s, "ofac:10664");
    assert_eq!(future.identifiers[0].expires, FuzzyDate::ymd(2009, 6, 9));
    assert_eq!(future.identifiers[0].issued, None);
    let edbi = entity(s, "ofac:11208");
    assert_eq!(edbi.identifiers[0].issued, FuzzyDate::ymd(1991, 7, 10));
    // Name parts and notes.
    let p = &entity(s, "ofac:15961").names[0];
    let parts: Vec<(NamePartKind, &str)> =
        p.parts.iter().map(|x| (x.kind, x.value.as_str())).collect();
    assert_eq!(
        parts,
        [
            (NamePartKind::Given, "Seifollah"),
            (NamePartKind::Family, "JASHNSAZ")
        ]
    );
    assert!(
        entity(s, "ofac:4632").names[0].parts.is_empty(),
        "an organisation name has no parts"
    );
    let klimt = &entity(s, "ofac:15719").names[2];
    assert!(
        klimt.parts.is_empty(),
        "a one-field weak alias is not split"
    );
    assert_eq!(
        entity(s, "ofac:4641").names[1].note.as_deref(),
        Some("f.k.a.")
    );
    assert_eq!(entity(s, "ofac:4641").names[2].note, None);
}

#[test]
fn classic_2024_records_field_by_field() {
    let s = snapshot(CONS_2024);
    for w in CLASSIC_2024 {
        check(s, w);
    }
    let gaza = &entity(s, "ofac:9647").addresses[0];
    assert_eq!(
        gaza.country.as_ref().map(|c| c.raw.as_str()),
        Some("Region: Gaza")
    );
}

#[test]
fn enhanced_records_field_by_field() {
    let s = snapshot(ENHANCED);
    for w in ENHANCED_WANT {
        check(s, w);
    }
    let air = entity(s, "ofac:24475")
        .aircraft
        .as_ref()
        .expect("aircraft info");
    assert_eq!(
        (
            air.model.as_deref(),
            air.operator.as_deref(),
            air.manufactured.as_deref()
        ),
        (Some("IL-76"), Some("Pouya Air"), Some("1983"))
    );
    let ane = entity(s, "ofac:15740")
        .aircraft
        .as_ref()
        .expect("aircraft info");
    assert_eq!(
        (
            ane.model.as_deref(),
            ane.operator.as_deref(),
            ane.manufactured.as_deref()
        ),
        (Some("An-26"), Some("Syrianair"), Some("1975"))
    );
    let pus = entity(s, "ofac:48727")
        .aircraft
        .as_ref()
        .expect("aircraft info");
    assert_eq!(
        (
            pus.model.as_deref(),
            pus.operator.as_deref(),
            pus.manufactured.as_deref()
        ),
        (Some("Ilyushin IL-76TD"), None, Some("1992"))
    );

    let sajjad = &entity(s, "ofac:26123").identifiers[0];
    assert_eq!(
        (sajjad.issued, sajjad.expires, sajjad.note.as_deref()),
        (FuzzyDate::ymd(2014, 3, 3), FuzzyDate::ymd(2019, 3, 3), None)
    );
    let heidari = &entity(s, "ofac:23143").identifiers;
    assert_eq!(
        (heidari[0].expires, heidari[0].note.as_deref()),
        (FuzzyDate::ymd(2021, 7, 26), None)
    );
    assert_eq!(
        (heidari[1].expires, heidari[1].note.as_deref()),
        (FuzzyDate::ymd(2017, 6, 23), Some("not valid"))
    );
    // issuingLocation equal to the issuing country adds nothing.
    let fada = &entity(s, "ofac:40599").identifiers[0];
    assert_eq!(
        (fada.value.as_str(), fada.expires, fada.note.as_deref()),
        ("F49973222", FuzzyDate::ymd(2024, 8, 27), None)
    );

    // Typed name parts, in listed order; entity names have none.
    let zaydi = &entity(s, "ofac:26057").names[0];
    let parts: Vec<(NamePartKind, &str)> = zaydi
        .parts
        .iter()
        .map(|x| (x.kind, x.value.as_str()))
        .collect();
    assert_eq!(
        parts,
        [
            (NamePartKind::Given, "Shibl Muhsin"),
            (NamePartKind::Family, "Al-Zaydi"),
            (NamePartKind::Middle, "'Ubayd")
        ]
    );
    assert!(entity(s, "ofac:26719")
        .names
        .iter()
        .all(|n| n.parts.is_empty()));
    let morteza = entity(s, "ofac:28683")
        .names
        .iter()
        .find(|n| n.full == "Engineer Morteza")
        .expect("nickname");
    assert_eq!(
        morteza.parts.iter().map(|p| p.kind).collect::<Vec<_>>(),
        [NamePartKind::Other]
    );
    assert_eq!(
        entity(s, "ofac:26528").names[1].note.as_deref(),
        Some("f.k.a.")
    );
    assert_eq!(
        entity(s, "ofac:28683").names[1].script,
        nomina_model::Script::Arabic
    );
    assert_eq!(
        entity(s, "ofac:47234").names[1].script,
        nomina_model::Script::Han
    );
}

// ---------------------------------------------------------------------------------------
// Every record against a naive scan of the raw text.

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text of `<tag>text</tag>` on one line, if the line is that element.
fn element<'a>(line: &'a str, tag: &str) -> Option<&'a str> {
    let t = line.trim();
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    t.strip_prefix(open.as_str())?.strip_suffix(close.as_str())
}

#[derive(Default, Debug)]
struct RawEntry {
    uid: String,
    first: Option<String>,
    last: Option<String>,
    akas: Vec<(String, String, Option<String>, Option<String>)>,
    dobs: Vec<String>,
    ids: Vec<(String, String)>,
}

/// Splits a pretty-printed classic file into entries by indentation: entry fields are
/// indented 4 spaces, alias fields 8.
fn scan_classic(text: &str) -> Vec<RawEntry> {
    let mut out = Vec::new();
    let mut cur: Option<RawEntry> = None;
    let mut aka: Option<(String, String, Option<String>, Option<String>)> = None;
    let mut id_type: Option<String> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        let t = line.trim();
        if t == "<sdnEntry>" {
            cur = Some(RawEntry::default());
            continue;
        }
        let Some(e) = cur.as_mut() else { continue };
        if t == "</sdnEntry>" {
            out.push(cur.take().expect("entry"));
            continue;
        }
        let v = |tag: &str| element(line, tag).map(|s| collapse(&unescape(s)));
        match indent {
            4 => {
                if let Some(x) = v("uid") {
                    e.uid = x;
                } else if let Some(x) = v("firstName") {
                    e.first = Some(x);
                } else if let Some(x) = v("lastName") {
                    e.last = Some(x);
                }
            }
            6 if t == "<aka>" => aka = Some(Default::default()),
            6 if t == "</aka>" => e.akas.push(aka.take().expect("aka")),
            8 => {
                if let Some(a) = aka.as_mut() {
                    if let Some(x) = v("type") {
                        a.0 = x;
                    } else if let Some(x) = v("category") {
                        a.1 = x;
                    } else if let Some(x) = v("lastName") {
                        a.2 = Some(x);
                    } else if let Some(x) = v("firstName") {
                        a.3 = Some(x);
                    }
                }
                if let Some(x) = v("dateOfBirth") {
                    e.dobs.push(x);
                }
                if let Some(x) = v("idType") {
                    id_type = Some(x);
                } else if let Some(x) = v("idNumber") {
                    e.ids.push((id_type.take().unwrap_or_default(), x));
                }
            }
            _ => {}
        }
    }
    out
}

fn full(last: &Option<String>, first: &Option<String>) -> String {
    match (last, first) {
        (Some(l), Some(f)) => format!("{l}, {f}"),
        (Some(l), None) => l.clone(),
        (None, Some(f)) => f.clone(),
        (None, None) => String::new(),
    }
}

/// Names as the readers leave them: `finish_snapshot` splits names ending in a bracketed
/// acronym (`nomina_lists::acronyms`), which a plain text scan does not.
fn acronyms_split(names: Vec<(NameKind, String)>) -> Vec<(NameKind, String)> {
    let mut e = Entity::new(
        nomina_model::Source::Ofac,
        "scan",
        EntityType::Organization,
        nomina_model::Name::new("", NameKind::Primary),
    );
    e.names = names
        .into_iter()
        .map(|(kind, full)| nomina_model::Name::new(full, kind))
        .collect();
    nomina_lists::acronyms::split_bracketed_acronyms(&mut e);
    e.names.into_iter().map(|n| (n.kind, n.full)).collect()
}

#[test]
fn every_classic_entry_matches_a_plain_text_scan() {
    for file in [CONS_2018, CONS_2024] {
        let s = snapshot(file);
        let raw = scan_classic(&raw_text(file));
        assert_eq!(raw.len(), s.entities.len(), "{file}");
        for (r, e) in raw.iter().zip(&s.entities) {
            assert_eq!(e.key, format!("ofac:{}", r.uid), "{file}: order");
            let want: Vec<(NameKind, String)> = r
                .akas
                .iter()
                .map(|(ty, cat, l, f)| {
                    let kind = match (cat.as_str(), ty.as_str()) {
                        ("weak", _) => NameKind::WeakAlias,
                        (_, "f.k.a.") => NameKind::FormerName,
                        _ => NameKind::Alias,
                    };
                    (kind, full(l, f))
                })
                .collect();
            // OFAC repeats an alias now and then (18769 lists "VYSOKOTOCHNYE KOMPLEKSY" twice
            // as weak): the entity keeps it once.
            let mut want = want;
            let mut seen = BTreeSet::new();
            want.retain(|n| seen.insert(n.clone()));
            // Names ending in a bracketed acronym are split as every reader splits them.
            want.insert(0, (NameKind::Primary, full(&r.last, &r.first)));
            let want = acronyms_split(want);
            assert_eq!(e.names[0].full, want[0].1, "{}", e.key);
            let got: Vec<(NameKind, String)> = e.names[1..]
                .iter()
                .map(|n| (n.kind, n.full.clone()))
                .collect();
            assert_eq!(got, want[1..], "{}: aliases", e.key);
            let dobs: Vec<&str> = e.birth_dates.iter().map(|d| d.raw.as_str()).collect();
            assert_eq!(dobs, r.dobs, "{}: dates of birth", e.key);
            assert!(
                e.birth_dates.iter().all(|d| d.from.is_some()),
                "{}: every DOB in these files is a date",
                e.key
            );
            // Every id value lands somewhere: identifiers, gender or remarks.
            for (label, value) in &r.ids {
                let placed = e
                    .identifiers
                    .iter()
                    .any(|i| &i.value == value && &i.label == label)
                    || (label == "Gender" && e.gender.as_deref() == Some(value.as_str()))
                    || e.remarks
                        .as_deref()
                        .is_some_and(|x| x.contains(value.as_str()));
                assert!(placed, "{}: {label} {value} lost", e.key);
            }
            let raw_ids: BTreeSet<&str> = r.ids.iter().map(|(_, v)| v.as_str()).collect();
            assert!(
                e.identifiers
                    .iter()
                    .all(|i| raw_ids.contains(i.value.as_str())),
                "{}: invented identifier",
                e.key
            );
        }
    }
}

#[test]
fn every_enhanced_entity_matches_a_plain_text_scan() {
    let s = snapshot(ENHANCED);
    let text = raw_text(ENHANCED);
    let body = &text[text.find("<entities>").expect("entities")..];
    let mut keys = Vec::new();
    for chunk in body.split("<entity id=\"").skip(1) {
        let id = &chunk[..chunk.find('"').expect("id")];
        keys.push(format!("ofac:{id}"));
        let e = entity(s, &format!("ofac:{id}"));
        let names_part = &chunk[..chunk.find("</names>").expect("names")];
        let raw_names: BTreeSet<String> = names_part
            .lines()
            .filter_map(|l| element(l, "formattedFullName"))
            .map(|n| collapse(&unescape(n).replace(['\u{202B}', '\u{202C}'], "")))
            .collect();
        // Names ending in a bracketed acronym are split as every reader splits them.
        let raw_names: BTreeSet<String> = acronyms_split(
            raw_names
                .into_iter()
                .map(|n| (NameKind::Alias, n))
                .collect(),
        )
        .into_iter()
        .map(|(_, n)| n)
        .collect();
        let got: BTreeSet<String> = e.names.iter().map(|n| n.full.clone()).collect();
        assert_eq!(got, raw_names, "{}: names", e.key);
        let docs: Vec<String> = chunk
            .lines()
            .filter_map(|l| element(l, "documentNumber"))
            .map(unescape)
            .collect();
        for d in &docs {
            assert!(
                e.identifiers.iter().any(|i| &i.value == d),
                "{}: document {d} lost",
                e.key
            );
        }
        let published = chunk
            .split("datePublished=\"")
            .nth(1)
            .map(|r| &r[..10])
            .expect("datePublished");
        assert_eq!(e.listed_on, Some(date(published)), "{}", e.key);
        let birthdates = chunk.matches(">Birthdate</type>").count();
        assert_eq!(e.birth_dates.len(), birthdates, "{}: dates of birth", e.key);
        let low = chunk.matches("<isLowQuality>true</isLowQuality>").count();
        let weak = e
            .names
            .iter()
            .filter(|n| n.kind == NameKind::WeakAlias)
            .count();
        assert_eq!(weak, low, "{}: weak aliases", e.key);
    }
    let got: Vec<&str> = s.entities.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(got, keys, "file order");
}

// ---------------------------------------------------------------------------------------
// Broken input: each error names the file, where and (where it has one) the field.

fn line_of(path: &Path, needle: &str, nth: usize) -> u64 {
    let text = String::from_utf8_lossy(&std::fs::read(path).expect("fixture")).into_owned();
    let at = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle} in {}", path.display()))
        .0;
    text[..at].matches('\n').count() as u64 + 1
}

fn classic_err(name: &str) -> (ListError, PathBuf) {
    let path = bad(name);
    let file = InputFile::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let err = ofac_xml::parse(&file).expect_err(name);
    assert!(err.file.ends_with(name), "{err}");
    assert!(err.to_string().contains(name), "{err}");
    (err, path)
}

fn enhanced_err(name: &str) -> (ListError, PathBuf) {
    let path = bad(name);
    let file = InputFile::read(&path).unwrap_or_else(|e| panic!("{e}"));
    let err = ofac_enhanced::parse(&file).expect_err(name);
    assert!(err.file.ends_with(name), "{err}");
    (err, path)
}

fn line(err: &ListError) -> u64 {
    match err.position {
        Some(Position::Line(l)) | Some(Position::LineByte(l, _)) => l,
        other => panic!("no line in {err}: {other:?}"),
    }
}

#[test]
fn classic_truncated_inside_a_record() {
    // Cut in the middle of a tag, as an interrupted download leaves it.
    let (e, p) = classic_err("ofac-xml-truncated.xml");
    assert!(
        e.message.contains("end of input") || e.message.contains("truncated"),
        "{e}"
    );
    assert_eq!(line(&e), line_of(&p, "<sdnT", 1));
}

#[test]
fn classic_truncated_between_records() {
    let (e, p) = classic_err("ofac-xml-truncated-between-records.xml");
    assert!(e.message.contains("truncated"), "{e}");
    assert_eq!(e.field.as_deref(), Some("sdnList"));
    assert_eq!(line(&e), line_of(&p, "</sdnEntry>", 1));
}

#[test]
fn classic_record_count_mismatch() {
    let (e, p) = classic_err("ofac-xml-record-count.xml");
    assert_eq!(e.field.as_deref(), Some("Record_Count"));
    assert!(
        e.message.contains("says 3 records but the file holds 2"),
        "{e}"
    );
    assert_eq!(line(&e), line_of(&p, "<publshInformation>", 0));
}

#[test]
fn classic_doctype_with_entities_is_refused() {
    let (e, _) = classic_err("ofac-xml-doctype.xml");
    assert!(e.message.contains("document type"), "{e}");
    assert_eq!(line(&e), 2);
}

#[test]
fn classic_record_without_uid() {
    let (e, p) = classic_err("ofac-xml-missing-uid.xml");
    assert_eq!(e.field.as_deref(), Some("uid"));
    assert_eq!(line(&e), line_of(&p, "<sdnEntry>", 1));
}

#[test]
fn classic_record_without_name() {
    let (e, p) = classic_err("ofac-xml-missing-name.xml");
    assert_eq!(e.field.as_deref(), Some("lastName"));
    assert!(e.message.contains("uid 9639 has no name"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<sdnEntry>", 1));
}

#[test]
fn classic_duplicate_uid() {
    let (e, p) = classic_err("ofac-xml-duplicate-uid.xml");
    assert_eq!(e.field.as_deref(), Some("uid"));
    assert!(e.message.contains("duplicate uid ofac:4632"), "{e}");
    assert!(
        e.message
            .contains(&format!("line {}", line_of(&p, "<sdnEntry>", 0))),
        "{e}"
    );
    assert_eq!(line(&e), line_of(&p, "<sdnEntry>", 1));
}

#[test]
fn classic_invalid_utf8() {
    let (e, p) = classic_err("ofac-xml-invalid-utf8.xml");
    assert!(e.message.contains("UTF-8"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<lastName>HANIY", 0));
}

#[test]
fn classic_wrong_root() {
    let (e, _) = classic_err("ofac-xml-wrong-root.xml");
    assert_eq!(e.field.as_deref(), Some("sdnLists"));
    assert!(e.message.contains("expected <sdnList>"), "{e}");
    assert_eq!(line(&e), 2);
    // Content-based detection does not take it for an OFAC file either.
    assert!(read_path(&bad("ofac-xml-wrong-root.xml")).is_err());
}

#[test]
fn classic_huge_record() {
    let (e, _) = classic_err("ofac-xml-huge-record.xml.gz");
    assert!(e.message.contains("larger than"), "{e}");
    assert_eq!(e.field, None);
    assert!(matches!(e.position, Some(Position::LineByte(_, _))), "{e}");
}

#[test]
fn classic_absurdly_long_name() {
    let (e, p) = classic_err("ofac-xml-long-name.xml");
    assert_eq!(e.field.as_deref(), Some("lastName"));
    assert!(e.message.contains("characters long"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<lastName>", 0));
}

#[test]
fn classic_unknown_sdn_type() {
    let (e, p) = classic_err("ofac-xml-bad-type.xml");
    assert_eq!(e.field.as_deref(), Some("sdnType"));
    assert!(e.message.contains("Spaceship"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<sdnType>Spaceship", 0));
}

#[test]
fn classic_bad_publish_date() {
    let (e, p) = classic_err("ofac-xml-bad-publish-date.xml");
    assert_eq!(e.field.as_deref(), Some("Publish_Date"));
    assert_eq!(line(&e), line_of(&p, "<Publish_Date>", 0));
}

#[test]
fn classic_without_header() {
    let (e, _) = classic_err("ofac-xml-no-header.xml");
    assert_eq!(e.field.as_deref(), Some("publshInformation"));
    assert!(e.message.contains("Record_Count"), "{e}");
}

#[test]
fn classic_malformed_markup() {
    let (e, p) = classic_err("ofac-xml-malformed.xml");
    assert!(e.message.contains("malformed XML"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<lastName>HANIYA</firstName>", 0));
}

#[test]
fn classic_empty_file() {
    let (e, _) = classic_err("ofac-xml-empty.xml");
    assert!(e.message.contains("empty"), "{e}");
    assert_eq!(line(&e), 1);
}

#[test]
fn classic_undefined_entity_reference() {
    let (e, p) = classic_err("ofac-xml-undefined-entity.xml");
    assert_eq!(line(&e), line_of(&p, "&nbsp;", 0));
}

#[test]
fn enhanced_truncated_between_entities() {
    let (e, p) = enhanced_err("ofac-enhanced-truncated.xml");
    assert!(e.message.contains("truncated"), "{e}");
    assert_eq!(e.field.as_deref(), Some("sanctionsData"));
    assert_eq!(line(&e), line_of(&p, "</entity>", 1));
}

#[test]
fn enhanced_truncated_inside_an_entity() {
    let (e, _) = enhanced_err("ofac-enhanced-truncated-in-record.xml");
    assert!(e.message.contains("truncated"), "{e}");
    assert!(line(&e) > 40, "{e}");
}

#[test]
fn enhanced_entity_without_id() {
    let (e, p) = enhanced_err("ofac-enhanced-missing-id.xml");
    assert_eq!(e.field.as_deref(), Some("id"));
    assert_eq!(line(&e), line_of(&p, "<entity>", 0));
}

#[test]
fn enhanced_entity_without_primary_name() {
    for name in [
        "ofac-enhanced-no-primary-name.xml",
        "ofac-enhanced-missing-name.xml",
    ] {
        let (e, p) = enhanced_err(name);
        assert_eq!(e.field.as_deref(), Some("names"), "{name}");
        assert!(e.message.contains("26526 has no primary name"), "{e}");
        assert_eq!(line(&e), line_of(&p, "<entity id=\"26526\">", 0), "{name}");
    }
}

#[test]
fn enhanced_duplicate_id() {
    let (e, p) = enhanced_err("ofac-enhanced-duplicate-id.xml");
    assert_eq!(e.field.as_deref(), Some("id"));
    assert!(e.message.contains("duplicate entity id ofac:26719"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<entity id=\"26719\">", 1));
}

#[test]
fn enhanced_bad_machine_date() {
    let (e, p) = enhanced_err("ofac-enhanced-bad-date.xml");
    assert_eq!(e.field.as_deref(), Some("toDateEnd"));
    assert!(e.message.contains("1972-13-31"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<toDateEnd>1972-13-31", 0));
}

#[test]
fn enhanced_unknown_entity_type() {
    let (e, p) = enhanced_err("ofac-enhanced-unknown-type.xml");
    assert_eq!(e.field.as_deref(), Some("entityType"));
    assert!(e.message.contains("Spaceship"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<entityType refId=\"999\">", 0));
}

#[test]
fn enhanced_wrong_root() {
    let (e, _) = enhanced_err("ofac-enhanced-wrong-root.xml");
    assert_eq!(e.field.as_deref(), Some("sdnList"));
    assert!(e.message.contains("expected <sanctionsData>"), "{e}");
    assert_eq!(line(&e), 2);
}

#[test]
fn enhanced_doctype_is_refused() {
    let (e, _) = enhanced_err("ofac-enhanced-doctype.xml");
    assert!(e.message.contains("document type"), "{e}");
    assert_eq!(line(&e), 2);
}

#[test]
fn enhanced_invalid_utf8() {
    let (e, p) = enhanced_err("ofac-enhanced-invalid-utf8.xml");
    assert!(e.message.contains("UTF-8"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<formattedFullName>EBR", 0));
}

#[test]
fn enhanced_absurdly_long_name() {
    let (e, p) = enhanced_err("ofac-enhanced-long-name.xml");
    assert_eq!(e.field.as_deref(), Some("translation"));
    assert!(e.message.contains("characters long"), "{e}");
    assert_eq!(line(&e), line_of(&p, "<translation id=\"35999\">", 0));
}

#[test]
fn enhanced_empty_file() {
    let (e, _) = enhanced_err("ofac-enhanced-empty.xml");
    assert!(e.message.contains("empty"), "{e}");
}

#[test]
fn real_files_are_detected_by_content() {
    for (f, format) in [
        (CONS_2018, "ofac-xml"),
        (CONS_2024, "ofac-xml"),
        (ENHANCED, "ofac-enhanced-xml"),
    ] {
        let file = InputFile::read(&data(f)).expect("readable");
        assert_eq!(
            nomina_lists::detect(&file.bytes).map(|d| d.as_str()),
            Some(format),
            "{f}"
        );
    }
}
