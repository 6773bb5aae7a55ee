-- Issue 11: retention. The periods a tenant's administrator chose, one row per kind that
-- differs from its default (a kind without a row keeps the default in RetentionKind, so
-- changing a default reaches every tenant that never chose). The limits live in code,
-- not in a CHECK: a period stored under earlier limits is read as the nearest limit now
-- allowed. Kinds are RetentionKind's wire names; a new kind needs a migration that widens
-- the CHECK before the code that uses it is deployed (docs/operations.md, Migrations).
CREATE TABLE retention_period (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    kind       text        NOT NULL CHECK (kind IN ('transcript-plus', 'transcript-juridik', 'recap', 'brief',
                                                    'stakeholder', 'document', 'regwatch', 'mail-outbox',
                                                    'job-history', 'audit-log')),
    days       integer     NOT NULL CHECK (days BETWEEN 0 AND 36500),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, kind)
);

-- A tenant's legal hold: while a row exists the sweep deletes nothing because of its age.
-- The reason is the administrator's own words; the audit trail says only that a hold was
-- placed or lifted, and by whom.
CREATE TABLE legal_hold (
    tenant_id uuid        PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    reason    text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    placed_at timestamptz NOT NULL
);

-- The sweep's questions: a tenant's meetings that are over, by their end; and rows by
-- their own time where no index answered that yet.
CREATE INDEX meeting_tenant_over_idx ON meeting (tenant_id, ends_at)
    WHERE status IN ('DONE', 'FAILED', 'CANCELLED');
CREATE INDEX regwatch_item_version_tenant_fetched_idx ON regwatch_item_version (tenant_id, fetched_at);
CREATE INDEX mail_outbox_tenant_kept_idx ON mail_outbox (tenant_id, kept_at);
CREATE INDEX agent_job_tenant_finished_idx ON agent_job (tenant_id, finished_at) WHERE finished_at IS NOT NULL;
