//! The screening pipeline: prepare the query, generate candidates from the index, prune
//! by an upper bound, score, collapse per entity, rank.

use crate::evidence::{adjustment, compare, Context, MAX_BONUS};
use crate::index::{class_factor, for_each_deletion, joins, Matcher};
use crate::score::{
    align, explain_tokens, query_coverage_floor, round4, score_bound, Explanation, Hit,
};
use crate::similarity::{
    abd_rest, key_hash, max_edits, similarity_keys, strip_article, Rule, TokenKeys, INITIAL,
};
use crate::{Query, QueryError};
use nomina_text::tokens;
use std::cell::RefCell;
use std::collections::HashMap;
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
}

#[derive(Default)]
struct Scratch {
    /// One slot per listed name, all its counters together: one cache line per visit.
    slots: Vec<Slot>,
    touched: Vec<u32>,
    round: u32,
}

/// Per-name counters of one query's candidate generation.
#[derive(Clone, Copy)]
struct Slot {
    /// The query token these `best*` values are for.
    stamp: u32,
    best: f32,
    best_listed: f32,
    acc: f32,
    acc_listed: f32,
}

const EMPTY_SLOT: Slot = Slot {
    stamp: u32::MAX,
    best: 0.0,
    best_listed: 0.0,
    acc: 0.0,
    acc_listed: 0.0,
};

/// Listed tokens similar to one query token: (token, similarity, rule), sorted by token.
pub(crate) type Matches = Rc<[(u32, f32, Rule)]>;

/// Token lookups already made by this thread, for one index: screening batches and
/// services meet the same words again and again (Mohammed, Trading, Ali).
#[derive(Default)]
struct LookupCache {
    index_id: u64,
    /// Lookups of single tokens, then of joined pairs.
    entries: [HashMap<Box<str>, Matches>; 2],
}

/// Entries kept per thread before the cache starts over.
const LOOKUP_CACHE_CAP: usize = 100_000;

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
    static LOOKUPS: RefCell<LookupCache> = RefCell::new(LookupCache::default());
}

impl Matcher {
    /// Every listed token similar to `text`, found by key lookups only (exact, family,
    /// skeleton, consonant and article keys, deletion neighbourhoods) and verified with
    /// [`similarity`]. Finds every token the similarity credits at all.
    fn lookup(&self, text: &str, joined: bool) -> Vec<(u32, f32, Rule)> {
        let keys = TokenKeys::new(text);
        let mut cands: Vec<u32> = Vec::new();
        if let Some(id) = self.token_id(text) {
            cands.push(id);
        }
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
            if let Some(id) = self.token_id(s) {
                cands.push(id);
            }
            cands.extend(self.by_stripped.get(key_hash(s)));
        }
        let k = max_edits(text.len(), joined);
        if k > 0 {
            for_each_deletion(text.as_bytes(), k, &mut |h| {
                cands.extend(self.deletes.get(h));
            });
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
                c.entries.iter_mut().for_each(HashMap::clear);
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
        let mut toks = tokens(&q.name, self.tables);
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
                if let Some(id) = self.token_id(&t.text) {
                    if !self.vocab[id as usize].joined {
                        return self.vocab[id as usize].weight;
                    }
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
        Ok(Prepared {
            tokens: toks.into_iter().map(|t| t.text).collect(),
            weights,
            units,
            context: Context {
                country,
                inferred_type,
            },
        })
    }

    /// Screens one query: every listed entity whose score is at least `min_score`, best
    /// first (ties by key), at most `limit`.
    ///
    /// Fails — never answers "no match" — when the query cannot be screened.
    pub fn screen(&self, q: &Query, min_score: f64, limit: usize) -> Result<Vec<Hit>, QueryError> {
        let p = self.prepare(q)?;
        let candidates = self.candidates(&p, min_score);
        Ok(self.rank(q, &p, candidates, min_score, limit))
    }

    /// Screens by scoring every listed name (no index): the reference the indexed path
    /// is tested against. Slow; for tests and audits.
    pub fn screen_exhaustive(
        &self,
        q: &Query,
        min_score: f64,
        limit: usize,
    ) -> Result<Vec<Hit>, QueryError> {
        let p = self.prepare(q)?;
        let all = (0..self.names.len() as u32).collect();
        Ok(self.rank(q, &p, all, min_score, limit))
    }

    /// Names that may score at least `min_score`: every name sharing a similar token with
    /// the query whose upper-bound score reaches the threshold, plus names of entities
    /// carrying a queried identifier.
    fn candidates(&self, p: &Prepared, min_score: f64) -> Vec<u32> {
        let total_w: f32 = p.weights.iter().sum();
        SCRATCH.with(|s| {
            let mut s = s.borrow_mut();
            let n = self.names.len();
            if s.slots.len() != n {
                *s = Scratch {
                    slots: vec![EMPTY_SLOT; n],
                    touched: Vec::new(),
                    round: 0,
                };
            }
            let mut all_touched: Vec<u32> = Vec::new();
            for (i, w) in p.weights.iter().enumerate() {
                s.round = s.round.wrapping_add(1);
                let round = s.round;
                s.touched.clear();
                for u in p
                    .units
                    .iter()
                    .filter(|u| u.covers.0 <= i && i <= u.covers.1)
                {
                    for &(t, sim, _) in u.matches.iter() {
                        let tok = &self.vocab[t as usize];
                        // A joined pair stands for two listed words: no useful bound.
                        let listed = if tok.joined {
                            f32::INFINITY
                        } else {
                            sim * tok.weight
                        };
                        for &nid in self.postings(t) {
                            let k = nid as usize;
                            if s.slots[k].stamp != round {
                                s.slots[k].stamp = round;
                                s.slots[k].best = sim;
                                s.slots[k].best_listed = listed;
                                s.touched.push(nid);
                            } else {
                                s.slots[k].best = s.slots[k].best.max(sim);
                                s.slots[k].best_listed = s.slots[k].best_listed.max(listed);
                            }
                        }
                    }
                }
                let touched = std::mem::take(&mut s.touched);
                for &nid in &touched {
                    let k = nid as usize;
                    if s.slots[k].acc == 0.0 {
                        all_touched.push(nid);
                    }
                    s.slots[k].acc += w * s.slots[k].best + f32::MIN_POSITIVE;
                    s.slots[k].acc_listed += s.slots[k].best_listed;
                }
                s.touched = touched;
            }
            // Initials are credited by the scorer but never looked up: allow for them.
            let query_initials: f32 = p
                .tokens
                .iter()
                .zip(&p.weights)
                .filter(|(t, _)| t.len() == 1)
                .map(|(_, w)| w * INITIAL)
                .sum();
            // The bound is cov_q^a * cov_n^b; since cov_n <= 1 it is at most cov_q^a, so most
            // names are dismissed on cov_q alone, compared with the threshold raised to 1/a
            // once, without a power per name.
            let floor = (min_score - MAX_BONUS - 1e-6).max(0.0) as f32;
            let cov_q_floor = query_coverage_floor(floor);
            let mut out = Vec::new();
            for nid in all_touched {
                let k = nid as usize;
                let name = &self.names[k];
                // A listed initial may stand for any query word.
                let listed_initials = if name.initials_weight > 0.0 {
                    INITIAL * total_w
                } else {
                    0.0
                };
                let cov_q = if total_w > 0.0 {
                    (s.slots[k].acc + query_initials + listed_initials) / total_w
                } else {
                    0.0
                };
                // And a query initial may stand for any listed word.
                let by_query_initials = if query_initials > 0.0 {
                    INITIAL * name.weight
                } else {
                    0.0
                };
                let cov_n = if name.weight > 0.0 {
                    (s.slots[k].acc_listed + name.initials_weight + by_query_initials) / name.weight
                } else {
                    1.0
                };
                s.slots[k].acc = 0.0;
                s.slots[k].acc_listed = 0.0;
                if cov_q >= cov_q_floor && score_bound(cov_q, cov_n) >= floor {
                    out.push(nid);
                }
            }
            out
        })
    }

    fn rank(
        &self,
        q: &Query,
        p: &Prepared,
        mut candidates: Vec<u32>,
        min_score: f64,
        limit: usize,
    ) -> Vec<Hit> {
        // Identifiers are decisive: their entities are candidates whatever the name says.
        let mut id_entities = Vec::new();
        for id in &q.identifiers {
            if let Some(es) = self
                .by_identifier
                .get(&crate::evidence::normalise_identifier(id))
            {
                id_entities.extend_from_slice(es);
            }
        }
        if !id_entities.is_empty() {
            candidates.extend(
                self.names
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| id_entities.contains(&n.entity))
                    .map(|(i, _)| i as u32),
            );
        }
        candidates.sort_unstable();
        candidates.dedup();
        // Best name per entity: names of one entity are contiguous, so one pass over the
        // candidates (sorted by name id) keeps the best of each run.
        let mut best: Vec<(u32, (f32, u32))> = Vec::new();
        for nid in candidates {
            let name = &self.names[nid as usize];
            let s = align(self, p, name).name_score(name.kind);
            match best.last_mut() {
                Some((eid, e)) if *eid == name.entity => {
                    if s > e.0 {
                        *e = (s, nid);
                    }
                }
                _ => best.push((name.entity, (s, nid))),
            }
        }
        let mut ranked: Vec<(f64, u32, u32, f32)> = best
            .into_iter()
            .filter_map(|(eid, (name_score, nid))| {
                let (adj, id_match) = adjustment(q, &p.context, &self.entities[eid as usize]);
                let mut score = (name_score as f64 + adj).clamp(0.0, 1.0);
                if id_match {
                    score = score.max(0.99);
                }
                let score = round4(score);
                (score >= min_score).then_some((score, eid, nid, name_score))
            })
            .collect();
        ranked.sort_by(|a, b| {
            b.0.total_cmp(&a.0).then_with(|| {
                self.entities[a.1 as usize]
                    .key
                    .cmp(&self.entities[b.1 as usize].key)
            })
        });
        ranked.truncate(limit);
        ranked
            .into_iter()
            .map(|(score, eid, nid, name_score)| {
                let facts = &self.entities[eid as usize];
                let evidence = compare(q, &p.context, facts);
                let name = &self.names[nid as usize];
                // Explanations only for what is returned.
                let a = align(self, p, name);
                Hit {
                    entity: facts.key.clone(),
                    name: facts.primary.clone(),
                    entity_type: facts.entity_type,
                    score,
                    explanation: Explanation {
                        matched_name: name.full.to_string(),
                        name_kind: name.kind,
                        query_coverage: round4(a.cov_q as f64),
                        name_coverage: round4(a.cov_n as f64),
                        name_score: round4(name_score as f64),
                        tokens: explain_tokens(self, p, name, &a),
                        evidence,
                    },
                }
            })
            .collect()
    }
}
