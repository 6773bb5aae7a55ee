-- Issue 10: regwatch fetched on a schedule, versions compared, relevance per tenant.
-- How each source was last fetched: the validators for a conditional GET and the last
-- outcome the dashboard shows. One row per source, kept apart from the source so that
-- editing a source never overwrites what a fetch recorded (and the other way round).
CREATE TABLE regwatch_fetch_state (
    source_id       uuid        PRIMARY KEY REFERENCES regwatch_source (id) ON DELETE CASCADE,
    tenant_id       uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    etag            text        CHECK (length(etag) <= 500),
    last_modified   text        CHECK (length(last_modified) <= 100),
    last_fetched_at timestamptz,
    last_success_at timestamptz,
    last_error      text        CHECK (length(last_error) <= 500),
    failures        integer     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    version         bigint      NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX regwatch_fetch_state_tenant_idx ON regwatch_fetch_state (tenant_id);

-- The keywords a tenant cares about; relevance is scored against them.
CREATE TABLE regwatch_topic (
    id         uuid        PRIMARY KEY,
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    keyword    text        NOT NULL CHECK (length(keyword) BETWEEN 1 AND 100),
    version    bigint      NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX regwatch_topic_keyword_idx ON regwatch_topic (tenant_id, lower(keyword));

-- Relevance 0–100 of the item's newest version for its tenant's topics.
ALTER TABLE regwatch_item ADD COLUMN relevance integer NOT NULL DEFAULT 0 CHECK (relevance BETWEEN 0 AND 100);
CREATE INDEX regwatch_item_source_idx ON regwatch_item (source_id);

-- Sources are listed across tenants by the scheduled scan.
CREATE INDEX regwatch_source_enabled_idx ON regwatch_source (enabled) WHERE enabled;
