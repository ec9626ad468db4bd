//! The worst-case documents of `nomina bench text`: pasted lists of names and a batch of
//! payments, generated deterministically from the lists themselves, at growing sizes, so
//! that a scanner whose cost grows faster than the document shows it as falling MB/s.

use nomina_model::{EntityType, ListSnapshot};

/// Sizes of the worst-case documents: linear growth shows as a constant MB/s.
pub const SIZES: [usize; 3] = [100_000, 500_000, 2_000_000];

/// Names in the pool a worst-case list draws its lines from.
const POOL_NAMES: usize = 10_000;

/// The kinds of worst-case document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorstCase {
    /// A pasted customer list made of the lists' commonest name words: every window holds
    /// hundreds of candidate names, and few words are new.
    CommonNameWords,
    /// A pasted extract of the lists themselves: every line names a listed party (the
    /// most mentions a document can hold), and thousands of words are new.
    ListedNames,
    /// A pacs.008 batch of credit transfers between customers of common name words, one
    /// party in ten a listed name, each remittance naming a word of a listed name: every
    /// field is a region of its own, and references are found transaction by transaction.
    PaymentBatch,
}

impl WorstCase {
    /// Every kind, in the order reported.
    pub const ALL: [WorstCase; 3] = [
        WorstCase::CommonNameWords,
        WorstCase::ListedNames,
        WorstCase::PaymentBatch,
    ];

    /// The kind's name in reports and in the files `--write-dense` writes.
    pub fn label(self) -> &'static str {
        match self {
            WorstCase::CommonNameWords => "name-dense",
            WorstCase::ListedNames => "listed-names",
            WorstCase::PaymentBatch => "payment-batch",
        }
    }

    /// How a document of this kind is read: the pasted lists as text, the batch as the
    /// pacs.008 message it is.
    pub fn format(self) -> nomina_scan::Format {
        match self {
            WorstCase::CommonNameWords | WorstCase::ListedNames => nomina_scan::Format::Text,
            WorstCase::PaymentBatch => nomina_scan::Format::Pacs008,
        }
    }

    /// A document of this kind of at least `bytes` bytes (`seed` picks one of many).
    pub fn text(self, snapshots: &[ListSnapshot], bytes: usize, seed: u64) -> String {
        let mut draw = Draw::new(seed);
        match self {
            WorstCase::CommonNameWords => {
                let pool = common_word_names(snapshots, &mut draw);
                lines_from(&pool, bytes, &mut draw)
            }
            WorstCase::ListedNames => {
                let pool = listed_names(snapshots, &mut draw);
                lines_from(&pool, bytes, &mut draw)
            }
            WorstCase::PaymentBatch => {
                let customers = common_word_names(snapshots, &mut draw);
                let listed = listed_names(snapshots, &mut draw);
                payment_batch(&customers, &listed, bytes, &mut draw)
            }
        }
    }
}

/// A fixed linear congruential generator: the same documents on every machine and run.
struct Draw(u64);

impl Draw {
    fn new(seed: u64) -> Draw {
        Draw(0x9E37_79B9_7F4A_7C15 ^ seed)
    }

    /// A number below `n` (which must not be 0).
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Lines drawn from `pool` until `bytes` is reached; empty for an empty pool.
fn lines_from(pool: &[String], bytes: usize, draw: &mut Draw) -> String {
    let mut out = String::with_capacity(bytes + 64);
    if pool.is_empty() {
        return out;
    }
    while out.len() < bytes {
        out.push_str(&pool[draw.below(pool.len())]);
        out.push('\n');
    }
    out
}

/// Transactions of a pacs.008 batch until `bytes` is reached: a debtor and a creditor
/// drawn from `customers`, one in ten from `listed`, and a remittance line holding the
/// last word of a listed name. Empty when either pool is.
fn payment_batch(customers: &[String], listed: &[String], bytes: usize, draw: &mut Draw) -> String {
    const HEAD: &str = "<Document><FIToFICstmrCdtTrf>\n";
    const TAIL: &str = "</FIToFICstmrCdtTrf></Document>\n";
    let mut out = String::with_capacity(bytes + 512);
    if customers.is_empty() || listed.is_empty() {
        return out;
    }
    out.push_str(HEAD);
    let party = |draw: &mut Draw| {
        let pool = if draw.below(10) == 0 {
            listed
        } else {
            customers
        };
        xml_escaped(&pool[draw.below(pool.len())])
    };
    let mut i = 0usize;
    while out.len() + TAIL.len() < bytes {
        let (debtor, creditor) = (party(draw), party(draw));
        let named = &listed[draw.below(listed.len())];
        let word = xml_escaped(named.split_whitespace().last().unwrap_or(named));
        out.push_str(&format!(
            "<CdtTrfTxInf><PmtId><EndToEndId>E2E{i}</EndToEndId></PmtId>\
             <Dbtr><Nm>{debtor}</Nm><PstlAdr><AdrLine>{i} MAIN STREET</AdrLine></PstlAdr></Dbtr>\
             <Cdtr><Nm>{creditor}</Nm></Cdtr>\
             <RmtInf><Ustrd>INVOICE {i} GOODS VIA {word}</Ustrd></RmtInf></CdtTrfTxInf>\n"
        ));
        i += 1;
    }
    out.push_str(TAIL);
    out
}

/// `s` with the characters XML gives a meaning to written as entities.
fn xml_escaped(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A pool of customer names (one to three given names and a surname), each word drawn
/// from the 40 commonest words of listed persons' names. The worst case for candidate
/// generation: every word is a name word, and a common one.
fn common_word_names(snapshots: &[ListSnapshot], draw: &mut Draw) -> Vec<String> {
    use std::collections::HashMap;
    let mut freq: HashMap<String, usize> = HashMap::new();
    for e in snapshots.iter().flat_map(|s| &s.entities) {
        if e.entity_type != EntityType::Person {
            continue;
        }
        for n in &e.names {
            for w in n.full.split(|c: char| !c.is_alphabetic() && c != '-') {
                if w.chars().count() >= 3 {
                    *freq.entry(w.to_lowercase()).or_default() += 1;
                }
            }
        }
    }
    let mut words: Vec<(usize, String)> = freq.into_iter().map(|(w, n)| (n, w)).collect();
    words.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let words: Vec<String> = words
        .into_iter()
        .take(40)
        .map(|(_, w)| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    (0..POOL_NAMES)
        .map(|_| {
            let given = 1 + draw.below(3);
            let mut line: Vec<&str> = (0..given)
                .map(|_| words[draw.below(words.len())].as_str())
                .collect();
            line.push(words[draw.below(words.len())].as_str());
            line.join(" ")
        })
        .collect()
}

/// A pool of the lists' own names (primary names and aliases of every kind of party, as
/// listed), drawn without repeats. The worst case for everything done per mention and per
/// new word: each line is a mention, and the words are as varied as the lists'.
fn listed_names(snapshots: &[ListSnapshot], draw: &mut Draw) -> Vec<String> {
    let mut all: Vec<&str> = snapshots
        .iter()
        .flat_map(|s| &s.entities)
        .flat_map(|e| &e.names)
        .map(|n| n.full.as_str())
        .filter(|n| !n.trim().is_empty())
        .collect();
    all.sort_unstable();
    all.dedup();
    // A partial Fisher–Yates shuffle: the first names of the pool, without repeats.
    let n = POOL_NAMES.min(all.len());
    for i in 0..n {
        let j = i + draw.below(all.len() - i);
        all.swap(i, j);
    }
    all[..n].iter().map(|s| s.to_string()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{Entity, ListVersion, Name, NameKind, Source};

    fn snapshot_of(entities: Vec<Entity>) -> ListSnapshot {
        ListSnapshot {
            version: ListVersion {
                source: Source::Un,
                format: "un-xml".into(),
                published: None,
                sha256: String::new(),
                files: Vec::new(),
            },
            entities,
            warnings: Vec::new(),
        }
    }

    fn snapshot() -> ListSnapshot {
        let person = |id: &str, names: &[&str]| {
            let mut e = Entity::new(
                Source::Un,
                id,
                EntityType::Person,
                Name::new(names[0], NameKind::Primary),
            );
            e.names
                .extend(names[1..].iter().map(|n| Name::new(n, NameKind::Alias)));
            e
        };
        snapshot_of(vec![
            person("1", &["Mohammed Ali HASSAN", "Abu Ali"]),
            person("2", &["Omar Abdullah KHALID"]),
        ])
    }

    #[test]
    fn every_kind_is_the_same_document_for_the_same_seed_and_reaches_its_size() {
        let s = [snapshot()];
        for kind in WorstCase::ALL {
            let a = kind.text(&s, 5_000, 7);
            assert!(a.len() >= 5_000, "{}", kind.label());
            assert_eq!(a, kind.text(&s, 5_000, 7), "{}", kind.label());
        }
    }

    #[test]
    fn a_listed_names_document_holds_only_listed_names() {
        let s = [snapshot()];
        let text = WorstCase::ListedNames.text(&s, 2_000, 1);
        let listed = ["Mohammed Ali HASSAN", "Abu Ali", "Omar Abdullah KHALID"];
        assert!(text.lines().all(|l| listed.contains(&l)), "{text}");
        for n in listed {
            assert!(text.lines().any(|l| l == n), "{n} never drawn");
        }
    }

    #[test]
    fn a_common_words_document_uses_only_listed_persons_words() {
        let s = [snapshot()];
        let text = WorstCase::CommonNameWords.text(&s, 2_000, 1);
        let words = [
            "Mohammed", "Ali", "Hassan", "Abu", "Omar", "Abdullah", "Khalid",
        ];
        for line in text.lines() {
            let n = line.split(' ').count();
            assert!((2..=4).contains(&n), "{line}");
            assert!(line.split(' ').all(|w| words.contains(&w)), "{line}");
        }
    }

    #[test]
    fn a_payment_batch_is_a_pacs008_message_of_many_transactions() {
        let s = [snapshot()];
        let text = WorstCase::PaymentBatch.text(&s, 20_000, 3);
        let fields = nomina_scan::parse_pacs008(&text).expect("a well-formed message");
        let transactions: std::collections::BTreeSet<u32> =
            fields.iter().filter_map(|f| f.transaction).collect();
        assert!(transactions.len() > 40, "{}", transactions.len());
        assert_eq!(
            nomina_scan::detect_format(&text),
            nomina_scan::Format::Pacs008
        );
        assert!(text.contains("<Ustrd>INVOICE 0 GOODS VIA "), "{text}");
    }

    #[test]
    fn xml_special_characters_in_names_are_escaped() {
        assert_eq!(xml_escaped("A & B <C>"), "A &amp; B &lt;C&gt;");
    }

    #[test]
    fn empty_lists_give_an_empty_document() {
        let s = [snapshot_of(Vec::new())];
        for kind in WorstCase::ALL {
            assert!(kind.text(&s, 1_000, 0).is_empty());
        }
    }
}
