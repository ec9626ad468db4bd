//! Payment messages written for these tests: every hit reports its field, spans point into
//! the raw message (CRLF counted as two characters), names wrapped at 35 characters are
//! re-joined, and malformed messages are refused with the line or field named.

mod common;

use nomina_scan::{Format, ScanError, ScanOptions};

fn scan(msg: &str) -> nomina_scan::ScanReport {
    common::scanner()
        .scan_bytes(msg.as_bytes(), &ScanOptions::default())
        .expect("scan runs")
}

/// The text of a mention, read from the raw message by character offsets.
fn chars(msg: &str, a: usize, b: usize) -> String {
    msg.chars().skip(a).take(b - a).collect()
}

#[test]
fn mt103_with_headers_and_crlf() {
    let msg = "{1:F01BANKGB22AXXX0000000000}{2:I103BANKPKKAXXXXN}{4:\r\n:20:REF230915\r\n:23B:CRED\r\n:32A:230915GBP2500,00\r\n:50K:/GB29NWBK60161331926819\r\nMR JOHN SMITH\r\n14 HIGH STREET\r\nLONDON\r\n:59:/PK36HABB0000001123456702\r\nAL-RASHEED TRUST\r\nNAZIMABAD KARACHI\r\n:70:/RFB/DONATION\r\n:71A:SHA\r\n-}";
    let r = scan(msg);
    assert_eq!(r.format, Format::Mt103);
    assert!(!r.mentions.is_empty(), "AL-RASHEED TRUST is listed");
    for m in &r.mentions {
        assert_eq!(m.field.as_deref(), Some("59"), "{m:?}");
        assert_eq!(chars(msg, m.start, m.end), "AL-RASHEED TRUST");
        assert_eq!(&msg[m.byte_start..m.byte_end], "AL-RASHEED TRUST");
        assert!(["un:QDe.005", "ofac:6912", "ofac:7201"].contains(&m.entity.as_str()));
    }
}

#[test]
fn mt103_without_its_trailer_is_scanned_and_said_to_be_cut_short() {
    // Block 4 never closed with "-}": a message copied without its trailer.
    let msg = "{1:F01BANKGB22AXXX0000000000}{2:I103BANKPKKAXXXXN}{4:\r\n:20:REF230915\r\n:32A:230915GBP2500,00\r\n:50K:/GB29NWBK60161331926819\r\nMR JOHN SMITH\r\n:59:/PK36HABB0000001123456702\r\nAL-RASHEED TRUST\r\nNAZIMABAD KARACHI\r\n:70:/RFB/DONATION";
    let r = scan(msg);
    assert_eq!(r.format, Format::Mt103);
    assert_eq!(r.warnings, [nomina_scan::MT103_LEFT_OPEN]);
    assert!(!r.mentions.is_empty(), "AL-RASHEED TRUST is listed");
    for m in &r.mentions {
        assert_eq!(m.field.as_deref(), Some("59"), "{m:?}");
        assert_eq!(chars(msg, m.start, m.end), "AL-RASHEED TRUST");
    }
    // Closed, the same message carries no warning.
    let closed = format!("{msg}\r\n-}}");
    assert!(scan(&closed).warnings.is_empty());
}

#[test]
fn mt103_name_wrapped_over_two_lines_and_free_text_cut_at_35() {
    // The beneficiary's name continues on the second line; field 70 is cut at 35 characters
    // in the middle of a word.
    let line1 = "/INV 2023 PAYMENT ON BEHALF OF KORE"; // 35 characters
    assert_eq!(line1.len(), 35);
    let msg = format!(
        ":20:X1\n:50K:/AF33\nHAJI KHAIRULLAH HAJI SATTAR\nMONEY EXCHANGE\nKABUL\n:59:/AE56\nNOOR TEXTILES\n:70:{line1}\nA MINING DEVELOPMENT TRADING CORPORATION\n:71A:SHA\n"
    );
    let r = scan(&msg);
    let field50: Vec<_> = r
        .mentions
        .iter()
        .filter(|m| m.field.as_deref() == Some("50K"))
        .collect();
    assert!(!field50.is_empty(), "{:?}", r.mentions);
    for m in &field50 {
        assert_eq!(
            chars(&msg, m.start, m.end),
            "HAJI KHAIRULLAH HAJI SATTAR\nMONEY EXCHANGE"
        );
        assert!(["un:TAe.010", "ofac:15006"].contains(&m.entity.as_str()));
    }
    let field70: Vec<_> = r
        .mentions
        .iter()
        .filter(|m| m.field.as_deref() == Some("70"))
        .collect();
    assert!(
        field70
            .iter()
            .any(|m| m.entity == "un:KPe.001" || m.entity == "ofac:9345"),
        "{:?}",
        r.mentions
    );
    for m in &field70 {
        assert_eq!(
            chars(&msg, m.start, m.end),
            "KORE\nA MINING DEVELOPMENT TRADING CORPORATION"
        );
    }
    assert!(r.mentions.iter().all(|m| m.field.as_deref() != Some("59")));
}

#[test]
fn mt103_vessel_in_field_72() {
    let msg = ":20:HK1\n:50K:/801\nSHENG YUAN MARINE CO LTD\n:59:/622\nNINGBO AGENCY\n:72:/BNF/FREIGHT MV CHON MA SAN\n//IMO 8660313\n";
    let r = scan(msg);
    let m = r
        .mentions
        .iter()
        .find(|m| m.entity == "ofac:23729")
        .unwrap_or_else(|| panic!("{:?}", r.mentions));
    assert_eq!(m.field.as_deref(), Some("72"));
    assert_eq!(chars(msg, m.start, m.end), "CHON MA SAN");
}

#[test]
fn pacs008_parties_and_remittance() {
    let msg = "<CdtTrfTxInf>\n  <UltmtDbtr>\n    <Nm>DCB FINANCE LIMITED</Nm>\n  </UltmtDbtr>\n  <Dbtr>\n    <Nm>Müller Maschinenbau GmbH</Nm>\n    <PstlAdr><AdrLine>Hauptstraße 1</AdrLine></PstlAdr>\n  </Dbtr>\n  <Cdtr><Nm>HAQQANI FOODS (PVT) LTD</Nm></Cdtr>\n  <RmtInf><Ustrd>SETTLEMENT REF DAEDONG CREDIT BANK LC 0719</Ustrd></RmtInf>\n</CdtTrfTxInf>";
    let r = scan(msg);
    assert_eq!(r.format, Format::Pacs008);
    let by_field = |f: &str| -> Vec<(String, String)> {
        r.mentions
            .iter()
            .filter(|m| m.field.as_deref() == Some(f))
            .map(|m| (chars(msg, m.start, m.end), m.entity.clone()))
            .collect()
    };
    let ultimate = by_field("UltmtDbtr/Nm");
    assert!(
        ultimate
            .iter()
            .any(|(t, e)| t == "DCB FINANCE LIMITED" && (e == "un:KPe.040" || e == "ofac:16086")),
        "{:?}",
        r.mentions
    );
    let remittance = by_field("RmtInf/Ustrd");
    assert!(
        remittance
            .iter()
            .any(|(t, e)| t == "DAEDONG CREDIT BANK" && (e == "un:KPe.023" || e == "ofac:16085")),
        "{:?}",
        r.mentions
    );
    // A listed surname inside another company's name is not the listed network.
    assert!(by_field("Cdtr/Nm").is_empty(), "{:?}", r.mentions);
    assert!(by_field("Dbtr/Nm").is_empty());
}

#[test]
fn format_can_be_forced() {
    // Read as text, the field tags are just words; the listed name is still found.
    let msg = ":20:X\n:59:/1\nAL-RASHEED TRUST\n";
    let r = common::scanner()
        .scan_text(
            msg,
            &ScanOptions {
                format: Some(Format::Text),
                ..ScanOptions::default()
            },
        )
        .unwrap();
    assert_eq!(r.format, Format::Text);
    assert!(r.mentions.iter().all(|m| m.field.is_none()));
}

#[test]
fn malformed_mt103_names_the_line() {
    let msg = ":20:X\n:59:/1\nAL-RASHEED TRUST\n:7O:/RFB/X\n";
    match common::scanner().scan_text(msg, &ScanOptions::default()) {
        Err(ScanError::Malformed {
            format,
            position,
            message,
        }) => {
            assert_eq!(format, Format::Mt103);
            assert_eq!(position, "line 4");
            assert!(message.contains(":7O:"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let msg = ":20:X\n:50K:/1\nA\n:59:\n:70:Y\n";
    let e = common::scanner()
        .scan_text(msg, &ScanOptions::default())
        .unwrap_err();
    assert!(e.to_string().contains("field 59 is empty"), "{e}");
    assert!(e.to_string().contains("line 4"), "{e}");
}

#[test]
fn malformed_pacs008_names_the_line() {
    let msg = "<CdtTrfTxInf>\n<Cdtr>\n<Nm>X</Cdtr>\n</CdtTrfTxInf>";
    let e = common::scanner()
        .scan_text(msg, &ScanOptions::default())
        .unwrap_err();
    let s = e.to_string();
    assert!(
        s.contains("pacs008") && s.contains("line 3") && s.contains("</Cdtr> closes <Nm>"),
        "{s}"
    );
    let msg = "<CdtTrfTxInf><Cdtr><Nm>X</Nm></Cdtr>";
    let e = common::scanner()
        .scan_text(msg, &ScanOptions::default())
        .unwrap_err();
    assert!(
        e.to_string().contains("<CdtTrfTxInf> is never closed"),
        "{e}"
    );
}

#[test]
fn mt202_beneficiary_institution_is_a_party_field() {
    // MT202: 58a is the beneficiary institution; a name under it is a party's name.
    let msg = ":20:COV20230915\n:21:REL77\n:32A:230915USD90000,00\n:52A:BANKGB22\n:58A:/005202696847\nAL-RASHEED TRUST\n:72:/BNF/COVER\n";
    let r = scan(msg);
    let m = r
        .mentions
        .iter()
        .find(|m| m.field.as_deref() == Some("58A"))
        .unwrap_or_else(|| panic!("a mention in 58A: {:?}", r.mentions));
    assert_eq!(chars(msg, m.start, m.end), "AL-RASHEED TRUST");
}
