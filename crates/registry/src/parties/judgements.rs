//! An analyst's judgements on parties: two listings confirmed to be one party, or split
//! apart although a rule linked them. Kept in a JSON file (by default `parties.json` in
//! the data directory), naming listings by key, so they survive every list update.

use crate::RegistryError;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The judgements file's name in the data directory.
pub const JUDGEMENTS_FILE: &str = "parties.json";

/// What the analyst decided about two listings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    /// One party.
    Confirm,
    /// Two parties, whatever the rules say.
    Split,
}

/// One judgement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgement {
    /// Confirm or split.
    pub verdict: Verdict,
    /// One listing's key.
    pub a: String,
    /// The other's.
    pub b: String,
    /// Why, in the analyst's words.
    pub reason: String,
    /// Who decided.
    #[serde(default)]
    pub by: String,
    /// When (RFC 3339).
    #[serde(default)]
    pub at: String,
}

/// Every judgement, latest last: a later judgement on the same two listings replaces an
/// earlier one.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Judgements {
    /// The judgements.
    pub judgements: Vec<Judgement>,
}

impl Judgements {
    /// Reads the file; a file that does not exist holds no judgement. A file that cannot
    /// be read or parsed is an error naming it: parties are never grouped without the
    /// analysts' splits.
    pub fn load(path: &Path) -> Result<Judgements, RegistryError> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Judgements::default()),
            Err(e) => return Err(RegistryError::data_dir(path, format!("cannot read: {e}"))),
        };
        let j: Judgements = serde_json::from_str(&text)
            .map_err(|e| RegistryError::data_dir(path, format!("not a judgements file: {e}")))?;
        for (i, x) in j.judgements.iter().enumerate() {
            if x.a.trim().is_empty() || x.b.trim().is_empty() || x.a == x.b {
                return Err(RegistryError::data_dir(
                    path,
                    format!("judgement {}: needs two different listing keys", i + 1),
                ));
            }
        }
        Ok(j)
    }

    /// Adds a judgement and writes the file whole (a temporary file renamed over it, so a
    /// crash leaves the old file or the new one, never half of one). An empty `at` is set to now.
    pub fn record(path: &Path, mut judgement: Judgement) -> Result<Judgements, RegistryError> {
        if judgement.at.is_empty() {
            judgement.at = crate::time::UtcTime::now().rfc3339();
        }
        if judgement.a == judgement.b {
            return Err(RegistryError::Usage(
                "a judgement needs two different listings".into(),
            ));
        }
        let mut all = Judgements::load(path)?;
        all.judgements.push(judgement);
        let text = serde_json::to_string_pretty(&all)
            .map_err(|e| RegistryError::data_dir(path, format!("cannot encode: {e}")))?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| RegistryError::data_dir(dir, format!("cannot create: {e}")))?;
        }
        let tmp = path.with_extension("json.tmp");
        std::fs::write(&tmp, text + "\n")
            .and_then(|_| std::fs::rename(&tmp, path))
            .map_err(|e| RegistryError::data_dir(path, format!("cannot write: {e}")))?;
        Ok(all)
    }

    /// The latest verdict on listings `a` and `b`, in either order.
    pub fn verdict(&self, a: &str, b: &str) -> Option<Verdict> {
        self.judgements
            .iter()
            .rev()
            .find(|j| (j.a == a && j.b == b) || (j.a == b && j.b == a))
            .map(|j| j.verdict)
    }

    /// Whether the latest verdict on `a` and `b` splits them.
    pub fn split(&self, a: &str, b: &str) -> bool {
        self.verdict(a, b) == Some(Verdict::Split)
    }

    /// The judgements whose latest verdict confirms.
    pub fn confirmed(&self) -> impl Iterator<Item = &Judgement> {
        self.judgements
            .iter()
            .enumerate()
            .filter(|(i, j)| {
                j.verdict == Verdict::Confirm
                    && !self.judgements[i + 1..]
                        .iter()
                        .any(|k| (k.a == j.a && k.b == j.b) || (k.a == j.b && k.b == j.a))
            })
            .map(|(_, j)| j)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn j(verdict: Verdict, a: &str, b: &str) -> Judgement {
        Judgement {
            verdict,
            a: a.into(),
            b: b.into(),
            reason: "test".into(),
            by: "analyst".into(),
            at: String::new(),
        }
    }

    #[test]
    fn the_latest_verdict_on_a_pair_counts_in_either_order() {
        let all = Judgements {
            judgements: vec![
                j(Verdict::Confirm, "un:QDi.1", "ofac:2"),
                j(Verdict::Split, "ofac:2", "un:QDi.1"),
                j(Verdict::Confirm, "un:QDi.3", "uk:4"),
            ],
        };
        assert!(all.split("un:QDi.1", "ofac:2"));
        let confirmed: Vec<_> = all.confirmed().map(|x| x.b.as_str()).collect();
        assert_eq!(confirmed, ["uk:4"]);
        assert_eq!(all.verdict("x", "y"), None);
    }

    #[test]
    fn the_file_is_written_whole_and_read_back() {
        let dir = std::env::temp_dir().join(format!("nomina-judgements-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let path = dir.join("parties.json");
        assert_eq!(Judgements::load(&path).unwrap(), Judgements::default());
        Judgements::record(&path, j(Verdict::Split, "a:1", "b:2")).unwrap();
        let back = Judgements::load(&path).unwrap();
        assert!(back.split("b:2", "a:1"));
        std::fs::write(&path, "{not json").unwrap();
        assert!(Judgements::load(&path).is_err());
        assert!(Judgements::record(&path, j(Verdict::Confirm, "a:1", "a:1")).is_err());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
