package se.postboxen.kollegan.invite;

import java.util.List;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * The e-mail domains a tenant has verified as its own: invitations are accepted only from
 * organisers in them, so that nobody outside can make the agent join (and record) a
 * meeting.
 */
public interface VerifiedDomains {

	List<String> list(TenantId tenantId);

	boolean isVerified(TenantId tenantId, String domain);

	/** Replaces the tenant's list. */
	void replace(TenantId tenantId, List<String> domains);

}
