//! Payment messages: the fields of a SWIFT MT103 and of an ISO 20022 pacs.008 that name
//! parties or carry free text, with their byte ranges in the raw message.
//!
//! Party fields (ordering customer, beneficiary, agents, ultimate parties) hold a name,
//! possibly wrapped over two lines, then an address: the name is screened as a name,
//! whole. Free-text fields (MT103 70, 72, 77B; pacs.008 remittance and instructions) are
//! scanned like any text. Addresses are parsed but not screened: a listed name in an
//! address line is a street or a building named after somebody ("KHALID BIN WALEED
//! ROAD"), not a party to the payment.

use crate::ScanError;

/// What a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A party's name (one or more lines).
    Name,
    /// Free text.
    Text,
    /// A postal address (parsed, not screened).
    Address,
}

/// One field of a payment message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The field as an analyst names it: `59`, `50K`, `70`, `Cdtr/Nm`, `RmtInf/Ustrd`.
    pub name: String,
    /// What it holds.
    pub kind: FieldKind,
    /// Byte range of its content in the message.
    pub from: usize,
    /// End of the content (exclusive).
    pub to: usize,
    /// For name fields, the byte ranges of the lines that may hold the name (the first,
    /// and the next one in case the name wraps).
    pub lines: Vec<(usize, usize)>,
    /// Byte offsets of line ends where a word was cut by the 35-character line width.
    pub joins: Vec<usize>,
    /// Byte offsets of the ends of shorter lines between two letters or digits: an
    /// operator may have wrapped a name early, inside a word ("GURGEN HOUSE F" / "ZCO").
    /// Which of them cut a word is decided with the word lists ([`crate::Scanner`]).
    pub short_joins: Vec<usize>,
    /// The transaction of a batch the field belongs to (the index of its
    /// `CdtTrfTxInf`, counted from 0), or `None` for a field every transaction of the
    /// message shares: an MT103's fields, a batch's group header and payment information
    /// (pain.001's debtor). A word of one transaction's text refers to no party named only
    /// in another's.
    pub transaction: Option<u32>,
}

/// The kind of document, as given by `--format` or detected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Running text (news, reports, any document).
    Text,
    /// A SWIFT MT103 message (block 4 fields, with or without block headers).
    Mt103,
    /// An ISO 20022 pacs.008 message or fragment (XML).
    Pacs008,
}

impl Format {
    /// Reads `text`, `mt103` or `pacs008`.
    pub fn parse(s: &str) -> Option<Format> {
        match s.to_ascii_lowercase().replace(['.', '-', '_'], "").as_str() {
            "text" | "txt" => Some(Format::Text),
            "mt103" => Some(Format::Mt103),
            "pacs008" => Some(Format::Pacs008),
            _ => None,
        }
    }

    /// The format's name as the command line writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Mt103 => "mt103",
            Format::Pacs008 => "pacs008",
        }
    }
}

/// Recognises a payment message by its structure; anything else is text.
///
/// ```
/// use nomina_scan::{detect_format, Format};
/// assert_eq!(detect_format(":20:REF1\n:50K:/123\nACME LTD\n:59:/456\nX\n"), Format::Mt103);
/// assert_eq!(detect_format("<CdtTrfTxInf><Cdtr><Nm>X</Nm></Cdtr></CdtTrfTxInf>"), Format::Pacs008);
/// assert_eq!(detect_format("Jaish-e-Mohammed claimed the attack."), Format::Text);
/// ```
pub fn detect_format(text: &str) -> Format {
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('<')
        && [
            "CdtTrfTxInf",
            "pacs.008",
            "FIToFICstmrCdtTrf",
            "<Cdtr>",
            "<Dbtr>",
        ]
        .iter()
        .any(|k| t.contains(k))
    {
        return Format::Pacs008;
    }
    if t.starts_with("{1:") || t.contains("{4:") {
        return Format::Mt103;
    }
    let tags = t
        .lines()
        .take(200)
        .filter(|l| mt_tag(l).is_some_and(|(tag, _)| tag == "20" || is_party_tag(tag)))
        .count();
    if tags >= 2 {
        return Format::Mt103;
    }
    Format::Text
}

/// `:50K:` at the start of a line: (tag, byte length of `:tag:`).
fn mt_tag(line: &str) -> Option<(&str, usize)> {
    let rest = line.strip_prefix(':')?;
    let end = rest.find(':')?;
    let tag = &rest[..end];
    let b = tag.as_bytes();
    let ok = (b.len() == 2 || b.len() == 3)
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && (b.len() == 2 || b[2].is_ascii_uppercase());
    ok.then_some((tag, end + 2))
}

/// Fields naming a party: MT103's ordering customer (50a) and beneficiary (59a), and the
/// institutions of MT103 and MT202 (52a–58a; 58a is MT202's beneficiary institution, which
/// carries a name and address in option D and, in practice, sometimes under option A).
fn is_party_tag(tag: &str) -> bool {
    let num = &tag[..2];
    matches!(
        num,
        "50" | "52" | "53" | "54" | "55" | "56" | "57" | "58" | "59"
    )
}

/// Fields of free text: remittance information (70), instructions (72, 78), regulatory
/// reporting (77B), envelope contents (77T), narrative (79), and in a documentary credit
/// (MT700, MT707) the goods (45A/B), documents required (46A/B), additional conditions
/// (47A/B, where the carrying vessel is named), charges (71D) and special payment
/// conditions (49G, 49H). Field meanings from SWIFT's MT category 1, 2 and 7
/// specifications.
fn is_text_tag(tag: &str) -> bool {
    matches!(
        tag,
        "70" | "72"
            | "77B"
            | "77T"
            | "78"
            | "79"
            | "45A"
            | "45B"
            | "46A"
            | "46B"
            | "47A"
            | "47B"
            | "71D"
            | "49G"
            | "49H"
    )
}

/// A line of the message: byte range of its content (without the line break) and its
/// number from 1.
#[derive(Debug, Clone, Copy)]
struct Line {
    from: usize,
    to: usize,
    number: usize,
}

fn lines_of(text: &str, from: usize) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = from;
    let first = text[..from].bytes().filter(|&b| b == b'\n').count() + 1;
    for (number, l) in (first..).zip(text[from..].split('\n')) {
        let content = l.strip_suffix('\r').unwrap_or(l);
        out.push(Line {
            from: pos,
            to: pos + content.len(),
            number,
        });
        pos += l.len() + 1;
    }
    out
}

fn is_bic(s: &str) -> bool {
    let s = s.trim();
    (s.len() == 8 || s.len() == 11)
        && s.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && s.as_bytes()[..6].iter().all(u8::is_ascii_uppercase)
}

/// The fields of an MT103 (block 4), with byte ranges into `text`.
///
/// Errors name the line: content before the first field tag, a malformed tag, an empty
/// party field, block 4 never closed, or no party field at all.
pub fn parse_mt103(text: &str) -> Result<Vec<Field>, ScanError> {
    read_mt103(text, false).map(|(fields, _)| fields)
}

/// [`parse_mt103`], reading a block 4 never closed with `-}` to the end of the text (a
/// message copied without its trailer, or cut short) instead of refusing it: the fields,
/// and whether the block was left open, for the scan to say so. Every other error stands.
pub fn parse_mt103_open(text: &str) -> Result<(Vec<Field>, bool), ScanError> {
    read_mt103(text, true)
}

/// The fields of an MT103 and whether its block 4 was left open (an error unless
/// `open_ok`).
fn read_mt103(text: &str, open_ok: bool) -> Result<(Vec<Field>, bool), ScanError> {
    let bad = |line: usize, msg: String| ScanError::Malformed {
        format: Format::Mt103,
        position: format!("line {line}"),
        message: msg,
    };
    let (start, needs_close) = match text.find("{4:") {
        Some(p) => (p + 3, true),
        None => {
            if text.trim_start().starts_with("{1:") {
                return Err(bad(1, "block headers without a {4: text block".into()));
            }
            (0, false)
        }
    };
    let mut lines = lines_of(text, start);
    // The rest of the line holding "{4:" is empty in a well-formed message.
    if needs_close {
        if let Some(first) = lines.first() {
            if text[first.from..first.to].trim().is_empty() {
                lines.remove(0);
            }
        }
    }
    let mut closed = false;
    let mut current: Option<(String, Vec<Line>, usize)> = None;
    let mut raw_fields: Vec<(String, Vec<Line>, usize)> = Vec::new();
    for l in &lines {
        let s = &text[l.from..l.to];
        if s.trim_start().starts_with("-}") {
            closed = true;
            break;
        }
        if s.starts_with(':') {
            match mt_tag(s) {
                Some((tag, len)) => {
                    if let Some(f) = current.take() {
                        raw_fields.push(f);
                    }
                    let first = Line {
                        from: l.from + len,
                        to: l.to,
                        number: l.number,
                    };
                    current = Some((tag.to_string(), vec![first], l.number));
                    continue;
                }
                None => {
                    return Err(bad(
                        l.number,
                        format!("malformed field tag {:?} (expected :NN: or :NNa:)", clip(s)),
                    ))
                }
            }
        }
        match &mut current {
            Some((_, ls, _)) => ls.push(*l),
            None if s.trim().is_empty() => {}
            None => {
                return Err(bad(
                    l.number,
                    format!(
                        "expected a field tag such as :20: or :50K:, found {:?}",
                        clip(s)
                    ),
                ))
            }
        }
    }
    if let Some(f) = current.take() {
        raw_fields.push(f);
    }
    let left_open = needs_close && !closed;
    if left_open && !open_ok {
        let n = text[..start].bytes().filter(|&b| b == b'\n').count() + 1;
        return Err(bad(
            n,
            "block 4 opened with {4: is never closed with -}".into(),
        ));
    }
    if raw_fields.is_empty() {
        return Err(bad(1, "no field tags: not an MT103 block 4".into()));
    }
    if !raw_fields.iter().any(|(t, _, _)| is_party_tag(t)) {
        return Err(bad(
            raw_fields[0].2,
            "no party field: an MT103 needs 50a (ordering customer) and 59a (beneficiary)".into(),
        ));
    }
    let mut out = Vec::new();
    for (tag, mut ls, number) in raw_fields {
        while ls
            .last()
            .is_some_and(|l| text[l.from..l.to].trim().is_empty())
        {
            ls.pop();
        }
        let (Some(first), Some(last)) = (ls.first(), ls.last()) else {
            if is_party_tag(&tag) || is_text_tag(&tag) {
                return Err(bad(number, format!("field {tag} is empty")));
            }
            continue;
        };
        let (from, to) = (first.from, last.to);
        if is_party_tag(&tag) {
            let mut content: Vec<Line> = ls
                .iter()
                .copied()
                .filter(|l| !text[l.from..l.to].trim().is_empty())
                .collect();
            if content.is_empty() {
                return Err(bad(number, format!("field {tag} is empty")));
            }
            // An account line comes first: /IBAN or //clearing code.
            if text[content[0].from..content[0].to].starts_with('/') {
                content.remove(0);
            }
            // Option F, or its numbered lines written under another option.
            let structured = tag.ends_with('F')
                || content
                    .first()
                    .is_some_and(|l| line_number(&text[l.from..l.to]).is_some());
            let mut name_lines: Vec<(usize, usize)> = Vec::new();
            if structured {
                // "1/" name lines, "2/" address, "3/" country and town; a line with no
                // number goes on with the line before it ("1/GURGEN HOUSE F" / "ZCO").
                let mut in_name = false;
                for l in &content {
                    let s = &text[l.from..l.to];
                    match line_number(s) {
                        Some(1) => {
                            name_lines.push((l.from + 2, l.to));
                            in_name = true;
                        }
                        Some(_) => in_name = false,
                        None if in_name => name_lines.push((l.from, l.to)),
                        None => {}
                    }
                }
            } else {
                // Option A is a BIC; a name written under it anyway (":58A:PIBPGB2L" then
                // "PERSIA INTERNATIONAL BANK PLC") is screened like option D's.
                for l in content
                    .iter()
                    .filter(|l| !is_bic(&text[l.from..l.to]))
                    .take(2)
                {
                    name_lines.push((l.from, l.to));
                }
            }
            if let Some(&(nf, _)) = name_lines.first() {
                let (joins, short_joins) = line_ends_between_letters(text, &name_lines);
                out.push(Field {
                    name: tag.clone(),
                    kind: FieldKind::Name,
                    from: nf,
                    to: name_lines.last().map_or(nf, |l| l.1),
                    lines: name_lines.clone(),
                    joins,
                    short_joins,
                    transaction: None,
                });
                let addr_from = content
                    .iter()
                    .find(|l| l.from > name_lines[0].1 && !structured)
                    .map(|l| l.from);
                if let Some(af) = addr_from {
                    out.push(Field {
                        name: tag.clone(),
                        kind: FieldKind::Address,
                        from: af,
                        to,
                        lines: Vec::new(),
                        joins: Vec::new(),
                        short_joins: Vec::new(),
                        transaction: None,
                    });
                }
            }
        } else if is_text_tag(&tag) {
            let lines: Vec<(usize, usize)> = ls.iter().map(|l| (l.from, l.to)).collect();
            let (joins, short_joins) = line_ends_between_letters(text, &lines);
            out.push(Field {
                name: tag.clone(),
                kind: FieldKind::Text,
                from,
                to,
                lines: Vec::new(),
                joins,
                short_joins,
                transaction: None,
            });
        }
    }
    out.extend(care_of_names(text, &out));
    Ok((out, left_open))
}

/// The width of an MT message's line, in characters.
const MT_LINE_WIDTH: usize = 35;

/// The ends of the lines `lines` (byte ranges of their content, in order) that stand
/// between a letter or digit and the next line's first letter or digit: those of full
/// lines ([`MT_LINE_WIDTH`] characters) and those of shorter ones.
fn line_ends_between_letters(text: &str, lines: &[(usize, usize)]) -> (Vec<usize>, Vec<usize>) {
    let (mut full, mut short) = (Vec::new(), Vec::new());
    for w in lines.windows(2) {
        let a = &text[w[0].0..w[0].1];
        let b = &text[w[1].0..w[1].1];
        if a.chars().last().is_some_and(char::is_alphanumeric)
            && b.chars().next().is_some_and(char::is_alphanumeric)
        {
            if a.chars().count() == MT_LINE_WIDTH {
                full.push(w[0].1);
            } else {
                short.push(w[0].1);
            }
        }
    }
    (full, short)
}

/// Name fields for the lines of party and address fields that begin with a care-of marker
/// ("C/O ALAM ALTHRWA GENERAL TRADING L.L.C" under a beneficiary): a payment made to one
/// party in care of another names both, though an address is otherwise not screened.
fn care_of_names(text: &str, fields: &[Field]) -> Vec<Field> {
    let markers = crate::lexicon::Lexicon::get().care_of_markers();
    let mut out: Vec<Field> = Vec::new();
    let mut starts: std::collections::HashSet<usize> = std::collections::HashSet::new();
    for f in fields.iter().filter(|f| f.kind != FieldKind::Text) {
        let mut at = f.from;
        for line in text[f.from..f.to].split('\n') {
            let (from, to) = (at, at + line.trim_end_matches('\r').len());
            at += line.len() + 1;
            let Some(start) = after_care_of(&text[from..to], markers) else {
                continue;
            };
            // A party field's second line is also its address's first.
            if from + start < to && starts.insert(from + start) {
                out.push(Field {
                    name: f.name.clone(),
                    kind: FieldKind::Name,
                    from: from + start,
                    to,
                    lines: vec![(from + start, to)],
                    joins: Vec::new(),
                    short_joins: Vec::new(),
                    transaction: f.transaction,
                });
            }
        }
    }
    out
}

/// The number of an option F line (`1/` name, `2/` address, `3/` country and town, up to
/// `8/`), `None` for a line not opening with one.
fn line_number(line: &str) -> Option<u8> {
    match line.as_bytes() {
        [d @ b'1'..=b'8', b'/', ..] => Some(d - b'0'),
        _ => None,
    }
}

/// Fields of a payment message read together when references are found: a reference in
/// one of them may point at a party named in another (indices into the message's fields,
/// in their order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReferenceUnit {
    /// The fields, those lent as context first.
    pub fields: Vec<usize>,
    /// How many of the first `fields` are lent as context: shared fields whose own
    /// mentions their own unit reports.
    pub context: usize,
}

/// The most shared fields lent to each transaction of a batch as context: the debtor and
/// its agent of a payment information block, the group header's parties. A message that
/// shares more (no real one does) lends the last ones, so cost stays in proportion to the
/// message.
const MAX_CONTEXT_FIELDS: usize = 16;

/// How the fields of a message are read for references. A message of one transaction
/// (an MT103, a pacs.008 with one `CdtTrfTxInf` or none) is one unit. In a batch, each
/// transaction is a unit, lent the run of shared fields last met before it (a pain.001's
/// payment information: its debtor pays every transaction after it), and the shared fields
/// are a unit of their own, the last, so that a word of one transaction's remittance
/// refers to no party named only in another transaction.
pub(crate) fn reference_units(fields: &[&Field]) -> Vec<ReferenceUnit> {
    if fields.iter().all(|f| f.transaction.is_none()) || fields.len() < 2 {
        return vec![ReferenceUnit {
            fields: (0..fields.len()).collect(),
            context: 0,
        }];
    }
    let mut units: Vec<ReferenceUnit> = Vec::new();
    let mut unit_of: std::collections::HashMap<u32, usize> = std::collections::HashMap::new();
    let (mut shared, mut run): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let mut after_shared = false;
    for (i, f) in fields.iter().enumerate() {
        let Some(t) = f.transaction else {
            if !after_shared {
                run.clear();
            }
            run.push(i);
            shared.push(i);
            after_shared = true;
            continue;
        };
        after_shared = false;
        let u = *unit_of.entry(t).or_insert_with(|| {
            let lent = run[run.len().saturating_sub(MAX_CONTEXT_FIELDS)..].to_vec();
            units.push(ReferenceUnit {
                context: lent.len(),
                fields: lent,
            });
            units.len() - 1
        });
        units[u].fields.push(i);
    }
    if !shared.is_empty() {
        units.push(ReferenceUnit {
            fields: shared,
            context: 0,
        });
    }
    units
}

/// The byte offset in `line` of the first word after a care-of marker that opens it
/// (`markers`: folded word sequences, a slash separating words like a space).
fn after_care_of(line: &str, markers: &[Vec<String>]) -> Option<usize> {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in line
        .char_indices()
        .chain(std::iter::once((line.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push((s, i));
        }
    }
    markers.iter().find_map(|m| {
        let n = m.len();
        let fits = words.len() > n
            && words[..n]
                .iter()
                .zip(m)
                .all(|(&(a, b), w)| nomina_text::fold(&line[a..b]) == *w)
            // The marker's words are written together: "C/O", "care of", not "C. ... O".
            && words[..n].windows(2).all(|p| {
                line[p[0].1..p[1].0].chars().all(|c| c == '/' || c.is_whitespace())
            });
        fits.then(|| words[n].0)
    })
}

fn clip(s: &str) -> String {
    s.chars().take(40).collect()
}

/// Elements holding a party: their `Nm` is a name field.
const PARTIES: &[&str] = &[
    "Dbtr",
    "Cdtr",
    "UltmtDbtr",
    "UltmtCdtr",
    "InitgPty",
    "DbtrAgt",
    "CdtrAgt",
    "IntrmyAgt1",
    "IntrmyAgt2",
    "IntrmyAgt3",
    "InstgAgt",
    "InstdAgt",
    "PrvsInstgAgt1",
    "PrvsInstgAgt2",
    "PrvsInstgAgt3",
];

/// Elements holding one transaction of a batch: credit transfers (pacs.008, pain.001)
/// and direct debits (pacs.003, pain.008).
const TRANSACTIONS: &[&str] = &["CdtTrfTxInf", "DrctDbtTxInf"];

/// Elements holding free text.
const TEXTS: &[&str] = &["Ustrd", "AddtlRmtInf", "InstrInf", "AddtlInf"];

/// Elements holding address lines.
const ADDRESSES: &[&str] = &[
    "AdrLine",
    "StrtNm",
    "TwnNm",
    "BldgNm",
    "CtrySubDvsn",
    "Dept",
];

/// The party names, free texts and addresses of a pacs.008 message or fragment, with
/// byte ranges into the raw XML.
///
/// The XML is checked as it is read: a tag that closes another, a tag never closed, an
/// unterminated tag or a DOCTYPE (entity declarations are refused, never expanded) is an
/// error naming the line.
pub fn parse_pacs008(text: &str) -> Result<Vec<Field>, ScanError> {
    let line_of = |pos: usize| text[..pos].bytes().filter(|&b| b == b'\n').count() + 1;
    let bad = |pos: usize, msg: String| ScanError::Malformed {
        format: Format::Pacs008,
        position: format!("line {}", line_of(pos)),
        message: msg,
    };
    let mut stack: Vec<(&str, usize)> = Vec::new();
    let mut out = Vec::new();
    let mut pos = 0usize;
    let mut parties = 0usize;
    // The transaction being read, and how many have opened so far.
    let (mut transaction, mut transactions) = (None, 0u32);
    while pos < text.len() {
        let Some(rel) = text[pos..].find('<') else {
            if !stack.is_empty() && !text[pos..].trim().is_empty() {
                // Trailing text inside an open element is caught below as unclosed.
            }
            break;
        };
        let lt = pos + rel;
        // Text before this tag belongs to the innermost open element.
        if lt > pos {
            if let Some(&(el, _)) = stack.last() {
                push_text_field(text, pos, lt, el, &stack, transaction, &mut out);
            }
        }
        let rest = &text[lt..];
        if rest.starts_with("<!--") {
            let end = rest
                .find("-->")
                .ok_or_else(|| bad(lt, "comment never closed".into()))?;
            pos = lt + end + 3;
            continue;
        }
        if rest.starts_with("<![CDATA[") {
            let end = rest
                .find("]]>")
                .ok_or_else(|| bad(lt, "CDATA section never closed".into()))?;
            if let Some(&(el, _)) = stack.last() {
                push_text_field(text, lt + 9, lt + end, el, &stack, transaction, &mut out);
            }
            pos = lt + end + 3;
            continue;
        }
        if rest.starts_with("<!") {
            return Err(bad(
                lt,
                "DOCTYPE or declaration in a payment message (refused: entities are never expanded)"
                    .into(),
            ));
        }
        let gt = rest
            .find('>')
            .ok_or_else(|| bad(lt, format!("unterminated tag {:?}", clip(rest))))?;
        let inner = &rest[1..gt];
        if inner.contains('<') {
            return Err(bad(lt, format!("unterminated tag {:?}", clip(rest))));
        }
        pos = lt + gt + 1;
        if inner.starts_with('?') {
            continue;
        }
        if let Some(name) = inner.strip_prefix('/') {
            let name = local(name.trim());
            match stack.pop() {
                Some((open, _)) if open == name => {
                    if TRANSACTIONS.contains(&name) {
                        transaction = None;
                    }
                }
                Some((open, at)) => {
                    return Err(bad(
                        lt,
                        format!("</{name}> closes <{open}> opened at line {}", line_of(at)),
                    ))
                }
                None => return Err(bad(lt, format!("</{name}> closes nothing"))),
            }
            continue;
        }
        let self_closing = inner.ends_with('/');
        let name_part = inner.trim_end_matches('/');
        let name = local(
            name_part
                .split(|c: char| c.is_whitespace())
                .next()
                .unwrap_or(""),
        );
        if name.is_empty()
            || !name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-' || b == b'.')
        {
            return Err(bad(lt, format!("malformed tag {:?}", clip(rest))));
        }
        if PARTIES.contains(&name) {
            parties += 1;
        }
        if !self_closing {
            if TRANSACTIONS.contains(&name) {
                transaction = Some(transactions);
                transactions = transactions.saturating_add(1);
            }
            stack.push((name, lt));
        }
    }
    if let Some(&(open, at)) = stack.last() {
        return Err(bad(at, format!("<{open}> is never closed")));
    }
    if parties == 0 {
        return Err(ScanError::Malformed {
            format: Format::Pacs008,
            position: "line 1".into(),
            message: "no party element (Dbtr, Cdtr, UltmtDbtr, UltmtCdtr, InitgPty or an agent)"
                .into(),
        });
    }
    out.extend(care_of_names(text, &out));
    Ok(out)
}

fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

fn push_text_field(
    text: &str,
    from: usize,
    to: usize,
    el: &str,
    stack: &[(&str, usize)],
    transaction: Option<u32>,
    out: &mut Vec<Field>,
) {
    let raw = &text[from..to];
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = raw.len() - raw.trim_start().len();
    let (f, t) = (from + lead, from + lead + trimmed.len());
    let party = stack
        .iter()
        .rev()
        .map(|(n, _)| *n)
        .find(|n| PARTIES.contains(n));
    let (kind, name) = if el == "Nm" {
        match party {
            Some(p) => (FieldKind::Name, format!("{p}/Nm")),
            None => return,
        }
    } else if TEXTS.contains(&el) {
        let parent = stack
            .iter()
            .rev()
            .nth(1)
            .map(|(n, _)| *n)
            .unwrap_or("Document");
        (FieldKind::Text, format!("{parent}/{el}"))
    } else if ADDRESSES.contains(&el) {
        (
            FieldKind::Address,
            format!("{}/{el}", party.unwrap_or("PstlAdr")),
        )
    } else {
        return;
    };
    let lines = if kind == FieldKind::Name {
        // A name element is one name, whatever its line breaks.
        vec![(f, t)]
    } else {
        Vec::new()
    };
    out.push(Field {
        name,
        kind,
        from: f,
        to: t,
        lines,
        joins: Vec::new(),
        short_joins: Vec::new(),
        transaction,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_transaction_of_a_batch_is_read_apart_with_the_shared_fields_before_it() {
        let m = "<Document><CstmrCdtTrfInitn><GrpHdr><InitgPty><Nm>A</Nm></InitgPty></GrpHdr>\
                 <PmtInf><Dbtr><Nm>B</Nm></Dbtr>\
                 <CdtTrfTxInf><Cdtr><Nm>C</Nm></Cdtr><RmtInf><Ustrd>D</Ustrd></RmtInf></CdtTrfTxInf>\
                 <CdtTrfTxInf><Cdtr><Nm>E</Nm></Cdtr></CdtTrfTxInf></PmtInf>\
                 <PmtInf><Dbtr><Nm>F</Nm></Dbtr>\
                 <CdtTrfTxInf><Cdtr><Nm>G</Nm></Cdtr></CdtTrfTxInf></PmtInf>\
                 </CstmrCdtTrfInitn></Document>";
        let fields = parse_pacs008(m).unwrap();
        let of = |t: Option<u32>| -> Vec<&str> {
            fields
                .iter()
                .filter(|f| f.transaction == t)
                .map(|f| &m[f.from..f.to])
                .collect()
        };
        assert_eq!(of(None), ["A", "B", "F"]);
        assert_eq!(of(Some(0)), ["C", "D"]);
        assert_eq!(of(Some(1)), ["E"]);
        assert_eq!(of(Some(2)), ["G"]);
        let refs: Vec<&Field> = fields.iter().collect();
        let units: Vec<(Vec<&str>, usize)> = reference_units(&refs)
            .into_iter()
            .map(|u| {
                let texts = u.fields.iter().map(|&i| &m[fields[i].from..fields[i].to]);
                (texts.collect(), u.context)
            })
            .collect();
        assert_eq!(
            units,
            [
                (vec!["A", "B", "C", "D"], 2),
                (vec!["A", "B", "E"], 2),
                (vec!["F", "G"], 1),
                (vec!["A", "B", "F"], 0),
            ]
        );
    }

    #[test]
    fn a_message_of_one_transaction_is_one_unit() {
        let m = ":20:R\n:50K:/1\nACME LTD\n:59:/2\nHOPE SCHOOL\n:70:INV 7\n";
        let fields = parse_mt103(m).unwrap();
        let refs: Vec<&Field> = fields.iter().collect();
        let units = reference_units(&refs);
        assert_eq!(units.len(), 1);
        assert_eq!(units[0].fields, (0..fields.len()).collect::<Vec<_>>());
        assert_eq!(units[0].context, 0);
        assert!(fields.iter().all(|f| f.transaction.is_none()));
    }

    #[test]
    fn a_transaction_is_lent_at_most_the_last_shared_fields() {
        let mut m = String::from("<Document><PmtInf>");
        for i in 0..40 {
            m.push_str(&format!("<Dbtr><Nm>D{i}</Nm></Dbtr>"));
        }
        m.push_str("<CdtTrfTxInf><Cdtr><Nm>C</Nm></Cdtr></CdtTrfTxInf></PmtInf></Document>");
        let fields = parse_pacs008(&m).unwrap();
        let refs: Vec<&Field> = fields.iter().collect();
        let units = reference_units(&refs);
        assert_eq!(units[0].context, MAX_CONTEXT_FIELDS);
        assert_eq!(
            &m[fields[units[0].fields[0]].from..fields[units[0].fields[0]].to],
            "D24"
        );
        assert_eq!(units[1].fields.len(), 40);
    }

    #[test]
    fn mt103_fields_and_name_lines() {
        let m = "{1:F01X}{2:I103Y}{4:\r\n:20:REF\r\n:50K:/123\r\nACME LTD\r\nSTREET 1\r\n:59:/456\r\nAL-RASHEED TRUST\r\nKARACHI\r\n:70:/RFB/DONATION\r\n-}";
        let f = parse_mt103(m).unwrap();
        let names: Vec<(&str, FieldKind, &str)> = f
            .iter()
            .map(|x| (x.name.as_str(), x.kind, &m[x.from..x.to]))
            .collect();
        assert!(names.contains(&("59", FieldKind::Name, "AL-RASHEED TRUST\r\nKARACHI")));
        assert!(names.contains(&("50K", FieldKind::Name, "ACME LTD\r\nSTREET 1")));
        assert!(names.contains(&("70", FieldKind::Text, "/RFB/DONATION")));
        let f59 = f.iter().find(|x| x.name == "59").unwrap();
        assert_eq!(&m[f59.lines[0].0..f59.lines[0].1], "AL-RASHEED TRUST");
    }

    #[test]
    fn numbered_lines_are_read_as_option_f_under_any_option() {
        let m = ":20:R\n:50K:/42\n1/WUHAN SANJIANG\n1/CO LTD\n2/NO 8 ROAD\n3/CN/WUHAN\n\
                 :59F:/AE23\n1/GURGEN HOUSE F\nZCO\n2/DAFZA WEST WING\nOFFICE 4B\n:70:INV 7\n";
        let f = parse_mt103(m).unwrap();
        let lines = |tag: &str| -> Vec<&str> {
            let x = f
                .iter()
                .find(|x| x.name == tag && x.kind == FieldKind::Name);
            x.unwrap().lines.iter().map(|&(a, b)| &m[a..b]).collect()
        };
        assert_eq!(lines("50K"), ["WUHAN SANJIANG", "CO LTD"]);
        assert_eq!(
            lines("59F"),
            ["GURGEN HOUSE F", "ZCO"],
            "an unnumbered line goes on"
        );
        assert_eq!(line_number("3/CN/WUHAN"), Some(3));
        assert_eq!(line_number("10/X"), None);
        assert_eq!(line_number("ACME 1/2"), None);
    }

    #[test]
    fn a_documentary_credit_s_conditions_and_goods_are_free_text() {
        let m = ":20:LC1\n:50:ACME LTD\n:59:HOPE TRADING\n:45A:STEEL COILS\n:47A:SHIPMENT ON MV SEA CLIFF\n:44E:BANDAR ABBAS\n";
        let f = parse_mt103(m).unwrap();
        let text: Vec<&str> = f
            .iter()
            .filter(|x| x.kind == FieldKind::Text)
            .map(|x| x.name.as_str())
            .collect();
        assert_eq!(text, ["45A", "47A"], "ports (44E) are places, not text");
    }

    #[test]
    fn an_address_line_in_care_of_a_party_is_a_name_field() {
        let m = "<Cdtr><Nm>BENEATHCO DMCC</Nm><PstlAdr><AdrLine>C/O ALAM TRADING L.L.C</AdrLine><AdrLine>OFFICE 2204</AdrLine></PstlAdr></Cdtr>";
        let f = parse_pacs008(m).unwrap();
        let names: Vec<&str> = f
            .iter()
            .filter(|x| x.kind == FieldKind::Name)
            .map(|x| &m[x.from..x.to])
            .collect();
        assert_eq!(names, ["BENEATHCO DMCC", "ALAM TRADING L.L.C"]);
        let markers = crate::lexicon::Lexicon::get().care_of_markers();
        assert_eq!(after_care_of("c/o Hope Ltd", markers), Some(4));
        assert_eq!(after_care_of("Care of  Hope", markers), Some(9));
        assert_eq!(
            after_care_of("C/O", markers),
            None,
            "nothing after the marker"
        );
        assert_eq!(after_care_of("COLOMBO PORT", markers), None);
    }

    #[test]
    fn a_name_written_under_a_bic_is_screened() {
        let m = "{1:F01X}{2:I202Y}{4:\n:20:REF\n:58A:PIBPGB2L\nPERSIA INTERNATIONAL BANK PLC\n:59:/1\nACME\n-}";
        let f = parse_mt103(m).unwrap();
        let f58 = f
            .iter()
            .find(|x| x.name == "58A" && x.kind == FieldKind::Name)
            .expect("58A's name");
        assert_eq!(&m[f58.from..f58.to], "PERSIA INTERNATIONAL BANK PLC");
        // A BIC alone names nobody.
        let m = "{1:F01X}{2:I103Y}{4:\n:20:REF\n:57A:EBILAEAD\n:59:/1\nACME\n-}";
        let f = parse_mt103(m).unwrap();
        assert!(!f.iter().any(|x| x.name == "57A"));
    }

    #[test]
    fn mt103_errors_name_the_line() {
        let e = parse_mt103(":20:X\n:5OK:/1\nACME\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 2"), "{e}");
        let e = parse_mt103("hello\n:20:X\n:59:Y\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 1"), "{e}");
        let e = parse_mt103(":20:X\n:59:\n:70:Y\n").unwrap_err().to_string();
        assert!(e.contains("field 59 is empty"), "{e}");
        let e = parse_mt103("{1:A}{2:B}{4:\n:20:X\n:59:Y\n")
            .unwrap_err()
            .to_string();
        assert!(e.contains("never closed"), "{e}");
        // Read to the end of the text when a block left open is accepted, and said so.
        let (fields, open) = parse_mt103_open("{1:A}{2:B}{4:\n:20:X\n:59:Y\n").unwrap();
        assert!(open);
        assert!(fields.iter().any(|f| f.name == "59"));
        let (_, open) = parse_mt103_open("{1:A}{2:B}{4:\n:20:X\n:59:Y\n-}").unwrap();
        assert!(!open);
        // Other errors stand.
        assert!(parse_mt103_open("{1:A}{2:B}{4:\n:20:X\n:59:\n").is_err());
    }

    #[test]
    fn pacs008_fields_and_errors() {
        let x = "<CdtTrfTxInf>\n <Cdtr>\n  <Nm>DCB FINANCE LIMITED</Nm>\n  <PstlAdr><AdrLine>ROAD 1</AdrLine></PstlAdr>\n </Cdtr>\n <RmtInf><Ustrd>REF X</Ustrd></RmtInf>\n</CdtTrfTxInf>";
        let f = parse_pacs008(x).unwrap();
        let got: Vec<(&str, &str)> = f
            .iter()
            .map(|x2| (x2.name.as_str(), &x[x2.from..x2.to]))
            .collect();
        assert_eq!(
            got,
            [
                ("Cdtr/Nm", "DCB FINANCE LIMITED"),
                ("Cdtr/AdrLine", "ROAD 1"),
                ("RmtInf/Ustrd", "REF X")
            ]
        );
        let e = parse_pacs008("<Cdtr>\n<Nm>X</Cdtr>")
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("line 2") && e.contains("</Cdtr> closes <Nm>"),
            "{e}"
        );
        let e = parse_pacs008("<Cdtr><Nm>X</Nm>").unwrap_err().to_string();
        assert!(e.contains("never closed"), "{e}");
        let e = parse_pacs008("<!DOCTYPE x [<!ENTITY a \"b\">]><Cdtr/>")
            .unwrap_err()
            .to_string();
        assert!(e.contains("DOCTYPE"), "{e}");
    }
}
