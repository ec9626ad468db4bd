//! What changed between two sets of lists: the listed entities a delta re-screen searches
//! for in the customer index (`customer_index`), and those that left.

use crate::lists::ListSet;
use nomina_model::ListSnapshot;

/// The listed entities a list change asks to screen, and those that left.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Change {
    /// Keys added or whose content changed, in key order.
    pub screen: Vec<String>,
    /// Keys no longer in force, in key order.
    pub removed: Vec<String>,
}

/// The change from `old` to the lists in `new`, by entity key and content (the same
/// comparison as `nomina diff`).
pub fn change(old: &[ListSnapshot], new: &ListSet) -> Change {
    let new_snaps: Vec<ListSnapshot> = new.lists.iter().map(|l| l.snapshot.clone()).collect();
    let diff = nomina_lists::diff::diff(old, &new_snaps);
    let mut screen: Vec<String> = diff
        .added
        .iter()
        .map(|e| e.key.clone())
        .chain(diff.changed.iter().map(|c| c.key.clone()))
        .collect();
    screen.sort();
    screen.dedup();
    Change {
        screen,
        removed: diff.removed.iter().map(|e| e.key.clone()).collect(),
    }
}
