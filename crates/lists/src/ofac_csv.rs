//! OFAC legacy CSV set: the main file (`sdn.csv`, or `cons_prim.csv` for the consolidated
//! non-SDN list) and its companions `alt.csv` (strong aliases), `add.csv` (addresses) and
//! `sdn_comments.csv` (the overflow of remarks cut at 1000 characters).
//!
//! The files have no header, mark nulls with an unquoted `-0- `, end lines with CRLF and end
//! with a lone Ctrl-Z (0x1A). They are ASCII in practice; nomina reads them as UTF-8 when
//! they are valid UTF-8 and as Windows-1252 otherwise, so a re-saved file still reads. The
//! CSV is read by a small strict reader here rather than a general CSV library, because a
//! general reader silently accepts an unterminated quote (a truncated download) as one long
//! last field.
//!
//! Keys are `ofac:<ent_num>`. Most facts about a party are in the free-text `Remarks`
//! column, read by [`crate::remarks`].

use crate::error::Position;
use crate::{finish_snapshot, remarks, Format, InputFile, ListError, ListSnapshot};
use nomina_model::{
    Address, Country, Entity, EntityType, FuzzyDate, IdKind, Identifier, Name, NameKind, Source,
    VesselInfo,
};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Largest single field accepted. OFAC cuts remarks at 1000 characters, so anything near
/// this is not an OFAC file (or is a corrupted one) and is refused rather than held.
pub const MAX_FIELD_BYTES: usize = 64 * 1024;

/// OFAC's remarks column is cut at exactly this many characters; the rest is in the
/// comments companion.
const REMARKS_CUT: usize = 1000;

/// The column layout of one file of the set, for field counts and error messages.
struct Layout {
    /// The file's role, as OFAC names it (`sdn.csv`).
    role: &'static str,
    /// Column names, from OFAC's data specification.
    columns: &'static [&'static str],
}

const MAIN: Layout = Layout {
    role: "sdn.csv",
    columns: &[
        "ent_num",
        "SDN_Name",
        "SDN_Type",
        "Program",
        "Title",
        "Call_Sign",
        "Vess_type",
        "Tonnage",
        "GRT",
        "Vess_flag",
        "Vess_owner",
        "Remarks",
    ],
};
const ALT: Layout = Layout {
    role: "alt.csv",
    columns: &["ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"],
};
const ADD: Layout = Layout {
    role: "add.csv",
    columns: &[
        "ent_num",
        "Add_num",
        "Address",
        "City/State/Province/Postal Code",
        "Country",
        "Add_remarks",
    ],
};
const COMMENTS: Layout = Layout {
    role: "sdn_comments.csv",
    columns: &["ent_num", "Remarks_Extended"],
};

/// The companion files of an OFAC main file. Each is optional: a missing companion makes
/// the snapshot poorer (no strong aliases, no addresses, cut remarks), which is reported as
/// a warning in the snapshot, not an error.
#[derive(Debug, Clone, Default)]
pub struct Companions {
    /// `alt.csv` / `cons_alt.csv`: strong aliases.
    pub alt: Option<InputFile>,
    /// `add.csv` / `cons_add.csv`: addresses.
    pub add: Option<InputFile>,
    /// `sdn_comments.csv` / `cons_comments.csv`: continuation of remarks cut at 1000 characters.
    pub comments: Option<InputFile>,
    /// Companion files that were looked for and not found, as `(role, path)`, so the
    /// snapshot's warnings can say where nomina looked.
    pub missing: Vec<(String, String)>,
}

impl Companions {
    /// Finds the companions beside a main file by OFAC's naming: the leading `sdn` of the
    /// file name becomes `alt`, `add` and `sdn_comments`, and a leading `cons_prim` becomes
    /// `cons_alt`, `cons_add` and `cons_comments`; the rest of the name is kept, so
    /// `sdn-2021-07-07.csv.gz` finds `alt-2021-07-07.csv.gz` (or the same without `.gz`).
    /// A main file named otherwise (renamed by the user) gets no companions and a warning.
    pub fn find_beside(path: &Path) -> Result<Companions, ListError> {
        let mut out = Companions::default();
        let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
            return Ok(out);
        };
        let dir = path.parent().unwrap_or(Path::new(""));
        let lower = name.to_ascii_lowercase();
        let (prefix, roles): (&str, [(&str, &str); 3]) = if lower.starts_with("cons_prim") {
            (
                "cons_prim",
                [
                    ("alt", "cons_alt"),
                    ("add", "cons_add"),
                    ("comments", "cons_comments"),
                ],
            )
        } else if lower.starts_with("sdn") && !lower.starts_with("sdn_comments") {
            (
                "sdn",
                [("alt", "alt"), ("add", "add"), ("comments", "sdn_comments")],
            )
        } else {
            out.missing.push((
                "alt, add and comments".to_string(),
                format!("{} (the file name does not start with `sdn` or `cons_prim`, so companions cannot be found by name)", dir.join(&name).display()),
            ));
            return Ok(out);
        };
        let rest = &name[prefix.len()..];
        let upper = name[..prefix.len()]
            .chars()
            .all(|c| !c.is_ascii_lowercase());
        for (role, stem) in roles {
            let stem = if upper {
                stem.to_ascii_uppercase()
            } else {
                stem.to_string()
            };
            let candidates = companion_candidates(dir, &format!("{stem}{rest}"));
            let found = candidates.iter().find(|p| p.is_file());
            let file = match found {
                Some(p) => Some(InputFile::read(p)?),
                None => {
                    out.missing
                        .push((role.to_string(), candidates[0].display().to_string()));
                    None
                }
            };
            match role {
                "alt" => out.alt = file,
                "add" => out.add = file,
                _ => out.comments = file,
            }
        }
        Ok(out)
    }

    fn get(&self, role: &str) -> Option<&InputFile> {
        match role {
            "alt" => self.alt.as_ref(),
            "add" => self.add.as_ref(),
            _ => self.comments.as_ref(),
        }
    }
}

/// The exact companion name, then the same with `.gz` added or removed, since bundled
/// copies are compressed and user downloads are not.
fn companion_candidates(dir: &Path, name: &str) -> Vec<PathBuf> {
    let mut out = vec![dir.join(name)];
    match name.strip_suffix(".gz") {
        Some(plain) => out.push(dir.join(plain)),
        None => out.push(dir.join(format!("{name}.gz"))),
    }
    out
}

/// One CSV field: its decoded text, or `None` for OFAC's `-0-` null marker.
#[derive(Debug, Clone)]
struct Field {
    text: Option<String>,
}

/// One CSV record with where it starts, for error messages.
#[derive(Debug)]
struct Record {
    line: u64,
    byte: u64,
    fields: Vec<Field>,
}

impl Record {
    fn at(
        &self,
        file: &str,
        layout: &Layout,
        index: usize,
        message: impl Into<String>,
    ) -> ListError {
        ListError::at(file, Position::LineByte(self.line, self.byte), message)
            .with_field(layout.columns.get(index).copied().unwrap_or("?"))
    }

    fn text(&self, index: usize) -> Option<&str> {
        self.fields
            .get(index)
            .and_then(|f| f.text.as_deref())
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// A positive integer id column (`ent_num`, `alt_num`, `add_num`), as its digits.
    fn number(&self, file: &str, layout: &Layout, index: usize) -> Result<String, ListError> {
        let raw = self
            .fields
            .get(index)
            .and_then(|f| f.text.as_deref())
            .map(str::trim);
        match raw {
            None | Some("") => Err(self.at(file, layout, index, "the id is missing")),
            // Canonical digits, so `036` in a companion still finds `36` in the main file.
            Some(s) if s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit()) => {
                match s.trim_start_matches('0') {
                    "" => Ok("0".to_string()),
                    digits => Ok(digits.to_string()),
                }
            }
            Some(s) => Err(self.at(
                file,
                layout,
                index,
                format!("expected a whole number, found {:?}", clip(s)),
            )),
        }
    }
}

/// Shortens a value for an error message.
fn clip(s: &str) -> String {
    if s.chars().count() <= 60 {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(60).collect::<String>())
    }
}

/// Reads the records of an OFAC CSV file strictly, up to `limit` of them. With a layout,
/// each record must have exactly that many fields.
fn read_records(
    file: &InputFile,
    layout: Option<&Layout>,
    limit: usize,
) -> Result<Vec<Record>, ListError> {
    let name = file.name.as_str();
    let (bytes, base) = match file.bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3u64),
        None => (&file.bytes[..], 0u64),
    };
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(ListError::at(
            name,
            Position::Byte(0),
            "the file is UTF-16; OFAC CSV files are ASCII/Windows-1252",
        ));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(ListError::at(
            name,
            Position::LineByte(crate::error::line_of(bytes, at), at as u64 + base),
            "NUL byte: the file is binary or UTF-16, not an OFAC CSV file",
        ));
    }
    let utf8 = std::str::from_utf8(bytes).is_ok();
    let decode = |raw: &[u8]| -> String {
        if utf8 {
            String::from_utf8_lossy(raw).into_owned()
        } else {
            encoding_rs::WINDOWS_1252
                .decode_without_bom_handling(raw)
                .0
                .into_owned()
        }
    };
    let max_fields = layout.map_or(64, |l| l.columns.len());
    let mut records = Vec::new();
    let mut i = 0usize;
    let mut line = 1u64;
    let n = bytes.len();
    while i < n && records.len() < limit {
        match bytes[i] {
            0x1A => {
                // OFAC's end-of-file marker: only white space may follow it.
                if bytes[i + 1..]
                    .iter()
                    .all(|b| b.is_ascii_whitespace() || *b == 0x1A)
                {
                    break;
                }
                return Err(ListError::at(
                    name,
                    Position::LineByte(line, i as u64 + base),
                    "end-of-file marker (Ctrl-Z) followed by more data",
                ));
            }
            b'\n' => {
                line += 1;
                i += 1;
                continue;
            }
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                line += 1;
                i += 2;
                continue;
            }
            _ => {}
        }
        let (rec_line, rec_byte) = (line, i as u64 + base);
        let mut fields = Vec::new();
        loop {
            let field_index = fields.len();
            let field_name = layout.and_then(|l| l.columns.get(field_index)).copied();
            let err = |line: u64, at: usize, msg: String| {
                let e = ListError::at(name, Position::LineByte(line, at as u64 + base), msg);
                match field_name {
                    Some(f) => e.with_field(f),
                    None => e.with_field(format!("column {}", field_index + 1)),
                }
            };
            let (start_line, start) = (line, i);
            let raw: Vec<u8> = if bytes.get(i) == Some(&b'"') {
                let mut value = Vec::new();
                i += 1;
                loop {
                    let Some(off) = bytes[i..].iter().position(|&b| b == b'"') else {
                        return Err(err(start_line, start, "quoted field is not closed before the end of the file (truncated file?)".into()));
                    };
                    let chunk = &bytes[i..i + off];
                    line += chunk.iter().filter(|&&b| b == b'\n').count() as u64;
                    value.extend_from_slice(chunk);
                    i += off + 1;
                    if bytes.get(i) == Some(&b'"') {
                        value.push(b'"');
                        i += 1;
                    } else {
                        break;
                    }
                }
                value
            } else {
                while i < n && !matches!(bytes[i], b',' | b'\r' | b'\n') {
                    if bytes[i] == b'"' {
                        return Err(err(
                            line,
                            i,
                            "quote character inside an unquoted field".into(),
                        ));
                    }
                    i += 1;
                }
                bytes[start..i].to_vec()
            };
            if raw.len() > MAX_FIELD_BYTES {
                return Err(err(
                    start_line,
                    start,
                    format!("field longer than {MAX_FIELD_BYTES} bytes"),
                ));
            }
            let text = decode(&raw);
            let null = text.trim() == "-0-";
            fields.push(Field {
                text: (!null).then_some(text),
            });
            if fields.len() > max_fields {
                let msg = match layout {
                    Some(l) => format!(
                        "more than {} fields; OFAC {} rows have exactly {}",
                        l.columns.len(),
                        l.role,
                        l.columns.len()
                    ),
                    None => "too many fields".to_string(),
                };
                return Err(ListError::at(
                    name,
                    Position::LineByte(rec_line, rec_byte),
                    msg,
                ));
            }
            match bytes.get(i) {
                Some(b',') => i += 1,
                Some(b'\r') if bytes.get(i + 1) == Some(&b'\n') => {
                    i += 2;
                    line += 1;
                    break;
                }
                Some(b'\n') => {
                    i += 1;
                    line += 1;
                    break;
                }
                None => break,
                Some(b'\r') => {
                    return Err(err(
                        line,
                        i,
                        "carriage return not followed by a line feed".into(),
                    ))
                }
                Some(_) => {
                    return Err(err(
                        line,
                        i,
                        "unexpected character after a closing quote (expected `,` or end of line)"
                            .into(),
                    ))
                }
            }
        }
        if let Some(l) = layout {
            if fields.len() != l.columns.len() {
                return Err(ListError::at(
                    name,
                    Position::LineByte(rec_line, rec_byte),
                    format!(
                        "{} fields; OFAC {} rows have exactly {}",
                        fields.len(),
                        l.role,
                        l.columns.len()
                    ),
                ));
            }
        }
        records.push(Record {
            line: rec_line,
            byte: rec_byte,
            fields,
        });
    }
    Ok(records)
}

/// Recognises an OFAC legacy CSV file from its first record: a main `sdn`/`cons_prim`
/// file (12 columns, numeric `ent_num`, a known `SDN_Type`) or a companion given alone,
/// told apart by column count and shape (`alt`: 5 columns with `aka`/`fka`/`nka`; `add`: 6
/// columns with two numbers; `comments`: 2 columns, number then text). Only the first
/// record is judged, so a file with a bad row further down is still recognised and then
/// refused by the parser with that row's line and field.
pub(crate) fn sniff(head: &[u8]) -> Option<Format> {
    // Only whole lines: the head may end in the middle of a record.
    let cut = match head.iter().rposition(|&b| b == b'\n') {
        Some(p) => &head[..=p],
        None => head,
    };
    let file = InputFile {
        name: String::new(),
        bytes: cut.to_vec(),
    };
    let records = read_records(&file, None, 1).ok()?;
    let r = records.first()?;
    let numeric = |i: usize| {
        r.text(i)
            .is_some_and(|s| s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit()))
    };
    match r.fields.len() {
        12 if numeric(0)
            && r.text(1).is_some()
            && (r.text(2).is_none() || entity_type(r.text(2)).is_some()) =>
        {
            Some(Format::OfacCsv)
        }
        6 if numeric(0) && numeric(1) => Some(Format::OfacCsvCompanion("add")),
        5 if numeric(0) && numeric(1) && alias_kind(r.text(2)).is_some() => {
            Some(Format::OfacCsvCompanion("alt"))
        }
        2 if numeric(0)
            && r.text(1)
                .is_some_and(|t| !t.bytes().all(|b| b.is_ascii_digit())) =>
        {
            Some(Format::OfacCsvCompanion("comments"))
        }
        _ => None,
    }
}

/// `SDN_Type`: `individual`, `vessel`, `aircraft`, or null (`-0-`) for an entity.
fn entity_type(text: Option<&str>) -> Option<EntityType> {
    match text.map(str::to_ascii_lowercase).as_deref() {
        None => Some(EntityType::Organization),
        Some("individual") => Some(EntityType::Person),
        Some("vessel") => Some(EntityType::Vessel),
        Some("aircraft") => Some(EntityType::Aircraft),
        Some("entity") => Some(EntityType::Organization),
        Some(_) => None,
    }
}

/// `alt_type`: `aka` is a strong alias, `fka` a former name, `nka` ("now known as") a
/// current name, kept as a strong alias noted `n.k.a.`.
fn alias_kind(text: Option<&str>) -> Option<(NameKind, Option<&'static str>)> {
    match text?.to_ascii_lowercase().replace('.', "").as_str() {
        "aka" => Some((NameKind::Alias, None)),
        "fka" => Some((NameKind::FormerName, None)),
        "nka" => Some((NameKind::Alias, Some("n.k.a."))),
        _ => None,
    }
}

/// The publication date in a file name such as `sdn-2021-07-07.csv`: the legacy CSV
/// carries no date of its own, so a dated file name (as nomina's bundled copies and many
/// archives use) is the only source. It is the file name's date, not OFAC's.
fn date_from_name(name: &str) -> Option<FuzzyDate> {
    let base = Path::new(name).file_name()?.to_string_lossy().into_owned();
    let b = base.as_bytes();
    (0..b.len().saturating_sub(10)).find_map(|i| {
        let s = &b[i..i + 11];
        let shape = s[0] == b'-'
            && s[5] == b'-'
            && s[8] == b'-'
            && [1, 2, 3, 4, 6, 7, 9, 10]
                .iter()
                .all(|&k| s[k].is_ascii_digit());
        let after = b.get(i + 11).copied();
        if !shape || !matches!(after, None | Some(b'.') | Some(b'_')) {
            return None;
        }
        let text = std::str::from_utf8(&s[1..]).ok()?;
        text.parse::<FuzzyDate>().ok()
    })
}

/// A main-file entity under construction, with its raw remarks (completed by the
/// comments companion before they are read).
struct Draft {
    entity: Entity,
    remarks: Option<String>,
}

/// Parses an OFAC main file (`sdn.csv` or `cons_prim.csv`) with whatever companions are
/// given, into one snapshot. Every row of every file must be well formed: a bad row in a
/// companion fails the whole list, because a silently thinner list is worse than none.
pub fn parse(main: &InputFile, companions: &Companions) -> Result<ListSnapshot, ListError> {
    let name = main.name.as_str();
    if main
        .bytes
        .iter()
        .all(|b| b.is_ascii_whitespace() || *b == 0x1A)
    {
        return Err(ListError::file(name, "the file is empty"));
    }
    let records = read_records(main, Some(&MAIN), usize::MAX)?;
    let mut drafts: Vec<Draft> = Vec::with_capacity(records.len());
    let mut index: HashMap<String, (usize, u64)> = HashMap::with_capacity(records.len());
    for rec in &records {
        let id = rec.number(name, &MAIN, 0)?;
        if let Some((_, first_line)) = index.get(&id) {
            return Err(rec.at(
                name,
                &MAIN,
                0,
                format!("duplicate ent_num {id} (first on line {first_line})"),
            ));
        }
        index.insert(id.clone(), (drafts.len(), rec.line));
        drafts.push(main_entity(name, rec, &id)?);
    }

    let mut warnings = Vec::new();
    let mut files: Vec<&InputFile> = vec![main];
    for role in ["alt", "add", "comments"] {
        match companions.get(role) {
            Some(f) => files.push(f),
            None => warnings.push(missing_warning(companions, role)),
        }
    }
    if let Some(alt) = &companions.alt {
        read_alt(alt, &index, &mut drafts, &mut warnings)?;
    }
    if let Some(add) = &companions.add {
        read_add(add, &index, &mut drafts, &mut warnings)?;
    }
    if let Some(comments) = &companions.comments {
        read_comments(comments, &index, &mut drafts, &mut warnings)?;
    } else {
        let cut = drafts
            .iter()
            .filter(|d| {
                d.remarks
                    .as_ref()
                    .is_some_and(|r| r.chars().count() == REMARKS_CUT)
            })
            .count();
        if cut > 0 {
            warnings.push(format!(
                "{cut} remarks are exactly {REMARKS_CUT} characters long, where OFAC cuts them; without the comments file their end is missing"
            ));
        }
    }

    let mut entities: Vec<Entity> = drafts
        .into_iter()
        .map(|mut d| {
            if let Some(text) = d.remarks.take() {
                remarks::apply(&mut d.entity, &text);
            }
            d.entity
        })
        .collect();
    resolve_linked_names(&mut entities);
    let published = date_from_name(name);
    finish_snapshot(
        Source::Ofac,
        Format::OfacCsv.as_str(),
        published,
        &files,
        entities,
        warnings,
    )
}

fn missing_warning(companions: &Companions, role: &str) -> String {
    let what = match role {
        "alt" => "strong aliases (alt.csv) were not read",
        "add" => "addresses (add.csv) were not read",
        _ => "remarks cut at 1000 characters were not completed (sdn_comments.csv)",
    };
    match companions
        .missing
        .iter()
        .find(|(r, _)| r == role || r.contains(role))
    {
        Some((_, path)) => format!("companion file not found: {path}; {what}"),
        None => format!("no {role} companion file given; {what}"),
    }
}

/// Builds one entity from a main-file row.
fn main_entity(file: &str, rec: &Record, id: &str) -> Result<Draft, ListError> {
    let name_text = rec
        .text(1)
        .ok_or_else(|| rec.at(file, &MAIN, 1, "the record has no name"))?;
    let kind = entity_type(rec.text(2)).ok_or_else(|| {
        rec.at(
            file,
            &MAIN,
            2,
            format!(
                "unknown SDN_Type {:?} (expected individual, vessel, aircraft or -0-)",
                clip(rec.text(2).unwrap_or(""))
            ),
        )
    })?;
    let person = kind == EntityType::Person;
    let mut primary = Name::new(name_text, NameKind::Primary);
    if person {
        primary.parts = remarks::last_first_parts(&primary.full);
    }
    let mut e = Entity::new(Source::Ofac, id, kind, primary);
    if let Some(programs) = rec.text(3) {
        for p in programs.split("] [") {
            let p = p
                .trim()
                .trim_start_matches('[')
                .trim_end_matches(']')
                .trim();
            if !p.is_empty() && !e.programmes.iter().any(|q| q == p) {
                e.programmes.push(p.to_string());
            }
        }
    }
    if let Some(title) = rec.text(4) {
        e.titles.push(nomina_model::collapse_whitespace(title));
    }
    let vessel = VesselInfo {
        call_sign: rec.text(5).map(str::to_string),
        vessel_type: rec.text(6).map(str::to_string),
        tonnage: rec.text(7).map(str::to_string),
        gross_registered_tonnage: rec.text(8).map(str::to_string),
        flag: rec.text(9).map(Country::from_raw),
        owner: rec.text(10).map(str::to_string),
    };
    if let Some(cs) = &vessel.call_sign {
        // Also an identifier, so screening by document/code finds it like any other id.
        e.identifiers.push(Identifier {
            kind: IdKind::CallSign,
            label: "Call Sign".to_string(),
            value: cs.clone(),
            country: None,
            issued: None,
            expires: None,
            note: None,
        });
    }
    if vessel != VesselInfo::default() || kind == EntityType::Vessel {
        e.vessel = Some(vessel);
    }
    // Remarks are kept raw (not trimmed) so the comments continuation joins exactly.
    let remarks = rec
        .fields
        .get(11)
        .and_then(|f| f.text.clone())
        .filter(|t| !t.trim().is_empty());
    Ok(Draft { entity: e, remarks })
}

/// Looks up a companion row's `ent_num`; unknown ones are counted for a warning.
fn owner(
    file: &str,
    layout: &Layout,
    rec: &Record,
    index: &HashMap<String, (usize, u64)>,
    orphans: &mut Vec<String>,
) -> Result<Option<usize>, ListError> {
    let id = rec.number(file, layout, 0)?;
    match index.get(&id) {
        Some((i, _)) => Ok(Some(*i)),
        None => {
            orphans.push(id);
            Ok(None)
        }
    }
}

fn orphan_warning(file: &str, orphans: &[String], warnings: &mut Vec<String>) {
    if orphans.is_empty() {
        return;
    }
    let mut ids: Vec<&str> = orphans.iter().map(String::as_str).collect();
    ids.dedup();
    let shown: Vec<&str> = ids.iter().take(10).copied().collect();
    warnings.push(format!(
        "{}: {} rows name an ent_num that is not in the main file and were ignored (ent_num {}{})",
        crate_file_name(file),
        orphans.len(),
        shown.join(", "),
        if ids.len() > shown.len() { ", …" } else { "" }
    ));
}

fn crate_file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}

fn read_alt(
    file: &InputFile,
    index: &HashMap<String, (usize, u64)>,
    drafts: &mut [Draft],
    warnings: &mut Vec<String>,
) -> Result<(), ListError> {
    let name = file.name.as_str();
    let mut orphans = Vec::new();
    let mut empty = 0usize;
    for rec in read_records(file, Some(&ALT), usize::MAX)? {
        rec.number(name, &ALT, 1)?;
        let (kind, note) = alias_kind(rec.text(2)).ok_or_else(|| {
            rec.at(
                name,
                &ALT,
                2,
                format!(
                    "unknown alias type {:?} (expected aka, fka or nka)",
                    clip(rec.text(2).unwrap_or(""))
                ),
            )
        })?;
        let Some(i) = owner(name, &ALT, &rec, index, &mut orphans)? else {
            continue;
        };
        let Some(text) = rec.text(3) else {
            empty += 1;
            continue;
        };
        let entity = &mut drafts[i].entity;
        let mut alias = Name::new(text, kind);
        if entity.entity_type == EntityType::Person {
            alias.parts = remarks::last_first_parts(&alias.full);
        }
        let notes: Vec<&str> = note.into_iter().chain(rec.text(4)).collect();
        alias.note = (!notes.is_empty()).then(|| notes.join("; "));
        entity.push_name(alias);
    }
    orphan_warning(name, &orphans, warnings);
    if empty > 0 {
        warnings.push(format!(
            "{}: {empty} alias rows have no name and were skipped",
            crate_file_name(name)
        ));
    }
    Ok(())
}

fn read_add(
    file: &InputFile,
    index: &HashMap<String, (usize, u64)>,
    drafts: &mut [Draft],
    warnings: &mut Vec<String>,
) -> Result<(), ListError> {
    let name = file.name.as_str();
    let mut orphans = Vec::new();
    for rec in read_records(file, Some(&ADD), usize::MAX)? {
        rec.number(name, &ADD, 1)?;
        let Some(i) = owner(name, &ADD, &rec, index, &mut orphans)? else {
            continue;
        };
        // OFAC merges city, state/province and postal code into one column; it is kept
        // whole in `city` rather than split by guesswork.
        let address = Address {
            street: rec.text(2).map(nomina_model::collapse_whitespace),
            city: rec.text(3).map(nomina_model::collapse_whitespace),
            region: None,
            postal_code: None,
            country: rec.text(4).map(Country::from_raw),
            note: rec.text(5).map(nomina_model::collapse_whitespace),
        };
        // Every entry has an address row, often all `-0-`: that is "no address".
        if address != Address::default() {
            let list = &mut drafts[i].entity.addresses;
            if !list.contains(&address) {
                list.push(address);
            }
        }
    }
    orphan_warning(name, &orphans, warnings);
    Ok(())
}

fn read_comments(
    file: &InputFile,
    index: &HashMap<String, (usize, u64)>,
    drafts: &mut [Draft],
    warnings: &mut Vec<String>,
) -> Result<(), ListError> {
    let name = file.name.as_str();
    let mut orphans = Vec::new();
    for rec in read_records(file, Some(&COMMENTS), usize::MAX)? {
        let Some(i) = owner(name, &COMMENTS, &rec, index, &mut orphans)? else {
            continue;
        };
        // The continuation starts exactly where the 1000-character cut fell, often
        // mid-word, so it is joined with no separator and not trimmed.
        let Some(more) = rec.fields.get(1).and_then(|f| f.text.as_deref()) else {
            continue;
        };
        drafts[i]
            .remarks
            .get_or_insert_with(String::new)
            .push_str(more);
    }
    orphan_warning(name, &orphans, warnings);
    Ok(())
}

/// `Linked To: PERSIAN GULF PETROCHEMICAL INDUSTRY CO.` at the end of remarks is ambiguous:
/// the final period may be the remarks' terminator or part of the name. When the name with
/// the period is a primary name in the same list, the period is restored.
fn resolve_linked_names(entities: &mut [Entity]) {
    let names: HashSet<String> = entities
        .iter()
        .map(|e| e.primary_name().to_string())
        .collect();
    for e in entities.iter_mut() {
        for id in e.identifiers.iter_mut().filter(|i| i.label == "Linked To:") {
            let dotted = format!("{}.", id.value);
            if !names.contains(&id.value) && names.contains(&dotted) {
                id.value = dotted;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(bytes: &[u8]) -> InputFile {
        InputFile {
            name: "t/sdn.csv".into(),
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn sniff_tells_main_and_companions_apart() {
        let main = b"36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1a";
        assert_eq!(sniff(main), Some(Format::OfacCsv));
        assert_eq!(
            sniff(b"36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n"),
            Some(Format::OfacCsvCompanion("alt"))
        );
        assert_eq!(
            sniff(b"36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n"),
            Some(Format::OfacCsvCompanion("add"))
        );
        assert_eq!(
            sniff(b"28263,\"hn'; Linked To: LAZARUS GROUP.\"\r\n"),
            Some(Format::OfacCsvCompanion("comments"))
        );
        assert_eq!(sniff(b"id,name\r\n1,x\r\n"), None);
        assert_eq!(
            sniff(b"36,\"X\",\"company\",\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"),
            None
        );
        // A head cut mid-record is judged on its whole lines.
        let mut cut = main[..main.len() - 3].to_vec();
        cut.splice(0..0, main[..main.len() - 1].iter().copied());
        assert_eq!(sniff(&cut), Some(Format::OfacCsv));
    }

    #[test]
    fn records_handle_quotes_nulls_and_eof_marker() {
        let f = file(b"1,\"A \"\"B\"\", C\",-0- \r\n2,\"x\",-0-\n\x1a\r\n");
        let recs = read_records(&f, None, usize::MAX).unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].fields[1].text.as_deref(), Some("A \"B\", C"));
        assert!(recs[0].fields[2].text.is_none());
        assert!(recs[1].fields[2].text.is_none());
        assert_eq!((recs[1].line, recs[1].byte), (2, 21));
    }

    #[test]
    fn latin1_bytes_are_decoded() {
        let f = file(b"1,\"CAF\xc9\"\r\n");
        assert_eq!(
            read_records(&f, None, usize::MAX).unwrap()[0].fields[1]
                .text
                .as_deref(),
            Some("CAFÉ")
        );
        let f = file("1,\"CAFÉ\"\r\n".as_bytes());
        assert_eq!(
            read_records(&f, None, usize::MAX).unwrap()[0].fields[1]
                .text
                .as_deref(),
            Some("CAFÉ")
        );
    }

    #[test]
    fn file_name_dates() {
        assert_eq!(
            date_from_name("data/sdn-2021-07-07.csv.gz"),
            "2021-07-07".parse().ok()
        );
        assert_eq!(
            date_from_name("cons_prim-2025-12-19.csv"),
            "2025-12-19".parse().ok()
        );
        assert_eq!(date_from_name("sdn.csv"), None);
        assert_eq!(date_from_name("sdn-2021-13-07.csv"), None);
        assert_eq!(date_from_name("2021-07-07/sdn.csv"), None);
    }

    #[test]
    fn companion_names_follow_the_main_name() {
        let dir =
            std::env::temp_dir().join(format!("nomina-ofac-companions-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let main = dir.join("SDN-2020-01-01.CSV");
        std::fs::write(
            &main,
            b"1,\"A\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("ALT-2020-01-01.CSV"),
            b"1,2,\"aka\",\"B\",-0- \r\n",
        )
        .unwrap();
        let c = Companions::find_beside(&main).unwrap();
        assert!(c.alt.is_some() && c.add.is_none() && c.comments.is_none());
        assert_eq!(c.missing.len(), 2);
        assert!(
            c.missing[1].1.ends_with("SDN_COMMENTS-2020-01-01.CSV"),
            "{:?}",
            c.missing
        );
        let renamed = Companions::find_beside(&dir.join("list.csv")).unwrap();
        assert!(renamed.alt.is_none() && renamed.missing.len() == 1);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn nka_and_fka_kinds() {
        assert_eq!(alias_kind(Some("aka")), Some((NameKind::Alias, None)));
        assert_eq!(alias_kind(Some("fka")), Some((NameKind::FormerName, None)));
        assert_eq!(
            alias_kind(Some("n.k.a.")),
            Some((NameKind::Alias, Some("n.k.a.")))
        );
        assert_eq!(alias_kind(Some("xyz")), None);
    }
}
