//! Walking the audit chain and naming the first record that does not fit.

use super::Tx;
use crate::{AuditRecord, ChainProblem, Result, VerifyReport, GENESIS_HASH};

/// Records fetched per query while walking: memory stays bounded on long logs.
const PAGE: i64 = 1000;

/// Walks the chain from the anchor in seq order, up to `through` (inclusive) or the end.
pub(super) fn verify(tx: &mut dyn Tx, through: Option<i64>) -> Result<VerifyReport> {
    let anchor = tx.anchor()?;
    let mut walker = Walker::new(anchor.clone());
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
        }
        if (page.len() as i64) < PAGE {
            break;
        }
    }
    Ok(VerifyReport {
        records: walker.records,
        first_seq: walker.first_seq,
        last_seq: walker.last_seq,
        anchor: anchor.map_or_else(|| GENESIS_HASH.to_string(), |(_, h)| h),
        problem: walker.problem,
    })
}

/// The state of a walk: what the next record must look like.
pub(super) struct Walker {
    anchor_seq: Option<i64>,
    next_seq: i64,
    prev_hash: String,
    prev_seq: Option<i64>,
    records: u64,
    first_seq: Option<i64>,
    last_seq: Option<i64>,
    problem: Option<ChainProblem>,
}

impl Walker {
    /// A walk starting after the anchor `(seq, hash)`, or at record 1 from the genesis hash.
    pub(super) fn new(anchor: Option<(i64, String)>) -> Walker {
        let (anchor_seq, next_seq, prev_hash) = match anchor {
            Some((seq, hash)) => (Some(seq), seq + 1, hash),
            None => (None, 1, GENESIS_HASH.to_string()),
        };
        Walker {
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
        let computed = record.compute_hash();
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
        let mut w = Walker::new(anchor);
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
