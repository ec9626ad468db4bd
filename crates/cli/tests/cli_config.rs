//! Misconfiguration is an error naming the option, never a silent fallback: a data
//! directory that does not exist, a lost `in-force.json`, a database URL of another kind,
//! a read-only command on a missing database, an empty export window.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nomina-cli-config-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs nomina with the audit key and head file in `dir`, no data directory or database
/// from the environment.
fn nomina(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_nomina"))
        .args(args)
        .env_remove("NOMINA_DATA_DIR")
        .env_remove("NOMINA_DATABASE_URL")
        .env("NOMINA_AUDIT_KEY_FILE", dir.join("audit.key"))
        .env("NOMINA_AUDIT_HEAD_FILE", dir.join("audit-head.jsonl"))
        .output()
        .expect("run nomina")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_misspelt_data_dir_is_an_error_not_the_bundled_lists() {
    let dir = temp_dir("datadir");
    let missing = dir.join("nomnia-data");
    let o = nomina(&dir, &["lists", "--data-dir", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("--data-dir") && err.contains("nomnia-data"),
        "{err}"
    );
    assert!(o.stdout.is_empty(), "nothing listed");

    let o = nomina(
        &dir,
        &[
            "screen",
            "Masood Azhar",
            "--data-dir",
            missing.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));

    // The same through the environment names the variable.
    let o = Command::new(env!("CARGO_BIN_EXE_nomina"))
        .arg("lists")
        .env("NOMINA_DATA_DIR", &missing)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("NOMINA_DATA_DIR"), "{}", stderr(&o));
}

#[test]
fn serve_on_a_misspelt_data_dir_refuses_to_start_and_creates_nothing() {
    let dir = temp_dir("serve-datadir");
    let missing = dir.join("nomnia-data");
    let o = nomina(
        &dir,
        &[
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--data-dir",
            missing.to_str().unwrap(),
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--data-dir"), "{}", stderr(&o));
    assert!(!missing.exists(), "no directory or database was created");
}

#[test]
fn keys_list_on_a_missing_directory_creates_nothing() {
    let dir = temp_dir("keys");
    let missing = dir.join("no-such");
    let o = nomina(
        &dir,
        &["keys", "list", "--data-dir", missing.to_str().unwrap()],
    );
    // A directory named on the command line that does not exist: exit 2, naming it.
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("--data-dir"), "{}", stderr(&o));
    assert!(!missing.exists(), "no directory or database was created");

    let o = nomina(
        &dir,
        &["audit", "verify", "--data-dir", missing.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(!missing.exists());

    // An existing directory without a database: exit 7, and still nothing created.
    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let o = nomina(
        &dir,
        &["keys", "list", "--data-dir", empty.to_str().unwrap()],
    );
    assert_eq!(o.status.code(), Some(7), "{}", stderr(&o));
    assert!(stderr(&o).contains("no database here"), "{}", stderr(&o));
    assert!(!empty.join("nomina.db").exists(), "no database was created");
}

#[test]
fn a_database_url_of_another_kind_is_refused() {
    let dir = temp_dir("scheme");
    let o = nomina(
        &dir,
        &[
            "keys",
            "create",
            "--role",
            "screen",
            "--data-dir",
            dir.to_str().unwrap(),
            "--database",
            "mysql://x",
        ],
    );
    assert_eq!(o.status.code(), Some(7), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("unsupported scheme \"mysql\""),
        "{}",
        stderr(&o)
    );
    assert!(!dir.join("mysql:").exists() && !Path::new("mysql:").exists());
}

#[test]
fn an_export_window_that_ends_before_it_starts_is_refused() {
    let dir = temp_dir("window");
    let data = dir.to_str().unwrap();
    let o = nomina(
        &dir,
        &["keys", "create", "--role", "admin", "--data-dir", data],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let o = nomina(
        &dir,
        &[
            "audit",
            "export",
            "--from",
            "2026-02-01",
            "--to",
            "2026-01-01",
            "--data-dir",
            data,
        ],
    );
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("--from 2026-02-01") && stderr(&o).contains("later than --to"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_deleted_in_force_file_is_an_error_not_the_bundled_lists() {
    let dir = temp_dir("inforce");
    let data = dir.join("data");
    let version = data.join("versions").join("un").join("2026-02-27-00000000");
    std::fs::create_dir_all(&version).unwrap();
    std::fs::write(version.join("manifest.json"), "{}").unwrap();
    let o = nomina(&dir, &["lists", "--data-dir", data.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(3), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("in-force.json") && err.contains("missing") && err.contains("update --force"),
        "{err}"
    );
}
