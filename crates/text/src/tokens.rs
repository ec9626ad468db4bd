//! Splitting a name into classified tokens.

use crate::{fold, Tables, TokenClass};

/// One word of a normalised name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// The folded word; legal forms are replaced by their canonical spelling (`limited
    /// liability company` → `llc`) and numbers written in words by their digits
    /// (`forty four` → `44`).
    pub text: String,
    /// What the word contributes to identity.
    pub class: TokenClass,
}

/// Normalises a name into tokens: folds it, drops honorifics, joins legal-form phrases into
/// one canonical token, reads numbers written in words as digits and classifies every
/// token.
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
    read(name, tables, false)
}

/// Normalises a person's name into tokens: as [`tokens`], but no word is read as a legal
/// form, because a person's name has none: "sa" in "Ísis Sá" and "ag" in "Li Ag" are name
/// words. Use it when the name is known to be a person's.
///
/// ```
/// use nomina_text::{tokens, tokens_as_person, Tables, TokenClass};
/// let t = tokens_as_person("Ísis Sá", Tables::get());
/// assert_eq!(t[1].text, "sa");
/// assert_eq!(t[1].class, TokenClass::Name);
/// assert_eq!(tokens("Ísis Sá", Tables::get())[1].class, TokenClass::LegalForm);
/// ```
pub fn tokens_as_person(name: &str, tables: &Tables) -> Vec<Token> {
    read(name, tables, true)
}

fn read(name: &str, tables: &Tables, person: bool) -> Vec<Token> {
    let folded = fold(name);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    // Romanised Chinese, Korean and Japanese syllables are all name words: "bin" in 赵斌,
    // "an" and "de" elsewhere are syllables of names, not particles, titles or legal forms.
    let syllabic = written_in_syllabic_script(name);
    let legal_forms = !person && !syllabic;
    let mut out = Vec::with_capacity(words.len());
    let mut i = vessel_prefix_len(&words);
    while i < words.len() {
        // A legal form before the name counts only in the forms written there ("OOO
        // Romashka", "Open Joint Stock Company Gazprom"): "Company for X" is a name.
        if legal_forms && out.is_empty() {
            if let Some((n, canon)) = tables.leading_legal_form(&words[i..]) {
                out.push(Token {
                    text: canon.to_string(),
                    class: TokenClass::LegalForm,
                });
                i += n;
                continue;
            }
        }
        // Elsewhere a legal form is only a legal form after some name word ("Limited"
        // alone is part of the name).
        if legal_forms && i > 0 {
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
        if let Some((n, value)) = tables.number_at(&words, i) {
            out.push(Token {
                text: value.to_string(),
                class: TokenClass::Name,
            });
            i += n;
            continue;
        }
        let w = words[i];
        i += 1;
        // Titles lead a name ("Sheikh Dr Ali"); inside one they are words of the name
        // ("Syrian General Intelligence Directorate").
        if !syllabic && out.is_empty() && tables.is_honorific(w) && i < words.len() {
            continue;
        }
        let class = match tables.class(w) {
            _ if syllabic => TokenClass::Name,
            TokenClass::LegalForm if !legal_forms => TokenClass::Name,
            c => c,
        };
        out.push(Token {
            text: w.to_string(),
            class,
        });
    }
    trailing_particles_are_names(&mut out);
    low_weight_only_names(&mut out);
    out
}

/// True when the name is written in a script whose characters are whole syllables (Han,
/// Hangul, Hiragana, Katakana), in which names have no particles.
fn written_in_syllabic_script(name: &str) -> bool {
    name.chars()
        .any(|c| !crate::is_invisible(c) && crate::translit::is_syllabic(c))
}

/// The number of leading words that are a vessel prefix: M/V or M/T folds to two letters,
/// which say nothing about the ship.
fn vessel_prefix_len(words: &[&str]) -> usize {
    if words.len() > 2 && words[0] == "m" && matches!(words[1], "v" | "t") {
        2
    } else {
        0
    }
}

/// A particle connects name words: with no name word after it ("Zhao Bin", "XU, Bin",
/// "Maria Da"), it is a name word itself.
fn trailing_particles_are_names(toks: &mut [Token]) {
    let after_last_name = toks
        .iter()
        .rposition(|t| t.class == TokenClass::Name)
        .map_or(0, |i| i + 1);
    for t in &mut toks[after_last_name..] {
        if t.class == TokenClass::Particle {
            t.class = TokenClass::Name;
        }
    }
}

/// A name made only of low-weight words keeps them as name words: "AL" alone is a name.
/// Legal forms stay legal forms.
fn low_weight_only_names(toks: &mut [Token]) {
    if toks.iter().all(|t| t.class != TokenClass::Name) {
        for t in toks {
            if t.class != TokenClass::LegalForm {
                t.class = TokenClass::Name;
            }
        }
    }
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

    fn classes(toks: &[Token]) -> Vec<(&str, TokenClass)> {
        toks.iter().map(|t| (t.text.as_str(), t.class)).collect()
    }

    fn tok(text: &str, class: TokenClass) -> Token {
        Token {
            text: text.to_string(),
            class,
        }
    }

    #[test]
    fn legal_forms_are_canonical() {
        assert_eq!(words("EMMA L.L.C."), ["emma", "llc"]);
        assert_eq!(words("Emma Limited Liability Company"), ["emma", "llc"]);
        // Russian forms are written before the name too; "Company for X" is a name.
        assert_eq!(words("OOO Emma"), ["llc", "emma"]);
        assert_eq!(
            words("Open Joint Stock Company Gazprom"),
            ["jsc", "gazprom"]
        );
        assert_eq!(words("Company for Trade")[0], "company");
        assert_eq!(words("Banco X, S.A. de C.V."), ["banco", "x", "sa"]);
        assert_eq!(words("X Co., Ltd."), ["x", "ltd"]);
        assert_eq!(words("Siemens AG"), ["siemens", "ag"]);
        assert_eq!(words("Siemens Aktiengesellschaft"), ["siemens", "ag"]);
        assert_eq!(
            words("Emma GmbH"),
            words("Emma Gesellschaft mit beschränkter Haftung")
        );
        assert_eq!(words("Ромашка ООО"), ["romashka", "llc"]);
        assert_eq!(words("Emma Sp. z o.o."), ["emma", "llc"]);
        assert_eq!(words("Mega Tic. Ltd. Şti."), ["mega", "tic", "ltd"]);
        assert_eq!(
            words("Bank Mandiri (Persero) Tbk, PT"),
            ["bank", "mandiri", "persero", "tbk", "pt"]
        );
        assert_eq!(words("Equinor ASA"), ["equinor", "jsc"]);
    }

    #[test]
    fn ordinary_words_among_legal_forms_stay_words() {
        assert_eq!(words("Abd as Salam"), ["abd", "as", "salam"]);
        assert_eq!(
            tokens("Abd as Salam", Tables::get())[1].class,
            TokenClass::Particle
        );
        assert_eq!(words("AB Volvo"), ["ab", "volvo"]);
        assert_eq!(words("David Kaufman"), ["david", "kaufman"]);
        assert_eq!(words("Tesfaye Berhan"), ["tesfaye", "berhan"]);
    }

    #[test]
    fn glued_legal_forms_are_not_split() {
        // "SiemensAG" stays one word: splitting a glued "ag" would split "Nag" and "Haag".
        // It still meets "Siemens AG", whose two tokens, written together, spell it.
        assert_eq!(words("SiemensAG"), ["siemensag"]);
        assert_eq!(words("Siemens AG").concat(), "siemensag");
        assert_eq!(words("Nag"), ["nag"]);
    }

    #[test]
    fn persons_have_no_legal_forms() {
        let t = Tables::get();
        let p = tokens_as_person("Ísis Sá", t);
        assert_eq!(
            classes(&p),
            [("isis", TokenClass::Name), ("sa", TokenClass::Name)]
        );
        let p = tokens_as_person("Maria Limited Liability", t);
        assert_eq!(p.len(), 3);
        assert!(p.iter().all(|t| t.class == TokenClass::Name));
        let p = tokens_as_person("Li Co", t);
        assert_eq!(
            classes(&p),
            [("li", TokenClass::Name), ("co", TokenClass::Name)]
        );
        // Everything else reads as for any name.
        assert_eq!(
            tokens_as_person("Sheikh Dr Ali", t),
            tokens("Sheikh Dr Ali", t)
        );
        assert_eq!(
            tokens_as_person("Osama bin Laden", t),
            tokens("Osama bin Laden", t)
        );
    }

    #[test]
    fn particles_connect_name_words() {
        let t = Tables::get();
        let bin = |s: &str| {
            let toks = tokens(s, t);
            toks.iter().find(|x| x.text == "bin").map(|x| x.class)
        };
        assert_eq!(bin("Osama bin Laden"), Some(TokenClass::Particle));
        assert_eq!(bin("Zhao Bin"), Some(TokenClass::Name));
        assert_eq!(bin("XU, Bin"), Some(TokenClass::Name));
        assert_eq!(bin("Bin Trading LLC"), Some(TokenClass::Particle));
        assert_eq!(bin("Zhao Bin LLC"), Some(TokenClass::Name));
        let toks = tokens("Ludwig van der", t);
        assert!(toks.iter().all(|x| x.class == TokenClass::Name));
        let toks = tokens("Abd al Rahman", t);
        assert_eq!(toks[1].class, TokenClass::Particle);
    }

    #[test]
    fn trailing_particles_rule() {
        let mut toks = [
            tok("x", TokenClass::Name),
            tok("de", TokenClass::Particle),
            tok("y", TokenClass::Name),
            tok("de", TokenClass::Particle),
            tok("la", TokenClass::Particle),
            tok("ltd", TokenClass::LegalForm),
        ];
        trailing_particles_are_names(&mut toks);
        let c: Vec<TokenClass> = toks.iter().map(|t| t.class).collect();
        use TokenClass::*;
        assert_eq!(c, [Name, Particle, Name, Name, Name, LegalForm]);
        let mut none: [Token; 0] = [];
        trailing_particles_are_names(&mut none);
    }

    #[test]
    fn syllabic_scripts_have_no_particles() {
        assert!(written_in_syllabic_script("赵斌"));
        assert!(written_in_syllabic_script("김정은"));
        assert!(written_in_syllabic_script("カタカナ"));
        assert!(written_in_syllabic_script("ひらがな"));
        assert!(!written_in_syllabic_script("Zhao Bin"));
        assert!(!written_in_syllabic_script("Бин"));
        let t = tokens("赵斌", Tables::get());
        assert_eq!(
            classes(&t),
            [("zhao", TokenClass::Name), ("bin", TokenClass::Name)]
        );
        // Even where a romanised syllable is a particle, a title or a legal form elsewhere.
        for name in ["安德", "根安", "王早", "王萨"] {
            let t = tokens(name, Tables::get());
            assert_eq!(t.len(), 2, "{name}: {t:?}");
            assert!(
                t.iter().all(|t| t.class == TokenClass::Name),
                "{name}: {t:?}"
            );
        }
    }

    #[test]
    fn numbers_in_words_are_digits() {
        assert_eq!(words("Brigade Forty-Four"), words("Brigade 44"));
        assert_eq!(words("Brigade Forty-Four"), ["brigade", "44"]);
        assert_eq!(words("Brigade Forty Four"), ["brigade", "44"]);
        assert_eq!(words("Brigade FortyFour"), ["brigade", "44"]);
        assert_eq!(words("Ocean One"), ["ocean", "1"]);
        assert_eq!(words("One"), ["1"]);
        assert_eq!(words("Twenty Twenty"), ["20", "20"]);
        assert_eq!(
            words("Seven Seas Shipping Ltd"),
            ["7", "seas", "shipping", "ltd"]
        );
        assert_eq!(words("Oneida"), ["oneida"]);
    }

    #[test]
    fn vessel_prefixes_drop() {
        assert_eq!(words("M/V Ocean Star"), ["ocean", "star"]);
        assert_eq!(words("MV OCEAN STAR")[0], "mv");
        assert_eq!(words("M V"), ["m", "v"]);
        assert_eq!(vessel_prefix_len(&["m", "t", "x"]), 2);
        assert_eq!(vessel_prefix_len(&["m", "t"]), 0);
    }

    #[test]
    fn honorifics_drop_but_never_empty_a_name() {
        assert_eq!(words("Sheikh Dr Ali"), ["ali"]);
        assert_eq!(words("Sheikh"), ["sheikh"]);
        assert_eq!(words("Mullah Mohammad Omar"), ["mohammad", "omar"]);
        assert_eq!(words("Qari Din Mohammad"), ["din", "mohammad"]);
        assert_eq!(words("Ustadh Ahmad"), ["ahmad"]);
        assert_eq!(words("Alhaji Ahmad"), ["ahmad"]);
        assert_eq!(
            words("Sayed Ahmad"),
            ["sayed", "ahmad"],
            "Sayed is a given name"
        );
        assert_eq!(
            words("Ahmad Haji Ali"),
            ["ahmad", "haji", "ali"],
            "only at the start"
        );
        assert!(words("").is_empty());
    }

    #[test]
    fn low_weight_only_rule() {
        let mut toks = [
            tok("al", TokenClass::Particle),
            tok("ltd", TokenClass::LegalForm),
        ];
        low_weight_only_names(&mut toks);
        assert_eq!(toks[0].class, TokenClass::Name);
        assert_eq!(toks[1].class, TokenClass::LegalForm);
    }
}
