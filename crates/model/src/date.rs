//! Dates as sanctions lists give them: often only a year or a month, sometimes a range,
//! sometimes "circa".

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar date known to a given precision: a year, a year and month, or a full day.
///
/// Serialised as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, so the JSON shows exactly what the list
/// said and nothing more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FuzzyDate {
    /// Year (four digits in every list seen).
    pub year: i32,
    /// Month 1–12, when known.
    pub month: Option<u8>,
    /// Day 1–31, when known (only ever set together with `month`).
    pub day: Option<u8>,
}

/// Why a date string could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {text:?}: {reason}")]
pub struct DateError {
    /// The text that was given.
    pub text: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

impl FuzzyDate {
    /// A year-only date.
    pub fn year(year: i32) -> Self {
        FuzzyDate {
            year,
            month: None,
            day: None,
        }
    }

    /// A full date; `None` when the day or month is out of range for the calendar.
    pub fn ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(FuzzyDate {
            year,
            month: Some(month),
            day: Some(day),
        })
    }

    /// A year and month; `None` when the month is out of range.
    pub fn ym(year: i32, month: u8) -> Option<Self> {
        (1..=12).contains(&month).then_some(FuzzyDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// True when `other` could be the same date as `self` at the precision both share
    /// (1968-07-10 is compatible with 1968 and 1968-07, not with 1968-06).
    pub fn compatible(&self, other: &FuzzyDate) -> bool {
        if self.year != other.year {
            return false;
        }
        match (self.month, other.month) {
            (Some(a), Some(b)) if a != b => return false,
            (Some(_), Some(_)) => {}
            _ => return true,
        }
        match (self.day, other.day) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for FuzzyDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for FuzzyDate {
    type Err = DateError;

    /// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO order only; list-specific shapes such as
    /// `10 Jul 1968` or `00/07/1965` are the parsers' business).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = |reason| DateError {
            text: s.to_string(),
            reason,
        };
        let mut parts = s.trim().split('-');
        let year = parts
            .next()
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<i32>().ok())
            .ok_or_else(|| err("year must be four digits"))?;
        let month = match parts.next() {
            None => return Ok(FuzzyDate::year(year)),
            Some(m) => m.parse::<u8>().map_err(|_| err("month is not a number"))?,
        };
        let date = match parts.next() {
            None => FuzzyDate::ym(year, month).ok_or_else(|| err("month out of range"))?,
            Some(d) => {
                let day = d.parse::<u8>().map_err(|_| err("day is not a number"))?;
                FuzzyDate::ymd(year, month, day).ok_or_else(|| err("no such day"))?
            }
        };
        if parts.next().is_some() {
            return Err(err("too many parts"));
        }
        Ok(date)
    }
}

impl Serialize for FuzzyDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for FuzzyDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// The month number of a month written as a word, as lists write them: the English name,
/// its three-letter abbreviation, or "Sept", any case, with or without a final dot.
///
/// ```
/// use nomina_model::month_from_name;
/// assert_eq!(month_from_name("Sep."), Some(9));
/// assert_eq!(month_from_name("Sept"), Some(9));
/// assert_eq!(month_from_name("AUGUST"), Some(8));
/// assert_eq!(month_from_name("jul"), Some(7));
/// assert_eq!(month_from_name("Married"), None);
/// assert_eq!(month_from_name("Ma"), None);
/// ```
pub fn month_from_name(word: &str) -> Option<u8> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    if w.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() == 3 && m.starts_with(&w)) || (w == "sept" && *m == "september")
        })
        .map(|i| i as u8 + 1)
}

/// A date of birth as listed: a single date at some precision, or a range, possibly marked
/// approximate, always with the raw text it was read from.
///
/// Exact date: `from == to`. Year range "1951 to 1953": `from = 1951`, `to = 1953`.
/// Free-text note only: both `None`, `raw` holds the note.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct BirthDate {
    /// Earliest possible date.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub from: Option<FuzzyDate>,
    /// Latest possible date (equal to `from` for a single date).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub to: Option<FuzzyDate>,
    /// The list says "circa" / "approximately".
    #[serde(skip_serializing_if = "std::ops::Not::not", default)]
    pub approximate: bool,
    /// The text as the list gave it.
    pub raw: String,
}

impl BirthDate {
    /// A single date (at any precision).
    pub fn single(date: FuzzyDate, raw: impl Into<String>) -> Self {
        BirthDate {
            from: Some(date),
            to: Some(date),
            approximate: false,
            raw: raw.into(),
        }
    }

    /// An inclusive range of dates.
    pub fn range(from: FuzzyDate, to: FuzzyDate, raw: impl Into<String>) -> Self {
        BirthDate {
            from: Some(from),
            to: Some(to),
            approximate: false,
            raw: raw.into(),
        }
    }

    /// The span of years this date of birth allows, widened by `slack` years when it is
    /// approximate; `None` when only a note is known.
    pub fn year_span(&self, slack: i32) -> Option<(i32, i32)> {
        let (from, to) = (self.from?, self.to.or(self.from)?);
        let s = if self.approximate { slack } else { 0 };
        Some((from.year - s, to.year + s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_each_precision() {
        for s in ["1968", "1968-07", "1968-07-10"] {
            assert_eq!(s.parse::<FuzzyDate>().unwrap().to_string(), s);
        }
        assert!("1968-02-30".parse::<FuzzyDate>().is_err());
        assert!("68".parse::<FuzzyDate>().is_err());
        assert!("1968-13".parse::<FuzzyDate>().is_err());
    }

    #[test]
    fn compatibility_respects_precision() {
        let d: FuzzyDate = "1968-07-10".parse().unwrap();
        assert!(d.compatible(&FuzzyDate::year(1968)));
        assert!(d.compatible(&FuzzyDate::ym(1968, 7).unwrap()));
        assert!(!d.compatible(&FuzzyDate::ym(1968, 6).unwrap()));
        assert!(!d.compatible(&FuzzyDate::year(1969)));
    }

    #[test]
    fn serde_round_trip_keeps_precision() {
        let b = BirthDate::single(FuzzyDate::ym(1965, 7).unwrap(), "00/07/1965");
        let j = serde_json::to_string(&b).unwrap();
        assert_eq!(j, r#"{"from":"1965-07","to":"1965-07","raw":"00/07/1965"}"#);
        assert_eq!(serde_json::from_str::<BirthDate>(&j).unwrap(), b);
    }
}
