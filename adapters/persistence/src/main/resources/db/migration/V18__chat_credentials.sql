-- Issue 7: workspaces installed through a platform's install flow (Slack's OAuth) keep the
-- token they granted, per tenant. Token and bot user id are encrypted by the application
-- (AES-256-GCM, a fresh nonce per value, bound to this row); key_id names the key, so
-- that keys can be rotated while older rows stay readable. Erased with the tenant, and
-- with the workspace's link.
CREATE TABLE chat_credential (
    platform       text        NOT NULL CHECK (platform IN ('TEAMS', 'SLACK', 'ZOOM')),
    workspace_id   text        NOT NULL CHECK (length(workspace_id) <= 200),
    tenant_id      uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    workspace_name text        CHECK (length(workspace_name) <= 200),
    key_id         text        NOT NULL CHECK (length(key_id) <= 64),
    -- nonce (12 bytes) || ciphertext || tag (16 bytes)
    bot_token      bytea       NOT NULL CHECK (octet_length(bot_token) <= 4096),
    bot_user_id    bytea       NOT NULL CHECK (octet_length(bot_user_id) <= 1024),
    scopes         text        NOT NULL DEFAULT '' CHECK (length(scopes) <= 2000),
    stored_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (platform, workspace_id),
    FOREIGN KEY (platform, workspace_id) REFERENCES chat_installation (platform, workspace_id) ON DELETE CASCADE
);
CREATE INDEX chat_credential_tenant_idx ON chat_credential (tenant_id);

-- The install flow's states that came back: each may be used once.
CREATE TABLE chat_install_state (
    nonce      text        PRIMARY KEY CHECK (length(nonce) <= 100),
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX chat_install_state_tenant_idx ON chat_install_state (tenant_id);
CREATE INDEX chat_install_state_expiry_idx ON chat_install_state (expires_at);
