//! The committed OpenAPI document (`docs/openapi.json`) is the one the code generates.
//! After changing an endpoint, regenerate it with
//! `NOMINA_UPDATE_OPENAPI=1 cargo test -p nomina-server --test openapi`.

use std::path::PathBuf;

#[test]
fn committed_openapi_document_is_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../docs/openapi.json");
    let generated = nomina_server::openapi::document_json();
    if std::env::var("NOMINA_UPDATE_OPENAPI").as_deref() == Ok("1") {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "docs/openapi.json is out of date: run NOMINA_UPDATE_OPENAPI=1 cargo test -p nomina-server --test openapi"
    );
}

#[test]
fn document_covers_the_contract() {
    let doc: serde_json::Value =
        serde_json::from_str(&nomina_server::openapi::document_json()).unwrap();
    for (path, method) in [
        ("/v1/screen", "post"),
        ("/v1/scan", "post"),
        ("/v1/entities/{key}", "get"),
        ("/v1/lists", "get"),
        ("/v1/lists/diff", "get"),
        ("/match/{dataset}", "post"),
        ("/v2/search", "get"),
        ("/healthz", "get"),
        ("/readyz", "get"),
    ] {
        assert!(
            doc["paths"][path][method].is_object(),
            "{method} {path} missing"
        );
    }
    assert!(doc["components"]["schemas"]["ScreenRequest"].is_object());
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}
