-- Issue 6: what a meeting leaves behind. The transcript is kept only as consent allows
-- (never at level Bas once the recap is written) and with declined speakers already
-- removed; the recap is labelled with where its words came from; every meeting that is
-- over has an explicit outcome.

CREATE TABLE transcript (
    meeting_id uuid        PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    source     text        NOT NULL CHECK (source IN ('LIVE', 'PLATFORM', 'UPLOADED')),
    -- [{speaker, email, startMs, endMs, text}], in order.
    utterances jsonb       NOT NULL,
    stored_at  timestamptz NOT NULL
);
CREATE INDEX transcript_tenant_idx ON transcript (tenant_id, stored_at);

CREATE TABLE recap (
    meeting_id  uuid        PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    status      text        NOT NULL CHECK (status IN ('PENDING', 'READY', 'FAILED')),
    language    text        NOT NULL CHECK (language IN ('sv', 'en', 'mixed')),
    source      text        NOT NULL CHECK (source IN ('LIVE', 'PLATFORM', 'UPLOADED')),
    summary     text        NOT NULL CHECK (length(summary) <= 20000),
    topics      text[]      NOT NULL DEFAULT '{}',
    prepared_at timestamptz NOT NULL
);
CREATE INDEX recap_tenant_idx ON recap (tenant_id, prepared_at);

CREATE TABLE meeting_conclusion (
    meeting_id   uuid        PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    outcome      text        NOT NULL CHECK (outcome IN ('RECORDED', 'PARTIAL', 'LOBBY_TIMEOUT', 'CONSENT_DECLINED',
                                 'PLATFORM_TRANSCRIPT', 'UPLOADED_TRANSCRIPT', 'NO_TRANSCRIPT')),
    reason       text        CHECK (length(reason) <= 200),
    concluded_at timestamptz NOT NULL
);
