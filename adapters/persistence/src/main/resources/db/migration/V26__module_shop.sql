-- Issue 10: the module shop. Which modules each tenant has switched on, since when and by
-- whom (an actor as in audit_event); a module that is off has no row, and its history is in
-- the audit log. Modules are named by the wire names the API, the feature flags and the
-- billing events use.
CREATE TABLE tenant_module (
    tenant_id       uuid        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    module          text        NOT NULL CHECK (module IN ('regwatch', 'procurement', 'doc-copilot',
                                                           'juridik-gunnar', 'stakeholder-insights', 'task-boards')),
    enabled_at      timestamptz NOT NULL,
    enabled_by_kind text        NOT NULL CHECK (enabled_by_kind IN ('USER', 'INTEGRATION', 'SYSTEM', 'ANONYMOUS')),
    enabled_by      text        NOT NULL CHECK (length(enabled_by) <= 200),
    PRIMARY KEY (tenant_id, module)
);

-- Stakeholder insights and task boards were there for every tenant before there was a shop:
-- every tenant keeps them, so that the upgrade takes nothing away. No billing event is sent
-- for them (nobody bought them); billing reads what each tenant has at GET /api/admin/modules.
INSERT INTO tenant_module (tenant_id, module, enabled_at, enabled_by_kind, enabled_by)
SELECT tenant.id, kept.module, now(), 'SYSTEM', 'upgrade'
FROM tenant CROSS JOIN (VALUES ('stakeholder-insights'), ('task-boards')) AS kept (module);
