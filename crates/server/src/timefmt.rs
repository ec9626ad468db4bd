//! Timestamps as people type and read them: RFC 3339 UTC for output, and for input a date
//! (`2026-11-28`), a date-time (`2026-11-28T10:00:00Z`) or epoch milliseconds.

use nomina_store::Millis;

/// Formats epoch milliseconds as RFC 3339 UTC with milliseconds.
pub fn format_millis(ms: Millis) -> String {
    let days = ms.div_euclid(86_400_000);
    let rem = ms.rem_euclid(86_400_000);
    let (y, m, d) = civil_from_days(days);
    let (h, min, s, milli) = (
        rem / 3_600_000,
        rem / 60_000 % 60,
        rem / 1000 % 60,
        rem % 1000,
    );
    format!("{y:04}-{m:02}-{d:02}T{h:02}:{min:02}:{s:02}.{milli:03}Z")
}

/// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]][Z]` (UTC) or epoch milliseconds.
pub fn parse_time(s: &str) -> Result<Millis, String> {
    let s = s.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) && s.len() > 8 {
        return s.parse::<i64>().map_err(|e| format!("{s:?}: {e}"));
    }
    let bad = || {
        format!("{s:?} is not a date (YYYY-MM-DD), a UTC date-time (YYYY-MM-DDTHH:MM:SSZ) or epoch milliseconds")
    };
    let s2 = s.strip_suffix('Z').unwrap_or(s);
    let (date, time) = match s2.split_once(['T', ' ']) {
        Some((d, t)) => (d, Some(t)),
        None => (s2, None),
    };
    let mut dp = date.split('-');
    let (Some(y), Some(m), Some(d), None) = (dp.next(), dp.next(), dp.next(), dp.next()) else {
        return Err(bad());
    };
    let num = |v: &str| v.parse::<i64>().map_err(|_| bad());
    let (y, m, d) = (num(y)?, num(m)?, num(d)?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) || y.to_string().len() != 4 {
        return Err(bad());
    }
    let mut ms = days_from_civil(y, m, d) * 86_400_000;
    if let Some(t) = time {
        let (hms, frac) = match t.split_once('.') {
            Some((a, b)) => (a, Some(b)),
            None => (t, None),
        };
        let parts: Vec<&str> = hms.split(':').collect();
        if parts.len() < 2 || parts.len() > 3 {
            return Err(bad());
        }
        let h = num(parts[0])?;
        let mi = num(parts[1])?;
        let se = if parts.len() == 3 { num(parts[2])? } else { 0 };
        if h > 23 || mi > 59 || se > 60 {
            return Err(bad());
        }
        ms += ((h * 60 + mi) * 60 + se) * 1000;
        if let Some(f) = frac {
            let digits: String = f.chars().take(3).collect();
            let scale = 10_i64.pow(3 - digits.len() as u32);
            ms += num(&digits)? * scale;
        }
    }
    Ok(ms)
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm); shared
/// with list ages.
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for s in [
            "1970-01-01T00:00:00.000Z",
            "2026-11-28T10:28:21.123Z",
            "2000-02-29T23:59:59.999Z",
        ] {
            assert_eq!(format_millis(parse_time(s).unwrap()), s);
        }
        assert_eq!(
            parse_time("2026-11-28").unwrap(),
            parse_time("2026-11-28T00:00Z").unwrap()
        );
        assert_eq!(parse_time("1764325701123").unwrap(), 1_764_325_701_123);
    }

    #[test]
    fn civil_days() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        assert_eq!(days_from_civil(2026, 11, 28), 20_785);
    }

    #[test]
    fn rejects_nonsense() {
        for s in [
            "",
            "yesterday",
            "2026-13-01",
            "2026-11",
            "26-11-28",
            "2026-11-28T25:00",
        ] {
            assert!(parse_time(s).is_err(), "{s}");
        }
    }
}
