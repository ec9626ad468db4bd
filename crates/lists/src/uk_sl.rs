//! (being written by a helper; replaced before commit)
#![allow(missing_docs, unused)]
use crate::{InputFile, ListError, ListSnapshot};
pub fn parse_csv(f: &InputFile) -> Result<ListSnapshot, ListError> { Err(ListError::file(&f.name, "not yet written")) }
pub fn parse_xml(f: &InputFile) -> Result<ListSnapshot, ListError> { Err(ListError::file(&f.name, "not yet written")) }
pub const XML_ROOTS: &[&str] = &[];
pub(crate) fn sniff_csv(_h: &[u8]) -> bool { false }
