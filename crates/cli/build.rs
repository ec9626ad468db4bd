//! Build script: tells the integration tests which outside programs this machine has, so
//! that a test that cannot run here is reported by the test harness as *ignored*, with its
//! reason, and never as passed.
//!
//! `has_chromium`: `/usr/bin/chromium` and `/usr/bin/chromedriver` exist (the web UI test).
//! `has_postgres`: `NOMINA_TEST_POSTGRES_URL` names a PostgreSQL server for the service
//! tests (with `NOMINA_REQUIRE_POSTGRES=1`, CI, its absence fails the build).
//! `has_nats`: `nats-server` is on the PATH or in /usr/sbin (the payment stream test); with
//! `NOMINA_REQUIRE_NATS=1` (CI) its absence fails the build.
//! The check runs when the crate is built; after installing Chromium, rebuild the tests
//! (`touch crates/cli/build.rs`). With `NOMINA_REQUIRE_CHROMIUM=1` (CI) their absence fails
//! the build instead.

use std::path::Path;

/// Programs the web UI test drives.
const CHROMIUM_PROGRAMS: [&str; 2] = ["/usr/bin/chromium", "/usr/bin/chromedriver"];

/// Where `nats-server` is, if installed: the PATH, then Debian's /usr/sbin.
fn nats_server() -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain([Path::new("/usr/sbin").to_path_buf()])
        .map(|d| d.join("nats-server"))
        .find(|p| p.is_file())
}

fn main() {
    println!("cargo::rustc-check-cfg=cfg(has_nats)");
    println!("cargo::rerun-if-env-changed=NOMINA_REQUIRE_NATS");
    if nats_server().is_some() {
        println!("cargo::rustc-cfg=has_nats");
    } else if std::env::var("NOMINA_REQUIRE_NATS").as_deref() == Ok("1") {
        panic!(
            "NOMINA_REQUIRE_NATS=1 but nats-server is not installed (apt-get install nats-server)"
        );
    }
    println!("cargo::rustc-check-cfg=cfg(has_chromium)");
    println!("cargo::rustc-check-cfg=cfg(has_postgres)");
    println!("cargo::rerun-if-env-changed=NOMINA_TEST_POSTGRES_URL");
    println!("cargo::rerun-if-env-changed=NOMINA_REQUIRE_POSTGRES");
    if std::env::var_os("NOMINA_TEST_POSTGRES_URL").is_some_and(|v| !v.is_empty()) {
        println!("cargo::rustc-cfg=has_postgres");
    } else if std::env::var("NOMINA_REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("NOMINA_REQUIRE_POSTGRES=1 but NOMINA_TEST_POSTGRES_URL is not set");
    }
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-env-changed=NOMINA_REQUIRE_CHROMIUM");
    if CHROMIUM_PROGRAMS.iter().all(|p| Path::new(p).exists()) {
        println!("cargo::rustc-cfg=has_chromium");
    } else if std::env::var("NOMINA_REQUIRE_CHROMIUM").as_deref() == Ok("1") {
        panic!(
            "NOMINA_REQUIRE_CHROMIUM=1 but {} are not all installed",
            CHROMIUM_PROGRAMS.join(" and ")
        );
    }
}
