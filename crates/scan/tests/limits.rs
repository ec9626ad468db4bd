//! Bounded work: a document of common name words (a pasted customer list) costs matcher
//! work in proportion to its length, and a document over its budget fails loudly instead
//! of answering for part of it.

mod common;

use nomina_scan::{DocumentLimits, ScanError, ScanOptions};

const GIVEN: [&str; 20] = [
    "Mohammed", "Ali", "Ahmed", "Hassan", "Omar", "Abdul", "Rahman", "Khan", "Ibrahim", "Yusuf",
    "Abu", "Bakr", "Saleh", "Hussein", "Mahmoud", "Karim", "Aziz", "Nasser", "Jamal", "Salem",
];
const FAMILY: [&str; 12] = [
    "Haqqani", "Azhar", "Ahmadi", "Rashid", "Qasim", "Said", "Sultan", "Mansour", "Hamdan",
    "Masri", "Shah", "Hussain",
];

/// `lines` names, one per line, drawn deterministically from common name words.
fn name_list(lines: usize, seed: u64) -> String {
    let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % n as u64) as usize
    };
    let mut out = String::new();
    for _ in 0..lines {
        for _ in 0..1 + next(3) {
            out.push_str(GIVEN[next(GIVEN.len())]);
            out.push(' ');
        }
        out.push_str(FAMILY[next(FAMILY.len())]);
        out.push('\n');
    }
    out
}

#[test]
fn work_on_name_dense_text_grows_linearly() {
    let opts = ScanOptions::default();
    let mut per_word = Vec::new();
    for (lines, seed) in [(150, 1), (600, 2), (2400, 3)] {
        let text = name_list(lines, seed);
        let r = common::scanner()
            .scan_text(&text, &opts)
            .expect("scan runs");
        let s = r.stats;
        assert!(s.work > 0, "{lines} lines: no matching work counted");
        assert!(
            s.work <= DocumentLimits::budget(s.words),
            "{lines} lines: {} alignments over the budget",
            s.work
        );
        per_word.push(s.work as f64 / s.words as f64);
    }
    // Sixteen times the text, about sixteen times the work: the work per word stays
    // within a small factor (windows repeat less in longer texts, so some variation).
    let (lo, hi) = per_word
        .iter()
        .fold((f64::MAX, 0.0f64), |(lo, hi), &x| (lo.min(x), hi.max(x)));
    assert!(hi <= lo * 1.5, "work per word not constant: {per_word:?}");
}

#[test]
fn a_document_over_its_budget_fails_instead_of_answering_in_part() {
    let text = format!(
        "{}\nJaish-e-Mohammed chief Masood Azhar was seen in Bahawalpur.\n",
        name_list(300, 7)
    );
    let opts = ScanOptions::default();
    match common::scanner().scan_text_with_budget(&text, &opts, 50) {
        Err(e @ ScanError::TooComplex { .. }) => {
            let msg = e.to_string();
            assert!(msg.contains("split it"), "{msg}");
        }
        other => panic!("expected TooComplex, got {other:?}"),
    }
    // With the default budget the same document scans, and the name after the list is
    // found.
    let r = common::scanner()
        .scan_text(&text, &opts)
        .expect("within budget");
    assert!(r.stats.work <= DocumentLimits::budget(r.stats.words));
    assert!(
        r.mentions.iter().any(|m| m.text.contains("Azhar")),
        "{:?}",
        r.mentions.iter().map(|m| &m.text).collect::<Vec<_>>()
    );
}

#[test]
fn prose_costs_little() {
    let text = "Pakistani authorities said on Tuesday that Masood Azhar, the leader of \
                Jaish-e-Mohammed, had not been seen in Bahawalpur since the strikes.";
    let r = common::scanner()
        .scan_text(text, &ScanOptions::default())
        .expect("scan runs");
    assert!(r.stats.work < 10 * r.stats.words as u64, "{:?}", r.stats);
    assert!(!r.mentions.is_empty());
}

#[test]
fn a_pasted_list_is_matched_item_by_item() {
    // The first line is the widest and wraps into the second, and its name starts inside
    // the line: the run crosses one line break, and must still end at the next line's
    // deliberate end, or the whole list becomes one run matched in windows of many
    // unrelated people's words.
    let text = format!(
        "see Ibrahim Hussein Mohammed Sheikh Abdul Karim\nRahman\n{}",
        name_list(400, 11)
    );
    let r = common::scanner()
        .scan_text(&text, &ScanOptions::default())
        .expect("scan runs");
    let s = r.stats;
    let words_per_window = s.words as f64 / s.windows.max(1) as f64;
    assert!(
        words_per_window <= 6.0,
        "{} words in {} windows: items run together",
        s.words,
        s.windows
    );
}

#[test]
fn a_long_document_matched_on_several_threads_gives_the_mentions_of_one() {
    let text = format!(
        "{}\nJaish-e-Mohammed chief Masood Azhar was seen in Bahawalpur.\n",
        name_list(900, 11)
    );
    let scan_on = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("thread pool");
        pool.install(|| common::scanner().scan_text(&text, &ScanOptions::default()))
            .expect("scan runs")
    };
    let one = scan_on(1);
    let two = scan_on(2);
    assert!(one.mentions.len() > 10, "{} mentions", one.mentions.len());
    assert!(one.mentions.iter().any(|m| m.text.contains("Azhar")));
    assert_eq!(one.mentions, two.mentions);
    assert_eq!(one.stats.windows, two.stats.windows);
    // Each distinct window is matched once either way.
    assert_eq!(one.stats.work, two.stats.work);
}
