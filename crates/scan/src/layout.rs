//! Line layout: which line breaks the writer made on purpose.
//!
//! A line break inside a paragraph is either a *wrap* (the line was full: the next word
//! did not fit) or a *deliberate end* (the next word would have fitted, so the writer
//! ended the line: a list item, an address line, a heading, a signature). A name may run
//! across a wrap ("… said Masood\nAzhar"), never across a deliberate end: in a pasted
//! customer list "Abu\nHussein" is two people. The width of a paragraph is that of its
//! longest line, so the test needs no assumption about the writer's wrapping column
//! (newswire 72, SWIFT fields 35, e-mail 78).

/// Byte offsets (sorted) of the line breaks in `text[from..to]` that end a line on
/// purpose: the first word of the next line would have fitted on the line, given the
/// width of the longest line of the paragraph.
pub fn deliberate_line_ends(text: &str, from: usize, to: usize) -> Vec<usize> {
    let region = &text[from..to];
    let mut out = Vec::new();
    // Lines of the region as (byte offset of the '\n' ending it, width in characters,
    // width of its first word); a paragraph ends at a blank line.
    let mut paragraph: Vec<(Option<usize>, usize, usize)> = Vec::new();
    let mut at = 0;
    for line in region.split('\n') {
        let end = at + line.len();
        let newline = (end < region.len()).then_some(from + end);
        at = end + 1;
        let content = line.trim_end();
        if content.trim_start().is_empty() {
            flush(&mut paragraph, &mut out);
            continue;
        }
        let first_word = content
            .trim_start()
            .split(char::is_whitespace)
            .next()
            .map_or(0, |w| w.chars().count());
        paragraph.push((newline, content.chars().count(), first_word));
    }
    flush(&mut paragraph, &mut out);
    out
}

/// Records the deliberate ends of one paragraph's lines and empties it. In a list
/// ([`is_a_list`]) every line ends on purpose.
fn flush(paragraph: &mut Vec<(Option<usize>, usize, usize)>, out: &mut Vec<usize>) {
    let width = paragraph.iter().map(|l| l.1).max().unwrap_or(0);
    let fits: Vec<(usize, bool)> = paragraph
        .windows(2)
        .filter_map(|pair| {
            let ((newline, len, _), (_, _, next_word)) = (pair[0], pair[1]);
            Some((newline?, next_word_would_fit(len, next_word, width)))
        })
        .collect();
    let list = is_a_list(fits.iter().filter(|f| f.1).count(), fits.len());
    out.extend(fits.iter().filter(|f| list || f.1).map(|f| f.0));
    paragraph.clear();
}

/// Fewest line breaks in a paragraph for [`is_a_list`] to read it as a list.
const MIN_LIST_BREAKS: usize = 4;

/// Share of a paragraph's line breaks that must end a line on purpose (the next word
/// would have fitted) for the paragraph to be a list.
const LIST_SHARE: f64 = 0.75;

/// Whether a paragraph whose `fits` line breaks out of `breaks` end a line on purpose is a
/// list, whose every line ends on purpose. Wrapped prose fills its lines and almost none
/// of its breaks fit another word; a pasted list of names mostly does, and its longer
/// items, followed by a long first word, only look wrapped: `Ibrahim Al-Tikriti Mohammed
/// Sheikh` and the next line's `Abdullah` are two people all the same.
fn is_a_list(fits: usize, breaks: usize) -> bool {
    breaks >= MIN_LIST_BREAKS && fits as f64 >= LIST_SHARE * breaks as f64
}

/// Share of a paragraph's width a wrapping writer (or program) may leave unused at the
/// end of a line: wrap columns are not exact (a line of 72 is followed by a break at 66
/// that another word of 6 would just have filled).
const WRAP_SLACK: f64 = 0.10;

/// Whether a word of `next_word` characters would clearly have fitted after a line of
/// `len` characters (and one space) in a paragraph `width` characters wide.
fn next_word_would_fit(len: usize, next_word: usize, width: usize) -> bool {
    let slack = (width as f64 * WRAP_SLACK).ceil() as usize;
    len + 1 + next_word + slack <= width
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ends(text: &str) -> Vec<&str> {
        deliberate_line_ends(text, 0, text.len())
            .into_iter()
            .map(|at| text[..at].rsplit('\n').next().unwrap_or(""))
            .collect()
    }

    #[test]
    fn a_wrapped_paragraph_has_no_deliberate_end() {
        let text = "The group's founder, the cleric Masood\nAzhar, was designated in May 2019 by\nthe council.";
        assert!(ends(text).is_empty());
    }

    #[test]
    fn each_item_of_a_pasted_list_ends_on_purpose() {
        let text = "Abu Hussein\nMaria Lopez Garcia\nAli\nJuan Carlos Perez Ramirez Gomez\nKim";
        // Three of its four breaks leave room for the next word: a list, so the widest
        // line, after which "Kim" would not have fitted, ends on purpose too.
        assert_eq!(
            ends(text),
            [
                "Abu Hussein",
                "Maria Lopez Garcia",
                "Ali",
                "Juan Carlos Perez Ramirez Gomez"
            ]
        );
    }

    #[test]
    fn a_long_item_of_a_list_ends_on_purpose_too() {
        // The fourth line is the widest, and "Abdullah" would not have fitted after it:
        // in a paragraph of list items it ends on purpose all the same.
        let text = "Abu Hussein\nMaria Lopez\nAli Hasan\nIbrahim Tikriti Mohammed\nAbdullah Haji\nOmar Sheikh\nKim";
        assert_eq!(ends(text).len(), 6);
        // Too few breaks to call it a list: the fit test alone.
        assert!(!is_a_list(3, 3));
        assert!(is_a_list(3, 4) && !is_a_list(2, 4));
    }

    #[test]
    fn a_heading_before_a_paragraph_ends_on_purpose() {
        let text = "Press release\nThe ministry said on Tuesday that the accounts were frozen.";
        assert_eq!(ends(text), ["Press release"]);
    }

    #[test]
    fn a_blank_line_starts_a_new_paragraph_with_its_own_width() {
        let text = "A\nlong line that sets the width\n\nshort\nlines here";
        assert_eq!(ends(text), ["A"]);
    }

    #[test]
    fn offsets_are_into_the_whole_text() {
        let text = "header\nAbu\nAli Hasan\n";
        let from = "header\n".len();
        let got = deliberate_line_ends(text, from, text.len());
        assert_eq!(got, [from + 3]);
        assert_eq!(&text[got[0]..=got[0]], "\n");
    }

    #[test]
    fn widths_count_characters_not_bytes() {
        // 10 characters, 19 bytes: "Ali" fits after it in characters only.
        let text = "Абу Хусейн\nAli Hasan Abdullah";
        assert_eq!(ends(text).len(), 1);
    }

    #[test]
    fn the_fit_test_counts_the_space() {
        // Width 20 leaves a slack of 2.
        assert!(next_word_would_fit(10, 7, 20));
        assert!(!next_word_would_fit(10, 8, 20));
        // A line of 65 and a word of 6 in a paragraph 72 wide: a wrap.
        assert!(!next_word_would_fit(65, 6, 72));
    }
}
