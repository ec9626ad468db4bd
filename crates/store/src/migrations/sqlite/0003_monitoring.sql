-- Ongoing monitoring (version 3, SQLite): the customer base, monitoring runs, the webhook
-- outbox, and the mark an alert gets when its listed entity is removed from its list.

-- One customer per reference. names and identifiers are JSON arrays of strings.
CREATE TABLE customers (
    reference   TEXT    PRIMARY KEY,
    names       TEXT    NOT NULL,
    type        TEXT,
    dob         TEXT,
    country     TEXT,
    identifiers TEXT    NOT NULL,
    updated     INTEGER NOT NULL
);

-- One row per re-screening of the customer base (delta on a list change, or full).
-- from_versions / to_versions are JSON arrays of {source, published, sha256}.
CREATE TABLE monitoring_runs (
    id                TEXT    PRIMARY KEY,
    kind              TEXT    NOT NULL CHECK (kind IN ('delta', 'full', 'baseline')),
    started           INTEGER NOT NULL,
    duration_ms       INTEGER NOT NULL,
    from_versions     TEXT    NOT NULL,
    to_versions       TEXT    NOT NULL,
    customers         INTEGER NOT NULL,
    entities_screened INTEGER NOT NULL,
    candidates        INTEGER NOT NULL,
    hits              INTEGER NOT NULL,
    alerts_opened     INTEGER NOT NULL,
    alerts_joined     INTEGER NOT NULL,
    alerts_suppressed INTEGER NOT NULL,
    alerts_delisted   INTEGER NOT NULL,
    actor             TEXT    NOT NULL
);
CREATE INDEX monitoring_runs_started ON monitoring_runs (started);

-- Set when the listed entity of an open alert left its list (the alert stays in the queue
-- for an analyst to close).
ALTER TABLE alerts ADD COLUMN delisted INTEGER;

-- Per webhook URL, the newest alert already put in the outbox.
CREATE TABLE webhook_cursor (
    url           TEXT    PRIMARY KEY,
    last_alert_id INTEGER NOT NULL
);

-- One delivery of one alert to one URL; kept until delivered (at least once).
CREATE TABLE webhook_outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    url          TEXT    NOT NULL,
    alert_id     INTEGER NOT NULL REFERENCES alerts (id),
    payload      TEXT    NOT NULL,
    attempts     INTEGER NOT NULL,
    next_attempt INTEGER NOT NULL,
    created      INTEGER NOT NULL,
    delivered    INTEGER,
    last_error   TEXT,
    UNIQUE (url, alert_id)
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (delivered, next_attempt);
