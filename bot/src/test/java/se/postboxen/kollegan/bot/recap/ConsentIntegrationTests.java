package se.postboxen.kollegan.bot.recap;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.recap.LanguageModel;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * Consent in the sandbox: the card is answered by everyone in the meeting. A participant
 * who declines is left out of the stored transcript and of what the language model is
 * given; an organiser who declines sends the agent away and nothing of the meeting is
 * kept.
 */
@KolleganIntegrationTest
class ConsentIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The real offline extractor, watched: what it is given is what a model would get.
	 */
	@MockitoSpyBean
	LanguageModel languageModel;

	private String schedule(String scenario) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		return Api.json(Api.as(this.port, "demo-a-admin")
			.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Upphandling ärendesystem", "joinUrl",
							"https://sandbox.kollegan.example/meet/" + scenario + "/" + UUID.randomUUID(), "startsAt",
							now.toString(), "endsAt", now.plusHours(1).toString(), "organizerName", "Anna Lind",
							"organizerEmail", "anna.lind@kommun-a.example"))))
			.get("id")
			.asString();
	}

	private JsonNode recapWhenSettled(String meeting) {
		Api admin = Api.as(this.port, "demo-a-admin");
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(admin.get("/api/agents/meetings/" + meeting + "/recap")),
					recap -> recap.get("outcome") != null && !recap.get("outcome").isNull());
	}

	@Test
	void aDeclinersSpeechIsNeitherStoredNorGivenToTheLanguageModel() {
		String meeting = schedule("declined-consent");

		JsonNode recap = recapWhenSettled(meeting);

		assertThat(recap.get("status").asString()).isEqualTo("ready");
		assertThat(recap.get("outcome").asString()).isEqualTo("recorded");
		JsonNode answers = Api
			.json(Api.as(this.port, "demo-a-admin").get("/api/agents/meetings/" + meeting + "/consent"));
		assertThat(answers).anySatisfy(answer -> {
			assertThat(answer.get("name").asString()).isEqualTo("Erik Berg");
			assertThat(answer.get("answer").asString()).isEqualTo("DECLINED");
			assertThat(answer.get("channel").asString()).isEqualTo("SANDBOX");
		});
		// Anna and Sara, and Johan, who joined late and was asked on his own.
		assertThat(answers).filteredOn(answer -> answer.get("answer").asString().equals("ACCEPTED"))
			.extracting(answer -> answer.get("name").asString())
			.containsExactlyInAnyOrder("Anna Lind", "Sara Nilsson", "Johan Ek");
		List<String> stored = this.jdbc.sql("""
				SELECT u->>'speaker' FROM transcript, jsonb_array_elements(utterances) u WHERE meeting_id = :id""")
			.param("id", UUID.fromString(meeting))
			.query(String.class)
			.list();
		assertThat(stored).isNotEmpty().contains("Anna Lind", "Sara Nilsson").doesNotContain("Erik Berg");
		ArgumentCaptor<Meeting> meetings = ArgumentCaptor.forClass(Meeting.class);
		ArgumentCaptor<Transcript> given = ArgumentCaptor.forClass(Transcript.class);
		verify(this.languageModel, atLeastOnce()).draft(meetings.capture(), given.capture());
		List<Transcript> forThisMeeting = new java.util.ArrayList<>();
		for (int i = 0; i < meetings.getAllValues().size(); i++) {
			if (meetings.getAllValues().get(i).id().value().toString().equals(meeting)) {
				forThisMeeting.add(given.getAllValues().get(i));
			}
		}
		assertThat(forThisMeeting).isNotEmpty()
			.allSatisfy(transcript -> assertThat(transcript.utterances()).extracting(Utterance::speaker)
				.contains("Anna Lind")
				.doesNotContain("Erik Berg"));
	}

	@Test
	void anOrganiserWhoDeclinesSendsTheAgentAwayAndNothingIsKept() {
		String meeting = schedule("organiser-declines");

		JsonNode recap = recapWhenSettled(meeting);

		assertThat(recap.get("outcome").asString()).isEqualTo("consent-declined");
		assertThat(recap.get("status").asString()).isEqualTo("pending");
		assertThat(recap.get("summary").isNull()).isTrue();
		assertThat(Api.json(Api.as(this.port, "demo-a-admin").get("/api/agents/meetings/" + meeting))
			.get("status")
			.asString()).isEqualTo("DONE");
		for (String table : List.of("transcript", "recap", "decision", "action_item", "brief")) {
			assertThat(this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE meeting_id = :id")
				.param("id", UUID.fromString(meeting))
				.query(Long.class)
				.single()).as(table).isZero();
		}
		// The bot's "meeting ended" that follows changes nothing: no analysis runs.
		await().during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(6))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM transcript WHERE meeting_id = :id")
				.param("id", UUID.fromString(meeting))
				.query(Long.class)
				.single() == 0);
		verify(this.languageModel, never()).draft(org.mockito.ArgumentMatchers
			.argThat(given -> given != null && given.id().value().toString().equals(meeting)), any());
	}

}
