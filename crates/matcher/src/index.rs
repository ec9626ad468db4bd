//! The in-memory index built once per set of list versions.

use crate::culture::{is_syllabic_name, syllable_systems, Systems};
use crate::evidence::EntityFacts;
use crate::similarity::{abd_rest, baltic_stem, key_hash, max_edits, strip_article, TokenKeys};
use nomina_model::{ListSnapshot, ListVersion, NameKind};
use nomina_text::{tokens, tokens_as_person, Tables, TokenClass};
use std::collections::HashMap;

/// One distinct folded token of the lists (or two adjacent tokens joined).
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(crate) struct Tok {
    pub text: Box<str>,
    pub class: TokenClass,
    /// Rarity weight (inverse document frequency over entities, times the class factor).
    pub weight: f32,
    /// Inverse document frequency of the token's spelling family over entities, before the
    /// class factor: what a query token of the same spelling but another class weighs from.
    pub idf: f32,
    /// The romanisation systems the token is a syllable of (see `culture`).
    pub syllable: Systems,
    /// True for two adjacent name words joined ("abdul"+"rahman"), to meet "Abdulrahman".
    pub joined: bool,
    /// Similarity keys, computed once.
    pub keys: TokenKeys,
}

/// One listed name, tokenised.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(crate) struct IndexedName {
    pub entity: u32,
    pub kind: NameKind,
    /// The name as listed, for display.
    pub full: Box<str>,
    pub tokens: Vec<u32>,
    /// Adjacent tokens written as one word: (joined token, first, last position), see
    /// [`joins`].
    pub joins: Vec<(u32, u8, u8)>,
    /// Sum of the tokens' weights.
    pub weight: f32,
    /// What the scorer could credit single-letter tokens as initials, at most.
    pub initials_weight: f32,
    /// An acronym or code ("HQN", "KCST", "B.O.T.H."): met only by its exact spelling.
    pub acronym: bool,
    /// East Asian in style: every syllable is a name part (see `culture`).
    pub syllabic: bool,
    /// Tokens of the surname of a person listed as "SURNAME, Given names" (OFAC's
    /// style): the part before the comma, at the start of `tokens`; 0 when the name is
    /// not written so (see [`surname_tokens`]).
    pub surname_tokens: u8,
}

/// Sizes of an index.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct IndexStats {
    /// Listed entities.
    pub entities: usize,
    /// Listed names (primary names and aliases).
    pub names: usize,
    /// Distinct tokens, including joined adjacent pairs.
    pub tokens: usize,
    /// Entries of the typo (deletion-neighbourhood) index.
    pub deletion_entries: usize,
}

/// A name-screening engine over one set of list versions: build it once, screen with it
/// from any number of threads.
///
/// ```no_run
/// # fn lists() -> Vec<nomina_model::ListSnapshot> { Vec::new() }
/// use nomina_match::{Matcher, Query};
/// let matcher = Matcher::build(&lists());
/// let hits = matcher.screen(&Query::name("Masood Azhar"), 0.7, 10).unwrap();
/// ```
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Matcher {
    /// Unique per built (or loaded) index, so per-thread caches never mix two indexes.
    #[serde(skip, default = "next_index_id")]
    pub(crate) id: u64,
    #[serde(skip, default = "Tables::get")]
    pub(crate) tables: &'static Tables,
    pub(crate) vocab: Vec<Tok>,
    /// Every key map below goes from the hash of a key to the tokens having that key.
    /// Spellings.
    pub(crate) by_text: KeyIndex,
    /// Variant families.
    pub(crate) by_family: KeyIndex,
    /// Phonetic skeleton keys.
    pub(crate) by_skeleton: KeyIndex,
    /// Consonant keys of every token, for queries written without vowels.
    pub(crate) by_consonants: KeyIndex,
    /// Consonant keys of tokens written without vowels, for queries with vowels.
    pub(crate) by_consonants_bare: KeyIndex,
    /// Spellings with a leading Arabic article removed.
    pub(crate) by_stripped: KeyIndex,
    /// Names after a glued "servant of" prefix (abdel-, abdul-…).
    pub(crate) by_abd_rest: KeyIndex,
    /// Stems of words written with a Baltic nominative ending (Lembergs → lemberg).
    pub(crate) by_baltic_stem: KeyIndex,
    /// Deletion neighbourhoods of every token.
    pub(crate) deletes: KeyIndex,
    /// Names containing each token: `posting_data[posting_offsets[t]..posting_offsets[t + 1]]`.
    pub(crate) posting_offsets: Vec<u32>,
    pub(crate) posting_data: Vec<u32>,
    pub(crate) names: Vec<IndexedName>,
    pub(crate) entities: Vec<EntityFacts>,
    #[serde(serialize_with = "crate::persist::sorted_map")]
    pub(crate) by_identifier: HashMap<String, Vec<u32>>,
    pub(crate) unseen_weight: f32,
    pub(crate) versions: Vec<ListVersion>,
}

/// A number no other index of this process has (see [`Matcher`]'s `id`).
pub(crate) fn next_index_id() -> u64 {
    static NEXT_ID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
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

/// Tokens of the surname of a person's name listed as "SURNAME, Given names" (`toks`,
/// the name's tokens): those of the part before its one comma, when they are the first
/// tokens of the name and given names follow. 0 for any other name (no comma, several, a
/// part that tokenises otherwise alone, nothing after it), and for a name of more than
/// 255 tokens.
pub(crate) fn surname_tokens(full: &str, toks: &[nomina_text::Token], tables: &Tables) -> u8 {
    let mut parts = full.split(',');
    let (Some(surname), Some(_), None) = (parts.next(), parts.next(), parts.next()) else {
        return 0;
    };
    let head = tokens_as_person(surname, tables);
    let k = head.len();
    if k == 0 || k >= toks.len() || head.iter().zip(toks).any(|(a, b)| a.text != b.text) {
        return 0;
    }
    u8::try_from(k).unwrap_or(0)
}

/// A matcher over one hand-made OFAC list of `names` (type, primary name), keyed `ofac:1`,
/// `ofac:2`… in order: for the unit tests of the matcher's modules.
#[cfg(test)]
pub(crate) fn hand_made_matcher(names: &[(nomina_model::EntityType, &str)]) -> Matcher {
    use nomina_model::{Entity, ListSnapshot, Name, NameKind, Source};
    let entities = names
        .iter()
        .enumerate()
        .map(|(i, &(t, n))| {
            let id = (i + 1).to_string();
            Entity::new(Source::Ofac, &id, t, Name::new(n, NameKind::Primary))
        })
        .collect();
    Matcher::build(&[ListSnapshot::hand_made(Source::Ofac, entities)])
}

/// 64-bit FNV-1a: a fixed, portable hash, so the index is identical on every run.
#[cfg(test)]
pub(crate) fn fnv(bytes: impl Iterator<Item = u8>) -> u64 {
    let v: Vec<u8> = bytes.collect();
    fnv_feed(FNV_OFFSET, &v)
}

const FNV_OFFSET: u64 = 0xcbf29ce484222325;
const FNV_PRIME: u64 = 0x100000001b3;

fn fnv_feed(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// Calls `f` with the hash of every variant of `t` with up to `k` (at most 2) letters
/// deleted, including `t` itself. Duplicates are possible and harmless.
pub(crate) fn for_each_deletion(t: &[u8], k: usize, f: &mut impl FnMut(u64)) {
    f(fnv_feed(FNV_OFFSET, t));
    if k == 0 {
        return;
    }
    // Hash state after each prefix, so each variant costs one pass over its suffix.
    let mut prefix = Vec::with_capacity(t.len() + 1);
    let mut h = FNV_OFFSET;
    prefix.push(h);
    for &b in t {
        h = fnv_feed(h, &[b]);
        prefix.push(h);
    }
    for i in 0..t.len() {
        f(fnv_feed(prefix[i], &t[i + 1..]));
        if k >= 2 {
            let mut hi = prefix[i];
            for j in i + 1..t.len() {
                // Delete t[i] and t[j]: the prefix, then t[i+1..j], then t[j+1..].
                f(fnv_feed(hi, &t[j + 1..]));
                hi = fnv_feed(hi, &t[j..j + 1]);
            }
        }
    }
}

/// Key hashes mapped to tokens: a sorted array with a bucket table on the top bits of the
/// hash, so a lookup touches one or two cache lines instead of a binary search's twenty,
/// and the whole map is two allocations instead of one per key.
#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct KeyIndex {
    pub(crate) entries: Vec<(u32, u32)>,
    pub(crate) buckets: Vec<u32>,
    pub(crate) shift: u32,
}

impl KeyIndex {
    /// Builds the map from (key hash, token) pairs. Only the top 32 bits of each hash are
    /// kept: a rare collision only adds a candidate, which the similarity check then drops.
    fn new(entries: Vec<(u64, u32)>) -> KeyIndex {
        let mut entries: Vec<(u32, u32)> = entries
            .into_iter()
            .map(|(h, t)| ((h >> 32) as u32, t))
            .collect();
        entries.sort_unstable();
        entries.dedup();
        entries.shrink_to_fit();
        // About four entries per bucket: a short scan, and a bucket table a quarter the size.
        let bits = ((entries.len() / 4).max(2) as f64).log2().ceil() as u32;
        let shift = 32 - bits.clamp(1, 24);
        let n_buckets = 1usize << (32 - shift);
        let mut buckets = vec![0u32; n_buckets + 1];
        for &(h, _) in &entries {
            buckets[(h >> shift) as usize + 1] += 1;
        }
        for i in 1..buckets.len() {
            buckets[i] += buckets[i - 1];
        }
        KeyIndex {
            entries,
            buckets,
            shift,
        }
    }

    /// Tokens with a key hashing to `h`.
    pub(crate) fn get(&self, h: u64) -> impl Iterator<Item = u32> + '_ {
        let h = (h >> 32) as u32;
        let b = (h >> self.shift) as usize;
        let (start, end) = (self.buckets[b] as usize, self.buckets[b + 1] as usize);
        self.entries[start..end]
            .iter()
            .filter(move |e| e.0 == h)
            .map(|e| e.1)
    }

    /// Number of (key, token) entries.
    pub(crate) fn len(&self) -> usize {
        self.entries.len()
    }
}

/// The ways adjacent words of a name may be written as one: every pair (`abdul rahman` →
/// `abdulrahman`) and every triple around a particle (`abd al rahman` → `abdalrahman`),
/// as (joined text, first, last token position). Positions above 255 are not joined.
pub(crate) fn joins(toks: &[nomina_text::Token]) -> Vec<(String, usize, usize)> {
    let n = toks.len().min(255);
    let mut out = Vec::with_capacity(n * 2);
    for i in 0..n.saturating_sub(1) {
        out.push((format!("{}{}", toks[i].text, toks[i + 1].text), i, i + 1));
        if i + 2 < n && toks[i + 1].class == TokenClass::Particle {
            out.push((
                format!("{}{}{}", toks[i].text, toks[i + 1].text, toks[i + 2].text),
                i,
                i + 2,
            ));
        }
    }
    out
}

/// The words of a tokenised name that identify (not particles, legal forms or stop words).
pub(crate) fn name_words(toks: &[nomina_text::Token]) -> Vec<&str> {
    toks.iter()
        .filter(|t| t.class == TokenClass::Name)
        .map(|t| t.text.as_str())
        .collect()
}

/// The initials of every name of an entity that has two or more words: with and without
/// its particles and stop words ("Revival of Islamic Heritage Society": "roihs", "rihs").
fn entity_initials(names: &[Vec<nomina_text::Token>]) -> Vec<String> {
    let mut out = Vec::new();
    for toks in names.iter().filter(|t| t.len() >= 2) {
        let first = |t: &nomina_text::Token| t.text.chars().next();
        out.push(toks.iter().filter_map(first).collect());
        out.push(
            toks.iter()
                .filter(|t| t.class == TokenClass::Name)
                .filter_map(first)
                .collect(),
        );
    }
    out
}

/// Longest acronym recognised by shape alone.
const ACRONYM_MAX_LETTERS: usize = 6;

/// True when a listed name is an acronym or code rather than a word: a single name word of
/// two to six letters (a legal form aside) that has no vowel ("KCST"), is written with dots
/// between letters ("B.O.T.H."), or spells the initials of another name of the entity
/// ("RIHS" for "Revival of Islamic Heritage Society"). Such names are met only by their
/// exact spelling: a word that sounds like an acronym is not the organisation.
pub(crate) fn is_acronym(full: &str, toks: &[nomina_text::Token], initials: &[String]) -> bool {
    let words = name_words(toks);
    let [w] = words.as_slice() else {
        return false;
    };
    if !(2..=ACRONYM_MAX_LETTERS).contains(&w.len())
        || !w.bytes().all(|b| b.is_ascii_alphanumeric())
    {
        return false;
    }
    let dotted = full.matches('.').count() + 1 >= w.len() && !full.contains(' ');
    !crate::similarity::has_vowel(w) || dotted || initials.iter().any(|i| i == w)
}

struct Builder {
    vocab: Vec<Tok>,
    /// A spelling may be interned twice, as a name word and as a particle ("bin" in "Xu
    /// Bin" and in "Osama bin Laden"): its class decides its weight.
    tok_ids: HashMap<(Box<str>, TokenClass), u32>,
    postings: Vec<Vec<u32>>,
}

impl Builder {
    fn intern(&mut self, text: &str, class: TokenClass, joined: bool) -> u32 {
        if let Some(&id) = self.tok_ids.get(&(Box::from(text), class)) {
            return id;
        }
        let id = self.vocab.len() as u32;
        self.vocab.push(Tok {
            text: text.into(),
            class,
            weight: 0.0,
            idf: 0.0,
            syllable: if joined { 0 } else { syllable_systems(text) },
            joined,
            keys: TokenKeys::new(text),
        });
        self.tok_ids.insert((text.into(), class), id);
        self.postings.push(Vec::new());
        id
    }
}

impl Matcher {
    /// Builds the index over every name of every entity in the given snapshots.
    pub fn build(lists: &[ListSnapshot]) -> Matcher {
        Matcher::build_from(
            lists.iter().map(|l| l.version.clone()).collect(),
            lists.iter().flat_map(|l| &l.entities),
        )
    }

    /// Builds the index over entities given one at a time, without holding them all:
    /// what indexes a large set made on the fly (a customer base searched in reverse) in
    /// the memory of the index alone. `versions` are reported with every result.
    pub fn build_from<E: std::borrow::Borrow<nomina_model::Entity>>(
        versions: Vec<ListVersion>,
        entities_in: impl IntoIterator<Item = E>,
    ) -> Matcher {
        let tables = Tables::get();
        let mut b = Builder {
            vocab: Vec::new(),
            tok_ids: HashMap::new(),
            postings: Vec::new(),
        };
        let mut names = Vec::new();
        let mut entities = Vec::new();
        let mut by_identifier: HashMap<String, Vec<u32>> = HashMap::new();
        // Document frequency per identity key (variant family or spelling), over entities.
        let mut df: HashMap<String, u32> = HashMap::new();
        {
            for e in entities_in {
                let e: &nomina_model::Entity = e.borrow();
                let eid = entities.len() as u32;
                let facts = EntityFacts::from_entity(e);
                for id in &facts.identifiers {
                    by_identifier.entry(id.clone()).or_default().push(eid);
                }
                entities.push(facts);
                let mut seen_keys = std::collections::HashSet::new();
                // Each name tokenised once. A person's name has no legal form: "Sá" is a
                // name there, not S.A.
                // The listed names, and those written without a bracketed country
                // qualifier ("IRANIAN OIL COMPANY (U.K.) LIMITED").
                let derived = nomina_model::qualifiers::names_without_country_qualifier(e);
                let searched: Vec<&nomina_model::Name> = e.names.iter().chain(&derived).collect();
                let tokenised: Vec<Vec<nomina_text::Token>> = searched
                    .iter()
                    .map(|n| {
                        if e.entity_type == nomina_model::EntityType::Person {
                            tokens_as_person(&n.full, tables)
                        } else {
                            tokens(&n.full, tables)
                        }
                    })
                    .collect();
                let initials = entity_initials(&tokenised);
                for (n, toks) in searched.iter().zip(tokenised) {
                    if toks.is_empty() {
                        continue;
                    }
                    let ids: Vec<u32> = toks
                        .iter()
                        .map(|t| b.intern(&t.text, t.class, false))
                        .collect();
                    let joins: Vec<(u32, u8, u8)> = joins(&toks)
                        .into_iter()
                        .map(|(text, a, z)| {
                            (b.intern(&text, TokenClass::Name, true), a as u8, z as u8)
                        })
                        .collect();
                    let nid = names.len() as u32;
                    for &t in ids.iter().chain(joins.iter().map(|j| &j.0)) {
                        let p = &mut b.postings[t as usize];
                        if p.last() != Some(&nid) {
                            p.push(nid);
                        }
                    }
                    for t in &toks {
                        seen_keys.insert(tables.family(&t.text).to_string());
                    }
                    names.push(IndexedName {
                        entity: eid,
                        kind: n.kind,
                        full: n.full.as_str().into(),
                        tokens: ids,
                        joins,
                        weight: 0.0,
                        initials_weight: 0.0,
                        acronym: is_acronym(&n.full, &toks, &initials),
                        syllabic: is_syllabic_name(&n.full, &name_words(&toks)),
                        surname_tokens: if e.entity_type == nomina_model::EntityType::Person {
                            surname_tokens(&n.full, &toks, tables)
                        } else {
                            0
                        },
                    });
                }
                for k in seen_keys {
                    *df.entry(k).or_default() += 1;
                }
            }
        }
        let n_entities = entities.len().max(1) as f32;
        let idf = |df: u32| (1.0 + n_entities / df.max(1) as f32).ln();
        let mut by_text = Vec::with_capacity(b.vocab.len());
        let mut by_family = Vec::new();
        let mut by_skeleton = Vec::new();
        let mut by_consonants = Vec::new();
        let mut by_consonants_bare = Vec::new();
        let mut by_stripped = Vec::new();
        let mut by_abd_rest = Vec::new();
        let mut by_baltic_stem = Vec::new();
        let mut deletes = Vec::new();
        for (id, tok) in b.vocab.iter_mut().enumerate() {
            let id = id as u32;
            let text: &str = &tok.text;
            let fam = tables.family(text);
            tok.idf = idf(df.get(fam).copied().unwrap_or(1));
            tok.weight = tok.idf * class_factor(tok.class);
            by_text.push((key_hash(text), id));
            if tables.has_family(text) {
                by_family.push((key_hash(fam), id));
            }
            if text.len() >= 3 {
                by_skeleton.extend(tok.keys.skeleton.iter().map(|&k| (k, id)));
                by_consonants.push((tok.keys.consonants, id));
                if !tok.keys.has_vowel {
                    by_consonants_bare.push((tok.keys.consonants, id));
                }
            }
            if let Some(s) = strip_article(text) {
                by_stripped.push((key_hash(s), id));
            }
            if let Some(r) = abd_rest(text) {
                by_abd_rest.push((key_hash(r), id));
            }
            if let Some(stem) = baltic_stem(text).filter(|_| !tok.joined) {
                by_baltic_stem.push((key_hash(stem), id));
            }
            let k = max_edits(text.len(), tok.joined);
            if k > 0 {
                for_each_deletion(text.as_bytes(), k, &mut |h| deletes.push((h, id)));
            }
        }
        let deletes = KeyIndex::new(deletes);
        let mut posting_offsets = Vec::with_capacity(b.postings.len() + 1);
        let mut posting_data = Vec::with_capacity(b.postings.iter().map(Vec::len).sum());
        posting_offsets.push(0u32);
        for p in &b.postings {
            posting_data.extend_from_slice(p);
            posting_offsets.push(posting_data.len() as u32);
        }
        for name in &mut names {
            let w = |t: &u32| b.vocab[*t as usize].weight;
            name.weight = name.tokens.iter().map(w).sum();
            name.initials_weight = name
                .tokens
                .iter()
                .filter(|t| b.vocab[**t as usize].text.len() == 1)
                .map(w)
                .sum::<f32>()
                * crate::similarity::INITIAL;
        }
        Matcher {
            id: next_index_id(),
            tables,
            vocab: b.vocab,
            by_text: KeyIndex::new(by_text),
            by_family: KeyIndex::new(by_family),
            by_skeleton: KeyIndex::new(by_skeleton),
            by_consonants: KeyIndex::new(by_consonants),
            by_consonants_bare: KeyIndex::new(by_consonants_bare),
            by_stripped: KeyIndex::new(by_stripped),
            by_abd_rest: KeyIndex::new(by_abd_rest),
            by_baltic_stem: KeyIndex::new(by_baltic_stem),
            deletes,
            posting_offsets,
            posting_data,
            names,
            entities,
            by_identifier,
            unseen_weight: idf(1),
            versions,
        }
    }

    /// Every listed token with exactly this folded spelling: one per class it is listed in.
    pub(crate) fn token_ids<'a>(&'a self, text: &'a str) -> impl Iterator<Item = u32> + 'a {
        self.by_text
            .get(key_hash(text))
            .filter(move |&t| &*self.vocab[t as usize].text == text)
    }

    /// The names containing a token.
    pub(crate) fn postings(&self, tok: u32) -> &[u32] {
        let t = tok as usize;
        &self.posting_data[self.posting_offsets[t] as usize..self.posting_offsets[t + 1] as usize]
    }

    /// The list versions this index was built from, to be reported with every result.
    pub fn versions(&self) -> &[ListVersion] {
        &self.versions
    }

    /// Sizes of the index, for status displays and benchmarks.
    pub fn stats(&self) -> IndexStats {
        IndexStats {
            entities: self.entities.len(),
            names: self.names.len(),
            tokens: self.vocab.len(),
            deletion_entries: self.deletes.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_told_from_words() {
        let t = Tables::get();
        let acr = |full: &str, initials: &[&str]| {
            let initials: Vec<String> = initials.iter().map(|s| s.to_string()).collect();
            is_acronym(full, &tokens(full, t), &initials)
        };
        assert!(acr("KCST", &[]));
        assert!(acr("B.O.T.H.", &[]));
        assert!(acr("RIHS", &["roihs", "rihs"]));
        assert!(!acr("SEPAH", &["irgc"]));
        assert!(!acr("HAQQANI NETWORK", &["hn"]));
        assert!(!acr("ABBA", &[]));
    }

    #[test]
    fn deletion_neighbourhoods_include_every_subsequence() {
        let mut hs = Vec::new();
        for_each_deletion(b"abc", 1, &mut |h| hs.push(h));
        for v in [&b"abc"[..], b"bc", b"ac", b"ab"] {
            assert!(hs.contains(&fnv(v.iter().copied())));
        }
        assert_eq!(hs.len(), 4);
        let mut hs2 = Vec::new();
        for_each_deletion(b"abcd", 2, &mut |h| hs2.push(h));
        for v in [
            &b"abcd"[..],
            b"bcd",
            b"acd",
            b"abd",
            b"abc",
            b"cd",
            b"bd",
            b"bc",
            b"ad",
            b"ac",
            b"ab",
        ] {
            assert!(hs2.contains(&fnv(v.iter().copied())), "{v:?}");
        }
        assert_eq!(hs2.len(), 11);
    }

    #[test]
    fn deletion_index_finds_what_was_put_in() {
        let idx = KeyIndex::new(vec![(5 << 32, 1), (5 << 32, 2), (u64::MAX, 3), (0, 4)]);
        assert_eq!(idx.get(5 << 32).collect::<Vec<_>>(), [1, 2]);
        assert_eq!(idx.get(u64::MAX).collect::<Vec<_>>(), [3]);
        assert_eq!(idx.get(0).collect::<Vec<_>>(), [4]);
        assert_eq!(idx.get(6 << 32).count(), 0);
        assert_eq!(idx.len(), 4);
    }
}
