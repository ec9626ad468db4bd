//! Document references: acronyms defined or formed in the text, and distinctive parts of
//! a mentioned name standing alone, that refer back to a party mentioned in full.

use super::aliases::AliasWords;
use super::entity_set::EntitySet;
use super::slips::SlipIndex;
use super::*;
use std::borrow::Cow;

impl Region<'_> {
    /// Acronyms and lone name words that refer to parties mentioned in the region, and
    /// the positions of one-word matches that such a reference replaces.
    ///
    /// Every look-up is indexed (by span, by word), so a document with thousands of
    /// mentions costs in proportion to its length.
    pub(crate) fn references(&self, found: &[Cand]) -> (Vec<Cand>, Vec<usize>) {
        let n = self.words.len();
        let mut out = Vec::new();
        let mut replaced = Vec::new();
        let mut covered = vec![false; n];
        // The mentions on each word, as (word, mention) in word order and, on a word, in
        // the order found (a stable sort): one entry per word of a mention, where a map of
        // lists took a list per word (13 MB on a 2 MB pasted list).
        let mut at_word: Vec<(usize, &Cand)> = Vec::new();
        for c in found {
            for (k, cov) in covered
                .iter_mut()
                .enumerate()
                .take(c.last + 1)
                .skip(c.first)
            {
                *cov = true;
                at_word.push((k, c));
            }
        }
        at_word.sort_by_key(|&(k, _)| k);
        let groups = span_groups(found);
        // Candidates per span, to copy a group's entities without scanning them all.
        let mut by_span: FastMap<(usize, usize), Vec<&Cand>> = FastMap::default();
        for c in found.iter().filter(|c| c.how == How::Name) {
            by_span.entry((c.first, c.last)).or_default().push(c);
        }
        let emit = |out: &mut Vec<Cand>,
                    g: &Group,
                    (at, to): (usize, usize),
                    how: How,
                    factor: f64,
                    note: &str| {
            let src_text = (g.first..=g.last)
                .map(|k| self.f(k))
                .collect::<Vec<_>>()
                .join(" ");
            for c in by_span.get(&(g.first, g.last)).into_iter().flatten() {
                out.push(Cand {
                    first: at,
                    last: to,
                    entity: c.entity.clone(),
                    primary: c.primary.clone(),
                    entity_type: c.entity_type,
                    score: (c.score * factor * 10_000.0).round() / 10_000.0,
                    raw: c.raw,
                    how,
                    hit: None,
                    note: Some(format!("{note}: \"{src_text}\"")),
                    needs_support: false,
                    needs_context: false,
                    needs_vessel_cue: false,
                });
            }
        };
        // Acronyms: defined in parentheses after a mention (possibly after its legal form:
        // "Company, Limited (OMM)"), or the initials of a mentioned name. An acronym whose
        // initials fit two different parties fits neither.
        let mut defined: FastMap<String, usize> = FastMap::default();
        let mut initials: FastMap<String, (usize, bool)> = FastMap::default();
        let mut terms: FastMap<String, usize> = FastMap::default();
        for (gi, g) in groups.iter().enumerate() {
            let mut end = g.last;
            while end + 1 < n
                && end < g.last + 3
                && !self.words.list[end]
                    .gap
                    .any(Gap::OPEN | Gap::STOP | Gap::BLANK)
                && self.legal(end + 1)
            {
                end += 1;
            }
            if self.words.list[end].gap.any(Gap::OPEN) && end + 1 < n {
                let w = end + 1;
                if looks_like_acronym(self, w) && self.words.list[w].gap.any(Gap::CLOSE) {
                    defined.insert(acronym_key(self, w), gi);
                }
            }
            if let Some((ta, tb)) = self.defined_term_after(end, g) {
                terms.insert(self.phrase_key(ta, tb), gi);
            }
            if g.entity_type != EntityType::Person && g.last > g.first {
                for form in initial_forms(self, g.first, g.last) {
                    let e = initials.entry(form).or_insert((gi, true));
                    if groups[e.0].entities.is_disjoint(&g.entities) {
                        e.1 = false;
                    }
                }
            }
        }
        for i in 0..n {
            if covered.get(i).copied().unwrap_or(true)
                || !looks_like_acronym(self, i)
                || self.in_reference_number(i)
            {
                continue;
            }
            let key = acronym_key(self, i);
            let (gi, note) = if let Some(&gi) = defined.get(&key) {
                (gi, "acronym defined in the text")
            } else if let Some(&(gi, true)) = initials.get(&key) {
                (gi, "acronym of a name mentioned in the text")
            } else {
                continue;
            };
            let g = &groups[gi];
            if (g.first..=g.last).contains(&i) {
                continue;
            }
            emit(&mut out, g, (i, i), How::Acronym, ACRONYM_FACTOR, note);
            covered[i] = true;
        }
        // Terms the text defines for a party (`... Organization (the "Khanani MLO")`): the
        // term there and wherever the text uses it again.
        if !terms.is_empty() {
            for i in 0..n {
                for j in (i..n.min(i + MAX_TERM_WORDS)).rev() {
                    if (i..=j).any(|k| covered[k]) {
                        continue;
                    }
                    let Some(&gi) = terms.get(&self.phrase_key(i, j)) else {
                        continue;
                    };
                    let g = &groups[gi];
                    if g.first <= j && i <= g.last {
                        continue;
                    }
                    let note = "a term the text defines for a party named in full";
                    emit(&mut out, g, (i, j), How::Reference, REFERENCE_FACTOR, note);
                    covered[i..=j].iter_mut().for_each(|c| *c = true);
                    break;
                }
            }
        }
        // Groups by the words written in them, in text order; and per word, the distinct
        // parties (entity sets) in the order they first appear, so that a reference
        // looks at a handful of parties, not at every earlier mention.
        let mut set_id: FastMap<&EntitySet, usize> = FastMap::default();
        let ids: Vec<usize> = groups
            .iter()
            .map(|g| {
                let next = set_id.len();
                *set_id.entry(&g.entities).or_insert(next)
            })
            .collect();
        let mut by_word: FastMap<&str, Vec<usize>> = FastMap::default();
        let mut parties_by_word: FastMap<&str, Vec<(usize, usize)>> = FastMap::default();
        for (gi, g) in groups.iter().enumerate() {
            for k in g.first..=g.last {
                let w = self.f(k);
                let v = by_word.entry(w).or_default();
                if v.last() == Some(&gi) {
                    continue;
                }
                v.push(gi);
                let p = parties_by_word.entry(w).or_default();
                if !p.iter().any(|&(_, id)| id == ids[gi]) {
                    p.push((g.last, ids[gi]));
                }
            }
        }
        // The distinct words of full mentions, for references spelt one slip away.
        let slips = SlipIndex::new(by_word.keys().copied());
        // The distinctive words of the other listed names of the parties mentioned in
        // full, with their parties, in the same shapes as the words written.
        let aliases = AliasWords::of(
            (self.scanner.alias_words(), self.scanner.matcher()),
            &groups,
            &by_span,
            &ids,
            &by_word,
        );
        let by_id: Vec<&EntitySet> = {
            let mut v: Vec<(&EntitySet, usize)> = set_id.iter().map(|(k, &id)| (*k, id)).collect();
            v.sort_by_key(|x| x.1);
            v.into_iter().map(|x| x.0).collect()
        };
        // Lone name words referring back (or forward) to a mentioned party.
        for (ra, rb, alone) in self.reference_runs() {
            // Titles and particles before the word do not count: "Mr Kaskar", "Al-Houthi";
            // nor does an ordinary word capitalised only because it starts the sentence
            // ("After Hapilon died", "When Baradar's office asked").
            // Nor does a word after a preposition: "Governor of Abyan" names a province.
            let mut a = ra;
            while a < rb && (self.title(a) || self.is_connector(a) || self.opens_sentence(a)) {
                a += 1;
            }
            if (ra..a).any(|k| self.ends_a_reference(k)) {
                continue;
            }
            if rb - a >= MAX_REFERENCE_WORDS || out.last().is_some_and(|c: &Cand| c.first == a) {
                continue;
            }
            // A part of several words ("Abd-Al-Ghafur") is looked up by its rarest word
            // and must stand, in order, in the name it refers to.
            let key = (a..=rb)
                .filter(|&k| !self.is_connector(k))
                .max_by(|&x, &y| {
                    self.scanner
                        .word_info(self.f(x))
                        .weight
                        .total_cmp(&self.scanner.word_info(self.f(y)).weight)
                })
                .unwrap_or(a);
            if rb > a && (a..=rb).any(|k| covered[k]) {
                continue;
            }
            // "in Chagai town", "Kunar province", "Rason, DPRK": a place, not a party;
            // "REF RFA-7781": a reference number, not a party.
            if self.place_noun_after(rb)
                || self.country_after(rb)
                || (a..=rb).any(|k| self.in_reference_number(k))
            {
                continue;
            }
            let f = self.f(key);
            // A country or a city standing alone is the place, even when a mentioned
            // party's name holds it ("rebuilt Damascus" after DAMASCUS CHAM HOLDING, "the
            // Dalian unit" after COSCO SHIPPING TANKER (DALIAN)).
            if self.common(key)
                || self.is_connector(key)
                || self.legal(key)
                || f.len() < 3
                || self.is_country(key)
                || self.scanner.word_info(f).weight < MIN_REFERENCE_WEIGHT
                || self.lex().is_city(f)
            {
                continue;
            }
            // The word as written in a full mention, or one typing slip away from one
            // ("Zawahiri" after "al-Zawahri", "Nusra" after "al-Nusrah Front").
            // A word a run in capitals was split into refers only as written: capitals put
            // ordinary words next to names ("CHECK LINKS TO ... SHIPPING LINES").
            let written = if by_word.contains_key(f) {
                Some(f)
            } else if alone {
                continue;
            } else {
                slips.one_slip_away(f)
            };
            // Else a word of another listed name of a mentioned party ("al-Golani" after
            // "Abu Muhammad al-Jawlani"), one word standing alone.
            let (with_word, parties, note) = if let Some(written) = written {
                let (Some(with_word), Some(parties)) =
                    (by_word.get(written), parties_by_word.get(written))
                else {
                    continue;
                };
                (
                    Cow::Borrowed(with_word.as_slice()),
                    Cow::Borrowed(parties.as_slice()),
                    "refers to a party named in full in the text",
                )
            } else if rb == a && !self.title(key) {
                let Some(found) = aliases.find(f) else {
                    continue;
                };
                (
                    found.groups,
                    found.parties,
                    "a word of another listed name of a party named in full in the text",
                )
            } else {
                continue;
            };
            let split = with_word.partition_point(|&gi| groups[gi].last < a);
            let backward = split > 0;
            // A word the text did not write in the mention refers only back to it.
            if written.is_none() && !backward {
                continue;
            }
            // A name may come before its full form only in a headline ("Treasury targets
            // Prigozhin-linked..."): the first line, or a line in capitals or title case.
            let headline = self.words.list[a].line == self.words.list[0].line || self.flat_case[a];
            let (pool_sets, nearest): (Vec<usize>, Option<usize>) = if backward {
                (
                    parties
                        .iter()
                        .filter(|&&(at, _)| at < a)
                        .map(|&(_, id)| id)
                        .collect(),
                    Some(with_word[split - 1]),
                )
            } else if headline {
                let after: Vec<usize> = with_word[split..]
                    .iter()
                    .copied()
                    .filter(|&gi| groups[gi].first > a)
                    .collect();
                let mut sets: Vec<usize> = after.iter().map(|&gi| ids[gi]).collect();
                sets.sort_unstable();
                sets.dedup();
                (sets, after.first().copied())
            } else {
                continue;
            };
            // One party: every two of the parties share a key (the UN and OFAC keys of
            // one party travel together).
            let one_party = !pool_sets.is_empty()
                && pool_sets
                    .iter()
                    .all(|&x| pool_sets.iter().all(|&y| !by_id[x].is_disjoint(by_id[y])));
            if !one_party {
                continue;
            }
            let Some(nearest) = nearest else {
                continue;
            };
            let g = &groups[nearest];
            if rb > a && !self.written_inside(a, rb, g.first, g.last) {
                continue;
            }
            // Already matched on its own: keep that unless it names another party than
            // the one the text named in full with this very word.
            if covered[a] {
                let from = at_word.partition_point(|&(k, _)| k < a);
                let to = at_word.partition_point(|&(k, _)| k <= a);
                let own = &at_word[from..to];
                let single = own.iter().all(|(_, c)| {
                    (c.first..=c.last)
                        .filter(|&k| !self.is_connector(k))
                        .count()
                        == 1
                });
                // Only a full name written before overrides a match of the word itself.
                if !backward || !single || own.iter().any(|(_, c)| g.entities.contains(&c.entity)) {
                    continue;
                }
                replaced.push(a);
            }
            emit(&mut out, g, (a, rb), How::Reference, REFERENCE_FACTOR, note);
        }
        (out, replaced)
    }

    /// The words of a term the text defines in brackets and quotes right after word `end`
    /// of a mention `g` (`(the "Khanani MLO")`, `("Glavset")`): capitalised, at most
    /// [`MAX_TERM_WORDS`], and holding a distinctive word of the mention. Terms such as
    /// "the Company" or "the Seller" hold none, and name any party.
    fn defined_term_after(&self, end: usize, g: &Group) -> Option<(usize, usize)> {
        let list = &self.words.list;
        let n = list.len();
        if !list[end].gap.has(Gap::OPEN) {
            return None;
        }
        let start = if list[end].gap.has(Gap::QUOTE) {
            end + 1
        } else if end + 2 < n && self.f(end + 1) == "the" && list[end + 1].gap.has(Gap::QUOTE) {
            end + 2
        } else {
            return None;
        };
        let last =
            (start..n.min(start + MAX_TERM_WORDS)).find(|&k| list[k].gap.any(!Gap::SPACE))?;
        let closed = list[last].gap.has(Gap::QUOTE) && list[last].gap.has(Gap::CLOSE);
        let capitalised = (start..=last).all(|k| {
            matches!(
                list[k].shape,
                Shape::Upper | Shape::Capitalised | Shape::Mixed
            )
        });
        let distinctive = (start..=last)
            .any(|k| !self.common(k) && (g.first..=g.last).any(|m| self.f(m) == self.f(k)));
        (closed && capitalised && distinctive).then_some((start, last))
    }

    /// The runs of words where a lone reference may stand, ended at a quote or bracket
    /// closing a line ([`Region::lines_of`]). Where a run is written in capitals, as
    /// payment messages are, each of its words stands alone, and refers only as written
    /// in a full mention: capitals do not say which words make a name ("SETTLEMENT VIA AL
    /// ZAROONI FOR" holds ZAROONI, "BETWEEN SWAID AND ZAROONI" two references). In other
    /// text a run stays whole ("active in Abyan and Shabwa", "Sahel Security Programme").
    /// Each comes with whether it is a word split from a longer run in capitals.
    ///
    /// A run that goes on over a lower-case preposition comes whole, then cut before it:
    /// "met Baradar on Monday" and "against Mr Dodik in April" hold their references
    /// before it, while a name written whole with one ("Party of God") is read whole
    /// first. The words after it are another phrase, a date or a place ("Governor of
    /// Abyan"), and are not offered (`cues.txt [reference_end]`).
    fn reference_runs(&self) -> Vec<(usize, usize, bool)> {
        let mut out = Vec::with_capacity(self.runs().len());
        for (ra, rb) in self.runs().iter().flat_map(|&(a, b)| self.lines_of(a, b)) {
            if rb > ra && self.in_capitals(ra, rb) {
                out.extend((ra..=rb).map(|k| (k, k, true)));
            } else {
                out.push((ra, rb, false));
                if let Some(k) = (ra + 1..=rb).find(|&k| self.ends_a_reference(k)) {
                    out.push((ra, k - 1, false));
                }
            }
        }
        out
    }

    /// Whether word `k` is a preposition written in lower case where case tells names
    /// from other words ([`Lexicon::ends_a_reference`]): a name word before it is a
    /// phrase of its own.
    fn ends_a_reference(&self, k: usize) -> bool {
        self.words.list[k].shape == Shape::Lower
            && !self.flat_case[k]
            && self.lex().ends_a_reference(self.f(k))
    }

    /// The words `a..=b` split at line breaks after a closing quote or bracket: a quoted
    /// or bracketed text that ends a line ends there (`por cuenta de TASH"` and the next
    /// line's `Intermediary:`).
    fn lines_of(&self, a: usize, b: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        let list = &self.words.list;
        let mut start = a;
        (a..=b).filter_map(move |k| {
            let g = list[k].gap;
            let ends = k == b || (g.has(Gap::NEWLINE) && g.any(Gap::QUOTE | Gap::CLOSE));
            ends.then(|| {
                let piece = (start, k);
                start = k + 1;
                piece
            })
        })
    }

    /// Whether the words `a..=b` are all written in capitals, numbers and single capital
    /// letters among them ("BT 2024 0177 COTTON YARN", "FUNDS FROM M BASRAI").
    fn in_capitals(&self, a: usize, b: usize) -> bool {
        let list = &self.words.list;
        let letter =
            |k: usize| list[k].shape == Shape::Capitalised && list[k].end - list[k].start == 1;
        (a..=b).all(|k| matches!(list[k].shape, Shape::Upper | Shape::Numeric) || letter(k))
            && (a..=b).any(|k| list[k].shape == Shape::Upper)
    }

    /// Whether word `i` is followed by a comma and a country, as a town is in an address
    /// ("RASON INTERNATIONAL COMMERCIAL BANK, Rason, DPRK"), or by a comma, its province
    /// of one word and a comma and a country ("Zhenxing District, Dandong, Liaoning,
    /// China").
    fn country_after(&self, i: usize) -> bool {
        let comma_then = |k: usize| {
            k + 1 < self.words.len()
                && self.words.list[k].gap.has(Gap::COMMA)
                && !self.words.list[k].gap.any(Gap::NEWLINE | Gap::STOP)
        };
        comma_then(i) && (self.is_country(i + 1) || (comma_then(i + 1) && self.is_country(i + 2)))
    }

    /// Whether word `i` is part of a reference number written with hyphens or slashes
    /// ("Reference: BD-TC-2024-02", "AK-22/114"): joined without a space to a word with a
    /// digit. Such letters are a code, neither an acronym of a party nor a word referring
    /// back to one ("REF RFA-7781" after RUSSIAN FINANCIAL ALLIANCE BANK).
    fn in_reference_number(&self, i: usize) -> bool {
        let list = &self.words.list;
        let joined =
            |k: usize| list[k].gap.any(Gap::HYPHEN | Gap::SLASH) && !list[k].gap.has(Gap::SPACE);
        let digit = |k: usize| self.f(k).bytes().any(|b| b.is_ascii_digit());
        let after = (i..list.len().saturating_sub(1))
            .take_while(|&k| joined(k))
            .any(|k| digit(k + 1));
        let before = (0..i).rev().take_while(|&k| joined(k)).any(digit);
        after || before
    }

    /// The folded words `a..=b` joined by spaces.
    fn phrase_key(&self, a: usize, b: usize) -> String {
        (a..=b).map(|k| self.f(k)).collect::<Vec<_>>().join(" ")
    }

    /// Whether the words `a..=b` are written, in order and next to each other, inside the
    /// words `ga..=gb`.
    fn written_inside(&self, a: usize, b: usize, ga: usize, gb: usize) -> bool {
        let len = b - a;
        (ga..=gb.saturating_sub(len))
            .any(|s| s + len <= gb && (0..=len).all(|k| self.f(a + k) == self.f(s + k)))
    }
}

/// Most words a part of a mentioned name may have to refer back to it.
const MAX_REFERENCE_WORDS: usize = 3;

/// Most words of a term a text defines for a party ([`Region::defined_term_after`]).
const MAX_TERM_WORDS: usize = 4;

/// The mentions in full on one span of words: the parties met there.
pub(super) struct Group<'c> {
    /// First word of the span.
    pub(super) first: usize,
    /// Last word of the span.
    pub(super) last: usize,
    entities: EntitySet<'c>,
    entity_type: EntityType,
}

/// The name mentions of `found` grouped by span (the entities met on the same words),
/// in the order of their spans; the type is that of the span's first mention. Found
/// through a map of spans, so that a document of many mentions costs in proportion to
/// them (a search of the groups made so far was quadratic: 0.3 G instructions on a 2 MB
/// pasted list).
pub(super) fn span_groups(found: &[Cand]) -> Vec<Group<'_>> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_span: FastMap<(usize, usize), usize> = FastMap::default();
    for c in found.iter().filter(|c| c.how == How::Name) {
        match by_span.entry((c.first, c.last)) {
            std::collections::hash_map::Entry::Occupied(o) => {
                groups[*o.get()].entities.insert(&c.entity);
            }
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(groups.len());
                groups.push(Group {
                    first: c.first,
                    last: c.last,
                    entities: EntitySet::of(&c.entity),
                    entity_type: c.entity_type,
                });
            }
        }
    }
    groups.sort_by_key(|g| (g.first, g.last));
    groups
}

/// Written like an acronym: two to eight letters, capitals (JEM) or capitals with
/// lower-case particles (JeM, LeT, JuD), in a line where capitals mean something.
#[inline]
pub(super) fn looks_like_acronym(r: &Region, i: usize) -> bool {
    // The shape first: most words are neither in capitals nor mixed.
    matches!(r.words.list[i].shape, Shape::Upper | Shape::Mixed) && acronym_letters(r, i)
}

/// The letters of [`looks_like_acronym`]: two to eight ASCII letters or digits, not an
/// ordinary word written in capitals.
pub(super) fn acronym_letters(r: &Region, i: usize) -> bool {
    let f = r.f(i);
    if !(2..=8).contains(&f.len()) || !f.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    if r.words.list[i].shape == Shape::Upper && is_roman_numeral(f) {
        return false;
    }
    r.words.list[i].shape == Shape::Mixed || !r.common(i)
}

/// A number in Roman numerals up to 39 ("Annex II", "Part IV", "Section XII"): a
/// numbering, not an acronym.
pub(super) fn is_roman_numeral(folded: &str) -> bool {
    let rest = folded.trim_start_matches('x');
    if folded.len() - rest.len() > 3 {
        return false;
    }
    matches!(
        rest,
        "" | "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix"
    ) && !folded.is_empty()
}

/// How an acronym is compared with initials: its letters, or, written with lower-case
/// particles (JeM, LeT, JuD), its capitals only, since the particle varies (-e-, -i-, -ud-).
pub(super) fn acronym_key(r: &Region, i: usize) -> String {
    let w = &r.words.list[i];
    let raw = &r.text[w.start..w.end];
    if w.shape == Shape::Mixed {
        raw.chars()
            .filter(|c| c.is_uppercase())
            .flat_map(char::to_lowercase)
            .collect()
    } else {
        r.f(i).to_string()
    }
}

/// The acronyms a name written on words `a..=b` could have: first letters of every word,
/// and of its words other than connectors (Lashkar-e-Taiba → LET and LT).
pub(super) fn initial_forms(r: &Region, a: usize, b: usize) -> Vec<String> {
    let all: String = (a..=b).filter_map(|k| r.f(k).chars().next()).collect();
    let main: String = (a..=b)
        .filter(|&k| !r.is_connector(k))
        .filter_map(|k| r.f(k).chars().next())
        .collect();
    let bare: String = (a..=b)
        .filter(|&k| !r.is_connector(k) && !r.legal(k))
        .filter_map(|k| r.f(k).chars().next())
        .collect();
    let mut v = vec![all, main, bare];
    v.sort();
    v.dedup();
    v.retain(|s| s.len() >= 2);
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_on_the_same_words_make_one_group_in_span_order() {
        let cand = |entity: &str, first: usize, last: usize, how: How| Cand {
            first,
            last,
            entity: entity.into(),
            primary: entity.into(),
            entity_type: EntityType::Organization,
            score: 1.0,
            raw: 1.0,
            how,
            hit: None,
            note: None,
            needs_support: false,
            needs_context: false,
            needs_vessel_cue: false,
        };
        let found = [
            cand("un:1", 5, 6, How::Name),
            cand("ofac:2", 0, 1, How::Name),
            cand("uk:3", 5, 6, How::Name),
            cand("un:4", 0, 1, How::Name),
            // Only names found by the matcher are grouped.
            cand("un:5", 8, 8, How::Reference),
        ];
        let groups = span_groups(&found);
        let spans: Vec<(usize, usize)> = groups.iter().map(|g| (g.first, g.last)).collect();
        assert_eq!(spans, [(0, 1), (5, 6)]);
        let at = |k: usize| groups[k].entities.iter().collect::<Vec<&str>>();
        assert_eq!(at(0), ["ofac:2", "un:4"]);
        assert_eq!(at(1), ["uk:3", "un:1"]);
    }

    #[test]
    fn roman_numerals_are_numbers() {
        for n in ["ii", "iii", "iv", "vi", "ix", "xii", "xxxix", "x"] {
            assert!(is_roman_numeral(n), "{n}");
        }
        for w in ["isil", "iii x", "xxxx", "vx", "ira", "", "mv"] {
            assert!(!is_roman_numeral(w), "{w}");
        }
    }
}
