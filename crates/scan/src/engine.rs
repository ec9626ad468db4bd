//! The analyst's rules: from words to mentions.
//!
//! 1. **Runs.** Names are runs of capitalised words (and connectors such as `e`, `al`,
//!    `ur`, `de`, `of` between them) that no punctuation interrupts. In a line written all
//!    in capitals, or in title case, capitals say nothing, so every word may belong to a
//!    run.
//! 2. **Matching.** A run holding an anchor word (see `nomina_match::spans`) goes to the
//!    name matcher, which returns each listed entity named inside it with the words it
//!    matched and the score of those words.
//! 3. **Whole names.** A match is widened over the neighbouring words that are part of the
//!    same written name (not titles, ordinary words, countries) and scored again: "Mohammad
//!    Masood Akhtar" is not "Mohammed Masood Azhar", "AL HARAMAIN PERFUMES LLC" is not
//!    "AL-HARAMAIN FOUNDATION".
//! 4. **Evidence.** A match must carry enough identity (a lone "Mohammed" does not); a
//!    listed acronym counts only when the document names the party otherwise; a vessel
//!    only where the text speaks of a ship.
//! 5. **Document references.** Acronyms defined in the text ("Jaish-e-Mohammad (JeM)") or
//!    formed from a mentioned name's initials, and surnames (or other distinctive parts)
//!    of a mentioned person or organisation standing alone ("Azhar said"), refer to that
//!    party when exactly one mentioned party fits.
//! 6. **Homonyms.** A mention followed in its sentence by "no relation", "not related"...
//!    is dropped.

use crate::lexicon::Lexicon;
use crate::tokenize::{Gap, Shape, Words};
use crate::{facts, How, Meter, Scanner};
use nomina_match::spans::SpanHit;

use crate::FastMap;
use nomina_model::EntityType;
use std::collections::BTreeSet;

use crate::thresholds::{
    ACRONYM_FACTOR, CONTAINING_MIN_SCORE, MIN_EVIDENCE, MIN_PERSON_EVIDENCE, MIN_REFERENCE_WEIGHT,
    REFERENCE_FACTOR, SAME_SPAN_MARGIN, STRONG_SCORE, TIE_MARGIN,
};

/// What the name matcher must reach in a window for the scanner to consider a match:
/// the score asked for, and the least identity [`Region::vet`] accepts, so that listed
/// names it would reject are never aligned.
pub(crate) fn span_floor(min_score: f64) -> nomina_match::spans::SpanFloor {
    nomina_match::spans::SpanFloor {
        score: min_score,
        person_identity: MIN_PERSON_EVIDENCE,
        other_identity: MIN_EVIDENCE,
    }
}

/// Facts of a word not looked up yet.
const UNKNOWN: u8 = 0x80;
/// Longest connector (particle or stop word) in the tables.
const MAX_CONNECTOR_LEN: usize = 6;

/// How a region of a document is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Running text: names are found inside it.
    Text,
    /// A party-name field: its lines are one name (possibly wrapped), scored whole.
    Name,
}

/// A mention before offsets are converted: word range in the region's words.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub first: usize,
    pub last: usize,
    pub entity: String,
    pub primary: String,
    pub entity_type: EntityType,
    pub score: f64,
    /// The score before the weak-alias discount, to compare entities on the same words.
    pub raw: f64,
    pub how: How,
    /// The matcher's answer, for its explanation.
    pub hit: Option<std::sync::Arc<SpanHit>>,
    pub note: Option<String>,
    /// Listed acronym alias: needs the party named otherwise in the document.
    pub needs_support: bool,
    /// A vessel without a ship cue around it: needs one elsewhere in the document.
    pub needs_vessel_cue: bool,
}

/// Per-region state of the scan.
pub(crate) struct Region<'a> {
    pub scanner: &'a Scanner,
    pub text: &'a str,
    pub words: &'a Words,
    pub min_score: f64,
    /// The document's matcher work, against its budget.
    meter: &'a Meter,
    /// Per word: written in a line where capitals carry no information.
    flat_case: Vec<bool>,
    /// Per word: what the word lists say of it (see [`crate::facts`]), looked up when
    /// first needed ([`UNKNOWN`] until then): most words of a text are lower-case words
    /// no rule asks about.
    facts: Vec<std::cell::Cell<u8>>,
    /// The runs, computed once.
    runs: std::cell::OnceCell<Vec<(usize, usize)>>,
    /// Word positions where a homonym phrase starts, computed once.
    homonyms: std::cell::OnceCell<Vec<usize>>,
}

impl<'a> Region<'a> {
    pub fn new(
        scanner: &'a Scanner,
        text: &'a str,
        words: &'a Words,
        min_score: f64,
        meter: &'a Meter,
    ) -> Region<'a> {
        let facts: Vec<std::cell::Cell<u8>> = (0..words.len())
            .map(|_| std::cell::Cell::new(UNKNOWN))
            .collect();
        let get = |k: usize| {
            let f = scanner.word_facts(words.folded(k));
            facts[k].set(f);
            f
        };
        let flat_case = flat_case_lines(words, &get);
        Region {
            scanner,
            text,
            words,
            min_score,
            meter,
            flat_case,
            facts,
            runs: std::cell::OnceCell::new(),
            homonyms: std::cell::OnceCell::new(),
        }
    }

    fn f(&self, i: usize) -> &str {
        self.words.folded(i)
    }

    fn lex(&self) -> &'static Lexicon {
        self.scanner.lexicon
    }

    fn fact(&self, i: usize, flag: u8) -> bool {
        let mut f = self.facts[i].get();
        if f == UNKNOWN {
            f = self.scanner.word_facts(self.f(i));
            self.facts[i].set(f);
        }
        f & flag != 0
    }

    fn common(&self, i: usize) -> bool {
        self.fact(i, facts::COMMON)
    }

    fn title(&self, i: usize) -> bool {
        self.fact(i, facts::TITLE)
    }

    fn legal(&self, i: usize) -> bool {
        self.fact(i, facts::LEGAL)
    }

    /// A word that may be part of a name by its writing.
    #[inline]
    fn is_material(&self, i: usize) -> bool {
        let w = &self.words.list[i];
        match w.shape {
            Shape::Capitalised | Shape::Upper | Shape::Mixed | Shape::Uncased => true,
            Shape::Lower => self.flat_case[i] && !self.fact(i, facts::CONNECTOR),
            Shape::Numeric => false,
        }
    }

    fn is_connector(&self, i: usize) -> bool {
        let w = &self.words.list[i];
        w.shape != Shape::Numeric && self.fact(i, facts::CONNECTOR)
    }

    /// Runs of words that may form one name, as word ranges (inclusive), at most
    /// `MAX_SPAN_WORDS` long (longer runs are cut with an overlap).
    fn runs(&self) -> &[(usize, usize)] {
        self.runs.get_or_init(|| self.compute_runs())
    }

    fn compute_runs(&self) -> Vec<(usize, usize)> {
        let n = self.words.len();
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            if !self.is_material(i) {
                i += 1;
                continue;
            }
            // A particle hyphenated to the first word belongs to the name: "al-Qaeda".
            let start = if i > 0
                && self.is_connector(i - 1)
                && self.words.list[i - 1].gap.has(Gap::HYPHEN)
                && !self.words.list[i - 1].gap.breaks_name()
            {
                i - 1
            } else {
                i
            };
            let mut end = i;
            let mut j = i;
            loop {
                let w = &self.words.list[j];
                if (w.possessive && !self.possessive_inside_name(j))
                    || w.gap.breaks_name()
                    || self.ends_list_item(start, j)
                    || j + 1 >= n
                {
                    break;
                }
                let next = j + 1;
                if self.is_material(next) {
                    end = next;
                    j = next;
                    continue;
                }
                // A lower-case part hyphenated to a name word is part of it ("Kim Jong-un"),
                // unless it is an ordinary word ("Pakistan-based", "Gaddafi-era").
                if w.gap.has(Gap::HYPHEN)
                    && !w.gap.any(Gap::SPACE)
                    && self.words.list[next].shape == Shape::Lower
                    && !self.common(next)
                    && !self.is_connector(next)
                {
                    end = next;
                    j = next;
                    continue;
                }
                // "the Haqqani network": a lower-case head noun closes an organisation's
                // name in running text.
                if self.words.list[next].shape == Shape::Lower && self.fact(next, facts::ORG_TAIL) {
                    end = next;
                    break;
                }
                // Up to three connectors may stand between two name words (Jaish-e-,
                // Khalil ur Rahman, Concord Management and Consulting, Abd al-).
                let mut k = next;
                let mut ok = false;
                while k < n && k < next + 3 && self.is_connector(k) {
                    if self.words.list[k].gap.breaks_name() || self.words.list[k].possessive {
                        break;
                    }
                    if k + 1 < n && self.is_material(k + 1) {
                        ok = true;
                        break;
                    }
                    k += 1;
                }
                if ok {
                    end = k + 1;
                    j = k + 1;
                    continue;
                }
                break;
            }
            push_chunks(&mut out, start, end);
            i = end + 1;
        }
        out
    }

    /// Whether a run started at word `start` ends at word `j` because `j` ends a list
    /// item: the writer ended the line on purpose ([`Gap::LINE_END`]) and the line holds
    /// nothing before the run but numbering ("Abu Hussein⏎Maria Lopez" is two people;
    /// "whose leader Sirajuddin⏎Haqqani" is one sentence).
    fn ends_list_item(&self, start: usize, j: usize) -> bool {
        let list = &self.words.list;
        if !list[j].gap.has(Gap::LINE_END) {
            return false;
        }
        let line = list[start].line;
        (0..start)
            .rev()
            .take_while(|&k| list[k].line == line)
            .all(|k| list[k].shape == Shape::Numeric)
    }

    /// A possessive that belongs to a listed name ("Lord's Resistance Army", "People's
    /// Mujahedin"): the lists write the word with its `'s` (folded `lords`) and a name word
    /// follows. Elsewhere a possessive ends the name ("Azhar's brother").
    fn possessive_inside_name(&self, i: usize) -> bool {
        i + 1 < self.words.len()
            && self.is_material(i + 1)
            && self.scanner.word_info(&format!("{}s", self.f(i))).listed
    }

    /// Whether the run holds a word that some listed name cannot do without.
    fn has_anchor(&self, a: usize, b: usize) -> bool {
        (a..=b).any(|i| self.scanner.word_info(self.f(i)).anchor)
    }

    /// True when word `i` starts a sentence (or the region, or a paragraph).
    fn sentence_initial(&self, i: usize) -> bool {
        i == 0
            || self.words.list[i - 1]
                .gap
                .any(Gap::STOP | Gap::BLANK | Gap::COLON)
    }

    /// Whether word `i` is part of a written name that a match may be widened over.
    ///
    /// In ordinary text a capitalised ordinary word inside a name phrase belongs to the
    /// name ("Al Noor Hospital", "Gaddafi Stadium"); at the start of a sentence, or in a
    /// line where everything is capitalised, it says nothing.
    fn is_name_part(&self, i: usize) -> bool {
        if !self.is_material(i) {
            return false;
        }
        if self.title(i) || self.fact(i, facts::CONNECTOR) {
            return false;
        }
        if self.common(i) && (self.flat_case[i] || self.sentence_initial(i)) {
            return false;
        }
        // Where everything is capitalised, only words the lists know extend a name.
        if self.flat_case[i] && !self.scanner.word_info(self.f(i)).listed {
            return false;
        }
        !self.is_country(i)
    }

    /// Connectors at `i` (going in direction `step`) followed by a name part: the index of
    /// that name part.
    fn across_connectors(&self, i: usize, forward: bool, lo: usize, hi: usize) -> Option<usize> {
        let mut k = i;
        for _ in 0..3 {
            if !self.is_connector(k) || self.common(k) {
                return None;
            }
            let next = if forward { k + 1 } else { k.checked_sub(1)? };
            if next < lo || next > hi {
                return None;
            }
            if self.is_name_part(next) {
                return Some(next);
            }
            k = next;
        }
        None
    }

    /// Widens the matched words `a..=b` (within run `ra..=rb`) over neighbouring name
    /// words, and up to a legal form that closes the name ("AL HARAMAIN PERFUMES LLC").
    fn widen(
        &self,
        a: usize,
        b: usize,
        ra: usize,
        rb: usize,
        taken: &dyn Fn(usize) -> bool,
    ) -> (usize, usize) {
        let (mut ea, mut eb) = (a, b);
        let nl = |k: usize| self.words.list[k].gap.any(Gap::NEWLINE);
        while ea > ra && !nl(ea - 1) && !taken(ea - 1) {
            if self.is_name_part(ea - 1) {
                ea -= 1;
            } else if let Some(k) = self.across_connectors(ea - 1, false, ra, rb) {
                if (k..ea).any(nl) || (k..ea).any(taken) {
                    break;
                }
                ea = k;
            } else {
                break;
            }
        }
        loop {
            if eb < rb && !nl(eb) && !taken(eb + 1) {
                if self.is_name_part(eb + 1) {
                    eb += 1;
                    continue;
                }
                if let Some(k) = self.across_connectors(eb + 1, true, ra, rb) {
                    if !(eb..k).any(nl) && !(eb + 1..=k).any(taken) {
                        eb = k;
                        continue;
                    }
                }
            }
            // Ordinary words followed by a legal form are the name of another company.
            let mut k = eb + 1;
            let mut found = None;
            while k <= rb && k <= eb + 3 && !nl(k - 1) {
                if self.legal(k) {
                    found = Some(k);
                    break;
                }
                if !self.is_material(k) {
                    break;
                }
                k += 1;
            }
            match found {
                Some(k) if k > eb + 1 => eb = k,
                _ => break,
            }
        }
        (ea, eb)
    }

    /// The folded words `a..=b` as the matcher should read them (payment abbreviations
    /// such as INTL written out).
    fn folded_range(&self, a: usize, b: usize) -> Vec<&str> {
        (a..=b)
            .map(|i| self.lex().expand(self.f(i)).unwrap_or(self.f(i)))
            .collect()
    }

    /// Mentions found by the name matcher in running text.
    pub fn text_matches(&self) -> Vec<Cand> {
        let mut out = Vec::new();
        for &(ra, rb) in self.runs() {
            // One ordinary word, or titles and connectors alone, name nobody; most
            // capitalised runs are such ("The", "In", "Earlier").
            let name_words = (ra..=rb).filter(|&i| self.is_name_word(i)).count();
            let plain = (ra..=rb)
                .filter(|&i| !self.is_connector(i) && !self.title(i))
                .count();
            if (name_words == 0 && plain < 2) || !self.has_anchor(ra, rb) {
                continue;
            }
            // The run as written, and without a quoted nickname inside it: `Joaquin "El
            // Chapo" Guzman` is also `Joaquin Guzman`.
            let mut views: Vec<Vec<usize>> = vec![(ra..=rb).collect()];
            if let Some((qs, qe)) = self.quoted_inside(ra, rb) {
                views.push((ra..=rb).filter(|&i| i < qs || i > qe).collect());
            }
            let mut cands = Vec::new();
            for view in &views {
                let words: Vec<&str> = view.iter().map(|&i| self.word_for_matcher(i)).collect();
                let hits = self.scanner.match_words(&words, self.min_score, self.meter);
                for h in hits.iter() {
                    let (a, b) = (view[h.first], view[h.last]);
                    // Words another listed party matched are that party's, not this
                    // name's: "Iran Air and Mahan Air" is two names.
                    let taken = |k: usize| {
                        hits.iter().any(|o| {
                            o.entity != h.entity
                                && o.matched_tokens >= o.listed_tokens
                                && o.score >= STRONG_SCORE
                                && view[o.first] <= k
                                && k <= view[o.last]
                                && !(a <= k && k <= b)
                        })
                    };
                    let (ea, eb) = self.widen(a, b, ra, rb, &taken);
                    // A person's name continuing with another name word is somebody
                    // else's ("Hassan Sheikh Mohamud" is not "Hassan, Sheikh").
                    if (ea, eb) != (a, b) && h.entity_type == EntityType::Person {
                        continue;
                    }
                    let wider_hit;
                    let hit: &std::sync::Arc<SpanHit> = if (ea, eb) != (a, b) {
                        let wider: Vec<&str> = view
                            .iter()
                            .filter(|&&i| ea <= i && i <= eb)
                            .map(|&i| self.word_for_matcher(i))
                            .collect();
                        match self.scanner.score_words(&wider, h.name_ref, self.meter) {
                            Some(w) => {
                                wider_hit = w;
                                &wider_hit
                            }
                            None => continue,
                        }
                    } else {
                        h
                    };
                    if hit.score < self.min_score {
                        continue;
                    }
                    if let Some(c) = self.vet(hit, ea, eb) {
                        cands.push(c);
                    }
                }
            }
            // One candidate per entity and span.
            cands.sort_by(|x, y| {
                (x.first, x.last, &x.entity)
                    .cmp(&(y.first, y.last, &y.entity))
                    .then(y.score.total_cmp(&x.score))
            });
            cands.dedup_by(|x, y| x.first == y.first && x.last == y.last && x.entity == y.entity);
            out.extend(pick_per_span(cands, &|i| self.is_name_word(i)));
        }
        out
    }

    /// A quoted stretch of one to three words strictly inside the run `ra..=rb`.
    fn quoted_inside(&self, ra: usize, rb: usize) -> Option<(usize, usize)> {
        let q = |i: usize| self.words.list[i].gap.any(Gap::QUOTE) && !self.words.list[i].possessive;
        let qs = (ra..rb).find(|&i| q(i))? + 1;
        let qe = (qs..rb).take(3).find(|&i| q(i))?;
        (qs > ra && qe < rb).then_some((qs, qe))
    }

    /// Word `i` as the matcher should read it (payment abbreviations written out).
    fn word_for_matcher(&self, i: usize) -> &str {
        self.lex().expand(self.f(i)).unwrap_or(self.f(i))
    }

    /// Mentions in a party-name field: the first line, or the first two lines when the
    /// name wraps, scored whole.
    pub fn name_matches(&self, lines: &[(usize, usize)]) -> Vec<Cand> {
        let mut windows: Vec<(usize, usize)> = Vec::new();
        if let Some(&(a, b)) = lines.first() {
            windows.push((a, b));
            if let Some(&(_, b2)) = lines.get(1) {
                windows.push((a, b2));
            }
        }
        let mut best: FastMap<String, Cand> = FastMap::default();
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

    /// A word that carries a name by itself: written as a name, and not a connector, an
    /// ordinary word or a title.
    fn is_name_word(&self, i: usize) -> bool {
        if !self.is_material(i) {
            return false;
        }
        !(self.fact(i, facts::CONNECTOR) || self.common(i) || self.title(i))
    }

    fn is_country(&self, i: usize) -> bool {
        self.fact(i, facts::COUNTRY)
    }

    /// What the text says of word `i` of a match starting at word `a`, for the
    /// evidence rules.
    fn span_word(&self, i: usize, a: usize) -> crate::evidence::SpanWord {
        let hyphen_joined = i > a && {
            let g = self.words.list[i - 1].gap;
            g.has(Gap::HYPHEN) && !g.any(Gap::SPACE)
        };
        let connector = self.is_connector(i);
        crate::evidence::SpanWord {
            shape: self.words.list[i].shape,
            flat_case: self.flat_case[i],
            name_word: self.is_name_word(i),
            connector,
            stop_word: connector
                && nomina_text::Tables::get().class(self.f(i)) == nomina_text::TokenClass::Stop,
            title: self.title(i),
            common: self.common(i),
            country: self.is_country(i),
            hyphen_joined,
            letters: self.f(i).chars().count(),
        }
    }

    /// Turns a scored hit on words `a..=b` into a candidate mention, or rejects it by
    /// the evidence rules ([`crate::evidence::RULES`]).
    fn vet(&self, h: &std::sync::Arc<SpanHit>, a: usize, b: usize) -> Option<Cand> {
        let span_text = &self.text[self.words.list[a].start..self.words.list[b].end];
        let subject = crate::evidence::Subject {
            entity_type: h.entity_type,
            score: h.score,
            matched_weight: h.matched_weight,
            listed_tokens: h.listed_tokens,
            listed_acronym: h.listed_acronym,
            facts: &h.facts,
            words: (a..=b).map(|i| self.span_word(i, a)).collect(),
            is_place: span_text.len() >= 4 && crate::is_country_text(span_text),
        };
        let needs_support = crate::evidence::judge(&subject)?;
        let needs_vessel_cue = h.entity_type == EntityType::Vessel && !self.vessel_cue_near(a, b);
        Some(Cand {
            first: a,
            last: b,
            entity: h.entity.clone(),
            primary: h.primary.clone(),
            entity_type: h.entity_type,
            score: h.score,
            raw: h.facts.undiscounted_score,
            how: How::Name,
            hit: Some(h.clone()),
            note: None,
            needs_support,
            needs_vessel_cue,
        })
    }

    /// A ship cue (MV, tanker, IMO...) in the same sentence as words `a..=b`.
    fn vessel_cue_near(&self, a: usize, b: usize) -> bool {
        let n = self.words.len();
        let mut i = a;
        let mut steps = 0;
        while i > 0 && steps < 25 {
            if self.words.list[i - 1].gap.any(Gap::STOP | Gap::BLANK) {
                break;
            }
            i -= 1;
            steps += 1;
            if self.lex().is_vessel_cue(self.f(i)) {
                return true;
            }
        }
        let mut i = b;
        let mut steps = 0;
        while i + 1 < n && steps < 25 {
            if self.words.list[i].gap.any(Gap::STOP | Gap::BLANK) {
                break;
            }
            i += 1;
            steps += 1;
            if self.lex().is_vessel_cue(self.f(i)) {
                return true;
            }
        }
        false
    }

    /// Acronyms and lone name words that refer to parties mentioned in the region, and
    /// the positions of one-word matches that such a reference replaces.
    ///
    /// Every look-up is indexed (by span, by word), so a document with thousands of
    /// mentions costs in proportion to its length.
    pub fn references(&self, found: &[Cand]) -> (Vec<Cand>, Vec<usize>) {
        let n = self.words.len();
        let mut out = Vec::new();
        let mut replaced = Vec::new();
        let mut covered = vec![false; n];
        let mut at_word: FastMap<usize, Vec<&Cand>> = FastMap::default();
        for c in found {
            for (k, cov) in covered
                .iter_mut()
                .enumerate()
                .take(c.last + 1)
                .skip(c.first)
            {
                *cov = true;
                at_word.entry(k).or_default().push(c);
            }
        }
        let groups = span_groups(found);
        // Candidates per span, to copy a group's entities without scanning them all.
        let mut by_span: FastMap<(usize, usize), Vec<&Cand>> = FastMap::default();
        for c in found.iter().filter(|c| c.how == How::Name) {
            by_span.entry((c.first, c.last)).or_default().push(c);
        }
        let emit =
            |out: &mut Vec<Cand>, g: &Group, at: usize, how: How, factor: f64, note: &str| {
                let src_text = (g.first..=g.last)
                    .map(|k| self.f(k))
                    .collect::<Vec<_>>()
                    .join(" ");
                for c in by_span.get(&(g.first, g.last)).into_iter().flatten() {
                    out.push(Cand {
                        first: at,
                        last: at,
                        entity: c.entity.clone(),
                        primary: c.primary.clone(),
                        entity_type: c.entity_type,
                        score: (c.score * factor * 10_000.0).round() / 10_000.0,
                        raw: c.raw,
                        how,
                        hit: None,
                        note: Some(format!("{note}: \"{src_text}\"")),
                        needs_support: false,
                        needs_vessel_cue: false,
                    });
                }
            };
        // Acronyms: defined in parentheses after a mention (possibly after its legal form:
        // "Company, Limited (OMM)"), or the initials of a mentioned name. An acronym whose
        // initials fit two different parties fits neither.
        let mut defined: FastMap<String, usize> = FastMap::default();
        let mut initials: FastMap<String, (usize, bool)> = FastMap::default();
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
            if covered.get(i).copied().unwrap_or(true) || !looks_like_acronym(self, i) {
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
            emit(&mut out, g, i, How::Acronym, ACRONYM_FACTOR, note);
            covered[i] = true;
        }
        // Groups by the words written in them, in text order; and per word, the distinct
        // parties (entity sets) in the order they first appear, so that a reference
        // looks at a handful of parties, not at every earlier mention.
        let mut set_id: FastMap<&BTreeSet<String>, usize> = FastMap::default();
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
        let by_id: Vec<&BTreeSet<String>> = {
            let mut v: Vec<(&BTreeSet<String>, usize)> =
                set_id.iter().map(|(k, &id)| (*k, id)).collect();
            v.sort_by_key(|x| x.1);
            v.into_iter().map(|x| x.0).collect()
        };
        // Lone name words referring back (or forward) to a mentioned party.
        for &(ra, rb) in self.runs() {
            // Titles and particles before the word do not count: "Mr Kaskar", "Al-Houthi".
            let mut a = ra;
            while a < rb && (self.title(a) || self.is_connector(a)) {
                a += 1;
            }
            if a != rb || out.last().is_some_and(|c: &Cand| c.first == a) {
                continue;
            }
            let f = self.f(a);
            if self.common(a)
                || self.is_connector(a)
                || f.len() < 3
                || self.is_country(a)
                || self.scanner.word_info(f).weight < MIN_REFERENCE_WEIGHT
            {
                continue;
            }
            let (Some(with_word), Some(parties)) = (by_word.get(f), parties_by_word.get(f)) else {
                continue;
            };
            let split = with_word.partition_point(|&gi| groups[gi].last < a);
            let backward = split > 0;
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
            // Already matched on its own: keep that unless it names another party than
            // the one the text named in full with this very word.
            if covered[a] {
                let own: &[&Cand] = at_word.get(&a).map_or(&[], Vec::as_slice);
                let single = own.iter().all(|c| {
                    (c.first..=c.last)
                        .filter(|&k| !self.is_connector(k))
                        .count()
                        == 1
                });
                // Only a full name written before overrides a match of the word itself.
                if !backward || !single || own.iter().any(|c| g.entities.contains(&c.entity)) {
                    continue;
                }
                replaced.push(a);
            }
            emit(
                &mut out,
                g,
                a,
                How::Reference,
                REFERENCE_FACTOR,
                "refers to a party named in full in the text",
            );
        }
        (out, replaced)
    }

    /// Where a homonym phrase starts, found once per region.
    fn homonym_starts(&self) -> Vec<usize> {
        let lex = self.lex();
        let n = self.words.len();
        let mut starts = Vec::new();
        for i in 0..n {
            if !lex.is_homonym_first(self.words.folded_bytes(i)) {
                continue;
            }
            let found = lex
                .homonym_phrases()
                .iter()
                .any(|p| i + p.len() <= n && p.iter().enumerate().all(|(k, w)| self.f(i + k) == w));
            if found {
                starts.push(i);
            }
        }
        starts
    }

    /// True when a homonym phrase ("no relation", "not related"...) follows words
    /// `a..=b` in the same sentence.
    pub fn homonym_after(&self, b: usize) -> bool {
        let starts = self.homonyms.get_or_init(|| self.homonym_starts());
        let from = starts.partition_point(|&s| s <= b);
        let Some(&s) = starts.get(from) else {
            return false;
        };
        // In the same sentence, within fourteen words.
        s <= b + 14 && !(b..s).any(|k| self.words.list[k].gap.any(Gap::STOP | Gap::BLANK))
    }
}

struct Group {
    first: usize,
    last: usize,
    entities: BTreeSet<String>,
    entity_type: EntityType,
}

fn span_groups(found: &[Cand]) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    for c in found.iter().filter(|c| c.how == How::Name) {
        if let Some(g) = groups
            .iter_mut()
            .find(|g| g.first == c.first && g.last == c.last)
        {
            g.entities.insert(c.entity.clone());
        } else {
            groups.push(Group {
                first: c.first,
                last: c.last,
                entities: [c.entity.clone()].into_iter().collect(),
                entity_type: c.entity_type,
            });
        }
    }
    groups.sort_by_key(|g| (g.first, g.last));
    groups
}

/// Written like an acronym: two to eight letters, capitals (JEM) or capitals with
/// lower-case particles (JeM, LeT, JuD), in a line where capitals mean something.
#[inline]
fn looks_like_acronym(r: &Region, i: usize) -> bool {
    // The shape first: most words are neither in capitals nor mixed.
    matches!(r.words.list[i].shape, Shape::Upper | Shape::Mixed) && acronym_letters(r, i)
}

/// The letters of [`looks_like_acronym`]: two to eight ASCII letters or digits, not an
/// ordinary word written in capitals.
fn acronym_letters(r: &Region, i: usize) -> bool {
    let f = r.f(i);
    if !(2..=8).contains(&f.len()) || !f.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    r.words.list[i].shape == Shape::Mixed || !r.common(i)
}

/// How an acronym is compared with initials: its letters, or, written with lower-case
/// particles (JeM, LeT, JuD), its capitals only, since the particle varies (-e-, -i-, -ud-).
fn acronym_key(r: &Region, i: usize) -> String {
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
fn initial_forms(r: &Region, a: usize, b: usize) -> Vec<String> {
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

/// Among candidates of one run, keeps the best-scoring non-overlapping spans, with every
/// entity scoring close to the best on the same words.
pub(crate) fn pick_per_span(mut cands: Vec<Cand>, name_word: &dyn Fn(usize) -> bool) -> Vec<Cand> {
    // Candidates that still need the document's support lose overlaps to those that do
    // not: a one-word alias must not hide the full name around it.
    cands.sort_by(|a, b| {
        a.needs_support
            .cmp(&b.needs_support)
            .then(b.raw.total_cmp(&a.raw))
            .then((b.last - b.first).cmp(&(a.last - a.first)))
            .then(a.entity.cmp(&b.entity))
    });
    let fits = |c: &Cand, kept: &[Cand]| {
        kept.iter().all(|k| {
            let overlap = c.first <= k.last && k.first <= c.last;
            let same = c.first == k.first && c.last == k.last;
            !overlap
                || (same
                    && (c.raw >= k.raw - SAME_SPAN_MARGIN
                        || same_party(&c.primary, &k.primary)
                        || first_of_its_list(c, kept)))
        })
    };
    let mut kept: Vec<Cand> = Vec::new();
    let mut rejected: Vec<Cand> = Vec::new();
    for c in cands {
        if fits(&c, &kept) {
            kept.push(c);
        } else {
            rejected.push(c);
        }
    }
    // A longer name that contains a kept one and explains further name words nothing
    // else explains is the better reading: "Al-Qaeda in the Arabian Peninsula" is not
    // "Al-Qaeda" followed by words.
    rejected.sort_by(|a, b| {
        (b.last - b.first)
            .cmp(&(a.last - a.first))
            .then(b.raw.total_cmp(&a.raw))
    });
    for c in rejected {
        if c.raw < CONTAINING_MIN_SCORE {
            continue;
        }
        let inside = |k: &Cand| {
            c.first <= k.first && k.last <= c.last && (k.first, k.last) != (c.first, c.last)
        };
        let overlapping: Vec<&Cand> = kept
            .iter()
            .filter(|k| c.first <= k.last && k.first <= c.last)
            .collect();
        if overlapping.is_empty() || !overlapping.iter().all(|k| inside(k)) {
            if fits(&c, &kept) {
                kept.push(c);
            }
            continue;
        }
        let explains_more = (c.first..=c.last)
            .filter(|&i| !overlapping.iter().any(|k| k.first <= i && i <= k.last))
            .any(name_word);
        if explains_more {
            kept.retain(|k| !inside(k));
            kept.push(c);
        }
    }
    kept
}

/// The list a listed entity's key belongs to: `un` for `un:QDe.004`.
fn list_of(entity: &str) -> &str {
    entity.split_once(':').map_or(entity, |(list, _)| list)
}

/// True when `c` matches strongly ([`STRONG_SCORE`]) and no candidate kept on exactly
/// `c`'s words comes from `c`'s list: every listing is a separate legal obligation, so each
/// list's strong entity for a span is reported, not only the best of all lists
/// ("Al-Qaida" is un:QDe.004 and ofac:6366). A weaker one is not: another list's best
/// entity for a span is often another party (a son, the vessel's shipping company).
fn first_of_its_list(c: &Cand, kept: &[Cand]) -> bool {
    c.raw >= STRONG_SCORE
        && !kept.iter().any(|k| {
            (k.first, k.last) == (c.first, c.last) && list_of(&k.entity) == list_of(&c.entity)
        })
}

/// Two listed entries whose primary names are the same words (variant spellings and
/// order aside) are one party listed twice, by the UN and by OFAC: JAISH-I-MOHAMMED, and
/// MOHAMMED MASOOD AZHAR ALVI / ALVI, Mohammad Masood Azhar.
fn same_party(a: &str, b: &str) -> bool {
    let (ka, kb) = (party_key(a), party_key(b));
    !ka.is_empty() && ka == kb
}

thread_local! {
    /// Party keys of primary names already seen by this thread.
    static PARTY_KEYS: std::cell::RefCell<FastMap<Box<str>, std::rc::Rc<[String]>>> =
        std::cell::RefCell::new(FastMap::default());
}

/// The sorted variant families of a primary name's words.
fn party_key(name: &str) -> std::rc::Rc<[String]> {
    PARTY_KEYS.with(|c| {
        if let Some(k) = c.borrow().get(name) {
            return k.clone();
        }
        let t = nomina_text::Tables::get();
        let mut v: Vec<String> = nomina_text::tokens(name, t)
            .into_iter()
            .map(|x| t.family(&x.text).to_string())
            .collect();
        v.sort();
        let k: std::rc::Rc<[String]> = v.into();
        let mut m = c.borrow_mut();
        if m.len() > 100_000 {
            m.clear();
        }
        m.insert(name.into(), k.clone());
        k
    })
}

fn push_chunks(out: &mut Vec<(usize, usize)>, start: usize, end: usize) {
    const MAX: usize = nomina_match::spans::MAX_SPAN_WORDS;
    if end + 1 - start <= MAX {
        out.push((start, end));
        return;
    }
    let mut a = start;
    loop {
        let b = (a + MAX - 1).min(end);
        out.push((a, b));
        if b == end {
            break;
        }
        a += MAX - 8;
    }
}

/// Marks words in lines where capitals say nothing: all capitals, or title case (every
/// word capitalised but connectors).
fn flat_case_lines(words: &Words, facts: &dyn Fn(usize) -> u8) -> Vec<bool> {
    let mut out = vec![false; words.len()];
    let mut i = 0;
    while i < words.len() {
        let line = words.list[i].line;
        let mut j = i;
        while j < words.len() && words.list[j].line == line {
            j += 1;
        }
        if flat_case_line(words, i, j, facts) {
            out[i..j].iter_mut().for_each(|x| *x = true);
        }
        i = j;
    }
    out
}

/// Whether the line of words `i..j` is written flat: lettered words, all capitalised but
/// connectors, and four of them or more (or two or more in capitals and nothing else).
///
/// A line of running text has a lower-case word that is not a connector: the word
/// lists are asked only when the shapes allow a flat line, and only until such a word.
fn flat_case_line(words: &Words, i: usize, j: usize, facts: &dyn Fn(usize) -> u8) -> bool {
    let mut lettered = 0;
    let mut upper = 0;
    let mut lower_words = 0;
    for w in &words.list[i..j] {
        match w.shape {
            Shape::Numeric | Shape::Uncased => {}
            Shape::Lower => {
                lower_words += 1;
                lettered += 1;
            }
            Shape::Upper => {
                upper += 1;
                lettered += 1;
            }
            _ => lettered += 1,
        }
    }
    if !(lettered >= 4 || (upper >= 2 && upper == lettered)) {
        return false;
    }
    if lower_words == 0 {
        return true;
    }
    // Connectors are short words: longer ones need no look-up.
    !(i..j).any(|k| {
        words.list[k].shape == Shape::Lower
            && (words.folded(k).len() > MAX_CONNECTOR_LEN || facts(k) & facts::CONNECTOR == 0)
    })
}

/// Vessels need a ship cue somewhere for the same entity; listed acronyms and one-word
/// names of people need the party named otherwise in the document; among entities tied on
/// the same words, those the document names elsewhere win.
pub(crate) fn apply_document_evidence(cands: &mut Vec<Cand>) {
    let named: BTreeSet<String> = cands
        .iter()
        .filter(|c| !c.needs_support && !c.needs_vessel_cue)
        .map(|c| c.entity.clone())
        .collect();
    cands.retain(|c| !(c.needs_support || c.needs_vessel_cue) || named.contains(&c.entity));
    // Among entities tied on some words, the document prefers those it names on other
    // words without all of their rivals: "Hafiz Muhammad Saeed" says which Hafiz Saeed.
    let mut by_span: FastMap<(usize, usize), Vec<usize>> = FastMap::default();
    let mut by_entity: FastMap<&str, Vec<(usize, usize)>> = FastMap::default();
    for (i, c) in cands.iter().enumerate() {
        by_span.entry((c.first, c.last)).or_default().push(i);
        by_entity
            .entry(c.entity.as_str())
            .or_default()
            .push((c.first, c.last));
    }
    let mut drop: Vec<bool> = vec![false; cands.len()];
    let mut decided: FastMap<BTreeSet<&str>, BTreeSet<&str>> = FastMap::default();
    for members in by_span.values() {
        if members.len() < 2 {
            continue;
        }
        let top = members
            .iter()
            .map(|&i| cands[i].raw)
            .fold(f64::MIN, f64::max);
        let tied: BTreeSet<&str> = members
            .iter()
            .filter(|&&i| cands[i].raw >= top - TIE_MARGIN)
            .map(|&i| cands[i].entity.as_str())
            .collect();
        if tied.len() < 2 {
            continue;
        }
        // The same tie recurs wherever the same words recur: decide it once.
        let preferred = decided.entry(tied.clone()).or_insert_with(|| {
            let mut seen: BTreeSet<(usize, usize)> = BTreeSet::new();
            let mut preferred: BTreeSet<&str> = BTreeSet::new();
            for e in &tied {
                for s in by_entity.get(e).into_iter().flatten() {
                    if !seen.insert(*s) {
                        continue;
                    }
                    let there: BTreeSet<&str> = by_span[s]
                        .iter()
                        .map(|&i| cands[i].entity.as_str())
                        .filter(|x| tied.contains(x))
                        .collect();
                    if there.len() < tied.len() {
                        preferred.extend(there);
                    }
                }
            }
            preferred
        });
        if preferred.is_empty() {
            continue;
        }
        for &i in members {
            if !preferred.contains(cands[i].entity.as_str()) {
                drop[i] = true;
            }
        }
    }
    let mut k = drop.into_iter();
    cands.retain(|_| !k.next().unwrap_or(false));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_list_keeps_its_best_entity_for_a_span() {
        let cand = |entity: &str, raw: f64| Cand {
            first: 0,
            last: 1,
            entity: entity.into(),
            primary: entity.into(),
            entity_type: EntityType::Organization,
            score: raw,
            raw,
            how: How::Name,
            hit: None,
            note: None,
            needs_support: false,
            needs_vessel_cue: false,
        };
        let kept = pick_per_span(
            vec![
                cand("ofac:1", 1.0),
                cand("un:2", 0.92),
                cand("ofac:3", 0.92),
                cand("uk:4", 0.85),
            ],
            &|_| true,
        );
        let keys: Vec<&str> = kept.iter().map(|c| c.entity.as_str()).collect();
        assert_eq!(keys, ["ofac:1", "un:2"]);
        assert_eq!(list_of("un:QDe.004"), "un");
    }

    #[test]
    fn connectors_are_short() {
        // `flat_case_lines` skips the look-up for longer lower-case words.
        for data in [
            include_str!("../../text/data/particles.txt"),
            include_str!("../../text/data/stopwords.txt"),
        ] {
            for w in data
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .flat_map(str::split_whitespace)
            {
                assert!(w.len() <= MAX_CONNECTOR_LEN, "{w}");
            }
        }
    }

    #[test]
    fn same_party_ignores_order_and_variants() {
        assert!(same_party(
            "MOHAMMED MASOOD AZHAR ALVI",
            "ALVI, Mohammad Masood Azhar"
        ));
        assert!(same_party("JAISH-I-MOHAMMED", "JAISH-I-MOHAMMED"));
        assert!(!same_party(
            "AL RASHID TRUST",
            "AL-AKHTAR TRUST INTERNATIONAL"
        ));
        assert!(!same_party("", ""));
    }
}
