-- Issue 10: Juridik-Gunnar. A meeting's legal analysis, written with its recap at consent
-- level Juridik for a tenant with the module on: what was said that touches a rule (kind),
-- with the words, the speaker and when, as one JSON array read and written whole. Every row
-- names its tenant; the meeting's and the tenant's erasure delete the rows explicitly to
-- count them for the receipt (the cascades only back that up), and a data-subject request
-- removes the findings the person said (see LegalAnalysisErasure).
CREATE TABLE legal_analysis (
    meeting_id  uuid        PRIMARY KEY REFERENCES meeting (id) ON DELETE CASCADE,
    tenant_id   uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    findings    jsonb       NOT NULL CHECK (jsonb_typeof(findings) = 'array'),
    analysed_at timestamptz NOT NULL
);
CREATE INDEX legal_analysis_tenant_idx ON legal_analysis (tenant_id, analysed_at);

-- What the language model cost for questions about documents is kept beside what it cost
-- for recaps, so that a tenant's spending is one table: a row has a meeting or a document.
-- Like the meeting, a deleted document leaves the cost without it (SET NULL).
ALTER TABLE model_usage ADD COLUMN document_id uuid REFERENCES document (id) ON DELETE SET NULL;
CREATE INDEX model_usage_document_idx ON model_usage (document_id);
