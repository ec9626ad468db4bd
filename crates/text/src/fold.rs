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
    if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
        return fold_plain_ascii(s);
    }
    fold_general(s)
}

/// [`fold`] of text made only of ASCII letters, digits and spaces (most of what a
/// scanner and a batch hand over, already folded or nearly): lower case, single spaces,
/// nothing else to do. No look-alike, invisible or abbreviation rule applies to such text.
fn fold_plain_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    }
    out
}

/// [`fold`] of any text.
fn fold_general(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // As displayed: overrides applied, invisible characters gone; then normalised.
    let mut raw: Vec<char> = s.chars().collect();
    reverse_overridden(&mut raw);
    raw.retain(|&c| !is_invisible(c));
    let shown: String = raw.into_iter().collect();
    let mut chars: Vec<char> = shown.nfkc().collect();
    read_imitations_as_latin(&mut chars);
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
    // ß is two letters (SS in capitals), never an initial.
    let single_before = b1.is_some_and(|&c| c.is_alphabetic() && c != 'ß')
        && !b2.is_some_and(|c| c.is_alphanumeric());
    let letter_after = chars.get(i + 1).is_some_and(|c| c.is_alphabetic());
    let end_after_abbrev =
        b3.is_some() && b2 == Some(&'.') && !chars.get(i + 1).is_some_and(|c| c.is_alphanumeric());
    single_before && (letter_after || end_after_abbrev)
}

/// True for characters that are not seen: soft hyphens, zero-width spaces and joiners, bidi
/// controls, variation selectors, byte-order marks, tags (Unicode's default-ignorable code
/// points). They write nothing and break no word, so "Mas\u{00AD}ood" is "masood": a name
/// must not hide behind a character nobody sees.
///
/// ```
/// assert!(nomina_text::is_invisible('\u{200B}'));
/// assert_eq!(nomina_text::fold("Mas\u{00AD}ood A\u{200B}z\u{2060}har"), "masood azhar");
/// ```
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
        | '\u{FFA0}' | '\u{1BCA0}'..='\u{1BCA3}' | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0000}'..='\u{E0FFF}')
}

/// The ways a string hides what it says from a reader or a machine: characters nobody
/// sees, a direction override, words written with look-alike letters of another script.
/// Empty for an ordinary string. Zero-width (non-)joiners are not counted: Persian and
/// Indic writing uses them. Screening reads through all of these; that a name uses them at
/// all is itself worth an analyst's attention.
///
/// ```
/// assert_eq!(nomina_text::disguises("Маѕооԁ Азһаг"), ["look-alike letters"]);
/// assert_eq!(nomina_text::disguises("Mas\u{AD}ood"), ["invisible characters"]);
/// assert!(nomina_text::disguises("Masood Azhar").is_empty());
/// assert!(nomina_text::disguises("Сергей").is_empty());
/// ```
pub fn disguises(s: &str) -> Vec<&'static str> {
    let mut out = Vec::new();
    if s.chars()
        .any(|c| is_invisible(c) && !matches!(c, '\u{200C}' | '\u{200D}' | RLO | LRO | PDF))
    {
        out.push("invisible characters");
    }
    if s.contains(RLO) || s.contains(LRO) {
        out.push("direction override");
    }
    let words: Vec<char> = s.chars().collect();
    if words
        .split(|c| !(c.is_alphanumeric() || is_combining_mark(*c)))
        .any(|w| !w.is_empty() && imitates_latin(w))
    {
        out.push("look-alike letters");
    }
    out
}

/// Left-to-right override: listed among disguises, not applied (it would reorder
/// right-to-left script that folding reads in logical order already).
const LRO: char = '\u{202D}';

/// Right-to-left override and the character that ends it.
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

/// Puts text written under a right-to-left override in the order a reader sees it:
/// "\u{202E}rahzA doosaM" is displayed, and must be screened, as "Masood Azhar". The
/// override runs to its pop character, the end of the line, or the end of the text.
fn reverse_overridden(chars: &mut [char]) {
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != RLO {
            i += 1;
            continue;
        }
        let start = i + 1;
        let end = chars[start..]
            .iter()
            .position(|&c| c == PDF || c == '\n')
            .map_or(chars.len(), |p| start + p);
        chars[start..end].reverse();
        i = end;
    }
}

/// The Latin letter each look-alike of another script imitates, and whether the letter is
/// rare enough in its own languages to betray an imitation (`lookalikes.txt`).
fn lookalikes() -> &'static std::collections::HashMap<char, (char, bool)> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<char, (char, bool)>> =
        std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        include_str!("../data/lookalikes.txt")
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .filter_map(|l| {
                let mut f = l.split_whitespace();
                let from = f.next()?.chars().next()?;
                let to = f.next()?.chars().next()?;
                Some((from, (to, f.next() == Some("!"))))
            })
            .collect()
    })
}

/// Rewrites, word by word, words that imitate Latin with letters of another script as the
/// Latin they imitate: a word mixing Latin letters with look-alikes ("Mаsood" with a
/// Cyrillic а), or holding a letter that betrays an imitation ("Маѕооԁ", "Азһаг"). Other
/// words of other scripts are left to transliteration ("Сергей" stays Cyrillic).
fn read_imitations_as_latin(chars: &mut [char]) {
    let table = lookalikes();
    let in_word = |c: char| c.is_alphanumeric() || is_combining_mark(c) || is_invisible(c);
    let mut i = 0;
    while i < chars.len() {
        if !in_word(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && in_word(chars[i]) {
            i += 1;
        }
        if imitates_latin(&chars[start..i]) {
            for c in &mut chars[start..i] {
                if let Some(&(l, _)) = table.get(c) {
                    *c = l;
                }
            }
        }
    }
}

/// True when a word imitates Latin with letters of another script: it mixes Latin letters
/// with look-alikes, or holds a letter that betrays an imitation.
fn imitates_latin(word: &[char]) -> bool {
    let table = lookalikes();
    let latin = word.iter().any(|c| c.is_ascii_alphabetic());
    let imitated = word.iter().any(|c| table.contains_key(c));
    let betrayed = word.iter().any(|c| table.get(c).is_some_and(|l| l.1));
    (latin && imitated) || betrayed
}

/// The folded Latin a single word imitates, when it imitates one ("Маѕооԁ" → `masood`);
/// `None` for an ordinary word. For the text scanner, which folds character by character
/// and reads this word-level rule once a word is complete.
///
/// ```
/// assert_eq!(nomina_text::latin_imitation("Маѕооԁ").as_deref(), Some("masood"));
/// assert_eq!(nomina_text::latin_imitation("Сергей"), None);
/// ```
pub fn latin_imitation(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().filter(|&c| !is_invisible(c)).collect();
    imitates_latin(&chars).then(|| fold(word))
}

/// Appends the folded form of one character: letters and digits as lower-case ASCII,
/// invisible characters as nothing, anything else as a word break. Used by [`fold`] and by
/// the text scanner, which needs to fold character by character to keep offsets.
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
    if is_invisible(c) {
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
    fn invisible_characters_hide_nothing() {
        assert_eq!(fold("Mas\u{00AD}ood Azhar"), "masood azhar");
        let spaced: String = "Masood Azhar"
            .chars()
            .flat_map(|c| [c, '\u{200B}'])
            .collect();
        assert_eq!(fold(&spaced), "masood azhar");
        assert_eq!(fold("\u{FEFF}Masood\u{2066} Azhar\u{2069}"), "masood azhar");
    }

    #[test]
    fn right_to_left_overrides_read_as_displayed() {
        assert_eq!(fold("\u{202E}rahzA doosaM"), "masood azhar");
        assert_eq!(fold("Mr \u{202E}rahzA\u{202C} said"), "mr azhar said");
    }

    #[test]
    fn look_alikes_read_as_the_latin_they_imitate() {
        assert_eq!(fold("Маѕооԁ Азһаг"), "masood azhar");
        // A Cyrillic а inside a Latin word.
        assert_eq!(fold("M\u{0430}sood"), "masood");
        // Ordinary Cyrillic and Greek are transliterated.
        assert_eq!(fold("Сергей Иванов"), "sergey ivanov");
        assert_eq!(fold("Масса"), "massa");
    }

    proptest::proptest! {
        #[test]
        fn plain_ascii_folds_as_any_text(s in "[A-Za-z0-9 ]{0,40}") {
            proptest::prop_assert_eq!(fold_plain_ascii(&s), fold_general(&s));
        }
    }

    #[test]
    fn transliterates_scripts() {
        assert_eq!(fold("金正恩"), "jin zheng en");
        assert_eq!(fold("Дмитрий"), "dmitriy");
    }
}
