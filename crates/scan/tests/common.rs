//! Shared set-up of the integration tests: the in-repo list copies the text benchmark is
//! defined on (UN 2026-02-27, OFAC SDN 2021-07-07), loaded once.

use nomina_match::Matcher;
use nomina_scan::{ScanOptions, Scanner};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

/// A path inside the repository.
pub fn repo(p: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(p)
}

/// The scanner over UN 2026-02-27 and OFAC SDN 2021-07-07.
pub fn scanner() -> &'static Scanner {
    static S: OnceLock<Scanner> = OnceLock::new();
    S.get_or_init(|| {
        let lists = nomina_lists::read_paths(&[
            repo("data/lists/un/consolidated-2026-02-27.xml.gz"),
            repo("data/lists/ofac/sdn-2021-07-07.csv.gz"),
        ])
        .expect("bundled test lists parse");
        Scanner::new(Arc::new(Matcher::build(&lists)))
    })
}

/// (text of span, entity) of every mention of a text at the default threshold.
#[allow(dead_code)]
pub fn mentions(text: &str) -> Vec<(String, String)> {
    scanner()
        .scan_text(text, &ScanOptions::default())
        .expect("scan runs")
        .mentions
        .into_iter()
        .map(|m| (m.text, m.entity))
        .collect()
}
