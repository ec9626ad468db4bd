//! The OpenAPI document, generated from the handlers' annotations. A copy is committed as
//! `docs/openapi.json`; a test fails when the two differ.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "nomina",
        description = "Sanctions and watchlist screening: names, documents and payments against the UN, OFAC, EU and UK lists, with an audit trail, alerts and decisions.",
        license(name = "Apache-2.0")
    ),
    paths(
        crate::api::screen::screen,
        crate::api::scan::scan,
        crate::api::entities::entity,
        crate::api::lists::lists,
        crate::api::lists::diff,
        crate::api::lists::reload_now,
        crate::api::alerts::list,
        crate::api::alerts::get,
        crate::api::alerts::decide,
        crate::api::alert_queue::assign,
        crate::api::alert_queue::decide_many,
        crate::api::alert_queue::confirm,
        crate::api::alert_queue::add_note,
        crate::api::alert_queue::case_csv,
        crate::api::alert_queue::daily_stats,
        crate::api::alert_queue::export_csv,
        crate::api::alert_groups::list,
        crate::api::alerts::programmes,
        crate::api::alert_comparison::comparison,
        crate::api::audit::records,
        crate::api::audit::verify,
        crate::api::customers::put,
        crate::api::customers::bulk,
        crate::api::customers::get,
        crate::api::customers::delete,
        crate::api::monitoring::runs,
        crate::api::monitoring::rescreen,
        crate::compat::yente_match,
        crate::compat::yente::search,
        crate::compat::yente::entity,
        crate::compat::yente::adjacent,
        crate::compat::yente::catalog,
        crate::compat::yente::algorithms,
        crate::compat::watchman_search,
        crate::compat::watchman::listinfo,
        crate::compat::watchman::ping,
        crate::ops::healthz,
        crate::ops::readyz,
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "screening", description = "Names, documents and payment messages"),
        (name = "lists", description = "Lists in force, entities, diffs"),
        (name = "alerts", description = "The analysts' queue"),
        (name = "audit", description = "The hash-chained audit log"),
        (name = "monitoring", description = "The customer base and its re-screening on list changes"),
        (name = "compatibility", description = "yente and watchman compatible endpoints"),
        (name = "operations", description = "Health and readiness"),
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        if let Some(c) = openapi.components.as_mut() {
            c.add_security_scheme(
                "bearer",
                SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
            );
        }
    }
}

/// The OpenAPI document.
pub fn document() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_string();
    doc
}

/// The document as pretty JSON, as committed in `docs/openapi.json`.
pub fn document_json() -> String {
    let mut s = serde_json::to_string_pretty(&document()).unwrap_or_default();
    s.push('\n');
    s
}
