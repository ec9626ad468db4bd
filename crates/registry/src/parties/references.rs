//! Reading the UN reference one list prints for another's record ("UN Ref QE.J.19.01" in
//! the UK list, "QDi.1" in the EU's), in the UN's current form and in the form it used
//! before 2011, so that both name the same UN record.

/// The UN record (its current reference, e.g. `QDe.019`) that a printed reference names,
/// or `None` when the text is no UN reference.
///
/// Current forms: two letters of regime, `i` (individual) or `e` (entity), a number
/// (`QDi.422`, `KPe.018`, `TAi.144`). The forms before 2011 of the Al-Qaida and Taliban
/// regimes: `QI.A.123.01` (Al-Qaida individual 123, initial letter A, listed 2001) is
/// `QDi.123`, `QE.J.19.01` is `QDe.019`, `TI.H.144.01` is `TAi.144`, `TE.H.12.01` is
/// `TAe.012`.
pub fn un_record(printed: &str) -> Option<String> {
    let text = printed.trim();
    let text = text
        .strip_prefix("UN Ref")
        .or_else(|| text.strip_prefix("UN ref"))
        .unwrap_or(text)
        .trim()
        .trim_end_matches('.');
    current_form(text).or_else(|| old_form(text))
}

/// `QDi.422`, `KPe.18` → `QDi.422`, `KPe.018`.
fn current_form(text: &str) -> Option<String> {
    let (head, number) = text.split_once('.')?;
    let b = head.as_bytes();
    let ok = b.len() == 3
        && b[0].is_ascii_uppercase()
        && b[1].is_ascii_uppercase()
        && matches!(b[2], b'i' | b'e');
    let n: u32 = number.parse().ok().filter(|_| ok && is_digits(number))?;
    Some(format!("{head}.{n:03}"))
}

/// `QI.A.123.01`, `QE.J.19.01`, `TI.H.144.01`, `TE.H.12.01` → the current form.
fn old_form(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split('.').collect();
    let [kind, letter, number, year] = parts[..] else {
        return None;
    };
    let regime = match kind {
        "QI" => "QDi",
        "QE" => "QDe",
        "TI" => "TAi",
        "TE" => "TAe",
        _ => return None,
    };
    let letter_ok = letter.len() == 1 && letter.bytes().all(|b| b.is_ascii_uppercase());
    if !letter_ok || !is_digits(year) || !is_digits(number) {
        return None;
    }
    let n: u32 = number.parse().ok()?;
    Some(format!("{regime}.{n:03}"))
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_and_old_forms_name_the_same_record() {
        assert_eq!(un_record("UN Ref QE.J.19.01").as_deref(), Some("QDe.019"));
        assert_eq!(un_record("UN Ref QDe.019.").as_deref(), Some("QDe.019"));
        assert_eq!(un_record("QDi.1").as_deref(), Some("QDi.001"));
        assert_eq!(un_record("UN Ref QI.A.123.01.").as_deref(), Some("QDi.123"));
        assert_eq!(un_record("UN Ref TI.H.144.01").as_deref(), Some("TAi.144"));
        assert_eq!(un_record("UN Ref TE.H.12.01.").as_deref(), Some("TAe.012"));
        assert_eq!(un_record("UN Ref KPe.018.").as_deref(), Some("KPe.018"));
        assert_eq!(un_record("UN Ref IRi.038").as_deref(), Some("IRi.038"));
    }

    #[test]
    fn other_text_is_no_un_reference() {
        assert_eq!(un_record("UN Ref E.29.I.11."), None);
        assert_eq!(un_record("EU.27.28"), None);
        assert_eq!(un_record("dataset:ru_pep"), None);
        assert_eq!(un_record("QDx.12"), None);
        assert_eq!(un_record("QI.A.12a.01"), None);
        assert_eq!(un_record(""), None);
    }
}
