-- Issue 10: the document copilot. A document is kept as the text read out of it and what the
-- rules found in it (jsonb, each finding with its passage), never as the uploaded file. Every row
-- names its tenant; the tenant's offboarding deletes the rows explicitly to count them for the
-- receipt (the cascade only backs that up), and a data-subject request unlinks the uploader and
-- blanks their address in the text (see DocumentErasure).
CREATE TABLE document (
    id                  uuid        PRIMARY KEY,
    tenant_id           uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    file_name           text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
    media_type          text        NOT NULL CHECK (length(media_type) <= 200),
    pages               integer     CHECK (pages >= 0),
    uploaded_by_subject text        NOT NULL CHECK (length(uploaded_by_subject) <= 200),
    uploaded_by_email   text        CHECK (length(uploaded_by_email) <= 254),
    uploaded_by_name    text        NOT NULL CHECK (length(uploaded_by_name) <= 200),
    uploaded_at         timestamptz NOT NULL,
    text                text        NOT NULL,
    analysis            jsonb       NOT NULL,
    requirement_count   integer     NOT NULL CHECK (requirement_count >= 0),
    risk_count          integer     NOT NULL CHECK (risk_count >= 0)
);
CREATE INDEX document_tenant_idx ON document (tenant_id, uploaded_at DESC);
