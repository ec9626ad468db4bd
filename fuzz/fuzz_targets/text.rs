//! Text normalisation on arbitrary text: `fold`, `tokens`, the phonetic keys and the
//! per-character transliteration.
//! Property: never panics; `fold` gives lower-case ASCII words separated by single spaces
//! and is idempotent; tokens are never empty.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nomina_text::{fold, fold_char_into, phonetic, tokens, translit, Tables};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let folded = fold(&text);
    assert!(
        folded
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b' '),
        "fold gave {folded:?}"
    );
    assert!(
        !folded.starts_with(' ') && !folded.ends_with(' ') && !folded.contains("  "),
        "fold spacing {folded:?}"
    );
    assert_eq!(fold(&folded), folded, "fold is not idempotent");
    let toks = tokens(&text, Tables::get());
    for t in &toks {
        assert!(!t.text.is_empty(), "empty token from {text:?}");
        let _ = phonetic::skeleton(&t.text);
        let _ = phonetic::skeleton_keys(&t.text);
        let _ = phonetic::consonant_key(&t.text);
    }
    if let [a, b, ..] = toks.as_slice() {
        let _ = phonetic::sound_alike(&a.text, &b.text);
    }
    let mut out = String::new();
    for c in text.chars() {
        let _ = translit::char_to_latin(c);
        let _ = translit::is_syllabic(c);
        fold_char_into(c, &mut out);
    }
    // Phonetic keys take any string, not only folded tokens.
    let _ = phonetic::skeleton(&text);
});
