//! Crash safety of `nomina serve`: a screening answered 200 is in the audit log, whatever
//! happens to the process afterwards.
//!
//! The service records each screening in the audit log (one transaction, committed
//! durably) before it sends the 200. This test holds it to that: four client threads screen
//! as fast as they can for a few seconds, the server is killed with SIGKILL while requests
//! are still in flight, and then
//!
//! - `nomina audit verify` passes (the hash chain survived the crash),
//! - `nomina audit export` holds a `screen` record for every screening id that came back
//!   with a 200 (requests cut off mid-flight may or may not be there; both are fine),
//! - the service restarts on the same database, screens again, and the chain still
//!   verifies with the new record linked after the old ones.
//!
//! It runs on SQLite in a temporary data directory, and again on PostgreSQL when
//! `NOMINA_TEST_POSTGRES_URL` is set (e.g. `postgres://postgres@127.0.0.1:54329/postgres`).
//! That database may be shared with other tests, so there the test only checks its own
//! screenings and that the whole chain verifies.

mod common;

use common::{agent, create_key, nomina_in, Server, TempDir};
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Client threads screening at once.
const CLIENTS: usize = 4;
/// How long the burst runs at least before the kill.
const BURST: Duration = Duration::from_secs(3);
/// The burst goes on past `BURST` until this many screenings are acknowledged…
const MIN_ACKED: usize = 60;
/// …but never longer than this.
const BURST_MAX: Duration = Duration::from_secs(60);

/// The two scenarios share two cores with everything else: run them one after the other.
static SERIAL: Mutex<()> = Mutex::new(());

/// Names the clients screen: listed-looking and ordinary, several scripts.
const NAMES: &[(&str, &str, Option<&str>, Option<&str>)] = &[
    ("Masood Azhar", "person", Some("1968"), Some("PK")),
    ("Vladimir Putin", "person", Some("1952-10-07"), Some("RU")),
    ("Kim Jong Un", "person", None, Some("KP")),
    ("Ali Khamenei", "person", None, Some("IR")),
    ("Joaquín Guzmán Loera", "person", Some("1957"), Some("MX")),
    ("Hezbollah", "organization", None, Some("LB")),
    ("Bank Melli Iran", "organization", None, Some("IR")),
    ("Rosneft", "organization", None, Some("RU")),
    ("Mary Smith", "person", Some("1985-03-14"), Some("GB")),
    ("John Williams", "person", None, Some("US")),
    ("Anna Kowalska", "person", Some("1990"), Some("PL")),
    ("Müller Logistik GmbH", "organization", None, Some("DE")),
    ("Ахмед Кадыров", "person", None, None),
    ("محمد علي", "person", None, None),
    ("Acme Trading Ltd", "organization", None, None),
    ("Li Wei", "person", Some("1979"), Some("CN")),
];

/// Starts `nomina serve` on a free port, list watching off, on `db` if given.
fn start_server(data: &Path, db: Option<&str>) -> Server {
    let mut args = vec!["--watch", "0"];
    if let Some(url) = db {
        args.extend(["--database", url]);
    }
    Server::start(data, &args)
}

/// What became of one screening request.
enum Outcome {
    /// 200 with this screening id: acknowledged.
    Acked(String),
    /// Another status: the service refused (never expected here).
    Status(u16, String),
    /// No complete answer (connection refused, reset, body cut off…).
    Transport(String),
}

fn screen(agent: &ureq::Agent, base: &str, key: &str, body: &Value) -> Outcome {
    let res = agent
        .post(&format!("{base}/v1/screen"))
        .set("Authorization", &format!("Bearer {key}"))
        .set("Content-Type", "application/json")
        .send_string(&body.to_string());
    match res {
        Ok(resp) => {
            let status = resp.status();
            let text = match resp.into_string() {
                Ok(t) => t,
                Err(e) => return Outcome::Transport(format!("reading body: {e}")),
            };
            if status != 200 {
                return Outcome::Status(status, text);
            }
            let v: Value = match serde_json::from_str(&text) {
                Ok(v) => v,
                // A 200 whose body was cut off cannot be told apart from a torn connection.
                Err(e) => return Outcome::Transport(format!("200 with a broken body ({e})")),
            };
            match v["screening_id"].as_str() {
                Some(id) if id.starts_with("scr_") => Outcome::Acked(id.to_string()),
                _ => Outcome::Status(200, format!("no screening_id in {text}")),
            }
        }
        Err(ureq::Error::Status(status, resp)) => {
            Outcome::Status(status, resp.into_string().unwrap_or_default())
        }
        Err(e) => Outcome::Transport(e.to_string()),
    }
}

fn request_body(tag: &str, client: usize, i: usize) -> Value {
    let (name, kind, dob, country) = NAMES[(client * 7 + i) % NAMES.len()];
    let mut q = json!({
        "name": name,
        "type": kind,
        "reference": format!("crash-{tag}-c{client}-{i}"),
    });
    if let Some(d) = dob {
        q["dob"] = json!(d);
    }
    if let Some(c) = country {
        q["country"] = json!(c);
    }
    // Every fifth request is a small batch, so multi-query transactions are killed too.
    if i % 5 == 4 {
        let (n2, k2, _, _) = NAMES[(client + i * 3 + 1) % NAMES.len()];
        json!({ "queries": [q, { "name": n2, "type": k2, "reference": format!("crash-{tag}-c{client}-{i}b") }] })
    } else {
        json!({ "queries": [q] })
    }
}

/// What the clients saw during the burst.
#[derive(Default)]
struct Burst {
    acked: Vec<String>,
    transport_errors: usize,
    refused: Vec<String>,
    in_flight_at_kill: usize,
}

/// Screens from `CLIENTS` threads, kills the server with SIGKILL while they are still
/// sending, and collects the acknowledged screening ids.
fn burst_then_kill(server: &mut Server, key: &str, tag: &str) -> Burst {
    let stop = Arc::new(AtomicBool::new(false));
    let in_flight = Arc::new(AtomicUsize::new(0));
    let acked = Arc::new(Mutex::new(Vec::<String>::new()));
    let mut handles = Vec::new();
    for client in 0..CLIENTS {
        let (stop, in_flight, acked) = (stop.clone(), in_flight.clone(), acked.clone());
        let (base, key, tag) = (server.base.clone(), key.to_string(), tag.to_string());
        handles.push(std::thread::spawn(move || {
            let agent = agent();
            let (mut transport, mut refused) = (0usize, Vec::new());
            let mut i = 0;
            while !stop.load(Ordering::SeqCst) {
                let body = request_body(&tag, client, i);
                i += 1;
                in_flight.fetch_add(1, Ordering::SeqCst);
                let outcome = screen(&agent, &base, &key, &body);
                in_flight.fetch_sub(1, Ordering::SeqCst);
                match outcome {
                    Outcome::Acked(id) => acked.lock().unwrap().push(id),
                    Outcome::Status(s, text) => refused.push(format!("{s}: {text}")),
                    Outcome::Transport(_) => {
                        transport += 1;
                        // Once the server is gone every call fails at once: don't spin.
                        std::thread::sleep(Duration::from_millis(5));
                    }
                }
            }
            (transport, refused)
        }));
    }

    // Screen for at least BURST, and until enough screenings are acknowledged (a slow,
    // loaded machine), within BURST_MAX. The length is not what the test relies on.
    let started = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(50));
        let n = acked.lock().unwrap().len();
        let elapsed = started.elapsed();
        if (elapsed >= BURST && n >= MIN_ACKED) || elapsed >= BURST_MAX {
            break;
        }
        if let Some(status) = server.try_wait() {
            panic!("nomina serve exited during the burst: {status}");
        }
    }
    let in_flight_at_kill = in_flight.load(Ordering::SeqCst);
    server.kill();
    let killed_at = Instant::now();
    // The clients go on for a moment against the dead server, then stop.
    std::thread::sleep(Duration::from_millis(100));
    stop.store(true, Ordering::SeqCst);

    let mut burst = Burst {
        in_flight_at_kill,
        ..Burst::default()
    };
    for h in handles {
        let (transport, refused) = h.join().expect("client thread panicked");
        burst.transport_errors += transport;
        burst.refused.extend(refused);
    }
    burst.acked = std::mem::take(&mut *acked.lock().unwrap());
    eprintln!(
        "[{tag}] burst: {:.1} s, {} acknowledged, {} cut off or refused connections, \
         {} in flight at the kill; clients stopped {:.0} ms after it",
        killed_at.duration_since(started).as_secs_f64(),
        burst.acked.len(),
        burst.transport_errors,
        burst.in_flight_at_kill,
        killed_at.elapsed().as_secs_f64() * 1000.0,
    );
    burst
}

/// `nomina audit verify`: must pass; returns the number of records it verified.
fn verify(data: &Path, db: Option<&str>, tag: &str) -> u64 {
    let t = Instant::now();
    let (code, stdout, stderr) = nomina_in(data, db, &["audit", "verify"]);
    assert_eq!(
        code, 0,
        "[{tag}] nomina audit verify failed after the crash:\nstdout: {stdout}\nstderr: {stderr}"
    );
    let n = stdout
        .split("audit log intact:")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or_else(|| panic!("[{tag}] unexpected verify output: {stdout}"));
    eprintln!(
        "[{tag}] {} ({:.1} s)",
        stdout.trim(),
        t.elapsed().as_secs_f64()
    );
    n
}

/// `nomina audit export`: every record, in chain order.
fn export(data: &Path, db: Option<&str>, tag: &str) -> Vec<Value> {
    let (code, stdout, stderr) = nomina_in(data, db, &["audit", "export"]);
    assert_eq!(code, 0, "[{tag}] nomina audit export failed:\n{stderr}");
    stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("[{tag}] export line not JSON ({e}): {l}"))
        })
        .collect()
}

/// Screening id → (seq, record) of the `screen` records in an export.
fn screen_records(records: &[Value]) -> HashMap<String, (i64, &Value)> {
    records
        .iter()
        .filter(|r| r["kind"] == "screen")
        .filter_map(|r| Some((r["subject"].as_str()?.to_string(), (r["seq"].as_i64()?, r))))
        .collect()
}

/// Consecutive records link: each one's `prev_hash` is the `hash` of the one before.
fn assert_linked(records: &[Value], tag: &str) {
    for w in records.windows(2) {
        assert_eq!(
            w[1]["prev_hash"], w[0]["hash"],
            "[{tag}] record {} does not link to record {} in the export",
            w[1]["seq"], w[0]["seq"]
        );
        assert!(
            w[1]["seq"].as_i64() > w[0]["seq"].as_i64(),
            "[{tag}] export not in chain order at seq {}",
            w[1]["seq"]
        );
    }
}

/// The whole scenario. `db`: `None` for SQLite in the data directory, or a PostgreSQL URL
/// (shared: only this run's own records are checked).
fn crash_scenario(db: Option<&str>, tag: &str) {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let exclusive = db.is_none();
    let dir = TempDir::new(tag);
    let data = dir.0.as_path();
    let key = create_key(data, db, "admin", "crash-test");

    // 1. A burst of screenings, cut short by kill -9.
    let mut server = start_server(data, db);
    let burst = burst_then_kill(&mut server, &key, tag);
    drop(server);
    assert!(
        burst.refused.is_empty(),
        "[{tag}] the service refused {} screenings before the kill, e.g. {}",
        burst.refused.len(),
        burst.refused[0]
    );
    assert!(
        burst.acked.len() > 50,
        "[{tag}] only {} screenings acknowledged in the burst",
        burst.acked.len()
    );
    let unique: HashSet<&String> = burst.acked.iter().collect();
    assert_eq!(
        unique.len(),
        burst.acked.len(),
        "[{tag}] a screening id was returned twice"
    );

    // 2. The chain verifies and holds every acknowledged screening.
    let verified = verify(data, db, tag);
    let before = export(data, db, tag);
    let screens = screen_records(&before);
    let missing: Vec<&String> = burst
        .acked
        .iter()
        .filter(|id| !screens.contains_key(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "[{tag}] {} of {} acknowledged screenings are missing from the audit log after \
         kill -9, e.g. {:?}",
        missing.len(),
        burst.acked.len(),
        &missing[..missing.len().min(5)]
    );
    for id in &burst.acked {
        let r = screens[id].1;
        assert_eq!(
            r["actor"].as_str().map(|a| a.contains("crash-test")),
            Some(true),
            "[{tag}] actor of {id}: {r}"
        );
    }
    if exclusive {
        // Only this test wrote here: the key, the acknowledged screenings, and at most the
        // requests that got no answer (committed, then cut off before the 200 arrived).
        assert_eq!(
            before.len() as u64,
            verified,
            "[{tag}] export and verify disagree"
        );
        assert_linked(&before, tag);
        let extra = screens.len() - burst.acked.len();
        assert!(
            extra <= burst.transport_errors,
            "[{tag}] {extra} screen records that no client was told about, but only {} \
             requests went unanswered",
            burst.transport_errors
        );
        eprintln!(
            "[{tag}] audit log: {} records, {} screenings ({} acknowledged + {} committed but \
             cut off before the answer)",
            before.len(),
            screens.len(),
            burst.acked.len(),
            extra
        );
    }

    // 3. Restart on the same database: ready, screens, and the chain goes on.
    let server = start_server(data, db);
    let agent = agent();
    let health = agent
        .get(&format!("{}/healthz", server.base))
        .call()
        .map(|r| r.status());
    assert_eq!(health.ok(), Some(200), "[{tag}] /healthz after the restart");
    let new_id = match screen(&agent, &server.base, &key, &request_body(tag, 99, 0)) {
        Outcome::Acked(id) => id,
        Outcome::Status(s, t) => panic!("[{tag}] screening after the restart answered {s}: {t}"),
        Outcome::Transport(e) => panic!("[{tag}] screening after the restart failed: {e}"),
    };
    drop(server);

    let verified_after = verify(data, db, tag);
    assert!(
        verified_after > verified,
        "[{tag}] verify counted {verified_after} records after the restart, {verified} before"
    );
    let after = export(data, db, tag);
    let screens_after = screen_records(&after);
    let (new_seq, _) = *screens_after.get(&new_id).unwrap_or_else(|| {
        panic!("[{tag}] the screening after the restart ({new_id}) is not in the audit log")
    });
    let last_old = burst
        .acked
        .iter()
        .map(|id| screens[id].0)
        .max()
        .unwrap_or(0);
    assert!(
        new_seq > last_old,
        "[{tag}] the new screening has seq {new_seq}, not after the burst's (last {last_old})"
    );
    for id in &burst.acked {
        assert!(
            screens_after.contains_key(id),
            "[{tag}] {id} vanished after the restart"
        );
    }
    if exclusive {
        // The old chain is a prefix of the new one, unchanged, and the new records link on.
        assert!(after.len() > before.len());
        for (old, new) in before.iter().zip(&after) {
            assert_eq!(
                old, new,
                "[{tag}] record {} changed after the restart",
                old["seq"]
            );
        }
        assert_linked(&after, tag);
        assert_eq!(after.len() as u64, verified_after);
    }
    eprintln!(
        "[{tag}] after the restart: {verified_after} records verify, new screening {new_id} at seq {new_seq}"
    );
}

#[test]
fn sqlite_kill_9_keeps_every_acknowledged_screening() {
    crash_scenario(None, "sqlite");
}

#[test]
#[cfg_attr(
    not(has_postgres),
    ignore = "needs PostgreSQL: NOMINA_TEST_POSTGRES_URL was not set when the tests were built"
)]
fn postgres_kill_9_keeps_every_acknowledged_screening() {
    crash_scenario(Some(&common::postgres_url()), "postgres");
}
