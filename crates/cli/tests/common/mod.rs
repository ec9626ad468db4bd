//! The harness the service tests share (`service_api`, `service_crash`, `ui_chromium`):
//! temporary data directories, running the `nomina` binary, creating API keys, and a
//! `nomina serve` on a free loopback port that is killed however the test ends.
//!
//! Each test file that uses it declares `mod common;`. Not every file uses every item, so
//! dead-code warnings are off for this module.

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

/// The `nomina` binary Cargo built for this test.
pub const BIN: &str = env!("CARGO_BIN_EXE_nomina");

/// Longest a one-shot `nomina` command (`keys`, `audit`, `update`, …) may take.
pub const CMD_TIMEOUT: Duration = Duration::from_secs(300);

/// Longest wait for `nomina serve` to load the lists and say it is listening.
pub const START_TIMEOUT: Duration = Duration::from_secs(180);

/// How many lines of the server's stderr to print when a test fails.
const LOG_TAIL: usize = 60;

// -------------------------------------------------------------------------------------
// Temporary directories
// -------------------------------------------------------------------------------------

/// A fresh, empty directory under the system temp dir, removed when dropped (however the
/// test ends). The path is `.0`.
pub struct TempDir(pub PathBuf);

impl TempDir {
    /// Creates `nomina-<test file>-<tag>-<pid>-<n>`, unique within and across test processes.
    pub fn new(tag: &str) -> TempDir {
        static N: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "nomina-{}-{tag}-{}-{}",
            env!("CARGO_CRATE_NAME"),
            std::process::id(),
            N.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create temp dir");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

// -------------------------------------------------------------------------------------
// One-shot commands
// -------------------------------------------------------------------------------------

/// A `Command` for the `nomina` binary that ignores `NOMINA_DATABASE_URL` and
/// `NOMINA_DATA_DIR` from the environment: tests say which data directory and database
/// they mean.
pub fn command() -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_remove("NOMINA_DATABASE_URL")
        .env_remove("NOMINA_DATA_DIR");
    cmd
}

/// Runs `cmd` to completion within [`CMD_TIMEOUT`], stdin closed, and returns
/// (exit code, stdout, stderr); the exit code is -1 when a signal ended it. `what` names
/// the command in panic messages.
pub fn run(mut cmd: Command, what: &str) -> (i32, String, String) {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    // Both pipes are drained while the command runs, so it never blocks on a full one.
    let drain = |mut r: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = r.read_to_end(&mut buf);
            String::from_utf8_lossy(&buf).into_owned()
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("stdout")));
    let err = drain(Box::new(child.stderr.take().expect("stderr")));
    let deadline = Instant::now() + CMD_TIMEOUT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(20)),
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{what} did not finish within {CMD_TIMEOUT:?}");
            }
            Err(e) => panic!("waiting for {what}: {e}"),
        }
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    (status.code().unwrap_or(-1), stdout, stderr)
}

/// Runs `nomina ARGS…` to completion; returns (exit code, stdout, stderr).
pub fn nomina(args: &[&str]) -> (i32, String, String) {
    let mut cmd = command();
    cmd.args(args);
    run(cmd, &format!("nomina {}", args.join(" ")))
}

/// Runs `nomina ARGS… --data-dir DATA [--database URL]`: a command of the service's
/// (`keys`, `audit`) on this data directory and, if given, this database.
pub fn nomina_in(data: &Path, database: Option<&str>, args: &[&str]) -> (i32, String, String) {
    let mut all = args.to_vec();
    all.extend(["--data-dir", data.to_str().expect("UTF-8 temp path")]);
    if let Some(url) = database {
        all.extend(["--database", url]);
    }
    nomina(&all)
}

/// Creates an API key with `nomina keys create --role ROLE --name NAME` on this data
/// directory (and database) and returns its secret, the last line of stdout.
pub fn create_key(data: &Path, database: Option<&str>, role: &str, name: &str) -> String {
    let (code, stdout, stderr) = nomina_in(
        data,
        database,
        &["keys", "create", "--role", role, "--name", name],
    );
    assert_eq!(code, 0, "nomina keys create failed:\n{stdout}\n{stderr}");
    let key = stdout
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .unwrap_or("")
        .to_string();
    assert!(
        key.starts_with("nmn_"),
        "no key on the last line of stdout: {stdout:?}"
    );
    key
}

// -------------------------------------------------------------------------------------
// Long-running processes
// -------------------------------------------------------------------------------------

/// A child process killed (SIGKILL) and reaped when dropped, however the test ends.
pub struct ChildGuard(pub Child);

impl ChildGuard {
    /// Kills the process with SIGKILL and waits for it; harmless if it already ended.
    pub fn kill(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A running `nomina serve`. Its stderr (the log) is drained for its whole life, so it
/// never blocks on a full pipe; the last lines are printed if the test fails. It is killed
/// with SIGKILL when dropped.
pub struct Server {
    process: ChildGuard,
    /// `http://127.0.0.1:PORT`, as the server printed it.
    pub base: String,
    /// Every line the server wrote to stderr so far.
    log: Arc<Mutex<Vec<String>>>,
}

impl Server {
    /// `nomina serve --addr 127.0.0.1:0 --data-dir DATA ARGS…` (the port is free, chosen by
    /// the server), for callers that want to set more (e.g. the environment) before
    /// [`Server::spawn`].
    pub fn command(data: &Path, args: &[&str]) -> Command {
        let mut cmd = command();
        cmd.args(["serve", "--addr", "127.0.0.1:0", "--data-dir"])
            .arg(data)
            .args(args);
        cmd
    }

    /// Starts `nomina serve` on a free port with these extra arguments and waits until it
    /// is listening.
    pub fn start(data: &Path, args: &[&str]) -> Server {
        Server::spawn(Server::command(data, args))
    }

    /// Starts a `nomina serve` command (see [`Server::command`]) and waits, up to
    /// [`START_TIMEOUT`], for the line `listening on http://ADDR` on its stderr. Panics if
    /// it exits first, with what it wrote to stderr.
    pub fn spawn(mut cmd: Command) -> Server {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start nomina serve");
        let stderr = child.stderr.take().expect("server stderr");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = mpsc::channel::<String>();
        {
            let log = Arc::clone(&log);
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines() {
                    let Ok(line) = line else { break };
                    if let Ok(mut l) = log.lock() {
                        l.push(line.clone());
                    }
                    // Nobody listens once the server is up; the log goes on regardless.
                    let _ = tx.send(line);
                }
            });
        }
        let mut server = Server {
            process: ChildGuard(child),
            base: String::new(),
            log,
        };
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) => {
                    if let Some(at) = line.find("listening on http://") {
                        let url = line[at + "listening on ".len()..]
                            .split_whitespace()
                            .next()
                            .unwrap_or("");
                        server.base = url.trim_end_matches('/').to_string();
                        return server;
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    panic!("nomina serve did not say \"listening on\" within {START_TIMEOUT:?}")
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    let status = match server.process.0.wait() {
                        Ok(s) => s.to_string(),
                        Err(e) => format!("status unknown: {e}"),
                    };
                    let stderr = std::mem::take(&mut *server.log.lock().unwrap()).join("\n");
                    panic!("nomina serve exited before listening ({status}):\n{stderr}")
                }
            }
        }
    }

    /// The full URL of `path` (which starts with `/`) on this server.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Kills the server with SIGKILL (`kill -9`) and reaps it.
    pub fn kill(&mut self) {
        self.process.kill();
    }

    /// The exit status if the server has already ended, without waiting.
    pub fn try_wait(&mut self) -> Option<ExitStatus> {
        self.process.0.try_wait().ok().flatten()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
        if std::thread::panicking() {
            let lines = self.log.lock().map(|l| l.clone()).unwrap_or_default();
            if lines.is_empty() {
                return;
            }
            let start = lines.len().saturating_sub(LOG_TAIL);
            eprintln!(
                "--- last {} lines of nomina serve stderr ---",
                lines.len() - start
            );
            for l in &lines[start..] {
                eprintln!("{l}");
            }
        }
    }
}

// -------------------------------------------------------------------------------------
// HTTP
// -------------------------------------------------------------------------------------

/// An HTTP client for the tests: 5 s to connect, 60 s for a whole request.
pub fn agent() -> ureq::Agent {
    ureq::AgentBuilder::new()
        .timeout_connect(Duration::from_secs(5))
        .timeout(Duration::from_secs(60))
        .build()
}

/// Sends one request (`Authorization: Bearer KEY` when a key is given, a JSON body when one
/// is given) and returns (status, `Retry-After` header, body text), whatever the status.
#[allow(dead_code)]
pub fn request(
    method: &str,
    url: &str,
    key: Option<&str>,
    body: Option<&serde_json::Value>,
) -> (u16, Option<String>, String) {
    let mut req = agent().request(method, url);
    if let Some(k) = key {
        req = req.set("Authorization", &format!("Bearer {k}"));
    }
    let result = match body {
        Some(b) => req.send_json(b.clone()),
        None => req.call(),
    };
    let resp = match result {
        Ok(r) => r,
        Err(ureq::Error::Status(_, r)) => r,
        Err(e) => panic!("{method} {url}: {e}"),
    };
    let status = resp.status();
    let retry_after = resp.header("retry-after").map(str::to_string);
    (status, retry_after, resp.into_string().unwrap_or_default())
}

/// The PostgreSQL server of the tests that run only when `NOMINA_TEST_POSTGRES_URL` was set
/// as they were built (`has_postgres`, see `crates/cli/build.rs`).
#[allow(dead_code)]
pub fn postgres_url() -> String {
    std::env::var("NOMINA_TEST_POSTGRES_URL").expect(
        "NOMINA_TEST_POSTGRES_URL was set when the tests were built and is needed to run them",
    )
}

/// A path inside the repository, for the real list files the tests screen against.
#[allow(dead_code)]
pub fn repo(rel: &str) -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
        .display()
        .to_string()
}
