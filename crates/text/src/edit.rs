//! Edit distance shared by the tables (typo'd legal forms) and the matcher.

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up
/// beyond `max` (returns `max + 1`).
pub fn osa_distance(a: &[u8], b: &[u8], max: usize) -> usize {
    if a.len().abs_diff(b.len()) > max {
        return max + 1;
    }
    let (n, m) = (a.len(), b.len());
    if m >= 64 || n >= 250 {
        return if a == b { 0 } else { max + 1 };
    }
    let mut prev2 = [0u8; 64];
    let mut prev = [0u8; 64];
    let mut cur = [0u8; 64];
    for (j, p) in prev.iter_mut().enumerate().take(m + 1) {
        *p = j as u8;
    }
    for i in 1..=n {
        cur[0] = i as u8;
        let mut row_min = cur[0];
        for j in 1..=m {
            let cost = u8::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min as usize > max {
            return max + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[m] as usize
}

/// The bytes of `s` as a set, each byte folded onto one of 64 bits (its value modulo 64):
/// a fingerprint for [`letter_sets_allow`], computed once per word.
pub fn letter_set(s: &[u8]) -> u64 {
    s.iter().fold(0, |set, &b| set | 1u64 << (b & 63))
}

/// Whether two strings whose [`letter_set`]s are `a` and `b` may be within `max` edits of
/// each other: an insertion or deletion adds or removes at most one letter of a string's
/// set, a substitution at most one each way, a transposition none, so `max` edits leave
/// at most `2 * max` letters in one set and not the other (folding onto 64 bits only
/// merges letters). A necessary condition, checked before [`osa_distance`].
pub fn letter_sets_allow(a: u64, b: u64, max: usize) -> bool {
    (a ^ b).count_ones() as usize <= 2 * max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_sets_keep_every_pair_within_the_edits() {
        let within = |a: &str, b: &str, max: usize| {
            letter_sets_allow(letter_set(a.as_bytes()), letter_set(b.as_bytes()), max)
        };
        // One edit of each kind.
        assert!(within("company", "compny", 1));
        assert!(within("company", "comapny", 1));
        assert!(within("company", "cumpany", 1));
        assert!(within("company", "companyy", 1));
        // Two substitutions bring in two letters and take out two.
        assert!(within("corporation", "korporatiom", 2));
        // A name word shares too few letters with a legal form.
        assert!(!within("ahmad", "limited", 1));
        assert!(!within("mohammed", "holding", 1));
    }
}
