//! A built index saved as bytes and loaded back without rebuilding: what
//! `nomina index build` writes and every process given `--index` reads.
//!
//! The bytes are the [`Matcher`] in `postcard`'s encoding. They are only meaningful to
//! the code that built them, so a loaded index must come from the same build fingerprint
//! ([`build_fingerprint`]); the file format around the bytes (checksum, versions, the
//! lists themselves) belongs to the `nomina-index` crate. A decoded index is checked for
//! internal consistency before use: whatever the bytes, loading never panics and never
//! yields an index that could index out of bounds later.

use crate::index::{KeyIndex, Matcher};
use crate::similarity::key_hash;

/// Version of the saved index's layout and meaning. Bump it whenever the index builder,
/// tokenisation or any field of the index changes: the fingerprint test below fails until
/// it is bumped, so that an old file is refused rather than half-understood.
pub const INDEX_ENCODING: u32 = 2;

/// Why saved index bytes cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexLoadError {
    /// The bytes do not decode as an index.
    #[error("the saved index does not decode: {0}")]
    Decode(String),
    /// The bytes decode but contradict themselves (e.g. a name refers to a token that
    /// does not exist).
    #[error("the saved index is inconsistent: {0}")]
    Inconsistent(String),
}

/// What an index's content depends on besides the lists: the encoding version, this
/// crate's version and every vocabulary file compiled in. Two builds with the same
/// fingerprint build byte-identical indexes from the same lists.
pub fn build_fingerprint() -> String {
    let s = nomina_text::Sources::BUILT_IN;
    let data = [
        s.variants,
        s.nicknames,
        s.particles,
        s.honorifics,
        s.legal_forms,
        s.stopwords,
        s.number_words,
        crate::culture::EAST_ASIAN_SYLLABLES,
    ];
    let mut h = key_hash(env!("CARGO_PKG_VERSION"));
    for d in data {
        h = h.rotate_left(7) ^ key_hash(d);
    }
    format!(
        "nomina-match {} index encoding {INDEX_ENCODING} data {h:016x}",
        env!("CARGO_PKG_VERSION")
    )
}

impl Matcher {
    /// The index as bytes, for [`Matcher::from_bytes`] in a later process.
    pub fn to_bytes(&self) -> Result<Vec<u8>, IndexLoadError> {
        postcard::to_stdvec(self).map_err(|e| IndexLoadError::Decode(e.to_string()))
    }

    /// Writes the bytes of [`Matcher::to_bytes`] to `w` without holding them in memory:
    /// what saves an index too large to copy (a customer base searched in reverse).
    pub fn write_to<W: std::io::Write>(&self, w: W) -> Result<(), IndexLoadError> {
        postcard::to_io(self, w)
            .map(drop)
            .map_err(|e| IndexLoadError::Decode(e.to_string()))
    }

    /// An index saved by [`Matcher::to_bytes`] by a build of the same
    /// [`build_fingerprint`] (the caller checks that), ready to screen with.
    pub fn from_bytes(bytes: &[u8]) -> Result<Matcher, IndexLoadError> {
        let m: Matcher =
            postcard::from_bytes(bytes).map_err(|e| IndexLoadError::Decode(e.to_string()))?;
        m.check_consistent()?;
        Ok(m)
    }

    /// Every cross-reference of the index points inside it.
    fn check_consistent(&self) -> Result<(), IndexLoadError> {
        let bad = |what: String| Err(IndexLoadError::Inconsistent(what));
        let (n_tok, n_names, n_ent) = (self.vocab.len(), self.names.len(), self.entities.len());
        let offsets = &self.posting_offsets;
        if offsets.len() != n_tok + 1
            || offsets.first() != Some(&0)
            || offsets.windows(2).any(|w| w[0] > w[1])
            || offsets.last().map(|&l| l as usize) != Some(self.posting_data.len())
        {
            return bad("posting offsets do not cover the postings".into());
        }
        if self.posting_data.iter().any(|&n| n as usize >= n_names) {
            return bad("a posting refers to a missing name".into());
        }
        for (i, name) in self.names.iter().enumerate() {
            if name.entity as usize >= n_ent
                || name.tokens.iter().any(|&t| t as usize >= n_tok)
                || name.joins.iter().any(|j| j.0 as usize >= n_tok)
            {
                return bad(format!("name {i} refers to a missing entity or token"));
            }
        }
        if self
            .by_identifier
            .values()
            .flatten()
            .any(|&e| e as usize >= n_ent)
        {
            return bad("an identifier refers to a missing entity".into());
        }
        let maps = [
            ("spellings", &self.by_text),
            ("families", &self.by_family),
            ("skeletons", &self.by_skeleton),
            ("consonants", &self.by_consonants),
            ("bare consonants", &self.by_consonants_bare),
            ("stripped", &self.by_stripped),
            ("abd- rests", &self.by_abd_rest),
            ("Baltic stems", &self.by_baltic_stem),
            ("deletions", &self.deletes),
        ];
        for (what, map) in maps {
            if !key_index_consistent(map, n_tok) {
                return bad(format!("the {what} key map is malformed"));
            }
        }
        Ok(())
    }
}

/// A map written in key order, so that the same index always gives the same bytes.
pub(crate) fn sorted_map<S: serde::Serializer>(
    map: &std::collections::HashMap<String, Vec<u32>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    let sorted: std::collections::BTreeMap<&String, &Vec<u32>> = map.iter().collect();
    serde::Serialize::serialize(&sorted, s)
}

/// The bucket table covers the entries exactly and every entry names a token.
fn key_index_consistent(k: &KeyIndex, n_tok: usize) -> bool {
    (1..=31).contains(&k.shift)
        && k.buckets.len() == (1usize << (32 - k.shift)) + 1
        && k.buckets.first() == Some(&0)
        && k.buckets.windows(2).all(|w| w[0] <= w[1])
        && k.buckets.last().map(|&l| l as usize) == Some(k.entries.len())
        && k.entries.iter().all(|e| (e.1 as usize) < n_tok)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Query;
    use nomina_model::{
        Entity, EntityType, IdKind, Identifier, ListSnapshot, ListVersion, Name, NameKind, Source,
    };

    fn lists() -> Vec<ListSnapshot> {
        let primary = |n: &str| Name::new(n, NameKind::Primary);
        let mut e = Entity::new(
            Source::Un,
            "QDi.422",
            EntityType::Person,
            primary("Masood Azhar"),
        );
        for (kind, value) in [(IdKind::Passport, "AB 123"), (IdKind::NationalId, "77-1")] {
            e.identifiers.push(Identifier {
                kind,
                label: String::new(),
                value: value.into(),
                country: None,
                issued: None,
                expires: None,
                note: None,
            });
        }
        e.names
            .push(Name::new("Mohammed Masood Azhar Alvi", NameKind::Alias));
        let o = Entity::new(
            Source::Un,
            "QDe.019",
            EntityType::Organization,
            primary("Jaish-i-Mohammed"),
        );
        vec![ListSnapshot {
            version: ListVersion {
                source: Source::Un,
                format: "test".into(),
                published: None,
                sha256: "0".repeat(64),
                files: Vec::new(),
            },
            entities: vec![e, o],
            warnings: Vec::new(),
        }]
    }

    #[test]
    fn a_loaded_index_screens_exactly_as_the_built_one() {
        let built = Matcher::build(&lists());
        let loaded = Matcher::from_bytes(&built.to_bytes().unwrap()).unwrap();
        for q in ["Masood Azhar", "Mohamed Masud Alvi", "Jaish e Mohammad"] {
            let a = built.screen(&Query::name(q), 0.5, 10).unwrap();
            let b = loaded.screen(&Query::name(q), 0.5, 10).unwrap();
            assert!(!a.is_empty(), "{q}");
            assert_eq!(
                serde_json::to_string(&a).unwrap(),
                serde_json::to_string(&b).unwrap()
            );
        }
        assert_ne!(
            built.id, loaded.id,
            "per-thread caches must not mix the two"
        );
    }

    #[test]
    fn damaged_bytes_are_an_error_never_a_panic() {
        let bytes = Matcher::build(&lists()).to_bytes().unwrap();
        assert!(Matcher::from_bytes(&bytes[..bytes.len() / 2]).is_err());
        assert!(Matcher::from_bytes(&[]).is_err());
        // Every single-byte change either fails to load or loads consistent.
        for i in (0..bytes.len()).step_by(7) {
            let mut b = bytes.clone();
            b[i] ^= 0x5a;
            if let Ok(m) = Matcher::from_bytes(&b) {
                let _ = m.screen(&Query::name("Masood Azhar"), 0.5, 10);
            }
        }
    }

    #[test]
    fn the_index_of_fixed_lists_is_fixed_until_the_encoding_is_bumped() {
        // If this fails, the index builder changed what it writes: bump INDEX_ENCODING
        // (so that files built before are refused) and record the new hash here.
        let bytes = Matcher::build(&lists()).to_bytes().unwrap();
        let h = key_hash(&bytes.iter().map(|b| format!("{b:02x}")).collect::<String>());
        assert_eq!(
            (INDEX_ENCODING, format!("{h:016x}")),
            (2, "4f3c9e523f38779f".to_string()),
            "index bytes changed: bump INDEX_ENCODING and update this hash"
        );
    }
}
