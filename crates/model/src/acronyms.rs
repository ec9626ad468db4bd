//! Bracketed acronyms at the end of listed names.
//!
//! Lists write an organisation's acronym into its name: `HAQQANI NETWORK (HQN)`,
//! `AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)`. Kept whole, the bracket is scored as part of
//! the name, so a query for the name alone loses to it. [`split_bracketed_acronyms`] turns
//! such a name into the name without the bracket (same [`NameKind`]) plus the acronym as a
//! separate [`NameKind::Alias`]; `nomina_lists::finish_snapshot` applies it to
//! every entity of every source.
//!
//! Only a bracket that ends the name counts, and only when its content is one acronym:
//!
//! - one token of 2–8 letters or digits (dots and hyphens are not counted), with at least
//!   two letters;
//! - written in capitals: it starts with a capital, has at least two, and has more capitals
//!   than lower-case letters, so the usual mixed forms `LeT`, `JuA`, `HuJI` count while
//!   `(Butaev)` or `(Oman)` do not;
//! - dots only as dotted initials (`A.Q.A.P.`), so reference numbers such as `(KPE.018)` are
//!   not taken for acronyms; hyphens only between letters or digits (`IRGC-QF`);
//! - plausibly the acronym of the name before it: its first letter is the initial of one of
//!   that name's words, and its letters follow in order in the rest of the name. A letter
//!   outside ASCII in the name may stand for any letter, so accents need no folding table.
//!   This leaves descriptors such as `TOUS POUR LA PAIX ET LE DEVELOPPEMENT (NGO)` alone.
//!
//! - not a country (`(IRAN)`, `(UAE)`, `(DPRK)`; two-letter content is left to the previous
//!   rule, since `IS` and `AQ` are both acronyms and country codes) and not a legal form or
//!   status word (`(LLC)`, `(GMBH)`, `(OFFSHORE)`, `(HOLDING)`): an alias `LLC` would match
//!   every limited company.
//!
//! Anything else in a final bracket (a country, `(formerly …)`, a date, lower-case words,
//! several words) is left in the name.

use crate::{country, Entity, Name, NameKind};

/// Capitalised words lists put in a final bracket that describe the company's form or status
/// rather than abbreviate its name.
const FORM_AND_STATUS_WORDS: &[&str] = &[
    "AG",
    "AO",
    "BV",
    "CJSC",
    "CO",
    "CORP",
    "FZCO",
    "FZE",
    "GMBH",
    "HOLDING",
    "INC",
    "JSC",
    "LLC",
    "LLP",
    "LTD",
    "LIMITED",
    "NV",
    "OAO",
    "OFFSHORE",
    "OFF-SHORE",
    "OJSC",
    "OOO",
    "PAO",
    "PJSC",
    "PLC",
    "PTE",
    "SA",
    "SAL",
    "SARL",
    "SPA",
    "SRL",
    "ZAO",
];

/// Fewest letters and digits an acronym has.
const MIN_LEN: usize = 2;
/// Most letters and digits an acronym has.
const MAX_LEN: usize = 8;

/// Splits a name ending in a bracketed acronym into the name before the bracket and the
/// acronym, both trimmed: `"HAQQANI NETWORK (HQN)"` gives `("HAQQANI NETWORK", "HQN")`.
/// Returns `None` when the name does not end in a bracket or the bracket holds anything but
/// an acronym of the name (see the [module documentation](self)).
pub fn split_bracketed_acronym(name: &str) -> Option<(&str, &str)> {
    let (base, inner) = final_bracket(name)?;
    let base = base.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    if base.is_empty()
        || !is_acronym_token(inner)
        || is_country(inner)
        || is_form_or_status_word(inner)
        || !abbreviates(inner, base)
    {
        return None;
    }
    Some((base, inner))
}

/// The name a screening query stands for when it ends in a bracketed acronym of itself,
/// in any case: `"haqqani network (Hqn)"` gives `"haqqani network"`. Callers type acronyms
/// carelessly, so capitals are not required here as they are in lists; the bracket must
/// still abbreviate the name. `None` when there is no such bracket.
pub fn query_without_acronym(name: &str) -> Option<&str> {
    let (base, inner) = final_bracket(name)?;
    let base = base.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let (upper_base, upper_inner) = (base.to_uppercase(), inner.to_uppercase());
    (!base.is_empty()
        && is_acronym_token(&upper_inner)
        && !is_country(&upper_inner)
        && !is_form_or_status_word(&upper_inner)
        && abbreviates(&upper_inner, &upper_base))
    .then_some(base)
}

/// Applies [`split_bracketed_acronym`] to every name of an entity: the name is replaced, in
/// place and with its kind, by the name without the bracket, and the acronym is added as an
/// [`NameKind::Alias`] unless the entity already has a name with that text (in any case or
/// kind). Returns how many names were split.
pub fn split_bracketed_acronyms(entity: &mut Entity) -> usize {
    let mut acronyms = Vec::new();
    for name in &mut entity.names {
        if let Some((base, acronym)) = split_bracketed_acronym(&name.full) {
            let (base, acronym) = (base.to_string(), acronym.to_string());
            strip_from_last_part(name, &acronym);
            name.full = base;
            acronyms.push(acronym);
        }
    }
    let split = acronyms.len();
    if split > 0 {
        drop_repeated_names(&mut entity.names);
        for acronym in acronyms {
            if !has_name(entity, &acronym) {
                entity.names.push(Name::new(acronym, NameKind::Alias));
            }
        }
    }
    split
}

/// The text before the last `(` and the trimmed content of a bracket that closes the name;
/// `None` when the name does not end with `)` or that bracket is unbalanced.
fn final_bracket(name: &str) -> Option<(&str, &str)> {
    let body = name.trim_end().strip_suffix(')')?;
    let open = body.rfind('(')?;
    let inner = &body[open + 1..];
    if inner.contains(')') {
        return None;
    }
    Some((&body[..open], inner.trim()))
}

/// One token of 2–8 letters or digits in capitals, with dots only as dotted initials and
/// hyphens only inside.
fn is_acronym_token(token: &str) -> bool {
    if !token
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
    {
        return false;
    }
    let core: Vec<char> = token.chars().filter(char::is_ascii_alphanumeric).collect();
    let letters = core.iter().filter(|c| c.is_ascii_alphabetic()).count();
    (MIN_LEN..=MAX_LEN).contains(&core.len())
        && letters >= 2
        && is_written_in_capitals(token)
        && has_valid_dots(token)
        && has_valid_hyphens(token)
}

/// A country name or code of three letters or more (two-letter content may be an acronym).
fn is_country(token: &str) -> bool {
    token.len() > 2 && country::lookup(token).is_some()
}

/// A legal form or status word such as `LLC` or `OFFSHORE`.
fn is_form_or_status_word(token: &str) -> bool {
    let bare = token.replace('.', "");
    FORM_AND_STATUS_WORDS
        .iter()
        .any(|w| w.eq_ignore_ascii_case(&bare))
}

/// Starts with a capital, has at least two, and more capitals than lower-case letters.
fn is_written_in_capitals(token: &str) -> bool {
    let upper = token.chars().filter(char::is_ascii_uppercase).count();
    let lower = token.chars().filter(char::is_ascii_lowercase).count();
    token.starts_with(|c: char| c.is_ascii_uppercase()) && upper >= 2 && upper > lower
}

/// No dots, or dotted initials: single letters each followed by a dot (the last dot may be
/// missing), as in `A.Q.A.P.`.
fn has_valid_dots(token: &str) -> bool {
    if !token.contains('.') {
        return true;
    }
    token
        .trim_end_matches('.')
        .split('.')
        .all(|part| part.len() == 1 && part.chars().all(|c| c.is_ascii_alphabetic()))
}

/// No hyphen at either end and no two in a row.
fn has_valid_hyphens(token: &str) -> bool {
    !token.starts_with('-') && !token.ends_with('-') && !token.contains("--")
}

/// The acronym's first letter is the initial of a word of `name`, and its other letters and
/// digits follow in order in the rest of the name.
fn abbreviates(acronym: &str, name: &str) -> bool {
    let wanted: Vec<char> = acronym
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let Some((&first, rest)) = wanted.split_first() else {
        return false;
    };
    word_starts(name)
        .into_iter()
        .filter(|&i| same_letter(name[i..].chars().next(), first))
        .any(|i| is_in_order(rest, &name[i..]))
}

/// Byte offsets of the first letter or digit of every word.
fn word_starts(name: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut in_word = false;
    for (i, c) in name.char_indices() {
        let word_char = c.is_alphanumeric();
        if word_char && !in_word {
            starts.push(i);
        }
        in_word = word_char;
    }
    starts
}

/// Whether `letters` occur in order in `text` after its first character.
fn is_in_order(letters: &[char], text: &str) -> bool {
    let mut chars = text.chars().skip(1);
    letters
        .iter()
        .all(|&want| chars.by_ref().any(|c| same_letter(Some(c), want)))
}

/// A character of the name stands for an acronym letter when it is the same ASCII letter or
/// digit, ignoring case, or any letter outside ASCII (an accented letter, unfolded).
fn same_letter(c: Option<char>, want: char) -> bool {
    match c {
        Some(c) if c.is_ascii() => c.to_ascii_lowercase() == want,
        Some(c) => c.is_alphabetic(),
        None => false,
    }
}

/// Removes the bracket from the last structured part too, when the part ends with it.
fn strip_from_last_part(name: &mut Name, acronym: &str) {
    if let Some(last) = name.parts.last_mut() {
        if let Some((base, inner)) = final_bracket(&last.value) {
            if inner == acronym {
                let base = base.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
                last.value = base.to_string();
            }
        }
        if last.value.is_empty() {
            name.parts.pop();
        }
    }
}

/// Keeps the first of names with the same text and kind (a list may give both the bracketed
/// and the plain form).
fn drop_repeated_names(names: &mut Vec<Name>) {
    let mut kept: Vec<Name> = Vec::with_capacity(names.len());
    for name in names.drain(..) {
        if !kept
            .iter()
            .any(|k| k.full == name.full && k.kind == name.kind)
        {
            kept.push(name);
        }
    }
    *names = kept;
}

/// Whether the entity has a name with this text, ignoring case.
fn has_name(entity: &Entity, text: &str) -> bool {
    entity
        .names
        .iter()
        .any(|n| n.full.to_lowercase() == text.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{EntityType, NamePart, NamePartKind, Source};

    fn split(name: &str) -> Option<(&str, &str)> {
        split_bracketed_acronym(name)
    }

    #[test]
    fn queries_drop_their_own_acronym_in_any_case() {
        assert_eq!(
            query_without_acronym("haqqani network (Hqn)"),
            Some("haqqani network")
        );
        assert_eq!(
            query_without_acronym("The Foreign Trade Bank (Ftb)"),
            Some("The Foreign Trade Bank")
        );
        assert_eq!(query_without_acronym("Emma Trading (Iran)"), None);
        assert_eq!(query_without_acronym("Masood Azhar"), None);
    }

    #[test]
    fn listed_acronyms_are_split() {
        assert_eq!(
            split("HAQQANI NETWORK (HQN)"),
            Some(("HAQQANI NETWORK", "HQN"))
        );
        assert_eq!(
            split("AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)"),
            Some(("AL-QAIDA IN THE ARABIAN PENINSULA", "AQAP"))
        );
        assert_eq!(
            split("ISLAMIC STATE IN IRAQ AND THE LEVANT (ISIL)"),
            Some(("ISLAMIC STATE IN IRAQ AND THE LEVANT", "ISIL"))
        );
        assert_eq!(
            split("OCEAN MARITIME MANAGEMENT COMPANY, LIMITED (OMM)"),
            Some(("OCEAN MARITIME MANAGEMENT COMPANY, LIMITED", "OMM"))
        );
        assert_eq!(
            split("LEADER (HONG KONG) INTERNATIONAL (LHKI)"),
            Some(("LEADER (HONG KONG) INTERNATIONAL", "LHKI"))
        );
    }

    #[test]
    fn only_a_final_bracket_counts() {
        assert_eq!(split("UGANDA COMMERCIAL IMPEX (UCI) LTD"), None);
        assert_eq!(split("HAQQANI NETWORK"), None);
        assert_eq!(split("(HQN)"), None);
        assert_eq!(split("HAQQANI NETWORK (HQN"), None);
        assert_eq!(split("HAQQANI NETWORK HQN)"), None);
    }

    #[test]
    fn acronym_length_is_two_to_eight() {
        assert_eq!(
            split("LASHKAR I JHANGVI (LJ)"),
            Some(("LASHKAR I JHANGVI", "LJ"))
        );
        assert_eq!(split("LASHKAR I JHANGVI (L)"), None);
        assert_eq!(
            split("SAHAND ALUMINUM PARTS INDUSTRIAL COMPANY (SAPICO)"),
            Some(("SAHAND ALUMINUM PARTS INDUSTRIAL COMPANY", "SAPICO"))
        );
        assert_eq!(split("A B C D E F G H I (ABCDEFGHI)"), None);
    }

    #[test]
    fn mixed_case_acronyms_count_when_mostly_capitals() {
        assert_eq!(
            split("LASHKAR-E-TAYYIBA (LeT)"),
            Some(("LASHKAR-E-TAYYIBA", "LeT"))
        );
        assert_eq!(split("Lom-ali Butayev (Butaev)"), None);
        assert_eq!(split("Harakat ul-Mujahidin (hum)"), None);
        assert_eq!(split("Trading Company (Oman)"), None);
    }

    #[test]
    fn dots_only_as_dotted_initials() {
        assert_eq!(
            split("AL-QAIDA IN THE ARABIAN PENINSULA (A.Q.A.P.)"),
            Some(("AL-QAIDA IN THE ARABIAN PENINSULA", "A.Q.A.P."))
        );
        assert_eq!(split("SECOND ACADEMY OF NATURAL SCIENCES (KPE.018)"), None);
        assert_eq!(split("ABZAR BORESH KAVEH CO. (BK CO.)"), None);
    }

    #[test]
    fn hyphens_only_inside() {
        assert_eq!(
            split("ISLAMIC REVOLUTIONARY GUARD CORPS QODS FORCE (IRGC-QF)"),
            Some(("ISLAMIC REVOLUTIONARY GUARD CORPS QODS FORCE", "IRGC-QF"))
        );
        assert_eq!(split("INTERNATIONAL RELIEF (-IR)"), None);
        assert_eq!(split("LORD'S RESISTANCE MOVEMENT/ARMY (LRM/A)"), None);
    }

    #[test]
    fn other_brackets_are_left_alone() {
        for name in [
            "EL PARA (COMBAT NAME)",
            "Hilarion Santos, III (third)",
            "Ezatullah Haqqani (previously listed as)",
            "GOLDEN STAR TRADING (formerly SILVER STAR)",
            "EAST SEA SHIPPING (2017)",
            "Encep Nurjaman (birth name)",
            "TOUS POUR LA PAIX ET LE DEVELOPPEMENT (NGO)",
            "XYZ TRADING LIMITED (UK)",
        ] {
            assert_eq!(split(name), None, "{name}");
        }
    }

    #[test]
    fn acronym_must_fit_the_name() {
        assert!(abbreviates("HQN", "HAQQANI NETWORK"));
        assert!(abbreviates("ISIL", "ISLAMIC STATE IN IRAQ AND THE LEVANT"));
        assert!(abbreviates("AQMI", "Al Qaïda au Maghreb islamique"));
        assert!(abbreviates("EI", "ÉTAT ISLAMIQUE"));
        assert!(abbreviates("IS", "THE ISLAMIC STATE"));
        assert!(!abbreviates("NGO", "TOUS POUR LA PAIX"));
        assert!(!abbreviates("QH", "HAQQANI"));
    }

    #[test]
    fn countries_and_legal_forms_are_not_acronyms() {
        assert!(is_country("IRAN"));
        assert!(is_country("UAE"));
        assert!(!is_country("IS"));
        assert!(!is_country("HQN"));
        assert!(is_form_or_status_word("LLC"));
        assert!(is_form_or_status_word("L.L.C."));
        assert!(is_form_or_status_word("OFF-SHORE"));
        assert!(!is_form_or_status_word("HQN"));
        assert_eq!(split("IRAN AIR (IRAN)"), None);
        assert_eq!(split("UNITED ARAB EXPRESS (UAE)"), None);
        assert_eq!(split("LUCKY LIMITED LIABILITY COMPANY (LLC)"), None);
        assert_eq!(split("STARS GROUP SAL HOLDING (HOLDING)"), None);
        assert_eq!(split("Islamic State (IS)"), Some(("Islamic State", "IS")));
    }

    #[test]
    fn digits_need_two_letters() {
        assert_eq!(split("GROUP OF EIGHT (G8)"), None);
        assert_eq!(
            split("BRIGADE 313 COMMAND (B313C)"),
            Some(("BRIGADE 313 COMMAND", "B313C"))
        );
    }

    fn org(names: &[(&str, NameKind)]) -> Entity {
        let mut e = Entity::new(
            Source::Custom("t".into()),
            "1",
            EntityType::Organization,
            Name::new(names[0].0, names[0].1),
        );
        for (n, k) in &names[1..] {
            e.names.push(Name::new(n, *k));
        }
        e
    }

    fn texts(e: &Entity) -> Vec<(&str, NameKind)> {
        e.names.iter().map(|n| (n.full.as_str(), n.kind)).collect()
    }

    #[test]
    fn entity_gets_plain_name_and_acronym_alias() {
        let mut e = org(&[("HAQQANI NETWORK (HQN)", NameKind::Primary)]);
        assert_eq!(split_bracketed_acronyms(&mut e), 1);
        assert_eq!(
            texts(&e),
            [
                ("HAQQANI NETWORK", NameKind::Primary),
                ("HQN", NameKind::Alias)
            ]
        );
    }

    #[test]
    fn existing_acronym_is_not_added_again() {
        let mut e = org(&[
            ("HAQQANI NETWORK (HQN)", NameKind::Primary),
            ("hqn", NameKind::WeakAlias),
        ]);
        assert_eq!(split_bracketed_acronyms(&mut e), 1);
        assert_eq!(
            texts(&e),
            [
                ("HAQQANI NETWORK", NameKind::Primary),
                ("hqn", NameKind::WeakAlias)
            ]
        );
    }

    #[test]
    fn split_alias_keeps_its_kind_and_repeats_collapse() {
        let mut e = org(&[
            ("ISLAMIC STATE IN IRAQ AND THE LEVANT", NameKind::Primary),
            ("Islamic State (IS)", NameKind::FormerName),
            ("Islamic State", NameKind::FormerName),
            (
                "ISLAMIC STATE IN IRAQ AND THE LEVANT (ISIL)",
                NameKind::Alias,
            ),
        ]);
        assert_eq!(split_bracketed_acronyms(&mut e), 2);
        assert_eq!(
            texts(&e),
            [
                ("ISLAMIC STATE IN IRAQ AND THE LEVANT", NameKind::Primary),
                ("Islamic State", NameKind::FormerName),
                ("ISLAMIC STATE IN IRAQ AND THE LEVANT", NameKind::Alias),
                ("IS", NameKind::Alias),
                ("ISIL", NameKind::Alias),
            ]
        );
    }

    #[test]
    fn structured_last_part_loses_the_bracket() {
        let mut name = Name::new("HAQQANI NETWORK (HQN)", NameKind::Primary);
        name.parts = vec![NamePart {
            kind: NamePartKind::Ordered,
            value: "HAQQANI NETWORK (HQN)".into(),
        }];
        let mut e = org(&[("x", NameKind::Primary)]);
        e.names = vec![name];
        split_bracketed_acronyms(&mut e);
        assert_eq!(e.names[0].parts[0].value, "HAQQANI NETWORK");
    }

    #[test]
    fn untouched_entity_reports_nothing() {
        let mut e = org(&[("BANK SEPAH", NameKind::Primary)]);
        assert_eq!(split_bracketed_acronyms(&mut e), 0);
        assert_eq!(texts(&e), [("BANK SEPAH", NameKind::Primary)]);
    }
}
