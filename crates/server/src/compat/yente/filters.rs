//! The filters of yente's `/match` and `/search` that choose which entities may be
//! returned: datasets, schemata, excluded ids, topics, `changed_since`, countries,
//! `target`, each honoured as yente defines it.

use super::examples::{schema_type, schema_within};
use crate::compat::datasets::{yente_scope, Scope};
use crate::compat::ftm::{last_change, schema_of};
use crate::compat::params::{changed_since_date, Params};
use crate::error::ApiError;
use nomina_model::{Entity, FuzzyDate, ListVersion};

/// The filters of `/match` and `/search` that choose which entities may be returned.
#[derive(Debug, Default)]
pub(super) struct Filters {
    pub(super) scope: Option<Scope>,
    pub(super) include: Vec<Scope>,
    pub(super) exclude: Vec<Scope>,
    pub(super) exclude_schema: Vec<String>,
    pub(super) schema: Option<String>,
    pub(super) exclude_ids: Vec<String>,
    pub(super) topics: Vec<String>,
    pub(super) changed_since: Option<FuzzyDate>,
    pub(super) countries: Vec<String>,
    pub(super) datasets: Vec<Scope>,
    pub(super) and: bool,
    pub(super) target: Option<bool>,
}

fn date_key(d: &FuzzyDate) -> (i32, u8, u8) {
    (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0))
}

pub(super) fn scopes(p: &Params, key: &str, custom: &[String]) -> Result<Vec<Scope>, ApiError> {
    p.list(key)
        .iter()
        .map(|n| {
            yente_scope(n, custom).ok_or_else(|| {
                ApiError::bad_request(format!(
                    "{key}: unknown dataset {n:?} ({})",
                    crate::compat::datasets::yente_names()
                ))
            })
        })
        .collect()
}

impl Filters {
    pub(super) fn common(p: &Params, custom: &[String]) -> Result<Filters, ApiError> {
        let exclude_schema = p.list("exclude_schema");
        for s in &exclude_schema {
            schema_type(s).map_err(|m| ApiError::bad_request(format!("exclude_schema: {m}")))?;
        }
        Ok(Filters {
            include: scopes(p, "include_dataset", custom)?,
            exclude: scopes(p, "exclude_dataset", custom)?,
            exclude_schema,
            topics: p.list("topics"),
            changed_since: p
                .one("changed_since")?
                .map(changed_since_date)
                .transpose()?,
            ..Filters::default()
        })
    }

    /// Whether any filter beyond the dataset may drop hits (then more are screened).
    pub(super) fn narrows(&self) -> bool {
        !matches!(self.scope, None | Some(Scope::All))
            || !self.include.is_empty()
            || !self.exclude.is_empty()
            || !self.exclude_schema.is_empty()
            || self.schema.is_some()
            || !self.exclude_ids.is_empty()
            || !self.topics.is_empty()
            || self.changed_since.is_some()
            || !self.countries.is_empty()
            || !self.datasets.is_empty()
            || self.target.is_some()
    }

    pub(super) fn keeps(&self, e: &Entity, version: &ListVersion) -> bool {
        let schema = schema_of(e.entity_type);
        let any_or_all = |hits: Vec<bool>| {
            if self.and {
                hits.iter().all(|b| *b)
            } else {
                hits.iter().any(|b| *b)
            }
        };
        if let Some(s) = &self.scope {
            if !s.contains(&e.source) {
                return false;
            }
        }
        if !self.include.is_empty() && !self.include.iter().any(|s| s.contains(&e.source)) {
            return false;
        }
        if self.exclude.iter().any(|s| s.contains(&e.source)) {
            return false;
        }
        if !self.datasets.is_empty()
            && !any_or_all(
                self.datasets
                    .iter()
                    .map(|s| s.contains(&e.source))
                    .collect(),
            )
        {
            return false;
        }
        if self.exclude_schema.iter().any(|s| s == schema) {
            return false;
        }
        if let Some(w) = &self.schema {
            if !schema_within(schema, w) {
                return false;
            }
        }
        let yid = crate::compat::ftm::yente_id(&e.key);
        if self.exclude_ids.iter().any(|x| *x == e.key || *x == yid) {
            return false;
        }
        // Every listed entity is a sanctions target: its one topic is `sanction`.
        if !self.topics.is_empty()
            && !any_or_all(self.topics.iter().map(|t| t == "sanction").collect())
        {
            return false;
        }
        if self.target == Some(false) {
            return false;
        }
        if let Some(since) = &self.changed_since {
            // An entity whose list gives no change date may have changed up to its list's
            // publication: kept unless that too is before the date (never hidden on a guess).
            let changed = last_change(e).or(version.published);
            if changed.is_some_and(|d| date_key(&d) < date_key(since)) {
                return false;
            }
        }
        if !self.countries.is_empty() {
            let have = entity_countries(e);
            if !any_or_all(
                self.countries
                    .iter()
                    .map(|c| have.contains(&c.to_ascii_lowercase()))
                    .collect(),
            ) {
                return false;
            }
        }
        true
    }
}

/// The lower-case ISO codes (or raw names) of every country an entity carries.
pub(super) fn entity_countries(e: &Entity) -> Vec<String> {
    let mut out: Vec<String> = e
        .nationalities
        .iter()
        .chain(&e.citizenships)
        .chain(e.addresses.iter().filter_map(|a| a.country.as_ref()))
        .chain(e.vessel.iter().filter_map(|v| v.flag.as_ref()))
        .map(|c| {
            c.code
                .as_ref()
                .map(|c| c.to_ascii_lowercase())
                .unwrap_or_else(|| c.raw.to_ascii_lowercase())
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use nomina_model::{EntityType, Name, NameKind, Source};

    #[test]
    fn topics_changed_since_and_exclusions() {
        let mut e = Entity::new(
            Source::Un,
            "QDi.1",
            EntityType::Person,
            Name::new("A B", NameKind::Primary),
        );
        e.last_updated.push(FuzzyDate::ymd(2020, 5, 1).unwrap());
        let v = ListVersion {
            source: Source::Un,
            format: "un-xml".into(),
            published: FuzzyDate::ymd(2026, 2, 27),
            sha256: String::new(),
            files: vec![],
        };
        let keep = |f: Filters| f.keeps(&e, &v);
        assert!(keep(Filters::default()));
        assert!(keep(Filters {
            topics: vec!["sanction".into()],
            ..Filters::default()
        }));
        assert!(!keep(Filters {
            topics: vec!["role.pep".into()],
            ..Filters::default()
        }));
        assert!(keep(Filters {
            changed_since: FuzzyDate::ymd(2020, 5, 1),
            ..Filters::default()
        }));
        assert!(!keep(Filters {
            changed_since: FuzzyDate::ymd(2021, 1, 1),
            ..Filters::default()
        }));
        assert!(!keep(Filters {
            exclude_ids: vec!["un-QDi.1".into()],
            ..Filters::default()
        }));
        assert!(!keep(Filters {
            exclude_ids: vec!["un:QDi.1".into()],
            ..Filters::default()
        }));
        assert!(!keep(Filters {
            exclude_schema: vec!["Person".into()],
            ..Filters::default()
        }));
        assert!(!keep(Filters {
            scope: Some(Scope::Source("ofac".into())),
            ..Filters::default()
        }));
        assert!(!keep(Filters {
            target: Some(false),
            ..Filters::default()
        }));
    }
}
