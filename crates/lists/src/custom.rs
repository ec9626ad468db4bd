//! (being written by a helper; replaced before commit)
#![allow(missing_docs, unused)]
use crate::{InputFile, ListError, ListSnapshot};
pub fn parse_csv(f: &InputFile) -> Result<ListSnapshot, ListError> { Err(ListError::file(&f.name, "not yet written")) }
pub fn parse_json(f: &InputFile) -> Result<ListSnapshot, ListError> { Err(ListError::file(&f.name, "not yet written")) }
pub(crate) fn sniff_csv(_h: &[u8]) -> bool { false }
pub(crate) fn sniff_json(_h: &[u8]) -> bool { false }
