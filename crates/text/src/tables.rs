//! The data tables behind normalisation: variant families (with nicknames), particles,
//! honorifics, legal forms, stop words and number words, read from the text files in
//! `data/` (compiled in).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

/// What a token contributes to a name's identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum TokenClass {
    /// An ordinary name word; its weight comes from how rare it is on the lists.
    Name,
    /// A particle or connector (al, bin, van, -e-): little weight.
    Particle,
    /// A legal form (LLC, Ltd, S.A.), already replaced by its canonical spelling: little weight.
    LegalForm,
    /// A stop word (the, of, M/V): little weight.
    Stop,
}

/// All normalisation tables, loaded once.
#[derive(Debug)]
pub struct Tables {
    family: HashMap<String, String>,
    class: HashMap<String, TokenClass>,
    honorifics: HashSet<String>,
    /// Legal-form spellings, longest (in words) first.
    legal: Vec<LegalSpelling>,
    /// Indices into `legal` by the spelling's first word, longest first.
    legal_by_first: HashMap<String, Vec<usize>>,
    /// Indices into `legal` of the spellings also recognised with a typo, with the
    /// [`crate::letter_set`] of each one's word.
    legal_fuzzy: Vec<(usize, u64)>,
    /// Number words and their values (0 to 90).
    numbers: HashMap<String, u8>,
    /// The tens words (20 to 90), for glued compounds ("fortyfour").
    tens: Vec<(String, u8)>,
}

/// One spelling of a legal form.
#[derive(Debug)]
struct LegalSpelling {
    words: Vec<String>,
    canon: String,
    /// Also an ordinary word: a legal form only at the end of a name (`$` in the data).
    at_end: bool,
    /// Also recognised with a typo (`~` in the data).
    fuzzy: bool,
    /// Also written before the name (`^` in the data): "OOO Romashka", "PT Bank X".
    leading: bool,
}

const VARIANTS: &str = include_str!("../data/variants.txt");
const NICKNAMES: &str = include_str!("../data/nicknames.txt");
const PARTICLES: &str = include_str!("../data/particles.txt");
const HONORIFICS: &str = include_str!("../data/honorifics.txt");
const LEGAL_FORMS: &str = include_str!("../data/legal_forms.txt");
const STOPWORDS: &str = include_str!("../data/stopwords.txt");
const NUMBER_WORDS: &str = include_str!("../data/number_words.txt");

/// The texts of the data files a [`Tables`] is built from, one field per file of `data/`.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// Spelling families (`variants.txt`).
    pub variants: &'a str,
    /// Short forms of given names, added to the families (`nicknames.txt`).
    pub nicknames: &'a str,
    /// Particles and connectors (`particles.txt`).
    pub particles: &'a str,
    /// Titles and honorifics (`honorifics.txt`).
    pub honorifics: &'a str,
    /// Legal forms (`legal_forms.txt`).
    pub legal_forms: &'a str,
    /// Stop words (`stopwords.txt`).
    pub stopwords: &'a str,
    /// Numbers written as words (`number_words.txt`).
    pub number_words: &'a str,
}

impl Sources<'static> {
    /// The data files compiled into nomina.
    pub const BUILT_IN: Sources<'static> = Sources {
        variants: VARIANTS,
        nicknames: NICKNAMES,
        particles: PARTICLES,
        honorifics: HONORIFICS,
        legal_forms: LEGAL_FORMS,
        stopwords: STOPWORDS,
        number_words: NUMBER_WORDS,
    };
}

/// A mistake in a data file, with the file and line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The data file's name (`variants.txt`).
    pub file: &'static str,
    /// The line, counted from 1.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data/{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for DataError {}

/// The non-empty, non-comment lines of a data file, trimmed, with their line numbers.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// Checks that a word of a data file is one folded word (lower-case ASCII letters and
/// digits), so that it can ever equal a token.
fn folded_word(word: &str, file: &'static str, line: usize) -> Result<(), DataError> {
    if !word.is_empty() && crate::fold(word) == word && !word.contains(' ') {
        Ok(())
    } else {
        Err(DataError {
            file,
            line,
            message: format!(
                "{word:?} is not one folded word (it folds to {:?})",
                crate::fold(word)
            ),
        })
    }
}

/// Where each family member was listed, to name both lines when a word is listed twice.
type Origins = HashMap<String, (&'static str, usize)>;

/// Adds the families of one file. A line is a family, its first word the canonical spelling.
/// With `extend`, a line whose first word already belongs to a family adds its other words
/// to that family (nicknames.txt adds Dima to dmitry). Any other word already in a
/// different family is an error: a token may belong to one family only.
fn add_families(
    family: &mut HashMap<String, String>,
    origin: &mut Origins,
    text: &str,
    file: &'static str,
    extend: bool,
) -> Result<(), DataError> {
    for (n, line) in lines(text) {
        let words: Vec<String> = line.split_whitespace().map(crate::fold).collect();
        for w in &words {
            folded_word(w, file, n)?;
        }
        let first = &words[0];
        let canon = match family.get(first) {
            Some(c) if extend => c.clone(),
            Some(c) => {
                let (f, l) = origin[first];
                return Err(DataError {
                    file,
                    line: n,
                    message: format!("{first} starts a family but is already in the family of {c} (data/{f}:{l})"),
                });
            }
            None => first.clone(),
        };
        for w in &words {
            match family.get(w) {
                Some(c) if *c == canon => {}
                Some(c) => {
                    let (f, l) = origin[w];
                    return Err(DataError {
                        file,
                        line: n,
                        message: format!(
                            "{w} is in the family of {canon} here and of {c} (data/{f}:{l})"
                        ),
                    });
                }
                None => {
                    family.insert(w.clone(), canon.clone());
                    origin.insert(w.clone(), (file, n));
                }
            }
        }
    }
    Ok(())
}

/// Reads one legal-form spelling with its marks (`$` end of name only, `~` typos too, `^`
/// before the name too).
fn legal_spelling(
    spelling: &str,
    canon: &str,
    file: &'static str,
    line: usize,
) -> Result<LegalSpelling, DataError> {
    let mut s = spelling.trim();
    let (mut at_end, mut fuzzy, mut leading) = (false, false, false);
    loop {
        if let Some(rest) = s.strip_suffix('^') {
            leading = true;
            s = rest.trim_end();
            continue;
        }
        if let Some(rest) = s.strip_suffix('$') {
            at_end = true;
            s = rest.trim_end();
        } else if let Some(rest) = s.strip_suffix('~') {
            fuzzy = true;
            s = rest.trim_end();
        } else {
            break;
        }
    }
    let words: Vec<String> = s.split_whitespace().map(str::to_string).collect();
    if words.is_empty() {
        return Err(DataError {
            file,
            line,
            message: format!("empty spelling for {canon}"),
        });
    }
    for w in &words {
        folded_word(w, file, line)?;
    }
    if fuzzy && (words.len() != 1 || words[0].len() < 5) {
        return Err(DataError {
            file,
            line,
            message: format!("{s:?}: only one-word spellings of 5 letters or more take `~`"),
        });
    }
    Ok(LegalSpelling {
        words,
        canon: canon.to_string(),
        at_end,
        leading,
        fuzzy,
    })
}

/// Reads number_words.txt: a folded word and its value (0 to 90) on each line.
fn number_words(text: &str) -> Result<HashMap<String, u8>, DataError> {
    let file = "number_words.txt";
    let mut numbers = HashMap::new();
    for (n, line) in lines(text) {
        let err = |message: String| DataError {
            file,
            line: n,
            message,
        };
        let mut parts = line.split_whitespace();
        let (Some(word), Some(value), None) = (parts.next(), parts.next(), parts.next()) else {
            return Err(err(format!("expected `word value`, found {line:?}")));
        };
        folded_word(word, file, n)?;
        let value: u8 = value
            .parse()
            .ok()
            .filter(|v| *v <= 90)
            .ok_or_else(|| err(format!("{value:?} is not a number from 0 to 90")))?;
        if numbers.insert(word.to_string(), value).is_some() {
            return Err(err(format!("{word} is listed twice")));
        }
    }
    Ok(numbers)
}

impl Tables {
    /// The tables compiled into nomina.
    ///
    /// # Panics
    ///
    /// When a compiled-in data file is inconsistent (the unit tests load them, so this
    /// cannot happen in a tested build).
    pub fn get() -> &'static Tables {
        static T: OnceLock<Tables> = OnceLock::new();
        T.get_or_init(|| Tables::from_sources(&Sources::BUILT_IN).unwrap_or_else(|e| panic!("{e}")))
    }

    /// Builds tables from the texts of five data files, with the compiled-in nicknames and
    /// number words (used by tests with extra entries; see [`Tables::from_sources`] to give
    /// every file).
    ///
    /// # Panics
    ///
    /// When the data is inconsistent, with the [`DataError`]'s file and line.
    pub fn parse(
        variants: &str,
        particles: &str,
        honorifics: &str,
        legal: &str,
        stop: &str,
    ) -> Tables {
        let sources = Sources {
            variants,
            particles,
            honorifics,
            legal_forms: legal,
            stopwords: stop,
            ..Sources::BUILT_IN
        };
        Tables::from_sources(&sources).unwrap_or_else(|e| panic!("{e}"))
    }

    /// Builds tables from the texts of the data files, failing on the first inconsistency:
    /// a word in two variant families, a legal-form spelling under two canonical forms, a
    /// canonical legal form that is also a particle or stop word, a word that is not folded.
    pub fn from_sources(src: &Sources<'_>) -> Result<Tables, DataError> {
        let mut family = HashMap::new();
        let mut origin = Origins::new();
        add_families(
            &mut family,
            &mut origin,
            src.variants,
            "variants.txt",
            false,
        )?;
        add_families(
            &mut family,
            &mut origin,
            src.nicknames,
            "nicknames.txt",
            true,
        )?;

        let mut class = HashMap::new();
        for (file, text, c) in [
            ("particles.txt", src.particles, TokenClass::Particle),
            ("stopwords.txt", src.stopwords, TokenClass::Stop),
        ] {
            for (n, line) in lines(text) {
                for w in line.split_whitespace() {
                    folded_word(w, file, n)?;
                    class.insert(w.to_string(), c);
                }
            }
        }
        let mut honorifics = HashSet::new();
        for (n, line) in lines(src.honorifics) {
            for w in line.split_whitespace() {
                folded_word(w, "honorifics.txt", n)?;
                honorifics.insert(w.to_string());
            }
        }

        let file = "legal_forms.txt";
        let mut legal = Vec::new();
        let mut seen: HashMap<Vec<String>, (String, usize)> = HashMap::new();
        for (n, line) in lines(src.legal_forms) {
            let err = |message: String| DataError {
                file,
                line: n,
                message,
            };
            let Some((canon, spellings)) = line.split_once(':') else {
                return Err(err(format!(
                    "expected `canonical: spelling | ...`, found {line:?}"
                )));
            };
            let canon = canon.trim();
            folded_word(canon, file, n)?;
            if let Some(c) = class.get(canon).filter(|c| **c != TokenClass::LegalForm) {
                return Err(err(format!(
                    "the canonical form {canon} is already a {c:?} word"
                )));
            }
            for s in spellings.split('|') {
                let spelling = legal_spelling(s, canon, file, n)?;
                if let Some((other, l)) =
                    seen.insert(spelling.words.clone(), (canon.to_string(), n))
                {
                    return Err(err(format!(
                        "{:?} is a spelling of {canon} here and of {other} on line {l}",
                        spelling.words.join(" ")
                    )));
                }
                legal.push(spelling);
            }
            class.insert(canon.to_string(), TokenClass::LegalForm);
        }
        legal.sort_by_key(|l| std::cmp::Reverse(l.words.len()));
        let mut legal_by_first: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, l) in legal.iter().enumerate() {
            legal_by_first
                .entry(l.words[0].clone())
                .or_default()
                .push(i);
        }
        let legal_fuzzy = (0..legal.len())
            .filter(|&i| legal[i].fuzzy)
            .map(|i| (i, crate::letter_set(legal[i].words[0].as_bytes())))
            .collect();

        let numbers = number_words(src.number_words)?;
        let mut tens: Vec<(String, u8)> = numbers
            .iter()
            .filter(|(_, v)| is_tens(**v))
            .map(|(w, v)| (w.clone(), *v))
            .collect();
        tens.sort();
        Ok(Tables {
            family,
            class,
            honorifics,
            legal,
            legal_by_first,
            legal_fuzzy,
            numbers,
            tens,
        })
    }

    /// The canonical spelling of a token's variant family (`mohammed` → `muhammad`, `dima`
    /// → `dmitry`), or the token itself when it belongs to no family.
    pub fn family<'a>(&'a self, token: &'a str) -> &'a str {
        self.family.get(token).map(String::as_str).unwrap_or(token)
    }

    /// True when the token belongs to a variant family.
    pub fn has_family(&self, token: &str) -> bool {
        self.family.contains_key(token)
    }

    /// The class of a (folded, legal-form-canonicalised) token.
    pub fn class(&self, token: &str) -> TokenClass {
        self.class.get(token).copied().unwrap_or(TokenClass::Name)
    }

    /// True for titles and honorifics, which are dropped from names.
    pub fn is_honorific(&self, token: &str) -> bool {
        self.honorifics.contains(token)
    }

    /// The canonical legal form a mistyped one-word legal form stands for ("Cmpany",
    /// "Limiited", "Hodling"): one slip in words of 5 to 8 letters, two from 9. Only the
    /// spellings marked `~` in legal_forms.txt are guessed; shorter forms (Ltd, LLC, Co) are
    /// too short to guess.
    pub fn fuzzy_legal_form(&self, word: &str) -> Option<&str> {
        if word.len() < 5 {
            return None;
        }
        let max = if word.len() >= 9 { 2 } else { 1 };
        let letters = crate::letter_set(word.as_bytes());
        self.legal_fuzzy
            .iter()
            .filter(|&&(_, set)| crate::letter_sets_allow(letters, set, max))
            .map(|&(i, _)| &self.legal[i])
            .find(|l| crate::osa_distance(word.as_bytes(), l.words[0].as_bytes(), max) <= max)
            .map(|l| l.canon.as_str())
    }

    /// The legal-form phrase starting at `words[i]`, as (number of words, canonical form).
    ///
    /// Spellings that are also ordinary words (`as`, `ab`, `ek`: marked `$` in
    /// legal_forms.txt) count only after some word and at the end of the name, where
    /// nothing but other legal forms follows them.
    pub fn legal_form_at(&self, words: &[&str], i: usize) -> Option<(usize, &str)> {
        let first = words.get(i)?;
        self.legal_by_first
            .get(*first)?
            .iter()
            .map(|&k| &self.legal[k])
            .find(|l| {
                let end = i + l.words.len();
                words.len() >= end
                    && l.words[1..]
                        .iter()
                        .zip(&words[i + 1..])
                        .all(|(a, b)| a == b)
                    && (!l.at_end || (i > 0 && self.ends_name(words, end)))
            })
            .map(|l| (l.words.len(), l.canon.as_str()))
    }

    /// The legal form that opens a name, as (number of words, canonical form): a spelling
    /// marked `^` in legal_forms.txt ("OOO", "OAO", "PT") or a phrase of two or more words
    /// ("Open Joint Stock Company"), followed by at least one more word. A single word that
    /// is not marked ("Company for Trade", "Limited") is part of the name.
    ///
    /// ```
    /// let t = nomina_text::Tables::get();
    /// assert_eq!(t.leading_legal_form(&["ooo", "romashka"]), Some((1, "llc")));
    /// assert_eq!(t.leading_legal_form(&["company", "for", "trade"]), None);
    /// assert_eq!(t.leading_legal_form(&["ooo"]), None);
    /// ```
    pub fn leading_legal_form(&self, words: &[&str]) -> Option<(usize, &str)> {
        let first = words.first()?;
        self.legal_by_first
            .get(*first)?
            .iter()
            .map(|&k| &self.legal[k])
            .find(|l| {
                words.len() > l.words.len()
                    && (l.leading || l.words.len() >= 2)
                    && !l.at_end
                    && l.words[1..].iter().zip(&words[1..]).all(|(a, b)| a == b)
            })
            .map(|l| (l.words.len(), l.canon.as_str()))
    }

    /// True when the words from `j` on are nothing but legal forms.
    fn ends_name(&self, words: &[&str], j: usize) -> bool {
        j >= words.len()
            || self
                .legal_form_at(words, j)
                .is_some_and(|(n, _)| self.ends_name(words, j + n))
    }

    /// The number written in words at `words[i]`, as (number of words, value): `forty`
    /// → 40, `forty four` → 44 (a tens word then a unit word), `fortyfour` → 44. Numbers
    /// from zero to ninety-nine, in English; see number_words.txt.
    ///
    /// ```
    /// let t = nomina_text::Tables::get();
    /// assert_eq!(t.number_at(&["brigade", "forty", "four"], 1), Some((2, 44)));
    /// assert_eq!(t.number_at(&["brigade"], 0), None);
    /// ```
    pub fn number_at(&self, words: &[&str], i: usize) -> Option<(usize, u8)> {
        let w = *words.get(i)?;
        let unit = |w: &str| self.numbers.get(w).copied().filter(|u| (1..=9).contains(u));
        if let Some(&v) = self.numbers.get(w) {
            if is_tens(v) {
                if let Some(u) = words.get(i + 1).and_then(|n| unit(n)) {
                    return Some((2, v + u));
                }
            }
            return Some((1, v));
        }
        self.tens.iter().find_map(|(t, v)| {
            let u = unit(w.strip_prefix(t.as_str())?)?;
            Some((1, v + u))
        })
    }
}

/// True for the tens that take a unit after them (20, 30 ... 90).
fn is_tens(v: u8) -> bool {
    v >= 20 && v.is_multiple_of(10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_and_classes_load() {
        let t = Tables::get();
        assert_eq!(t.family("mohammed"), "muhammad");
        assert_eq!(t.family("zzz"), "zzz");
        assert_eq!(t.class("al"), TokenClass::Particle);
        assert_eq!(t.class("llc"), TokenClass::LegalForm);
        assert_eq!(t.class("the"), TokenClass::Stop);
        assert!(t.is_honorific("maulana"));
        assert_eq!(t.fuzzy_legal_form("cmpany"), Some("co"));
        assert_eq!(t.fuzzy_legal_form("limiited"), Some("ltd"));
        assert_eq!(t.fuzzy_legal_form("hodling"), Some("hold"));
        assert_eq!(t.fuzzy_legal_form("gruop"), Some("gp"));
        assert_eq!(t.fuzzy_legal_form("sepah"), None);
        let words = ["limited", "liability", "company", "x"];
        assert_eq!(t.legal_form_at(&words, 0), Some((3, "llc")));
    }

    /// The canonical legal form of a phrase written after a name word.
    fn legal(phrase: &str) -> Option<String> {
        let folded = crate::fold(&format!("Emma {phrase}"));
        let words: Vec<&str> = folded.split(' ').collect();
        let t = Tables::get();
        t.legal_form_at(&words, 1)
            .filter(|(n, _)| 1 + n == words.len())
            .map(|(_, c)| c.to_string())
    }

    fn all_legal(canon: &str, spellings: &[&str]) {
        for s in spellings {
            assert_eq!(legal(s).as_deref(), Some(canon), "{s}");
        }
    }

    #[test]
    fn legal_forms_in_many_languages_share_a_canonical_form() {
        all_legal("ag", &["AG", "Aktiengesellschaft"]);
        all_legal(
            "gmbh",
            &[
                "GmbH",
                "Gesellschaft mit beschränkter Haftung",
                "Ges.m.b.H.",
            ],
        );
        all_legal("kg", &["KG", "GmbH & Co. KG", "Kommanditgesellschaft"]);
        all_legal("ohg", &["OHG", "offene Handelsgesellschaft"]);
        all_legal("ekfm", &["e.K.", "e.Kfm.", "eingetragener Kaufmann"]);
        let jsc = [
            "OAO",
            "OJSC",
            "Open Joint Stock Company",
            "ОАО",
            "Otkrytoe Aktsionernoe Obshchestvo",
            "Открытое акционерное общество",
            "PAO",
            "PJSC",
            "Public Joint Stock Company",
            "ПАО",
            "ZAO",
            "CJSC",
            "Closed Joint Stock Company",
            "ЗАО",
            "AO",
            "JSC",
            "Joint Stock Company",
            "АО",
            "Aktsionernoe Obshchestvo",
            "a.s.",
            "A/S",
            "AS",
            "ASA",
            "A.Ş.",
            "Anonim Şirketi",
            "Zrt.",
        ];
        all_legal("jsc", &jsc);
        let llc = [
            "OOO",
            "LLC",
            "L.L.C.",
            "Limited Liability Company",
            "ООО",
            "Obshchestvo s Ogranichennoy Otvetstvennostyu",
            "Общество с ограниченной ответственностью",
            "TOV",
            "ТОВ",
            "Товариство з обмеженою відповідальністю",
            "Sp. z o.o.",
            "Sp. z.o.o.",
            "s.r.o.",
            "spol. s r.o.",
            "d.o.o.",
            "Kft.",
        ];
        all_legal("llc", &llc);
        all_legal(
            "sa",
            &["S.A.", "SA de CV", "S.A. de C.V.", "Sociedad Anónima"],
        );
        all_legal("spa", &["S.p.A.", "Società per Azioni"]);
        all_legal("srl", &["S.r.l.", "SARL", "S. de R.L. de C.V.", "S.L."]);
        all_legal(
            "ltd",
            &[
                "Ltda",
                "Ltd.",
                "Pty Ltd",
                "Pvt. Ltd.",
                "(Pvt.) Ltd.",
                "Co., Ltd.",
            ],
        );
        all_legal("ltd", &["Ltd. Şti.", "Limited Şirketi", "Sdn. Bhd.", "ApS"]);
        all_legal("bv", &["B.V.", "besloten vennootschap"]);
        all_legal("nv", &["N.V.", "naamloze vennootschap"]);
        all_legal("plc", &["PLC", "public limited company", "Bhd", "Berhad"]);
        all_legal("ab", &["AB", "Aktiebolag", "AB (publ)"]);
        all_legal("oy", &["Oy", "Oyj", "Osakeyhtiö"]);
        all_legal("pt", &["PT", "Perseroan Terbatas"]);
        all_legal("tbk", &["Tbk."]);
        all_legal("llp", &["LLP", "Limited Liability Partnership"]);
        assert_eq!(
            legal("Tbk. PT").as_deref(),
            None,
            "two forms are two tokens"
        );
    }

    #[test]
    fn ordinary_word_spellings_count_only_at_the_end() {
        let t = Tables::get();
        assert_eq!(t.legal_form_at(&["abd", "as", "salam"], 1), None);
        assert_eq!(t.legal_form_at(&["equinor", "as"], 1), Some((1, "jsc")));
        assert_eq!(
            t.legal_form_at(&["equinor", "as", "ltd"], 1),
            Some((1, "jsc"))
        );
        assert_eq!(t.legal_form_at(&["as"], 0), None, "never on its own");
        assert_eq!(t.legal_form_at(&["ltd"], 0), Some((1, "ltd")));
        assert_eq!(t.class("ek"), TokenClass::Name, "the surname Ek");
        assert_eq!(t.class("as"), TokenClass::Particle);
        // Long foreign forms take no typos unless marked: the surname Kaufman is no
        // "kaufmann", the given name Berhan no "berhad".
        assert_eq!(t.fuzzy_legal_form("kaufman"), None);
        assert_eq!(t.fuzzy_legal_form("berhan"), None);
        assert_eq!(t.fuzzy_legal_form("aktiengeselschaft"), Some("ag"));
    }

    #[test]
    fn numbers_in_words_read_as_values() {
        let t = Tables::get();
        let at = |s: &str| {
            let w: Vec<&str> = s.split(' ').collect();
            t.number_at(&w, 0)
        };
        assert_eq!(at("zero"), Some((1, 0)));
        assert_eq!(at("one"), Some((1, 1)));
        assert_eq!(at("nineteen"), Some((1, 19)));
        assert_eq!(at("forty four"), Some((2, 44)));
        assert_eq!(at("fortyfour"), Some((1, 44)));
        assert_eq!(at("ninety nine"), Some((2, 99)));
        assert_eq!(at("twenty"), Some((1, 20)));
        assert_eq!(at("twenty zero"), Some((1, 20)), "zero is no unit");
        assert_eq!(at("ten four"), Some((1, 10)), "ten takes no unit");
        assert_eq!(at("fortyx"), None);
        assert_eq!(at("forte"), None);
        assert_eq!(at("oneida"), None);
    }

    #[test]
    fn nicknames_join_the_families_of_full_names() {
        let t = Tables::get();
        let same = |a: &str, b: &str| {
            assert!(
                t.has_family(a) && t.family(a) == t.family(b),
                "{a} ({}) and {b} ({})",
                t.family(a),
                t.family(b)
            )
        };
        for (a, b) in [
            ("ted", "theodore"),
            ("teddy", "ted"),
            ("bill", "william"),
            ("billy", "will"),
            ("bob", "robert"),
            ("rob", "bobby"),
            ("dick", "richard"),
            ("rick", "richard"),
            ("jim", "james"),
            ("jimmy", "jim"),
            ("mike", "michael"),
            ("sasha", "aleksandr"),
            ("alex", "alexander"),
            ("aleksander", "oleksandr"),
            ("alexandre", "sasha"),
            ("aleksandrs", "aleksandras"),
            ("pepe", "jose"),
            ("paco", "francisco"),
            ("kate", "katherine"),
            ("catherine", "ekaterina"),
            ("yekaterina", "katya"),
            ("dima", "dmitry"),
            ("dmitri", "dmytro"),
            ("volodya", "vladimir"),
            ("volodymyr", "vladimirs"),
            ("misha", "mikhail"),
            ("kolya", "nikolai"),
            ("nikolay", "mykola"),
            ("sergey", "sergei"),
            ("sergej", "sergejs"),
            ("serhiy", "serhii"),
            ("sergii", "siarhei"),
            ("jurijs", "yuri"),
            ("yury", "yuriy"),
            ("iurii", "yura"),
            ("andrejs", "andrey"),
            ("andrei", "andriy"),
        ] {
            same(a, b);
        }
        assert_ne!(t.family("mike"), t.family("misha"));
        assert!(!t.has_family("ben") || t.family("ben") == t.family("bin"));
    }

    #[test]
    fn organisation_families() {
        let t = Tables::get();
        for w in ["hezbollah", "hizbullah", "hizbollah", "hezbullah"] {
            assert_eq!(t.family(w), "hizballah");
        }
        assert!(
            !t.has_family("hizbul"),
            "Hizbul Mujahideen is not Hizballah"
        );
        assert_eq!(t.family("qaeda"), t.family("kaida"));
        assert_eq!(t.family("taleban"), "taliban");
        assert_eq!(t.family("tic"), "ticaret");
    }

    #[test]
    fn honorifics_leave_out_given_names() {
        let t = Tables::get();
        for w in [
            "mullah", "maulana", "maulvi", "mawlawi", "sheikh", "shaykh", "hajji", "haji",
            "alhaji", "dr", "qari", "ustadh", "ustaz",
        ] {
            assert!(t.is_honorific(w), "{w}");
        }
        for w in ["sayyid", "sayed", "syed", "amir", "emir", "hafiz", "imam"] {
            assert!(!t.is_honorific(w), "{w} is also a given name");
        }
    }

    #[test]
    fn built_in_data_loads() {
        Tables::from_sources(&Sources::BUILT_IN).unwrap();
    }

    fn load(variants: &str, nicknames: &str, legal: &str) -> Result<Tables, DataError> {
        Tables::from_sources(&Sources {
            variants,
            nicknames,
            legal_forms: legal,
            ..Sources::BUILT_IN
        })
    }

    #[test]
    fn a_word_in_two_families_fails_with_file_and_line() {
        let e = load("a b\n\nc b\n", "", "").unwrap_err();
        assert_eq!((e.file, e.line), ("variants.txt", 3));
        assert!(e.to_string().contains("variants.txt:1"), "{e}");
        let e = load("a b\n", "# x\nb c\nd a\n", "").unwrap_err();
        assert_eq!((e.file, e.line), ("nicknames.txt", 3));
        let e = load("a b\nb c\n", "", "").unwrap_err();
        assert_eq!((e.file, e.line), ("variants.txt", 2));
        let e = load("a b-c\n", "", "").unwrap_err();
        assert!(e.message.contains("folds to \"b c\""), "{e}");
        // A nickname line extends the family its first word is in.
        let t = load("a b\n", "b c\n", "").unwrap();
        assert_eq!(t.family("c"), "a");
    }

    #[test]
    fn a_legal_spelling_twice_fails_with_file_and_line() {
        let e = load("", "", "x: ab | cd\ny: cd\n").unwrap_err();
        assert_eq!((e.file, e.line), ("legal_forms.txt", 2));
        let e = load("", "", "al: alx\n").unwrap_err();
        assert!(e.message.contains("Particle"), "{e}");
        let e = load("", "", "x: L.L.C.\n").unwrap_err();
        assert_eq!(e.line, 1);
        let e = load("", "", "x: ab~\n").unwrap_err();
        assert!(e.message.contains('~'), "{e}");
        let e = load("", "", "x ab\n").unwrap_err();
        assert!(e.message.contains("canonical"), "{e}");
    }
}
