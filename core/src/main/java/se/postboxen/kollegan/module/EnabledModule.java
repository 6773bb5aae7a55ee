package se.postboxen.kollegan.module;

import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * A module that is on for a tenant: since when, and who switched it on.
 */
public record EnabledModule(TenantId tenantId, Module module, Instant since, Actor by) {

	public EnabledModule {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(module, "module");
		Objects.requireNonNull(since, "since");
		Objects.requireNonNull(by, "by");
	}

}
