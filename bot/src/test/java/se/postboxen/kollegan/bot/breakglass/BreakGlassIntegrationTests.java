package se.postboxen.kollegan.bot.breakglass;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.demo.DemoTenant;
import se.postboxen.kollegan.breakglass.BreakGlass;
import se.postboxen.kollegan.breakglass.BreakGlassGrantId;
import se.postboxen.kollegan.jobs.JobOutcome;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Break-glass access end to end, with the development identity provider's on-call account
 * ({@code demo-a-break-glass}, eligible and nothing else): refused without a reason of
 * substance or beyond the longest time; once open, administrator rights on the API, every
 * change audited, the tenant's administrator and auditor told by mail; ended early or run
 * out, the rights are gone on the next request.
 */
@KolleganIntegrationTest
class BreakGlassIntegrationTests {

	private static final String REASON = "Incident 4711: kalendersynken står still och ingen administratör svarar";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog auditLog;

	@Autowired
	BreakGlass breakGlass;

	private final List<String> opened = new ArrayList<>();

	@AfterEach
	void endWhatTheTestOpened() {
		for (String id : this.opened) {
			this.breakGlass.end(DemoTenant.A.id(), new BreakGlassGrantId(UUID.fromString(id)),
					se.postboxen.kollegan.audit.Actor.system("test"));
		}
	}

	private Api onCall() {
		return Api.as(this.port, "demo-a-break-glass");
	}

	private String open(Api onCall, int minutes) {
		HttpResponse<String> response = onCall.postJson("/api/agents/break-glass",
				Api.toJson(Map.of("reason", REASON, "minutes", minutes)));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		String id = Api.json(response).get("id").asString();
		this.opened.add(id);
		return id;
	}

	@Test
	void aGrantNeedsAReasonOfSubstanceAndNoMoreThanTheLongestTime() {
		Api onCall = onCall();
		int grantsBefore = Api.json(onCall.get("/api/agents/break-glass")).size();

		HttpResponse<String> noReason = onCall.postJson("/api/agents/break-glass",
				Api.toJson(Map.of("reason", "brådskande", "minutes", 30)));
		HttpResponse<String> tooLong = onCall.postJson("/api/agents/break-glass",
				Api.toJson(Map.of("reason", REASON, "minutes", 90)));
		HttpResponse<String> blankPadded = onCall.postJson("/api/agents/break-glass",
				Api.toJson(Map.of("reason", "          x          ", "minutes", 30)));

		assertThat(noReason.statusCode()).isEqualTo(400);
		assertThat(noReason.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(noReason.body()).contains("\"reason\"");
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("\"minutes\"").contains("60");
		assertThat(blankPadded.statusCode()).isEqualTo(400);
		assertThat(blankPadded.body()).contains("\"reason\"");
		assertThat(Api.json(onCall.get("/api/agents/break-glass"))).hasSize(grantsBefore);
		assertThat(onCall.get("/api/admin/settings").statusCode()).isEqualTo(403);
	}

	@Test
	void onlyThoseTheIdentityProviderMakesEligibleMayOpen() {
		for (String client : List.of("demo-a-member", "demo-a-auditor", "demo-a-admin")) {
			HttpResponse<String> response = Api.as(this.port, client)
				.postJson("/api/agents/break-glass", Api.toJson(Map.of("reason", REASON, "minutes", 30)));
			assertThat(response.statusCode()).as(client).isEqualTo(403);
		}
	}

	@Test
	void anOpenGrantMakesAnAdministratorUntilItIsEndedAndEverythingIsToldAndAudited() {
		Api onCall = onCall();
		assertThat(onCall.get("/api/admin/settings").statusCode()).isEqualTo(403);

		String id = open(onCall, 30);

		assertThat(onCall.get("/api/admin/settings").statusCode()).isEqualTo(200);
		HttpResponse<String> again = onCall.postJson("/api/agents/break-glass",
				Api.toJson(Map.of("reason", REASON, "minutes", 30)));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.body()).contains("break-glass-open");

		// The auditor reviews it, reason and all; the other tenant sees nothing of it.
		JsonNode reviewed = Api.json(Api.as(this.port, "demo-a-auditor").get("/api/agents/break-glass"));
		assertThat(reviewed).anySatisfy(grant -> {
			assertThat(grant.get("id").asString()).isEqualTo(id);
			assertThat(grant.get("reason").asString()).isEqualTo(REASON);
			assertThat(grant.get("active").asBoolean()).isTrue();
		});
		assertThat(Api.json(Api.as(this.port, "demo-b-admin").get("/api/agents/break-glass")).toString())
			.doesNotContain(id);
		assertThat(Api.as(this.port, "demo-b-admin").method("DELETE", "/api/agents/break-glass/" + id).statusCode())
			.isEqualTo(404);

		// The tenant's administrator and auditor are told, each once.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(mails(id, "Nödåtkomst öppnad"))
				.containsExactlyInAnyOrder("astrid.ek@kommun-a.example", "maja.berg@kommun-a.example"));

		HttpResponse<String> ended = onCall.method("DELETE", "/api/agents/break-glass/" + id);

		assertThat(ended.statusCode()).isEqualTo(204);
		assertThat(onCall.get("/api/admin/settings").statusCode()).isEqualTo(403);
		assertThat(onCall.method("DELETE", "/api/agents/break-glass/" + id).statusCode()).isEqualTo(404);
		List<String> actions = this.auditLog.recent(DemoTenant.A.id(), 200)
			.stream()
			.filter(event -> id.equals(event.subjectId()))
			.map(AuditEvent::action)
			.toList();
		// The end was asked for under the grant's own rights: that request is in the
		// trail.
		assertThat(actions).contains("break-glass.opened", "break-glass.request", "break-glass.ended");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(mails(id, "Nödåtkomst avslutad"))
				.containsExactlyInAnyOrder("astrid.ek@kommun-a.example", "maja.berg@kommun-a.example"));
	}

	@Test
	void aGrantThatRunsOutGivesNothingOnTheNextRequestAndItsExpiryIsRecorded() {
		Api onCall = onCall();
		String id = open(onCall, 5);
		assertThat(onCall.get("/api/admin/settings").statusCode()).isEqualTo(200);

		// Five minutes pass: the grant's time is all the next request looks at.
		Instant past = Instant.now().minusSeconds(1);
		this.jdbc.sql("UPDATE break_glass_grant SET opened_at = :opened, expires_at = :expires WHERE id = :id")
			.param("opened", Timestamp.from(past.minus(Duration.ofMinutes(5))))
			.param("expires", Timestamp.from(past))
			.param("id", UUID.fromString(id))
			.update();

		assertThat(onCall.get("/api/admin/settings").statusCode()).isEqualTo(403);

		// The expiry job, as it runs at that time, records it and tells everyone.
		assertThat(this.breakGlass.expire(DemoTenant.A.id(), new BreakGlassGrantId(UUID.fromString(id))))
			.isEqualTo(JobOutcome.done());
		JsonNode grant = Api.json(Api.as(this.port, "demo-a-admin").get("/api/agents/break-glass"));
		assertThat(grant).anySatisfy(found -> {
			assertThat(found.get("id").asString()).isEqualTo(id);
			assertThat(found.get("active").asBoolean()).isFalse();
			assertThat(found.get("endedBy").asString()).isEqualTo("SYSTEM:break-glass-expiry");
		});
		assertThat(this.auditLog.recent(DemoTenant.A.id(), 200)).anySatisfy(event -> {
			assertThat(event.action()).isEqualTo("break-glass.expired");
			assertThat(event.subjectId()).isEqualTo(id);
		});
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(mails(id, "Nödåtkomst avslutad")).hasSize(2));
		// A new grant may be opened once the old one is over.
		open(onCall, 5);
	}

	/** Who got a break-glass mail of this kind about this grant. */
	private List<String> mails(String grantId, String subjectStart) {
		return this.jdbc
			.sql("SELECT to_address FROM mail_outbox WHERE kind = 'break-glass' AND subject LIKE :subject"
					+ " AND body LIKE :reference")
			.param("subject", subjectStart + "%")
			.param("reference", "%" + grantId + "%")
			.query(String.class)
			.list();
	}

}
