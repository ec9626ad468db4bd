//! Free-text screening: finds listed parties in news articles, documents and payment
//! messages, with character offsets into the original text.
//!
//! A [`Scanner`] is built once per set of list versions from a name
//! [`Matcher`](nomina_match::Matcher) and shares its normalisation, variant tables and
//! scorer: the scanner decides *where* a name may be written, the matcher decides *whom* it
//! names. The rules an analyst applies to a text are in `engine` (runs of capitalised
//! words, whole-name widening, evidence, acronyms, references, homonyms); payment messages
//! are cut into fields by [`parse_mt103`] and [`parse_pacs008`].
//!
//! # Example
//!
//! ```no_run
//! # fn lists() -> Vec<nomina_model::ListSnapshot> { Vec::new() }
//! use nomina_scan::{Scanner, ScanOptions};
//! use std::sync::Arc;
//! let scanner = Scanner::new(Arc::new(nomina_match::Matcher::build(&lists())));
//! let report = scanner
//!     .scan_bytes(b"Jaish-e-Mohammad (JeM) chief Masood Azhar said...", &ScanOptions::default())
//!     .unwrap();
//! for m in &report.mentions {
//!     println!("{}..{} {:?} {} {}", m.start, m.end, m.text, m.entity, m.score);
//! }
//! ```
//!
//! # Offsets
//!
//! Every [`Mention`] carries `start`/`end` in characters (Unicode scalar values of the
//! decoded text, as Python `str` indices, CRLF counting as two) and `byte_start`/`byte_end`
//! in the raw input. Invalid UTF-8 is replaced, one U+FFFD per invalid sequence, and
//! reported in [`ScanReport::warnings`]; offsets stay right (see [`input`]).
#![deny(missing_docs)]

mod direction;
mod engine;
mod evidence;
pub mod input;
mod layout;
mod lexicon;
pub mod payment;
mod thresholds;
pub mod tokenize;
mod windows;

pub use input::MAX_DOCUMENT_BYTES;
pub use payment::{
    detect_format, parse_mt103, parse_mt103_open, parse_pacs008, Field, FieldKind, Format,
};

use engine::{Cand, Mode, Region};
use lexicon::Lexicon;
use nomina_match::spans::{NameRef, SpanHit, SpanIndex, SpanLimits, WordInfo};
use nomina_match::{Explanation, Matcher};
use nomina_model::EntityType;
use serde::Serialize;
use std::cell::RefCell;
use std::sync::Arc;

/// Default lowest score of a reported mention. Calibrated on the development text
/// benchmark (see `docs/scanning.md`): no false mention on its negative documents.
pub const DEFAULT_MIN_SCORE: f64 = 0.80;

/// The report's warning for an MT103 whose block 4 is never closed with `-}`: a message
/// copied without its trailer, or cut short. Its fields are scanned to the end of the
/// text ([`parse_mt103_open`]), and the analyst is told the message is incomplete.
pub const MT103_LEFT_OPEN: &str = "the MT103's block 4 is never closed with -}: the message may be cut short; its fields were scanned to the end of the text";

/// Lowest score a scanner can report: its candidate filter is built for this floor, and
/// lower requested scores are raised to it.
pub const SCORE_FLOOR: f64 = 0.70;

/// A short wire-style news article written for nomina's text benchmark (`nomina bench
/// text` repeats it when no documents are given): ordinary news prose with a few listed
/// names, so throughput is measured on the words a scanner mostly sees.
pub const BENCH_NEWS: &str = include_str!("../data/bench_news.txt");

/// Bounds on the matching work of one document, so that a scan costs time (and memory) in
/// proportion to the length of the text whatever its words.
///
/// Work is counted in alignments (one listed name scored against some words of the text);
/// answers the scanner's window cache already holds cost nothing. Each window of words is
/// bounded by [`SpanLimits`]; on top of that a document may spend at most
/// [`DocumentLimits::BASE_WORK`] plus [`DocumentLimits::WORK_PER_WORD`] per word.
///
/// A document that would spend more fails with [`ScanError::TooComplex`] rather than
/// answering for part of it: a screening result that silently stopped looking half-way
/// would read as "no listed party in the rest". Splitting the document (by page, or by
/// line for a list of names) and scanning the parts always works.
pub struct DocumentLimits;

impl DocumentLimits {
    /// Alignments allowed per word of the document. News costs well under one alignment
    /// per word and the worst case measured (pasted lists of the commonest listed name
    /// words, `nomina bench text`) about 11; this leaves a wide margin for both, while
    /// still bounding a pathological document to a few milliseconds per word.
    pub const WORK_PER_WORD: u64 = 100;
    /// Alignments allowed whatever the length: a few worst-case windows, so that a short
    /// document is never refused.
    pub const BASE_WORK: u64 = 4 * SpanLimits::MAX_WINDOW_WORK;

    /// The work a document of `words` words may spend.
    pub fn budget(words: usize) -> u64 {
        Self::BASE_WORK + Self::WORK_PER_WORD * words as u64
    }
}

/// What a scan cost: words read and matcher work done (see [`DocumentLimits`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanStats {
    /// Words of the document (all regions).
    pub words: usize,
    /// Windows of words sent to the name matcher (cached answers included).
    pub windows: usize,
    /// Alignments done (cached answers cost none).
    pub work: u64,
}

/// Matcher work of one scan, against its budget.
pub(crate) struct Meter {
    work: std::cell::Cell<u64>,
    windows: std::cell::Cell<usize>,
    budget: std::cell::Cell<u64>,
}

impl Meter {
    fn new(budget: u64) -> Meter {
        Meter {
            work: 0.into(),
            windows: 0.into(),
            budget: budget.into(),
        }
    }

    fn add(&self, work: u64) {
        self.work.set(self.work.get().saturating_add(work));
    }

    /// Work the document may still spend.
    pub(crate) fn left(&self) -> u64 {
        self.budget.get().saturating_sub(self.work.get())
    }

    /// True once the document has spent its budget: no more matching.
    pub(crate) fn exhausted(&self) -> bool {
        self.work.get() > self.budget.get()
    }
}

/// Why a scan could not run. A scan never answers "no mention" for input it could not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ScanError {
    /// The input is not text.
    #[error("binary input, not text ({reason})")]
    Binary {
        /// What gave it away.
        reason: String,
    },
    /// The input is larger than [`MAX_DOCUMENT_BYTES`].
    #[error("document of {bytes} bytes is larger than the {limit}-byte limit; split it into documents (e.g. by page or article) and scan those")]
    TooLarge {
        /// Size of the input.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The document needs more matching work than [`DocumentLimits`] allow (a document
    /// of thousands of common name words, beyond anything measured). Nothing is reported
    /// rather than the mentions of a part of it.
    #[error("document too costly to scan: more than {limit} name alignments for its {words} words (limit {per_word} per word); split it into smaller documents (e.g. by page, or a list by line) and scan those")]
    TooComplex {
        /// Words of the document.
        words: usize,
        /// Work allowed.
        limit: u64,
        /// Work allowed per word.
        per_word: u64,
    },
    /// A payment message that does not parse.
    #[error("malformed {} message at {position}: {message}", format.as_str())]
    Malformed {
        /// The format it was read as.
        format: Format,
        /// Where: `line N`.
        position: String,
        /// What is wrong.
        message: String,
    },
}

/// How a mention was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// The words match a listed name (in full, in part, or as a listed alias).
    Name,
    /// An acronym the text defines, or the initials of a name mentioned in the text.
    Acronym,
    /// A lone part of a name mentioned in full elsewhere in the text ("Azhar said").
    Reference,
}

/// One mention of one listed entity in a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Start, in characters from the start of the text (Python `str` index).
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
    /// Start, in bytes of the raw input.
    pub byte_start: usize,
    /// End (exclusive), in bytes of the raw input.
    pub byte_end: usize,
    /// The text of the span as written.
    pub text: String,
    /// Entity key, e.g. `un:QDe.019`.
    pub entity: String,
    /// The entity's primary name.
    pub name: String,
    /// Person, organization, vessel or aircraft.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Score in [0, 1].
    pub score: f64,
    /// How it was recognised.
    pub how: How,
    /// The payment-message field it is in (`59`, `70`, `Cdtr/Nm`...), for payments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// In a pacs.008 or pain.001, the transaction (`CdtTrfTxInf`) it is in, counted from 0
    /// in the order of the message; absent for a field the transactions share (a group
    /// header's, a payment information block's) and for MT103 messages and text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transaction: Option<u32>,
    /// For acronyms and references: the mention they refer to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// For name matches: the matcher's explanation, token by token (shared between the
    /// mentions of the same words).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_explanation"
    )]
    pub explanation: Option<Arc<Explanation>>,
}

fn serialize_explanation<S: serde::Serializer>(
    e: &Option<Arc<Explanation>>,
    s: S,
) -> Result<S::Ok, S::Error> {
    match e {
        Some(e) => Serialize::serialize(&**e, s),
        None => s.serialize_none(),
    }
}

/// What to scan for and how.
#[derive(Debug, Clone, PartialEq)]
pub struct ScanOptions {
    /// Lowest score reported (raised to [`SCORE_FLOOR`] if lower).
    pub min_score: f64,
    /// The document's format; `None` detects it.
    pub format: Option<Format>,
}

impl Default for ScanOptions {
    fn default() -> ScanOptions {
        ScanOptions {
            min_score: DEFAULT_MIN_SCORE,
            format: None,
        }
    }
}

/// The result of scanning one document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScanReport {
    /// The format the document was read as.
    pub format: Format,
    /// Mentions in document order (one per span and entity).
    pub mentions: Vec<Mention>,
    /// Problems that did not stop the scan (invalid UTF-8 replaced...).
    pub warnings: Vec<String>,
    /// Length of the decoded text in characters.
    pub chars: usize,
    /// What the scan cost (not part of the serialised report).
    #[serde(skip)]
    pub stats: ScanStats,
}

/// A text scanner over one set of list versions: build it once, scan from any number of
/// threads.
pub struct Scanner {
    matcher: Arc<Matcher>,
    index: SpanIndex,
    lexicon: &'static Lexicon,
    id: u64,
    /// Per listed party, the words of its listed names that may stand alone for it.
    alias_words: engine::AliasWordCache,
}

thread_local! {
    /// Word lookups already made by this thread, for one scanner: documents repeat their
    /// words, and a language has few of them.
    static WORDS: RefCell<(u64, FastMap<Box<str>, WordInfo>)> = RefCell::new((0, FastMap::default()));
}

/// Entries kept per thread before the cache starts over.
const WORD_CACHE_CAP: usize = 200_000;

pub(crate) use nomina_match::fast_hash::{FastMap, FastSet};

/// Flags of what the word lists say of a folded word, cached per thread.
pub(crate) mod facts {
    /// An ordinary word or payment jargon.
    pub const COMMON: u8 = 1;
    /// A title, role or honorific.
    pub const TITLE: u8 = 2;
    /// A particle, connector or stop word.
    pub const CONNECTOR: u8 = 4;
    /// A country name or demonym (four letters or more).
    pub const COUNTRY: u8 = 8;
    /// A legal form.
    pub const LEGAL: u8 = 16;
    /// A lower-case head noun closing an organisation's name.
    pub const ORG_TAIL: u8 = 32;
    /// A connector of names when written in lower case ("ag").
    pub const LOWER_CONNECTOR: u8 = 64;
}

thread_local! {
    static FACTS: RefCell<(u64, FastMap<Box<str>, u8>)> = RefCell::new((0, FastMap::default()));
}

thread_local! {
    /// Texts already looked up in the country table by this thread: a mention's text
    /// recurs, and the look-up folds it afresh each time.
    static COUNTRY_TEXTS: RefCell<FastMap<Box<str>, bool>> = RefCell::new(FastMap::default());
}

/// A country's name or its people's, one word of four letters or more (folded): "Iran",
/// "Pakistani", and the people in the plural ("Indonesians", "Afghans"), which no party's
/// name stands for.
fn is_country_word(folded: &str) -> bool {
    let known = |w: &str| w.len() >= 4 && nomina_model::country::lookup(w).is_some();
    known(folded) || folded.strip_suffix('s').is_some_and(known)
}

/// True when `text` names a country ([`nomina_model::country::lookup`]), through the
/// thread's cache.
pub(crate) fn is_country_text(text: &str) -> bool {
    COUNTRY_TEXTS.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(&b) = c.get(text) {
            return b;
        }
        if c.len() >= WORD_CACHE_CAP {
            c.clear();
        }
        let b = nomina_model::country::lookup(text).is_some();
        c.insert(text.into(), b);
        b
    })
}

/// Matcher answers, shared between the window cache and the candidates built from them.
pub(crate) type Hits = Arc<[Arc<SpanHit>]>;

impl Scanner {
    /// Builds a scanner (its anchor table) over a name matcher.
    pub fn new(matcher: Arc<Matcher>) -> Scanner {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        let index = matcher.span_index(SCORE_FLOOR);
        Scanner {
            alias_words: engine::AliasWordCache::new(&matcher),
            matcher,
            index,
            lexicon: Lexicon::get(),
            id: NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
        }
    }

    /// The line ends of a payment field that cut a word. A full line (`field.joins`) cut
    /// one unless it ended between two words ([`full_line_ends_between_words`]): it may
    /// as well end on a word boundary ("… WAREHOUSE BENEFICIARY" and a name on the next
    /// line). A shorter line (`field.short_joins`) cut one only when its pieces are no
    /// words and make one together ([`short_line_cuts_a_word`]).
    fn cuts_inside_words(
        &self,
        text: &str,
        field: &Field,
        breaks: &tokenize::LineBreaks,
    ) -> Vec<usize> {
        if field.joins.is_empty() && field.short_joins.is_empty() {
            return Vec::new();
        }
        let words = tokenize::tokenize_region(text, field.from, field.to, &[], breaks);
        let is_word = |w: &str| {
            self.lexicon.is_common(w) || self.lexicon.is_legal_form(w) || self.word_info(w).listed
        };
        let stands_alone = |w: &str| self.lexicon.is_legal_form(w) || self.lexicon.is_connector(w);
        let pieces = |at: usize| {
            let i = words.list.iter().position(|w| w.end == at)?;
            (i + 1 < words.len()).then(|| (words.folded(i), words.folded(i + 1)))
        };
        let full = field.joins.iter().copied().filter(|&at| {
            pieces(at).is_none_or(|(before, after)| {
                !full_line_ends_between_words(before, after, &is_word)
            })
        });
        let short = field.short_joins.iter().copied().filter(|&at| {
            pieces(at).is_some_and(|(before, after)| {
                short_line_cuts_a_word(before, after, &is_word, &stands_alone)
            })
        });
        let mut cuts: Vec<usize> = full.chain(short).collect();
        cuts.sort_unstable();
        cuts
    }

    /// The name matcher this scanner uses.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// The words of each listed party's names that may stand alone for it, gathered once.
    pub(crate) fn alias_words(&self) -> &engine::AliasWordCache {
        &self.alias_words
    }

    /// The name matcher, shared: to build another scanner over it ([`Scanner::new`]),
    /// whose caches start empty.
    pub fn matcher_arc(&self) -> Arc<Matcher> {
        self.matcher.clone()
    }

    pub(crate) fn word_info(&self, folded: &str) -> WordInfo {
        WORDS.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id || c.1.len() >= WORD_CACHE_CAP {
                c.1.clear();
                c.0 = self.id;
            }
            if let Some(w) = c.1.get(folded) {
                return *w;
            }
            let w = self.matcher.word_info(&self.index, folded);
            c.1.insert(folded.into(), w);
            w
        })
    }

    /// What the word lists say of a folded word (flags of [`facts`]).
    pub(crate) fn word_facts(&self, folded: &str) -> u8 {
        FACTS.with(|c| {
            let mut c = c.borrow_mut();
            if c.0 != self.id || c.1.len() >= WORD_CACHE_CAP {
                c.1.clear();
                c.0 = self.id;
            }
            if let Some(&f) = c.1.get(folded) {
                return f;
            }
            let l = self.lexicon;
            let mut f = 0u8;
            if l.is_common(folded) {
                f |= facts::COMMON;
            }
            if l.is_title(folded) {
                f |= facts::TITLE;
            }
            if l.is_connector(folded) {
                f |= facts::CONNECTOR;
            }
            if is_country_word(folded) {
                f |= facts::COUNTRY;
            }
            if l.is_legal_form(folded) {
                f |= facts::LEGAL;
            }
            if l.is_org_tail(folded) {
                f |= facts::ORG_TAIL;
            }
            if l.is_lower_case_connector(folded) {
                f |= facts::LOWER_CONNECTOR;
            }
            c.1.insert(folded.into(), f);
            f
        })
    }

    /// [`Matcher::score_span`] through the thread's window cache.
    /// Counts one alignment (and its explanation) on `meter`; nothing once the meter's
    /// budget is spent.
    pub(crate) fn score_words(
        &self,
        words: &[&str],
        name: NameRef,
        meter: &Meter,
    ) -> Option<Arc<SpanHit>> {
        if meter.exhausted() {
            return None;
        }
        let hits = self.cached(u64::from(name.id()) | 1 << 63, words, || {
            meter.add(2);
            self.matcher
                .score_span(words, name)
                .map(Arc::new)
                .into_iter()
                .collect()
        });
        hits.first().cloned()
    }

    /// [`Matcher::match_span`] through the thread's window cache. Counts its work on
    /// `meter`; answers nothing once the meter's budget is spent (the scan then fails,
    /// see [`DocumentLimits`]).
    pub(crate) fn match_words(&self, words: &[&str], min_score: f64, meter: &Meter) -> Hits {
        if meter.exhausted() {
            return Arc::from(Vec::new());
        }
        meter.windows.set(meter.windows.get() + 1);
        self.cached(min_score.to_bits(), words, || {
            let (hits, work) =
                self.matcher
                    .match_span_counted(&self.index, words, &engine::span_floor(min_score));
            meter.add(work);
            hits.into_iter().map(Arc::new).collect()
        })
    }

    /// The thread's cached answer for (`tag`, `words`), computed by `f` when missing.
    fn cached(&self, tag: u64, words: &[&str], f: impl FnOnce() -> Vec<Arc<SpanHit>>) -> Hits {
        windows::cached(self.id, tag, words, f)
    }

    /// The matcher, its anchor table and the cache's owner, for the window warm-ups.
    fn matching(&self) -> windows::Matching<'_> {
        windows::Matching {
            matcher: &self.matcher,
            index: &self.index,
            scanner_id: self.id,
        }
    }

    /// Plans on the calling thread the warm-up of the windows of a batch its cache lacks
    /// ([`windows::plan`]), so that [`Scanner::match_words`] finds them cached once
    /// matched ([`Scanner::run_warm`]) and stored ([`Scanner::store_warm`]).
    pub(crate) fn plan_warm<'w>(
        &self,
        windows: &'w [Vec<&'w str>],
        min_score: f64,
        meter: &Meter,
    ) -> Option<windows::Warmup<'w>> {
        windows::plan(
            &self.matching(),
            windows,
            min_score.to_bits(),
            &engine::span_floor(min_score),
            meter,
        )
    }

    /// Matches a planned warm-up's windows on every core, from any thread.
    pub(crate) fn run_warm(&self, warmup: windows::Warmup<'_>) -> windows::Warmed {
        warmup.run(&self.matching())
    }

    /// Puts a warm-up's answers into the cache of the thread that planned it, charging
    /// their work to `meter`.
    pub(crate) fn store_warm(&self, warmed: windows::Warmed, meter: &Meter) {
        windows::store(&self.matching(), warmed, meter);
    }

    /// Scans raw bytes: refuses binary and over-large input, decodes (replacing invalid
    /// UTF-8), detects or uses the given format, and reports mentions with character
    /// offsets into the decoded text and byte offsets into `bytes`.
    pub fn scan_bytes(&self, bytes: &[u8], opts: &ScanOptions) -> Result<ScanReport, ScanError> {
        let decoded = input::decode(bytes)?;
        let mut report = self.scan_text(&decoded.text, opts)?;
        for m in &mut report.mentions {
            m.byte_start = decoded.raw_offset(m.byte_start);
            m.byte_end = decoded.raw_offset(m.byte_end);
        }
        let mut warnings = decoded.warnings;
        warnings.append(&mut report.warnings);
        report.warnings = warnings;
        Ok(report)
    }

    /// Scans a text already decoded (byte offsets are then into `text`).
    pub fn scan_text(&self, text: &str, opts: &ScanOptions) -> Result<ScanReport, ScanError> {
        self.scan_text_limited(text, opts, None)
    }

    /// [`Scanner::scan_text`] with a work budget of `budget` alignments instead of the one
    /// of [`DocumentLimits`]: for a caller that wants a tighter bound, and to test what
    /// happens when it runs out ([`ScanError::TooComplex`]).
    pub fn scan_text_with_budget(
        &self,
        text: &str,
        opts: &ScanOptions,
        budget: u64,
    ) -> Result<ScanReport, ScanError> {
        self.scan_text_limited(text, opts, Some(budget))
    }

    /// Scans `text` as a reader sees it: runs under a right-to-left override are read in
    /// display order ([`direction`]) and their mentions reported at the characters that
    /// display them.
    fn scan_text_limited(
        &self,
        text: &str,
        opts: &ScanOptions,
        budget: Option<u64>,
    ) -> Result<ScanReport, ScanError> {
        let report = self.scan_text_as_displayed(text, opts, budget);
        windows::settle();
        report
    }

    /// Scans `text` as it is displayed: in the order its characters are stored, unless a
    /// right-to-left override reorders them on screen.
    fn scan_text_as_displayed(
        &self,
        text: &str,
        opts: &ScanOptions,
        budget: Option<u64>,
    ) -> Result<ScanReport, ScanError> {
        let Some(shown) = direction::as_displayed(text) else {
            return self.scan_in_order(text, opts, budget);
        };
        let mut report = self.scan_in_order(&shown.text, opts, budget)?;
        let offsets = input::CharOffsets::new(text);
        for m in &mut report.mentions {
            let (a, b) = shown.original_range(m.byte_start, m.byte_end);
            m.byte_start = a;
            m.byte_end = b;
            m.start = offsets.char_of(text, a);
            m.end = offsets.char_of(text, b);
        }
        report.mentions.sort_by(|a, b| {
            a.byte_start
                .cmp(&b.byte_start)
                .then(b.score.total_cmp(&a.score))
                .then(a.entity.cmp(&b.entity))
        });
        report.warnings.push(
            "a right-to-left override reverses text on screen: it was read as displayed \
             (obfuscation suspected)"
                .to_string(),
        );
        Ok(report)
    }

    /// Scans `text` in the order its characters are stored.
    fn scan_in_order(
        &self,
        text: &str,
        opts: &ScanOptions,
        budget: Option<u64>,
    ) -> Result<ScanReport, ScanError> {
        if text.len() > MAX_DOCUMENT_BYTES {
            return Err(ScanError::TooLarge {
                bytes: text.len() as u64,
                limit: MAX_DOCUMENT_BYTES as u64,
            });
        }
        let min_score = opts.min_score.max(SCORE_FLOOR);
        let format = opts.format.unwrap_or_else(|| detect_format(text));
        let mut found: Vec<(Mention, usize)> = Vec::new();
        let mut warnings = Vec::new();
        let meter = Meter::new(u64::MAX);
        let words_read;
        match format {
            Format::Text => {
                let words = tokenize::tokenize(text, 0, text.len(), &[]);
                words_read = words.len();
                meter
                    .budget
                    .set(budget.unwrap_or(DocumentLimits::budget(words_read)));
                let cands = self.scan_region(text, &words, Mode::Text, &[], min_score, &meter);
                self.emit(text, &words, cands, None, &mut found);
            }
            Format::Mt103 | Format::Pacs008 => {
                let fields = if format == Format::Mt103 {
                    let (fields, left_open) = parse_mt103_open(text)?;
                    if left_open {
                        warnings.push(MT103_LEFT_OPEN.to_string());
                    }
                    fields
                } else {
                    parse_pacs008(text)?
                };
                let breaks = tokenize::LineBreaks::of(text);
                let regions: Vec<_> = fields
                    .iter()
                    .filter(|f| f.kind != FieldKind::Address)
                    .map(|f| {
                        let joins = self.cuts_inside_words(text, f, &breaks);
                        tokenize::tokenize_region(text, f.from, f.to, &joins, &breaks)
                    })
                    .collect();
                words_read = regions.iter().map(|w| w.len()).sum();
                meter
                    .budget
                    .set(budget.unwrap_or(DocumentLimits::budget(words_read)));
                let fields: Vec<&Field> = fields
                    .iter()
                    .filter(|f| f.kind != FieldKind::Address)
                    .collect();
                let mut per_field: Vec<Vec<Cand>> = Vec::with_capacity(fields.len());
                for (f, words) in fields.iter().zip(&regions) {
                    let mode = if f.kind == FieldKind::Name {
                        Mode::Name
                    } else {
                        Mode::Field
                    };
                    // Name lines as word ranges; a word cut at a line's end is on both.
                    let lines: Vec<(usize, usize)> = f
                        .lines
                        .iter()
                        .filter_map(|&(a, b)| {
                            let first = words.list.iter().position(|w| w.end > a)?;
                            let last = words.list.iter().rposition(|w| w.start < b)?;
                            (first <= last).then_some((first, last))
                        })
                        .collect();
                    per_field.push(self.scan_region(text, words, mode, &lines, min_score, &meter));
                }
                self.message_mentions(
                    text, &fields, &regions, per_field, min_score, &meter, &mut found,
                );
            }
        }
        if meter.exhausted() {
            return Err(ScanError::TooComplex {
                words: words_read,
                limit: meter.budget.get(),
                per_word: DocumentLimits::WORK_PER_WORD,
            });
        }
        // Keys only named by a listed acronym, or vessels with no ship cue anywhere, go.
        let offsets = input::CharOffsets::new(text);
        let mut mentions: Vec<Mention> = found
            .into_iter()
            .map(|(mut m, _)| {
                m.start = offsets.char_of(text, m.byte_start);
                m.end = offsets.char_of(text, m.byte_end);
                m
            })
            .collect();
        mentions.sort_by(|a, b| {
            a.byte_start
                .cmp(&b.byte_start)
                .then(b.score.total_cmp(&a.score))
                .then(a.entity.cmp(&b.entity))
        });
        mentions.dedup_by(|a, b| a.byte_start == b.byte_start && a.entity == b.entity);
        Ok(ScanReport {
            format,
            mentions,
            warnings,
            chars: offsets.char_of(text, text.len()),
            stats: ScanStats {
                words: words_read,
                windows: meter.windows.get(),
                work: meter.work.get(),
            },
        })
    }

    fn scan_region(
        &self,
        text: &str,
        words: &tokenize::Words,
        mode: Mode,
        lines: &[(usize, usize)],
        min_score: f64,
        meter: &Meter,
    ) -> Vec<Cand> {
        let region = Region::new(self, text, words, min_score, meter);
        let mut cands = match mode {
            Mode::Text | Mode::Field => region.text_matches(),
            Mode::Name => region.name_matches(lines),
        };
        engine::apply_document_evidence(&mut cands, &|| region.speaks_of_listing());
        if mode == Mode::Text {
            return self.with_references(&region, cands, min_score, &|_| true);
        }
        cands
    }

    /// The mentions of a payment message's fields (`fields`, their words `regions`, each
    /// field's own mentions `per_field`), with the references each field holds to the
    /// parties of the others, pushed to `found`.
    ///
    /// A message is one document for references: a party named in one field is referred
    /// to in another ("AL ZAROONI EXCHANGE" in 59, "BETWEEN SWAID AND ZAROONI" in 70), so
    /// references are found over its fields' words at once. In a batch, each transaction
    /// is read with the fields it shares (a pain.001's debtor), never with another
    /// transaction ([`payment::reference_units`]).
    #[allow(clippy::too_many_arguments)]
    fn message_mentions(
        &self,
        text: &str,
        fields: &[&Field],
        regions: &[tokenize::Words],
        mut per_field: Vec<Vec<Cand>>,
        min_score: f64,
        meter: &Meter,
        found: &mut Vec<(Mention, usize)>,
    ) {
        for unit in payment::reference_units(fields) {
            let (message, starts) =
                tokenize::Words::concat(unit.fields.iter().map(|&i| &regions[i]));
            let mut cands: Vec<Cand> = Vec::new();
            for (k, (&i, &start)) in unit.fields.iter().zip(&starts).enumerate() {
                // A shared field lent as context keeps its mentions for its own unit,
                // which comes last.
                let of_field = if k < unit.context {
                    per_field[i].clone()
                } else {
                    std::mem::take(&mut per_field[i])
                };
                cands.extend(of_field.into_iter().map(|mut c| {
                    c.first += start;
                    c.last += start;
                    c
                }));
            }
            let region = Region::new(self, text, &message, min_score, meter);
            let in_text_field = |p: usize| {
                let k = starts.partition_point(|&s| s <= p) - 1;
                k >= unit.context && fields[unit.fields[k]].kind == FieldKind::Text
            };
            let cands = self.with_references(&region, cands, min_score, &in_text_field);
            // Each mention with its field, found by its first word (a message of
            // thousands of fields costs in proportion); the shared fields lent as
            // context are reported by their own unit.
            let mut by_field: Vec<Vec<Cand>> = vec![Vec::new(); unit.fields.len()];
            for c in cands {
                by_field[starts.partition_point(|&s| s <= c.first) - 1].push(c);
            }
            for (&i, of_field) in unit.fields.iter().zip(by_field).skip(unit.context) {
                self.emit(text, &message, of_field, Some(fields[i]), found);
            }
        }
    }

    /// `found` with the references to its parties the region holds (acronyms, a lone
    /// distinctive word of a name), less the one-word matches a reference replaces, the
    /// matches a homonym phrase disowns and those below `min_score`.
    ///
    /// A reference stands only on words where `may_refer` holds: in a payment message, the
    /// free-text fields (a party field holds its own party's name, and a word of it refers
    /// to no other: `SHAHID AKHTAR GENERAL TRADING LLC` is not AL AKHTAR TRUST).
    fn with_references(
        &self,
        region: &Region,
        mut found: Vec<Cand>,
        min_score: f64,
        may_refer: &dyn Fn(usize) -> bool,
    ) -> Vec<Cand> {
        let (mut refs, replaced) = region.references(&found);
        refs.retain(|c| may_refer(c.first));
        let replaced: FastSet<usize> = replaced.into_iter().filter(|&p| may_refer(p)).collect();
        found.retain(|c| !(c.first..=c.last).any(|p| replaced.contains(&p)));
        found.extend(refs);
        found.retain(|c| !region.homonym_after(c.last) && c.score >= min_score);
        found
    }

    fn emit(
        &self,
        text: &str,
        words: &tokenize::Words,
        cands: Vec<Cand>,
        field: Option<&Field>,
        out: &mut Vec<(Mention, usize)>,
    ) {
        for c in cands {
            let (bs, be) = (words.list[c.first].start, words.list[c.last].end);
            out.push((
                Mention {
                    start: 0,
                    end: 0,
                    byte_start: bs,
                    byte_end: be,
                    text: text[bs..be].to_string(),
                    entity: c.entity.to_string(),
                    name: c.primary.to_string(),
                    entity_type: c.entity_type,
                    score: c.score,
                    how: c.how,
                    field: field.map(|f| f.name.clone()),
                    transaction: field.and_then(|f| f.transaction),
                    note: c.note,
                    explanation: c.hit.and_then(|h| h.explanation(&self.matcher)),
                },
                c.first,
            ));
        }
    }
}

/// Whether a full fixed-width line whose last word is `before` and whose next line begins
/// with `after` (both folded) ended between two words rather than inside one: each is a
/// word of its own (`is_word`: an ordinary word or a listed name word) and the two written
/// together are not (`BENEFICIARY` / `HISHAM`; but `HAQ` / `QANI` is one word cut).
fn full_line_ends_between_words(before: &str, after: &str, is_word: &dyn Fn(&str) -> bool) -> bool {
    is_word(before) && is_word(after) && !is_word(&format!("{before}{after}"))
}

/// Whether a line shorter than the line width, whose last word is `before` and whose next
/// line begins with `after` (both folded), was ended inside a word: the two written
/// together are a word (`is_word`) and one of them is none, or too short to say (`F` /
/// `ZCO`, `BA` / `NK`: a list knows many letters and pairs of letters), unless it is a
/// short word that stands alone (`stands_alone`: a legal form or a particle, `CO` / `AL`).
fn short_line_cuts_a_word(
    before: &str,
    after: &str,
    is_word: &dyn Fn(&str) -> bool,
    stands_alone: &dyn Fn(&str) -> bool,
) -> bool {
    let whole_word = |w: &str| (w.len() > 2 && is_word(w)) || stands_alone(w);
    !(whole_word(before) && whole_word(after)) && is_word(&format!("{before}{after}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_people_in_the_plural_is_a_country_word() {
        assert!(is_country_word("iran") && is_country_word("pakistani"));
        assert!(is_country_word("indonesians") && is_country_word("afghans"));
        assert!(!is_country_word("haqqanis") && !is_country_word("iraq-based"));
    }

    #[test]
    fn scanner_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Scanner>();
        check::<Mention>();
    }

    #[test]
    fn a_short_line_cuts_a_word_only_into_pieces_that_are_no_words() {
        let words = [
            "bank", "fzco", "house", "f", "ba", "nk", "trading", "and", "coal",
        ];
        let is_word = |w: &str| words.contains(&w) || ["co", "al"].contains(&w);
        let stands_alone = |w: &str| ["co", "al"].contains(&w);
        let cuts = |a, b| short_line_cuts_a_word(a, b, &is_word, &stands_alone);
        assert!(cuts("ba", "nk"));
        assert!(cuts("f", "zco"));
        assert!(!cuts("house", "trading"));
        assert!(!cuts("and", "zarooni"));
        assert!(!cuts("xy", "zw"));
        assert!(
            !cuts("co", "al"),
            "a legal form, then a particle on the next line"
        );
    }

    #[test]
    fn a_full_line_may_end_between_two_words() {
        let words = [
            "beneficiary",
            "hisham",
            "rent",
            "for",
            "haqqani",
            "alqaida",
            "al",
            "qaida",
        ];
        let is_word = |w: &str| words.contains(&w);
        assert!(full_line_ends_between_words(
            "beneficiary",
            "hisham",
            &is_word
        ));
        // A piece that is no word of its own: the line cut a word.
        assert!(!full_line_ends_between_words("haq", "qani", &is_word));
        assert!(!full_line_ends_between_words("benefic", "iary", &is_word));
        // Two words that are also one word written together: read as the one word.
        assert!(!full_line_ends_between_words("al", "qaida", &is_word));
    }
}
