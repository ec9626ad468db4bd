//! Words of a document with their offsets, shapes and what separates them.
//!
//! Each word keeps its byte span in the original text (the span may cover a line break
//! when a word was hyphenated at a line end, or cut by a payment message's 35-character
//! lines) and its folded form, produced character by character with the same
//! [`nomina_text::fold_char_into`] the name matcher uses, so the matcher sees exactly the
//! words it would see in a name field. Punctuation is not thrown away: the gap after each
//! word says whether a sentence, a clause, a parenthesis or a line ended there, which is
//! what tells one name from the next.

use nomina_text::fold_char_into;
use unicode_normalization::char::is_combining_mark;

/// How a word is written; capitalisation is the main clue to names in running text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// starts lower-case: `said`, `al`, `e`.
    Lower,
    /// One capital then lower-case: `Azhar`.
    Capitalised,
    /// Two or more capitals and no lower-case: `AZHAR`, `JEM`.
    Upper,
    /// Capitals and lower-case mixed after a capital: `JeM`, `LeT`, `McDonald`.
    Mixed,
    /// Letters of a script without case: Arabic, Persian, Urdu, Han.
    Uncased,
    /// Digits only.
    Numeric,
}

/// What separates a word from the next one (several may hold at once).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gap(u16);

impl Gap {
    /// Only spaces (or nothing, for a script split).
    pub const SPACE: u16 = 1;
    /// A hyphen joining two words: `Jaish-e-Mohammed`.
    pub const HYPHEN: u16 = 1 << 1;
    /// One line break.
    pub const NEWLINE: u16 = 1 << 2;
    /// A blank line (paragraph break) or more.
    pub const BLANK: u16 = 1 << 3;
    /// The end of a sentence: `.`, `!`, `?` followed by a space or the end.
    pub const STOP: u16 = 1 << 4;
    /// A comma or a semicolon.
    pub const COMMA: u16 = 1 << 5;
    /// A colon.
    pub const COLON: u16 = 1 << 6;
    /// An opening parenthesis or bracket.
    pub const OPEN: u16 = 1 << 7;
    /// A closing parenthesis or bracket.
    pub const CLOSE: u16 = 1 << 8;
    /// A quotation mark.
    pub const QUOTE: u16 = 1 << 9;
    /// A slash.
    pub const SLASH: u16 = 1 << 10;
    /// A dash standing between spaces (` - `, `—`).
    pub const DASH: u16 = 1 << 11;
    /// Any other symbol.
    pub const OTHER: u16 = 1 << 12;
    /// A dot that is not a sentence end (abbreviation, initial).
    pub const DOT: u16 = 1 << 13;

    /// True when every flag of `mask` is set.
    pub fn has(self, mask: u16) -> bool {
        self.0 & mask == mask
    }

    /// True when any flag of `mask` is set.
    pub fn any(self, mask: u16) -> bool {
        self.0 & mask != 0
    }

    /// Separators that end a name: a name never runs across them.
    pub fn breaks_name(self) -> bool {
        self.any(
            Gap::BLANK
                | Gap::STOP
                | Gap::COMMA
                | Gap::COLON
                | Gap::OPEN
                | Gap::CLOSE
                | Gap::SLASH
                | Gap::DASH
                | Gap::OTHER,
        )
    }
}

/// One word of a document.
#[derive(Debug, Clone)]
pub struct Word {
    /// Byte offset of the first character in the text.
    pub start: usize,
    /// Byte offset just past the last character (before a possessive `'s`).
    pub end: usize,
    /// Range of the folded form in [`Words::folded`].
    fold: (u32, u32),
    /// How it is written.
    pub shape: Shape,
    /// Followed by a possessive `'s`, which is not part of the name.
    pub possessive: bool,
    /// What separates it from the next word.
    pub gap: Gap,
    /// Line number (from 0) of its first character.
    pub line: u32,
}

/// The words of a document or of a region of it.
#[derive(Debug, Default)]
pub struct Words {
    /// The words in order.
    pub list: Vec<Word>,
    buf: String,
}

impl Words {
    /// The folded form of word `i`.
    pub fn folded(&self, i: usize) -> &str {
        let (a, b) = self.list[i].fold;
        &self.buf[a as usize..b as usize]
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there is no word.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_combining_mark(c))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '‘' | 'ʻ')
}

struct Open {
    start: usize,
    fold_start: usize,
    upper: u32,
    lower: u32,
    letters: u32,
    first_upper: Option<bool>,
    line: u32,
}

/// Splits `text[from..to]` into words. `joins` lists byte offsets of line breaks that cut a
/// word in two (payment messages wrap at 35 characters): a word broken there is read whole.
pub fn tokenize(text: &str, from: usize, to: usize, joins: &[usize]) -> Words {
    let mut out = Words {
        list: Vec::with_capacity((to - from) / 6),
        buf: String::with_capacity(to - from),
    };
    let region = &text[from..to];
    let mut open: Option<Open> = None;
    let mut line = text[..from].bytes().filter(|&b| b == b'\n').count() as u32;
    let mut skip_until = 0usize;
    let close = |o: Open, end: usize, possessive: bool, out: &mut Words| {
        let shape = if o.letters == 0 {
            Shape::Numeric
        } else if o.upper + o.lower == 0 {
            Shape::Uncased
        } else if o.first_upper == Some(false) {
            Shape::Lower
        } else if o.lower == 0 {
            if o.upper >= 2 {
                Shape::Upper
            } else {
                Shape::Capitalised
            }
        } else if o.upper == 1 {
            Shape::Capitalised
        } else {
            Shape::Mixed
        };
        out.list.push(Word {
            start: o.start,
            end,
            fold: (o.fold_start as u32, out.buf.len() as u32),
            shape,
            possessive,
            gap: Gap::default(),
            line: o.line,
        });
    };
    for (i, c) in region.char_indices() {
        let at = from + i;
        if at < skip_until {
            continue;
        }
        // Most characters of most documents: an ASCII letter or digit inside a word.
        if c.is_ascii_alphanumeric() {
            if let Some(o) = open.as_mut() {
                if c.is_ascii_alphabetic() {
                    o.letters += 1;
                    let u = c.is_ascii_uppercase();
                    o.upper += u32::from(u);
                    o.lower += u32::from(!u);
                    if o.first_upper.is_none() {
                        o.first_upper = Some(u);
                    }
                }
                out.buf.push(c.to_ascii_lowercase());
                continue;
            }
        }
        if c == '\n' {
            line += 1;
        }
        // A character reference (&amp;, &#39;) in XML or HTML text is punctuation, not a
        // word: "Bank Sepah &amp; Co" has no word "amp".
        if c == '&' {
            let rest = &text[at + 1..to];
            if let Some(semi) = rest.find(';').filter(|&k| k <= 8) {
                let body = &rest[..semi];
                if !body.is_empty() && body.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#')
                {
                    if let Some(o) = open.take() {
                        close(o, at, false, &mut out);
                    }
                    skip_until = at + 2 + semi;
                    continue;
                }
            }
        }
        if is_word_char(c) {
            if open.is_none() {
                open = Some(Open {
                    start: at,
                    fold_start: out.buf.len(),
                    upper: 0,
                    lower: 0,
                    letters: 0,
                    first_upper: None,
                    line,
                });
            }
            if let (Some(o), true) = (open.as_mut(), c.is_alphabetic()) {
                o.letters += 1;
                let (u, l) = (c.is_uppercase(), c.is_lowercase());
                o.upper += u32::from(u);
                o.lower += u32::from(l);
                if o.first_upper.is_none() && (u || l) {
                    o.first_upper = Some(u);
                }
            }
            fold_char_into(c, &mut out.buf);
            continue;
        }
        if is_apostrophe(c) && open.is_some() {
            let rest = &text[at + c.len_utf8()..to];
            let mut next = rest.chars();
            let n1 = next.next();
            if n1.is_some_and(|n| n.is_alphabetic()) {
                let n2 = next.next();
                if matches!(n1, Some('s' | 'S')) && !n2.is_some_and(is_word_char) {
                    // Possessive: the name ends before the apostrophe.
                    if let Some(o) = open.take() {
                        close(o, at, true, &mut out);
                    }
                    skip_until = at + c.len_utf8() + 1;
                    continue;
                }
                // Inside a word (Jama'atu, D'Souza): the apostrophe folds to nothing.
                continue;
            }
        }
        if let Some(o) = open.take() {
            close(o, at, false, &mut out);
        }
    }
    if let Some(o) = open.take() {
        close(o, to, false, &mut out);
    }
    // A folded word may hold a space (syllabic scripts romanise to several words) or be
    // empty (a lone combining mark); a trailing space is dropped.
    split_folded(&mut out);
    compute_gaps(text, to, &mut out);
    merge_abbreviations(text, to, &mut out);
    merge_broken(text, joins, &mut out);
    out
}

fn split_folded(out: &mut Words) {
    if !out.buf.contains(' ') && out.list.iter().all(|w| w.fold.1 > w.fold.0) {
        return;
    }
    let mut list = Vec::with_capacity(out.list.len());
    for w in out.list.drain(..) {
        let (a, b) = (w.fold.0 as usize, w.fold.1 as usize);
        let mut p = a;
        for part in out.buf[a..b].split(' ') {
            let (pa, pb) = (p, p + part.len());
            p = pb + 1;
            if part.is_empty() {
                continue;
            }
            list.push(Word {
                fold: (pa as u32, pb as u32),
                ..w.clone()
            });
        }
    }
    out.list = list;
}

/// Words after which a dot is an abbreviation's, not a sentence's end.
fn abbreviation(before: &str) -> bool {
    const ABBREVIATIONS: &[&str] = &[
        "mr", "mrs", "ms", "dr", "st", "no", "gen", "col", "lt", "jr", "sr", "prof", "capt", "maj",
        "sgt", "co", "inc", "ltd", "corp", "vs", "mt", "mv", "ave", "rd", "sh", "messrs",
    ];
    let mut chars = before.chars();
    let single = chars.next().is_some() && chars.next().is_none();
    single || (before.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(before)))
}

fn classify_gap(before: &str, gap: &str, next_starts_upper: bool) -> Gap {
    if gap == " " {
        return Gap(Gap::SPACE);
    }
    let mut g = 0u16;
    if gap.is_empty() {
        return Gap(Gap::SPACE);
    }
    let newlines = gap.bytes().filter(|&b| b == b'\n').count();
    if newlines == 1 {
        g |= Gap::NEWLINE;
    }
    if newlines >= 2 {
        // A line holding only spaces between two breaks: a blank line.
        let mut segs = gap.split('\n');
        segs.next();
        let mut inner: Vec<&str> = segs.collect();
        inner.pop();
        let blank = inner.iter().any(|l| l.trim().is_empty());
        g |= if blank { Gap::BLANK } else { Gap::NEWLINE };
    }
    let mut prev: Option<char> = None;
    let mut it = gap.chars().peekable();
    while let Some(c) = it.next() {
        let next = it.peek().copied();
        match c {
            ' ' | '\t' | '\r' | '\n' | '\u{a0}' => g |= Gap::SPACE,
            '-' | '‐' | '‑' => {
                let spaced =
                    prev.is_some_and(char::is_whitespace) || next.is_some_and(char::is_whitespace);
                let line_end = next.is_some_and(|c| c == '\n' || c == '\r');
                g |= if spaced && !line_end {
                    Gap::DASH
                } else {
                    Gap::HYPHEN
                };
            }
            '–' | '—' | '―' => g |= Gap::DASH,
            '.' => {
                let end = next.is_none_or(char::is_whitespace);
                let abbrev = abbreviation(before);
                if end && (!abbrev || (next_starts_upper && before.len() > 3)) {
                    g |= Gap::STOP;
                } else {
                    g |= Gap::DOT;
                }
            }
            '!' | '?' => g |= Gap::STOP,
            ',' | ';' => g |= Gap::COMMA,
            ':' => g |= Gap::COLON,
            '(' | '[' | '{' | '<' => g |= Gap::OPEN,
            ')' | ']' | '}' | '>' => g |= Gap::CLOSE,
            '"' | '“' | '”' | '«' | '»' | '„' | '\'' | '‘' | '’' => g |= Gap::QUOTE,
            '/' | '\\' | '|' => g |= Gap::SLASH,
            _ => g |= Gap::OTHER,
        }
        prev = Some(c);
    }
    Gap(g)
}

fn compute_gaps(text: &str, to: usize, out: &mut Words) {
    let n = out.list.len();
    for i in 0..n {
        let w = &out.list[i];
        let mut gap_start = w.end;
        if w.possessive {
            // Skip the apostrophe and the s.
            let rest = &text[w.end..to];
            let skip: usize = rest.chars().take(2).map(char::len_utf8).sum();
            gap_start = (w.end + skip).min(to);
        }
        let next_start = out.list.get(i + 1).map_or(to, |x| x.start);
        let next_upper = out
            .list
            .get(i + 1)
            .is_some_and(|x| matches!(x.shape, Shape::Capitalised | Shape::Upper | Shape::Mixed));
        let gap = if next_start > gap_start {
            classify_gap(
                &text[w.start..w.end],
                &text[gap_start..next_start],
                next_upper,
            )
        } else {
            Gap(Gap::SPACE)
        };
        let mut gap = gap;
        if w.possessive {
            gap.0 |= Gap::QUOTE;
        }
        out.list[i].gap = gap;
    }
}

/// `U.S.`, `S.A.`, `L.L.C.`: single letters joined by dots are one word, as `fold` reads
/// them.
fn merge_abbreviations(text: &str, to: usize, out: &mut Words) {
    let mut i = 0;
    while i + 1 < out.list.len() {
        let single = |w: &Word| text[w.start..w.end].chars().count() == 1;
        let (a, b) = (&out.list[i], &out.list[i + 1]);
        if single(a)
            && single(b)
            && between(text, a, b) == "."
            && a.shape != Shape::Numeric
            && b.shape != Shape::Numeric
        {
            join_words(out, i, false);
            // Keep absorbing further letters of the same abbreviation.
            while i + 1 < out.list.len() {
                let (a, b) = (&out.list[i], &out.list[i + 1]);
                if single(b) && between(text, a, b) == "." && b.shape != Shape::Numeric {
                    join_words(out, i, false);
                } else {
                    break;
                }
            }
            // The closing dot belongs to the abbreviation.
            let w = &out.list[i];
            if text[w.end..to].starts_with('.') {
                let g = out.list[i].gap;
                out.list[i].end += 1;
                out.list[i].gap = Gap(g.0 & !(Gap::STOP | Gap::DOT) | Gap::SPACE);
                let next_starts = out.list.get(i + 1).map(|w| w.start);
                let sentence_end = next_starts.is_none_or(|s| {
                    text.get(out.list[i].end..s)
                        .is_some_and(|t| t.contains("\n\n"))
                });
                if sentence_end {
                    out.list[i].gap = Gap(out.list[i].gap.0 | Gap::STOP);
                } else {
                    // Recompute the gap after the dot.
                    let w = &out.list[i];
                    let s = next_starts.unwrap_or(w.end);
                    if s > w.end {
                        let mut g = classify_gap("", &text[w.end..s], false);
                        g.0 &= !Gap::STOP;
                        out.list[i].gap = g;
                    }
                }
            }
        }
        i += 1;
    }
}

/// Rejoins a word hyphenated at a line end (`Insa-` / `niat`) and a word cut by a
/// fixed-width line (`joins`).
fn merge_broken(text: &str, joins: &[usize], out: &mut Words) {
    let mut i = 0;
    while i + 1 < out.list.len() {
        let (a, b) = (&out.list[i], &out.list[i + 1]);
        let between = between(text, a, b);
        let hyphen_break = (between == "-\n" || between == "-\r\n")
            && b.shape == Shape::Lower
            && a.shape != Shape::Numeric;
        let cut = (between == "\n" || between == "\r\n") && joins.contains(&a.end) && !a.possessive;
        if hyphen_break || cut {
            join_words(out, i, true);
            continue;
        }
        i += 1;
    }
}

/// The text between two words; empty for two parts of one written word (a syllabic
/// script split into several folded words shares its span).
fn between<'t>(text: &'t str, a: &Word, b: &Word) -> &'t str {
    text.get(a.end..b.start).unwrap_or("")
}

/// Joins word `i + 1` into word `i` (their folded forms concatenated).
fn join_words(out: &mut Words, i: usize, keep_first_shape: bool) {
    let b = out.list.remove(i + 1);
    let (ba, bb) = (b.fold.0 as usize, b.fold.1 as usize);
    let tail = out.buf[ba..bb].to_string();
    let a = &mut out.list[i];
    let (aa, ab) = (a.fold.0 as usize, a.fold.1 as usize);
    // The folded forms are usually adjacent in the buffer; otherwise append a copy.
    if ab == ba {
        a.fold = (aa as u32, bb as u32);
    } else {
        let head = out.buf[aa..ab].to_string();
        let start = out.buf.len();
        out.buf.push_str(&head);
        out.buf.push_str(&tail);
        a.fold = (start as u32, out.buf.len() as u32);
    }
    a.end = b.end;
    a.gap = b.gap;
    a.possessive = b.possessive;
    if !keep_first_shape && a.shape != b.shape {
        a.shape = match (a.shape, b.shape) {
            (Shape::Upper | Shape::Capitalised, Shape::Upper | Shape::Capitalised) => Shape::Upper,
            (s, _) => s,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<(String, String, Shape)> {
        let w = tokenize(t, 0, t.len(), &[]);
        (0..w.len())
            .map(|i| {
                let x = &w.list[i];
                (
                    t[x.start..x.end].to_string(),
                    w.folded(i).to_string(),
                    x.shape,
                )
            })
            .collect()
    }

    #[test]
    fn words_keep_offsets_shapes_and_fold() {
        let w = words("Jaish-e-Mohammad (JeM) said Azhar's men");
        let texts: Vec<&str> = w.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            texts,
            ["Jaish", "e", "Mohammad", "JeM", "said", "Azhar", "men"]
        );
        assert_eq!(w[3].2, Shape::Mixed);
        assert_eq!(w[0].2, Shape::Capitalised);
        assert_eq!(w[1].2, Shape::Lower);
        let t = "Jaish-e-Mohammad (JeM) said Azhar's men";
        let ws = tokenize(t, 0, t.len(), &[]);
        assert!(ws.list[5].possessive);
        assert!(ws.list[0].gap.has(Gap::HYPHEN));
        assert!(ws.list[2].gap.has(Gap::OPEN));
        assert!(ws.list[3].gap.has(Gap::CLOSE));
    }

    #[test]
    fn apostrophes_inside_words_and_abbreviations() {
        let w = words("Jama'atu Lidda'awati, PETROLEOS DE VENEZUELA S.A. and U.S. Treasury");
        let f: Vec<&str> = w.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            f,
            [
                "jamaatu",
                "liddaawati",
                "petroleos",
                "de",
                "venezuela",
                "sa",
                "and",
                "us",
                "treasury"
            ]
        );
        assert_eq!(w[5].0, "S.A.");
    }

    #[test]
    fn line_end_hyphens_and_fixed_width_cuts_join() {
        let t = "the Falah-e-Insa-\nniat Foundation";
        let w = words(t);
        assert_eq!(w[3].0, "Insa-\nniat");
        assert_eq!(w[3].1, "insaniat");
        let t = "KHAIRULL\nAH HAJI";
        let ws = tokenize(t, 0, t.len(), &[8]);
        assert_eq!(ws.folded(0), "khairullah");
        assert_eq!(ws.len(), 2);
    }

    #[test]
    fn character_references_are_punctuation() {
        let w = words("Bank Sepah &amp; Co &#39;X&#39;");
        let f: Vec<&str> = w.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(f, ["bank", "sepah", "co", "x"]);
    }

    #[test]
    fn scripts_and_sentences() {
        let t = "Dari شبکه حقانی. Next";
        let ws = tokenize(t, 0, t.len(), &[]);
        assert_eq!(ws.list[1].shape, Shape::Uncased);
        assert!(ws.list[2].gap.has(Gap::STOP));
        let t = "Mr. Kaskar met Justin G. Muzinich";
        let ws = tokenize(t, 0, t.len(), &[]);
        assert!(!ws.list[0].gap.any(Gap::STOP));
        assert!(!ws.list[4].gap.any(Gap::STOP));
    }
}
