package se.postboxen.kollegan.adapter.meetingbot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The Recall.ai-compatible client against WireMock with Recall's documented shapes:
 * Create Bot, Remove Bot From Call and Delete Scheduled Bot (docs.recall.ai/reference),
 * Retrieve Bot with {@code recordings[].media_shortcuts}
 * (docs.recall.ai/docs/receive-a-recording) and the transcript download
 * (docs.recall.ai/docs/download-schemas), kept under {@code src/test/resources/recall/}.
 */
class RecallMeetingBotsTests {

	private static final Instant NOW = Instant.parse("2027-03-15T08:58:00Z");

	private static final MeetingId MEETING = new MeetingId(UUID.fromString("0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"));

	private WireMockServer recall;

	private RecallMeetingBots bots;

	@BeforeEach
	void start() {
		this.recall = new WireMockServer(options().dynamicPort());
		this.recall.start();
		// WireMock and the JDK client agree on HTTP/1.1 only.
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.bots = new RecallMeetingBots(RestClient.builder().requestFactory(requests).build(),
				URI.create(this.recall.baseUrl()), "recall-api-key",
				new GatewayCalls("recall", Duration.ofMillis(10), Clock.fixed(NOW, ZoneOffset.UTC)));
	}

	@AfterEach
	void stop() {
		this.recall.stop();
	}

	private String fixture(String name) {
		try (InputStream in = getClass().getResourceAsStream("/recall/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{base}}", this.recall.baseUrl());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void schedulesABotForTheMeetingsStart() {
		this.recall
			.stubFor(post(urlPathEqualTo("/api/v1/bot/")).withHeader("Authorization", equalTo("Token recall-api-key"))
				.withRequestBody(equalToJson("""
						{"meeting_url": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0",
						 "bot_name": "Kollegan", "join_at": "2027-03-15T09:00:00Z",
						 "recording_config": {"transcript": {"provider": {"recallai_streaming": {
						   "mode": "prioritize_accuracy"}}}},
						 "metadata": {"kollegan_meeting_id": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"}}"""))
				.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
						{"id": "5603dea-b633-4b35-995c-fec5415c8d", "video_url": null, "meeting_url": {
						 "meeting_id": "19:meeting_x@thread.v2", "platform": "microsoft_teams"},
						 "join_at": "2027-03-15T09:00:00Z", "status_changes": [{"code": "ready", "message": null,
						 "created_at": "2027-03-15T08:58:00.123Z", "sub_code": null}]}""")));

		String id = this.bots.send(MEETING,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"),
				Instant.parse("2027-03-15T09:00:00Z"), "Kollegan");

		assertThat(id).isEqualTo("5603dea-b633-4b35-995c-fec5415c8d");
	}

	@Test
	void aRetryAfterLongerThanACallWaitsIsLeftToTheJobQueue() {
		this.recall.stubFor(post(urlPathEqualTo("/api/v1/bot/")).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "30")
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Request was throttled. Expected available in 30 seconds.\"}")));

		assertThatExceptionOfType(BotGatewayException.class)
			.isThrownBy(
					() -> this.bots.send(MEETING, URI.create("https://meet.google.com/abc-defg-hij"), NOW, "Kollegan"))
			.satisfies(ex -> {
				assertThat(ex.retryable()).isTrue();
				assertThat(ex.retryAt()).isEqualTo(NOW.plusSeconds(30));
			});
		this.recall.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/bot/")));
	}

	@Test
	void aRefusedRequestIsNotRetried() {
		this.recall.stubFor(post(urlPathEqualTo("/api/v1/bot/")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"meeting_url\": [\"Invalid meeting URL.\"]}")));

		assertThatExceptionOfType(BotGatewayException.class)
			.isThrownBy(
					() -> this.bots.send(MEETING, URI.create("https://meet.google.com/abc-defg-hij"), NOW, "Kollegan"))
			.satisfies(ex -> assertThat(ex.retryable()).isFalse());
		this.recall.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/bot/")));
	}

	@Test
	void removingABotAsksItToLeaveAndToleratesOneAlreadyGone() {
		this.recall.stubFor(post(urlPathEqualTo("/api/v1/bot/b1/leave_call/")).willReturn(aResponse().withStatus(200)));
		this.recall.stubFor(post(urlPathEqualTo("/api/v1/bot/b2/leave_call/")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Bot is not in a call.\"}")));

		this.bots.remove("b1");
		this.bots.remove("b2");

		this.recall.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/bot/b1/leave_call/")));
		this.recall.verify(0, deleteRequestedFor(urlPathEqualTo("/api/v1/bot/b1/")));
	}

	@Test
	void removingABotNotYetInACallDeletesItSoThatItNeverJoins() {
		this.recall.stubFor(post(urlPathEqualTo("/api/v1/bot/b3/leave_call/")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"detail\": \"Bot is not in a call.\"}")));
		this.recall.stubFor(delete(urlPathEqualTo("/api/v1/bot/b3/")).willReturn(aResponse().withStatus(204)));

		this.bots.remove("b3");

		this.recall.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/bot/b3/")).withHeader("Authorization",
				equalTo("Token recall-api-key")));
	}

	@Test
	void theGatewaysCopyOfAMeetingIsDeletedOnceTheBotHasLeftIt() {
		this.recall.stubFor(post(urlPathEqualTo("/api/v1/bot/b4/delete_media/")).inScenario("leaving")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("left")
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": \"Bot is not in a valid state for data deletion\"}")));
		this.recall.stubFor(post(urlPathEqualTo("/api/v1/bot/b4/delete_media/")).inScenario("leaving")
			.whenScenarioStateIs("left")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));

		// Still leaving: not yet, and the job is to ask again (no blind repeat here).
		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(() -> this.bots.deleteRecording("b4"))
			.satisfies(ex -> assertThat(ex.retryable()).isTrue());
		this.bots.deleteRecording("b4");

		this.recall.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/bot/b4/delete_media/"))
			.withHeader("Authorization", equalTo("Token recall-api-key")));
	}

	@Test
	void aBotTheGatewayNoLongerKnowsHasNothingLeftToDelete() {
		this.recall
			.stubFor(post(urlPathEqualTo("/api/v1/bot/b4/delete_media/")).willReturn(aResponse().withStatus(404)));

		this.bots.deleteRecording("b4");

		this.recall.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/bot/b4/delete_media/")));
	}

	@Test
	void readsTheTranscriptOfTheBotsRecordingFromItsDownloadLink() {
		this.recall.stubFor(get(urlPathEqualTo("/api/v1/bot/5603dea-b633-4b35-995c-fec5415c8d/"))
			.withHeader("Authorization", equalTo("Token recall-api-key"))
			.willReturn(okJson(fixture("bot-with-transcript.json"))));
		// Storage answers with its own content type, not JSON.
		this.recall.stubFor(get(urlPathEqualTo("/transcripts/2c22e1b4.json")).willReturn(
				aResponse().withHeader("Content-Type", "binary/octet-stream").withBody(fixture("transcript.json"))));

		Transcript transcript = this.bots.transcript("5603dea-b633-4b35-995c-fec5415c8d").orElseThrow();

		assertThat(transcript.utterances()).containsExactly(
				new Utterance("Anna Lind", EmailAddress.of("anna.lind@kommun-a.se"), Duration.ofMillis(9730),
						Duration.ofMillis(12751), "God morgon allihop. Ska vi börja?"),
				new Utterance("Erik Berg", null, Duration.ofMillis(13000), Duration.ofMillis(14900),
						"Ja, budgeten först."));
		// The pre-signed link is used as given, and the API key does not travel to
		// storage.
		this.recall.verify(getRequestedFor(urlPathEqualTo("/transcripts/2c22e1b4.json"))
			.withQueryParam("X-Amz-Credential", equalTo("AKIA/20270315/eu-central-1/s3/aws4_request"))
			.withHeader("Authorization", absent()));
	}

	@Test
	void aTranscriptFileOfAnotherShapeIsAFailureWorthRetrying() {
		this.recall
			.stubFor(get(urlPathEqualTo("/api/v1/bot/b6/")).willReturn(okJson(fixture("bot-with-transcript.json"))));
		this.recall.stubFor(get(urlPathEqualTo("/transcripts/2c22e1b4.json")).willReturn(
				aResponse().withHeader("Content-Type", "binary/octet-stream").withBody("{\"error\": \"SlowDown\"}")));

		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(() -> this.bots.transcript("b6"))
			.satisfies(ex -> assertThat(ex.retryable()).isTrue())
			.withMessageContaining("cannot be read");
	}

	@Test
	void aTranscriptStillBeingPreparedIsRetryable() {
		this.recall.stubFor(get(urlPathEqualTo("/api/v1/bot/b4/")).willReturn(okJson(fixture("bot-with-transcript.json")
			.replace("\"code\": \"done\", \"sub_code\": null, " + "\"updated_at\": \"2027-03-15T09:30:04.000000Z\"",
					"\"code\": \"processing\", \"sub_code\": null, "
							+ "\"updated_at\": \"2027-03-15T09:30:04.000000Z\""))));

		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(() -> this.bots.transcript("b4"))
			.satisfies(ex -> assertThat(ex.retryable()).isTrue());
		this.recall.verify(0, getRequestedFor(urlPathEqualTo("/transcripts/2c22e1b4.json")));
	}

	@Test
	void aBotThatRecordedNothingHasNoTranscript() {
		this.recall.stubFor(get(urlPathEqualTo("/api/v1/bot/b5/")).willReturn(okJson("""
				{"id": "b5", "status_changes": [{"code": "fatal", "sub_code": "bot_kicked_from_waiting_room",
				 "message": null, "created_at": "2027-03-15T09:10:00Z"}], "recordings": []}""")));

		assertThat(this.bots.transcript("b5")).isEmpty();
	}

}
