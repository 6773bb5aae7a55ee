-- Issue 8: mail Kollegan would have sent when no mail server is configured (development,
-- the embedded mode), kept per tenant and recipient and readable in the dashboard and the
-- API. Personal data: erased with the recipient, and with the tenant.
CREATE TABLE mail_outbox (
    id         uuid        PRIMARY KEY,
    tenant_id  uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    to_address text        NOT NULL CHECK (length(to_address) <= 254),
    subject    text        NOT NULL CHECK (length(subject) <= 300),
    body       text        NOT NULL CHECK (length(body) <= 20000),
    kind       text        NOT NULL CHECK (length(kind) <= 40),
    kept_at    timestamptz NOT NULL
);
CREATE INDEX mail_outbox_recipient_idx ON mail_outbox (tenant_id, to_address, kept_at DESC);
