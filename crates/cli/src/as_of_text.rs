//! How the CLI states which list versions a screening as of a date ran against.

use nomina_registry::as_of::{AsOfReport, Choice};
use std::fmt::Write as _;

/// The lines printed under a result screened with `--as-of`: per list, the version used
/// and what was left out.
pub fn describe(report: &AsOfReport) -> String {
    let mut out = format!("As of {}:\n", report.date);
    for l in &report.lists {
        let published = l.published.as_deref().unwrap_or("(undated)");
        let how = match l.choice {
            Choice::InForce => "the version in force then".to_string(),
            Choice::LaterFiltered => format!(
                "a later version: {} listed after that day left out; parties delisted \
                 before it are not in this version",
                l.listed_later
            ),
        };
        let _ = write!(out, "  {} {published} ({how})", l.source);
        if l.listing_date_unknown > 0 {
            let _ = write!(
                out,
                "; {} without a listing date kept",
                l.listing_date_unknown
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_registry::as_of::AsOfList;

    #[test]
    fn says_which_version_and_what_was_left_out() {
        let r = AsOfReport {
            date: "2019-03-01".into(),
            lists: vec![
                AsOfList {
                    source: "un".into(),
                    published: Some("2026-02-27".into()),
                    sha256: "ab".into(),
                    choice: Choice::LaterFiltered,
                    listed_later: 412,
                    listing_date_unknown: 0,
                },
                AsOfList {
                    source: "ofac".into(),
                    published: Some("2019-02-20".into()),
                    sha256: "cd".into(),
                    choice: Choice::InForce,
                    listed_later: 0,
                    listing_date_unknown: 7000,
                },
            ],
        };
        let text = describe(&r);
        assert!(text.starts_with("As of 2019-03-01:\n"));
        assert!(text.contains("un 2026-02-27 (a later version: 412 listed after that day left out"));
        assert!(text.contains(
            "ofac 2019-02-20 (the version in force then); 7000 without a listing date kept"
        ));
    }
}
