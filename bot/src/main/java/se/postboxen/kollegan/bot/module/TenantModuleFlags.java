package se.postboxen.kollegan.bot.module;

import java.util.Optional;
import java.util.UUID;

import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.EvaluationContext;
import dev.openfeature.sdk.FeatureProvider;
import dev.openfeature.sdk.Metadata;
import dev.openfeature.sdk.ProviderEvaluation;
import dev.openfeature.sdk.Reason;
import dev.openfeature.sdk.Value;

import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The OpenFeature provider of module flags, read from the database at every evaluation: a
 * switch takes effect at once, on every instance. A flag is {@code module.<wire name>}, a
 * boolean, evaluated for the tenant whose id is the targeting key. Any other flag, or a
 * context without a tenant, gets the caller's default and the reason why.
 */
final class TenantModuleFlags implements FeatureProvider {

	static final String NAME = "kollegan-tenant-modules";

	private final TenantModules modules;

	TenantModuleFlags(TenantModules modules) {
		this.modules = modules;
	}

	@Override
	public Metadata getMetadata() {
		return () -> NAME;
	}

	@Override
	public ProviderEvaluation<Boolean> getBooleanEvaluation(String key, Boolean defaultValue,
			EvaluationContext context) {
		Optional<Module> module = Module.ofFlagKey(key);
		if (module.isEmpty()) {
			return failed(defaultValue, ErrorCode.FLAG_NOT_FOUND, "No module has the flag " + key);
		}
		String target = context.getTargetingKey();
		if (target == null || target.isBlank()) {
			return failed(defaultValue, ErrorCode.TARGETING_KEY_MISSING, "Module flags need the tenant's id");
		}
		TenantId tenantId;
		try {
			tenantId = new TenantId(UUID.fromString(target));
		}
		catch (IllegalArgumentException ex) {
			return failed(defaultValue, ErrorCode.INVALID_CONTEXT, "The targeting key is not a tenant's id");
		}
		boolean on = this.modules.isEnabled(tenantId, module.get());
		return ProviderEvaluation.<Boolean>builder()
			.value(on)
			.variant(on ? "on" : "off")
			.reason(Reason.TARGETING_MATCH.name())
			.build();
	}

	@Override
	public ProviderEvaluation<String> getStringEvaluation(String key, String defaultValue, EvaluationContext context) {
		return notBoolean(key, defaultValue);
	}

	@Override
	public ProviderEvaluation<Integer> getIntegerEvaluation(String key, Integer defaultValue,
			EvaluationContext context) {
		return notBoolean(key, defaultValue);
	}

	@Override
	public ProviderEvaluation<Double> getDoubleEvaluation(String key, Double defaultValue, EvaluationContext context) {
		return notBoolean(key, defaultValue);
	}

	@Override
	public ProviderEvaluation<Value> getObjectEvaluation(String key, Value defaultValue, EvaluationContext context) {
		return notBoolean(key, defaultValue);
	}

	private static <T> ProviderEvaluation<T> notBoolean(String key, T defaultValue) {
		return Module.ofFlagKey(key).isPresent()
				? failed(defaultValue, ErrorCode.TYPE_MISMATCH, "Module flags are booleans")
				: failed(defaultValue, ErrorCode.FLAG_NOT_FOUND, "No module has the flag " + key);
	}

	private static <T> ProviderEvaluation<T> failed(T defaultValue, ErrorCode code, String message) {
		return ProviderEvaluation.<T>builder()
			.value(defaultValue)
			.reason(Reason.ERROR.name())
			.errorCode(code)
			.errorMessage(message)
			.build();
	}

}
