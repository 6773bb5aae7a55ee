package se.postboxen.kollegan.bot.module;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;

import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Whether a module is on for a tenant, asked through OpenFeature (flag
 * {@code module.<wire name>}, the tenant's id as targeting key), so that the gate, the
 * navigation and anything else that asks go one way, and another provider could stand in
 * for {@link TenantModuleFlags}.
 */
public final class ModuleFlags {

	private final Client client;

	ModuleFlags(Client client) {
		this.client = client;
	}

	/**
	 * @throws IllegalStateException when the flag could not be evaluated (the database
	 * did not answer): a failure, not a module that is off
	 */
	public boolean on(TenantId tenantId, Module module) {
		FlagEvaluationDetails<Boolean> flag = this.client.getBooleanDetails(module.flagKey(), false,
				new ImmutableContext(tenantId.toString()));
		if (flag.getErrorCode() != null) {
			throw new IllegalStateException(
					"The flag " + module.flagKey() + " could not be evaluated: " + flag.getErrorCode());
		}
		return Boolean.TRUE.equals(flag.getValue());
	}

}
