-- The audit log's binding to the key its records are hashed with (kept outside the
-- database). Records with seq >= from_seq carry the keyed hash; older ones the plain hash.
-- key_id is a public identifier of the key, never the key; chain is the log's random id,
-- carried by every head written to the head file.
CREATE TABLE audit_keying (
    id       BIGINT  PRIMARY KEY CHECK (id = 1),
    from_seq BIGINT  NOT NULL,
    key_id   TEXT    NOT NULL,
    chain    TEXT    NOT NULL,
    time     BIGINT  NOT NULL
);
