-- Microsoft 365 calendars followed through Graph change notifications (issue 5).

CREATE TABLE microsoft_calendar (
    tenant_id       uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id         uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    subscription_id text        NOT NULL UNIQUE,
    -- Echoed by Microsoft in every notification; a notification without it is forged.
    client_state    text        NOT NULL,
    expires_at      timestamptz NOT NULL,
    delta_link      text,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, user_id)
);
CREATE INDEX microsoft_calendar_expires_idx ON microsoft_calendar (expires_at);

-- Which iCal event a Graph event id is, for deletions that name only the id.
CREATE TABLE microsoft_calendar_event (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    source_id  text        NOT NULL,
    ical_uid   text        NOT NULL,
    occurrence timestamptz,
    PRIMARY KEY (tenant_id, user_id, source_id)
);
