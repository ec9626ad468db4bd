//! What anchors the audit chain outside the database: the key its records are hashed with
//! and the heads written to an external file.
//!
//! A chain of plain hashes proves that records fit together, not that nobody with write
//! access to the database rebuilt it: an attacker can edit a record and re-hash everything
//! after it, or delete the newest records. Two things outside the database close that:
//!
//! - **The audit key** ([`AuditKey`]): every record from the switch point on is hashed
//!   with HMAC-SHA256 under a 256-bit key kept in a file (mode 0600) outside the database.
//!   Re-hashing without the key gives hashes that do not verify.
//! - **The head file** ([`HeadSink`]): after every batch of audit writes the newest record's
//!   sequence number and hash, signed with the key, are appended as one JSON line to a file
//!   the operator ships elsewhere. `nomina audit verify --head FILE` compares the log with
//!   it: a head the log no longer holds means records were removed.
//!
//! Records written before a database first met a key keep their plain hash; the switch
//! point (`audit_keying.from_seq`) says which rule each record follows, and every head
//! carries it too, so moving it is detected against the head file.

use crate::chain::{fill_random, hex};
use crate::{Millis, Result, StoreError};
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Environment variable naming the audit key file.
pub const AUDIT_KEY_ENV: &str = "NOMINA_AUDIT_KEY_FILE";
/// Environment variable naming the audit head file.
pub const AUDIT_HEAD_ENV: &str = "NOMINA_AUDIT_HEAD_FILE";
/// File name of the default audit key, in the user's configuration directory.
pub const DEFAULT_KEY_FILE: &str = "audit.key";
/// File name of the default head file, beside the default key.
pub const DEFAULT_HEAD_FILE: &str = "audit-head.jsonl";
/// Bytes of key material.
const KEY_BYTES: usize = 32;
/// The first line of a key file: names the format, so a wrong file is refused clearly.
const KEY_FILE_HEADER: &str = "nomina-audit-key-v1";
/// Domain separation of the key's public identifier.
const KEY_ID_LABEL: &[u8] = b"nomina-audit-key-id\n";
/// Domain separation of a head line's signature.
const HEAD_LABEL: &str = "nomina-audit-head-v1\n";

type HmacSha256 = Hmac<Sha256>;

/// The secret the audit chain is keyed with, read from (or created in) a file.
#[derive(Clone)]
pub struct AuditKey {
    bytes: [u8; KEY_BYTES],
    path: PathBuf,
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never the key itself.
        write!(f, "AuditKey({}, id {})", self.path.display(), self.id())
    }
}

impl AuditKey {
    /// Reads the key at `path`, creating it (32 random bytes, mode 0600) when no file is
    /// there. A file that exists but cannot be read or is not a key is an error: the store
    /// must not start with a key other than the one configured.
    pub fn load_or_create(path: &Path) -> Result<AuditKey> {
        match fs::read_to_string(path) {
            Ok(text) => parse_key_file(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => create_key_file(path),
            Err(e) => Err(key_error(path, format!("cannot read: {e}"))),
        }
    }

    /// A key from raw bytes (tests and tools).
    pub fn from_bytes(bytes: [u8; KEY_BYTES], path: impl Into<PathBuf>) -> AuditKey {
        AuditKey {
            bytes,
            path: path.into(),
        }
    }

    /// The file the key came from.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A public identifier of the key (not the key): tells which key a database was keyed
    /// with without revealing it.
    pub fn id(&self) -> String {
        let mut id = self.mac(&[KEY_ID_LABEL]);
        id.truncate(16);
        id
    }

    /// HMAC-SHA256 over the concatenation of `parts`, hex.
    pub(crate) fn mac(&self, parts: &[&[u8]]) -> String {
        let mut mac = self.hmac();
        for p in parts {
            mac.update(p);
        }
        hex(&mac.finalize().into_bytes())
    }

    fn hmac(&self) -> HmacSha256 {
        // HMAC accepts keys of any length: this cannot fail for 32 bytes.
        match <HmacSha256 as KeyInit>::new_from_slice(&self.bytes) {
            Ok(m) => m,
            Err(_) => unreachable!("HMAC takes a key of any length"),
        }
    }
}

fn key_error(path: &Path, message: String) -> StoreError {
    StoreError::Unavailable {
        target: format!("audit key {}", path.display()),
        message,
    }
}

/// Parses the two-line key file: the header, then 64 hex digits.
fn parse_key_file(text: &str, path: &Path) -> Result<AuditKey> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    if lines.next() != Some(KEY_FILE_HEADER) {
        return Err(key_error(
            path,
            format!("not a nomina audit key file (the first line must be {KEY_FILE_HEADER:?})"),
        ));
    }
    let hex_key = lines.next().unwrap_or("");
    let bytes = parse_hex_key(hex_key).ok_or_else(|| {
        key_error(
            path,
            format!("line 2 must be the key as {} hex digits", KEY_BYTES * 2),
        )
    })?;
    Ok(AuditKey::from_bytes(bytes, path))
}

fn parse_hex_key(s: &str) -> Option<[u8; KEY_BYTES]> {
    if s.len() != KEY_BYTES * 2 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; KEY_BYTES];
    for (i, b) in out.iter_mut().enumerate() {
        *b = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// Creates a new key file atomically: written under a temporary name with mode 0600, then
/// linked into place, so two processes starting at once end up with the same key.
fn create_key_file(path: &Path) -> Result<AuditKey> {
    let mut bytes = [0u8; KEY_BYTES];
    fill_random(&mut bytes, getrandom::fill)?;
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_private_dir(dir).map_err(|e| {
            key_error(
                path,
                format!("cannot create directory {}: {e}", dir.display()),
            )
        })?;
    }
    // Unique per process and call: threads of one process may race here too.
    static ATTEMPT: AtomicU64 = AtomicU64::new(0);
    let tmp = path.with_extension(format!(
        "tmp-{}-{}",
        std::process::id(),
        ATTEMPT.fetch_add(1, Ordering::Relaxed)
    ));
    let text = format!("{KEY_FILE_HEADER}\n{}\n", hex(&bytes));
    let written = write_private(&tmp, text.as_bytes());
    let linked = written.and_then(|()| fs::hard_link(&tmp, path));
    let _ = fs::remove_file(&tmp);
    match linked {
        Ok(()) => Ok(AuditKey::from_bytes(bytes, path)),
        // Another process created it first: use theirs.
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let text = fs::read_to_string(path)
                .map_err(|e| key_error(path, format!("cannot read: {e}")))?;
            parse_key_file(&text, path)
        }
        Err(e) => Err(key_error(path, format!("cannot create: {e}"))),
    }
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut b = fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(dir)
}

fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut o = OpenOptions::new();
    o.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    let mut f = o.open(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

/// The default key file: `$XDG_CONFIG_HOME/nomina/audit.key`, else
/// `~/.config/nomina/audit.key`; `None` when neither variable is set.
pub fn default_key_path() -> Option<PathBuf> {
    let config = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|v| !v.is_empty())
                .map(|h| PathBuf::from(h).join(".config"))
        })?;
    Some(config.join("nomina").join(DEFAULT_KEY_FILE))
}

/// One line of the head file: the newest record of one audit log at some moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeadEntry {
    /// Which audit log (random id made when the log was first keyed).
    pub chain: String,
    /// Sequence number of the newest record (0: the log was empty).
    pub seq: i64,
    /// That record's hash.
    pub hash: String,
    /// First record hashed with the key.
    pub keyed_from: i64,
    /// When the head was written.
    pub time: Millis,
    /// HMAC over the fields above, under the audit key.
    pub mac: String,
}

impl HeadEntry {
    /// A signed head.
    pub(crate) fn new(
        key: &AuditKey,
        chain: &str,
        seq: i64,
        hash: &str,
        keyed_from: i64,
    ) -> HeadEntry {
        let mut e = HeadEntry {
            chain: chain.to_string(),
            seq,
            hash: hash.to_string(),
            keyed_from,
            time: crate::now_millis(),
            mac: String::new(),
        };
        e.mac = e.expected_mac(key);
        e
    }

    /// The signature this entry must carry under `key`.
    pub(crate) fn expected_mac(&self, key: &AuditKey) -> String {
        let body = format!(
            "{HEAD_LABEL}{}\n{}\n{}\n{}\n{}\n",
            self.chain, self.seq, self.hash, self.keyed_from, self.time
        );
        key.mac(&[body.as_bytes()])
    }
}

/// A head read from a file, with its line number for messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadLine {
    /// 1-based line number in the file.
    pub line: usize,
    /// The entry.
    pub entry: HeadEntry,
}

/// Reads a head file. A line that is not a head entry is an error naming the line: a
/// damaged head file must be looked at, not skipped.
pub fn read_heads(path: &Path) -> Result<Vec<HeadLine>> {
    let target = || format!("audit head file {}", path.display());
    let text = fs::read_to_string(path).map_err(|e| StoreError::Unavailable {
        target: target(),
        message: format!("cannot read: {e}"),
    })?;
    parse_heads(&text).map_err(|message| StoreError::Invalid(format!("{}: {message}", target())))
}

/// Parses head file text; the error names the line.
pub(crate) fn parse_heads(text: &str) -> std::result::Result<Vec<HeadLine>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let entry: HeadEntry = serde_json::from_str(line)
            .map_err(|e| format!("line {}: not a head entry: {e}", i + 1))?;
        out.push(HeadLine { line: i + 1, entry });
    }
    Ok(out)
}

/// The external file heads are appended to.
#[derive(Debug)]
pub(crate) struct HeadSink {
    path: PathBuf,
    /// The last seq written by this process, to skip writing the same head twice.
    last: Mutex<Option<i64>>,
}

impl HeadSink {
    /// Opens (creating, mode 0600) the head file for appending, to fail at start rather
    /// than lose heads later.
    pub(crate) fn open(path: &Path) -> Result<HeadSink> {
        if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            create_private_dir(dir).map_err(|e| StoreError::Unavailable {
                target: format!("audit head file {}", path.display()),
                message: format!("cannot create directory {}: {e}", dir.display()),
            })?;
        }
        append_file(path).map_err(|e| StoreError::Unavailable {
            target: format!("audit head file {}", path.display()),
            message: format!("cannot open for appending: {e}"),
        })?;
        Ok(HeadSink {
            path: path.to_path_buf(),
            last: Mutex::new(None),
        })
    }

    /// Appends one head as a single write (lines from several processes never interleave).
    /// Called after the records it names are committed; a failure cannot undo them, so it
    /// is reported on stderr and the next batch writes the head again.
    pub(crate) fn write(&self, entry: &HeadEntry) {
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if *last == Some(entry.seq) {
            return;
        }
        let mut line = serde_json::to_string(entry).unwrap_or_default();
        line.push('\n');
        match append_file(&self.path).and_then(|mut f| f.write_all(line.as_bytes())) {
            Ok(()) => *last = Some(entry.seq),
            Err(e) => eprintln!(
                "error: cannot append the audit head (record {}) to {}: {e}",
                entry.seq,
                self.path.display()
            ),
        }
    }
}

fn append_file(path: &Path) -> std::io::Result<File> {
    let mut o = OpenOptions::new();
    o.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path)
}

/// Where the audit key and the head file are, as configured.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AuditOptions {
    /// The key file; `None`: [`AUDIT_KEY_ENV`], else [`default_key_path`].
    pub key_file: Option<PathBuf>,
    /// The head file; `None`: [`AUDIT_HEAD_ENV`], else `audit-head.jsonl` beside the key.
    pub head_file: Option<PathBuf>,
}

impl AuditOptions {
    /// The options from the environment ([`AUDIT_KEY_ENV`], [`AUDIT_HEAD_ENV`]).
    pub fn from_env() -> AuditOptions {
        let var = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        AuditOptions {
            key_file: var(AUDIT_KEY_ENV),
            head_file: var(AUDIT_HEAD_ENV),
        }
    }

    /// The key file in effect, or an error saying how to configure one.
    pub fn key_path(&self) -> Result<PathBuf> {
        self.key_file
            .clone()
            .or_else(default_key_path)
            .ok_or_else(|| StoreError::Unavailable {
                target: "audit key".into(),
                message: format!(
                    "no audit key file: set {AUDIT_KEY_ENV} (or HOME, for the default \
                     ~/.config/nomina/{DEFAULT_KEY_FILE})"
                ),
            })
    }

    /// The head file in effect: the configured one, else beside the key file.
    pub fn head_path(&self, key_path: &Path) -> PathBuf {
        self.head_file.clone().unwrap_or_else(|| {
            key_path
                .parent()
                .unwrap_or(Path::new("."))
                .join(DEFAULT_HEAD_FILE)
        })
    }
}

/// The keying of one open store: the key, where keyed records start, the head file.
#[derive(Debug)]
pub(crate) struct Keying {
    pub key: AuditKey,
    /// The log's id, carried by every head.
    pub chain: String,
    /// First record hashed with the key.
    pub from_seq: i64,
    pub sink: HeadSink,
}

impl Keying {
    /// Signs and appends the head `(seq, hash)` to the head file.
    pub(crate) fn write_head(&self, seq: i64, hash: &str) {
        let entry = HeadEntry::new(&self.key, &self.chain, seq, hash, self.from_seq);
        self.sink.write(&entry);
    }

    /// Whether record `seq` is hashed with the key.
    pub(crate) fn keyed(&self, seq: i64) -> bool {
        seq >= self.from_seq
    }
}

/// A new random chain id (16 bytes, hex).
pub(crate) fn new_chain_id() -> Result<String> {
    let mut bytes = [0u8; 16];
    fill_random(&mut bytes, getrandom::fill)?;
    Ok(hex(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "nomina-anchor-{}-{name}-{}",
            std::process::id(),
            crate::now_millis()
        ));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn a_key_is_created_once_private_and_read_back() {
        let dir = temp("create");
        let path = dir.join("sub").join("audit.key");
        let a = AuditKey::load_or_create(&path).unwrap();
        let b = AuditKey::load_or_create(&path).unwrap();
        assert_eq!(a.id(), b.id());
        assert_eq!(a.mac(&[b"x"]), b.mac(&[b"x"]));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let other = AuditKey::load_or_create(&dir.join("other.key")).unwrap();
        assert_ne!(a.id(), other.id());
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_file_that_is_not_a_key_is_refused_naming_it() {
        let dir = temp("bad");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("audit.key");
        fs::write(&path, "hello\n").unwrap();
        let e = AuditKey::load_or_create(&path).unwrap_err().to_string();
        assert!(
            e.contains("audit.key") && e.contains("not a nomina audit key"),
            "{e}"
        );
        fs::write(&path, format!("{KEY_FILE_HEADER}\nabc\n")).unwrap();
        let e = AuditKey::load_or_create(&path).unwrap_err().to_string();
        assert!(e.contains("64 hex digits"), "{e}");
        let _ = fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn an_unreadable_key_is_an_error_not_a_new_key() {
        // A directory where the key file should be: exists, cannot be read as a file.
        let dir = temp("unreadable");
        let path = dir.join("audit.key");
        fs::create_dir_all(&path).unwrap();
        let e = AuditKey::load_or_create(&path).unwrap_err().to_string();
        assert!(e.contains("cannot read"), "{e}");
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn heads_are_signed_and_parsed_with_line_numbers() {
        let key = AuditKey::from_bytes([7; KEY_BYTES], "k");
        let e = HeadEntry::new(&key, "c1", 5, "abc", 1);
        assert_eq!(e.mac, e.expected_mac(&key));
        let mut forged = e.clone();
        forged.seq = 4;
        assert_ne!(forged.mac, forged.expected_mac(&key));
        let other = AuditKey::from_bytes([8; KEY_BYTES], "k2");
        assert_ne!(e.mac, e.expected_mac(&other));
        let text = format!("{}\n\n{}\n", serde_json::to_string(&e).unwrap(), "{oops");
        let err = parse_heads(&text).unwrap_err();
        assert!(err.starts_with("line 3: not a head entry"), "{err}");
        let ok = parse_heads(&serde_json::to_string(&e).unwrap()).unwrap();
        assert_eq!(ok, vec![HeadLine { line: 1, entry: e }]);
    }

    #[test]
    fn the_head_file_defaults_beside_the_key() {
        let o = AuditOptions {
            key_file: Some("/etc/nomina/audit.key".into()),
            head_file: None,
        };
        assert_eq!(
            o.head_path(&o.key_path().unwrap()),
            PathBuf::from("/etc/nomina/audit-head.jsonl")
        );
    }
}
