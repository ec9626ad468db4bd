//! The words of a mentioned party's other listed names: a lone word among them may refer
//! to the party a text named in full ("al-Golani" after "Abu Muhammad al-Jawlani").
//!
//! Which words may stand alone is a rule of the listed words alone
//! ([`is_distinctive_listed_word`]), so each party's words are gathered once per scanner
//! ([`AliasWordCache`]) and every document naming the party reads them from there. A news
//! article naming a party with dozens of aliases (JAISH-I-MOHAMMED has 30) used to gather
//! and sort them again, which took about 40 % of its scan.

use super::references::Group;
use super::slips::SlipIndex;
use crate::thresholds::MIN_ALIAS_REFERENCE_WEIGHT;
use crate::{Cand, FastMap};
use nomina_match::{ListedWord, Matcher};
use std::sync::OnceLock;

/// Per entity of one index, the distinctive words of its listed names
/// ([`is_distinctive_listed_word`]), gathered when a document first names the entity.
/// Shared by the threads scanning with one scanner.
pub(crate) struct AliasWordCache {
    /// Indexed by [`Matcher::entity_number`]; sorted, distinct words.
    per_entity: Vec<OnceLock<Box<[Box<str>]>>>,
}

impl AliasWordCache {
    /// An empty cache for the entities of `matcher`.
    pub(crate) fn new(matcher: &Matcher) -> AliasWordCache {
        AliasWordCache {
            per_entity: (0..matcher.entity_count())
                .map(|_| OnceLock::new())
                .collect(),
        }
    }

    /// The distinctive words of every listed name of the party of the listed name
    /// `name_id` (empty for a number `matcher` does not have).
    pub(crate) fn words_of(&self, matcher: &Matcher, name_id: u32) -> &[Box<str>] {
        let Some(slot) = matcher
            .entity_number(name_id)
            .and_then(|e| self.per_entity.get(e as usize))
        else {
            return &[];
        };
        slot.get_or_init(|| distinctive_listed_words(matcher, name_id))
    }
}

/// The distinctive words of every listed name of the party of the listed name `name_id`:
/// name words (no particles, legal forms, stop words) rare enough to stand alone.
fn distinctive_listed_words(matcher: &Matcher, name_id: u32) -> Box<[Box<str>]> {
    let mut v: Vec<&str> = matcher
        .entity_listed_names(name_id)
        .iter()
        .flat_map(|n| n.words.iter())
        .filter(|w| is_distinctive_listed_word(w))
        .map(|w| w.text)
        .collect();
    v.sort_unstable();
    v.dedup();
    v.into_iter().map(Box::from).collect()
}

/// A word of another listed name that may stand alone for its party: a name word, of
/// three letters or more, rare enough ([`MIN_ALIAS_REFERENCE_WEIGHT`]).
fn is_distinctive_listed_word(w: &ListedWord) -> bool {
    w.name_word && w.text.len() >= 3 && w.weight >= MIN_ALIAS_REFERENCE_WEIGHT
}

/// The distinctive words of the listed names of the parties mentioned in full that the
/// text did not write in those mentions: a lone word among them refers to its party like
/// a word written in the mention does.
pub(super) struct AliasWords<'m> {
    /// Per word, the groups (mentions in full, in text order) whose parties list it.
    pub(super) groups: FastMap<&'m str, Vec<usize>>,
    /// Per word, the distinct parties listing it (end of their first mention, party id).
    pub(super) parties: FastMap<&'m str, Vec<(usize, usize)>>,
    /// The same words, for words spelt one slip away.
    slips: SlipIndex<'m>,
}

impl<'m> AliasWords<'m> {
    /// The words of every listed name of the parties of `groups` (`ids`: each group's
    /// party), less the words written in the mentions (`written`); each party's words
    /// read from `cache`.
    pub(super) fn of(
        (cache, matcher): (&'m AliasWordCache, &Matcher),
        groups: &[Group],
        by_span: &FastMap<(usize, usize), Vec<&Cand>>,
        ids: &[usize],
        written: &FastMap<&str, Vec<usize>>,
    ) -> AliasWords<'m> {
        let mut groups_of: FastMap<&'m str, Vec<usize>> = FastMap::default();
        let mut parties: FastMap<&'m str, Vec<(usize, usize)>> = FastMap::default();
        for (gi, g) in groups.iter().enumerate() {
            // A group's entities are one party or several on the same words; each of
            // their words is entered once for the group (its list's last entry is then
            // this group).
            for c in by_span.get(&(g.first, g.last)).into_iter().flatten() {
                let Some(hit) = &c.hit else {
                    continue;
                };
                for w in cache.words_of(matcher, hit.name_ref.id()) {
                    let w: &'m str = w;
                    if written.contains_key(w) {
                        continue;
                    }
                    let of_word = groups_of.entry(w).or_default();
                    if of_word.last() == Some(&gi) {
                        continue;
                    }
                    of_word.push(gi);
                    let p = parties.entry(w).or_default();
                    if !p.iter().any(|&(_, id)| id == ids[gi]) {
                        p.push((g.last, ids[gi]));
                    }
                }
            }
        }
        let slips = SlipIndex::new(groups_of.keys().copied());
        AliasWords {
            groups: groups_of,
            parties,
            slips,
        }
    }

    /// The listed word `f` is, as spelt or one typing slip away (the rule of the words
    /// written, [`SlipIndex::one_slip_away`]).
    pub(super) fn find(&self, f: &str) -> Option<&'m str> {
        match self.groups.get_key_value(f) {
            Some((&w, _)) => Some(w),
            None => self.slips.one_slip_away(f),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rare_name_words_of_a_listed_name_stand_alone() {
        let w = |text, weight, name_word| ListedWord {
            text,
            weight,
            name_word,
        };
        assert!(is_distinctive_listed_word(&w("golani", 9.2, true)));
        assert!(is_distinctive_listed_word(&w("asg", 9.2, true)));
        // A given name many share is a relative's; a particle or a short word is nobody's.
        assert!(!is_distinctive_listed_word(&w("hussain", 4.3, true)));
        assert!(!is_distinctive_listed_word(&w("bin", 9.0, false)));
        assert!(!is_distinctive_listed_word(&w("ab", 9.0, true)));
    }

    #[test]
    fn a_word_of_another_listed_name_is_found_as_spelt_or_one_slip_away() {
        let words = ["golani", "baghdadi", "asg"];
        let mut aliases = AliasWords {
            groups: FastMap::default(),
            parties: FastMap::default(),
            slips: SlipIndex::new(words),
        };
        for w in words {
            aliases.groups.insert(w, vec![0]);
        }
        assert_eq!(aliases.find("golani"), Some("golani"));
        assert_eq!(aliases.find("asg"), Some("asg"));
        assert_eq!(aliases.find("bagdadi"), Some("baghdadi"));
        // The place is not the name made from it; short words are met only as spelt.
        assert_eq!(aliases.find("baghdad"), None);
        assert_eq!(aliases.find("asf"), None);
        assert_eq!(aliases.find("jawlani"), None);
    }
}
