//! Format detection from content: users rename downloads, so the name proves nothing.

use std::fmt;

/// A list file format nomina reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// UN Security Council Consolidated List XML.
    UnXml,
    /// OFAC legacy CSV main file (`sdn.csv` or `cons_prim.csv`).
    OfacCsv,
    /// An OFAC legacy CSV companion (`alt`, `add`, `comments`) given on its own.
    OfacCsvCompanion(&'static str),
    /// OFAC classic XML (`sdnList` schema).
    OfacXml,
    /// OFAC Sanctions List Service enhanced XML.
    OfacEnhancedXml,
    /// EU Financial Sanctions Files CSV.
    EuCsv,
    /// EU Financial Sanctions Files XML.
    EuXml,
    /// UK OFSI consolidated list CSV (pre-2026).
    UkOfsiCsv,
    /// UK Sanctions List CSV (FCDO).
    UkSanctionsListCsv,
    /// UK Sanctions List XML (FCDO).
    UkSanctionsListXml,
    /// nomina custom list, CSV.
    CustomCsv,
    /// nomina custom list, JSON.
    CustomJson,
    /// FollowTheMoney entities, JSON lines (OpenSanctions' `entities.ftm.json`).
    Ftm,
}

impl Format {
    /// Short stable name, stored in [`nomina_model::ListVersion::format`].
    pub fn as_str(&self) -> &'static str {
        match self {
            Format::UnXml => "un-xml",
            Format::OfacCsv => "ofac-csv",
            Format::OfacCsvCompanion(_) => "ofac-csv-companion",
            Format::OfacXml => "ofac-xml",
            Format::OfacEnhancedXml => "ofac-enhanced-xml",
            Format::EuCsv => "eu-csv",
            Format::EuXml => "eu-xml",
            Format::UkOfsiCsv => "uk-ofsi-csv",
            Format::UkSanctionsListCsv => "uk-sl-csv",
            Format::UkSanctionsListXml => "uk-sl-xml",
            Format::CustomCsv => "custom-csv",
            Format::CustomJson => "custom-json",
            Format::Ftm => crate::ftm::FORMAT,
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Recognises a list format from the first bytes of a (decompressed) file.
///
/// ```
/// use nomina_lists::{detect, Format};
/// assert_eq!(detect(b"<?xml version=\"1.0\"?><CONSOLIDATED_LIST dateGenerated=\"x\">"), Some(Format::UnXml));
/// assert_eq!(detect(b""), None);
/// ```
pub fn detect(bytes: &[u8]) -> Option<Format> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let first = head.iter().position(|b| !b.is_ascii_whitespace())?;
    match head[first] {
        b'<' => detect_xml(&head[first..]),
        b'{' if crate::ftm::sniff(head) => Some(Format::Ftm),
        b'{' | b'[' if crate::custom::sniff_json(head) => Some(Format::CustomJson),
        _ => detect_text(head),
    }
}

fn detect_xml(head: &[u8]) -> Option<Format> {
    let root = root_name(head)?;
    match root.as_str() {
        "CONSOLIDATED_LIST" => Some(Format::UnXml),
        "sdnList" => Some(Format::OfacXml),
        "sanctionsData" => Some(Format::OfacEnhancedXml),
        "export" => Some(Format::EuXml),
        r if crate::uk_sl::XML_ROOTS.contains(&r) => Some(Format::UkSanctionsListXml),
        _ => None,
    }
}

/// The local name of the first element, skipping the declaration, comments, processing
/// instructions and a DOCTYPE (which the readers then refuse with a clear message).
fn root_name(head: &[u8]) -> Option<String> {
    let mut i = 0;
    while i < head.len() {
        let rest = &head[i..];
        if rest.starts_with(b"<?") || rest.starts_with(b"<!") {
            let close: &[u8] = if rest.starts_with(b"<!--") {
                b"-->"
            } else {
                b">"
            };
            let end = rest.windows(close.len()).position(|w| w == close)?;
            i += end + close.len();
        } else if rest[0] == b'<' {
            let name: Vec<u8> = rest[1..]
                .iter()
                .take_while(|b| !b.is_ascii_whitespace() && **b != b'>' && **b != b'/')
                .copied()
                .collect();
            let name = String::from_utf8(name).ok()?;
            return Some(name.rsplit(':').next().unwrap_or(&name).to_string());
        } else {
            i += 1;
        }
    }
    None
}

fn detect_text(head: &[u8]) -> Option<Format> {
    if crate::eu_csv::sniff(head) {
        return Some(Format::EuCsv);
    }
    if crate::uk_ofsi::sniff(head) {
        return Some(Format::UkOfsiCsv);
    }
    if crate::uk_sl::sniff_csv(head) {
        return Some(Format::UkSanctionsListCsv);
    }
    if let Some(f) = crate::ofac_csv::sniff(head) {
        return Some(f);
    }
    if crate::custom::sniff_csv(head) {
        return Some(Format::CustomCsv);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_roots_are_recognised_through_prologs_and_namespaces() {
        assert_eq!(
            detect(b"\xEF\xBB\xBF<?xml version='1.0'?>\n<!-- c --><sdnList xmlns=\"x\">"),
            Some(Format::OfacXml)
        );
        assert_eq!(
            detect(b"<ns:sanctionsData xmlns:ns=\"x\">"),
            Some(Format::OfacEnhancedXml)
        );
        assert_eq!(
            detect(b"<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\">"),
            Some(Format::EuXml)
        );
        assert_eq!(detect(b"<html><body>"), None);
        assert_eq!(detect(b"   \n"), None);
    }
}
