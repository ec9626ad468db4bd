//! (being written by a helper; replaced before commit)
#![allow(missing_docs, unused)]
use crate::{InputFile, ListError, ListSnapshot};

