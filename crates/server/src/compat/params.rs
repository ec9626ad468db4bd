//! The query string of a compatible endpoint, read so that no parameter is ever accepted
//! and ignored: every parameter the endpoint does not know is refused with 400 naming it,
//! a single-valued parameter given twice is refused, and each typed value is checked
//! against the peer's own range. Lists come as repeated keys (`include_dataset=a&
//! include_dataset=b`), as Python's and Go's clients send them.

use crate::error::ApiError;

/// The parameters of one request.
#[derive(Debug, Default)]
pub struct Params {
    pairs: Vec<(String, String)>,
}

impl Params {
    /// Parses `raw` (the query string without `?`). `known` is every parameter the endpoint
    /// reads; any other is a 400 naming it and the known ones. A NUL character in a key or
    /// value is a 422 naming the parameter.
    pub fn parse(raw: Option<&str>, known: &[&str]) -> Result<Params, ApiError> {
        let mut pairs = Vec::new();
        for (k, v) in form_urlencoded::parse(raw.unwrap_or("").as_bytes()) {
            if k.contains('\0') || v.contains('\0') {
                return Err(crate::json::nul_in(&k));
            }
            if !known.contains(&k.as_ref()) {
                return Err(ApiError::bad_request(format!(
                    "{k}: unknown parameter; this endpoint reads {}",
                    known.join(", ")
                )));
            }
            pairs.push((k.into_owned(), v.into_owned()));
        }
        Ok(Params { pairs })
    }

    /// Every value of `key`, in order.
    pub fn all(&self, key: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// Every value of `key` that is not blank, each trimmed.
    pub fn list(&self, key: &str) -> Vec<String> {
        self.all(key)
            .into_iter()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The one value of `key` (blank counts as absent); a second value is a 400.
    pub fn one(&self, key: &str) -> Result<Option<&str>, ApiError> {
        let values = self.all(key);
        if values.len() > 1 {
            return Err(ApiError::bad_request(format!(
                "{key}: given {} times; it takes one value",
                values.len()
            )));
        }
        Ok(values.first().map(|v| v.trim()).filter(|v| !v.is_empty()))
    }

    /// Whether `key` was sent at all, blank or not.
    pub fn has(&self, key: &str) -> bool {
        self.pairs.iter().any(|(k, _)| k == key)
    }

    /// A number in `[min, max]`, or `None` when absent.
    pub fn number(&self, key: &str, min: f64, max: f64) -> Result<Option<f64>, ApiError> {
        let Some(v) = self.one(key)? else {
            return Ok(None);
        };
        match v.parse::<f64>() {
            Ok(n) if n.is_finite() && (min..=max).contains(&n) => Ok(Some(n)),
            _ => Err(ApiError::bad_request(format!(
                "{key}: {v:?} is not a number between {min} and {max}"
            ))),
        }
    }

    /// A whole number in `[min, max]`, or `None` when absent.
    pub fn count(&self, key: &str, min: usize, max: usize) -> Result<Option<usize>, ApiError> {
        let Some(v) = self.one(key)? else {
            return Ok(None);
        };
        match v.parse::<usize>() {
            Ok(n) if (min..=max).contains(&n) => Ok(Some(n)),
            _ => Err(ApiError::bad_request(format!(
                "{key}: {v:?} is not a whole number between {min} and {max}"
            ))),
        }
    }

    /// A boolean (`true`/`false`, `1`/`0`, `yes`/`no`, any case), or `None` when absent.
    pub fn flag(&self, key: &str) -> Result<Option<bool>, ApiError> {
        let Some(v) = self.one(key)? else {
            return Ok(None);
        };
        match v.to_ascii_lowercase().as_str() {
            "true" | "1" | "yes" | "on" => Ok(Some(true)),
            "false" | "0" | "no" | "off" => Ok(Some(false)),
            _ => Err(ApiError::bad_request(format!(
                "{key}: {v:?} is not true or false"
            ))),
        }
    }

    /// Refuses `key` with 400 when it was sent with a value, saying why nomina cannot
    /// honour it.
    pub fn refuse(&self, key: &str, why: &str) -> Result<(), ApiError> {
        if self.all(key).iter().any(|v| !v.trim().is_empty()) {
            return Err(ApiError::bad_request(format!(
                "{key}: not supported: {why}"
            )));
        }
        Ok(())
    }
}

/// yente's pattern for `changed_since`: a date, optionally with hours, minutes, seconds
/// (`2024-01-31`, `2024-01-31T10`, `2024-01-31T10:00:00`). Returns the date part.
pub fn changed_since_date(v: &str) -> Result<nomina_model::FuzzyDate, ApiError> {
    let bad = || {
        ApiError::bad_request(format!(
            "changed_since: {v:?} is not YYYY-MM-DD[THH[:MM[:SS]]]"
        ))
    };
    let (date, time) = match v.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (v, None),
    };
    if let Some(t) = time {
        let parts: Vec<&str> = t.split(':').collect();
        let ok = (1..=3).contains(&parts.len())
            && parts
                .iter()
                .all(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()));
        if !ok {
            return Err(bad());
        }
    }
    let d: nomina_model::FuzzyDate = date.parse().map_err(|_| bad())?;
    if d.day.is_none() || date.len() != 10 {
        return Err(bad());
    }
    Ok(d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_and_repeated_parameters_are_refused() {
        let known = ["limit", "topics"];
        let e = Params::parse(Some("limit=5&bogus=1"), &known).unwrap_err();
        assert_eq!(e.status, 400);
        assert!(e.message.starts_with("bogus:"), "{}", e.message);
        let p = Params::parse(Some("limit=5&limit=6&topics=a&topics=b"), &known).unwrap();
        assert!(p.one("limit").is_err());
        assert_eq!(p.list("topics"), ["a", "b"]);
        let e = Params::parse(Some("limit=%00"), &known).unwrap_err();
        assert_eq!(e.status, 422);
    }

    #[test]
    fn typed_values_are_range_checked() {
        let p = Params::parse(
            Some("a=0.5&b=2&c=101&d=yes&e=maybe"),
            &["a", "b", "c", "d", "e"],
        )
        .unwrap();
        assert_eq!(p.number("a", 0.0, 1.0).unwrap(), Some(0.5));
        assert!(p.number("b", 0.0, 1.0).is_err());
        assert!(p.count("c", 1, 100).is_err());
        assert_eq!(p.count("b", 1, 100).unwrap(), Some(2));
        assert_eq!(p.flag("d").unwrap(), Some(true));
        assert!(p.flag("e").is_err());
        assert_eq!(p.count("missing", 1, 2).unwrap(), None);
        assert!(p.refuse("a", "why").is_err());
        assert!(p.refuse("missing", "why").is_ok());
    }

    #[test]
    fn changed_since_follows_yentes_pattern() {
        assert_eq!(
            changed_since_date("2024-01-31").unwrap().to_string(),
            "2024-01-31"
        );
        assert!(changed_since_date("2024-01-31T10:00:00").is_ok());
        assert!(changed_since_date("2024-01-31T10").is_ok());
        assert!(changed_since_date("2024-01").is_err());
        assert!(changed_since_date("yesterday").is_err());
        assert!(changed_since_date("2024-01-31T10:0").is_err());
    }
}
