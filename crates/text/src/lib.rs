//! Text normalisation shared by name screening and free-text scanning.
//!
//! Sanctions lists and the names screened against them spell the same name in many ways:
//! `Abd al-Rahman`, `ABDURRAHMAN`, `Abdul Rahman`, `عبد الرحمن`. Everything that decides
//! whether two spellings are "the same word" lives here, so that the name matcher and the
//! text scanner agree exactly:
//!
//! * [`fold`] turns any string into lower-case ASCII words: NFKC, local transliteration of
//!   non-Latin scripts ([`translit`]), diacritics and punctuation removed.
//! * [`tokens`] splits a name into [`Token`]s, marking the ones that carry little identity
//!   (particles, honorifics, legal forms) so scorers can weigh them down;
//!   [`tokens_as_person`] does the same for a person's name, which has no legal forms.
//! * [`Tables`] holds the variant families (Mohammed / Muhammad / Mohamad, and short forms:
//!   Bill / William), particles, honorifics, legal forms and number words as data files
//!   under `data/`, so they can be extended without touching code.
//! * [`skeleton`] is a phonetic key that survives transliteration differences
//!   (Hussein / Husayn / Hossein share one).
#![deny(missing_docs)]

mod edit;
mod fold;
pub mod phonetic;
mod tables;
mod tokens;
pub mod translit;

pub use edit::{letter_set, letter_sets_allow, osa_distance};
pub use fold::{disguises, fold, fold_char_into, is_invisible, latin_imitation};
pub use phonetic::skeleton;
pub use tables::{DataError, Sources, Tables, TokenClass};
pub use tokens::{tokens, tokens_as_person, Token};
