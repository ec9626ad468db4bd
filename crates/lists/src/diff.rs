//! What changed between two sets of list versions, keyed by entity key.
//!
//! A compliance team re-screens on every list change, and wants to see exactly which parties
//! were listed, delisted or amended. [`diff`] compares entities by their stable key
//! (`un:QDi.422`, `ofac:11459`), so the same party is recognised across versions however the
//! file was re-ordered or re-serialised.
//!
//! Field comparison goes through the entity's serialised form, so every field of the model —
//! including fields added to the model later — is compared without this module having to
//! know about it. Multi-valued fields (names, dates of birth, addresses…) are compared as
//! multisets: a list that only re-orders aliases has not changed anything that screening
//! depends on, and reporting it would drown real amendments in noise.

use nomina_model::{Entity, EntityType, ListSnapshot, ListVersion};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

/// The top-level entity fields in model order, so that changes are reported in the order a
/// reader of `nomina show` sees them. Fields not named here (added to the model later) are
/// still compared and come after these, sorted by name.
const FIELD_ORDER: &[&str] = &[
    "type",
    "names",
    "birth_dates",
    "birth_places",
    "nationalities",
    "citizenships",
    "addresses",
    "identifiers",
    "vessel",
    "aircraft",
    "gender",
    "titles",
    "positions",
    "programmes",
    "other_references",
    "listed_on",
    "last_updated",
    "remarks",
];

/// Fields that identify the entity rather than describe it: equal by construction for two
/// entities with the same key.
const IDENTITY_FIELDS: &[&str] = &["key", "source"];

/// The difference between an old and a new set of lists.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListDiff {
    /// The versions the old side was read from.
    pub old: Vec<ListVersion>,
    /// The versions the new side was read from.
    pub new: Vec<ListVersion>,
    /// Counts of each kind of change.
    pub summary: DiffSummary,
    /// Entities present only in the new set (newly listed), in key order.
    pub added: Vec<EntitySummary>,
    /// Entities present only in the old set (delisted), in key order.
    pub removed: Vec<EntitySummary>,
    /// Entities present in both whose content differs, in key order.
    pub changed: Vec<EntityChange>,
    /// Observations about the inputs themselves, e.g. a key present in two old snapshots.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub notes: Vec<String>,
}

impl ListDiff {
    /// True when nothing was added, removed or changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// How many entities were added, removed, changed and left as they were.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffSummary {
    /// Newly listed.
    pub added: usize,
    /// Delisted.
    pub removed: usize,
    /// Amended.
    pub changed: usize,
    /// Present in both sets with identical content.
    pub unchanged: usize,
}

/// Enough of an added or removed entity to recognise it in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntitySummary {
    /// Entity key, e.g. `un:QDi.422`.
    pub key: String,
    /// Person, organization, vessel or aircraft.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The primary name.
    pub name: String,
    /// Sanctions programmes, which usually explain why a party was listed.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub programmes: Vec<String>,
}

impl EntitySummary {
    fn of(e: &Entity) -> EntitySummary {
        EntitySummary {
            key: e.key.clone(),
            entity_type: e.entity_type,
            name: e.primary_name().to_string(),
            programmes: e.programmes.clone(),
        }
    }
}

/// One amended entity and what changed in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EntityChange {
    /// Entity key.
    pub key: String,
    /// The entity type in the new version.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// The primary name in the new version.
    pub name: String,
    /// The changed top-level fields, in model order.
    pub fields: Vec<FieldChange>,
}

/// One changed top-level field of an entity, with its values on both sides for display.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FieldChange {
    /// Field name as in the JSON model: `names`, `birth_dates`, `nationalities`,
    /// `identifiers`, `addresses`, `programmes`, `remarks`…
    pub field: String,
    /// The whole old value (`null` when absent or empty).
    pub before: Value,
    /// The whole new value (`null` when absent or empty).
    pub after: Value,
    /// For list-valued fields: elements only in the new value.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub added: Vec<Value>,
    /// For list-valued fields: elements only in the old value.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub removed: Vec<Value>,
}

/// Compares an old and a new set of snapshots entity by entity, keyed by entity key.
///
/// The result is deterministic: every list is sorted by key, with numeric runs compared as
/// numbers so that `ofac:306` comes before `ofac:1021`.
pub fn diff(old: &[ListSnapshot], new: &[ListSnapshot]) -> ListDiff {
    let mut notes = Vec::new();
    let old_index = index(old, "old", &mut notes);
    let new_index = index(new, "new", &mut notes);

    let mut added = Vec::new();
    let mut removed = Vec::new();
    let mut changed = Vec::new();
    let mut unchanged = 0;

    for (key, n) in &new_index {
        match old_index.get(key) {
            None => added.push(EntitySummary::of(n)),
            Some(o) if *o == *n => unchanged += 1,
            Some(o) => {
                let fields = changed_fields(o, n);
                if fields.is_empty() {
                    // Only ordering differs inside multi-valued fields: not a change.
                    unchanged += 1;
                } else {
                    changed.push(EntityChange {
                        key: n.key.clone(),
                        entity_type: n.entity_type,
                        name: n.primary_name().to_string(),
                        fields,
                    });
                }
            }
        }
    }
    for (key, o) in &old_index {
        if !new_index.contains_key(key) {
            removed.push(EntitySummary::of(o));
        }
    }
    added.sort_by(|a, b| natural_cmp(&a.key, &b.key));
    removed.sort_by(|a, b| natural_cmp(&a.key, &b.key));
    changed.sort_by(|a, b| natural_cmp(&a.key, &b.key));
    notes.sort();

    ListDiff {
        old: old.iter().map(|s| s.version.clone()).collect(),
        new: new.iter().map(|s| s.version.clone()).collect(),
        summary: DiffSummary {
            added: added.len(),
            removed: removed.len(),
            changed: changed.len(),
            unchanged,
        },
        added,
        removed,
        changed,
        notes,
    }
}

/// Maps keys to entities. A key seen twice on one side (two versions of the same list given
/// together) keeps its last occurrence and is noted, because the diff of such a set is
/// ambiguous and the operator should know.
fn index<'a>(
    snapshots: &'a [ListSnapshot],
    side: &str,
    notes: &mut Vec<String>,
) -> HashMap<&'a str, &'a Entity> {
    let mut map: HashMap<&str, &Entity> = HashMap::new();
    let mut duplicates = BTreeSet::new();
    for s in snapshots {
        for e in &s.entities {
            if map.insert(e.key.as_str(), e).is_some() {
                duplicates.insert(e.key.as_str());
            }
        }
    }
    if !duplicates.is_empty() {
        let shown: Vec<&str> = duplicates.iter().take(5).copied().collect();
        let more = if duplicates.len() > 5 {
            format!(" and {} more", duplicates.len() - 5)
        } else {
            String::new()
        };
        notes.push(format!(
            "{side} side: {} key(s) appear in more than one snapshot ({}{more}); the last one read was used",
            duplicates.len(),
            shown.join(", ")
        ));
    }
    map
}

/// What changed between two versions of one entity: the top-level fields whose values
/// differ, in model order. The service uses it to tell an analyst why an alert re-opened
/// after a false-positive decision.
pub fn entity_changes(old: &Entity, new: &Entity) -> Vec<FieldChange> {
    changed_fields(old, new)
}

/// The top-level fields whose values differ, in [`FIELD_ORDER`] then alphabetical order.
fn changed_fields(old: &Entity, new: &Entity) -> Vec<FieldChange> {
    let o = as_object(old);
    let n = as_object(new);
    let mut names: Vec<&str> = FIELD_ORDER.to_vec();
    let mut extra: Vec<&str> = o
        .keys()
        .chain(n.keys())
        .map(String::as_str)
        .filter(|k| !FIELD_ORDER.contains(k) && !IDENTITY_FIELDS.contains(k))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    names.append(&mut extra);

    let mut out = Vec::new();
    for field in names {
        let before = o.get(field).cloned().unwrap_or(Value::Null);
        let after = n.get(field).cloned().unwrap_or(Value::Null);
        if let Some(change) = compare_field(field, before, after) {
            out.push(change);
        }
    }
    out
}

fn as_object(e: &Entity) -> Map<String, Value> {
    // Serialising the model cannot fail (no maps with non-string keys, no custom
    // serialisers that error); an empty map would only under-report, never crash.
    match serde_json::to_value(e) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

fn compare_field(field: &str, before: Value, after: Value) -> Option<FieldChange> {
    let is_list = |v: &Value| matches!(v, Value::Array(_) | Value::Null);
    if (before.is_array() || after.is_array()) && is_list(&before) && is_list(&after) {
        let b = elements(&before);
        let a = elements(&after);
        let added = multiset_minus(&a, &b);
        let removed = multiset_minus(&b, &a);
        if added.is_empty() && removed.is_empty() {
            return None;
        }
        return Some(FieldChange {
            field: field.to_string(),
            before,
            after,
            added,
            removed,
        });
    }
    if before == after {
        return None;
    }
    Some(FieldChange {
        field: field.to_string(),
        before,
        after,
        added: Vec::new(),
        removed: Vec::new(),
    })
}

fn elements(v: &Value) -> Vec<Value> {
    match v {
        Value::Array(items) => items.clone(),
        _ => Vec::new(),
    }
}

/// Elements of `a` not matched one-for-one by an equal element of `b`, in `a`'s order.
fn multiset_minus(a: &[Value], b: &[Value]) -> Vec<Value> {
    let mut used = vec![false; b.len()];
    let mut out = Vec::new();
    for x in a {
        match b.iter().enumerate().position(|(i, y)| !used[i] && y == x) {
            Some(i) => used[i] = true,
            None => out.push(x.clone()),
        }
    }
    out
}

/// Orders keys with runs of digits compared as numbers (`ofac:306` < `ofac:1021`,
/// `un:QDi.9` < `un:QDi.10`), falling back to plain byte order so the order is total.
pub fn natural_cmp(a: &str, b: &str) -> Ordering {
    let (mut x, mut y) = (a.as_bytes(), b.as_bytes());
    loop {
        match (x.first(), y.first()) {
            (None, None) => return a.cmp(b),
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(c), Some(d)) if c.is_ascii_digit() && d.is_ascii_digit() => {
                let xe = x
                    .iter()
                    .position(|b| !b.is_ascii_digit())
                    .unwrap_or(x.len());
                let ye = y
                    .iter()
                    .position(|b| !b.is_ascii_digit())
                    .unwrap_or(y.len());
                let xn = trim_zeros(&x[..xe]);
                let yn = trim_zeros(&y[..ye]);
                let ord = xn.len().cmp(&yn.len()).then_with(|| xn.cmp(yn));
                if ord != Ordering::Equal {
                    return ord;
                }
                x = &x[xe..];
                y = &y[ye..];
            }
            (Some(c), Some(d)) => {
                if c != d {
                    return c.cmp(d);
                }
                x = &x[1..];
                y = &y[1..];
            }
        }
    }
}

fn trim_zeros(digits: &[u8]) -> &[u8] {
    let start = digits
        .iter()
        .position(|&b| b != b'0')
        .unwrap_or(digits.len());
    &digits[start..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{BirthDate, Country, FuzzyDate, Name, NameKind, Source};

    fn person(id: &str, name: &str) -> Entity {
        Entity::new(
            Source::Un,
            id,
            EntityType::Person,
            Name::new(name, NameKind::Primary),
        )
    }

    fn snapshot(entities: Vec<Entity>) -> ListSnapshot {
        ListSnapshot {
            version: ListVersion {
                source: Source::Un,
                format: "un-xml".into(),
                published: None,
                sha256: "0".repeat(64),
                files: vec!["test.xml".into()],
            },
            entities,
            warnings: Vec::new(),
        }
    }

    #[test]
    fn added_removed_and_changed_are_keyed_and_sorted() {
        let mut changed_new = person("QDi.10", "B");
        changed_new
            .nationalities
            .push(Country::from_raw("Pakistan"));
        changed_new
            .birth_dates
            .push(BirthDate::single(FuzzyDate::year(1968), "1968"));
        let old = snapshot(vec![
            person("QDi.9", "A"),
            person("QDi.10", "B"),
            person("QDi.2", "C"),
        ]);
        let new = snapshot(vec![
            changed_new,
            person("QDi.2", "C"),
            person("QDi.100", "D"),
            person("QDi.11", "E"),
        ]);
        let d = diff(&[old], &[new]);
        assert_eq!(
            d.summary,
            DiffSummary {
                added: 2,
                removed: 1,
                changed: 1,
                unchanged: 1
            }
        );
        let added: Vec<&str> = d.added.iter().map(|a| a.key.as_str()).collect();
        assert_eq!(added, ["un:QDi.11", "un:QDi.100"]);
        assert_eq!(d.removed[0].key, "un:QDi.9");
        assert_eq!(d.removed[0].name, "A");
        let c = &d.changed[0];
        assert_eq!(c.key, "un:QDi.10");
        let fields: Vec<&str> = c.fields.iter().map(|f| f.field.as_str()).collect();
        assert_eq!(fields, ["birth_dates", "nationalities"]);
        let nat = &c.fields[1];
        assert_eq!(nat.before, Value::Null);
        assert_eq!(
            nat.added,
            vec![serde_json::json!({"code": "PK", "raw": "Pakistan"})]
        );
        assert!(nat.removed.is_empty());
        assert!(!d.is_empty());
    }

    #[test]
    fn reordering_aliases_is_not_a_change_but_changing_one_is() {
        let mut a = person("QDi.1", "X");
        a.push_name(Name::new("Y", NameKind::Alias));
        a.push_name(Name::new("Z", NameKind::Alias));
        let mut b = person("QDi.1", "X");
        b.push_name(Name::new("Z", NameKind::Alias));
        b.push_name(Name::new("Y", NameKind::Alias));
        let d = diff(&[snapshot(vec![a.clone()])], &[snapshot(vec![b])]);
        assert!(d.is_empty());
        assert_eq!(d.summary.unchanged, 1);

        let mut c = a.clone();
        c.names[2] = Name::new("Z", NameKind::WeakAlias);
        let d = diff(&[snapshot(vec![a])], &[snapshot(vec![c])]);
        let f = &d.changed[0].fields[0];
        assert_eq!(f.field, "names");
        assert_eq!(f.added.len(), 1);
        assert_eq!(f.removed.len(), 1);
        assert_eq!(f.added[0]["kind"], "weak_alias");
        assert_eq!(f.removed[0]["kind"], "alias");
    }

    #[test]
    fn scalar_fields_report_before_and_after() {
        let a = person("QDi.1", "X");
        let mut b = a.clone();
        b.remarks = Some("reportedly deceased".into());
        b.listed_on = FuzzyDate::ymd(2019, 5, 1);
        b.entity_type = EntityType::Organization;
        let d = diff(&[snapshot(vec![a])], &[snapshot(vec![b])]);
        let fields: Vec<(&str, &Value, &Value)> = d.changed[0]
            .fields
            .iter()
            .map(|f| (f.field.as_str(), &f.before, &f.after))
            .collect();
        assert_eq!(
            fields,
            [
                (
                    "type",
                    &serde_json::json!("person"),
                    &serde_json::json!("organization")
                ),
                ("listed_on", &Value::Null, &serde_json::json!("2019-05-01")),
                (
                    "remarks",
                    &Value::Null,
                    &serde_json::json!("reportedly deceased")
                ),
            ]
        );
        assert_eq!(d.changed[0].entity_type, EntityType::Organization);
    }

    #[test]
    fn identical_sets_and_empty_sets_give_empty_diffs() {
        let s = snapshot(vec![person("QDi.1", "X"), person("QDi.2", "Y")]);
        let d = diff(std::slice::from_ref(&s), std::slice::from_ref(&s));
        assert!(d.is_empty());
        assert_eq!(d.summary.unchanged, 2);
        let d = diff(&[], &[]);
        assert!(d.is_empty());
        assert_eq!(d.summary, DiffSummary::default());
        let d = diff(&[], std::slice::from_ref(&s));
        assert_eq!(d.summary.added, 2);
        assert!(d.old.is_empty());
        assert_eq!(d.new.len(), 1);
    }

    #[test]
    fn duplicate_keys_on_one_side_are_noted() {
        let s1 = snapshot(vec![person("QDi.1", "X")]);
        let s2 = snapshot(vec![person("QDi.1", "X")]);
        let d = diff(&[s1.clone(), s2], &[s1]);
        assert_eq!(d.notes.len(), 1);
        assert!(d.notes[0].contains("un:QDi.1"), "{}", d.notes[0]);
        assert!(d.notes[0].starts_with("old side"), "{}", d.notes[0]);
    }

    #[test]
    fn serde_round_trip_is_lossless() {
        let mut b = person("QDi.1", "X");
        b.programmes.push("Al-Qaida".into());
        let d = diff(
            &[snapshot(vec![person("QDi.1", "X"), person("QDi.3", "Q")])],
            &[snapshot(vec![b])],
        );
        let j = serde_json::to_string(&d).unwrap();
        let back: ListDiff = serde_json::from_str(&j).unwrap();
        assert_eq!(back, d);
        assert!(j.contains("\"type\":\"person\""), "{j}");
    }

    #[test]
    fn natural_order_compares_digit_runs_as_numbers() {
        let mut keys = vec![
            "ofac:1021",
            "ofac:306",
            "un:QDi.10",
            "un:QDi.9",
            "ofac:0306x",
            "eu:13",
            "un:QDe.1",
        ];
        keys.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(
            keys,
            [
                "eu:13",
                "ofac:306",
                "ofac:0306x",
                "ofac:1021",
                "un:QDe.1",
                "un:QDi.9",
                "un:QDi.10"
            ]
        );
        assert_eq!(natural_cmp("a01", "a1"), "a01".cmp("a1"));
        assert_eq!(natural_cmp("x", "x"), Ordering::Equal);
    }
}
