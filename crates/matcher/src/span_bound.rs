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
use crate::score::{kind_factor, score_bound};
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
    /// Per token met: (first query token, last query token, similarity) of each unit.
    lists: Vec<Vec<(u8, u8, f32)>>,
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
                self.lists[*s as usize - 1].push((a, z, m.1));
            }
        }
    }

    /// The units meeting vocabulary token `t`: (first, last query token, similarity).
    fn of(&self, t: u32) -> &[(u8, u8, f32)] {
        match self.slot.get(t as usize) {
            Some(&s) if s > 0 => &self.lists[s as usize - 1],
            _ => &[],
        }
    }
}

impl Matcher {
    /// Largest score `name` can reach against any contiguous sub-window of the window
    /// `p` (whose units `meets` holds), never below the aligner's score on any of them;
    /// `f32::INFINITY` when the window or the name has a one-letter word (initials are
    /// credited by position, not by similarity, and are left to the aligner), or the
    /// window is longer than [`crate::spans::MAX_SPAN_WORDS`].
    pub(crate) fn contiguous_bound(
        &self,
        p: &Prepared,
        meets: &WindowMeets,
        name: &IndexedName,
    ) -> f32 {
        let n = meets.len;
        let nt = &name.tokens;
        if meets.initials
            || n == 0
            || n > crate::spans::MAX_SPAN_WORDS
            || nt.iter().any(|&t| self.vocab[t as usize].text.len() == 1)
        {
            return f32::INFINITY;
        }
        let k = nt.len();
        let wn: SmallVec<[f32; 16]> = nt.iter().map(|&t| self.vocab[t as usize].weight).collect();
        let total: f32 = wn.iter().sum();
        // sim[i * k + j]: best similarity of a unit covering query token i to listed
        // token j; credit[i]: the most listed weight one unit covering i can explain.
        let mut sim: SmallVec<[f32; 128]> = SmallVec::from_elem(0.0, n * k);
        let mut credit: SmallVec<[f32; 24]> = SmallVec::from_elem(0.0, n);
        for (j, &t) in nt.iter().enumerate() {
            for &(a, z, s) in meets.of(t) {
                for i in a as usize..=z as usize {
                    let x = &mut sim[i * k + j];
                    *x = x.max(s);
                    credit[i] = credit[i].max(s * wn[j]);
                }
            }
        }
        // A listed pair written as one word meets the pair's tokens through one word.
        for &(t, ja, jz) in &name.joins {
            let (ja, jz) = (ja as usize, (jz as usize).min(k - 1));
            let w: f32 = wn[ja..=jz].iter().sum();
            for &(a, z, s) in meets.of(t) {
                if a != z {
                    continue;
                }
                let i = a as usize;
                for j in ja..=jz {
                    let x = &mut sim[i * k + j];
                    *x = x.max(s);
                }
                credit[i] = credit[i].max(s * w);
            }
        }
        let kind = kind_factor(name.kind);
        best_contiguous(&p.weights[..n], &sim, &credit, &wn, total, kind)
    }
}

/// The largest score bound over the contiguous sub-windows of a window of `w.len()`
/// query tokens (weights `w`) against a listed name of `wn.len()` tokens (weights `wn`,
/// summing to `total`, kind factor `kind`), given per query token `i` and listed token
/// `j` the best similarity `sim[i * wn.len() + j]`, and per query token the most listed
/// weight it can explain (`credit`).
///
/// In a sub-window the query coverage is at most the similarity-weighted share of its
/// words that meet something; the listed weight met at most both the listed words' best
/// similarities there and the sum of its words' credits (each word meets one listed
/// word). Sub-windows that start or end on a word meeting nothing are
/// never better than the one without that word, and are skipped.
pub(crate) fn best_contiguous(
    w: &[f32],
    sim: &[f32],
    credit: &[f32],
    wn: &[f32],
    total: f32,
    kind: f32,
) -> f32 {
    let (n, k) = (w.len(), wn.len());
    if total <= 0.0 || k == 0 {
        return f32::INFINITY;
    }
    let q_best: SmallVec<[f32; 24]> = (0..n)
        .map(|i| sim[i * k..(i + 1) * k].iter().copied().fold(0.0, f32::max))
        .collect();
    let mut best = 0.0f32;
    let mut n_sim: SmallVec<[f32; 16]> = SmallVec::from_elem(0.0, k);
    for a in 0..n {
        if q_best[a] <= 0.0 {
            continue;
        }
        n_sim.iter_mut().for_each(|x| *x = 0.0);
        let (mut q_met, mut q_all, mut credits) = (0.0f32, 0.0f32, 0.0f32);
        for b in a..n {
            q_met += w[b] * q_best[b];
            q_all += w[b];
            credits += credit[b];
            for (x, &s) in n_sim.iter_mut().zip(&sim[b * k..(b + 1) * k]) {
                *x = x.max(s);
            }
            if q_best[b] <= 0.0 {
                continue;
            }
            let by_listed: f32 = n_sim.iter().zip(wn).map(|(s, w)| s * w).sum();
            // A hair of slack for the order of float additions.
            let met = by_listed.min(credits) * (1.0 + 1e-5);
            let cov_q = if q_all > 0.0 { q_met / q_all } else { 0.0 };
            best = best.max(score_bound(cov_q * (1.0 + 1e-5), met / total) * kind);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bound(w: &[f32], sim: &[f32], credit: &[f32], wn: &[f32]) -> f32 {
        best_contiguous(w, sim, credit, wn, wn.iter().sum(), 1.0)
    }

    #[test]
    fn a_name_met_in_one_piece_may_score_fully() {
        // Two words, each meeting one of the two listed words exactly.
        let b = bound(&[2.0, 3.0], &[1.0, 0.0, 0.0, 1.0], &[2.0, 3.0], &[2.0, 3.0]);
        assert!(b >= 1.0 - 1e-4, "{b}");
        // A weak alias is discounted.
        let weak = best_contiguous(
            &[2.0, 3.0],
            &[1.0, 0.0, 0.0, 1.0],
            &[2.0, 3.0],
            &[2.0, 3.0],
            5.0,
            0.92,
        );
        assert!((weak - 0.92).abs() < 1e-3, "{weak}");
    }

    #[test]
    fn a_word_between_the_listed_words_counts_against_the_name() {
        // "Hasan X Ali" against HASAN ALI: the whole window carries an unmatched word, a
        // part of it leaves a listed word out.
        let sim = [1.0, 0.0, 0.0, 0.0, 0.0, 1.0];
        let b = bound(&[3.0; 3], &sim, &[3.0, 0.0, 3.0], &[3.0, 3.0]);
        let whole = score_bound(2.0 / 3.0, 1.0);
        let part = score_bound(1.0, 0.5);
        assert!(b < 0.85, "{b}");
        assert!(b >= whole.max(part) - 1e-6);
    }

    #[test]
    fn one_word_meets_one_listed_word_only() {
        // One word similar to both listed words (MUHAMMAD MOHAMMED): it explains one.
        let b = bound(&[2.0], &[1.0, 1.0], &[2.0], &[2.0, 2.0]);
        assert!(b <= score_bound(1.0, 0.51), "{b}");
        assert!(b < 0.8);
    }

    #[test]
    fn a_window_meeting_nothing_scores_nothing() {
        assert_eq!(bound(&[1.0, 1.0], &[0.0; 4], &[0.0, 0.0], &[1.0, 1.0]), 0.0);
    }
}
