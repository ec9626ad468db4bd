//! Webhooks end to end: a receiver on loopback that fails and then recovers, a service
//! that raises alerts through `PUT /v1/customers/{reference}`, signed deliveries with one
//! idempotency key per alert, and an alert still delivered after the service was killed
//! (`kill -9`) before its receiver came back.

mod common;

use common::{create_key, request, Server, TempDir};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const SECRET: &str = "a-test-secret-of-enough-bytes";

/// One request the receiver saw: headers (lower-case names), body, and the status it gave.
#[derive(Debug, Clone)]
struct Seen {
    headers: Vec<(String, String)>,
    body: String,
    status: u16,
}

impl Seen {
    fn header(&self, name: &str) -> &str {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map_or("", |(_, v)| v.as_str())
    }
}

/// A loopback receiver that answers 503 while `failing` says so, then 200. It sees only
/// deliveries about this test's customers (their references carry its tag): a database
/// shared with other tests holds their customers too, which a service starting on other
/// lists re-screens, and their alerts are delivered as well (answered 200, not recorded).
struct Receiver {
    url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
    failing: Arc<Mutex<u32>>,
}

impl Receiver {
    /// Fails the next `failures` requests about customers tagged `tag`.
    fn start(failures: u32, tag: &str) -> Receiver {
        let tag = format!("\"reference\":\"{tag}");
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let failing = Arc::new(Mutex::new(failures));
        let (s, f) = (seen.clone(), failing.clone());
        std::thread::spawn(move || {
            for mut stream in listener.incoming().flatten() {
                let Some((headers, body)) = read_request(&mut stream) else {
                    continue;
                };
                if !body.contains(&tag) {
                    let _ = stream.write_all(
                        b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                    );
                    continue;
                }
                let status = {
                    let mut f = f.lock().unwrap();
                    if *f > 0 {
                        *f -= 1;
                        503
                    } else {
                        200
                    }
                };
                let _ = stream.write_all(
                    format!(
                        "HTTP/1.1 {status} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    )
                    .as_bytes(),
                );
                s.lock().unwrap().push(Seen {
                    headers,
                    body,
                    status,
                });
            }
        });
        Receiver {
            url: format!("http://{addr}/hook"),
            seen,
            failing,
        }
    }

    fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }

    /// Waits (up to 60 s) until `done` holds for what was seen.
    fn wait_for(&self, what: &str, done: impl Fn(&[Seen]) -> bool) -> Vec<Seen> {
        let start = Instant::now();
        loop {
            let seen = self.seen();
            if done(&seen) {
                return seen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(60),
                "{what}: {seen:?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

fn read_request(stream: &mut std::net::TcpStream) -> Option<(Vec<(String, String)>, String)> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    let head_end = loop {
        if let Some(i) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return None,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
    };
    let head = String::from_utf8_lossy(&data[..head_end]).to_string();
    let headers: Vec<(String, String)> = head
        .lines()
        .skip(1)
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let len: usize = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse().ok())
        .unwrap_or(0);
    while data.len() < head_end + len {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return None,
            Ok(n) => data.extend_from_slice(&buf[..n]),
        }
    }
    Some((
        headers,
        String::from_utf8_lossy(&data[head_end..head_end + len]).to_string(),
    ))
}

fn start(dir: &std::path::Path, database: Option<&str>, receiver: &Receiver) -> Server {
    let secret = dir.join("webhook.secret");
    std::fs::write(&secret, format!("{SECRET}\n")).unwrap();
    let mut args = vec![
        "--webhook",
        &receiver.url,
        "--webhook-secret-file",
        secret.to_str().unwrap(),
        "--webhook-retry",
        "100ms",
    ];
    if let Some(url) = database {
        args.extend(["--database", url]);
    }
    Server::start(dir, &args)
}

fn put(s: &Server, key: &str, reference: &str, name: &str) -> Value {
    let (status, _, body) = request(
        "PUT",
        &s.url(&format!("/v1/customers/{reference}")),
        Some(key),
        Some(&json!({"name": name, "type": "person"})),
    );
    assert_eq!(status, 200, "{body}");
    serde_json::from_str(&body).unwrap()
}

fn alert_ids(seen: &[Seen]) -> Vec<i64> {
    seen.iter()
        .filter(|s| s.status == 200)
        .map(|s| {
            serde_json::from_str::<Value>(&s.body).unwrap()["alert"]["id"]
                .as_i64()
                .unwrap()
        })
        .collect()
}

#[test]
fn alerts_are_delivered_signed_retried_and_survive_a_restart_on_sqlite() {
    let dir = TempDir::new("webhooks");
    scenario(&dir.0, None);
}

#[test]
#[cfg_attr(
    not(has_postgres),
    ignore = "needs PostgreSQL: NOMINA_TEST_POSTGRES_URL was not set when the tests were built"
)]
fn alerts_are_delivered_signed_retried_and_survive_a_restart_on_postgres() {
    let url = common::postgres_url();
    let dir = TempDir::new("webhooks-pg");
    scenario(&dir.0, Some(&url));
}

/// References carry a fresh prefix, so a database shared with other tests has no alert
/// already open for them.
fn scenario(data: &std::path::Path, database: Option<&str>) {
    let tag = format!("t{}-{}", std::process::id(), nomina_store::now_millis());
    let (c1, c2) = (format!("{tag}-c-1"), format!("{tag}-c-2"));
    let key = create_key(data, database, "admin", "ops");
    let receiver = Receiver::start(2, &tag);
    let mut s = start(data, database, &receiver);

    // A customer saved and screened on entry raises alerts; each is delivered after two
    // failures (503, 503, then 200), every attempt with the same idempotency key.
    let saved = put(&s, &key, &c1, "Masood Azhar");
    let opened = saved["alerts_opened"].as_u64().unwrap();
    assert!(opened >= 1, "{saved}");
    let seen = receiver.wait_for("every alert delivered", |seen| {
        alert_ids(seen).len() as u64 == opened
    });
    assert_eq!((seen[0].status, seen[1].status), (503, 503), "{seen:?}");
    // Every attempt for one alert carries that alert's key; a failed one was retried with
    // the same key and then delivered.
    let failed_key = seen[0].header("idempotency-key").to_string();
    assert!(failed_key.starts_with("nomina-alert-"), "{:?}", seen[0]);
    let attempts: Vec<&Seen> = seen
        .iter()
        .filter(|x| x.header("idempotency-key") == failed_key)
        .collect();
    assert!(attempts.len() >= 2, "{attempts:?}");
    assert_eq!(attempts.last().unwrap().status, 200);
    assert!(
        attempts.iter().all(|x| x.body == attempts[0].body),
        "same bytes every time"
    );
    for x in &seen {
        let ts: i64 = x.header("x-nomina-timestamp").parse().unwrap();
        assert_eq!(
            x.header("x-nomina-signature"),
            nomina_server::webhooks::signature(SECRET.as_bytes(), ts, &x.body),
            "signed with the secret"
        );
        let body: Value = serde_json::from_str(&x.body).unwrap();
        assert_eq!(body["event"], "alert.opened");
        assert_eq!(body["alert"]["reference"], c1.as_str());
    }

    // The receiver goes down (503); an alert is raised and attempted; the service is
    // killed before it could deliver; the receiver recovers; after a restart the alert is
    // delivered from the outbox.
    *receiver.failing.lock().unwrap() = u32::MAX;
    let before = receiver.seen().len();
    let saved = put(&s, &key, &c2, "Jaish-e-Mohammed");
    assert!(saved["alerts_opened"].as_u64().unwrap() >= 1, "{saved}");
    receiver.wait_for("an attempt while the receiver is down", |seen| {
        seen.len() > before
    });
    s.kill();
    *receiver.failing.lock().unwrap() = 0;
    let s = start(data, database, &receiver);
    let seen = receiver.wait_for("delivered after the restart", |seen| {
        seen.iter()
            .any(|x| x.status == 200 && x.body.contains(&format!("\"reference\":\"{c2}\"")))
    });
    // Nothing delivered twice with a 200 except by design of at-least-once: each alert
    // acknowledged once here, since every acknowledgement was recorded.
    let mut ids = alert_ids(&seen);
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "{ids:?}");
    drop(s);
}
