//! What the consumer publishes for one payment message — one result, one alert per hit —
//! and what it writes to the audit log. Pure data: no NATS, no database.

use nomina_model::EntityType;
use nomina_server::lists::VersionRef;
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The header whose value identifies a message to JetStream's duplicate detection. An input
/// message's id is read from it, and results and alerts are published with ids derived
/// from it ([`result_publish_id`], [`alert_publish_id`]).
pub const MESSAGE_ID_HEADER: &str = "Nats-Msg-Id";

/// The header every result and alert carries with the input message's id, so a reader can
/// join them without parsing the body.
pub const INPUT_ID_HEADER: &str = "Nomina-Message-Id";

/// Kind of the audit record written for each message.
pub const AUDIT_KIND: &str = "stream.scan";

/// The id of an input message: its `Nats-Msg-Id` header when it has a non-blank one, else
/// `seq:<N>` with its sequence number in the input stream (stable across redeliveries).
///
/// ```
/// use nomina_stream::record::message_id;
/// assert_eq!(message_id(Some("pay-42"), 7), "pay-42");
/// assert_eq!(message_id(Some("  "), 7), "seq:7");
/// assert_eq!(message_id(None, 7), "seq:7");
/// ```
pub fn message_id(header: Option<&str>, stream_sequence: u64) -> String {
    match header.map(str::trim) {
        Some(h) if !h.is_empty() => h.to_string(),
        _ => format!("seq:{stream_sequence}"),
    }
}

/// The `Nats-Msg-Id` a message's result is published with: a re-published result (after a
/// crash between publishing and acknowledging) is dropped by the output stream's duplicate
/// window.
///
/// ```
/// assert_eq!(nomina_stream::record::result_publish_id("pay-42"), "result:pay-42");
/// ```
pub fn result_publish_id(message_id: &str) -> String {
    format!("result:{message_id}")
}

/// The `Nats-Msg-Id` of a message's alert number `index` (from 1, in document order).
///
/// ```
/// assert_eq!(nomina_stream::record::alert_publish_id("pay-42", 2), "alert:pay-42:2");
/// ```
pub fn alert_publish_id(message_id: &str, index: usize) -> String {
    format!("alert:{message_id}:{index}")
}

/// Whether a message was screened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Screened against the lists in `lists`; `mentions` is complete (possibly empty).
    Ok,
    /// Not screened (malformed, not a payment message, too large...): `error` says why.
    /// The payment must be held or repaired; it was not cleared.
    Error,
}

/// One listed party found in a message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MentionRecord {
    /// Entity key, e.g. `un:QDi.422`.
    pub entity: String,
    /// The entity's primary name.
    pub name: String,
    /// Person, organization, vessel or aircraft.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Score in [0, 1].
    pub score: f64,
    /// The payment field it is in (`59`, `Cdtr/Nm`...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// In a pacs.008, the transaction it is in (its `CdtTrfTxInf`, counted from 0).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction: Option<u32>,
    /// The words as written in the message.
    pub text: String,
    /// Start, in characters of the decoded message.
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
}

/// The result published for every input message, exactly one per message id.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultRecord {
    /// The input message's id ([`message_id`]).
    pub message_id: String,
    /// Its sequence number in the input stream.
    pub stream_sequence: u64,
    /// `ok` or `error`.
    pub status: Status,
    /// `mt103` or `pacs008`, when the message was read as one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<&'static str>,
    /// Every mention at or above `min_score`, in message order (each also an alert).
    pub mentions: Vec<MentionRecord>,
    /// Why the message was not screened (status `error`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Warnings that did not stop the scan (invalid UTF-8 replaced...).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
    /// Lowest score reported.
    pub min_score: f64,
    /// The list versions screened against.
    pub lists: Vec<VersionRef>,
}

/// One alert: a hit, published on the alerts subject, one per mention of a result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AlertRecord {
    /// `<message id>/<index>`: unique, and the same on every redelivery.
    pub alert_id: String,
    /// The input message's id.
    pub message_id: String,
    /// Position of this hit among the message's mentions, from 1.
    pub index: usize,
    /// How many hits the message has.
    pub of: usize,
    /// The hit.
    #[serde(flatten)]
    pub mention: MentionRecord,
    /// The list versions screened against.
    pub lists: Vec<VersionRef>,
}

/// Everything one message gives: its result, its alerts, its audit payload.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The result.
    pub result: ResultRecord,
    /// One per mention.
    pub alerts: Vec<AlertRecord>,
    /// SHA-256 of the message body (hex): the audit record names the exact bytes screened
    /// without copying payment data into the log.
    pub body_sha256: String,
    /// Size of the body in bytes.
    pub body_bytes: usize,
}

impl Outcome {
    /// Builds the outcome of a screened message (`Ok(mentions)`) or of one that could not
    /// be screened (`Err(reason)`), and its alerts.
    pub fn new(
        message_id: String,
        stream_sequence: u64,
        body: &[u8],
        screened: Result<Screened, String>,
        min_score: f64,
        lists: Vec<VersionRef>,
    ) -> Outcome {
        let (status, format, mentions, error, warnings) = match screened {
            Ok(s) => (Status::Ok, Some(s.format), s.mentions, None, s.warnings),
            Err(e) => (Status::Error, None, Vec::new(), Some(e), Vec::new()),
        };
        let of = mentions.len();
        let alerts = mentions
            .iter()
            .enumerate()
            .map(|(i, m)| AlertRecord {
                alert_id: format!("{message_id}/{}", i + 1),
                message_id: message_id.clone(),
                index: i + 1,
                of,
                mention: m.clone(),
                lists: lists.clone(),
            })
            .collect();
        Outcome {
            result: ResultRecord {
                message_id,
                stream_sequence,
                status,
                format,
                mentions,
                error,
                warnings,
                min_score,
                lists,
            },
            alerts,
            body_sha256: hex_sha256(body),
            body_bytes: body.len(),
        }
    }

    /// The audit record's payload: what was screened (by hash), against which lists, and
    /// what came of it.
    pub fn audit_payload(&self, stream: &str, consumer: &str) -> serde_json::Value {
        let r = &self.result;
        serde_json::json!({
            "message_id": r.message_id,
            "stream": stream,
            "consumer": consumer,
            "stream_sequence": r.stream_sequence,
            "body_sha256": self.body_sha256,
            "body_bytes": self.body_bytes,
            "status": r.status,
            "format": r.format,
            "error": r.error,
            "min_score": r.min_score,
            "lists": r.lists,
            "hits": r.mentions.iter().map(|m| serde_json::json!({
                "entity": m.entity, "score": m.score, "field": m.field,
            })).collect::<Vec<_>>(),
        })
    }
}

/// A message the scanner read as a payment: its format, mentions and warnings.
#[derive(Debug, Clone, PartialEq)]
pub struct Screened {
    /// `mt103` or `pacs008`.
    pub format: &'static str,
    /// Mentions in message order.
    pub mentions: Vec<MentionRecord>,
    /// Warnings that did not stop the scan.
    pub warnings: Vec<String>,
}

fn hex_sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(entity: &str) -> MentionRecord {
        MentionRecord {
            entity: entity.into(),
            name: "NAME".into(),
            entity_type: EntityType::Person,
            score: 0.9,
            field: Some("59".into()),
            transaction: None,
            text: "Name".into(),
            start: 1,
            end: 5,
        }
    }

    #[test]
    fn alerts_are_numbered_per_message_and_carry_the_lists() {
        let lists = vec![VersionRef {
            source: "un".into(),
            published: Some("2026-02-27".into()),
            sha256: "ab".into(),
        }];
        let screened = Screened {
            format: "mt103",
            mentions: vec![mention("un:A"), mention("un:B")],
            warnings: vec![],
        };
        let o = Outcome::new("m1".into(), 3, b"x", Ok(screened), 0.8, lists.clone());
        assert_eq!(o.result.status, Status::Ok);
        let ids: Vec<_> = o.alerts.iter().map(|a| a.alert_id.as_str()).collect();
        assert_eq!(ids, ["m1/1", "m1/2"]);
        assert!(o.alerts.iter().all(|a| a.of == 2 && a.lists == lists));
        let json = serde_json::to_value(&o.alerts[1]).unwrap();
        assert_eq!(json["entity"], "un:B");
        assert_eq!(json["field"], "59");
        assert_eq!(json["type"], "person");
    }

    #[test]
    fn an_error_has_no_mentions_and_says_why() {
        let o = Outcome::new("m2".into(), 4, b"", Err("bad".into()), 0.8, vec![]);
        let json = serde_json::to_value(&o.result).unwrap();
        assert_eq!(json["status"], "error");
        assert_eq!(json["error"], "bad");
        assert_eq!(json["mentions"], serde_json::json!([]));
        assert!(o.alerts.is_empty());
        let audit = o.audit_payload("PAYMENTS", "nomina");
        assert_eq!(audit["status"], "error");
        assert_eq!(
            audit["body_sha256"],
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }
}
