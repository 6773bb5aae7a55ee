-- Following users' calendars (issue 5).

CREATE TABLE calendar_connection (
    tenant_id         uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id           uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    auto_join         boolean     NOT NULL DEFAULT false,
    labels            text[]      NOT NULL DEFAULT '{}',
    -- The secret ICS address: a capability, like a password.
    feed_url          text        CHECK (feed_url IS NULL OR (feed_url LIKE 'https://%' AND length(feed_url) <= 2048)),
    last_sync_at      timestamptz,
    last_sync_events  integer,
    last_sync_found   integer,
    last_sync_error   text,
    updated_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX calendar_connection_feed_idx ON calendar_connection (tenant_id) WHERE feed_url IS NOT NULL;

CREATE TABLE calendar_policy (
    tenant_id        uuid        PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    always_on_labels text[]      NOT NULL,
    never_label      text        NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now()
);
