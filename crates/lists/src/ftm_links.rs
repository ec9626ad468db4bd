//! FtM entities that are not parties but say something about one, folded into the party
//! they point at: OpenSanctions gives some programmes only on `Sanction` entities, documents
//! on `Passport` and `Identification` entities, addresses on `Address` entities the party
//! names in `addressEntity`, and a PEP's positions through `Occupancy` → `Position`.
//!
//! A link to an id that is not a listed party of the file (a related party skipped as not a
//! target, or an entity outside a partial export) is ignored: it adds nothing to screen.

use nomina_model::{collapse_whitespace, Address, Country, Entity, IdKind, Identifier};
use std::collections::{BTreeMap, HashMap, HashSet};

/// The schemata folded into parties.
pub const LINK_SCHEMATA: &[&str] = &[
    "Address",
    "Identification",
    "Occupancy",
    "Passport",
    "Position",
    "Sanction",
];

/// One non-party entity kept until every party is read.
#[derive(Debug, Clone)]
pub struct Link {
    /// Its FtM id.
    pub id: String,
    /// Its schema, one of [`LINK_SCHEMATA`].
    pub schema: String,
    /// Its properties (non-empty values only).
    pub props: BTreeMap<String, Vec<String>>,
}

impl Link {
    fn get(&self, prop: &str) -> impl Iterator<Item = &str> {
        self.props.get(prop).into_iter().flatten().map(|s| s.trim())
    }
}

/// Folds the links into the entities (indexed by FtM id); `address_refs` are each party's
/// `addressEntity` ids. Returns how many links of each schema were folded into a party.
pub fn apply(
    entities: &mut [Entity],
    index: &HashMap<String, usize>,
    links: &[Link],
    address_refs: &[(usize, Vec<String>)],
) -> BTreeMap<String, usize> {
    let by_id: HashMap<&str, &Link> = links.iter().map(|l| (l.id.as_str(), l)).collect();
    // Links that reached a party, by id: one Address or Position may serve several.
    let mut used: HashSet<&str> = HashSet::new();
    for (party, ids) in address_refs {
        for a in ids.iter().filter_map(|id| by_id.get(id.as_str())) {
            if a.schema == "Address" {
                push_unique(&mut entities[*party].addresses, address(a));
                used.insert(&a.id);
            }
        }
    }
    for l in links {
        let target_prop = match l.schema.as_str() {
            "Sanction" => "entity",
            "Passport" | "Identification" | "Occupancy" => "holder",
            _ => continue,
        };
        let targets: Vec<usize> = l
            .get(target_prop)
            .filter_map(|id| index.get(id).copied())
            .collect();
        for &t in &targets {
            let e = &mut entities[t];
            match l.schema.as_str() {
                "Sanction" => {
                    // The programme's id where given, else its name.
                    let ids: Vec<&str> = l.get("programId").collect();
                    let programmes = if ids.is_empty() {
                        l.get("program").collect()
                    } else {
                        ids
                    };
                    for p in programmes {
                        push_unique(&mut e.programmes, p.to_string());
                    }
                }
                "Occupancy" => {
                    let posts = l.get("post").filter_map(|p| by_id.get(p));
                    for post in posts.filter(|p| p.schema == "Position") {
                        used.insert(&post.id);
                        for name in post.get("name") {
                            push_unique(&mut e.positions, collapse_whitespace(name));
                        }
                    }
                }
                _ => {
                    for number in l.get("number") {
                        let d = document(l, e, number);
                        push_unique(&mut e.identifiers, d);
                    }
                }
            }
        }
        if !targets.is_empty() {
            used.insert(&l.id);
        }
    }
    let mut folded: BTreeMap<String, usize> = BTreeMap::new();
    for l in links.iter().filter(|l| used.contains(l.id.as_str())) {
        *folded.entry(l.schema.clone()).or_default() += 1;
    }
    folded
}

fn push_unique<T: PartialEq>(list: &mut Vec<T>, item: T) {
    if !list.contains(&item) {
        list.push(item);
    }
}

/// An FtM `Address` entity as a model address: its parts when given, else its `full` text.
fn address(a: &Link) -> Address {
    let first = |p: &str| a.get(p).next().map(collapse_whitespace);
    let mut out = Address {
        street: first("street"),
        city: first("city"),
        region: first("region"),
        postal_code: first("postalCode"),
        country: first("country").map(|c| Country::from_raw(&c)),
        note: None,
    };
    if out.street.is_none() && out.city.is_none() {
        out.street = first("full");
    }
    out
}

/// A `Passport` or `Identification` as an identifier, labelled with the inline property the
/// writer puts it back under.
fn document(l: &Link, holder: &Entity, number: &str) -> Identifier {
    let person = holder.entity_type == nomina_model::EntityType::Person;
    let (kind, label) = match (l.schema.as_str(), person) {
        ("Passport", true) => (IdKind::Passport, "passportNumber"),
        (_, true) => (IdKind::NationalId, "idNumber"),
        _ => (IdKind::Other, "idNumber"),
    };
    Identifier {
        kind,
        label: label.to_string(),
        value: collapse_whitespace(number),
        country: l.get("country").next().map(Country::from_raw),
        issued: None,
        expires: None,
        note: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{EntityType, Name, NameKind, Source};

    fn link(id: &str, schema: &str, props: &[(&str, &str)]) -> Link {
        let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for (k, v) in props {
            m.entry(k.to_string()).or_default().push(v.to_string());
        }
        Link {
            id: id.into(),
            schema: schema.into(),
            props: m,
        }
    }

    #[test]
    fn links_land_on_the_party_they_name() {
        let mut es = vec![Entity::new(
            Source::Custom("ftm".into()),
            "p1",
            EntityType::Person,
            Name::new("Ivan Petrov", NameKind::Primary),
        )];
        let index = HashMap::from([("p1".to_string(), 0)]);
        let links = vec![
            link(
                "s1",
                "Sanction",
                &[("entity", "p1"), ("programId", "RU-UKR")],
            ),
            link(
                "s2",
                "Sanction",
                &[("entity", "nobody"), ("programId", "X")],
            ),
            link(
                "d1",
                "Passport",
                &[("holder", "p1"), ("number", "72 1"), ("country", "ru")],
            ),
            link(
                "a1",
                "Address",
                &[("full", "1 Main St, Omsk"), ("country", "ru")],
            ),
            link("pos", "Position", &[("name", "Governor of Omsk")]),
            link("o1", "Occupancy", &[("holder", "p1"), ("post", "pos")]),
        ];
        let folded = apply(&mut es, &index, &links, &[(0, vec!["a1".into()])]);
        let e = &es[0];
        assert_eq!(e.programmes, ["RU-UKR"]);
        assert_eq!(e.identifiers[0].kind, IdKind::Passport);
        assert_eq!(
            e.identifiers[0].country.as_ref().unwrap().code.as_deref(),
            Some("RU")
        );
        assert_eq!(e.addresses[0].street.as_deref(), Some("1 Main St, Omsk"));
        assert_eq!(e.positions, ["Governor of Omsk"]);
        assert_eq!(folded["Sanction"], 1);
        assert_eq!(folded["Position"], 1);
        assert_eq!(folded.values().sum::<usize>(), 5);
    }
}
