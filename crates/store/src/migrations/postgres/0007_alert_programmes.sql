-- Programmes (version 7, PostgreSQL): the sanctions programmes or regimes of an alert's
-- listed entity (`SDGT`, `Al-Qaida`...), one row each, written with the alert from its
-- entity snapshot, so that the queue can be filtered by programme through an index.
CREATE TABLE alert_programmes (
    alert_id  BIGINT NOT NULL REFERENCES alerts (id),
    programme TEXT   NOT NULL,
    PRIMARY KEY (alert_id, programme)
);
CREATE INDEX alert_programmes_programme ON alert_programmes (programme, alert_id);
-- Alerts raised before this version: their snapshots' `programmes` (an empty snapshot, for
-- an entity no longer listed when the alert was raised, has none).
INSERT INTO alert_programmes (alert_id, programme)
SELECT DISTINCT a.id, trim(p.value)
FROM alerts a
CROSS JOIN LATERAL jsonb_array_elements_text(
    CASE WHEN a.entity_snapshot NOT LIKE '{%' THEN '[]'::jsonb
         WHEN jsonb_typeof(a.entity_snapshot::jsonb -> 'programmes') = 'array'
         THEN a.entity_snapshot::jsonb -> 'programmes'
         ELSE '[]'::jsonb END) AS p(value)
WHERE trim(p.value) <> '';
