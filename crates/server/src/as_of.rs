//! Screening as of a past day (`"as_of"` in a screening request): the lists as they stood
//! on that day, built from the set in force now and the data directory's stored versions
//! (see `nomina_registry::as_of`).
//!
//! Building an index takes about a second, so the sets of the last few days asked for are
//! kept, per set in force: a look-back usually screens many parties as of one day. At most
//! [`CACHED_DAYS`] are held, and one is built at a time, so requests for many different
//! days cost time, never memory.

use crate::error::ApiError;
use crate::lists::ListSet;
use crate::state::AppState;
use nomina_model::FuzzyDate;
use nomina_registry::as_of::{as_of_lists, AsOfReport};
use nomina_registry::store::DataDir;
use nomina_store::now_millis;
use std::sync::{Arc, Mutex};

/// Days whose list sets are kept built.
pub const CACHED_DAYS: usize = 4;

/// One built set: for which set in force (its address and load time) and which day.
struct Entry {
    current: (usize, i64),
    day: FuzzyDate,
    set: Arc<ListSet>,
    report: AsOfReport,
}

/// The built sets, most recently used last.
static CACHE: Mutex<Vec<Entry>> = Mutex::new(Vec::new());
/// Held while a set is built, so that concurrent requests build it once.
static BUILDING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The lists as of `day`, from the set in force `current`, and what was used.
pub async fn set_as_of(
    state: &AppState,
    current: &Arc<ListSet>,
    day: FuzzyDate,
) -> Result<(Arc<ListSet>, AsOfReport), ApiError> {
    let id = (Arc::as_ptr(current) as usize, current.loaded_at);
    if let Some(hit) = cached(id, &day) {
        return Ok(hit);
    }
    let _building = BUILDING.lock().await;
    if let Some(hit) = cached(id, &day) {
        return Ok(hit);
    }
    let lists = current.lists.clone();
    let data_dir = if state.config.registry.lists.is_empty() {
        DataDir::resolve(state.config.registry.data_dir.as_deref())
    } else {
        None
    };
    let judgements_file = state
        .config
        .data_dir
        .join(nomina_registry::parties::judgements::JUDGEMENTS_FILE);
    let (set, report) = tokio::task::spawn_blocking(move || {
        let nomina_registry::as_of::AsOf { lists, report, .. } =
            as_of_lists(lists, data_dir.as_ref(), &day).map_err(|e| {
                ApiError::unavailable(format!(
                    "as_of: the lists of that day cannot be loaded: {e}"
                ))
            })?;
        let judgements =
            nomina_registry::parties::Judgements::load(&judgements_file).map_err(|e| {
                ApiError::unavailable(format!("as_of: cannot read the parties judgements: {e}"))
            })?;
        Ok::<_, ApiError>((
            Arc::new(ListSet::build_with(lists, now_millis(), &judgements)),
            report,
        ))
    })
    .await
    .map_err(|e| ApiError::internal(format!("as_of: building the lists failed: {e}")))??;
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    cache.retain(|e| e.current == id);
    if cache.len() >= CACHED_DAYS {
        cache.remove(0);
    }
    cache.push(Entry {
        current: id,
        day,
        set: set.clone(),
        report: report.clone(),
    });
    Ok((set, report))
}

/// The built set for (`id`, `day`), marked most recently used.
fn cached(id: (usize, i64), day: &FuzzyDate) -> Option<(Arc<ListSet>, AsOfReport)> {
    let mut cache = CACHE.lock().unwrap_or_else(|p| p.into_inner());
    let i = cache
        .iter()
        .position(|e| e.current == id && &e.day == day)?;
    let e = cache.remove(i);
    let hit = (e.set.clone(), e.report.clone());
    cache.push(e);
    Some(hit)
}
