//! A prebuilt index file: the lists in force, their name index and their parties across
//! lists in one versioned, checksummed file (`nomina index build --out FILE`) that later
//! processes — a CLI call, a Spark executor, a service node — map and use without parsing a
//! list or building an index (global option `--index FILE`).
//!
//! Layout (integers little-endian):
//!
//! | bytes | content |
//! |---|---|
//! | 8 | magic `NOMINAIX` |
//! | 4 | file format version ([`FORMAT_VERSION`]) |
//! | 4 + n | length and text of the build fingerprint ([`nomina_match::build_fingerprint`]) |
//! | 8 | xxh3-64 of every byte after this field |
//! | 4 sections | each an 8-byte length then its bytes: manifest (JSON), name index (the matcher's own encoding), parties (JSON), lists (JSON) |
//!
//! A file is used whole or not at all: the magic, the format version, the fingerprint (a
//! file from any other build of nomina is refused: its index could differ from what this
//! build computes) and the checksum are verified before anything is decoded, the index
//! is checked for consistency when decoded, and a file is written to a temporary name and
//! renamed, so that no reader ever sees half of one. The lists section, only needed by
//! commands that show entities or scan text, is decoded on first use.

pub mod format;

pub use format::{FORMAT_VERSION, MAGIC};

use nomina_match::Matcher;
use nomina_model::ListVersion;
use nomina_registry::parties::{Judgements, Parties, Party};
use nomina_registry::{LoadedList, LoadedLists, Origin};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Why an index file cannot be written or used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// The file cannot be read or written.
    #[error("index file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The file is not a nomina index file at all.
    #[error("{path} is not a nomina index file (no NOMINAIX header); build one with `nomina index build --out FILE`")]
    NotAnIndex {
        /// The file.
        path: PathBuf,
    },
    /// The file was written by another build of nomina (or in another format version).
    #[error("index file {path} was built by another nomina ({found}); this is {expected}: rebuild it with `nomina index build`")]
    Foreign {
        /// The file.
        path: PathBuf,
        /// What the file says built it.
        found: String,
        /// What this build is.
        expected: String,
    },
    /// The file is shorter than its header says, or its checksum does not match.
    #[error("index file {path} is damaged ({what}); rebuild it with `nomina index build`")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What is wrong: truncated, checksum mismatch, a section that does not decode.
        what: String,
    },
}

/// What an index file was built from, readable without decoding the rest.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    /// When it was built (RFC 3339, UTC).
    pub built: String,
    /// The build that wrote it ([`nomina_match::build_fingerprint`]).
    pub fingerprint: String,
    /// The list versions it holds, in order, with where each was loaded from.
    pub lists: Vec<ManifestList>,
    /// Entities in all.
    pub entities: usize,
    /// The analysts' party judgements applied to its parties.
    pub judgements: Judgements,
}

/// One list version of an index file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ManifestList {
    /// The version (source, format, publication date, SHA-256 of its files).
    pub version: ListVersion,
    /// Where it was loaded from when the index was built.
    pub origin: Origin,
    /// Its entities.
    pub entities: usize,
}

/// Writes the index file of `lists` (with parties grouped under `judgements`) to `path`,
/// atomically: a temporary file beside it, then a rename. Returns the manifest written.
pub fn write(
    path: &Path,
    lists: &LoadedLists,
    judgements: &Judgements,
) -> Result<Manifest, IndexError> {
    let io = |source| IndexError::Io {
        path: path.to_path_buf(),
        source,
    };
    let snapshots: Vec<_> = lists.snapshots().cloned().collect();
    let (matcher, parties) = std::thread::scope(|s| {
        let parties = s.spawn(|| Parties::link_snapshots(&snapshots, judgements));
        let matcher = Matcher::build(&snapshots);
        let parties = parties
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (matcher, parties)
    });
    let manifest = Manifest {
        built: nomina_registry::utc_now_rfc3339(),
        fingerprint: nomina_match::build_fingerprint(),
        lists: lists
            .lists
            .iter()
            .map(|l| ManifestList {
                version: l.snapshot.version.clone(),
                origin: l.origin.clone(),
                entities: l.snapshot.entities.len(),
            })
            .collect(),
        entities: lists.entity_count(),
        judgements: judgements.clone(),
    };
    let damaged = |what: String| IndexError::Damaged {
        path: path.to_path_buf(),
        what,
    };
    let sections = [
        serde_json::to_vec(&manifest).map_err(|e| damaged(e.to_string()))?,
        matcher.to_bytes().map_err(|e| damaged(e.to_string()))?,
        serde_json::to_vec(parties.all()).map_err(|e| damaged(e.to_string()))?,
        serde_json::to_vec(&snapshots).map_err(|e| damaged(e.to_string()))?,
    ];
    format::write_atomically(path, MAGIC, &manifest.fingerprint, &sections).map_err(io)?;
    Ok(manifest)
}

/// An opened index file: the name index and parties decoded, the lists on demand.
pub struct Prebuilt {
    path: PathBuf,
    manifest: Manifest,
    matcher: Matcher,
    parties: Parties,
    map: memmap2::Mmap,
    lists_section: std::ops::Range<usize>,
    lists: OnceLock<LoadedLists>,
}

impl Prebuilt {
    /// Opens and verifies `path` (header, build, checksum) and decodes its name index and
    /// parties. Any fault is an [`IndexError`] naming the file; nothing is half-used.
    pub fn open(path: &Path) -> Result<Prebuilt, IndexError> {
        let file = std::fs::File::open(path).map_err(|source| IndexError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        // SAFETY: the map is read-only, and index files are only ever replaced by rename
        // (see `write`), which leaves a mapped file's bytes as they were.
        let map = unsafe { memmap2::Mmap::map(&file) }.map_err(|source| IndexError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let sections: [std::ops::Range<usize>; format::SECTIONS] =
            format::verify(path, &map, MAGIC, &nomina_match::build_fingerprint())?;
        let damaged = |what: String| IndexError::Damaged {
            path: path.to_path_buf(),
            what,
        };
        let [manifest, matcher, parties, lists] = sections;
        let manifest: Manifest = serde_json::from_slice(&map[manifest])
            .map_err(|e| damaged(format!("manifest: {e}")))?;
        let matcher =
            Matcher::from_bytes(&map[matcher]).map_err(|e| damaged(format!("name index: {e}")))?;
        let parties: Vec<Party> =
            serde_json::from_slice(&map[parties]).map_err(|e| damaged(format!("parties: {e}")))?;
        let parties = Parties::from_parties(parties)
            .ok_or_else(|| damaged("parties: a listing is in two parties".into()))?;
        Ok(Prebuilt {
            path: path.to_path_buf(),
            manifest,
            matcher,
            parties,
            map,
            lists_section: lists,
            lists: OnceLock::new(),
        })
    }

    /// The file it was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// What it holds and how it was built.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The name index, ready to screen with.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The parties across lists under `judgements`: those saved in the file when the
    /// judgements are the ones it was built with, else grouped again from its lists.
    pub fn parties(&self, judgements: &Judgements) -> Result<Parties, IndexError> {
        if *judgements == self.manifest.judgements {
            return Ok(self.parties.clone());
        }
        Ok(Parties::link(self.lists()?, judgements))
    }

    /// The lists it holds, decoded on first use.
    pub fn lists(&self) -> Result<&LoadedLists, IndexError> {
        if let Some(l) = self.lists.get() {
            return Ok(l);
        }
        let snapshots: Vec<nomina_model::ListSnapshot> =
            serde_json::from_slice(&self.map[self.lists_section.clone()]).map_err(|e| {
                IndexError::Damaged {
                    path: self.path.clone(),
                    what: format!("lists: {e}"),
                }
            })?;
        if snapshots.len() != self.manifest.lists.len() {
            return Err(IndexError::Damaged {
                path: self.path.clone(),
                what: "lists: not those of the manifest".into(),
            });
        }
        let lists = LoadedLists {
            lists: snapshots
                .into_iter()
                .zip(&self.manifest.lists)
                .map(|(snapshot, m)| LoadedList {
                    snapshot,
                    origin: m.origin.clone(),
                })
                .collect(),
        };
        Ok(self.lists.get_or_init(|| lists))
    }

    /// The lists it holds, taken out of the file (decoded now unless already), for callers
    /// that keep the lists and drop the rest: no copy of them is made.
    pub fn into_lists(mut self) -> Result<LoadedLists, IndexError> {
        self.lists()?;
        Ok(self.lists.take().unwrap_or_default())
    }

    /// The name index, leaving the rest (for callers that keep only the index).
    pub fn into_matcher(self) -> Matcher {
        self.matcher
    }
}
