//! The listed names of an entity, word by word: what a caller needs to ask whether a word
//! belongs to some name of a party (a text that names a party in full and later calls it
//! by a word of one of its aliases).

use crate::index::Matcher;
use nomina_model::NameKind;
use nomina_text::TokenClass;

/// One word of a listed name, as the index holds it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ListedWord<'m> {
    /// The word's number in the index's vocabulary: a caller keeping many words keeps
    /// these and reads the spelling back with [`Matcher::token_text`].
    pub token: u32,
    /// The folded spelling (as produced by `nomina_text::fold`).
    pub text: &'m str,
    /// Rarity weight, as the scorer credits it (inverse document frequency over entities
    /// times the class factor).
    pub weight: f32,
    /// A name word: not a particle, legal form or stop word.
    pub name_word: bool,
}

/// One listed name of an entity, word by word.
#[derive(Debug, Clone, PartialEq)]
pub struct ListedName<'m> {
    /// The name's number in its index, as [`NameRef::id`](crate::spans::NameRef::id) gives it.
    pub id: u32,
    /// Primary name, alias, weak alias…
    pub kind: NameKind,
    /// An acronym or code ("ASG", "HQN"): met only by its exact spelling.
    pub acronym: bool,
    /// Its words in order.
    pub words: Vec<ListedWord<'m>>,
}

impl Matcher {
    /// The number of the entity the listed name numbered `name_id` belongs to, from 0 to
    /// [`Matcher::entity_count`]: a key for callers that keep something per entity (what
    /// they derived from [`Matcher::entity_listed_names`]). `None` for a number this index
    /// does not have.
    pub fn entity_number(&self, name_id: u32) -> Option<u32> {
        self.names.get(name_id as usize).map(|n| n.entity)
    }

    /// How many entities this index holds (one past the largest [`Matcher::entity_number`]).
    pub fn entity_count(&self) -> usize {
        self.entities.len()
    }

    /// The folded spelling of the vocabulary word numbered `token` ([`ListedWord::token`]);
    /// `None` for a number this index does not have.
    pub fn token_text(&self, token: u32) -> Option<&str> {
        self.vocab.get(token as usize).map(|t| &*t.text)
    }

    /// Every listed name of the entity that the listed name numbered `name_id`
    /// ([`NameRef::id`](crate::spans::NameRef::id), as a [`crate::spans::SpanHit`] gives it) belongs to, that name
    /// included, word by word; empty for a number this index does not have.
    ///
    /// An entity's names are stored next to each other, so this reads only them.
    ///
    /// ```no_run
    /// # fn lists() -> Vec<nomina_model::ListSnapshot> { Vec::new() }
    /// # let matcher = nomina_match::Matcher::build(&lists());
    /// // Does any listed name of the party of name 42 hold the word "golani"?
    /// let has = matcher
    ///     .entity_listed_names(42)
    ///     .iter()
    ///     .any(|n| n.words.iter().any(|w| w.name_word && w.text == "golani"));
    /// # let _ = has;
    /// ```
    pub fn entity_listed_names(&self, name_id: u32) -> Vec<ListedName<'_>> {
        let Some(n) = self.names.get(name_id as usize) else {
            return Vec::new();
        };
        let entity = n.entity;
        let start = self.names.partition_point(|x| x.entity < entity);
        let end = self.names.partition_point(|x| x.entity <= entity);
        (start..end)
            .map(|i| {
                let ix = &self.names[i];
                ListedName {
                    id: i as u32,
                    kind: ix.kind,
                    acronym: ix.acronym,
                    words: ix
                        .tokens
                        .iter()
                        .map(|&t| {
                            let tok = &self.vocab[t as usize];
                            ListedWord {
                                token: t,
                                text: &tok.text,
                                weight: tok.weight,
                                name_word: tok.class == TokenClass::Name,
                            }
                        })
                        .collect(),
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use nomina_model::{Entity, EntityType, ListSnapshot, Name, NameKind, Source};

    fn entity(id: &str, t: EntityType, names: &[(&str, NameKind)]) -> Entity {
        let mut e = Entity::new(Source::Un, id, t, Name::new(names[0].0, names[0].1));
        for (n, k) in &names[1..] {
            e.push_name(Name::new(n, *k));
        }
        e
    }

    fn matcher() -> crate::Matcher {
        use EntityType::*;
        use NameKind::*;
        let entities = vec![
            entity(
                "QDe.001",
                Organization,
                &[("Abu Sayyaf Group", Primary), ("ASG", Alias)],
            ),
            entity(
                "QDi.317",
                Person,
                &[
                    ("Abu Muhammad al-Jawlani", Primary),
                    ("Mohammed al-Golani", Alias),
                ],
            ),
            entity("QDi.900", Person, &[("Muhammad Khan", Primary)]),
        ];
        crate::Matcher::build(&[ListSnapshot::hand_made(Source::Un, entities)])
    }

    #[test]
    fn every_listed_name_of_the_entity_is_given_word_by_word() {
        let m = matcher();
        // Name 2 is the first of the second entity: its two names, and no other party's.
        let names = m.entity_listed_names(2);
        assert_eq!(names.len(), 2);
        assert_eq!(names[0].id, 2);
        assert_eq!(m.entity_listed_names(3), names);
        let words: Vec<&str> = names[1].words.iter().map(|w| w.text).collect();
        assert!(words.contains(&"golani"), "{words:?}");
        let golani = names[1].words.iter().find(|w| w.text == "golani").unwrap();
        assert!(golani.name_word);
        // Rarer than the given name the third party shares.
        let mohammed = names[1]
            .words
            .iter()
            .find(|w| w.text == "mohammed")
            .unwrap();
        assert!(golani.weight > mohammed.weight);
    }

    #[test]
    fn particles_are_not_name_words_and_acronyms_are_marked() {
        let m = matcher();
        let group = m.entity_listed_names(0);
        assert_eq!(group.len(), 2);
        assert!(group[1].acronym && !group[0].acronym);
        assert_eq!(group[1].words[0].text, "asg");
        let jawlani = &m.entity_listed_names(2)[0];
        let al = jawlani.words.iter().find(|w| w.text == "al").unwrap();
        assert!(!al.name_word);
        assert!(jawlani
            .words
            .iter()
            .any(|w| w.text == "jawlani" && w.name_word));
        assert!(m.entity_listed_names(99).is_empty());
    }

    #[test]
    fn names_of_one_entity_share_its_number() {
        let m = matcher();
        // Names 2 and 3 are the second entity's; name 0 is the first's.
        assert_eq!(m.entity_number(2), m.entity_number(3));
        assert_ne!(m.entity_number(0), m.entity_number(2));
        let all = m.names.len() as u32;
        assert!((0..all).all(|id| (m.entity_number(id).unwrap() as usize) < m.entity_count()));
        assert_eq!(m.entity_number(all), None);
    }

    #[test]
    fn a_listed_word_is_read_back_from_its_number() {
        let m = matcher();
        for w in m.entity_listed_names(2).iter().flat_map(|n| n.words.iter()) {
            assert_eq!(m.token_text(w.token), Some(w.text));
        }
        assert_eq!(m.token_text(u32::MAX), None);
    }
}
