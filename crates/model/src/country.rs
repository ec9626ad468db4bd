//! Countries: ISO 3166-1 alpha-2 codes derived from the many ways lists and queries write
//! them ("Iran (Islamic Republic of)", "Korea, North", "Russian Federation", "Pakistani").
//!
//! The table is data ([`COUNTRIES`]): to teach nomina a new spelling, add it there.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::OnceLock;

/// A country as listed: the ISO code when it could be derived, and always the raw text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code (upper case), or a historic code such as `SU`, `YU`, `CS`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub code: Option<String>,
    /// The text as the list wrote it.
    pub raw: String,
}

impl Country {
    /// Reads a country name, demonym or code as found in a list or a query.
    pub fn from_raw(raw: &str) -> Country {
        let raw = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        Country {
            code: lookup(&raw).map(str::to_string),
            raw,
        }
    }
}

/// One row of the country table: the code, then every name, short form and demonym that
/// maps to it. Matching is case-insensitive and ignores punctuation.
pub type CountryRow = (&'static str, &'static [&'static str]);

/// The country table. Codes first, then names as lists and users write them.
pub static COUNTRIES: &[CountryRow] = include!("country_table.in");

fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else if c != '\'' && c != '’' {
            space = true;
        }
    }
    out
}

fn table() -> &'static HashMap<String, &'static str> {
    static TABLE: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut m = HashMap::new();
        for (code, names) in COUNTRIES {
            m.insert(code.to_ascii_lowercase(), *code);
            for n in names.iter() {
                m.insert(fold(n), *code);
            }
        }
        m
    })
}

/// The ISO 3166-1 alpha-2 code for a country name, short form, demonym or code; `None`
/// when the text is not a country nomina knows.
///
/// ```
/// assert_eq!(nomina_model::country::lookup("Iran (Islamic Republic of)"), Some("IR"));
/// assert_eq!(nomina_model::country::lookup("Korea, North"), Some("KP"));
/// assert_eq!(nomina_model::country::lookup("pakistani"), Some("PK"));
/// ```
pub fn lookup(text: &str) -> Option<&'static str> {
    let f = fold(text);
    if f.is_empty() {
        return None;
    }
    table().get(&f).copied()
}

/// Every code in the table with its first (English short) name, for display.
pub fn name_of(code: &str) -> Option<&'static str> {
    COUNTRIES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(code))
        .and_then(|(_, n)| n.first().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_spellings_map_to_codes() {
        for (text, code) in [
            ("Pakistan", "PK"),
            ("Russian Federation", "RU"),
            ("Syrian Arab Republic", "SY"),
            ("Democratic People's Republic of Korea", "KP"),
            ("North Korea", "KP"),
            ("South Korea", "KR"),
            ("United Kingdom", "GB"),
            ("Iraqi", "IQ"),
            ("Afghan", "AF"),
            ("Democratic Republic of the Congo", "CD"),
            ("Republic of the Congo", "CG"),
            ("Hong Kong", "HK"),
            ("United States", "US"),
            ("Tanzania", "TZ"),
            ("Vietnam", "VN"),
            ("Turkey", "TR"),
            ("Palestine", "PS"),
            ("Myanmar", "MM"),
        ] {
            assert_eq!(lookup(text), Some(code), "{text}");
        }
        assert_eq!(lookup("Atlantis"), None);
        assert_eq!(lookup(""), None);
        let c = Country::from_raw("  Iran  ");
        assert_eq!(c.code.as_deref(), Some("IR"));
        assert_eq!(c.raw, "Iran");
    }

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut seen = std::collections::HashSet::new();
        for (code, names) in COUNTRIES {
            assert_eq!(code.len(), 2, "{code}");
            assert!(code.chars().all(|c| c.is_ascii_uppercase()), "{code}");
            assert!(seen.insert(*code), "duplicate {code}");
            assert!(!names.is_empty(), "{code}");
        }
    }
}
