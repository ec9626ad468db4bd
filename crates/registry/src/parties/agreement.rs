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

/// Name keys that more than one record of a single list holds: such a name does not say
/// which of that list's records another list means (OFAC gives `ANSAR AL-SHARIA` to four
/// groups), so it links nothing by itself.
///
/// Also counts, per word, the records whose primary name holds it, to tell a word that
/// names a few parties (`FAJR`, `INSURANCE`) from one that names many (`COMPANY`, `AL`).
#[derive(Debug, Default)]
pub struct SharedNames {
    ambiguous: std::collections::HashSet<String>,
    primary_words: std::collections::HashMap<String, usize>,
}

/// Most records whose primary names may hold a word for it to tell two primaries apart
/// from the rest: a word of a few parties' own names (`FAJR`, `INSURANCE`, `LIBYA`), not
/// of a kind of party (`BANK`, `ISLAMIC`, `COMPANY`).
const RARE_PRIMARY_WORD_RECORDS: usize = 20;

impl SharedNames {
    /// The ambiguous names among `entities` (every list's records).
    pub fn of<'a>(entities: impl Iterator<Item = &'a Entity>) -> SharedNames {
        let mut holders: std::collections::HashMap<(nomina_model::Source, String), usize> =
            std::collections::HashMap::new();
        let mut primary_words: std::collections::HashMap<String, usize> =
            std::collections::HashMap::new();
        for e in entities {
            for k in strong_name_keys(e) {
                *holders.entry((e.source.clone(), k)).or_default() += 1;
            }
            for w in primary_words_of(e) {
                *primary_words.entry(w).or_default() += 1;
            }
        }
        SharedNames {
            ambiguous: holders
                .into_iter()
                .filter(|&(_, n)| n > 1)
                .map(|((_, k), _)| k)
                .collect(),
            primary_words,
        }
    }

    /// True when the name key names one record per list at most.
    fn names_one_record(&self, key: &str) -> bool {
        !self.ambiguous.contains(key)
    }

    /// True when the primary names of `a` and `b` share a word of three letters or more
    /// that few records' primary names hold ([`RARE_PRIMARY_WORD_RECORDS`]).
    fn primaries_share_a_rare_word(&self, a: &Entity, b: &Entity) -> bool {
        let wb = primary_words_of(b);
        primary_words_of(a).iter().any(|w| {
            wb.contains(w)
                && self.primary_words.get(w).copied().unwrap_or(0) <= RARE_PRIMARY_WORD_RECORDS
        })
    }
}

/// The distinct words of three letters or more of an entity's primary names, folded and
/// by spelling family.
fn primary_words_of(e: &Entity) -> Vec<String> {
    let mut words: Vec<String> = e
        .names
        .iter()
        .filter(|n| n.kind == nomina_model::NameKind::Primary)
        .flat_map(|n| {
            name_key(&n.full)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| w.len() >= 3)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Organisations, vessels and aircraft with the same strong name and no country that
/// tells them apart (a company name recurs in other countries). The name must name one
/// record of each list ([`SharedNames`]), and a name that is an alias on both sides needs
/// more: a second name in common, or a rare word of the two primary names. Groups give
/// each other's old names and slogans as aliases (OFAC's HIZBALLAH and the UN's THE
/// HOUTHIS are both `ANSAR ALLAH`).
pub fn same_name_and_country(a: &Entity, b: &Entity, names: &SharedNames) -> Option<String> {
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
    let shared = shared_names(a, b, names);
    let first = shared.first()?;
    if !shared_primary(a, b, &shared)
        && shared.len() < 2
        && !names.primaries_share_a_rare_word(a, b)
    {
        return None;
    }
    Some(format!("name {:?}", first.1))
}

/// The strong names `a` and `b` share that name one record per list, as (key, `a`'s
/// spelling), one per key, in `a`'s order.
fn shared_names(a: &Entity, b: &Entity, names: &SharedNames) -> Vec<(String, String)> {
    let kb = strong_name_keys(b);
    let mut out: Vec<(String, String)> = Vec::new();
    for n in a
        .names
        .iter()
        .filter(|n| n.kind != nomina_model::NameKind::WeakAlias)
    {
        let k = name_key(&n.full);
        if kb.contains(&k) && names.names_one_record(&k) && !out.iter().any(|(x, _)| *x == k) {
            out.push((k, n.full.clone()));
        }
    }
    out
}

/// True when one of `shared` is the primary name of `a` or of `b`.
fn shared_primary(a: &Entity, b: &Entity, shared: &[(String, String)]) -> bool {
    [a, b].iter().any(|e| {
        e.names
            .iter()
            .filter(|n| n.kind == nomina_model::NameKind::Primary)
            .any(|n| {
                let k = name_key(&n.full);
                shared.iter().any(|(x, _)| *x == k)
            })
    })
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
        assert!(same_name_and_country(&a, &b, &SharedNames::default()).is_some());
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
        assert_eq!(same_name_and_country(&x, &y, &SharedNames::default()), None);
    }

    fn org(s: Source, id: &str, primary: &str, aliases: &[&str]) -> Entity {
        let mut e = Entity::new(
            s,
            id,
            EntityType::Organization,
            Name::new(primary, NameKind::Primary),
        );
        e.names
            .extend(aliases.iter().map(|a| Name::new(*a, NameKind::Alias)));
        e
    }

    #[test]
    fn an_alias_both_groups_carry_needs_a_second_name_in_common() {
        let none = SharedNames::default();
        let hizb = org(
            Source::Ofac,
            "1",
            "HIZBALLAH",
            &["PARTY OF GOD", "ANSAR ALLAH"],
        );
        let houthis = org(
            Source::Un,
            "2",
            "THE HOUTHIS",
            &["ANSARALLAH", "ANSAR ALLAH"],
        );
        assert_eq!(same_name_and_country(&hizb, &houthis, &none), None);
        // Two aliases in common, or one that is a record's own name, link.
        let fajr = org(
            Source::Un,
            "3",
            "FAJR INDUSTRIAL GROUP",
            &["Instrumentation Factory Plant", "Fajr Group Plant"],
        );
        let fajr2 = org(
            Source::Ofac,
            "4",
            "FAJR INDUSTRIES GROUP",
            &["INSTRUMENTATION FACTORY PLANT", "FAJR GROUP PLANT"],
        );
        assert!(same_name_and_country(&fajr, &fajr2, &none).is_some());
        let m23 = org(Source::Un, "5", "MOUVEMENT DU 23 MARS", &[]);
        let m23b = org(Source::Ofac, "6", "M23", &["MOUVEMENT DU 23 MARS"]);
        assert!(same_name_and_country(&m23, &m23b, &none).is_some());
    }

    #[test]
    fn a_name_two_records_of_one_list_carry_links_neither() {
        let aqap = org(
            Source::Ofac,
            "1",
            "AL-QA'IDA IN THE ARABIAN PENINSULA",
            &["ANSAR AL-SHARIA"],
        );
        let benghazi = org(
            Source::Ofac,
            "2",
            "ANSAR AL-SHARI'A IN BENGHAZI",
            &["ANSAR AL-SHARIA"],
        );
        let tunisia = org(Source::Un, "3", "ANSAR AL-SHARIA", &[]);
        let names = SharedNames::of([&aqap, &benghazi, &tunisia].into_iter());
        assert_eq!(same_name_and_country(&tunisia, &aqap, &names), None);
        assert_eq!(same_name_and_country(&tunisia, &benghazi, &names), None);
        // Without the second OFAC record the name names one record per list.
        let names = SharedNames::of([&aqap, &tunisia].into_iter());
        assert!(same_name_and_country(&tunisia, &aqap, &names).is_some());
    }
}
