//! UK readers against the real OFSI consolidated list files (in-repo gzip copies), the UK
//! Sanctions List fixtures written to the published FCDO format, and bad inputs.
//!
//! Every expectation below was written by reading the raw rows of the file (grep on the
//! Group ID), not copied from the parser's output.

use nomina_lists::{parse_bytes, read_path, ListError, ListSnapshot};
use nomina_model::{Entity, EntityType, NameKind};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn data(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/lists/uk")
        .join(file)
}

fn conlist_2014() -> &'static ListSnapshot {
    static S: OnceLock<ListSnapshot> = OnceLock::new();
    S.get_or_init(|| read_path(&data("conlist-2014-04-02.csv.gz")).expect("2014 list parses"))
}

fn conlist_2018() -> &'static ListSnapshot {
    static S: OnceLock<ListSnapshot> = OnceLock::new();
    S.get_or_init(|| read_path(&data("conlist-2018-04-13.csv.gz")).expect("2018 list parses"))
}

fn entity<'a>(s: &'a ListSnapshot, key: &str) -> &'a Entity {
    s.entities
        .iter()
        .find(|e| e.key == key)
        .unwrap_or_else(|| panic!("{key} missing"))
}

/// What the raw rows of one Group ID say.
struct Group {
    key: &'static str,
    kind: EntityType,
    primary: &'static str,
    aliases: &'static [&'static str],
    former: &'static [&'static str],
    /// (raw DOB cell, date as read; "" when the cell is not a valid date)
    dobs: &'static [(&'static str, &'static str)],
    /// (raw nationality value, ISO code)
    nationalities: &'static [(&'static str, &'static str)],
    /// Document numbers, or for notes with no clear number, text the note must contain.
    documents: &'static [&'static str],
    programmes: &'static [&'static str],
    listed_on: &'static str,
    refs: &'static [&'static str],
    titles: &'static [&'static str],
}

const NONE: &[&str] = &[];

fn sorted(v: impl IntoIterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = v.into_iter().collect();
    v.sort();
    v
}

fn strs(v: &[&str]) -> Vec<String> {
    sorted(v.iter().map(|s| s.to_string()))
}

fn check(s: &ListSnapshot, g: &Group) {
    let e = entity(s, g.key);
    let k = g.key;
    assert_eq!(e.entity_type, g.kind, "{k} type");
    assert_eq!(e.names[0].kind, NameKind::Primary, "{k}");
    assert_eq!(e.primary_name(), g.primary, "{k} primary");
    assert_eq!(
        e.names
            .iter()
            .filter(|n| n.kind == NameKind::Primary)
            .count(),
        1,
        "{k}"
    );
    let of_kind = |kind| {
        sorted(
            e.names
                .iter()
                .filter(|n| n.kind == kind)
                .map(|n| n.full.clone()),
        )
    };
    assert_eq!(of_kind(NameKind::Alias), strs(g.aliases), "{k} aliases");
    assert_eq!(
        of_kind(NameKind::FormerName),
        strs(g.former),
        "{k} former names"
    );
    assert_eq!(
        of_kind(NameKind::WeakAlias),
        strs(NONE),
        "{k}: the pre-2022 format has no alias quality"
    );
    assert_eq!(
        e.birth_dates.len(),
        g.dobs.len(),
        "{k} dobs {:?}",
        e.birth_dates
    );
    for (raw, date) in g.dobs {
        let b = e
            .birth_dates
            .iter()
            .find(|b| b.raw == *raw)
            .unwrap_or_else(|| panic!("{k} dob {raw}"));
        let got = b.from.map(|d| d.to_string()).unwrap_or_default();
        assert_eq!(got, *date, "{k} dob {raw}");
        assert_eq!(b.from, b.to, "{k}");
        assert!(!b.approximate, "{k}");
    }
    let nats: Vec<(String, String)> = e
        .nationalities
        .iter()
        .map(|c| (c.raw.clone(), c.code.clone().unwrap_or_default()))
        .collect();
    let want: Vec<(String, String)> = g
        .nationalities
        .iter()
        .map(|(r, c)| (r.to_string(), c.to_string()))
        .collect();
    assert_eq!(nats, want, "{k} nationalities");
    assert_eq!(
        e.identifiers.len(),
        g.documents.len(),
        "{k} documents {:?}",
        e.identifiers
    );
    for d in g.documents {
        assert!(
            e.identifiers
                .iter()
                .any(|i| i.value == *d || i.note.as_deref().is_some_and(|n| n.contains(d))),
            "{k} document {d} in {:?}",
            e.identifiers
        );
    }
    assert_eq!(
        sorted(e.programmes.clone()),
        strs(g.programmes),
        "{k} programmes"
    );
    assert_eq!(
        e.listed_on.map(|d| d.to_string()).as_deref(),
        Some(g.listed_on),
        "{k} listed on"
    );
    assert_eq!(e.other_references, g.refs, "{k} references");
    assert_eq!(e.titles, g.titles, "{k} titles");
    assert!(!e.last_updated.is_empty(), "{k} last updated");
}

const PERSON: EntityType = EntityType::Person;
const ORG: EntityType = EntityType::Organization;
const AQ: &[&str] = &["Al-Qaida"];
const ISIL: &[&str] = &["The ISIL (Da'esh) and Al-Qaida organisations"];

const GROUPS_2014: &[Group] = &[
    Group {
        key: "uk:10657",
        kind: ORG,
        primary: "3M MIZAN MACHINERY MANUFACTURING",
        aliases: &["3MG", "MIZAN MACHINERY MANUFACTURING (3M)"],
        former: NONE,
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: &["Iran (nuclear proliferation)"],
        listed_on: "2008-06-24",
        refs: &["UN Ref E.29.I.11"],
        titles: NONE,
    },
    Group {
        key: "uk:6894",
        kind: PERSON,
        primary: "Mohamad Iqbal ABDURRAHMAN",
        aliases: &[
            "Mohamad Iqbal A RAHMAN",
            "Mohamad Iqbal ABDUL RAHMAN",
            "Abu Jibril ABDURRAHMAN",
            "Fihiruddin MUQTI",
            "Fikiruddin MUQTI",
            "Mohamad Iqbal RAHMAN",
        ],
        former: NONE,
        dobs: &[("17/08/1957", "1957-08-17"), ("17/08/1958", "1958-08-17")],
        nationalities: &[("Indonesian", "ID")],
        documents: &["3603251708570001"],
        programmes: AQ,
        listed_on: "2003-01-24",
        refs: &["UN Ref QI.A.86.03"],
        titles: NONE,
    },
    Group {
        key: "uk:7059",
        kind: PERSON,
        primary: "Said BAHAJI",
        aliases: &[
            "Mohamed ABBATTAY",
            "Abderrahmane AL MAGHRIBI",
            "Zouheir AL MAGHRIBI",
        ],
        former: NONE,
        dobs: &[("15/07/1975", "1975-07-15")],
        nationalities: &[("German", "DE"), ("Moroccan", "MA")],
        documents: &["28642163", "954242", "BPA 1336597587"],
        programmes: AQ,
        listed_on: "2002-10-01",
        refs: &["UN Ref QI.B.80.02"],
        titles: NONE,
    },
    Group {
        key: "uk:11634",
        kind: PERSON,
        primary: "Said Jan 'ABD AL-SALAM",
        aliases: &[
            "Qazi 'ABDALLAH",
            "Sa'id Jan 'ABD-AL-SALAM",
            "Qazi ABDULLAH",
            "Aziz CAIRO",
            "Dilawar Khan Zain KHAN",
            "Farhan KHAN",
            "Qasi SA'ID JAN",
            "Ibrahim WALID",
        ],
        former: NONE,
        dobs: &[("01/01/1972", "1972-01-01"), ("05/02/1981", "1981-02-05")],
        nationalities: &[("Afghan", "AF")],
        documents: &["OR801168", "4117921", "281020505755"],
        programmes: AQ,
        listed_on: "2011-02-28",
        refs: &["UN Ref QI.A.289.11"],
        titles: NONE,
    },
    Group {
        key: "uk:12629",
        kind: PERSON,
        primary: "Mustafa Hajji Muhammad KHAN",
        aliases: &[
            "Abu Gharib AL-MADANI",
            "Hassan GHUL",
            "Hasan GUL",
            "Hassan GUL",
            "Khalid MAHMUD",
            "Mustafa MUHAMMAD",
            "Ahmad SHAHJI",
        ],
        former: NONE,
        dobs: &[
            ("00/00/1976", "1976"),
            ("00/09/1977", "1977-09"),
            ("00/08/1977", "1977-08"),
        ],
        nationalities: &[("Pakistani", "PK"), ("Saudi Arabian", "SA")],
        documents: NONE,
        programmes: AQ,
        listed_on: "2012-03-23",
        refs: &["UN Ref QI.K.306.12"],
        titles: NONE,
    },
    Group {
        key: "uk:11044",
        kind: ORG,
        // Raw names end in (AQAP), (AAS) and (AQY): split into the name and an alias.
        primary: "AL-QAIDA IN THE ARABIAN PENINSULA",
        aliases: &[
            "AL-QAIDA IN THE SOUTH ARABIAN PENINSULA",
            "AL-QAIDA OF JIHAD ORGANIZATION IN THE ARABIAN PENINSULA",
            "AL-QAIDA ORGANIZATION IN THE ARABIAN PENINSULA",
            "ANSAR AL-SHARI'A",
            "TANZIM QA'IDAT AL-JIHAD FI JAZIRAT AL-ARAB",
            "AQAP",
            "AAS",
            "AQY",
        ],
        former: &["AL-QAIDA IN YEMEN"],
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: AQ,
        listed_on: "2010-01-20",
        refs: &["UN Ref QE.A.129.10"],
        titles: NONE,
    },
    Group {
        key: "uk:6995",
        kind: PERSON,
        primary: "Hassan Dahir AWEYS",
        aliases: &[
            "Hassan Dahir Aweys ALI",
            "Hassan Dahir AWES",
            "Hassen Dahir AWEYES",
            "Ahmed Dahir AWEYS",
            "Aweys Hassan DAHIR",
            "Mohammed Hassan IBRAHIM",
            "Hassan Tahir OAIS",
            "Hassan Tahir UWAYS",
        ],
        former: NONE,
        dobs: &[("00/00/1935", "1935")],
        nationalities: &[("Somali", "SO")],
        documents: NONE,
        // Listed under two regimes, on 08/11/2001 and 28/04/2010: the first listing counts.
        programmes: &["Somalia", "Al-Qaida"],
        listed_on: "2001-11-08",
        refs: &["UN Ref QI.D.42.01"],
        titles: &["Colonel/Shaykh/Sheikh"],
    },
    Group {
        key: "uk:8052",
        kind: PERSON,
        primary: "Benjamin D YEATEN",
        aliases: &["Benjamin D YEATON"],
        former: NONE,
        // 29/02/1969 is not a date: kept as text, never turned into 1 March.
        dobs: &[("28/02/1969", "1969-02-28"), ("29/02/1969", "")],
        nationalities: &[],
        documents: &["D00123299"],
        programmes: &["Liberia"],
        listed_on: "2004-06-23",
        refs: NONE,
        titles: NONE,
    },
    Group {
        key: "uk:12871",
        kind: ORG,
        primary: "SECOND ACADEMY OF NATURAL SCIENCES",
        aliases: &[
            "2ND ACADEMY OF NATURAL SCIENCES",
            "ACADEMY OF NATURAL SCIENCES",
            "CHAYON KWAHAK-WON",
            "CHE 2 CHAYON KWAHAKWON",
            "KUKPANG KWAHAK-WON",
            "NATIONAL DEFENSE ACADEMY",
            "SANSRI",
            "SECOND ACADEMY OF NATURAL SCIENCES RESEARCH INSTITUTE",
        ],
        former: NONE,
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: &["North Korea (Democratic People's Republic of Korea)"],
        listed_on: "2013-04-23",
        refs: NONE,
        titles: NONE,
    },
    Group {
        key: "uk:8990",
        kind: ORG,
        primary: "7TH OF TIR",
        aliases: NONE,
        former: NONE,
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: &["Iran (nuclear proliferation)"],
        listed_on: "2007-02-09",
        refs: &["UN Ref E.37.A.7"],
        titles: NONE,
    },
    Group {
        key: "uk:6941",
        kind: PERSON,
        primary: "Abdul Rahman AGHA",
        aliases: NONE,
        former: NONE,
        dobs: &[("00/00/1958", "1958")],
        nationalities: &[("Afghan", "AF"), ("Pakistani", "PK")],
        documents: NONE,
        programmes: &["Afghanistan"],
        listed_on: "2001-02-23",
        refs: &["UN Ref TI.A.114.01"],
        titles: &["Maulavi"],
    },
    Group {
        key: "uk:12302",
        kind: ORG,
        primary: "ACENA SHIPPING COMPANY LIMITED",
        aliases: NONE,
        former: NONE,
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: &["Iran (nuclear proliferation)"],
        listed_on: "2011-12-02",
        refs: NONE,
        titles: NONE,
    },
    Group {
        key: "uk:11442",
        kind: PERSON,
        primary: "Leanid Mikalaevich DZIADKOU",
        aliases: &["Leonid Nikolaevich DEDKOV"],
        former: NONE,
        dobs: &[("00/10/1964", "1964-10")],
        nationalities: &[],
        documents: &["3271064M000PB3"],
        programmes: &["Belarus"],
        listed_on: "2011-02-02",
        refs: NONE,
        titles: NONE,
    },
    Group {
        key: "uk:7793",
        kind: PERSON,
        primary: "Youssef Ben Abdul Baki Ben Youcef ABDAOUI",
        aliases: &["Abdullah YOUSSEF"],
        former: NONE,
        dobs: &[("04/09/1966", "1966-09-04")],
        nationalities: &[("Tunisian", "TN")],
        documents: &[
            "G025057",
            "Italian Fiscal Code BDA YSF 66P04 Z352Q",
            "AO 27879097",
        ],
        programmes: AQ,
        listed_on: "2003-06-27",
        refs: &["UN Ref QI.A.90.03"],
        titles: NONE,
    },
    Group {
        key: "uk:10894",
        kind: ORG,
        primary: "TANCHON COMMERCIAL BANK",
        aliases: NONE,
        former: &["CHANGGWANG CREDIT BANK", "KOREA CHANGGWANG CREDIT BANK"],
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: &["North Korea (Democratic People's Republic of Korea)"],
        listed_on: "2009-04-27",
        refs: NONE,
        titles: NONE,
    },
];

const GROUPS_2018: &[Group] = &[
    Group {
        key: "uk:13349",
        kind: PERSON,
        primary: "Nayef Salam Muhammad Ujaym AL-HABABI",
        // One row writes " AL-QAHTANI" with a leading space: trimmed.
        aliases: &[
            "Sheikh Farooq AL-QAHTANI",
            "Farouq al-Qahtani AL QATARI",
            "Nayf Salam Muhammad Ujaym AL-HABABI",
            "Faruq AL-QAHTANI",
            "Faruq AL-QATARI",
            "Sheikh Faroq AL-QATARI",
            "Imran Farouk SHAYKH",
        ],
        former: NONE,
        dobs: &[("00/00/1980", "1980"), ("00/00/1981", "1981")],
        nationalities: &[("Saudi Arabia", "SA"), ("Qatar", "QA")],
        documents: &["592667"],
        programmes: ISIL,
        listed_on: "2016-04-01",
        refs: &["UN Ref QDe.004"],
        titles: NONE,
    },
    Group {
        key: "uk:13188",
        kind: ORG,
        primary: "ANSAR AL CHARIA BENGHAZI",
        aliases: &[
            "ANSAR AL SHARIA",
            "ANSAR AL CHARIA",
            "ANSAR AL-CHARIA",
            "ANSAR AL-CHARIABENGHAZI",
            "ANSAR AL-SHARIA",
            "ANSAR AL-SHARIA BENGHAZI",
            "KATIBAT ANSAR AL-CHARIA",
        ],
        former: NONE,
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: ISIL,
        listed_on: "2014-11-29",
        refs: &["UN Ref QE.A.146.14"],
        titles: NONE,
    },
    Group {
        key: "uk:13022",
        kind: PERSON,
        primary: "Peter GADET",
        aliases: &[
            "Peter GATDET",
            "Peter Gadet YAAK",
            "Peter Gatdet YAAK",
            "Peter Gadet YAK",
            "Peter Gatdeet YAKA",
            "Peter Gatdet YAKA",
        ],
        former: NONE,
        dobs: &[
            ("00/00/1958", "1958"),
            ("00/00/1959", "1959"),
            ("00/00/1957", "1957"),
        ],
        nationalities: &[],
        documents: NONE,
        programmes: &["South Sudan"],
        listed_on: "2014-07-11",
        refs: &["UN Ref SSi.006"],
        titles: &["General", "Major General"],
    },
    Group {
        key: "uk:13354",
        kind: PERSON,
        primary: "MUHAMMAD SHOLEH IBRAHIM",
        aliases: &[
            "Mohammad Sholeh IBRAHIM",
            "Muh Sholeh IBRAHIM",
            "Muhammad Soleh IBRAHIM",
            "Sholeh IBRAHIM",
            "Muhammad Sholeh IBROHIM",
        ],
        former: NONE,
        dobs: &[("00/09/1958", "1958-09")],
        nationalities: &[("Indonesia", "ID")],
        documents: NONE,
        programmes: ISIL,
        listed_on: "2016-04-21",
        refs: &["UN Ref QDi.395"],
        titles: NONE,
    },
    Group {
        key: "uk:7172",
        kind: PERSON,
        primary: "Mohammad Hassan AKHUND",
        aliases: NONE,
        former: NONE,
        dobs: &[
            ("00/00/1945", "1945"),
            ("00/00/1946", "1946"),
            ("00/00/1947", "1947"),
            ("00/00/1948", "1948"),
            ("00/00/1949", "1949"),
            ("00/00/1950", "1950"),
            ("00/00/1955", "1955"),
            ("00/00/1956", "1956"),
            ("00/00/1957", "1957"),
            ("00/00/1958", "1958"),
        ],
        nationalities: &[("Afghan", "AF")],
        documents: NONE,
        programmes: &["Afghanistan"],
        listed_on: "2001-02-23",
        refs: &["UN Ref TI.H.2.01"],
        titles: &["Mullah/Haji"],
    },
    Group {
        key: "uk:13446",
        kind: PERSON,
        primary: "Ahmad Al-Hasri BASSAM",
        aliases: &[
            "Abu Ahmad AKHLAQ",
            "Abu Ahmad AL-SHAMI",
            "Ahmad Husari BASSAM",
        ],
        former: NONE,
        dobs: &[("01/01/1969", "1969-01-01"), ("00/00/1971", "1971")],
        nationalities: &[("Syrian Arab Republic", "SY"), ("State of Palestine", "PS")],
        documents: NONE,
        programmes: ISIL,
        listed_on: "2017-02-25",
        refs: &["UN Ref QDi.399"],
        titles: NONE,
    },
    Group {
        key: "uk:11635",
        kind: PERSON,
        primary: "Aisha Muammar Muhammed Abu Minyar QADHAFI",
        aliases: &["Aisha Muhammed ABDUL SALAM"],
        former: NONE,
        dobs: &[("00/00/1978", "1978")],
        nationalities: &[],
        documents: &["428720", "215215"],
        programmes: &["Libya"],
        listed_on: "2011-02-27",
        refs: NONE,
        titles: NONE,
    },
    Group {
        key: "uk:6923",
        kind: PERSON,
        primary: "Nashwan Abd Al-Razzaq ABD AL-BAQI",
        aliases: &[
            "ABU ABDALLAH",
            "Abd al-Hadi AL-ANSARI",
            "Abd Al-Hadi AL-IRAQI",
            "Abdal Al-Hadi AL-IRAQI",
            "Abd AL-MUHAYMAN",
            "Abdul Hadi AL-TAWEEL",
            "Abdul Hadi ARIF ALI",
            "Omar Uthman MOHAMMED",
        ],
        former: NONE,
        dobs: &[("00/00/1961", "1961")],
        nationalities: &[("Iraqi", "IQ")],
        documents: &["0094195"],
        programmes: ISIL,
        listed_on: "2001-10-10",
        refs: &["UN Ref QI.A.12.01"],
        titles: NONE,
    },
    Group {
        key: "uk:13194",
        kind: PERSON,
        primary: "Ashraf Muhammad Yusuf 'UTHMAN 'ABD AL-SALAM",
        aliases: &[
            "Ashraf Muhammad Yusuf 'ABD AL-SALAM",
            "Ashraf Muhammad Yusuf 'ABD-AL-SALAM",
        ],
        former: NONE,
        dobs: &[("00/00/1984", "1984")],
        nationalities: &[("Jordanian", "JO")],
        documents: &["K048787", "486298", "28440000526"],
        programmes: ISIL,
        listed_on: "2015-02-03",
        refs: &["UN Ref QI.U.343.15"],
        titles: NONE,
    },
    Group {
        key: "uk:7883",
        kind: ORG,
        // Raw primary name "DJAMAT HOUMAT DAAWA SALAFIA (DHDS)": acronym split off.
        primary: "DJAMAT HOUMAT DAAWA SALAFIA",
        aliases: &["DJAMAAT HOUMAH AL-DAWAH AL-SALAFIAT", "DHDS"],
        former: &["KATIBAT EL AHOUEL"],
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: ISIL,
        listed_on: "2003-11-18",
        refs: &["UN Ref QE.D.102.03"],
        titles: NONE,
    },
    Group {
        key: "uk:13492",
        kind: ORG,
        primary: "ABDULKARIM GROUP",
        aliases: &["AL KARIM FOR TRADE AND INDUSTRY", "AL KARIM GROUP"],
        former: NONE,
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: &["Syria"],
        listed_on: "2017-07-11",
        refs: NONE,
        titles: NONE,
    },
    Group {
        key: "uk:12830",
        kind: PERSON,
        primary: "Innocent KAINA",
        aliases: NONE,
        former: NONE,
        dobs: &[("00/11/1973", "1973-11")],
        nationalities: &[],
        documents: NONE,
        programmes: &["Democratic Republic of the Congo"],
        listed_on: "2013-02-28",
        refs: NONE,
        titles: &["Colonel"],
    },
    Group {
        key: "uk:13526",
        kind: ORG,
        // Raw primary name "ZAO INTERAVTOMATIKA (IA)": acronym split off.
        primary: "ZAO INTERAVTOMATIKA",
        aliases: &["3AO", "IA"],
        former: NONE,
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: &["Ukraine (Sovereignty)"],
        listed_on: "2017-08-04",
        refs: NONE,
        titles: NONE,
    },
    Group {
        key: "uk:7029",
        kind: ORG,
        primary: "JAISH-I-MOHAMMED",
        aliases: &["ARMY OF MOHAMMED"],
        former: NONE,
        dobs: &[],
        nationalities: &[],
        documents: NONE,
        programmes: ISIL,
        listed_on: "2001-10-12",
        refs: &["UN Ref QE.J.19.01"],
        titles: NONE,
    },
    Group {
        key: "uk:7059",
        kind: PERSON,
        primary: "Said BAHAJI",
        aliases: &[
            "Mohamed ABBATTAY",
            "Abderrahmane AL MAGHRIBI",
            "Zouheir AL MAGHRIBI",
        ],
        former: NONE,
        dobs: &[("15/07/1975", "1975-07-15")],
        nationalities: &[("German", "DE"), ("Moroccan", "MA")],
        documents: &["28642163", "954242", "BPA 1336597587"],
        programmes: ISIL,
        listed_on: "2002-10-01",
        refs: &["UN Ref QI.B.80.02"],
        titles: NONE,
    },
];

#[test]
fn conlist_2014_counts_and_version() {
    let s = conlist_2014();
    assert_eq!(s.version.format, "uk-ofsi-csv");
    assert_eq!(
        s.version.published.map(|d| d.to_string()).as_deref(),
        Some("2014-04-02")
    );
    assert_eq!(s.version.files, ["conlist-2014-04-02.csv.gz"]);
    assert_eq!(s.entities.len(), 2297);
    let c = s.counts();
    assert_eq!((c[0].1, c[1].1, c[2].1, c[3].1), (1337, 960, 0, 0));
    assert!(s.entities.iter().all(|e| e.key.starts_with("uk:")));
    let regimes: std::collections::BTreeSet<&str> = s
        .entities
        .iter()
        .flat_map(|e| e.programmes.iter().map(String::as_str))
        .collect();
    assert_eq!(regimes.len(), 23, "{regimes:?}");
}

#[test]
fn conlist_2018_counts_and_version() {
    let s = conlist_2018();
    assert_eq!(
        s.version.published.map(|d| d.to_string()).as_deref(),
        Some("2018-04-13")
    );
    assert_eq!(s.entities.len(), 2106);
    let c = s.counts();
    assert_eq!((c[0].1, c[1].1, c[2].1, c[3].1), (1426, 680, 0, 0));
    let regimes: std::collections::BTreeSet<&str> = s
        .entities
        .iter()
        .flat_map(|e| e.programmes.iter().map(String::as_str))
        .collect();
    assert_eq!(regimes.len(), 26, "{regimes:?}");
}

#[test]
fn conlist_2014_groups_match_the_raw_rows() {
    for g in GROUPS_2014 {
        check(conlist_2014(), g);
    }
}

#[test]
fn conlist_2018_groups_match_the_raw_rows() {
    for g in GROUPS_2018 {
        check(conlist_2018(), g);
    }
}

#[test]
fn places_addresses_and_windows_1252_text() {
    let s = conlist_2014();
    let e = entity(s, "uk:6894");
    let places: Vec<&str> = e.birth_places.iter().map(|p| p.raw.as_str()).collect();
    assert_eq!(
        places,
        [
            "Tirpas-Selong Village, East Lombok, Indonesia",
            "Korleko-Lombok Timur, Indonesia"
        ]
    );
    assert_eq!(e.addresses.len(), 1);
    let a = &e.addresses[0];
    assert_eq!(
        a.street.as_deref(),
        Some("Jalan Nakula, Komplek Witana Harja III Blok C 106-107")
    );
    assert_eq!(a.city.as_deref(), Some("Tangerang"));
    assert_eq!(
        a.country.as_ref().and_then(|c| c.code.as_deref()),
        Some("ID")
    );

    // 0x92 in the raw file is a right single quotation mark in Windows-1252.
    let e = entity(s, "uk:12871");
    assert!(e
        .remarks
        .as_deref()
        .unwrap()
        .contains("DPRK\u{2019}s advanced weapons systems"));
    assert_eq!(
        e.addresses[0]
            .country
            .as_ref()
            .and_then(|c| c.code.as_deref()),
        Some("KP")
    );
    assert_eq!(e.addresses[0].city.as_deref(), Some("Pyongyang"));

    let e = entity(s, "uk:12629");
    let places: Vec<&str> = e.birth_places.iter().map(|p| p.raw.as_str()).collect();
    assert_eq!(
        places,
        [
            "Al-Madinah, Saudi Arabia",
            "Sangrar, Sindh Province, Pakistan"
        ]
    );

    let e = entity(conlist_2018(), "uk:13446");
    let towns: Vec<(&str, &str)> = e
        .birth_places
        .iter()
        .map(|p| {
            (
                p.city.as_deref().unwrap_or(""),
                p.country
                    .as_ref()
                    .and_then(|c| c.code.as_deref())
                    .unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        towns,
        [
            ("Qalamun, Damascus Province", "SY"),
            ("Ghutah, Damascus Province", "SY"),
            ("Tadamon, Rif Dimashq", "SY")
        ]
    );
    let e = entity(conlist_2018(), "uk:13349");
    assert_eq!(
        e.addresses[0]
            .country
            .as_ref()
            .map(|c| (c.raw.as_str(), c.code.as_deref())),
        Some(("Afghanistan (since 2009)", Some("AF")))
    );
    let e = entity(conlist_2018(), "uk:7172");
    assert_eq!(e.positions.len(), 4);
    assert_eq!(e.positions[3], "Political Advisor of Mullah Mohammed Omar");
}

#[test]
fn a_passport_note_keeps_its_number_country_and_text() {
    let e = entity(conlist_2014(), "uk:7793");
    let p = e.identifiers.iter().find(|i| i.value == "G025057").unwrap();
    assert_eq!(p.label, "Passport Details");
    assert_eq!(
        p.country.as_ref().and_then(|c| c.code.as_deref()),
        Some("TN")
    );
    assert_eq!(
        p.note.as_deref(),
        Some("G025057 (Tunisian). Issued on 23 June 1999. Expired on 5 Feb 2004")
    );
    let n = e
        .identifiers
        .iter()
        .find(|i| i.value == "AO 27879097")
        .unwrap();
    assert_eq!(n.label, "NI Number");
}

#[test]
fn only_the_invalid_date_is_warned_about() {
    let s = conlist_2014();
    assert_eq!(s.warnings.len(), 1, "{:?}", s.warnings);
    assert!(s.warnings[0].contains("uk:8052") && s.warnings[0].contains("29/02/1969"));
}

// ---------------------------------------------------------------------------------------
// Bad inputs: each names the file and the position or field.

fn bad(name: &str) -> ListError {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bad")
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    match parse_bytes(name, bytes) {
        Ok(s) => panic!("{name} parsed into {} entities", s.entities.len()),
        Err(e) => {
            assert_eq!(e.file, name, "{e}");
            e
        }
    }
}

fn line_of(e: &ListError) -> Option<u64> {
    match e.position {
        Some(nomina_lists::Position::Line(l)) | Some(nomina_lists::Position::LineByte(l, _)) => {
            Some(l)
        }
        _ => None,
    }
}

#[test]
fn ofsi_truncated_row_is_refused() {
    let e = bad("uk-ofsi-truncated.csv");
    assert_eq!(line_of(&e), Some(5), "{e}");
    assert!(e.message.contains("expected 29 fields"), "{e}");
}

#[test]
fn ofsi_row_without_group_id_is_refused() {
    let e = bad("uk-ofsi-missing-group-id.csv");
    assert_eq!(line_of(&e), Some(4), "{e}");
    assert_eq!(e.field.as_deref(), Some("Group ID"), "{e}");
}

#[test]
fn ofsi_row_without_name_is_refused() {
    let e = bad("uk-ofsi-missing-name.csv");
    assert_eq!(line_of(&e), Some(3), "{e}");
    assert_eq!(e.field.as_deref(), Some("Name 6"), "{e}");
}

#[test]
fn ofsi_utf16_file_is_refused() {
    // Content detection does not recognise UTF-16 at all; given to the OFSI reader directly
    // the file is refused with the reason.
    let name = "uk-ofsi-utf16.csv";
    let bytes = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/bad")
            .join(name),
    )
    .unwrap();
    assert!(parse_bytes(name, bytes.clone()).is_err());
    let e = nomina_lists::uk_ofsi::parse(&nomina_lists::InputFile {
        name: name.into(),
        bytes,
    })
    .unwrap_err();
    assert_eq!(e.file, name);
    assert!(e.message.contains("UTF-16"), "{e}");
    assert!(e.position.is_some(), "{e}");
}

#[test]
fn ofsi_unknown_column_is_refused() {
    let e = bad("uk-ofsi-unknown-column.csv");
    assert_eq!(line_of(&e), Some(2), "{e}");
    assert_eq!(e.field.as_deref(), Some("Alias Quality"), "{e}");
}

#[test]
fn ofsi_unknown_group_type_is_refused() {
    let e = bad("uk-ofsi-bad-group-type.csv");
    assert_eq!(line_of(&e), Some(3), "{e}");
    assert_eq!(e.field.as_deref(), Some("Group Type"), "{e}");
    assert!(e.message.contains("Aircraft"), "{e}");
}

#[test]
fn ofsi_bad_listing_date_is_refused() {
    let e = bad("uk-ofsi-bad-date.csv");
    assert_eq!(line_of(&e), Some(3), "{e}");
    assert_eq!(e.field.as_deref(), Some("Listed On"), "{e}");
}

#[test]
fn ofsi_header_only_is_empty() {
    let e = bad("uk-ofsi-header-only.csv");
    assert!(e.message.contains("no records"), "{e}");
}

#[test]
fn ofsi_malformed_quote_is_refused() {
    let e = bad("uk-ofsi-malformed.csv");
    assert!(line_of(&e).is_some(), "{e}");
}

#[test]
fn ofsi_absurdly_large_field_is_refused() {
    let mut text = String::from("Last Updated,02/04/2014\r\n");
    text.push_str(&header_2014());
    text.push_str(&"A".repeat(300_000));
    text.push_str(",,,,,,,,,,,,,,,,,,,,,,,Entity,Prime Alias,Iran,01/01/2010,01/01/2010,1\r\n");
    let e = parse_bytes("big.csv", text.into_bytes()).unwrap_err();
    assert_eq!(e.file, "big.csv");
    assert_eq!(line_of(&e), Some(3), "{e}");
    assert!(e.message.contains("larger than"), "{e}");
}

#[test]
fn ofsi_empty_file_is_refused() {
    let e = parse_bytes("empty.csv", Vec::new()).unwrap_err();
    assert_eq!(e.file, "empty.csv");
    assert!(e.message.contains("empty"), "{e}");
    let e = nomina_lists::uk_ofsi::parse(&nomina_lists::InputFile {
        name: "e.csv".into(),
        bytes: Vec::new(),
    })
    .unwrap_err();
    assert!(e.message.contains("empty"), "{e}");
}

fn header_2014() -> String {
    "Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,DOB,Town of Birth,Country of Birth,Nationality,\
     Passport Details,NI Number,Position,Address 1,Address 2,Address 3,Address 4,Address 5,Address 6,\
     Post/Zip Code,Country,Other Information,Group Type,Alias Type,Regime,Listed On,Last Updated,Group ID\r\n"
        .to_string()
}

#[test]
fn ofsi_utf8_copy_reads_like_the_original() {
    // A spreadsheet re-save turns the file into UTF-8; accents must survive either way.
    let row = "MÜLLER,Jürgen,,,,,,00/00/1970,,,German,,,,,,,,,,,,,Individual,Prime Alias,Test,01/01/2010,01/01/2010,42\r\n";
    let mut text = String::from("Last Updated,02/04/2014\r\n");
    text.push_str(&header_2014());
    text.push_str(row);
    let utf8 = parse_bytes("u.csv", text.clone().into_bytes()).unwrap();
    let (cp, _, _) = encoding_rs::WINDOWS_1252.encode(&text);
    let cp1252 = parse_bytes("c.csv", cp.into_owned()).unwrap();
    assert_eq!(utf8.entities[0].primary_name(), "Jürgen MÜLLER");
    assert_eq!(cp1252.entities[0].primary_name(), "Jürgen MÜLLER");
    assert_eq!(
        utf8.entities[0].birth_dates[0]
            .from
            .map(|d| d.to_string())
            .as_deref(),
        Some("1970")
    );
}

// ---------------------------------------------------------------------------------------
// UK Sanctions List (FCDO). No real file could be obtained here; the fixtures follow the
// published CSV header and XML elements field for field. AFG0001, AFG0006 and RUS2176 carry
// values seen in published copies of the list; RUS9901, RUS9902, DPR9903 and IRN9904 are
// fictional test records. Both fixtures hold the same seven designations.

fn fixture(name: &str) -> ListSnapshot {
    read_path(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name),
    )
    .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn uksl_csv() -> &'static ListSnapshot {
    static S: OnceLock<ListSnapshot> = OnceLock::new();
    S.get_or_init(|| fixture("uk-sl-2026-10-08.csv"))
}

fn uksl_xml() -> &'static ListSnapshot {
    static S: OnceLock<ListSnapshot> = OnceLock::new();
    S.get_or_init(|| fixture("uk-sl-2026-10-08.xml"))
}

fn names_of(e: &Entity, kind: NameKind) -> Vec<String> {
    sorted(
        e.names
            .iter()
            .filter(|n| n.kind == kind)
            .map(|n| n.full.clone()),
    )
}

fn code(c: Option<&nomina_model::Country>) -> Option<&str> {
    c.and_then(|c| c.code.as_deref())
}

#[test]
fn uksl_versions_and_counts() {
    for (s, format) in [(uksl_csv(), "uk-sl-csv"), (uksl_xml(), "uk-sl-xml")] {
        assert_eq!(s.version.format, format);
        assert_eq!(
            s.version.published.map(|d| d.to_string()).as_deref(),
            Some("2026-10-08")
        );
        let c = s.counts();
        assert_eq!((c[0].1, c[1].1, c[2].1, c[3].1), (4, 2, 1, 0), "{format}");
        let keys: Vec<&str> = s.entities.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "uk:AFG0001",
                "uk:AFG0006",
                "uk:RUS9901",
                "uk:RUS9902",
                "uk:RUS2176",
                "uk:DPR9903",
                "uk:IRN9904"
            ],
            "{format}"
        );
        assert!(s.warnings.is_empty(), "{format}: {:?}", s.warnings);
    }
}

#[test]
fn uksl_entity_with_non_latin_name_and_addresses() {
    for s in [uksl_csv(), uksl_xml()] {
        let e = entity(s, "uk:AFG0001");
        assert_eq!(e.entity_type, EntityType::Organization);
        assert_eq!(
            e.primary_name(),
            "HAJI KHAIRULLAH HAJI SATTAR MONEY EXCHANGE"
        );
        assert_eq!(
            names_of(e, NameKind::Alias),
            ["Haji Alim Hawala", "Haji Hakim Hawala"]
        );
        let orig = e
            .names
            .iter()
            .find(|n| n.kind == NameKind::OriginalScript)
            .unwrap();
        assert_eq!(orig.full, "حاجی خيرالله و حاجی ستار صرافی");
        assert_eq!(orig.script, nomina_model::Script::Arabic);
        assert_eq!(
            e.other_references,
            ["OFSI Group ID 12703", "UN Ref TAe.010"]
        );
        assert_eq!(
            e.programmes,
            ["The Afghanistan (Sanctions) (EU Exit) Regulations 2020"]
        );
        assert_eq!(
            e.listed_on.map(|d| d.to_string()).as_deref(),
            Some("2012-06-29")
        );
        assert_eq!(
            e.last_updated
                .iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>(),
            ["2026-08-04"]
        );
        let addresses: Vec<(Option<&str>, Option<&str>, Option<&str>)> = e
            .addresses
            .iter()
            .map(|a| {
                (
                    a.street.as_deref(),
                    a.city.as_deref(),
                    code(a.country.as_ref()),
                )
            })
            .collect();
        assert_eq!(
            addresses,
            [
                (
                    Some("Ansari Market, 2nd Floor"),
                    Some("Nimroz Province"),
                    Some("AF")
                ),
                (Some("Branch Office 14"), Some("Dubai"), Some("AE"))
            ]
        );
        let r = e.remarks.as_deref().unwrap();
        assert!(
            r.contains("Afghan Money Service Provider License Number: 044."),
            "{r}"
        );
        assert!(r.contains("Sanctions imposed: Asset freeze"), "{r}");
    }
}

#[test]
fn uksl_person_with_placeholder_dates_title_and_pashto_name() {
    for s in [uksl_csv(), uksl_xml()] {
        let e = entity(s, "uk:AFG0006");
        assert_eq!(e.entity_type, EntityType::Person);
        assert_eq!(e.primary_name(), "MOHAMMAD HASSAN AKHUND");
        let kinds: Vec<_> = e.names[0]
            .parts
            .iter()
            .map(|p| (p.kind, p.value.as_str()))
            .collect();
        use nomina_model::NamePartKind::*;
        assert_eq!(
            kinds,
            [(Given, "MOHAMMAD"), (Middle, "HASSAN"), (Family, "AKHUND")]
        );
        assert_eq!(names_of(e, NameKind::Alias), ["AKHUND"]);
        let orig = e
            .names
            .iter()
            .find(|n| n.kind == NameKind::OriginalScript)
            .unwrap();
        assert_eq!(
            (orig.full.as_str(), orig.language.as_deref()),
            ("محمد حسن آخوند", Some("Pashto"))
        );
        assert_eq!(e.titles, ["Mullah"]);
        let dobs: Vec<(String, &str)> = e
            .birth_dates
            .iter()
            .map(|b| (b.from.unwrap().to_string(), b.raw.as_str()))
            .collect();
        assert_eq!(
            dobs,
            [
                ("1945".to_string(), "dd/mm/1945"),
                ("1946".to_string(), "dd/mm/1946")
            ]
        );
        assert_eq!(e.nationalities.len(), 1);
        assert_eq!(code(e.nationalities.first()), Some("AF"));
        assert_eq!(e.gender.as_deref(), Some("Male"));
        assert_eq!(
            e.birth_places[0].city.as_deref(),
            Some("Pashmul village, Panjwai District, Kandahar Province")
        );
        assert_eq!(code(e.birth_places[0].country.as_ref()), Some("AF"));
        assert_eq!(
            e.positions,
            ["First Deputy, Council of Ministers under the Taliban regime"]
        );
        assert_eq!(e.other_references, ["OFSI Group ID 7172", "UN Ref TAi.002"]);
        let r = e.remarks.as_deref().unwrap();
        assert!(
            r.contains("Sanctions imposed: Asset freeze; Travel Ban"),
            "{r}"
        );
    }
}

#[test]
fn uksl_person_with_weak_alias_variation_cyrillic_and_documents() {
    for s in [uksl_csv(), uksl_xml()] {
        let e = entity(s, "uk:RUS9901");
        assert_eq!(e.primary_name(), "Ivan Petrovich TESTOV");
        assert_eq!(
            names_of(e, NameKind::Alias),
            ["Ivan Petrovitch TESTOV", "Ivan TESTOFF"]
        );
        assert_eq!(names_of(e, NameKind::WeakAlias), ["Vanya"]);
        let orig = e
            .names
            .iter()
            .find(|n| n.kind == NameKind::OriginalScript)
            .unwrap();
        assert_eq!(orig.full, "Иван Петрович ТЕСТОВ");
        assert_eq!(orig.script, nomina_model::Script::Cyrillic);
        assert_eq!(orig.language.as_deref(), Some("Russian"));
        let dobs: Vec<String> = e
            .birth_dates
            .iter()
            .map(|b| b.from.unwrap().to_string())
            .collect();
        assert_eq!(dobs, ["1970-03-12", "1971-05"]);
        let nats: Vec<Option<&str>> = e.nationalities.iter().map(|c| c.code.as_deref()).collect();
        assert_eq!(nats, [Some("RU"), Some("CY")]);
        let ids: Vec<(nomina_model::IdKind, &str, Option<&str>, Option<&str>)> = e
            .identifiers
            .iter()
            .map(|i| {
                (
                    i.kind,
                    i.value.as_str(),
                    i.note.as_deref(),
                    code(i.country.as_ref()),
                )
            })
            .collect();
        use nomina_model::IdKind::*;
        assert_eq!(
            ids,
            [
                (Passport, "7512345678", Some("Russian passport"), Some("RU")),
                (
                    Passport,
                    "K0123456",
                    Some("Cypriot passport, expired"),
                    Some("CY")
                ),
                (
                    NationalId,
                    "771234567890",
                    Some("Russian tax number (INN)"),
                    Some("RU")
                ),
            ]
        );
        assert_eq!(e.addresses[0].postal_code.as_deref(), Some("125009"));
        assert_eq!(e.addresses[0].city.as_deref(), Some("Moscow"));
        assert!(e.other_references.is_empty());
        let r = e.remarks.as_deref().unwrap();
        assert!(
            r.contains("UK Statement of Reasons: Fictional statement of reasons"),
            "{r}"
        );
        assert!(r.contains("Director Disqualification Sanction"), "{r}");
        assert!(
            !r.contains("ivan@testkom.example"),
            "contact details are not screening data: {r}"
        );
    }
}

#[test]
fn uksl_ship_with_imo_owner_and_flag() {
    for s in [uksl_csv(), uksl_xml()] {
        let e = entity(s, "uk:RUS2176");
        assert_eq!(e.entity_type, EntityType::Vessel);
        assert_eq!(e.primary_name(), "KOROLEV PROSPECT");
        assert_eq!(e.names.len(), 1);
        let imo = e
            .identifiers
            .iter()
            .find(|i| i.kind == nomina_model::IdKind::Imo)
            .unwrap();
        assert_eq!(imo.value, "IMO9826902");
        let v = e.vessel.as_ref().unwrap();
        assert_eq!(v.owner.as_deref(), Some("Stream Ship Management FZCO"));
        assert_eq!(code(v.flag.as_ref()), Some("GA"));
        assert_eq!(v.vessel_type.as_deref(), Some("Oil Tanker"));
        assert_eq!(
            e.listed_on.map(|d| d.to_string()).as_deref(),
            Some("2024-07-31")
        );
        // The published line repeats the same measure twice: kept once.
        let r = e.remarks.as_deref().unwrap();
        assert_eq!(
            r.matches("Shipping sanctions: (see 'Other information')")
                .count(),
            1,
            "{r}"
        );
        assert!(
            r.contains("KOROLEV PROSPECT (IMO 9826902) is involved in activity"),
            "{r}"
        );
    }
}

#[test]
fn uksl_other_entity_korean_and_persian_records() {
    for s in [uksl_csv(), uksl_xml()] {
        let e = entity(s, "uk:RUS9902");
        assert_eq!(e.primary_name(), "TESTKOM LLC");
        assert_eq!(names_of(e, NameKind::Alias), ["OOO TESTKOM"]);
        let reg = e
            .identifiers
            .iter()
            .find(|i| i.kind == nomina_model::IdKind::Registration)
            .unwrap();
        assert_eq!(reg.value, "1027700000000");
        assert_eq!(
            e.addresses[0].street.as_deref(),
            Some("Tverskaya Street 1, Office 5")
        );

        let e = entity(s, "uk:DPR9903");
        assert_eq!(e.primary_name(), "Chol Test KIM");
        assert_eq!(names_of(e, NameKind::WeakAlias), ["Kim Chol-test"]);
        let orig = e
            .names
            .iter()
            .find(|n| n.kind == NameKind::OriginalScript)
            .unwrap();
        assert_eq!(
            (orig.script, orig.language.as_deref()),
            (nomina_model::Script::Hangul, Some("Korean"))
        );
        assert_eq!(
            e.birth_dates[0].from.map(|d| d.to_string()).as_deref(),
            Some("1968")
        );
        assert_eq!(code(e.nationalities.first()), Some("KP"));
        assert_eq!(e.birth_places.len(), 1);
        assert_eq!(e.birth_places[0].city, None);
        assert_eq!(code(e.birth_places[0].country.as_ref()), Some("KP"));
        assert_eq!(e.other_references, ["UN Ref KPi.999"]);

        let e = entity(s, "uk:IRN9904");
        assert_eq!(e.primary_name(), "Reza TESTI");
        assert_eq!(names_of(e, NameKind::Alias), ["Reza TESTY"]);
        assert_eq!(names_of(e, NameKind::WeakAlias), ["Abu Test"]);
        assert_eq!(e.titles, ["Dr", "Brigadier General"]);
        assert_eq!(e.birth_dates.len(), 2);
        let nid = &e.identifiers[0];
        assert_eq!(
            (nid.value.as_str(), nid.note.as_deref()),
            ("0012345678", None)
        );
        assert_eq!(e.other_references, ["OFSI Group ID 99904"]);
    }
}

#[test]
fn uksl_csv_and_xml_give_the_same_designations() {
    let (c, x) = (uksl_csv(), uksl_xml());
    for (a, b) in c.entities.iter().zip(&x.entities) {
        let k = &a.key;
        assert_eq!(a.key, b.key);
        assert_eq!(a.entity_type, b.entity_type, "{k}");
        assert_eq!(a.names[0], b.names[0], "{k}");
        let mut na = a.names.clone();
        let mut nb = b.names.clone();
        let order = |n: &nomina_model::Name| (n.kind, n.full.clone());
        na.sort_by_key(order);
        nb.sort_by_key(order);
        assert_eq!(na, nb, "{k}");
        assert_eq!(a.birth_dates, b.birth_dates, "{k}");
        assert_eq!(a.birth_places, b.birth_places, "{k}");
        assert_eq!(a.nationalities, b.nationalities, "{k}");
        assert_eq!(a.addresses, b.addresses, "{k}");
        assert_eq!(a.identifiers, b.identifiers, "{k}");
        assert_eq!(a.vessel, b.vessel, "{k}");
        assert_eq!(a.titles, b.titles, "{k}");
        assert_eq!(a.positions, b.positions, "{k}");
        assert_eq!(a.gender, b.gender, "{k}");
        assert_eq!(a.programmes, b.programmes, "{k}");
        assert_eq!(a.other_references, b.other_references, "{k}");
        assert_eq!(a.listed_on, b.listed_on, "{k}");
        assert_eq!(a.last_updated, b.last_updated, "{k}");
        assert_eq!(a.remarks, b.remarks, "{k}");
    }
}

#[test]
fn uksl_csv_with_bom_and_without_report_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/uk-sl-2026-10-08.csv");
    let text = std::fs::read_to_string(path).unwrap();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());
    let s = parse_bytes("bom.csv", bom).unwrap();
    assert_eq!(s.entities.len(), 7);
    assert_eq!(s.version.format, "uk-sl-csv");
    let headerless = text.split_once("\r\n").unwrap().1.to_string();
    let s = parse_bytes("no-date.csv", headerless.into_bytes()).unwrap();
    assert_eq!(s.entities.len(), 7);
    assert_eq!(s.version.published, None);
}

#[test]
fn uksl_legacy_type_column_name_is_read() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/uk-sl-2026-10-08.csv");
    let text = std::fs::read_to_string(path)
        .unwrap()
        .replace(",Designation Type,", ",\"Individual, Entity, Ship\",");
    let s = parse_bytes("legacy.csv", text.into_bytes()).unwrap();
    assert_eq!(s.counts()[2].1, 1);
}

#[test]
fn uksl_wrong_encoding_is_refused() {
    let e = bad("uk-sl-wrong-encoding.csv");
    assert_eq!(line_of(&e), Some(4), "{e}");
    assert!(e.message.contains("UTF-8"), "{e}");
}

#[test]
fn uksl_row_without_unique_id_is_refused() {
    let e = bad("uk-sl-missing-unique-id.csv");
    assert_eq!(line_of(&e), Some(4), "{e}");
    assert_eq!(e.field.as_deref(), Some("Unique ID"), "{e}");
}

#[test]
fn uksl_unknown_column_is_refused() {
    let e = bad("uk-sl-unknown-column.csv");
    assert_eq!(line_of(&e), Some(2), "{e}");
    assert_eq!(e.field.as_deref(), Some("Name Tpye"), "{e}");
}

#[test]
fn uksl_unknown_name_type_is_refused() {
    let e = bad("uk-sl-unknown-name-type.csv");
    assert_eq!(line_of(&e), Some(3), "{e}");
    assert_eq!(e.field.as_deref(), Some("Name type"), "{e}");
    assert!(e.message.contains("main name"), "{e}");
}

#[test]
fn uksl_truncated_csv_is_refused() {
    let e = bad("uk-sl-truncated.csv");
    assert_eq!(line_of(&e), Some(4), "{e}");
    assert!(e.message.contains("expected 58 fields"), "{e}");
}

#[test]
fn uksl_header_only_csv_is_empty() {
    let e = bad("uk-sl-header-only.csv");
    assert!(e.message.contains("no records"), "{e}");
}

#[test]
fn uksl_truncated_xml_is_refused() {
    let e = bad("uk-sl-truncated.xml");
    assert!(line_of(&e).is_some(), "{e}");
}

#[test]
fn uksl_doctype_is_refused() {
    let e = bad("uk-sl-doctype.xml");
    assert!(e.message.contains("document type"), "{e}");
    assert_eq!(line_of(&e), Some(2), "{e}");
}

#[test]
fn uksl_duplicate_unique_id_is_refused() {
    let e = bad("uk-sl-duplicate-id.xml");
    assert!(e.message.contains("duplicate UniqueID AFG0001"), "{e}");
    assert!(line_of(&e).is_some_and(|l| l > 4), "{e}");
}

#[test]
fn uksl_designation_without_name_is_refused() {
    let e = bad("uk-sl-no-name.xml");
    assert_eq!(line_of(&e), Some(4), "{e}");
    assert_eq!(e.field.as_deref(), Some("Names"), "{e}");
}

#[test]
fn uksl_designation_without_unique_id_is_refused() {
    let e = bad("uk-sl-no-unique-id.xml");
    assert_eq!(line_of(&e), Some(4), "{e}");
    assert!(e.message.contains("UniqueID"), "{e}");
}

#[test]
fn uksl_unknown_element_is_refused() {
    let e = bad("uk-sl-unknown-element.xml");
    assert_eq!(e.field.as_deref(), Some("RegimeNmae"), "{e}");
    assert!(line_of(&e).is_some(), "{e}");
}

#[test]
fn uksl_unknown_designation_type_is_refused() {
    let e = bad("uk-sl-bad-type.xml");
    assert_eq!(e.field.as_deref(), Some("IndividualEntityShip"), "{e}");
    assert!(e.message.contains("aircraft"), "{e}");
}

#[test]
fn uksl_empty_xml_is_refused() {
    let e = bad("uk-sl-empty.xml");
    assert!(e.message.contains("no records"), "{e}");
}
