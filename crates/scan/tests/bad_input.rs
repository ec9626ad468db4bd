//! Input that is not clean text: binary files, invalid UTF-8, an over-large document.
//! (Malformed payment messages are in `payments.rs`.)

mod common;

use nomina_scan::{ScanError, ScanOptions, MAX_DOCUMENT_BYTES};

#[test]
fn binary_input_is_refused_not_scanned() {
    // A PNG header: NUL bytes early.
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00";
    match common::scanner().scan_bytes(png, &ScanOptions::default()) {
        Err(ScanError::Binary { reason }) => {
            assert!(reason.contains("NUL byte at byte 8"), "{reason}")
        }
        other => panic!("{other:?}"),
    }
    // Text followed by an archive: the NUL comes after the first 8 KiB.
    let mut v = "Masood Azhar ".repeat(1000).into_bytes();
    v.extend_from_slice(b"PK\x03\x04\x00\x00");
    let e = common::scanner()
        .scan_bytes(&v, &ScanOptions::default())
        .unwrap_err();
    assert!(matches!(e, ScanError::Binary { .. }), "{e}");
    assert!(e.to_string().contains("binary input"), "{e}");
}

#[test]
fn invalid_utf8_is_reported_replaced_and_offsets_stay_right() {
    // Latin-1 bytes (é as 0xE9) before and between names; Python reads this file with
    // errors="replace" as one U+FFFD per bad byte, and so must our character offsets.
    let mut raw =
        b"Caf\xE9 owners said Masood Azhar, chief of Jaish-e-Mohammed, and \xFF\xFE".to_vec();
    raw.extend_from_slice("Sirajuddin Haqqani met in Kabul.".as_bytes());
    let report = common::scanner()
        .scan_bytes(&raw, &ScanOptions::default())
        .expect("scan runs despite bad bytes");
    assert_eq!(report.warnings.len(), 3, "{:?}", report.warnings);
    assert!(
        report.warnings[0].contains("byte 3"),
        "{:?}",
        report.warnings
    );
    let decoded = String::from_utf8_lossy(&raw).into_owned();
    let by_text = |t: &str| {
        report
            .mentions
            .iter()
            .find(|m| m.text == t)
            .unwrap_or_else(|| panic!("{t} not found in {:?}", report.mentions))
            .clone()
    };
    for name in ["Masood Azhar", "Jaish-e-Mohammed", "Sirajuddin Haqqani"] {
        let m = by_text(name);
        let chars: String = decoded
            .chars()
            .skip(m.start)
            .take(m.end - m.start)
            .collect();
        assert_eq!(chars, name, "character offsets of {name}");
        // Byte offsets point into the raw input, not into the replaced text.
        assert_eq!(&raw[m.byte_start..m.byte_end], name.as_bytes());
    }
}

#[test]
fn a_100_mb_document_is_refused_with_a_clear_message() {
    let big = vec![b'a'; 100 * 1024 * 1024];
    match common::scanner().scan_bytes(&big, &ScanOptions::default()) {
        Err(e @ ScanError::TooLarge { .. }) => {
            let s = e.to_string();
            assert!(s.contains("104857600 bytes"), "{s}");
            assert!(s.contains(&MAX_DOCUMENT_BYTES.to_string()), "{s}");
            assert!(s.contains("split it"), "{s}");
        }
        other => panic!("{:?}", other.map(|r| r.mentions.len())),
    }
}

#[test]
fn empty_and_blank_documents_have_no_mentions() {
    for doc in ["", "   \n\n\t", "1234 5678", "— … ——"] {
        let r = common::scanner()
            .scan_bytes(doc.as_bytes(), &ScanOptions::default())
            .expect("empty input scans");
        assert!(r.mentions.is_empty(), "{doc:?}");
    }
}

#[test]
fn low_min_score_is_raised_to_the_floor() {
    let opts = ScanOptions {
        min_score: 0.1,
        ..ScanOptions::default()
    };
    let r = common::scanner()
        .scan_text("Masood Azhar spoke.", &opts)
        .unwrap();
    assert!(r
        .mentions
        .iter()
        .all(|m| m.score >= nomina_scan::SCORE_FLOOR));
}

#[test]
fn a_long_document_dense_with_mentions_scans_in_linear_time() {
    // Thousands of mentions, references and acronyms of the same parties: every
    // document-level rule must stay proportional to the text (a quadratic rule takes
    // minutes here).
    let para = "Pakistan-based Jaish-e-Mohammad (JeM) and Lashkar-e-Taiba (LeT) were named. \
                Masood Azhar said JeM would go on; Azhar's aides agreed. Hafiz Muhammad Saeed \
                and Hafiz Saeed's son Talha Saeed spoke, and Saeed denied it. Iran Air and \
                Mahan Air flew. The Haqqani network and Sirajuddin Haqqani were named.\n\n";
    let doc = para.repeat(8_000);
    assert!(doc.len() > 2_000_000);
    let t = std::time::Instant::now();
    let r = common::scanner()
        .scan_text(&doc, &ScanOptions::default())
        .expect("scan runs");
    let secs = t.elapsed().as_secs_f64();
    assert!(r.mentions.len() > 50_000, "{}", r.mentions.len());
    assert!(secs < 30.0, "{secs} s for {} bytes", doc.len());
}
