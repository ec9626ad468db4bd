//! Options shared by the service commands (`serve`, `keys`, `audit`): which database.

use crate::exit::Failure;
use crate::GlobalArgs;
use std::path::PathBuf;

/// `--database URL`.
#[derive(Debug, Clone, clap::Args)]
pub struct DatabaseArgs {
    /// Database: `postgres://user@host/db` or `sqlite:PATH` [default: $NOMINA_DATABASE_URL,
    /// else `sqlite:<data dir>/nomina.db`].
    #[arg(long, value_name = "URL", env = "NOMINA_DATABASE_URL", global = true)]
    pub database: Option<String>,
}

impl DatabaseArgs {
    /// The database URL in effect and the data directory.
    pub fn resolve(&self, global: &GlobalArgs) -> Result<(String, PathBuf), Failure> {
        let dir =
            nomina_registry::DataDir::resolve(global.data_dir.as_deref()).ok_or_else(|| {
                Failure::usage("no data directory: pass --data-dir DIR or set NOMINA_DATA_DIR")
            })?;
        // A misspelt --data-dir is an error naming the option, never a new directory
        // silently created and served from the bundled lists.
        dir.check_exists()
            .map_err(|e| Failure::usage(e.to_string()))?;
        let data_dir = dir.root().to_path_buf();
        let url = match &self.database {
            Some(u) => u.clone(),
            None => format!("sqlite:{}", data_dir.join("nomina.db").display()),
        };
        Ok((url, data_dir))
    }

    /// Opens the store.
    pub fn open(&self, global: &GlobalArgs) -> Result<Box<dyn nomina_store::Store>, Failure> {
        let (url, _) = self.resolve(global)?;
        nomina_store::open(&url).map_err(|e| Failure::service(e.to_string()))
    }
}

/// Parses a duration: `500ms`, `90s`, `30m`, `6h`, `2d`; a bare number is in `default_unit`.
pub fn parse_duration(s: &str, default_unit: char) -> Result<std::time::Duration, String> {
    let s = s.trim();
    if let Some(ms) = s.strip_suffix("ms") {
        return parse_duration(ms, 's').map(|d| d / 1000);
    }
    let (num, unit) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&s[..i], c),
        _ => (s, default_unit),
    };
    let n: f64 = num
        .trim()
        .parse()
        .map_err(|_| format!("{s:?} is not a duration (e.g. 90s, 30m, 6h, 2d)"))?;
    if !(n.is_finite() && n >= 0.0) {
        return Err(format!("{s:?} is not a duration"));
    }
    let secs = match unit {
        's' => n,
        'm' => n * 60.0,
        'h' => n * 3600.0,
        'd' => n * 86_400.0,
        other => return Err(format!("unknown unit {other:?} in {s:?} (s, m, h, d)")),
    };
    Ok(std::time::Duration::from_secs_f64(secs))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("90s", 'd').unwrap().as_secs(), 90);
        assert_eq!(parse_duration("2d", 's').unwrap().as_secs(), 172_800);
        assert_eq!(parse_duration("1.5", 'h').unwrap().as_secs(), 5400);
        assert_eq!(parse_duration("250ms", 'd').unwrap().as_millis(), 250);
        assert!(parse_duration("soon", 'd').is_err());
        assert!(parse_duration("-1d", 'd').is_err());
        assert!(parse_duration("3w", 'd').is_err());
    }
}
