//! Matching inside running text: what the text scanner (`nomina-scan`) asks of the index.
//!
//! Screening a name compares one whole query with listed names. In a document nobody says
//! where a name starts and ends, so the scanner hands over a window of words (a run of
//! capitalised words, a line of a payment message) and asks three questions, all answered
//! with the same normalisation, variant tables, similarity rules and scorer as
//! [`Matcher::screen`]:
//!
//! * [`Matcher::word_info`]: is this folded word worth looking at — could it be one of the
//!   words a listed name cannot be recognised without (an *anchor*), and how much identity
//!   does it carry?
//! * [`Matcher::match_span`]: which listed entities are named somewhere inside this window,
//!   on which words, and how well does that sub-window score?
//! * [`Matcher::score_span`]: how well does this exact window score against one listed name
//!   (used when the scanner widens a match to the whole name written in the text)?
//!
//! Anchors come from a prefix filter built once per index ([`SpanIndex`]): a name can only
//! reach the requested score when at least one of its heaviest words is present, so the
//! scanner never scores a window that holds only common words such as "Mohammed" or
//! "Trading".

use crate::index::{IndexedName, Matcher};
use crate::prepare::Prepared;
use crate::score::{align, explain, round4, score_bound, Explanation};
use crate::similarity::Rule;
use crate::Query;
use nomina_model::EntityType;
use std::collections::HashMap;

/// A reference to one listed name of the index a [`SpanHit`] came from, to re-score
/// another window against the same name with [`Matcher::score_span`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NameRef(u32);

impl NameRef {
    /// The name's number in its index (stable for the life of the index), for callers
    /// that cache results per name.
    pub fn id(self) -> u32 {
        self.0
    }
}

/// The anchor table of an index for a minimum score: for every listed token, the names in
/// which that token is one of the words the name cannot reach the score without.
///
/// Built once per index by [`Matcher::span_index`]; read-only afterwards, so it can be
/// shared by any number of scanning threads.
#[derive(Debug)]
pub struct SpanIndex {
    index_id: u64,
    min_score: f64,
    /// Per vocabulary token, the names it anchors.
    anchors: Vec<Vec<u32>>,
    /// Per name: weight of its tokens that are not anchors (plus what initials may be
    /// credited), divided by the name's weight: what a window can cover without anchors.
    slack: Vec<f32>,
    /// Per name: its weight, to turn anchor weight into coverage.
    name_weight: Vec<f32>,
}

impl SpanIndex {
    /// The lowest score this table guarantees to find every name for.
    pub fn min_score(&self) -> f64 {
        self.min_score
    }

    /// Number of (token, name) anchor entries, for statistics.
    pub fn len(&self) -> usize {
        self.anchors.iter().map(Vec::len).sum()
    }

    /// True when no name has an anchor (an empty index).
    pub fn is_empty(&self) -> bool {
        self.anchors.iter().all(Vec::is_empty)
    }
}

/// What the lists know about one folded word of a text.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WordInfo {
    /// The word is similar to a listed token that anchors some name: a window containing
    /// it may name a listed party.
    pub anchor: bool,
    /// The word is itself a listed token (exact spelling).
    pub listed: bool,
    /// Rarity weight the scorer gives the word: the weight of the listed token it is (or
    /// most resembles); a word like nothing on the lists weighs as much as the rarest.
    pub weight: f32,
    /// Weight of the most frequent listed spelling it is similar to at 0.9 or more: a
    /// word that merely resembles a common name is itself common.
    pub min_similar_weight: f32,
}

/// One listed entity named inside a window of words.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanHit {
    /// The listed name that matched, to re-score other windows against it.
    pub name_ref: NameRef,
    /// Entity key, e.g. `un:QDi.422`.
    pub entity: String,
    /// The entity's primary name.
    pub primary: String,
    /// Person, organisation, vessel or aircraft.
    pub entity_type: EntityType,
    /// First word of the window (index into the words given) the listed name matched.
    pub first: usize,
    /// Last word (inclusive) the listed name matched.
    pub last: usize,
    /// Score of the words `first..=last` against the listed name, rounded to 4 decimals.
    pub score: f64,
    /// Sum over the listed tokens matched of similarity times rarity weight: how much
    /// identity the words actually carry (a lone "Mohammed" carries little).
    pub matched_weight: f64,
    /// Number of tokens of the listed name.
    pub listed_tokens: usize,
    /// Number of listed tokens the window matched (an initial or a joined pair counts
    /// for the tokens it covers).
    pub matched_tokens: usize,
    /// Why, token by token, as for name screening (shared: a scanner hands the same
    /// explanation to every mention of the same words).
    pub explanation: std::sync::Arc<Explanation>,
}

/// Longest window accepted, in words: the name scorer's own limit on query length.
pub const MAX_SPAN_WORDS: usize = 24;

impl Matcher {
    /// Builds the anchor table for windows that must score at least `min_score`.
    ///
    /// For every listed name, its tokens are taken from the lightest up while their total
    /// weight stays below what the score requires of the name's coverage; the remaining,
    /// heavier tokens are its anchors. A window that contains none of them cannot reach
    /// `min_score` against that name, whatever else it contains.
    pub fn span_index(&self, min_score: f64) -> SpanIndex {
        // Smallest listed-name coverage that can still give `min_score` (the query side at
        // best fully covered): bisection on the scorer's own bound.
        let (mut lo, mut hi) = (0.0f32, 1.0f32);
        for _ in 0..30 {
            let mid = (lo + hi) / 2.0;
            if (score_bound(1.0, mid) as f64) < min_score {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        let need = lo;
        let mut anchors: Vec<Vec<u32>> = vec![Vec::new(); self.vocab.len()];
        let mut slack = Vec::with_capacity(self.names.len());
        let mut name_weight = Vec::with_capacity(self.names.len());
        let mut order: Vec<(f32, u32)> = Vec::new();
        for (nid, name) in self.names.iter().enumerate() {
            let nid = nid as u32;
            order.clear();
            order.extend(
                name.tokens
                    .iter()
                    .map(|&t| (self.vocab[t as usize].weight, t)),
            );
            order.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
            let budget = need * name.weight;
            let mut acc = 0.0f32;
            for &(w, t) in &order {
                // Initials can be credited with any word: never rely on them as anchors,
                // and never let them hide an anchor either.
                let initial = self.vocab[t as usize].text.len() == 1;
                if !initial && acc + w >= budget {
                    push_once(&mut anchors[t as usize], nid);
                } else {
                    acc += w;
                }
            }
            // Joined pairs stand for two listed words at once: always worth a look.
            for &(t, _, _) in &name.joins {
                push_once(&mut anchors[t as usize], nid);
            }
            let w = name.weight.max(f32::MIN_POSITIVE);
            slack.push((acc + name.initials_weight) / w);
            name_weight.push(w);
        }
        SpanIndex {
            index_id: self.id,
            min_score,
            anchors,
            slack,
            name_weight,
        }
    }

    /// What the lists know about one folded word (lower-case ASCII letters and digits, as
    /// produced by `nomina_text::fold`). Unknown and empty words get a default answer.
    pub fn word_info(&self, idx: &SpanIndex, word: &str) -> WordInfo {
        let none = WordInfo {
            anchor: false,
            listed: false,
            weight: self.unseen_weight,
            min_similar_weight: self.unseen_weight,
        };
        if idx.index_id != self.id {
            return none;
        }
        let Ok(p) = self.prepare(&Query::name(word)) else {
            return none;
        };
        let Some(unit) = p.units.first() else {
            return none;
        };
        let anchor = unit
            .matches
            .iter()
            .any(|m| !idx.anchors[m.0 as usize].is_empty());
        let listed = unit
            .matches
            .iter()
            .any(|m| m.2 == Rule::Exact && !self.vocab[m.0 as usize].joined);
        let min_similar_weight = unit
            .matches
            .iter()
            .filter(|m| m.1 >= 0.9 && !self.vocab[m.0 as usize].joined)
            .map(|m| self.vocab[m.0 as usize].weight)
            .fold(f32::INFINITY, f32::min);
        WordInfo {
            anchor,
            listed,
            weight: p.weights.first().copied().unwrap_or(self.unseen_weight),
            min_similar_weight: if min_similar_weight.is_finite() {
                min_similar_weight
            } else {
                p.weights.first().copied().unwrap_or(self.unseen_weight)
            },
        }
    }

    /// Every listed entity named inside `words` (folded words, at most
    /// [`MAX_SPAN_WORDS`]; longer windows are cut) scoring at least `min_score` on the
    /// words it matched: its best name per entity, the matched word range and the score of
    /// that range, best first (ties by key).
    ///
    /// The score of a hit is that of the words from its first to its last matched word:
    /// words around the name are not held against it (the scanner decides which
    /// neighbouring words belong to the name, and re-scores with
    /// [`Matcher::score_span`]).
    pub fn match_span(&self, idx: &SpanIndex, words: &[&str], min_score: f64) -> Vec<SpanHit> {
        if idx.index_id != self.id || words.is_empty() {
            return Vec::new();
        }
        let words = &words[..words.len().min(MAX_SPAN_WORDS)];
        let Some((p, pos)) = self.prepare_words(words) else {
            return Vec::new();
        };
        // Anchor weight each name could get from the window, counted generously (a token
        // matched by two words counts twice, a joined pair at full weight), so that the
        // coverage bound below never drops a name that could reach the score.
        let cands = SCRATCH.with(|sc| {
            let mut sc = sc.borrow_mut();
            let n = self.names.len();
            if sc.acc.len() != n || sc.index_id != self.id {
                sc.acc = vec![0.0; n];
                sc.touched = Vec::new();
                sc.index_id = self.id;
            }
            let Scratch { acc, touched, .. } = &mut *sc;
            for u in &p.units {
                for m in u.matches.iter() {
                    let tok = &self.vocab[m.0 as usize];
                    let credit = if tok.joined {
                        f32::INFINITY
                    } else {
                        m.1 * tok.weight
                    };
                    for &nid in &idx.anchors[m.0 as usize] {
                        let a = &mut acc[nid as usize];
                        if *a == 0.0 {
                            touched.push(nid);
                        }
                        *a += credit + f32::MIN_POSITIVE;
                    }
                }
            }
            let touched = std::mem::take(&mut sc.touched);
            let mut out = Vec::new();
            for &nid in &touched {
                let k = nid as usize;
                let cov = sc.acc[k] / idx.name_weight[k] + idx.slack[k];
                sc.acc[k] = 0.0;
                if score_bound(1.0, cov.min(1.0)) as f64 * kind_bound(self.names[k].kind)
                    >= min_score - 1e-6
                {
                    out.push(nid);
                }
            }
            sc.touched = touched;
            sc.touched.clear();
            out.sort_unstable();
            out
        });
        let mut best: HashMap<u32, (f32, u32, usize, usize, Prepared)> = HashMap::new();
        for nid in cands {
            let name = &self.names[nid as usize];
            if self.coverage_bound(&p, name) < min_score {
                continue;
            }
            let a = align(self, &p, name);
            let Some((qa, qb)) = a
                .edges
                .iter()
                .map(|e| e.q)
                .reduce(|x, y| (x.0.min(y.0), x.1.max(y.1)))
            else {
                continue;
            };
            let (qa, qb) = self.compact_range(&p, name, &a, qa, qb);
            let sub = p.sub(qa, qb);
            let s = align(self, &sub, name).name_score();
            if (s as f64) < min_score - 1e-6 {
                continue;
            }
            let e = best.entry(name.entity);
            match e {
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    let cur = o.get();
                    let longer = (qb - qa) > (cur.3 - cur.2);
                    if s > cur.0
                        || (s == cur.0 && (longer || (qb - qa == cur.3 - cur.2 && nid < cur.1)))
                    {
                        o.insert((s, nid, qa, qb, sub));
                    }
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert((s, nid, qa, qb, sub));
                }
            }
        }
        let mut out: Vec<SpanHit> = best
            .into_values()
            .map(|(_, nid, qa, qb, sub)| {
                let name = &self.names[nid as usize];
                self.span_hit(&sub, name, nid, pos[qa].0, pos[qb].1)
            })
            .filter(|h| h.score >= min_score - 1e-6)
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entity.cmp(&b.entity)));
        out
    }

    /// Scores the whole of `words` against one listed name: every word counts, matched or
    /// not. `None` when the words cannot be screened (empty) or match nothing of the name.
    pub fn score_span(&self, words: &[&str], name: NameRef) -> Option<SpanHit> {
        let n = self.names.get(name.0 as usize)?;
        let words = &words[..words.len().min(MAX_SPAN_WORDS)];
        let (p, pos) = self.prepare_words(words)?;
        let hit = self.span_hit(&p, n, name.0, 0, 0);
        if hit.matched_tokens == 0 {
            return None;
        }
        let a = align(self, &p, n);
        let (qa, qb) = a
            .edges
            .iter()
            .map(|e| e.q)
            .reduce(|x, y| (x.0.min(y.0), x.1.max(y.1)))?;
        Some(SpanHit {
            first: pos[qa].0,
            last: pos[qb].1,
            ..hit
        })
    }

    /// The key of the entity a listed name belongs to.
    pub fn name_entity(&self, name: NameRef) -> Option<&str> {
        let n = self.names.get(name.0 as usize)?;
        Some(&self.entities[n.entity as usize].key)
    }

    /// The tightest window of the prepared words that matches as many of the listed
    /// name's tokens as the whole did: the aligner takes the first of two equal words,
    /// which in "Iran Air and Mahan Air" pairs MAHAN AIR's "air" with Iran's.
    fn compact_range(
        &self,
        p: &Prepared,
        name: &IndexedName,
        a: &crate::score::Alignment,
        qa: usize,
        qb: usize,
    ) -> (usize, usize) {
        let matched = |al: &crate::score::Alignment| -> usize {
            al.edges.iter().map(|e| e.n.1 - e.n.0 + 1).sum()
        };
        let want = matched(a);
        if qb - qa < want {
            return (qa, qb);
        }
        let n = p.tokens.len();
        for len in want..(qb - qa + 1) {
            for start in 0..=(n - len) {
                let sub = p.sub(start, start + len - 1);
                let al = align(self, &sub, name);
                if matched(&al) >= want {
                    let (x, y) = al
                        .edges
                        .iter()
                        .map(|e| e.q)
                        .reduce(|x, y| (x.0.min(y.0), x.1.max(y.1)))
                        .unwrap_or((0, len - 1));
                    return (start + x, start + y);
                }
            }
        }
        (qa, qb)
    }

    /// Largest score `name` can reach against any sub-window of the prepared words.
    fn coverage_bound(&self, p: &Prepared, name: &IndexedName) -> f64 {
        if name.weight <= 0.0 {
            return 1.0;
        }
        let mut sims = [0.0f32; 64];
        let n = name.tokens.len().min(64);
        for u in &p.units {
            for (j, &t) in name.tokens.iter().take(n).enumerate() {
                if let Some((s, _)) = u.sim_of(t) {
                    sims[j] = sims[j].max(s);
                }
            }
            for &(t, a, z) in &name.joins {
                if let Some((s, _)) = u.sim_of(t) {
                    for x in sims
                        .iter_mut()
                        .take((z as usize + 1).min(n))
                        .skip(a as usize)
                    {
                        *x = x.max(s);
                    }
                }
            }
        }
        let covered: f32 = name
            .tokens
            .iter()
            .take(n)
            .enumerate()
            .map(|(j, &t)| sims[j] * self.vocab[t as usize].weight)
            .sum::<f32>()
            + name.initials_weight;
        score_bound(1.0, covered / name.weight) as f64 * crate::score::kind_factor(name.kind) as f64
    }

    /// Prepares folded words as one query, with, per prepared token, the range of input
    /// words it stands for (legal-form phrases become one token; honorifics are dropped).
    fn prepare_words(&self, words: &[&str]) -> Option<(Prepared, Vec<(usize, usize)>)> {
        let text = words.join(" ");
        let p = self.prepare(&Query::name(text)).ok()?;
        // Find which words each token came from. The tokeniser keeps words as they are,
        // replaces a legal-form phrase by its canonical form and drops leading titles and
        // vessel prefixes: walk both sequences and account for each difference.
        let mut pos = Vec::with_capacity(p.tokens.len());
        let mut i = 0;
        for tok in &p.tokens {
            loop {
                if i >= words.len() {
                    return None;
                }
                if words[i] == tok {
                    pos.push((i, i));
                    i += 1;
                    break;
                }
                if let Some((n, canon)) = self.tables.legal_form_at(words, i) {
                    if canon == tok {
                        pos.push((i, i + n - 1));
                        i += n;
                        break;
                    }
                }
                // A number written in words is one token of digits ("forty four" → 44).
                if let Some((n, value)) = self.tables.number_at(words, i) {
                    if value.to_string() == *tok {
                        pos.push((i, i + n - 1));
                        i += n;
                        break;
                    }
                }
                // A dropped word when the token appears just after it; otherwise a word
                // rewritten in place (a misspelt legal form).
                if words[i + 1..].iter().take(2).any(|w| w == tok) {
                    i += 1;
                    continue;
                }
                pos.push((i, i));
                i += 1;
                break;
            }
        }
        (pos.len() == p.tokens.len()).then_some((p, pos))
    }

    fn span_hit(
        &self,
        p: &Prepared,
        name: &IndexedName,
        nid: u32,
        first: usize,
        last: usize,
    ) -> SpanHit {
        let a = align(self, p, name);
        let facts = &self.entities[name.entity as usize];
        let mut matched_weight = 0.0f64;
        let mut matched_tokens = 0usize;
        for e in &a.edges {
            for j in e.n.0..=e.n.1 {
                let t = name.tokens[j];
                matched_weight += (e.sim * self.vocab[t as usize].weight) as f64;
                matched_tokens += 1;
            }
        }
        let name_score = a.name_score();
        SpanHit {
            name_ref: NameRef(nid),
            entity: facts.key.clone(),
            primary: facts.primary.clone(),
            entity_type: facts.entity_type,
            first,
            last,
            score: round4(name_score as f64),
            matched_weight: round4(matched_weight),
            listed_tokens: name.tokens.len(),
            matched_tokens,
            explanation: std::sync::Arc::new(explain(self, p, name, &a, Default::default())),
        }
    }
}

/// Per-thread buffers of candidate generation.
#[derive(Default)]
struct Scratch {
    index_id: u64,
    acc: Vec<f32>,
    touched: Vec<u32>,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

fn kind_bound(kind: nomina_model::NameKind) -> f64 {
    crate::score::kind_factor(kind) as f64
}

fn push_once(v: &mut Vec<u32>, nid: u32) {
    if v.last() != Some(&nid) {
        v.push(nid);
    }
}
