-- Recurring series that arrived by invitation, kept as sent so that their occurrences
-- can be materialised a window ahead, day by day (issue 5).
CREATE TABLE recurring_series (
    tenant_id     uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    ical_uid      text        NOT NULL,
    user_id       uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    sequence      integer     NOT NULL CHECK (sequence >= 0),
    calendar_text text        NOT NULL CHECK (length(calendar_text) <= 1048576),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, ical_uid)
);
