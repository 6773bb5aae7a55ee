-- The meeting bot sent to each meeting (issue 6): the gateway's bot id, which join attempt
-- it is, and what it last reported.
CREATE TABLE meeting_bot (
    meeting_id uuid        PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    bot_id     text        NOT NULL UNIQUE CHECK (length(bot_id) <= 200),
    attempt    integer     NOT NULL CHECK (attempt >= 1),
    state      text        NOT NULL CHECK (state IN ('JOINING', 'IN_LOBBY', 'IN_CALL', 'ENDED', 'FAILED')),
    reason     text        CHECK (length(reason) <= 200),
    updated_at timestamptz NOT NULL
);
