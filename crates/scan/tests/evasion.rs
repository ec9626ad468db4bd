//! Evasion by characters a reader does not see or cannot tell apart: a name hidden with
//! invisible characters or written with look-alike letters of another script must still be
//! found, by the scanner and by the name screener alike.

mod common;

use nomina_match::Query;

/// The name written in several evasive ways.
fn disguises(name: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (label, c) in [
        ("soft hyphen", '\u{00AD}'),
        ("zero-width space", '\u{200B}'),
        ("zero-width joiner", '\u{200D}'),
        ("word joiner", '\u{2060}'),
        ("byte-order mark", '\u{FEFF}'),
        ("tag character", '\u{E0041}'),
        ("variation selector", '\u{FE0F}'),
        ("left-to-right mark", '\u{200E}'),
    ] {
        // After the third letter, and after every letter.
        let third: String = name
            .chars()
            .enumerate()
            .flat_map(|(i, ch)| if i == 2 { vec![ch, c] } else { vec![ch] })
            .collect();
        out.push((format!("{label} inside a word"), third));
        let every: String = name.chars().flat_map(|ch| [ch, c]).collect();
        out.push((format!("{label} after every letter"), every));
    }
    out
}

#[test]
fn invisible_characters_hide_no_name() {
    let m = common::scanner();
    for (name, entity) in [
        ("Masood Azhar", "un:QDi.422"),
        ("Jaish-e-Mohammed", "un:QDe.019"),
    ] {
        for (how, disguised) in disguises(name) {
            let found = common::mentions(&format!("The report names {disguised} as responsible."));
            assert!(
                found.iter().any(|(_, e)| e == entity),
                "scan, {how}: {disguised:?} gave {found:?}"
            );
            let hits = m
                .matcher()
                .screen(&Query::name(disguised.clone()), 0.8, 10)
                .unwrap();
            assert!(
                hits.iter().any(|h| h.entity == entity),
                "screen, {how}: {disguised:?}"
            );
        }
    }
}

#[test]
fn look_alike_letters_read_as_the_latin_they_imitate() {
    let m = common::scanner();
    for (disguised, entity) in [
        // All Cyrillic, with letters used to imitate Latin (ѕ, ԁ, һ).
        ("Маѕооԁ Азһаг", "un:QDi.422"),
        // A Cyrillic а and a Greek α inside Latin words; a Cyrillic о.
        ("M\u{0430}sood Azh\u{03B1}r", "un:QDi.422"),
        ("Jaish-e-M\u{043E}hammed", "un:QDe.019"),
    ] {
        let found = common::mentions(&format!("Funds went to {disguised} last year."));
        assert!(
            found.iter().any(|(_, e)| e == entity),
            "scan: {disguised:?} gave {found:?}"
        );
        let hits = m
            .matcher()
            .screen(&Query::name(disguised), 0.8, 10)
            .unwrap();
        assert!(
            hits.iter().any(|h| h.entity == entity),
            "screen: {disguised:?}"
        );
    }
    // Ordinary Cyrillic is still Cyrillic: a Russian name is not read as Latin.
    assert!(common::mentions("Встреча с Сергеем Ивановым").is_empty());
}

#[test]
fn a_right_to_left_override_is_screened_as_displayed() {
    let m = common::scanner();
    let hits = m
        .matcher()
        .screen(&Query::name("\u{202E}rahzA doosaM"), 0.8, 10)
        .unwrap();
    assert!(hits.iter().any(|h| h.entity == "un:QDi.422"));
}

/// Reads `\u{…}` escapes of the corpus file.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find("\\u{") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let end = after.find('}').expect("escape closed");
        let code = u32::from_str_radix(&after[..end], 16).expect("hex escape");
        out.push(char::from_u32(code).expect("a character"));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_evasion_corpus_hides_no_name() {
    let m = common::scanner();
    let corpus = std::fs::read_to_string(common::repo("crates/scan/tests/data/evasion.tsv"))
        .expect("corpus readable");
    let mut failures = Vec::new();
    let mut inputs = 0;
    for line in corpus
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 3, "three columns: {line:?}");
        let (label, input, entity) = (cols[0], unescape(cols[1]), cols[2]);
        inputs += 1;
        let hits = m
            .matcher()
            .screen(&Query::name(input.clone()), 0.8, 10)
            .unwrap();
        if !hits.iter().any(|h| h.entity == entity) {
            failures.push(format!("screen, {label}: {input:?}"));
        }
        let found = common::mentions(&format!("Officials said {input} was behind it."));
        if !found.iter().any(|(_, e)| e == entity) {
            failures.push(format!("scan, {label}: {input:?} gave {found:?}"));
        }
    }
    assert!(inputs >= 40, "the corpus holds {inputs} inputs");
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
