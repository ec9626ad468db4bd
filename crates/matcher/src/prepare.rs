//! Preparing a query for scoring: its tokens, their rarity weights, and every listed token
//! each one (or each adjacent pair, joined) is similar to.

use crate::culture::{is_syllabic_name, syllable_systems, Systems};
use crate::evidence::Context;
use crate::fast_hash::FastMap;
use crate::index::{class_factor, for_each_deletion, joins, name_words, Matcher};
use crate::similarity::{
    abd_rest, baltic_stem, key_hash, max_edits, similarity_keys, strip_article, Rule, TokenKeys,
};
use crate::{Query, QueryError};
use nomina_text::{tokens, tokens_as_person, TokenClass};
use std::cell::RefCell;
use std::rc::Rc;

/// Most query tokens considered. Longer names are cut (the rest is reported unmatched);
/// no real name has more.
const MAX_QUERY_TOKENS: usize = 24;

/// A query unit: one query token, or two adjacent ones joined, with every listed token it
/// is similar to.
pub(crate) struct Unit {
    /// Range of query tokens covered (inclusive).
    pub covers: (usize, usize),
    /// (vocab token, similarity, rule), sorted by token.
    pub matches: Matches,
}

impl Unit {
    pub fn sim_of(&self, tok: u32) -> Option<(f32, Rule)> {
        self.matches
            .binary_search_by_key(&tok, |m| m.0)
            .ok()
            .map(|i| (self.matches[i].1, self.matches[i].2))
    }
}

/// A query ready for scoring.
pub(crate) struct Prepared {
    pub tokens: Vec<String>,
    pub weights: Vec<f32>,
    pub units: Vec<Unit>,
    pub context: Context,
    /// Per token, the romanisation systems it is a syllable of.
    pub syllables: Vec<Systems>,
    /// Per token, its class (name word, particle, legal form, stop word).
    pub classes: Vec<TokenClass>,
    /// The query is East Asian in style (see `culture`).
    pub syllabic: bool,
}

impl Prepared {
    /// The prepared query restricted to tokens `qa..=qb`, with units renumbered; no
    /// evidence context (spans of text carry none).
    pub fn sub(&self, qa: usize, qb: usize) -> Prepared {
        Prepared {
            tokens: self.tokens[qa..=qb].to_vec(),
            weights: self.weights[qa..=qb].to_vec(),
            units: self
                .units
                .iter()
                .filter(|u| u.covers.0 >= qa && u.covers.1 <= qb)
                .map(|u| Unit {
                    covers: (u.covers.0 - qa, u.covers.1 - qa),
                    matches: u.matches.clone(),
                })
                .collect(),
            context: Context::default(),
            syllables: self.syllables[qa..=qb].to_vec(),
            classes: self.classes[qa..=qb].to_vec(),
            syllabic: self.syllabic,
        }
    }
}

/// Listed tokens similar to one query token: (token, similarity, rule), sorted by token.
pub(crate) type Matches = Rc<[(u32, f32, Rule)]>;

/// Token lookups already made by this thread, for one index: screening batches and
/// services meet the same words again and again (Mohammed, Trading, Ali).
#[derive(Default)]
struct LookupCache {
    index_id: u64,
    /// Lookups of single tokens, then of joined pairs.
    entries: [FastMap<Box<str>, Matches>; 2],
}

/// Entries kept per thread before the cache starts over.
const LOOKUP_CACHE_CAP: usize = 100_000;

thread_local! {
    static LOOKUPS: RefCell<LookupCache> = RefCell::new(LookupCache::default());
}

impl Matcher {
    /// Every listed token similar to `text`, found by key lookups only (exact, family,
    /// skeleton, consonant and article keys, deletion neighbourhoods) and verified with
    /// [`similarity`]. Finds every token the similarity credits at all.
    fn lookup(&self, text: &str, joined: bool) -> Vec<(u32, f32, Rule)> {
        let keys = TokenKeys::new(text);
        let mut cands: Vec<u32> = Vec::new();
        cands.extend(self.token_ids(text));
        if self.tables.has_family(text) {
            cands.extend(self.by_family.get(key_hash(self.tables.family(text))));
        }
        if text.len() >= 3 {
            for &k in &keys.skeleton {
                cands.extend(self.by_skeleton.get(k));
            }
            let by_consonants = if keys.has_vowel {
                &self.by_consonants_bare
            } else {
                &self.by_consonants
            };
            cands.extend(by_consonants.get(keys.consonants));
        }
        cands.extend(self.by_stripped.get(key_hash(text)));
        if let Some(r) = abd_rest(text) {
            cands.extend(self.by_abd_rest.get(key_hash(r)));
        }
        if let Some(s) = strip_article(text) {
            cands.extend(self.token_ids(s));
            cands.extend(self.by_stripped.get(key_hash(s)));
        }
        let k = max_edits(text.len(), joined);
        if k > 0 {
            for_each_deletion(text.as_bytes(), k, &mut |h| {
                cands.extend(self.deletes.get(h));
            });
        }
        // Baltic endings, either way round: the query's stem looked up as a word, the
        // query looked up among the listed words' stems.
        if !joined {
            cands.extend(self.by_baltic_stem.get(key_hash(text)));
            if let Some(stem) = baltic_stem(text) {
                cands.extend(self.token_ids(stem));
                let keys = TokenKeys::new(stem);
                for &k in &keys.skeleton {
                    cands.extend(self.by_skeleton.get(k));
                }
                let k = max_edits(stem.len(), false);
                for_each_deletion(stem.as_bytes(), k, &mut |h| {
                    cands.extend(self.deletes.get(h));
                });
            }
        }
        cands.sort_unstable();
        cands.dedup();
        cands
            .into_iter()
            .filter_map(|t| {
                let tok = &self.vocab[t as usize];
                let (s, r) = similarity_keys(
                    text,
                    &keys,
                    &tok.text,
                    &tok.keys,
                    joined || tok.joined,
                    self.tables,
                );
                (s > 0.0).then_some((t, s, r))
            })
            .collect()
    }

    /// [`Matcher::lookup`] through the thread's cache.
    fn lookup_cached(&self, text: &str, joined: bool) -> Matches {
        LOOKUPS.with(|c| {
            let mut c = c.borrow_mut();
            if c.index_id != self.id || c.entries[0].len() + c.entries[1].len() >= LOOKUP_CACHE_CAP
            {
                c.entries.iter_mut().for_each(FastMap::clear);
                c.index_id = self.id;
            }
            let map = &mut c.entries[usize::from(joined)];
            if let Some(hit) = map.get(text) {
                return hit.clone();
            }
            let found: Matches = self.lookup(text, joined).into();
            map.insert(text.into(), found.clone());
            found
        })
    }

    pub(crate) fn prepare(&self, q: &Query) -> Result<Prepared, QueryError> {
        q.validate()?;
        // "Haqqani Network (HQN)": the bracket repeats the name; lists' names are split
        // the same way when read.
        let name = nomina_model::acronyms::query_without_acronym(&q.name).unwrap_or(&q.name);
        let mut toks = if q.entity_type == Some(nomina_model::EntityType::Person) {
            tokens_as_person(name, self.tables)
        } else {
            tokens(name, self.tables)
        };
        if toks.is_empty() {
            return Err(QueryError::EmptyName);
        }
        toks.truncate(MAX_QUERY_TOKENS);
        let mut units = Vec::with_capacity(toks.len() * 2);
        for (i, t) in toks.iter().enumerate() {
            units.push(Unit {
                covers: (i, i),
                matches: self.lookup_cached(&t.text, false),
            });
        }
        for (joined, a, z) in joins(&toks) {
            units.push(Unit {
                covers: (a, z),
                matches: self.lookup_cached(&joined, true),
            });
        }
        let weights = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                // A listed spelling weighs its rarity times the query word's own class: "bin"
                // is a particle in "Osama bin Laden" and a given name in "Zhao Bin".
                if let Some(id) = self
                    .token_ids(&t.text)
                    .find(|&id| !self.vocab[id as usize].joined)
                {
                    return self.vocab[id as usize].idf * class_factor(t.class);
                }
                // An unknown spelling weighs what the listed word it resembles most weighs;
                // a word like nothing on the lists is as distinctive as the rarest.
                units[i]
                    .matches
                    .iter()
                    .filter(|m| !self.vocab[m.0 as usize].joined)
                    .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
                    .map(|m| self.vocab[m.0 as usize].weight)
                    .unwrap_or(self.unseen_weight * class_factor(t.class))
            })
            .collect();
        let country = q
            .country
            .as_deref()
            .and_then(|c| nomina_model::country::lookup(c));
        let has_legal_form = toks
            .iter()
            .any(|t| t.class == nomina_text::TokenClass::LegalForm);
        let inferred_type = (q.entity_type.is_none() && has_legal_form)
            .then_some(nomina_model::EntityType::Organization);
        let words = name_words(&toks);
        let syllabic = is_syllabic_name(&q.name, &words);
        let syllables = toks.iter().map(|t| syllable_systems(&t.text)).collect();
        let classes = toks.iter().map(|t| t.class).collect();
        Ok(Prepared {
            syllables,
            classes,
            syllabic,
            tokens: toks.into_iter().map(|t| t.text).collect(),
            weights,
            units,
            context: Context {
                country,
                inferred_type,
            },
        })
    }
}
