//! Which sanctions lists are in force, where they come from, and how they are updated safely.
//!
//! Every nomina command that screens or shows data needs the same answer to "which list
//! versions are in force?". [`load_in_force`] is that one answer:
//!
//! 1. `--list FILE` options, when given, **replace** every default: exactly those files are
//!    in force (any mix of sources and formats).
//! 2. Otherwise, per source (UN, OFAC, EU, UK): the version named in the data directory's
//!    `in-force.json`, when there is one ([`store`]).
//! 3. Otherwise the bundled default for that source, compiled into the binary
//!    ([`bundled`]), so a fresh install screens without any file or network access.
//!
//! [`update`] downloads the official files, validates them completely, refuses suspicious
//! drops in record count and only then switches the version in force, atomically. Whatever
//! goes wrong, the version in force stays as it was.
#![deny(missing_docs)]

pub mod as_of;
pub mod bundled;
pub mod freshness;
mod http;
pub mod parties;
pub mod store;
mod time;
pub mod update;

pub use store::{DataDir, FileRole, Manifest, ManifestFile};
pub use update::{
    update, update_with, Endpoints, HttpConfig, Outcome, SourceUpdate, UpdateOptions,
};

use nomina_lists::{detect, Format, InputFile, ListError, ListSnapshot};
use nomina_model::{Entity, Source};
use std::path::{Path, PathBuf};

/// Anything that keeps the registry from producing the lists in force or from updating them.
#[derive(Debug, thiserror::Error)]
pub enum RegistryError {
    /// A list file is unreadable or invalid (it names the file, position and field).
    #[error(transparent)]
    List(#[from] ListError),
    /// The data directory (its `in-force.json`, a manifest or a stored file) is unusable.
    #[error("data directory {path}: {message}")]
    DataDir {
        /// The file or directory concerned.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A download failed (network, HTTP status, size cap).
    #[error("{source_name}: download of {url} failed: {message}")]
    Download {
        /// The list source being updated.
        source_name: String,
        /// The address that failed.
        url: String,
        /// What went wrong.
        message: String,
    },
    /// The downloaded list parsed but was refused by a safety check.
    #[error("{source_name}: update refused: {message}")]
    Refused {
        /// The list source being updated.
        source_name: String,
        /// Why, and how to override when overriding is possible.
        message: String,
    },
    /// The request itself is wrong (unknown source, bad option value).
    #[error("{0}")]
    Usage(String),
}

impl RegistryError {
    pub(crate) fn data_dir(path: &Path, message: impl Into<String>) -> RegistryError {
        RegistryError::DataDir {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }
}

/// The four official sources nomina knows how to bundle and download, in display order.
pub const OFFICIAL_SOURCES: [Source; 4] = [Source::Un, Source::Ofac, Source::Eu, Source::Uk];

/// Parses a source name as users type it (`un`, `ofac`, `eu`, `uk`).
pub fn parse_source(name: &str) -> Result<Source, RegistryError> {
    match name.trim().to_ascii_lowercase().as_str() {
        "un" => Ok(Source::Un),
        "ofac" | "us" => Ok(Source::Ofac),
        "eu" => Ok(Source::Eu),
        "uk" | "gb" => Ok(Source::Uk),
        other => Err(RegistryError::Usage(format!(
            "unknown list source {other:?} (expected un, ofac, eu or uk)"
        ))),
    }
}

/// The options every command shares for choosing lists: `--list`, `--data-dir`.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--list FILE`, repeatable. When non-empty these files are the whole set in force.
    pub lists: Vec<PathBuf>,
    /// `--data-dir DIR`; `None` means `$NOMINA_DATA_DIR`, else `~/.local/share/nomina`.
    pub data_dir: Option<PathBuf>,
    /// Load only these sources (empty: all). Lets `nomina show un:…` skip parsing OFAC.
    /// With `--list` files every file is still read, so that a bad file is always reported.
    pub only: Vec<Source>,
}

/// Now, as an RFC 3339 UTC instant (`2026-12-05T03:40:00Z`), as manifests write it.
pub fn utc_now_rfc3339() -> String {
    time::UtcTime::now().rfc3339()
}

/// Where a list in force was loaded from, for display and audit.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Origin {
    /// A `--list` file given on the command line.
    File(PathBuf),
    /// A stored version in the data directory (its version directory).
    DataDir(PathBuf),
    /// The default compiled into the binary.
    Bundled,
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::File(p) => write!(f, "file {}", p.display()),
            Origin::DataDir(p) => write!(f, "data directory {}", p.display()),
            Origin::Bundled => f.write_str("bundled default"),
        }
    }
}

/// One list in force: the parsed snapshot and where it came from.
#[derive(Debug, Clone)]
pub struct LoadedList {
    /// The whole parsed list.
    pub snapshot: ListSnapshot,
    /// Where it was loaded from.
    pub origin: Origin,
}

/// The set of lists in force, in a stable order (`--list` order, else UN, OFAC, EU, UK).
#[derive(Debug, Clone, Default)]
pub struct LoadedLists {
    /// The lists.
    pub lists: Vec<LoadedList>,
}

impl LoadedLists {
    /// The snapshots, in order.
    pub fn snapshots(&self) -> impl Iterator<Item = &ListSnapshot> {
        self.lists.iter().map(|l| &l.snapshot)
    }

    /// Consumes the set into its snapshots (what an index is built from).
    pub fn into_snapshots(self) -> Vec<ListSnapshot> {
        self.lists.into_iter().map(|l| l.snapshot).collect()
    }

    /// Finds an entity by key (`un:QDi.422`) across every list in force.
    pub fn find(&self, key: &str) -> Option<(&Entity, &LoadedList)> {
        let key = key.trim();
        self.lists.iter().find_map(|l| {
            l.snapshot
                .entities
                .iter()
                .find(|e| e.key == key)
                .map(|e| (e, l))
        })
    }

    /// Total number of entities in force.
    pub fn entity_count(&self) -> usize {
        self.lists.iter().map(|l| l.snapshot.entities.len()).sum()
    }
}

/// Loads every list in force under the rules in the crate documentation. All lists are
/// loaded whole or the call fails: screening never runs on a partial set.
pub fn load_in_force(opts: &Options) -> Result<LoadedLists, RegistryError> {
    if !opts.lists.is_empty() {
        let snapshots = parallel(&opts.lists, |p| nomina_lists::read_path(p))?;
        let lists = opts
            .lists
            .iter()
            .zip(snapshots)
            .filter(|(_, s)| opts.only.is_empty() || opts.only.contains(&s.version.source))
            .map(|(p, snapshot)| LoadedList {
                snapshot,
                origin: Origin::File(p.clone()),
            })
            .collect();
        return Ok(LoadedLists { lists });
    }
    let wanted: Vec<Source> = OFFICIAL_SOURCES
        .iter()
        .filter(|s| opts.only.is_empty() || opts.only.contains(s))
        .cloned()
        .collect();
    let data_dir = match DataDir::resolve(opts.data_dir.as_deref()) {
        Some(dir) => {
            dir.check_exists()?;
            let in_force = dir.in_force()?;
            Some((dir, in_force))
        }
        None => None,
    };
    let plan: Vec<(Source, Option<PathBuf>)> = wanted
        .into_iter()
        .map(|s| {
            let stored = data_dir
                .as_ref()
                .and_then(|(dir, in_force)| in_force.get(&s).map(|v| dir.version_dir(&s, v)));
            (s, stored)
        })
        .collect();
    let loaded = parallel(
        &plan,
        |(source, stored)| -> Result<LoadedList, RegistryError> {
            match stored {
                Some(version_dir) => Ok(LoadedList {
                    snapshot: store::load_version(version_dir)?,
                    origin: Origin::DataDir(version_dir.clone()),
                }),
                None => Ok(LoadedList {
                    snapshot: bundled::load(source)?,
                    origin: Origin::Bundled,
                }),
            }
        },
    )?;
    Ok(LoadedLists { lists: loaded })
}

/// Runs `f` over `items` on scoped threads (lists are independent and parsing is CPU-bound),
/// returning the results in input order or the first error in input order.
pub(crate) fn parallel<T, R, E, F>(items: &[T], f: F) -> Result<Vec<R>, E>
where
    T: Sync,
    R: Send,
    E: Send,
    F: Fn(&T) -> Result<R, E> + Sync,
{
    if items.len() <= 1 {
        return items.iter().map(&f).collect();
    }
    let results: Vec<Result<R, E>> = std::thread::scope(|scope| {
        let handles: Vec<_> = items.iter().map(|item| scope.spawn(|| f(item))).collect();
        handles
            .into_iter()
            .map(|h| match h.join() {
                Ok(r) => r,
                // A panic in a reader is a bug, not bad input; re-raise it where it belongs.
                Err(payload) => std::panic::resume_unwind(payload),
            })
            .collect()
    });
    results.into_iter().collect()
}

/// Parses one list version made of several files with known roles: the main file plus, for
/// the OFAC CSV set, its `alt`/`add`/`comments` companions. Shared by the bundled defaults,
/// the data directory and `update`, so the three read a version exactly the same way.
pub fn parse_files(files: Vec<(FileRole, InputFile)>) -> Result<ListSnapshot, ListError> {
    let mut main = None;
    let mut alt = None;
    let mut add = None;
    let mut comments = None;
    for (role, file) in files {
        match role {
            FileRole::Main => main = Some(file),
            FileRole::OfacAlt => alt = Some(file),
            FileRole::OfacAdd => add = Some(file),
            FileRole::OfacComments => comments = Some(file),
        }
    }
    let main = main.ok_or_else(|| ListError::file("<list version>", "no main list file"))?;
    let format = detect(&main.bytes).ok_or_else(|| unrecognised(&main))?;
    match format {
        Format::OfacCsv => {
            // The companions come from memory (embedded or downloaded), not from beside a
            // path, so the struct is filled directly; absent ones get the reader's warning.
            let companions = nomina_lists::ofac_csv::Companions {
                alt,
                add,
                comments,
                missing: Vec::new(),
            };
            nomina_lists::ofac_csv::parse(&main, &companions)
        }
        other => {
            if let Some(extra) = alt.or(add).or(comments) {
                return Err(ListError::file(
                    &extra.name,
                    format!("OFAC companion file given with a {other} list; companions only go with an OFAC sdn/cons_prim CSV"),
                ));
            }
            nomina_lists::parse(other, &main)
        }
    }
}

fn unrecognised(file: &InputFile) -> ListError {
    if file.bytes.iter().all(u8::is_ascii_whitespace) {
        return ListError::file(&file.name, "the file is empty");
    }
    let head =
        String::from_utf8_lossy(&file.bytes[..file.bytes.len().min(512)]).to_ascii_lowercase();
    if head.contains("<html") || head.contains("<!doctype html") {
        return ListError::file(&file.name, "this is an HTML page, not a list file (an error or login page served instead of the list?)");
    }
    ListError::file(&file.name, "unrecognised list format")
}
