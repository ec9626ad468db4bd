//! Numbered schema migrations, one SQL file per version and backend. A database records the
//! versions applied in `schema_migrations`; opening applies the missing ones in order, in one
//! transaction, and refuses a database written by a newer schema than this build knows.

use crate::{Result, StoreError};

/// One migration: its version and SQL.
pub(crate) type Migration = (i64, &'static str);

/// SQLite migrations, in order.
pub(crate) const SQLITE: &[Migration] = &[
    (1, include_str!("sqlite/0001_init.sql")),
    (2, include_str!("sqlite/0002_audit_keying.sql")),
    (3, include_str!("sqlite/0003_monitoring.sql")),
    (4, include_str!("sqlite/0004_alert_queue.sql")),
    (5, include_str!("sqlite/0005_customers_updated.sql")),
    (6, include_str!("sqlite/0006_alert_notes.sql")),
    (7, include_str!("sqlite/0007_alert_programmes.sql")),
];

/// PostgreSQL migrations, in order.
pub(crate) const POSTGRES: &[Migration] = &[
    (1, include_str!("postgres/0001_init.sql")),
    (2, include_str!("postgres/0002_audit_keying.sql")),
    (3, include_str!("postgres/0003_monitoring.sql")),
    (4, include_str!("postgres/0004_alert_queue.sql")),
    (5, include_str!("postgres/0005_customers_updated.sql")),
    (6, include_str!("postgres/0006_alert_notes.sql")),
    (7, include_str!("postgres/0007_alert_programmes.sql")),
];

/// The migrations still to apply to a database at version `current`, or an error if the
/// database is newer than this build.
pub(crate) fn pending(
    migrations: &'static [Migration],
    current: i64,
    target: &str,
) -> Result<impl Iterator<Item = &'static Migration>> {
    let known = migrations.last().map_or(0, |m| m.0);
    if current > known {
        return Err(StoreError::Unavailable {
            target: target.to_string(),
            message: format!(
                "the database schema is at version {current}, newer than version {known} that \
                 this build of nomina knows; upgrade nomina (or restore a matching backup) \
                 before using this database"
            ),
        });
    }
    Ok(migrations.iter().filter(move |m| m.0 > current))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_numbered_in_order() {
        for list in [SQLITE, POSTGRES] {
            for (i, (v, _)) in list.iter().enumerate() {
                assert_eq!(*v, i as i64 + 1);
            }
        }
        assert_eq!(SQLITE.len(), POSTGRES.len());
    }
}
