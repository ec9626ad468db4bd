//! An alert side by side: the screened customer's attributes next to the listed entity's,
//! each row with the verdict of the matcher's own evidence (never re-computed here).
//!
//! The customer is the stored customer when the alert has a reference the customer base
//! holds, else the query of the screening that raised the alert (from its audit record),
//! else only the screened name. The verdicts come from screening the customer's query
//! against an index of the one listed entity: the [`nomina_match::Evidence`] of that hit is
//! what screening itself reports.

use crate::api::screen::ScreenRequest;
use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::monitoring::customers::queries;
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::Json;
use nomina_match::{Evidence, Finding, Hit, Matcher, Query};
use nomina_model::Entity;
use nomina_store::{Alert, AuditRecord, Customer, Role, Store};
use serde::Serialize;

/// Where the customer's side comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CustomerSource {
    /// The customer base, by the alert's reference.
    Customer,
    /// The query of the screening that raised the alert.
    Screening,
    /// Only the screened name the alert holds.
    Alert,
}

/// Where the listed side comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ListedSource {
    /// The lists in force.
    Lists,
    /// The entity as it was when the alert was raised (no longer listed).
    Snapshot,
}

/// How one attribute of the customer compares with the listed entity's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The matcher found them in agreement.
    Agrees,
    /// The matcher found them in contradiction.
    Contradicts,
    /// Nothing to compare, or nothing decisive either way.
    Unknown,
}

/// One attribute, both sides.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ComparisonRow {
    /// `name`, `type`, `dob`, `country`, `identifier` or `programme`.
    pub attribute: &'static str,
    /// The customer's values (text, never markup).
    pub customer: Vec<String>,
    /// The listed entity's values.
    pub listed: Vec<String>,
    /// The matcher's verdict.
    pub verdict: Verdict,
    /// The matcher's own words for it, when it compared them.
    pub detail: Option<String>,
}

/// An alert's comparison.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Comparison {
    /// The alert.
    pub alert_id: i64,
    /// Where the customer's side comes from.
    pub customer_source: CustomerSource,
    /// Where the listed side comes from.
    pub listed_source: ListedSource,
    /// The listed entity's key.
    pub entity: String,
    /// One row per attribute.
    pub rows: Vec<ComparisonRow>,
}

/// The customer as the screening asked about it: the request's query for this alert.
fn screened_query(alert: &Alert, audit: &[AuditRecord]) -> Option<Customer> {
    audit
        .iter()
        .filter(|r| r.kind == "screen")
        .filter_map(|r| serde_json::from_str::<serde_json::Value>(&r.payload).ok())
        .filter_map(|p| serde_json::from_value::<ScreenRequest>(p["request"].clone()).ok())
        .flat_map(|req| req.queries)
        .find(|q| q.name == alert.query && q.reference == alert.reference)
        .map(|q| Customer {
            reference: q.reference.unwrap_or_default(),
            names: vec![q.name],
            entity_type: q.entity_type,
            dob: q.dob,
            country: q.country,
            identifiers: q.identifiers,
            updated: 0,
        })
}

/// The customer's side of an alert and where it comes from.
fn customer_side(store: &dyn Store, alert: &Alert) -> Result<(Customer, CustomerSource), ApiError> {
    if let Some(reference) = &alert.reference {
        if let Some(c) = store.customer(reference)? {
            return Ok((c, CustomerSource::Customer));
        }
    }
    let audit = store.audit_of(&alert.screening_id)?;
    if let Some(c) = screened_query(alert, &audit) {
        return Ok((c, CustomerSource::Screening));
    }
    let only_name = Customer {
        reference: alert.reference.clone().unwrap_or_default(),
        names: vec![alert.query.clone()],
        entity_type: None,
        dob: None,
        country: None,
        identifiers: Vec::new(),
        updated: 0,
    };
    Ok((only_name, CustomerSource::Alert))
}

/// The listed entity: as listed now, else as it was when the alert was raised.
fn listed_side(state: &AppState, alert: &Alert) -> Result<(Entity, ListedSource), ApiError> {
    let lists = state.lists.load();
    if let Some((e, _)) = lists.set.as_ref().and_then(|s| s.entity(&alert.entity)) {
        return Ok((e.clone(), ListedSource::Lists));
    }
    serde_json::from_str::<Entity>(&alert.entity_snapshot)
        .map(|e| (e, ListedSource::Snapshot))
        .map_err(|_| {
            ApiError::not_found(format!(
                "alert {}: entity {} is no longer listed and the alert holds no snapshot of it",
                alert.id, alert.entity
            ))
        })
}

/// The best hit of any of `queries` on the one-entity `matcher`.
fn best_hit(matcher: &Matcher, queries: &[Query]) -> Option<Hit> {
    queries
        .iter()
        .filter_map(|q| matcher.screen(q, 0.0, 1).ok())
        .flatten()
        .max_by(|a, b| a.score.total_cmp(&b.score))
}

/// What the matcher says of the customer against the entity: the best hit of the
/// customer's names (for the name verdict), and the evidence of the other attributes —
/// taken with the entity's own primary name when no name of the customer's hits at all
/// (evidence never depends on the name).
fn matcher_view(entity: &Entity, queries: &[Query]) -> (Option<Hit>, Evidence) {
    let matcher = Matcher::build_from(Vec::new(), std::iter::once(entity));
    let by_name = best_hit(&matcher, queries);
    let evidence = match &by_name {
        Some(hit) => hit.explanation.evidence.clone(),
        None => {
            let primary: Vec<Query> = queries
                .iter()
                .take(1)
                .map(|q| Query {
                    name: entity.primary_name().to_string(),
                    ..q.clone()
                })
                .collect();
            best_hit(&matcher, &primary)
                .map(|h| h.explanation.evidence)
                .unwrap_or_default()
        }
    };
    (by_name, evidence)
}

/// The verdict of one of the matcher's findings: a contradiction, an agreement (a match,
/// or a partial one the matcher counts in the hit's favour), or nothing decisive.
fn verdict_of(finding: Option<&Finding>) -> Verdict {
    match finding {
        Some(f) if f.outcome == "contradicts" => Verdict::Contradicts,
        Some(f) if f.outcome == "match" || f.adjustment > 0.0 => Verdict::Agrees,
        _ => Verdict::Unknown,
    }
}

/// The name verdict: the names agree when the name score alone reaches the service's
/// alert threshold (what raises an alert), else nothing decisive.
fn name_row(
    customer: &Customer,
    entity: &Entity,
    hit: Option<&Hit>,
    threshold: f64,
) -> ComparisonRow {
    let (verdict, detail) = match hit {
        Some(h) => {
            let ex = &h.explanation;
            let verdict = if ex.name_score >= threshold {
                Verdict::Agrees
            } else {
                Verdict::Unknown
            };
            let detail = format!(
                "matches listed name {:?}, name score {:.3}",
                ex.matched_name, ex.name_score
            );
            (verdict, Some(detail))
        }
        None => (Verdict::Unknown, None),
    };
    ComparisonRow {
        attribute: "name",
        customer: customer.names.clone(),
        listed: entity.names.iter().map(|n| n.full.clone()).collect(),
        verdict,
        detail,
    }
}

/// A row from one of the matcher's findings.
fn finding_row(
    attribute: &'static str,
    customer: Vec<String>,
    listed: Vec<String>,
    finding: Option<&Finding>,
) -> ComparisonRow {
    ComparisonRow {
        attribute,
        customer,
        listed,
        verdict: verdict_of(finding),
        detail: finding.map(|f| f.detail.clone()),
    }
}

/// The listed dates of birth as the list gave them.
fn listed_dates(e: &Entity) -> Vec<String> {
    e.birth_dates
        .iter()
        .map(|b| match (&b.from, &b.to) {
            _ if !b.raw.trim().is_empty() => b.raw.clone(),
            (Some(f), Some(t)) if f != t => format!("{f} to {t}"),
            (Some(f), _) => f.to_string(),
            _ => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// Every country the matcher compares a queried country with: nationality, citizenship,
/// place of birth, address and flag.
fn listed_countries(e: &Entity) -> Vec<String> {
    let mut out: Vec<String> = nomina_match::compared_countries(e)
        .map(|c| match &c.code {
            Some(code) if *code != c.raw => format!("{} ({code})", c.raw),
            _ => c.raw.clone(),
        })
        .collect();
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert(c.clone()));
    out
}

/// The listed identifiers, each with its label.
fn listed_identifiers(e: &Entity) -> Vec<String> {
    e.identifiers
        .iter()
        .map(|i| {
            if i.label.trim().is_empty() {
                i.value.clone()
            } else {
                format!("{}: {}", i.label, i.value)
            }
        })
        .collect()
}

/// The side-by-side rows of a customer and a listed entity.
pub fn compare(customer: &Customer, entity: &Entity, threshold: f64) -> Vec<ComparisonRow> {
    let (hit, evidence) = matcher_view(entity, &queries(customer));
    let opt = |v: &Option<String>| v.iter().cloned().collect::<Vec<_>>();
    vec![
        name_row(customer, entity, hit.as_ref(), threshold),
        finding_row(
            "type",
            opt(&customer.entity_type),
            vec![entity.entity_type.as_str().to_string()],
            evidence.entity_type.as_deref(),
        ),
        finding_row(
            "dob",
            opt(&customer.dob),
            listed_dates(entity),
            evidence.dob.as_deref(),
        ),
        finding_row(
            "country",
            opt(&customer.country),
            listed_countries(entity),
            evidence.country.as_deref(),
        ),
        finding_row(
            "identifier",
            customer.identifiers.clone(),
            listed_identifiers(entity),
            evidence.identifier.as_deref(),
        ),
        finding_row("programme", Vec::new(), entity.programmes.clone(), None),
    ]
}

/// An alert side by side: the customer's attributes next to the listed entity's, with the
/// matcher's verdict on each.
#[utoipa::path(
    get,
    path = "/v1/alerts/{id}/comparison",
    tag = "alerts",
    params(("id" = i64, Path, description = "Alert id")),
    responses(
        (status = 200, description = "Both sides and a verdict per attribute", body = Comparison),
        (status = 404, description = "No such alert, or its entity is gone without a snapshot", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn comparison(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Json<Comparison>, ApiError> {
    caller.require(Role::Analyst)?;
    let threshold = state.config.alert_threshold;
    let body = blocking(move || {
        let alert = state.store.alert(id)?;
        let (customer, customer_source) = customer_side(&*state.store, &alert)?;
        let (entity, listed_source) = listed_side(&state, &alert)?;
        Ok(Comparison {
            alert_id: alert.id,
            customer_source,
            listed_source,
            entity: alert.entity.clone(),
            rows: compare(&customer, &entity, threshold),
        })
    })
    .await?;
    Ok(Json(body))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listed() -> Entity {
        let json = serde_json::json!({
            "key": "un:T.1",
            "source": "un",
            "type": "person",
            "names": [],
            "birth_dates": [{"from": "1970-01-02", "to": "1970-01-02", "raw": "2 Jan 1970"}],
            "nationalities": [{"code": "RU", "raw": "Russia"}],
            "identifiers": [{"kind": "passport", "label": "Passport", "value": "AB 123456"}],
            "programmes": ["UKRAINE-EO13660"],
        });
        let mut e: Entity = serde_json::from_value(json).expect("an entity");
        e.names = vec![nomina_model::Name::new(
            "Ivan Petrovich Sidorov",
            nomina_model::NameKind::Primary,
        )];
        e
    }

    fn customer(dob: &str, country: &str, ids: &[&str]) -> Customer {
        Customer {
            reference: "c1".into(),
            names: vec!["Ivan Petrovich Sidorov".into()],
            entity_type: Some("person".into()),
            dob: Some(dob.into()),
            country: Some(country.into()),
            identifiers: ids.iter().map(|s| s.to_string()).collect(),
            updated: 0,
        }
    }

    fn verdicts(rows: &[ComparisonRow]) -> Vec<(&'static str, Verdict)> {
        rows.iter().map(|r| (r.attribute, r.verdict)).collect()
    }

    #[test]
    fn agreement_and_contradiction_come_from_the_matchers_evidence() {
        let rows = compare(
            &customer("1970-01-02", "Russia", &["ab123456"]),
            &listed(),
            0.8,
        );
        assert_eq!(
            verdicts(&rows),
            vec![
                ("name", Verdict::Agrees),
                ("type", Verdict::Agrees),
                ("dob", Verdict::Agrees),
                ("country", Verdict::Agrees),
                ("identifier", Verdict::Agrees),
                ("programme", Verdict::Unknown),
            ]
        );
        assert_eq!(rows[2].listed, vec!["2 Jan 1970"]);
        assert_eq!(rows[3].listed, vec!["Russia (RU)"]);
        assert_eq!(rows[4].listed, vec!["Passport: AB 123456"]);
        assert_eq!(rows[5].listed, vec!["UKRAINE-EO13660"]);

        let rows = compare(
            &customer("1990-05-05", "France", &["XY999999"]),
            &listed(),
            0.8,
        );
        let v = verdicts(&rows);
        assert_eq!(v[2], ("dob", Verdict::Contradicts));
        assert_eq!(v[3], ("country", Verdict::Contradicts));
        assert_eq!(v[4], ("identifier", Verdict::Unknown), "another document");
        assert!(rows[2].detail.as_deref().unwrap_or("").contains("1990"));
    }

    #[test]
    fn evidence_without_a_matching_name_is_still_compared() {
        let mut c = customer("1970-01-02", "France", &[]);
        c.names = vec!["Zzyzx Qwertyuiop".into()];
        let rows = compare(&c, &listed(), 0.8);
        assert_eq!(rows[0].verdict, Verdict::Unknown, "the names do not match");
        assert_eq!(rows[2].verdict, Verdict::Agrees);
        assert_eq!(rows[3].verdict, Verdict::Contradicts);
    }

    #[test]
    fn nothing_given_is_unknown() {
        let c = Customer {
            reference: String::new(),
            names: vec!["Ivan Sidorov".into()],
            entity_type: None,
            dob: None,
            country: None,
            identifiers: Vec::new(),
            updated: 0,
        };
        let rows = compare(&c, &listed(), 0.8);
        assert!(
            rows[1..].iter().all(|r| r.verdict == Verdict::Unknown),
            "{rows:?}"
        );
    }
}
