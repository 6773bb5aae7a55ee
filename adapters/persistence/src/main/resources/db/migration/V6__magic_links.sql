-- Signed magic links (issue 5): what confirming one schedules, until when, and whether it
-- was used. The token itself is never stored; its signature is checked against the keys.
CREATE TABLE magic_link (
    id               uuid        PRIMARY KEY,
    tenant_id        uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    created_by       text        NOT NULL,
    created_by_email text,
    title            text        NOT NULL CHECK (length(title) <= 200),
    join_url         text        NOT NULL CHECK (length(join_url) <= 2048 AND join_url LIKE 'https://%'),
    starts_at        timestamptz NOT NULL,
    ends_at          timestamptz NOT NULL,
    time_zone        text        NOT NULL,
    expires_at       timestamptz NOT NULL,
    used_at          timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
CREATE INDEX magic_link_tenant_idx ON magic_link (tenant_id, created_at DESC);
