//! PostgreSQL backend, for several service nodes sharing one database.
//!
//! A small r2d2 pool of blocking clients lets requests run at once; a connection that broke
//! (server restart, network) is detected when checked out or returned and replaced. Every
//! transaction that appends to the audit chain first takes `LOCK TABLE audit_log IN EXCLUSIVE
//! MODE`: appends from every connection of every node queue there, so each reads the head
//! its predecessor committed and the chain never forks. Readers are not blocked by it.
//! Reads run at REPEATABLE READ, so a verification walks one consistent snapshot.

mod alerts;
mod audit;
mod keys;
mod monitor;
mod tls;

use crate::anchor::{AuditKey, HeadSink, Keying};
use crate::engine::audit::{bind_key as bind_chain, head};
use crate::engine::{Backend, Engine, Mode, Tx};
use crate::{migrations, AlertStatus, Result, Role, Store, StoreError, StoreOptions};
use postgres::{Client, Config, IsolationLevel};
use r2d2_postgres::PostgresConnectionManager;
use std::sync::Arc;
use tokio_postgres_rustls::MakeRustlsConnect;

/// Connections per process.
const POOL_SIZE: u32 = 8;

type Pool = r2d2::Pool<Manager>;

/// The pool's connection manager: the `postgres` one, with errors that keep their causes
/// (the pool reports only an error's own text, and "error performing TLS handshake" alone
/// does not say that the certificate was refused).
struct Manager(PostgresConnectionManager<MakeRustlsConnect>);

impl std::fmt::Debug for Manager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Manager")
    }
}

/// A connection error with its causes spelt out.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
struct ConnectError(String);

impl r2d2::ManageConnection for Manager {
    type Connection = Client;
    type Error = ConnectError;

    fn connect(&self) -> std::result::Result<Client, ConnectError> {
        self.0.connect().map_err(|e| ConnectError(chain(&e)))
    }

    fn is_valid(&self, conn: &mut Client) -> std::result::Result<(), ConnectError> {
        self.0.is_valid(conn).map_err(|e| ConnectError(chain(&e)))
    }

    fn has_broken(&self, conn: &mut Client) -> bool {
        self.0.has_broken(conn)
    }
}

/// Connects to the database at `url`, applies pending migrations, binds the audit log to
/// `key` and starts the pool.
pub(crate) fn open(
    url: &str,
    options: &StoreOptions,
    key: AuditKey,
    sink: HeadSink,
) -> Result<Box<dyn Store>> {
    let target = redact(url);
    let unavailable = |message: String| StoreError::Unavailable {
        target: target.clone(),
        message,
    };
    let (url, tls) = tls::split_tls(url).map_err(|e| unavailable(format!("invalid URL: {e}")))?;
    let mut config: Config = url
        .parse()
        .map_err(|e| unavailable(format!("invalid URL: {}", chain(&e))))?;
    config.ssl_mode(tls.mode.client_mode());
    let timeout = *config
        .get_connect_timeout()
        .unwrap_or(&options.connect_timeout);
    config.connect_timeout(timeout);
    if config.get_tcp_user_timeout().is_none() {
        // A server that vanishes mid-conversation (network cut, host down) is given up on
        // once sent data stays unacknowledged this long, rather than after the kernel's
        // retransmission limit (minutes). Slow queries are unaffected: the server's TCP
        // stack still acknowledges.
        config.tcp_user_timeout(timeout);
    }
    if config.get_application_name().is_none() {
        config.application_name("nomina");
    }
    let connector = tls::connector(&tls).map_err(unavailable)?;
    // Every connection, the first included, comes from the pool: waiting for one (server
    // down, or up but not answering) never takes longer than the timeout.
    let pool = r2d2::Pool::builder()
        .max_size(POOL_SIZE)
        .min_idle(Some(1))
        .connection_timeout(timeout)
        .build_unchecked(Manager(PostgresConnectionManager::new(config, connector)));
    let mut client = pool.get().map_err(|e| {
        unavailable(format!(
            "cannot connect within {} s: {}",
            timeout.as_secs_f64(),
            chain(&e)
        ))
    })?;
    migrate(&mut client, &target)?;
    let keying = Arc::new(bind_key(&mut client, key, sink)?);
    drop(client);
    Ok(Box::new(Engine(PgBackend {
        pool,
        target,
        keying,
    })))
}

/// Binds the audit log to its key under the chain lock, then writes the first head.
fn bind_key(client: &mut Client, key: AuditKey, sink: HeadSink) -> Result<Keying> {
    let mut tx = client.transaction().ctx("beginning a transaction")?;
    tx.batch_execute("LOCK TABLE audit_log IN EXCLUSIVE MODE")
        .ctx("locking the audit chain")?;
    let keying = bind_chain(&mut tx, key, sink)?;
    let (seq, hash) = head(&mut tx)?;
    tx.commit().ctx("committing")?;
    keying.write_head(seq, &hash);
    Ok(keying)
}

/// The PostgreSQL [`Backend`].
struct PgBackend {
    pool: Pool,
    target: String,
    keying: Arc<Keying>,
}

impl Backend for PgBackend {
    fn describe(&self) -> String {
        self.target.clone()
    }

    fn keying(&self) -> &Keying {
        &self.keying
    }

    fn run<T>(&self, mode: Mode, f: impl FnOnce(&mut dyn Tx) -> Result<T>) -> Result<T> {
        let mut conn = self.pool.get().map_err(|e| StoreError::Unavailable {
            target: self.target.clone(),
            message: format!("no database connection: {e}"),
        })?;
        let mut tx = match mode {
            Mode::Read | Mode::Scan => conn
                .build_transaction()
                .isolation_level(IsolationLevel::RepeatableRead)
                .read_only(true)
                .start(),
            Mode::Write | Mode::Chain => conn.transaction(),
        }
        .ctx("beginning a transaction")?;
        if mode == Mode::Chain {
            tx.batch_execute("LOCK TABLE audit_log IN EXCLUSIVE MODE")
                .ctx("locking the audit chain")?;
        }
        // On error `tx` is dropped, which rolls back.
        let out = f(&mut tx)?;
        let head = match mode {
            Mode::Chain => Some(head(&mut tx)?),
            _ => None,
        };
        tx.commit().ctx("committing")?;
        if let Some((seq, hash)) = head {
            self.keying.write_head(seq, &hash);
        }
        Ok(out)
    }
}

/// Applies pending migrations in one transaction, serialised between nodes opening the same
/// database at once by an advisory lock.
fn migrate(client: &mut Client, target: &str) -> Result<()> {
    let unavailable = |what: &str, e: postgres::Error| StoreError::Unavailable {
        target: target.to_string(),
        message: format!("{what}: {}", chain(&e)),
    };
    let mut tx = client
        .transaction()
        .map_err(|e| unavailable("cannot start the migration", e))?;
    let schema: Option<String> = tx
        .query_one("SELECT current_schema()::text", &[])
        .map_err(|e| unavailable("reading the current schema", e))?
        .get(0);
    let Some(schema) = schema else {
        return Err(StoreError::Unavailable {
            target: target.to_string(),
            message: "no schema on the search_path exists; create it or fix search_path".into(),
        });
    };
    tx.execute(
        "SELECT pg_advisory_xact_lock(hashtext('nomina-migrations'), hashtext($1))",
        &[&schema],
    )
    .map_err(|e| unavailable("waiting for other nodes' migrations", e))?;
    tx.batch_execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (
             version BIGINT PRIMARY KEY,
             applied BIGINT NOT NULL
         )",
    )
    .map_err(|e| unavailable("creating schema_migrations", e))?;
    let current: i64 = tx
        .query_one(
            "SELECT COALESCE(MAX(version), 0)::bigint FROM schema_migrations",
            &[],
        )
        .map_err(|e| unavailable("reading the schema version", e))?
        .get(0);
    for (version, sql) in migrations::pending(migrations::POSTGRES, current, target)? {
        tx.batch_execute(sql)
            .map_err(|e| unavailable(&format!("applying migration {version}"), e))?;
        tx.execute(
            "INSERT INTO schema_migrations (version, applied) VALUES ($1, $2)",
            &[version, &crate::now_millis()],
        )
        .map_err(|e| unavailable(&format!("recording migration {version}"), e))?;
    }
    tx.commit()
        .map_err(|e| unavailable("committing the migration", e))
}

/// The URL without its password (in the user-info part or a `password=` parameter).
pub(crate) fn redact(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "postgres://(unparsable URL)".into();
    };
    let (authority, tail) = match rest.find(['/', '?']) {
        Some(i) => rest.split_at(i),
        None => (rest, ""),
    };
    let authority = match authority.rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split_once(':').map_or(userinfo, |(u, _)| u);
            format!("{user}@{host}")
        }
        None => authority.to_string(),
    };
    let tail = match tail.split_once('?') {
        Some((path, query)) => {
            let kept: Vec<&str> = query
                .split('&')
                .filter(|p| !p.to_ascii_lowercase().starts_with("password="))
                .collect();
            if kept.is_empty() {
                path.to_string()
            } else {
                format!("{path}?{}", kept.join("&"))
            }
        }
        None => tail.to_string(),
    };
    format!("{scheme}://{authority}{tail}")
}

/// An error with its causes: `postgres::Error` alone prints only "db error".
fn chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.contains(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}

/// Adds what was being done to a PostgreSQL error.
trait Ctx<T> {
    fn ctx(self, what: &str) -> Result<T>;
}

impl<T> Ctx<T> for std::result::Result<T, postgres::Error> {
    fn ctx(self, what: &str) -> Result<T> {
        self.map_err(|e| StoreError::Query(format!("{what}: {}", chain(&e))))
    }
}

/// A text column that must parse (role, status).
fn parse_col<T>(row: &postgres::Row, idx: usize, parse: fn(&str) -> Option<T>) -> Result<T> {
    let s: String = row.try_get(idx).ctx("reading a row")?;
    parse(&s).ok_or_else(|| StoreError::Query(format!("unexpected value {s:?} in the database")))
}

fn role_col(row: &postgres::Row, idx: usize) -> Result<Role> {
    parse_col(row, idx, Role::parse)
}

fn status_col(row: &postgres::Row, idx: usize) -> Result<AlertStatus> {
    parse_col(row, idx, AlertStatus::parse)
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn passwords_never_reach_messages() {
        assert_eq!(
            redact("postgres://nomina:s3cret@db.internal:5432/nomina?sslmode=disable"),
            "postgres://nomina@db.internal:5432/nomina?sslmode=disable"
        );
        assert_eq!(
            redact("postgresql://u@h/db?password=s3cret&application_name=x"),
            "postgresql://u@h/db?application_name=x"
        );
        assert_eq!(redact("postgres://h"), "postgres://h");
        assert_eq!(redact("postgres://u:p@h?password=x"), "postgres://u@h");
    }
}
