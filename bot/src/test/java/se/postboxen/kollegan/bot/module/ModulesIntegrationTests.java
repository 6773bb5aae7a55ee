package se.postboxen.kollegan.bot.module;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleShop;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The module shop in the running application, as the demo municipalities use it: the
 * catalogue read by administrators and auditors and switched by administrators only, each
 * switch audited and its billing job run (this installation has no billing endpoint, so
 * the job says so and sends nothing), a module that is off answered 404 in the API and
 * left out of the pages, and the settings page's shop. The demo tenants have every module
 * on; each test puts back what it switched.
 */
@KolleganIntegrationTest
class ModulesIntegrationTests {

	private static final Actor TEST = Actor.system("modules-test");

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	ModuleShop shop;

	@Autowired
	AuditLog auditLog;

	private TenantId tenant(String slug) {
		return this.tenants.findBySlug(slug).orElseThrow().id();
	}

	@AfterEach
	void everyModuleOnAgain() {
		for (String slug : List.of("demo-a", "demo-b")) {
			for (Module module : Module.values()) {
				this.shop.change(tenant(slug), module, true, TEST);
			}
		}
	}

	private HttpResponse<String> change(Api api, String module, boolean enabled) {
		return api.putJson("/api/admin/modules/" + module, Api.toJson(Map.of("enabled", enabled)));
	}

	@Test
	void administratorsAndAuditorsReadTheCatalogueAndMembersDoNot() {
		HttpResponse<String> read = Api.as(this.port, "demo-a-admin").get("/api/admin/modules");

		assertThat(read.statusCode()).isEqualTo(200);
		JsonNode modules = Api.json(read).get("modules");
		assertThat(modules.valueStream().map(module -> module.get("module").asString())).containsExactly("regwatch",
				"procurement", "doc-copilot", "juridik-gunnar", "stakeholder-insights", "task-boards");
		JsonNode juridik = modules.get(3);
		assertThat(juridik.get("name").get("sv").asString()).isEqualTo("Juridik-Gunnar");
		assertThat(juridik.get("description").get("sv").asString()).contains("samtyckesnivån Juridik");
		assertThat(juridik.get("description").get("en").asString()).contains("consent level Juridik");
		assertThat(juridik.get("priceSekPerMonth").asInt()).isEqualTo(3000);
		assertThat(juridik.get("enabled").asBoolean()).isTrue();
		assertThat(juridik.get("since").asString()).isNotBlank();
		assertThat(juridik.get("enabledBy").get("kind").asString()).isEqualTo("SYSTEM");
		assertThat(modules.get(5).get("name").get("en").asString()).isEqualTo("Task boards");
		assertThat(Api.as(this.port, "demo-a-auditor").get("/api/admin/modules").statusCode()).isEqualTo(200);
		assertThat(Api.as(this.port, "demo-a-member").get("/api/admin/modules").statusCode()).isEqualTo(403);
	}

	@Test
	void anAdministratorSwitchesAModuleAndEachSwitchIsAuditedAndBilledOnce() {
		Api admin = Api.as(this.port, "demo-b-admin");
		TenantId demoB = tenant("demo-b");
		Instant start = Instant.now().minusSeconds(1);

		HttpResponse<String> off = change(admin, "juridik-gunnar", false);
		HttpResponse<String> offAgain = change(admin, "juridik-gunnar", false);

		assertThat(off.statusCode()).isEqualTo(200);
		assertThat(Api.json(off).get("enabled").asBoolean()).isFalse();
		assertThat(Api.json(off).path("since").isString()).isFalse();
		assertThat(offAgain.statusCode()).isEqualTo(200);
		assertThat(this.shop.isEnabled(demoB, Module.JURIDIK_GUNNAR)).isFalse();
		assertThat(this.shop.isEnabled(tenant("demo-a"), Module.JURIDIK_GUNNAR)).as("the other tenant's").isTrue();
		List<AuditEvent> switches = events(demoB, "module.disabled", start);
		assertThat(switches).as("one switch, however often asked").hasSize(1);
		String billingEvent = switches.get(0).details().get("billingEvent");
		assertThat(switches.get(0).actor().kind()).isEqualTo(Actor.Kind.USER);
		// No billing endpoint here: the job runs, sends nothing and says so.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(events(demoB, "module.billing-skipped", start))
				.anySatisfy(event -> assertThat(event.details()).containsEntry("billingEvent", billingEvent)
					.containsEntry("type", "module.disabled")
					.containsEntry("reason", "no billing endpoint")));

		HttpResponse<String> on = change(admin, "juridik-gunnar", true);

		assertThat(Api.json(on).get("enabled").asBoolean()).isTrue();
		assertThat(Api.json(on).get("enabledBy").get("kind").asString()).isEqualTo("USER");
		assertThat(events(demoB, "module.enabled", start)).singleElement()
			.satisfies(event -> assertThat(event.details().get("billingEvent")).isNotEqualTo(billingEvent));
	}

	@Test
	void aModuleThatIsOffAnswers404InTheApiAndIsLeftOutOfThePages() {
		Api admin = Api.as(this.port, "demo-b-admin");
		Browser karin = new Browser(this.port);
		assertThat(karin.signIn("karin.sjo@kommun-b.example", "demo").statusCode()).isEqualTo(200);
		assertThat(karin.get("/").body()).contains("href=\"/stakeholders\"");
		HttpResponse<String> missing = admin.get("/api/agents/no-such-thing");

		change(admin, "stakeholder-insights", false);
		change(admin, "task-boards", false);

		HttpResponse<String> list = admin.get("/api/agents/stakeholders");
		assertThat(list.statusCode()).isEqualTo(404);
		assertThat(list.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(Api.json(list).get("type")).as("like an address that does not exist")
			.isEqualTo(Api.json(missing).get("type"));
		assertThat(Api.json(list).get("detail")).isEqualTo(Api.json(missing).get("detail"));
		assertThat(admin.get("/api/agents/stakeholders/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(admin.get("/api/admin/task-board").statusCode()).isEqualTo(404);
		assertThat(admin.method("DELETE", "/api/admin/task-board").statusCode()).isEqualTo(404);
		// What is kept about oneself stays readable: it was collected, and it is theirs.
		assertThat(Api.as(this.port, "demo-b-member").get("/api/agents/me/stakeholder-profile").statusCode())
			.isEqualTo(200);
		// The other tenant keeps its own.
		assertThat(Api.as(this.port, "demo-a-admin").get("/api/agents/stakeholders").statusCode()).isEqualTo(200);
		// The member is refused the shop before anything is said of its modules.
		assertThat(change(Api.as(this.port, "demo-b-member"), "stakeholder-insights", true).statusCode())
			.isEqualTo(403);

		HttpResponse<String> page = karin.get("/stakeholders");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("<h1>Sidan finns inte</h1>").doesNotContain("Exception");
		assertThat(karin.get("/").body()).doesNotContain("href=\"/stakeholders\"");

		change(admin, "stakeholder-insights", true);

		assertThat(admin.get("/api/agents/stakeholders").statusCode()).isEqualTo(200);
		assertThat(karin.get("/stakeholders").statusCode()).isEqualTo(200);
		assertThat(karin.get("/").body()).contains("href=\"/stakeholders\"");
	}

	@Test
	void anUnknownModuleOrABadSwitchIsRefusedNamingWhatIsWrong() {
		Api admin = Api.as(this.port, "demo-a-admin");

		HttpResponse<String> unknown = change(admin, "teleportation", true);
		HttpResponse<String> script = admin.putJson("/api/admin/modules/%3Cscript%3E", "{\"enabled\":true}");
		HttpResponse<String> empty = admin.putJson("/api/admin/modules/regwatch", "{}");
		HttpResponse<String> wrongType = admin.putJson("/api/admin/modules/regwatch", "{\"enabled\":[1]}");
		HttpResponse<String> unknownField = admin.putJson("/api/admin/modules/regwatch",
				"{\"enabled\":true,\"price\":0}");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(Api.json(unknown).get("detail").asString()).as("the modules there are, not an echo")
			.contains("regwatch", "procurement", "doc-copilot")
			.doesNotContain("teleportation");
		assertThat(script.statusCode()).isEqualTo(404);
		assertThat(script.body()).doesNotContain("<script>");
		for (HttpResponse<String> refused : List.of(empty, wrongType)) {
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(refused.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(Api.json(refused).get("errors").get(0).get("field").asString()).isEqualTo("enabled");
		}
		assertThat(unknownField.statusCode()).isEqualTo(400);
		assertThat(change(Api.as(this.port, "demo-a-auditor"), "regwatch", false).statusCode()).isEqualTo(403);
		assertThat(this.shop.isEnabled(tenant("demo-a"), Module.REGWATCH)).isTrue();
	}

	@Test
	void theSettingsPageOffersTheShopToAdministratorsToSwitchAndToAuditorsToRead() {
		Browser astrid = new Browser(this.port);
		astrid.signIn("astrid.ek@kommun-a.example", "demo");
		Browser maja = new Browser(this.port);
		maja.signIn("maja.berg@kommun-a.example", "demo");
		Browser erik = new Browser(this.port);
		erik.signIn("erik.lund@kommun-a.example", "demo");

		String adminPage = astrid.get("/settings").body();
		assertThat(adminPage).contains("id=\"modules\"")
			.contains("<caption>Moduler, pris per månad och status</caption>")
			.contains("data-module=\"juridik-gunnar\"")
			.contains("3\u00a0000 kr/mån")
			.contains("action=\"/settings/modules\"")
			.contains("Stäng av Juridik-Gunnar");
		assertThat(maja.get("/settings").body()).contains("id=\"modules\"")
			.contains("data-module=\"juridik-gunnar\"")
			.doesNotContain("action=\"/settings/modules\"");
		assertThat(erik.get("/settings").body()).doesNotContain("id=\"modules\"");

		HttpResponse<String> switched = post(astrid, Map.of("module", "juridik-gunnar", "enabled", "false"));

		assertThat(switched.statusCode()).isEqualTo(302);
		assertThat(switched.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/settings#modules"));
		assertThat(this.shop.isEnabled(tenant("demo-a"), Module.JURIDIK_GUNNAR)).isFalse();
		String after = astrid.follow(switched).body();
		assertThat(after).contains("Modulen är avstängd.").contains("Slå på Juridik-Gunnar");
		assertThat(post(maja, Map.of("module", "regwatch", "enabled", "false")).statusCode()).isEqualTo(403);
		assertThat(post(erik, Map.of("module", "regwatch", "enabled", "false")).statusCode()).isEqualTo(403);
		assertThat(post(astrid, Map.of("module", "teleportation", "enabled", "true")).statusCode()).isEqualTo(404);
		assertThat(post(astrid, Map.of("module", "regwatch", "enabled", "maybe")).statusCode()).isEqualTo(400);
		assertThat(astrid.postForm("/settings/modules", Map.of("module", "regwatch", "enabled", "false")).statusCode())
			.as("without its CSRF token")
			.isEqualTo(403);
		assertThat(this.shop.isEnabled(tenant("demo-a"), Module.REGWATCH)).isTrue();
	}

	private static HttpResponse<String> post(Browser browser, Map<String, String> fields) {
		Map<String, String> form = new HashMap<>(fields);
		form.put("_csrf", Browser.csrf(browser.get("/settings")));
		return browser.postForm("/settings/modules", form);
	}

	/** The tenant's audit entries of an action on Juridik-Gunnar since a moment. */
	private List<AuditEvent> events(TenantId tenantId, String action, Instant since) {
		return this.auditLog.recent(tenantId, 200)
			.stream()
			.filter(event -> event.action().equals(action) && "juridik-gunnar".equals(event.subjectId())
					&& !event.occurredAt().isBefore(since))
			.toList();
	}

}
