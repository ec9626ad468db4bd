//! The scanner's thresholds, in one table.
//!
//! Each is a judgement about what written text says, calibrated on the development text
//! benchmark (`../shared/bench/text-dev`) and the project's own development corpus
//! (`bench/text-corpus/dev`); the held-out corpus only reports (see `docs/scanning.md`).
//! The name matcher's own constants (similarities, exponents, the weak-alias discount)
//! stay in `nomina_match` and are read from the facts it publishes, never copied here.
//!
//! | constant | value | used by |
//! |---|---|---|
//! | [`MIN_EVIDENCE`] | 5.0 | identity of any mention; the matcher's floor ([`crate::engine::span_floor`]) |
//! | [`MIN_PERSON_EVIDENCE`] | 7.0 | identity of a person's mention |
//! | [`MIN_PARTIAL_EVIDENCE`] | 11.0 | identity of a person named in part; below it, a person's name in prose needs a document speaking of listed parties |
//! | [`MIN_PARTIAL_WITHOUT_RAREST_EVIDENCE`] | 14.0 | identity of a person named in part without the listed name's rarest word |
//! | [`MIN_FUZZY_ORG_SCORE`] | 0.90 | score of an organisation met with typing slips |
//! | [`MIN_ORG_COVERAGE`] | 0.80 | share of an organisation's listed name written |
//! | [`MIN_WORDS_WITHOUT_HEAD_NOUN`] | 2 | name words that write an organisation without its generic head noun |
//! | [`WRITTEN_IN_FULL_COVERAGE`] | 0.95 | a listed name of ordinary words written in full |
//! | [`MIN_ORG_QUERY_COVERAGE`] | 0.90 | share of an organisation's mention its listed name explains |
//! | [`SHORT_ACRONYM_LETTERS`] | 6 | longest one-token listed name read as an acronym alias |
//! | [`SHORT_SLIPPED_WORD`] | 6 | longest word whose typing slip makes it another person's |
//! | [`MIN_WORD_LETTERS_FOR_LOOSE_RULES`] | 6 | shortest lone word met by sound or slips |
//! | [`PROSE_LINE_LOWER_WORDS`] | 8 | lower-case words of a line of running prose (edited text) |
//! | [`MIN_REFERENCE_WEIGHT`] | 3.5 | rarity of a lone word referring back to a party |
//! | [`MIN_ALIAS_REFERENCE_WEIGHT`] | 6.0 | rarity of a word of another listed name referring back to a party |
//! | [`SAME_SPAN_MARGIN`] | 0.05 | entities reported together on the same words |
//! | [`STRONG_SCORE`] | 0.90 | a whole name that claims its words against widening |
//! | [`EXACT_SCORE`] | 0.995 | an organisation named exactly as one entity of a list lists it |
//! | [`CONTAINING_MIN_SCORE`] | 0.90 | a longer name preferred to one inside it |
//! | [`TIE_MARGIN`] | 0.06 | entities the document must decide between |
//! | [`REFERENCE_FACTOR`] | 0.99 | a reference's score relative to its mention |
//! | [`ACRONYM_FACTOR`] | 0.99 | an acronym's score relative to its definition |
//! | [`FIRM_WORDS_BEFORE_FORM`] | 3 | words between a person's name and the legal form of the firm's name it opens |
//! | [`WORDS_BEFORE_PREMISES`] | 2 | lower-case words between a name and the noun of the premises it names |

/// Least identity (sum of similarity × rarity weight of the listed words matched) a
/// mention must carry: one rare word, or two ordinary ones; never one common given name.
pub(crate) const MIN_EVIDENCE: f64 = 5.0;
/// Least identity of a person's name: two common names ("Ali Khan") are not enough.
pub(crate) const MIN_PERSON_EVIDENCE: f64 = 7.0;
/// Least identity of a person named in part: the rarer part of the name must be there
/// ("Khalil Ahmed" is not KHALIL AHMED HAQQANI).
pub(crate) const MIN_PARTIAL_EVIDENCE: f64 = 11.0;
/// Least identity of a person named in part without the rarest word of the listed name
/// ("Daniel Rodriguez" for RODRIGUEZ OLIVERA, Daniel): the words written must be rare
/// themselves ("Nicolas Maduro" for MADURO MOROS, Nicolas).
pub(crate) const MIN_PARTIAL_WITHOUT_RAREST_EVIDENCE: f64 = 14.0;
/// Least score of an organisation matched with typing slips.
pub(crate) const MIN_FUZZY_ORG_SCORE: f64 = 0.9;
/// Least share of an organisation's listed name the words must account for.
pub(crate) const MIN_ORG_COVERAGE: f64 = 0.8;
/// Least name words that write an organisation whose generic head noun is left out
/// ("Al-Qard Al-Hassan" for AL-QARD AL-HASSAN ASSOCIATION); one is too little of a name
/// ("Al Noor" for AL NOOR FOUNDATION).
pub(crate) const MIN_WORDS_WITHOUT_HEAD_NOUN: usize = 2;
/// Least coverage, both ways, of a listed name written in full with ordinary words only
/// ("Islamic State") to count without a name word.
pub(crate) const WRITTEN_IN_FULL_COVERAGE: f64 = 0.95;
/// Least share of an organisation's mention (by weight) its listed name must account
/// for: more unmatched words make another organisation's name.
pub(crate) const MIN_ORG_QUERY_COVERAGE: f64 = 0.9;
/// A listed name of one token of at most this many letters, written in capitals, is an
/// acronym alias ("JEM"): it needs the party named otherwise in the document.
pub(crate) const SHORT_ACRONYM_LETTERS: usize = 6;
/// In edited text, a person's name word of at most this many letters met only by a typing
/// slip is another name (Sajid / Said, Amir / Amin).
pub(crate) const SHORT_SLIPPED_WORD: usize = 6;
/// A word standing alone must have at least this many letters to be met by a rule looser
/// than spelling, variant or article (sound, consonants, slips).
pub(crate) const MIN_WORD_LETTERS_FOR_LOOSE_RULES: usize = 6;
/// Lower-case words on one line that make it running prose: a document with such a line
/// is edited text, and its lines in capitals or title case are headlines, spelt with the
/// same care ("TRIBUTES PAID TO HASSAN ABBASI" is not ABBAS, Ghassan). A payment
/// message's or a form's lines hold fewer (a remittance note's "Details: rent for
/// warehouse for the vessel" has five).
pub(crate) const PROSE_LINE_LOWER_WORDS: usize = 8;
/// Least rarity weight of a word standing alone to refer back to a mentioned party.
pub(crate) const MIN_REFERENCE_WEIGHT: f32 = 3.5;
/// Least rarity weight of a word of another listed name of a mentioned party (one the
/// text did not write in the mention) to refer back to it: rarer than a word written,
/// since the reader was not shown that it is the party's. A given name shared by many
/// ("Hussain", 4.3) is a relative's; a surname of an alias ("Golani", 9.2; "Baghdadi",
/// 7.6) is the party's.
pub(crate) const MIN_ALIAS_REFERENCE_WEIGHT: f32 = 6.0;
/// Entities scoring this close to the best on the same words are reported with it: the
/// same party is often listed by two sources, spelt slightly differently.
pub(crate) const SAME_SPAN_MARGIN: f64 = 0.05;
/// Score of a whole listed name that claims its words against other names' widening.
pub(crate) const STRONG_SCORE: f64 = 0.9;
/// Score of a name written exactly as listed (spelling, words and legal form): the entity
/// so named wins its words over another organisation of the same list met less exactly.
pub(crate) const EXACT_SCORE: f64 = 0.995;
/// Least score of a longer name preferred to a shorter one it contains.
pub(crate) const CONTAINING_MIN_SCORE: f64 = 0.9;
/// Entities this close to each other on the same words are ambiguous: the document
/// decides (the one it names elsewhere).
pub(crate) const TIE_MARGIN: f64 = 0.06;
/// Score of a reference relative to the mention it refers to.
pub(crate) const REFERENCE_FACTOR: f64 = 0.99;
/// Score of an acronym relative to the mention defining it.
pub(crate) const ACRONYM_FACTOR: f64 = 0.99;

/// Most words between a person's name and a legal form for the name to open a firm's
/// name ("ALI HASSAN KEBAB HAUS OG"): a firm's name goes on for a few words, and a legal
/// form further on closes another phrase.
pub(crate) const FIRM_WORDS_BEFORE_FORM: usize = 3;

/// Most lower-case words between a name and a noun of premises for the name to name the
/// premises: "the Al Haramain perfume counter" (one), "the Al Noor halal meat shop" (two).
pub(crate) const WORDS_BEFORE_PREMISES: usize = 2;
