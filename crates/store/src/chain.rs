//! The audit chain's hashing, and the random secrets of keys and sessions.

use crate::AuditRecord;
use sha2::{Digest, Sha256};

/// The hash the first record of a fresh log points back to.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

impl AuditRecord {
    /// The record's hash: SHA-256 over a versioned, length-prefixed encoding of every field
    /// but the hash itself, so no two different records encode alike.
    pub fn compute_hash(&self) -> String {
        let mut h = Sha256::new();
        h.update(b"nomina-audit-v1\n");
        let seq = self.seq.to_string();
        let time = self.time.to_string();
        let subject = self.subject.as_deref().unwrap_or("");
        let has_subject = if self.subject.is_some() { "1" } else { "0" };
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
            h.update(field.len().to_string().as_bytes());
            h.update(b":");
            h.update(field.as_bytes());
            h.update(b"\n");
        }
        hex(&h.finalize())
    }
}

/// A new random secret with a recognisable prefix (`nmn_` for keys, `nms_` for sessions):
/// 32 bytes from the operating system's generator, hex-encoded.
pub fn new_secret(prefix: &str) -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random generator failed");
    format!("{prefix}{}", hex(&bytes))
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
        let a = new_secret("nmn_");
        let b = new_secret("nmn_");
        assert!(a.starts_with("nmn_") && a.len() == 68);
        assert_ne!(a, b);
        assert_eq!(hash_secret(&a).len(), 64);
        assert_ne!(hash_secret(&a), hash_secret(&b));
    }
}
