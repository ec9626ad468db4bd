//! One blocking GET with timeouts and a size cap: all `update` needs from HTTP.

use crate::update::HttpConfig;
use std::io::Read;

/// Why a download failed.
#[derive(Debug)]
pub(crate) enum FetchError {
    /// HTTP 404: the optional OFAC comments file may legitimately be absent.
    NotFound,
    /// Anything else, in words.
    Other(String),
}

/// Downloads `url` whole into memory, or fails: a body cut short by the server or the
/// network is an error, never a shorter file.
pub(crate) fn fetch(cfg: &HttpConfig, url: &str) -> Result<Vec<u8>, FetchError> {
    let agent = ureq::AgentBuilder::new()
        .timeout_connect(cfg.connect_timeout)
        .timeout(cfg.timeout)
        .redirects(5)
        .user_agent(concat!(
            "nomina/",
            env!("CARGO_PKG_VERSION"),
            " (sanctions list update)"
        ))
        .build();
    let response = match agent.get(url).call() {
        Ok(r) => r,
        Err(ureq::Error::Status(404, _)) => return Err(FetchError::NotFound),
        Err(ureq::Error::Status(code, r)) => {
            return Err(FetchError::Other(format!(
                "HTTP {code} {}",
                r.status_text()
            )));
        }
        Err(ureq::Error::Transport(t)) => return Err(FetchError::Other(t.to_string())),
    };
    if let Some(len) = response
        .header("Content-Length")
        .and_then(|v| v.trim().parse::<u64>().ok())
    {
        if len > cfg.max_bytes {
            return Err(FetchError::Other(format!(
                "the server announces {len} bytes, more than the {} byte limit",
                cfg.max_bytes
            )));
        }
    }
    let mut body = Vec::new();
    response
        .into_reader()
        .take(cfg.max_bytes + 1)
        .read_to_end(&mut body)
        .map_err(|e| {
            FetchError::Other(format!(
                "reading the response failed after {} bytes: {e}",
                body.len()
            ))
        })?;
    if body.len() as u64 > cfg.max_bytes {
        return Err(FetchError::Other(format!(
            "the response is larger than the {} byte limit",
            cfg.max_bytes
        )));
    }
    Ok(body)
}
