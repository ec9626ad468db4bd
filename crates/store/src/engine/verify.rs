//! Walking the audit chain and naming the first record that does not fit.

use super::Tx;
use crate::anchor::{AuditKey, HeadLine, Keying};
use crate::{AuditRecord, ChainProblem, Result, VerifyReport, GENESIS_HASH};
use std::collections::BTreeMap;

/// Records fetched per query while walking: memory stays bounded on long logs.
const PAGE: i64 = 1000;

/// Walks the chain from the anchor in seq order, up to `through` (inclusive) or the end,
/// checking keyed records with the key and, when `heads` are given, every head recorded
/// for this log against the records.
pub(super) fn verify(
    tx: &mut dyn Tx,
    keying: &Keying,
    through: Option<i64>,
    heads: Option<&[HeadLine]>,
) -> Result<VerifyReport> {
    let anchor = tx.anchor()?;
    let mut walker = Walker::new(anchor.clone(), Some((keying.from_seq, &keying.key)));
    let mut expected = match heads {
        Some(lines) => match Heads::of(lines, keying) {
            Ok(h) => Some(h),
            Err(problem) => return Ok(report(&walker, anchor, keying, Some(problem), Some(0))),
        },
        None => None,
    };
    let mut after = i64::MIN;
    'pages: loop {
        let page = tx.audit_page(None, None, after, PAGE)?;
        let Some(last) = page.last() else { break };
        after = last.seq;
        for record in &page {
            if through.is_some_and(|t| record.seq > t) {
                break 'pages;
            }
            if walker.check(record).is_some() {
                break 'pages;
            }
            if let Some(p) = expected.as_mut().and_then(|h| h.check(record)) {
                walker.problem = Some(p);
                break 'pages;
            }
        }
        if (page.len() as i64) < PAGE {
            break;
        }
    }
    let checked = expected.as_ref().map(|h| h.checked);
    let problem = match (walker.problem.take(), expected) {
        (Some(p), _) => Some(p),
        (None, Some(h)) => h.finish(walker.last_seq, anchor.as_ref().map(|a| a.0)),
        (None, None) => None,
    };
    Ok(report(&walker, anchor, keying, problem, checked))
}

fn report(
    walker: &Walker<'_>,
    anchor: Option<(i64, String)>,
    keying: &Keying,
    problem: Option<ChainProblem>,
    heads_checked: Option<u64>,
) -> VerifyReport {
    VerifyReport {
        records: walker.records,
        first_seq: walker.first_seq,
        last_seq: walker.last_seq,
        anchor: anchor.map_or_else(|| GENESIS_HASH.to_string(), |(_, h)| h),
        problem,
        keyed_from: Some(keying.from_seq),
        heads_checked,
    }
}

/// The heads a head file recorded for this log, by seq, checked against the records.
struct Heads<'a> {
    by_seq: BTreeMap<i64, &'a HeadLine>,
    checked: u64,
}

impl<'a> Heads<'a> {
    /// This log's heads from a head file. A head of this log that is not signed with the
    /// key, or that says the keyed part starts elsewhere, is itself a problem.
    fn of(lines: &'a [HeadLine], keying: &Keying) -> std::result::Result<Heads<'a>, ChainProblem> {
        let mut by_seq = BTreeMap::new();
        for l in lines.iter().filter(|l| l.entry.chain == keying.chain) {
            if l.entry.mac != l.entry.expected_mac(&keying.key) {
                return Err(problem(
                    l.entry.seq,
                    format!(
                        "head file line {}: the head of record {} is not signed with this \
                         audit key (forged or edited)",
                        l.line, l.entry.seq
                    ),
                ));
            }
            if l.entry.keyed_from != keying.from_seq {
                return Err(problem(
                    l.entry.seq,
                    format!(
                        "head file line {}: records are keyed from record {}, but the \
                         database now says from record {} (the switch point was moved)",
                        l.line, l.entry.keyed_from, keying.from_seq
                    ),
                ));
            }
            by_seq.insert(l.entry.seq, l);
        }
        if by_seq.is_empty() {
            return Err(problem(
                0,
                format!(
                    "the head file holds no head of this audit log (log id {}): wrong file, \
                     or the log was replaced",
                    keying.chain
                ),
            ));
        }
        Ok(Heads { by_seq, checked: 0 })
    }

    /// Compares a record with the head recorded at its seq, if any.
    fn check(&mut self, record: &AuditRecord) -> Option<ChainProblem> {
        let l = self.by_seq.get(&record.seq)?;
        self.checked += 1;
        (l.entry.hash != record.hash).then(|| {
            problem(
                record.seq,
                format!(
                    "record {} is not the record the head file recorded (line {}): its hash is \
                     {} but was {}; the log was rewritten from here on",
                    record.seq, l.line, record.hash, l.entry.hash
                ),
            )
        })
    }

    /// After the walk: a recorded head beyond the last record means records were removed
    /// from the end; the newest head below the retention anchor means the log was cut.
    fn finish(&self, last_seq: Option<i64>, anchor_seq: Option<i64>) -> Option<ChainProblem> {
        let (&newest, line) = self.by_seq.last_key_value()?;
        let last = last_seq.or(anchor_seq).unwrap_or(0);
        if newest > last {
            return Some(problem(
                last + 1,
                format!(
                    "the log was truncated: the head file recorded record {newest} (line {}), \
                     but the log ends at record {last}",
                    line.line
                ),
            ));
        }
        if newest > 0 && anchor_seq.is_some_and(|a| newest <= a) && last_seq.is_none() {
            return Some(problem(
                newest,
                format!(
                    "the log was cut: the newest recorded head is record {newest} (line {}), but \
                     no record from it on is left",
                    line.line
                ),
            ));
        }
        None
    }
}

/// The state of a walk: what the next record must look like.
pub(super) struct Walker<'k> {
    /// First keyed record and the key, when the log is keyed.
    keyed: Option<(i64, &'k AuditKey)>,
    anchor_seq: Option<i64>,
    next_seq: i64,
    prev_hash: String,
    prev_seq: Option<i64>,
    records: u64,
    first_seq: Option<i64>,
    last_seq: Option<i64>,
    problem: Option<ChainProblem>,
}

impl<'k> Walker<'k> {
    /// A walk starting after the anchor `(seq, hash)`, or at record 1 from the genesis hash;
    /// records from `keyed.0` on must carry the keyed hash.
    pub(super) fn new(
        anchor: Option<(i64, String)>,
        keyed: Option<(i64, &'k AuditKey)>,
    ) -> Walker<'k> {
        let (anchor_seq, next_seq, prev_hash) = match anchor {
            Some((seq, hash)) => (Some(seq), seq + 1, hash),
            None => (None, 1, GENESIS_HASH.to_string()),
        };
        Walker {
            keyed,
            anchor_seq,
            next_seq,
            prev_hash,
            prev_seq: None,
            records: 0,
            first_seq: None,
            last_seq: None,
            problem: None,
        }
    }

    /// Checks the next record; returns the problem (also kept) if it does not fit.
    pub(super) fn check(&mut self, record: &AuditRecord) -> Option<&ChainProblem> {
        if self.problem.is_some() {
            return self.problem.as_ref();
        }
        self.records += 1;
        self.first_seq.get_or_insert(record.seq);
        self.last_seq = Some(record.seq);
        self.problem = self.fits(record);
        self.prev_hash.clone_from(&record.hash);
        self.prev_seq = Some(record.seq);
        self.next_seq = record.seq.saturating_add(1);
        self.problem.as_ref()
    }

    fn fits(&self, record: &AuditRecord) -> Option<ChainProblem> {
        let seq = record.seq;
        if seq > self.next_seq {
            let missing = if seq - self.next_seq == 1 {
                format!("record {} is missing", self.next_seq)
            } else {
                format!("records {} to {} are missing", self.next_seq, seq - 1)
            };
            let context = match (self.prev_seq, self.anchor_seq) {
                (Some(prev), _) => format!("record {seq} follows record {prev}"),
                (None, Some(anchor)) => format!(
                    "retention removed records up to {anchor}, but the first record kept is {seq}"
                ),
                (None, None) => format!("the log starts at record {seq}"),
            };
            return Some(problem(self.next_seq, format!("{missing}: {context}")));
        }
        if seq < self.next_seq {
            let message = match self.anchor_seq {
                Some(anchor) if self.prev_seq.is_none() => format!(
                    "record {seq} is still present although retention removed records up to {anchor}"
                ),
                _ => format!("record {seq} is out of order: expected record {}", self.next_seq),
            };
            return Some(problem(seq, message));
        }
        if record.prev_hash != self.prev_hash {
            let message = match (self.prev_seq, self.anchor_seq) {
                (Some(prev), _) => format!(
                    "record {seq} does not follow record {prev}: its prev_hash is {} but \
                     record {prev}'s hash is {}",
                    record.prev_hash, self.prev_hash
                ),
                (None, Some(anchor)) => format!(
                    "record {seq} does not follow the retention anchor: its prev_hash is {} but \
                     the last removed record ({anchor}) had hash {}",
                    record.prev_hash, self.prev_hash
                ),
                (None, None) => format!(
                    "record {seq} does not start the chain: its prev_hash is {} instead of the \
                     genesis hash",
                    record.prev_hash
                ),
            };
            return Some(problem(seq, message));
        }
        let computed = match self.keyed {
            Some((from, key)) if seq >= from => record.compute_keyed_hash(key),
            _ => record.compute_hash(),
        };
        if computed != record.hash {
            return Some(problem(
                seq,
                format!(
                    "record {seq} was modified: stored hash {} but its content hashes to {computed}",
                    record.hash
                ),
            ));
        }
        None
    }
}

fn problem(seq: i64, message: String) -> ChainProblem {
    ChainProblem { seq, message }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: i64) -> Vec<AuditRecord> {
        let mut prev = GENESIS_HASH.to_string();
        (1..=n)
            .map(|seq| {
                let mut r = AuditRecord {
                    seq,
                    time: 1000 - seq, // clocks may step back: not a problem
                    kind: "screen".into(),
                    actor: "system".into(),
                    subject: None,
                    payload: format!("{{\"n\":{seq}}}"),
                    prev_hash: prev.clone(),
                    hash: String::new(),
                };
                r.hash = r.compute_hash();
                prev.clone_from(&r.hash);
                r
            })
            .collect()
    }

    fn walk(records: &[AuditRecord], anchor: Option<(i64, String)>) -> Option<ChainProblem> {
        let mut w = Walker::new(anchor, None);
        for r in records {
            if let Some(p) = w.check(r) {
                return Some(p.clone());
            }
        }
        None
    }

    #[test]
    fn intact_chain_passes() {
        assert_eq!(walk(&chain(5), None), None);
    }

    #[test]
    fn edit_gap_and_relink_are_named() {
        let mut c = chain(5);
        c[2].payload = "{\"n\":99}".into();
        let p = walk(&c, None).unwrap();
        assert_eq!(p.seq, 3);
        assert!(p.message.contains("record 3 was modified"), "{}", p.message);

        let mut c = chain(5);
        c.remove(2);
        let p = walk(&c, None).unwrap();
        assert_eq!(p.seq, 3);
        assert_eq!(p.message, "record 3 is missing: record 4 follows record 2");

        let mut c = chain(5);
        c[1].payload = "{}".into();
        c[1].hash = c[1].compute_hash();
        let p = walk(&c, None).unwrap();
        assert_eq!(p.seq, 3);
        assert!(
            p.message.starts_with("record 3 does not follow record 2"),
            "{}",
            p.message
        );
    }

    /// A chain whose records from `from` on carry the keyed hash.
    fn keyed_chain(n: i64, from: i64, key: &AuditKey) -> Vec<AuditRecord> {
        let mut c = chain(n);
        let mut prev = GENESIS_HASH.to_string();
        for r in &mut c {
            r.prev_hash.clone_from(&prev);
            r.hash = if r.seq >= from {
                r.compute_keyed_hash(key)
            } else {
                r.compute_hash()
            };
            prev.clone_from(&r.hash);
        }
        c
    }

    fn walk_keyed(records: &[AuditRecord], from: i64, key: &AuditKey) -> Option<ChainProblem> {
        let mut w = Walker::new(None, Some((from, key)));
        records.iter().find_map(|r| w.check(r).cloned())
    }

    #[test]
    fn records_before_the_switch_use_the_plain_rule_after_it_the_key() {
        let key = AuditKey::from_bytes([3; 32], "k");
        let c = keyed_chain(6, 4, &key);
        assert_eq!(walk_keyed(&c, 4, &key), None);
        // The plain rule past the switch point is a modification.
        let plain = chain(6);
        assert_eq!(walk_keyed(&plain, 4, &key).map(|p| p.seq), Some(4));
        // Another key is a modification too.
        let other = AuditKey::from_bytes([4; 32], "o");
        assert_eq!(walk_keyed(&c, 4, &other).map(|p| p.seq), Some(4));
    }

    #[test]
    fn anchor_is_the_start() {
        let c = chain(5);
        let anchor = Some((2, c[1].hash.clone()));
        assert_eq!(walk(&c[2..], anchor.clone()), None);
        let p = walk(&c[3..], anchor).unwrap();
        assert_eq!(p.seq, 3);
        assert!(
            p.message.contains("retention removed records up to 2"),
            "{}",
            p.message
        );
        let p = walk(&c[1..], None).unwrap();
        assert_eq!(p.message, "record 1 is missing: the log starts at record 2");
    }
}
