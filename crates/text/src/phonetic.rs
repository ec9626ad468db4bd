//! A phonetic skeleton for names written in different romanisations.
//!
//! Romanisations of Arabic, Persian, Urdu and Russian names disagree mostly on vowels
//! (Muhammad / Mohamed), doubled letters (Hassan / Hasan), a few digraphs (kh / h,
//! ph / f, sh / ch) and the q / k / gh split. The skeleton keeps the first sound's class and the
//! consonants, so those spellings meet, while different names mostly stay apart. Unlike
//! Soundex it keeps every consonant (no digit buckets), which keeps false collisions rare
//! enough to use it as evidence, not only as a blocking key.

/// The token with digraphs folded (kh → h, sh/ch → x, q/c → k…) and doubled letters
/// collapsed: the common first step of both keys.
fn consonant_folded(token: &str) -> Vec<u8> {
    let b = token.as_bytes();
    if b.is_empty() || b.iter().any(|c| c.is_ascii_digit()) {
        return b.to_vec();
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
            // Persian pronounces ق (q) as غ (gh), and romanisations follow either: Ghasemi
            // / Qasemi, Ghorbani / Qorbani.
            (b"k", 2)
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
    // An h after a vowel and before a consonant is silent (John / Jon, Shah / Sha).
    let is_v = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let mut i = 1;
    while i < s.len() {
        if s[i] == b'h' && is_v(s[i - 1]) && s.get(i + 1).is_none_or(|&c| !is_v(c)) {
            s.remove(i);
        } else {
            i += 1;
        }
    }
    // Doubled letters are a spelling choice (Hassan / Hasan).
    s.dedup();
    s
}

/// The phonetic skeleton of one folded token (lower-case ASCII letters and digits):
/// consonants as written (after digraph folding) and each run of vowels reduced to a
/// class — `a`, `i` (i, ee, y, ai, ay, ei: Husayn / Hussein), `u` (o, u, ou, oo, w: Yusuf
/// / Yousuf) — or `e` for a lone e, which romanises fatha (Ahmed) as often as kasra
/// (Khaled): [`skeleton_keys`] expands it both ways.
///
/// ```
/// use nomina_text::skeleton;
/// assert_eq!(skeleton("muhammad"), "muhamad");
/// assert_eq!(skeleton("mohamed"), "muhamed");
/// assert_eq!(skeleton("hussein"), skeleton("husayn"));
/// assert_eq!(skeleton("hussein"), skeleton("hossein"));
/// assert_eq!(skeleton("usama"), skeleton("osama"));
/// assert_ne!(skeleton("hassan"), skeleton("hussein"));
/// assert_ne!(skeleton("muhammad"), skeleton("mahmud"));
/// ```
pub fn skeleton(token: &str) -> String {
    let s = consonant_folded(token);
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if is_vowelish(c, i, &s) {
            let start = i;
            while i < s.len() && is_vowelish(s[i], i, &s) {
                i += 1;
            }
            let run = &s[start..i];
            let class = if run == b"e" {
                // A lone e stands for fatha (Ahmed) as often as for kasra (Khaled).
                'e'
            } else if run.iter().any(|&v| matches!(v, b'i' | b'y')) || run == b"ee" {
                'i'
            } else if run.iter().all(|&v| matches!(v, b'o' | b'u' | b'w'))
                || (run.iter().any(|&v| matches!(v, b'o' | b'u')) && !run.contains(&b'a'))
            {
                'u'
            } else {
                'a'
            };
            out.push(class);
        } else {
            out.push(c as char);
            i += 1;
        }
    }
    out
}

fn is_vowelish(c: u8, i: usize, s: &[u8]) -> bool {
    match c {
        b'a' | b'e' | b'i' | b'o' | b'u' => true,
        // y and w are vowels after a vowel or at the end (Husayn, Dawood, Aly), consonants
        // before one (Yusuf, Wali).
        b'y' | b'w' => {
            i > 0 && (matches!(s[i - 1], b'a' | b'e' | b'i' | b'o' | b'u') || i + 1 == s.len())
        }
        _ => false,
    }
}

/// The lookup keys of a skeleton: the skeleton itself when it has no `e`, otherwise the
/// two readings with every `e` as `a` and as `i`. Two tokens sound alike when their keys
/// intersect.
///
/// ```
/// use nomina_text::phonetic::{skeleton_keys, sound_alike};
/// assert_eq!(skeleton_keys("khaled"), ["halad", "halid"]);
/// assert!(sound_alike("khaled", "khalid"));
/// assert!(sound_alike("ahmed", "ahmad"));
/// assert!(!sound_alike("ahmad", "ahmid"));
/// ```
pub fn skeleton_keys(token: &str) -> Vec<String> {
    let s = skeleton(token);
    if !s.contains('e') {
        return vec![s];
    }
    vec![s.replace('e', "a"), s.replace('e', "i")]
}

/// True when two folded tokens share a skeleton key.
pub fn sound_alike(a: &str, b: &str) -> bool {
    let kb = skeleton_keys(b);
    skeleton_keys(a).iter().any(|k| kb.contains(k))
}

/// The consonant key of a folded token: the first sound's class and its consonants, with
/// vowels, y and w dropped. It is coarse (Hasan and Husayn share one) and is meant for
/// comparing against spellings that have no vowels at all, such as romanised Arabic
/// script (محمد → `mhmd`).
///
/// ```
/// use nomina_text::phonetic::consonant_key;
/// assert_eq!(consonant_key("mhmd"), consonant_key("muhammad"));
/// assert_eq!(consonant_key("mswd"), consonant_key("masood"));
/// ```
pub fn consonant_key(token: &str) -> String {
    let s = consonant_folded(token);
    let mut out = String::with_capacity(s.len());
    for (i, &c) in s.iter().enumerate() {
        let vowel = matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w');
        if i == 0 {
            out.push(match c {
                b'e' | b'i' => 'i',
                b'o' | b'u' => 'u',
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
            &["muhammad", "mohammed", "mohamad", "mohamed", "muhammed"][..],
            &["hussein", "husayn", "hussain", "hossein", "husain"],
            &["khalid", "khaled"],
            &["qasim", "kasim"],
            &["masood", "masud"],
            &["daoud", "dawood", "dawud"],
            &["sherif", "cherif", "sharif"],
            &["ivanov", "ivanoff"],
            &["ibrahim", "ebrahim"],
            &["john", "jon"],
            &["rahman", "raman"],
        ] {
            for w in group {
                assert!(sound_alike(w, group[0]), "{w} vs {}", group[0]);
            }
        }
    }

    #[test]
    fn different_names_stay_apart() {
        assert_ne!(skeleton("ahmad"), skeleton("mahmoud"));
        assert_ne!(skeleton("ali"), skeleton("alvi"));
        assert_ne!(skeleton("azhar"), skeleton("asghar"));
        assert_ne!(skeleton("hasan"), skeleton("husayn"));
        assert_eq!(skeleton("737"), "737");
        assert_eq!(skeleton(""), "");
    }
}
