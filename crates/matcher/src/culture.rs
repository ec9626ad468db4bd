//! The naming culture of a name, where it changes how names compare.
//!
//! Chinese and Korean names are made of syllables, each a part of the name: "Zhang Wen"
//! and "Zhang Wen-Fu" are two people, "Zhang" and "Zheng" two surnames, "Jong" and "Yong"
//! two given names. The general scorer forgives an unmatched listed word and credits
//! sound-alike spellings, which is right for "Mohammed Omar" against "Mohammed Omar Ghulam
//! Nabi" and wrong here. This module says which names are of that style and which tokens
//! are syllables of one romanisation system; `score` applies the consequences.

use nomina_model::{char_script, Script};
use nomina_text::fold;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Romanisation systems a syllable belongs to, as bits.
pub(crate) type Systems = u8;
/// Pinyin, as nomina transliterates Han characters.
pub(crate) const PINYIN: Systems = 1;
/// Revised Romanisation of Korean, as nomina transliterates Hangul.
pub(crate) const HANGUL_RR: Systems = 2;
/// Other romanisations lists use (McCune–Reischauer, Wade–Giles, surname spellings): they
/// make a name East Asian in style but are not one closed system.
pub(crate) const OTHER: Systems = 4;

/// Most and fewest name words an East Asian personal name has.
const SYLLABIC_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// Syllables of romanisations other than the transliteration's own (data file).
pub(crate) const EAST_ASIAN_SYLLABLES: &str = include_str!("../data/east_asian_syllables.txt");

fn table() -> &'static HashMap<String, Systems> {
    static TABLE: OnceLock<HashMap<String, Systems>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t: HashMap<String, Systems> = HashMap::new();
        // The syllables are exactly what the transliteration writes for each character of
        // the CJK Unified Ideographs and Hangul Syllables blocks.
        let blocks = [(0x4E00u32..=0x9FFF, PINYIN), (0xAC00..=0xD7A3, HANGUL_RR)];
        for (range, system) in blocks {
            for c in range.filter_map(char::from_u32) {
                let f = fold(c.encode_utf8(&mut [0; 4]));
                if !f.is_empty() && f.bytes().all(|b| b.is_ascii_lowercase()) {
                    *t.entry(f).or_default() |= system;
                }
            }
        }
        let extra = EAST_ASIAN_SYLLABLES;
        for w in extra
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .flat_map(str::split_whitespace)
        {
            *t.entry(w.to_string()).or_default() |= OTHER;
        }
        t
    })
}

/// The romanisation systems `token` (folded) is a syllable of; 0 for none.
pub(crate) fn syllable_systems(token: &str) -> Systems {
    table().get(token).copied().unwrap_or(0)
}

/// True when two different spellings are both pinyin syllables and neither is also written
/// in another romanisation: different syllables of one closed system, so different name
/// parts however alike they sound ("zhang"/"zheng", "zhou"/"zhu"). Korean is not held to
/// this: lists and people write one Korean syllable in several systems whose spellings
/// overlap ("Jong"/"Jung" for 정).
pub(crate) fn distinct_pinyin(a: Systems, b: Systems) -> bool {
    a & b & PINYIN != 0 && (a | b) & OTHER == 0
}

/// Groups of initial letters that write one Chinese or Korean consonant in different
/// romanisations (Revised / McCune–Reischauer, pinyin / Wade–Giles): g/k (경 Gyong/Kyong),
/// j/ch/z/ts (정 Jeong/Chong, 張 Zhang/Chang/Cheung), b/p, d/t, r/l/n (이 Ri/Li/Ni), s/x/h
/// (徐 Xu/Hsu), y/i/e, w/u/o.
const INITIAL_GROUPS: [&str; 8] = ["gk", "jczt", "bp", "dt", "rln", "sxh", "yie", "wuo"];

/// True when two syllables may begin differently and still be one syllable: the same first
/// letter, or first letters of one group of [`INITIAL_GROUPS`]. A slip that turns "Jong"
/// into "Yong" or "Hong" makes another name.
pub(crate) fn initials_compatible(a: &str, b: &str) -> bool {
    match (a.bytes().next(), b.bytes().next()) {
        (Some(x), Some(y)) if x == y => true,
        (Some(x), Some(y)) => INITIAL_GROUPS
            .iter()
            .any(|g| g.as_bytes().contains(&x) && g.as_bytes().contains(&y)),
        _ => false,
    }
}

/// True when a name is East Asian in style: written in Han or Hangul, or made of two to
/// four words that are all romanised syllables.
pub(crate) fn is_syllabic_name(original: &str, name_words: &[&str]) -> bool {
    // Invisible characters are no writing: a Hangul filler hidden in a Latin name does
    // not make it Korean.
    if original.chars().any(|c| {
        !nomina_text::is_invisible(c) && matches!(char_script(c), Script::Han | Script::Hangul)
    }) {
        return true;
    }
    SYLLABIC_WORDS.contains(&name_words.len())
        && name_words.iter().all(|w| syllable_systems(w) != 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_come_from_the_transliteration_and_the_data_file() {
        assert_eq!(syllable_systems("zhang") & PINYIN, PINYIN);
        assert_eq!(syllable_systems("jeong") & HANGUL_RR, HANGUL_RR);
        assert_eq!(syllable_systems("woo"), OTHER);
        assert_eq!(syllable_systems("mohammed"), 0);
    }

    #[test]
    fn distinct_pinyin_syllables_are_different_names() {
        let s = syllable_systems;
        assert!(distinct_pinyin(s("zheng"), s("zhang")));
        assert!(distinct_pinyin(s("zhou"), s("zhu")));
        // Wade-Giles "chang" is pinyin "zhang": not held apart.
        assert!(!distinct_pinyin(s("chang"), s("zhang")));
        assert!(!distinct_pinyin(s("cheol"), s("chol")));
        // Korean syllables overlap across romanisations: one letter is often the system.
        assert!(!distinct_pinyin(s("gyong"), s("kyong")));
    }

    #[test]
    fn initials_of_one_consonant_are_compatible() {
        assert!(initials_compatible("gyong", "kyong"));
        assert!(initials_compatible("chong", "jong"));
        assert!(initials_compatible("chok", "chol"));
        assert!(!initials_compatible("jong", "yong"));
        assert!(!initials_compatible("hong", "jong"));
    }

    #[test]
    fn east_asian_names_are_recognised() {
        assert!(is_syllabic_name("赵斌", &["zhao", "bin"]));
        assert!(is_syllabic_name("KIM, Yong Chol", &["kim", "yong", "chol"]));
        assert!(is_syllabic_name("ZHANG, Wen-Fu", &["zhang", "wen", "fu"]));
        assert!(!is_syllabic_name(
            "Osama bin Laden",
            &["osama", "bin", "laden"]
        ));
        assert!(!is_syllabic_name("Zhang", &["zhang"]));
        assert!(!is_syllabic_name("Emily Lee", &["emily", "lee"]));
    }
}
