package se.postboxen.kollegan.breakglass;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.tenant.TenantId;

/** Stored break-glass grants, per tenant. */
public interface BreakGlassGrants {

	/**
	 * Stores a new grant unless the person already has one active at its opening.
	 * @return whether it was stored
	 */
	boolean open(BreakGlassGrant grant);

	/** The person's grant that gives rights at {@code at}, if any. */
	Optional<BreakGlassGrant> active(TenantId tenantId, String subject, Instant at);

	Optional<BreakGlassGrant> findById(TenantId tenantId, BreakGlassGrantId id);

	/**
	 * Records the end of a grant that has not ended yet.
	 * @return the ended grant, or empty when it had ended already
	 */
	Optional<BreakGlassGrant> end(TenantId tenantId, BreakGlassGrantId id, Instant at, Actor by);

	/** The tenant's grants, newest first. */
	List<BreakGlassGrant> recent(TenantId tenantId, int limit);

	/**
	 * How many grants give rights at {@code at}, across tenants: a gauge for operations.
	 */
	long countActive(Instant at);

}
