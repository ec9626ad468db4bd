//! `nomina audit` and `nomina keys` as an operator runs them: the keyed audit chain, the
//! head file and `audit verify --head`, and misconfigured databases and directories.

use std::path::PathBuf;
use std::process::{Command, Output};

/// A data directory, audit key and head file of one test, removed afterwards.
struct Setup {
    root: PathBuf,
}

impl Setup {
    fn new(name: &str) -> Setup {
        let root =
            std::env::temp_dir().join(format!("nomina-cli-audit-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("data")).unwrap();
        Setup { root }
    }

    fn data(&self) -> PathBuf {
        self.root.join("data")
    }

    fn key(&self) -> PathBuf {
        self.root.join("secrets").join("audit.key")
    }

    fn heads(&self) -> PathBuf {
        self.root.join("shipped").join("audit-head.jsonl")
    }

    /// Runs nomina on this setup's data directory, key and head file.
    fn nomina(&self, args: &[&str]) -> Output {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_nomina"));
        cmd.args(args)
            .env("NOMINA_DATA_DIR", self.data())
            .env("NOMINA_AUDIT_KEY_FILE", self.key())
            .env("NOMINA_AUDIT_HEAD_FILE", self.heads())
            .env_remove("NOMINA_DATABASE_URL");
        cmd.output().expect("run nomina")
    }
}

impl Drop for Setup {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status.code(),
        text(&o.stderr)
    );
    text(&o.stdout)
}

fn create_key(s: &Setup, name: &str) {
    ok(&s.nomina(&["keys", "create", "--role", "screen", "--name", name]));
}

#[test]
fn the_key_file_is_created_private_and_the_head_file_written() {
    let s = Setup::new("files");
    create_key(&s, "a");
    let key = std::fs::read_to_string(s.key()).unwrap();
    assert!(key.starts_with("nomina-audit-key-v1\n"), "{key}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(s.key()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
    let heads = std::fs::read_to_string(s.heads()).unwrap();
    assert!(heads.lines().any(|l| l.contains("\"seq\":1")), "{heads}");
    let out = ok(&s.nomina(&["audit", "verify", "--head", s.heads().to_str().unwrap()]));
    assert!(out.starts_with("audit log intact: 1 records"), "{out}");
    assert!(out.contains("keyed from record 1"), "{out}");
    assert!(out.contains("recorded heads match"), "{out}");
}

/// Restoring an older copy of the database (the newest records gone): the chain alone
/// still verifies, the head file does not.
#[test]
fn verify_with_the_head_file_detects_truncation() {
    let s = Setup::new("truncate");
    create_key(&s, "a");
    let db = s.data().join("nomina.db");
    let backup = s.root.join("nomina.db.bak");
    std::fs::copy(&db, &backup).unwrap();
    create_key(&s, "b");
    create_key(&s, "c");
    std::fs::copy(&backup, &db).unwrap();

    let out = ok(&s.nomina(&["audit", "verify"]));
    assert!(out.starts_with("audit log intact: 1 records"), "{out}");

    let o = s.nomina(&["audit", "verify", "--head", s.heads().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(8), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("the log was truncated") && err.contains("recorded record 3"),
        "{err}"
    );
}

#[test]
fn verify_names_a_missing_or_damaged_head_file() {
    let s = Setup::new("headfile");
    create_key(&s, "a");
    let missing = s.root.join("nope.jsonl");
    let o = s.nomina(&["audit", "verify", "--head", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("nope.jsonl"),
        "{}",
        text(&o.stderr)
    );

    let damaged = s.root.join("damaged.jsonl");
    std::fs::write(&damaged, "{\"chain\":\n").unwrap();
    let o = s.nomina(&["audit", "verify", "--head", damaged.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(8), "{}", text(&o.stderr));
    assert!(
        text(&o.stderr).contains("damaged.jsonl: line 1"),
        "{}",
        text(&o.stderr)
    );
}

#[test]
fn an_unreadable_key_file_stops_the_command() {
    let s = Setup::new("badkey");
    std::fs::create_dir_all(s.key().parent().unwrap()).unwrap();
    std::fs::write(s.key(), "not a key\n").unwrap();
    let o = s.nomina(&["keys", "create", "--role", "screen"]);
    assert_eq!(o.status.code(), Some(7), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(
        err.contains("audit.key") && err.contains("not a nomina audit key"),
        "{err}"
    );
}
