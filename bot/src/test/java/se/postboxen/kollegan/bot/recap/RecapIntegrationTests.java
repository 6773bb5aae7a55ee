package se.postboxen.kollegan.bot.recap;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * From an uploaded transcript to a recap with decisions, actions (owner resolved against
 * the invitation, due date read in the meeting's zone) and open questions; analysing the
 * meeting again neither duplicates an action nor keeps one the newer transcript lacks.
 */
@KolleganIntegrationTest
class RecapIntegrationTests {

	private static final String TRANSCRIPT = """
			[00:00:05] Anna Lind: Välkomna till styrgruppen för det nya ärendesystemet.
			[00:00:40] Sara Nilsson: Jag har gått igenom anbuden och två av dem uppfyller kraven.
			[00:01:12] Anna Lind: Då beslutar vi att vi går vidare med leverantör B.
			[00:01:30] Anna Lind: Sara, kan du skriva tilldelningsbeslutet till i morgon?
			[00:01:41] Sara Nilsson: Ja, det gör jag.
			[00:02:02] Sara Nilsson: Vet vi om avtalet måste godkännas av nämnden?
			[00:02:09] Anna Lind: Ingen aning, det får vi ta reda på.
			[00:02:20] Anna Lind: Jag bokar ett möte med leverantören nästa vecka.
			""";

	@LocalServerPort
	int port;

	@Test
	void anUploadedTranscriptGivesDecisionsActionsAndOpenQuestionsThatAReRunDoesNotDuplicate() {
		Api member = Api.as(this.port, "demo-a-member");
		String email = Api.json(member.get("/api/me")).get("email").asString();
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		JsonNode created = Api.json(member.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", "Styrgrupp ärendesystem", "joinUrl",
						"https://sandbox.kollegan.example/meet/join-fails/" + UUID.randomUUID() + "?transcript=none",
						"startsAt", now.minusMinutes(1).toString(), "endsAt", now.plusSeconds(5).toString(),
						"organizerName", "Anna Lind", "organizerEmail", email, "participants",
						List.of(Map.of("name", "Sara Nilsson", "email", "sara.nilsson@kommun-a.example"))))));
		String recapPath = "/api/agents/meetings/" + created.get("id").asString() + "/recap";
		LocalDate meetingDay = OffsetDateTime.parse(created.get("startsAt").asString()).toLocalDate();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(member.get(recapPath)).get("outcome").asString(""), "no-transcript"::equals);

		JsonNode recap = upload(member, recapPath, TRANSCRIPT);

		JsonNode decision = single(recap.get("decisions"));
		assertThat(decision.get("text").asString()).isEqualTo("Då beslutar vi att vi går vidare med leverantör B.");
		assertThat(decision.get("speaker").asString()).isEqualTo("Anna Lind");
		assertThat(decision.get("at").asString()).isEqualTo("00:01:12");
		assertThat(decision.get("quote").asString()).isEqualTo("Då beslutar vi att vi går vidare med leverantör B.");
		assertThat(decision.get("confidence").asDouble()).isBetween(0.5, 1.0);
		JsonNode actions = recap.get("actions");
		assertThat(actions).hasSize(2);
		JsonNode asked = actions.get(0);
		assertThat(asked.get("owner").get("name").asString()).isEqualTo("Sara Nilsson");
		assertThat(asked.get("owner").get("email").asString()).isEqualTo("sara.nilsson@kommun-a.example");
		assertThat(asked.get("due").asString()).isEqualTo(meetingDay.plusDays(1).toString());
		assertThat(asked.get("at").asString()).isEqualTo("00:01:30");
		assertThat(asked.get("quote").asString()).isEqualTo("Sara, kan du skriva tilldelningsbeslutet till i morgon?");
		assertThat(asked.get("needsConfirmation").asBoolean()).as("owner and date said outright").isFalse();
		JsonNode promised = actions.get(1);
		assertThat(promised.get("owner").get("email").asString()).isEqualTo(email);
		assertThat(promised.get("due").asString()).isEqualTo(meetingDay.plusWeeks(1).with(DayOfWeek.FRIDAY).toString());
		assertThat(promised.get("needsConfirmation").asBoolean()).as("\"nästa vecka\" names no day").isTrue();
		assertThat(recap.get("openQuestions")).hasSize(1);
		assertThat(recap.get("openQuestions").get(0).asString())
			.isEqualTo("Vet vi om avtalet måste godkännas av nämnden?");

		JsonNode again = upload(member, recapPath, TRANSCRIPT);

		assertThat(ids(again.get("actions"))).as("the same actions, not new ones").isEqualTo(ids(actions));
		assertThat(again.get("decisions")).hasSize(1);

		JsonNode shorter = upload(member, recapPath,
				TRANSCRIPT.lines()
					.filter(line -> !line.contains("Jag bokar"))
					.reduce("", (text, line) -> text + line + "\n"));

		assertThat(ids(shorter.get("actions"))).as("the booking is no longer said, so no longer shown")
			.containsExactly(asked.get("id").asString());
	}

	private static JsonNode upload(Api member, String recapPath, String transcript) {
		assertThat(member
			.post(recapPath.replace("/recap", "/transcript"), "text/plain; charset=utf-8",
					BodyPublishers.ofString(transcript))
			.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(member.get(recapPath)).get("status").asString(), "ready"::equals);
		return Api.json(member.get(recapPath));
	}

	private static JsonNode single(JsonNode array) {
		assertThat(array).hasSize(1);
		return array.get(0);
	}

	private static List<String> ids(JsonNode actions) {
		List<String> ids = new ArrayList<>();
		actions.forEach(action -> ids.add(action.get("id").asString()));
		return ids;
	}

}
