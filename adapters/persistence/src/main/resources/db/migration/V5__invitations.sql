-- Inviting the agent like a colleague (issue 5).

-- Each user's agent address token; rotating revokes the old row and adds a new one, so
-- an old address stops working but stays explainable in the audit trail.
CREATE TABLE agent_address (
    token      text        PRIMARY KEY CHECK (token ~ '^[a-z2-7]{20}$'),
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id    uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
);
CREATE UNIQUE INDEX agent_address_active_uq ON agent_address (tenant_id, user_id) WHERE revoked_at IS NULL;

-- Organiser domains a tenant has verified as its own.
CREATE TABLE verified_domain (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    domain     text        NOT NULL CHECK (domain = lower(domain) AND length(domain) <= 253),
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, domain)
);
