-- The alert queue (version 4, PostgreSQL): who works an alert, and a true-match decision
-- awaiting a second analyst's confirmation (four eyes). The proposal columns stay after
-- confirmation, so the alert keeps who proposed and who confirmed.
ALTER TABLE alerts ADD COLUMN assignee TEXT;
ALTER TABLE alerts ADD COLUMN proposed_by TEXT;
ALTER TABLE alerts ADD COLUMN proposed_comment TEXT;
ALTER TABLE alerts ADD COLUMN proposed_time BIGINT;
CREATE INDEX alerts_assignee ON alerts (assignee, id);
