//! A span hit's explanation, built when it is first asked for.
//!
//! A name-dense document gives thousands of hits the scanner's rules then drop (a 100 KB
//! pasted list: about 6,600 hits for 1,000 mentions), and its window cache keeps every
//! hit. Each hit therefore keeps only what its explanation is made of — the words as the
//! matcher read them, their weights, the aligned pairs and the score's parts — and the
//! explanation itself ([`crate::score::explain_alignment`], the same code as for name
//! screening) is built once, for the hits that become mentions.

use crate::index::Matcher;
use crate::prepare::Prepared;
use crate::score::{explain_alignment, AlignedScore, Alignment, Edge, Explanation, QueryWords};
use std::sync::{Arc, OnceLock};

/// What a hit's explanation is made of, and the explanation once made.
#[derive(Debug, Clone)]
pub(crate) struct ExplainLater {
    /// The index that aligned the words (a name number means nothing in another).
    index_id: u64,
    /// The tokens of the words matched, one after the other.
    text: Box<str>,
    /// Where each token ends in `text`.
    ends: Box<[u32]>,
    /// Each token's rarity weight.
    weights: Box<[f32]>,
    /// The aligned pairs.
    edges: Box<[KeptEdge]>,
    /// Coverages, exponent, factors and score.
    score: AlignedScore,
    /// The explanation, once asked for.
    made: OnceLock<Arc<Explanation>>,
}

/// An aligned pair in a quarter of an [`Edge`]'s bytes: a query holds at most 24 tokens
/// and a listed name far fewer than 65,536.
#[derive(Debug, Clone, Copy, PartialEq)]
struct KeptEdge {
    /// First and last query token of the pair.
    q: (u8, u8),
    /// First and last listed token.
    n: (u16, u16),
    /// Their similarity.
    sim: f32,
    /// The rule that met them.
    rule: crate::similarity::Rule,
}

impl KeptEdge {
    /// `e` kept; `None` if a token number does not fit (never for a real query or name).
    fn keep(e: &Edge) -> Option<KeptEdge> {
        let small = |(a, b): (usize, usize)| Some((u8::try_from(a).ok()?, u8::try_from(b).ok()?));
        let wide = |(a, b): (usize, usize)| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?));
        Some(KeptEdge {
            q: small(e.q)?,
            n: wide(e.n)?,
            sim: e.sim,
            rule: e.rule,
        })
    }

    /// The pair as the explanation reads it.
    fn edge(self) -> Edge {
        let q = (usize::from(self.q.0), usize::from(self.q.1));
        let n = (usize::from(self.n.0), usize::from(self.n.1));
        Edge::for_explanation(q, n, self.sim, self.rule)
    }
}

/// Two hits are equal on what they explain, whether or not either was asked for yet.
impl PartialEq for ExplainLater {
    fn eq(&self, other: &ExplainLater) -> bool {
        self.index_id == other.index_id
            && self.text == other.text
            && self.ends == other.ends
            && self.weights == other.weights
            && self.edges == other.edges
            && self.score == other.score
    }
}

impl ExplainLater {
    /// The parts of the alignment `a` of the words `p` by index `index_id`.
    pub fn keep(index_id: u64, p: &Prepared, a: &Alignment) -> ExplainLater {
        let mut text = String::with_capacity(p.tokens.iter().map(String::len).sum());
        let mut ends = Vec::with_capacity(p.tokens.len());
        for t in &p.tokens {
            text.push_str(t);
            // A document is far below 4 GB (`MAX_DOCUMENT_BYTES`), and so are its words.
            ends.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
        }
        ExplainLater {
            index_id,
            text: text.into_boxed_str(),
            ends: ends.into_boxed_slice(),
            weights: p.weights.clone().into_boxed_slice(),
            edges: a.edges.iter().filter_map(KeptEdge::keep).collect(),
            score: AlignedScore::of(a),
            made: OnceLock::new(),
        }
    }

    /// The explanation of the hit of listed name `nid`, built on the first call and shared
    /// afterwards; `None` when `m` is not the index that made the hit.
    pub fn explanation(&self, m: &Matcher, nid: u32) -> Option<Arc<Explanation>> {
        if m.id != self.index_id {
            return None;
        }
        let name = m.names.get(nid as usize)?;
        Some(
            self.made
                .get_or_init(|| {
                    let tokens = self.tokens();
                    let query = QueryWords {
                        tokens: &tokens,
                        weights: &self.weights,
                    };
                    let edges: Vec<Edge> = self.edges.iter().map(|e| e.edge()).collect();
                    let evidence = Default::default();
                    Arc::new(explain_alignment(
                        m,
                        &query,
                        name,
                        &self.score,
                        &edges,
                        evidence,
                    ))
                })
                .clone(),
        )
    }

    /// The tokens of the words matched.
    fn tokens(&self) -> Vec<&str> {
        let mut start = 0;
        self.ends
            .iter()
            .map(|&end| {
                let end = end as usize;
                let t = self.text.get(start..end).unwrap_or("");
                start = end;
                t
            })
            .collect()
    }

    /// Bytes held on the heap besides the struct itself, the explanation included once
    /// made: for caches bounded in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.text.len()
            + self.ends.len() * std::mem::size_of::<u32>()
            + self.weights.len() * std::mem::size_of::<f32>()
            + self.edges.len() * std::mem::size_of::<KeptEdge>()
            + self
                .made
                .get()
                .map_or(0, |e| std::mem::size_of::<Explanation>() + e.heap_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::hand_made_matcher;
    use crate::score::{align, explain};
    use crate::Query;
    use nomina_model::EntityType;

    /// The words "Masood Azar" aligned with the one listed name, the parts kept, and the
    /// explanation made at once.
    fn kept_and_made(m: &Matcher) -> (ExplainLater, Explanation) {
        let p = m.prepare(&Query::name("Masood Azar")).unwrap();
        let a = align(m, &p, &m.names[0]);
        (
            ExplainLater::keep(m.id, &p, &a),
            explain(m, &p, &m.names[0], &a, Default::default()),
        )
    }

    fn one_name() -> Matcher {
        hand_made_matcher(&[(EntityType::Person, "AZHAR, Masood Mohammed")])
    }

    #[test]
    fn an_explanation_made_later_is_the_one_made_at_once() {
        let m = one_name();
        let (kept, at_once) = kept_and_made(&m);
        let later = kept.explanation(&m, 0).expect("the index that made it");
        assert_eq!(*later, at_once);
        assert!(later
            .tokens
            .iter()
            .any(|t| t.query == "azar" && t.listed == "azhar"));
    }

    #[test]
    fn an_explanation_is_made_once_and_shared() {
        let m = one_name();
        let (kept, _) = kept_and_made(&m);
        let before = kept.heap_bytes();
        let first = kept.explanation(&m, 0).unwrap();
        assert!(Arc::ptr_eq(&first, &kept.explanation(&m, 0).unwrap()));
        assert!(
            kept.heap_bytes() > before,
            "the explanation made is counted"
        );
        // Two hits are equal on what they explain, asked for or not.
        let (fresh, _) = kept_and_made(&m);
        assert_eq!(kept, fresh);
    }

    #[test]
    fn a_kept_edge_reads_back_as_the_pair_it_was() {
        let e = Edge::for_explanation((3, 4), (700, 701), 0.92, crate::similarity::Rule::Exact);
        let back = KeptEdge::keep(&e).unwrap().edge();
        assert_eq!(
            (back.q, back.n, back.sim, back.rule),
            (e.q, e.n, e.sim, e.rule)
        );
        let wide = Edge::for_explanation((300, 301), (0, 0), 1.0, crate::similarity::Rule::Exact);
        assert!(KeptEdge::keep(&wide).is_none(), "no query has 300 tokens");
    }

    #[test]
    fn another_index_gets_no_explanation() {
        let m = one_name();
        let (kept, _) = kept_and_made(&m);
        let other = one_name();
        assert_ne!(m.id, other.id);
        assert!(kept.explanation(&other, 0).is_none());
        assert!(kept.explanation(&m, 99).is_none(), "no such name");
    }
}
