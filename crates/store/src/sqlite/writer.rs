//! Group commit: every write of the SQLite store runs on one writer thread, many requests
//! to a transaction, so concurrent callers share one `COMMIT` (one fsync) instead of queueing
//! for one each.
//!
//! A caller hands its work to the thread over a channel and blocks on a reply channel of its
//! own. The thread takes the first waiting job, then whatever else is already queued (up to
//! [`MAX_BATCH`], never waiting for more), and runs them in one `BEGIN IMMEDIATE`
//! transaction, each inside its own `SAVEPOINT`:
//!
//! - a job that fails is rolled back to its savepoint and answered with its own error at
//!   once; the others go on;
//! - jobs that succeed are answered only after the `COMMIT` returned, so `Ok` still means
//!   durable; if the `COMMIT` fails, every one of them gets the error: nothing is
//!   acknowledged;
//! - if SQLite abandons the transaction under a job (disk full, I/O error), the jobs already
//!   run in it get an error and the rest of the batch goes on in a new transaction.
//!
//! Jobs run one after the other through the ordinary [`Engine`], on the thread's connection,
//! inside the open transaction, so each one reads the audit chain head its predecessor in the
//! batch just wrote: the chain is the same as with one transaction per call, and
//! `BEGIN IMMEDIATE` still keeps other processes (the CLI) out while a batch reads and writes.
//!
//! If the thread is gone (it panicked, or the store is being dropped), callers get
//! [`StoreError::Unavailable`] from the closed channels, never a hang. Dropping the
//! [`Writer`] closes the job channel; the thread finishes what is queued and exits, and the
//! drop waits for it.

use super::{Ctx, Db};
use crate::anchor::Keying;
use crate::engine::{Backend, Engine, Mode, Tx};
use crate::{Result, Store, StoreError};
use rusqlite::Connection;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

/// Most jobs in one transaction: bounds how long the first of them waits for its reply.
pub(super) const MAX_BATCH: usize = 256;

/// Prepared statements the writer connection keeps.
const STATEMENT_CACHE: usize = 64;

/// The store as the writer thread sees it: the engine over the thread's own connection.
type BatchStore = Engine<InBatch>;

/// The caller's half: submits jobs and waits for their replies.
pub(super) struct Writer {
    target: String,
    jobs: Option<Sender<Box<dyn Job>>>,
    thread: Option<JoinHandle<()>>,
}

impl Writer {
    /// Starts the writer thread on `conn` (already configured and migrated).
    pub(super) fn start(conn: Connection, target: &str, keying: Arc<Keying>) -> Result<Writer> {
        // Every write's statements stay prepared, plus the batch's own.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
        let (jobs, queue) = mpsc::channel::<Box<dyn Job>>();
        let store = Engine(InBatch {
            conn: Mutex::new(conn),
            target: target.to_string(),
            keying,
        });
        let thread = std::thread::Builder::new()
            .name("nomina-sqlite-writer".into())
            .spawn(move || run(&store, &queue))
            .map_err(|e| StoreError::Unavailable {
                target: target.to_string(),
                message: format!("cannot start the writer thread: {e}"),
            })?;
        Ok(Writer {
            target: target.to_string(),
            jobs: Some(jobs),
            thread: Some(thread),
        })
    }

    /// Runs `work` on the writer thread and returns its result once it is committed (or its
    /// error once it is rolled back).
    pub(super) fn submit<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&dyn Store) -> Result<T> + Send + 'static,
    {
        let (reply, answer) = mpsc::sync_channel(1);
        let job = Box::new(Pending {
            work: Some(work),
            result: None,
            reply,
        });
        self.jobs
            .as_ref()
            .ok_or_else(|| self.gone("the store is closing"))?
            .send(job)
            .map_err(|_| self.gone("the writer thread has stopped"))?;
        answer
            .recv()
            .map_err(|_| self.gone("the writer thread stopped before answering"))?
    }

    fn gone(&self, message: &str) -> StoreError {
        StoreError::Unavailable {
            target: self.target.clone(),
            message: format!("{message}; nothing was written"),
        }
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        // Closing the channel ends the thread's loop once the queue is empty.
        drop(self.jobs.take());
        if let Some(thread) = self.thread.take() {
            // A thread that panicked has nothing left to clean up.
            let _ = thread.join();
        }
    }
}

/// One caller's work, type-erased so jobs of any result type share the queue.
trait Job: Send {
    /// Runs the work (inside the batch's transaction); true if it succeeded.
    fn run(&mut self, store: &dyn Store) -> bool;
    /// Answers the caller: the result of [`Job::run`], unless `failure` says the
    /// transaction it ran in was lost, in which case a success becomes that error. A job
    /// that never ran (or panicked) gets `failure`, or an error saying it panicked.
    fn answer(self: Box<Self>, failure: Option<&StoreError>);
}

struct Pending<T, F> {
    work: Option<F>,
    result: Option<Result<T>>,
    reply: mpsc::SyncSender<Result<T>>,
}

impl<T, F> Job for Pending<T, F>
where
    T: Send + 'static,
    F: FnOnce(&dyn Store) -> Result<T> + Send + 'static,
{
    fn run(&mut self, store: &dyn Store) -> bool {
        let Some(work) = self.work.take() else {
            return false;
        };
        let result = work(store);
        let ok = result.is_ok();
        self.result = Some(result);
        ok
    }

    fn answer(self: Box<Self>, failure: Option<&StoreError>) {
        let result = match (self.result, failure) {
            (Some(Err(e)), _) => Err(e),
            (Some(Ok(_)), Some(failure)) => Err(copy(failure)),
            (Some(Ok(value)), None) => Ok(value),
            (None, Some(failure)) => Err(copy(failure)),
            (None, None) => Err(StoreError::Query(
                "the request failed unexpectedly (it panicked in the store's writer) and \
                 was rolled back"
                    .into(),
            )),
        };
        // The caller may have gone (its thread unwound): nobody to tell.
        let _ = self.reply.send(result);
    }
}

/// `StoreError` is not `Clone`: one failure is told to several callers.
fn copy(e: &StoreError) -> StoreError {
    match e {
        StoreError::Unavailable { target, message } => StoreError::Unavailable {
            target: target.clone(),
            message: message.clone(),
        },
        StoreError::Query(m) => StoreError::Query(m.clone()),
        StoreError::NotFound(m) => StoreError::NotFound(m.clone()),
        StoreError::Conflict(m) => StoreError::Conflict(m.clone()),
        StoreError::Invalid(m) => StoreError::Invalid(m.clone()),
    }
}

/// The writer thread: one batch per turn until the channel closes.
fn run(store: &BatchStore, queue: &Receiver<Box<dyn Job>>) {
    let mut batch: Vec<Box<dyn Job>> = Vec::with_capacity(MAX_BATCH);
    while let Ok(first) = queue.recv() {
        batch.push(first);
        while batch.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => batch.push(job),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => break,
            }
        }
        run_batch(store, &mut batch);
    }
}

/// Runs the jobs in one transaction (more only if SQLite abandons one), answering each.
fn run_batch(store: &BatchStore, batch: &mut Vec<Box<dyn Job>>) {
    let db = &store.0;
    // Jobs run and released inside the open transaction, waiting for its COMMIT.
    let mut done: Vec<Box<dyn Job>> = Vec::with_capacity(batch.len());
    let mut open = false;
    let mut jobs = batch.drain(..);
    while let Some(mut job) = jobs.next() {
        if !open {
            if let Err(e) = db.exec("BEGIN IMMEDIATE", "beginning a transaction") {
                // Nothing of the batch can run: most likely another process holds the
                // write lock beyond the busy timeout.
                job.answer(Some(&e));
                jobs.for_each(|j| j.answer(Some(&e)));
                return;
            }
            open = true;
        }
        if let Err(e) = db.exec("SAVEPOINT job", "starting a savepoint") {
            open = db.abort(&mut done, &e);
            job.answer(Some(&e));
            continue;
        }
        let ok = catch_unwind(AssertUnwindSafe(|| job.run(store))).unwrap_or(false);
        if db.lock().is_autocommit() {
            // SQLite rolled the whole transaction back (disk full, I/O error...): the jobs
            // run before this one in it are lost too.
            let e = StoreError::Query(
                "the transaction was rolled back by the database after an error; \
                 nothing of this request was stored"
                    .into(),
            );
            open = db.abort(&mut done, &e);
            job.answer(Some(&e));
            continue;
        }
        let ended = if ok {
            db.exec("RELEASE job", "releasing a savepoint")
        } else {
            db.exec("ROLLBACK TO job", "rolling back a failed request")
                .and_then(|()| db.exec("RELEASE job", "releasing a savepoint"))
        };
        match ended {
            Ok(()) if ok => done.push(job),
            // Rolled back to where it started: its own error, now; the others go on.
            Ok(()) => job.answer(None),
            Err(e) => {
                open = db.abort(&mut done, &e);
                job.answer(Some(&e));
            }
        }
    }
    if open {
        match db.exec("COMMIT", "committing") {
            Ok(()) => {
                // The head file learns the new head before any caller hears `Ok`.
                if let Err(e) = super::publish_head(&db.lock(), &db.keying) {
                    eprintln!("error: cannot read the audit chain head for the head file: {e}");
                }
                done.into_iter().for_each(|j| j.answer(None))
            }
            Err(e) => {
                db.abort(&mut done, &e);
            }
        }
    }
}

/// The [`Backend`] of the writer thread: runs the engine's closures on its connection,
/// inside the batch's transaction and the job's savepoint (opened by [`run_batch`]).
pub(super) struct InBatch {
    conn: Mutex<Connection>,
    target: String,
    keying: Arc<Keying>,
}

impl InBatch {
    /// The connection. Only the writer thread uses it, one call at a time; after a job
    /// panicked with it locked, the job's savepoint is rolled back and it is usable again.
    fn lock(&self) -> MutexGuard<'_, Connection> {
        self.conn.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn exec(&self, sql: &str, what: &str) -> Result<()> {
        self.lock()
            .prepare_cached(sql)
            .and_then(|mut s| s.execute([]))
            .map(drop)
            .ctx(what)
    }

    /// Rolls back the open transaction (if SQLite has not already) and fails every job run
    /// in it. Returns whether a transaction is still open: false.
    fn abort(&self, done: &mut Vec<Box<dyn Job>>, e: &StoreError) -> bool {
        let conn = self.lock();
        if !conn.is_autocommit() {
            // If even this fails the connection is beyond use; the next BEGIN will say so.
            let _ = conn.execute_batch("ROLLBACK");
        }
        drop(conn);
        done.drain(..).for_each(|j| j.answer(Some(e)));
        false
    }
}

impl Backend for InBatch {
    fn describe(&self) -> String {
        format!("sqlite:{}", self.target)
    }

    fn keying(&self) -> &Keying {
        &self.keying
    }

    fn run<T>(&self, _mode: Mode, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        // Every mode runs in the batch's write transaction: the job's reads see the writes
        // of the jobs before it, which is what the audit chain needs.
        f(&mut Db(&self.lock()))
    }
}

#[cfg(test)]
mod tests {
    //! The batch semantics, on batches put together by hand (the integration tests in
    //! `tests/sqlite_group_commit.rs` cover the store under real concurrency).

    use super::*;
    use crate::{AlertInput, AuditRecord, NewAuditRecord, ScreeningRecord};
    use std::path::Path;

    /// The key and head file of a test database, beside it.
    fn key_and_sink(path: &Path) -> (crate::AuditKey, crate::anchor::HeadSink) {
        let dir = path.parent().expect("a directory");
        let key = crate::AuditKey::load_or_create(&dir.join("audit.key")).expect("key");
        let sink = crate::anchor::HeadSink::open(&dir.join("head.jsonl")).expect("head file");
        (key, sink)
    }

    /// A migrated connection and its keying.
    fn keyed_conn(path: &Path) -> (Connection, Arc<Keying>) {
        let mut conn = super::super::connect(path).expect("connect");
        super::super::migrate(&mut conn, "test").expect("migrate");
        let (key, sink) = key_and_sink(path);
        let keying =
            super::super::in_tx(&mut conn, rusqlite::TransactionBehavior::Immediate, |tx| {
                crate::engine::audit::bind_key(tx, key, sink)
            })
            .expect("bind key");
        (conn, Arc::new(keying))
    }

    fn batch_store(path: &Path) -> BatchStore {
        let (conn, keying) = keyed_conn(path);
        Engine(InBatch {
            conn: Mutex::new(conn),
            target: "test".into(),
            keying,
        })
    }

    /// Raw SQL on the test database, behind the store's back.
    fn exec(path: &Path, sql: &str) {
        Connection::open(path)
            .and_then(|c| c.execute_batch(sql))
            .expect(sql);
    }

    fn job<T, F>(work: F) -> (Box<dyn Job>, mpsc::Receiver<Result<T>>)
    where
        T: Send + 'static,
        F: FnOnce(&dyn Store) -> Result<T> + Send + 'static,
    {
        let (reply, answer) = mpsc::sync_channel(1);
        let job = Box::new(Pending {
            work: Some(work),
            result: None,
            reply,
        });
        (job, answer)
    }

    fn screening(id: &str, kind: &str, payload: &str) -> ScreeningRecord {
        ScreeningRecord {
            id: id.into(),
            audit: NewAuditRecord {
                kind: kind.into(),
                actor: "key:1:test".into(),
                subject: None,
                payload: payload.into(),
            },
            alerts: vec![AlertInput {
                reference: Some(format!("ref-{id}")),
                query: "John Smith".into(),
                entity: "E1".into(),
                entity_name: "Name of E1".into(),
                score: 0.9,
                entity_fingerprint: "fp".into(),
                entity_snapshot: "{}".into(),
                reason: None,
                suppressed_by: None,
            }],
        }
    }

    type Answer = mpsc::Receiver<Result<Vec<crate::AlertOutcome>>>;

    /// A screening job.
    fn screen(id: &str, kind: &str, payload: &str) -> (Box<dyn Job>, Answer) {
        let record = screening(id, kind, payload);
        job(move |s| s.record_screening(&record))
    }

    fn answered<T>(answer: &mpsc::Receiver<Result<T>>) -> Result<T> {
        answer.try_recv().expect("the job was answered")
    }

    /// What a fresh store on the file sees: the chain verifies, and these subjects in order.
    fn stored(path: &Path) -> Vec<AuditRecord> {
        let (key, sink) = key_and_sink(path);
        let store = super::super::open(path, key, sink).expect("open");
        let report = store.verify_audit().expect("verify");
        assert_eq!(report.problem, None, "{report:?}");
        store.audit_records(None, None, 0, 10_000).expect("records")
    }

    fn subjects(records: &[AuditRecord]) -> Vec<&str> {
        records
            .iter()
            .filter_map(|r| r.subject.as_deref())
            .collect()
    }

    #[test]
    fn failures_roll_back_alone_and_the_rest_commits() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let store = batch_store(&path);
        let mut bogus = screening("s-bogus", "screen", "{}");
        // Fails after its audit record is inserted: the savepoint has to undo that.
        bogus.alerts[0].suppressed_by = Some(424_242);
        let (j1, a1) = screen("s1", "screen", r#"{"n":1}"#);
        let (j2, a2) = screen("s-notjson", "screen", "not json");
        let (j3, a3) = screen("s3", "screen", r#"{"n":3}"#);
        let (j4, a4) = job(move |s| s.record_screening(&bogus));
        let (j5, a5) = job::<(), _>(|s| {
            s.append_audit(NewAuditRecord {
                kind: "test".into(),
                actor: "system".into(),
                subject: Some("s-panic".into()),
                payload: "{}".into(),
            })?;
            panic!("a bug in a request");
        });
        let (j6, a6) = job(|s| {
            s.append_audit(NewAuditRecord {
                kind: "test".into(),
                actor: "system".into(),
                subject: Some("s6".into()),
                payload: "{}".into(),
            })
        });
        let mut batch = vec![j1, j2, j3, j4, j5, j6];
        run_batch(&store, &mut batch);
        assert!(batch.is_empty());

        assert!(answered(&a1).is_ok());
        assert!(matches!(answered(&a2), Err(StoreError::Invalid(_))));
        assert!(answered(&a3).is_ok());
        assert!(matches!(answered(&a4), Err(StoreError::Invalid(_))));
        let panicked = answered(&a5).expect_err("the panicking job fails");
        assert!(panicked.to_string().contains("panicked"), "{panicked}");
        let appended = answered(&a6).expect("append after a panic");
        assert_eq!(appended.seq, 3, "chains to the jobs committed before it");

        let records = stored(&path);
        assert_eq!(subjects(&records), ["s1", "s3", "s6"]);
        assert_eq!(records[2], appended);
        let conn = store.0.lock();
        let links: i64 = conn
            .query_row("SELECT COUNT(*) FROM screening_alerts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(links, 2, "only the committed screenings' hits are linked");
        assert!(conn.is_autocommit(), "no transaction left open");
    }

    #[test]
    fn a_failed_commit_fails_every_job_of_the_batch() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let store = batch_store(&path);
        // A record of kind `poison` breaks a deferred foreign key: the job itself succeeds,
        // the COMMIT fails.
        exec(
            &path,
            "CREATE TABLE poison_parent (id INTEGER PRIMARY KEY);
             CREATE TABLE poison_child (
                 parent INTEGER REFERENCES poison_parent (id) DEFERRABLE INITIALLY DEFERRED);
             CREATE TRIGGER poison AFTER INSERT ON audit_log WHEN NEW.kind = 'poison'
             BEGIN INSERT INTO poison_child VALUES (1); END;",
        );
        let (j1, a1) = screen("s1", "screen", "{}");
        let (j2, a2) = screen("s2", "poison", "{}");
        let (j3, a3) = screen("s3", "screen", "{}");
        run_batch(&store, &mut vec![j1, j2, j3]);
        for answer in [&a1, &a2, &a3] {
            let err = answered(answer).expect_err("nothing acknowledged");
            assert!(err.to_string().contains("committing"), "{err}");
        }
        assert!(stored(&path).is_empty(), "nothing stored");

        // The writer goes on with the next batch.
        let (j4, a4) = screen("s4", "screen", "{}");
        run_batch(&store, &mut vec![j4]);
        assert!(answered(&a4).is_ok());
        assert_eq!(subjects(&stored(&path)), ["s4"]);
    }

    #[test]
    fn a_transaction_lost_mid_batch_fails_what_ran_in_it_and_the_rest_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let store = batch_store(&path);
        // RAISE(ROLLBACK) ends the whole transaction, as SQLite does on some I/O errors.
        exec(
            &path,
            "CREATE TRIGGER lose AFTER INSERT ON audit_log WHEN NEW.kind = 'lose'
             BEGIN SELECT RAISE(ROLLBACK, 'transaction lost'); END;",
        );
        let (j1, a1) = screen("s1", "screen", "{}");
        let (j2, a2) = screen("s2", "lose", "{}");
        let (j3, a3) = screen("s3", "screen", "{}");
        let (j4, a4) = screen("s4", "screen", "{}");
        run_batch(&store, &mut vec![j1, j2, j3, j4]);
        assert!(answered(&a1).is_err(), "its transaction was lost");
        let err = answered(&a2).expect_err("the job that lost it");
        assert!(err.to_string().contains("transaction lost"), "{err}");
        assert!(answered(&a3).is_ok());
        assert!(answered(&a4).is_ok());
        assert_eq!(subjects(&stored(&path)), ["s3", "s4"]);
    }

    #[test]
    fn a_locked_database_fails_the_batch_without_running_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let store = batch_store(&path);
        store
            .0
            .lock()
            .busy_timeout(std::time::Duration::from_millis(50))
            .unwrap();
        let other = Connection::open(&path).unwrap();
        other.execute_batch("BEGIN IMMEDIATE").unwrap();
        let (j1, a1) = screen("s1", "screen", "{}");
        let (j2, a2) = screen("s2", "screen", "{}");
        run_batch(&store, &mut vec![j1, j2]);
        assert!(answered(&a1).is_err());
        assert!(answered(&a2).is_err());
        other.execute_batch("ROLLBACK").unwrap();
        let (j3, a3) = screen("s3", "screen", "{}");
        run_batch(&store, &mut vec![j3]);
        assert!(answered(&a3).is_ok());
        assert_eq!(subjects(&stored(&path)), ["s3"]);
    }

    #[test]
    fn a_dead_writer_makes_callers_unavailable_not_hang() {
        // The thread is gone and its queue with it.
        let (jobs, queue) = mpsc::channel::<Box<dyn Job>>();
        drop(queue);
        let writer = Writer {
            target: "test".into(),
            jobs: Some(jobs),
            thread: None,
        };
        let err = writer.submit(|_| Ok(())).unwrap_err();
        assert!(matches!(err, StoreError::Unavailable { .. }), "{err}");

        // The thread dies holding a job.
        let (jobs, queue) = mpsc::channel::<Box<dyn Job>>();
        let thread = std::thread::spawn(move || {
            let _job = queue.recv();
        });
        let writer = Writer {
            target: "test".into(),
            jobs: Some(jobs),
            thread: Some(thread),
        };
        let err = writer.submit(|_| Ok(())).unwrap_err();
        assert!(matches!(err, StoreError::Unavailable { .. }), "{err}");
        let err = writer.submit(|_| Ok(())).unwrap_err();
        assert!(matches!(err, StoreError::Unavailable { .. }), "{err}");
        drop(writer);
    }

    #[test]
    fn drop_finishes_the_queue_and_stops_the_thread() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.db");
        let (conn, keying) = keyed_conn(&path);
        let writer = Writer::start(conn, "test", keying).unwrap();
        let record = screening("s1", "screen", "{}");
        writer.submit(move |s| s.record_screening(&record)).unwrap();
        drop(writer);
        // The last connection to a WAL database removes the log when it closes: the thread
        // has ended and dropped its connection by the time drop returns.
        let wal = dir.path().join("t.db-wal");
        assert!(!wal.exists(), "the writer's connection is still open");
        assert_eq!(subjects(&stored(&path)), ["s1"]);
    }
}
