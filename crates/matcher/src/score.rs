//! Scoring one listed name against a query: order-free token alignment, rarity weights,
//! and the explanation of every credit.

use crate::culture::{distinct_pinyin, initials_compatible};
use crate::evidence::Evidence;
use crate::index::{IndexedName, Matcher};
use crate::prepare::Prepared;
use crate::similarity::{Rule, INITIAL};
use nomina_model::{EntityType, NameKind};
use nomina_text::TokenClass;
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
    /// The exponent of the name coverage: [`NAME_EXP`], or [`SYLLABIC_NAME_EXP`] when
    /// the name is East Asian in style and every syllable counts.
    pub name_exponent: f64,
    /// Factors applied after the coverages (weak alias, a name resting on one fuzzy word).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub factors: Vec<Factor>,
    /// The name score before evidence.
    pub name_score: f64,
    /// Token by token.
    pub tokens: Vec<TokenMatch>,
    /// Date of birth, country, type, identifier.
    pub evidence: Evidence,
}

impl Explanation {
    /// Bytes the explanation holds on the heap, its own struct aside (its strings' and
    /// lists' capacities): for callers that keep explanations in a cache bounded in bytes.
    pub fn heap_bytes(&self) -> usize {
        let finding = |f: &Option<Box<crate::evidence::Finding>>| {
            f.as_ref().map_or(0, |f| {
                std::mem::size_of::<crate::evidence::Finding>() + f.detail.capacity()
            })
        };
        let e = &self.evidence;
        self.matched_name.capacity()
            + self.factors.capacity() * std::mem::size_of::<Factor>()
            + self.tokens.capacity() * std::mem::size_of::<TokenMatch>()
            + self
                .tokens
                .iter()
                .map(|t| t.query.capacity() + t.listed.capacity())
                .sum::<usize>()
            + [&e.dob, &e.country, &e.entity_type, &e.identifier]
                .into_iter()
                .map(finding)
                .sum::<usize>()
    }
}

/// The explanation as an analyst reads it: the score's formula with its numbers, one line
/// per token, one per piece of evidence. Each line is indented by eight spaces, to sit
/// under the hit it explains.
impl std::fmt::Display for Explanation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "        name score {:.4} = query coverage {:.4}^{QUERY_EXP} × name coverage {:.4}^{:.2}",
            self.name_score, self.query_coverage, self.name_coverage, self.name_exponent
        )?;
        for factor in &self.factors {
            write!(f, " × {:.2} ({})", factor.value, factor.rule.label())?;
        }
        writeln!(f)?;
        for t in &self.tokens {
            let how = t
                .how
                .map(|h| format!("{h:?}").to_lowercase())
                .unwrap_or_else(|| "unmatched".into());
            let q = if t.query.is_empty() { "—" } else { &t.query };
            let l = if t.listed.is_empty() {
                "—"
            } else {
                &t.listed
            };
            writeln!(
                f,
                "        {q:>18} ↔ {l:<18} {how:<13} similarity {:.2}  weight {:.2}",
                t.similarity, t.weight
            )?;
        }
        let ev = &self.evidence;
        for (label, finding) in [
            ("date of birth", &ev.dob),
            ("country", &ev.country),
            ("type", &ev.entity_type),
            ("identifier", &ev.identifier),
        ] {
            if let Some(x) = finding {
                writeln!(
                    f,
                    "        {label}: {} ({:+.2}) {}",
                    x.outcome, x.adjustment, x.detail
                )?;
            }
        }
        Ok(())
    }
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

/// A factor applied to the coverage score, and why: part of every explanation.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Factor {
    /// Which rule applied.
    pub rule: FactorRule,
    /// The factor, at most 1.
    pub value: f64,
}

/// The rules that scale a coverage score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactorRule {
    /// The listed name is a weak alias (UN quality "Low", OFAC "weak a.k.a.").
    WeakAlias,
    /// The listed name is a former name.
    FormerName,
    /// The match rests on one distinctive word, and that word is only alike, not the same.
    LoneFuzzyWord,
}

impl FactorRule {
    /// How the rule reads in an explanation.
    pub fn label(self) -> &'static str {
        match self {
            FactorRule::WeakAlias => "weak alias",
            FactorRule::FormerName => "former name",
            FactorRule::LoneFuzzyWord => "rests on one word, only alike",
        }
    }
}

/// Exponent of the query coverage in the name score: what the listed name explains of the
/// query matters more than the reverse, because queries often drop middle names but rarely
/// add foreign words.
pub const QUERY_EXP: f32 = 0.62;
/// Exponent of the name coverage (the share of the listed name the query accounts for).
pub const NAME_EXP: f32 = 0.38;
/// Exponent of the name coverage when either name is East Asian in style: each syllable is
/// a part of the name, so a listed syllable left unmatched means another person ("Zhang
/// Wen" is not "Zhang Wen-Fu", "Lee Sung-su" not "Kim Sung Su").
pub const SYLLABIC_NAME_EXP: f32 = 0.7;

/// The factor of a listed name's kind: a weak alias says less than a name.
pub fn kind_factor(kind: NameKind) -> f32 {
    match kind {
        NameKind::WeakAlias => 0.92,
        NameKind::FormerName => 0.98,
        _ => 1.0,
    }
}

/// The factor of a match that rests on one distinctive word met only by a sound-alike,
/// consonant or typing-slip rule, by the length of the shorter spelling: words of five
/// letters or fewer resemble others by chance ("Kade" / "Qaeda", "Mary" / "Maraya"); longer
/// ones rarely ("Captal" / "Capital", "Hizbollah" / "Hizballah").
pub fn lone_fuzzy_factor(letters: usize) -> f32 {
    match letters {
        0..=5 => 0.85,
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

impl Edge {
    /// An aligned pair read back for an explanation, which reads neither how much weight
    /// it covered nor anything else the aligner ranked edges by.
    pub(crate) fn for_explanation(
        q: (usize, usize),
        n: (usize, usize),
        sim: f32,
        rule: Rule,
    ) -> Edge {
        Edge {
            q,
            n,
            sim,
            rule,
            cover: 0.0,
        }
    }
}

/// The result of aligning a query with one listed name: the coverages and the structured
/// facts the score's factors read.
pub(crate) struct Alignment {
    pub cov_q: f32,
    pub cov_n: f32,
    pub edges: SmallVec<[Edge; 8]>,
    /// Kind of the listed name.
    pub kind: NameKind,
    /// Either name is East Asian in style.
    pub syllabic: bool,
    /// Letters of the one distinctive listed word the match rests on, when it was met only
    /// by a fuzzy rule.
    pub lone_fuzzy: Option<usize>,
}

impl Alignment {
    /// The exponent of the name coverage.
    pub fn name_exponent(&self) -> f32 {
        if self.syllabic {
            SYLLABIC_NAME_EXP
        } else {
            NAME_EXP
        }
    }

    /// The factors that apply, in order.
    pub fn factors(&self) -> SmallVec<[Factor; 2]> {
        let mut out = SmallVec::new();
        let kind = kind_factor(self.kind);
        if kind < 1.0 {
            let rule = if self.kind == NameKind::WeakAlias {
                FactorRule::WeakAlias
            } else {
                FactorRule::FormerName
            };
            out.push(Factor {
                rule,
                value: round4(kind as f64),
            });
        }
        if let Some(letters) = self.lone_fuzzy {
            let value = lone_fuzzy_factor(letters);
            if value < 1.0 {
                out.push(Factor {
                    rule: FactorRule::LoneFuzzyWord,
                    value: round4(value as f64),
                });
            }
        }
        out
    }

    /// The name score: coverages raised to their exponents, times every factor.
    pub fn name_score(&self) -> f32 {
        let base = self.cov_q.powf(QUERY_EXP) * self.cov_n.powf(self.name_exponent());
        self.factors().iter().fold(base, |s, f| s * f.value as f32)
    }
}

/// Whether an edge may be credited at all, whatever its similarity: a listed legal form is
/// not met by a word of a person's name; an acronym is met only
/// by its own spelling; in a comparison of East Asian names, two pinyin syllables are two
/// names however alike they look or sound ("Zhang" / "Zheng"), a typing slip may not change
/// a syllable's first consonant into another one ("Jong" / "Yong"), and a pair of syllables
/// written as one word ("Guiying" / "Cuiying") is never met through a typing slip.
fn edge_allowed(
    m: &Matcher,
    q: &Prepared,
    name: &IndexedName,
    q_range: (usize, usize),
    t: u32,
    rule: Rule,
) -> bool {
    let tok = &m.vocab[t as usize];
    // A listed legal form is not a word of a person's name: the surname Sá is not S.A.
    // (Only a query read as a person's name has legal-form spellings as name words.)
    if q_range.0 == q_range.1
        && tok.class == TokenClass::LegalForm
        && q.classes[q_range.0] != TokenClass::LegalForm
    {
        return false;
    }
    if rule == Rule::Exact {
        return true;
    }
    if name.acronym {
        return false;
    }
    if !is_fuzzy(rule) || !(name.syllabic || q.syllabic) {
        return true;
    }
    if tok.joined || q_range.0 != q_range.1 {
        return rule != Rule::EditDistance;
    }
    !distinct_pinyin(q.syllables[q_range.0], tok.syllable)
        && (rule != Rule::EditDistance || initials_compatible(&q.tokens[q_range.0], &tok.text))
}

/// True for the rules that credit spellings that are only alike, not the same word.
pub(crate) fn is_fuzzy(rule: Rule) -> bool {
    matches!(
        rule,
        Rule::Phonetic | Rule::Consonants | Rule::EditDistance | Rule::Inflection
    )
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
    tq[table_step_up(cov_q_bound)] * tn[table_step_up(cov_n_bound)]
}

/// The least listed-name coverage `c` for which `score_bound(1.0, c) * kind_factor`
/// reaches `threshold` (both in f64): comparing a coverage with it decides the same as
/// computing the bound, for every coverage, since the bound never falls as the coverage
/// grows. Negative infinity when every coverage reaches it, infinity when none does
/// (coverage above 1 counts as 1). Candidate pruning computes it once per score and
/// kind, instead of a table look-up per candidate.
pub(crate) fn least_coverage_reaching(kind_factor: f32, threshold: f64) -> f32 {
    let reaches = |c: f32| score_bound(1.0, c) as f64 * f64::from(kind_factor) >= threshold;
    if reaches(0.0) {
        return f32::NEG_INFINITY;
    }
    if !reaches(1.0) {
        return f32::INFINITY;
    }
    // Non-negative floats order as their bits: bisect on the bits of 0..=1.
    let (mut lo, mut hi) = (0.0f32.to_bits(), 1.0f32.to_bits());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if reaches(f32::from_bits(mid)) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    f32::from_bits(hi)
}

/// The table step at or above a coverage `x` (clamped to 0..=1): `ceil(x * STEPS)`,
/// computed without a call to the C library's `ceilf`, which the pruning of candidate
/// names calls hundreds of times per window of text. NaN reads as step 0, as
/// `ceil(NaN) as usize` does.
fn table_step_up(x: f32) -> usize {
    let y = x.clamp(0.0, 1.0) * STEPS as f32;
    let below = y as usize;
    let step = if (below as f32) < y { below + 1 } else { below };
    step.min(STEPS)
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
                if !edge_allowed(m, q, name, u.covers, t, rule) {
                    continue;
                }
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
                    if !edge_allowed(m, q, name, u.covers, t, rule) {
                        continue;
                    }
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
    let lone_fuzzy = lone_fuzzy_word(m, q, name, &chosen);
    Alignment {
        cov_q: cov(wq, &q_sim),
        cov_n: cov(&wn, &n_sim),
        edges: chosen,
        kind: name.kind,
        syllabic: name.syllabic || q.syllabic,
        lone_fuzzy,
    }
}

/// When exactly one aligned edge meets a distinctive listed word (a name word, not a
/// particle or legal form) and it was met by a fuzzy rule: the letters of the shorter of the
/// two spellings.
fn lone_fuzzy_word(m: &Matcher, q: &Prepared, name: &IndexedName, edges: &[Edge]) -> Option<usize> {
    let mut distinctive = edges.iter().filter(|e| {
        e.rule != Rule::Initial
            && (e.n.0..=e.n.1).any(|j| m.vocab[name.tokens[j] as usize].class == TokenClass::Name)
    });
    let e = distinctive.next()?;
    if distinctive.next().is_some() || !is_fuzzy(e.rule) {
        return None;
    }
    let listed: usize = (e.n.0..=e.n.1)
        .map(|j| m.vocab[name.tokens[j] as usize].text.len())
        .sum();
    let query: usize = (e.q.0..=e.q.1).map(|i| q.tokens[i].len()).sum();
    Some(listed.min(query))
}

/// The explanation of an alignment: built here, where the score is computed, for every
/// consumer (screening, scanning, the CLI's text, the service's JSON).
pub(crate) fn explain(
    m: &Matcher,
    q: &Prepared,
    name: &IndexedName,
    a: &Alignment,
    evidence: Evidence,
) -> Explanation {
    let query = QueryWords {
        tokens: &q.tokens,
        weights: &q.weights,
    };
    explain_alignment(m, &query, name, &AlignedScore::of(a), &a.edges, evidence)
}

/// What an explanation reads of an alignment besides its edges: its coverages, exponent,
/// factors and score. Kept with the edges by a caller that explains later
/// ([`crate::spans::SpanHit::explanation`]: most hits in a text are never reported).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct AlignedScore {
    cov_q: f32,
    cov_n: f32,
    exponent: f32,
    factors: SmallVec<[Factor; 2]>,
    name_score: f32,
}

impl AlignedScore {
    /// The score parts of alignment `a`.
    pub fn of(a: &Alignment) -> AlignedScore {
        AlignedScore {
            cov_q: a.cov_q,
            cov_n: a.cov_n,
            exponent: a.name_exponent(),
            factors: a.factors(),
            name_score: a.name_score(),
        }
    }
}

/// The query words an explanation names: each token's text and rarity weight.
pub(crate) struct QueryWords<'q, S: AsRef<str>> {
    /// The query's tokens, in order.
    pub tokens: &'q [S],
    /// Their weights, one per token.
    pub weights: &'q [f32],
}

/// The explanation of an alignment of `query` with `name` whose score parts are `score`
/// and whose aligned pairs are `edges`: the one place an explanation is built, whether
/// at once ([`explain`]) or later from the parts a span hit kept.
pub(crate) fn explain_alignment<S: AsRef<str>>(
    m: &Matcher,
    query: &QueryWords<'_, S>,
    name: &IndexedName,
    score: &AlignedScore,
    edges: &[Edge],
    evidence: Evidence,
) -> Explanation {
    Explanation {
        matched_name: name.full.to_string(),
        name_kind: name.kind,
        query_coverage: round4(score.cov_q as f64),
        name_coverage: round4(score.cov_n as f64),
        name_exponent: round4(score.exponent as f64),
        factors: score.factors.to_vec(),
        name_score: round4(score.name_score as f64),
        tokens: explain_tokens(m, query, name, edges),
        evidence,
    }
}

fn explain_tokens<S: AsRef<str>>(
    m: &Matcher,
    q: &QueryWords<'_, S>,
    name: &IndexedName,
    edges: &[Edge],
) -> Vec<TokenMatch> {
    let nt = &name.tokens;
    let ntext = |j: usize| m.vocab[nt[j] as usize].text.to_string();
    let mut q_done = vec![false; q.tokens.len()];
    let mut n_done = vec![false; nt.len()];
    for e in edges {
        q_done[e.q.0..=e.q.1].iter_mut().for_each(|d| *d = true);
        n_done[e.n.0..=e.n.1].iter_mut().for_each(|d| *d = true);
    }
    // Explanations are kept in caches: sized exactly, no spare capacity.
    let undone = |done: &[bool]| done.iter().filter(|&&d| !d).count();
    let mut out = Vec::with_capacity(edges.len() + undone(&q_done) + undone(&n_done));
    let mut edges: SmallVec<[&Edge; 8]> = edges.iter().collect();
    edges.sort_by_key(|e| e.q);
    for &&Edge {
        q: (qa, qb),
        n: (na, nb),
        sim: s,
        rule: r,
        ..
    } in &edges
    {
        out.push(TokenMatch {
            query: spaced(q.tokens[qa..=qb].iter().map(AsRef::as_ref)),
            listed: spaced((na..=nb).map(|j| &*m.vocab[nt[j] as usize].text)),
            how: Some(r),
            similarity: round4(s as f64),
            weight: round4(q.weights[qa..=qb].iter().sum::<f32>() as f64),
        });
    }
    for (i, done) in q_done.iter().enumerate() {
        if !done {
            out.push(TokenMatch {
                query: q.tokens[i].as_ref().to_string(),
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
    debug_assert_eq!(out.len(), out.capacity());
    out
}

/// Words joined by single spaces, in one allocation of the exact size, without first
/// collecting them (an explanation is made for every hit; a listed name's words are read
/// from the vocabulary one by one).
fn spaced<'w>(words: impl Iterator<Item = &'w str> + Clone) -> String {
    let len = words.clone().map(|w| w.len() + 1).sum::<usize>();
    let mut out = String::with_capacity(len.saturating_sub(1));
    for (i, w) in words.enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Rounds to 4 decimals, so printed scores are stable across platforms.
pub(crate) fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_words_are_joined_by_one_space_in_an_exact_allocation() {
        for words in [
            vec![],
            vec!["abu"],
            vec!["abu", "bakr"],
            vec!["al", "", "qaida"],
        ] {
            let s = spaced(words.iter().copied());
            assert_eq!(s, words.join(" "));
            assert_eq!(s.capacity(), s.len());
        }
    }

    #[test]
    fn the_least_coverage_reaching_a_score_decides_as_the_bound_does() {
        for kind in [1.0f32, 0.98, 0.92, 0.0] {
            for threshold in [0.0, 0.5, 0.8 - 1e-6, 0.8, 0.85, 0.9, 0.99, 1.0, 1.5] {
                let need = least_coverage_reaching(kind, threshold);
                let mut c = -0.01f32;
                while c <= 1.2 {
                    let bound = score_bound(1.0, c.min(1.0)) as f64 * f64::from(kind) >= threshold;
                    assert_eq!(c >= need, bound, "kind {kind} threshold {threshold} c {c}");
                    c += 0.000_13;
                }
                // Right at the edge: the float before `need` falls short.
                if need.is_finite() && need > 0.0 {
                    let below = f32::from_bits(need.to_bits() - 1);
                    assert!(score_bound(1.0, below) as f64 * f64::from(kind) < threshold);
                    assert!(score_bound(1.0, need) as f64 * f64::from(kind) >= threshold);
                }
            }
        }
    }

    #[test]
    fn table_step_up_is_the_ceiling_of_the_scaled_coverage() {
        let mut x = -0.01f32;
        while x <= 1.01 {
            let want = ((x.clamp(0.0, 1.0) * STEPS as f32).ceil() as usize).min(STEPS);
            assert_eq!(table_step_up(x), want, "x = {x}");
            x += 0.000_37;
        }
        for x in [
            0.0,
            1.0,
            0.5,
            1.0 / STEPS as f32,
            f32::MIN_POSITIVE,
            f32::INFINITY,
        ] {
            let want = ((x.clamp(0.0, 1.0) * STEPS as f32).ceil() as usize).min(STEPS);
            assert_eq!(table_step_up(x), want, "x = {x}");
        }
        assert_eq!(table_step_up(f32::NAN), 0);
    }
}
