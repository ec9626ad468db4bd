//! Build script: tells the tests whether a PostgreSQL server was named when they were
//! built, so that PostgreSQL tests that cannot run are reported by the test harness as
//! *ignored*, with the reason, never as passed.
//!
//! `has_postgres`: `NOMINA_TEST_POSTGRES_URL` is set. `has_postgres_tls`:
//! `NOMINA_TEST_POSTGRES_TLS_URL` is set. With `NOMINA_REQUIRE_POSTGRES=1` (CI) a missing
//! URL fails the build instead.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(has_postgres)");
    println!("cargo::rustc-check-cfg=cfg(has_postgres_tls)");
    println!("cargo::rerun-if-changed=build.rs");
    for var in [
        "NOMINA_TEST_POSTGRES_URL",
        "NOMINA_TEST_POSTGRES_TLS_URL",
        "NOMINA_REQUIRE_POSTGRES",
    ] {
        println!("cargo::rerun-if-env-changed={var}");
    }
    let set = |v: &str| std::env::var_os(v).is_some_and(|x| !x.is_empty());
    if set("NOMINA_TEST_POSTGRES_URL") {
        println!("cargo::rustc-cfg=has_postgres");
    } else if std::env::var("NOMINA_REQUIRE_POSTGRES").as_deref() == Ok("1") {
        panic!("NOMINA_REQUIRE_POSTGRES=1 but NOMINA_TEST_POSTGRES_URL is not set");
    }
    if set("NOMINA_TEST_POSTGRES_TLS_URL") {
        println!("cargo::rustc-cfg=has_postgres_tls");
    }
}
