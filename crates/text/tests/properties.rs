//! Properties of normalisation that every caller relies on, checked on generated text.
//!
//! The matcher and the text scanner compare folded strings and phonetic keys for equality,
//! so folding must be a true normal form (one output per spelling class, stable when
//! applied twice) and the keys must ignore spelling choices they claim to ignore. Example
//! tests cover the known names; these cover the inputs nobody thought of.

use nomina_text::{fold, fold_char_into, skeleton, tokens, translit, Tables};
use proptest::prelude::*;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Latin letters with and without diacritics (ASCII, Latin-1 and Latin Extended-A), the
/// punctuation names carry, and spaces.
fn latin_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        prop_oneof![
            4 => proptest::char::range('a', 'z'),
            2 => proptest::char::range('A', 'Z'),
            3 => proptest::char::range('\u{C0}', '\u{17F}')
                .prop_filter("letters only", |c| c.is_alphabetic()),
            1 => proptest::sample::select(vec![' ', '-', '.', '\'', ',', '&', '/', '(', ')']),
        ],
        0..40,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

/// Any text at all, weighted towards the scripts sanctions lists use, so that the
/// transliteration tables are exercised and not only the fallback.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        1 => latin_text(),
        1 => proptest::collection::vec(
            prop_oneof![
                proptest::char::range('\u{0600}', '\u{06FF}'), // Arabic
                proptest::char::range('\u{0400}', '\u{04FF}'), // Cyrillic
                proptest::char::range('\u{0370}', '\u{03FF}'), // Greek
                proptest::char::range('\u{4E00}', '\u{4FFF}'), // Han
                proptest::char::range('\u{AC00}', '\u{ADFF}'), // Hangul
                proptest::char::range('\u{0900}', '\u{097F}'), // Devanagari
                proptest::char::range('\u{0300}', '\u{036F}'), // combining marks
                proptest::char::range('\u{FF00}', '\u{FFEF}'), // full-width forms
                Just(' '),
                Just('.'),
            ],
            0..30,
        )
        .prop_map(|cs| cs.into_iter().collect()),
    ]
}

/// Names made of the words normalisation treats specially (honorifics, particles, legal
/// forms, stop words) and ordinary ones, in any order.
fn name_words() -> impl Strategy<Value = String> {
    let words = [
        "sheikh",
        "haji",
        "amir",
        "dr",
        "general",
        "mr",
        "al",
        "bin",
        "van",
        "abu",
        "the",
        "of",
        "limited",
        "liability",
        "company",
        "llc",
        "co",
        "ltd",
        "s.a.",
        "de",
        "c.v.",
        "trading",
        "ali",
        "hassan",
        "masood",
        "azhar",
        "sea",
        "star",
        "m/v",
    ];
    proptest::collection::vec(proptest::sample::select(words.to_vec()), 0..6)
        .prop_map(|ws| ws.join(" "))
}

/// The text with every diacritic removed from its letters: canonical decomposition, then
/// the combining marks dropped.
fn without_diacritics(s: &str) -> String {
    s.nfd().filter(|c| !is_combining_mark(*c)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn fold_gives_lower_case_ascii_words_single_spaced(s in any_text()) {
        let f = fold(&s);
        prop_assert!(
            f.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' '),
            "{:?} folded to {:?}", s, f
        );
        prop_assert!(!f.starts_with(' ') && !f.ends_with(' '), "{:?} folded to {:?}", s, f);
        prop_assert!(!f.contains("  "), "{:?} folded to {:?}", s, f);
    }

    #[test]
    fn invisible_characters_change_nothing(
        s in latin_text(),
        at in proptest::collection::vec(any::<prop::sample::Index>(), 0..6),
        which in proptest::collection::vec(0usize..6, 6),
    ) {
        const INVISIBLE: [char; 6] =
            ['\u{00AD}', '\u{200B}', '\u{200C}', '\u{2060}', '\u{FEFF}', '\u{E0041}'];
        let mut chars: Vec<char> = s.chars().collect();
        for (k, ix) in at.iter().enumerate() {
            let pos = ix.index(chars.len() + 1);
            chars.insert(pos, INVISIBLE[which[k % which.len()]]);
        }
        let hidden: String = chars.into_iter().collect();
        prop_assert_eq!(fold(&hidden), fold(&s), "{:?}", hidden);
    }

    #[test]
    fn a_right_to_left_override_reads_as_displayed(s in latin_text()) {
        let reversed: String = s.chars().filter(|&c| c != '\n').rev().collect();
        let flat: String = s.chars().filter(|&c| c != '\n').collect();
        prop_assert_eq!(fold(&format!("\u{202E}{reversed}")), fold(&flat));
    }

    #[test]
    fn fold_is_idempotent(s in any_text()) {
        let f = fold(&s);
        prop_assert_eq!(fold(&f), f);
    }

    #[test]
    fn fold_ignores_the_case_of_latin_letters(s in latin_text()) {
        prop_assert_eq!(fold(&s.to_uppercase()), fold(&s), "upper case of {:?}", s);
        prop_assert_eq!(fold(&s.to_lowercase()), fold(&s), "lower case of {:?}", s);
    }

    #[test]
    fn fold_ignores_the_normalisation_form(s in any_text()) {
        let nfc: String = s.nfc().collect();
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(fold(&nfd), fold(&nfc), "{:?}", s);
        prop_assert_eq!(fold(&nfc), fold(&s), "{:?}", s);
    }

    #[test]
    fn fold_ignores_diacritics_on_latin_letters(s in latin_text()) {
        prop_assert_eq!(fold(&without_diacritics(&s)), fold(&s), "{:?}", s);
    }

    #[test]
    fn tokens_are_never_empty(s in any_text()) {
        for t in tokens(&s, Tables::get()) {
            prop_assert!(!t.text.is_empty(), "empty token from {:?}", s);
            prop_assert!(!t.text.trim().is_empty(), "blank token from {:?}", s);
        }
    }

    #[test]
    fn tokens_never_empty_a_name(words in name_words()) {
        // Honorifics are dropped and legal forms merged, but a name that folds to some
        // words always keeps at least one token to match on.
        let toks = tokens(&words, Tables::get());
        prop_assert_eq!(toks.is_empty(), fold(&words).is_empty(), "{:?} gave {:?}", words, toks);
    }

    #[test]
    fn skeleton_survives_a_doubled_letter(
        word in "[abcdegiklmnopqrstuvxy]{1,12}",
        at in any::<proptest::sample::Index>(),
    ) {
        // Hassan / Hasan, Mohammed / Mohamed: a doubled letter is a spelling choice. Two
        // kinds of letter are left out on purpose: a doubled `e` (a lone e is ambiguous,
        // fatha or kasra, while `ee` reads as i: Fareed), and the letters of digraphs and
        // word-final rules (h, j, z, f, w), where a doubled letter makes another spelling
        // (ssh is s + sh, off is the -ov ending).
        let bytes = word.as_bytes();
        let i = at.index(bytes.len());
        prop_assume!(bytes[i] != b'e');
        let mut doubled = word.clone();
        doubled.insert(i, bytes[i] as char);
        prop_assert_eq!(skeleton(&doubled), skeleton(&word), "{} vs {}", doubled, word);
    }

    #[test]
    fn transliteration_takes_every_char(c in any::<char>()) {
        let mut out = String::new();
        fold_char_into(c, &mut out);
        prop_assert!(out.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' '), "{:?} gave {:?}", c, out);
        if let Some(t) = translit::char_to_latin(c) {
            prop_assert!(t.bytes().all(|b| b.is_ascii_alphanumeric()), "{:?} gave {:?}", c, t);
        }
        let _ = translit::is_syllabic(c);
        let _ = fold(&c.to_string());
    }
}

#[test]
fn transliteration_takes_every_char_exhaustively() {
    // Cheap enough to do for all 1.1 million scalar values, so no char is left to chance.
    let mut out = String::new();
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        out.clear();
        fold_char_into(c, &mut out);
        assert!(
            out.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' '),
            "{c:?} gave {out:?}"
        );
        let _ = translit::char_to_latin(c);
    }
}

#[test]
fn abbreviations_join_whatever_the_case() {
    // Found by `fold_ignores_the_case_of_latin_letters`: lower-casing `İ` gives `i` and a
    // combining dot, which used to stop the dot after it from joining the abbreviation.
    assert_eq!(fold("İ.a"), "ia");
    assert_eq!(fold("İ.A."), fold("i\u{307}.a."));
    assert_eq!(fold("x\u{301}.y\u{301}. Z"), "xy z");
}

proptest! {
    /// The letter-set filter never rejects a pair within the edit distance it is asked
    /// about: it may only save [`osa_distance`] calls, never change their answer.
    #[test]
    fn letter_sets_never_reject_a_pair_within_the_edits(
        a in "[a-z0-9]{0,12}",
        b in "[a-z0-9]{0,12}",
        max in 1usize..3,
    ) {
        use nomina_text::{letter_set, letter_sets_allow};
        if nomina_text::osa_distance(a.as_bytes(), b.as_bytes(), max) <= max {
            prop_assert!(letter_sets_allow(letter_set(a.as_bytes()), letter_set(b.as_bytes()), max));
        }
    }

    /// The same, for pairs made a few edits apart on purpose (random pairs are rarely
    /// close).
    #[test]
    fn letter_sets_allow_a_word_and_its_slips(
        a in "[a-z]{5,12}",
        edits in proptest::collection::vec((0usize..4, 0usize..12, b'a'..=b'z'), 1..3),
    ) {
        use nomina_text::{letter_set, letter_sets_allow};
        let mut b = a.clone().into_bytes();
        for &(kind, at, c) in &edits {
            let at = at % b.len().max(1);
            match kind {
                0 if !b.is_empty() => { b.remove(at); }
                1 => b.insert(at, c),
                2 if !b.is_empty() => b[at] = c,
                _ if at + 1 < b.len() => b.swap(at, at + 1),
                _ => {}
            }
        }
        prop_assert!(letter_sets_allow(letter_set(a.as_bytes()), letter_set(&b), edits.len()));
    }
}
