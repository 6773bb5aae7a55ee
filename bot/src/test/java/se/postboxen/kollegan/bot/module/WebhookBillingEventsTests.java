package se.postboxen.kollegan.bot.module;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.module.BillingEvent;
import se.postboxen.kollegan.module.BillingEvents;
import se.postboxen.kollegan.module.BillingException;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.tenant.TenantId;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Billing events against a billing endpoint (WireMock): the body as documented, signed so
 * that billing can check it with nothing but the shared secret, the event's id as the
 * idempotency key, and billing's answers read as the job queue needs them (server errors
 * and timeouts worth another try, refusals not).
 */
class WebhookBillingEventsTests {

	private static final String SECRET = "billing-test-secret-0123456789";

	private static final Instant NOW = Instant.parse("2026-05-12T09:30:00Z");

	private static final WireMockServer billing = new WireMockServer(options().dynamicPort());

	private static final JsonMapper json = JsonMapper.builder().build();

	private final BillingEvent event = new BillingEvent(UUID.fromString("6f1c2a4e-0000-4000-8000-000000000001"),
			BillingEvent.Kind.ENABLED, new TenantId(UUID.fromString("0b6e1d2c-0000-4000-8000-000000000002")),
			"kommun-a", Module.JURIDIK_GUNNAR, 3000, Instant.parse("2026-05-12T09:29:58.123456Z"));

	@BeforeAll
	static void start() {
		billing.start();
	}

	@AfterAll
	static void stop() {
		billing.stop();
	}

	@BeforeEach
	void reset() {
		billing.resetAll();
	}

	private WebhookBillingEvents events(Duration timeout) {
		return new WebhookBillingEvents(
				new ModuleProperties.Billing(billing.baseUrl() + "/billing/kollegan", SECRET, timeout),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void sendsTheDocumentedEventSignedWithTheSharedSecretAndItsIdAsIdempotencyKey() throws Exception {
		billing.stubFor(post(urlPathEqualTo("/billing/kollegan")).willReturn(aResponse().withStatus(202)));

		BillingEvents.Delivery delivery = events(Duration.ofSeconds(5)).send(this.event);

		assertThat(delivery).isEqualTo(BillingEvents.Delivery.SENT);
		LoggedRequest request = billing.findAll(postRequestedFor(urlPathEqualTo("/billing/kollegan"))).get(0);
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		assertThat(request.getHeader("Idempotency-Key")).isEqualTo("6f1c2a4e-0000-4000-8000-000000000001");
		// What billing does: the HMAC-SHA256 of the exact bytes received, under the
		// secret.
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(request.getHeader("X-Kollegan-Signature"))
			.isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(request.getBody())));
		JsonNode body = json.readTree(request.getBody());
		assertThat(body.get("type").asString()).isEqualTo("module.enabled");
		assertThat(body.get("tenant").get("id").asString()).isEqualTo("0b6e1d2c-0000-4000-8000-000000000002");
		assertThat(body.get("tenant").get("slug").asString()).isEqualTo("kommun-a");
		assertThat(body.get("module").asString()).isEqualTo("juridik-gunnar");
		assertThat(body.get("priceSekPerMonth").asInt()).isEqualTo(3000);
		assertThat(body.get("at").asString()).isEqualTo("2026-05-12T09:29:58.123456Z");
		assertThat(body.get("id").asString()).isEqualTo("6f1c2a4e-0000-4000-8000-000000000001");
		assertThat(body.propertyNames()).containsExactly("type", "tenant", "module", "priceSekPerMonth", "at", "id");
	}

	@Test
	void theSameEventIsTheSameRequestEveryTime() {
		billing.stubFor(post(urlPathEqualTo("/billing/kollegan")).willReturn(aResponse().withStatus(200)));
		WebhookBillingEvents events = events(Duration.ofSeconds(5));

		events.send(this.event);
		events.send(this.event);

		var requests = billing.findAll(postRequestedFor(urlPathEqualTo("/billing/kollegan")));
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).getBodyAsString()).isEqualTo(requests.get(0).getBodyAsString());
		assertThat(requests.get(1).getHeader("X-Kollegan-Signature"))
			.isEqualTo(requests.get(0).getHeader("X-Kollegan-Signature"));
		assertThat(requests.get(1).getHeader("Idempotency-Key"))
			.isEqualTo(requests.get(0).getHeader("Idempotency-Key"));
	}

	@Test
	void aServerErrorIsWorthAnotherTryWhenBillingSays() {
		billing.stubFor(post(urlPathEqualTo("/billing/kollegan"))
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")));

		assertThatExceptionOfType(BillingException.class)
			.isThrownBy(() -> events(Duration.ofSeconds(5)).send(this.event))
			.satisfies(ex -> {
				assertThat(ex.retryable()).isTrue();
				assertThat(ex.retryAt()).isEqualTo(NOW.plusSeconds(30));
				assertThat(ex.getMessage()).isEqualTo("Billing answered 503").doesNotContain(SECRET);
			});
	}

	@Test
	void aRefusalStands() {
		billing.stubFor(post(urlPathEqualTo("/billing/kollegan")).willReturn(aResponse().withStatus(401)));

		assertThatExceptionOfType(BillingException.class)
			.isThrownBy(() -> events(Duration.ofSeconds(5)).send(this.event))
			.satisfies(ex -> assertThat(ex.retryable()).isFalse());
	}

	@Test
	void anAnswerThatDoesNotComeInTimeIsWorthAnotherTry() {
		billing.stubFor(
				post(urlPathEqualTo("/billing/kollegan")).willReturn(aResponse().withStatus(200).withFixedDelay(2000)));

		assertThatExceptionOfType(BillingException.class)
			.isThrownBy(() -> events(Duration.ofMillis(300)).send(this.event))
			.satisfies(ex -> {
				assertThat(ex.retryable()).isTrue();
				assertThat(ex.retryAt()).isNull();
			});
	}

	@Test
	void withoutAnEndpointNothingIsSent() {
		WebhookBillingEvents none = new WebhookBillingEvents(
				new ModuleProperties.Billing(null, null, Duration.ofSeconds(5)), Clock.fixed(NOW, ZoneOffset.UTC));

		assertThat(none.send(this.event)).isEqualTo(BillingEvents.Delivery.NO_ENDPOINT);
		assertThat(billing.getAllServeEvents()).isEmpty();
	}

}
