package se.postboxen.kollegan.bot.module;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModulePrices;

/**
 * The module shop: what each module costs, and where the billing events of switching them
 * go.
 *
 * @param catalogue each module's offer, by wire name
 * ({@code kollegan.modules.catalogue.juridik-gunnar.price-sek-per-month}); every module
 * must have one
 * @param billing the customer's billing endpoint
 */
@Validated
@ConfigurationProperties("kollegan.modules")
public record ModuleProperties(@NotNull Map<Module, @Valid Offer> catalogue, @Valid @DefaultValue Billing billing) {

	public ModuleProperties {
		if (catalogue == null) {
			catalogue = Map.of();
		}
		for (Module module : Module.values()) {
			if (!catalogue.containsKey(module)) {
				throw new IllegalArgumentException(
						"kollegan.modules.catalogue." + module.wireName() + ".price-sek-per-month is required");
			}
		}
	}

	public ModulePrices prices() {
		Map<Module, Integer> prices = new EnumMap<>(Module.class);
		this.catalogue.forEach((module, offer) -> prices.put(module, offer.priceSekPerMonth()));
		return new ModulePrices(prices);
	}

	/**
	 * One module in the shop.
	 *
	 * @param priceSekPerMonth what it costs a tenant a month, in whole Swedish kronor
	 */
	public record Offer(@Min(0) @Max(10_000_000) int priceSekPerMonth) {

	}

	/**
	 * Where billing events are sent: each switch of a module is POSTed there as JSON,
	 * signed with HMAC-SHA256 of the body.
	 *
	 * @param webhookUrl the endpoint ({@code KOLLEGAN_BILLING_WEBHOOK_URL}), http or
	 * https; without one, switches are audited as not billed and nothing is sent
	 * @param webhookSecret the key of the {@code X-Kollegan-Signature} header
	 * ({@code KOLLEGAN_BILLING_WEBHOOK_SECRET}), at least 16 characters; required with an
	 * endpoint
	 * @param timeout how long one call may take, connecting included, before it counts as
	 * failed and is tried again later
	 */
	public record Billing(@Nullable String webhookUrl, @Nullable String webhookSecret,
			@NotNull @DurationMin(millis = 100) @DurationMax(minutes = 5) @DefaultValue("10s") Duration timeout) {

		static final int MIN_SECRET_LENGTH = 16;

		public Billing {
			webhookUrl = (webhookUrl == null || webhookUrl.isBlank()) ? null : webhookUrl.strip();
			webhookSecret = (webhookSecret == null || webhookSecret.isBlank()) ? null : webhookSecret.strip();
			if (webhookUrl != null) {
				URI endpoint = URI.create(webhookUrl);
				String scheme = (endpoint.getScheme() != null) ? endpoint.getScheme().toLowerCase(Locale.ROOT) : "";
				if (!(scheme.equals("https") || scheme.equals("http")) || endpoint.getHost() == null) {
					throw new IllegalArgumentException(
							"kollegan.modules.billing.webhook-url (KOLLEGAN_BILLING_WEBHOOK_URL) must be an http(s) address");
				}
				if (webhookSecret == null || webhookSecret.length() < MIN_SECRET_LENGTH) {
					throw new IllegalArgumentException("kollegan.modules.billing.webhook-secret"
							+ " (KOLLEGAN_BILLING_WEBHOOK_SECRET) of at least " + MIN_SECRET_LENGTH
							+ " characters is required with a billing webhook");
				}
			}
		}

		public @Nullable URI endpoint() {
			return (this.webhookUrl != null) ? URI.create(this.webhookUrl) : null;
		}

		@Override
		public String toString() {
			return "Billing[webhookUrl=" + ((this.webhookUrl != null) ? "(set)" : "(none)") + ", timeout="
					+ this.timeout + "]";
		}

	}

}
