-- Issue 7: chat platforms. Which tenant a Slack team or Zoom account belongs to (Teams
-- tenants are known by their directory id), and where each meeting can be talked to in
-- chat (consent cards and recaps go there).
CREATE TABLE chat_installation (
    platform     text        NOT NULL CHECK (platform IN ('TEAMS', 'SLACK', 'ZOOM')),
    workspace_id text        NOT NULL CHECK (length(workspace_id) <= 200),
    tenant_id    uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    installed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (platform, workspace_id)
);
CREATE INDEX chat_installation_tenant_idx ON chat_installation (tenant_id);

CREATE TABLE chat_meeting (
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    meeting_id  uuid        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    platform    text        NOT NULL CHECK (platform IN ('TEAMS', 'SLACK', 'ZOOM')),
    -- The platform's own address of the conversation (opaque here), e.g. service URL and
    -- conversation id for Teams.
    address     text        NOT NULL CHECK (length(address) <= 2000),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (meeting_id, platform, address)
);
