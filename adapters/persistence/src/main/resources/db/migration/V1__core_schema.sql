-- Kollegan core schema. Every tenant-owned row carries tenant_id; child rows repeat it so
-- that any table can be filtered (and, later, row-level secured) on its own.
-- Foreign keys to the owning tenant/meeting cascade on delete so that "delete everything"
-- for a meeting or a tenant cannot leave orphans behind.

CREATE TABLE tenant (
    id                    uuid        PRIMARY KEY,
    slug                  text        NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$'),
    name                  text        NOT NULL CHECK (length(name) <= 200),
    time_zone             text        NOT NULL,
    default_consent_level text        NOT NULL CHECK (default_consent_level IN ('BAS', 'PLUS', 'JURIDIK')),
    version               bigint      NOT NULL,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    id           uuid        PRIMARY KEY,
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    email        text        NOT NULL CHECK (length(email) <= 254),
    display_name text        NOT NULL CHECK (length(display_name) <= 200),
    role         text        NOT NULL CHECK (role IN ('ADMIN', 'MEMBER', 'AUDITOR')),
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, email)
);

CREATE TABLE meeting (
    id                  uuid        PRIMARY KEY,
    tenant_id           uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    title               text        NOT NULL CHECK (length(title) <= 200),
    platform            text        NOT NULL CHECK (platform IN ('TEAMS', 'ZOOM', 'GOOGLE_MEET', 'WEBEX', 'OTHER')),
    join_url            text        NOT NULL CHECK (length(join_url) <= 2048 AND join_url LIKE 'https://%'),
    starts_at           timestamptz NOT NULL,
    ends_at             timestamptz NOT NULL,
    time_zone           text        NOT NULL,
    organizer_name      text,
    organizer_email     text,
    status              text        NOT NULL CHECK (status IN ('SCHEDULED', 'JOINING', 'IN_LOBBY', 'ACTIVE',
                                        'POST_PROCESSING', 'DONE', 'FAILED', 'DEGRADED', 'CANCELLED')),
    ical_uid            text,
    platform_meeting_id text,
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at)
);
-- The dashboard's main query: one tenant's meetings in a time window, by start time.
CREATE INDEX meeting_tenant_starts_at_idx ON meeting (tenant_id, starts_at);
-- Recognising a meeting that arrives again by another path (invitation, calendar sync).
CREATE INDEX meeting_tenant_ical_uid_idx ON meeting (tenant_id, ical_uid) WHERE ical_uid IS NOT NULL;
CREATE INDEX meeting_tenant_platform_meeting_id_idx ON meeting (tenant_id, platform_meeting_id)
    WHERE platform_meeting_id IS NOT NULL;

CREATE TABLE meeting_participant (
    meeting_id uuid    NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    tenant_id  uuid    NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name       text,
    email      text,
    PRIMARY KEY (meeting_id, position),
    CHECK (name IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX meeting_participant_tenant_email_idx ON meeting_participant (tenant_id, email);

CREATE TABLE decision (
    id            uuid          PRIMARY KEY,
    tenant_id     uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    meeting_id    uuid          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    text          text          NOT NULL,
    speaker_name  text,
    speaker_email text,
    at_millis     bigint,
    quote         text,
    confidence    numeric(4, 3) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    version       bigint        NOT NULL,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    updated_at    timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX decision_tenant_meeting_idx ON decision (tenant_id, meeting_id);

CREATE TABLE action_item (
    id                 uuid          PRIMARY KEY,
    tenant_id          uuid          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    meeting_id         uuid          NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    text               text          NOT NULL,
    owner_name         text,
    owner_email        text,
    due_date           date,
    status             text          NOT NULL CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
    task_board         text          CHECK (task_board IN ('PLANNER', 'TRELLO')),
    task_id            text,
    task_url           text,
    at_millis          bigint,
    quote              text,
    confidence         numeric(4, 3) NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    needs_confirmation boolean       NOT NULL,
    version            bigint        NOT NULL,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    CHECK ((task_board IS NULL) = (task_id IS NULL))
);
CREATE INDEX action_item_tenant_meeting_idx ON action_item (tenant_id, meeting_id);
-- Open actions by owner: nudges and "my actions".
CREATE INDEX action_item_tenant_owner_open_idx ON action_item (tenant_id, owner_email) WHERE status = 'OPEN';

CREATE TABLE brief (
    id          uuid        PRIMARY KEY,
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    meeting_id  uuid        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('PRE', 'POST')),
    language    text        NOT NULL,
    content     text        NOT NULL,
    prepared_at timestamptz NOT NULL,
    version     bigint      NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX brief_tenant_meeting_idx ON brief (tenant_id, meeting_id);

CREATE TABLE stakeholder (
    id           uuid        PRIMARY KEY,
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    email        text        NOT NULL,
    name         text,
    organisation text,
    last_seen_at timestamptz,
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, email)
);

CREATE TABLE consent_record (
    id                uuid        PRIMARY KEY,
    tenant_id         uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    meeting_id        uuid        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    participant_name  text,
    participant_email text,
    level             text        NOT NULL CHECK (level IN ('BAS', 'PLUS', 'JURIDIK')),
    answer            text        NOT NULL CHECK (answer IN ('ACCEPTED', 'DECLINED')),
    channel           text        NOT NULL CHECK (channel IN ('TEAMS', 'SLACK', 'ZOOM', 'EMAIL', 'WEB', 'SANDBOX')),
    answered_at       timestamptz NOT NULL,
    version           bigint      NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (participant_name IS NOT NULL OR participant_email IS NOT NULL)
);
CREATE INDEX consent_record_tenant_meeting_idx ON consent_record (tenant_id, meeting_id);

-- Append-only. tenant_id is nullable for events outside any tenant (e.g. a rejected token
-- naming no known tenant); no foreign key, so that the trail survives tenant deletion as
-- the tombstone of what was deleted.
CREATE TABLE audit_event (
    id             uuid        PRIMARY KEY,
    tenant_id      uuid,
    occurred_at    timestamptz NOT NULL,
    actor_kind     text        NOT NULL CHECK (actor_kind IN ('USER', 'INTEGRATION', 'SYSTEM', 'ANONYMOUS')),
    actor_id       text        NOT NULL,
    action         text        NOT NULL,
    subject_type   text        NOT NULL,
    subject_id     text,
    correlation_id text,
    details        jsonb       NOT NULL DEFAULT '{}'::jsonb,
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_event_tenant_occurred_at_idx ON audit_event (tenant_id, occurred_at DESC);

CREATE TABLE regwatch_source (
    id         uuid        PRIMARY KEY,
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name       text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('RSS', 'ATOM', 'JSON', 'WEB_PAGE')),
    url        text        NOT NULL CHECK (url LIKE 'https://%'),
    selector   text,
    enabled    boolean     NOT NULL,
    version    bigint      NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX regwatch_source_tenant_idx ON regwatch_source (tenant_id);

CREATE TABLE regwatch_item (
    id              uuid        PRIMARY KEY,
    tenant_id       uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    source_id       uuid        NOT NULL REFERENCES regwatch_source (id) ON DELETE CASCADE,
    external_key    text        NOT NULL,
    title           text        NOT NULL,
    url             text        NOT NULL,
    first_seen_at   timestamptz NOT NULL,
    last_changed_at timestamptz NOT NULL,
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (source_id, external_key)
);
CREATE INDEX regwatch_item_tenant_changed_idx ON regwatch_item (tenant_id, last_changed_at DESC);

CREATE TABLE regwatch_item_version (
    id           uuid        PRIMARY KEY,
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    item_id      uuid        NOT NULL REFERENCES regwatch_item (id) ON DELETE CASCADE,
    number       integer     NOT NULL CHECK (number >= 1),
    content_hash text        NOT NULL,
    content      text        NOT NULL,
    fetched_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (item_id, number)
);
