//! Payment messages for the stream's test and benchmark: MT103s and pacs.008s naming
//! listed parties (from the bundled UN and OFAC lists), clean ones, and malformed ones, in a
//! fixed rotation so that any count of them holds every kind in known proportions.

/// What a sample message is, and so what its result must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Names a listed party: the result is `ok` with a mention of one of these entities.
    Listed(&'static [&'static str]),
    /// Names no listed party: the result is `ok` with no mention.
    Clean,
    /// Not a readable payment message: the result is `error`.
    Malformed,
}

/// One sample message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sample {
    /// What it is.
    pub kind: Kind,
    /// The message as published.
    pub body: Vec<u8>,
}

/// AL-RASHEED TRUST's listings (UN and OFAC).
const AL_RASHEED: &[&str] = &["un:QDe.005", "ofac:6912", "ofac:7201"];
/// DCB FINANCE LIMITED's listings.
const DCB_FINANCE: &[&str] = &["un:KPe.040", "ofac:16086"];

/// Sample number `i`: of every 10, 2 name a listed beneficiary in an MT103, 1 a listed
/// ultimate debtor in a pacs.008, 3 are clean MT103s, 2 clean pacs.008s, and 2 are not
/// readable (a malformed MT103 or pacs.008, alternating with running text or binary data).
/// Each carries `i` in its reference, so no two are the same bytes.
pub fn sample(i: usize) -> Sample {
    let (kind, body) = match i % 10 {
        0 | 1 => (
            Kind::Listed(AL_RASHEED),
            format!("{{1:F01BANKGB22AXXX0000000000}}{{2:I103BANKPKKAXXXXN}}{{4:\r\n:20:REF{i}\r\n:23B:CRED\r\n:32A:230915GBP2500,00\r\n:50K:/GB29NWBK60161331926819\r\nMR JOHN SMITH\r\n14 HIGH STREET\r\nLONDON\r\n:59:/PK36HABB0000001123456702\r\nAL-RASHEED TRUST\r\nNAZIMABAD KARACHI\r\n:70:/RFB/INV {i}\r\n:71A:SHA\r\n-}}").into_bytes(),
        ),
        2 => (
            Kind::Listed(DCB_FINANCE),
            format!("<CdtTrfTxInf>\n  <PmtId><EndToEndId>E2E-{i}</EndToEndId></PmtId>\n  <UltmtDbtr><Nm>DCB FINANCE LIMITED</Nm></UltmtDbtr>\n  <Dbtr><Nm>Müller Maschinenbau GmbH</Nm></Dbtr>\n  <Cdtr><Nm>Nordic Timber AS</Nm></Cdtr>\n  <RmtInf><Ustrd>INVOICE {i}</Ustrd></RmtInf>\n</CdtTrfTxInf>").into_bytes(),
        ),
        3..=5 => (
            Kind::Clean,
            format!(":20:REF{i}\n:23B:CRED\n:32A:230915EUR1200,00\n:50K:/DE89370400440532013000\nMR JOHN SMITH\n14 HIGH STREET\nLONDON\n:59:/FR7630006000011234567890189\nBOULANGERIE MARTIN SARL\n12 RUE DU PONT\nLYON\n:70:/RFB/INV {i}\n:71A:SHA\n").into_bytes(),
        ),
        6 | 7 => (
            Kind::Clean,
            format!("<CdtTrfTxInf>\n  <PmtId><EndToEndId>E2E-{i}</EndToEndId></PmtId>\n  <Dbtr><Nm>Müller Maschinenbau GmbH</Nm></Dbtr>\n  <Cdtr><Nm>Nordic Timber AS</Nm></Cdtr>\n  <RmtInf><Ustrd>INVOICE {i}</Ustrd></RmtInf>\n</CdtTrfTxInf>").into_bytes(),
        ),
        8 if i % 20 == 8 => (
            Kind::Malformed,
            format!(":20:REF{i}\n:59:/1\nAL-RASHEED TRUST\n:7O:/RFB/X\n").into_bytes(),
        ),
        8 => (
            Kind::Malformed,
            format!("<CdtTrfTxInf>\n<Cdtr>\n<Nm>REF {i}</Cdtr>\n</CdtTrfTxInf>").into_bytes(),
        ),
        _ if i % 20 == 9 => (
            Kind::Malformed,
            format!("Reminder {i}: the quarterly report is due on Friday.").into_bytes(),
        ),
        _ => {
            let mut bytes = vec![0u8, 159, 146, 150, 0, 1, 2, 255];
            bytes.extend_from_slice(&(i as u64).to_le_bytes());
            (Kind::Malformed, bytes)
        }
    };
    Sample { kind, body }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ten_samples_hold_each_kind_in_the_documented_proportions() {
        let kinds: Vec<Kind> = (0..20).map(|i| sample(i).kind).collect();
        let count = |f: fn(&Kind) -> bool| kinds.iter().filter(|k| f(k)).count();
        assert_eq!(count(|k| matches!(k, Kind::Listed(_))), 6);
        assert_eq!(count(|k| *k == Kind::Clean), 10);
        assert_eq!(count(|k| *k == Kind::Malformed), 4);
        let bodies: std::collections::HashSet<Vec<u8>> = (0..100).map(|i| sample(i).body).collect();
        assert_eq!(bodies.len(), 100);
    }
}
