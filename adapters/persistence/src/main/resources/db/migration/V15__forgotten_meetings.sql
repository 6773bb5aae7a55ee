-- Meetings deleted on request ("remove the agent and delete everything"), remembered only
-- as one-way digests of what identifies them, so that a calendar sync or a recurring
-- series does not book the agent into them again.
CREATE TABLE forgotten_meeting (
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    mark         text        NOT NULL CHECK (mark ~ '^[a-z]+:[0-9a-f]{64}$'),
    -- The marks of one meeting share this, so that asking again by one of them (a link)
    -- clears the others (its calendar UID) too.
    forgotten_id uuid        NOT NULL,
    forgotten_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, mark)
);
