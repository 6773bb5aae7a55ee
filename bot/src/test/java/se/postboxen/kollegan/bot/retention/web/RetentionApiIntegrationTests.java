package se.postboxen.kollegan.bot.retention.web;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.retention.RetentionPolicy;
import se.postboxen.kollegan.retention.RetentionSettings;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/admin/retention}: every kind with its days, default and limits; a PUT
 * replaces the policy and is audited; a period outside its limits is a 400 naming the
 * field, with nothing saved; only administrators change it. Demo tenant A's policy is put
 * back to the defaults after each test.
 */
@KolleganIntegrationTest
class RetentionApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	RetentionSettings settings;

	@Autowired
	AuditLog auditLog;

	private TenantId tenantA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	@AfterEach
	void putBack() {
		this.settings.change(tenantA(), Map.of(), null, Actor.system("retention-api-test"));
	}

	@Test
	void everyKindIsListedWithItsDaysDefaultAndLimits() {
		JsonNode retention = Api.json(Api.as(this.port, "demo-a-auditor").get("/api/admin/retention"));

		assertThat(retention.get("periods").valueStream().map(period -> period.get("kind").asString())).containsExactly(
				"transcript-plus", "transcript-juridik", "recap", "brief", "stakeholder", "meeting", "document",
				"regwatch", "mail-outbox", "job-history", "audit-log");
		JsonNode plus = retention.get("periods").get(0);
		assertThat(plus.get("days").asInt()).isEqualTo(30);
		assertThat(plus.get("minDays").asInt()).isEqualTo(1);
		assertThat(plus.get("maxDays").asInt()).isEqualTo(30);
		assertThat(plus.get("countsFrom").asString()).isEqualTo("meeting-end");
		assertThat(plus.get("setByTenant").asBoolean()).isFalse();
		JsonNode meeting = retention.get("periods").get(5);
		assertThat(meeting.get("settable").asBoolean()).isFalse();
		assertThat(meeting.get("days").asInt()).isEqualTo(365);
		assertThat(retention.get("legalHold").isNull()).isTrue();
	}

	@Test
	void anAdministratorReplacesThePolicyAndTheChangeIsAudited() {
		Api admin = Api.as(this.port, "demo-a-admin");

		HttpResponse<String> changed = admin.putJson("/api/admin/retention", Api.toJson(Map.of("days",
				Map.of("transcript-plus", 14, "stakeholder", 700), "legalHold", Map.of("reason", "Dnr 2031/17"))));

		assertThat(changed.statusCode()).isEqualTo(200);
		JsonNode periods = Api.json(changed).get("periods");
		assertThat(periods.get(0).get("days").asInt()).isEqualTo(14);
		assertThat(periods.get(0).get("setByTenant").asBoolean()).isTrue();
		assertThat(periods.get(5).get("days").asInt()).as("the meeting follows the longest").isEqualTo(700);
		assertThat(Api.json(changed).get("legalHold").get("reason").asString()).isEqualTo("Dnr 2031/17");
		RetentionPolicy saved = this.settings.policy(tenantA());
		assertThat(saved.days(RetentionKind.STAKEHOLDER)).isEqualTo(700);
		assertThat(this.auditLog.recent(tenantA(), 5)).anySatisfy(event -> {
			assertThat(event.action()).isEqualTo("retention.changed");
			assertThat(event.details()).containsEntry("transcript-plus", "14")
				.containsEntry("stakeholder", "700")
				.containsEntry("legalHold", "placed");
			assertThat(event.details().toString()).doesNotContain("2031/17");
		});

		HttpResponse<String> replaced = admin.putJson("/api/admin/retention",
				Api.toJson(Map.of("days", Map.of("recap", 400))));

		assertThat(replaced.statusCode()).isEqualTo(200);
		RetentionPolicy after = this.settings.policy(tenantA());
		assertThat(after.chosen()).containsOnlyKeys(RetentionKind.RECAP);
		assertThat(after.legalHold()).as("left out: lifted").isNull();
	}

	@Test
	void aPeriodOutsideItsLimitsIsRefusedNamingTheFieldAndNothingIsSaved() {
		Api admin = Api.as(this.port, "demo-a-admin");
		record Refused(String body, String field) {
		}
		for (Refused refused : List.of(
				new Refused(Api.toJson(Map.of("days", Map.of("transcript-plus", 31))), "days.transcript-plus"),
				new Refused(Api.toJson(Map.of("days", Map.of("audit-log", 364))), "days.audit-log"),
				new Refused(Api.toJson(Map.of("days", Map.of("recap", 0))), "days.recap"),
				new Refused(Api.toJson(Map.of("days", Map.of("meeting", 400))), "days.meeting"),
				new Refused(Api.toJson(Map.of("days", Map.of("<script>", 5))), "days"),
				new Refused(Api.toJson(Map.of("days", Map.of("recap", "lång"))), "days.recap"),
				new Refused(Api.toJson(Map.of("legalHold", Map.of("reason", "x".repeat(501)))), "legalHold.reason"),
				new Refused(Api.toJson(Map.of("legalHold", Map.of("reason", "rad ett\nrad två"))), "legalHold.reason"),
				new Refused(Api.toJson(Map.of("legalHold", Map.of("reason", " "))), "legalHold.reason"))) {
			HttpResponse<String> response = admin.putJson("/api/admin/retention", refused.body());

			assertThat(response.statusCode()).as(refused.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(Api.json(response).get("errors").valueStream().map(error -> error.get("field").asString()))
				.as(refused.body())
				.contains(refused.field());
			assertThat(response.body()).doesNotContain("<script>");
		}
		assertThat(this.settings.policy(tenantA())).isEqualTo(RetentionPolicy.defaults(tenantA()));
	}

	@Test
	void onlyAnAdministratorChangesItAndAMemberDoesNotReadIt() {
		String body = Api.toJson(Map.of("days", Map.of("recap", 400)));

		assertThat(Api.as(this.port, "demo-a-member").get("/api/admin/retention").statusCode()).isEqualTo(403);
		assertThat(Api.as(this.port, "demo-a-member").putJson("/api/admin/retention", body).statusCode())
			.isEqualTo(403);
		assertThat(Api.as(this.port, "demo-a-auditor").putJson("/api/admin/retention", body).statusCode())
			.isEqualTo(403);
		assertThat(this.settings.policy(tenantA()).chosen()).isEmpty();
	}

}
