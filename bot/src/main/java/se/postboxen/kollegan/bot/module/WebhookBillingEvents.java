package se.postboxen.kollegan.bot.module;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.module.BillingEvent;
import se.postboxen.kollegan.module.BillingEvents;
import se.postboxen.kollegan.module.BillingException;
import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Billing events POSTed as JSON to the customer's billing webhook, each signed with
 * HMAC-SHA256 of its exact body ({@code X-Kollegan-Signature: sha256=<hex>}) and carrying
 * its id as {@code Idempotency-Key}, so that billing can tell it came from Kollegan and
 * count it once however often it arrives. Any 2xx is taken as received.
 */
final class WebhookBillingEvents implements BillingEvents {

	static final String SIGNATURE = "X-Kollegan-Signature";

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final @Nullable URI endpoint;

	private final byte[] secret;

	private final Duration timeout;

	private final Clock clock;

	private final HttpClient http;

	WebhookBillingEvents(ModuleProperties.Billing billing, Clock clock) {
		this.endpoint = billing.endpoint();
		this.secret = (billing.webhookSecret() != null) ? billing.webhookSecret().getBytes(StandardCharsets.UTF_8)
				: new byte[0];
		this.timeout = billing.timeout();
		this.clock = clock;
		// HTTP/1.1 passes every proxy; redirects are not followed, so the signed body
		// goes where it was configured to go and nowhere else.
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(this.timeout)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	@Override
	public Delivery send(BillingEvent event) {
		if (this.endpoint == null) {
			return Delivery.NO_ENDPOINT;
		}
		byte[] body = json.writeValueAsBytes(Body.of(event));
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(this.timeout)
			.header("Content-Type", "application/json")
			.header(SIGNATURE, signature(this.secret, body))
			.header(IDEMPOTENCY_KEY, event.id().toString())
			.POST(BodyPublishers.ofByteArray(body))
			.build();
		HttpResponse<Void> response;
		try {
			response = this.http.send(request, BodyHandlers.discarding());
		}
		catch (IOException ex) {
			throw BillingException.unreachable(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw BillingException.unreachable(ex);
		}
		if (response.statusCode() < 200 || response.statusCode() > 299) {
			throw BillingException.answered(response.statusCode(),
					response.headers().firstValue("Retry-After").orElse(null), this.clock.instant());
		}
		return Delivery.SENT;
	}

	/** {@code sha256=} and the hex HMAC-SHA256 of the body under the secret. */
	static String signature(byte[] secret, byte[] body) {
		return "sha256=" + HexFormat.of().formatHex(HmacSha256.of(secret, body));
	}

	/** The event as billing reads it (docs/modules.md). */
	record Body(String type, Tenant tenant, String module, int priceSekPerMonth, String at, String id) {

		record Tenant(String id, String slug) {

		}

		static Body of(BillingEvent event) {
			return new Body(event.kind().wireName(), new Tenant(event.tenantId().toString(), event.tenantSlug()),
					event.module().wireName(), event.priceSekPerMonth(), event.at().toString(), event.id().toString());
		}

	}

}
