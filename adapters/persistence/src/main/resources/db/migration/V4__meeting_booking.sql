-- One meeting however the agent was asked for it (issue 5): the calendar's revision,
-- the occurrence of a recurring series, and the join link as a key.

ALTER TABLE meeting ADD COLUMN sequence integer NOT NULL DEFAULT 0 CHECK (sequence >= 0);
-- For one occurrence of a series: its original start (iCal RECURRENCE-ID).
ALTER TABLE meeting ADD COLUMN occurrence timestamptz;
-- The join link without scheme, query or case (JoinUrls.key); filled for stored rows below.
ALTER TABLE meeting ADD COLUMN join_url_key text;
UPDATE meeting SET join_url_key = lower(regexp_replace(regexp_replace(join_url, '^https://', ''), '[?#].*$', ''));
ALTER TABLE meeting ALTER COLUMN join_url_key SET NOT NULL;

CREATE INDEX meeting_tenant_join_url_key_idx ON meeting (tenant_id, join_url_key, starts_at);
-- The same calendar meeting (or occurrence) is one live meeting, also when an invitation
-- and a calendar sync bring it at the same moment.
CREATE UNIQUE INDEX meeting_tenant_ical_occurrence_uq ON meeting (tenant_id, ical_uid,
    coalesce(occurrence, '-infinity'::timestamptz)) WHERE ical_uid IS NOT NULL AND status <> 'CANCELLED';
