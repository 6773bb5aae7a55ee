package se.postboxen.kollegan.module;

import java.util.List;
import java.util.Optional;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * Which modules are on for each tenant. A module that is off has no entry: what was on
 * before, and who changed it, is in the audit log.
 */
public interface TenantModules {

	/** The tenant's modules that are on, in the catalogue's order. */
	List<EnabledModule> enabled(TenantId tenantId);

	boolean isEnabled(TenantId tenantId, Module module);

	/**
	 * Switches a module on, unless it is on already (then the first switch stands).
	 * @return whether this call switched it on
	 */
	boolean enable(EnabledModule module);

	/**
	 * Switches a module off.
	 * @return what was on, when it was
	 */
	Optional<EnabledModule> disable(TenantId tenantId, Module module);

}
