//! Folding arbitrary text to lower-case ASCII words.

use crate::translit;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Folds a string to lower-case ASCII letters, digits and single spaces.
///
/// Non-Latin scripts are transliterated, diacritics dropped, apostrophes removed inside
/// words (`Sa'id` → `said`), other punctuation turned into spaces (`Al-Baghdadi` →
/// `al baghdadi`), and dotted abbreviations joined (`L.L.C.` → `llc`).
///
/// ```
/// assert_eq!(nomina_text::fold("  Jaish-i-Mohammed "), "jaish i mohammed");
/// assert_eq!(nomina_text::fold("Qoussaï L.L.C."), "qoussai llc");
/// assert_eq!(nomina_text::fold("Сербин Андрей"), "serbin andrey");
/// ```
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.nfkc().collect();
    for (i, &c) in chars.iter().enumerate() {
        match c {
            // A dot between single letters is an abbreviation (S.A., L.L.C.): join.
            '.' if is_abbrev_dot(&chars, i) => {}
            '\'' | '’' | '‘' | '`' | 'ʼ' | 'ʻ' | '´' => {}
            '&' => push_word(&mut out, "and"),
            _ => fold_char_into(c, &mut out),
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

fn push_word(out: &mut String, w: &str) {
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
    out.push_str(w);
    out.push(' ');
}

fn is_abbrev_dot(chars: &[char], i: usize) -> bool {
    // Look back past combining marks: they belong to the letter before them, and NFKC keeps
    // the ones with no precomposed form apart (a lower-cased `İ` is `i` + U+0307), so
    // `İ.A.` and `i̇.a.` must join alike.
    let mut before = chars[..i].iter().rev().filter(|c| !is_combining_mark(**c));
    let (b1, b2, b3) = (before.next(), before.next(), before.next());
    let single_before =
        b1.is_some_and(|c| c.is_alphabetic()) && !b2.is_some_and(|c| c.is_alphanumeric());
    let letter_after = chars.get(i + 1).is_some_and(|c| c.is_alphabetic());
    let end_after_abbrev =
        b3.is_some() && b2 == Some(&'.') && !chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
    single_before && (letter_after || end_after_abbrev)
}

/// Appends the folded form of one character: letters and digits as lower-case ASCII,
/// anything else as a word break. Used by [`fold`] and by the text scanner, which needs to
/// fold character by character to keep offsets.
pub fn fold_char_into(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if c.is_ascii() {
        if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
        return;
    }
    if is_combining_mark(c) {
        // Indic vowel signs are letters' vowels, not accents: romanise them.
        if ('\u{0900}'..='\u{0DFF}').contains(&c) {
            out.extend(
                any_ascii::any_ascii_char(c)
                    .chars()
                    .filter(char::is_ascii_alphanumeric),
            );
        }
        return;
    }
    if let Some(t) = translit::char_to_latin(c) {
        out.extend(t.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    // Latin letters with diacritics lose them (é → e, ß → ss below); letters of other
    // scripts are romanised whole, before any decomposition (й is not и + breve).
    let c = if nomina_model::char_script(c) == nomina_model::Script::Latin {
        let mut base = None;
        decompose_canonical(c, |d| {
            if base.is_none() && !is_combining_mark(d) {
                base = Some(d);
            }
        });
        base.unwrap_or(c)
    } else {
        c
    };
    if c.is_ascii_alphanumeric() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    if c.is_alphanumeric() {
        let mut wrote = false;
        for ch in any_ascii::any_ascii_char(c).chars() {
            if ch.is_ascii_alphanumeric() {
                out.push(ch.to_ascii_lowercase());
                wrote = true;
            }
        }
        // Han and Hangul syllables romanise to whole syllables: keep them apart so that
        // 金正恩 becomes "jin zheng en", like the romanised lists write it.
        if wrote && translit::is_syllabic(c) {
            out.push(' ');
        }
        return;
    }
    if !out.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_punctuation_case_and_accents() {
        assert_eq!(fold("Abdul-Rahman"), "abdul rahman");
        assert_eq!(fold("AL-ARABI TRADING CO."), "al arabi trading co");
        assert_eq!(fold("S.A. de C.V."), "sa de cv");
        assert_eq!(fold("Tarik Naasser S."), "tarik naasser s");
        assert_eq!(fold("D'Souza & Sons"), "dsouza and sons");
        assert_eq!(fold("CARLOS ANTONIO LÓPEZ"), "carlos antonio lopez");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold(""), "");
        assert_eq!(fold(" \t\n"), "");
    }

    #[test]
    fn transliterates_scripts() {
        assert_eq!(fold("金正恩"), "jin zheng en");
        assert_eq!(fold("Дмитрий"), "dmitriy");
    }
}
