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

use crate::fast_hash::FastMap;
use crate::index::{IndexedName, Matcher};
use crate::prepare::Prepared;
use crate::score::{align, least_coverage_reaching, round4, score_bound, Alignment, Explanation};
use crate::similarity::{Rule, RuleSet};
use crate::span_bound::{NameSims, WindowMeets};
use crate::span_explain::ExplainLater;
use crate::Query;
use nomina_model::{EntityType, NameKind};
use nomina_text::TokenClass;

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
    /// Per vocabulary token, the listed weight a window meeting it is credited with
    /// toward each name it anchors (times the similarity): the least it stands for in any
    /// name. What a name's anchors stand for beyond it is in the name's
    /// [`BoundFacts::slack`] and [`BoundFacts::loose_weight`].
    anchor_credit: Vec<f32>,
    /// Per name, its first 64 tokens with their rarity weights, side by side for the
    /// coverage bound: names `start[i]..start[i + 1]`.
    weighted_tokens: Vec<(u32, f32)>,
    /// Where each name's tokens start in `weighted_tokens` (one more entry than names).
    weighted_start: Vec<u32>,
    /// Per name, what the candidate bounds read besides its tokens, side by side.
    bound_facts: Vec<BoundFacts>,
    /// The distinct factors of the names' kinds ([`BoundFacts::kind`] indexes them): the
    /// least coverage reaching a score is computed once per factor.
    kind_factors: Vec<f32>,
}

/// What the candidate bounds of one listed name read besides its tokens.
#[derive(Debug, Clone, Copy)]
struct BoundFacts {
    /// The name's weight ([`IndexedName::weight`]).
    weight: f32,
    /// What initials may be credited ([`IndexedName::initials_weight`]).
    initials_weight: f32,
    /// The factor of the name's kind ([`crate::score::kind_factor`]).
    kind_factor: f32,
    /// Where that factor is in [`SpanIndex::kind_factors`].
    kind: u8,
    /// The name has joined pairs.
    joins: bool,
    /// The name's weight (at least the least positive float), to turn anchor weight
    /// into coverage.
    anchor_weight: f32,
    /// Weight of its tokens that are not anchors, what its anchors stand for beyond their
    /// credit ([`SpanIndex::anchor_credit`]) and what initials may be credited, divided
    /// by the name's weight: what a window can cover beyond its anchors' credit.
    slack: f32,
    /// Weight of its tokens that are not anchors and what its anchors stand for beyond
    /// their credit: the most identity a window can give the name beyond what its
    /// anchors are credited with.
    loose_weight: f32,
    /// The [`token_bit`]s of its tokens that are not anchors: a window none of whose
    /// tokens has one of them meets none of those tokens.
    loose_tokens: u128,
    /// [`BoundFacts::slack`] and [`BoundFacts::loose_weight`] for a window that meets
    /// none of the name's tokens that are not anchors: what its anchors stand for beyond
    /// their credit, and (in the slack) what initials may be credited.
    slack_unmet: f32,
    loose_weight_unmet: f32,
    /// The name is a person's (its identity floor is [`SpanFloor::person_identity`]).
    person: bool,
    /// Bit `j` set when the name's token `j` (of its first 64) is a name word (not a
    /// particle, legal form or stop word) of more than one letter and some weight: one
    /// the window must meet for the name to be named in full. One-letter tokens are left
    /// out, as any word with that initial may meet them.
    name_words: u64,
    /// Weight of the rarest name word outside [`BoundFacts::name_words`] (one-letter,
    /// beyond the 64th token, or of almost no weight), which the alignment may count as
    /// met whatever the window: the rarest name word met is at least this rare.
    other_name_word_weight: f32,
}

impl SpanIndex {
    /// The first 64 tokens of name `nid` with their rarity weights.
    fn name_tokens(&self, nid: u32) -> &[(u32, f32)] {
        let k = nid as usize;
        &self.weighted_tokens[self.weighted_start[k] as usize..self.weighted_start[k + 1] as usize]
    }

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
    /// Entity key, e.g. `un:QDi.422` (shared with the index: a hit holds a count, not a
    /// copy).
    pub entity: std::sync::Arc<str>,
    /// The entity's primary name (shared likewise).
    pub primary: std::sync::Arc<str>,
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
    /// The listed name is an acronym or code (`LeT`, `HQN`): the matcher meets it only by
    /// its spelling, and a text should write it as one (not "Let me know").
    pub listed_acronym: bool,
    /// Number of listed tokens the window matched (an initial or a joined pair counts
    /// for the tokens it covers).
    pub matched_tokens: usize,
    /// What a caller's rules read of the match: coverages, rules, what was left.
    pub facts: SpanFacts,
    /// Why, token by token, as for name screening: made when first asked for
    /// ([`SpanHit::explanation`]).
    explained: ExplainLater,
}

impl SpanHit {
    /// Bytes the hit holds, its explanation and the listed words it left unmatched
    /// included (allocator overhead aside; the entity's key and primary name are the
    /// index's, shared): for callers that keep hits in a cache bounded in bytes, such as
    /// the scanner's window cache.
    pub fn approx_bytes(&self) -> usize {
        std::mem::size_of::<SpanHit>()
            + self.explained.heap_bytes()
            + self
                .facts
                .unmatched_name_words
                .iter()
                // The pair, and the shared word's letters after its two reference counts.
                .map(|(w, _)| {
                    std::mem::size_of::<(std::sync::Arc<str>, f64)>()
                        + 2 * std::mem::size_of::<usize>()
                        + w.len()
                })
                .sum::<usize>()
    }

    /// Why the words matched, token by token, as for name screening: built on the first
    /// call and shared by every later one (a scanner hands the same explanation to every
    /// mention of the same words). `m` is the index that made the hit; `None` for another.
    pub fn explanation(&self, m: &Matcher) -> Option<std::sync::Arc<Explanation>> {
        self.explained.explanation(m, self.name_ref.0)
    }
}

/// The structured facts of a span match, computed with its score, for the rules of a
/// caller that decides what a match in a text means (the scanner's evidence rules): no
/// caller needs to read an explanation's display strings.
#[derive(Debug, Clone, PartialEq)]
pub struct SpanFacts {
    /// Kind of the listed name matched (primary, alias, weak alias…).
    pub name_kind: NameKind,
    /// Share of the words' weight that found a listed counterpart.
    pub query_coverage: f64,
    /// Share of the listed name's weight the words account for.
    pub name_coverage: f64,
    /// The score before the name kind's discount ([`crate::kind_factor`]), to compare
    /// entities on the same words whatever kind of name each was met by.
    pub undiscounted_score: f64,
    /// The similarity rules that met at least one token.
    pub rules: RuleSet,
    /// Characters of the shortest single word met only by typing slips
    /// ([`Rule::EditDistance`]); `None` when no word was.
    pub shortest_slipped_word: Option<usize>,
    /// Rarity weight of the listed name words (not particles, legal forms or stop words)
    /// that no word met.
    pub unmatched_name_weight: f64,
    /// A legal form of the listed name ("Limited") that no word met.
    pub unmatched_legal_form: bool,
    /// The listed name words no word met (those of [`SpanFacts::unmatched_name_weight`]),
    /// each with the share of the listed name's weight it stands for: a caller may hold
    /// some of them generic ("association" in AL-QARD AL-HASSAN ASSOCIATION).
    pub unmatched_name_words: Vec<(std::sync::Arc<str>, f64)>,
    /// Some word met a name word of the listed name at least as rare as every name word
    /// left unmatched (true when none is left): the words carry the name's rarest part.
    pub rarest_name_word_met: bool,
    /// Characters of the listed name's tokens, spaces aside.
    pub listed_chars: usize,
    /// The words name a person listed as "SURNAME, Given names" in part only, and meet
    /// the surname before one of the given names ("Ibrahim Rana" for IBRAHIM, Rana
    /// Hussein): a partial name written surname first ([`written_surname_first`]).
    pub surname_first: bool,
    /// The words name a person listed as "SURNAME, Given names" by the surname and a later
    /// given name, leaving out a first given name at least as rare as every given name
    /// met ("Ali Bazzi" for BAZZI, Kassem Mohamad Ali; "John Taylor" for TAYLOR, Mark
    /// John): [`skips_rarer_first_given_name`].
    pub first_given_name_skipped: bool,
}

/// What a match in a window must reach to be reported: its score, and the identity
/// ([`SpanHit::matched_weight`]) it carries, which a caller may require to differ for
/// persons (whose common given names carry little) and other parties. A listed name that
/// cannot reach both is never aligned: the identity is bounded from the listed tokens the
/// window meets, before any alignment, so a window of common name words ("Muhammad Ali
/// Hasan") costs little however many listed names share its words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SpanFloor {
    /// Least score.
    pub score: f64,
    /// Least identity of a person's name.
    pub person_identity: f64,
    /// Least identity of any other party's name.
    pub other_identity: f64,
    /// Least identity of a person's name the window can only name in part (a name word of
    /// it that no word of the window meets, so [`SpanFacts::unmatched_name_weight`] is
    /// above 0 whatever the alignment).
    pub partial_person_identity: f64,
    /// Least identity of a person's name named in part without its rarest name word
    /// (the window meets none of the listed name words as rare as the rarest it leaves
    /// unmet, so [`SpanFacts::rarest_name_word_met`] is false whatever the alignment).
    pub partial_person_without_rarest_identity: f64,
}

impl SpanFloor {
    /// A floor on the score alone.
    pub fn score(score: f64) -> SpanFloor {
        SpanFloor {
            score,
            person_identity: 0.0,
            other_identity: 0.0,
            partial_person_identity: 0.0,
            partial_person_without_rarest_identity: 0.0,
        }
    }

    /// Least identity required of a name of a party of type `t`.
    pub fn identity(&self, t: EntityType) -> f64 {
        if t == EntityType::Person {
            self.person_identity
        } else {
            self.other_identity
        }
    }
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
        let anchor_credit = self.anchor_credit();
        let mut anchors: Vec<Vec<u32>> = vec![Vec::new(); self.vocab.len()];
        let mut order: Vec<(f32, u32)> = Vec::new();
        let mut weighted_tokens = Vec::new();
        let mut weighted_start = Vec::with_capacity(self.names.len() + 1);
        let mut bound_facts = Vec::with_capacity(self.names.len());
        let mut kind_factors: Vec<f32> = Vec::new();
        for (nid, name) in self.names.iter().enumerate() {
            weighted_start.push(weighted_tokens.len() as u32);
            weighted_tokens.extend(
                name.tokens
                    .iter()
                    .take(64)
                    .map(|&t| (t, self.vocab[t as usize].weight)),
            );
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
            // Weight the name's anchors stand for beyond the credit the window gives them
            // (a token held twice, a joined pair heavier than the lightest pair spelt
            // alike): the window's credit counts each anchor once, at its least weight.
            let mut excess = 0.0f32;
            let mut loose_tokens = 0u128;
            for &(w, t) in &order {
                // Initials can be credited with any word: never rely on them as anchors,
                // and never let them hide an anchor either.
                let initial = self.vocab[t as usize].text.len() == 1;
                if !initial && acc + w >= budget {
                    // A token held again gets no credit of its own.
                    excess += if push_once(&mut anchors[t as usize], nid) {
                        w - anchor_credit[t as usize]
                    } else {
                        w
                    };
                } else {
                    acc += w;
                    loose_tokens |= token_bit(t);
                }
            }
            // Joined pairs stand for two listed words at once: always worth a look.
            for &(t, a, z) in &name.joins {
                let joined = self.joined_weight(name, a, z);
                excess += if push_once(&mut anchors[t as usize], nid) {
                    joined - anchor_credit[t as usize]
                } else {
                    joined
                };
            }
            let w = name.weight.max(f32::MIN_POSITIVE);
            let name_words = self.name_word_mask(name);
            let kind_factor = crate::score::kind_factor(name.kind);
            let kind = match kind_factors.iter().position(|&f| f == kind_factor) {
                Some(k) => k,
                None => {
                    kind_factors.push(kind_factor);
                    kind_factors.len() - 1
                }
            };
            bound_facts.push(BoundFacts {
                weight: name.weight,
                initials_weight: name.initials_weight,
                kind_factor,
                kind: u8::try_from(kind).expect("a name kind's factor is one of a few"),
                joins: !name.joins.is_empty(),
                anchor_weight: w,
                slack: (acc + excess + name.initials_weight) / w,
                loose_weight: acc + excess,
                loose_tokens,
                slack_unmet: (excess + name.initials_weight) / w,
                loose_weight_unmet: excess,
                person: self.entities[name.entity as usize].entity_type == EntityType::Person,
                name_words,
                other_name_word_weight: self.other_name_word_weight(name, name_words),
            });
        }
        weighted_start.push(weighted_tokens.len() as u32);
        SpanIndex {
            index_id: self.id,
            min_score,
            anchors,
            anchor_credit,
            weighted_tokens,
            weighted_start,
            bound_facts,
            kind_factors,
        }
    }

    /// Weight of the listed words `a..=z` of `name`, which one of its joined pairs stands
    /// for.
    fn joined_weight(&self, name: &IndexedName, a: u8, z: u8) -> f32 {
        name.tokens
            .iter()
            .take(z as usize + 1)
            .skip(a as usize)
            .map(|&t| self.vocab[t as usize].weight)
            .sum()
    }

    /// Per vocabulary token, the weight a window meeting it is credited with toward any
    /// name it anchors ([`SpanIndex::anchor_credit`]): the least weight it stands for in
    /// any name, its own as a listed word, or that of the words a joined pair joins
    /// (a spelling may be both: "abdulrahman" listed as one word and joined from "abdul
    /// rahman").
    fn anchor_credit(&self) -> Vec<f32> {
        // Read from the names, not from the token's `joined` flag: a spelling interned
        // first as a joined pair may be listed as a word too.
        let mut credit = vec![f32::INFINITY; self.vocab.len()];
        for name in &self.names {
            for &t in &name.tokens {
                let c = &mut credit[t as usize];
                *c = c.min(self.vocab[t as usize].weight);
            }
            for &(t, a, z) in &name.joins {
                let c = &mut credit[t as usize];
                *c = c.min(self.joined_weight(name, a, z));
            }
        }
        credit
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
    ///
    /// The work is bounded (see [`SpanLimits`]): at most
    /// [`MAX_BOUNDED_CANDIDATES`] names get their coverage bound computed and at most
    /// [`MAX_ALIGNED_CANDIDATES`] are aligned, the best by their upper bound. In running
    /// prose a window has far fewer candidates than that and the answer is exact; in a
    /// window made only of common name words (a pasted customer list) the names with the
    /// most evidence in the window are kept.
    pub fn match_span(&self, idx: &SpanIndex, words: &[&str], min_score: f64) -> Vec<SpanHit> {
        self.match_span_counted(idx, words, &SpanFloor::score(min_score))
            .0
    }

    /// [`Matcher::match_span`], also returning the work done: the number of alignments
    /// (one listed name scored against some words), never more than
    /// [`SpanLimits::MAX_WINDOW_WORK`].
    pub fn match_span_counted(
        &self,
        idx: &SpanIndex,
        words: &[&str],
        floor: &SpanFloor,
    ) -> (Vec<SpanHit>, u64) {
        let min_score = floor.score;
        if idx.index_id != self.id || words.is_empty() {
            return (Vec::new(), 0);
        }
        let words = &words[..words.len().min(MAX_SPAN_WORDS)];
        let Some((p, pos)) = self.prepare_words(words) else {
            return (Vec::new(), 0);
        };
        let mut work = 0u64;
        let initials = p.tokens.iter().any(|t| t.len() == 1);
        // Anchor weight each name could get from the window, counted generously (a token
        // matched by two words counts twice; what an anchor stands for beyond its credit
        // is in the name's slack), so that the coverage bound below never drops a name
        // that could reach the score.
        let mut cands: Vec<(f32, f32, u32)> = SCRATCH.with(|sc| {
            let mut sc = sc.borrow_mut();
            sc.needs.serve(idx, min_score);
            self.credit_anchors(idx, &p, &mut sc);
            let touched = std::mem::take(&mut sc.touched);
            let mut out = std::mem::take(&mut sc.cands);
            out.clear();
            let met = sc.met_tokens;
            for &nid in &touched {
                let k = nid as usize;
                let facts = &idx.bound_facts[k];
                let anchored = sc.acc[k];
                sc.acc[k] = 0.0;
                let (cov, loose) = anchor_bound(facts, anchored, met);
                if cov >= sc.needs.anchor[facts.kind as usize]
                    && identity_may_reach(floor, facts, anchored + loose)
                {
                    out.push((cov, anchored, nid));
                }
            }
            sc.touched = touched;
            sc.touched.clear();
            out
        });
        // First cut, on the anchor coverage alone: the most covered names, then those
        // with the most anchor weight (identity) in the window, then by number.
        keep_best(&mut cands, SpanLimits::MAX_BOUNDED_CANDIDATES, |a, b| {
            b.0.total_cmp(&a.0)
                .then(b.1.total_cmp(&a.1))
                .then(a.2.cmp(&b.2))
        });
        // Second cut, on the coverage bound of every listed token, then on the identity
        // (similarity times rarity weight) the window could give the name.
        let mut bounded: Vec<(f64, f32, u32)> = SCRATCH.with(|sc| {
            let mut sc = sc.borrow_mut();
            let mut out = std::mem::take(&mut sc.bounded);
            out.clear();
            out.extend(cands.iter().filter_map(|&(_, _, nid)| {
                let facts = &idx.bound_facts[nid as usize];
                let (b, ident) = self.coverage_bound(
                    idx,
                    &sc.sim,
                    nid,
                    (min_score, sc.needs.strict[facts.kind as usize]),
                    least_identity(floor, facts),
                )?;
                // The same tolerance as the coverage bound's identity test.
                let reaches = |least: f64| f64::from(ident) >= least - 1e-3;
                // Only a person's name short of the partial floors needs its tokens
                // read again.
                let sure = !facts.person
                    || reaches(
                        floor
                            .partial_person_identity
                            .max(floor.partial_person_without_rarest_identity),
                    );
                (sure || reaches(self.least_identity_for(idx, &sc.sim, nid, floor, initials)))
                    .then_some((b, ident, nid))
            }));
            let Scratch { sim, sim_set, .. } = &mut *sc;
            for &t in sim_set.iter() {
                sim[t as usize] = 0.0;
            }
            sim_set.clear();
            out
        });
        let by_bound = |a: &(f64, f32, u32), b: &(f64, f32, u32)| {
            b.0.total_cmp(&a.0)
                .then(b.1.total_cmp(&a.1))
                .then(a.2.cmp(&b.2))
        };
        if bounded.len() > SpanLimits::MAX_ALIGNED_CANDIDATES {
            // A window reports one name per entity: when names must be dropped, an
            // entity's third-best name goes before another entity's first.
            bounded.sort_unstable_by(by_bound);
            let mut per_entity: FastMap<u32, usize> = FastMap::default();
            let (mut first, mut rest): (Vec<_>, Vec<_>) = (Vec::new(), Vec::new());
            for c in bounded.drain(..) {
                let n = per_entity
                    .entry(self.names[c.2 as usize].entity)
                    .or_default();
                *n += 1;
                if *n <= SpanLimits::NAMES_PER_ENTITY {
                    first.push(c);
                } else {
                    rest.push(c);
                }
            }
            first.truncate(SpanLimits::MAX_ALIGNED_CANDIDATES);
            let room = SpanLimits::MAX_ALIGNED_CANDIDATES - first.len();
            first.extend(rest.into_iter().take(room));
            bounded = first;
        }
        // Names that cannot reach the score on any contiguous part of the window are
        // never aligned (the bound is never below the aligner's score).
        let mut meets = SCRATCH.with(|sc| std::mem::take(&mut sc.borrow_mut().meets));
        meets.fill(&p, self.vocab.len());
        let whole = p.tokens.len() - 1;
        // With each name, its similarities to the window, read again by the compaction.
        let mut order: Vec<(u32, Option<NameSims>)> = bounded
            .iter()
            .filter_map(|c| {
                let sims = self.name_sims(&p, &meets, &self.names[c.2 as usize], min_score);
                sims.as_ref()
                    .is_none_or(|s| s.may_reach_within(&p.weights, 0, whole))
                    .then_some((c.2, sims))
            })
            .collect();
        order.sort_unstable_by_key(|o| o.0);
        let mut sub = p.sub(0, p.tokens.len() - 1);
        let mut reach = Reach::default();
        let mut best: FastMap<u32, (f32, u32, usize, usize)> = FastMap::default();
        for (nid, sims) in order {
            let name = &self.names[nid as usize];
            let a = align(self, &p, name);
            work += 1;
            let Some((qa, qb)) = a
                .edges
                .iter()
                .map(|e| e.q)
                .reduce(|x, y| (x.0.min(y.0), x.1.max(y.1)))
            else {
                continue;
            };
            let want = Want::of(&a);
            if qb - qa >= want.words {
                reach.fill(self, &p, &meets, name);
            }
            if !compaction_may_reach(&p, sims.as_ref(), &reach, want, qa, qb) {
                continue;
            }
            let (qa, qb) = self.compact_range(&p, name, want, qa, qb, &mut sub, &reach, &mut work);
            // The whole window is its own best sub-window: its alignment is already known.
            let s = if qa == 0 && qb + 1 == p.tokens.len() {
                a.name_score()
            } else {
                sub_into(&p, qa, qb, &mut sub);
                work += 1;
                align(self, &sub, name).name_score()
            };
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
                        o.insert((s, nid, qa, qb));
                    }
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    v.insert((s, nid, qa, qb));
                }
            }
        }
        SCRATCH.with(|sc| {
            let mut sc = sc.borrow_mut();
            sc.meets = meets;
            sc.cands = cands;
            sc.bounded = bounded;
        });
        work += best.len() as u64;
        let mut out: Vec<SpanHit> = best
            .into_values()
            .map(|(_, nid, qa, qb)| {
                let name = &self.names[nid as usize];
                if qa == 0 && qb + 1 == p.tokens.len() {
                    return self.span_hit(&p, name, nid, pos[qa].0, pos[qb].1);
                }
                sub_into(&p, qa, qb, &mut sub);
                self.span_hit(&sub, name, nid, pos[qa].0, pos[qb].1)
            })
            .filter(|h| h.score >= min_score - 1e-6)
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entity.cmp(&b.entity)));
        (out, work)
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

    /// Every listed name of the entity `name` belongs to, `name` among them: to score words
    /// against each with [`Matcher::score_span`] when the name that matched part of them
    /// does not hold the rest. An entity's names are indexed side by side.
    pub fn names_of_entity(&self, name: NameRef) -> impl Iterator<Item = NameRef> + '_ {
        let k = (name.0 as usize).min(self.names.len());
        let entity = self.names.get(k).map(|n| n.entity);
        let same = |i: usize| Some(self.names[i].entity) == entity;
        let lo = (0..k).rev().take_while(|&i| same(i)).last().unwrap_or(k);
        let hi = (k..self.names.len())
            .take_while(|&i| same(i))
            .last()
            .map_or(k, |i| i + 1);
        (lo..hi).map(|i| NameRef(i as u32))
    }

    /// The key of the entity a listed name belongs to.
    pub fn name_entity(&self, name: NameRef) -> Option<&str> {
        let n = self.names.get(name.0 as usize)?;
        Some(&self.entities[n.entity as usize].key)
    }

    /// The tightest window of the prepared words that matches as many of the listed
    /// name's tokens as the whole did: the aligner takes the first of two equal words,
    /// which in "Iran Air and Mahan Air" pairs MAHAN AIR's "air" with Iran's.
    ///
    /// Only windows that could match that many tokens are aligned: they start and end on
    /// a word that meets some token of the name, hold at most
    /// [`SpanLimits::MAX_EXTRA_WORDS`] words beyond the tokens matched (a listed name is
    /// written in one piece), and their words meet enough distinct tokens of the name.
    #[allow(clippy::too_many_arguments)]
    fn compact_range(
        &self,
        p: &Prepared,
        name: &IndexedName,
        want: Want,
        qa: usize,
        qb: usize,
        sub: &mut Prepared,
        reach: &Reach,
        work: &mut u64,
    ) -> (usize, usize) {
        if qb - qa < want.words {
            return (qa, qb);
        }
        for (start, end) in compaction_windows(reach, p.tokens.len(), want, qa, qb) {
            sub_into(p, start, end, sub);
            let al = align(self, sub, name);
            *work += 1;
            if matched_tokens(&al) >= want.tokens {
                let (x, y) = al
                    .edges
                    .iter()
                    .map(|e| e.q)
                    .reduce(|x, y| (x.0.min(y.0), x.1.max(y.1)))
                    .unwrap_or((0, end - start));
                return (start + x, start + y);
            }
        }
        (qa, qb)
    }

    /// Credits every name the units of window `p` meet an anchor of with the anchor's
    /// credit times the similarity (`sc.acc`, the names in `sc.touched`), counted
    /// generously: a token met by two units counts twice, and what an anchor stands for
    /// beyond its credit is in the name's slack. Records each met token's best
    /// similarity (`sc.sim`, the tokens in `sc.sim_set`).
    fn credit_anchors(&self, idx: &SpanIndex, p: &Prepared, sc: &mut Scratch) {
        let n = self.names.len();
        if sc.acc.len() != n || sc.index_id != self.id {
            sc.acc = vec![0.0; n];
            sc.touched = Vec::new();
            sc.sim = vec![0.0; self.vocab.len()];
            sc.sim_set = Vec::new();
            sc.index_id = self.id;
        }
        let Scratch {
            acc,
            touched,
            sim,
            sim_set,
            met_tokens,
            ..
        } = sc;
        *met_tokens = 0;
        for u in &p.units {
            for m in u.matches.iter() {
                let s = &mut sim[m.0 as usize];
                if *s == 0.0 {
                    sim_set.push(m.0);
                    *met_tokens |= token_bit(m.0);
                }
                *s = s.max(m.1).max(f32::MIN_POSITIVE);
                let credit = m.1 * idx.anchor_credit[m.0 as usize];
                for &nid in &idx.anchors[m.0 as usize] {
                    let a = &mut acc[nid as usize];
                    if *a == 0.0 {
                        touched.push(nid);
                    }
                    *a += credit + f32::MIN_POSITIVE;
                }
            }
        }
    }

    /// Largest score name `nid` can reach against any sub-window of the window whose best
    /// similarity per vocabulary token is `sim` (0 for tokens no word of it meets), and
    /// the identity (similarity times rarity weight) of the name's tokens it could meet;
    /// `None` when the score is below `min_score` or the identity below `least_identity`.
    /// `least_coverage` is the name's coverage reaching `min_score`
    /// ([`least_coverage_reaching`] for its kind's factor).
    fn coverage_bound(
        &self,
        idx: &SpanIndex,
        sim: &[f32],
        nid: u32,
        (min_score, least_coverage): (f64, f32),
        least_identity: f64,
    ) -> Option<(f64, f32)> {
        let k = nid as usize;
        let toks = idx.name_tokens(nid);
        let facts = idx.bound_facts[k];
        let bound = |covered: f32| {
            if facts.weight <= 0.0 {
                return 1.0;
            }
            score_bound(1.0, (covered + facts.initials_weight) / facts.weight) as f64
                * facts.kind_factor as f64
        };
        // The score bound reaches `min_score` exactly when the coverage reaches
        // `least_coverage`: no table look-up for the many names that fail.
        let score_reaches = |covered: f32| {
            if facts.weight <= 0.0 {
                1.0 >= min_score
            } else {
                (covered + facts.initials_weight) / facts.weight >= least_coverage
            }
        };
        // The bound is a sum of f32 products: a little tolerance keeps a name whose
        // identity is exactly the floor.
        let reaches =
            |covered: f32| f64::from(covered) >= least_identity - 1e-3 && score_reaches(covered);
        let plain = toks.iter().map(|&(t, w)| sim[t as usize] * w).sum::<f32>();
        // Each joined pair the window meets adds at most its similarity times the weight
        // of the words it joins: most names fail even so, without the exact sum.
        let mut joined_gain = 0.0f32;
        if facts.joins {
            for &(t, a, z) in &self.names[k].joins {
                let s = sim[t as usize];
                if s > 0.0 {
                    let end = (z as usize + 1).min(toks.len());
                    let joined: f32 = toks[(a as usize).min(end)..end]
                        .iter()
                        .map(|&(_, w)| w)
                        .sum();
                    joined_gain += s * joined;
                }
            }
        }
        if joined_gain == 0.0 {
            return reaches(plain).then(|| (bound(plain), plain));
        }
        if !reaches(plain + joined_gain) {
            return None;
        }
        let mut sims = [0.0f32; 64];
        self.token_sims(idx, sim, nid, &mut sims);
        let covered = toks
            .iter()
            .zip(&sims)
            .map(|(&(_, w), s)| s * w)
            .sum::<f32>();
        reaches(covered).then(|| (bound(covered), covered))
    }

    /// The best similarity of a word of the window to each of the first 64 tokens of name
    /// `nid` (`sim` per vocabulary token, 0 for those no word meets), a listed joined
    /// pair met giving its similarity to each token it stands for; written to `out`,
    /// whose first `n` entries (the name's token count, at most 64) are meaningful.
    fn token_sims(&self, idx: &SpanIndex, sim: &[f32], nid: u32, out: &mut [f32; 64]) -> usize {
        let toks = idx.name_tokens(nid);
        let n = toks.len();
        for (x, &(t, _)) in out.iter_mut().zip(toks) {
            *x = sim[t as usize];
        }
        for &(t, a, z) in &self.names[nid as usize].joins {
            let s = sim[t as usize];
            if s > 0.0 {
                for x in out
                    .iter_mut()
                    .take((z as usize + 1).min(n))
                    .skip(a as usize)
                {
                    *x = x.max(s);
                }
            }
        }
        n
    }

    /// The identity `floor` asks of name `nid` given the tokens the window can meet
    /// (`sim` per vocabulary token): a person's name with a name word no word of the
    /// window meets is named in part whatever the alignment, and asks
    /// [`SpanFloor::partial_person_identity`], or
    /// [`SpanFloor::partial_person_without_rarest_identity`] when that word is rarer than
    /// every name word the window may meet. `initials` says the window holds a
    /// one-letter word, which may meet any token by its initial: then nothing is sure.
    fn least_identity_for(
        &self,
        idx: &SpanIndex,
        sim: &[f32],
        nid: u32,
        floor: &SpanFloor,
        initials: bool,
    ) -> f64 {
        let facts = &idx.bound_facts[nid as usize];
        let least = least_identity(floor, facts);
        if !facts.person || initials || facts.name_words == 0 {
            return least;
        }
        let toks = idx.name_tokens(nid);
        let mut sims = [0.0f32; 64];
        self.token_sims(idx, sim, nid, &mut sims);
        let (mut heaviest_met, mut heaviest_unmet) = (facts.other_name_word_weight, 0.0f32);
        let mut unmet = false;
        for (j, (&(_, w), &s)) in toks.iter().zip(&sims).enumerate() {
            if facts.name_words & (1u64 << j) == 0 {
                continue;
            }
            if s > 0.0 {
                heaviest_met = heaviest_met.max(w);
            } else {
                unmet = true;
                heaviest_unmet = heaviest_unmet.max(w);
            }
        }
        partial_identity(floor, least, unmet, heaviest_met >= heaviest_unmet)
    }

    /// The bit mask of the name words of `name` ([`BoundFacts::name_words`]).
    fn name_word_mask(&self, name: &IndexedName) -> u64 {
        let mut mask = 0u64;
        for (j, &t) in name.tokens.iter().take(64).enumerate() {
            let tok = &self.vocab[t as usize];
            // Weights below the facts' rounding would leave no unmatched weight.
            if tok.class == TokenClass::Name && tok.text.len() > 1 && tok.weight >= 1e-3 {
                mask |= 1u64 << j;
            }
        }
        mask
    }

    /// [`BoundFacts::other_name_word_weight`] of `name`, whose name words are `mask`
    /// ([`Matcher::name_word_mask`]).
    fn other_name_word_weight(&self, name: &IndexedName, mask: u64) -> f32 {
        name.tokens
            .iter()
            .enumerate()
            .filter(|&(j, _)| j >= 64 || mask & (1u64 << j) == 0)
            .map(|(_, &t)| &self.vocab[t as usize])
            .filter(|tok| tok.class == TokenClass::Name)
            .map(|tok| tok.weight)
            .fold(0.0, f32::max)
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
        let facts_of_match = self.span_facts(p, name, &a);
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
            listed_acronym: name.acronym,
            matched_tokens,
            facts: facts_of_match,
            explained: ExplainLater::keep(self.id, p, &a),
        }
    }

    /// The surname's token count of a name listed as "SURNAME, Given names" (0 otherwise)
    /// and the position and rarity weight of each given name word after it (name words
    /// only, not particles), among its first 64 tokens.
    fn given_names(&self, name: &IndexedName) -> (usize, Vec<(usize, f32)>) {
        let surname = usize::from(name.surname_tokens);
        if surname == 0 {
            return (0, Vec::new());
        }
        let names = name
            .tokens
            .iter()
            .enumerate()
            .take(64)
            .skip(surname)
            .filter(|(_, &t)| self.vocab[t as usize].class == TokenClass::Name)
            .map(|(j, &t)| (j, self.vocab[t as usize].weight))
            .collect();
        (surname, names)
    }

    /// The structured facts of alignment `a` of words `p` with `name`.
    fn span_facts(&self, p: &Prepared, name: &IndexedName, a: &Alignment) -> SpanFacts {
        let mut rules = RuleSet::default();
        let mut shortest_slipped_word: Option<usize> = None;
        let mut met = [false; 64];
        for e in &a.edges {
            rules.insert(e.rule);
            if e.rule == Rule::EditDistance && e.q.0 == e.q.1 {
                let len = p.tokens[e.q.0].chars().count();
                shortest_slipped_word = Some(shortest_slipped_word.map_or(len, |s| s.min(len)));
            }
            for j in e.n.0..=e.n.1 {
                if let Some(m) = met.get_mut(j) {
                    *m = true;
                }
            }
        }
        let mut unmatched_name_weight = 0.0f64;
        let mut unmatched_name_words = Vec::new();
        let mut unmatched_legal_form = false;
        let (mut heaviest_met, mut heaviest_unmet) = (0.0f32, 0.0f32);
        let mut listed_chars = 0;
        for (j, &t) in name.tokens.iter().enumerate() {
            let tok = &self.vocab[t as usize];
            listed_chars += tok.text.chars().count();
            if met.get(j).copied().unwrap_or(true) {
                if tok.class == TokenClass::Name {
                    heaviest_met = heaviest_met.max(tok.weight);
                }
                continue;
            }
            match tok.class {
                TokenClass::Name => {
                    unmatched_name_weight += f64::from(tok.weight);
                    heaviest_unmet = heaviest_unmet.max(tok.weight);
                    let share =
                        f64::from(tok.weight) / f64::from(name.weight.max(f32::MIN_POSITIVE));
                    unmatched_name_words.push((std::sync::Arc::from(&*tok.text), round4(share)));
                }
                TokenClass::LegalForm => unmatched_legal_form = true,
                TokenClass::Particle | TokenClass::Stop => {}
            }
        }
        let score = a.name_score();
        SpanFacts {
            name_kind: name.kind,
            query_coverage: round4(f64::from(a.cov_q)),
            name_coverage: round4(f64::from(a.cov_n)),
            undiscounted_score: round4(f64::from(score / crate::score::kind_factor(name.kind))),
            rules,
            shortest_slipped_word,
            unmatched_name_weight: round4(unmatched_name_weight),
            unmatched_legal_form,
            unmatched_name_words,
            rarest_name_word_met: heaviest_met >= heaviest_unmet,
            listed_chars,
            surname_first: !name.syllabic
                && !met.iter().take(name.tokens.len()).all(|&m| m)
                && written_surname_first(a, usize::from(name.surname_tokens)),
            first_given_name_skipped: !name.syllabic
                && skips_rarer_first_given_name(&self.given_names(name), &met),
        }
    }
}

/// Bounds on the work of matching one window of words ([`Matcher::match_span`]), so that
/// scanning costs time in proportion to the length of a text whatever its words.
///
/// A window of prose holds a handful of candidate names (on the development text
/// benchmark at most a few hundred pass the anchor filter and at most about seventy the
/// coverage bound); a window of common name words ("Mohammed Ali Khan" lines of a pasted
/// customer list) holds a thousand, each of which used to be aligned against the window
/// and against every sub-window of it.
pub struct SpanLimits;

impl SpanLimits {
    /// Names per window whose coverage bound is computed, the best by anchor coverage.
    /// Prose windows of the development benchmarks have at most about 500 candidates and
    /// windows of a list of common names about 900 (a cut at 512 lost a quarter of the
    /// mentions of such lists); this only stops windows beyond anything measured.
    pub const MAX_BOUNDED_CANDIDATES: usize = 2048;
    /// Names per window aligned, the best by coverage bound, then by the identity the
    /// window could give them. Prose windows of the development benchmarks have at most
    /// about 70 names passing the bound and give the same mentions as without the cut
    /// (32 changed one). Windows of a list of common names have about 180; with 64 they
    /// keep about 85 % of the spans an exhaustive search finds, with 32 about half the
    /// mentions for 1.5 times the speed. Time per word is about linear in this constant.
    pub const MAX_ALIGNED_CANDIDATES: usize = 64;
    /// Names of one entity aligned in a window before other entities' names, when the
    /// window has more candidates than [`Self::MAX_ALIGNED_CANDIDATES`]: a window
    /// reports one name per entity, and listed parties have dozens of near-identical
    /// aliases.
    pub const NAMES_PER_ENTITY: usize = 2;
    /// Words a compacted match may hold beyond the listed tokens it matched: a listed
    /// name is written in one piece, give or take a middle name, a title or connectors;
    /// with more unmatched words inside, no match scores anything near the threshold.
    pub const MAX_EXTRA_WORDS: usize = 4;
    /// Most alignments one window can cost: per aligned candidate, the window, at most
    /// `MAX_EXTRA_WORDS + 1` lengths of sub-window at each start, and the match; plus
    /// the explanation of each hit.
    pub const MAX_WINDOW_WORK: u64 = (Self::MAX_ALIGNED_CANDIDATES
        * (2 + (Self::MAX_EXTRA_WORDS + 1) * MAX_SPAN_WORDS)
        + Self::MAX_ALIGNED_CANDIDATES) as u64;
}

/// Whether the sub-window [`Matcher::compact_range`] settles on, for a name whose
/// alignment with the whole window `p` matched `want.tokens` listed tokens on words `qa..=qb`,
/// may reach the score the name's similarities bound (`sims`, `None` when unbounded;
/// `reach` filled when the compaction runs): false only
/// when the words `qa..=qb` and every part of every window the compaction may settle on
/// are bounded below it ([`Matcher::name_sims`]), so that neither the compaction nor the
/// final alignment is needed. The whole window's score is already known: always true.
fn compaction_may_reach(
    p: &Prepared,
    sims: Option<&NameSims>,
    reach: &Reach,
    want: Want,
    qa: usize,
    qb: usize,
) -> bool {
    let n = p.tokens.len();
    if qb - qa < want.words && qa == 0 && qb + 1 == n {
        return true;
    }
    let Some(sims) = sims else {
        return true;
    };
    // The compaction finding nothing, the words `qa..=qb` themselves are scored.
    if sims.may_reach_exactly(&p.weights, qa, qb) {
        return true;
    }
    qb - qa >= want.words
        && compaction_windows(reach, n, want, qa, qb)
            .any(|(start, end)| sims.may_reach_within(&p.weights, start, end))
}

/// Whether a name whose anchors and other tokens may give the window `identity`
/// (similarity times rarity weight, counted generously, [`anchor_bound`]) may reach the
/// identity `floor` asks of its party. The same tolerance as the coverage bound's
/// identity test.
fn identity_may_reach(floor: &SpanFloor, facts: &BoundFacts, identity: f32) -> bool {
    f64::from(identity) >= least_identity(floor, facts) - 1e-3
}

/// The anchor bound of a name (`facts`) whose anchors a window credits with `anchored`,
/// the window's tokens having the [`token_bit`]s `met`: the most coverage the window can
/// give the name, and the most identity beyond `anchored`. The name's tokens that are
/// not anchors count only when the window may meet one of them.
fn anchor_bound(facts: &BoundFacts, anchored: f32, met: u128) -> (f32, f32) {
    let (slack, loose) = if facts.loose_tokens & met == 0 {
        (facts.slack_unmet, facts.loose_weight_unmet)
    } else {
        (facts.slack, facts.loose_weight)
    };
    (anchored / facts.anchor_weight + slack, loose)
}

/// One of 128 bits standing for vocabulary token `t`, to test cheaply whether a window
/// may meet one of a set of tokens (a set's bits meeting none of the window's, it does
/// not).
fn token_bit(t: u32) -> u128 {
    1u128 << (t.wrapping_mul(0x9E37_79B1) >> 25)
}

/// The identity a person's name needs when the window names it in part for sure
/// (`unmet`), its rarest name word possibly met or not; `least` otherwise.
fn partial_identity(floor: &SpanFloor, least: f64, unmet: bool, rarest_may_be_met: bool) -> f64 {
    if !unmet {
        least
    } else if rarest_may_be_met {
        least.max(floor.partial_person_identity)
    } else {
        least.max(floor.partial_person_without_rarest_identity)
    }
}

/// The identity `floor` asks of the party of a name with `facts`.
fn least_identity(floor: &SpanFloor, facts: &BoundFacts) -> f64 {
    if facts.person {
        floor.person_identity
    } else {
        floor.other_identity
    }
}

/// Whether an alignment meets one of the first `surname` listed tokens (a surname listed
/// first, before a comma) with an earlier word than one of the tokens after them (given
/// names): the words read surname first. Never for a name without a listed surname
/// (`surname` 0).
fn written_surname_first(a: &Alignment, surname: usize) -> bool {
    if surname == 0 {
        return false;
    }
    let first_surname_word = a
        .edges
        .iter()
        .filter(|e| e.n.0 < surname)
        .map(|e| e.q.0)
        .min();
    let last_given_word = a
        .edges
        .iter()
        .filter(|e| e.n.1 >= surname)
        .map(|e| e.q.1)
        .max();
    matches!((first_surname_word, last_given_word), (Some(s), Some(g)) if s < g)
}

/// Whether an alignment that met the listed tokens `met` names a person by the surname
/// and a later given name, leaving out the first given name, which is at least as rare
/// as every given name met. `given` is [`Matcher::given_names`]: the surname's token
/// count, then each given name token's position and weight. A common first name dropped
/// (`Muhammad` in "Ismail Khan" for KHAN, Muhammad Ismail) does not count.
fn skips_rarer_first_given_name(given: &(usize, Vec<(usize, f32)>), met: &[bool; 64]) -> bool {
    let (surname, names) = given;
    let is_met = |j: usize| met.get(j).copied().unwrap_or(true);
    let Some(&(first, first_weight)) = names.first() else {
        return false;
    };
    let mut later_met = names[1..].iter().filter(|g| is_met(g.0)).peekable();
    *surname > 0
        && (0..*surname).any(is_met)
        && !is_met(first)
        && later_met.peek().is_some()
        && later_met.all(|g| first_weight >= g.1)
}

/// Listed tokens an alignment matched (an initial or a joined pair counts for the tokens
/// it covers).
fn matched_tokens(a: &Alignment) -> usize {
    a.edges.iter().map(|e| e.n.1 - e.n.0 + 1).sum()
}

/// What [`Matcher::compact_range`] looks for after aligning a name with a whole window:
/// a sub-window matching as many listed tokens, and the fewest words that may hold them.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Want {
    /// Listed tokens the whole window's alignment matched ([`matched_tokens`]).
    tokens: usize,
    /// Fewest words a sub-window matching them needs: the words the alignment used, or
    /// the tokens if fewer. A window word joined from two listed words ("chonmyong" for
    /// CHON MYONG) stands for both, so a name may be written in fewer words than it has
    /// tokens; counting tokens there skipped the name as written and kept a longer,
    /// scattered reading of it.
    words: usize,
}

impl Want {
    /// What the compaction looks for after the alignment `a`.
    fn of(a: &Alignment) -> Want {
        let tokens = matched_tokens(a);
        let words = a.edges.iter().map(|e| e.q.1 - e.q.0 + 1).sum::<usize>();
        Want {
            tokens,
            words: words.min(tokens),
        }
    }
}

/// The sub-windows [`Matcher::compact_range`] tries, in its order, for an alignment that
/// matched `want.tokens` listed tokens on words `qa..=qb` of a window of `n` words
/// (`qb - qa` at least `want.words`): shortest first, from `want.words` words to at most
/// [`SpanLimits::MAX_EXTRA_WORDS`] words more, and only those whose words may meet
/// `want.tokens` tokens of the name (`reach`).
fn compaction_windows(
    reach: &Reach,
    n: usize,
    want: Want,
    qa: usize,
    qb: usize,
) -> impl Iterator<Item = (usize, usize)> + '_ {
    let longest = (qb - qa).min(want.words + SpanLimits::MAX_EXTRA_WORDS);
    (want.words..=longest)
        .flat_map(move |len| (0..=(n - len)).map(move |start| (start, start + len - 1)))
        .filter(move |&(start, end)| reach.may_match(start, end, want.tokens))
}

/// Keeps the `k` best items of `v` by `cmp` (best first is `Less`), in no given order.
fn keep_best<T>(v: &mut Vec<T>, k: usize, cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    if v.len() > k {
        v.select_nth_unstable_by(k - 1, &cmp);
        v.truncate(k);
    }
}

/// `p` restricted to tokens `qa..=qb` (as [`Prepared::sub`]), written into `out` so that
/// its buffers are reused.
fn sub_into(p: &Prepared, qa: usize, qb: usize, out: &mut Prepared) {
    let len = qb + 1 - qa;
    out.tokens.truncate(len);
    for (i, t) in p.tokens[qa..=qb].iter().enumerate() {
        match out.tokens.get_mut(i) {
            Some(d) => d.clone_from(t),
            None => out.tokens.push(t.clone()),
        }
    }
    out.weights.clear();
    out.weights.extend_from_slice(&p.weights[qa..=qb]);
    out.units.clear();
    out.units.extend(
        p.units
            .iter()
            .filter(|u| u.covers.0 >= qa && u.covers.1 <= qb)
            .map(|u| crate::prepare::Unit {
                covers: (u.covers.0 - qa, u.covers.1 - qa),
                matches: u.matches.clone(),
            }),
    );
    out.context = Default::default();
    out.syllables.clear();
    out.syllables.extend_from_slice(&p.syllables[qa..=qb]);
    out.classes.clear();
    out.classes.extend_from_slice(&p.classes[qa..=qb]);
    out.syllabic = p.syllabic;
}

/// Which tokens of one listed name each unit of a window could meet (by similarity, as
/// part of a joined pair, or as an initial): an upper bound on what the aligner can
/// match inside a sub-window, to skip sub-windows that cannot match enough.
#[derive(Default)]
struct Reach {
    /// Per unit: its query range and a bit per name token (the first 64) it may meet.
    units: Vec<((usize, usize), u64)>,
    /// Per query token: it may meet some token of the name.
    useful: Vec<bool>,
}

impl Reach {
    /// Fills the masks of the units of window `p` (whose units `meets` holds) for
    /// `name`.
    fn fill(&mut self, m: &Matcher, p: &Prepared, meets: &WindowMeets, name: &IndexedName) {
        let nt = &name.tokens;
        let bit = |j: usize| if j < 64 { 1u64 << j } else { 0 };
        self.units.clear();
        self.units.extend(p.units.iter().map(|u| (u.covers, 0u64)));
        // Units with the same range are read together (`may_match` takes both or neither):
        // marking the first is enough.
        let unit = |units: &[((usize, usize), u64)], a: u8, z: u8| {
            units
                .iter()
                .position(|u| u.0 == (usize::from(a), usize::from(z)))
        };
        for (j, &t) in nt.iter().enumerate() {
            for &(a, z, _, _) in meets.of(t) {
                if let Some(k) = unit(&self.units, a, z) {
                    self.units[k].1 |= bit(j);
                }
            }
        }
        for &(t, ja, jz) in &name.joins {
            for &(a, z, _, _) in meets.of(t) {
                if let Some(k) = unit(&self.units, a, z) {
                    for j in ja as usize..=jz as usize {
                        self.units[k].1 |= bit(j);
                    }
                }
            }
        }
        // Initials, either way round.
        let initials =
            meets.has_initials() || nt.iter().any(|&t| m.vocab[t as usize].text.len() == 1);
        for (k, u) in p.units.iter().enumerate() {
            if !initials || u.covers.0 != u.covers.1 {
                continue;
            }
            let q = &p.tokens[u.covers.0];
            for (j, &t) in nt.iter().enumerate() {
                let lt = &m.vocab[t as usize].text;
                if (q.len() == 1 && lt.starts_with(q.as_str()))
                    || (lt.len() == 1 && q.starts_with(&**lt))
                {
                    self.units[k].1 |= bit(j);
                }
            }
        }
        // Names longer than 64 tokens: no bound, every window is tried.
        if nt.len() > 64 {
            for u in &mut self.units {
                u.1 = u64::MAX;
            }
        }
        self.useful.clear();
        self.useful.resize(p.tokens.len(), false);
        for &((a, z), mask) in &self.units {
            if mask != 0 {
                self.useful[a] = true;
                self.useful[z] = true;
            }
        }
    }

    /// Whether the units inside `start..=end` may meet `want` distinct name tokens, the
    /// window starting and ending on a word that meets something.
    fn may_match(&self, start: usize, end: usize, want: usize) -> bool {
        if !self.useful[start] || !self.useful[end] {
            return false;
        }
        let mut mask = 0u64;
        for &((a, z), m) in &self.units {
            if a >= start && z <= end {
                mask |= m;
            }
        }
        mask == u64::MAX || mask.count_ones() as usize >= want
    }
}

/// Per-thread buffers of candidate generation.
#[derive(Default)]
struct Scratch {
    index_id: u64,
    acc: Vec<f32>,
    touched: Vec<u32>,
    /// Per vocabulary token, its best similarity to a unit of the window (0 when none).
    sim: Vec<f32>,
    /// Tokens whose `sim` is set, to reset them.
    sim_set: Vec<u32>,
    /// The [`token_bit`]s of the tokens in `sim_set`.
    met_tokens: u128,
    /// The units of the window per vocabulary token, for the contiguous bound.
    meets: WindowMeets,
    /// The names passing the anchor bound, kept to reuse their allocation.
    cands: Vec<(f32, f32, u32)>,
    /// The names passing the coverage bound, kept to reuse their allocation.
    bounded: Vec<(f64, f32, u32)>,
    /// The least coverages reaching the score asked, per kind factor.
    needs: CoverageNeeds,
}

/// The least coverage reaching a score, per kind factor of an index
/// ([`SpanIndex::kind_factors`]): computed when the index or the score asked changes,
/// which a scan does not do from window to window.
#[derive(Default)]
struct CoverageNeeds {
    /// The index and the score (its bits) they were computed for.
    key: Option<(u64, u64)>,
    /// For the anchor bound, which keeps a name whose bound is a hair below the score.
    anchor: Vec<f32>,
    /// For the coverage bound, which asks the score itself.
    strict: Vec<f32>,
}

impl CoverageNeeds {
    /// Makes the needs those of `idx` and `min_score`.
    fn serve(&mut self, idx: &SpanIndex, min_score: f64) {
        let key = (idx.index_id, min_score.to_bits());
        if self.key == Some(key) {
            return;
        }
        self.key = Some(key);
        let of = |threshold: f64| -> Vec<f32> {
            idx.kind_factors
                .iter()
                .map(|&f| least_coverage_reaching(f, threshold))
                .collect()
        };
        self.anchor = of(min_score - 1e-6);
        self.strict = of(min_score);
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Appends `nid` to a list of names unless it was the last one appended (a name's tokens
/// are recorded together); true when it was appended.
fn push_once(v: &mut Vec<u32>, nid: u32) -> bool {
    if v.last() != Some(&nid) {
        v.push(nid);
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::hand_made_matcher;

    /// One person listed as "IBRAHIM, Rana Hussein" (OFAC's style), one as "Kim Jong Un"
    /// written surname first without a comma, and one organisation.
    fn surname_matcher() -> Matcher {
        hand_made_matcher(&[
            (EntityType::Person, "IBRAHIM, Rana Hussein"),
            (EntityType::Person, "KIM, Jong Un"),
            (EntityType::Organization, "RANA IBRAHIM TRADING, LLC"),
        ])
    }

    #[test]
    fn a_listed_surname_is_the_part_before_the_comma() {
        let m = surname_matcher();
        let by_full = |f: &str| {
            m.names
                .iter()
                .find(|n| &*n.full == f)
                .unwrap()
                .surname_tokens
        };
        assert_eq!(by_full("IBRAHIM, Rana Hussein"), 1);
        assert_eq!(by_full("KIM, Jong Un"), 1);
        // An organisation has no surname.
        assert_eq!(by_full("RANA IBRAHIM TRADING, LLC"), 0);
    }

    #[test]
    fn a_later_given_name_instead_of_a_rarer_first_one_is_skipping_it() {
        let mut met = [false; 64];
        // TAYLOR, Mark John: surname 1 token; given Mark (rare) at 1, John (common) at 2.
        let given = (1, vec![(1, 9.0), (2, 4.0)]);
        met[0] = true;
        met[2] = true;
        assert!(skips_rarer_first_given_name(&given, &met), "John Taylor");
        // A common first name left out (Muhammad) is how such names are written.
        let common_first = (1, vec![(1, 2.0), (2, 8.0)]);
        assert!(
            !skips_rarer_first_given_name(&common_first, &met),
            "Ismail Khan"
        );
        // The first given name met, or no given name met at all: not this fact.
        met[1] = true;
        assert!(!skips_rarer_first_given_name(&given, &met));
        let mut surname_only = [false; 64];
        surname_only[0] = true;
        assert!(!skips_rarer_first_given_name(&given, &surname_only));
        // No surname known (a name not listed surname first).
        assert!(!skips_rarer_first_given_name(&(0, Vec::new()), &met));
    }

    #[test]
    fn a_partial_name_written_surname_first_is_a_fact_of_the_match() {
        let m = surname_matcher();
        let idx = m.span_index(0.8);
        let facts = |words: &[&str]| {
            m.match_span(&idx, words, 0.8)
                .into_iter()
                .find(|h| &*h.entity == "ofac:1")
                .map(|h| h.facts.surname_first)
        };
        assert_eq!(facts(&["ibrahim", "rana"]), Some(true));
        assert_eq!(facts(&["rana", "ibrahim"]), Some(false));
        // The whole name, in either order, is the person whatever the order.
        assert_eq!(facts(&["ibrahim", "rana", "hussein"]), Some(false));
        assert_eq!(facts(&["rana", "hussein", "ibrahim"]), Some(false));
    }

    #[test]
    fn a_name_named_in_part_for_sure_asks_the_partial_floors() {
        let floor = SpanFloor {
            partial_person_identity: 11.0,
            partial_person_without_rarest_identity: 14.0,
            ..SpanFloor::score(0.8)
        };
        // Named in full as far as the window can tell: the party's own floor.
        assert_eq!(partial_identity(&floor, 7.0, false, false), 7.0);
        // A name word no word meets: the partial floors.
        assert_eq!(partial_identity(&floor, 7.0, true, true), 11.0);
        assert_eq!(partial_identity(&floor, 7.0, true, false), 14.0);
        // Never below the party's own floor.
        assert_eq!(partial_identity(&floor, 20.0, true, false), 20.0);
    }

    /// Persons sharing common words, each listed with a rarer one.
    fn common_words_matcher() -> Matcher {
        let p = EntityType::Person;
        hand_made_matcher(&[
            (p, "Abdul Rahman Zarqawi"),
            (p, "Ahmad Abdul Haqqani"),
            (p, "Mohammed Ali Hassan"),
            (p, "Ali Hassan Qurashi"),
            (p, "HASSAN, Ahmad Mohammed"),
            (p, "Saleh Abdul Rahman"),
            (p, "Abd Al Rahman Mustafa"),
        ])
    }

    /// Names whose anchors are joined pairs spelt alike from other words, a joined pair
    /// that is also a listed word, a word held twice, and organisations.
    fn joined_and_repeated_matcher() -> Matcher {
        let (p, o) = (EntityType::Person, EntityType::Organization);
        hand_made_matcher(&[
            (p, "Abdul Rahman Zarqawi"),
            (p, "Abd Al Rahman Mustafa"),
            (p, "Abdulrahman Haqqani"),
            (p, "Abdal Rahman Saleh"),
            (p, "Mohammed Mohammed Saleh"),
            (p, "Saleh Saleh"),
            (p, "Ahmad Abdul Haqqani"),
            (o, "Al Rahman Trading Company"),
            (o, "Haqqani Network"),
        ])
    }

    #[test]
    fn the_anchor_credit_never_falls_below_what_a_window_can_cover() {
        let m = joined_and_repeated_matcher();
        let idx = m.span_index(0.7);
        let words = [
            "abdulrahman",
            "abdalrahman",
            "alrahman",
            "abdul",
            "abd",
            "al",
            "rahman",
            "mohammed",
            "mohamed",
            "saleh",
            "haqqani",
            "zarqawi",
            "network",
            "mustafa",
        ];
        // Names touched, and those of them none of whose loose tokens the window meets.
        let (mut touched, mut unmet) = (0, 0);
        for a in 0..words.len() {
            for b in 0..words.len() {
                for c in 0..words.len() {
                    let window = [words[a], words[b], words[c]];
                    let (p, _) = m.prepare_words(&window).unwrap();
                    SCRATCH.with(|sc| {
                        let mut sc = sc.borrow_mut();
                        m.credit_anchors(&idx, &p, &mut sc);
                        for nid in 0..m.names.len() as u32 {
                            let facts = idx.bound_facts[nid as usize];
                            let (_, covered) = m
                                .coverage_bound(
                                    &idx,
                                    &sc.sim,
                                    nid,
                                    (0.0, least_coverage_reaching(facts.kind_factor, 0.0)),
                                    f64::NEG_INFINITY,
                                )
                                .unwrap();
                            let anchored = sc.acc[nid as usize];
                            let name = &m.names[nid as usize].full;
                            if anchored == 0.0 {
                                // No anchor met: the name cannot reach the index's score.
                                let best = score_bound(
                                    1.0,
                                    (covered + facts.initials_weight) / facts.weight,
                                );
                                assert!(f64::from(best) < 0.7, "{window:?}: {name} missed");
                                continue;
                            }
                            touched += 1;
                            unmet += usize::from(facts.loose_tokens & sc.met_tokens == 0);
                            // The anchor bound covers at least the exact coverage, and its
                            // identity at least the exact identity.
                            let (cov, loose) = anchor_bound(&facts, anchored, sc.met_tokens);
                            let exact = (covered + facts.initials_weight) / facts.weight;
                            assert!(cov >= exact - 1e-5, "{window:?}: {name} {cov} < {exact}");
                            assert!(
                                anchored + loose >= covered - 1e-4,
                                "{window:?}: {name} identity"
                            );
                        }
                        let Scratch {
                            acc,
                            touched,
                            sim,
                            sim_set,
                            ..
                        } = &mut *sc;
                        for &nid in touched.iter() {
                            acc[nid as usize] = 0.0;
                        }
                        touched.clear();
                        for &t in sim_set.iter() {
                            sim[t as usize] = 0.0;
                        }
                        sim_set.clear();
                    });
                }
            }
        }
        assert!(touched > unmet && unmet > 0, "{touched} {unmet}");
    }

    #[test]
    fn a_joined_pair_is_credited_with_the_least_weight_it_stands_for() {
        let m = joined_and_repeated_matcher();
        let idx = m.span_index(0.7);
        // Each of these spellings is interned once, in one class ("al" a particle).
        let id = |text: &str| m.vocab.iter().position(|t| &*t.text == text).unwrap();
        let w = |text: &str| m.vocab[id(text)].weight;
        // "abdalrahman" is joined from "abd al rahman" and from "abdal rahman".
        let joined = idx.anchor_credit[id("abdalrahman")];
        let least = (w("abd") + w("al") + w("rahman")).min(w("abdal") + w("rahman"));
        assert!((joined - least).abs() < 1e-5, "{joined} {least}");
        // "abdulrahman" is listed as a word and joined from "abdul rahman".
        let both = idx.anchor_credit[id("abdulrahman")];
        let least = w("abdulrahman").min(w("abdul") + w("rahman"));
        assert!((both - least).abs() < 1e-5, "{both} {least}");
        // A plain word is credited with its own weight.
        assert_eq!(idx.anchor_credit[id("zarqawi")], w("zarqawi"));
    }

    #[test]
    fn the_partial_floors_drop_only_hits_they_would_reject() {
        let m = common_words_matcher();
        let idx = m.span_index(0.7);
        let plain = SpanFloor {
            person_identity: 1.0,
            ..SpanFloor::score(0.7)
        };
        let partial = SpanFloor {
            partial_person_identity: 11.0,
            partial_person_without_rarest_identity: 14.0,
            ..plain
        };
        let words = [
            "abdul", "rahman", "ahmad", "mohammed", "ali", "hassan", "saleh", "abd", "al",
            "zarqawi", "haqqani", "h", "a", "mohamed",
        ];
        let mut dropped = 0;
        let mut kept = 0;
        // Every window of two to four of the words, in order.
        for a in 0..words.len() {
            for b in 0..words.len() {
                for c in 0..words.len() {
                    for window in [&[words[a], words[b]][..], &[words[a], words[b], words[c]]] {
                        let before = m.match_span_counted(&idx, window, &plain).0;
                        let after = m.match_span_counted(&idx, window, &partial).0;
                        for h in &before {
                            let least = if h.facts.rarest_name_word_met {
                                11.0
                            } else {
                                14.0
                            };
                            let rejected =
                                h.facts.unmatched_name_weight > 0.0 && h.matched_weight < least;
                            if rejected {
                                dropped += 1;
                            } else {
                                kept += 1;
                                assert!(
                                    after.contains(h),
                                    "{window:?}: {} {} lost",
                                    h.entity,
                                    h.name_ref.id()
                                );
                            }
                        }
                        // Nothing new either: the hits after are among those before.
                        for h in &after {
                            assert!(before.iter().any(|b| b.entity == h.entity), "{window:?}");
                        }
                    }
                }
            }
        }
        assert!(dropped > 0 && kept > 0, "dropped {dropped}, kept {kept}");
    }

    #[test]
    fn a_person_named_in_part_for_sure_is_never_aligned_below_the_partial_floor() {
        let m = common_words_matcher();
        let idx = m.span_index(0.7);
        let floor = |partial: f64| SpanFloor {
            partial_person_identity: partial,
            partial_person_without_rarest_identity: partial,
            ..SpanFloor::score(0.7)
        };
        let hits = |words: &[&str], partial: f64| {
            m.match_span_counted(&idx, words, &floor(partial))
                .0
                .into_iter()
                .map(|h| h.entity)
                .collect::<Vec<_>>()
        };
        let zarqawi: std::sync::Arc<str> = "ofac:1".into();
        // Two of three words: named in part, kept only under a low partial floor.
        assert!(hits(&["abdul", "zarqawi"], 0.0).contains(&zarqawi));
        assert!(!hits(&["abdul", "zarqawi"], 1000.0).contains(&zarqawi));
        // The whole name is not named in part, whatever the partial floor.
        assert!(hits(&["abdul", "rahman", "zarqawi"], 1000.0).contains(&zarqawi));
        // A one-letter word may meet the missing word by its initial: nothing is sure.
        assert_eq!(
            hits(&["abdul", "r", "zarqawi"], 1000.0).contains(&zarqawi),
            hits(&["abdul", "r", "zarqawi"], 0.0).contains(&zarqawi)
        );
    }

    #[test]
    fn an_entitys_names_are_side_by_side() {
        let m = common_words_matcher();
        for (i, n) in m.names.iter().enumerate() {
            let of: Vec<u32> = m.names_of_entity(NameRef(i as u32)).map(|r| r.0).collect();
            let expected: Vec<u32> = (0..m.names.len() as u32)
                .filter(|&j| m.names[j as usize].entity == n.entity)
                .collect();
            assert_eq!(of, expected);
        }
        assert_eq!(m.names_of_entity(NameRef(u32::MAX)).count(), 0);
    }

    #[test]
    fn a_name_written_with_a_joined_word_is_found_where_written() {
        // "Chonmyong" is CHON MYONG's two listed words as one: the name as written has
        // fewer words than tokens. Its "shipping" is first met in the firm before it.
        let o = EntityType::Organization;
        let m = hand_made_matcher(&[
            (o, "KOREA ACHIM SHIPPING CO"),
            (o, "CHON MYONG SHIPPING COMPANY LIMITED"),
        ]);
        let idx = m.span_index(0.8);
        let words = "korea achim shipping co and the chonmyong shipping company limited";
        let words: Vec<&str> = words.split(' ').collect();
        let hits = m.match_span(&idx, &words, 0.8);
        let chon = hits
            .iter()
            .find(|h| &*h.entity == "ofac:2")
            .expect("CHON MYONG found");
        assert_eq!((chon.first, chon.last, chon.score), (6, 9, 1.0));
        let korea = hits
            .iter()
            .find(|h| &*h.entity == "ofac:1")
            .expect("KOREA ACHIM found");
        assert_eq!((korea.first, korea.last, korea.score), (0, 3, 1.0));
    }

    #[test]
    fn keep_best_keeps_the_k_best_whatever_the_order() {
        let by_score = |a: &(f32, u32), b: &(f32, u32)| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1));
        let mut v = vec![(0.5, 3), (0.9, 7), (0.9, 2), (0.1, 1), (0.7, 4)];
        keep_best(&mut v, 3, by_score);
        v.sort_by(by_score);
        assert_eq!(v, vec![(0.9, 2), (0.9, 7), (0.7, 4)]);
        // Ties are broken by number, so the same names are kept in any input order.
        let mut w = vec![(1.0, 9), (1.0, 1), (1.0, 5), (1.0, 3)];
        keep_best(&mut w, 2, by_score);
        w.sort_by(by_score);
        assert_eq!(w, vec![(1.0, 1), (1.0, 3)]);
        // Fewer than k: untouched.
        let mut u = vec![(0.2, 1)];
        keep_best(&mut u, 3, by_score);
        assert_eq!(u, vec![(0.2, 1)]);
    }

    #[test]
    fn the_anchor_bound_adds_the_loose_weight_only_when_a_loose_token_may_be_met() {
        let floor = SpanFloor {
            score: 0.8,
            person_identity: 7.0,
            other_identity: 5.0,
            ..SpanFloor::score(0.8)
        };
        let loose_token = 17u32;
        let facts = |person: bool| BoundFacts {
            weight: 9.0,
            initials_weight: 0.0,
            kind_factor: 1.0,
            kind: 0,
            joins: false,
            anchor_weight: 9.0,
            slack: 4.0 / 9.0,
            loose_weight: 3.0,
            loose_tokens: token_bit(loose_token),
            slack_unmet: 1.0 / 9.0,
            loose_weight_unmet: 1.0,
            person,
            name_words: 0,
            other_name_word_weight: 0.0,
        };
        // The loose token may be met: 3.5 credited to the anchors and 3 loose make 6.5,
        // enough for an organisation's floor, not for a person's.
        let (cov, loose) = anchor_bound(&facts(false), 3.5, token_bit(loose_token));
        assert!((cov - 7.5 / 9.0).abs() < 1e-6 && loose == 3.0);
        assert!(identity_may_reach(&floor, &facts(false), 3.5 + loose));
        assert!(!identity_may_reach(&floor, &facts(true), 3.5 + loose));
        // It cannot be: only what the anchors stand for beyond their credit is added.
        let other = (0..64)
            .find(|&t| token_bit(t) != token_bit(loose_token))
            .unwrap();
        let (cov, loose) = anchor_bound(&facts(false), 3.5, token_bit(other));
        assert!((cov - 4.5 / 9.0).abs() < 1e-6 && loose == 1.0);
        assert!(!identity_may_reach(&floor, &facts(false), 3.5 + loose));
        // Exactly the floor passes (the same tolerance as the coverage bound).
        assert!(identity_may_reach(&floor, &facts(true), 7.0));
    }

    #[test]
    fn push_once_records_a_name_once_per_run_of_its_tokens() {
        let mut v = Vec::new();
        assert!(push_once(&mut v, 4));
        assert!(!push_once(&mut v, 4));
        assert!(push_once(&mut v, 5));
        assert_eq!(v, [4, 5]);
    }

    #[test]
    fn reach_needs_enough_distinct_tokens_and_useful_ends() {
        let r = Reach {
            // Words 0 and 2 meet name token 0, word 1 nothing, word 3 token 1.
            units: vec![((0, 0), 0b01), ((1, 1), 0), ((2, 2), 0b01), ((3, 3), 0b10)],
            useful: vec![true, false, true, true],
        };
        assert!(r.may_match(2, 3, 2));
        assert!(r.may_match(0, 3, 2));
        // The same token twice is one token.
        assert!(!r.may_match(0, 2, 2));
        // A window starting or ending on a word that meets nothing is never the tightest.
        assert!(!r.may_match(1, 3, 1));
        assert!(!r.may_match(0, 1, 1));
    }

    #[test]
    fn window_work_bound_counts_every_alignment() {
        // Per aligned candidate: the window, the sub-windows of compaction, the match;
        // plus one explanation per hit.
        let per_candidate = 2 + (SpanLimits::MAX_EXTRA_WORDS + 1) * MAX_SPAN_WORDS;
        assert_eq!(
            SpanLimits::MAX_WINDOW_WORK,
            (SpanLimits::MAX_ALIGNED_CANDIDATES * (per_candidate + 1)) as u64
        );
        const { assert!(SpanLimits::MAX_ALIGNED_CANDIDATES <= SpanLimits::MAX_BOUNDED_CANDIDATES) };
    }
}
