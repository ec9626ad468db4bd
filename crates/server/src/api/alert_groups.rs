//! The alert queue grouped by customer and party: the hits of one screened customer on the
//! listings of one party across lists (UN QDe.019, OFAC 6935 and UK 7029 are one party) are
//! one group, decided together.

use crate::api::alerts::AlertQuery;
use crate::auth::Caller;
use crate::error::{blocking, ApiError, ErrorBody};
use crate::lists::ListSet;
use crate::state::AppState;
use axum::extract::{Query, State};
use axum::Json;
use nomina_store::{Alert, AlertSort, AlertStatus, Role};
use serde::Serialize;
use std::collections::BTreeMap;

/// Most alerts grouped in one request: a larger queue must be narrowed by a filter first.
/// Each alert is read whole (with its entity snapshot), so this bounds the request's memory.
pub const MAX_GROUPED_ALERTS: usize = 10_000;

/// Groups on a page when `limit` is absent.
const DEFAULT_GROUPS: usize = 50;
/// Most groups on a page.
const MAX_GROUPS: usize = 500;

/// One listing of a group: an alert on one list's record of the party.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct GroupListing {
    /// The alert.
    pub alert_id: i64,
    /// The listed entity's key (`un:QDe.019`).
    pub entity: String,
    /// The listed entity's primary name when the alert was raised.
    pub entity_name: String,
    /// The list: the key's prefix before `:` (`un`, `ofac`...).
    pub list: String,
    /// The entity's programmes or regimes.
    pub programmes: Vec<String>,
    /// The hit's score.
    pub score: f64,
    /// The alert's status.
    #[schema(value_type = String)]
    pub status: AlertStatus,
    /// The analyst working it, if assigned.
    pub assignee: Option<String>,
    /// A true match proposed and awaiting a second analyst's confirmation.
    pub pending_confirmation: bool,
}

/// The alerts of one customer on one party, best score first.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct AlertGroup {
    /// Identifies the group on this page and in cursors: `customer` and `party`.
    pub key: String,
    /// The screened customer's reference, when the screening gave one.
    pub reference: Option<String>,
    /// The screened name of the best listing's alert.
    pub query: String,
    /// The party (`party:…`) when its listings are linked across lists; absent for a
    /// listing no other list links to.
    pub party: Option<String>,
    /// The best listing's primary name.
    pub name: String,
    /// The best score of the group.
    pub best_score: f64,
    /// The listings, best score first (equal scores: newest alert first).
    pub listings: Vec<GroupListing>,
}

/// A page of groups.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct AlertGroupList {
    /// Groups, best score first (equal scores: by key).
    pub groups: Vec<AlertGroup>,
    /// Groups over every page.
    pub total: u64,
    /// Alerts in those groups, over every page.
    pub alerts: u64,
    /// Alerts per status, over all alerts (as on `/v1/alerts`).
    pub counts: BTreeMap<String, u64>,
    /// Pass as `cursor` for the next page; absent on the last page.
    pub next_cursor: Option<String>,
}

/// Who was screened: the reference, or for a screening without one, the screening and the
/// screened name (two unreferenced screenings are never one customer).
fn customer_of(alert: &Alert) -> String {
    match &alert.reference {
        Some(r) => format!("ref:{r}"),
        None => format!("screening:{}:{}", alert.screening_id, alert.query),
    }
}

/// The party of a listing: its cross-list party id, or the listing itself.
fn party_of(set: Option<&ListSet>, entity: &str) -> Option<String> {
    set.and_then(|s| s.parties.of(entity)).map(|p| p.id.clone())
}

/// The list of an entity key: its prefix before `:`.
fn list_of(entity: &str) -> String {
    entity.split_once(':').map_or("", |(l, _)| l).to_string()
}

fn listing(a: &Alert) -> GroupListing {
    GroupListing {
        alert_id: a.id,
        entity: a.entity.clone(),
        entity_name: a.entity_name.clone(),
        list: list_of(&a.entity),
        programmes: a.programmes.clone(),
        score: a.score,
        status: a.status,
        assignee: a.assignee.clone(),
        pending_confirmation: a.pending_confirmation(),
    }
}

/// Best score first, equal scores newest alert first.
fn by_score(a: &Alert, b: &Alert) -> std::cmp::Ordering {
    b.score.total_cmp(&a.score).then(b.id.cmp(&a.id))
}

/// Groups alerts by customer and party (`party` gives a listing's party, if linked),
/// listings best first, groups best score first then by key.
pub fn group_alerts(alerts: &[Alert], party: impl Fn(&str) -> Option<String>) -> Vec<AlertGroup> {
    let mut groups: BTreeMap<String, (AlertGroup, Vec<&Alert>)> = BTreeMap::new();
    for a in alerts {
        let party_id = party(&a.entity);
        let who = customer_of(a);
        let key = format!("{who}|{}", party_id.as_deref().unwrap_or(&a.entity));
        let entry = groups.entry(key.clone()).or_insert_with(|| {
            let group = AlertGroup {
                key,
                reference: a.reference.clone(),
                query: String::new(),
                party: party_id,
                name: String::new(),
                best_score: f64::NEG_INFINITY,
                listings: Vec::new(),
            };
            (group, Vec::new())
        });
        entry.1.push(a);
    }
    let mut out: Vec<AlertGroup> = groups
        .into_values()
        .map(|(mut group, mut members)| {
            members.sort_by(|a, b| by_score(a, b));
            if let Some(best) = members.first() {
                group.best_score = best.score;
                group.name = best.entity_name.clone();
                group.query = best.query.clone();
            }
            group.listings = members.into_iter().map(listing).collect();
            group
        })
        .collect();
    out.sort_by(|a, b| {
        b.best_score
            .total_cmp(&a.best_score)
            .then(a.key.cmp(&b.key))
    });
    out
}

/// The cursor after `group`: `g:SCORE:KEY`.
fn cursor_of(group: &AlertGroup) -> String {
    format!("g:{}:{}", group.best_score, group.key)
}

/// Reads a cursor of [`cursor_of`]: the best score and key of the last group seen.
fn parse_cursor(c: &str) -> Option<(f64, String)> {
    let (score, key) = c.strip_prefix("g:")?.split_once(':')?;
    let score = score.parse::<f64>().ok().filter(|s| s.is_finite())?;
    Some((score, key.to_string()))
}

/// Whether `group` comes after the cursor's group in the order of [`group_alerts`].
fn after(group: &AlertGroup, (score, key): &(f64, String)) -> bool {
    group.best_score < *score || (group.best_score == *score && group.key.as_str() > key.as_str())
}

/// The page of `groups` after `cursor`, at most `limit`, and the next page's cursor.
pub fn page(
    groups: Vec<AlertGroup>,
    cursor: Option<&(f64, String)>,
    limit: usize,
) -> (Vec<AlertGroup>, Option<String>) {
    let mut rest: Vec<AlertGroup> = groups
        .into_iter()
        .filter(|g| cursor.is_none_or(|c| after(g, c)))
        .collect();
    if rest.len() > limit {
        rest.truncate(limit);
        let next = rest.last().map(cursor_of);
        (rest, next)
    } else {
        (rest, None)
    }
}

/// Refuses more alerts than [`MAX_GROUPED_ALERTS`] with a 422 asking to narrow the filter.
fn groupable(alerts: usize) -> Result<(), ApiError> {
    if alerts > MAX_GROUPED_ALERTS {
        return Err(ApiError::invalid(format!(
            "filter: matches more than {MAX_GROUPED_ALERTS} alerts, too many to group at \
             once; narrow it (status, list, programme, created_after...)"
        )));
    }
    Ok(())
}

/// The group query's cursor, sort and limit checked: groups are ordered by best score only.
fn group_paging(q: &AlertQuery) -> Result<(Option<(f64, String)>, usize), ApiError> {
    if let Some(sort) = q.sort.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        if AlertSort::parse(sort) != Some(AlertSort::Score) {
            return Err(ApiError::invalid(format!(
                "sort: {sort:?}: groups are ordered by best score only (sort=score or none)"
            )));
        }
    }
    let cursor = match q.cursor.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(c) => Some(parse_cursor(c).ok_or_else(|| {
            ApiError::invalid(format!(
                "cursor: {c:?} is not a group cursor (use next_cursor from the previous page)"
            ))
        })?),
    };
    let limit = match q.limit {
        None => DEFAULT_GROUPS,
        Some(n) if (1..=MAX_GROUPS).contains(&n) => n,
        Some(n) => {
            return Err(ApiError::invalid(format!(
                "limit: {n} groups; from 1 to {MAX_GROUPS}"
            )))
        }
    };
    Ok((cursor, limit))
}

/// The queue grouped by customer and party: one group per (customer reference, party)
/// with every listing inside, best score first.
#[utoipa::path(
    get,
    path = "/v1/alerts/groups",
    tag = "alerts",
    params(AlertQuery),
    responses(
        (status = 200, description = "A page of groups", body = AlertGroupList),
        (status = 422, description = "Bad filter, cursor, sort or limit; or more alerts than can be grouped at once", body = ErrorBody),
    ),
    security(("bearer" = []))
)]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Query(q): Query<AlertQuery>,
) -> Result<Json<AlertGroupList>, ApiError> {
    caller.require(Role::Analyst)?;
    let (cursor, limit) = group_paging(&q)?;
    let mut filter = q.filter()?;
    filter.sort = AlertSort::Newest;
    filter.limit = MAX_GROUPED_ALERTS + 1;
    let store = state.store.clone();
    let (alerts, counts) =
        blocking(move || Ok((store.alerts(&filter)?, store.alert_counts()?))).await?;
    groupable(alerts.len())?;
    let lists = state.lists.load();
    let set = lists.set.as_deref();
    let groups = group_alerts(&alerts, |entity| party_of(set, entity));
    let total = groups.len() as u64;
    let (groups, next_cursor) = page(groups, cursor.as_ref(), limit);
    Ok(Json(AlertGroupList {
        groups,
        total,
        alerts: alerts.len() as u64,
        counts: counts
            .into_iter()
            .map(|(s, n)| (s.as_str().to_string(), n))
            .collect(),
        next_cursor,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alert(id: i64, reference: &str, entity: &str, score: f64) -> Alert {
        Alert {
            id,
            created: 0,
            status: AlertStatus::Open,
            reference: Some(reference.into()),
            query: "Jaish".into(),
            entity: entity.into(),
            entity_name: format!("name of {entity}"),
            score,
            screening_id: "scr".into(),
            entity_fingerprint: String::new(),
            entity_snapshot: String::new(),
            reason: None,
            delisted: None,
            assignee: None,
            proposal: None,
            programmes: vec![],
            decisions: vec![],
        }
    }

    fn party(entity: &str) -> Option<String> {
        ["un:QDe.019", "ofac:6935", "uk:7029"]
            .contains(&entity)
            .then(|| "party:ofac:6935".to_string())
    }

    #[test]
    fn one_group_per_customer_and_party() {
        let alerts = [
            alert(1, "c1", "un:QDe.019", 0.90),
            alert(2, "c1", "ofac:6935", 0.97),
            alert(3, "c1", "uk:7029", 0.90),
            alert(4, "c2", "un:QDe.019", 0.99),
            alert(5, "c1", "eu:42", 0.95),
        ];
        let groups = group_alerts(&alerts, party);
        let shape: Vec<(Option<&str>, Vec<i64>)> = groups
            .iter()
            .map(|g| {
                let ids = g.listings.iter().map(|l| l.alert_id).collect();
                (g.reference.as_deref(), ids)
            })
            .collect();
        assert_eq!(
            shape,
            vec![
                (Some("c2"), vec![4]),
                (Some("c1"), vec![2, 3, 1]),
                (Some("c1"), vec![5]),
            ]
        );
        assert_eq!(groups[1].party.as_deref(), Some("party:ofac:6935"));
        assert_eq!(groups[1].best_score, 0.97);
        assert_eq!(groups[1].name, "name of ofac:6935");
        assert_eq!(groups[2].party, None, "a listing no other list links to");
        assert_eq!(groups[1].listings[1].list, "uk");
    }

    #[test]
    fn pages_follow_the_cursor_without_repeats() {
        let alerts: Vec<Alert> = (0..7)
            .map(|i| {
                alert(
                    i,
                    &format!("c{i}"),
                    "eu:1",
                    if i % 2 == 0 { 0.9 } else { 0.8 },
                )
            })
            .collect();
        let all = group_alerts(&alerts, |_| None);
        let mut seen = Vec::new();
        let mut cursor = None;
        loop {
            let (groups, next) = page(all.clone(), cursor.as_ref(), 3);
            seen.extend(groups.into_iter().map(|g| g.key));
            match next {
                Some(c) => cursor = Some(parse_cursor(&c).expect("a cursor")),
                None => break,
            }
        }
        let want: Vec<String> = all.iter().map(|g| g.key.clone()).collect();
        assert_eq!(seen, want);
    }

    #[test]
    fn a_queue_too_large_to_group_is_refused() {
        assert!(groupable(MAX_GROUPED_ALERTS).is_ok());
        let err = groupable(MAX_GROUPED_ALERTS + 1).expect_err("too many");
        assert_eq!(err.status, axum::http::StatusCode::UNPROCESSABLE_ENTITY);
        assert!(err.message.starts_with("filter:"), "{}", err.message);
    }

    #[test]
    fn a_bad_cursor_is_refused() {
        assert_eq!(parse_cursor("12"), None);
        assert_eq!(parse_cursor("g:x:ref:a|eu:1"), None);
        assert_eq!(
            parse_cursor("g:0.5:ref:a|eu:1"),
            Some((0.5, "ref:a|eu:1".to_string()))
        );
    }
}
