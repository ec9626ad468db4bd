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
-- an entity no longer listed when the alert was raised, has none; nor has a snapshot that
-- is not JSON, which must not stop the migration).
CREATE FUNCTION pg_temp.snapshot_programmes(snapshot TEXT) RETURNS SETOF TEXT
LANGUAGE plpgsql AS $$
DECLARE
    doc JSONB;
BEGIN
    BEGIN
        doc := snapshot::jsonb;
    EXCEPTION WHEN others THEN
        RETURN;
    END;
    IF jsonb_typeof(doc) = 'object' AND jsonb_typeof(doc -> 'programmes') = 'array' THEN
        RETURN QUERY
            SELECT trim(p.value #>> '{}')
            FROM jsonb_array_elements(doc -> 'programmes') AS p(value)
            WHERE jsonb_typeof(p.value) = 'string';
    END IF;
END $$;
INSERT INTO alert_programmes (alert_id, programme)
SELECT DISTINCT a.id, p.programme
FROM alerts a
CROSS JOIN LATERAL pg_temp.snapshot_programmes(a.entity_snapshot) AS p(programme)
WHERE p.programme <> '';
DROP FUNCTION pg_temp.snapshot_programmes(TEXT);
