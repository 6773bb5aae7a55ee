package se.postboxen.kollegan.bot.module;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import se.postboxen.kollegan.module.Module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The shop's configuration as Boot binds it: prices under the modules' wire names, every
 * module priced, and a billing endpoint only with a secret worth the name, which is never
 * shown.
 */
class ModulePropertiesTests {

	private static Map<String, String> priced() {
		Map<String, String> properties = new LinkedHashMap<>();
		for (Module module : Module.values()) {
			properties.put("kollegan.modules.catalogue." + module.wireName() + ".price-sek-per-month",
					Integer.toString(100 * (module.ordinal() + 1)));
		}
		return properties;
	}

	private static ModuleProperties bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("kollegan.modules",
				ModuleProperties.class);
	}

	@Test
	void pricesAreBoundByTheModulesWireNames() {
		ModuleProperties properties = bind(priced());

		assertThat(properties.prices().of(Module.DOC_COPILOT)).isEqualTo(300);
		assertThat(properties.prices().of(Module.JURIDIK_GUNNAR)).isEqualTo(400);
		assertThat(properties.billing().endpoint()).isNull();
	}

	@Test
	void aModuleWithoutAPriceStopsTheStart() {
		Map<String, String> properties = priced();
		properties.remove("kollegan.modules.catalogue.stakeholder-insights.price-sek-per-month");

		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(properties))
			.withStackTraceContaining("kollegan.modules.catalogue.stakeholder-insights.price-sek-per-month");
	}

	@Test
	void aBillingEndpointNeedsASecretOfSixteenCharactersAndNeverShowsIt() {
		Map<String, String> withoutSecret = priced();
		withoutSecret.put("kollegan.modules.billing.webhook-url", "https://billing.example/kollegan");
		Map<String, String> weak = new LinkedHashMap<>(withoutSecret);
		weak.put("kollegan.modules.billing.webhook-secret", "secret");
		Map<String, String> configured = new LinkedHashMap<>(withoutSecret);
		configured.put("kollegan.modules.billing.webhook-secret", "0123456789abcdef-billing");

		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(withoutSecret))
			.withStackTraceContaining("KOLLEGAN_BILLING_WEBHOOK_SECRET");
		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(weak))
			.withStackTraceContaining("at least 16 characters");
		ModuleProperties properties = bind(configured);
		assertThat(properties.billing().endpoint()).hasToString("https://billing.example/kollegan");
		assertThat(properties.billing().toString()).doesNotContain("0123456789abcdef")
			.doesNotContain("billing.example");
	}

	@Test
	void aBillingEndpointIsAnHttpAddress() {
		Map<String, String> properties = priced();
		properties.put("kollegan.modules.billing.webhook-url", "ftp://billing.example/kollegan");
		properties.put("kollegan.modules.billing.webhook-secret", "0123456789abcdef-billing");

		assertThatExceptionOfType(BindException.class).isThrownBy(() -> bind(properties))
			.withStackTraceContaining("KOLLEGAN_BILLING_WEBHOOK_URL");
	}

}
