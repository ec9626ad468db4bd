-- Case notes (version 6, SQLite): analysts' notes on an alert, oldest first by id. Each is
-- also an `alert.note` audit record, written in the same transaction.
CREATE TABLE alert_notes (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    alert_id INTEGER NOT NULL REFERENCES alerts (id),
    actor    TEXT    NOT NULL,
    time     INTEGER NOT NULL,
    text     TEXT    NOT NULL
);
CREATE INDEX alert_notes_alert ON alert_notes (alert_id, id);
-- An alert's case reads the audit records whose subject is the alert.
CREATE INDEX audit_log_subject ON audit_log (subject, seq);
-- The queue sorted by score, filtered by age, and counted per day (decisions by time).
CREATE INDEX alerts_score ON alerts (score, id);
CREATE INDEX alerts_created ON alerts (created);
CREATE INDEX decisions_time ON decisions (time);
