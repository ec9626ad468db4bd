//! Splitting a name into classified tokens.

use crate::{fold, Tables, TokenClass};

/// One word of a normalised name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded word; legal forms are replaced by their canonical spelling (`limited
    /// liability company` → `llc`).
    pub text: String,
    /// What the word contributes to identity.
    pub class: TokenClass,
}

/// Normalises a name into tokens: folds it, drops honorifics, joins legal-form phrases into
/// one canonical token and classifies every token.
///
/// ```
/// use nomina_text::{tokens, Tables, TokenClass};
/// let t = tokens("Maulana Mohammed Masood Azhar", Tables::get());
/// let words: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
/// assert_eq!(words, ["mohammed", "masood", "azhar"]);
/// let t = tokens("Al-Arabi Trading Limited Liability Company", Tables::get());
/// assert_eq!(t.last().unwrap().text, "llc");
/// assert_eq!(t.last().unwrap().class, TokenClass::LegalForm);
/// ```
pub fn tokens(name: &str, tables: &Tables) -> Vec<Token> {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let mut out = Vec::with_capacity(words.len());
    // A vessel prefix written M/V or M/T folds to two letters; it says nothing about the ship.
    let mut i = if words.len() > 2 && words[0] == "m" && matches!(words[1], "v" | "t") {
        2
    } else {
        0
    };
    while i < words.len() {
        // A legal form is only a legal form after some name word ("Limited" alone, or
        // "Company for X" at the start, is part of the name).
        if i > 0 {
            let fuzzy = || tables.fuzzy_legal_form(words[i]).map(|c| (1, c));
            if let Some((n, canon)) = tables.legal_form_at(&words, i).or_else(fuzzy) {
                out.push(Token {
                    text: canon.to_string(),
                    class: TokenClass::LegalForm,
                });
                i += n;
                continue;
            }
        }
        let w = words[i];
        i += 1;
        // Titles lead a name ("Sheikh Dr Ali"); inside one they are words of the name
        // ("Syrian General Intelligence Directorate").
        if out.is_empty() && tables.is_honorific(w) && i < words.len() {
            continue;
        }
        out.push(Token {
            text: w.to_string(),
            class: tables.class(w),
        });
    }
    // A name made only of low-weight words keeps them as name words: "AL" alone is a name.
    if !out.is_empty() && out.iter().all(|t| t.class != TokenClass::Name) {
        for t in &mut out {
            if t.class != TokenClass::LegalForm {
                t.class = TokenClass::Name;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokens(s, Tables::get())
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn legal_forms_are_canonical() {
        assert_eq!(words("EMMA L.L.C."), ["emma", "llc"]);
        assert_eq!(words("Emma Limited Liability Company"), ["emma", "llc"]);
        assert_eq!(words("OOO Emma"), ["ooo", "emma"]);
        assert_eq!(words("Banco X, S.A. de C.V."), ["banco", "x", "sa"]);
        assert_eq!(words("X Co., Ltd."), ["x", "ltd"]);
    }

    #[test]
    fn vessel_prefixes_drop() {
        assert_eq!(words("M/V Ocean Star"), ["ocean", "star"]);
        assert_eq!(words("MV OCEAN STAR")[0], "mv");
        assert_eq!(words("M V"), ["m", "v"]);
    }

    #[test]
    fn honorifics_drop_but_never_empty_a_name() {
        assert_eq!(words("Sheikh Dr Ali"), ["ali"]);
        assert_eq!(words("Sheikh"), ["sheikh"]);
        assert!(words("").is_empty());
    }
}
