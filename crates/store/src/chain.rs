//! The audit chain's hashing, and the random secrets of keys and sessions.

use crate::anchor::AuditKey;
use crate::{AuditRecord, Result, StoreError};
use sha2::{Digest, Sha256};

/// The hash the first record of a fresh log points back to.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

impl AuditRecord {
    /// The record's plain hash (the rule of records written before the log was keyed):
    /// SHA-256 over a versioned, length-prefixed encoding of every field but the hash
    /// itself, so no two different records encode alike.
    pub fn compute_hash(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"nomina-audit-v1\n");
        h.update(self.canonical_fields());
        hex(&h.finalize())
    }

    /// The record's keyed hash: HMAC-SHA256 under the audit key over the same encoding,
    /// with its own version label. Without the key nobody can produce it.
    pub fn compute_keyed_hash(&self, key: &AuditKey) -> String {
        key.mac(&[b"nomina-audit-v2\n", &self.canonical_fields()])
    }

    /// Every field but the hash, each as `len:bytes\n`.
    fn canonical_fields(&self) -> Vec<u8> {
        let seq = self.seq.to_string();
        let time = self.time.to_string();
        let subject = self.subject.as_deref().unwrap_or("");
        let has_subject = if self.subject.is_some() { "1" } else { "0" };
        let mut out = Vec::with_capacity(self.payload.len() + 256);
        for field in [
            seq.as_str(),
            time.as_str(),
            self.kind.as_str(),
            self.actor.as_str(),
            has_subject,
            subject,
            self.payload.as_str(),
            self.prev_hash.as_str(),
        ] {
            out.extend_from_slice(field.len().to_string().as_bytes());
            out.push(b':');
            out.extend_from_slice(field.as_bytes());
            out.push(b'\n');
        }
        out
    }
}

/// A new random secret with a recognisable prefix (`nmn_` for keys, `nms_` for sessions):
/// 32 bytes from the operating system's generator, hex-encoded. Fails, rather than
/// panicking or returning a guessable secret, when that generator fails.
pub fn new_secret(prefix: &str) -> Result<String> {
    let mut bytes = [0u8; 32];
    fill_random(&mut bytes, getrandom::fill)?;
    Ok(format!("{prefix}{}", hex(&bytes)))
}

/// Fills `bytes` from `source`, turning its failure into a [`StoreError`].
pub(crate) fn fill_random(
    bytes: &mut [u8],
    source: impl FnOnce(&mut [u8]) -> std::result::Result<(), getrandom::Error>,
) -> Result<()> {
    source(bytes).map_err(|e| StoreError::Unavailable {
        target: "random generator".into(),
        message: format!("the operating system's random generator failed: {e}"),
    })
}

/// The stored form of a secret: its SHA-256 (secrets are 256 random bits, so a fast hash
/// is enough; there is nothing to brute-force).
pub fn hash_secret(secret: &str) -> String {
    hex(&Sha256::digest(secret.as_bytes()))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record() -> AuditRecord {
        AuditRecord {
            seq: 1,
            time: 1_700_000_000_000,
            kind: "screen".into(),
            actor: "key:1:test".into(),
            subject: Some("scr_1".into()),
            payload: "{\"a\":1}".into(),
            prev_hash: GENESIS_HASH.into(),
            hash: String::new(),
        }
    }

    #[test]
    fn every_field_changes_the_hash() {
        let base = record().compute_hash();
        let mut r = record();
        r.seq = 2;
        assert_ne!(r.compute_hash(), base);
        let mut r = record();
        r.payload = "{\"a\":2}".into();
        assert_ne!(r.compute_hash(), base);
        let mut r = record();
        r.subject = None;
        assert_ne!(r.compute_hash(), base);
        let mut r = record();
        r.subject = Some(String::new());
        assert_ne!(r.compute_hash(), base, "absent and empty subject differ");
        assert_eq!(record().compute_hash(), base, "deterministic");
    }

    #[test]
    fn fields_cannot_shift_into_each_other() {
        let mut a = record();
        a.kind = "ab".into();
        a.actor = "c".into();
        let mut b = record();
        b.kind = "a".into();
        b.actor = "bc".into();
        assert_ne!(a.compute_hash(), b.compute_hash());
    }

    #[test]
    fn secrets_are_random_and_hashed() {
        let a = new_secret("nmn_").unwrap();
        let b = new_secret("nmn_").unwrap();
        assert!(a.starts_with("nmn_") && a.len() == 68);
        assert_ne!(a, b);
        assert_eq!(hash_secret(&a).len(), 64);
        assert_ne!(hash_secret(&a), hash_secret(&b));
    }

    #[test]
    fn a_failing_random_source_is_an_error_not_a_panic() {
        let mut bytes = [0u8; 4];
        let e = fill_random(&mut bytes, |_| Err(getrandom::Error::UNSUPPORTED)).unwrap_err();
        assert!(e.to_string().contains("random generator failed"), "{e}");
    }

    #[test]
    fn the_keyed_hash_needs_the_key() {
        let key = AuditKey::from_bytes([1; 32], "k");
        let other = AuditKey::from_bytes([2; 32], "k");
        let r = record();
        assert_eq!(r.compute_keyed_hash(&key), r.compute_keyed_hash(&key));
        assert_ne!(r.compute_keyed_hash(&key), r.compute_keyed_hash(&other));
        assert_ne!(r.compute_keyed_hash(&key), r.compute_hash());
        let mut edited = record();
        edited.payload = "{\"a\":2}".into();
        assert_ne!(edited.compute_keyed_hash(&key), r.compute_keyed_hash(&key));
    }
}
