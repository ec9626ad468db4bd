//! The screening pipeline: prepare the query, generate candidates from the index, prune
//! by an upper bound, score, collapse per entity, rank.

use crate::evidence::{adjustment, compare, MAX_BONUS};
use crate::index::Matcher;
use crate::prepare::Prepared;
use crate::score::{align, explain, query_coverage_floor, round4, score_bound, Hit};
use crate::similarity::INITIAL;
use crate::{Query, QueryError};
use std::cell::RefCell;

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

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

impl Matcher {
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
            let s = align(self, p, name).name_score();
            match best.last_mut() {
                Some((eid, e)) if *eid == name.entity => {
                    if s > e.0 {
                        *e = (s, nid);
                    }
                }
                _ => best.push((name.entity, (s, nid))),
            }
        }
        let mut ranked: Vec<(f64, u32, u32)> = best
            .into_iter()
            .filter_map(|(eid, (name_score, nid))| {
                let (adj, id_match) = adjustment(q, &p.context, &self.entities[eid as usize]);
                let mut score = (name_score as f64 + adj).clamp(0.0, 1.0);
                if id_match {
                    score = score.max(0.99);
                }
                let score = round4(score);
                (score >= min_score).then_some((score, eid, nid))
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
            .map(|(score, eid, nid)| {
                let facts = &self.entities[eid as usize];
                let evidence = compare(q, &p.context, facts);
                let name = &self.names[nid as usize];
                // Explanations only for what is returned.
                let a = align(self, p, name);
                Hit {
                    entity: facts.key.to_string(),
                    name: facts.primary.to_string(),
                    entity_type: facts.entity_type,
                    score,
                    explanation: explain(self, p, name, &a, evidence),
                }
            })
            .collect()
    }
}
