//! Properties of screening that hold for any query, checked on generated queries against a
//! tiny hand-made index: no panics, scores in [0, 1], hits sorted and deterministic, an
//! exact listed name always alerts, and case or punctuation never change a score.
//!
//! The real-list tests (`matching.rs`) measure quality; these guard the contract a caller
//! codes against, on inputs nobody wrote by hand.

use nomina_match::{Hit, Matcher, Query, QueryError, DEFAULT_THRESHOLD};
use nomina_model::{
    BirthDate, Country, Entity, EntityType, FuzzyDate, IdKind, Identifier, ListSnapshot, Name,
    NameKind, Source,
};
use nomina_text::{tokens, Tables};
use proptest::prelude::*;
use std::sync::OnceLock;

fn entity(source: &Source, id: &str, t: EntityType, names: &[(&str, NameKind)]) -> Entity {
    let mut e = Entity::new(source.clone(), id, t, Name::new(names[0].0, names[0].1));
    for (n, k) in &names[1..] {
        e.push_name(Name::new(n, *k));
    }
    e
}

fn identifier(kind: IdKind, value: &str) -> Identifier {
    Identifier {
        kind,
        label: format!("{kind:?}"),
        value: value.to_string(),
        country: None,
        issued: None,
        expires: None,
        note: None,
    }
}

fn snapshot(source: Source, entities: Vec<Entity>) -> ListSnapshot {
    ListSnapshot::hand_made(source, entities)
}

/// Parties of every type on four sources, with the kinds of names screening treats
/// differently: aliases, weak aliases, former names, original scripts, particles, legal
/// forms and names that share words (two Mohammeds, two tradings).
fn lists() -> Vec<ListSnapshot> {
    use EntityType::*;
    use NameKind::*;
    let mut azhar = entity(
        &Source::Un,
        "QDi.422",
        Person,
        &[
            ("Mohammed Masood Azhar Alvi", Primary),
            ("Masood Azhar", Alias),
            ("Wali Adam Isa", WeakAlias),
            ("محمد مسعود اظہر", OriginalScript),
        ],
    );
    azhar.birth_dates.push(BirthDate::single(
        FuzzyDate::ymd(1968, 7, 10).unwrap(),
        "10 Jul. 1968",
    ));
    azhar.nationalities.push(Country::from_raw("Pakistan"));
    azhar
        .identifiers
        .push(identifier(IdKind::Passport, "AA 0123456"));
    let jem = entity(
        &Source::Un,
        "QDe.019",
        Organization,
        &[("Jaish-i-Mohammed", Primary), ("Army of Mohammed", Alias)],
    );
    let arabi = entity(
        &Source::Ofac,
        "1001",
        Organization,
        &[
            ("AL-ARABI TRADING CO., LTD.", Primary),
            ("Arabi Trading Limited Liability Company", Alias),
        ],
    );
    let mut kim = entity(
        &Source::Ofac,
        "1002",
        Person,
        &[("KIM, Jong Un", Primary), ("金正恩", OriginalScript)],
    );
    kim.birth_dates.push(BirthDate::range(
        FuzzyDate::year(1982),
        FuzzyDate::year(1984),
        "1982 to 1984",
    ));
    let plane = entity(&Source::Ofac, "1003", Aircraft, &[("EP-ABC", Primary)]);
    let serbin = entity(
        &Source::Eu,
        "1234",
        Person,
        &[
            ("Andrey Vladimirovich SERBIN", Primary),
            ("Сербин Андрей Владимирович", OriginalScript),
            ("Andrei Serbin", Alias),
        ],
    );
    let golden = entity(
        &Source::Eu,
        "1235",
        Organization,
        &[("Golden Star Trading LLC", Primary)],
    );
    let mut ship = entity(
        &Source::Uk,
        "RUS0001",
        Vessel,
        &[("SEA STAR", Primary), ("Morskaya Zvezda", FormerName)],
    );
    ship.identifiers.push(identifier(IdKind::Imo, "9123456"));
    let rahman = entity(
        &Source::Uk,
        "AFG0001",
        Person,
        &[
            ("Abd al-Rahman bin Hussein", Primary),
            ("Abdulrahman Husayn", Alias),
        ],
    );
    vec![
        snapshot(Source::Un, vec![azhar, jem]),
        snapshot(Source::Ofac, vec![arabi, kim, plane]),
        snapshot(Source::Eu, vec![serbin, golden]),
        snapshot(Source::Uk, vec![ship, rahman]),
    ]
}

fn matcher() -> &'static Matcher {
    static M: OnceLock<Matcher> = OnceLock::new();
    M.get_or_init(|| Matcher::build(&lists()))
}

/// Every listed name with its entity's key.
fn listed_names() -> Vec<(String, String)> {
    lists()
        .iter()
        .flat_map(|l| &l.entities)
        .flat_map(|e| e.names.iter().map(|n| (e.key.clone(), n.full.clone())))
        .collect()
}

/// A query screening runs on: a valid name that folds to at least one word.
fn usable(q: &Query) -> bool {
    q.validate().is_ok() && !tokens(&q.name, Tables::get()).is_empty()
}

/// Entity keys and scores: what must not change when the query only changes form.
fn scores(hits: &[Hit]) -> Vec<(String, f64)> {
    hits.iter().map(|h| (h.entity.clone(), h.score)).collect()
}

fn check_hits(hits: &[Hit], min: f64, limit: usize) -> Result<(), TestCaseError> {
    prop_assert!(hits.len() <= limit);
    for h in hits {
        prop_assert!(
            h.score.is_finite() && (0.0..=1.0).contains(&h.score),
            "{} scored {}",
            h.entity,
            h.score
        );
        prop_assert!(h.score >= min, "{} scored {} < {}", h.entity, h.score, min);
    }
    for w in hits.windows(2) {
        prop_assert!(
            w[0].score > w[1].score || (w[0].score == w[1].score && w[0].entity < w[1].entity),
            "not sorted: {} {} before {} {}",
            w[0].entity,
            w[0].score,
            w[1].entity,
            w[1].score
        );
    }
    Ok(())
}

/// Query names built from listed words, near misses and noise, so that generated queries
/// hit the index often instead of almost never.
fn query_name() -> impl Strategy<Value = String> {
    let vocab: Vec<String> = listed_names()
        .iter()
        .flat_map(|(_, n)| n.split_whitespace().map(str::to_string).collect::<Vec<_>>())
        .collect();
    let word = prop_oneof![
        4 => proptest::sample::select(vocab),
        1 => "[a-z]{1,9}",
        1 => "[A-Za-z]{1,4}[a-z]{0,5}",
        1 => any::<String>(),
    ];
    proptest::collection::vec(word, 1..6).prop_map(|ws| ws.join(" "))
}

/// Separators that only ever stand for a word break: never `.` or `'` between letters,
/// which join abbreviations (S.A.) and elisions (D'Souza), nor `&`, which reads "and".
fn separator() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec![" ", "  ", " - ", "-", ", ", ",", "; ", " / ", "\t"])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn screening_any_text_never_panics_and_fails_only_on_unusable_names(name in any::<String>()) {
        // A name `validate` accepts can still fold to nothing (a lone Arabic vowel sign
        // such as U+FE70 is a letter to Unicode but writes no Latin letter): screening
        // refuses it as empty rather than answering "no match".
        let q = Query::name(name);
        match (matcher().screen(&q, 0.3, 20), q.validate()) {
            (Ok(hits), Ok(())) => check_hits(&hits, 0.3, 20)?,
            (Err(e), Err(v)) => prop_assert_eq!(e, v),
            (Err(QueryError::EmptyName), Ok(())) => {
                prop_assert!(tokens(&q.name, Tables::get()).is_empty(), "{:?}", q.name)
            }
            (h, v) => prop_assert!(false, "screen gave {:?} but validate {:?}", h, v),
        }
    }

    #[test]
    fn scores_are_in_range_sorted_and_deterministic(
        name in query_name(),
        min in 0.0f64..1.0,
        limit in 1usize..20,
    ) {
        let q = Query::name(name);
        prop_assume!(usable(&q));
        let hits = matcher().screen(&q, min, limit).unwrap();
        check_hits(&hits, min, limit)?;
        let again = matcher().screen(&q, min, limit).unwrap();
        prop_assert_eq!(&again, &hits);
        // An index built again from the same lists answers the same.
        static OTHER: OnceLock<Matcher> = OnceLock::new();
        let other = OTHER.get_or_init(|| Matcher::build(&lists()));
        prop_assert_eq!(other.screen(&q, min, limit).unwrap(), hits);
    }

    #[test]
    fn evidence_keeps_scores_in_range(
        name in query_name(),
        dob in proptest::option::of((1900i32..2030, 0u8..13)),
        country in proptest::option::of(proptest::sample::select(vec![
            "Pakistan", "PK", "North Korea", "Russia", "Afghan", "Nowhere",
        ])),
        entity_type in proptest::option::of(proptest::sample::select(vec![
            EntityType::Person, EntityType::Organization, EntityType::Vessel, EntityType::Aircraft,
        ])),
        passport in proptest::option::of(proptest::sample::select(vec!["AA0123456", "IMO 9123456", "X1"])),
    ) {
        let mut q = Query::name(name);
        prop_assume!(usable(&q));
        q.dob = dob.map(|(y, m)| if m == 0 { FuzzyDate::year(y) } else { FuzzyDate::ym(y, m).unwrap() });
        q.country = country.map(str::to_string);
        q.entity_type = entity_type;
        q.identifiers = passport.into_iter().map(str::to_string).collect();
        let hits = matcher().screen(&q, 0.0, 50).unwrap();
        check_hits(&hits, 0.0, 50)?;
    }

    #[test]
    fn an_exact_listed_name_alerts_whatever_its_case_and_punctuation(
        pick in any::<proptest::sample::Index>(),
        seps in proptest::collection::vec(separator(), 8),
        case in 0u8..3,
        trailing in proptest::sample::select(vec!["", ".", ",", " -", ")"]),
    ) {
        let names = listed_names();
        let (key, name) = &names[pick.index(names.len())];
        let mut written = String::new();
        for (i, w) in name.split_whitespace().enumerate() {
            if i > 0 {
                written.push_str(seps[i % seps.len()]);
            }
            written.push_str(w);
        }
        written.push_str(trailing);
        let written = match case {
            0 => written.to_uppercase(),
            1 => written.to_lowercase(),
            _ => written,
        };
        let plain = matcher().screen(&Query::name(name.as_str()), DEFAULT_THRESHOLD, 50).unwrap();
        let hits = matcher().screen(&Query::name(written.as_str()), DEFAULT_THRESHOLD, 50).unwrap();
        prop_assert_eq!(scores(&hits), scores(&plain), "{:?} vs {:?}", written, name);
        prop_assert!(
            hits.iter().any(|h| &h.entity == key),
            "{:?} ({}) does not alert as {:?}: {:?}", name, key, written, scores(&hits)
        );
    }

    #[test]
    fn case_and_punctuation_never_change_a_score(
        words in proptest::collection::vec(query_name(), 1..3),
        seps in proptest::collection::vec(separator(), 8),
        flips in proptest::collection::vec(any::<bool>(), 64),
    ) {
        let plain = words.join(" ");
        let q = Query::name(plain.as_str());
        prop_assume!(usable(&q));
        // The same words, joined by other separators and with ASCII letters' case flipped.
        let mut written = String::new();
        for (i, w) in plain.split(' ').enumerate() {
            if i > 0 {
                written.push_str(seps[i % seps.len()]);
            }
            written.push_str(w);
        }
        let written: String = written
            .chars()
            .enumerate()
            .map(|(i, c)| match flips[i % flips.len()] {
                true if c.is_ascii_lowercase() => c.to_ascii_uppercase(),
                true if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
                _ => c,
            })
            .collect();
        let a = matcher().screen(&q, 0.3, 50).unwrap();
        let b = matcher().screen(&Query::name(written.as_str()), 0.3, 50).unwrap();
        prop_assert_eq!(scores(&b), scores(&a), "{:?} vs {:?}", written, plain);
    }
}

#[test]
fn every_listed_name_alerts_for_its_entity() {
    for (key, name) in listed_names() {
        let hits = matcher()
            .screen(&Query::name(name.as_str()), DEFAULT_THRESHOLD, 50)
            .unwrap();
        let hit = hits.iter().find(|h| h.entity == key);
        assert!(
            hit.is_some(),
            "{name:?} ({key}) does not alert: {:?}",
            scores(&hits)
        );
    }
}
