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
