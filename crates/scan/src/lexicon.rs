//! Word lists the scanner's rules read: ordinary words, titles, and cue phrases. They are
//! data files under `data/` (compiled in), so an analyst can extend them without touching
//! code.

use crate::{FastMap, FastSet};
use nomina_text::{Tables, TokenClass};
use std::sync::OnceLock;

const COMMON: &str = include_str!("../data/common_words.txt");
const TITLES: &str = include_str!("../data/titles.txt");
const CUES: &str = include_str!("../data/cues.txt");
const CITIES: &str = include_str!("../data/cities.txt");

/// The scanner's word lists, loaded once.
#[derive(Debug)]
pub struct Lexicon {
    common: FastSet<String>,
    titles: FastSet<String>,
    vessel: FastSet<String>,
    /// Shipping words that support a distinctive vessel name ([`Lexicon::is_vessel_context`]).
    vessel_context: FastSet<String>,
    /// Homonym phrases, as folded word sequences.
    homonym: Vec<Vec<String>>,
    /// The first words of the homonym phrases, to find them quickly.
    homonym_first: Vec<String>,
    /// The lengths of those first words (bit `n` for length `n`), per first byte: most
    /// words are ruled out without a comparison.
    homonym_first_lens: Box<[u64; 256]>,
    /// Lower-case head nouns that close an organisation's name ("the Haqqani network").
    org_tail: FastSet<String>,
    /// Abbreviations written out: intl → international.
    abbreviations: FastMap<String, String>,
    /// Cities where parties to a payment sit ([`Lexicon::is_city`]).
    cities: FastSet<String>,
    /// Nouns that make the word before them a place ([`Lexicon::is_place_noun`]).
    place_nouns: FastSet<String>,
    /// Words saying a document speaks of listed parties ([`Lexicon::is_listing_context`]).
    listing_context: FastSet<String>,
    /// Titles of public office before a person's name ([`Lexicon::is_office`]).
    offices: FastSet<String>,
    /// Words offering an alternative ([`Lexicon::is_alternative`]).
    alternatives: FastSet<String>,
    /// Words naming a party's office after its name ([`Lexicon::is_office_of_party`]).
    party_offices: FastSet<String>,
    vessel_prefixes: FastSet<String>,
    locatives: FastSet<String>,
    /// Prepositions ending a lone reference ([`Lexicon::ends_a_reference`]).
    reference_ends: FastSet<String>,
    /// Nouns of a shop or lodgings ([`Lexicon::is_premises`]).
    premises: FastSet<String>,
    /// Care-of markers, as folded word sequences ([`Lexicon::care_of_markers`]).
    care_of: Vec<Vec<String>>,
    /// Words joining two names in a list ([`Lexicon::is_conjunction`]).
    conjunctions: FastSet<String>,
    /// Lower-case words between the words of one name beyond the name tables'
    /// particles ([`Lexicon::is_connector`]).
    name_connectors: FastSet<String>,
    /// Head nouns of organisations named after a family ([`Lexicon::is_generic_org_tail`]).
    family_org_tails: FastSet<String>,
    /// Connectors of names only when written in lower case
    /// ([`Lexicon::is_lower_case_connector`]).
    lower_name_connectors: FastSet<String>,
    tables: &'static Tables,
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .flat_map(str::split_whitespace)
}

impl Lexicon {
    /// The lists compiled into nomina.
    pub fn get() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(|| {
            let mut vessel = FastSet::default();
            let mut vessel_context = FastSet::default();
            let mut homonym = Vec::new();
            let mut abbreviations = FastMap::default();
            let mut org_tail = FastSet::default();
            let mut place_nouns = FastSet::default();
            let mut listing_context = FastSet::default();
            let mut offices = FastSet::default();
            let mut alternatives = FastSet::default();
            let mut party_offices = FastSet::default();
            let mut vessel_prefixes = FastSet::default();
            let mut locatives = FastSet::default();
            let mut reference_ends = FastSet::default();
            let mut premises = FastSet::default();
            let mut care_of = Vec::new();
            let mut conjunctions = FastSet::default();
            let mut name_connectors = FastSet::default();
            let mut family_org_tails = FastSet::default();
            let mut lower_name_connectors = FastSet::default();
            let mut section = "";
            for line in CUES.lines().map(str::trim) {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                if line.starts_with('[') {
                    section = line.trim_matches(|c| c == '[' || c == ']');
                    continue;
                }
                match section {
                    "vessel" => {
                        for w in line.split_whitespace() {
                            vessel.insert(nomina_text::fold(w).replace(' ', ""));
                        }
                    }
                    "vessel_context" => {
                        vessel_context.extend(line.split_whitespace().map(nomina_text::fold));
                    }
                    "org_tail" => {
                        org_tail.extend(line.split_whitespace().map(str::to_string));
                    }
                    "place_noun" => {
                        place_nouns.extend(line.split_whitespace().map(str::to_string));
                    }
                    "listing_context" => {
                        listing_context.extend(line.split_whitespace().map(str::to_string));
                    }
                    "alternative" => {
                        alternatives.extend(line.split_whitespace().map(str::to_string));
                    }
                    "conjunction" => {
                        conjunctions.extend(line.split_whitespace().map(str::to_string));
                    }
                    "family_org_tail" => {
                        family_org_tails.extend(line.split_whitespace().map(str::to_string));
                    }
                    "name_connector" => {
                        name_connectors.extend(line.split_whitespace().map(str::to_string));
                    }
                    "lower_name_connector" => {
                        lower_name_connectors.extend(line.split_whitespace().map(str::to_string));
                    }
                    "party_office" => {
                        party_offices.extend(line.split_whitespace().map(str::to_string));
                    }
                    "vessel_prefix" => {
                        vessel_prefixes.extend(line.split_whitespace().map(str::to_string));
                    }
                    "locative" => {
                        locatives.extend(line.split_whitespace().map(str::to_string));
                    }
                    "reference_end" => {
                        reference_ends.extend(line.split_whitespace().map(str::to_string));
                    }
                    "premises" => {
                        premises.extend(line.split_whitespace().map(str::to_string));
                    }
                    "care_of" => care_of.push(
                        line.split(|c: char| c.is_whitespace() || c == '/')
                            .filter(|w| !w.is_empty())
                            .map(nomina_text::fold)
                            .collect(),
                    ),
                    "office" => {
                        offices.extend(line.split_whitespace().map(str::to_string));
                    }
                    "abbreviation" => {
                        let mut it = line.split_whitespace();
                        if let (Some(short), Some(long)) = (it.next(), it.next()) {
                            abbreviations.insert(short.to_string(), long.to_string());
                        }
                    }
                    "homonym" => homonym.push(
                        nomina_text::fold(line)
                            .split(' ')
                            .map(str::to_string)
                            .collect(),
                    ),
                    // The file is compiled in: a section no rule reads is a typing slip,
                    // caught by every test that loads the lists.
                    other => debug_assert!(false, "cues.txt: unknown section [{other}]"),
                }
            }
            let mut homonym_first: Vec<String> = homonym
                .iter()
                .filter_map(|p: &Vec<String>| p.first().cloned())
                .collect();
            homonym_first.sort();
            homonym_first.dedup();
            let mut homonym_first_lens = Box::new([0u64; 256]);
            for w in homonym_first.iter().filter(|w| w.len() < 64) {
                if let Some(&b) = w.as_bytes().first() {
                    homonym_first_lens[usize::from(b)] |= 1 << w.len();
                }
            }
            Lexicon {
                homonym_first,
                homonym_first_lens,
                common: words(COMMON).map(str::to_string).collect(),
                titles: words(TITLES).map(str::to_string).collect(),
                vessel,
                vessel_context,
                homonym,
                abbreviations,
                org_tail,
                cities: words(CITIES).map(str::to_string).collect(),
                place_nouns,
                listing_context,
                offices,
                alternatives,
                party_offices,
                vessel_prefixes,
                locatives,
                reference_ends,
                premises,
                care_of,
                conjunctions,
                name_connectors,
                family_org_tails,
                lower_name_connectors,
                tables: Tables::get(),
            }
        })
    }

    /// An ordinary English word or payment jargon (folded).
    pub fn is_common(&self, w: &str) -> bool {
        if self.common.contains(w) {
            return true;
        }
        // Plurals and verb forms of listed words: "JAILS", "CLAIMED", "FIGHTERS"; and the
        // singular of a listed plural ("Airway bill" beside "airways").
        let stems = [
            Some(format!("{w}s")),
            w.strip_suffix("ies").map(|s| format!("{s}y")),
            w.strip_suffix("es").map(str::to_string),
            w.strip_suffix('s').map(str::to_string),
            w.strip_suffix("ed").map(str::to_string),
            w.strip_suffix('d').map(str::to_string),
            w.strip_suffix("ing").map(str::to_string),
            w.strip_suffix("ing").map(|s| format!("{s}e")),
        ];
        w.len() > 4
            && stems
                .into_iter()
                .flatten()
                .any(|s| s.len() >= 3 && self.common.contains(&s))
    }

    /// A title, role or honorific (folded): written next to names, never part of them.
    pub fn is_title(&self, w: &str) -> bool {
        self.titles.contains(w) || self.tables.is_honorific(w)
    }

    /// A particle, connector or stop word (al, bin, e, ul, de, of, and, the), or a
    /// connector of names (`cues.txt [name_connector]`: ur, wal, und).
    pub fn is_connector(&self, w: &str) -> bool {
        matches!(
            self.tables.class(w),
            TokenClass::Particle | TokenClass::Stop
        ) || self.name_connectors.contains(w)
    }

    /// A connector of names only when written in lower case (`cues.txt
    /// [lower_name_connector]`: "ag" in "Iyad ag Ghaly"; AG in capitals is a legal form).
    pub fn is_lower_case_connector(&self, w: &str) -> bool {
        self.lower_name_connectors.contains(w)
    }

    /// A generic head noun of an organisation's name that a writer may leave out
    /// ("association"): an organisation's tail (`cues.txt [org_tail]`) but for those of
    /// organisations named after a family (`[family_org_tail]`: "organization").
    pub fn is_generic_org_tail(&self, w: &str) -> bool {
        self.org_tail.contains(w) && !self.family_org_tails.contains(w)
    }

    /// A lower-case head noun that may close an organisation's name ("network").
    pub fn is_org_tail(&self, w: &str) -> bool {
        self.org_tail.contains(w)
    }

    /// A city where banks and trading companies sit (folded, one word): after a party's
    /// name in a payment field it is the party's address ("SINA BANK TEHRAN").
    pub fn is_city(&self, w: &str) -> bool {
        self.cities.contains(w)
    }

    /// A lower-case noun of a shop, an eatery or lodgings ("shop", "counter", "hotel"):
    /// a name before it in the same phrase names that business.
    pub fn is_premises(&self, w: &str) -> bool {
        self.premises.contains(w)
    }

    /// A lower-case noun that makes the word before it a place ("town", "province").
    pub fn is_place_noun(&self, w: &str) -> bool {
        self.place_nouns.contains(w)
    }

    /// A word saying a document speaks of listed parties (folded): of sanctions
    /// ("designated"), terrorism or armed groups ("militants").
    pub fn is_listing_context(&self, w: &str) -> bool {
        self.listing_context.contains(w)
    }

    /// A title of public office written before a person's name ("President", "Minister",
    /// "Commander"): the writer means a public figure.
    pub fn is_office(&self, w: &str) -> bool {
        self.offices.contains(w)
    }

    /// A word that, after a party's name in a payment field, says which of its offices is
    /// meant ("BRANCH", "REP"): the name ends before it.
    pub fn is_office_of_party(&self, w: &str) -> bool {
        self.party_offices.contains(w)
    }

    /// A prefix written before a ship's name (MV, MT, folded): no part of the name, nor
    /// of a name before it.
    pub fn is_vessel_prefix(&self, w: &str) -> bool {
        self.vessel_prefixes.contains(w)
    }

    /// A preposition of place ("in", "at"): after a legal form, the firm's name has
    /// ended.
    pub fn is_locative(&self, w: &str) -> bool {
        self.locatives.contains(w)
    }

    /// A preposition that ends a lone name word referring back to a party, the words
    /// after it being another phrase ("met Baradar on Monday"; `cues.txt
    /// [reference_end]`).
    pub fn ends_a_reference(&self, w: &str) -> bool {
        self.reference_ends.contains(w)
    }

    /// A word joining two names in a list ("and", "or").
    pub fn is_conjunction(&self, w: &str) -> bool {
        self.conjunctions.contains(w)
    }

    /// Markers of a party a payment is made in care of ("C/O"), as folded word sequences.
    pub fn care_of_markers(&self) -> &[Vec<String>] {
        &self.care_of
    }

    /// A word offering an alternative ("or"): never part of a name, whatever its case.
    pub fn is_alternative(&self, w: &str) -> bool {
        self.alternatives.contains(w)
    }

    /// A word of shipping (docked, crew, port...): says a sentence may speak of a ship,
    /// less surely than [`Lexicon::is_vessel_cue`].
    pub fn is_vessel_context(&self, w: &str) -> bool {
        self.vessel_context.contains(w)
    }

    /// A word announcing a vessel (MV, tanker, IMO...).
    pub fn is_vessel_cue(&self, w: &str) -> bool {
        self.vessel.contains(w)
    }

    /// Homonym phrases ("no relation"), as folded word sequences.
    pub fn homonym_phrases(&self) -> &[Vec<String>] {
        &self.homonym
    }

    /// The written-out form of an abbreviation common in payment messages (INTL).
    pub fn expand(&self, w: &str) -> Option<&str> {
        self.abbreviations.get(w).map(String::as_str)
    }

    /// True when `w` (a folded word, as bytes) is the first word of a homonym phrase.
    pub fn is_homonym_first(&self, w: &[u8]) -> bool {
        let Some(&b) = w.first() else {
            return false;
        };
        let may_be = w.len() >= 64 || self.homonym_first_lens[usize::from(b)] & 1 << w.len() != 0;
        may_be && self.homonym_first.iter().any(|x| x.as_bytes() == w)
    }

    /// A legal form (ltd, llc, corp...).
    pub fn is_legal_form(&self, w: &str) -> bool {
        self.tables.class(w) == TokenClass::LegalForm
            || self
                .tables
                .legal_form_at(&[w], 0)
                .is_some_and(|(n, _)| n == 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_load() {
        let l = Lexicon::get();
        assert!(l.is_common("freight"));
        assert!(l.is_common("airway"), "the singular of a listed plural");
        assert!(l.is_title("president"));
        assert!(l.is_title("mullah"));
        assert!(l.is_connector("e"));
        assert!(l.is_connector("of"));
        // From the cues' [name_connector]: "Khalil ur Rahman", "Iyad ag Ghaly".
        assert!(l.is_connector("ur") && !l.is_connector("iyad"));
        // "ag" only in lower case (the region reads the case): AG is also a legal form.
        assert!(!l.is_connector("ag") && l.is_lower_case_connector("ag"));
        // A family's organisation is no generic head noun.
        assert!(l.is_generic_org_tail("association") && !l.is_generic_org_tail("organization"));
        assert!(l.is_vessel_cue("mv"));
        assert!(l.is_city("tehran") && l.is_city("dubai"));
        assert!(
            l.is_place_noun("town") && l.is_place_noun("province") && !l.is_place_noun("group")
        );
        assert!(
            !l.is_city("sofia") && !l.is_city("medina"),
            "cities that are names too"
        );
        assert!(l.is_vessel_cue("tanker"));
        assert!(l.is_office_of_party("branch") && !l.is_office_of_party("bank"));
        assert!(l.is_vessel_prefix("mv") && !l.is_vessel_prefix("tanker"));
        assert!(l.is_vessel_cue("pilotage"));
        assert!(l.is_locative("in") && !l.is_locative("of"));
        assert!(l.ends_a_reference("on") && l.ends_a_reference("of") && !l.ends_a_reference("and"));
        assert!(l.is_premises("counter") && l.is_premises("hotel") && !l.is_premises("office"));
        assert!(l
            .care_of_markers()
            .contains(&vec!["c".to_string(), "o".to_string()]));
        assert_eq!(l.expand("exch"), Some("exchange"));
        assert!(l.is_conjunction("and") && l.is_conjunction("or") && !l.is_conjunction("of"));
        assert!(l.is_listing_context("sanctions") && l.is_listing_context("militants"));
        assert!(!l.is_listing_context("listed") && !l.is_listing_context("court"));
        assert!(l.is_office("president") && l.is_office("commander"));
        assert!(!l.is_office("mr") && !l.is_office("judge") && !l.is_office("captain"));
        assert!(l.is_alternative("or") && !l.is_alternative("and"));
        assert!(l.is_vessel_context("docked") && !l.is_vessel_cue("docked"));
        assert!(l.is_legal_form("ltd"));
        assert!(l.is_legal_form("limited"));
        assert!(!l.is_common("azhar"));
        for p in l.homonym_phrases() {
            assert!(l.is_homonym_first(p[0].as_bytes()), "{}", p[0]);
        }
        assert!(l.is_homonym_first(b"not"));
        assert!(!l.is_homonym_first(b"nor"));
        assert!(!l.is_homonym_first(b"relation"));
        assert!(l
            .homonym_phrases()
            .iter()
            .any(|p| p == &["no".to_string(), "relation".to_string()]));
    }
}
