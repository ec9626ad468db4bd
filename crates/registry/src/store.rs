//! The data directory: every downloaded list version, and which one is in force per source.
//!
//! ```text
//! <data-dir>/
//!   in-force.json                       which version is in force, per source
//!   versions/<source>/<date>-<sha8>/    one directory per stored version:
//!     manifest.json                     source, format, publication date, hashes, counts, URLs
//!     consolidated.xml | SDN.CSV ...    the files exactly as downloaded
//!   update.lock                         present while an update runs
//! ```
//!
//! Version directories are written under a temporary name and renamed into place, and
//! `in-force.json` is replaced by write-to-temp + fsync + rename, so a crash or a full disk at
//! any moment leaves either the old or the new version in force, never a mixture. Stored
//! versions are never modified or deleted by nomina, so any earlier version can be audited or
//! put back in force.

use crate::time::UtcTime;
use crate::{parse_files, RegistryError};
use nomina_lists::{InputFile, ListSnapshot};
use nomina_model::{FuzzyDate, Source};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Environment variable naming the data directory when `--data-dir` is not given.
pub const DATA_DIR_ENV: &str = "NOMINA_DATA_DIR";
/// The name of the file recording the version in force per source.
pub const IN_FORCE_FILE: &str = "in-force.json";
/// The name of each version directory's manifest.
pub const MANIFEST_FILE: &str = "manifest.json";
const LOCK_FILE: &str = "update.lock";
const FORMAT_VERSION: u32 = 1;

/// The part a file plays in a list version. Only the OFAC CSV set has more than one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileRole {
    /// The list itself (for OFAC CSV: `SDN.CSV`).
    Main,
    /// OFAC `ALT.CSV` (aliases).
    OfacAlt,
    /// OFAC `ADD.CSV` (addresses).
    OfacAdd,
    /// OFAC `SDN_COMMENTS.CSV` (remarks overflow).
    OfacComments,
}

/// One stored file of a version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManifestFile {
    /// Its role in the version.
    pub role: FileRole,
    /// File name inside the version directory.
    pub name: String,
    /// Where it was downloaded from, when it was downloaded.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    /// SHA-256 of the stored bytes, checked every time the version is loaded.
    pub sha256: String,
    /// Size in bytes.
    pub bytes: u64,
}

/// What a version directory holds: written once when the version is stored, never changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// Layout version of this manifest.
    pub manifest_version: u32,
    /// The publisher.
    pub source: Source,
    /// The format the list was read as (`un-xml`, `ofac-csv`…).
    pub format: String,
    /// Publication date printed in the list, when it has one.
    pub published: Option<FuzzyDate>,
    /// The list version's content hash (as in [`nomina_model::ListVersion::sha256`]).
    pub sha256: String,
    /// When nomina retrieved it (UTC, RFC 3339).
    pub retrieved_at: String,
    /// The files, main file first.
    pub files: Vec<ManifestFile>,
    /// Number of entities.
    pub entities: usize,
    /// Entities per type (`person`, `organization`, `vessel`, `aircraft`).
    pub counts: BTreeMap<String, usize>,
    /// The reader's warnings.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub warnings: Vec<String>,
}

/// The contents of `in-force.json`: the version directory name in force per source prefix.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InForce {
    /// Layout version of this file.
    pub format: u32,
    /// Source prefix (`un`, `ofac`…) to version directory name.
    pub in_force: BTreeMap<String, String>,
    /// When it was last switched (UTC, RFC 3339).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub updated_at: Option<String>,
}

impl InForce {
    /// The version directory name in force for a source, if the data directory names one.
    pub fn get(&self, source: &Source) -> Option<&String> {
        self.in_force.get(source.prefix())
    }
}

/// A data directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
    /// Where the path came from, when the user named it (`--data-dir` or
    /// `$NOMINA_DATA_DIR`): such a directory must exist. `None`: the default location,
    /// which a fresh install does not have yet.
    named_by: Option<&'static str>,
}

impl DataDir {
    /// A data directory at an explicit path (which need not exist yet).
    pub fn new(root: impl Into<PathBuf>) -> DataDir {
        DataDir {
            root: root.into(),
            named_by: None,
        }
    }

    /// The data directory to use: the `--data-dir` value, else `$NOMINA_DATA_DIR`, else
    /// `~/.local/share/nomina`; `None` when none of these can be determined (no `HOME`).
    pub fn resolve(flag: Option<&Path>) -> Option<DataDir> {
        if let Some(p) = flag {
            return Some(DataDir {
                named_by: Some("--data-dir"),
                ..DataDir::new(p)
            });
        }
        if let Some(p) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
            return Some(DataDir {
                named_by: Some(DATA_DIR_ENV),
                ..DataDir::new(PathBuf::from(p))
            });
        }
        let home = std::env::var_os("HOME").filter(|v| !v.is_empty())?;
        Some(DataDir::new(
            PathBuf::from(home).join(".local/share/nomina"),
        ))
    }

    /// Checks that a directory the user named exists: a misspelt `--data-dir` must be an
    /// error naming the option, never a silent switch to the bundled lists. The default
    /// location may be absent (a fresh install).
    pub fn check_exists(&self) -> Result<(), RegistryError> {
        match self.named_by {
            Some(option) if !self.root.is_dir() => Err(RegistryError::Usage(format!(
                "{option} {}: no such directory (create it, or run `nomina update` to \
                 download lists into it)",
                self.root.display()
            ))),
            _ => Ok(()),
        }
    }

    /// The directory itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Path of `in-force.json`.
    pub fn in_force_path(&self) -> PathBuf {
        self.root.join(IN_FORCE_FILE)
    }

    /// Directory of one stored version.
    pub fn version_dir(&self, source: &Source, name: &str) -> PathBuf {
        self.root.join("versions").join(source.prefix()).join(name)
    }

    /// Reads `in-force.json`. A missing file in a directory without stored versions means
    /// nothing is in force here (the bundled defaults apply); a missing file beside stored
    /// versions, or a malformed one, is an error, never silently ignored, because falling
    /// back to other data would screen against lists the operator did not choose.
    pub fn in_force(&self) -> Result<InForce, RegistryError> {
        self.read_in_force(false)
    }

    /// [`DataDir::in_force`], but a missing `in-force.json` beside stored versions reads as
    /// empty: for `update --force`, which rebuilds it.
    pub fn in_force_or_rebuild(&self) -> Result<InForce, RegistryError> {
        self.read_in_force(true)
    }

    fn read_in_force(&self, rebuilding: bool) -> Result<InForce, RegistryError> {
        let path = self.in_force_path();
        let text = match fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let stored = self.stored_version_count()?;
                if stored > 0 && !rebuilding {
                    return Err(RegistryError::data_dir(
                        &path,
                        format!(
                            "missing, but {stored} downloaded list versions are stored under \
                             {}; restore it from a backup, or run `nomina update --force` to \
                             put the newest downloads in force (the bundled lists are not used \
                             in its place)",
                            self.root.join("versions").display()
                        ),
                    ));
                }
                return Ok(InForce::default());
            }
            Err(e) => return Err(RegistryError::data_dir(&path, format!("cannot read: {e}"))),
        };
        let parsed: InForce = serde_json::from_str(&text)
            .map_err(|e| RegistryError::data_dir(&path, format!("invalid JSON: {e}")))?;
        if parsed.format != FORMAT_VERSION {
            return Err(RegistryError::data_dir(
                &path,
                format!(
                    "layout version {} is not supported (expected {FORMAT_VERSION})",
                    parsed.format
                ),
            ));
        }
        for (source, name) in &parsed.in_force {
            if !safe_component(source) || !safe_component(name) {
                return Err(RegistryError::data_dir(
                    &path,
                    format!("invalid entry {source:?}: {name:?}"),
                ));
            }
            if !self
                .version_dir(&Source::from_prefix(source), name)
                .join(MANIFEST_FILE)
                .is_file()
            {
                return Err(RegistryError::data_dir(
                    &path,
                    format!(
                        "{source} is set to version {name}, which is not stored (missing {})",
                        {
                            self.version_dir(&Source::from_prefix(source), name)
                                .join(MANIFEST_FILE)
                                .display()
                        }
                    ),
                ));
            }
        }
        Ok(parsed)
    }

    /// How many version directories are stored, over all sources.
    fn stored_version_count(&self) -> Result<usize, RegistryError> {
        let versions = self.root.join("versions");
        let sources = match fs::read_dir(&versions) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
            Err(e) => {
                return Err(RegistryError::data_dir(
                    &versions,
                    format!("cannot list: {e}"),
                ))
            }
        };
        let mut n = 0;
        for source in sources.flatten() {
            if let Ok(entries) = fs::read_dir(source.path()) {
                n += entries
                    .flatten()
                    .filter(|e| {
                        safe_component(&e.file_name().to_string_lossy())
                            && e.path().join(MANIFEST_FILE).is_file()
                    })
                    .count();
            }
        }
        Ok(n)
    }

    /// Every stored version of a source with its manifest, oldest retrieval first.
    pub fn versions(&self, source: &Source) -> Result<Vec<(String, Manifest)>, RegistryError> {
        let dir = self.root.join("versions").join(source.prefix());
        let entries = match fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(RegistryError::data_dir(&dir, format!("cannot list: {e}"))),
        };
        let mut out = Vec::new();
        for entry in entries {
            let entry =
                entry.map_err(|e| RegistryError::data_dir(&dir, format!("cannot list: {e}")))?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if !safe_component(&name) {
                continue;
            }
            out.push((name, read_manifest(&entry.path())?));
        }
        out.sort_by(|a, b| {
            a.1.retrieved_at
                .cmp(&b.1.retrieved_at)
                .then_with(|| a.0.cmp(&b.0))
        });
        Ok(out)
    }

    /// Stores a validated version (its raw files and a manifest) and returns its directory
    /// name. Storing content that is already stored returns the existing directory.
    pub fn store_version(
        &self,
        files: &[StoredFile],
        snapshot: &ListSnapshot,
    ) -> Result<String, RegistryError> {
        let now = UtcTime::now();
        let source = &snapshot.version.source;
        let date = snapshot
            .version
            .published
            .map(|d| d.to_string())
            .unwrap_or_else(|| now.date());
        let sha8: String = snapshot.version.sha256.chars().take(8).collect();
        let name = format!("{date}-{sha8}");
        let final_dir = self.version_dir(source, &name);
        if final_dir.join(MANIFEST_FILE).is_file() {
            return Ok(name);
        }
        let parent = final_dir.parent().unwrap_or(&self.root).to_path_buf();
        fs::create_dir_all(&parent)
            .map_err(|e| RegistryError::data_dir(&parent, format!("cannot create: {e}")))?;
        let staging = parent.join(format!(".staging-{name}-{}", std::process::id()));
        let result = (|| {
            if staging.exists() {
                fs::remove_dir_all(&staging).map_err(|e| {
                    RegistryError::data_dir(&staging, format!("cannot remove stale staging: {e}"))
                })?;
            }
            fs::create_dir(&staging)
                .map_err(|e| RegistryError::data_dir(&staging, format!("cannot create: {e}")))?;
            let mut manifest_files = Vec::new();
            for f in files {
                if !safe_component(&f.name) || f.name == MANIFEST_FILE {
                    return Err(RegistryError::data_dir(
                        &staging,
                        format!("invalid file name {:?}", f.name),
                    ));
                }
                write_synced(&staging.join(&f.name), &f.bytes)?;
                manifest_files.push(ManifestFile {
                    role: f.role,
                    name: f.name.clone(),
                    url: f.url.clone(),
                    sha256: sha256_hex(&f.bytes),
                    bytes: f.bytes.len() as u64,
                });
            }
            let counts = snapshot
                .counts()
                .iter()
                .map(|(t, n)| (t.as_str().to_string(), *n))
                .collect();
            let manifest = Manifest {
                manifest_version: FORMAT_VERSION,
                source: source.clone(),
                format: snapshot.version.format.clone(),
                published: snapshot.version.published,
                sha256: snapshot.version.sha256.clone(),
                retrieved_at: now.rfc3339(),
                files: manifest_files,
                entities: snapshot.entities.len(),
                counts,
                warnings: snapshot.warnings.clone(),
            };
            let json = serde_json::to_vec_pretty(&manifest).map_err(|e| {
                RegistryError::data_dir(&staging, format!("cannot encode manifest: {e}"))
            })?;
            write_synced(&staging.join(MANIFEST_FILE), &json)?;
            sync_dir(&staging);
            fs::rename(&staging, &final_dir).map_err(|e| {
                RegistryError::data_dir(&final_dir, format!("cannot move version into place: {e}"))
            })?;
            sync_dir(&parent);
            Ok(())
        })();
        if result.is_err() {
            // Best effort: a leftover staging directory is harmless (hidden, never loaded).
            let _ = fs::remove_dir_all(&staging);
        }
        result?;
        self.ensure_in_force_file()?;
        Ok(name)
    }

    /// Writes an empty `in-force.json` when there is none, so that once a version is
    /// stored a missing file always means a lost one (see [`DataDir::in_force`]).
    fn ensure_in_force_file(&self) -> Result<(), RegistryError> {
        let path = self.in_force_path();
        if path.exists() {
            return Ok(());
        }
        self.write_in_force(&InForce {
            format: FORMAT_VERSION,
            ..InForce::default()
        })
    }

    /// Replaces `in-force.json` atomically (temp file + fsync + rename).
    fn write_in_force(&self, current: &InForce) -> Result<(), RegistryError> {
        let path = self.in_force_path();
        let json = serde_json::to_vec_pretty(current)
            .map_err(|e| RegistryError::data_dir(&path, format!("cannot encode: {e}")))?;
        let tmp = self
            .root
            .join(format!(".{IN_FORCE_FILE}.tmp-{}", std::process::id()));
        write_synced(&tmp, &json)?;
        if let Err(e) = fs::rename(&tmp, &path) {
            let _ = fs::remove_file(&tmp);
            return Err(RegistryError::data_dir(
                &path,
                format!("cannot replace: {e}"),
            ));
        }
        sync_dir(&self.root);
        Ok(())
    }

    /// Puts a stored version in force for its source, atomically (temp file + fsync +
    /// rename). Callers hold the [`UpdateLock`] so two updates cannot interleave.
    pub fn set_in_force(
        &self,
        source: &Source,
        name: &str,
        _lock: &UpdateLock,
    ) -> Result<(), RegistryError> {
        let dir = self.version_dir(source, name);
        read_manifest(&dir)?;
        let mut current = self.in_force_or_rebuild()?;
        current.format = FORMAT_VERSION;
        current
            .in_force
            .insert(source.prefix().to_string(), name.to_string());
        current.updated_at = Some(UtcTime::now().rfc3339());
        self.write_in_force(&current)
    }

    /// Takes the update lock: one update at a time per data directory. A lock left by a
    /// process that no longer runs is taken over.
    pub fn lock(&self) -> Result<UpdateLock, RegistryError> {
        fs::create_dir_all(&self.root)
            .map_err(|e| RegistryError::data_dir(&self.root, format!("cannot create: {e}")))?;
        let path = self.root.join(LOCK_FILE);
        for _ in 0..2 {
            match File::options().write(true).create_new(true).open(&path) {
                Ok(mut f) => {
                    let _ = writeln!(f, "{}", std::process::id());
                    return Ok(UpdateLock { path });
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let holder = fs::read_to_string(&path)
                        .ok()
                        .and_then(|s| s.trim().parse::<u32>().ok());
                    if let Some(pid) = holder {
                        if process_gone(pid) {
                            let _ = fs::remove_file(&path);
                            continue;
                        }
                    }
                    let who = holder
                        .map(|p| format!(" (process {p})"))
                        .unwrap_or_default();
                    return Err(RegistryError::data_dir(
                        &path,
                        format!("another update is running{who}; if none is, remove this file"),
                    ));
                }
                Err(e) => {
                    return Err(RegistryError::data_dir(
                        &path,
                        format!("cannot create lock: {e}"),
                    ))
                }
            }
        }
        Err(RegistryError::data_dir(
            &path,
            "cannot take the update lock",
        ))
    }
}

/// Holds the data directory's update lock until dropped.
#[derive(Debug)]
pub struct UpdateLock {
    path: PathBuf,
}

impl Drop for UpdateLock {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// A file to store in a new version directory.
#[derive(Debug, Clone)]
pub struct StoredFile {
    /// Its role.
    pub role: FileRole,
    /// File name in the version directory.
    pub name: String,
    /// Download address, for the manifest.
    pub url: Option<String>,
    /// Raw bytes as downloaded.
    pub bytes: Vec<u8>,
}

/// Reads a version directory's manifest.
pub fn read_manifest(version_dir: &Path) -> Result<Manifest, RegistryError> {
    let path = version_dir.join(MANIFEST_FILE);
    let text = fs::read_to_string(&path)
        .map_err(|e| RegistryError::data_dir(&path, format!("cannot read: {e}")))?;
    let m: Manifest = serde_json::from_str(&text)
        .map_err(|e| RegistryError::data_dir(&path, format!("invalid manifest: {e}")))?;
    if m.files.is_empty() || m.files.iter().any(|f| !safe_component(&f.name)) {
        return Err(RegistryError::data_dir(
            &path,
            "manifest lists no files or an invalid file name",
        ));
    }
    Ok(m)
}

/// Loads and parses one stored version, checking every file against its recorded hash so
/// that a corrupted or edited file is reported instead of screened against.
pub fn load_version(version_dir: &Path) -> Result<ListSnapshot, RegistryError> {
    let manifest = read_manifest(version_dir)?;
    let mut files = Vec::with_capacity(manifest.files.len());
    for f in &manifest.files {
        let path = version_dir.join(&f.name);
        let raw = fs::read(&path)
            .map_err(|e| RegistryError::data_dir(&path, format!("cannot read: {e}")))?;
        let actual = sha256_hex(&raw);
        if actual != f.sha256 {
            return Err(RegistryError::data_dir(
                &path,
                format!(
                    "content changed since it was stored (SHA-256 {actual}, manifest says {})",
                    f.sha256
                ),
            ));
        }
        files.push((
            f.role,
            InputFile::from_bytes(path.display().to_string(), raw)?,
        ));
    }
    let snapshot = parse_files(files)?;
    if snapshot.version.source != manifest.source {
        return Err(RegistryError::data_dir(
            version_dir,
            format!(
                "holds a {} list but its manifest says {}",
                snapshot.version.source, manifest.source
            ),
        ));
    }
    Ok(snapshot)
}

/// Hex SHA-256 of some bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A single path component we are willing to join: no separators, no `..`, no hidden names.
fn safe_component(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('.')
        && s.len() <= 200
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), RegistryError> {
    let mut f = File::create(path)
        .map_err(|e| RegistryError::data_dir(path, format!("cannot create: {e}")))?;
    f.write_all(bytes)
        .map_err(|e| RegistryError::data_dir(path, format!("cannot write: {e}")))?;
    f.sync_all()
        .map_err(|e| RegistryError::data_dir(path, format!("cannot flush to disk: {e}")))
}

/// Flushes a directory entry (the rename itself) to disk. Not every platform can open a
/// directory for syncing; there the rename is as durable as the OS makes it.
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

fn process_gone(pid: u32) -> bool {
    // Only Linux offers a portable-enough check; elsewhere a lock is never presumed stale.
    let proc_root = Path::new("/proc");
    proc_root.join("self").exists() && !proc_root.join(pid.to_string()).exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_components_are_checked() {
        for ok in ["un", "2026-02-27-66b392a4", "SDN.CSV", "consolidated.xml"] {
            assert!(safe_component(ok), "{ok}");
        }
        for bad in ["", "..", ".hidden", "a/b", "a\\b", "x y"] {
            assert!(!safe_component(bad), "{bad}");
        }
    }

    #[test]
    fn tampered_in_force_names_are_refused() {
        let dir = std::env::temp_dir().join(format!("nomina-store-unit-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        let d = DataDir::new(&dir);
        assert_eq!(d.in_force().unwrap(), InForce::default());
        fs::write(
            d.in_force_path(),
            r#"{"format":1,"in_force":{"un":"../../etc"}}"#,
        )
        .unwrap();
        let e = d.in_force().unwrap_err().to_string();
        assert!(e.contains("invalid entry"), "{e}");
        fs::write(
            d.in_force_path(),
            r#"{"format":1,"in_force":{"un":"2020-01-01-deadbeef"}}"#,
        )
        .unwrap();
        let e = d.in_force().unwrap_err().to_string();
        assert!(e.contains("not stored"), "{e}");
        fs::write(d.in_force_path(), "{").unwrap();
        let e = d.in_force().unwrap_err().to_string();
        assert!(
            e.contains("in-force.json") && e.contains("invalid JSON"),
            "{e}"
        );
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_missing_in_force_file_beside_stored_versions_is_an_error() {
        let dir = std::env::temp_dir().join(format!("nomina-inforce-unit-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let version = dir.join("versions").join("un").join("2020-01-01-deadbeef");
        fs::create_dir_all(&version).unwrap();
        let d = DataDir::new(&dir);
        // A version directory without a manifest is not a stored version.
        assert_eq!(d.in_force().unwrap(), InForce::default());
        fs::write(version.join(MANIFEST_FILE), "{}").unwrap();
        let e = d.in_force().unwrap_err().to_string();
        assert!(
            e.contains("in-force.json") && e.contains("missing, but 1 downloaded"),
            "{e}"
        );
        assert_eq!(d.in_force_or_rebuild().unwrap(), InForce::default());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_named_data_dir_must_exist() {
        let missing = std::env::temp_dir().join(format!("nomina-missing-{}", std::process::id()));
        let named = DataDir::resolve(Some(&missing)).unwrap();
        let e = named.check_exists().unwrap_err().to_string();
        assert!(
            e.starts_with("--data-dir ") && e.contains("no such directory"),
            "{e}"
        );
        assert!(
            DataDir::new(&missing).check_exists().is_ok(),
            "a default may be absent"
        );
    }

    #[test]
    fn the_lock_is_exclusive_and_released_on_drop() {
        let dir = std::env::temp_dir().join(format!("nomina-lock-unit-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        let d = DataDir::new(&dir);
        let held = d.lock().unwrap();
        let e = d.lock().unwrap_err().to_string();
        assert!(e.contains("another update is running"), "{e}");
        drop(held);
        let again = d.lock().unwrap();
        drop(again);
        // A lock left behind by a process that is gone is taken over.
        fs::write(dir.join(LOCK_FILE), "4000000000\n").unwrap();
        if Path::new("/proc/self").exists() {
            drop(d.lock().unwrap());
        }
        let _ = fs::remove_dir_all(&dir);
    }
}
