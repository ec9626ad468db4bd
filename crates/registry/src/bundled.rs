//! The default lists compiled into the binary.
//!
//! A fresh install must screen without any file or network access, so one real published
//! version of each source is embedded (gzip-compressed, as kept in the repository under
//! `data/lists/`) and parsed on demand. They are snapshots of a past date, never current:
//! `nomina update` replaces them with the current official lists, and `nomina lists` says
//! which are snapshots, how old, and which is only an excerpt ([`crate::freshness`]).

use crate::{parallel, parse_files, FileRole};
use nomina_lists::{InputFile, ListError, ListSnapshot};
use nomina_model::Source;

/// One embedded file of a bundled list version.
#[derive(Debug, Clone, Copy)]
pub struct BundledFile {
    /// Its role in the version (main file or OFAC companion).
    pub role: FileRole,
    /// The repository path it was embedded from, used as its name in messages and hashes.
    pub name: &'static str,
    /// Gzip-compressed content.
    pub gz: &'static [u8],
}

/// One bundled list version: a source and its files.
#[derive(Debug, Clone)]
pub struct BundledList {
    /// The publisher.
    pub source: Source,
    /// The files, main file first.
    pub files: &'static [BundledFile],
    /// Only a few entities of the real list (for trying nomina out), not the whole list.
    pub excerpt: bool,
}

macro_rules! embed {
    ($role:expr, $path:literal) => {
        BundledFile {
            role: $role,
            name: concat!("<bundled>/", $path),
            gz: include_bytes!(concat!("../../../data/lists/", $path)),
        }
    };
}

/// Every bundled default, in display order (UN, OFAC, EU, UK).
pub static BUNDLED: &[BundledList] = &[
    BundledList {
        source: Source::Un,
        files: &[embed!(FileRole::Main, "un/consolidated-2026-02-27.xml.gz")],
        excerpt: false,
    },
    BundledList {
        source: Source::Ofac,
        files: &[
            embed!(FileRole::Main, "ofac/sdn-2023-12-28.csv.gz"),
            embed!(FileRole::OfacAlt, "ofac/alt-2023-12-28.csv.gz"),
            embed!(FileRole::OfacAdd, "ofac/add-2023-12-28.csv.gz"),
        ],
        excerpt: false,
    },
    BundledList {
        source: Source::Eu,
        files: &[embed!(FileRole::Main, "eu/fsf-excerpt-2024-10-02.csv.gz")],
        excerpt: true,
    },
    BundledList {
        source: Source::Uk,
        files: &[embed!(FileRole::Main, "uk/conlist-2018-04-13.csv.gz")],
        excerpt: false,
    },
];

/// The bundled version for a source, if nomina bundles one.
pub fn get(source: &Source) -> Option<&'static BundledList> {
    BUNDLED.iter().find(|b| &b.source == source)
}

/// Decompresses and parses the bundled version of one source.
pub fn load(source: &Source) -> Result<ListSnapshot, ListError> {
    let list = get(source).ok_or_else(|| {
        ListError::file("<bundled>", format!("no bundled list for source {source}"))
    })?;
    let files = list
        .files
        .iter()
        .map(|f| {
            Ok((
                f.role,
                InputFile::from_bytes(f.name.to_string(), f.gz.to_vec())?,
            ))
        })
        .collect::<Result<Vec<_>, ListError>>()?;
    parse_files(files)
}

/// Parses every bundled version, in parallel, in display order.
pub fn load_all() -> Result<Vec<ListSnapshot>, ListError> {
    parallel(BUNDLED, |b| load(&b.source))
}
