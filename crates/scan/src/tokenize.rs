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
pub struct Gap(u32);

impl Gap {
    /// Only spaces (or nothing, for a script split).
    pub const SPACE: u32 = 1;
    /// A hyphen joining two words: `Jaish-e-Mohammed`.
    pub const HYPHEN: u32 = 1 << 1;
    /// One line break.
    pub const NEWLINE: u32 = 1 << 2;
    /// A blank line (paragraph break) or more.
    pub const BLANK: u32 = 1 << 3;
    /// The end of a sentence: `.`, `!`, `?` followed by a space or the end.
    pub const STOP: u32 = 1 << 4;
    /// A comma or a semicolon.
    pub const COMMA: u32 = 1 << 5;
    /// A colon.
    pub const COLON: u32 = 1 << 6;
    /// An opening parenthesis or bracket.
    pub const OPEN: u32 = 1 << 7;
    /// A closing parenthesis or bracket.
    pub const CLOSE: u32 = 1 << 8;
    /// A quotation mark.
    pub const QUOTE: u32 = 1 << 9;
    /// A slash.
    pub const SLASH: u32 = 1 << 10;
    /// A dash standing between spaces (` - `, `—`).
    pub const DASH: u32 = 1 << 11;
    /// Any other symbol.
    pub const OTHER: u32 = 1 << 12;
    /// A dot that is not a sentence end (abbreviation, initial).
    pub const DOT: u32 = 1 << 13;
    /// A line the writer ended on purpose (a list item, an address line, a heading):
    /// see [`crate::layout`].
    pub const LINE_END: u32 = 1 << 14;
    /// An ampersand: it joins the words of one organisation's name ("Gems & Jewellery"),
    /// not two people's.
    pub const AMPERSAND: u32 = 1 << 15;
    /// A tab, or [`COLUMN_SPACES`] spaces or more, within a line: the gap between two
    /// columns of a table or a form ("3     REACH SHIPPING LINES          Slot charter").
    pub const COLUMN: u32 = 1 << 16;
    /// A double quotation mark (also [`Gap::QUOTE`]): it opens or closes a quotation. A
    /// run of name words opened by one ends at the next (`m/v "SARVIN" CP dated`,
    /// `"BANEH" 2,115.00`); one inside a name does not end it (`Joaquin "El Chapo"
    /// Guzman`).
    pub const QUOTATION: u32 = 1 << 17;

    /// True when every flag of `mask` is set.
    pub fn has(self, mask: u32) -> bool {
        self.0 & mask == mask
    }

    /// True when any flag of `mask` is set.
    pub fn any(self, mask: u32) -> bool {
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
                | Gap::OTHER
                | Gap::COLUMN,
        )
    }
}

/// Spaces in a row within a line that part two columns: more than the two a typist puts
/// after a sentence or a label.
pub const COLUMN_SPACES: usize = 3;

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

    /// The folded form of word `i`, as bytes (no character-boundary checks).
    pub fn folded_bytes(&self, i: usize) -> &[u8] {
        let (a, b) = self.list[i].fold;
        &self.buf.as_bytes()[a as usize..b as usize]
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there is no word.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The words of several regions of one document in one sequence, each region ending
    /// as a paragraph does (a blank line after its last word), and the index of each
    /// region's first word: the fields of a payment message read as one document.
    pub fn concat<'a>(parts: impl IntoIterator<Item = &'a Words>) -> (Words, Vec<usize>) {
        let mut out = Words::default();
        let mut starts = Vec::new();
        for part in parts {
            starts.push(out.list.len());
            let shift = out.buf.len() as u32;
            out.buf.push_str(&part.buf);
            out.list.extend(part.list.iter().map(|w| Word {
                fold: (w.fold.0 + shift, w.fold.1 + shift),
                ..w.clone()
            }));
            if let Some(last) = out.list.last_mut() {
                last.gap = Gap(last.gap.0 | Gap::BLANK);
            }
        }
        (out, starts)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || (!c.is_ascii() && is_combining_mark(c))
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ' | '`' | '‘' | 'ʻ')
}

/// [`ASCII_CLASS`] flag: an ASCII letter or digit.
const ALNUM: u8 = 1;
/// [`ASCII_CLASS`] flag: an ASCII letter.
const ALPHA: u8 = 2;
/// [`ASCII_CLASS`] flag: an ASCII capital.
const UPPER: u8 = 4;
/// [`ASCII_CLASS`] flag: an ASCII character that only ends the open word (not a letter,
/// digit, line break, `&` or apostrophe).
const ENDS_WORD: u8 = 8;

/// What each byte is, for the ASCII fast path of [`tokenize`].
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM | ALPHA | UPPER
        } else if c.is_ascii_lowercase() {
            ALNUM | ALPHA
        } else if c.is_ascii_digit() {
            ALNUM
        } else if matches!(c, b'\n' | b'&' | b'\'' | b'`') {
            0
        } else {
            ENDS_WORD
        };
        b += 1;
    }
    t
};

/// A word being read.
struct Open {
    start: usize,
    fold_start: usize,
    upper: u32,
    lower: u32,
    letters: u32,
    first_upper: Option<bool>,
    line: u32,
    /// Holds a letter outside ASCII: may imitate Latin (see [`nomina_text::latin_imitation`]).
    non_ascii: bool,
}

impl Open {
    /// Counts one ASCII letter (upper- or lower-case).
    fn ascii_letter(&mut self, b: u8) {
        let u = b.is_ascii_uppercase();
        self.letters += 1;
        self.upper += u32::from(u);
        self.lower += u32::from(!u);
        if self.first_upper.is_none() {
            self.first_upper = Some(u);
        }
    }

    /// The word's shape from its letter counts.
    fn shape(&self) -> Shape {
        if self.letters == 0 {
            Shape::Numeric
        } else if self.upper + self.lower == 0 {
            Shape::Uncased
        } else if self.first_upper == Some(false) {
            Shape::Lower
        } else if self.lower == 0 {
            if self.upper >= 2 {
                Shape::Upper
            } else {
                Shape::Capitalised
            }
        } else if self.upper == 1 {
            Shape::Capitalised
        } else {
            Shape::Mixed
        }
    }
}

/// Length of a character reference (`&amp;`, `&#39;`: at most eight letters, digits or
/// `#` between `&` and `;`) at the start of `s`, which starts with `&`.
fn char_reference_len(s: &str) -> Option<usize> {
    let body = s.as_bytes().get(1..)?;
    let semi = body.iter().take(9).position(|&b| b == b';')?;
    let name = &body[..semi];
    (!name.is_empty() && name.iter().all(|b| b.is_ascii_alphanumeric() || *b == b'#'))
        .then_some(semi + 2)
}

/// The word splitter's state over one region of a text.
struct Splitter<'t> {
    text: &'t str,
    /// End of the region.
    to: usize,
    out: Words,
    open: Option<Open>,
    /// Line number of the current position.
    line: u32,
    /// Whether a character outside ASCII went through [`fold_char_into`], whose output
    /// may hold spaces or nothing.
    folded_other: bool,
}

impl Splitter<'_> {
    /// Starts a word at `at` unless one is open.
    fn open_at(&mut self, at: usize) -> &mut Open {
        let (buf_len, line) = (self.out.buf.len(), self.line);
        self.open.get_or_insert(Open {
            start: at,
            fold_start: buf_len,
            upper: 0,
            lower: 0,
            letters: 0,
            first_upper: None,
            line,
            non_ascii: false,
        })
    }

    /// Ends the open word, if any, at byte `end`.
    fn close(&mut self, end: usize, possessive: bool) {
        if let Some(o) = self.open.take() {
            // A word written with look-alikes of another script ("Маѕооԁ") is read as the
            // Latin it imitates, as names are when screened.
            if o.non_ascii {
                if let Some(latin) = nomina_text::latin_imitation(&self.text[o.start..end]) {
                    self.out.buf.truncate(o.fold_start);
                    self.out.buf.push_str(&latin);
                }
            }
            self.out.list.push(Word {
                start: o.start,
                end,
                fold: (o.fold_start as u32, self.out.buf.len() as u32),
                shape: o.shape(),
                possessive,
                gap: Gap::default(),
                line: o.line,
            });
        }
    }

    /// Reads the ASCII letters and digits of `text[at..]` (there is at least one) into
    /// the open word, or a new one, and returns where they end. Equivalent to reading
    /// them one by one with [`Splitter::char`], without decoding characters.
    fn ascii_run(&mut self, at: usize) -> usize {
        let bytes = &self.text.as_bytes()[at..self.to];
        let (mut letters, mut upper) = (0u32, 0u32);
        let mut len = 0;
        for &b in bytes {
            let class = ASCII_CLASS[usize::from(b)];
            if class & ALNUM == 0 {
                break;
            }
            letters += u32::from(class & ALPHA != 0);
            upper += u32::from(class & UPPER != 0);
            len += 1;
        }
        let run = &bytes[..len];
        let o = self.open_at(at);
        if o.first_upper.is_none() {
            o.first_upper = run
                .iter()
                .find(|b| b.is_ascii_alphabetic())
                .map(u8::is_ascii_uppercase);
        }
        o.letters += letters;
        o.upper += upper;
        o.lower += letters - upper;
        let from = self.out.buf.len();
        self.out.buf.push_str(&self.text[at..at + len]);
        self.out.buf[from..].make_ascii_lowercase();
        at + len
    }

    /// Reads character `c` at byte `at` and returns the byte offset of the next
    /// character to read (past a character reference or a possessive `'s`).
    fn char(&mut self, at: usize, c: char) -> usize {
        let next = at + c.len_utf8();
        // Most characters of most documents: an ASCII letter or digit inside a word.
        if c.is_ascii_alphanumeric() {
            if let Some(o) = self.open.as_mut() {
                if c.is_ascii_alphabetic() {
                    o.ascii_letter(c as u8);
                }
                self.out.buf.push(c.to_ascii_lowercase());
                return next;
            }
        }
        // Characters nobody sees (soft hyphens, zero-width spaces, bidi controls) neither
        // write nor break a word: "Mas\u{AD}ood" is one word.
        if nomina_text::is_invisible(c) {
            return next;
        }
        if c == '\n' {
            self.line += 1;
        }
        // A character reference (&amp;, &#39;) in XML or HTML text is punctuation, not a
        // word: "Bank Sepah &amp; Co" has no word "amp".
        if c == '&' {
            if let Some(len) = char_reference_len(&self.text[at..self.to]) {
                self.close(at, false);
                return at + len;
            }
        }
        if is_word_char(c) {
            let o = self.open_at(at);
            if c.is_alphabetic() {
                o.letters += 1;
                let (u, l) = (c.is_uppercase(), c.is_lowercase());
                o.upper += u32::from(u);
                o.lower += u32::from(l);
                if o.first_upper.is_none() && (u || l) {
                    o.first_upper = Some(u);
                }
            }
            o.non_ascii |= !c.is_ascii();
            self.folded_other |= !c.is_ascii();
            fold_char_into(c, &mut self.out.buf);
            return next;
        }
        if is_apostrophe(c) && self.open.is_some() {
            let mut rest = self.text[next..self.to].chars();
            let n1 = rest.next();
            if n1.is_some_and(|n| n.is_alphabetic()) {
                let n2 = rest.next();
                if matches!(n1, Some('s' | 'S')) && !n2.is_some_and(is_word_char) {
                    // Possessive: the name ends before the apostrophe.
                    self.close(at, true);
                    return next + 1;
                }
                // Inside a word (Jama'atu, D'Souza): the apostrophe folds to nothing.
                return next;
            }
        }
        self.close(at, false);
        next
    }
}

/// Splits `text[from..to]` into words. `joins` lists byte offsets of line breaks that cut a
/// word in two (payment messages wrap at 35 characters): a word broken there is read whole.
///
/// The words' line numbers count the line breaks before `from`, read each call: a caller
/// splitting many regions of one long text (a payment batch's fields) uses
/// [`tokenize_region`] instead.
pub fn tokenize(text: &str, from: usize, to: usize, joins: &[usize]) -> Words {
    let first_line = text.as_bytes()[..from]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    let first_line = u32::try_from(first_line).unwrap_or(u32::MAX);
    split(text, from, to, joins, true, first_line)
}

/// [`tokenize`] of one region of a text whose line breaks `breaks` holds, found once for
/// the whole text, so that splitting every field of a long message costs in proportion to
/// the message, not to the number of fields times its length.
pub fn tokenize_region(
    text: &str,
    from: usize,
    to: usize,
    joins: &[usize],
    breaks: &LineBreaks,
) -> Words {
    split(text, from, to, joins, true, breaks.before(from))
}

/// The byte offsets of a text's line breaks (`\n`), in order.
#[derive(Debug, Clone, Default)]
pub struct LineBreaks(Vec<usize>);

impl LineBreaks {
    /// The line breaks of `text`.
    pub fn of(text: &str) -> LineBreaks {
        LineBreaks(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(at, _)| at)
                .collect(),
        )
    }

    /// How many line breaks come before byte offset `at`: the line number (from 0) of a
    /// word starting there.
    pub fn before(&self, at: usize) -> u32 {
        u32::try_from(self.0.partition_point(|&b| b < at)).unwrap_or(u32::MAX)
    }
}

/// [`tokenize`], reading runs of ASCII letters and digits as bytes when `ascii_runs`
/// (the same words either way; the character-by-character reading is kept to test that),
/// the first line being number `first_line`.
fn split(
    text: &str,
    from: usize,
    to: usize,
    joins: &[usize],
    ascii_runs: bool,
    first_line: u32,
) -> Words {
    let mut s = Splitter {
        text,
        to,
        out: Words {
            list: Vec::with_capacity((to - from) / 5 + 8),
            buf: String::with_capacity(to - from),
        },
        open: None,
        line: first_line,
        folded_other: false,
    };
    let bytes = text.as_bytes();
    let mut at = from;
    while at < to {
        let b = bytes[at];
        at = if b.is_ascii() {
            let class = ASCII_CLASS[usize::from(b)];
            if ascii_runs && class & ALNUM != 0 {
                s.ascii_run(at)
            } else if ascii_runs && class & ENDS_WORD != 0 {
                // A space or a punctuation mark, as `Splitter::char` reads it.
                s.close(at, false);
                at + 1
            } else {
                s.char(at, char::from(b))
            }
        } else {
            let c = text[at..].chars().next().expect("a character starts here");
            s.char(at, c)
        };
    }
    s.close(to, false);
    let folded_other = s.folded_other;
    let mut out = s.out;
    // A folded word may hold a space (syllabic scripts romanise to several words) or be
    // empty (a lone combining mark); a trailing space is dropped. Folded ASCII is neither.
    if folded_other {
        split_folded(&mut out);
    }
    compute_gaps(text, to, &mut out);
    merge_abbreviations(text, to, &mut out);
    merge_broken(text, joins, &mut out);
    mark_line_ends(text, from, to, &mut out);
    out
}

/// Marks the gaps holding a line break the writer made on purpose ([`Gap::LINE_END`]).
fn mark_line_ends(text: &str, from: usize, to: usize, out: &mut Words) {
    if !out.list.iter().any(|w| w.gap.any(Gap::NEWLINE)) {
        return;
    }
    let ends = crate::layout::deliberate_line_ends(text, from, to);
    let n = out.list.len();
    for i in 0..n {
        if !out.list[i].gap.any(Gap::NEWLINE) {
            continue;
        }
        let (a, b) = (out.list[i].end, out.list.get(i + 1).map_or(to, |w| w.start));
        let k = ends.partition_point(|&at| at < a);
        if ends.get(k).is_some_and(|&at| at < b) {
            out.list[i].gap.0 |= Gap::LINE_END;
        }
    }
}

fn split_folded(out: &mut Words) {
    if !out.buf.contains(' ') && out.list.iter().all(|w| w.fold.1 > w.fold.0) {
        return;
    }
    // Each space of the folded text splits off at most one more word: sized once, the list
    // is never copied to grow (a 2 MB document holds some 300,000 words).
    let mut list = Vec::with_capacity(out.list.len() + out.buf.matches(' ').count());
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
        // Legal forms written before another one: "Pte. Ltd.", "Pvt. Ltd.", "Sdn. Bhd.".
        "pte", "pvt", "pty", "sdn",
    ];
    // An initial ("J. Smith") is a letter: a digit before a dot ends a sentence ("the
    // Adrian Darya 1. Detained off Gibraltar").
    let mut chars = before.chars();
    let single = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    single || (before.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(before)))
}

/// Abbreviated legal forms that end a company's name: their dot before a capitalised word
/// ends the sentence ("… linked to Petroplus LTD. Petroplus did not respond"). "Co." is
/// not one: "Meroe Gold Co. Ltd."; its dot ends the sentence only before a capitalised
/// word that is no legal form ("Korea Samilpo Shipping Co. Members should note").
fn closes_company_name(before: &str) -> bool {
    const CLOSING: &[&str] = &["ltd", "inc", "corp", "llc", "plc"];
    CLOSING.iter().any(|a| a.eq_ignore_ascii_case(before))
}

/// Whether the dot of "Co." before the gap `gap` ends the sentence: the gap is the dot and
/// spaces, and the next word is no legal form ([`legal_form_from`]). `next_legal` is true
/// for a next word in capitals too: in a line of capitals ("KALA NAFT CO. TEHRAN") the
/// case says nothing.
fn co_ends_sentence(gap: &str, next_legal: bool) -> bool {
    !next_legal && gap.starts_with('.') && gap[1..].chars().all(|c| c == ' ')
}

/// Whether a gap within one line parts two columns: it holds a tab, or
/// [`COLUMN_SPACES`] spaces in a row.
fn parts_columns(gap: &str) -> bool {
    let mut row = 0;
    for c in gap.chars() {
        match c {
            '\t' => return true,
            ' ' | '\u{a0}' => {
                row += 1;
                if row >= COLUMN_SPACES {
                    return true;
                }
            }
            _ => row = 0,
        }
    }
    false
}

fn classify_gap(before: &str, gap: &str, next_starts_upper: bool, next_legal: bool) -> Gap {
    if gap.contains("&amp;") {
        return classify_gap(
            before,
            &gap.replace("&amp;", "&"),
            next_starts_upper,
            next_legal,
        );
    }
    if gap == " " {
        return Gap(Gap::SPACE);
    }
    let mut g = 0u32;
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
    if newlines == 0 && parts_columns(gap) {
        g |= Gap::COLUMN;
    }
    let mut prev: Option<char> = None;
    let mut it = gap.chars().peekable();
    while let Some(c) = it.next() {
        let next = it.peek().copied();
        match c {
            ' ' | '\t' | '\r' | '\n' | '\u{a0}' => g |= Gap::SPACE,
            // Hyphen-minus, hyphen, non-breaking hyphen, small and fullwidth hyphen-minus.
            '-' | '‐' | '‑' | '\u{FE63}' | '\u{FF0D}' => {
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
                let closes = next_starts_upper
                    && (before.len() > 3
                        || closes_company_name(before)
                        || (before.eq_ignore_ascii_case("co")
                            && co_ends_sentence(gap, next_legal)));
                // A dot after an abbreviation's dot ("S.A. de C.V.. The") ends the sentence.
                let second_dot = prev == Some('.');
                if end && (!abbrev || closes || second_dot) {
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
            '"' | '“' | '”' | '«' | '»' | '„' => g |= Gap::QUOTE | Gap::QUOTATION,
            '\'' | '‘' | '’' => g |= Gap::QUOTE,
            '/' | '\\' | '|' => g |= Gap::SLASH,
            '&' => g |= Gap::AMPERSAND,
            // Characters nobody sees say nothing about the gap.
            c if nomina_text::is_invisible(c) => continue,
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
        let next = out.list.get(i + 1);
        let next_start = next.map_or(to, |x| x.start);
        let mut gap = if next_start > gap_start {
            // The commonest gaps need no classifying.
            match &text.as_bytes()[gap_start..next_start] {
                b" " => Gap(Gap::SPACE),
                b", " => Gap(Gap::SPACE | Gap::COMMA),
                _ => {
                    let next_upper = next.is_some_and(|x| {
                        matches!(x.shape, Shape::Capitalised | Shape::Upper | Shape::Mixed)
                    });
                    // "Co. Ltd." and "CO. TEHRAN" go on; "Shipping Co. Members" does not.
                    // Only the dot of "Co." asks, so only after "Co" is it looked up.
                    let co = text[w.start..w.end].eq_ignore_ascii_case("co");
                    let next_legal = co
                        && next_upper
                        && (next.is_some_and(|x| x.shape != Shape::Capitalised)
                            || legal_form_from(out, i + 1));
                    classify_gap(
                        &text[w.start..w.end],
                        &text[gap_start..next_start],
                        next_upper,
                        next_legal,
                    )
                }
            }
        } else {
            Gap(Gap::SPACE)
        };
        if gap.has(Gap::STOP)
            && next.is_some_and(|x| x.shape == Shape::Upper)
            && abbreviated_name_goes_on(out.folded(i), &text[gap_start..next_start])
        {
            gap = Gap((gap.0 & !Gap::STOP) | Gap::DOT);
        }
        if w.possessive {
            gap.0 |= Gap::QUOTE;
        }
        out.list[i].gap = gap;
    }
}

/// Whether the dot after `before` (folded), the gap being `gap`, is an abbreviation's
/// inside a name written in capitals: `before` is a name word operators abbreviate
/// (`cues.txt [abbreviation]`: BROS, INTL, ASSN...), the gap is the dot and spaces, and
/// the caller has seen the next word in capitals ("AL-OMGY & BROS. MONEY EXCHANGE").
/// Before a word in title case the dot still ends the sentence ("Warner Bros. The
/// studio").
fn abbreviated_name_goes_on(before: &str, gap: &str) -> bool {
    gap.strip_prefix('.')
        .is_some_and(|rest| rest.chars().all(|c| c == ' '))
        && crate::lexicon::Lexicon::get().expand(before).is_some()
}

/// Whether a legal form starts at word `i` ("Ltd", "Limited", "Company Limited"): after
/// "Co." it goes on with the company's name.
fn legal_form_from(out: &Words, i: usize) -> bool {
    let t = nomina_text::Tables::get();
    let words: Vec<&str> = (i..out.list.len().min(i + 4))
        .map(|k| out.folded(k))
        .collect();
    t.class(words[0]) == nomina_text::TokenClass::LegalForm || t.legal_form_at(&words, 0).is_some()
}

/// True when `s` is exactly one character.
fn is_one_char(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// Two letters written with a slash between them that are one word: the vessel prefixes
/// M/V and M/T, M/S (Messrs) before a firm's name in South Asian and Gulf commerce, and
/// A/C (account) in payment narratives ("FOR A/C GOORYONG SHIPPING CO LTD"). Joined, they
/// fold to `mv`, `mt`, `ms` and `ac`, words the lists, cues and common words know; apart,
/// the letters would read as initials of the name after them. (C/O, care of, stays apart:
/// joined it would fold to the legal form `co`.)
const SLASHED_PAIRS: &[&str] = &["m/v", "m/t", "m/s", "a/c"];

/// `U.S.`, `S.A.`, `L.L.C.`: single letters joined by dots are one word, as `fold` reads
/// them; so are the [`SLASHED_PAIRS`].
fn merge_abbreviations(text: &str, to: usize, out: &mut Words) {
    // A character is at most four bytes: longer words need no decoding.
    let single = |w: &Word| w.end - w.start <= 4 && is_one_char(&text[w.start..w.end]);
    // Every join starts with two words of one character in a row: a text without such a
    // pair is left as it is without reading its gaps.
    if !out.list.windows(2).any(|p| single(&p[0]) && single(&p[1])) {
        return;
    }
    let starts = |a: &Word, b: &Word| {
        single(a)
            && single(b)
            && between(text, a, b) == "."
            && a.shape != Shape::Numeric
            && b.shape != Shape::Numeric
    };
    let continues =
        |a: &Word, b: &Word| single(b) && between(text, a, b) == "." && b.shape != Shape::Numeric;
    let slashed = |a: &Word, b: &Word| {
        single(a)
            && single(b)
            && between(text, a, b) == "/"
            && SLASHED_PAIRS.iter().any(|p| {
                let (x, y) = (&text[a.start..a.end], &text[b.start..b.end]);
                p[..1].eq_ignore_ascii_case(x) && p[2..].eq_ignore_ascii_case(y)
            })
    };
    compact(out, |out, w, mut r| {
        let n = out.list.len();
        if r < n && slashed(&out.list[w], &out.list[r]) {
            join_words(out, w, r, false);
            r += 1;
            let next_start = (r < n).then(|| out.list[r].start);
            closing_dot(text, to, &mut out.list[w], next_start);
        } else if r < n && starts(&out.list[w], &out.list[r]) {
            join_words(out, w, r, false);
            r += 1;
            // Keep absorbing further letters of the same abbreviation.
            while r < n && continues(&out.list[w], &out.list[r]) {
                join_words(out, w, r, false);
                r += 1;
            }
            let next_start = (r < n).then(|| out.list[r].start);
            closing_dot(text, to, &mut out.list[w], next_start);
        }
        r
    });
}

/// Joins words in place, in one pass: for each word kept at `w`, `absorb(out, w, r)` joins
/// into it the words from `r` on that belong to it and returns the index of the next word
/// to read. Words absorbed are dropped at the end.
fn compact(out: &mut Words, mut absorb: impl FnMut(&mut Words, usize, usize) -> usize) {
    let n = out.list.len();
    let (mut w, mut r) = (0, 0);
    while r < n {
        if w != r {
            out.list[w] = out.list[r].clone();
        }
        r = absorb(out, w, r + 1);
        w += 1;
    }
    out.list.truncate(w);
}

/// The closing dot of an abbreviation (`U.S.`) belongs to it; `next_start` is where the
/// next word starts.
fn closing_dot(text: &str, to: usize, w: &mut Word, next_start: Option<usize>) {
    if !text[w.end..to].starts_with('.') {
        return;
    }
    w.end += 1;
    w.gap = Gap(w.gap.0 & !(Gap::STOP | Gap::DOT) | Gap::SPACE);
    // A second dot after the abbreviation's own ("S.A. de C.V.. The") ends the sentence.
    let dot_after_dot = text[w.end..to].starts_with('.');
    let sentence_end = dot_after_dot
        || next_start.is_none_or(|s| text.get(w.end..s).is_some_and(|t| t.contains("\n\n")));
    if sentence_end {
        w.gap = Gap(w.gap.0 | Gap::STOP);
    } else {
        // Recompute the gap after the dot.
        let s = next_start.unwrap_or(w.end);
        if s > w.end {
            let mut g = classify_gap("", &text[w.end..s], false, false);
            g.0 &= !Gap::STOP;
            w.gap = g;
        }
    }
}

/// Rejoins a word hyphenated at a line end (`Insa-` / `niat`) and a word cut by a
/// fixed-width line (`joins`).
fn merge_broken(text: &str, joins: &[usize], out: &mut Words) {
    // Without a cut line nor a hyphen before a line break between the words, no word is
    // broken.
    let (Some(first), Some(last)) = (out.list.first(), out.list.last()) else {
        return;
    };
    let span = &text[first.start..last.end];
    if joins.is_empty() && !span.contains("-\n") && !span.contains("-\r\n") {
        return;
    }
    let broken = |a: &Word, b: &Word| {
        let between = text.as_bytes().get(a.end..b.start).unwrap_or_default();
        let hyphen_break = matches!(between, b"-\n" | b"-\r\n")
            && b.shape == Shape::Lower
            && a.shape != Shape::Numeric;
        let cut = matches!(between, b"\n" | b"\r\n") && joins.contains(&a.end) && !a.possessive;
        hyphen_break || cut
    };
    compact(out, |out, w, mut r| {
        while r < out.list.len() && broken(&out.list[w], &out.list[r]) {
            join_words(out, w, r, true);
            r += 1;
        }
        r
    });
}

/// The text between two words; empty for two parts of one written word (a syllabic
/// script split into several folded words shares its span).
fn between<'t>(text: &'t str, a: &Word, b: &Word) -> &'t str {
    text.get(a.end..b.start).unwrap_or("")
}

/// Joins word `j` into word `i` (their folded forms concatenated); word `j` is then
/// spent (the caller drops it).
fn join_words(out: &mut Words, i: usize, j: usize, keep_first_shape: bool) {
    let b = out.list[j].clone();
    let (ba, bb) = (b.fold.0 as usize, b.fold.1 as usize);
    let a = &mut out.list[i];
    let (aa, ab) = (a.fold.0 as usize, a.fold.1 as usize);
    // The folded forms are usually adjacent in the buffer; otherwise append a copy.
    if ab == ba {
        a.fold = (aa as u32, bb as u32);
    } else {
        let start = out.buf.len();
        out.buf.extend_from_within(aa..ab);
        out.buf.extend_from_within(ba..bb);
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

    #[test]
    fn regions_concatenated_keep_their_words_and_end_as_paragraphs() {
        let t = "ACME LTD\nPAY SANABEL";
        let parts = [tokenize(t, 0, 8, &[]), tokenize(t, 9, t.len(), &[])];
        let (all, starts) = Words::concat(&parts);
        assert_eq!(starts, vec![0, 2]);
        let folded: Vec<&str> = (0..all.len()).map(|i| all.folded(i)).collect();
        assert_eq!(folded, ["acme", "ltd", "pay", "sanabel"]);
        assert_eq!(all.list[2].start, 9);
        assert!(all.list[1].gap.has(Gap::BLANK) && all.list[3].gap.has(Gap::BLANK));
        assert!(!all.list[2].gap.has(Gap::BLANK));
    }

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

    /// The gap after the first word of `text` written as `word`.
    fn gap_after(text: &str, word: &str) -> Gap {
        let w = tokenize(text, 0, text.len(), &[]);
        let i = (0..w.len())
            .find(|&i| &text[w.list[i].start..w.list[i].end] == word)
            .expect("word present");
        w.list[i].gap
    }

    #[test]
    fn a_number_before_a_dot_ends_the_sentence_an_initial_does_not() {
        let text = "remains the Adrian Darya 1. Detained off Gibraltar by J. Smith";
        assert!(gap_after(text, "1").has(Gap::STOP));
        assert!(!gap_after(text, "J").has(Gap::STOP));
    }

    #[test]
    fn a_closing_legal_form_ends_the_sentence_before_a_capital() {
        let text = "linked to Petroplus LTD. Petroplus did not, said Acme Co. Ltd. officials";
        assert!(gap_after(text, "LTD").has(Gap::STOP));
        assert!(!gap_after(text, "Co").has(Gap::STOP));
        assert!(!gap_after(text, "Ltd").has(Gap::STOP));
        assert!(closes_company_name("Inc") && !closes_company_name("Co"));
        // A legal form written before another one keeps the name going.
        let text = "said Profinet Pte. Ltd. and Tet Kham Sdn. Bhd. officials";
        for word in ["Pte", "Sdn"] {
            assert!(!gap_after(text, word).has(Gap::STOP), "{word}");
        }
    }

    #[test]
    fn the_dot_of_co_ends_a_sentence_before_a_word_that_is_no_legal_form() {
        let t = "Korea Samilpo Shipping Co. Members should note. Meroe Gold Co. Ltd. is listed. \
                 Kings Romans Investment Co. Limited, Kala Naft Co. (KN) and KALA NAFT CO. TEHRAN.";
        let w = tokenize(t, 0, t.len(), &[]);
        let co: Vec<usize> = (0..w.len()).filter(|&i| w.folded(i) == "co").collect();
        let stops: Vec<bool> = co.iter().map(|&i| w.list[i].gap.any(Gap::STOP)).collect();
        assert_eq!(stops, [true, false, false, false, false]);
    }

    #[test]
    fn slashed_prefixes_are_one_word() {
        let w = words("M/T APAMA paid M/S. Al Zarooni Exchange, not A/B or m/x. FOR A/C ACME, C/O");
        let f: Vec<&str> = w.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(
            f,
            [
                "mt", "apama", "paid", "ms", "al", "zarooni", "exchange", "not", "a", "b", "or",
                "m", "x", "for", "ac", "acme", "c", "o"
            ]
        );
        assert_eq!((w[0].0.as_str(), w[3].0.as_str()), ("M/T", "M/S."));
        // The dot of M/S. is the abbreviation's: the name goes on.
        let t = "M/S. Al Zarooni";
        let ws = tokenize(t, 0, t.len(), &[]);
        assert!(!ws.list[0].gap.any(Gap::STOP));
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

    /// Everything the tokenizer says of each word.
    fn all_of(w: &Words) -> Vec<(usize, usize, String, Shape, bool, Gap, u32)> {
        (0..w.len())
            .map(|i| {
                let x = &w.list[i];
                let f = w.folded(i).to_string();
                (x.start, x.end, f, x.shape, x.possessive, x.gap, x.line)
            })
            .collect()
    }

    /// Pieces of text mixing ASCII words with every case the tokenizer distinguishes.
    const PIECES: &[&str] = &[
        "Azhar",
        "JEM",
        "JeM",
        "al",
        "s",
        "S",
        "U",
        "42",
        "x9",
        "McDonald",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "-",
        "-\n",
        " - ",
        ".",
        ". ",
        ",",
        ";",
        ":",
        "(",
        ")",
        "\"",
        "'",
        "'s",
        "’s",
        "’",
        "`",
        "&amp;",
        "&#39;",
        "&",
        "&x",
        ";",
        "/",
        "—",
        "Insa-\nniat",
        "Zürich",
        "Ærø",
        "ß",
        "Ş",
        "شبکه",
        "حقانی",
        "金正恩",
        "e\u{301}",
        "\u{301}",
        "\u{a0}",
        "Ω",
        "İ",
        "ǅ",
        "Mr.",
        "S.A.",
        "U.S.",
        "\u{200b}",
        "١٢",
        "D'Souza",
        "Jama'atu",
    ];

    /// A deterministic pseudo-random text of `n` pieces (xorshift).
    fn mixed_text(seed: u64, n: usize) -> String {
        let mut x = seed | 1;
        let mut t = String::new();
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            t.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
        }
        t
    }

    #[test]
    fn ascii_runs_read_as_characters_do() {
        for seed in 1..400u64 {
            let t = mixed_text(seed, 1 + (seed as usize % 60));
            // The whole text, and a region of it starting and ending at characters.
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            let from = bounds[seed as usize % bounds.len()];
            let to = bounds[bounds.len() - 1 - (seed as usize / 3) % bounds.len()].max(from);
            let joins: Vec<usize> = t.match_indices('\n').map(|(i, _)| i).step_by(2).collect();
            for (a, b) in [(0, t.len()), (from, to)] {
                let fast = split(&t, a, b, &joins, true, 0);
                let slow = split(&t, a, b, &joins, false, 0);
                assert_eq!(all_of(&fast), all_of(&slow), "{t:?} {a}..{b}");
            }
        }
    }

    /// The gap after a word of `t`, found by how it is written (the first such word).
    fn gaps_of(t: &str) -> impl Fn(&str) -> Gap + '_ {
        let w = tokenize(t, 0, t.len(), &[]);
        move |word: &str| {
            let i = (0..w.len()).find(|&i| &t[w.list[i].start..w.list[i].end] == word);
            w.list[i.expect(word)].gap
        }
    }

    #[test]
    fn an_abbreviated_name_word_s_dot_goes_on_before_capitals() {
        let t = "AL-OMGY & BROS. MONEY EXCHANGE and Warner Bros. The studio";
        let gap_after = gaps_of(t);
        assert!(!gap_after("BROS").has(Gap::STOP));
        assert!(gap_after("Bros").has(Gap::STOP));
        assert!(abbreviated_name_goes_on("intl", ". ") && !abbreviated_name_goes_on("intl", ".\n"));
        assert!(!abbreviated_name_goes_on("money", ". "));
    }

    #[test]
    fn a_wide_gap_within_a_line_parts_columns_and_ends_a_name() {
        let t = "3     REACH SHIPPING LINES          Slot charter\tHKG\nACME LTD   \nDUBAI.  Next";
        let gap_after = gaps_of(t);
        for word in ["3", "LINES", "charter"] {
            assert!(gap_after(word).has(Gap::COLUMN), "{word}");
            assert!(gap_after(word).breaks_name(), "{word}");
        }
        for word in ["REACH", "LTD", "DUBAI", "Slot"] {
            assert!(!gap_after(word).has(Gap::COLUMN), "{word}");
        }
        assert!(parts_columns("   ") && parts_columns(" \t") && !parts_columns("  "));
    }

    #[test]
    fn a_region_split_with_the_texts_line_breaks_numbers_its_lines_as_tokenize_does() {
        let t = "MT103\n:50K:/1\nACME\r\n:59:/2\nAL ZAROONI\nEXCHANGE\n:70:INV 7\n";
        let breaks = LineBreaks::of(t);
        for (from, to) in [(0, t.len()), (6, 20), (21, 51), (t.len() - 8, t.len())] {
            let lines = |w: &Words| w.list.iter().map(|x| x.line).collect::<Vec<_>>();
            let (a, b) = (
                tokenize(t, from, to, &[]),
                tokenize_region(t, from, to, &[], &breaks),
            );
            assert_eq!(lines(&a), lines(&b), "{from}..{to}");
            assert_eq!(all_of(&a), all_of(&b), "{from}..{to}");
        }
        assert_eq!(breaks.before(0), 0);
        assert_eq!(breaks.before(t.len()), 7);
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
