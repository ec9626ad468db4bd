//! Strong agreement between two records of different lists: the rules that say two
//! listings are one party when neither list names the other. Each rule is a small function
//! over two entities, returning what agreed (for the analyst) or `None`.
//!
//! The rules ask for more than name screening would: a name alone never links two
//! persons (many listed people share a name); a person needs the same name *and* the same
//! full date of birth, or the same document number.

use nomina_model::{Entity, EntityType, IdKind};

/// A name as the rules compare it: folded, each word replaced by its spelling family's
/// name (Mohammad and Mohammed are one), its words sorted (lists order a person's names
/// differently: `AZHAR, Masood` and `MASOOD AZHAR`).
pub fn name_key(full: &str) -> String {
    let folded = nomina_text::fold(full);
    let tables = nomina_text::Tables::get();
    let mut words: Vec<&str> = folded
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(|w| tables.family(w))
        .collect();
    words.sort_unstable();
    words.join(" ")
}

/// The keys of an entity's strong names (primary, aliases, former and original-script
/// names; weak aliases such as "Abu Ahmed" name too many people).
pub fn strong_name_keys(e: &Entity) -> Vec<String> {
    let mut keys: Vec<String> = e
        .names
        .iter()
        .filter(|n| n.kind != nomina_model::NameKind::WeakAlias)
        .map(|n| name_key(&n.full))
        .filter(|k| distinctive(k))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// A name key long enough to link on: two words or more, or one word of eight letters or
/// more (`HIZBALLAH`), never a lone short word.
fn distinctive(key: &str) -> bool {
    key.contains(' ') || key.len() >= 8
}

/// Persons with a strong name in common and the same full date of birth.
pub fn same_name_and_birth_date(a: &Entity, b: &Entity) -> Option<String> {
    if a.entity_type != EntityType::Person || b.entity_type != EntityType::Person {
        return None;
    }
    let day = |e: &Entity| -> Vec<nomina_model::FuzzyDate> {
        e.birth_dates
            .iter()
            .filter_map(|d| match (d.from, d.to) {
                (Some(f), Some(t)) if f == t && f.day.is_some() && !d.approximate => Some(f),
                _ => None,
            })
            .collect()
    };
    let born = day(a).into_iter().find(|d| day(b).contains(d))?;
    let name = common_name(a, b)?;
    Some(format!("name {name:?} and date of birth {born}"))
}

/// Parties of the same type with the same document or registration number (same kind,
/// and the same issuing country where both lists give one) and a strong name in common
/// for persons and organisations (a number alone may be another country's).
pub fn same_identifier(a: &Entity, b: &Entity) -> Option<String> {
    if a.entity_type != b.entity_type {
        return None;
    }
    for x in a.identifiers.iter().filter(|i| linking_kind(i.kind)) {
        let xv = normalised(&x.value);
        if xv.len() < 5 {
            continue;
        }
        for y in b.identifiers.iter().filter(|i| i.kind == x.kind) {
            let countries_agree = match (&x.country, &y.country) {
                (Some(cx), Some(cy)) => cx.code.is_some() && cx.code == cy.code,
                _ => true,
            };
            if normalised(&y.value) != xv || !countries_agree {
                continue;
            }
            let by_number_alone = matches!(
                x.kind,
                IdKind::Imo | IdKind::Mmsi | IdKind::AircraftSerial | IdKind::AircraftTail
            );
            if by_number_alone || common_name(a, b).is_some() {
                return Some(format!("{:?} {}", x.kind, x.value.trim()));
            }
        }
    }
    None
}

/// Organisations, vessels and aircraft with the same strong name and no country that
/// tells them apart (a company name recurs in other countries).
pub fn same_name_and_country(a: &Entity, b: &Entity) -> Option<String> {
    if a.entity_type == EntityType::Person || a.entity_type != b.entity_type {
        return None;
    }
    let countries = |e: &Entity| -> Vec<String> {
        e.nationalities
            .iter()
            .chain(e.addresses.iter().filter_map(|ad| ad.country.as_ref()))
            .filter_map(|c| c.code.clone())
            .collect()
    };
    let (ca, cb) = (countries(a), countries(b));
    if !ca.is_empty() && !cb.is_empty() && !ca.iter().any(|c| cb.contains(c)) {
        return None;
    }
    let name = common_name(a, b)?;
    Some(format!("name {name:?}"))
}

/// A strong name the two entities share, as `a` writes it.
fn common_name(a: &Entity, b: &Entity) -> Option<String> {
    let kb = strong_name_keys(b);
    a.names
        .iter()
        .filter(|n| n.kind != nomina_model::NameKind::WeakAlias)
        .find(|n| kb.contains(&name_key(&n.full)))
        .map(|n| n.full.clone())
}

fn linking_kind(k: IdKind) -> bool {
    !matches!(
        k,
        IdKind::Other | IdKind::CryptoWallet | IdKind::Bic | IdKind::CallSign
    )
}

fn normalised(v: &str) -> String {
    v.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{BirthDate, Identifier, Name, NameKind, Source};

    fn person(source: Source, id: &str, name: &str) -> Entity {
        Entity::new(
            source,
            id,
            EntityType::Person,
            Name::new(name, NameKind::Primary),
        )
    }

    fn born(e: &mut Entity, d: &str) {
        let day = d.parse().unwrap();
        e.birth_dates.push(BirthDate::single(day, d));
    }

    #[test]
    fn names_compare_whatever_the_order_and_case() {
        assert_eq!(name_key("AZHAR, Masood"), name_key("Masood AZHAR"));
        assert_eq!(name_key("Mohammad Masood"), name_key("MOHAMMED MASOOD"));
        let mut weak = person(Source::Un, "1", "MOHAMMED MASOOD AZHAR ALVI");
        weak.names.push(Name::new("Abu Yusuf", NameKind::WeakAlias));
        weak.names.push(Name::new("Alvi", NameKind::Alias));
        assert_eq!(
            strong_name_keys(&weak),
            vec![name_key("MOHAMMED MASOOD AZHAR ALVI")]
        );
        assert_eq!(
            strong_name_keys(&weak).len(),
            1,
            "weak aliases and short names do not link"
        );
    }

    #[test]
    fn a_person_needs_the_same_name_and_full_date_of_birth() {
        let mut a = person(Source::Un, "1", "MASOOD AZHAR ALVI");
        let mut b = person(Source::Ofac, "2", "ALVI, Masood Azhar");
        assert_eq!(same_name_and_birth_date(&a, &b), None);
        born(&mut a, "1968-07-10");
        born(&mut b, "1968-07-10");
        assert!(same_name_and_birth_date(&a, &b).is_some());
        // A year of birth is not enough.
        let mut c = person(Source::Uk, "3", "Masood Azhar Alvi");
        born(&mut c, "1968");
        assert_eq!(same_name_and_birth_date(&a, &c), None);
    }

    #[test]
    fn the_same_document_number_links_with_a_name_in_common() {
        let mut a = person(Source::Un, "1", "ALI HASSAN");
        let mut b = person(Source::Ofac, "2", "HASSAN, Ali");
        let pass = |v: &str| Identifier {
            kind: IdKind::Passport,
            label: "Passport".into(),
            value: v.into(),
            country: None,
            issued: None,
            expires: None,
            note: None,
        };
        a.identifiers.push(pass("AB 123456"));
        b.identifiers.push(pass("ab123456"));
        assert!(same_identifier(&a, &b).is_some());
        let mut c = person(Source::Uk, "3", "Somebody Else");
        c.identifiers.push(pass("AB123456"));
        assert_eq!(same_identifier(&a, &c), None);
    }

    #[test]
    fn organisations_with_one_name_in_different_countries_stay_apart() {
        let org = |s: Source, id: &str, n: &str| {
            Entity::new(
                s,
                id,
                EntityType::Organization,
                Name::new(n, NameKind::Primary),
            )
        };
        let a = org(Source::Un, "1", "AL-QAIDA");
        let b = org(Source::Ofac, "2", "AL QA'IDA");
        assert!(same_name_and_country(&a, &b).is_some());
        let mut x = org(Source::Un, "3", "GOLDEN STAR TRADING");
        let mut y = org(Source::Ofac, "4", "Golden Star Trading");
        x.nationalities.push(nomina_model::Country {
            code: Some("AE".into()),
            raw: "UAE".into(),
        });
        y.nationalities.push(nomina_model::Country {
            code: Some("HK".into()),
            raw: "Hong Kong".into(),
        });
        assert_eq!(same_name_and_country(&x, &y), None);
    }
}
