-- nomina store schema, version 1 (SQLite). Times are milliseconds since the Unix epoch, UTC.

CREATE TABLE api_keys (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL CHECK (role IN ('screen', 'analyst', 'admin')),
    secret_hash TEXT    NOT NULL UNIQUE,
    created     INTEGER NOT NULL,
    revoked     INTEGER
);

CREATE TABLE sessions (
    token_hash TEXT    PRIMARY KEY,
    key_id     INTEGER NOT NULL REFERENCES api_keys (id),
    csrf       TEXT    NOT NULL,
    created    INTEGER NOT NULL,
    expires    INTEGER NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires);
CREATE INDEX sessions_key ON sessions (key_id);

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    time      INTEGER NOT NULL,
    kind      TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    subject   TEXT,
    payload   TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX audit_log_time ON audit_log (time);

-- The last record removed by retention: the chain kept starts from its hash.
CREATE TABLE audit_anchor (
    id   INTEGER PRIMARY KEY CHECK (id = 1),
    seq  INTEGER NOT NULL,
    hash TEXT    NOT NULL,
    time INTEGER NOT NULL
);

CREATE TABLE alerts (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    created            INTEGER NOT NULL,
    status             TEXT    NOT NULL
                       CHECK (status IN ('open', 'true_match', 'false_positive', 'escalated')),
    reference          TEXT,
    query              TEXT    NOT NULL,
    entity             TEXT    NOT NULL,
    entity_name        TEXT    NOT NULL,
    score              REAL    NOT NULL,
    screening_id       TEXT    NOT NULL,
    entity_fingerprint TEXT    NOT NULL,
    entity_snapshot    TEXT    NOT NULL,
    reason             TEXT
);
CREATE INDEX alerts_status ON alerts (status, id);
CREATE INDEX alerts_reference_entity ON alerts (reference, entity, status);
CREATE INDEX alerts_entity ON alerts (entity);
CREATE INDEX alerts_screening ON alerts (screening_id);

CREATE TABLE decisions (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id INTEGER NOT NULL REFERENCES alerts (id),
    status   TEXT    NOT NULL CHECK (status IN ('true_match', 'false_positive', 'escalated')),
    comment  TEXT    NOT NULL,
    actor    TEXT    NOT NULL,
    time     INTEGER NOT NULL
);
CREATE INDEX decisions_alert ON decisions (alert_id, id);

-- What became of each hit of a screening: a new alert, an alert already in the queue, or
-- suppressed by a false-positive decision (alert_id NULL, decision_id set).
CREATE TABLE screening_alerts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    screening_id TEXT    NOT NULL,
    position     INTEGER NOT NULL,
    outcome      TEXT    NOT NULL CHECK (outcome IN ('opened', 'already_open', 'suppressed')),
    alert_id     INTEGER REFERENCES alerts (id),
    decision_id  INTEGER REFERENCES decisions (id),
    reference    TEXT,
    entity       TEXT    NOT NULL,
    time         INTEGER NOT NULL,
    CHECK ((alert_id IS NULL) <> (decision_id IS NULL))
);
CREATE INDEX screening_alerts_screening ON screening_alerts (screening_id, position);
CREATE INDEX screening_alerts_alert ON screening_alerts (alert_id);
CREATE INDEX screening_alerts_decision ON screening_alerts (decision_id);
