package se.postboxen.kollegan.module;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Which modules tenants have, as {@code tenant_module} keeps it, for the use cases whose
 * work a module's switch gates: a tenant has none until a test switches one on.
 */
public final class InMemoryTenantModules implements TenantModules {

	private final Map<TenantId, Map<Module, EnabledModule>> on = new LinkedHashMap<>();

	/** Switches the modules on for the tenant, as an administrator would. */
	public InMemoryTenantModules on(TenantId tenantId, Module... modules) {
		for (Module module : modules) {
			enable(new EnabledModule(tenantId, module, Instant.EPOCH, Actor.system("test")));
		}
		return this;
	}

	/** Switches the module off for the tenant. */
	public InMemoryTenantModules off(TenantId tenantId, Module module) {
		disable(tenantId, module);
		return this;
	}

	@Override
	public List<EnabledModule> enabled(TenantId tenantId) {
		return List.copyOf(this.on.getOrDefault(tenantId, Map.of()).values());
	}

	@Override
	public boolean isEnabled(TenantId tenantId, Module module) {
		return this.on.getOrDefault(tenantId, Map.of()).containsKey(module);
	}

	@Override
	public boolean enable(EnabledModule module) {
		return this.on.computeIfAbsent(module.tenantId(), id -> new EnumMap<>(Module.class))
			.putIfAbsent(module.module(), module) == null;
	}

	@Override
	public Optional<EnabledModule> disable(TenantId tenantId, Module module) {
		return Optional.ofNullable(this.on.getOrDefault(tenantId, new EnumMap<>(Module.class)).remove(module));
	}

}
