package se.postboxen.kollegan.bot.recap;

import java.math.BigDecimal;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Answering a meeting's actions through the API as the dashboard and nudges do: done, a
 * new date, another owner; refused with the field that is wrong, to someone who may see
 * but not answer, and a second time. The recap says what its model cost.
 */
@KolleganIntegrationTest
class ActionAnswerApiIntegrationTests {

	private static final String TRANSCRIPT = """
			[00:00:05] Anna Lind: Välkomna till avstämningen om e-arkivet.
			[00:00:40] Anna Lind: Sara, kan du skicka kravlistan till leverantören till i morgon?
			[00:00:52] Sara Nilsson: Ja, det gör jag.
			[00:01:20] Anna Lind: Jag bokar ett möte med arkivarien nästa vecka.
			""";

	@LocalServerPort
	int port;

	@Autowired
	ModelUsages usages;

	@Test
	void theOrganiserAnswersActionsAndBadAnswersNameTheirField() {
		Api organiser = Api.as(this.port, "demo-a-member");
		Meeting meeting = meetingWithRecap(organiser);
		String sara = meeting.actionPath(0);
		String booking = meeting.actionPath(1);

		assertField(organiser.postJson(sara, "{\"answer\":\"later\"}"), "answer");
		assertField(organiser.postJson(booking, "{\"answer\":\"new-date\"}"), "due");
		assertField(organiser.postJson(booking, "{\"answer\":\"new-date\",\"due\":\"2026-13-40\"}"), "due");
		assertField(organiser.postJson(booking, "{\"answer\":\"new-date\",\"due\":\"2020-01-01\"}"), "due");
		assertField(organiser.postJson(booking, "{\"answer\":\"reassign\",\"owner\":\"not an address\"}"), "owner");
		assertThat(Api.json(organiser.get(meeting.recapPath())).get("actions").get(1).get("due").asString())
			.as("nothing changed by a refused answer")
			.isEqualTo(meeting.recap().get("actions").get(1).get("due").asString());

		LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(20);
		HttpResponse<String> redated = organiser.postJson(booking,
				"{\"answer\":\"new-date\",\"due\":\"" + later + "\"}");
		assertThat(redated.statusCode()).isEqualTo(200);
		assertThat(Api.json(redated).get("due").asString()).isEqualTo(later.toString());
		assertThat(Api.json(redated).get("status").asString()).isEqualTo("open");

		HttpResponse<String> reassigned = organiser.postJson(booking,
				"{\"answer\":\"reassign\",\"owner\":\"olle.berg@kommun-a.example\"}");
		assertThat(reassigned.statusCode()).isEqualTo(200);
		assertThat(Api.json(reassigned).get("owner").get("email").asString()).isEqualTo("olle.berg@kommun-a.example");

		HttpResponse<String> done = organiser.postJson(sara, "{\"answer\":\"done\"}");
		assertThat(done.statusCode()).isEqualTo(200);
		assertThat(Api.json(done).get("status").asString()).isEqualTo("done");
		HttpResponse<String> again = organiser.postJson(sara, "{\"answer\":\"done\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(Api.json(again).get("type").asString()).endsWith("/action-closed");
		assertThat(Api.json(organiser.get(meeting.recapPath())).get("actions").get(0).get("status").asString())
			.isEqualTo("done");
	}

	@Test
	void whoMaySeeButNotAnswerIsRefusedAndAnotherMeetingsActionIsNotFound() {
		Api organiser = Api.as(this.port, "demo-a-member");
		Meeting meeting = meetingWithRecap(organiser);
		Meeting other = meetingWithRecap(organiser);

		HttpResponse<String> byAdmin = Api.as(this.port, "demo-a-admin")
			.postJson(meeting.actionPath(0), "{\"answer\":\"done\"}");
		assertThat(byAdmin.statusCode()).as("an administrator sees the meeting but owns nothing in it").isEqualTo(403);
		assertThat(byAdmin.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		String crossed = meeting.recapPath().replace("/recap", "/actions/")
				+ other.recap().get("actions").get(0).get("id").asString();
		assertThat(organiser.postJson(crossed, "{\"answer\":\"done\"}").statusCode()).isEqualTo(404);
		assertThat(organiser
			.postJson(meeting.recapPath().replace("/recap", "/actions/") + UUID.randomUUID(), "{\"answer\":\"done\"}")
			.statusCode()).isEqualTo(404);
		assertThat(Api.json(organiser.get(other.recapPath())).get("actions").get(0).get("status").asString())
			.isEqualTo("open");
	}

	@Test
	void theRecapSaysWhatEveryModelCallForTheMeetingCost() {
		Api organiser = Api.as(this.port, "demo-a-member");
		Meeting meeting = meetingWithRecap(organiser);
		assertThat(meeting.recap().get("usage").isNull()).as("the offline extractor costs nothing").isTrue();
		TenantId tenant = new TenantId(
				UUID.fromString(Api.json(organiser.get("/api/me")).get("tenant").get("id").asString()));
		MeetingId id = new MeetingId(UUID.fromString(meeting.id()));
		this.usages
			.record(new ModelUsage(tenant, id, "gpt-4o-mini", 1200, 300, new BigDecimal("0.0150"), Instant.now()));
		this.usages
			.record(new ModelUsage(tenant, id, "gpt-4o-mini", 800, 100, new BigDecimal("0.0075"), Instant.now()));

		JsonNode usage = Api.json(organiser.get(meeting.recapPath())).get("usage");

		assertThat(usage.get("models")).hasSize(1);
		assertThat(usage.get("models").get(0).asString()).isEqualTo("gpt-4o-mini");
		assertThat(usage.get("promptTokens").asLong()).isEqualTo(2000);
		assertThat(usage.get("completionTokens").asLong()).isEqualTo(400);
		assertThat(usage.get("costSek").decimalValue()).isEqualByComparingTo("0.0225");
	}

	private static void assertField(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Api.json(response).get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private Meeting meetingWithRecap(Api organiser) {
		String email = Api.json(organiser.get("/api/me")).get("email").asString();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		JsonNode created = Api.json(organiser.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", "Avstämning e-arkiv", "joinUrl",
						"https://sandbox.kollegan.example/meet/join-fails/" + UUID.randomUUID() + "?transcript=none",
						"startsAt", now.minusMinutes(1).toString(), "endsAt", now.plusSeconds(5).toString(),
						"organizerName", "Anna Lind", "organizerEmail", email, "participants",
						List.of(Map.of("name", "Sara Nilsson", "email", "sara.nilsson@kommun-a.example"))))));
		String id = created.get("id").asString();
		String recapPath = "/api/agents/meetings/" + id + "/recap";
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(organiser.get(recapPath)).get("outcome").asString(""), "no-transcript"::equals);
		assertThat(organiser
			.post("/api/agents/meetings/" + id + "/transcript", "text/plain; charset=utf-8",
					BodyPublishers.ofString(TRANSCRIPT))
			.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(organiser.get(recapPath)).get("status").asString(), "ready"::equals);
		JsonNode recap = Api.json(organiser.get(recapPath));
		assertThat(recap.get("actions")).hasSize(2);
		return new Meeting(id, recap);
	}

	private record Meeting(String id, JsonNode recap) {

		String recapPath() {
			return "/api/agents/meetings/" + this.id + "/recap";
		}

		String actionPath(int index) {
			return "/api/agents/meetings/" + this.id + "/actions/"
					+ this.recap.get("actions").get(index).get("id").asString();
		}

	}

}
