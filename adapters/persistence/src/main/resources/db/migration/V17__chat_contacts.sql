-- Issue 7: where a person can be written to alone on a chat platform (their Teams 1:1
-- chat with Kollegan, Slack DM, Zoom chat), learnt when they talk to Kollegan; nudges go
-- there. Personal data: erased with the person, and with the tenant.
CREATE TABLE chat_contact (
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    email      text        NOT NULL CHECK (length(email) <= 254),
    platform   text        NOT NULL CHECK (platform IN ('TEAMS', 'SLACK', 'ZOOM')),
    address    text        NOT NULL CHECK (length(address) <= 2000),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, email, platform)
);
