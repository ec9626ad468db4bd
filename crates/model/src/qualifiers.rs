//! Country qualifiers inside organisation names.
//!
//! The lists write a subsidiary with its country in brackets inside the name: "IRANIAN OIL
//! COMPANY (U.K.) LIMITED", "AERO CONTINENTE (USA) INC.". People, payments and documents
//! write the same company without the bracket ("Iranian Oil Company Limited"). The name
//! matcher indexes each such name also without its qualifier, as a name of the same kind;
//! the lists themselves stay as published.

use crate::{country, Entity, EntityType, Name};

/// For an organisation, each of its names holding a bracketed country inside it (not at
/// its end, where a bracket is an acronym or a note), without that bracket: the names to
/// search besides the listed ones. Names the entity already has are not repeated.
pub fn names_without_country_qualifier(entity: &Entity) -> Vec<Name> {
    if entity.entity_type == EntityType::Person {
        return Vec::new();
    }
    let mut out: Vec<Name> = Vec::new();
    for n in &entity.names {
        let Some(s) = without_country_qualifier(&n.full) else {
            continue;
        };
        let lower = s.to_lowercase();
        let known = entity
            .names
            .iter()
            .chain(&out)
            .any(|k| k.full.to_lowercase() == lower);
        if !known {
            out.push(Name::new(s, n.kind));
        }
    }
    out
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
    fn organisations_are_also_searched_by_the_name_people_write() {
        let mut e = Entity::new(
            Source::Ofac,
            "11638",
            EntityType::Organization,
            Name::new("IRANIAN OIL COMPANY (U.K.) LIMITED", NameKind::Primary),
        );
        let derived = names_without_country_qualifier(&e);
        assert_eq!(derived.len(), 1);
        assert_eq!(derived[0].full, "IRANIAN OIL COMPANY LIMITED");
        assert_eq!(derived[0].kind, NameKind::Primary);
        // A name the entity already has is not repeated.
        e.names.push(derived[0].clone());
        assert!(names_without_country_qualifier(&e).is_empty());
        let p = Entity::new(
            Source::Ofac,
            "1",
            EntityType::Person,
            Name::new("SMITH (UK) JOHN", NameKind::Primary),
        );
        assert!(names_without_country_qualifier(&p).is_empty());
    }
}
