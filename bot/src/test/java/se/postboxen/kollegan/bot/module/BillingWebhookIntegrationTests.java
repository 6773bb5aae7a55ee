package se.postboxen.kollegan.bot.module;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobType;
import se.postboxen.kollegan.module.EnabledModule;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kollegan with a billing webhook (WireMock): an administrator's switch reaches billing
 * through the job queue, signed so that billing can verify it; billing that is down (503)
 * gets the same event again, with the same id, once it said it would be back; a refusal
 * leaves the job in the dead-letter queue for a person to look at.
 */
@KolleganIntegrationTest
class BillingWebhookIntegrationTests {

	private static final String SECRET = "billing-webhook-secret-for-tests";

	private static final WireMockServer billing = new WireMockServer(options().dynamicPort());

	static {
		billing.start();
	}

	@DynamicPropertySource
	static void billing(DynamicPropertyRegistry properties) {
		properties.add("kollegan.modules.billing.webhook-url", () -> billing.baseUrl() + "/hooks/kollegan");
		properties.add("kollegan.modules.billing.webhook-secret", () -> SECRET);
	}

	@AfterAll
	static void stopBilling() {
		billing.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	TenantModules modules;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JobQueue jobs;

	private Tenant demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow();
	}

	/**
	 * Straight back in the table, not through the shop: putting things back is not a
	 * switch to bill, and its events would reach the next test's billing.
	 */
	@AfterEach
	void everyModuleOnAgain() {
		for (Module module : Module.values()) {
			this.modules.enable(new EnabledModule(demoA().id(), module, Instant.now().truncatedTo(ChronoUnit.MICROS),
					Actor.system("billing-test")));
		}
		this.jobs.dead(demoA().id(), 100)
			.stream()
			.filter(job -> job.type() == JobType.BILL_MODULE_CHANGE)
			.forEach(job -> this.jobs.deleteDead(demoA().id(), job.id()));
		billing.resetAll();
	}

	@Test
	void aSwitchReachesBillingSignedAndBillingThatIsDownGetsTheSameEventAgain() throws Exception {
		billing.stubFor(post(urlPathEqualTo("/hooks/kollegan")).inScenario("down once")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1"))
			.willSetStateTo("back"));
		billing.stubFor(post(urlPathEqualTo("/hooks/kollegan")).inScenario("down once")
			.whenScenarioStateIs("back")
			.willReturn(aResponse().withStatus(204)));

		Api.as(this.port, "demo-a-admin").putJson("/api/admin/modules/regwatch", Api.toJson(Map.of("enabled", false)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> billing.findAll(postRequestedFor(urlPathEqualTo("/hooks/kollegan"))).size() >= 2);
		List<LoggedRequest> sent = billing.findAll(postRequestedFor(urlPathEqualTo("/hooks/kollegan")));
		assertThat(sent).hasSize(2);
		LoggedRequest retried = sent.get(1);
		assertThat(retried.getBodyAsString()).isEqualTo(sent.get(0).getBodyAsString());
		assertThat(retried.getHeader("Idempotency-Key")).isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		assertThat(retried.getHeader("X-Kollegan-Signature"))
			.isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(retried.getBody())));
		JsonNode event = JsonMapper.builder().build().readTree(retried.getBodyAsString());
		assertThat(event.get("type").asString()).isEqualTo("module.disabled");
		assertThat(event.get("module").asString()).isEqualTo("regwatch");
		assertThat(event.get("priceSekPerMonth").asInt()).isEqualTo(1500);
		assertThat(event.get("tenant").get("slug").asString()).isEqualTo("demo-a");
		assertThat(event.get("id").asString()).isEqualTo(retried.getHeader("Idempotency-Key"));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.auditLog.recent(demoA().id(), 100))
				.anySatisfy(entry -> assertThat(entry.action()).isEqualTo("module.billing-sent")));
	}

	@Test
	void aRefusalLeavesTheJobInTheDeadLetterQueue() {
		billing.stubFor(post(urlPathEqualTo("/hooks/kollegan")).withRequestBody(containing("\"procurement\""))
			.willReturn(aResponse().withStatus(422)));

		Api.as(this.port, "demo-a-admin")
			.putJson("/api/admin/modules/procurement", Api.toJson(Map.of("enabled", false)));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.jobs.dead(demoA().id(), 100)).anySatisfy(job -> {
				assertThat(job.type()).isEqualTo(JobType.BILL_MODULE_CHANGE);
				assertThat(job.attempts()).isEqualTo(1);
				assertThat(job.lastError()).contains("Billing answered 422");
			}));
	}

}
