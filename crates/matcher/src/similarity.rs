//! How alike two folded tokens are, and why.
//!
//! The similarity is a small set of graded rules rather than one string metric, so each
//! credit can be explained to an analyst and so the index can find, by key lookups alone,
//! every token the scorer would credit (see `search`).

use nomina_text::phonetic::{consonant_key, skeleton_keys};
use nomina_text::Tables;
use smallvec::SmallVec;

/// The rule under which two tokens were judged alike, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// Same folded spelling (case, accents, punctuation and script aside).
    Exact,
    /// Same variant family in the data tables (Mohammed / Muhammad).
    Variant,
    /// Same word with or without an Arabic article (Al-Baghdadi / Baghdadi).
    Article,
    /// Same phonetic skeleton (Hussein / Husayn).
    Phonetic,
    /// Same consonants, one side written without vowels (romanised Arabic script).
    Consonants,
    /// One or two typing slips apart.
    EditDistance,
    /// The same name with a Baltic nominative ending (Latvian Sergejs, Lithuanian
    /// Lavrovas).
    Inflection,
    /// An initial standing for the word.
    Initial,
}

/// A set of [`Rule`]s: which rules met the tokens of one match.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct RuleSet(u16);

impl RuleSet {
    /// Adds `rule` to the set.
    pub fn insert(&mut self, rule: Rule) {
        self.0 |= 1 << rule as u16;
    }

    /// Whether `rule` is in the set.
    pub fn contains(self, rule: Rule) -> bool {
        self.0 & (1 << rule as u16) != 0
    }

    /// Whether every rule of the set is one of `allowed` (true for the empty set).
    pub fn only(self, allowed: &[Rule]) -> bool {
        let mask = allowed.iter().fold(0u16, |m, &r| m | 1 << r as u16);
        self.0 & !mask == 0
    }
}

/// Similarity credited by each rule. Edit distance is graded by length in [`similarity`].
pub const EXACT: f32 = 1.0;
/// See [`Rule::Variant`].
pub const VARIANT: f32 = 0.95;
/// See [`Rule::Article`].
pub const ARTICLE: f32 = 0.93;
/// See [`Rule::Phonetic`].
pub const PHONETIC: f32 = 0.90;
/// See [`Rule::Consonants`].
pub const CONSONANTS: f32 = 0.85;
/// See [`Rule::Inflection`]: at most this, less when the stem itself is only alike.
pub const INFLECTION: f32 = 0.88;
/// See [`Rule::Initial`].
pub const INITIAL: f32 = 0.55;

/// The stem of a word written with a Baltic nominative ending, as Latvian and Lithuanian
/// write foreign names: Lithuanian -as, -us, -is, -ys (Lavrovas, Sergejus), Latvian -s
/// (Sergejs, Kadirovs). `None` when the word is too short to carry one.
///
/// ```
/// use nomina_match::similarity::baltic_stem;
/// assert_eq!(baltic_stem("lavrovas"), Some("lavrov"));
/// assert_eq!(baltic_stem("sergejs"), Some("sergej"));
/// assert_eq!(baltic_stem("ali"), None);
/// ```
pub fn baltic_stem(t: &str) -> Option<&str> {
    if t.len() < 5 || !t.ends_with('s') {
        return None;
    }
    let two = &t[..t.len() - 2];
    if ["as", "us", "is", "ys"].iter().any(|e| t.ends_with(e)) && two.len() >= 4 {
        return Some(two);
    }
    Some(&t[..t.len() - 1])
}

/// Most edits tolerated between tokens whose shorter one has `len` letters. Short tokens
/// allow none: one edit turns "Ali" into "Ari".
pub fn max_edits(len: usize, joined: bool) -> usize {
    match len {
        0..=3 => 0,
        4..=7 => 1,
        _ if joined => 1,
        _ => 2,
    }
}

/// Strips a leading Arabic article glued to a word (`albaghdadi` → `baghdadi`,
/// `arrahman` → `rahman`); `None` when there is none or too little would remain.
pub fn strip_article(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    for p in ["al", "el", "ul"] {
        if let Some(rest) = t.strip_prefix(p) {
            if rest.len() >= 4 {
                return Some(rest);
            }
        }
    }
    // Sun-letter assimilation: ar-Rahman, as-Sayed, ad-Din written joined (arrahman).
    if b.len() >= 6 && (b[0] == b'a' || b[0] == b'e') && b[1] == b[2] && b"tdrzsn".contains(&b[1]) {
        return Some(&t[2..]);
    }
    None
}

/// The rest of a name written with a glued "servant of" prefix (`abdelhalim`,
/// `abdulhalim`, `abdhalim` → `halim`), so the romanisations of the prefix meet;
/// `None` without such a prefix or when too little remains.
pub fn abd_rest(t: &str) -> Option<&str> {
    [
        "abdul", "abdel", "abdal", "abdol", "abdur", "abder", "abdoul", "abdou", "abdu", "abd",
    ]
    .iter()
    .find_map(|p| t.strip_prefix(p))
    .filter(|rest| rest.len() >= 3)
}

pub(crate) fn has_vowel(t: &str) -> bool {
    t.bytes()
        .any(|c| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u'))
}

pub use nomina_text::osa_distance;

/// Credit for `edits` slips between tokens whose shorter one has `len` letters.
pub fn edit_credit(edits: usize, len: usize) -> f32 {
    match edits {
        0 => EXACT,
        1 if len >= 7 => 0.88,
        1 if len >= 5 => 0.84,
        1 => 0.78,
        2 => 0.74,
        _ => 0.0,
    }
}

/// The keys of one token that [`similarity`] compares, computed once per token (at index
/// build for listed tokens, once per query for query tokens).
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct TokenKeys {
    /// Hashes of the phonetic skeleton keys (one or two).
    pub skeleton: SmallVec<[u64; 2]>,
    /// Hash of the consonant key.
    pub consonants: u64,
    /// Length of the consonant key.
    pub consonants_len: u8,
    /// Whether the token has a written vowel.
    pub has_vowel: bool,
}

/// 64-bit FNV-1a of a string: keys are stored as hashes to keep the index small; the
/// index is rebuilt from the same tables on every run, so the hash is fixed and portable.
pub fn key_hash(s: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in s.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

impl TokenKeys {
    /// Computes the keys of a folded token.
    pub fn new(text: &str) -> TokenKeys {
        if text.len() < 3 {
            return TokenKeys {
                skeleton: SmallVec::new(),
                consonants: 0,
                consonants_len: 0,
                has_vowel: has_vowel(text),
            };
        }
        let c = consonant_key(text);
        TokenKeys {
            skeleton: skeleton_keys(text).iter().map(|k| key_hash(k)).collect(),
            consonants: key_hash(&c),
            consonants_len: c.len().min(255) as u8,
            has_vowel: has_vowel(text),
        }
    }
}

/// How alike two folded tokens are, in [0, 1], with the strongest rule that applies.
/// `joined` marks a token made by joining two words, which tolerates fewer edits.
///
/// ```
/// use nomina_match::similarity::{similarity, Rule};
/// use nomina_text::Tables;
/// let t = Tables::get();
/// assert_eq!(similarity("azhar", "azhar", false, t), (1.0, Rule::Exact));
/// assert_eq!(similarity("mohammed", "muhammad", false, t).1, Rule::Variant);
/// assert_eq!(similarity("hosain", "husayn", false, t).1, Rule::Phonetic);
/// assert_eq!(similarity("okeaanpribor", "okeanpribor", false, t).1, Rule::Phonetic);
/// assert_eq!(similarity("copmany", "company", false, t).1, Rule::EditDistance);
/// assert_eq!(similarity("ali", "ari", false, t).0, 0.0);
/// ```
pub fn similarity(a: &str, b: &str, joined: bool, tables: &Tables) -> (f32, Rule) {
    similarity_keys(a, &TokenKeys::new(a), b, &TokenKeys::new(b), joined, tables)
}

/// [`similarity`] on precomputed keys: the form the index uses.
pub fn similarity_keys(
    a: &str,
    ka: &TokenKeys,
    b: &str,
    kb: &TokenKeys,
    joined: bool,
    tables: &Tables,
) -> (f32, Rule) {
    let direct = similarity_direct(a, ka, b, kb, joined, tables);
    if direct.0 >= INFLECTION || joined {
        return direct;
    }
    let inflected = inflection_credit(a, b, kb, tables).max(inflection_credit(b, a, ka, tables));
    if inflected > direct.0 {
        (inflected, Rule::Inflection)
    } else {
        direct
    }
}

/// Credit for `a` being `b` (whose keys are `kb`) with a Baltic ending: [`INFLECTION`]
/// when its stem reads as `b` ([`stem_meets_the_word`]); 0 when `a` has no such ending or
/// its stem does not.
fn inflection_credit(a: &str, b: &str, kb: &TokenKeys, tables: &Tables) -> f32 {
    let Some(stem) = baltic_stem(a) else {
        return 0.0;
    };
    if stem.len() < 4 || b.len() < 4 {
        return 0.0;
    }
    let s = similarity_direct(stem, &TokenKeys::new(stem), b, kb, false, tables).0;
    if stem_meets_the_word(stem.len(), s) {
        INFLECTION
    } else {
        0.0
    }
}

/// Fewest letters of a stem that may meet a listed word by its sound or its consonants
/// after its ending was taken off ([`stem_meets_the_word`]).
const MIN_SOUNDED_STEM_LETTERS: usize = 6;

/// Whether a stem of `letters` letters whose similarity to a listed word is `s` reads as
/// that word: one guess per word. An ending taken off is already a guess (English and
/// Spanish surnames end in -s too: Torres, Valdés, Macias), so the stem must be the listed
/// word as spelt or as a known spelling variant; only a long stem may also meet it by its
/// sound or its consonants (`kadirov` for KADYROV). A short stem that is only a slip, a
/// sound or a skeleton away (`valde` for VALLE, `maci` for MAKUEI, `torre` for THOWRA) is a
/// second guess: such pairs were all false alerts on the clean portfolio.
fn stem_meets_the_word(letters: usize, s: f32) -> bool {
    s >= ARTICLE || (letters >= MIN_SOUNDED_STEM_LETTERS && s >= CONSONANTS)
}

/// [`similarity_keys`] without the inflection rule.
fn similarity_direct(
    a: &str,
    ka: &TokenKeys,
    b: &str,
    kb: &TokenKeys,
    joined: bool,
    tables: &Tables,
) -> (f32, Rule) {
    if a == b {
        return (EXACT, Rule::Exact);
    }
    // A number is a number: Institute 5000 is not Institute 3000.
    if a.bytes().any(|c| c.is_ascii_digit()) || b.bytes().any(|c| c.is_ascii_digit()) {
        return (0.0, Rule::Exact);
    }
    if tables.has_family(a) && tables.family(a) == tables.family(b) {
        return (VARIANT, Rule::Variant);
    }
    if let (Some(ra), Some(rb)) = (abd_rest(a), abd_rest(b)) {
        if ra == rb {
            return (VARIANT, Rule::Variant);
        }
    }
    let (sa, sb) = (strip_article(a), strip_article(b));
    if sa == Some(b) || sb == Some(a) || (sa.is_some() && sa == sb) {
        return (ARTICLE, Rule::Article);
    }
    let mut best = (0.0, Rule::Exact);
    let short = a.len().min(b.len());
    // Sound-alike rules need a few letters to mean anything ("Aqi" is not "Akcay", though
    // "Jon" is "John") and are not applied to words joined from two: spacing variants are
    // spelt alike.
    let long_enough = short >= 4 || (short == 3 && a.len().abs_diff(b.len()) <= 1);
    if long_enough && !joined {
        if ka.skeleton.iter().any(|k| kb.skeleton.contains(k)) {
            best = (PHONETIC, Rule::Phonetic);
        } else if ka.has_vowel != kb.has_vowel
            && ka.consonants == kb.consonants
            && ka.consonants_len >= 3
        {
            best = (CONSONANTS, Rule::Consonants);
        }
    }
    let max = max_edits(short, joined);
    if max > 0 {
        let d = osa_distance(a.as_bytes(), b.as_bytes(), max);
        if d <= max {
            let c = edit_credit(d, short);
            if c > best.0 {
                best = (c, Rule::EditDistance);
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_set_knows_its_rules() {
        let mut set = RuleSet::default();
        assert!(set.only(&[]));
        set.insert(Rule::Exact);
        set.insert(Rule::EditDistance);
        assert!(set.contains(Rule::EditDistance));
        assert!(!set.contains(Rule::Variant));
        assert!(set.only(&[Rule::Exact, Rule::EditDistance]));
        assert!(!set.only(&[Rule::Exact, Rule::Variant]));
    }

    #[test]
    fn osa_counts_transpositions_once() {
        assert_eq!(osa_distance(b"company", b"copmany", 2), 1);
        assert_eq!(osa_distance(b"abc", b"abc", 0), 0);
        assert_eq!(osa_distance(b"kitten", b"sitting", 3), 3);
        assert_eq!(osa_distance(b"kitten", b"sitting", 1), 2);
    }

    #[test]
    fn servant_of_prefixes_meet() {
        let t = Tables::get();
        for (a, b) in [
            ("abdelhalim", "abdulhalim"),
            ("abdhalim", "abdelhalim"),
            ("abdurrahim", "abdulrahim"),
        ] {
            assert_eq!(similarity(a, b, false, t).1, Rule::Variant, "{a} {b}");
        }
        assert_eq!(abd_rest("abdu"), None);
        assert_eq!(abd_rest("abdelkader"), Some("kader"));
    }

    #[test]
    fn baltic_endings_meet_the_listed_name() {
        let t = Tables::get();
        assert_eq!(
            similarity("lavrovas", "lavrov", false, t),
            (INFLECTION, Rule::Inflection)
        );
        assert_eq!(
            similarity("kadyrov", "kadirovs", false, t).1,
            Rule::Inflection
        );
        // Not across joined words, and not for a different stem.
        assert_eq!(similarity("lavrovas", "lavrov", true, t).0, 0.0);
        assert_eq!(similarity("petrovas", "lavrov", false, t).0, 0.0);
    }

    #[test]
    fn an_ending_and_a_slip_are_two_guesses() {
        let t = Tables::get();
        // Spanish and English surnames in -s whose stem is only a slip from a listed word.
        assert_ne!(similarity("valdes", "valle", false, t).1, Rule::Inflection);
        assert_ne!(similarity("macias", "makuei", false, t).1, Rule::Inflection);
        assert_ne!(similarity("torres", "thowra", false, t).1, Rule::Inflection);
        // A stem spelt as the listed word still meets it.
        assert_eq!(
            similarity("ivanovas", "ivanov", false, t),
            (INFLECTION, Rule::Inflection)
        );
        // A long stem may meet it by its sound; a short one only as spelt or a variant.
        assert!(stem_meets_the_word(7, CONSONANTS) && !stem_meets_the_word(7, 0.84));
        assert!(stem_meets_the_word(4, VARIANT) && !stem_meets_the_word(5, PHONETIC));
    }

    #[test]
    fn numbers_match_only_exactly() {
        let t = Tables::get();
        assert_eq!(similarity("5000", "3000", false, t).0, 0.0);
        assert_eq!(similarity("44", "44", false, t), (EXACT, Rule::Exact));
        assert_eq!(similarity("17th", "17", false, t).0, 0.0);
    }

    #[test]
    fn articles_are_stripped_only_when_enough_remains() {
        assert_eq!(strip_article("albaghdadi"), Some("baghdadi"));
        assert_eq!(strip_article("alvi"), None);
        assert_eq!(strip_article("arrahman"), Some("rahman"));
        assert_eq!(strip_article("ali"), None);
    }

    #[test]
    fn similarity_is_symmetric_on_examples() {
        let t = Tables::get();
        for (a, b) in [
            ("mohammed", "muhammad"),
            ("albaghdadi", "baghdadi"),
            ("mhmd", "muhammad"),
            ("chhirikov", "chirikov"),
        ] {
            assert_eq!(
                similarity(a, b, false, t),
                similarity(b, a, false, t),
                "{a} {b}"
            );
            assert!(similarity(a, b, false, t).0 > 0.7, "{a} {b}");
        }
    }
}
