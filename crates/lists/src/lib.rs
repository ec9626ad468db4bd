//! Readers for the official sanctions list formats, mapping each into the
//! [`nomina_model`] entity model.
//!
//! Every reader takes whole files and returns a whole [`ListSnapshot`] or a [`ListError`]
//! naming the file, position and field: never a partial list. The format is detected from
//! the content ([`detect`]), never from the file name, because users rename downloads.
//!
//! | format | module | key |
//! |---|---|---|
//! | UN Security Council Consolidated List XML | [`un`] | `un:<REFERENCE_NUMBER>` |
//! | OFAC legacy CSV set (`sdn`/`alt`/`add`/`sdn_comments`, `cons_*`) | [`ofac_csv`] | `ofac:<ent_num>` |
//! | OFAC classic XML (`sdnList`) | [`ofac_xml`] | `ofac:<uid>` |
//! | OFAC Sanctions List Service enhanced XML | [`ofac_enhanced`] | `ofac:<id>` |
//! | EU Financial Sanctions Files CSV / XML | [`eu_csv`], [`eu_xml`] | `eu:<logicalId>` |
//! | UK OFSI consolidated list CSV | [`uk_ofsi`] | `uk:<Group ID>` |
//! | UK Sanctions List (FCDO) CSV / XML | [`uk_sl`] | `uk:<Unique ID>` |
//! | nomina custom list CSV / JSON | [`custom`] | `<prefix>:<id>` |
//! | FollowTheMoney entities, JSON lines (OpenSanctions) | [`ftm`] | `ftm:<id>` |
//!
//! [`ftm_export`] writes any list's entities back out as FtM.
#![deny(missing_docs)]

pub use nomina_model::acronyms;
pub mod custom;
mod detect;
pub mod diff;
pub mod error;
pub mod eu_csv;
pub mod eu_xml;
pub mod ftm;
pub mod ftm_export;
pub mod ftm_links;
pub mod ftm_schema;
pub mod ofac_csv;
pub mod ofac_enhanced;
pub mod ofac_xml;
mod remarks;
pub mod uk_ofsi;
pub mod uk_sl;
pub mod un;
pub mod xml;

pub use detect::{detect, Format};
pub use error::{ListError, Position};
pub use nomina_model::{ListSnapshot, ListVersion};

use nomina_model::{Entity, FuzzyDate, Source};
use sha2::{Digest, Sha256};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// Largest list file accepted (uncompressed). The largest official file today is ~30 MB.
pub const MAX_FILE_BYTES: usize = 512 << 20;

/// One input file: its name for messages and its raw bytes.
#[derive(Debug, Clone)]
pub struct InputFile {
    /// Path or name, used in every error and in [`ListVersion::files`].
    pub name: String,
    /// Raw content (decompressed when the file was gzip).
    pub bytes: Vec<u8>,
}

impl InputFile {
    /// Reads a file from disk, decompressing `.gz` content (detected by magic bytes).
    pub fn read(path: &Path) -> Result<InputFile, ListError> {
        let name = path.display().to_string();
        let raw =
            std::fs::read(path).map_err(|e| ListError::file(&name, format!("cannot read: {e}")))?;
        Self::from_bytes(name, raw)
    }

    /// Wraps bytes already in memory, decompressing gzip content.
    pub fn from_bytes(name: String, raw: Vec<u8>) -> Result<InputFile, ListError> {
        let bytes = if raw.starts_with(&[0x1f, 0x8b]) {
            use std::io::Read;
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(&raw[..])
                .take(MAX_FILE_BYTES as u64 + 1)
                .read_to_end(&mut out)
                .map_err(|e| ListError::file(&name, format!("corrupt gzip data: {e}")))?;
            out
        } else {
            raw
        };
        if bytes.len() > MAX_FILE_BYTES {
            return Err(ListError::file(
                &name,
                format!("larger than {MAX_FILE_BYTES} bytes"),
            ));
        }
        Ok(InputFile { name, bytes })
    }
}

/// Reads one list from a path: detects the format and, for an OFAC `sdn`/`cons_prim` CSV,
/// reads its companion files from beside it.
pub fn read_path(path: &Path) -> Result<ListSnapshot, ListError> {
    let main = InputFile::read(path)?;
    let format = detect(&main.bytes).ok_or_else(|| unknown_format(&main))?;
    match format {
        Format::OfacCsv => {
            let companions = ofac_csv::Companions::find_beside(path)?;
            ofac_csv::parse(&main, &companions)
        }
        other => parse(other, &main),
    }
}

/// Reads several lists; fails on the first error so that a set of lists is loaded whole or
/// not at all.
pub fn read_paths(paths: &[PathBuf]) -> Result<Vec<ListSnapshot>, ListError> {
    paths.iter().map(|p| read_path(p)).collect()
}

/// Parses one file in a known format. OFAC CSV is parsed without companions here; use
/// [`read_path`] or [`ofac_csv::parse`] to include them.
pub fn parse(format: Format, file: &InputFile) -> Result<ListSnapshot, ListError> {
    match format {
        Format::UnXml => un::parse(file),
        Format::OfacCsv => ofac_csv::parse(file, &ofac_csv::Companions::default()),
        Format::OfacCsvCompanion(kind) => Err(ListError::file(
            &file.name,
            format!("this is an OFAC `{kind}` companion file; give the main `sdn`/`cons_prim` file, its companions are read from beside it"),
        )),
        Format::OfacXml => ofac_xml::parse(file),
        Format::OfacEnhancedXml => ofac_enhanced::parse(file),
        Format::EuCsv => eu_csv::parse(file),
        Format::EuXml => eu_xml::parse(file),
        Format::UkOfsiCsv => uk_ofsi::parse(file),
        Format::UkSanctionsListCsv => uk_sl::parse_csv(file),
        Format::UkSanctionsListXml => uk_sl::parse_xml(file),
        Format::CustomCsv => custom::parse_csv(file),
        Format::CustomJson => custom::parse_json(file),
        Format::Ftm => ftm::parse(file),
    }
}

/// Parses bytes in memory, detecting the format (no companions for OFAC CSV).
pub fn parse_bytes(name: &str, raw: Vec<u8>) -> Result<ListSnapshot, ListError> {
    let file = InputFile::from_bytes(name.to_string(), raw)?;
    let format = detect(&file.bytes).ok_or_else(|| unknown_format(&file))?;
    parse(format, &file)
}

fn unknown_format(file: &InputFile) -> ListError {
    if file.bytes.iter().all(u8::is_ascii_whitespace) {
        return ListError::file(&file.name, "the file is empty");
    }
    ListError::file(
        &file.name,
        "unrecognised list format (expected UN XML, OFAC CSV/XML, EU FSF CSV/XML, UK OFSI CSV, UK Sanctions List CSV/XML, a nomina custom CSV/JSON list, or FollowTheMoney JSON lines)",
    )
}

/// Hex SHA-256 over the given files' bytes, in order: the content hash of a list version.
pub fn content_hash(files: &[&InputFile]) -> String {
    let mut h = Sha256::new();
    for f in files {
        h.update(&f.bytes);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks the invariants every snapshot must hold and builds it: at least one entity, no
/// duplicate keys, every entity named. Readers call this last, so a snapshot that exists is
/// a valid one. It also splits names ending in a bracketed acronym into the plain name and
/// the acronym as an alias ([`acronyms`]), so every source gets the same names.
pub fn finish_snapshot(
    source: Source,
    format: &str,
    published: Option<FuzzyDate>,
    files: &[&InputFile],
    mut entities: Vec<Entity>,
    warnings: Vec<String>,
) -> Result<ListSnapshot, ListError> {
    let main = files.first().map(|f| f.name.as_str()).unwrap_or("<input>");
    if entities.is_empty() {
        return Err(ListError::file(
            main,
            "no records found: the list is empty or truncated",
        ));
    }
    for e in &mut entities {
        acronyms::split_bracketed_acronyms(e);
    }
    let mut seen = HashSet::with_capacity(entities.len());
    for (i, e) in entities.iter().enumerate() {
        if e.names.is_empty() || e.primary_name().trim().is_empty() {
            return Err(ListError::at(
                main,
                Position::Record(i as u64 + 1),
                format!("record {} has no name", e.key),
            ));
        }
        if !seen.insert(e.key.as_str()) {
            return Err(ListError::at(
                main,
                Position::Record(i as u64 + 1),
                format!("duplicate id {}", e.key),
            ));
        }
    }
    Ok(ListSnapshot {
        version: ListVersion {
            source,
            format: format.to_string(),
            published,
            sha256: content_hash(files),
            files: files.iter().map(|f| file_name(&f.name)).collect(),
        },
        entities,
        warnings,
    })
}

fn file_name(path: &str) -> String {
    Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string())
}
