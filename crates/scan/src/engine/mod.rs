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

mod aliases;
mod choice;
mod entity_set;
mod fields;
mod references;
mod runs;
mod slips;

pub(crate) use aliases::AliasWordCache;
pub(crate) use choice::{apply_document_evidence, pick_per_span};

use crate::lexicon::Lexicon;
use crate::tokenize::{Gap, Shape, Words};
use crate::{facts, Hits, How, Meter, Scanner};
use nomina_match::spans::{NameRef, SpanHit};

use crate::FastMap;
use nomina_model::EntityType;
use std::collections::BTreeSet;

use crate::thresholds::{
    ACRONYM_FACTOR, CONTAINING_MIN_SCORE, EXACT_SCORE, FIRM_WORDS_BEFORE_FORM, MIN_EVIDENCE,
    MIN_PARTIAL_EVIDENCE, MIN_PARTIAL_WITHOUT_RAREST_EVIDENCE, MIN_PERSON_EVIDENCE,
    MIN_REFERENCE_WEIGHT, PROSE_LINE_LOWER_WORDS, REFERENCE_FACTOR, SAME_SPAN_MARGIN, STRONG_SCORE,
    TIE_MARGIN, WORDS_BEFORE_PREMISES,
};

/// What the name matcher must reach in a window for the scanner to consider a match:
/// the score asked for, and the least identity [`Region::vet`] accepts, so that listed
/// names it would reject are never aligned.
pub(crate) fn span_floor(min_score: f64) -> nomina_match::spans::SpanFloor {
    nomina_match::spans::SpanFloor {
        score: min_score,
        person_identity: MIN_PERSON_EVIDENCE,
        other_identity: MIN_EVIDENCE,
        partial_person_identity: MIN_PARTIAL_EVIDENCE,
        partial_person_without_rarest_identity: MIN_PARTIAL_WITHOUT_RAREST_EVIDENCE,
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
    /// A free-text field of a payment message: read as running text, its references
    /// found with the message's other fields.
    Field,
    /// A party-name field: its lines are one name (possibly wrapped), scored whole.
    Name,
}

/// A mention before offsets are converted: word range in the region's words.
#[derive(Debug, Clone)]
pub(crate) struct Cand {
    pub first: usize,
    pub last: usize,
    /// The entity's key and primary name, shared with the matcher's index.
    pub entity: std::sync::Arc<str>,
    pub primary: std::sync::Arc<str>,
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
    /// A person's name of common words: needs a document that speaks of listed parties
    /// ([`crate::evidence::Verdict::NeedsContext`]).
    pub needs_context: bool,
    /// A vessel without a ship cue around it: needs one elsewhere in the document.
    pub needs_vessel_cue: bool,
}

/// A run (its first and last word) and the ways to read it ([`Region::run_views`]).
type RunViews = ((usize, usize), Vec<Vec<usize>>);

/// Runs walked between two warm-ups ([`Region::next_batch`]), with the words of their
/// views as the matcher reads them (run after run, view after view).
struct Batch<'r> {
    /// The runs and their views.
    runs: Vec<RunViews>,
    /// One window of words per view.
    windows: Vec<Vec<&'r str>>,
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
    /// The region holds running prose ([`has_running_prose`]): its lines in capitals
    /// or title case are headlines, edited as carefully as the rest.
    prose: bool,
    /// Per word: what the word lists say of it (see [`crate::facts`]), looked up when
    /// first needed ([`UNKNOWN`] until then): most words of a text are lower-case words
    /// no rule asks about.
    facts: Vec<std::cell::Cell<u8>>,
    /// The runs, computed once.
    runs: std::cell::OnceCell<Vec<(usize, usize)>>,
    /// Word positions where a homonym phrase starts, computed once.
    homonyms: std::cell::OnceCell<Vec<usize>>,
    /// The listed forms of the possessives inside names ([`Region::possessive_inside_name`])
    /// that are titles without their `'s`, by word: "lords" for "Lord's" in "Lord's
    /// Resistance Army". Built on first use.
    possessive_forms: std::cell::OnceCell<FastMap<usize, String>>,
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
        let prose = has_running_prose(words);
        Region {
            scanner,
            text,
            words,
            min_score,
            meter,
            flat_case,
            prose,
            facts,
            runs: std::cell::OnceCell::new(),
            homonyms: std::cell::OnceCell::new(),
            possessive_forms: std::cell::OnceCell::new(),
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

    /// A word that may stand between the words of one name: a particle or stop word, or
    /// one of the connectors counted only in lower case ("ag", not AG).
    fn is_connector(&self, i: usize) -> bool {
        let w = &self.words.list[i];
        w.shape != Shape::Numeric
            && (self.fact(i, facts::CONNECTOR)
                || (w.shape == Shape::Lower && self.fact(i, facts::LOWER_CONNECTOR)))
    }

    /// The folded words `a..=b` as the matcher should read them (payment abbreviations
    /// such as INTL written out).
    fn folded_range(&self, a: usize, b: usize) -> Vec<&str> {
        (a..=b)
            .map(|i| self.lex().expand(self.f(i)).unwrap_or(self.f(i)))
            .collect()
    }

    /// Mentions found by the name matcher in running text.
    ///
    /// The runs are walked in order, a batch at a time. The windows of a batch missing
    /// from the thread's window cache are matched on every core ([`crate::windows`])
    /// while the thread walks the batch before it, and put into the cache before the
    /// walk reaches them: the walk finds them there, and the mentions are those of a walk
    /// on one thread.
    pub fn text_matches(&self) -> Vec<Cand> {
        let mut out = Vec::new();
        if !crate::windows::worth_warming(self.runs().len()) {
            for &(ra, rb) in self.runs() {
                if let Some(views) = self.run_views(ra, rb) {
                    let words: Vec<Vec<&str>> = views.iter().map(|v| self.view_words(v)).collect();
                    out.extend(self.run_matches((ra, rb), &views, &words));
                }
            }
            return out;
        }
        let scanner = self.scanner;
        let (min_score, meter) = (self.min_score, self.meter);
        // Three batches are in hand: the one walked, the next one (matched on the pool
        // meanwhile) and the one after (built meanwhile, so that building batches never
        // leaves the pool idle).
        let mut at = 0;
        let mut cur = self.next_batch(&mut at);
        let mut ready = None;
        let mut next = None;
        let first = cur
            .as_ref()
            .and_then(|b| scanner.plan_warm(&b.windows, min_score, meter));
        rayon::in_place_scope(|s| {
            if let Some(warmup) = first {
                let ready = &mut ready;
                s.spawn(move |_| *ready = Some(scanner.run_warm(warmup)));
            }
            next = self.next_batch(&mut at);
        });
        while let Some(batch) = cur.take() {
            if let Some(warmed) = ready.take() {
                scanner.store_warm(warmed, meter);
            }
            // The next batch is planned once this one's answers are in the cache (so that
            // none is matched twice), and matched on the pool during this one's walk.
            let warmup = next
                .as_ref()
                .and_then(|b| scanner.plan_warm(&b.windows, min_score, meter));
            let mut after = None;
            rayon::in_place_scope(|s| {
                if let Some(warmup) = warmup {
                    let ready = &mut ready;
                    s.spawn(move |_| *ready = Some(scanner.run_warm(warmup)));
                }
                let mut w = 0;
                for (run, views) in &batch.runs {
                    let words = &batch.windows[w..w + views.len()];
                    w += views.len();
                    out.extend(self.run_matches(*run, views, words));
                }
                after = self.next_batch(&mut at);
            });
            cur = next.take();
            next = after;
        }
        out
    }

    /// The next batch of runs walked between two warm-ups, from run `*at` of the region
    /// on (moved past it): runs that can name somebody ([`Region::run_views`]) until
    /// their views make [`crate::windows::WARM_BATCH_WINDOWS`] windows. `None` past the
    /// last run.
    fn next_batch(&self, at: &mut usize) -> Option<Batch<'_>> {
        let runs = self.runs();
        let mut batch = Batch {
            runs: Vec::new(),
            windows: Vec::new(),
        };
        while *at < runs.len() && batch.windows.len() < crate::windows::WARM_BATCH_WINDOWS {
            let (ra, rb) = runs[*at];
            *at += 1;
            if let Some(views) = self.run_views(ra, rb) {
                batch
                    .windows
                    .extend(views.iter().map(|v| self.view_words(v)));
                batch.runs.push(((ra, rb), views));
            }
        }
        (!batch.runs.is_empty()).then_some(batch)
    }

    /// The ways to read the run `ra..=rb` (word positions), or `None` when it can name
    /// nobody: the run as written, and without a quoted nickname inside it (`Joaquin "El
    /// Chapo" Guzman` is also `Joaquin Guzman`).
    fn run_views(&self, ra: usize, rb: usize) -> Option<Vec<Vec<usize>>> {
        // One ordinary word, or titles and connectors alone, name nobody; most
        // capitalised runs are such ("The", "In", "Earlier").
        let name_words = (ra..=rb).filter(|&i| self.is_name_word(i)).count();
        let plain = (ra..=rb)
            .filter(|&i| !self.is_connector(i) && !self.title(i))
            .count();
        if (name_words == 0 && plain < 2) || !self.has_anchor(ra, rb) {
            return None;
        }
        let mut views: Vec<Vec<usize>> = vec![(ra..=rb).collect()];
        if let Some((qs, qe)) = self.quoted_inside(ra, rb) {
            views.push((ra..=rb).filter(|&i| i < qs || i > qe).collect());
        }
        Some(views)
    }

    /// The words of a view of a run, as the matcher reads them.
    fn view_words(&self, view: &[usize]) -> Vec<&str> {
        view.iter().map(|&i| self.word_for_matcher(i)).collect()
    }

    /// The mentions of the run `ra..=rb`, read in each of its `views`
    /// ([`Region::run_views`]), whose words the matcher reads are `view_words`
    /// ([`Region::view_words`], one per view).
    fn run_matches(
        &self,
        (ra, rb): (usize, usize),
        views: &[Vec<usize>],
        view_words: &[Vec<&str>],
    ) -> Vec<Cand> {
        let mut cands = Vec::new();
        for (view, words) in views.iter().zip(view_words) {
            let hits = self.scanner.match_words(words, self.min_score, self.meter);
            let hits = self.with_names_beside(view, words, hits);
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
                let (ea, eb) =
                    self.widen(a, b, ra, rb, &taken, h.entity_type == EntityType::Person);
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
                    match self
                        .scanner
                        .score_words(&wider, h.name_ref, self.meter)
                        .filter(|w| w.score >= self.min_score)
                        .or_else(|| self.by_another_name(&wider, h.name_ref))
                    {
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
        pick_per_span(cands, &|i| self.is_name_word(i))
    }

    /// The window's `hits`, and the same parties' hits on the words beside each hit
    /// across an "and" or an "or" next to the hit, or a comma, an ampersand, a slash or a
    /// line the writer ended anywhere between ("ARTAVIL / ABADAN", a tanker and its
    /// former name; a heading whose run goes on into the next line): the matcher answers
    /// once per party and window, so "including Glavset LLC and Mediasintez LLC" (two names of
    /// INTERNET RESEARCH AGENCY LLC) gave only the second. Only the parties already met
    /// are kept from the words beside, which are matched as windows of their own.
    fn with_names_beside(&self, view: &[usize], words: &[&str], hits: Hits) -> Hits {
        let n = view.len();
        let and_or = |k: usize| self.lex().is_conjunction(self.f(view[k]));
        // A comma, an ampersand, a slash or a line the writer ended anywhere between the
        // hit and the words beside; or an "and" or an "or" right next to the hit.
        let separates = |k: usize| {
            self.words.list[view[k]]
                .gap
                .any(Gap::COMMA | Gap::AMPERSAND | Gap::SLASH | Gap::LINE_END)
        };
        let mut more: Vec<std::sync::Arc<SpanHit>> = Vec::new();
        for h in hits.iter() {
            let before = (0..h.first)
                .rev()
                .find(|&k| separates(k))
                .map(|k| (0, k + 1))
                .or_else(|| (h.first > 1 && and_or(h.first - 1)).then(|| (0, h.first - 1)));
            let after = (h.last..n.saturating_sub(1))
                .find(|&k| separates(k))
                .map(|k| (k + 1, n))
                .or_else(|| (h.last + 2 < n && and_or(h.last + 1)).then(|| (h.last + 2, n)));
            for (from, to) in before.into_iter().chain(after) {
                if !(from..to).any(|k| self.is_name_word(view[k])) {
                    continue;
                }
                let beside = self
                    .scanner
                    .match_words(&words[from..to], self.min_score, self.meter);
                for o in beside.iter().filter(|o| o.entity == h.entity) {
                    let mut o = SpanHit::clone(o);
                    o.first += from;
                    o.last += from;
                    let known =
                        |x: &std::sync::Arc<SpanHit>| x.entity == o.entity && x.first == o.first;
                    if !hits.iter().chain(&more).any(known) {
                        more.push(std::sync::Arc::new(o));
                    }
                }
            }
        }
        if more.is_empty() {
            return hits;
        }
        hits.iter().cloned().chain(more).collect()
    }

    /// The best hit of all of `words` by another listed name of the entity of `name`, when
    /// `name`, which matched a part of them, does not hold the rest: "Al-Haramain & Al
    /// Masjed Al-Aqsa Charity Foundation" met the alias AL HARAMAIN AL MASJED AL AQSA on
    /// its first words, and the primary name holds them all.
    fn by_another_name(&self, words: &[&str], name: NameRef) -> Option<std::sync::Arc<SpanHit>> {
        self.scanner
            .matcher()
            .names_of_entity(name)
            .filter(|&other| other != name)
            .filter_map(|other| self.scanner.score_words(words, other, self.meter))
            .filter(|w| w.score >= self.min_score)
            .max_by(|x, y| {
                x.score
                    .total_cmp(&y.score)
                    .then(y.name_ref.id().cmp(&x.name_ref.id()))
            })
    }

    /// A quoted stretch of one to three words strictly inside the run `ra..=rb`.
    fn quoted_inside(&self, ra: usize, rb: usize) -> Option<(usize, usize)> {
        let q = |i: usize| self.words.list[i].gap.any(Gap::QUOTE) && !self.words.list[i].possessive;
        let qs = (ra..rb).find(|&i| q(i))? + 1;
        let qe = (qs..rb).take(3).find(|&i| q(i))?;
        (qs > ra && qe < rb).then_some((qs, qe))
    }

    /// Word `i` as the matcher should read it: payment abbreviations written out, and a
    /// possessive inside a name that is a title without its `'s` as the lists write it
    /// ("lords" for "Lord's": read as "lord", a title, it was dropped from the start of a
    /// window). Other possessives keep their bare form, which the lists may hold as a
    /// word of the name ("Iran's Bank Melli" is BANK MELLI IRAN).
    fn word_for_matcher(&self, i: usize) -> &str {
        if self.words.list[i].possessive {
            if let Some(listed) = self.possessive_forms().get(&i) {
                return listed;
            }
        }
        self.lex().expand(self.f(i)).unwrap_or(self.f(i))
    }

    /// [`Region::possessive_forms`], built on first use.
    fn possessive_forms(&self) -> &FastMap<usize, String> {
        self.possessive_forms.get_or_init(|| {
            (0..self.words.len())
                .filter(|&i| {
                    self.words.list[i].possessive
                        && nomina_text::Tables::get().is_honorific(self.f(i))
                        && self.possessive_inside_name(i)
                })
                .map(|i| (i, format!("{}s", self.f(i))))
                .collect()
        })
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
        let joined = |k: usize| {
            let g = self.words.list[k].gap;
            g.has(Gap::HYPHEN) && !g.any(Gap::SPACE)
        };
        let hyphen_joined = (i > a && joined(i - 1)) || self.hyphenated_into_name(i).is_some();
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
            code: crate::evidence::is_code(self.f(i)),
        }
    }

    /// Whether the phrase ending a match at word `b` goes on, on the same line, over at
    /// most [`FIRM_WORDS_BEFORE_FORM`] more words and no separator, to a legal form: the
    /// match opens a firm's name.
    fn firm_name_goes_on_after(&self, b: usize) -> bool {
        for k in self.phrase_after(b, FIRM_WORDS_BEFORE_FORM + 1) {
            if self.legal(k) {
                return true;
            }
            if !self.is_material(k) {
                return false;
            }
        }
        false
    }

    /// The words after word `b` in the same phrase and on the same line, at most `most`
    /// of them: they stop at the first separator or line break.
    fn phrase_after(&self, b: usize, most: usize) -> impl Iterator<Item = usize> + '_ {
        let list = &self.words.list;
        (b..list.len().saturating_sub(1))
            .take_while(|&k| !list[k].gap.breaks_name() && !list[k].gap.any(Gap::NEWLINE))
            .take(most)
            .map(|k| k + 1)
    }

    /// Whether the name at words ending at `b` names premises: in the same phrase and on
    /// the same line, at most [`WORDS_BEFORE_PREMISES`] lower-case words (no connector or
    /// stop word), then a lower-case noun of a shop, an eatery or lodgings
    /// ([`crate::lexicon::Lexicon::is_premises`]: "the Al Haramain perfume counter").
    fn names_premises_after(&self, b: usize) -> bool {
        let list = &self.words.list;
        for k in self.phrase_after(b, WORDS_BEFORE_PREMISES + 1) {
            if list[k].shape != Shape::Lower || self.flat_case[k] || self.is_connector(k) {
                return false;
            }
            if self.lex().is_premises(self.f(k)) {
                return true;
            }
        }
        false
    }

    /// Whether a ship's name written at words `a..=b` goes on beside them: the word right
    /// before or after, in the same phrase on the same line and the same quotation, is a
    /// title ("LADY AMINA") or a name word ("AL NOOR STAR"; where case says nothing, only
    /// a title or a word the lists know), and no ship cue, connector, alternative, type or
    /// country.
    fn ship_name_goes_on(&self, a: usize, b: usize) -> bool {
        let list = &self.words.list;
        let joined = |k: usize| {
            !list[k].gap.breaks_name() && !list[k].gap.any(Gap::NEWLINE | Gap::QUOTATION)
        };
        let part_of_name = |i: usize| {
            let w = self.f(i);
            let lex = self.lex();
            self.is_material(i)
                && !self.is_connector(i)
                && !lex.is_vessel_cue(w)
                && !lex.is_vessel_prefix(w)
                && !lex.is_alternative(w)
                && !self.is_type_designator(i)
                && !self.is_country(i)
                && (!self.flat_case[i] || self.title(i) || self.scanner.word_info(w).listed)
        };
        (a > 0 && joined(a - 1) && part_of_name(a - 1))
            || (b + 1 < list.len() && joined(b) && part_of_name(b + 1))
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
            ampersand: (a..b).any(|i| self.words.list[i].gap.has(Gap::AMPERSAND)),
            in_prose: self.prose,
            after_office: a > 0 && self.lex().is_office(self.f(a - 1)),
            opens_a_firms_name: h.entity_type == EntityType::Person
                && self.firm_name_goes_on_after(b),
            ship_name_goes_on: h.entity_type == EntityType::Vessel && self.ship_name_goes_on(a, b),
            legal_form_then_place: (a..b)
                .any(|i| self.legal(i) && self.lex().is_locative(self.f(i + 1))),
            names_premises: self.names_premises_after(b),
            unmatched_generic_share: h
                .facts
                .unmatched_name_words
                .iter()
                .filter(|(w, _)| self.lex().is_generic_org_tail(w))
                .map(|(_, share)| share)
                .sum(),
        };
        let needs = crate::evidence::judge(&subject)?;
        let needs_vessel_cue = h.entity_type == EntityType::Vessel && !self.speaks_of_a_ship(a, b);
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
            needs_support: needs.support,
            needs_context: needs.context,
            needs_vessel_cue,
        })
    }

    /// Whether the region speaks of listed parties: a word of sanctions or terrorism
    /// ([`Lexicon::is_listing_context`]) anywhere in it.
    pub(crate) fn speaks_of_listing(&self) -> bool {
        let lex = self.lex();
        (0..self.words.len()).any(|i| lex.is_listing_context(self.f(i)))
    }

    /// Whether the sentence of a vessel's name `a..=b` speaks of a ship: a ship cue (MV,
    /// tanker, IMO...), or, for a name of several words or with a number, a word of
    /// shipping ("Tong Hung 5 docked at Nampo").
    fn speaks_of_a_ship(&self, a: usize, b: usize) -> bool {
        let lex = self.lex();
        if self.cue_near(a, b, |w| lex.is_vessel_cue(w)) {
            return true;
        }
        let core = (a..=b)
            .filter(|&i| !self.is_connector(i) && !self.title(i))
            .count();
        let numbered = (a..=b).any(|i| self.words.list[i].shape == Shape::Numeric);
        (core >= 2 || numbered) && self.cue_near(a, b, |w| lex.is_vessel_context(w))
    }

    /// A word meeting `cue` in the same sentence as words `a..=b` (at most 25 words away).
    fn cue_near(&self, a: usize, b: usize, cue: impl Fn(&str) -> bool) -> bool {
        let n = self.words.len();
        let mut i = a;
        let mut steps = 0;
        while i > 0 && steps < 25 {
            if self.words.list[i - 1].gap.any(Gap::STOP | Gap::BLANK) {
                break;
            }
            i -= 1;
            steps += 1;
            if cue(self.f(i)) {
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
            if cue(self.f(i)) {
                return true;
            }
        }
        false
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

thread_local! {
    /// Party keys of primary names already seen by this thread.
    static PARTY_KEYS: std::cell::RefCell<FastMap<Box<str>, std::rc::Rc<[String]>>> =
        std::cell::RefCell::new(FastMap::default());
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

/// Whether the words hold a line of running prose: at least
/// [`PROSE_LINE_LOWER_WORDS`] lower-case words on one line. An article, a report or an
/// e-mail has such lines; a payment message, a pasted list or a form filled in capitals
/// has none (a remittance note's "Details: rent for warehouse for the vessel" is five).
fn has_running_prose(words: &Words) -> bool {
    let mut line = u32::MAX;
    let mut lower = 0;
    for w in &words.list {
        if w.line != line {
            line = w.line;
            lower = 0;
        }
        if w.shape == Shape::Lower {
            lower += 1;
            if lower >= PROSE_LINE_LOWER_WORDS {
                return true;
            }
        }
    }
    false
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn running_prose_is_a_line_of_lower_case_words() {
        let prose = |t: &str| has_running_prose(&crate::tokenize::tokenize(t, 0, t.len(), &[]));
        // An article: its headline in capitals sits above lines of prose.
        assert!(prose(
            "TRIBUTES PAID TO HASSAN ABBASI\n\nHe taught mathematics at the school in Quetta for years."
        ));
        // A remittance note, a payment field: no line of running prose.
        assert!(!prose(
            "REMITTANCE ADVICE\nBeneficiary: ALI MUHAMMAD HAMSHO\nDetails: Rent for warehouse for the vessel"
        ));
        assert!(!prose(
            ":59:/PK36\nHOPE SCHOOL\n:70:/ROC/TUITION FEES PAID ON BEHALF OF"
        ));
        // Eight lower-case words, but over two lines, are not one line of prose.
        assert!(!prose(
            "The squad trained on\nTuesday and the next meeting is on Saturday."
        ));
    }

    #[test]
    fn connectors_are_short() {
        // `flat_case_lines` skips the look-up for longer lower-case words.
        for data in [
            include_str!("../../../text/data/particles.txt"),
            include_str!("../../../text/data/stopwords.txt"),
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
}
