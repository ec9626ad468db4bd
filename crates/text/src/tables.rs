//! The data tables behind normalisation: variant families, particles, honorifics, legal
//! forms and stop words, read from the text files in `data/` (compiled in).

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a token contributes to a name's identity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    honorifics: std::collections::HashSet<String>,
    /// Legal-form phrases (as word lists), longest first, with their canonical form.
    legal: Vec<(Vec<String>, String)>,
}

const VARIANTS: &str = include_str!("../data/variants.txt");
const PARTICLES: &str = include_str!("../data/particles.txt");
const HONORIFICS: &str = include_str!("../data/honorifics.txt");
const LEGAL_FORMS: &str = include_str!("../data/legal_forms.txt");
const STOPWORDS: &str = include_str!("../data/stopwords.txt");

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

impl Tables {
    /// The tables compiled into nomina.
    pub fn get() -> &'static Tables {
        static T: OnceLock<Tables> = OnceLock::new();
        T.get_or_init(|| Tables::parse(VARIANTS, PARTICLES, HONORIFICS, LEGAL_FORMS, STOPWORDS))
    }

    /// Builds tables from the texts of the five data files (used by [`Tables::get`], and
    /// by tests with extra entries).
    pub fn parse(
        variants: &str,
        particles: &str,
        honorifics: &str,
        legal: &str,
        stop: &str,
    ) -> Tables {
        let mut family = HashMap::new();
        for line in lines(variants) {
            let words: Vec<String> = line.split_whitespace().map(crate::fold).collect();
            if let Some(canon) = words.first() {
                for w in &words {
                    family.entry(w.clone()).or_insert_with(|| canon.clone());
                }
            }
        }
        let mut class = HashMap::new();
        for w in lines(particles).flat_map(str::split_whitespace) {
            class.insert(w.to_string(), TokenClass::Particle);
        }
        for w in lines(stop).flat_map(str::split_whitespace) {
            class.insert(w.to_string(), TokenClass::Stop);
        }
        let honorifics = lines(honorifics)
            .flat_map(str::split_whitespace)
            .map(str::to_string)
            .collect();
        let mut legal_forms = Vec::new();
        for line in lines(legal) {
            let Some((canon, spellings)) = line.split_once(':') else {
                continue;
            };
            let canon = canon.trim().to_string();
            for s in spellings.split('|') {
                let words: Vec<String> = s.split_whitespace().map(str::to_string).collect();
                if !words.is_empty() {
                    legal_forms.push((words, canon.clone()));
                }
            }
            class.insert(canon, TokenClass::LegalForm);
        }
        legal_forms.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        Tables {
            family,
            class,
            honorifics,
            legal: legal_forms,
        }
    }

    /// The canonical spelling of a token's variant family (`mohammed` → `muhammad`), or the
    /// token itself when it belongs to no family.
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
    /// "Limiited", "Hodling"): one slip in words of 5 to 8 letters, two from 9. Shorter
    /// forms (Ltd, LLC, Co) are too short to guess.
    pub fn fuzzy_legal_form(&self, word: &str) -> Option<&str> {
        if word.len() < 5 {
            return None;
        }
        let max = if word.len() >= 9 { 2 } else { 1 };
        self.legal
            .iter()
            .filter(|(phrase, _)| phrase.len() == 1 && phrase[0].len() >= 5)
            .find(|(phrase, _)| {
                crate::osa_distance(word.as_bytes(), phrase[0].as_bytes(), max) <= max
            })
            .map(|(_, canon)| canon.as_str())
    }

    /// The legal-form phrase starting at `words[i]`, as (number of words, canonical form).
    pub fn legal_form_at(&self, words: &[&str], i: usize) -> Option<(usize, &str)> {
        self.legal
            .iter()
            .find(|(phrase, _)| {
                words.len() >= i + phrase.len()
                    && phrase.iter().zip(&words[i..]).all(|(a, b)| a == b)
            })
            .map(|(phrase, canon)| (phrase.len(), canon.as_str()))
    }
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

    #[test]
    fn no_word_is_in_two_families() {
        let mut seen = HashMap::new();
        for line in lines(VARIANTS) {
            let words: Vec<&str> = line.split_whitespace().collect();
            for w in &words {
                if let Some(prev) = seen.insert(w.to_string(), words[0].to_string()) {
                    assert_eq!(
                        prev, words[0],
                        "{w} is in the families of {prev} and {}",
                        words[0]
                    );
                }
            }
        }
    }
}
