//! The words of a mentioned party's other listed names: a lone word among them may refer
//! to the party a text named in full ("al-Golani" after "Abu Muhammad al-Jawlani").
//!
//! Which words may stand alone is a rule of the listed words alone
//! ([`is_distinctive_listed_word`]), so each party's words are gathered once per scanner
//! ([`AliasWordCache`]) and every document naming the party reads them from there. A news
//! article naming a party with dozens of aliases (JAISH-I-MOHAMMED has 30) used to gather
//! and sort them again, which took about 40 % of its scan.

use super::references::Group;
use super::slips::{one_slip_among, SlipIndex, LOOKUPS_BEFORE_INDEX};
use crate::thresholds::MIN_ALIAS_REFERENCE_WEIGHT;
use crate::{Cand, FastMap};
use nomina_match::{ListedWord, Matcher};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::sync::OnceLock;

/// Per entity of one index, the distinctive words of its listed names
/// ([`is_distinctive_listed_word`]), gathered when a document first names the entity.
/// Shared by the threads scanning with one scanner. Words are kept as their numbers in the
/// matcher's vocabulary (four bytes each), sorted by spelling.
pub(crate) struct AliasWordCache {
    /// Indexed by [`Matcher::entity_number`].
    per_entity: Vec<OnceLock<Box<[u32]>>>,
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
    /// `name_id` (none for a number `matcher` does not have), in order of spelling.
    pub(crate) fn words_of<'m>(&self, matcher: &'m Matcher, name_id: u32) -> PartyWords<'m, '_> {
        let tokens = matcher
            .entity_number(name_id)
            .and_then(|e| self.per_entity.get(e as usize))
            .map_or(&[][..], |slot| {
                slot.get_or_init(|| distinctive_listed_words(matcher, name_id))
            });
        PartyWords { matcher, tokens }
    }
}

/// One party's alias words, in order of spelling.
#[derive(Clone, Copy)]
pub(crate) struct PartyWords<'m, 'c> {
    matcher: &'m Matcher,
    tokens: &'c [u32],
}

impl<'m> PartyWords<'m, '_> {
    /// The words, in order of spelling.
    fn iter(&self) -> impl Iterator<Item = &'m str> + '_ {
        self.tokens.iter().map(|&t| self.text(t))
    }

    /// Whether the words hold `w`.
    fn holds(&self, w: &str) -> bool {
        self.tokens
            .binary_search_by(|&t| self.text(t).cmp(w))
            .is_ok()
    }

    /// The spelling of vocabulary word `t` (of this party's matcher).
    fn text(&self, t: u32) -> &'m str {
        self.matcher.token_text(t).unwrap_or_default()
    }
}

/// The distinctive words of every listed name of the party of the listed name `name_id`:
/// name words (no particles, legal forms, stop words) rare enough to stand alone, as
/// vocabulary numbers in order of spelling, each once.
fn distinctive_listed_words(matcher: &Matcher, name_id: u32) -> Box<[u32]> {
    let mut v: Vec<(&str, u32)> = matcher
        .entity_listed_names(name_id)
        .iter()
        .flat_map(|n| n.words.iter())
        .filter(|w| is_distinctive_listed_word(w))
        .map(|w| (w.text, w.token))
        .collect();
    v.sort_unstable();
    v.dedup_by(|a, b| a.0 == b.0);
    v.into_iter().map(|(_, t)| t).collect()
}

/// A word of another listed name that may stand alone for its party: a name word, of
/// three letters or more, rare enough ([`MIN_ALIAS_REFERENCE_WEIGHT`]).
fn is_distinctive_listed_word(w: &ListedWord) -> bool {
    w.name_word && w.text.len() >= 3 && w.weight >= MIN_ALIAS_REFERENCE_WEIGHT
}

/// The distinctive words of the listed names of the parties mentioned in full that the
/// text did not write in those mentions: a lone word among them refers to its party like
/// a word written in the mention does.
///
/// A news article asks about a handful of words, among a few hundred: the first
/// [`LOOKUPS_BEFORE_INDEX`] look-ups read the parties' sorted word lists directly, and
/// only a document asking more, or naming parties with more than
/// [`MAX_WORDS_READ_DIRECTLY`] words (a pasted list of names), has the words indexed.
pub(super) struct AliasWords<'m, 'r> {
    /// Per mention in full (group) in text order and per entity met there: the group's
    /// number, the end of its span, its party's number and the entity's alias words
    /// (sorted).
    lists: Vec<AliasList<'m>>,
    /// The words written in the mentions, which are no alias words.
    written: &'r FastMap<&'r str, Vec<usize>>,
    /// How many words the lists hold in all.
    total: usize,
    /// Look-ups made so far.
    lookups: Cell<u32>,
    /// The words indexed, after [`LOOKUPS_BEFORE_INDEX`] look-ups.
    index: OnceCell<AliasIndex<'m>>,
}

/// Most alias words in all for look-ups that read the lists directly: a pasted list of
/// names mentions thousands of parties, and its words are indexed from the first look-up.
const MAX_WORDS_READ_DIRECTLY: usize = 2_000;

/// One entity's alias words, where a group of the text names it.
struct AliasList<'m> {
    group: usize,
    group_last: usize,
    party: usize,
    words: PartyWords<'m, 'm>,
}

/// The alias words by word.
struct AliasIndex<'m> {
    /// Per word, the groups (mentions in full, in text order) whose parties list it.
    groups: FastMap<&'m str, Vec<usize>>,
    /// Per word, the distinct parties listing it (end of their first mention, party id).
    parties: FastMap<&'m str, Vec<(usize, usize)>>,
    /// The same words, for words spelt one slip away.
    slips: SlipIndex<'m>,
}

/// What a lone word of the text is as an alias word: the groups whose parties list the
/// word it stands for (in text order), and those parties (end of their first mention,
/// party id), each once.
pub(super) struct AliasFound<'a> {
    pub(super) groups: Cow<'a, [usize]>,
    pub(super) parties: Cow<'a, [(usize, usize)]>,
}

impl<'m, 'r> AliasWords<'m, 'r> {
    /// The words of every listed name of the parties of `groups` (`ids`: each group's
    /// party), less the words written in the mentions (`written`); each party's words
    /// read from `cache`.
    pub(super) fn of(
        (cache, matcher): (&'m AliasWordCache, &'m Matcher),
        groups: &[Group],
        by_span: &FastMap<(usize, usize), Vec<&Cand>>,
        ids: &[usize],
        written: &'r FastMap<&'r str, Vec<usize>>,
    ) -> AliasWords<'m, 'r> {
        let mut lists = Vec::new();
        for (gi, g) in groups.iter().enumerate() {
            for c in by_span.get(&(g.first, g.last)).into_iter().flatten() {
                let Some(hit) = &c.hit else {
                    continue;
                };
                lists.push(AliasList {
                    group: gi,
                    group_last: g.last,
                    party: ids[gi],
                    words: cache.words_of(matcher, hit.name_ref.id()),
                });
            }
        }
        AliasWords {
            total: lists.iter().map(|l| l.words.tokens.len()).sum(),
            lists,
            written,
            lookups: Cell::new(0),
            index: OnceCell::new(),
        }
    }

    /// The listed word `f` is, as spelt or one typing slip away (the rule of the words
    /// written, [`SlipIndex::one_slip_away`]), with its groups and parties.
    pub(super) fn find(&self, f: &str) -> Option<AliasFound<'_>> {
        let asked = self.lookups.get();
        self.lookups.set(asked.saturating_add(1));
        if self.index.get().is_none()
            && asked < LOOKUPS_BEFORE_INDEX
            && self.total <= MAX_WORDS_READ_DIRECTLY
        {
            let w = if self.lists_hold(f) {
                f
            } else {
                let all = self.lists.iter().flat_map(|l| l.words.iter());
                one_slip_among(f, all, |w| !self.written.contains_key(w))?
            };
            return Some(self.found_directly(w));
        }
        let index = self.index.get_or_init(|| self.indexed());
        let w = match index.groups.get_key_value(f) {
            Some((&w, _)) => w,
            None => index.slips.one_slip_away(f)?,
        };
        Some(AliasFound {
            groups: Cow::Borrowed(index.groups.get(w)?),
            parties: Cow::Borrowed(index.parties.get(w)?),
        })
    }

    /// Whether `w` is an alias word.
    fn lists_hold(&self, w: &str) -> bool {
        !self.written.contains_key(w) && self.lists.iter().any(|l| l.words.holds(w))
    }

    /// The groups and parties of the alias word `w`, read from the lists.
    fn found_directly(&self, w: &str) -> AliasFound<'static> {
        let mut groups: Vec<usize> = Vec::new();
        let mut parties: Vec<(usize, usize)> = Vec::new();
        for l in self.lists.iter().filter(|l| l.words.holds(w)) {
            if groups.last() != Some(&l.group) {
                groups.push(l.group);
            }
            if !parties.iter().any(|&(_, id)| id == l.party) {
                parties.push((l.group_last, l.party));
            }
        }
        AliasFound {
            groups: Cow::Owned(groups),
            parties: Cow::Owned(parties),
        }
    }

    /// The alias words by word, with the same groups and parties as
    /// [`AliasWords::found_directly`].
    fn indexed(&self) -> AliasIndex<'m> {
        let mut groups: FastMap<&'m str, Vec<usize>> = FastMap::default();
        let mut parties: FastMap<&'m str, Vec<(usize, usize)>> = FastMap::default();
        for l in &self.lists {
            for w in l.words.iter() {
                if self.written.contains_key(w) {
                    continue;
                }
                let of_word = groups.entry(w).or_default();
                if of_word.last() != Some(&l.group) {
                    of_word.push(l.group);
                }
                let p = parties.entry(w).or_default();
                if !p.iter().any(|&(_, id)| id == l.party) {
                    p.push((l.group_last, l.party));
                }
            }
        }
        let slips = SlipIndex::new(groups.keys().copied());
        AliasIndex {
            groups,
            parties,
            slips,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_rare_name_words_of_a_listed_name_stand_alone() {
        let w = |text, weight, name_word| ListedWord {
            token: 0,
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

    /// A matcher listing the words the tests need.
    fn matcher() -> Matcher {
        use nomina_model::{Entity, EntityType, ListSnapshot, Name, NameKind, Source};
        let entity = |id: &str, t, name: &str| {
            Entity::new(Source::Un, id, t, Name::new(name, NameKind::Primary))
        };
        let entities = vec![
            entity(
                "QDi.1",
                EntityType::Person,
                "Mohammed Golani Baghdadi Written",
            ),
            entity("QDe.2", EntityType::Organization, "ASG Baghdadi"),
        ];
        Matcher::build(&[ListSnapshot::hand_made(Source::Un, entities)])
    }

    /// Alias words of two parties in two groups: ("golani", "baghdadi") for party 0 named
    /// at words 0..=1, ("asg", "baghdadi") for party 1 at 4..=5; "written" in the text.
    /// As vocabulary numbers in order of spelling.
    fn lists(m: &Matcher) -> [Box<[u32]>; 2] {
        let listed: Vec<(String, u32)> = (0..2)
            .flat_map(|id| m.entity_listed_names(id))
            .flat_map(|n| n.words.into_iter().map(|w| (w.text.to_string(), w.token)))
            .collect();
        let sorted = |words: &[&str]| {
            let mut v: Vec<&(String, u32)> = listed
                .iter()
                .filter(|(t, _)| words.contains(&t.as_str()))
                .collect();
            v.sort();
            v.dedup_by(|a, b| a.0 == b.0);
            assert_eq!(v.len(), words.len(), "{listed:?}");
            v.into_iter().map(|x| x.1).collect::<Box<[u32]>>()
        };
        [
            sorted(&["baghdadi", "golani", "written"]),
            sorted(&["asg", "baghdadi"]),
        ]
    }

    fn aliases<'m, 'r>(
        m: &'m Matcher,
        lists: &'m [Box<[u32]>; 2],
        written: &'r FastMap<&'r str, Vec<usize>>,
    ) -> AliasWords<'m, 'r> {
        let words = |tokens: &'m [u32]| PartyWords { matcher: m, tokens };
        AliasWords {
            total: 5,
            lists: vec![
                AliasList {
                    group: 0,
                    group_last: 1,
                    party: 0,
                    words: words(&lists[0]),
                },
                AliasList {
                    group: 1,
                    group_last: 5,
                    party: 1,
                    words: words(&lists[1]),
                },
            ],
            written,
            lookups: Cell::new(0),
            index: OnceCell::new(),
        }
    }

    /// Groups and parties of a word found, as owned lists.
    type Found = (Vec<usize>, Vec<(usize, usize)>);

    /// What `find` gives, as owned lists.
    fn found(a: &AliasWords, f: &str) -> Option<Found> {
        a.find(f)
            .map(|x| (x.groups.into_owned(), x.parties.into_owned()))
    }

    #[test]
    fn a_word_of_another_listed_name_is_found_as_spelt_or_one_slip_away() {
        let m = matcher();
        let lists = lists(&m);
        let written: FastMap<&str, Vec<usize>> = [("written", vec![0])].into_iter().collect();
        let a = aliases(&m, &lists, &written);
        assert_eq!(found(&a, "golani"), Some((vec![0], vec![(1, 0)])));
        assert_eq!(found(&a, "asg"), Some((vec![1], vec![(5, 1)])));
        // Listed for both parties: both groups, both parties.
        assert_eq!(
            found(&a, "bagdadi"),
            Some((vec![0, 1], vec![(1, 0), (5, 1)]))
        );
        // The place is not the name made from it; short words are met only as spelt; a
        // word the text wrote in a mention is none.
        assert_eq!(found(&a, "baghdad"), None);
        assert_eq!(found(&a, "asf"), None);
        assert_eq!(found(&a, "jawlani"), None);
        assert_eq!(found(&a, "written"), None);
    }

    #[test]
    fn a_party_s_words_are_gathered_once_in_order_of_spelling() {
        let m = matcher();
        let cache = AliasWordCache::new(&m);
        // The same words as gathering them again, from the same place the second time.
        let first = cache.words_of(&m, 0);
        assert_eq!(*first.tokens, *distinctive_listed_words(&m, 0));
        assert!(std::ptr::eq(first.tokens, cache.words_of(&m, 0).tokens));
        // In order of spelling, each found by its spelling.
        let words = PartyWords {
            matcher: &m,
            tokens: &lists(&m)[0],
        };
        let spelt: Vec<&str> = words.iter().collect();
        assert_eq!(spelt, ["baghdadi", "golani", "written"]);
        assert!(spelt.iter().all(|w| words.holds(w)));
        assert!(!words.holds("asg") && !words.holds("zzz"));
        assert_eq!(cache.words_of(&m, 99).iter().count(), 0);
    }

    #[test]
    fn the_index_finds_what_the_lists_read_directly_find() {
        let m = matcher();
        let lists = lists(&m);
        let written: FastMap<&str, Vec<usize>> = [("written", vec![0])].into_iter().collect();
        let a = aliases(&m, &lists, &written);
        let asked = [
            "golani", "asg", "bagdadi", "baghdadi", "baghdad", "written", "golanni",
        ];
        let direct: Vec<_> = asked.iter().map(|f| found(&a, f)).collect();
        // Enough look-ups to have the words indexed, then the same questions again.
        while a.index.get().is_none() {
            found(&a, "golani");
        }
        let indexed: Vec<_> = asked.iter().map(|f| found(&a, f)).collect();
        assert_eq!(direct, indexed);
        assert!(direct.iter().filter(|d| d.is_some()).count() >= 4);
    }
}
