//! Parties across lists: the records of one party on several lists, grouped, with every
//! listing kept and the rule that linked each pair shown.
//!
//! The UN lists Jaish-i-Mohammed as QDe.019; OFAC lists it as 6935, the UK as 7029 (with
//! "UN Ref QE.J.19.01", the old form of QDe.019). Each listing is its own legal
//! obligation, so screening reports every one; grouping them tells the analyst that the
//! three hits are one party. Links, strongest first:
//!
//! 1. **Cross-references** a list prints: the UK's "UN Ref", the EU's UN id, in the UN's
//!    current or pre-2011 form ([`references::un_record`]).
//! 2. **Strong agreement** ([`agreement`]): the same document or registration number; a
//!    person's same name and full date of birth; an organisation's, vessel's or aircraft's
//!    same name with no country telling them apart.
//! 3. **An analyst's judgement** ([`Judgements`]): `confirm` links two records the rules
//!    did not, `split` undoes a rule's link. Judgements name records by key, so they
//!    survive list updates.
//!
//! Only records of different lists are linked: two records of one list are two listings
//! the publisher chose to keep apart.

pub mod agreement;
pub mod judgements;
pub mod references;

pub use judgements::{Judgement, Judgements};

use crate::LoadedLists;
use nomina_model::{Entity, ListSnapshot};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Why two listings are one party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LinkRule {
    /// One list names the other's record.
    CrossReference,
    /// The same document, registration or IMO number.
    SameIdentifier,
    /// A person's same name and full date of birth.
    SameNameAndBirthDate,
    /// An organisation's, vessel's or aircraft's same name, no country telling them apart.
    SameNameAndCountry,
    /// An analyst confirmed it (`nomina parties confirm`).
    Confirmed,
}

/// One link between two listings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    /// One listing's key.
    pub a: String,
    /// The other's.
    pub b: String,
    /// The rule that linked them.
    pub rule: LinkRule,
    /// What agreed ("UN Ref QE.J.19.01", "name … and date of birth …").
    pub detail: String,
}

/// A party: listings of one party on several lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    /// `party:` and the smallest key of its listings: stable while that listing stays.
    pub id: String,
    /// Its listings' keys, sorted.
    pub listings: Vec<String>,
    /// The links that joined them.
    pub links: Vec<Link>,
}

/// Every party of several listings among the lists in force.
#[derive(Debug, Clone, Default)]
pub struct Parties {
    parties: Vec<Party>,
    by_key: HashMap<String, usize>,
}

impl Parties {
    /// Groups the listings of `lists`, applying `judgements` last.
    pub fn link(lists: &LoadedLists, judgements: &Judgements) -> Parties {
        Parties::link_entities(lists.snapshots().flat_map(|s| &s.entities), judgements)
    }

    /// [`Parties::link`] over list snapshots (what an index is built from).
    pub fn link_snapshots(snapshots: &[ListSnapshot], judgements: &Judgements) -> Parties {
        Parties::link_entities(snapshots.iter().flat_map(|s| &s.entities), judgements)
    }

    /// Groups `entities` (of every list in force), applying `judgements` last.
    pub fn link_entities<'a>(
        entities: impl Iterator<Item = &'a Entity>,
        judgements: &Judgements,
    ) -> Parties {
        let entities: Vec<&Entity> = entities.collect();
        let index: HashMap<&str, usize> = entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.key.as_str(), i))
            .collect();
        let mut links = automatic_links(&entities, &index);
        links.retain(|l| !judgements.split(&l.a, &l.b));
        for j in judgements.confirmed() {
            if index.contains_key(j.a.as_str()) && index.contains_key(j.b.as_str()) {
                links.push(Link {
                    a: j.a.clone(),
                    b: j.b.clone(),
                    rule: LinkRule::Confirmed,
                    detail: j.reason.clone(),
                });
            }
        }
        Parties::from_links(&entities, &index, links)
    }

    /// The party a listing belongs to, when it is linked to any other.
    pub fn of(&self, key: &str) -> Option<&Party> {
        self.by_key.get(key).map(|&i| &self.parties[i])
    }

    /// Every party of several listings.
    pub fn all(&self) -> &[Party] {
        &self.parties
    }

    /// Parties grouped earlier (by [`Parties::link`], saved with a prebuilt index), as
    /// they were. `None` when a listing belongs to two of them, which grouping never does.
    pub fn from_parties(parties: Vec<Party>) -> Option<Parties> {
        let mut by_key = HashMap::new();
        for (i, p) in parties.iter().enumerate() {
            for k in &p.listings {
                if by_key.insert(k.clone(), i).is_some() {
                    return None;
                }
            }
        }
        Some(Parties { parties, by_key })
    }

    fn from_links(entities: &[&Entity], index: &HashMap<&str, usize>, links: Vec<Link>) -> Parties {
        let mut parent: Vec<usize> = (0..entities.len()).collect();
        fn root(p: &mut [usize], mut i: usize) -> usize {
            while p[i] != i {
                p[i] = p[p[i]];
                i = p[i];
            }
            i
        }
        for l in &links {
            let (a, b) = (index[l.a.as_str()], index[l.b.as_str()]);
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            if ra != rb {
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
        let mut groups: HashMap<usize, Vec<String>> = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            let r = root(&mut parent, i);
            groups.entry(r).or_default().push(e.key.clone());
        }
        let mut parties: Vec<Party> = groups
            .into_values()
            .filter(|g| g.len() > 1)
            .map(|mut listings| {
                listings.sort();
                Party {
                    id: format!("party:{}", listings[0]),
                    listings,
                    links: Vec::new(),
                }
            })
            .collect();
        parties.sort_by(|a, b| a.id.cmp(&b.id));
        let mut by_key = HashMap::new();
        for (i, p) in parties.iter().enumerate() {
            for k in &p.listings {
                by_key.insert(k.clone(), i);
            }
        }
        for l in links {
            if let Some(&i) = by_key.get(&l.a) {
                if !parties[i].links.contains(&l) {
                    parties[i].links.push(l);
                }
            }
        }
        Parties { parties, by_key }
    }
}

/// A rule of [`agreement`]: what two records agree on, or `None`.
type AgreementRule<'r> = &'r dyn Fn(&Entity, &Entity) -> Option<String>;

/// The links the rules find, cross-references first, between records of different lists.
fn automatic_links(entities: &[&Entity], index: &HashMap<&str, usize>) -> Vec<Link> {
    let mut links = Vec::new();
    for e in entities {
        for printed in &e.other_references {
            let Some(record) = references::un_record(printed) else {
                continue;
            };
            let target = format!("un:{record}");
            if target != e.key && index.contains_key(target.as_str()) {
                links.push(Link {
                    a: e.key.clone(),
                    b: target,
                    rule: LinkRule::CrossReference,
                    detail: printed.trim().to_string(),
                });
            }
        }
    }
    // Candidate pairs share a strong name or an identifier: compare only those.
    let mut by_block: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        for k in agreement::strong_name_keys(e) {
            by_block.entry(k).or_default().push(i);
        }
        for id in &e.identifiers {
            let v: String = id
                .value
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .collect();
            if v.len() >= 5 {
                by_block
                    .entry(format!("\u{1}{}", v.to_ascii_uppercase()))
                    .or_default()
                    .push(i);
            }
        }
    }
    let names = agreement::SharedNames::of(entities.iter().copied());
    let same_name_and_country =
        |a: &Entity, b: &Entity| agreement::same_name_and_country(a, b, &names);
    let rules: [(LinkRule, AgreementRule); 3] = [
        (LinkRule::SameIdentifier, &agreement::same_identifier),
        (
            LinkRule::SameNameAndBirthDate,
            &agreement::same_name_and_birth_date,
        ),
        (LinkRule::SameNameAndCountry, &same_name_and_country),
    ];
    let mut seen = std::collections::HashSet::new();
    for members in by_block.values() {
        // A name shared by very many records ("MOHAMMED ALI") links nothing on its own and
        // would cost a quadratic comparison.
        if members.len() > 64 {
            continue;
        }
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (a, b) = (entities[i], entities[j]);
                if a.source == b.source || !seen.insert((i.min(j), i.max(j))) {
                    continue;
                }
                if let Some((rule, detail)) =
                    rules.iter().find_map(|(r, f)| f(a, b).map(|d| (*r, d)))
                {
                    links.push(Link {
                        a: a.key.clone(),
                        b: b.key.clone(),
                        rule,
                        detail,
                    });
                }
            }
        }
    }
    links.sort_by(|x, y| (&x.a, &x.b).cmp(&(&y.a, &y.b)));
    links
}
