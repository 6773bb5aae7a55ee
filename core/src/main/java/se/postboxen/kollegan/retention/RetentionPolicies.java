package se.postboxen.kollegan.retention;

import java.util.List;

import se.postboxen.kollegan.tenant.TenantId;

/** Each tenant's retention policy. */
public interface RetentionPolicies {

	/** The tenant's policy; the defaults when it has set nothing. */
	RetentionPolicy find(TenantId tenantId);

	/** Replaces the tenant's policy. */
	void save(RetentionPolicy policy);

	/** Every tenant, for the nightly sweep to visit. */
	List<TenantId> tenants();

}
