package se.postboxen.kollegan.bot.recap;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.web.ApiProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When neither the agent nor the platform has the words: the meeting ends as
 * no-transcript, the organiser is asked for one, and an uploaded transcript becomes a
 * recap labelled as such — WebVTT, plain text, or the meeting bot's own JSON. Uploads
 * that cannot be used are refused with a problem naming why (for JSON, the field).
 */
@KolleganIntegrationTest
class TranscriptUploadIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiProperties api;

	@Test
	void aMeetingWithoutAnyTranscriptTakesAnUploadAndRecapsIt() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		Api member = Api.as(this.port, "demo-a-member");
		String email = Api.json(member.get("/api/me")).get("email").asString();
		String meeting = Api
			.json(member.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Dialogmöte", "joinUrl",
							"https://sandbox.kollegan.example/meet/join-fails/" + UUID.randomUUID()
									+ "?transcript=none",
							"startsAt", now.minusMinutes(1).toString(), "endsAt", now.plusSeconds(5).toString(),
							"organizerName", "Anna Lind", "organizerEmail", email))))
			.get("id")
			.asString();
		String recapPath = "/api/agents/meetings/" + meeting + "/recap";
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(member.get(recapPath)).get("outcome").asString(""), "no-transcript"::equals);
		assertThat(Api.json(member.get(recapPath)).get("status").asString()).isEqualTo("pending");
		assertThat(this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key = :key")
			.param("key", "notice:transcript:" + meeting)
			.query(Long.class)
			.single()).isEqualTo(1);

		HttpResponse<String> unreadable = member.post("/api/agents/meetings/" + meeting + "/transcript", "text/vtt",
				BodyPublishers.ofString("inget här"));
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(unreadable.body()).contains("body");
		HttpResponse<String> wrongType = member.post("/api/agents/meetings/" + meeting + "/transcript",
				"application/pdf", BodyPublishers.ofString("%PDF-1.7"));
		assertThat(wrongType.statusCode()).isEqualTo(415);

		HttpResponse<String> accepted = member.post("/api/agents/meetings/" + meeting + "/transcript",
				"text/plain; charset=utf-8", BodyPublishers.ofString("""
						Anna Lind: Välkomna till dialogmötet om det nya ärendesystemet.
						Sara Nilsson: Jag bokar lokalen för dialogmötet med leverantörerna.
						Anna Lind: Vi beslutar att dialogmötet hålls i januari med alla leverantörer.
						"""));

		assertThat(accepted.statusCode()).isEqualTo(202);
		assertThat(accepted.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith(recapPath));
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(member.get(recapPath)).get("status").asString(), "ready"::equals);
		JsonNode recap = Api.json(member.get(recapPath));
		assertThat(recap.get("source").asString()).isEqualTo("uploaded");
		assertThat(recap.get("label").asString()).contains("uppladdad transkription").contains("uploaded transcript");
		assertThat(recap.get("outcome").asString()).isEqualTo("uploaded-transcript");
		assertThat(recap.get("summary").asString()).contains("dialogmötet");

		HttpResponse<String> again = member.post("/api/agents/meetings/" + meeting + "/transcript", "text/vtt",
				BodyPublishers.ofString("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna Lind>Hej.</v>\n"));
		assertThat(again.statusCode()).as("a newer upload replaces an uploaded recap").isEqualTo(202);
	}

	@Test
	void theMeetingBotsJsonIsTakenWithItsSpeakersAddressesAndJsonOfAnotherShapeIsRefusedNamingTheField() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		Api member = Api.as(this.port, "demo-a-member");
		String email = Api.json(member.get("/api/me")).get("email").asString();
		String meeting = Api
			.json(member.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Avstämning e-arkiv", "joinUrl",
							"https://sandbox.kollegan.example/meet/join-fails/" + UUID.randomUUID()
									+ "?transcript=none",
							"startsAt", now.minusMinutes(1).toString(), "endsAt", now.plusSeconds(5).toString(),
							"organizerName", "Anna Lind", "organizerEmail", email))))
			.get("id")
			.asString();
		String transcriptPath = "/api/agents/meetings/" + meeting + "/transcript";
		String recapPath = "/api/agents/meetings/" + meeting + "/recap";
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(member.get(recapPath)).get("outcome").asString(""), "no-transcript"::equals);

		HttpResponse<String> notJson = member.post(transcriptPath, "application/json",
				BodyPublishers.ofString("[{\"participant\": {\"name\": \"Anna Lind\"}, \"words\": [}]"));
		HttpResponse<String> otherShape = member.post(transcriptPath, "application/json; charset=utf-8",
				BodyPublishers.ofString("""
						[{"participant": {"name": "Anna Lind"}, "words": [{"text": "Hej."}]},
						 {"participant": {"name": "Karl Holm"}, "words": [{"text": {"sv": "Hej."}}]}]"""));
		HttpResponse<String> xml = member.post(transcriptPath, "application/xml",
				BodyPublishers.ofString("<transcript/>"));

		assertThat(notJson.statusCode()).isEqualTo(400);
		assertThat(fields(notJson)).containsExactly("body");
		assertThat(Api.json(notJson).get("errors").get(0).get("message").asString()).contains("line 1");
		assertThat(otherShape.statusCode()).isEqualTo(400);
		assertThat(Api.json(otherShape).get("type").asString())
			.isEqualTo("https://kollegan.postboxen.se/problems/validation-failed");
		assertThat(fields(otherShape)).containsExactly("[1].words[0].text");
		assertThat(otherShape.body()).doesNotContain("Karl Holm");
		assertThat(xml.statusCode()).isEqualTo(415);

		HttpResponse<String> accepted = member.post(transcriptPath, "application/json", BodyPublishers.ofString("""
				[{"participant": {"id": 100, "name": "Anna Lind", "is_host": true, "email": null},
				  "words": [{"text": "Välkomna.", "start_timestamp": {"relative": 4.1},
				             "end_timestamp": {"relative": 5.0}},
				            {"text": "Karl, kan du skicka arkivplanen till fredag?",
				             "start_timestamp": {"relative": 5.3}, "end_timestamp": {"relative": 8.9}}]},
				 {"participant": {"id": 200, "name": "Karl Holm", "email": "karl.holm@kommun-a.example"},
				  "words": [{"text": "Ja,", "start_timestamp": {"relative": 9.4}, "end_timestamp": {"relative": 9.6}},
				            {"text": "det gör jag.", "start_timestamp": {"relative": 9.7},
				             "end_timestamp": {"relative": 10.5}}]}]"""));

		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(member.get(recapPath)).get("status").asString(), "ready"::equals);
		JsonNode recap = Api.json(member.get(recapPath));
		assertThat(recap.get("source").asString()).isEqualTo("uploaded");
		JsonNode action = recap.get("actions").get(0);
		assertThat(action.get("quote").asString()).isEqualTo("Karl, kan du skicka arkivplanen till fredag?");
		// One utterance per segment, as the gateway's transcript is read: the segment's
		// start.
		assertThat(action.get("at").asString()).isEqualTo("00:00:04");
		assertThat(action.get("owner").get("email").asString()).as("the address the gateway knew")
			.isEqualTo("karl.holm@kommun-a.example");
	}

	@Test
	void aJsonTranscriptAboveTheLimitIs413() {
		Api member = Api.as(this.port, "demo-a-member");
		String word = "{\"text\": \"ord\", \"start_timestamp\": {\"relative\": 1.0}}, ";
		long limit = this.api.maxTranscriptSize().toBytes();
		byte[] huge = ("[{\"speaker\": \"Anna Lind\", \"words\": [" + word.repeat((int) (limit / word.length()) + 1000)
				+ "{\"text\": \"slut\"}]}]")
			.getBytes(StandardCharsets.UTF_8);

		// Streamed, so that the server reads up to its limit and the few bytes beyond are
		// swallowed: the answer arrives on a connection still open.
		HttpResponse<String> tooLarge = member.post("/api/agents/meetings/" + UUID.randomUUID() + "/transcript",
				"application/json", BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)));

		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(Api.json(tooLarge).get("type").asString())
			.isEqualTo("https://kollegan.postboxen.se/problems/payload-too-large");
	}

	@Test
	void aParticipantWhoNeitherOrganisedNorBookedMayNeitherUploadNorDelete() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		Api member = Api.as(this.port, "demo-a-member");
		String email = Api.json(member.get("/api/me")).get("email").asString();
		String meeting = Api.json(Api.as(this.port, "demo-a-admin")
			.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Någon annans möte", "joinUrl",
							"https://sandbox.kollegan.example/meet/join-fails/" + UUID.randomUUID()
									+ "?transcript=none",
							"startsAt", now.minusHours(2).toString(), "endsAt", now.minusHours(1).toString(),
							"organizerName", "Anna Lind", "organizerEmail", "anna.lind@kommun-a.example",
							"participants", List.of(Map.of("name", "Medlem", "email", email))))))
			.get("id")
			.asString();
		assertThat(member.get("/api/agents/meetings/" + meeting).statusCode()).as("the participant sees it")
			.isEqualTo(200);

		HttpResponse<String> upload = member.post("/api/agents/meetings/" + meeting + "/transcript", "text/vtt",
				BodyPublishers.ofString("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna Lind>Hej.</v>\n"));
		HttpResponse<String> offboard = member.postJson("/api/agents/meetings/" + meeting + "/offboard", "");

		assertThat(upload.statusCode()).isEqualTo(403);
		assertThat(offboard.statusCode()).isEqualTo(403);
		assertThat(Api.as(this.port, "demo-a-admin").get("/api/agents/meetings/" + meeting).statusCode())
			.isEqualTo(200);
	}

	private static List<String> fields(HttpResponse<String> problem) {
		return Api.json(problem).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
	}

	@Test
	void aMeetingNotYetOverTakesNoTranscript() {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		Api member = Api.as(this.port, "demo-a-member");
		String meeting = Api
			.json(member.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Framtida möte", "joinUrl",
							"https://sandbox.kollegan.example/meet/ok/" + UUID.randomUUID(), "startsAt",
							now.plusDays(3).toString(), "endsAt", now.plusDays(3).plusHours(1).toString()))))
			.get("id")
			.asString();

		HttpResponse<String> refused = member.post("/api/agents/meetings/" + meeting + "/transcript", "text/vtt",
				BodyPublishers.ofString("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Anna Lind>Hej.</v>\n"));

		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.body()).contains("transcript-not-wanted");
		assertThat(this.jdbc.sql("SELECT count(*) FROM transcript WHERE meeting_id = :id")
			.param("id", UUID.fromString(meeting))
			.query(Long.class)
			.single()).isZero();
	}

}
