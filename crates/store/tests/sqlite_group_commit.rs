//! Group commit on SQLite: many callers at once share transactions, and each one still gets
//! exactly its own outcome. (The batch rules themselves — savepoints, a failed COMMIT, a lost
//! transaction, a dead writer — are unit tests in `src/sqlite/writer.rs`, on batches put
//! together by hand.)

use nomina_store::{
    open, AlertFilter, AlertInput, AlertOutcome, AlertStatus, AuditRecord, NewAuditRecord, Role,
    ScreeningRecord, Store, StoreError,
};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Barrier;

const THREADS: usize = 8;
const CALLS: usize = 200;

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let path = dir.path().join("nomina.db");
    (dir, path)
}

fn open_at(path: &Path) -> Box<dyn Store> {
    open(&format!("sqlite:{}", path.display())).expect("SQLite store opens")
}

fn hit(reference: &str, entity: &str) -> AlertInput {
    AlertInput {
        reference: Some(reference.into()),
        query: "John Smith".into(),
        entity: entity.into(),
        entity_name: format!("Name of {entity}"),
        score: 0.93,
        entity_fingerprint: format!("fp-{entity}"),
        entity_snapshot: format!("{{\"id\":\"{entity}\"}}"),
        reason: None,
        suppressed_by: None,
    }
}

fn screening(id: &str, alerts: Vec<AlertInput>) -> ScreeningRecord {
    ScreeningRecord {
        id: id.into(),
        audit: NewAuditRecord {
            kind: "screen".into(),
            actor: "key:1:gw".into(),
            subject: None,
            payload: format!("{{\"screening\":\"{id}\",\"pad\":\"{}\"}}", "x".repeat(500)),
        },
        alerts,
    }
}

/// A screening id, what kind of request it was, and what the store answered.
type Outcome = (String, &'static str, Result<Vec<AlertOutcome>, StoreError>);

fn all_records(store: &dyn Store) -> Vec<AuditRecord> {
    store
        .audit_records(None, None, i64::MIN, usize::MAX)
        .expect("audit records")
}

fn scalar(path: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(path)
        .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// Every subject in the chain, with how often it occurs.
fn subject_counts(records: &[AuditRecord]) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for r in records {
        *counts
            .entry(r.subject.clone().unwrap_or_default())
            .or_insert(0) += 1;
    }
    counts
}

#[test]
fn concurrent_screenings_all_commit_into_one_intact_chain() {
    let (_dir, path) = temp_db();
    let store = open_at(&path);
    let start = Barrier::new(THREADS);
    let outcomes: Vec<Vec<(String, Vec<AlertOutcome>)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let (store, start) = (&store, &start);
                s.spawn(move || {
                    start.wait();
                    (0..CALLS)
                        .map(|i| {
                            let id = format!("scr_{t}_{i}");
                            // Every fifth screening hits one of three entities for the
                            // thread's customer: the first opens the alert, the rest join it,
                            // whichever batch (or position in it) they land in.
                            let alerts = if i % 5 == 0 {
                                vec![hit(&format!("cust-{t}"), &format!("E{}", i % 3))]
                            } else {
                                Vec::new()
                            };
                            let out = store
                                .record_screening(&screening(&id, alerts))
                                .unwrap_or_else(|e| panic!("{id}: {e}"));
                            (id, out)
                        })
                        .collect()
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no thread panics"))
            .collect()
    });
    let total = THREADS * CALLS;

    let report = store.verify_audit().expect("verify runs");
    assert_eq!(report.problem, None, "{report:?}");
    assert_eq!(report.records, total as u64);
    assert_eq!(
        (report.first_seq, report.last_seq),
        (Some(1), Some(total as i64))
    );

    let records = all_records(store.as_ref());
    assert_eq!(records.len(), total);
    let counts = subject_counts(&records);
    assert_eq!(counts.len(), total, "one record per screening");
    for (t, calls) in outcomes.iter().enumerate() {
        assert_eq!(calls.len(), CALLS);
        for (id, _) in calls {
            assert_eq!(counts.get(id), Some(&1), "{id} stored exactly once");
            assert!(id.starts_with(&format!("scr_{t}_")));
        }
    }
    for pair in records.windows(2) {
        assert_eq!(pair[1].seq, pair[0].seq + 1);
        assert_eq!(pair[1].prev_hash, pair[0].hash);
    }

    // Deduplication read the writes of earlier jobs in the same transaction: one alert per
    // (customer, entity) pair, and every hit linked to it.
    let alerts = store.alerts(&AlertFilter::default()).expect("alerts");
    assert_eq!(alerts.len(), THREADS * 3);
    let ids: BTreeSet<i64> = alerts.iter().map(|a| a.id).collect();
    let mut opened = 0;
    for (_, out) in outcomes.iter().flatten() {
        for o in out {
            match o {
                AlertOutcome::Opened { alert_id } => {
                    opened += 1;
                    assert!(ids.contains(alert_id));
                }
                AlertOutcome::AlreadyOpen { alert_id } => assert!(ids.contains(alert_id)),
                AlertOutcome::Suppressed { .. } => panic!("nothing is suppressed"),
            }
        }
    }
    assert_eq!(opened, THREADS * 3);
    assert_eq!(
        scalar(&path, "SELECT COUNT(*) FROM screening_alerts") as usize,
        total / 5
    );
}

#[test]
fn failing_requests_in_a_burst_fail_alone() {
    let (_dir, path) = temp_db();
    let store = open_at(&path);
    const ROUNDS: usize = 40;
    let start = Barrier::new(THREADS);
    // Every round all threads call at once, so failing and valid requests share batches.
    let results: Vec<Outcome> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let (store, start) = (&store, &start);
                s.spawn(move || {
                    let mut out = Vec::new();
                    for round in 0..ROUNDS {
                        start.wait();
                        let id = format!("scr_{round}_{t}");
                        let mut record = screening(&id, vec![hit(&id, "E1")]);
                        let kind = match (t + round) % 4 {
                            // Rejected before it writes anything.
                            0 => {
                                record.audit.payload = "this is not JSON".into();
                                "not_json"
                            }
                            // Fails after its audit record is inserted.
                            1 => {
                                record.alerts[0].suppressed_by = Some(424_242);
                                "bogus_suppression"
                            }
                            _ => "valid",
                        };
                        out.push((id, kind, store.record_screening(&record)));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("no thread panics"))
            .collect()
    });

    let mut valid = BTreeSet::new();
    for (id, kind, result) in &results {
        match (*kind, result) {
            ("valid", Ok(out)) => {
                assert!(matches!(out[..], [AlertOutcome::Opened { .. }]), "{id}");
                valid.insert(id.clone());
            }
            ("valid", Err(e)) => panic!("{id} should have been stored: {e}"),
            (_, Err(StoreError::Invalid(_))) => {}
            (kind, other) => panic!("{id} ({kind}) should fail as invalid: {other:?}"),
        }
    }
    assert_eq!(valid.len(), THREADS * ROUNDS / 2);

    let report = store.verify_audit().expect("verify runs");
    assert_eq!(report.problem, None, "{report:?}");
    assert_eq!(report.records, valid.len() as u64);
    let stored: BTreeSet<String> = all_records(store.as_ref())
        .into_iter()
        .filter_map(|r| r.subject)
        .collect();
    assert_eq!(stored, valid, "exactly the valid screenings are stored");
    let alerts = store.alerts(&AlertFilter::default()).expect("alerts");
    let alerted: BTreeSet<String> = alerts.into_iter().map(|a| a.screening_id).collect();
    assert_eq!(alerted, valid, "and only their alerts");
    assert_eq!(
        scalar(&path, "SELECT COUNT(*) FROM screening_alerts") as usize,
        valid.len()
    );
}

#[test]
fn every_kind_of_write_goes_through_the_writer_concurrently() {
    let (_dir, path) = temp_db();
    let store = open_at(&path);
    let key = store.create_key("ana", Role::Analyst, "cli").expect("key");
    std::thread::scope(|s| {
        for t in 0..4 {
            let store = &store;
            let key = &key;
            s.spawn(move || {
                for i in 0..25 {
                    let id = format!("scr_{t}_{i}");
                    let out = store
                        .record_screening(&screening(&id, vec![hit(&id, "E")]))
                        .expect("screening");
                    let AlertOutcome::Opened { alert_id } = out[0] else {
                        panic!("a new alert");
                    };
                    store
                        .decide(alert_id, AlertStatus::Escalated, "", "key:2:ana")
                        .expect("decision");
                    store
                        .append_audit(NewAuditRecord {
                            kind: "test".into(),
                            actor: "system".into(),
                            subject: Some(format!("note_{t}_{i}")),
                            payload: "{}".into(),
                        })
                        .expect("append");
                    let session = store.create_session(&key.key, 60_000).expect("session");
                    store.end_session(&session.token).expect("logout");
                }
            });
        }
    });
    let report = store.verify_audit().expect("verify runs");
    assert_eq!(report.problem, None, "{report:?}");
    // key.create + 100 × (screen, decision, test)
    assert_eq!(report.records, 301);
    assert_eq!(scalar(&path, "SELECT COUNT(*) FROM sessions"), 0);
}

#[test]
fn reopen_after_drop_sees_everything() {
    let (_dir, path) = temp_db();
    let store = open_at(&path);
    std::thread::scope(|s| {
        for t in 0..THREADS {
            let store = &store;
            s.spawn(move || {
                for i in 0..50 {
                    let id = format!("scr_{t}_{i}");
                    store
                        .record_screening(&screening(&id, vec![hit(&id, "E")]))
                        .expect("screening");
                }
            });
        }
    });
    let records = all_records(store.as_ref());
    let alerts = store.alerts(&AlertFilter::default()).expect("alerts");
    assert_eq!(records.len(), THREADS * 50);
    drop(store);

    let store = open_at(&path);
    assert_eq!(all_records(store.as_ref()), records);
    assert_eq!(
        store.alerts(&AlertFilter::default()).expect("alerts"),
        alerts
    );
    let next = store
        .append_audit(NewAuditRecord {
            kind: "test".into(),
            actor: "system".into(),
            subject: None,
            payload: "{}".into(),
        })
        .expect("append after reopen");
    assert_eq!(next.seq, records.len() as i64 + 1);
    assert_eq!(next.prev_hash, records.last().expect("records").hash);
    assert_eq!(store.verify_audit().expect("verify").problem, None);
}
