//! A cheap upper bound on what one listed name can score inside a window of words, read
//! before any alignment ([`crate::spans`]).
//!
//! A window of common name words ("Muhammad Ali Hasan", a line of a pasted customer list)
//! passes the coverage bound of hundreds of listed names: every listed name made of such
//! words is covered by *some* word of the window. Most of those names still cannot score:
//! a match is the words of one contiguous sub-window, each word meets at most one listed
//! word, and the sub-window's other words count against it. This bound reads exactly
//! that, per contiguous sub-window, from the similarities the window's words already carry
//! ([`WindowMeets`]), and costs a few dozen operations per name instead of the alignments
//! of the window and of its sub-windows.
//!
//! It is never below the score the aligner gives the name on any sub-window: every
//! similarity it reads is one the aligner could credit, every coverage is taken at its
//! largest, and the factors it leaves out (weak alias, a lone fuzzy word, the syllabic
//! exponent) only lower a score.

use crate::index::{IndexedName, Matcher};
use crate::prepare::Prepared;
use crate::score::{is_fuzzy, kind_factor, lone_fuzzy_factor, score_bound};
use crate::similarity::{Rule, INITIAL};
use nomina_text::TokenClass;
use smallvec::SmallVec;

/// Per vocabulary token, the units of one window that meet it, to read a listed name's
/// similarities to the window without searching each unit's matches.
///
/// Filled once per window with [`WindowMeets::fill`]; its buffers are reused from window
/// to window.
#[derive(Default)]
pub(crate) struct WindowMeets {
    /// Per vocabulary token: 0, or 1 + its entry in `lists`.
    slot: Vec<u32>,
    /// Per token met: (first query token, last query token, similarity, rule) of each
    /// unit.
    lists: Vec<Vec<(u8, u8, f32, Rule)>>,
    /// Entries of `lists` in use.
    used: usize,
    /// Tokens whose `slot` is set, to reset them.
    set: Vec<u32>,
    /// The window has a one-letter word, which the aligner may credit as an initial.
    initials: bool,
    /// Query tokens of the window.
    len: usize,
}

impl WindowMeets {
    /// Records the units of `p` for a vocabulary of `vocab_len` tokens, forgetting the
    /// previous window.
    pub(crate) fn fill(&mut self, p: &Prepared, vocab_len: usize) {
        if self.slot.len() != vocab_len {
            self.slot = vec![0; vocab_len];
            self.set.clear();
        }
        for &t in &self.set {
            self.slot[t as usize] = 0;
        }
        self.set.clear();
        self.used = 0;
        self.len = p.tokens.len();
        self.initials = p.tokens.iter().any(|t| t.len() == 1);
        for u in &p.units {
            let (a, z) = (u.covers.0 as u8, u.covers.1 as u8);
            for m in u.matches.iter() {
                let s = &mut self.slot[m.0 as usize];
                if *s == 0 {
                    if self.lists.len() == self.used {
                        self.lists.push(Vec::new());
                    }
                    self.lists[self.used].clear();
                    self.used += 1;
                    *s = self.used as u32;
                    self.set.push(m.0);
                }
                self.lists[*s as usize - 1].push((a, z, m.1, m.2));
            }
        }
    }

    /// The units meeting vocabulary token `t`: (first, last query token, similarity,
    /// rule).
    pub(crate) fn of(&self, t: u32) -> &[(u8, u8, f32, Rule)] {
        match self.slot.get(t as usize) {
            Some(&s) if s > 0 => &self.lists[s as usize - 1],
            _ => &[],
        }
    }
}

impl WindowMeets {
    /// The window has a one-letter word (which the aligner may credit as an initial).
    pub(crate) fn has_initials(&self) -> bool {
        self.initials
    }
}

impl Matcher {
    /// The similarities of window `p` (whose units `meets` holds) to `name`, to bound the
    /// score of any part of the window against `min_score`; `None` when the window is
    /// empty or longer than [`crate::spans::MAX_SPAN_WORDS`].
    ///
    /// A name with one distinctive word is read twice: met there by a fuzzy rule the
    /// score takes the lone fuzzy word's factor ([`lone_fuzzy_factor`]), met otherwise
    /// it does not.
    pub(crate) fn name_sims(
        &self,
        p: &Prepared,
        meets: &WindowMeets,
        name: &IndexedName,
        min_score: f64,
    ) -> Option<NameSims> {
        let n = meets.len;
        let nt = &name.tokens;
        if n == 0 || n > crate::spans::MAX_SPAN_WORDS || nt.is_empty() {
            return None;
        }
        let wn: SmallVec<[f32; 16]> = nt.iter().map(|&t| self.vocab[t as usize].weight).collect();
        let total: f32 = wn.iter().sum();
        let least = (min_score - 1e-5) as f32 / kind_factor(name.kind);
        let mut distinctive = nt
            .iter()
            .enumerate()
            .filter(|&(_, &t)| self.vocab[t as usize].class == TokenClass::Name);
        let lone = match (distinctive.next(), distinctive.next()) {
            (Some((j, _)), None) => Some(j),
            _ => None,
        };
        let pairs = nt
            .iter()
            .chain(name.joins.iter().map(|(t, _, _)| t))
            .any(|&t| meets.of(t).iter().any(|&(a, z, _, _)| a != z));
        let mut out = NameSims {
            k: nt.len(),
            most_met: nt.len() * if pairs { 2 } else { 1 },
            wn,
            total,
            least,
            sim: SmallVec::new(),
            credit: SmallVec::new(),
            fuzzy: None,
        };
        let factor = self.fill_sims(p, meets, name, &out.wn, lone, &mut out.sim, &mut out.credit);
        if factor < 1.0 {
            // The one distinctive word met by a fuzzy rule: the factor applies.
            let (mut sim, mut credit) = (SmallVec::new(), SmallVec::new());
            self.fill_sims(p, meets, name, &out.wn, None, &mut sim, &mut credit);
            out.fuzzy = Some(Box::new((sim, credit, least / factor)));
        }
        Some(out)
    }

    /// Fills, for window `p` and `name` (token weights `wn`), `sim[i * k + j]` with the
    /// best similarity of a unit covering query token `i` to listed token `j` (or as an
    /// initial, either way round), and `credit[i]` with the most listed weight one unit
    /// covering `i` can explain. The fuzzy meetings of listed token `skip` that would
    /// take the lone fuzzy word's factor are left out; returns the largest such factor
    /// (1 when none was left out).
    #[allow(clippy::too_many_arguments)]
    fn fill_sims(
        &self,
        p: &Prepared,
        meets: &WindowMeets,
        name: &IndexedName,
        wn: &[f32],
        skip: Option<usize>,
        sim: &mut Sims,
        credit: &mut Credits,
    ) -> f32 {
        let (n, nt) = (meets.len, &name.tokens);
        let k = nt.len();
        sim.clear();
        sim.resize(n * k, 0.0);
        credit.clear();
        credit.resize(n, 0.0);
        let mut factor: Option<f32> = None;
        let mut meet = |i: usize, j: usize, s: f32, w: f32| {
            let x = &mut sim[i * k + j];
            *x = x.max(s);
            credit[i] = credit[i].max(s * w);
        };
        for (j, &t) in nt.iter().enumerate() {
            for &(a, z, s, rule) in meets.of(t) {
                let (a, z) = (a as usize, z as usize);
                if skip == Some(j) && is_fuzzy(rule) {
                    let query: usize = p.tokens[a..=z].iter().map(String::len).sum();
                    let f = lone_fuzzy_factor(query.min(self.vocab[t as usize].text.len()));
                    if f < 1.0 {
                        factor = Some(factor.map_or(f, |x| x.max(f)));
                        continue;
                    }
                }
                for i in a..=z {
                    meet(i, j, s, wn[j]);
                }
            }
        }
        // A listed pair written as one word meets the pair's tokens through one word.
        for &(t, ja, jz) in &name.joins {
            let (ja, jz) = (ja as usize, (jz as usize).min(k - 1));
            let w: f32 = wn[ja..=jz].iter().sum();
            for &(a, z, s, _) in meets.of(t) {
                if a == z {
                    for j in ja..=jz {
                        meet(a as usize, j, s, w);
                    }
                }
            }
        }
        // Initials: a one-letter word for a listed word it begins, either way round
        // (neither without a one-letter word on one side).
        for (j, &t) in nt.iter().enumerate() {
            let lt = &self.vocab[t as usize].text;
            if lt.len() != 1 && !meets.has_initials() {
                continue;
            }
            for (i, q) in p.tokens[..n].iter().enumerate() {
                if (q.len() == 1 && lt.starts_with(q.as_str()))
                    || (lt.len() == 1 && q.starts_with(&**lt))
                {
                    meet(i, j, INITIAL, wn[j]);
                }
            }
        }
        factor.unwrap_or(1.0)
    }
}

/// Per query token `i` and listed token `j`, a similarity at `i * k + j`.
type Sims = SmallVec<[f32; 64]>;
/// Per query token, the most listed weight it can explain.
type Credits = SmallVec<[f32; 24]>;

/// The similarities of one window's words to one listed name ([`Matcher::name_sims`]).
pub(crate) struct NameSims {
    /// Tokens of the name.
    k: usize,
    /// Their rarity weights, and their sum.
    wn: SmallVec<[f32; 16]>,
    total: f32,
    /// The score bound to reach, the name kind's factor taken out.
    least: f32,
    /// The most query tokens an alignment can credit: one per listed token, two where a
    /// unit of two words meets the name.
    most_met: usize,
    /// Per query token `i` and listed token `j`, `sim[i * k + j]`, and per query token its
    /// credit (see [`Coverage`]), the lone distinctive word's fuzzy meetings left out.
    sim: Sims,
    credit: Credits,
    /// With them, and the bound to reach under the lone fuzzy word's factor.
    fuzzy: Option<Box<(Sims, Credits, f32)>>,
}

impl NameSims {
    /// Whether the sub-window of query tokens `a..=b` itself (weights `w`) may reach the
    /// score.
    pub(crate) fn may_reach_exactly(&self, w: &[f32], a: usize, b: usize) -> bool {
        self.reaches(w, a, b, |c, least| c.whole_reaches(least))
    }

    /// Whether some contiguous sub-window of query tokens `a..=b` (weights `w`) may
    /// reach the score.
    pub(crate) fn may_reach_within(&self, w: &[f32], a: usize, b: usize) -> bool {
        self.reaches(w, a, b, |c, least| c.may_reach(least))
    }

    /// `test` of the coverage of query tokens `a..=b`, with the name's own similarities
    /// or, failing that, with its fuzzy ones.
    fn reaches(
        &self,
        w: &[f32],
        a: usize,
        b: usize,
        test: impl Fn(&Coverage<'_>, f32) -> bool,
    ) -> bool {
        let k = self.k;
        let reach = |sim: &[f32], credit: &[f32], least: f32| {
            test(
                &Coverage {
                    w: &w[a..=b],
                    sim: &sim[a * k..(b + 1) * k],
                    credit: &credit[a..=b],
                    wn: &self.wn,
                    total: self.total,
                    most_met: self.most_met,
                },
                least,
            )
        };
        reach(&self.sim, &self.credit, self.least)
            || self.fuzzy.as_ref().is_some_and(|f| reach(&f.0, &f.1, f.2))
    }
}

/// What a window of query tokens can cover of one listed name: per query token `i` and
/// listed token `j` the best similarity `sim[i * wn.len() + j]`, per query token the most
/// listed weight one unit covering it can explain (`credit`), the query tokens' weights
/// `w`, the listed tokens' weights `wn` and their sum `total`, and the most query tokens
/// an alignment can credit (`most_met`).
pub(crate) struct Coverage<'a> {
    pub w: &'a [f32],
    pub sim: &'a [f32],
    pub credit: &'a [f32],
    pub wn: &'a [f32],
    pub total: f32,
    /// The most query tokens an alignment can credit.
    pub most_met: usize,
}

impl Coverage<'_> {
    /// Whether the score bound of some contiguous sub-window reaches `least`.
    ///
    /// In a sub-window the query coverage is at most the similarity-weighted share of its
    /// words that meet something; the listed weight met at most both the listed words'
    /// best similarities there and the sum of its words' credits (each word meets one
    /// listed word). A sub-window starting at `a` covers at most what the whole rest of
    /// the window from `a` covers, so starts whose rest cannot reach `least` even with a
    /// full query coverage are skipped; sub-windows that start or end on a word meeting
    /// nothing are never better than the one without that word, and are skipped too.
    pub fn may_reach(&self, least: f32) -> bool {
        let (n, k) = (self.w.len(), self.wn.len());
        if self.total <= 0.0 || k == 0 {
            return true;
        }
        let row = |i: usize| &self.sim[i * k..(i + 1) * k];
        let q_best: SmallVec<[f32; 24]> = (0..n)
            .map(|i| row(i).iter().copied().fold(0.0, f32::max))
            .collect();
        let most = self.most_credited(&q_best);
        // Per start, the best name coverage of the rest of the window.
        let mut rest: SmallVec<[f32; 24]> = SmallVec::from_elem(0.0, n);
        let mut n_sim: SmallVec<[f32; 16]> = SmallVec::from_elem(0.0, k);
        let mut credits = 0.0f32;
        for a in (0..n).rev() {
            for (x, &s) in n_sim.iter_mut().zip(row(a)) {
                *x = x.max(s);
            }
            credits += self.credit[a];
            rest[a] = self.name_coverage(&n_sim, credits);
        }
        for a in 0..n {
            if q_best[a] <= 0.0 || score_bound(1.0, rest[a]) < least {
                continue;
            }
            n_sim.iter_mut().for_each(|x| *x = 0.0);
            let (mut q_met, mut q_all, mut credits) = (0.0f32, 0.0f32, 0.0f32);
            for b in a..n {
                q_met += self.w[b] * q_best[b];
                q_all += self.w[b];
                credits += self.credit[b];
                // Longer sub-windows hold more words than an alignment can credit.
                if q_all > 0.0 && score_bound(most / q_all * (1.0 + 1e-5), 1.0) < least {
                    break;
                }
                for (x, &s) in n_sim.iter_mut().zip(row(b)) {
                    *x = x.max(s);
                }
                if q_best[b] <= 0.0 {
                    continue;
                }
                let cov_q = if q_all > 0.0 {
                    q_met.min(most) / q_all
                } else {
                    0.0
                };
                // A hair of slack for the order of float additions.
                let cov_n = self.name_coverage(&n_sim, credits);
                if score_bound(cov_q * (1.0 + 1e-5), cov_n) >= least {
                    return true;
                }
            }
        }
        false
    }

    /// Whether the score bound of the whole window reaches `least`.
    pub fn whole_reaches(&self, least: f32) -> bool {
        let (n, k) = (self.w.len(), self.wn.len());
        if self.total <= 0.0 || k == 0 {
            return true;
        }
        let mut n_sim: SmallVec<[f32; 16]> = SmallVec::from_elem(0.0, k);
        let mut q_best: SmallVec<[f32; 24]> = SmallVec::with_capacity(n);
        let (mut q_met, mut q_all, mut credits) = (0.0f32, 0.0f32, 0.0f32);
        for i in 0..n {
            let row = &self.sim[i * k..(i + 1) * k];
            q_best.push(row.iter().copied().fold(0.0, f32::max));
            q_met += self.w[i] * q_best[i];
            q_all += self.w[i];
            credits += self.credit[i];
            for (x, &s) in n_sim.iter_mut().zip(row) {
                *x = x.max(s);
            }
        }
        let most = self.most_credited(&q_best);
        let cov_q = if q_all > 0.0 {
            q_met.min(most) / q_all
        } else {
            0.0
        };
        score_bound(cov_q * (1.0 + 1e-5), self.name_coverage(&n_sim, credits)) >= least
    }

    /// The most similarity-weighted query weight an alignment can credit, given each
    /// query token's best similarity `q_best`: that of the [`Coverage::most_met`] best
    /// tokens, with a hair of slack for the order of float additions.
    fn most_credited(&self, q_best: &[f32]) -> f32 {
        let mut met: SmallVec<[f32; 24]> = self.w.iter().zip(q_best).map(|(w, q)| w * q).collect();
        if met.len() > self.most_met {
            met.sort_unstable_by(|a, b| b.total_cmp(a));
            met.truncate(self.most_met);
        }
        met.iter().sum::<f32>() * (1.0 + 1e-5)
    }

    /// The name coverage bound of words whose best similarities to the listed tokens are
    /// `n_sim` and whose credits sum to `credits`, with a hair of slack for the order of
    /// float additions.
    fn name_coverage(&self, n_sim: &[f32], credits: f32) -> f32 {
        let by_listed: f32 = n_sim.iter().zip(self.wn).map(|(s, w)| s * w).sum();
        by_listed.min(credits) * (1.0 + 1e-5) / self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coverage<'a>(
        w: &'a [f32],
        sim: &'a [f32],
        credit: &'a [f32],
        wn: &'a [f32],
    ) -> Coverage<'a> {
        Coverage {
            w,
            sim,
            credit,
            wn,
            total: wn.iter().sum(),
            most_met: wn.len(),
        }
    }

    #[test]
    fn a_name_met_in_one_piece_may_score_fully() {
        // Two words, each meeting one of the two listed words exactly.
        let c = coverage(&[2.0, 3.0], &[1.0, 0.0, 0.0, 1.0], &[2.0, 3.0], &[2.0, 3.0]);
        assert!(c.may_reach(0.999));
    }

    #[test]
    fn a_word_between_the_listed_words_counts_against_the_name() {
        // "Hasan X Ali" against HASAN ALI: the whole window carries an unmatched word, a
        // part of it leaves a listed word out.
        let sim = [1.0, 0.0, 0.0, 0.0, 0.0, 1.0];
        let c = coverage(&[3.0; 3], &sim, &[3.0, 0.0, 3.0], &[3.0, 3.0]);
        let whole = score_bound(2.0 / 3.0, 1.0);
        let part = score_bound(1.0, 0.5);
        assert!(c.may_reach(whole.max(part) - 1e-3));
        assert!(!c.may_reach(0.85));
    }

    #[test]
    fn one_word_meets_one_listed_word_only() {
        // One word similar to both listed words (MUHAMMAD MOHAMMED): it explains one.
        let c = coverage(&[2.0], &[1.0, 1.0], &[2.0], &[2.0, 2.0]);
        assert!(c.may_reach(score_bound(1.0, 0.5) - 1e-3));
        assert!(!c.may_reach(score_bound(1.0, 0.51)));
        assert!(!c.may_reach(0.8));
    }

    #[test]
    fn the_whole_window_counts_every_word() {
        // "Hasan X Ali" against HASAN ALI: a part may reach 0.75, the whole 2/3^0.62 only.
        let sim = [1.0, 0.0, 0.0, 0.0, 0.0, 1.0];
        let c = coverage(&[3.0; 3], &sim, &[3.0, 0.0, 3.0], &[3.0, 3.0]);
        assert!(c.may_reach(0.76));
        assert!(!c.whole_reaches(0.8));
        assert!(c.whole_reaches(score_bound(2.0 / 3.0, 1.0) - 1e-3));
    }

    #[test]
    fn a_later_start_is_tried_when_an_earlier_one_cannot_reach() {
        // "X Hasan Ali": the name is met by the last two words.
        let sim = [0.0, 0.0, 1.0, 0.0, 0.0, 1.0];
        let c = coverage(&[3.0; 3], &sim, &[0.0, 3.0, 3.0], &[3.0, 3.0]);
        assert!(c.may_reach(0.999));
    }

    /// A matcher over a few listed persons: common words, initials, a short name of one
    /// distinctive word, a name written as one word or two.
    fn small_matcher() -> Matcher {
        use nomina_model::{Entity, EntityType, ListSnapshot, ListVersion, Name, NameKind, Source};
        let names = [
            "Mohammed Ali Hasan",
            "HASAN, Mohammed I.",
            "Abdul Rahman S. Taha",
            "CHUEI",
            "El Chayo",
            "Abdulrahman Omar",
            "Ahmed Mustafa",
            "Salim Mansur Mustafa",
            "Raman Company",
        ];
        let entities = names
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let t = if n.contains("Company") {
                    EntityType::Organization
                } else {
                    EntityType::Person
                };
                Entity::new(
                    Source::Custom("t".into()),
                    &i.to_string(),
                    t,
                    Name::new(n, NameKind::Primary),
                )
            })
            .collect();
        Matcher::build(&[ListSnapshot {
            version: ListVersion {
                source: Source::Custom("t".into()),
                format: "test".into(),
                published: None,
                sha256: String::new(),
                files: Vec::new(),
            },
            entities,
            warnings: Vec::new(),
        }])
    }

    #[test]
    fn never_refuses_a_name_some_sub_window_aligns_with() {
        let m = small_matcher();
        let windows = [
            "mohammed ali hasan",
            "hasan x mohammed i",
            "sheikh luis kim",
            "abdul rahman s taha omar",
            "ali abdul rahman omar",
            "salim salih mustafa ahmed",
            "mohammed mustafa al hasan ahmed ali",
            "rahman co ltd",
            "chuei",
            "m ali",
            "al rahman mohammed bin ali abdul rahman omar salim",
            "abdulrahman omar",
            "abdul rahman omar",
        ];
        let mut meets = WindowMeets::default();
        let (mut refused, mut kept) = (0, 0);
        for w in windows {
            let p = m.prepare(&crate::Query::name(w)).expect("a name");
            meets.fill(&p, m.vocab.len());
            let n = p.tokens.len();
            for name in &m.names {
                let parts = || (0..n).flat_map(|a| (a..n).map(move |b| (a, b)));
                let score = |(a, b)| crate::score::align(&m, &p.sub(a, b), name).name_score();
                let best = parts().map(score).fold(0.0f32, f32::max);
                // The whole window alone is bounded too.
                for min in [0.7, 0.8, 0.9] {
                    let sims = m.name_sims(&p, &meets, name, min).expect("a short window");
                    let whole = score((0, n - 1));
                    if !sims.may_reach_exactly(&p.weights, 0, n - 1) {
                        assert!(f64::from(whole) < min, "{w:?} / {}: {whole}", name.full);
                    }
                }
                for min in [0.7, 0.8, 0.9] {
                    let sims = m.name_sims(&p, &meets, name, min).expect("a short window");
                    if sims.may_reach_within(&p.weights, 0, n - 1) {
                        kept += 1;
                    } else {
                        refused += 1;
                        assert!(
                            f64::from(best) < min,
                            "{w:?} / {}: refused at {min}, aligns at {best}",
                            name.full
                        );
                    }
                }
            }
        }
        // The bound does refuse names, and keeps some.
        assert!(refused > 0 && kept > 0, "{refused} refused, {kept} kept");
    }

    #[test]
    fn a_window_meeting_nothing_reaches_nothing() {
        let c = coverage(&[1.0, 1.0], &[0.0; 4], &[0.0, 0.0], &[1.0, 1.0]);
        assert!(!c.may_reach(0.01));
    }
}
