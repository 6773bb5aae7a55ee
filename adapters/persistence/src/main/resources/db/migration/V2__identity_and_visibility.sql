-- The identity provider's id for each tenant's directory (Entra ID: the token's `tid`), so
-- that a token can be mapped to exactly one tenant; unknown directories get no access.
ALTER TABLE tenant ADD COLUMN directory_id text UNIQUE;

-- Who asked the agent to attend, so that a MEMBER sees the meetings they scheduled even
-- when they are neither organiser nor participant.
ALTER TABLE meeting ADD COLUMN scheduled_by text;
CREATE INDEX meeting_tenant_organizer_email_idx ON meeting (tenant_id, organizer_email);
CREATE INDEX meeting_tenant_scheduled_by_idx ON meeting (tenant_id, scheduled_by);
