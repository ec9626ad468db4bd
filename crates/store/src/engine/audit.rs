//! Appending to the audit chain and removing its oldest records under retention.

use super::{verify, Backend, Mode, Tx};
use crate::anchor::{new_chain_id, AuditKey, HeadSink, Keying};
use crate::{now_millis, AuditRecord, Millis, NewAuditRecord, Result, StoreError, GENESIS_HASH};

/// Rejects a record the chain must not hold: the payload has to be JSON.
pub(super) fn validate(record: &NewAuditRecord) -> Result<()> {
    if let Err(e) = serde_json::from_str::<serde_json::Value>(&record.payload) {
        return Err(StoreError::Invalid(format!(
            "audit record `{}`: payload is not valid JSON: {e}",
            record.kind
        )));
    }
    if record.kind.trim().is_empty() {
        return Err(StoreError::Invalid("audit record without a kind".into()));
    }
    Ok(())
}

/// The sequence number and hash a new record follows: the newest record, else the
/// retention anchor, else the genesis hash.
pub(crate) fn head(tx: &mut dyn Tx) -> Result<(i64, String)> {
    if let Some(last) = tx.audit_last()? {
        return Ok(last);
    }
    if let Some(anchor) = tx.anchor()? {
        return Ok(anchor);
    }
    Ok((0, GENESIS_HASH.to_string()))
}

/// Appends a record. Must run in a [`Mode::Chain`] transaction, so the head read here is
/// still the head when the record is inserted.
/// Records from the keying's switch point on are hashed with the audit key.
pub(super) fn append(
    tx: &mut dyn Tx,
    keying: &Keying,
    record: &NewAuditRecord,
) -> Result<AuditRecord> {
    validate(record)?;
    let (last_seq, prev_hash) = head(tx)?;
    let mut stored = AuditRecord {
        seq: last_seq + 1,
        time: now_millis(),
        kind: record.kind.clone(),
        actor: record.actor.clone(),
        subject: record.subject.clone(),
        payload: record.payload.clone(),
        prev_hash,
        hash: String::new(),
    };
    stored.hash = if keying.keyed(stored.seq) {
        stored.compute_keyed_hash(&keying.key)
    } else {
        stored.compute_hash()
    };
    tx.insert_audit(&stored)?;
    Ok(stored)
}

/// Removes the oldest records (a prefix of the chain, never the newest record), moves the
/// anchor to the last one removed and appends a `retention` record. Refuses when the part
/// to be removed does not verify, so retention cannot erase evidence of tampering.
pub(super) fn apply_retention(backend: &impl Backend, before: Millis, actor: &str) -> Result<u64> {
    backend.run(Mode::Chain, |tx| {
        let cut = tx.retention_cut(before)?;
        let mut removed = 0;
        if let Some(cut) = cut {
            // Check everything up to and including the first record kept.
            let report = verify::verify(tx, backend.keying(), Some(cut + 1), None)?;
            if let Some(problem) = report.problem {
                return Err(StoreError::Conflict(format!(
                    "retention refused: the audit chain does not verify ({}); \
                     the records are kept as evidence",
                    problem.message
                )));
            }
            let anchor_hash = tx
                .audit_page(None, None, cut - 1, 1)?
                .into_iter()
                .find(|r| r.seq == cut)
                .map(|r| r.hash)
                .ok_or_else(|| {
                    StoreError::Query(format!("audit record {cut} vanished during retention"))
                })?;
            removed = tx.delete_audit_through(cut)?;
            if removed > 0 {
                tx.set_anchor(cut, &anchor_hash, now_millis())?;
            }
        }
        let payload = serde_json::json!({
            "removed": removed,
            "through_seq": cut.filter(|_| removed > 0),
            "before": before,
        });
        append(
            tx,
            backend.keying(),
            &NewAuditRecord {
                kind: "retention".into(),
                actor: actor.to_string(),
                subject: None,
                payload: payload.to_string(),
            },
        )?;
        Ok(removed)
    })
}

/// Binds a database's audit log to `key`, in a [`Mode::Chain`] transaction. The first time
/// a log meets a key, the records from the next one on are keyed (older ones keep their
/// plain hash) and the log gets a random id; afterwards the key must be the same one, or
/// opening fails naming the key file, so the log is never continued under another key.
pub(crate) fn bind_key(tx: &mut dyn Tx, key: AuditKey, sink: HeadSink) -> Result<Keying> {
    let key_id = key.id();
    let (from_seq, chain) = match tx.keying()? {
        Some(row) if row.key_id == key_id => (row.from_seq, row.chain),
        Some(row) => {
            return Err(StoreError::Unavailable {
                target: format!("audit key {}", key.path().display()),
                message: format!(
                    "this is not the key the audit log is keyed with: the log's records from \
                     {} on are keyed with key id {}, this file holds key id {key_id}; use that \
                     key file (every node and command must share it)",
                    row.from_seq, row.key_id
                ),
            });
        }
        None => {
            let (last, _) = head(tx)?;
            let chain = new_chain_id()?;
            tx.insert_keying(&KeyingRow {
                from_seq: last + 1,
                key_id,
                chain: chain.clone(),
                time: now_millis(),
            })?;
            (last + 1, chain)
        }
    };
    Ok(Keying {
        key,
        chain,
        from_seq,
        sink,
    })
}

/// The stored binding of an audit log to its key (`audit_keying`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct KeyingRow {
    /// First record hashed with the key.
    pub from_seq: i64,
    /// The key's public id.
    pub key_id: String,
    /// The log's random id.
    pub chain: String,
    /// When it was bound.
    pub time: Millis,
}
