//! Local transliteration of non-Latin scripts to Latin.
//!
//! Most scripts go through `any_ascii`'s per-character tables (Cyrillic, Greek, Han pinyin,
//! Hangul, Devanagari, Georgian, Armenian, Hebrew…): they are compact, maintained and need
//! no service. Arabic-script letters get nomina's own table instead, because any_ascii
//! writes `ayn` and `hamza` as punctuation and drops the article's alif, which breaks the
//! match against romanised list names; ours writes the consonants the way sanctions lists
//! romanise them (`خ` → `kh`, `ق` → `q`, `ال` keeps its `a`), and the phonetic skeleton
//! then absorbs the missing short vowels (محمد → `mhmd` ≈ `muhammad`).

/// The Latin spelling nomina uses for one Arabic-script character, or `None` for
/// characters of other scripts. An empty string means "write nothing" (hamza, ayn, tatweel,
/// short-vowel marks).
///
/// ```
/// assert_eq!(nomina_text::translit::char_to_latin('خ'), Some("kh"));
/// assert_eq!(nomina_text::translit::char_to_latin('x'), None);
/// ```
pub fn char_to_latin(c: char) -> Option<&'static str> {
    let t = match c {
        'ا' | 'أ' | 'آ' | 'ٱ' | 'ى' => "a",
        'إ' => "i",
        'ء' | 'ئ' | 'ؤ' | 'ع' | 'ـ' => "",
        'ب' => "b",
        'پ' => "p",
        'ت' | 'ط' | 'ٹ' => "t",
        'ة' => "a",
        'ث' => "th",
        'ج' => "j",
        'چ' => "ch",
        'ح' | 'ه' | 'ھ' | 'ہ' | 'ۀ' => "h",
        'خ' => "kh",
        'د' | 'ض' | 'ڈ' => "d",
        'ذ' => "dh",
        'ر' | 'ڑ' => "r",
        'ز' | 'ظ' => "z",
        'ژ' => "zh",
        'س' | 'ص' => "s",
        'ش' => "sh",
        'غ' => "gh",
        'ف' => "f",
        'ق' => "q",
        'ك' | 'ک' => "k",
        'گ' => "g",
        'ل' => "l",
        'م' => "m",
        'ن' | 'ں' => "n",
        'و' => "w",
        'ي' | 'ی' | 'ې' | 'ۍ' => "y",
        'ے' => "e",
        '\u{064E}' => "a", // fatha
        '\u{0650}' => "i", // kasra
        '\u{064F}' => "u", // damma
        '\u{064B}'..='\u{064D}' | '\u{0651}'..='\u{065F}' | '\u{0670}' => "",
        '٠'..='٩' => return Some(ARABIC_DIGITS[(c as u32 - '٠' as u32) as usize]),
        '۰'..='۹' => return Some(ARABIC_DIGITS[(c as u32 - '۰' as u32) as usize]),
        _ => return None,
    };
    Some(t)
}

const ARABIC_DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// True for characters that each romanise to a whole syllable (Han, Hangul, kana), which
/// lists write as separate words.
pub fn is_syllabic(c: char) -> bool {
    matches!(
        nomina_model::char_script(c),
        nomina_model::Script::Han | nomina_model::Script::Hangul | nomina_model::Script::Kana
    )
}

#[cfg(test)]
mod tests {
    use crate::fold;

    #[test]
    fn arabic_names_romanise_to_list_like_consonants() {
        assert_eq!(fold("محمد مسعود أزهر"), "mhmd mswd azhr");
        assert_eq!(fold("عبد الصمد"), "bd alsmd");
        assert_eq!(fold("جانان آغا"), "janan agha");
        // Persian and Urdu letters.
        assert_eq!(fold("اچكزي"), "achkzy");
        assert_eq!(fold("اسحاقزی"), "ashaqzy");
    }

    #[test]
    fn other_scripts_use_any_ascii_tables() {
        assert_eq!(fold("Ελληνικά"), "ellinika");
        assert_eq!(fold("ქართული"), "kartuli");
        assert_eq!(fold("Հայաստան"), "hayastan");
        assert_eq!(fold("김정은"), "gim jeong eun");
        assert_eq!(fold("मोहम्मद"), "mohmmd");
    }
}
