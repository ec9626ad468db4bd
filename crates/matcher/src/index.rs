//! The in-memory index built once per set of list versions.

use crate::evidence::EntityFacts;
use crate::similarity::{max_edits, strip_article};
use nomina_model::{ListSnapshot, ListVersion, NameKind};
use nomina_text::phonetic::{consonant_key, skeleton_keys};
use nomina_text::{tokens, Tables, TokenClass};
use std::collections::HashMap;

/// One distinct folded token of the lists (or two adjacent tokens joined).
#[derive(Debug)]
pub(crate) struct Tok {
    pub text: Box<str>,
    pub class: TokenClass,
    /// Rarity weight (inverse document frequency over entities, times the class factor).
    pub weight: f32,
    /// True for two adjacent name words joined ("abdul"+"rahman"), to meet "Abdulrahman".
    pub joined: bool,
}

/// One listed name, tokenised.
#[derive(Debug)]
pub(crate) struct IndexedName {
    pub entity: u32,
    pub kind: NameKind,
    /// The name as listed, for display.
    pub full: Box<str>,
    pub tokens: Vec<u32>,
    /// `pairs[j]` joins `tokens[j]` and `tokens[j + 1]`.
    pub pairs: Vec<u32>,
}

/// A name-screening engine over one set of list versions: build it once, screen with it
/// from any number of threads.
///
/// ```no_run
/// # fn lists() -> Vec<nomina_model::ListSnapshot> { unimplemented!() }
/// use nomina_match::{Matcher, Query};
/// let matcher = Matcher::build(&lists());
/// let hits = matcher.screen(&Query::name("Masood Azhar"), 0.7, 10).unwrap();
/// ```
pub struct Matcher {
    pub(crate) tables: &'static Tables,
    pub(crate) vocab: Vec<Tok>,
    pub(crate) tok_ids: HashMap<Box<str>, u32>,
    pub(crate) by_family: HashMap<Box<str>, Vec<u32>>,
    pub(crate) by_skeleton: HashMap<Box<str>, Vec<u32>>,
    pub(crate) by_consonants: HashMap<Box<str>, Vec<u32>>,
    pub(crate) by_stripped: HashMap<Box<str>, Vec<u32>>,
    /// Deletion neighbourhoods of every token: (hash of a deletion variant, token), sorted.
    pub(crate) deletes: Vec<(u64, u32)>,
    pub(crate) postings: Vec<Vec<u32>>,
    pub(crate) names: Vec<IndexedName>,
    pub(crate) entities: Vec<EntityFacts>,
    pub(crate) by_identifier: HashMap<String, Vec<u32>>,
    pub(crate) unseen_weight: f32,
    versions: Vec<ListVersion>,
}

/// Weight factor per token class: particles, legal forms and stop words say little about
/// identity.
pub(crate) fn class_factor(class: TokenClass) -> f32 {
    match class {
        TokenClass::Name => 1.0,
        TokenClass::Particle => 0.15,
        TokenClass::LegalForm => 0.12,
        TokenClass::Stop => 0.05,
    }
}

/// 64-bit FNV-1a: a fixed, portable hash, so the index is identical on every run.
pub(crate) fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Calls `f` with the hash of every variant of `t` with up to `k` letters deleted
/// (including `t` itself). Duplicates are possible and harmless.
pub(crate) fn for_each_deletion(t: &[u8], k: usize, f: &mut impl FnMut(u64)) {
    fn rec(t: &[u8], skip: &mut Vec<usize>, from: usize, k: usize, f: &mut impl FnMut(u64)) {
        f(fnv(t.iter().enumerate().filter(|(i, _)| !skip.contains(i)).map(|(_, b)| *b)));
        if k == 0 {
            return;
        }
        for i in from..t.len() {
            skip.push(i);
            rec(t, skip, i + 1, k - 1, f);
            skip.pop();
        }
    }
    rec(t, &mut Vec::with_capacity(k), 0, k, f);
}

struct Builder {
    vocab: Vec<Tok>,
    tok_ids: HashMap<Box<str>, u32>,
    postings: Vec<Vec<u32>>,
}

impl Builder {
    fn intern(&mut self, text: &str, class: TokenClass, joined: bool) -> u32 {
        if let Some(&id) = self.tok_ids.get(text) {
            return id;
        }
        let id = self.vocab.len() as u32;
        self.vocab.push(Tok { text: text.into(), class, weight: 0.0, joined });
        self.tok_ids.insert(text.into(), id);
        self.postings.push(Vec::new());
        id
    }
}

impl Matcher {
    /// Builds the index over every name of every entity in the given snapshots.
    pub fn build(lists: &[ListSnapshot]) -> Matcher {
        let tables = Tables::get();
        let mut b = Builder { vocab: Vec::new(), tok_ids: HashMap::new(), postings: Vec::new() };
        let mut names = Vec::new();
        let mut entities = Vec::new();
        let mut by_identifier: HashMap<String, Vec<u32>> = HashMap::new();
        // Document frequency per identity key (variant family or spelling), over entities.
        let mut df: HashMap<String, u32> = HashMap::new();
        for list in lists {
            for e in &list.entities {
                let eid = entities.len() as u32;
                let facts = EntityFacts::from_entity(e);
                for id in &facts.identifiers {
                    by_identifier.entry(id.clone()).or_default().push(eid);
                }
                entities.push(facts);
                let mut seen_keys = std::collections::HashSet::new();
                for n in &e.names {
                    let toks = tokens(&n.full, tables);
                    if toks.is_empty() {
                        continue;
                    }
                    let ids: Vec<u32> = toks.iter().map(|t| b.intern(&t.text, t.class, false)).collect();
                    let pairs: Vec<u32> = toks
                        .windows(2)
                        .map(|w| b.intern(&format!("{}{}", w[0].text, w[1].text), TokenClass::Name, true))
                        .collect();
                    let nid = names.len() as u32;
                    for &t in ids.iter().chain(pairs.iter()) {
                        let p = &mut b.postings[t as usize];
                        if p.last() != Some(&nid) {
                            p.push(nid);
                        }
                    }
                    for t in &toks {
                        seen_keys.insert(tables.family(&t.text).to_string());
                    }
                    names.push(IndexedName { entity: eid, kind: n.kind, full: n.full.as_str().into(), tokens: ids, pairs });
                }
                for k in seen_keys {
                    *df.entry(k).or_default() += 1;
                }
            }
        }
        let n_entities = entities.len().max(1) as f32;
        let idf = |df: u32| (1.0 + n_entities / df.max(1) as f32).ln();
        let mut by_family: HashMap<Box<str>, Vec<u32>> = HashMap::new();
        let mut by_skeleton: HashMap<Box<str>, Vec<u32>> = HashMap::new();
        let mut by_consonants: HashMap<Box<str>, Vec<u32>> = HashMap::new();
        let mut by_stripped: HashMap<Box<str>, Vec<u32>> = HashMap::new();
        let mut deletes = Vec::new();
        for (id, tok) in b.vocab.iter_mut().enumerate() {
            let id = id as u32;
            let text: &str = &tok.text;
            let fam = tables.family(text);
            tok.weight = idf(df.get(fam).copied().unwrap_or(1)) * class_factor(tok.class);
            if tables.has_family(text) {
                by_family.entry(fam.into()).or_default().push(id);
            }
            if text.len() >= 3 {
                for k in skeleton_keys(text) {
                    by_skeleton.entry(k.into()).or_default().push(id);
                }
                by_consonants.entry(consonant_key(text).into()).or_default().push(id);
            }
            if let Some(s) = strip_article(text) {
                by_stripped.entry(s.into()).or_default().push(id);
            }
            let k = max_edits(text.len(), tok.joined);
            if k > 0 {
                for_each_deletion(text.as_bytes(), k, &mut |h| deletes.push((h, id)));
            }
        }
        deletes.sort_unstable();
        deletes.dedup();
        let versions = lists.iter().map(|l| l.version.clone()).collect();
        Matcher {
            tables,
            vocab: b.vocab,
            tok_ids: b.tok_ids,
            by_family,
            by_skeleton,
            by_consonants,
            by_stripped,
            deletes,
            postings: b.postings,
            names,
            entities,
            by_identifier,
            unseen_weight: idf(1),
            versions,
        }
    }

    /// The list versions this index was built from, to be reported with every result.
    pub fn versions(&self) -> &[ListVersion] {
        &self.versions
    }

    /// Number of indexed entities and names, for status displays.
    pub fn size(&self) -> (usize, usize) {
        (self.entities.len(), self.names.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deletion_neighbourhoods_include_every_subsequence() {
        let mut hs = Vec::new();
        for_each_deletion(b"abc", 1, &mut |h| hs.push(h));
        for v in [&b"abc"[..], b"bc", b"ac", b"ab"] {
            assert!(hs.contains(&fnv(v.iter().copied())));
        }
        assert_eq!(hs.len(), 4);
    }
}
