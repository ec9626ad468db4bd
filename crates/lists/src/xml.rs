//! Record-at-a-time XML reading shared by the UN, OFAC and EU XML readers.
//!
//! Sanctions XML files are a header followed by thousands of independent records. Readers
//! pull one record element at a time as a small tree ([`Element`]), map it and drop it, so
//! memory stays bounded by the largest record, not the file. Document type declarations are
//! refused outright: list files never need them and entity expansion is an attack surface.

use crate::error::{line_of, ListError, Position};
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Largest record accepted, in bytes of source text. The largest real record is ~40 KB;
/// anything far beyond is a broken or hostile file.
pub const MAX_RECORD_BYTES: usize = 4 << 20;
/// Deepest nesting accepted inside one record.
const MAX_DEPTH: usize = 64;

/// One XML element with its attributes, its text and its child elements.
#[derive(Debug, Clone, Default)]
pub struct Element {
    /// Local name (namespace prefix removed: OFAC changed namespaces between years).
    pub name: String,
    /// Attributes by local name, unescaped.
    pub attrs: Vec<(String, String)>,
    /// Concatenated text content directly inside this element (not trimmed).
    pub text: String,
    /// Child elements in document order.
    pub children: Vec<Element>,
    /// Byte offset of the start tag in the file.
    pub offset: u64,
}

impl Element {
    /// The first child with this local name.
    pub fn child(&self, name: &str) -> Option<&Element> {
        self.children.iter().find(|c| c.name == name)
    }

    /// All children with this local name.
    pub fn children_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children.iter().filter(move |c| c.name == name)
    }

    /// Follows a path of child names and returns the element at its end.
    pub fn path(&self, path: &[&str]) -> Option<&Element> {
        let mut cur = self;
        for p in path {
            cur = cur.child(p)?;
        }
        Some(cur)
    }

    /// The text of a child, whitespace-collapsed; `None` when absent or blank.
    pub fn text_of(&self, name: &str) -> Option<String> {
        self.child(name).and_then(|c| c.value())
    }

    /// This element's own text, whitespace-collapsed; `None` when blank.
    pub fn value(&self) -> Option<String> {
        let v = nomina_model::collapse_whitespace(&self.text);
        (!v.is_empty()).then_some(v)
    }

    /// An attribute's value by local name.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Pulls record elements out of an XML document one at a time.
pub struct XmlRecords<'a> {
    file: String,
    bytes: &'a [u8],
    reader: Reader<&'a [u8]>,
    /// Attributes of the root element, available once the first record was requested.
    pub root_attrs: Vec<(String, String)>,
    /// Local name of the root element.
    pub root_name: String,
    records: u64,
    /// Set when the root element's end tag has been read: a file cut between two records
    /// is otherwise well-formed up to its last byte.
    root_closed: bool,
}

impl<'a> XmlRecords<'a> {
    /// Starts reading `bytes`, which must be UTF-8 (a BOM is skipped). `file` names the file
    /// in errors.
    pub fn new(file: &str, bytes: &'a [u8]) -> Result<Self, ListError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        if let Err(e) = std::str::from_utf8(bytes) {
            let at = e.valid_up_to();
            return Err(ListError::at(
                file,
                Position::LineByte(line_of(bytes, at), at as u64),
                "invalid UTF-8: XML list files must be UTF-8 encoded",
            ));
        }
        let mut reader = Reader::from_reader(bytes);
        reader.config_mut().trim_text(false);
        reader.config_mut().check_end_names = true;
        Ok(XmlRecords {
            file: file.to_string(),
            bytes,
            reader,
            root_attrs: Vec::new(),
            root_name: String::new(),
            records: 0,
            root_closed: false,
        })
    }

    /// Number of records returned so far.
    pub fn count(&self) -> u64 {
        self.records
    }

    fn err(&self, offset: u64, message: impl Into<String>) -> ListError {
        ListError::at(
            &self.file,
            Position::LineByte(line_of(self.bytes, offset as usize), offset),
            message,
        )
    }

    fn position(&self) -> u64 {
        self.reader.buffer_position()
    }

    /// Returns the next element whose local name is one of `names`, with its whole subtree,
    /// or `None` at the end of the document. Elements not named are descended into, so
    /// records nested in wrapper elements are found.
    pub fn next(&mut self, names: &[&str]) -> Result<Option<Element>, ListError> {
        loop {
            let before = self.position();
            let event = self
                .reader
                .read_event()
                .map_err(|e| self.err(before, format!("malformed XML: {e}")))?;
            match event {
                Event::Start(start) => {
                    let name = local_name(&start);
                    if self.root_name.is_empty() {
                        self.root_name = name.clone();
                        self.root_attrs = self.attributes(&start, before)?;
                    }
                    if names.contains(&name.as_str()) {
                        let el = self.read_subtree(start.into_owned(), before)?;
                        self.records += 1;
                        return Ok(Some(el));
                    }
                }
                Event::Empty(start) => {
                    let name = local_name(&start);
                    if self.root_name.is_empty() {
                        self.root_name = name.clone();
                        self.root_attrs = self.attributes(&start, before)?;
                    }
                    if names.contains(&name.as_str()) {
                        let el = Element {
                            name,
                            attrs: self.attributes(&start, before)?,
                            offset: before,
                            ..Default::default()
                        };
                        self.records += 1;
                        return Ok(Some(el));
                    }
                }
                Event::DocType(_) => {
                    return Err(self.err(before, "document type declarations are not allowed in list files (entities are never expanded)"));
                }
                Event::Text(t)
                    if self.root_name.is_empty() && !t.iter().all(u8::is_ascii_whitespace) =>
                {
                    return Err(
                        self.err(before, "text before the root element: not an XML list file")
                    );
                }
                Event::End(end) if end.local_name().as_ref() == self.root_name.as_bytes() => {
                    self.root_closed = true;
                }
                Event::Eof => {
                    if self.root_name.is_empty() {
                        return Err(
                            self.err(before, "no root element: the file is empty or not XML")
                        );
                    }
                    if !self.root_closed {
                        return Err(self.truncated());
                    }
                    return Ok(None);
                }
                _ => {}
            }
        }
    }

    fn attributes(
        &self,
        start: &BytesStart,
        offset: u64,
    ) -> Result<Vec<(String, String)>, ListError> {
        let mut out = Vec::new();
        for a in start.attributes() {
            let a = a.map_err(|e| self.err(offset, format!("malformed attribute: {e}")))?;
            let key = String::from_utf8_lossy(a.key.local_name().as_ref()).into_owned();
            let value = a
                .unescape_value()
                .map_err(|e| self.err(offset, format!("attribute {key}: {e}")))?
                .into_owned();
            out.push((key, value));
        }
        Ok(out)
    }

    fn read_subtree(
        &mut self,
        start: BytesStart<'static>,
        offset: u64,
    ) -> Result<Element, ListError> {
        let root = Element {
            name: local_name(&start),
            attrs: self.attributes(&start, offset)?,
            offset,
            ..Default::default()
        };
        let mut stack = vec![root];
        loop {
            let before = self.position();
            if (before - offset) as usize > MAX_RECORD_BYTES {
                return Err(self.err(
                    offset,
                    format!(
                        "record <{}> is larger than {} bytes",
                        stack[0].name, MAX_RECORD_BYTES
                    ),
                ));
            }
            let event = self
                .reader
                .read_event()
                .map_err(|e| self.err(before, format!("malformed XML: {e}")))?;
            match event {
                Event::Start(s) => {
                    if stack.len() >= MAX_DEPTH {
                        return Err(self.err(before, "elements nested too deeply"));
                    }
                    let el = Element {
                        name: local_name(&s),
                        attrs: self.attributes(&s, before)?,
                        offset: before,
                        ..Default::default()
                    };
                    stack.push(el);
                }
                Event::Empty(s) => {
                    let el = Element {
                        name: local_name(&s),
                        attrs: self.attributes(&s, before)?,
                        offset: before,
                        ..Default::default()
                    };
                    stack
                        .last_mut()
                        .expect("stack never empty inside a record")
                        .children
                        .push(el);
                }
                Event::Text(t) => {
                    let text = t.unescape().map_err(|e| {
                        self.err(before, format!("bad text or entity reference: {e}"))
                    })?;
                    stack
                        .last_mut()
                        .expect("stack never empty inside a record")
                        .text
                        .push_str(&text);
                }
                Event::CData(t) => {
                    let text = String::from_utf8_lossy(&t).into_owned();
                    stack
                        .last_mut()
                        .expect("stack never empty inside a record")
                        .text
                        .push_str(&text);
                }
                Event::End(_) => {
                    let done = stack.pop().expect("stack never empty inside a record");
                    match stack.last_mut() {
                        Some(parent) => parent.children.push(done),
                        None => return Ok(done),
                    }
                }
                Event::DocType(_) => {
                    return Err(self.err(before, "document type declarations are not allowed"))
                }
                Event::Eof => {
                    return Err(self.err(
                        before,
                        format!(
                            "file ends inside <{}> (truncated?)",
                            stack.last().map(|e| e.name.as_str()).unwrap_or("")
                        ),
                    ));
                }
                _ => {}
            }
        }
    }

    /// Reads to the end of the document, so that truncation or garbage after the last
    /// record is reported instead of silently accepted.
    pub fn finish(mut self) -> Result<(), ListError> {
        loop {
            let before = self.position();
            match self
                .reader
                .read_event()
                .map_err(|e| self.err(before, format!("malformed XML: {e}")))?
            {
                Event::End(end) if end.local_name().as_ref() == self.root_name.as_bytes() => {
                    self.root_closed = true
                }
                Event::Eof if !self.root_closed && !self.root_name.is_empty() => {
                    return Err(self.truncated());
                }
                Event::Eof => return Ok(()),
                Event::DocType(_) => {
                    return Err(self.err(before, "document type declarations are not allowed"))
                }
                _ => {}
            }
        }
    }

    /// The error for a document whose root element is never closed, placed at its last
    /// non-blank byte (where the cut is).
    fn truncated(&self) -> ListError {
        let last = self
            .bytes
            .iter()
            .rposition(|b| !b.is_ascii_whitespace())
            .unwrap_or(0);
        self.err(
            last as u64,
            format!("file ends before </{}>: truncated", self.root_name),
        )
        .with_field(self.root_name.clone())
    }

    /// Refuses a document whose root element is not `expected`, at line 1, saying which
    /// kind of file was expected (`what`).
    pub fn expect_root(&self, expected: &str, what: &str) -> Result<(), ListError> {
        if self.root_name == expected {
            return Ok(());
        }
        Err(ListError::at(
            &self.file,
            Position::Line(1),
            format!(
                "root element is <{}>, expected <{expected}>: not {what}",
                self.root_name
            ),
        ))
    }

    /// The publication date a root attribute carries (`dateGenerated`, `generationDate`),
    /// read with `parse`. A missing or blank attribute gives `None` and a warning (the list
    /// is still usable); an unreadable one is an error naming the attribute and its line.
    pub fn root_date(
        &self,
        attr: &str,
        parse: impl Fn(&str) -> Option<nomina_model::FuzzyDate>,
        warnings: &mut Vec<String>,
    ) -> Result<Option<nomina_model::FuzzyDate>, ListError> {
        let value = self
            .root_attrs
            .iter()
            .find(|(k, _)| k == attr)
            .map(|(_, v)| v.trim());
        match value {
            None | Some("") => {
                warnings.push(format!(
                    "the root element has no {attr}: publication date unknown"
                ));
                Ok(None)
            }
            Some(text) => parse(text).map(Some).ok_or_else(|| {
                let needle = format!("{attr}=");
                let at = self
                    .bytes
                    .windows(needle.len())
                    .position(|w| w == needle.as_bytes())
                    .unwrap_or(0);
                ListError::at(
                    &self.file,
                    Position::Line(line_of(self.bytes, at)),
                    format!("{attr} {text:?} is not a date"),
                )
                .with_field(attr)
            }),
        }
    }

    /// The file name given at construction.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// An error at an element, naming its line and field.
    pub fn error_at(&self, el: &Element, message: impl Into<String>) -> ListError {
        self.err(el.offset, message).with_field(el.name.clone())
    }
}

fn local_name(start: &BytesStart) -> String {
    String::from_utf8_lossy(start.local_name().as_ref()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_root_attributes() {
        let xml = br#"<?xml version="1.0"?><LIST date="x"><A><B> one </B><B>two &amp; three</B></A><C/><A/></LIST>"#;
        let mut r = XmlRecords::new("t.xml", xml).unwrap();
        let a = r.next(&["A"]).unwrap().unwrap();
        assert_eq!(r.root_attrs, vec![("date".to_string(), "x".to_string())]);
        assert_eq!(
            a.children_named("B")
                .filter_map(|b| b.value())
                .collect::<Vec<_>>(),
            ["one", "two & three"]
        );
        assert!(r.next(&["A"]).unwrap().is_some());
        assert!(r.next(&["A"]).unwrap().is_none());
        assert_eq!(r.count(), 2);
    }

    #[test]
    fn truncated_doctype_and_garbage_are_errors() {
        let mut r = XmlRecords::new("t.xml", b"<L><A><B>x</B>").unwrap();
        let e = r.next(&["A"]).unwrap_err();
        assert!(e.to_string().contains("t.xml"), "{e}");
        let mut r = XmlRecords::new("t.xml", b"<!DOCTYPE x [<!ENTITY a \"b\">]><L/>").unwrap();
        assert!(r
            .next(&["A"])
            .unwrap_err()
            .message
            .contains("document type"));
        let mut r = XmlRecords::new("t.xml", b"<L><A>x</A><A>y</A>").unwrap();
        assert!(r.next(&["A"]).unwrap().is_some());
        assert!(r.next(&["A"]).unwrap().is_some());
        assert!(r.next(&["A"]).unwrap_err().message.contains("truncated"));
        let mut r = XmlRecords::new("t.xml", b"not xml at all").unwrap();
        assert!(r.next(&["A"]).is_err());
        assert!(XmlRecords::new("t.xml", b"<L>\xff</L>").is_err());
        let mut r = XmlRecords::new("t.xml", b"<L><A>&unknown;</A></L>").unwrap();
        assert!(r.next(&["A"]).is_err());
    }
}
