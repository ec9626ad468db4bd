//! Checks on the country table as data: every name maps back to its own row (so no folded
//! spelling is claimed by two codes), every ISO 3166-1 country is present, and the spellings
//! sanctions lists print resolve.

use nomina_model::country::{lookup, name_of, COUNTRIES};

#[test]
fn every_name_maps_to_its_own_code() {
    for (code, names) in COUNTRIES {
        assert_eq!(lookup(code), Some(*code), "code {code}");
        for n in names.iter() {
            assert_eq!(
                lookup(n),
                Some(*code),
                "{n:?} is listed under {code} but resolves elsewhere"
            );
        }
    }
}

#[test]
fn all_iso_countries_and_historic_codes_are_present() {
    let iso = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ \
        BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ \
        EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY \
        HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA \
        LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY \
        MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS \
        RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM \
        TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";
    let codes: Vec<&str> = iso.split_whitespace().collect();
    assert_eq!(codes.len(), 249);
    for c in codes
        .iter()
        .chain(["SU", "YU", "CS", "DD", "AN", "XK"].iter())
    {
        assert!(name_of(c).is_some(), "{c} missing");
    }
    assert_eq!(name_of("SU"), Some("Soviet Union"));
    assert_eq!(name_of("gb"), Some("United Kingdom"));
}

#[test]
fn sanctions_list_spellings_and_demonyms_resolve() {
    for (text, code) in [
        ("Iran (Islamic Republic of)", "IR"),
        ("Korea, North", "KP"),
        ("Korea, Democratic People's Republic of", "KP"),
        ("Syrian Arab Republic", "SY"),
        ("Russian Federation", "RU"),
        ("Congo, Democratic Republic of the", "CD"),
        ("Congo (Democratic Republic)", "CD"),
        ("Lao People's Democratic Republic", "LA"),
        ("Venezuela (Bolivarian Republic of)", "VE"),
        ("Bolivia (Plurinational State of)", "BO"),
        ("Moldova, Republic of", "MD"),
        ("Tanzania, United Republic of", "TZ"),
        ("Viet Nam", "VN"),
        ("Türkiye", "TR"),
        ("Côte d'Ivoire", "CI"),
        ("Cote d’Ivoire", "CI"),
        ("Ivory Coast", "CI"),
        ("Burma", "MM"),
        ("Swaziland", "SZ"),
        ("Czechia", "CZ"),
        ("Macedonia", "MK"),
        ("Libyan Arab Jamahiriya", "LY"),
        ("USSR", "SU"),
        ("Federal Republic of Yugoslavia", "YU"),
        ("Serbia and Montenegro", "CS"),
        ("Guinea", "GN"),
        ("Guinea-Bissau", "GW"),
        ("Equatorial Guinea", "GQ"),
        ("Papua New Guinea", "PG"),
        ("Niger", "NE"),
        ("Nigerian", "NG"),
        ("Sudan", "SD"),
        ("South Sudan", "SS"),
        ("Samoa", "WS"),
        ("American Samoa", "AS"),
        ("Virgin Islands, British", "VG"),
        ("Virgin Islands, U.S.", "VI"),
        ("Afghan", "AF"),
        ("Pakistani", "PK"),
        ("Iraqi", "IQ"),
        ("Yemeni", "YE"),
        ("Somali", "SO"),
        ("Emirati", "AE"),
        ("Saudi", "SA"),
        ("Saudi Arabian", "SA"),
        ("Kosovo", "XK"),
    ] {
        assert_eq!(lookup(text), Some(code), "{text}");
    }
    for ambiguous in ["Korea", "Korean", "Congolese", "Virgin Islands"] {
        assert_eq!(lookup(ambiguous), None, "{ambiguous} must stay unmapped");
    }
}
