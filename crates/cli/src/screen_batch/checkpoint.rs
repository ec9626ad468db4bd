//! The checkpoint of a `screen --batch … --out OUT` run: a small JSON file beside OUT,
//! replaced atomically after every chunk whose results are durable in OUT, saying how many
//! input rows are done and where OUT's committed part ends. A resumed run checks that the
//! input, the lists and the options are those of the interrupted run, cuts OUT back to the
//! commit and skips the rows done, so that no row is screened twice and none is left out.

use crate::exit::Failure;
use nomina_model::ListVersion;
use nomina_tabular::{Commit, Format};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// Version of the checkpoint layout; another one is refused.
const LAYOUT: u32 = 1;

/// What a resumed run must find unchanged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunIdentity {
    /// SHA-256 of the input file.
    pub input_sha256: String,
    /// Input format.
    pub input_format: String,
    /// Output format.
    pub output_format: String,
    /// SHA-256 over the list versions screened against (source and file hash of each).
    pub lists_sha256: String,
    /// Lowest score reported.
    pub min_score: f64,
    /// Most hits per query.
    pub limit: usize,
    /// Whether explanations are written.
    pub explain: bool,
}

/// The state after the last durable chunk.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Checkpoint {
    /// Layout version ([`LAYOUT`]).
    pub nomina_checkpoint: u32,
    /// The input as given (for messages; the hash is what is compared).
    pub input: String,
    /// What must not change.
    pub identity: RunIdentity,
    /// Input rows done (screened or reported as bad), from the start of the file.
    pub rows_done: u64,
    /// Of those, rows that could not be screened.
    pub failed: u64,
    /// Bytes of the output that hold exactly those rows' results.
    pub output_len: u64,
    /// Parquet output: the footer that completes those bytes, as hexadecimal.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub parquet_footer: String,
}

impl Checkpoint {
    /// The output commit recorded.
    pub fn commit(&self) -> Result<Commit, String> {
        Ok(Commit {
            len: self.output_len,
            footer: from_hex(&self.parquet_footer)?,
        })
    }

    /// Records `commit` as the output's committed part.
    pub fn set_commit(&mut self, commit: &Commit) {
        self.output_len = commit.len;
        self.parquet_footer = to_hex(&commit.footer);
    }
}

/// The checkpoint file of output `out`.
pub fn path_of(out: &Path) -> PathBuf {
    let mut name = out.as_os_str().to_owned();
    name.push(".checkpoint");
    PathBuf::from(name)
}

/// Reads the checkpoint of `out`, if there is one.
pub fn load(out: &Path) -> Result<Option<Checkpoint>, Failure> {
    let path = path_of(out);
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Failure::unreadable("checkpoint", &path, &e)),
    };
    let c: Checkpoint = serde_json::from_str(&text).map_err(|e| {
        Failure::usage(format!(
            "{}: not a nomina checkpoint ({e}); delete it and run without --resume",
            path.display()
        ))
    })?;
    if c.nomina_checkpoint != LAYOUT {
        return Err(Failure::usage(format!(
            "{}: checkpoint layout {} is not this nomina's ({LAYOUT}); run without --resume",
            path.display(),
            c.nomina_checkpoint
        )));
    }
    Ok(Some(c))
}

/// Writes the checkpoint of `out` atomically: a temporary file, synced, renamed over it.
pub fn save(out: &Path, c: &Checkpoint) -> Result<(), Failure> {
    let path = path_of(out);
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let fail = |e: std::io::Error| {
        Failure::new(
            crate::exit::FAILURE,
            format!("{}: cannot write the checkpoint: {e}", path.display()),
        )
    };
    let text = serde_json::to_string_pretty(c).map_err(|e| fail(std::io::Error::other(e)))?;
    let mut f = std::fs::File::create(&tmp).map_err(fail)?;
    f.write_all(text.as_bytes()).map_err(fail)?;
    f.sync_all().map_err(fail)?;
    std::fs::rename(&tmp, &path).map_err(fail)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        // The rename is durable once the directory is; not every platform can sync one.
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

/// Removes the checkpoint of a finished run.
pub fn remove(out: &Path) -> Result<(), Failure> {
    match std::fs::remove_file(path_of(out)) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(Failure::new(
            crate::exit::FAILURE,
            format!("{}: cannot remove: {e}", path_of(out).display()),
        )),
        _ => Ok(()),
    }
}

/// SHA-256 of a file, read in blocks.
pub fn file_sha256(path: &Path) -> Result<String, Failure> {
    let mut f = std::fs::File::open(path).map_err(|e| Failure::unreadable("input", path, &e))?;
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = f
            .read(&mut buf)
            .map_err(|e| Failure::unreadable("input", path, &e))?;
        if n == 0 {
            break;
        }
        hash.update(&buf[..n]);
    }
    Ok(to_hex(&hash.finalize()))
}

/// SHA-256 over the list versions: each source with its files' hash.
pub fn lists_sha256(versions: &[ListVersion]) -> String {
    let mut hash = Sha256::new();
    for v in versions {
        hash.update(format!("{}:{}\n", v.source, v.sha256).as_bytes());
    }
    to_hex(&hash.finalize())
}

/// Why a resumed run cannot continue the checkpoint's run, or `None` when it can.
pub fn mismatch(was: &RunIdentity, now: &RunIdentity) -> Option<String> {
    let differs = |what: &str, a: &dyn std::fmt::Display, b: &dyn std::fmt::Display| {
        Some(format!(
            "{what} changed since the interrupted run ({a} then, {b} now)"
        ))
    };
    if was.input_sha256 != now.input_sha256 {
        return differs(
            "the input file",
            &short(&was.input_sha256),
            &short(&now.input_sha256),
        );
    }
    if was.lists_sha256 != now.lists_sha256 {
        return differs(
            "the lists",
            &short(&was.lists_sha256),
            &short(&now.lists_sha256),
        );
    }
    if was.input_format != now.input_format {
        return differs("the input format", &was.input_format, &now.input_format);
    }
    if was.output_format != now.output_format {
        return differs("the output format", &was.output_format, &now.output_format);
    }
    if was.min_score != now.min_score {
        return differs("--min-score", &was.min_score, &now.min_score);
    }
    if was.limit != now.limit {
        return differs("--limit", &was.limit, &now.limit);
    }
    if was.explain != now.explain {
        return differs("--explain", &was.explain, &now.explain);
    }
    None
}

fn short(hash: &str) -> String {
    format!("sha256 {}…", &hash[..hash.len().min(12)])
}

/// The format's name as recorded.
pub fn format_name(f: Format) -> String {
    f.name().to_string()
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(text: &str) -> Result<Vec<u8>, String> {
    if !text.len().is_multiple_of(2) {
        return Err("odd number of hexadecimal digits".into());
    }
    (0..text.len())
        .step_by(2)
        .map(|i| {
            u8::from_str_radix(&text[i..i + 2], 16).map_err(|_| format!("not hexadecimal at {i}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity() -> RunIdentity {
        RunIdentity {
            input_sha256: "a".repeat(64),
            input_format: "parquet".into(),
            output_format: "csv".into(),
            lists_sha256: "b".repeat(64),
            min_score: 0.5,
            limit: 10,
            explain: false,
        }
    }

    #[test]
    fn a_changed_input_or_list_is_named() {
        let was = identity();
        assert_eq!(mismatch(&was, &was.clone()), None);
        let mut now = was.clone();
        now.input_sha256 = "c".repeat(64);
        assert!(mismatch(&was, &now)
            .unwrap()
            .starts_with("the input file changed"));
        let mut now = was.clone();
        now.lists_sha256 = "c".repeat(64);
        assert!(mismatch(&was, &now)
            .unwrap()
            .starts_with("the lists changed"));
        let mut now = was.clone();
        now.limit = 3;
        assert!(mismatch(&was, &now).unwrap().starts_with("--limit changed"));
    }

    #[test]
    fn footers_survive_the_round_trip_through_hex() {
        let bytes = vec![0u8, 1, 0xab, 0xff, b'P'];
        assert_eq!(from_hex(&to_hex(&bytes)).unwrap(), bytes);
        assert!(from_hex("abc").is_err());
        assert!(from_hex("zz").is_err());
    }
}
