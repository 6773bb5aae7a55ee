package se.postboxen.kollegan.bot.module;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.openfeature.sdk.Client;
import dev.openfeature.sdk.ErrorCode;
import dev.openfeature.sdk.FlagEvaluationDetails;
import dev.openfeature.sdk.ImmutableContext;
import dev.openfeature.sdk.OpenFeatureAPI;
import dev.openfeature.sdk.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.module.EnabledModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Module flags through the OpenFeature SDK, as the gate and the navigation ask them: a
 * module's flag is on exactly for the tenants that have it on, read afresh each time; an
 * unknown flag, a context without a tenant or a flag asked as the wrong type gets the
 * caller's default and the reason.
 */
class TenantModuleFlagsTests {

	private final TenantId tenant = TenantId.newId();

	private final List<EnabledModule> on = new ArrayList<>();

	private final OpenFeatureAPI features = OpenFeatureAPI.createIsolated();

	private final Client client;

	TenantModuleFlagsTests() {
		this.features.setProviderAndWait(new TenantModuleFlags(modules()));
		this.client = this.features.getClient();
	}

	@AfterEach
	void shutdown() {
		this.features.shutdown();
	}

	@Test
	void aModulesFlagIsOnForTheTenantsThatHaveItOnAndFollowsASwitchAtOnce() {
		ImmutableContext context = new ImmutableContext(this.tenant.toString());

		assertThat(this.client.getBooleanValue("module.juridik-gunnar", true, context)).isFalse();
		this.on.add(new EnabledModule(this.tenant, Module.JURIDIK_GUNNAR, Instant.now(), Actor.system("test")));

		FlagEvaluationDetails<Boolean> flag = this.client.getBooleanDetails("module.juridik-gunnar", false, context);
		assertThat(flag.getValue()).isTrue();
		assertThat(flag.getVariant()).isEqualTo("on");
		assertThat(flag.getReason()).isEqualTo(Reason.TARGETING_MATCH.name());
		assertThat(flag.getErrorCode()).isNull();
		assertThat(this.client.getBooleanValue("module.juridik-gunnar", false,
				new ImmutableContext(TenantId.newId().toString())))
			.isFalse();
		assertThat(new ModuleFlags(this.client).on(this.tenant, Module.JURIDIK_GUNNAR)).isTrue();
		assertThat(new ModuleFlags(this.client).on(this.tenant, Module.REGWATCH)).isFalse();
	}

	@Test
	void anUnknownFlagGetsTheDefaultAndWhy() {
		FlagEvaluationDetails<Boolean> flag = this.client.getBooleanDetails("module.teleportation", true,
				new ImmutableContext(this.tenant.toString()));

		assertThat(flag.getValue()).isTrue();
		assertThat(flag.getReason()).isEqualTo(Reason.ERROR.name());
		assertThat(flag.getErrorCode()).isEqualTo(ErrorCode.FLAG_NOT_FOUND);
		assertThat(flag.getErrorMessage()).contains("module.teleportation");
	}

	@Test
	void aFlagAskedWithoutATenantOrAsTheWrongTypeGetsTheDefaultAndWhy() {
		FlagEvaluationDetails<Boolean> noTenant = this.client.getBooleanDetails("module.regwatch", true,
				new ImmutableContext());
		FlagEvaluationDetails<Boolean> notATenant = this.client.getBooleanDetails("module.regwatch", true,
				new ImmutableContext("kommun-a"));
		FlagEvaluationDetails<String> asText = this.client.getStringDetails("module.regwatch", "maybe",
				new ImmutableContext(this.tenant.toString()));

		assertThat(noTenant.getValue()).isTrue();
		assertThat(noTenant.getErrorCode()).isEqualTo(ErrorCode.TARGETING_KEY_MISSING);
		assertThat(notATenant.getErrorCode()).isEqualTo(ErrorCode.INVALID_CONTEXT);
		assertThat(asText.getValue()).isEqualTo("maybe");
		assertThat(asText.getErrorCode()).isEqualTo(ErrorCode.TYPE_MISMATCH);
	}

	@Test
	void aFlagThatCannotBeReadIsAFailureNotAModuleThatIsOff() {
		this.on.add(null);

		assertThatIllegalStateException()
			.isThrownBy(() -> new ModuleFlags(this.client).on(this.tenant, Module.STAKEHOLDER_INSIGHTS))
			.withMessageContaining("module.stakeholder-insights");
	}

	/**
	 * Reads {@link #on} at every call; a {@code null} in it stands for a database down.
	 */
	private TenantModules modules() {
		return new TenantModules() {
			@Override
			public List<EnabledModule> enabled(TenantId tenantId) {
				return read().stream().filter(module -> module.tenantId().equals(tenantId)).toList();
			}

			@Override
			public boolean isEnabled(TenantId tenantId, Module module) {
				return enabled(tenantId).stream().anyMatch(enabled -> enabled.module() == module);
			}

			@Override
			public boolean enable(EnabledModule module) {
				throw new UnsupportedOperationException();
			}

			@Override
			public Optional<EnabledModule> disable(TenantId tenantId, Module module) {
				throw new UnsupportedOperationException();
			}

			private List<EnabledModule> read() {
				if (TenantModuleFlagsTests.this.on.contains(null)) {
					throw new IllegalStateException("the database did not answer");
				}
				return List.copyOf(TenantModuleFlagsTests.this.on);
			}
		};
	}

}
