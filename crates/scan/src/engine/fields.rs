//! Party-name fields of payment messages: the name a field holds, and where it ends.
//!
//! A party field (an MT103's 50K or 59, a pacs.008's `Cdtr/Nm`) names the party, then may
//! say which of its offices is meant or where it sits. The name is scored whole, every word counting, so the words
//! after the name must be told apart from it.

use super::*;

impl Region<'_> {
    /// Mentions in a party-name field: the first line, or the first two lines when the
    /// name wraps, scored whole; each also up to the end of the name it starts with
    /// ([`Region::name_end_in_field`]). A line in care of another party is a name field
    /// of its own (`payment::care_of_names`).
    pub fn name_matches(&self, lines: &[(usize, usize)]) -> Vec<Cand> {
        let mut spans: Vec<(usize, usize)> = Vec::new();
        if let Some(&(a, b)) = lines.first() {
            spans.push((a, b));
            if let Some(&(_, b2)) = lines.get(1) {
                spans.push((a, b2));
            }
        }
        let mut windows: Vec<(usize, usize)> = Vec::new();
        for (a, b) in spans {
            windows.push((a, b));
            if let Some(e) = self.name_end_in_field(a, b) {
                windows.push((a, e));
            }
        }
        windows.dedup();
        let mut best: FastMap<std::sync::Arc<str>, Cand> = FastMap::default();
        for (wa, wb) in windows {
            if wb < wa || !self.has_anchor(wa, wb) {
                continue;
            }
            let words = self.folded_range(wa, wb);
            let hits = self.scanner.match_words(&words, self.min_score, self.meter);
            for h in hits.iter() {
                let Some(whole) = self.scanner.score_words(&words, h.name_ref, self.meter) else {
                    continue;
                };
                if whole.score < self.min_score {
                    continue;
                }
                let Some(mut c) = self.vet(&whole, wa + whole.first, wa + whole.last) else {
                    continue;
                };
                // The field is the party's name: an acronym there is the name itself, and
                // the mention is the whole name as written.
                c.needs_support = false;
                c.needs_context = false;
                c.first = wa;
                c.last = wb;
                match best.get(&c.entity) {
                    Some(o) if o.score >= c.score => {}
                    _ => {
                        best.insert(c.entity.clone(), c);
                    }
                }
            }
        }
        let mut v: Vec<Cand> = best.into_values().collect();
        v.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entity.cmp(&b.entity)));
        pick_per_span(v, &|i| self.is_name_word(i))
    }

    /// The last word of the name that the field's words `a..=b` start with, when words
    /// that are not part of it follow: the name ends at the first separator ("PAO
    /// MOSOBLBANK, Moscow", "KISH INTERNATIONAL BANK - DUBAI REP OFFICE"), at the legal
    /// form that closes it ("PERSIA INTERNATIONAL BANK PLC LONDON"), or before a city or
    /// an office word after its first word ("BANK SADERAT DUBAI"). `None` when
    /// the words are the name to the end.
    pub(super) fn name_end_in_field(&self, a: usize, b: usize) -> Option<usize> {
        let n = self.words.len();
        for k in a..=b.min(n.saturating_sub(1)) {
            if k > a && self.qualifies_a_name(k) {
                return Some(k - 1);
            }
            if k == b {
                break;
            }
            if self.words.list[k].gap.breaks_name()
                || (k > a && self.legal(k) && !self.legal(k + 1))
            {
                return Some(k);
            }
        }
        None
    }

    /// Whether word `i`, after a party's name in its field, says where the party is or
    /// which of its offices is meant: a city, or an office word ("BRANCH", "REP").
    /// Countries are not: the lists' names hold them ("BANK MELLI IRAN"), and their
    /// peoples more so ("SYRIAN LEBANESE COMMERCIAL BANK").
    fn qualifies_a_name(&self, i: usize) -> bool {
        let f = self.f(i);
        self.lex().is_city(f) || self.lex().is_office_of_party(f)
    }
}
