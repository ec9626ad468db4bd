//! (being written by a helper; replaced before commit)
#![allow(missing_docs, unused)]
use crate::{InputFile, ListError, ListSnapshot};
#[derive(Default)] pub struct Companions;
impl Companions { pub fn find_beside(_p: &std::path::Path) -> Result<Self, ListError> { Ok(Companions) } }
pub fn parse(f: &InputFile, _c: &Companions) -> Result<ListSnapshot, ListError> { Err(ListError::file(&f.name, "not yet written")) }
pub(crate) fn sniff(_h: &[u8]) -> Option<crate::Format> { None }
