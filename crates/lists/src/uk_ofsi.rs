//! (being written by a helper; replaced before commit)
#![allow(missing_docs, unused)]
use crate::{InputFile, ListError, ListSnapshot};
pub fn parse(f: &InputFile) -> Result<ListSnapshot, ListError> { Err(ListError::file(&f.name, "not yet written")) }
pub(crate) fn sniff(_h: &[u8]) -> bool { false }
