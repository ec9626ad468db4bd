//! The seed report (UNI wire, 2019, in-repo gzip copy): exactly the five mentions of
//! Jaish-i-Mohammed (un:QDe.019 / ofac:6935) and the two of Masood Azhar (un:QDi.422 /
//! ofac:11459), and nothing else, against UN 2026-02-27 and OFAC SDN 2021-07-07.

mod common;

use nomina_scan::ScanOptions;
use std::collections::BTreeMap;
use std::io::Read;

fn seed_text() -> String {
    let f = std::fs::File::open(common::repo("data/text/pulwama-wire-2019.txt.gz"))
        .expect("seed report in the repository");
    let mut s = String::new();
    flate2::read::GzDecoder::new(f)
        .read_to_string(&mut s)
        .expect("gzip text");
    s
}

/// Character offsets of the `n`-th occurrence (from 0) of `needle`.
fn nth(text: &str, needle: &str, n: usize) -> (usize, usize) {
    let byte = text
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("{needle:?} #{n} not in the seed text"))
        .0;
    let start = text[..byte].chars().count();
    (start, start + needle.chars().count())
}

#[test]
fn seed_report_gives_exactly_the_seven_mentions() {
    let text = seed_text();
    let report = common::scanner()
        .scan_bytes(text.as_bytes(), &ScanOptions::default())
        .expect("scan runs");
    let jem = ["un:QDe.019", "ofac:6935"];
    let azhar = ["un:QDi.422", "ofac:11459"];
    // Expected spans, read off the raw text.
    let expected: Vec<((usize, usize), &[&str; 2])> = vec![
        (nth(&text, "Jaish-e-Mohammad", 0), &jem),
        (nth(&text, "JeM", 0), &jem),
        (nth(&text, "Jaish-e-Muhammad", 0), &jem),
        (nth(&text, "JeM", 1), &jem),
        (nth(&text, "Masood Azhar", 0), &azhar),
        (nth(&text, "Jaish-e-Mohammed", 0), &jem),
        (nth(&text, "Masood Azhar", 1), &azhar),
    ];
    let mut found: BTreeMap<(usize, usize), Vec<String>> = BTreeMap::new();
    for m in &report.mentions {
        found
            .entry((m.start, m.end))
            .or_default()
            .push(m.entity.clone());
        assert_eq!(
            &text
                .chars()
                .skip(m.start)
                .take(m.end - m.start)
                .collect::<String>(),
            &m.text,
            "offsets of {m:?}"
        );
    }
    let spans: Vec<(usize, usize)> = found.keys().copied().collect();
    let want: Vec<(usize, usize)> = expected.iter().map(|e| e.0).collect();
    assert_eq!(spans, want, "mentions: {:#?}", report.mentions);
    for (span, keys) in expected {
        let got = &found[&span];
        assert!(
            got.iter().all(|k| keys.contains(&k.as_str())),
            "{span:?}: unexpected entity in {got:?}"
        );
        assert!(
            keys.iter().all(|k| got.iter().any(|g| g == k)),
            "{span:?}: {got:?} should hold both keys {keys:?}"
        );
    }
    // The two mentions written as acronyms are resolved from the definition in the text.
    let jem_mentions: Vec<_> = report.mentions.iter().filter(|m| m.text == "JeM").collect();
    assert!(jem_mentions
        .iter()
        .all(|m| m.how == nomina_scan::How::Acronym));
}

#[test]
fn seed_report_byte_offsets_match_the_raw_bytes() {
    let text = seed_text();
    let report = common::scanner()
        .scan_bytes(text.as_bytes(), &ScanOptions::default())
        .expect("scan runs");
    for m in &report.mentions {
        assert_eq!(&text[m.byte_start..m.byte_end], m.text);
    }
}
