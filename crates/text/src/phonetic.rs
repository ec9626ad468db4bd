//! A phonetic skeleton for names written in different romanisations.
//!
//! Romanisations of Arabic, Persian, Urdu and Russian names disagree mostly on vowels
//! (Muhammad / Mohamed), doubled letters (Hassan / Hasan), a few digraphs (kh / h,
//! ph / f, sh / ch) and the q / k split. The skeleton keeps the first sound's class and the
//! consonants, so those spellings meet, while different names mostly stay apart. Unlike
//! Soundex it keeps every consonant (no digit buckets), which keeps false collisions rare
//! enough to use it as evidence, not only as a blocking key.

/// The phonetic skeleton of one folded token (lower-case ASCII letters and digits).
///
/// ```
/// use nomina_text::skeleton;
/// assert_eq!(skeleton("muhammad"), skeleton("mohamed"));
/// assert_eq!(skeleton("hussein"), skeleton("husayn"));
/// assert_eq!(skeleton("hussein"), skeleton("hossein"));
/// assert_eq!(skeleton("usama"), skeleton("osama"));
/// assert_eq!(skeleton("yusuf"), skeleton("yousef"));
/// assert_eq!(skeleton("mhmd"), skeleton("muhammad")); // محمد without vowels
/// assert_ne!(skeleton("hassan"), skeleton("hussein"));
/// ```
pub fn skeleton(token: &str) -> String {
    let b = token.as_bytes();
    if b.is_empty() || b.iter().any(|c| c.is_ascii_digit()) {
        return token.to_string();
    }
    let mut s: Vec<u8> = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let (out, used): (&[u8], usize) = if rest.starts_with(b"tch") || rest.starts_with(b"sch") {
            (b"x", 3)
        } else if rest.starts_with(b"sh") || rest.starts_with(b"ch") {
            (b"x", 2)
        } else if rest.starts_with(b"kh") {
            (b"h", 2)
        } else if rest.starts_with(b"gh") {
            (b"g", 2)
        } else if rest.starts_with(b"ph") {
            (b"f", 2)
        } else if rest.starts_with(b"th") {
            (b"t", 2)
        } else if rest.starts_with(b"dh") {
            (b"d", 2)
        } else if rest.starts_with(b"dj") || rest.starts_with(b"dzh") {
            (b"j", if rest.starts_with(b"dzh") { 3 } else { 2 })
        } else if rest.starts_with(b"ck") {
            (b"k", 2)
        } else if rest.starts_with(b"tz") {
            (b"ts", 2)
        } else if rest == b"off" || rest == b"ow" {
            (b"ov", rest.len())
        } else {
            let c = match rest[0] {
                b'q' | b'c' => b'k',
                b'x' => b'k', // "ks": only the k matters for a key
                b'w' if i == 0 => b'v',
                c => c,
            };
            s.push(c);
            i += 1;
            continue;
        };
        s.extend_from_slice(out);
        i += used;
    }
    // Doubled letters are a spelling choice (Hassan / Hasan).
    s.dedup();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in s.iter().enumerate() {
        let vowel = matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w');
        if i == 0 {
            out.push(match c {
                b'e' | b'i' => 'i',
                b'o' | b'u' => 'u',
                // A leading y or w is a consonant (Yusuf, Wali).
                c => c as char,
            });
        } else if !vowel {
            out.push(c as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn romanisation_families_share_a_skeleton() {
        for group in [
            &["muhammad", "mohammed", "mohamad", "mohamed", "muhammed", "mhmd"][..],
            &["hussein", "husayn", "hussain", "hossein", "husain"],
            &["khalid", "khaled"],
            &["qasim", "kasim"],
            &["masood", "masud", "mswd"],
            &["daoud", "dawood", "dawud"],
            &["sherif", "cherif", "sharif"],
            &["ivanov", "ivanoff"],
            &["ibrahim", "ebrahim"],
        ] {
            let k = skeleton(group[0]);
            for w in group {
                assert_eq!(skeleton(w), k, "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn different_names_stay_apart() {
        assert_ne!(skeleton("ahmad"), skeleton("mahmoud"));
        assert_ne!(skeleton("ali"), skeleton("alvi"));
        assert_ne!(skeleton("azhar"), skeleton("asghar"));
        assert_eq!(skeleton("737"), "737");
        assert_eq!(skeleton(""), "");
    }
}
