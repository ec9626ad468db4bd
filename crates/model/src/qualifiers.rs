//! Country qualifiers inside organisation names.
//!
//! The lists write a subsidiary with its country in brackets inside the name: "IRANIAN OIL
//! COMPANY (U.K.) LIMITED", "AERO CONTINENTE (USA) INC.". People, payments and documents
//! write the same company without the bracket ("Iranian Oil Company Limited"). Each such
//! name also stands, as a name of the same kind, without its qualifier.

use crate::{country, Entity, EntityType, Name};

/// Adds to an organisation, for each of its names holding a bracketed country inside it
/// (not at its end, where a bracket is an acronym or a note), the name without that
/// bracket. Returns how many names were added.
pub fn add_names_without_country_qualifier(entity: &mut Entity) -> usize {
    if entity.entity_type == EntityType::Person {
        return 0;
    }
    let derived: Vec<Name> = entity
        .names
        .iter()
        .filter_map(|n| without_country_qualifier(&n.full).map(|s| Name::new(s, n.kind)))
        .collect();
    let mut added = 0;
    for name in derived {
        let lower = name.full.to_lowercase();
        if !entity.names.iter().any(|n| n.full.to_lowercase() == lower) {
            entity.names.push(name);
            added += 1;
        }
    }
    added
}

/// `name` without a bracketed country inside it, or `None` when it has none.
fn without_country_qualifier(name: &str) -> Option<String> {
    let open = name.find('(')?;
    let close = open + name[open..].find(')')?;
    let inner = name[open + 1..close].trim();
    let rest = name[close + 1..].trim();
    if rest.is_empty() || name[..open].trim().is_empty() || country::lookup(inner).is_none() {
        return None;
    }
    Some(format!("{} {}", name[..open].trim_end(), rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{NameKind, Source};

    #[test]
    fn a_bracketed_country_inside_a_name_is_optional() {
        assert_eq!(
            without_country_qualifier("IRANIAN OIL COMPANY (U.K.) LIMITED").as_deref(),
            Some("IRANIAN OIL COMPANY LIMITED")
        );
        assert_eq!(
            without_country_qualifier("AERO CONTINENTE (USA) INC.").as_deref(),
            Some("AERO CONTINENTE INC.")
        );
    }

    #[test]
    fn other_brackets_stay() {
        // An acronym or a note at the end, a bracket that is not a country.
        assert_eq!(without_country_qualifier("HAQQANI NETWORK (HQN)"), None);
        assert_eq!(without_country_qualifier("SOME BANK (IRAN)"), None);
        assert_eq!(
            without_country_qualifier("M & S SYNDICATE (PVT) LTD."),
            None
        );
        assert_eq!(without_country_qualifier("NO BRACKET LTD"), None);
    }

    #[test]
    fn organisations_gain_the_name_people_write() {
        let mut e = Entity::new(
            Source::Ofac,
            "11638",
            EntityType::Organization,
            Name::new("IRANIAN OIL COMPANY (U.K.) LIMITED", NameKind::Primary),
        );
        assert_eq!(add_names_without_country_qualifier(&mut e), 1);
        assert_eq!(e.names[1].full, "IRANIAN OIL COMPANY LIMITED");
        assert_eq!(e.names[1].kind, NameKind::Primary);
        // Twice is the same as once.
        assert_eq!(add_names_without_country_qualifier(&mut e), 0);
        let mut p = Entity::new(
            Source::Ofac,
            "1",
            EntityType::Person,
            Name::new("SMITH (UK) JOHN", NameKind::Primary),
        );
        assert_eq!(add_names_without_country_qualifier(&mut p), 0);
    }
}
