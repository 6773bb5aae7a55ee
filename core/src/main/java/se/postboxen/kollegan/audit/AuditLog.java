package se.postboxen.kollegan.audit;

import java.util.List;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * The audit trail: appended to, never changed; entries older than the tenant's audit-log
 * retention period are deleted by the retention sweep (docs/retention.md).
 */
public interface AuditLog {

	/** Appends an event, in the caller's transaction when there is one. */
	void record(AuditEvent event);

	/** The newest events of a tenant, newest first. */
	List<AuditEvent> recent(TenantId tenantId, int limit);

}
