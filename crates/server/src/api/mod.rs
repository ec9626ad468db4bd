//! The `/v1` API handlers, one module per resource.

pub mod alert_comparison;
pub mod alert_groups;
pub mod alert_queue;
pub mod alerts;
pub mod audit;
pub mod customers;
pub mod entities;
pub mod lists;
pub mod monitoring;
pub mod scan;
pub mod screen;

use crate::error::ApiError;
use crate::lists::ListSet;
use crate::state::AppState;
use nomina_store::now_millis;
use serde_json::json;
use std::sync::Arc;

/// The lists to screen against, or a 503 naming every list that cannot be used: screening
/// fails closed, it never answers "no match" against lists it does not have.
pub fn usable_lists(state: &AppState) -> Result<Arc<ListSet>, ApiError> {
    state
        .lists
        .load()
        .usable(&state.config.max_ages, now_millis())
        .map_err(|problems| {
            let text: Vec<String> = problems
                .iter()
                .map(|p| format!("{}: {}", p.list, p.reason))
                .collect();
            ApiError::unavailable(format!(
                "screening is unavailable until the lists are usable; nothing was screened ({})",
                text.join("; ")
            ))
            .with_detail(json!({ "lists": problems }))
        })
}

/// A new screening id: time-ordered, unique across nodes (`scr_<ms hex><random hex>`).
pub fn new_screening_id() -> String {
    let mut r = [0u8; 8];
    let _ = getrandom::fill(&mut r);
    let rand: String = r.iter().map(|b| format!("{b:02x}")).collect();
    format!("scr_{:011x}{rand}", now_millis())
}
