package se.postboxen.kollegan.audit;

import java.util.List;

import se.postboxen.kollegan.tenant.TenantId;

/** The append-only audit trail. */
public interface AuditLog {

	/** Appends an event, in the caller's transaction when there is one. */
	void record(AuditEvent event);

	/** The newest events of a tenant, newest first. */
	List<AuditEvent> recent(TenantId tenantId, int limit);

}
