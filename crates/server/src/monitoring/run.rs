//! Monitoring runs: a delta re-screen after a list change, a full re-screen, and the choice
//! between them.

use super::customers::{alert_inputs, screen, screen_all};
use super::delta::{change, CustomerIndex};
use super::Result;
use crate::lists::ListSet;
use nomina_model::{ListSnapshot, Source};
use nomina_store::{
    now_millis, AlertFilter, AlertStatus, Customer, MonitoringRun, NewMonitoringRun, RunKind, Store,
};
use serde_json::Value;
use std::collections::BTreeSet;
use std::sync::Arc;
use std::time::Instant;

/// Customers read from the store per page.
const PAGE: usize = 10_000;

/// Every customer, a page at a time, in reference order.
pub fn load_customers(store: &dyn Store) -> Result<Vec<Customer>> {
    let mut out: Vec<Customer> = Vec::new();
    loop {
        let after = out.last().map(|c| c.reference.clone());
        let page = store.customers_page(after.as_deref(), PAGE)?;
        let done = page.len() < PAGE;
        out.extend(page);
        if done {
            return Ok(out);
        }
    }
}

/// A new run id: `mon_<ms hex><random hex>`.
fn run_id() -> String {
    crate::api::new_screening_id().replacen("scr_", "mon_", 1)
}

/// `(source, sha256)` of each version in a stored versions array.
fn version_keys(v: &Value) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = v
        .as_array()
        .map(|a| {
            a.iter()
                .map(|x| {
                    let s = |k: &str| x[k].as_str().unwrap_or_default().to_string();
                    (s("source"), s("sha256"))
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn versions_json(set: &ListSet) -> Value {
    serde_json::to_value(set.versions()).unwrap_or(Value::Null)
}

/// Keys of queued alerts whose entity is no longer in force.
fn gone_entities(store: &dyn Store, set: &ListSet) -> Result<Vec<String>> {
    let queued = store.alerts(&AlertFilter {
        statuses: vec![AlertStatus::Open, AlertStatus::Escalated],
        ..Default::default()
    })?;
    let gone: BTreeSet<String> = queued
        .into_iter()
        .filter(|a| a.delisted.is_none() && set.entity(&a.entity).is_none())
        .map(|a| a.entity)
        .collect();
    Ok(gone.into_iter().collect())
}

/// What the caller of a run decides: the alert threshold and who runs it.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Hits at or above this score raise alerts.
    pub threshold: f64,
    /// Who, in the audit log (`system`, `cli`, `key:…`).
    pub actor: String,
}

/// Screens every customer against every list in force.
pub fn run_full(store: &dyn Store, set: &Arc<ListSet>, opts: &RunOptions) -> Result<MonitoringRun> {
    let started = now_millis();
    let clock = Instant::now();
    let from = last_versions(store)?;
    let customers = load_customers(store)?;
    let screened = screen_all(&set.matcher, &customers, opts.threshold)?;
    let mut alerts = Vec::new();
    for (c, hits) in customers.iter().zip(&screened) {
        alerts.extend(alert_inputs(store, set, &c.reference, hits)?);
    }
    let delisted = gone_entities(store, set)?;
    let run = MonitoringRun {
        kind: RunKind::Full,
        entities_screened: set.entity_count() as i64,
        candidates: customers.len() as i64,
        ..blank(started, from, set, customers.len(), alerts.len(), opts)
    };
    finish(store, run, clock, alerts, delisted)
}

/// Screens only the listed entities added or changed since `previous`, in reverse against
/// an index over the customer base; each candidate is then screened forward (as a full run
/// would) and only its hits on those entities count. Entities that left the lists mark
/// their queued alerts delisted.
pub fn run_delta(
    store: &dyn Store,
    set: &Arc<ListSet>,
    previous: &[ListSnapshot],
    from: Value,
    opts: &RunOptions,
) -> Result<MonitoringRun> {
    let started = now_millis();
    let clock = Instant::now();
    let change = change(previous, set);
    let customers = load_customers(store)?;
    let mut candidates = BTreeSet::new();
    if !change.screen.is_empty() && !customers.is_empty() {
        let index = CustomerIndex::build(&customers);
        for key in &change.screen {
            if let Some((e, _)) = set.entity(key) {
                candidates.extend(index.candidates(e));
            }
        }
    }
    let wanted: BTreeSet<&str> = change.screen.iter().map(String::as_str).collect();
    let mut alerts = Vec::new();
    for &i in &candidates {
        let c = &customers[i];
        let hits: Vec<_> = screen(&set.matcher, c, opts.threshold)?
            .into_iter()
            .filter(|(_, h)| wanted.contains(h.entity.as_str()))
            .collect();
        alerts.extend(alert_inputs(store, set, &c.reference, &hits)?);
    }
    let run = MonitoringRun {
        kind: RunKind::Delta,
        entities_screened: change.screen.len() as i64,
        candidates: candidates.len() as i64,
        ..blank(started, from, set, customers.len(), alerts.len(), opts)
    };
    finish(store, run, clock, alerts, change.removed)
}

fn blank(
    started: i64,
    from: Value,
    set: &ListSet,
    customers: usize,
    hits: usize,
    opts: &RunOptions,
) -> MonitoringRun {
    MonitoringRun {
        id: run_id(),
        kind: RunKind::Baseline,
        started,
        duration_ms: 0,
        from_versions: from,
        to_versions: versions_json(set),
        customers: customers as i64,
        entities_screened: 0,
        candidates: 0,
        hits: hits as i64,
        alerts_opened: 0,
        alerts_joined: 0,
        alerts_suppressed: 0,
        alerts_delisted: 0,
        actor: opts.actor.clone(),
    }
}

fn finish(
    store: &dyn Store,
    mut run: MonitoringRun,
    clock: Instant,
    alerts: Vec<nomina_store::AlertInput>,
    delisted: Vec<String>,
) -> Result<MonitoringRun> {
    run.duration_ms = clock.elapsed().as_millis() as i64;
    Ok(store.record_monitoring_run(&NewMonitoringRun {
        run,
        alerts,
        delisted,
    })?)
}

/// The versions the last run screened against (`[]` when there was none).
fn last_versions(store: &dyn Store) -> Result<Value> {
    Ok(store
        .monitoring_runs(1)?
        .into_iter()
        .next()
        .map_or(Value::Array(Vec::new()), |r| r.to_versions))
}

/// Records where monitoring starts when no run exists yet: the customers just screened on
/// entry were screened against `set`.
pub fn baseline_if_none(store: &dyn Store, set: &Arc<ListSet>, opts: &RunOptions) -> Result<()> {
    if !store.monitoring_runs(1)?.is_empty() {
        return Ok(());
    }
    let count = store.customer_count()? as usize;
    let run = blank(now_millis(), Value::Array(Vec::new()), set, count, 0, opts);
    finish(store, run, Instant::now(), Vec::new(), Vec::new()).map(drop)
}

/// What the service, `nomina update` and `--update-every` call once `set` is in force:
/// nothing when there are no customers or the last run already screened these versions; a
/// delta from the last run's versions when they can be found (among `old`, `set`, the data
/// directory's stored versions and the bundled lists); else a full re-screen.
pub fn after_list_change(
    store: &dyn Store,
    set: &Arc<ListSet>,
    old: Option<&ListSet>,
    registry: &nomina_registry::Options,
    opts: &RunOptions,
) -> Result<Option<MonitoringRun>> {
    if store.customer_count()? == 0 {
        return Ok(None);
    }
    let Some(last) = store.monitoring_runs(1)?.into_iter().next() else {
        return run_full(store, set, opts).map(Some);
    };
    if version_keys(&last.to_versions) == version_keys(&versions_json(set)) {
        return Ok(None);
    }
    match previous_snapshots(&last.to_versions, set, old, registry) {
        Some(prev) => run_delta(store, set, &prev, last.to_versions, opts).map(Some),
        None => {
            tracing::warn!("the list versions of the last monitoring run are not stored; re-screening every customer");
            run_full(store, set, opts).map(Some)
        }
    }
}

/// The snapshots of a stored versions array, from wherever they can still be read; `None`
/// if any is gone.
fn previous_snapshots(
    versions: &Value,
    set: &ListSet,
    old: Option<&ListSet>,
    registry: &nomina_registry::Options,
) -> Option<Vec<ListSnapshot>> {
    let data_dir = nomina_registry::store::DataDir::resolve(registry.data_dir.as_deref());
    version_keys(versions)
        .into_iter()
        .map(|(source, sha)| {
            let in_set = |s: &ListSet| {
                s.lists
                    .iter()
                    .find(|l| l.snapshot.version.sha256 == sha)
                    .map(|l| l.snapshot.clone())
            };
            if let Some(s) = in_set(set).or_else(|| old.and_then(in_set)) {
                return Some(s);
            }
            let source = Source::from_prefix(&source);
            if let Some(dir) = &data_dir {
                for (name, manifest) in dir.versions(&source).ok()? {
                    if manifest.sha256 == sha {
                        return nomina_registry::store::load_version(
                            &dir.version_dir(&source, &name),
                        )
                        .ok();
                    }
                }
            }
            nomina_registry::bundled::load(&source)
                .ok()
                .filter(|s| s.version.sha256 == sha)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_keys_ignore_order_and_dates() {
        let a = serde_json::json!([{"source": "un", "sha256": "1", "published": "2020-01-01"}, {"source": "ofac", "sha256": "2"}]);
        let b =
            serde_json::json!([{"source": "ofac", "sha256": "2"}, {"source": "un", "sha256": "1"}]);
        assert_eq!(version_keys(&a), version_keys(&b));
        assert!(version_keys(&Value::Null).is_empty());
    }
}
