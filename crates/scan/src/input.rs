//! Turning the bytes of a document into text the scanner can read, refusing what is not
//! text, and converting offsets.
//!
//! Documents come from mail gateways, OCR and payment systems; a stray byte must not stop
//! screening, and it must not shift offsets either. Invalid UTF-8 is replaced the way
//! Python's `errors="replace"` does it (one U+FFFD per maximal invalid subsequence, as
//! Rust's `from_utf8_lossy`), so character offsets agree with a reader of the same file in
//! Python, and every replacement is reported with its byte position.

use crate::ScanError;

/// Largest document accepted, in bytes. Larger inputs are refused before they are read
/// whole: a scan keeps the text, its words and their offsets in memory (about ten times the
/// text), and a document this size is a data dump that belongs split into documents.
pub const MAX_DOCUMENT_BYTES: usize = 64 * 1024 * 1024;

/// A decoded document: the text, and how to map its offsets back to the raw bytes.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The text, with invalid byte sequences replaced by U+FFFD.
    pub text: String,
    /// Replacements made: (byte offset in `text`, number of raw bytes replaced).
    replacements: Vec<(usize, usize)>,
    /// Human-readable notes about what was replaced.
    pub warnings: Vec<String>,
}

impl Decoded {
    /// The byte offset in the raw input of byte offset `pos` of the decoded text.
    pub fn raw_offset(&self, pos: usize) -> usize {
        let mut shift: isize = 0;
        for &(at, raw_len) in &self.replacements {
            if at >= pos {
                break;
            }
            // U+FFFD is three bytes in the text; `raw_len` bytes in the input.
            shift += raw_len as isize - 3;
        }
        (pos as isize + shift).max(0) as usize
    }
}

/// Decodes a document, refusing binary data and over-large input.
///
/// Binary means a NUL byte, or more than one in ten of the first 8 KiB being control
/// characters other than tab, CR, LF and form feed: such input is an image, an archive or
/// an executable, and scanning it would report noise as mentions.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ScanError> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(ScanError::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_DOCUMENT_BYTES as u64,
        });
    }
    check_not_binary(bytes)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut text = String::with_capacity(bytes.len());
    let mut replacements = Vec::new();
    let mut warnings = Vec::new();
    let mut rest = bytes;
    let mut raw_pos = 0usize;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                text.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // Safe: from_utf8 vouched for the prefix.
                text.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len() - good);
                if warnings.len() < 20 {
                    warnings.push(format!(
                        "invalid UTF-8 at byte {} ({} byte{}), replaced by U+FFFD",
                        raw_pos + good,
                        bad,
                        if bad == 1 { "" } else { "s" }
                    ));
                }
                replacements.push((text.len(), bad));
                text.push('\u{FFFD}');
                rest = &rest[good + bad..];
                raw_pos += good + bad;
            }
        }
    }
    if replacements.len() > 20 {
        warnings.push(format!(
            "{} invalid UTF-8 sequences in all, each replaced by U+FFFD",
            replacements.len()
        ));
    }
    Ok(Decoded {
        text,
        replacements,
        warnings,
    })
}

fn check_not_binary(bytes: &[u8]) -> Result<(), ScanError> {
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        return Err(ScanError::Binary {
            reason: format!("NUL byte at byte {pos}"),
        });
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    if controls * 10 > head.len() && controls > 4 {
        return Err(ScanError::Binary {
            reason: format!("{controls} control bytes in the first {} bytes", head.len()),
        });
    }
    // NUL bytes after the first 8 KiB are still binary (a text header on an archive).
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Err(ScanError::Binary {
            reason: format!("NUL byte at byte {pos}"),
        });
    }
    Ok(())
}

/// Converts byte offsets of `text` into character offsets (Unicode scalar values, as
/// Python `str` indices), for many offsets at once in one pass.
pub(crate) struct CharOffsets {
    /// (byte offset, char offset) at every non-ASCII character, in order.
    marks: Vec<(usize, usize)>,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        let mut marks = Vec::new();
        if !text.is_ascii() {
            for (chars, (b, c)) in text.char_indices().enumerate() {
                if !c.is_ascii() {
                    marks.push((b, chars));
                }
            }
        }
        CharOffsets { marks }
    }

    /// The character offset of byte offset `b` (a character boundary).
    pub fn char_of(&self, text: &str, b: usize) -> usize {
        // Characters before `b` = bytes before `b` minus the extra bytes of the non-ASCII
        // characters before it.
        let n = self.marks.partition_point(|&(mb, _)| mb < b);
        if n == 0 {
            return b;
        }
        let (mb, mc) = self.marks[n - 1];
        let len = text[mb..].chars().next().map_or(1, char::len_utf8);
        mc + 1 + (b - (mb + len))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_bytes_are_replaced_and_reported() {
        let d = decode(b"ab\xFFcd \xE2\x82 ok").unwrap();
        assert_eq!(d.text, "ab\u{FFFD}cd \u{FFFD} ok");
        assert_eq!(d.warnings.len(), 2);
        assert!(d.warnings[0].contains("byte 2"), "{:?}", d.warnings);
        // "ok" is at byte 12 of the text, byte 9 of the raw input.
        let at = d.text.find("ok").unwrap();
        assert_eq!(d.raw_offset(at), 9);
    }

    #[test]
    fn binary_is_refused() {
        assert!(matches!(
            decode(b"PK\x03\x04\x00\x00"),
            Err(ScanError::Binary { .. })
        ));
        let mut v = b"header text ".to_vec();
        v.extend(std::iter::repeat_n(1u8, 100));
        assert!(matches!(decode(&v), Err(ScanError::Binary { .. })));
        assert!(decode(b"plain\ttext\r\n").is_ok());
    }

    #[test]
    fn char_offsets_count_scalars() {
        let t = "é a جماعة b";
        let c = CharOffsets::new(t);
        for (chars, (b, _)) in t.char_indices().enumerate() {
            assert_eq!(c.char_of(t, b), chars);
        }
        assert_eq!(c.char_of(t, t.len()), t.chars().count());
    }
}
