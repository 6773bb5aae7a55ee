-- Issue 8: what the language model cost, per meeting: the tokens of every recap a remote
-- model wrote or began (a retried recap is paid twice, so it is recorded twice) and their
-- price in SEK from the configured table. No words of the meeting. When the meeting is
-- erased or its retention ends, the row loses its meeting (SET NULL) but keeps its cost, so
-- a tenant's spending still adds up and nothing names the meeting any more; it goes with
-- the tenant.
CREATE TABLE model_usage (
    id                uuid           PRIMARY KEY,
    tenant_id         uuid           NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    meeting_id        uuid           REFERENCES meeting (id) ON DELETE SET NULL,
    model             text           NOT NULL CHECK (length(model) <= 200),
    prompt_tokens     bigint         NOT NULL CHECK (prompt_tokens >= 0),
    completion_tokens bigint         NOT NULL CHECK (completion_tokens >= 0),
    cost_sek          numeric(14, 6) NOT NULL CHECK (cost_sek >= 0),
    used_at           timestamptz    NOT NULL
);
CREATE INDEX model_usage_meeting_idx ON model_usage (meeting_id);
CREATE INDEX model_usage_tenant_idx ON model_usage (tenant_id, used_at);
