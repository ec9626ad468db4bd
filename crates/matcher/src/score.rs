//! Scoring one listed name against a query: order-free token alignment, rarity weights,
//! and the explanation of every credit.

use crate::evidence::Evidence;
use crate::index::{IndexedName, Matcher};
use crate::search::Prepared;
use crate::similarity::{Rule, INITIAL};
use nomina_model::{EntityType, NameKind};
use serde::Serialize;
use smallvec::{smallvec, SmallVec};

/// How a query token met a listed token.
pub type HowMatched = Rule;

/// One line of an explanation: a query token, the listed token it was aligned with (or
/// none), how and with what weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenMatch {
    /// The query token(s), folded; empty for a listed token nothing in the query matched.
    pub query: String,
    /// The listed token(s), folded; empty for a query token that matched nothing.
    pub listed: String,
    /// The rule that matched them; absent when unmatched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub how: Option<HowMatched>,
    /// Similarity credited, 0 to 1.
    pub similarity: f64,
    /// Rarity weight of the token on the lists: matching a rare token says more.
    pub weight: f64,
}

/// Why a hit scored what it scored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    /// The listed name the query was aligned with.
    pub matched_name: String,
    /// Its kind (primary, alias, weak alias…).
    pub name_kind: NameKind,
    /// Share of the query's weight that found a listed counterpart.
    pub query_coverage: f64,
    /// Share of the listed name's weight that the query accounts for.
    pub name_coverage: f64,
    /// The name score before evidence.
    pub name_score: f64,
    /// Token by token.
    pub tokens: Vec<TokenMatch>,
    /// Date of birth, country, type, identifier.
    pub evidence: Evidence,
}

/// One listed entity the query may be.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    /// Entity key, e.g. `un:QDi.422`.
    pub entity: String,
    /// The entity's primary name.
    pub name: String,
    /// Person, organization, vessel or aircraft.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Final score in [0, 1], rounded to 4 decimals.
    pub score: f64,
    /// Why.
    pub explanation: Explanation,
}

/// Exponents of the two coverages in the name score: what the query explains of the
/// listed name matters less than what the listed name explains of the query, because
/// queries often drop middle names but rarely add foreign words.
const QUERY_EXP: f32 = 0.62;
const NAME_EXP: f32 = 0.38;

pub(crate) fn kind_factor(kind: NameKind) -> f32 {
    match kind {
        NameKind::WeakAlias => 0.92,
        NameKind::FormerName => 0.98,
        _ => 1.0,
    }
}

/// One aligned pair: a range of query tokens and a range of listed tokens (each one token,
/// or two joined), their similarity and the rule that matched them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Edge {
    pub q: (usize, usize),
    pub n: (usize, usize),
    pub sim: f32,
    pub rule: Rule,
    /// Weight covered on both sides, to prefer the edge that explains more among equals.
    cover: f32,
}

/// The result of aligning a query with one listed name.
pub(crate) struct Alignment {
    pub cov_q: f32,
    pub cov_n: f32,
    pub edges: SmallVec<[Edge; 8]>,
}

impl Alignment {
    pub fn name_score(&self, kind: NameKind) -> f32 {
        self.cov_q.powf(QUERY_EXP) * self.cov_n.powf(NAME_EXP) * kind_factor(kind)
    }
}

/// The query coverage below which no name can reach `score`, whatever its own coverage.
pub(crate) fn query_coverage_floor(score: f32) -> f32 {
    score.max(0.0).powf(1.0 / QUERY_EXP) * (1.0 - 1e-5)
}

/// Largest name score a name can reach when the query's and the listed name's weighted
/// coverages are at most the given bounds: what candidate pruning compares with the
/// threshold. Read from tables rounded upwards, so it is never below the true score and
/// costs no power function per candidate.
pub(crate) fn score_bound(cov_q_bound: f32, cov_n_bound: f32) -> f32 {
    static TABLES: std::sync::OnceLock<([f32; STEPS + 1], [f32; STEPS + 1])> =
        std::sync::OnceLock::new();
    let (tq, tn) = TABLES.get_or_init(|| {
        let mut tq = [0f32; STEPS + 1];
        let mut tn = [0f32; STEPS + 1];
        for i in 0..=STEPS {
            let x = i as f32 / STEPS as f32;
            // A hair above the exact power: the bound must never fall below the score.
            tq[i] = (x.powf(QUERY_EXP) * (1.0 + 1e-5)).min(1.0);
            tn[i] = (x.powf(NAME_EXP) * (1.0 + 1e-5)).min(1.0);
        }
        (tq, tn)
    });
    let up = |x: f32| ((x.clamp(0.0, 1.0) * STEPS as f32).ceil() as usize).min(STEPS);
    tq[up(cov_q_bound)] * tn[up(cov_n_bound)]
}

const STEPS: usize = 1024;

pub(crate) fn align(m: &Matcher, q: &Prepared, name: &IndexedName) -> Alignment {
    let nt = &name.tokens;
    let wq = &q.weights;
    let wn: SmallVec<[f32; 16]> = nt.iter().map(|&t| m.vocab[t as usize].weight).collect();
    let sum = |w: &[f32], r: (usize, usize)| w[r.0..=r.1].iter().sum::<f32>();
    let mut edges: SmallVec<[Edge; 32]> = SmallVec::new();
    for u in &q.units {
        let qw = sum(wq, u.covers);
        for (j, &t) in nt.iter().enumerate() {
            if let Some((sim, rule)) = u.sim_of(t) {
                edges.push(Edge {
                    q: u.covers,
                    n: (j, j),
                    sim,
                    rule,
                    cover: qw + wn[j],
                });
            }
        }
        if u.covers.0 == u.covers.1 {
            for &(t, a, z) in &name.joins {
                if let Some((sim, rule)) = u.sim_of(t) {
                    let n = (a as usize, z as usize);
                    edges.push(Edge {
                        q: u.covers,
                        n,
                        sim,
                        rule,
                        cover: qw + sum(&wn, n),
                    });
                }
            }
        }
    }
    // Strongest first; among equals, the edge covering more weight; then by position, so
    // the alignment is deterministic.
    edges.sort_unstable_by(|a, b| {
        b.sim
            .total_cmp(&a.sim)
            .then(b.cover.total_cmp(&a.cover))
            .then(a.q.cmp(&b.q))
            .then(a.n.cmp(&b.n))
    });
    let mut q_sim: SmallVec<[f32; 16]> = smallvec![0.0; wq.len()];
    let mut n_sim: SmallVec<[f32; 16]> = smallvec![0.0; nt.len()];
    let mut q_used: SmallVec<[bool; 16]> = smallvec![false; wq.len()];
    let mut n_used: SmallVec<[bool; 16]> = smallvec![false; nt.len()];
    let mut chosen = SmallVec::new();
    let mut take =
        |e: Edge, q_used: &mut [bool], n_used: &mut [bool], chosen: &mut SmallVec<[Edge; 8]>| {
            q_used[e.q.0..=e.q.1].iter_mut().for_each(|u| *u = true);
            n_used[e.n.0..=e.n.1].iter_mut().for_each(|u| *u = true);
            q_sim[e.q.0..=e.q.1].iter_mut().for_each(|x| *x = e.sim);
            n_sim[e.n.0..=e.n.1].iter_mut().for_each(|x| *x = e.sim);
            chosen.push(e);
        };
    for e in edges {
        if q_used[e.q.0..=e.q.1].iter().any(|&u| u) || n_used[e.n.0..=e.n.1].iter().any(|&u| u) {
            continue;
        }
        take(e, &mut q_used, &mut n_used, &mut chosen);
    }
    // Initials: "S." for "Saleh", either way round; never a match on their own.
    let has_words = !chosen.is_empty();
    let initial = |i: usize, j: usize| Edge {
        q: (i, i),
        n: (j, j),
        sim: INITIAL,
        rule: Rule::Initial,
        cover: 0.0,
    };
    for i in 0..wq.len() {
        if !has_words || q_used[i] || q.tokens[i].len() != 1 {
            continue;
        }
        if let Some(j) = (0..nt.len()).find(|&j| {
            !n_used[j]
                && m.vocab[nt[j] as usize]
                    .text
                    .starts_with(q.tokens[i].as_str())
        }) {
            take(initial(i, j), &mut q_used, &mut n_used, &mut chosen);
        }
    }
    for j in 0..nt.len() {
        let t = &m.vocab[nt[j] as usize].text;
        if !has_words || n_used[j] || t.len() != 1 {
            continue;
        }
        if let Some(i) = (0..wq.len()).find(|&i| !q_used[i] && q.tokens[i].starts_with(&**t)) {
            take(initial(i, j), &mut q_used, &mut n_used, &mut chosen);
        }
    }
    let cov = |w: &[f32], s: &[f32]| {
        let total: f32 = w.iter().sum();
        if total <= 0.0 {
            0.0
        } else {
            w.iter().zip(s).map(|(w, s)| w * s).sum::<f32>() / total
        }
    };
    Alignment {
        cov_q: cov(wq, &q_sim),
        cov_n: cov(&wn, &n_sim),
        edges: chosen,
    }
}

pub(crate) fn explain_tokens(
    m: &Matcher,
    q: &Prepared,
    name: &IndexedName,
    a: &Alignment,
) -> Vec<TokenMatch> {
    let nt = &name.tokens;
    let ntext = |j: usize| m.vocab[nt[j] as usize].text.to_string();
    let mut out = Vec::new();
    let mut q_done = vec![false; q.tokens.len()];
    let mut n_done = vec![false; nt.len()];
    let mut edges = a.edges.clone();
    edges.sort_by_key(|e| e.q);
    for Edge {
        q: (qa, qb),
        n: (na, nb),
        sim: s,
        rule: r,
        ..
    } in edges
    {
        q_done[qa..=qb].iter_mut().for_each(|d| *d = true);
        n_done[na..=nb].iter_mut().for_each(|d| *d = true);
        out.push(TokenMatch {
            query: q.tokens[qa..=qb].join(" "),
            listed: (na..=nb).map(ntext).collect::<Vec<_>>().join(" "),
            how: Some(r),
            similarity: round4(s as f64),
            weight: round4(q.weights[qa..=qb].iter().sum::<f32>() as f64),
        });
    }
    for (i, done) in q_done.iter().enumerate() {
        if !done {
            out.push(TokenMatch {
                query: q.tokens[i].clone(),
                listed: String::new(),
                how: None,
                similarity: 0.0,
                weight: round4(q.weights[i] as f64),
            });
        }
    }
    for (j, done) in n_done.iter().enumerate() {
        if !done {
            out.push(TokenMatch {
                query: String::new(),
                listed: ntext(j),
                how: None,
                similarity: 0.0,
                weight: round4(m.vocab[nt[j] as usize].weight as f64),
            });
        }
    }
    out
}

/// Rounds to 4 decimals, so printed scores are stable across platforms.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}
