//! Webhooks: every new alert is POSTed to each configured URL, signed, retried with
//! exponential back-off, and never lost across a restart.
//!
//! Delivery goes through the store's outbox: the worker first moves alerts raised since
//! the last pass into `webhook_outbox` (a cursor per URL, in the same transaction), then
//! POSTs each due item and records the outcome. An item leaves the outbox's due set only
//! when a receiver answered 2xx, so a crash between sending and recording sends it again:
//! delivery is at least once, and every attempt of one alert carries the same
//! `Idempotency-Key` so a receiver can drop repeats.
//!
//! Headers: `X-Nomina-Timestamp` (ms since the epoch), `X-Nomina-Signature:
//! sha256=<hex>` = HMAC-SHA256 under the shared secret of `<timestamp>.<body>`, and
//! `Idempotency-Key: nomina-alert-<id>`.

use hmac::{Hmac, KeyInit, Mac};
use nomina_store::{now_millis, Attempt, OutboxItem, Store};
use sha2_011::Sha256;
use std::sync::Arc;
use std::time::Duration;

/// Header carrying the signature.
pub const SIGNATURE_HEADER: &str = "X-Nomina-Signature";
/// Header carrying the signed timestamp.
pub const TIMESTAMP_HEADER: &str = "X-Nomina-Timestamp";
/// Header carrying the idempotency key.
pub const IDEMPOTENCY_HEADER: &str = "Idempotency-Key";
/// First retry delay; each further failure doubles it.
pub const DEFAULT_RETRY_BASE: Duration = Duration::from_secs(1);
/// Longest delay between two attempts.
pub const MAX_RETRY_DELAY: Duration = Duration::from_secs(3600);
/// How often the worker looks for new alerts and due deliveries.
pub const DEFAULT_POLL: Duration = Duration::from_millis(500);
/// Longest one delivery attempt may take.
pub const DELIVERY_TIMEOUT: Duration = Duration::from_secs(10);
/// Shortest secret accepted, bytes.
pub const MIN_SECRET_BYTES: usize = 16;
/// Most deliveries attempted per pass.
const BATCH: usize = 100;

/// Where and how to deliver.
#[derive(Clone)]
pub struct WebhookConfig {
    /// The URLs (`http://` or `https://`).
    pub urls: Vec<String>,
    /// The shared signing secret.
    pub secret: Vec<u8>,
    /// First retry delay.
    pub retry_base: Duration,
    /// How often to look for work.
    pub poll: Duration,
}

impl std::fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookConfig")
            .field("urls", &self.urls)
            .field("secret", &"<redacted>")
            .field("retry_base", &self.retry_base)
            .finish()
    }
}

impl WebhookConfig {
    /// Checks the URLs and the secret: a URL that is not http(s), a missing or short
    /// secret, are errors (nothing is sent unsigned).
    pub fn new(urls: Vec<String>, secret: Option<Vec<u8>>) -> Result<WebhookConfig, String> {
        for u in &urls {
            let lower = u.to_ascii_lowercase();
            let rest = lower
                .strip_prefix("http://")
                .or_else(|| lower.strip_prefix("https://"));
            if rest.is_none_or(|r| r.is_empty() || r.starts_with('/')) {
                return Err(format!("--webhook {u:?}: not an http:// or https:// URL"));
            }
        }
        let secret = secret.unwrap_or_default();
        if !urls.is_empty() && secret.len() < MIN_SECRET_BYTES {
            return Err(format!(
                "--webhook needs a signing secret of at least {MIN_SECRET_BYTES} bytes \
                 (--webhook-secret-file FILE or NOMINA_WEBHOOK_SECRET_FILE)"
            ));
        }
        Ok(WebhookConfig {
            urls,
            secret,
            retry_base: DEFAULT_RETRY_BASE,
            poll: DEFAULT_POLL,
        })
    }
}

/// `sha256=<hex>`: HMAC-SHA256 under `secret` of `<timestamp>.<body>`.
pub fn signature(secret: &[u8], timestamp: i64, body: &str) -> String {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(secret).expect("HMAC accepts keys of any length");
    mac.update(timestamp.to_string().as_bytes());
    mac.update(b".");
    mac.update(body.as_bytes());
    let tag = mac.finalize().into_bytes();
    let hex: String = tag.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

/// Delay before the next attempt after `failures` failed ones: `base × 2^(failures−1)`,
/// at most [`MAX_RETRY_DELAY`].
pub fn backoff(base: Duration, failures: i64) -> Duration {
    let exp = u32::try_from(failures.clamp(1, 32) - 1).unwrap_or(31);
    base.checked_mul(1u32 << exp.min(31))
        .unwrap_or(MAX_RETRY_DELAY)
        .min(MAX_RETRY_DELAY)
}

/// One POST; the outcome to record.
fn deliver(agent: &ureq::Agent, cfg: &WebhookConfig, item: &OutboxItem) -> Attempt {
    let ts = now_millis();
    let result = agent
        .post(&item.url)
        .set("Content-Type", "application/json")
        .set(TIMESTAMP_HEADER, &ts.to_string())
        .set(SIGNATURE_HEADER, &signature(&cfg.secret, ts, &item.payload))
        .set(IDEMPOTENCY_HEADER, &item.idempotency_key())
        .send_string(&item.payload);
    let error = match result {
        Ok(r) if (200..300).contains(&r.status()) => return Attempt::Delivered,
        Ok(r) => format!("HTTP {}", r.status()),
        Err(ureq::Error::Status(code, _)) => format!("HTTP {code}"),
        Err(e) => e.to_string(),
    };
    let delay = backoff(cfg.retry_base, item.attempts + 1);
    Attempt::Failed {
        error,
        retry_at: now_millis() + delay.as_millis() as i64,
    }
}

/// One pass: queue new alerts, attempt every due delivery. Returns how many were delivered.
pub fn pass(
    store: &dyn Store,
    agent: &ureq::Agent,
    cfg: &WebhookConfig,
) -> nomina_store::Result<usize> {
    store.enqueue_webhooks(&cfg.urls)?;
    let mut delivered = 0;
    for item in store.due_webhooks(now_millis(), BATCH)? {
        let attempt = deliver(agent, cfg, &item);
        if attempt == Attempt::Delivered {
            delivered += 1;
        } else if let Attempt::Failed { error, .. } = &attempt {
            tracing::warn!(url = %item.url, alert = item.alert_id, attempts = item.attempts + 1, %error, "webhook delivery failed; will retry");
        }
        store.webhook_attempted(item.id, &attempt)?;
    }
    Ok(delivered)
}

/// Runs the delivery worker until the runtime stops (nothing to do without URLs).
pub async fn run(store: Arc<dyn Store>, cfg: WebhookConfig) {
    if cfg.urls.is_empty() {
        return;
    }
    let agent = ureq::AgentBuilder::new()
        .timeout(DELIVERY_TIMEOUT)
        .redirects(0)
        .build();
    loop {
        let (s, a, c) = (store.clone(), agent.clone(), cfg.clone());
        match tokio::task::spawn_blocking(move || pass(&*s, &a, &c)).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::error!(error = %e, "webhook outbox unavailable; will retry"),
            Err(e) => tracing::error!(error = %e, "webhook worker failed; will retry"),
        }
        tokio::time::sleep(cfg.poll).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_signature_is_hmac_sha256_of_timestamp_and_body() {
        // RFC 4231 test case 2 shape: key "Jefe", data "what do ya want for nothing?".
        let s = signature(b"Jefe", 0, "what do ya want for nothing?");
        assert!(s.starts_with("sha256="));
        assert_eq!(s.len(), "sha256=".len() + 64);
        assert_ne!(s, signature(b"Jefe", 1, "what do ya want for nothing?"));
        // Independent of how the message is split.
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"0.what do ya want for nothing?");
        let hex: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(s, format!("sha256={hex}"));
    }

    #[test]
    fn back_off_doubles_up_to_the_cap() {
        let b = Duration::from_secs(1);
        assert_eq!(backoff(b, 1), Duration::from_secs(1));
        assert_eq!(backoff(b, 2), Duration::from_secs(2));
        assert_eq!(backoff(b, 4), Duration::from_secs(8));
        assert_eq!(backoff(b, 40), MAX_RETRY_DELAY);
    }

    #[test]
    fn misconfiguration_is_an_error() {
        let secret = Some(vec![7u8; 32]);
        assert!(WebhookConfig::new(vec!["ftp://x".into()], secret.clone()).is_err());
        assert!(WebhookConfig::new(vec!["http://".into()], secret.clone()).is_err());
        assert!(WebhookConfig::new(vec!["http://h/x".into()], None).is_err());
        assert!(WebhookConfig::new(vec!["http://h/x".into()], Some(vec![1; 4])).is_err());
        assert!(WebhookConfig::new(vec!["https://h/x".into()], secret).is_ok());
        assert!(WebhookConfig::new(vec![], None).is_ok());
    }
}
