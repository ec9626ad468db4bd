//! Words one typing slip away. A lone word of a document may refer back to a party named
//! in full even when misspelt ("Zawahiri" after "al-Zawahri"): it is looked up among the
//! words of the full mentions, or of the parties' other listed names, one slip away.
//!
//! The words are indexed by their one-byte deletions (a word and each way of dropping one
//! of its bytes), so that a look-up reads only the words sharing such a variant with it
//! instead of every word of its first letter and length. A pasted list of thousands of
//! listed names has thousands of distinct words of each shape, and comparing every lone
//! word with all of them made the references quadratic in the document.

use nomina_match::fast_hash::{FastHasher, FastMap};
use std::hash::BuildHasher;

/// Fewest letters of a word (of the text and of the mention) for a reference one typing
/// slip away from the full mention: shorter words are other words ("Said" / "Saad").
pub(super) const MIN_SLIPPED_REFERENCE_LETTERS: usize = 5;

/// The words a written word may be a slip of, by their one-byte deletions.
pub(super) struct SlipIndex<'w> {
    /// The indexed words (of [`MIN_SLIPPED_REFERENCE_LETTERS`] letters or more).
    words: Vec<&'w str>,
    /// Per hash of a variant (a word, or a word less one byte), the words having it; built
    /// after [`LOOKUPS_BEFORE_INDEX`] look-ups, which compare every word instead.
    by_variant: std::cell::OnceCell<FastMap<u64, Vec<u32>>>,
    /// Look-ups made so far.
    lookups: std::cell::Cell<u32>,
}

/// Look-ups answered by comparing every word, before the index is built: a news article
/// asks a handful, about words of a few hundred (its mentions' and the other listed names
/// of its parties), and indexing them costs as much as dozens of such comparisons. A
/// pasted list asks thousands, and the index keeps them cheap. The alias words of the
/// mentioned parties ([`super::aliases::AliasWords`]) are indexed on the same terms.
pub(super) const LOOKUPS_BEFORE_INDEX: u32 = 16;

impl<'w> SlipIndex<'w> {
    /// Indexes the distinct `words` long enough to be met one slip away.
    pub(super) fn new(words: impl IntoIterator<Item = &'w str>) -> SlipIndex<'w> {
        let mut words: Vec<&'w str> = words
            .into_iter()
            .filter(|w| w.chars().count() >= MIN_SLIPPED_REFERENCE_LETTERS)
            .collect();
        words.sort_unstable();
        words.dedup();
        SlipIndex {
            words,
            by_variant: std::cell::OnceCell::new(),
            lookups: std::cell::Cell::new(0),
        }
    }

    /// The words by the hashes of their variants.
    fn by_variant(&self) -> &FastMap<u64, Vec<u32>> {
        self.by_variant.get_or_init(|| {
            let mut by_variant: FastMap<u64, Vec<u32>> = FastMap::default();
            let mut buf = Vec::new();
            for (i, w) in self.words.iter().enumerate() {
                each_variant(w.as_bytes(), &mut buf, |h| {
                    let at = by_variant.entry(h).or_default();
                    if at.last() != Some(&(i as u32)) {
                        at.push(i as u32);
                    }
                });
            }
            by_variant
        })
    }

    /// The one indexed word that `f` is one typing slip away from (one letter changed,
    /// added, dropped, or two neighbours swapped), with the same first letter, when exactly
    /// one is; `None` otherwise. A place is not a slip of the name made from it
    /// ([`is_nisba_stem`]).
    pub(super) fn one_slip_away(&self, f: &str) -> Option<&'w str> {
        // Short words are not counted as look-ups: they are never slips.
        if f.chars().count() < MIN_SLIPPED_REFERENCE_LETTERS || self.words.is_empty() {
            return None;
        }
        let asked = self.lookups.get();
        self.lookups.set(asked.saturating_add(1));
        if self.by_variant.get().is_none() && asked < LOOKUPS_BEFORE_INDEX {
            // Every word one slip away shares a variant with `f`: comparing all of them
            // finds the same words as the index.
            return one_slip_among(f, self.words.iter().copied(), |_| true);
        }
        // The words sharing a variant with `f`, which every word one slip away does.
        let by_variant = self.by_variant();
        let mut buf = Vec::new();
        let mut sharing: Vec<&'w str> = Vec::new();
        each_variant(f.as_bytes(), &mut buf, |h| {
            sharing.extend(
                by_variant
                    .get(&h)
                    .into_iter()
                    .flatten()
                    .map(|&i| self.words[i as usize]),
            );
        });
        one_slip_among(f, sharing, |_| true)
    }
}

/// The one word of `words` (any order, repeats allowed) that `f` is one typing slip away
/// from, among those `keep` keeps, by comparing each: the rule of
/// [`SlipIndex::one_slip_away`] without its index, for a few look-ups among a few hundred
/// words. `keep` is asked only of words one slip away.
pub(super) fn one_slip_among<'w>(
    f: &str,
    words: impl IntoIterator<Item = &'w str>,
    keep: impl Fn(&str) -> bool,
) -> Option<&'w str> {
    let first = f.chars().next()?;
    let len = f.chars().count();
    if len < MIN_SLIPPED_REFERENCE_LETTERS {
        return None;
    }
    let mut found: Option<&'w str> = None;
    for w in words {
        if found == Some(w)
            || !is_one_slip(f, first, len, w)
            || w.chars().count() < MIN_SLIPPED_REFERENCE_LETTERS
            || !keep(w)
        {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some(w);
    }
    found
}

/// Whether `w` is one typing slip from `f` (whose first letter is `first` and whose
/// length in letters is `len`): the same first letter, at most one letter longer or
/// shorter, at edit distance one (transpositions counting one), and not the name of
/// origin `f` is the place of.
fn is_one_slip(f: &str, first: char, len: usize, w: &str) -> bool {
    // The edit is counted on bytes: the first byte and the length in bytes (one apart
    // at most) turn most words away without decoding.
    w.as_bytes().first() == f.as_bytes().first()
        && w.len().abs_diff(f.len()) <= 1
        && w.starts_with(first)
        && w.chars().count().abs_diff(len) <= 1
        && nomina_text::osa_distance(f.as_bytes(), w.as_bytes(), 1) == 1
        && !is_nisba_stem(f, w)
}

/// Calls `each` with the hash of `word` and of every `word` less one of its bytes
/// (`buf` is scratch space). Two words one edit apart (a byte changed, added, dropped,
/// or two neighbours swapped) always share one of these variants.
fn each_variant(word: &[u8], buf: &mut Vec<u8>, mut each: impl FnMut(u64)) {
    let hasher = std::hash::BuildHasherDefault::<FastHasher>::default();
    each(hasher.hash_one(word));
    for i in 0..word.len() {
        buf.clear();
        buf.extend_from_slice(&word[..i]);
        buf.extend_from_slice(&word[i + 1..]);
        each(hasher.hash_one(&buf[..]));
    }
}

/// Whether `f` is the word `w` without its final `i` or `y`: the place or people an
/// Arabic name of origin (nisba) is made from ("Baghdad" in "al-Baghdadi", "Masr" in
/// "al-Masri"), another word than the name, not a typing slip of it.
pub(super) fn is_nisba_stem(f: &str, w: &str) -> bool {
    w.strip_prefix(f)
        .is_some_and(|end| matches!(end, "i" | "y"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rule compared with every word: what the index must find.
    fn by_every_word<'w>(f: &str, words: &[&'w str]) -> Option<&'w str> {
        let first = f.chars().next()?;
        let len = f.chars().count();
        if len < MIN_SLIPPED_REFERENCE_LETTERS {
            return None;
        }
        let mut hits: Vec<&'w str> = words
            .iter()
            .copied()
            .filter(|w| w.chars().count() >= MIN_SLIPPED_REFERENCE_LETTERS)
            .filter(|w| is_one_slip(f, first, len, w))
            .collect();
        hits.sort_unstable();
        hits.dedup();
        (hits.len() == 1).then(|| hits[0])
    }

    #[test]
    fn a_reference_may_be_one_slip_from_the_mention() {
        let idx = SlipIndex::new(["zawahri", "nusrah", "haqqani", "haqqany"]);
        assert_eq!(idx.one_slip_away("zawahiri"), Some("zawahri"));
        assert_eq!(idx.one_slip_away("nusra"), Some("nusrah"));
        assert_eq!(idx.one_slip_away("nusarh"), Some("nusrah"));
        // Two mention words fit: neither is chosen.
        assert_eq!(idx.one_slip_away("haqqanu"), None);
        // Short words are other words; the first letter is never the slip.
        assert_eq!(idx.one_slip_away("nusr"), None);
        assert_eq!(idx.one_slip_away("kabul"), None);
        assert_eq!(idx.one_slip_away("mawahri"), None);
        // The word itself is no slip.
        assert_eq!(idx.one_slip_away("zawahri"), None);
    }

    #[test]
    fn a_place_is_not_a_slip_of_the_name_made_from_it() {
        let idx = SlipIndex::new(["baghdadi", "tikrity"]);
        assert_eq!(idx.one_slip_away("baghdad"), None);
        assert_eq!(idx.one_slip_away("tikrit"), None);
        assert_eq!(idx.one_slip_away("bagdadi"), Some("baghdadi"));
        assert!(is_nisba_stem("baghdad", "baghdadi"));
        assert!(!is_nisba_stem("nusra", "nusrah"));
    }

    #[test]
    fn letters_of_several_bytes_are_slips_like_any_other() {
        let words = ["müller", "çelebi", "абдуллах"];
        let idx = SlipIndex::new(words);
        assert_eq!(idx.one_slip_away("çelbi"), Some("çelebi"));
        assert_eq!(idx.one_slip_away("müler"), Some("müller"));
        // Edits are counted in bytes: a letter of two bytes dropped is two edits.
        for f in ["muller", "mûller", "абдулах", "абдуллаx"] {
            assert_eq!(idx.one_slip_away(f), by_every_word(f, &words), "{f}");
        }
        assert_eq!(idx.one_slip_away("абдулах"), None);
    }

    #[test]
    fn the_index_finds_what_comparing_every_word_finds() {
        // Every edit of a few words against words close to each other: the index must
        // give exactly the answer of the rule applied to every word.
        let words = [
            "hassan", "hasan", "hassen", "husain", "hussain", "hussein", "mohamed", "mohammed",
            "muhammad", "mohamad", "baghdadi", "bagdadi", "zawahri", "zawahiri", "abdullah",
            "abdallah", "haqqani", "haqqany", "ibrahim", "ebrahim", "çelebi",
        ];
        let idx = SlipIndex::new(words);
        let letters = ['a', 'e', 'h', 'i', 'm', 'u', 'ç', 'y'];
        for w in words {
            let chars: Vec<char> = w.chars().collect();
            let mut probes: Vec<String> = vec![w.to_string()];
            for i in 0..=chars.len() {
                for &c in &letters {
                    let mut v = chars.clone();
                    v.insert(i, c);
                    probes.push(v.iter().collect());
                    if i < chars.len() {
                        let mut v = chars.clone();
                        v[i] = c;
                        probes.push(v.iter().collect());
                    }
                }
                if i < chars.len() {
                    let mut v = chars.clone();
                    v.remove(i);
                    probes.push(v.iter().collect());
                }
                if i + 1 < chars.len() {
                    let mut v = chars.clone();
                    v.swap(i, i + 1);
                    probes.push(v.iter().collect());
                }
            }
            for p in probes {
                assert_eq!(idx.one_slip_away(&p), by_every_word(&p, &words), "{p}");
            }
        }
    }
}
