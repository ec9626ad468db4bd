//! Parties across the real bundled lists: the seed report's Jaish-i-Mohammed is one party
//! on the UN, OFAC and UK lists, Masood Azhar one on the UN and OFAC lists; an analyst's
//! split and confirm change that, and survive because they name listings by key.

use nomina_registry::parties::judgements::Verdict;
use nomina_registry::parties::{Judgement, Judgements, LinkRule, Parties};
use nomina_registry::{load_in_force, Options};
use std::path::PathBuf;

fn bundled() -> nomina_registry::LoadedLists {
    // An empty data directory: the bundled lists are in force.
    let dir = std::env::temp_dir().join(format!("nomina-parties-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    load_in_force(&Options {
        data_dir: Some(dir),
        ..Options::default()
    })
    .unwrap()
}

fn judgement(verdict: Verdict, a: &str, b: &str) -> Judgement {
    Judgement {
        verdict,
        a: a.into(),
        b: b.into(),
        reason: "test".into(),
        by: "test".into(),
        at: "2026-12-05T00:00:00Z".into(),
    }
}

#[test]
fn one_party_on_three_lists_with_the_rules_that_linked_them() {
    let lists = bundled();
    let parties = Parties::link(&lists, &Judgements::default());
    let jem = parties.of("un:QDe.019").expect("JeM is linked");
    for key in ["un:QDe.019", "ofac:6935", "uk:7029"] {
        assert!(
            jem.listings.iter().any(|k| k == key),
            "{key} in {:?}",
            jem.listings
        );
    }
    assert_eq!(parties.of("uk:7029").map(|p| &p.id), Some(&jem.id));
    // The UK record's "UN Ref QE.J.19.01" is the old form of QDe.019.
    assert!(jem
        .links
        .iter()
        .any(|l| l.rule == LinkRule::CrossReference && l.detail.contains("QE.J.19.01")));
    let azhar = parties.of("un:QDi.422").expect("Masood Azhar is linked");
    assert!(
        azhar.listings.iter().any(|k| k == "ofac:11459"),
        "{:?}",
        azhar.listings
    );
    // Every link joins records of two different lists.
    for p in parties.all() {
        for l in &p.links {
            assert_ne!(l.a.split(':').next(), l.b.split(':').next(), "{l:?}");
        }
    }
}

#[test]
fn an_analysts_split_and_confirm_are_applied() {
    let lists = bundled();
    let path: PathBuf = std::env::temp_dir()
        .join(format!("nomina-parties-j-{}", std::process::id()))
        .join("parties.json");
    let _ = std::fs::remove_file(&path);
    Judgements::record(&path, judgement(Verdict::Split, "un:QDi.422", "ofac:11459")).unwrap();
    let parties = Parties::link(&lists, &Judgements::load(&path).unwrap());
    assert!(parties
        .of("un:QDi.422")
        .is_none_or(|p| !p.listings.iter().any(|k| k == "ofac:11459")));
    // A later confirm undoes the split.
    let all = Judgements::record(
        &path,
        judgement(Verdict::Confirm, "ofac:11459", "un:QDi.422"),
    )
    .unwrap();
    let parties = Parties::link(&lists, &all);
    let p = parties.of("un:QDi.422").unwrap();
    assert!(p.listings.iter().any(|k| k == "ofac:11459"));
    assert!(p.links.iter().any(|l| l.rule == LinkRule::Confirmed));
}

#[test]
fn every_uk_record_is_grouped_with_the_un_record_it_names() {
    let lists = bundled();
    let parties = Parties::link(&lists, &Judgements::default());
    let mut checked = 0;
    for list in lists
        .lists
        .iter()
        .filter(|l| l.snapshot.version.source == nomina_model::Source::Uk)
    {
        for e in &list.snapshot.entities {
            for printed in &e.other_references {
                let Some(record) = nomina_registry::parties::references::un_record(printed) else {
                    continue;
                };
                let un = format!("un:{record}");
                if lists.find(&un).is_none() {
                    continue; // delisted by the UN since the UK file was published
                }
                let party = parties
                    .of(&e.key)
                    .unwrap_or_else(|| panic!("{} ({printed}) is in no party", e.key));
                assert!(
                    party.listings.contains(&un),
                    "{} ({printed}) is not grouped with {un}: {:?}",
                    e.key,
                    party.listings
                );
                checked += 1;
            }
        }
    }
    assert!(
        checked > 300,
        "only {checked} UK records name a UN record in force"
    );
}
