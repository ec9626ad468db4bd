//! The store's behaviour, written once (`suite/`) and run against every backend.
//!
//! SQLite runs always, in a temporary directory. PostgreSQL runs when
//! `NOMINA_TEST_POSTGRES_URL` names a server the tests may create schemas in; each test gets
//! its own schema (`nomina_test_…`, selected with `options=-csearch_path%3D…` in the URL) and
//! drops it afterwards. Without the variable when the tests are built, the harness reports
//! the PostgreSQL tests as ignored, with the reason (`crates/store/build.rs`);
//! `NOMINA_REQUIRE_POSTGRES=1` (CI) makes its absence fail the build instead.
//!
//! A throwaway PostgreSQL for these tests on Debian, as root (the commands CI needs):
//!
//! ```sh
//! apt-get update && apt-get install -y postgresql      # Debian 12: PostgreSQL 15
//! PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n1)
//! PGDIR=$(mktemp -d /tmp/nomina-pg.XXXXXX) && chown postgres:postgres "$PGDIR"
//! runuser -u postgres -- "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 >/dev/null
//! runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
//!     -o "-c listen_addresses=127.0.0.1 -p 54329 -k $PGDIR" start
//! export NOMINA_TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:54329/postgres
//! NOMINA_REQUIRE_POSTGRES=1 cargo test -p nomina-store
//! runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop; rm -rf "$PGDIR"
//! ```

mod suite;

use nomina_store::{open_with, AuditOptions, Store, StoreOptions};
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;

/// One test's database: the store under test, its URL, and raw SQL access for tampering.
pub struct Ctx {
    store: Option<Box<dyn Store>>,
    url: String,
    backend: Backend,
    /// The audit key and head files of this test, in a directory of its own.
    pub options: StoreOptions,
    _files: tempfile::TempDir,
}

enum Backend {
    Sqlite {
        path: PathBuf,
        _dir: tempfile::TempDir,
    },
    Postgres {
        admin_url: String,
        schema: String,
    },
}

impl Ctx {
    /// The store under test.
    pub fn store(&self) -> &dyn Store {
        self.store.as_deref().expect("store is open")
    }

    /// A second, independent store on the same database (another service node).
    pub fn open_another(&self) -> Box<dyn Store> {
        open_with(&self.url, &self.options).expect("second store opens")
    }

    /// Opens the database again, as after a restart.
    pub fn reopen(&mut self) {
        self.store = None;
        self.store = Some(open_with(&self.url, &self.options).expect("store reopens"));
    }

    /// Drops the store and tries to open the database again.
    pub fn try_reopen(&mut self) -> nomina_store::Result<()> {
        self.try_reopen_with(&self.options.clone())
    }

    /// Drops the store and tries to open the database again with other options.
    pub fn try_reopen_with(&mut self, options: &StoreOptions) -> nomina_store::Result<()> {
        self.store = None;
        self.store = Some(open_with(&self.url, options)?);
        Ok(())
    }

    /// The head file this test's store writes.
    pub fn head_file(&self) -> PathBuf {
        self.options.audit.head_file.clone().expect("head file set")
    }

    /// The audit key of this test.
    pub fn key(&self) -> nomina_store::AuditKey {
        let path = self.options.audit.key_file.as_ref().expect("key file set");
        nomina_store::AuditKey::load_or_create(path).expect("key")
    }

    /// Runs SQL statements directly on the database, behind the store's back.
    pub fn exec(&self, sql: &str) {
        match &self.backend {
            Backend::Sqlite { path, .. } => rusqlite::Connection::open(path)
                .and_then(|c| c.execute_batch(sql))
                .unwrap_or_else(|e| panic!("{sql}: {e}")),
            Backend::Postgres { .. } => ::postgres::Client::connect(&self.url, ::postgres::NoTls)
                .and_then(|mut c| c.batch_execute(sql))
                .unwrap_or_else(|e| panic!("{sql}: {e:?}")),
        }
    }

    /// One integer from a query run directly on the database.
    pub fn scalar(&self, sql: &str) -> i64 {
        match &self.backend {
            Backend::Sqlite { path, .. } => rusqlite::Connection::open(path)
                .and_then(|c| c.query_row(sql, [], |r| r.get(0)))
                .unwrap_or_else(|e| panic!("{sql}: {e}")),
            Backend::Postgres { .. } => ::postgres::Client::connect(&self.url, ::postgres::NoTls)
                .and_then(|mut c| c.query_one(sql, &[]))
                .map(|r| r.get::<_, i64>(0))
                .unwrap_or_else(|e| panic!("{sql}: {e:?}")),
        }
    }
}

impl Drop for Ctx {
    fn drop(&mut self) {
        self.store = None;
        if let Backend::Postgres { admin_url, schema } = &self.backend {
            if let Ok(mut c) = ::postgres::Client::connect(admin_url, ::postgres::NoTls) {
                let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
            }
        }
    }
}

/// Options with a key file and head file in a fresh directory.
fn test_options() -> (StoreOptions, tempfile::TempDir) {
    let files = tempfile::tempdir().expect("temporary directory");
    let options = StoreOptions {
        audit: AuditOptions {
            key_file: Some(files.path().join("keys").join("audit.key")),
            head_file: Some(files.path().join("heads").join("audit-head.jsonl")),
        },
        ..StoreOptions::default()
    };
    (options, files)
}

fn run_sqlite(test: fn(&mut Ctx)) {
    let dir = tempfile::tempdir().expect("temporary directory");
    // A directory that does not exist yet: opening must create it.
    let path = dir.path().join("data").join("nomina.db");
    let url = format!("sqlite:{}", path.display());
    let (options, files) = test_options();
    let store = open_with(&url, &options).expect("SQLite store opens");
    let mut ctx = Ctx {
        store: Some(store),
        url,
        backend: Backend::Sqlite { path, _dir: dir },
        options,
        _files: files,
    };
    test(&mut ctx);
}

fn run_postgres(test: fn(&mut Ctx)) {
    let Ok(admin_url) = std::env::var("NOMINA_TEST_POSTGRES_URL") else {
        if std::env::var("NOMINA_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
            panic!("NOMINA_REQUIRE_POSTGRES=1 but NOMINA_TEST_POSTGRES_URL is not set");
        }
        static SKIP: Once = Once::new();
        SKIP.call_once(|| {
            // Straight to stderr: libtest captures eprintln! of passing tests.
            let _ = writeln!(
                std::io::stderr(),
                "skipped: set NOMINA_TEST_POSTGRES_URL (e.g. postgres://postgres@127.0.0.1:54329/postgres) \
                 to run the PostgreSQL store tests"
            );
        });
        return;
    };
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    let schema = format!(
        "nomina_test_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let mut admin = ::postgres::Client::connect(&admin_url, ::postgres::NoTls)
        .unwrap_or_else(|e| panic!("cannot reach NOMINA_TEST_POSTGRES_URL: {e:?}"));
    admin
        .batch_execute(&format!("CREATE SCHEMA {schema}"))
        .expect("create test schema");
    let sep = if admin_url.contains('?') { '&' } else { '?' };
    let url = format!("{admin_url}{sep}options=-csearch_path%3D{schema}");
    let backend = Backend::Postgres { admin_url, schema };
    let (options, files) = test_options();
    let store = open_with(&url, &options).expect("PostgreSQL store opens");
    let mut ctx = Ctx {
        store: Some(store),
        url,
        backend,
        options,
        _files: files,
    };
    test(&mut ctx);
}

/// A `#[test]` per backend for each suite function.
macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $( #[test] fn $name() { crate::run_sqlite(crate::suite::$name) } )*
        }
        mod postgres {
            $(
                #[test]
                #[cfg_attr(
                    not(has_postgres),
                    ignore = "needs PostgreSQL: NOMINA_TEST_POSTGRES_URL was not set when the tests were built"
                )]
                fn $name() { crate::run_postgres(crate::suite::$name) }
            )*
        }
    };
}

suite! {
    customers_saved_paged_and_deleted,
    monitoring_runs_raise_join_and_delist,
    webhook_outbox_at_least_once,
    keys_create_authenticate_revoke,
    sessions_and_expiry,
    chain_append_and_verify,
    tamper_edited_payload,
    tamper_deleted_record,
    tamper_swapped_records,
    tamper_rehashed_record,
    retention_keeps_the_chain_verifiable,
    retention_refuses_to_erase_tampering,
    screening_outcomes,
    queue_pages_with_a_stable_cursor,
    queue_assigns_and_filters,
    queue_bulk_decision_is_all_or_nothing,
    queue_true_match_needs_a_second_analyst,
    queue_filters_by_score_list_and_age,
    queue_sorts_and_pages_by_score_and_age,
    queue_filters_by_programme,
    programmes_backfilled_by_migration_7,
    queue_case_notes_are_audited,
    queue_daily_volume,
    screening_is_atomic,
    decide_validations,
    suppression_semantics,
    alert_listing_and_counts,
    open_alerts_reopen,
    migrations_idempotent_on_reopen,
    newer_schema_refused,
    durable_across_reopen,
    concurrent_appends_do_not_fork,
    two_nodes_share_one_chain,
    audit_paging,
    keyed_rehash_without_the_key_is_detected,
    truncation_is_detected_against_the_head_file,
    rewrite_is_detected_against_the_head_file,
    forged_heads_and_a_moved_switch_point_are_detected,
    records_before_keying_verify_with_the_old_rule,
    another_key_is_refused,
}

#[test]
fn unreachable_postgres_names_url_without_password() {
    let (options, _files) = test_options();
    let err = match open_with(
        "postgres://nomina:s3cret-pw@127.0.0.1:1/nomina?connect_timeout=5",
        &options,
    ) {
        Ok(_) => panic!("nothing listens on port 1"),
        Err(e) => e,
    };
    let text = err.to_string();
    assert!(
        matches!(err, nomina_store::StoreError::Unavailable { .. }),
        "{text}"
    );
    assert!(
        text.contains("postgres://nomina@127.0.0.1:1/nomina"),
        "{text}"
    );
    assert!(!text.contains("s3cret-pw"), "{text}");
}

#[test]
fn sqlite_refuses_in_memory() {
    let (options, _files) = test_options();
    assert!(matches!(
        open_with("sqlite::memory:", &options),
        Err(nomina_store::StoreError::Unavailable { .. })
    ));
}

/// A database that accepts connections but never answers (overloaded, half-failed): the
/// store gives up after the configured connect timeout instead of waiting for ever.
#[test]
fn a_hung_postgres_fails_within_the_connect_timeout() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().unwrap().port();
    let held = std::thread::spawn(move || {
        // Accept and hold connections without a byte of answer.
        let mut held = Vec::new();
        listener.set_nonblocking(true).unwrap();
        let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while std::time::Instant::now() < until {
            if let Ok((s, _)) = listener.accept() {
                held.push(s);
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    });
    let (mut options, _files) = test_options();
    options.connect_timeout = std::time::Duration::from_secs(1);
    let started = std::time::Instant::now();
    let err = match open_with(
        &format!("postgres://nomina@127.0.0.1:{port}/nomina"),
        &options,
    ) {
        Ok(_) => panic!("nothing answers"),
        Err(e) => e.to_string(),
    };
    let took = started.elapsed();
    assert!(
        took < std::time::Duration::from_secs(4),
        "took {took:?}: {err}"
    );
    assert!(err.contains("cannot connect within 1 s"), "{err}");
    drop(held);
}

#[test]
fn the_default_connect_timeout_is_short() {
    assert!(nomina_store::DEFAULT_CONNECT_TIMEOUT <= std::time::Duration::from_secs(5));
    assert_eq!(
        StoreOptions::default().connect_timeout,
        nomina_store::DEFAULT_CONNECT_TIMEOUT
    );
}

/// `sslmode=require` against a server without TLS fails, saying so: never a plain
/// connection.
#[test]
#[cfg_attr(
    not(has_postgres),
    ignore = "needs PostgreSQL: NOMINA_TEST_POSTGRES_URL was not set when the tests were built"
)]
fn sslmode_require_never_falls_back_to_plain() {
    let Some(url) = postgres_url("sslmode=require without TLS") else {
        return;
    };
    if std::env::var("NOMINA_TEST_POSTGRES_HAS_TLS").is_ok_and(|v| v == "1") {
        return;
    }
    let (options, _files) = test_options();
    let sep = if url.contains('?') { '&' } else { '?' };
    let err = match open_with(&format!("{url}{sep}sslmode=require"), &options) {
        Ok(_) => panic!("connected without TLS although sslmode=require"),
        Err(e) => e.to_string(),
    };
    assert!(err.contains("TLS"), "{err}");
}

/// Against a server with TLS (`NOMINA_TEST_POSTGRES_TLS_URL`, its certificate signed by
/// `NOMINA_TEST_POSTGRES_TLS_CA`): `require` connects encrypted, `verify-full` checks the
/// chain and the name.
#[test]
#[cfg_attr(
    not(has_postgres_tls),
    ignore = "needs PostgreSQL with TLS: NOMINA_TEST_POSTGRES_TLS_URL was not set when the tests were built"
)]
fn sslmode_require_and_verify_full_connect_over_tls() {
    let Ok(url) = std::env::var("NOMINA_TEST_POSTGRES_TLS_URL") else {
        let _ = writeln!(
            std::io::stderr(),
            "skipped: set NOMINA_TEST_POSTGRES_TLS_URL (and NOMINA_TEST_POSTGRES_TLS_CA) to \
             run the PostgreSQL TLS tests"
        );
        return;
    };
    let (options, _files) = test_options();
    // A schema of its own (created over a plain connection), so its audit log is this
    // test's alone.
    let schema = format!("nomina_tls_test_{}", std::process::id());
    let mut admin = ::postgres::Client::connect(&url, ::postgres::NoTls)
        .unwrap_or_else(|e| panic!("NOMINA_TEST_POSTGRES_TLS_URL: {e:?}"));
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
        ))
        .expect("create test schema");
    let sep = if url.contains('?') { '&' } else { '?' };
    let url = format!("{url}{sep}options=-csearch_path%3D{schema}");
    let sep = '&';
    let store = open_with(&format!("{url}{sep}sslmode=require"), &options)
        .expect("sslmode=require connects to a TLS server");
    store.append_audit(suite::rec(1)).expect("writes over TLS");
    drop(store);
    if let Ok(ca) = std::env::var("NOMINA_TEST_POSTGRES_TLS_CA") {
        let store = open_with(
            &format!("{url}{sep}sslmode=verify-full&sslrootcert={ca}"),
            &options,
        )
        .expect("verify-full with the right CA connects");
        drop(store);
    }
    // The Mozilla roots do not include a test CA: verify-full without it is refused.
    let err = match open_with(&format!("{url}{sep}sslmode=verify-full"), &options) {
        Ok(_) => panic!("an untrusted certificate was accepted"),
        Err(e) => e.to_string(),
    };
    assert!(err.to_lowercase().contains("certificate"), "{err}");
    let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
}

/// The PostgreSQL URL for the tests, or `None` (with a message) to skip.
fn postgres_url(what: &str) -> Option<String> {
    match std::env::var("NOMINA_TEST_POSTGRES_URL") {
        Ok(u) => Some(u),
        Err(_) => {
            if std::env::var("NOMINA_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
                panic!("NOMINA_REQUIRE_POSTGRES=1 but NOMINA_TEST_POSTGRES_URL is not set");
            }
            let _ = writeln!(
                std::io::stderr(),
                "skipped ({what}): set NOMINA_TEST_POSTGRES_URL"
            );
            None
        }
    }
}

/// A TCP relay to PostgreSQL that can fail: [`Relay::outage`] cuts every relayed connection
/// and from then on accepts new ones without ever answering (a database host gone
/// unresponsive).
struct Relay {
    port: u16,
    down: std::sync::Arc<std::sync::atomic::AtomicBool>,
    open: std::sync::Arc<std::sync::Mutex<Vec<std::net::TcpStream>>>,
}

impl Relay {
    fn start(upstream: std::net::SocketAddr) -> Relay {
        use std::sync::atomic::Ordering;
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().unwrap().port();
        let down = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let open = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (d, o) = (down.clone(), open.clone());
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                if d.load(Ordering::SeqCst) {
                    o.lock().unwrap().push(client); // held, never answered
                    continue;
                }
                let Ok(server) = std::net::TcpStream::connect(upstream) else {
                    continue;
                };
                for (mut from, mut to) in [
                    (client.try_clone().unwrap(), server.try_clone().unwrap()),
                    (server.try_clone().unwrap(), client.try_clone().unwrap()),
                ] {
                    std::thread::spawn(move || std::io::copy(&mut from, &mut to));
                }
                o.lock().unwrap().extend([client, server]);
            }
        });
        Relay { port, down, open }
    }

    fn outage(&self) {
        self.down.store(true, std::sync::atomic::Ordering::SeqCst);
        for s in self.open.lock().unwrap().drain(..) {
            let _ = s.shutdown(std::net::Shutdown::Both);
        }
    }
}

/// During a PostgreSQL outage a request fails within the connect timeout (a quick 503 for
/// the service), not after a long wait.
#[test]
#[cfg_attr(
    not(has_postgres),
    ignore = "needs PostgreSQL: NOMINA_TEST_POSTGRES_URL was not set when the tests were built"
)]
fn a_postgres_outage_fails_requests_within_the_connect_timeout() {
    let Some(url) = postgres_url("PostgreSQL outage") else {
        return;
    };
    let Some(rest) = url.split_once("://").map(|(_, r)| r) else {
        panic!("NOMINA_TEST_POSTGRES_URL is not a URL: {url}");
    };
    let authority = rest.split(['/', '?']).next().unwrap_or(rest);
    let (user, hostport) = authority
        .rsplit_once('@')
        .unwrap_or(("postgres", authority));
    let tail = &rest[authority.len()..];
    let upstream: std::net::SocketAddr = std::net::ToSocketAddrs::to_socket_addrs(hostport)
        .expect("resolvable host")
        .next()
        .expect("an address");
    let relay = Relay::start(upstream);
    // A schema of its own, so this log is this test's alone.
    let schema = format!("nomina_outage_test_{}", std::process::id());
    let mut admin = ::postgres::Client::connect(&url, ::postgres::NoTls).expect("admin");
    admin
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
        ))
        .unwrap();
    let sep = if tail.contains('?') { '&' } else { '?' };
    let relayed = format!(
        "postgres://{user}@127.0.0.1:{}{tail}{sep}options=-csearch_path%3D{schema}",
        relay.port
    );
    let (mut options, _files) = test_options();
    options.connect_timeout = std::time::Duration::from_secs(1);
    let store = open_with(&relayed, &options).expect("opens through the relay");
    store.list_keys().expect("works before the outage");

    relay.outage();
    let started = std::time::Instant::now();
    let err = store.list_keys().expect_err("the database is gone");
    let took = started.elapsed();
    assert!(
        took < std::time::Duration::from_secs(4),
        "took {took:?}: {err}"
    );
    assert!(
        matches!(err, nomina_store::StoreError::Unavailable { .. }),
        "{err}"
    );
    drop(store);
    let _ = admin.batch_execute(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE"));
}
