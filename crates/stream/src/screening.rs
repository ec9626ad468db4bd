//! Screening one payment message: the scanner over the lists in force, the freshness rule
//! that decides whether those lists may be screened against at all, and the line between
//! a message's fault (an error result) and the consumer's (fail closed).

use crate::record::{MentionRecord, Outcome, Screened};
use crate::StreamError;
use nomina_scan::{Format, ScanOptions, Scanner, DEFAULT_MIN_SCORE};
use nomina_server::lists::{stale_reason, MaxAges, VersionRef};
use nomina_store::Millis;
use std::panic::{catch_unwind, AssertUnwindSafe};

/// A scanner over one set of list versions, with the maximum ages they are held to.
pub struct Screening {
    scanner: Scanner,
    max_ages: MaxAges,
    min_score: f64,
    lists: Vec<VersionRef>,
}

impl Screening {
    /// Screening with `scanner` (built over the lists in force), reporting hits from
    /// `min_score` (`None`: [`DEFAULT_MIN_SCORE`]); lists older than `max_ages` make
    /// [`Screening::check_lists`] fail. A `min_score` outside [0, 1] is an error.
    pub fn new(
        scanner: Scanner,
        max_ages: MaxAges,
        min_score: Option<f64>,
    ) -> Result<Screening, StreamError> {
        let min_score = min_score.unwrap_or(DEFAULT_MIN_SCORE);
        if !(0.0..=1.0).contains(&min_score) {
            return Err(StreamError::Config(format!(
                "the minimum score must be between 0 and 1, not {min_score}"
            )));
        }
        let lists = scanner
            .matcher()
            .versions()
            .iter()
            .map(VersionRef::of)
            .collect();
        Ok(Screening {
            scanner,
            max_ages,
            min_score,
            lists,
        })
    }

    /// The list versions screened against.
    pub fn lists(&self) -> &[VersionRef] {
        &self.lists
    }

    /// Whether every list may be screened against at `now`: none missing, none older than
    /// its maximum age. The service's rule ([`stale_reason`]), so the stream and `/v1/scan`
    /// refuse the same lists.
    pub fn check_lists(&self, now: Millis) -> Result<(), StreamError> {
        let versions = self.scanner.matcher().versions();
        if versions.is_empty() {
            return Err(StreamError::ListsUnusable("no list is loaded".into()));
        }
        let problems: Vec<String> = versions
            .iter()
            .filter_map(|v| stale_reason(v, &self.max_ages, now))
            .map(|u| format!("{}: {}", u.list, u.reason))
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(StreamError::ListsUnusable(problems.join("; ")))
        }
    }

    /// Screens one message body. Anything wrong with the message itself — not a payment
    /// message, malformed, binary, too large or too costly — is an error outcome (the
    /// message is answered and acknowledged); a panic inside the scanner is one too, so a
    /// poisoned message cannot stop the stream, and it is never reported as clean.
    pub fn screen(&self, message_id: String, stream_sequence: u64, body: &[u8]) -> Outcome {
        let scanned = catch_unwind(AssertUnwindSafe(|| self.scan(body)))
            .unwrap_or_else(|_| Err("internal error while scanning (see the consumer's log); the message was not screened".into()));
        Outcome::new(
            message_id,
            stream_sequence,
            body,
            scanned,
            self.min_score,
            self.lists.clone(),
        )
    }

    fn scan(&self, body: &[u8]) -> Result<Screened, String> {
        let opts = ScanOptions {
            min_score: self.min_score,
            format: None,
        };
        let report = self
            .scanner
            .scan_bytes(body, &opts)
            .map_err(|e| e.to_string())?;
        if report.format == Format::Text {
            return Err(
                "not an MT103 or pacs.008 message (no block 4 or party fields, no pacs.008 XML)"
                    .into(),
            );
        }
        let mentions = report
            .mentions
            .into_iter()
            .map(|m| MentionRecord {
                entity: m.entity,
                name: m.name,
                entity_type: m.entity_type,
                score: m.score,
                field: m.field,
                transaction: m.transaction,
                text: m.text,
                start: m.start,
                end: m.end,
            })
            .collect();
        Ok(Screened {
            format: report.format.as_str(),
            mentions,
            warnings: report.warnings,
        })
    }
}
