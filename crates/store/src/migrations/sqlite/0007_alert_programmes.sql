-- Programmes (version 7, SQLite): the sanctions programmes or regimes of an alert's listed
-- entity (`SDGT`, `Al-Qaida`...), one row each, written with the alert from its entity
-- snapshot, so that the queue can be filtered by programme through an index.
CREATE TABLE alert_programmes (
    alert_id  INTEGER NOT NULL REFERENCES alerts (id),
    programme TEXT    NOT NULL,
    PRIMARY KEY (alert_id, programme)
);
CREATE INDEX alert_programmes_programme ON alert_programmes (programme, alert_id);
-- Alerts raised before this version: their snapshots' `programmes` (an empty snapshot, for
-- an entity no longer listed when the alert was raised, has none).
INSERT OR IGNORE INTO alert_programmes (alert_id, programme)
SELECT a.id, trim(p.value)
FROM alerts a,
     json_each(CASE WHEN NOT json_valid(a.entity_snapshot) THEN '{}'
                    WHEN json_type(a.entity_snapshot, '$.programmes') = 'array'
                    THEN a.entity_snapshot
                    ELSE '{}' END, '$.programmes') p
WHERE p.type = 'text' AND trim(p.value) <> '';
