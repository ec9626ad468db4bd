//! Text as a reader sees it: a right-to-left override (U+202E) displays the Latin letters
//! after it in reverse, so "\u{202E}rahzA doosaM" reads "Masood Azhar" on screen. The
//! scanner reads such a document as displayed and reports each mention at the characters
//! that display it.
//!
//! An override runs to its pop character (U+202C), the end of the line or the end of the
//! text, as in name screening (`nomina_text::fold`). Text in a right-to-left script under
//! an override is displayed as usual and is left in its order.

/// Right-to-left override.
const RLO: char = '\u{202E}';
/// Pop directional formatting: ends an override.
const PDF: char = '\u{202C}';

/// A document with its overridden runs put in display order. Reversing the characters of
/// a run keeps its length in bytes, so every offset outside the runs is unchanged.
#[derive(Debug)]
pub(crate) struct Displayed {
    /// The text as displayed.
    pub text: String,
    /// Byte ranges (start, end) of the runs that were reversed.
    runs: Vec<(usize, usize)>,
}

impl Displayed {
    /// The byte range of the original text holding the characters displayed at
    /// `start..end`: ranges inside a reversed run are mirrored; a range across a run's edge
    /// covers both parts.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let mirror = |p: usize, inclusive_end: bool| {
            self.runs
                .iter()
                .find(|&&(a, b)| {
                    if inclusive_end {
                        a < p && p <= b
                    } else {
                        a <= p && p < b
                    }
                })
                .map_or(p, |&(a, b)| a + b - p)
        };
        let (x, y) = (mirror(start, false), mirror(end, true));
        (x.min(y), x.max(y))
    }
}

/// `text` in display order, or `None` when no override changes it.
pub(crate) fn as_displayed(text: &str) -> Option<Displayed> {
    if !text.contains(RLO) {
        return None;
    }
    let mut out = text.to_string();
    let mut runs = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find(RLO) {
        let start = from + at + RLO.len_utf8();
        let end = text[start..]
            .find([PDF, '\n'])
            .map_or(text.len(), |p| start + p);
        let run = &text[start..end];
        if !run.is_empty() && !run.chars().any(is_right_to_left) {
            let reversed: String = run.chars().rev().collect();
            out.replace_range(start..end, &reversed);
            runs.push((start, end));
        }
        from = end;
    }
    (!runs.is_empty()).then_some(Displayed { text: out, runs })
}

/// Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms), which an override leaves in their order.
fn is_right_to_left(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_override_is_read_as_displayed() {
        let text = "Funds went to \u{202E}rahzA doosaM\u{202C} last year.";
        let shown = as_displayed(text).expect("an override");
        assert_eq!(shown.text.len(), text.len());
        assert!(shown.text.contains("Masood Azhar"));
        // Everything outside the run stays where it was.
        assert!(shown.text.starts_with("Funds went to \u{202E}"));
        assert!(shown.text.ends_with("\u{202C} last year."));
    }

    #[test]
    fn a_displayed_range_maps_back_to_the_characters_that_show_it() {
        let text = "x \u{202E}rahzA doosaM\u{202C} y";
        let shown = as_displayed(text).unwrap();
        let at = shown.text.find("Masood").unwrap();
        let (a, b) = shown.original_range(at, at + "Masood".len());
        assert_eq!(&text[a..b], "doosaM");
        let whole = shown.text.find("Masood Azhar").unwrap();
        let (a, b) = shown.original_range(whole, whole + "Masood Azhar".len());
        assert_eq!(&text[a..b], "rahzA doosaM");
        // Outside any run, offsets are unchanged.
        assert_eq!(shown.original_range(0, 1), (0, 1));
    }

    #[test]
    fn an_override_ends_at_the_line_end() {
        let text = "\u{202E}cba\nabc";
        let shown = as_displayed(text).unwrap();
        assert_eq!(shown.text, "\u{202E}abc\nabc");
    }

    #[test]
    fn right_to_left_script_and_plain_text_are_left_alone() {
        assert!(as_displayed("\u{202E}مسعود اظهر").is_none());
        assert!(as_displayed("Masood Azhar").is_none());
    }

    #[test]
    fn multi_byte_letters_keep_their_offsets() {
        let text = "\u{202E}éa\u{202C}";
        let shown = as_displayed(text).unwrap();
        assert_eq!(
            &shown.text["\u{202E}".len()..shown.text.len() - "\u{202C}".len()],
            "aé"
        );
        let a = "\u{202E}".len();
        let (x, y) = shown.original_range(a, a + 1);
        assert_eq!(&text[x..y], "a");
    }
}
