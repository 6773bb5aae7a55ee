package se.postboxen.kollegan.bot.recap;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * When neither the agent nor the platform has the words: the meeting ends as
 * no-transcript, the organiser is asked for one, and an uploaded transcript becomes a
 * recap labelled as such. Uploads that cannot be used are refused with a problem naming
 * why.
 */
@KolleganIntegrationTest
class TranscriptUploadIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
