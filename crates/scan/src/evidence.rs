//! Evidence: whether a name match in a text is a mention of the listed party.
//!
//! The name matcher says how well some words match a listed name and publishes the facts
//! of the match ([`SpanFacts`]). Whether those words, *written where they are*, name the
//! party is the scanner's question. [`RULES`] answers it: an ordered list of small named
//! rules, each a function of a [`Subject`] (the matcher's facts and what the text says of
//! each word), each with its own tests. A match is kept when no rule rejects it; some
//! rules keep it only if the document names the party otherwise too
//! ([`Verdict::NeedsSupport`]). The thresholds are in [`crate::thresholds`].

use crate::thresholds::{
    MIN_EVIDENCE, MIN_FUZZY_ORG_SCORE, MIN_ORG_COVERAGE, MIN_ORG_QUERY_COVERAGE,
    MIN_PARTIAL_EVIDENCE, MIN_PARTIAL_WITHOUT_RAREST_EVIDENCE, MIN_PERSON_EVIDENCE,
    MIN_WORDS_WITHOUT_HEAD_NOUN, MIN_WORD_LETTERS_FOR_LOOSE_RULES, SHORT_ACRONYM_LETTERS,
    SHORT_SLIPPED_WORD, WRITTEN_IN_FULL_COVERAGE,
};
use crate::tokenize::Shape;
use nomina_match::similarity::Rule;
use nomina_match::spans::SpanFacts;
use nomina_model::{EntityType, NameKind};

/// What the text says of one word of a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SpanWord {
    /// How it is written.
    pub shape: Shape,
    /// In a line where capitals carry no information (all capitals, or title case).
    pub flat_case: bool,
    /// Carries a name by itself: written as a name, and not a connector, an ordinary
    /// word or a title.
    pub name_word: bool,
    /// A particle or stop word that may stand between name words ("e", "al", "of").
    pub connector: bool,
    /// A stop word ("and", "of", "the").
    pub stop_word: bool,
    /// A title or honorific ("Sheikh", "Mullah").
    pub title: bool,
    /// An ordinary word of the language.
    pub common: bool,
    /// A country's name.
    pub country: bool,
    /// Joined to the word before it by a hyphen without a space ("Jong-un").
    pub hyphen_joined: bool,
    /// Letters of its folded form.
    pub letters: usize,
    /// Letters and digits together: a registration or hull number ("YV2422"), not a word.
    pub code: bool,
}

/// Whether a folded word mixes letters and digits, as registrations, hull numbers and
/// call signs do ("yv2422", "9hxy2"): such a word is an identifier, not an acronym.
pub(crate) fn is_code(folded: &str) -> bool {
    folded.bytes().any(|b| b.is_ascii_digit()) && folded.bytes().any(|b| b.is_ascii_alphabetic())
}

impl SpanWord {
    /// Part of the name proper: neither a title nor a connector.
    fn core(&self) -> bool {
        !self.title && !self.connector
    }

    /// Written as an acronym: in capitals (or mixed case, `JeM`), or in a line where
    /// case carries no information.
    fn acronym_shaped(&self) -> bool {
        matches!(self.shape, Shape::Upper | Shape::Mixed) || self.flat_case
    }
}

/// One match as the rules see it.
#[derive(Debug, Clone)]
pub(crate) struct Subject<'a> {
    /// Type of the listed party.
    pub entity_type: EntityType,
    /// The match's score.
    pub score: f64,
    /// Identity the words carry (similarity times rarity of the listed tokens met).
    pub matched_weight: f64,
    /// Tokens of the listed name.
    pub listed_tokens: usize,
    /// The listed name is an acronym or a code (`LeT`, `HQN`).
    pub listed_acronym: bool,
    /// The matcher's facts of the match.
    pub facts: &'a SpanFacts,
    /// The words matched, as written.
    pub words: Vec<SpanWord>,
    /// The words spell a place ("Hong Kong", "South Korea").
    pub is_place: bool,
    /// An ampersand stands between two of the words.
    pub ampersand: bool,
    /// The words are in a region of running prose (an article, a report, an e-mail): even
    /// its lines in capitals or title case, its headlines, are edited text.
    pub in_prose: bool,
    /// A title of public office stands right before the words ("President Nicolas
    /// Maduro"; [`crate::lexicon::Lexicon::is_office`]).
    pub after_office: bool,
    /// The words open a firm's name: the phrase goes on after them, within a few words
    /// and no separator, to a legal form ("ALI HASSAN KEBAB HAUS OG").
    pub opens_a_firms_name: bool,
    /// A ship's name goes on beside the words: a title or a name word right before or
    /// after them in the same phrase ("MV LADY AMINA", "AL NOOR STAR").
    pub ship_name_goes_on: bool,
    /// A legal form among the words is followed by a preposition of place among them
    /// ("Trading LLC in Dubai"): a firm's name ended at its legal form.
    pub legal_form_then_place: bool,
    /// The words name a shop, an eatery or lodgings: a lower-case noun of premises
    /// follows them in the same phrase, within a few lower-case words ("the Al Haramain
    /// perfume counter", "the Al Noor hotel").
    pub names_premises: bool,
    /// Share of the listed name's weight in generic head nouns no word met
    /// ([`crate::lexicon::Lexicon::is_generic_org_tail`]: "association" in AL-QARD
    /// AL-HASSAN ASSOCIATION written "Al-Qard Al-Hassan"; not "organization" in ARELLANO
    /// FELIX ORGANIZATION; [`SpanFacts::unmatched_name_words`]).
    pub unmatched_generic_share: f64,
}

impl Subject<'_> {
    /// The words of the name proper (titles and connectors aside).
    fn core(&self) -> impl Iterator<Item = &SpanWord> {
        self.words.iter().filter(|w| w.core())
    }

    /// The listed name is one short token (an acronym alias such as "JEM"), and the words
    /// are written as an acronym. A vessel's name in capitals is a ship's name, and a
    /// code of letters and digits an identifier, not an acronym.
    pub fn acronym_alias(&self) -> bool {
        self.listed_tokens == 1
            && !self.core().any(|w| w.code)
            && self.facts.listed_chars <= SHORT_ACRONYM_LETTERS
            && self.entity_type != EntityType::Vessel
            && self.core().all(SpanWord::acronym_shaped)
    }

    /// Written with care: in running prose (headlines included), or in a line where
    /// case carries information. A payment message or a form in capitals is typed, and
    /// its slips are slips.
    fn edited_text(&self) -> bool {
        self.in_prose || !self.words.iter().any(|w| w.flat_case)
    }
}

/// A rule's answer about a match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    /// Nothing against it.
    Pass,
    /// A mention only if the document names the party otherwise too.
    NeedsSupport,
    /// A mention only if the document speaks of listed parties: names one on its own
    /// evidence (this party otherwise, or another), or uses a word of sanctions or
    /// terrorism (`cues.txt [listing_context]`).
    NeedsContext,
    /// Not a mention of the party.
    Reject,
}

/// A rule: its name (for tests and for tracing why a match was dropped) and its test.
pub(crate) type EvidenceRule = (&'static str, fn(&Subject) -> Verdict);

/// The rules, in order. A match is a mention when none rejects it; it needs support in
/// the document when any asks for it.
pub(crate) const RULES: &[EvidenceRule] = &[
    ("a name word among the words", a_name_word_among_the_words),
    ("enough identity", enough_identity),
    (
        "a person's name is one phrase",
        a_persons_name_is_one_phrase,
    ),
    ("a place is not a party", a_place_is_not_a_party),
    (
        "a person's name is no firm's name",
        a_persons_name_is_no_firms_name,
    ),
    ("a ship is named whole", a_ship_is_named_whole),
    (
        "an organisation's name ends at its legal form",
        an_organisations_name_ends_at_its_legal_form,
    ),
    ("a shop's name names the shop", a_shops_name_names_the_shop),
    ("an acronym is written as one", an_acronym_is_written_as_one),
    ("a code is spelt exactly", a_code_is_spelt_exactly),
    (
        "no typing slips in a person's name",
        no_typing_slips_in_a_persons_name,
    ),
    (
        "a fuzzy organisation scores high",
        a_fuzzy_organisation_scores_high,
    ),
    ("one word is a whole name", one_word_is_a_whole_name),
    (
        "a weak alias has a word spelt",
        a_weak_alias_has_a_word_spelt,
    ),
    (
        "a weak alias carries a name's identity",
        a_weak_alias_carries_a_names_identity,
    ),
    (
        "a person's name of common words in prose has context",
        a_persons_name_of_common_words_in_prose_has_context,
    ),
    (
        "an acronym alias is supported",
        an_acronym_alias_is_supported,
    ),
    (
        "an organisation is named whole",
        an_organisation_is_named_whole,
    ),
    (
        "an organisation is written as listed",
        an_organisation_is_written_as_listed,
    ),
    (
        "a partial person name carries its rare part",
        a_partial_name_carries_its_rare_part,
    ),
    (
        "a partial person name is spelt as listed",
        a_partial_name_is_spelt_as_listed,
    ),
    (
        "a partial person name in prose reads given name first",
        a_partial_name_in_prose_reads_given_name_first,
    ),
    (
        "a partial person name in prose keeps a rare first given name",
        a_partial_name_in_prose_keeps_a_rare_first_given_name,
    ),
];

/// What a match not rejected still needs from the rest of the document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Needs {
    /// The party named otherwise ([`Verdict::NeedsSupport`]).
    pub support: bool,
    /// A document that speaks of listed parties ([`Verdict::NeedsContext`]).
    pub context: bool,
}

/// Applies [`RULES`]: `None` when a rule rejects the match, else what it needs.
pub(crate) fn judge(subject: &Subject) -> Option<Needs> {
    let mut needs = Needs::default();
    for (_, rule) in RULES {
        match rule(subject) {
            Verdict::Pass => {}
            Verdict::NeedsSupport => needs.support = true,
            Verdict::NeedsContext => needs.context = true,
            Verdict::Reject => return None,
        }
    }
    Some(needs)
}

/// Connectors, titles and ordinary words alone ("The", "Department of State") name
/// nobody, unless they are a listed name of several words written in full ("Islamic
/// State").
fn a_name_word_among_the_words(s: &Subject) -> Verdict {
    if s.words.iter().any(|w| w.name_word) {
        return Verdict::Pass;
    }
    let written_in_full = s.core().count() >= 2
        && s.facts.name_coverage >= WRITTEN_IN_FULL_COVERAGE
        && s.facts.query_coverage >= WRITTEN_IN_FULL_COVERAGE;
    if written_in_full {
        Verdict::Pass
    } else {
        Verdict::Reject
    }
}

/// The words must carry enough identity: one rare word or two ordinary ones for an
/// organisation, more for a person ("Ali Khan" is not enough).
fn enough_identity(s: &Subject) -> Verdict {
    let least = if s.entity_type == EntityType::Person {
        MIN_PERSON_EVIDENCE
    } else {
        MIN_EVIDENCE
    };
    if s.matched_weight < least {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// Person names do not run across "and", "of", "the" ("Saeed and Haqqani" are two
/// people), nor over lower-case words other than particles and parts hyphenated to the
/// name ("Jong-un").
fn a_persons_name_is_one_phrase(s: &Subject) -> Verdict {
    if s.entity_type != EntityType::Person {
        return Verdict::Pass;
    }
    // "Saeed & Haqqani" are two people, as "Saeed and Haqqani".
    let breaks = s.ampersand
        || s.words.iter().any(|w| {
            if w.shape != Shape::Lower || w.flat_case {
                return false;
            }
            if w.connector {
                w.stop_word
            } else {
                !w.hyphen_joined
            }
        });
    if breaks {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// A person's name that opens a firm's name names the firm, another party: "ALI HASSAN
/// KEBAB HAUS OG" is a restaurant, not ALI HASSAN.
fn a_persons_name_is_no_firms_name(s: &Subject) -> Verdict {
    if s.entity_type == EntityType::Person && s.opens_a_firms_name {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// A ship's name is all of it: "LADY AMINA" and "AL NOOR STAR" are other ships than
/// AMINA and NOOR.
fn a_ship_is_named_whole(s: &Subject) -> Verdict {
    if s.entity_type == EntityType::Vessel && s.ship_name_goes_on {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// An organisation's name ends at its legal form: words matched across a legal form and a
/// preposition of place ("Trading LLC in Dubai" against DUBAI TRADING COMPANY) are a firm
/// and where it is, not a listed name.
fn an_organisations_name_ends_at_its_legal_form(s: &Subject) -> Verdict {
    if s.entity_type != EntityType::Person && s.legal_form_then_place {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// A name of one word (particles aside) before a noun of premises names that shop, eatery
/// or hotel, not a listed party of the same name: "the Al Haramain perfume counter" is not
/// the AL HARAMAIN foundation. Such one-word names are shared by many businesses. A name
/// of several words is the business itself ("the Four Seasons Damascus hotel", listed),
/// and a listed party's own premises are named with its organisation's nouns ("the Al
/// Haramain Foundation office").
fn a_shops_name_names_the_shop(s: &Subject) -> Verdict {
    if s.names_premises && s.core().count() <= 1 {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// A place is not a party: "Hong Kong", "South Korea".
fn a_place_is_not_a_party(s: &Subject) -> Verdict {
    if s.is_place {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// A listed acronym written as an ordinary word is that word: "Let me know" is not LeT.
/// In lines where capitals carry no information the case cannot tell, nor can it in a
/// word with digits, which no ordinary word has ("the M23", one capital letter).
fn an_acronym_is_written_as_one(s: &Subject) -> Verdict {
    let as_word = s
        .core()
        .any(|w| !w.flat_case && !w.code && matches!(w.shape, Shape::Capitalised | Shape::Lower));
    if s.listed_acronym && as_word {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// A code of letters and digits (an aircraft's registration, a hull number) names its
/// party only as listed: "YV2423" is another aircraft than YV2422.
fn a_code_is_spelt_exactly(s: &Subject) -> Verdict {
    if s.core().any(|w| w.code) && !s.facts.rules.only(&[Rule::Exact]) {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// In edited text a short name spelt one letter off is another name (Sajid / Said, Amir
/// / Amin, Khalil / Khaliq).
fn no_typing_slips_in_a_persons_name(s: &Subject) -> Verdict {
    let short_slip = s
        .facts
        .shortest_slipped_word
        .is_some_and(|n| n <= SHORT_SLIPPED_WORD);
    if short_slip && s.edited_text() && s.entity_type == EntityType::Person {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// An organisation met with typing slips must score high.
fn a_fuzzy_organisation_scores_high(s: &Subject) -> Verdict {
    if s.entity_type != EntityType::Person
        && s.facts.rules.contains(Rule::EditDistance)
        && s.score < MIN_FUZZY_ORG_SCORE
    {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// One word alone names a party only when it is that party's whole name (legal forms and
/// particles aside), spelt as listed or as a variant, and is neither a country nor an
/// ordinary word ("Washington" is not WASHINGTON TRADING LTD). A person, a weak alias, a
/// company without its legal form, or any party met only by sound or typing slips
/// ("Schaefer" for the alias CHAFER, "Rivera" for LA RIVIERA: a surname in a law firm's
/// name) is named by one word only where the text names it in full too.
fn one_word_is_a_whole_name(s: &Subject) -> Verdict {
    let mut core = s.core();
    let (Some(w), None) = (core.next(), core.next()) else {
        return Verdict::Pass;
    };
    if s.acronym_alias() {
        return Verdict::Pass;
    }
    if w.country || w.common || s.facts.unmatched_name_weight > 0.0 {
        return Verdict::Reject;
    }
    let loose = !s
        .facts
        .rules
        .only(&[Rule::Exact, Rule::Variant, Rule::Article]);
    if loose && w.letters < MIN_WORD_LETTERS_FOR_LOOSE_RULES {
        return Verdict::Reject;
    }
    if loose
        || s.entity_type == EntityType::Person
        || s.facts.name_kind == NameKind::WeakAlias
        || s.facts.unmatched_legal_form
    {
        Verdict::NeedsSupport
    } else {
        Verdict::Pass
    }
}

/// A weak alias (one the list itself marks as of low quality, OFAC's "weak a.k.a.", the
/// UN's "low" aliases) of several words identifies its party only with at least one of
/// them spelt as listed (or as a variant, with or without an article, or as an initial):
/// in edited text, a weak alias whose every word is met only by sound, slips or endings
/// is another name ("Marcus Evans" is not the weak alias IVAN MARQUES). A clerk's message
/// typed in capitals keeps its slips. (Names of other kinds may be transliterated word by
/// word: "Moamer Kadhafi".)
fn a_weak_alias_has_a_word_spelt(s: &Subject) -> Verdict {
    if s.facts.name_kind != NameKind::WeakAlias || s.listed_tokens < 2 || !s.edited_text() {
        return Verdict::Pass;
    }
    let a_word_spelt = [Rule::Exact, Rule::Variant, Rule::Article, Rule::Initial]
        .into_iter()
        .any(|r| s.facts.rules.contains(r));
    if a_word_spelt {
        Verdict::Pass
    } else {
        Verdict::Reject
    }
}

/// A weak alias identifies less than a name: a person's weak alias carrying less
/// identity than a partial name must ([`MIN_PARTIAL_EVIDENCE`]) names the party only
/// where the document names it otherwise too ("Usman Hassan", two common names, is not
/// the weak alias UTHMAN, Hassan by itself). Weak aliases of one word ("Salauddin",
/// acronyms) are the business of [`one_word_is_a_whole_name`] and the acronym rules.
fn a_weak_alias_carries_a_names_identity(s: &Subject) -> Verdict {
    if s.facts.name_kind == NameKind::WeakAlias
        && s.listed_tokens >= 2
        && s.entity_type == EntityType::Person
        && s.matched_weight < MIN_PARTIAL_EVIDENCE
    {
        Verdict::NeedsSupport
    } else {
        Verdict::Pass
    }
}

/// In running prose, a person's name carrying less identity than a partial name must
/// ([`MIN_PARTIAL_EVIDENCE`]) is a name many people bear ("Mohammed Saleh", "Ali
/// Hussain", "Noor Mohammed"), whichever kind of listed name it meets; so is a person's
/// name met in part ("Rafael Gutiérrez" for GUTIERREZ, Rafael Antonio), and a person's
/// weak alias, which OFAC lists as broad or generic ("RAFAEL GUTIERREZ", a weak alias of
/// OLARTE LOMBANA, Alonso), unless a title of office before it says a public figure is
/// meant ("President Nicolas Maduro"). Such
/// a name names the party only in a document that speaks of listed parties, naming them
/// on their own evidence (this one otherwise, or others: a report on a network names
/// several) or in words of sanctions or terrorism ("designated", "militants"). A school
/// newsletter's pupil, a court report's tenant, a judge and a footballer are other
/// people. A payment field or a form keeps such a name: there it is the party screened.
fn a_persons_name_of_common_words_in_prose_has_context(s: &Subject) -> Verdict {
    let common = s.matched_weight < MIN_PARTIAL_EVIDENCE;
    // Named in part (a name word of the listed name unmet), the words are as often a
    // namesake's ("Rafael Gutiérrez" in a match report, "Marina Goldberg" in a concert
    // review), unless a title of office says a public figure is meant.
    let in_part = s.facts.unmatched_name_weight > 0.0 && !s.after_office;
    // A weak alias is a broad name by its listing: in a match report, the footballer.
    let weak = s.facts.name_kind == NameKind::WeakAlias && !s.after_office;
    if s.entity_type == EntityType::Person && s.in_prose && (common || in_part || weak) {
        Verdict::NeedsContext
    } else {
        Verdict::Pass
    }
}

/// A listed acronym counts only when the document names the party otherwise.
fn an_acronym_alias_is_supported(s: &Subject) -> Verdict {
    if s.acronym_alias() {
        Verdict::NeedsSupport
    } else {
        Verdict::Pass
    }
}

/// Organisation names are written whole; a part of one ("Korea Development Bank" for
/// KOREA UNITED DEVELOPMENT BANK) is usually another organisation. A generic head noun
/// may be left out when enough name words carry the rest ([`written_coverage`]).
fn an_organisation_is_named_whole(s: &Subject) -> Verdict {
    if s.entity_type != EntityType::Person
        && !s.acronym_alias()
        && written_coverage(s) < MIN_ORG_COVERAGE
    {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// Share of an organisation's listed name the words write: its coverage, and the generic
/// head nouns left out ([`Subject::unmatched_generic_share`]) when at least
/// [`MIN_WORDS_WITHOUT_HEAD_NOUN`] name words are written: "Al-Qard Al-Hassan" writes
/// AL-QARD AL-HASSAN ASSOCIATION.
fn written_coverage(s: &Subject) -> f64 {
    if s.core().filter(|w| w.name_word).count() >= MIN_WORDS_WITHOUT_HEAD_NOUN {
        s.facts.name_coverage + s.unmatched_generic_share
    } else {
        s.facts.name_coverage
    }
}

/// The words of an organisation's mention are its listed name: a name word the listing
/// lacks makes another name ("Mohammed Mirza" is not MIRZA COMPANY, "Al Noor Hospital"
/// is not AL NOOR).
fn an_organisation_is_written_as_listed(s: &Subject) -> Verdict {
    if s.entity_type != EntityType::Person
        && !s.acronym_alias()
        && s.facts.query_coverage < MIN_ORG_QUERY_COVERAGE
    {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// A person named in part is named by spelling (or a variant): a part of a longer name
/// met only by sound or slips ("Ali Chaudhry" for AMIR ALI CHAUDRY) is somebody else as
/// often as not.
fn a_partial_name_is_spelt_as_listed(s: &Subject) -> Verdict {
    let spelt = s
        .facts
        .rules
        .only(&[Rule::Exact, Rule::Variant, Rule::Article, Rule::Initial]);
    if s.entity_type == EntityType::Person && s.facts.unmatched_name_weight > 0.0 && !spelt {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// Prose names a person in part given name first ("Rana Ibrahim" for IBRAHIM, Rana
/// Hussein); the same words surname first ("Ibrahim Rana") are another person's given
/// name and surname. Only for names listed as "SURNAME, Given names", where the lists say
/// which part is the surname, and only in running prose: payment fields and forms write
/// surnames first.
fn a_partial_name_in_prose_reads_given_name_first(s: &Subject) -> Verdict {
    if s.entity_type == EntityType::Person && s.in_prose && s.facts.surname_first {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// Prose names a person in part by the first given name and the surname; a later given
/// name in its place, where the first is at least as rare, is another person's name
/// ("Ali Bazzi" is not BAZZI, Kassem Mohamad Ali; "John Taylor" is not TAYLOR, Mark John).
/// A common first name left out ("Ismail Khan" for KHAN, Muhammad Ismail) is how such
/// names are written, and is not this fact. Only in running prose: a payment field may
/// carry whichever given names the customer gave.
fn a_partial_name_in_prose_keeps_a_rare_first_given_name(s: &Subject) -> Verdict {
    if s.entity_type == EntityType::Person && s.in_prose && s.facts.first_given_name_skipped {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

/// A person named in part must be named by the rarer part ("Khalil Ahmed" is not KHALIL
/// AHMED HAQQANI), and by rare words when the listed name's rarest word is the one left
/// out ("Daniel Rodriguez" is not RODRIGUEZ OLIVERA, Daniel).
fn a_partial_name_carries_its_rare_part(s: &Subject) -> Verdict {
    let least = if s.facts.rarest_name_word_met {
        MIN_PARTIAL_EVIDENCE
    } else {
        MIN_PARTIAL_WITHOUT_RAREST_EVIDENCE
    };
    if s.entity_type == EntityType::Person
        && s.facts.unmatched_name_weight > 0.0
        && s.matched_weight < least
    {
        Verdict::Reject
    } else {
        Verdict::Pass
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_match::similarity::RuleSet;

    fn facts() -> SpanFacts {
        let mut rules = RuleSet::default();
        rules.insert(Rule::Exact);
        SpanFacts {
            name_kind: NameKind::Primary,
            query_coverage: 1.0,
            name_coverage: 1.0,
            undiscounted_score: 1.0,
            rules,
            shortest_slipped_word: None,
            unmatched_name_weight: 0.0,
            rarest_name_word_met: true,
            unmatched_legal_form: false,
            unmatched_name_words: Vec::new(),
            listed_chars: 12,
            surname_first: false,
            first_given_name_skipped: false,
        }
    }

    fn word(shape: Shape) -> SpanWord {
        SpanWord {
            shape,
            flat_case: false,
            name_word: true,
            connector: false,
            stop_word: false,
            title: false,
            common: false,
            country: false,
            hyphen_joined: false,
            letters: 7,
            code: false,
        }
    }

    fn subject(t: EntityType, facts: &SpanFacts, words: Vec<SpanWord>) -> Subject<'_> {
        Subject {
            entity_type: t,
            score: 1.0,
            matched_weight: 12.0,
            listed_tokens: 2,
            listed_acronym: false,
            facts,
            words,
            is_place: false,
            ampersand: false,
            after_office: false,
            in_prose: false,
            opens_a_firms_name: false,
            ship_name_goes_on: false,
            legal_form_then_place: false,
            names_premises: false,
            unmatched_generic_share: 0.0,
        }
    }

    fn two_words() -> Vec<SpanWord> {
        vec![word(Shape::Capitalised), word(Shape::Capitalised)]
    }

    #[test]
    fn a_well_written_full_name_passes_every_rule() {
        let f = facts();
        let s = subject(EntityType::Person, &f, two_words());
        for (name, rule) in RULES {
            assert_eq!(rule(&s), Verdict::Pass, "{name}");
        }
        assert_eq!(judge(&s), Some(Needs::default()));
    }

    #[test]
    fn connectors_and_titles_alone_name_nobody() {
        let f = SpanFacts {
            name_coverage: 0.5,
            ..facts()
        };
        let mut the = word(Shape::Capitalised);
        the.name_word = false;
        the.connector = true;
        let s = subject(EntityType::Organization, &f, vec![the, the]);
        assert_eq!(a_name_word_among_the_words(&s), Verdict::Reject);
        // "Islamic State": ordinary words that are a whole listed name.
        let f = facts();
        let mut islamic = word(Shape::Capitalised);
        islamic.name_word = false;
        let s = subject(EntityType::Organization, &f, vec![islamic, islamic]);
        assert_eq!(a_name_word_among_the_words(&s), Verdict::Pass);
    }

    #[test]
    fn a_person_needs_more_identity_than_an_organisation() {
        let f = facts();
        let mut s = subject(EntityType::Person, &f, two_words());
        s.matched_weight = MIN_EVIDENCE;
        assert_eq!(enough_identity(&s), Verdict::Reject);
        s.entity_type = EntityType::Organization;
        assert_eq!(enough_identity(&s), Verdict::Pass);
    }

    #[test]
    fn a_person_does_not_run_across_and() {
        let f = facts();
        let mut and = word(Shape::Lower);
        and.connector = true;
        and.stop_word = true;
        let s = subject(
            EntityType::Person,
            &f,
            vec![word(Shape::Capitalised), and, word(Shape::Capitalised)],
        );
        assert_eq!(a_persons_name_is_one_phrase(&s), Verdict::Reject);
        // "Saeed & Haqqani": two people.
        let mut s2 = subject(EntityType::Person, &f, two_words());
        s2.ampersand = true;
        assert_eq!(a_persons_name_is_one_phrase(&s2), Verdict::Reject);
        // "Kim Jong-un": a lower-case part hyphenated to the name.
        let mut un = word(Shape::Lower);
        un.hyphen_joined = true;
        let s = subject(EntityType::Person, &f, vec![word(Shape::Capitalised), un]);
        assert_eq!(a_persons_name_is_one_phrase(&s), Verdict::Pass);
    }

    #[test]
    fn a_person_named_at_the_head_of_a_firms_name_is_the_firm() {
        let f = facts();
        let mut s = subject(EntityType::Person, &f, two_words());
        assert_eq!(a_persons_name_is_no_firms_name(&s), Verdict::Pass);
        s.opens_a_firms_name = true;
        assert_eq!(a_persons_name_is_no_firms_name(&s), Verdict::Reject);
        let s = Subject {
            entity_type: EntityType::Organization,
            ..s
        };
        assert_eq!(a_persons_name_is_no_firms_name(&s), Verdict::Pass);
    }

    #[test]
    fn a_ship_whose_name_goes_on_is_another_ship() {
        let f = facts();
        let mut s = subject(EntityType::Vessel, &f, two_words());
        assert_eq!(a_ship_is_named_whole(&s), Verdict::Pass);
        s.ship_name_goes_on = true;
        assert_eq!(a_ship_is_named_whole(&s), Verdict::Reject);
        s.entity_type = EntityType::Organization;
        assert_eq!(a_ship_is_named_whole(&s), Verdict::Pass);
    }

    #[test]
    fn a_name_of_premises_is_another_business() {
        let f = facts();
        let particle_and_word = || {
            let mut al = word(Shape::Capitalised);
            al.connector = true;
            vec![al, word(Shape::Capitalised)]
        };
        for t in [
            EntityType::Organization,
            EntityType::Person,
            EntityType::Vessel,
        ] {
            let mut s = subject(t, &f, particle_and_word());
            assert_eq!(a_shops_name_names_the_shop(&s), Verdict::Pass);
            s.names_premises = true;
            assert_eq!(a_shops_name_names_the_shop(&s), Verdict::Reject);
            // A name of several words is the business itself.
            s.words = two_words();
            assert_eq!(a_shops_name_names_the_shop(&s), Verdict::Pass);
        }
    }

    #[test]
    fn a_firm_and_its_place_are_no_listed_name() {
        let f = facts();
        let mut s = subject(EntityType::Organization, &f, two_words());
        assert_eq!(
            an_organisations_name_ends_at_its_legal_form(&s),
            Verdict::Pass
        );
        s.legal_form_then_place = true;
        assert_eq!(
            an_organisations_name_ends_at_its_legal_form(&s),
            Verdict::Reject
        );
    }

    #[test]
    fn a_place_is_rejected() {
        let f = facts();
        let mut s = subject(EntityType::Organization, &f, two_words());
        s.is_place = true;
        assert_eq!(a_place_is_not_a_party(&s), Verdict::Reject);
    }

    #[test]
    fn a_code_is_an_identifier_matched_only_as_spelt() {
        assert!(is_code("yv2422") && is_code("9hxy2"));
        assert!(!is_code("jaish") && !is_code("2019"));
        let mut f = facts();
        let mut code = word(Shape::Upper);
        code.code = true;
        let mut s = subject(EntityType::Aircraft, &f, vec![code]);
        s.listed_tokens = 1;
        // Not an acronym alias: no support needed, and spelt as listed it passes.
        assert!(!s.acronym_alias());
        assert_eq!(a_code_is_spelt_exactly(&s), Verdict::Pass);
        // One character off is another aircraft.
        f.rules.insert(Rule::EditDistance);
        let s = subject(EntityType::Aircraft, &f, vec![code]);
        assert_eq!(a_code_is_spelt_exactly(&s), Verdict::Reject);
    }

    #[test]
    fn a_listed_acronym_written_as_a_word_is_that_word() {
        let f = facts();
        let mut s = subject(EntityType::Organization, &f, vec![word(Shape::Capitalised)]);
        s.listed_acronym = true;
        assert_eq!(an_acronym_is_written_as_one(&s), Verdict::Reject);
        s.words = vec![word(Shape::Mixed)];
        assert_eq!(an_acronym_is_written_as_one(&s), Verdict::Pass);
        let mut flat = word(Shape::Capitalised);
        flat.flat_case = true;
        s.words = vec![flat];
        assert_eq!(an_acronym_is_written_as_one(&s), Verdict::Pass);
        // "M23": one capital letter, but digits say it is no ordinary word.
        let mut code = word(Shape::Capitalised);
        code.code = true;
        s.words = vec![code];
        assert_eq!(an_acronym_is_written_as_one(&s), Verdict::Pass);
    }

    #[test]
    fn a_short_slip_in_edited_text_is_another_person() {
        let f = SpanFacts {
            shortest_slipped_word: Some(5),
            ..facts()
        };
        let s = subject(EntityType::Person, &f, two_words());
        assert_eq!(no_typing_slips_in_a_persons_name(&s), Verdict::Reject);
        let mut flat = two_words();
        flat[0].flat_case = true;
        let s = subject(EntityType::Person, &f, flat);
        assert_eq!(no_typing_slips_in_a_persons_name(&s), Verdict::Pass);
        let long = SpanFacts {
            shortest_slipped_word: Some(SHORT_SLIPPED_WORD + 1),
            ..facts()
        };
        let s = subject(EntityType::Person, &long, two_words());
        assert_eq!(no_typing_slips_in_a_persons_name(&s), Verdict::Pass);
    }

    #[test]
    fn a_headline_of_running_prose_is_edited_text() {
        // "TRIBUTES PAID TO HASSAN ABBASI" above an article: capitals say nothing of
        // the words, but the line was written with the article's care.
        let f = SpanFacts {
            shortest_slipped_word: Some(6),
            ..facts()
        };
        let mut flat = two_words();
        flat.iter_mut().for_each(|w| w.flat_case = true);
        let mut s = subject(EntityType::Person, &f, flat);
        assert_eq!(no_typing_slips_in_a_persons_name(&s), Verdict::Pass);
        s.in_prose = true;
        assert_eq!(no_typing_slips_in_a_persons_name(&s), Verdict::Reject);
    }

    fn with_rules(kind: NameKind, rules: &[Rule]) -> SpanFacts {
        let mut f = SpanFacts {
            name_kind: kind,
            ..facts()
        };
        f.rules = RuleSet::default();
        rules.iter().for_each(|&r| f.rules.insert(r));
        f
    }

    #[test]
    fn a_weak_alias_met_only_by_sound_or_slips_is_another_name() {
        // "Masood Azhar" for the low-quality alias Masud Azhar: one word spelt.
        let f = with_rules(NameKind::WeakAlias, &[Rule::Phonetic, Rule::Exact]);
        let s = subject(EntityType::Person, &f, two_words());
        assert_eq!(a_weak_alias_has_a_word_spelt(&s), Verdict::Pass);
        // "Marcus Evans" for IVAN MARQUES: no word spelt, another name in edited text...
        let f = with_rules(NameKind::WeakAlias, &[Rule::Phonetic, Rule::Inflection]);
        let s = subject(EntityType::Person, &f, two_words());
        assert_eq!(a_weak_alias_has_a_word_spelt(&s), Verdict::Reject);
        let s = subject(EntityType::Organization, &f, two_words());
        assert_eq!(a_weak_alias_has_a_word_spelt(&s), Verdict::Reject);
        // ... not so in a message typed in capitals, where slips are a clerk's.
        let mut flat = two_words();
        flat.iter_mut().for_each(|w| w.flat_case = true);
        let s = subject(EntityType::Person, &f, flat);
        assert_eq!(a_weak_alias_has_a_word_spelt(&s), Verdict::Pass);
        // A one-word weak alias ("Salahuddin" for Salauddin) is the business of
        // `one_word_is_a_whole_name`.
        let mut s = subject(EntityType::Person, &f, two_words());
        s.listed_tokens = 1;
        assert_eq!(a_weak_alias_has_a_word_spelt(&s), Verdict::Pass);
        // Other names may be transliterated word by word ("Moamer Kadhafi").
        let f = with_rules(NameKind::Alias, &[Rule::Phonetic]);
        let s = subject(EntityType::Person, &f, two_words());
        assert_eq!(a_weak_alias_has_a_word_spelt(&s), Verdict::Pass);
    }

    #[test]
    fn a_weak_alias_of_common_names_needs_support() {
        // "Syed Salahuddin" as listed: rare enough.
        let f = with_rules(NameKind::WeakAlias, &[Rule::Exact]);
        let mut s = subject(EntityType::Person, &f, two_words());
        s.matched_weight = MIN_PARTIAL_EVIDENCE + 1.6;
        assert_eq!(a_weak_alias_carries_a_names_identity(&s), Verdict::Pass);
        // "Usman Hassan" for UTHMAN, Hassan: two common names.
        s.matched_weight = MIN_PARTIAL_EVIDENCE - 0.8;
        assert_eq!(
            a_weak_alias_carries_a_names_identity(&s),
            Verdict::NeedsSupport
        );
        // A one-word weak alias is `one_word_is_a_whole_name`'s.
        s.listed_tokens = 1;
        assert_eq!(a_weak_alias_carries_a_names_identity(&s), Verdict::Pass);
        // A primary name or a plain alias is not this rule's.
        let f = with_rules(NameKind::Alias, &[Rule::Exact]);
        let mut s = subject(EntityType::Person, &f, two_words());
        s.matched_weight = MIN_PARTIAL_EVIDENCE - 0.8;
        assert_eq!(a_weak_alias_carries_a_names_identity(&s), Verdict::Pass);
    }

    #[test]
    fn a_person_named_in_part_or_by_a_weak_alias_in_prose_needs_context_unless_an_office_is_named()
    {
        let in_part = SpanFacts {
            unmatched_name_weight: 6.0,
            ..facts()
        };
        let weak = with_rules(NameKind::WeakAlias, &[Rule::Exact]);
        // "Rafael Gutiérrez" in a match report: for GUTIERREZ, Rafael Antonio named in
        // part, or for the weak alias RAFAEL GUTIERREZ written in full; rare enough on
        // its own either way.
        for f in [&in_part, &weak] {
            let mut s = subject(EntityType::Person, f, two_words());
            s.in_prose = true;
            s.matched_weight = MIN_PARTIAL_EVIDENCE + 4.0;
            let rule = a_persons_name_of_common_words_in_prose_has_context;
            assert_eq!(rule(&s), Verdict::NeedsContext, "{:?}", f.name_kind);
            // "President Nicolas Maduro": a public figure is meant.
            s.after_office = true;
            assert_eq!(rule(&s), Verdict::Pass);
            // In a payment field, the name is the party screened.
            s.after_office = false;
            s.in_prose = false;
            assert_eq!(rule(&s), Verdict::Pass);
        }
        // Named in full by a name that is no weak alias, the name stands on its own.
        for f in [facts(), with_rules(NameKind::Alias, &[Rule::Exact])] {
            let mut s = subject(EntityType::Person, &f, two_words());
            s.in_prose = true;
            s.matched_weight = MIN_PARTIAL_EVIDENCE + 4.0;
            assert_eq!(
                a_persons_name_of_common_words_in_prose_has_context(&s),
                Verdict::Pass
            );
        }
    }

    #[test]
    fn a_persons_name_of_common_words_in_prose_needs_context() {
        // "Mohammed Saleh" in a school newsletter: the alias SALEH MOHAMMAD, two common
        // names, whatever the kind of listed name.
        for kind in [NameKind::Primary, NameKind::Alias, NameKind::WeakAlias] {
            let f = with_rules(kind, &[Rule::Exact]);
            let mut s = subject(EntityType::Person, &f, two_words());
            s.in_prose = true;
            s.matched_weight = MIN_PARTIAL_EVIDENCE - 3.5;
            assert_eq!(
                a_persons_name_of_common_words_in_prose_has_context(&s),
                Verdict::NeedsContext,
                "{kind:?}"
            );
            // "Mohammad Hamsho" carries enough of its own, unless it is a weak alias
            // (see
            // `a_person_named_in_part_or_by_a_weak_alias_in_prose_needs_context_unless_an_office_is_named`).
            s.matched_weight = MIN_PARTIAL_EVIDENCE;
            let want = if kind == NameKind::WeakAlias {
                Verdict::NeedsContext
            } else {
                Verdict::Pass
            };
            assert_eq!(
                a_persons_name_of_common_words_in_prose_has_context(&s),
                want,
                "{kind:?}"
            );
        }
        // A payment field or a form: the name is the party screened.
        let f = facts();
        let mut s = subject(EntityType::Person, &f, two_words());
        s.matched_weight = MIN_PARTIAL_EVIDENCE - 3.5;
        assert_eq!(
            a_persons_name_of_common_words_in_prose_has_context(&s),
            Verdict::Pass
        );
        // Organisations have their own rules.
        s.in_prose = true;
        s.entity_type = EntityType::Organization;
        assert_eq!(
            a_persons_name_of_common_words_in_prose_has_context(&s),
            Verdict::Pass
        );
        s.entity_type = EntityType::Person;
        assert_eq!(
            judge(&s),
            Some(Needs {
                support: false,
                context: true
            })
        );
    }

    #[test]
    fn a_fuzzy_organisation_below_the_bar_is_dropped() {
        let mut f = facts();
        f.rules.insert(Rule::EditDistance);
        let mut s = subject(EntityType::Organization, &f, two_words());
        s.score = MIN_FUZZY_ORG_SCORE - 0.01;
        assert_eq!(a_fuzzy_organisation_scores_high(&s), Verdict::Reject);
        s.score = MIN_FUZZY_ORG_SCORE;
        assert_eq!(a_fuzzy_organisation_scores_high(&s), Verdict::Pass);
    }

    #[test]
    fn one_word_must_be_the_whole_name() {
        let f = facts();
        let one = vec![word(Shape::Capitalised)];
        let s = subject(EntityType::Organization, &f, one.clone());
        assert_eq!(one_word_is_a_whole_name(&s), Verdict::Pass);
        // "Washington" for WASHINGTON TRADING LTD: a name word left over.
        let partial = SpanFacts {
            unmatched_name_weight: 4.0,
            ..facts()
        };
        let s = subject(EntityType::Organization, &partial, one.clone());
        assert_eq!(one_word_is_a_whole_name(&s), Verdict::Reject);
        // A surname alone needs the person named in full elsewhere.
        let s = subject(EntityType::Person, &f, one.clone());
        assert_eq!(one_word_is_a_whole_name(&s), Verdict::NeedsSupport);
        // A company without its legal form too.
        let no_form = SpanFacts {
            unmatched_legal_form: true,
            ..facts()
        };
        let s = subject(EntityType::Organization, &no_form, one.clone());
        assert_eq!(one_word_is_a_whole_name(&s), Verdict::NeedsSupport);
        // A short word met only by a sound-alike is a different word.
        let mut loose = facts();
        loose.rules.insert(Rule::Phonetic);
        let mut short = word(Shape::Capitalised);
        short.letters = MIN_WORD_LETTERS_FOR_LOOSE_RULES - 1;
        let s = subject(EntityType::Organization, &loose, vec![short]);
        assert_eq!(one_word_is_a_whole_name(&s), Verdict::Reject);
        // A longer one ("Schaefer" for the alias CHAFER) only where the party is named
        // otherwise too.
        let s = subject(EntityType::Organization, &loose, one.clone());
        assert_eq!(one_word_is_a_whole_name(&s), Verdict::NeedsSupport);
        // A country or an ordinary word is never a party by itself.
        let mut country = word(Shape::Capitalised);
        country.country = true;
        let s = subject(EntityType::Organization, &f, vec![country]);
        assert_eq!(one_word_is_a_whole_name(&s), Verdict::Reject);
    }

    #[test]
    fn an_acronym_alias_needs_the_party_named_otherwise() {
        let f = SpanFacts {
            listed_chars: 3,
            surname_first: false,
            ..facts()
        };
        let mut s = subject(EntityType::Organization, &f, vec![word(Shape::Upper)]);
        s.listed_tokens = 1;
        assert!(s.acronym_alias());
        assert_eq!(an_acronym_alias_is_supported(&s), Verdict::NeedsSupport);
        assert_eq!(
            judge(&s),
            Some(Needs {
                support: true,
                context: false
            })
        );
        // A vessel's name in capitals is its name.
        s.entity_type = EntityType::Vessel;
        assert!(!s.acronym_alias());
    }

    #[test]
    fn part_of_an_organisations_name_is_another_organisation() {
        let f = SpanFacts {
            name_coverage: MIN_ORG_COVERAGE - 0.01,
            ..facts()
        };
        let s = subject(EntityType::Organization, &f, two_words());
        assert_eq!(an_organisation_is_named_whole(&s), Verdict::Reject);
        let s = subject(EntityType::Person, &f, two_words());
        assert_eq!(an_organisation_is_named_whole(&s), Verdict::Pass);
        // What is left out is a generic head noun ("association"): two name words write
        // the organisation, one does not.
        let generic = Subject {
            unmatched_generic_share: 0.2,
            ..subject(EntityType::Organization, &f, two_words())
        };
        assert_eq!(an_organisation_is_named_whole(&generic), Verdict::Pass);
        let one_word = Subject {
            unmatched_generic_share: 0.2,
            ..subject(EntityType::Organization, &f, vec![word(Shape::Capitalised)])
        };
        assert_eq!(an_organisation_is_named_whole(&one_word), Verdict::Reject);
    }

    #[test]
    fn part_of_a_persons_name_must_be_the_rare_part() {
        let f = SpanFacts {
            unmatched_name_weight: 5.0,
            ..facts()
        };
        let mut s = subject(EntityType::Person, &f, two_words());
        s.matched_weight = MIN_PARTIAL_EVIDENCE - 0.5;
        assert_eq!(a_partial_name_carries_its_rare_part(&s), Verdict::Reject);
        s.matched_weight = MIN_PARTIAL_EVIDENCE;
        assert_eq!(a_partial_name_carries_its_rare_part(&s), Verdict::Pass);
        // Without the listed name's rarest word ("Daniel Rodriguez" for RODRIGUEZ
        // OLIVERA, Daniel) the words written must be rarer still.
        let without_rarest = SpanFacts {
            unmatched_name_weight: 7.3,
            rarest_name_word_met: false,
            ..facts()
        };
        let mut s = subject(EntityType::Person, &without_rarest, two_words());
        s.matched_weight = MIN_PARTIAL_WITHOUT_RAREST_EVIDENCE - 0.5;
        assert_eq!(a_partial_name_carries_its_rare_part(&s), Verdict::Reject);
        s.matched_weight = MIN_PARTIAL_WITHOUT_RAREST_EVIDENCE;
        assert_eq!(a_partial_name_carries_its_rare_part(&s), Verdict::Pass);
    }

    #[test]
    fn an_organisation_with_extra_name_words_is_another() {
        let f = SpanFacts {
            query_coverage: MIN_ORG_QUERY_COVERAGE - 0.05,
            ..facts()
        };
        let s = subject(EntityType::Organization, &f, two_words());
        assert_eq!(an_organisation_is_written_as_listed(&s), Verdict::Reject);
        let s = subject(EntityType::Person, &f, two_words());
        assert_eq!(an_organisation_is_written_as_listed(&s), Verdict::Pass);
    }

    #[test]
    fn a_partial_person_name_met_by_sound_is_dropped() {
        let mut f = SpanFacts {
            unmatched_name_weight: 4.0,
            ..facts()
        };
        let s = subject(EntityType::Person, &f, two_words());
        assert_eq!(a_partial_name_is_spelt_as_listed(&s), Verdict::Pass);
        f.rules.insert(Rule::Phonetic);
        let s = subject(EntityType::Person, &f, two_words());
        assert_eq!(a_partial_name_is_spelt_as_listed(&s), Verdict::Reject);
        // The whole name met by sound is still a mention.
        f.unmatched_name_weight = 0.0;
        let s = subject(EntityType::Person, &f, two_words());
        assert_eq!(a_partial_name_is_spelt_as_listed(&s), Verdict::Pass);
    }

    #[test]
    fn a_later_given_name_for_a_rare_first_one_in_prose_is_another_person() {
        let f = SpanFacts {
            first_given_name_skipped: true,
            unmatched_name_weight: 9.0,
            ..facts()
        };
        let mut s = subject(EntityType::Person, &f, two_words());
        assert_eq!(
            a_partial_name_in_prose_keeps_a_rare_first_given_name(&s),
            Verdict::Pass,
            "a payment field carries whichever given names it was given"
        );
        s.in_prose = true;
        assert_eq!(
            a_partial_name_in_prose_keeps_a_rare_first_given_name(&s),
            Verdict::Reject
        );
        let kept = SpanFacts {
            first_given_name_skipped: false,
            ..f.clone()
        };
        let s = Subject {
            in_prose: true,
            ..subject(EntityType::Person, &kept, two_words())
        };
        assert_eq!(
            a_partial_name_in_prose_keeps_a_rare_first_given_name(&s),
            Verdict::Pass
        );
    }

    #[test]
    fn a_partial_name_written_surname_first_in_prose_is_another_person() {
        let f = SpanFacts {
            surname_first: true,
            unmatched_name_weight: 4.0,
            ..facts()
        };
        let mut s = subject(EntityType::Person, &f, two_words());
        // A payment field or a form writes surnames first.
        assert_eq!(
            a_partial_name_in_prose_reads_given_name_first(&s),
            Verdict::Pass
        );
        s.in_prose = true;
        assert_eq!(
            a_partial_name_in_prose_reads_given_name_first(&s),
            Verdict::Reject
        );
        // Only persons have given names.
        let s = Subject {
            in_prose: true,
            ..subject(EntityType::Organization, &f, two_words())
        };
        assert_eq!(
            a_partial_name_in_prose_reads_given_name_first(&s),
            Verdict::Pass
        );
        let given_first = SpanFacts {
            surname_first: false,
            ..f.clone()
        };
        let s = Subject {
            in_prose: true,
            ..subject(EntityType::Person, &given_first, two_words())
        };
        assert_eq!(
            a_partial_name_in_prose_reads_given_name_first(&s),
            Verdict::Pass
        );
    }

    #[test]
    fn every_rule_has_a_distinct_name() {
        let mut names: Vec<&str> = RULES.iter().map(|r| r.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), RULES.len());
    }
}
