//! Monitoring runs: a delta re-screen after a list change, a full re-screen, and the choice
//! between them.

use super::customer_index::{CustomerIndex, IndexFile};
use super::customers::{alert_inputs, screen_all};
use super::delta::change;
use super::{MonitorError, Result};
use crate::lists::ListSet;
use nomina_model::{ListSnapshot, Source};
use nomina_store::{
    now_millis, AlertFilter, AlertStatus, Customer, MonitoringRun, NewMonitoringRun, RunKind, Store,
};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::time::Instant;

/// Customers read from the store per page, and screened per round of a full run: bounds
/// the memory of a run whatever the size of the base.
const PAGE: usize = 100_000;

/// A delta run rebuilds the customer index (and keeps it) instead of screening the
/// customers saved since it was built when more than this many were, or more than a tenth
/// of the base.
const REBUILD_AFTER_CHANGED: usize = 50_000;

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
    /// Where the customer index is kept between runs; `None` builds it for each delta run
    /// and keeps nothing.
    pub customer_index: Option<IndexFile>,
}

/// Screens every customer against every list in force, a page of customers at a time.
pub fn run_full(store: &dyn Store, set: &Arc<ListSet>, opts: &RunOptions) -> Result<MonitoringRun> {
    let started = now_millis();
    let clock = Instant::now();
    let from = last_versions(store)?;
    let mut alerts = Vec::new();
    let mut count = 0usize;
    let mut after: Option<String> = None;
    loop {
        let page = store.customers_page(after.as_deref(), PAGE)?;
        let screened = screen_all(&set.matcher, &page, opts.threshold)?;
        for (c, hits) in page.iter().zip(&screened) {
            alerts.extend(alert_inputs(store, set, &c.reference, hits)?);
        }
        count += page.len();
        if page.len() < PAGE {
            break;
        }
        after = page.last().map(|c| c.reference.clone());
    }
    let delisted = gone_entities(store, set)?;
    let run = MonitoringRun {
        kind: RunKind::Full,
        entities_screened: set.entity_count() as i64,
        candidates: count as i64,
        ..blank(started, from, set, count, alerts.len(), opts)
    };
    finish(store, run, clock, alerts, delisted)
}

/// Builds the customer index from the store and keeps it in `file`.
pub fn rebuild_index(store: &dyn Store, file: &IndexFile) -> Result<CustomerIndex> {
    let index = CustomerIndex::build_from_store(store, &file.database).map_err(index_error)?;
    index.save(file).map_err(index_error)?;
    Ok(index)
}

fn index_error(e: super::customer_index::IndexFileError) -> MonitorError {
    match e {
        super::customer_index::IndexFileError::Store(e) => MonitorError::Store(e),
        e => MonitorError::Unavailable(format!("the customer index: {e}")),
    }
}

/// The customer index for a delta run, and the customers it does not cover (saved since
/// it was built). A kept index is used when it reads back sound and covers enough; else
/// the index is built afresh (and kept when there is a place for it). A damaged or foreign
/// file is logged and replaced, never trusted.
fn index_for_delta(store: &dyn Store, opts: &RunOptions) -> Result<(CustomerIndex, Vec<Customer>)> {
    let Some(file) = &opts.customer_index else {
        let index = CustomerIndex::build_from_store(store, "").map_err(index_error)?;
        return Ok((index, Vec::new()));
    };
    let kept = match CustomerIndex::open(file) {
        Ok(kept) => kept,
        Err(e) => {
            tracing::warn!(error = %e, "the customer index cannot be used; rebuilding it");
            None
        }
    };
    if let Some(index) = kept {
        let limit = REBUILD_AFTER_CHANGED.min(index.len() / 10).max(1_000);
        let mut changed: Vec<Customer> = Vec::new();
        let mut after: Option<String> = None;
        loop {
            let page = store.customers_changed_since(index.built_from(), after.as_deref(), PAGE)?;
            let done = page.len() < PAGE;
            after = page.last().map(|c| c.reference.clone());
            changed.extend(page.into_iter().filter(|c| !index.holds_as_is(c)));
            if done || changed.len() > limit {
                break;
            }
        }
        if changed.len() <= limit {
            return Ok((index, changed));
        }
        tracing::info!(
            changed = changed.len(),
            "many customers saved since the customer index was built; rebuilding it"
        );
    }
    Ok((rebuild_index(store, file)?, Vec::new()))
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
    let diffed = clock.elapsed();
    let entities: Vec<_> = change
        .screen
        .iter()
        .filter_map(|k| set.entity(k).map(|(e, _)| e))
        .collect();
    // Customers to screen forward, by reference: those the reverse search finds, and
    // those saved since the index was built (which it may not hold, or hold as they were).
    let mut to_check: BTreeMap<String, Customer> = BTreeMap::new();
    let mut candidates = 0usize;
    let (mut indexed, mut searched) = (diffed, diffed);
    if !entities.is_empty() && store.customer_count()? > 0 {
        let (index, changed) = index_for_delta(store, opts)?;
        indexed = clock.elapsed();
        let found = index.candidates_of(&entities)?;
        candidates = found.len() + changed.len();
        for c in changed {
            to_check.insert(c.reference.clone(), c);
        }
        for i in found {
            let reference = index.reference(i);
            if to_check.contains_key(reference) {
                continue;
            }
            // Gone since the index was built: nothing to screen.
            if let Some(c) = store.customer(reference)? {
                to_check.insert(c.reference.clone(), c);
            }
        }
        searched = clock.elapsed();
    }
    let wanted: BTreeSet<&str> = change.screen.iter().map(String::as_str).collect();
    let checked: Vec<Customer> = to_check.into_values().collect();
    let screened = screen_all(&set.matcher, &checked, opts.threshold)?;
    let mut alerts = Vec::new();
    for (c, hits) in checked.iter().zip(screened) {
        let hits: Vec<_> = hits
            .into_iter()
            .filter(|(_, h)| wanted.contains(h.entity.as_str()))
            .collect();
        alerts.extend(alert_inputs(store, set, &c.reference, &hits)?);
    }
    tracing::info!(
        diff_ms = diffed.as_millis() as u64,
        index_ms = (indexed - diffed).as_millis() as u64,
        reverse_and_read_ms = (searched - indexed).as_millis() as u64,
        verify_ms = (clock.elapsed() - searched).as_millis() as u64,
        candidates,
        "delta re-screen phases"
    );
    let customers = store.customer_count()? as usize;
    let run = MonitoringRun {
        kind: RunKind::Delta,
        entities_screened: change.screen.len() as i64,
        candidates: candidates as i64,
        ..blank(started, from, set, customers, alerts.len(), opts)
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
