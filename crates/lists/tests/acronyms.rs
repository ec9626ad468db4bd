//! Bracketed acronyms split off listed names, on the real bundled UN file: the rule in
//! `nomina_lists::acronyms`, applied by every reader through `finish_snapshot`.

use nomina_lists::acronyms::split_bracketed_acronym;
use nomina_lists::ListSnapshot;
use nomina_model::{Entity, EntityType, NameKind};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

fn un_2026() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/lists/un/consolidated-2026-02-27.xml.gz")
}

fn snap() -> &'static ListSnapshot {
    static S: OnceLock<ListSnapshot> = OnceLock::new();
    S.get_or_init(|| nomina_lists::read_path(&un_2026()).expect("UN 2026 parses"))
}

fn entity(key: &str) -> &'static Entity {
    snap()
        .entities
        .iter()
        .find(|e| e.key == key)
        .unwrap_or_else(|| panic!("{key} missing"))
}

fn has(e: &Entity, text: &str, kind: NameKind) -> bool {
    e.names.iter().any(|n| n.full == text && n.kind == kind)
}

/// The text of every `<tag>…</tag>` element in the raw XML (names carry no markup).
fn elements<'a>(xml: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
    xml.split(open.as_str())
        .skip(1)
        .filter_map(|rest| rest.split_once(close.as_str()).map(|(text, _)| text))
        .collect()
}

fn raw_xml() -> String {
    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(un_2026()).unwrap())
        .read_to_string(&mut text)
        .unwrap();
    text
}

#[test]
fn haqqani_network_gets_its_plain_name_and_acronym() {
    let e = entity("un:TAe.012");
    assert!(
        has(e, "HAQQANI NETWORK", NameKind::Primary),
        "{:?}",
        e.names
    );
    assert!(has(e, "HQN", NameKind::Alias), "{:?}", e.names);
    assert!(!e.names.iter().any(|n| n.full.contains("(HQN)")));
    let aqap = entity("un:QDe.129");
    assert!(has(
        aqap,
        "AL-QAIDA IN THE ARABIAN PENINSULA",
        NameKind::Primary
    ));
    assert!(has(aqap, "AQAP", NameKind::Alias));
}

#[test]
fn brackets_that_are_not_acronyms_stay() {
    // A UN reference number in the bracket is not an acronym, nor is a descriptor that does
    // not abbreviate the name.
    assert!(snap()
        .entities
        .iter()
        .flat_map(|e| &e.names)
        .any(|n| n.full.ends_with("(KPE.018)")));
    assert!(snap()
        .entities
        .iter()
        .flat_map(|e| &e.names)
        .any(|n| n.full == "TOUS POUR LA PAIX ET LE DEVELOPPEMENT (NGO)"));
}

#[test]
fn every_bracketed_acronym_in_the_file_is_split_once() {
    let xml = raw_xml();
    let raw_names: Vec<&str> = ["FIRST_NAME", "ALIAS_NAME"]
        .iter()
        .flat_map(|t| elements(&xml, t))
        .collect();
    let splits: Vec<(&str, &str)> = raw_names
        .iter()
        .filter_map(|n| split_bracketed_acronym(n))
        .collect();
    println!(
        "UN 2026-02-27: {} of {} raw names end in a bracketed acronym",
        splits.len(),
        raw_names.len()
    );
    // 79 when written: about sixty organisations' primary names and twenty aliases, all
    // entities (`…e.` keys). A few more or fewer after a rule change is plausible; hundreds
    // would mean person names or descriptors are being split.
    assert!((60..=100).contains(&splits.len()), "{}", splits.len());
    let all: Vec<&str> = snap()
        .entities
        .iter()
        .flat_map(|e| &e.names)
        .map(|n| n.full.as_str())
        .collect();
    for (base, acronym) in &splits {
        assert!(all.contains(base), "{base} missing");
        let holder = snap()
            .entities
            .iter()
            .find(|e| has(e, acronym, NameKind::Alias) && e.names.iter().any(|n| n.full == *base))
            .unwrap_or_else(|| panic!("no entity has {base} and alias {acronym}"));
        assert_eq!(
            holder.entity_type,
            EntityType::Organization,
            "{}",
            holder.key
        );
    }
    // Applying the rule again changes nothing: no listed name still ends in an acronym.
    for n in &all {
        assert_eq!(split_bracketed_acronym(n), None, "{n}");
    }
}
