-- Issue 11: break-glass access. One row per grant of time-limited administrator rights,
-- with the reason in the person's words (reviewed by the tenant's administrators and
-- auditors, never copied into logs or audit details). A grant ends at expires_at whatever
-- ended_at says; ended_at/ended_by record an early end or the expiry job's note of it.
CREATE TABLE break_glass_grant (
    id            uuid        PRIMARY KEY,
    tenant_id     uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    subject       text        NOT NULL CHECK (length(subject) <= 200),
    name          text        NOT NULL CHECK (length(name) <= 200),
    email         text        CHECK (length(email) <= 254),
    reason        text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    opened_at     timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL CHECK (expires_at > opened_at),
    ended_at      timestamptz,
    ended_by_kind text        CHECK (ended_by_kind IN ('USER', 'INTEGRATION', 'SYSTEM', 'ANONYMOUS')),
    ended_by      text        CHECK (length(ended_by) <= 200),
    CHECK ((ended_at IS NULL) = (ended_by IS NULL) AND (ended_by IS NULL) = (ended_by_kind IS NULL))
);

-- Every request of an eligible person asks for their grant that is still open.
CREATE INDEX break_glass_grant_open_idx ON break_glass_grant (tenant_id, subject, expires_at) WHERE ended_at IS NULL;
CREATE INDEX break_glass_grant_recent_idx ON break_glass_grant (tenant_id, opened_at DESC);
