//! The parties met on the same words of a document: a small sorted set of entity keys
//! borrowed from the mentions, for the back-references' groups.
//!
//! A pasted list of listed names gives tens of thousands of groups, nearly all of one or
//! two parties. A `BTreeSet<String>` per group cost a 280-byte node and a copy of each
//! key (17.6 MB of the 2 MB list's peak); this set holds up to two borrowed keys inline.

use smallvec::SmallVec;

/// Entity keys in ascending order, each once; the first two without a heap allocation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(super) struct EntitySet<'c> {
    keys: SmallVec<[&'c str; 2]>,
}

impl<'c> EntitySet<'c> {
    /// The set of one key.
    pub fn of(key: &'c str) -> EntitySet<'c> {
        let mut keys = SmallVec::new();
        keys.push(key);
        EntitySet { keys }
    }

    /// Adds `key` unless it is already there, keeping the order.
    pub fn insert(&mut self, key: &'c str) {
        if let Err(at) = self.keys.binary_search(&key) {
            self.keys.insert(at, key);
        }
    }

    /// Whether `key` is in the set.
    pub fn contains(&self, key: &str) -> bool {
        self.keys.binary_search(&key).is_ok()
    }

    /// Whether the two sets share no key (one walk over both, as both are sorted).
    pub fn is_disjoint(&self, other: &EntitySet<'_>) -> bool {
        let (mut a, mut b) = (self.keys.iter().peekable(), other.keys.iter().peekable());
        while let (Some(x), Some(y)) = (a.peek(), b.peek()) {
            match x.cmp(y) {
                std::cmp::Ordering::Less => {
                    a.next();
                }
                std::cmp::Ordering::Greater => {
                    b.next();
                }
                std::cmp::Ordering::Equal => return false,
            }
        }
        true
    }

    /// The keys in ascending order.
    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = &'c str> + '_ {
        self.keys.iter().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn set<'a>(keys: &[&'a str]) -> EntitySet<'a> {
        let mut s = EntitySet::of(keys[0]);
        for k in &keys[1..] {
            s.insert(k);
        }
        s
    }

    #[test]
    fn keys_are_kept_sorted_and_once() {
        let s = set(&["un:2", "ofac:1", "un:2", "eu:9", "ofac:1"]);
        assert_eq!(s.iter().collect::<Vec<_>>(), ["eu:9", "ofac:1", "un:2"]);
        assert!(s.contains("ofac:1") && !s.contains("uk:1"));
    }

    #[test]
    fn the_same_keys_in_any_order_make_equal_sets() {
        assert_eq!(set(&["un:1", "ofac:2"]), set(&["ofac:2", "un:1", "un:1"]));
        assert_ne!(set(&["un:1"]), set(&["un:1", "ofac:2"]));
    }

    #[test]
    fn disjointness_agrees_with_a_btree_set() {
        let pool = ["a", "b", "c", "d", "e"];
        // Every pair of non-empty subsets of five keys.
        for m in 1u32..32 {
            for n in 1u32..32 {
                let pick = |mask: u32| -> Vec<&str> {
                    (0..5)
                        .filter(|i| mask & (1 << i) != 0)
                        .map(|i| pool[i])
                        .collect()
                };
                let (x, y) = (pick(m), pick(n));
                let (bx, by): (BTreeSet<&str>, BTreeSet<&str>) =
                    (x.iter().copied().collect(), y.iter().copied().collect());
                assert_eq!(
                    set(&x).is_disjoint(&set(&y)),
                    bx.is_disjoint(&by),
                    "{x:?} {y:?}"
                );
            }
        }
    }
}
