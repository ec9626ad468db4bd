//! Choosing among candidate mentions: one mention per span and list, the longest listed
//! name over a name inside it, and the document's own evidence between tied parties.

use super::*;

/// Among candidates of one run, keeps the best-scoring non-overlapping spans, with every
/// entity scoring close to the best on the same words.
pub(crate) fn pick_per_span(mut cands: Vec<Cand>, name_word: &dyn Fn(usize) -> bool) -> Vec<Cand> {
    // Candidates that still need the document's support lose overlaps to those that do
    // not: a one-word alias must not hide the full name around it.
    cands.sort_by(|a, b| {
        a.needs_support
            .cmp(&b.needs_support)
            .then(b.raw.total_cmp(&a.raw))
            .then((b.last - b.first).cmp(&(a.last - a.first)))
            .then(a.entity.cmp(&b.entity))
    });
    let fits = |c: &Cand, kept: &[Cand]| {
        kept.iter().all(|k| {
            let overlap = c.first <= k.last && k.first <= c.last;
            let same = c.first == k.first && c.last == k.last;
            !overlap
                || (same
                    && !spelt_otherwise_in_its_list(c, kept)
                    && (c.raw >= k.raw - SAME_SPAN_MARGIN
                        || same_party(&c.primary, &k.primary)
                        || first_of_its_list(c, kept)))
        })
    };
    let mut kept: Vec<Cand> = Vec::new();
    let mut rejected: Vec<Cand> = Vec::new();
    for c in cands {
        if fits(&c, &kept) {
            kept.push(c);
        } else {
            rejected.push(c);
        }
    }
    // A longer name that contains a kept one and explains further name words nothing
    // else explains is the better reading: "Al-Qaeda in the Arabian Peninsula" is not
    // "Al-Qaeda" followed by words.
    rejected.sort_by(|a, b| {
        (b.last - b.first)
            .cmp(&(a.last - a.first))
            .then(b.raw.total_cmp(&a.raw))
    });
    for c in rejected {
        if c.raw < CONTAINING_MIN_SCORE {
            continue;
        }
        let inside = |k: &Cand| {
            c.first <= k.first && k.last <= c.last && (k.first, k.last) != (c.first, c.last)
        };
        let overlapping: Vec<&Cand> = kept
            .iter()
            .filter(|k| c.first <= k.last && k.first <= c.last)
            .collect();
        if overlapping.is_empty() || !overlapping.iter().all(|k| inside(k)) {
            if fits(&c, &kept) {
                kept.push(c);
            }
            continue;
        }
        let explains_more = (c.first..=c.last)
            .filter(|&i| !overlapping.iter().any(|k| k.first <= i && i <= k.last))
            .any(name_word);
        if explains_more {
            kept.retain(|k| !inside(k));
            kept.push(c);
        }
    }
    kept
}

/// The list a listed entity's key belongs to: `un` for `un:QDe.004`.
pub(super) fn list_of(entity: &str) -> &str {
    entity.split_once(':').map_or(entity, |(list, _)| list)
}

/// True when `c` matches strongly ([`STRONG_SCORE`]) and no candidate kept on exactly
/// `c`'s words comes from `c`'s list: every listing is a separate legal obligation, so each
/// list's strong entity for a span is reported, not only the best of all lists
/// ("Al-Qaida" is un:QDe.004 and ofac:6366). A weaker one is not: another list's best
/// entity for a span is often another party (a son, the vessel's shipping company).
pub(super) fn first_of_its_list(c: &Cand, kept: &[Cand]) -> bool {
    c.raw >= STRONG_SCORE
        && !kept.iter().any(|k| {
            (k.first, k.last) == (c.first, c.last) && list_of(&k.entity) == list_of(&c.entity)
        })
}

/// True when `c` is an organisation met less than exactly and a kept organisation of
/// `c`'s list is named exactly ([`EXACT_SCORE`]) on the same words: two companies of one
/// list whose names differ by a legal form (`X` and `X ZAO`, `X` and `X PTE LTD`) are a
/// parent and its subsidiary, and the text names the one whose listed name it spells.
pub(super) fn spelt_otherwise_in_its_list(c: &Cand, kept: &[Cand]) -> bool {
    c.entity_type == EntityType::Organization
        && c.raw < EXACT_SCORE
        && kept.iter().any(|k| {
            (k.first, k.last) == (c.first, c.last)
                && k.entity_type == EntityType::Organization
                && k.raw >= EXACT_SCORE
                && list_of(&k.entity) == list_of(&c.entity)
        })
}

/// Two listed entries whose primary names are the same words (variant spellings and
/// order aside) are one party listed twice, by the UN and by OFAC: JAISH-I-MOHAMMED, and
/// MOHAMMED MASOOD AZHAR ALVI / ALVI, Mohammad Masood Azhar.
pub(super) fn same_party(a: &str, b: &str) -> bool {
    let (ka, kb) = (party_key(a), party_key(b));
    !ka.is_empty() && ka == kb
}

/// The sorted variant families of a primary name's words.
pub(super) fn party_key(name: &str) -> std::rc::Rc<[String]> {
    PARTY_KEYS.with(|c| {
        if let Some(k) = c.borrow().get(name) {
            return k.clone();
        }
        let t = nomina_text::Tables::get();
        let mut v: Vec<String> = nomina_text::tokens(name, t)
            .into_iter()
            .map(|x| t.family(&x.text).to_string())
            .collect();
        v.sort();
        let k: std::rc::Rc<[String]> = v.into();
        let mut m = c.borrow_mut();
        if m.len() > 100_000 {
            m.clear();
        }
        m.insert(name.into(), k.clone());
        k
    })
}

/// Vessels need a ship cue somewhere for the same entity; listed acronyms and one-word
/// names of people need the party named otherwise in the document; a person's name of
/// common words needs the document to speak of listed parties (`speaks_of_listing`, read
/// only if such a name is met) or to name one on its own evidence; among entities tied on
/// the same words, those the document names elsewhere win.
pub(crate) fn apply_document_evidence(cands: &mut Vec<Cand>, speaks_of_listing: &dyn Fn() -> bool) {
    // A listed party named on its own evidence, or words of sanctions and terrorism, give
    // the document its context; a name of common words it allows then names its party
    // like any other.
    let context = !cands.iter().any(|c| c.needs_context)
        || cands
            .iter()
            .any(|c| !c.needs_support && !c.needs_vessel_cue && !c.needs_context)
        || speaks_of_listing();
    let named: BTreeSet<std::sync::Arc<str>> = cands
        .iter()
        .filter(|c| !c.needs_support && !c.needs_vessel_cue && (context || !c.needs_context))
        .map(|c| c.entity.clone())
        .collect();
    cands.retain(|c| {
        let own = named.contains(&c.entity);
        (own || !(c.needs_support || c.needs_vessel_cue)) && (context || !c.needs_context)
    });
    // Among entities tied on some words, the document prefers those it names on other
    // words without all of their rivals: "Hafiz Muhammad Saeed" says which Hafiz Saeed.
    let mut by_span: FastMap<(usize, usize), Vec<usize>> = FastMap::default();
    let mut by_entity: FastMap<&str, Vec<(usize, usize)>> = FastMap::default();
    for (i, c) in cands.iter().enumerate() {
        by_span.entry((c.first, c.last)).or_default().push(i);
        by_entity
            .entry(c.entity.as_ref())
            .or_default()
            .push((c.first, c.last));
    }
    let mut drop: Vec<bool> = vec![false; cands.len()];
    let mut decided: FastMap<BTreeSet<&str>, BTreeSet<&str>> = FastMap::default();
    for members in by_span.values() {
        if members.len() < 2 {
            continue;
        }
        let top = members
            .iter()
            .map(|&i| cands[i].raw)
            .fold(f64::MIN, f64::max);
        let tied: BTreeSet<&str> = members
            .iter()
            .filter(|&&i| cands[i].raw >= top - TIE_MARGIN)
            .map(|&i| cands[i].entity.as_ref())
            .collect();
        if tied.len() < 2 {
            continue;
        }
        // The same tie recurs wherever the same words recur: decide it once.
        let preferred = decided.entry(tied.clone()).or_insert_with(|| {
            let mut seen: BTreeSet<(usize, usize)> = BTreeSet::new();
            let mut preferred: BTreeSet<&str> = BTreeSet::new();
            for e in &tied {
                for s in by_entity.get(e).into_iter().flatten() {
                    if !seen.insert(*s) {
                        continue;
                    }
                    let there: BTreeSet<&str> = by_span[s]
                        .iter()
                        .map(|&i| cands[i].entity.as_ref())
                        .filter(|x| tied.contains(x))
                        .collect();
                    if there.len() < tied.len() {
                        preferred.extend(there);
                    }
                }
            }
            preferred
        });
        if preferred.is_empty() {
            continue;
        }
        for &i in members {
            if !preferred.contains(cands[i].entity.as_ref()) {
                drop[i] = true;
            }
        }
    }
    let mut k = drop.into_iter();
    cands.retain(|_| !k.next().unwrap_or(false));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A candidate for words `0..=last` named by its key, with its raw score.
    fn named(entity: &str, raw: f64, entity_type: EntityType, last: usize) -> Cand {
        Cand {
            first: 0,
            last,
            entity: entity.into(),
            primary: entity.into(),
            entity_type,
            score: raw,
            raw,
            how: How::Name,
            hit: None,
            note: None,
            needs_support: false,
            needs_context: false,
            needs_vessel_cue: false,
        }
    }

    #[test]
    fn a_name_of_common_words_needs_a_document_that_speaks_of_listed_parties() {
        let common = |entity: &str, at: usize| Cand {
            first: at,
            last: at + 1,
            needs_context: true,
            ..named(entity, 0.97, EntityType::Person, 0)
        };
        let keys = |cands: &[Cand]| -> Vec<String> {
            cands.iter().map(|c| c.entity.to_string()).collect()
        };
        // Alone, in a document without a word of sanctions or terrorism: dropped.
        let mut cands = vec![common("ofac:1", 0)];
        apply_document_evidence(&mut cands, &|| false);
        assert!(cands.is_empty());
        // The same document speaking of designations keeps it.
        let mut cands = vec![common("ofac:1", 0)];
        apply_document_evidence(&mut cands, &|| true);
        assert_eq!(keys(&cands), ["ofac:1"]);
        // So does another party named on its own evidence, without reading the words; the
        // name then supports its party's one-word alias.
        let alias = Cand {
            first: 9,
            last: 9,
            needs_support: true,
            ..named("ofac:1", 0.95, EntityType::Person, 9)
        };
        let mut cands = vec![
            common("ofac:1", 0),
            named("un:2", 1.0, EntityType::Organization, 5),
            alias,
        ];
        apply_document_evidence(&mut cands, &|| panic!("not read: a party is named"));
        assert_eq!(keys(&cands), ["ofac:1", "un:2", "ofac:1"]);
        // Two names of common words do not give each other context.
        let mut cands = vec![common("ofac:1", 0), common("ofac:3", 4)];
        apply_document_evidence(&mut cands, &|| false);
        assert!(cands.is_empty());
    }

    #[test]
    fn each_list_keeps_its_best_entity_for_a_span() {
        let cand = |entity: &str, raw: f64| named(entity, raw, EntityType::Organization, 1);
        let kept = pick_per_span(
            vec![
                cand("ofac:1", 1.0),
                cand("un:2", 0.92),
                cand("ofac:3", 0.92),
                cand("uk:4", 0.85),
            ],
            &|_| true,
        );
        let keys: Vec<&str> = kept.iter().map(|c| c.entity.as_ref()).collect();
        assert_eq!(keys, ["ofac:1", "un:2"]);
        assert_eq!(list_of("un:QDe.004"), "un");
    }

    #[test]
    fn an_organisation_spelt_exactly_wins_over_its_list_neighbour() {
        let cand =
            |entity: &str, raw: f64, entity_type: EntityType| named(entity, raw, entity_type, 2);
        let org = EntityType::Organization;
        let kept = pick_per_span(
            vec![
                cand("ofac:1", 1.0, org),
                cand("ofac:2", 0.97, org),
                cand("un:3", 0.97, org),
            ],
            &|_| true,
        );
        let keys: Vec<&str> = kept.iter().map(|c| c.entity.as_ref()).collect();
        assert_eq!(keys, ["ofac:1", "un:3"]);
        // Not met exactly: both are reported, as before.
        let kept = pick_per_span(
            vec![cand("ofac:1", 0.99, org), cand("ofac:2", 0.97, org)],
            &|_| true,
        );
        assert_eq!(kept.len(), 2);
        // People of the same name are not told apart by this.
        let person = EntityType::Person;
        let kept = pick_per_span(
            vec![cand("ofac:1", 1.0, person), cand("ofac:2", 0.97, person)],
            &|_| true,
        );
        assert_eq!(kept.len(), 2);
    }

    #[test]
    fn same_party_ignores_order_and_variants() {
        assert!(same_party(
            "MOHAMMED MASOOD AZHAR ALVI",
            "ALVI, Mohammad Masood Azhar"
        ));
        assert!(same_party("JAISH-I-MOHAMMED", "JAISH-I-MOHAMMED"));
        assert!(!same_party(
            "AL RASHID TRUST",
            "AL-AKHTAR TRUST INTERNATIONAL"
        ));
        assert!(!same_party("", ""));
    }
}
