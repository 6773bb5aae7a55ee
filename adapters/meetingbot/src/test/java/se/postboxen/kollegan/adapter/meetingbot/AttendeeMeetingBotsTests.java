package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.transcript.Transcript;
import se.postboxen.kollegan.transcript.Utterance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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
 * The Attendee client against WireMock. Request and response shapes follow Attendee's own
 * code (github.com/attendee-labs/attendee): {@code bots/bots_api_urls.py} for the paths,
 * {@code bots/bots_api_views.py} for the views and their examples
 * ({@code NewlyCreatedBotExample}, {@code LeavingBotExample}, {@code TranscriptView}),
 * {@code bots/serializers.py} for {@code BotSerializer} and
 * {@code TranscriptUtteranceSerializer}, and {@code bots/models.py} for the state codes.
 */
class AttendeeMeetingBotsTests {

	private static final Instant NOW = Instant.parse("2027-03-15T08:58:00Z");

	private static final MeetingId MEETING = new MeetingId(UUID.fromString("0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"));

	private WireMockServer attendee;

	private AttendeeMeetingBots bots;

	@BeforeEach
	void start() {
		this.attendee = new WireMockServer(options().dynamicPort());
		this.attendee.start();
		// WireMock and the JDK client agree on HTTP/1.1 only.
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.bots = new AttendeeMeetingBots(RestClient.builder().requestFactory(requests).build(),
				URI.create(this.attendee.baseUrl()), "attendee-api-key",
				new GatewayCalls("attendee", Duration.ofMillis(10), Clock.fixed(NOW, ZoneOffset.UTC)));
	}

	@AfterEach
	void stop() {
		this.attendee.stop();
	}

	@Test
	void schedulesABotWithTheMeetingsIdAsMetadata() {
		this.attendee
			.stubFor(post(urlPathEqualTo("/api/v1/bots")).withHeader("Authorization", equalTo("Token attendee-api-key"))
				.withHeader("Content-Type", equalTo("application/json"))
				.withRequestBody(equalToJson("""
						{"meeting_url": "https://kommun-a.zoom.us/j/84315220467?pwd=9M1SQg2Pu2l0cB078uz6AHeWelSK19.1",
						 "bot_name": "Kollegan", "join_at": "2027-03-15T09:00:00Z",
						 "metadata": {"kollegan_meeting_id": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"}}"""))
				.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
						{"id": "bot_weIAju4OXNZkDTpZ",
						 "metadata": {"kollegan_meeting_id": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"},
						 "meeting_url": "https://kommun-a.zoom.us/j/84315220467?pwd=9M1SQg2Pu2l0cB078uz6AHeWelSK19.1",
						 "state": "scheduled", "events": [], "transcription_state": "not_started",
						 "recording_state": "not_started", "join_at": "2027-03-15T09:00:00Z",
						 "deduplication_key": null}""")));

		String id = this.bots.send(MEETING,
				URI.create("https://kommun-a.zoom.us/j/84315220467?pwd=9M1SQg2Pu2l0cB078uz6AHeWelSK19.1"),
				Instant.parse("2027-03-15T09:00:00Z"), "Kollegan");

		assertThat(id).isEqualTo("bot_weIAju4OXNZkDTpZ");
	}

	@Test
	void aFailingGatewayIsAskedToCreateABotOnlyOnceAndLeftToTheJobQueue() {
		// After a 503 the gateway may have created the bot: asking again at once could
		// put
		// two bots in the meeting.
		this.attendee.stubFor(post(urlPathEqualTo("/api/v1/bots")).willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(BotGatewayException.class)
			.isThrownBy(
					() -> this.bots.send(MEETING, URI.create("https://meet.google.com/abc-defg-hij"), NOW, "Kollegan"))
			.satisfies(ex -> assertThat(ex.retryable()).isTrue());
		this.attendee.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/bots")));
	}

	@Test
	void aBotCreationRefusedWithTooManyRequestsIsAskedAgainAfterTheWait() {
		this.attendee.stubFor(post(urlPathEqualTo("/api/v1/bots")).inScenario("busy")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("calm")
			.willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));
		this.attendee.stubFor(post(urlPathEqualTo("/api/v1/bots")).inScenario("busy")
			.whenScenarioStateIs("calm")
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"bot_after_wait\", \"state\": \"scheduled\"}")));

		String id = this.bots.send(MEETING, URI.create("https://meet.google.com/abc-defg-hij"), NOW, "Kollegan");

		assertThat(id).isEqualTo("bot_after_wait");
		this.attendee.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/bots")));
	}

	@Test
	void removingABotAsksItToLeave() {
		this.attendee.stubFor(post(urlPathEqualTo("/api/v1/bots/bot_weIAju4OXNZkDTpZ/leave")).willReturn(okJson("""
				{"id": "bot_weIAju4OXNZkDTpZ", "meeting_url": "https://zoom.us/j/123?pwd=456", "state": "leaving",
				 "events": [{"type": "join_requested", "created_at": "2024-01-18T12:34:56Z"},
				  {"type": "joined_meeting", "created_at": "2024-01-18T12:35:00Z"},
				  {"type": "leave_requested", "created_at": "2024-01-18T13:34:56Z"}],
				 "transcription_state": "in_progress", "recording_state": "in_progress"}""")));

		this.bots.remove("bot_weIAju4OXNZkDTpZ");

		this.attendee.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/bots/bot_weIAju4OXNZkDTpZ/leave"))
			.withHeader("Authorization", equalTo("Token attendee-api-key")));
		this.attendee.verify(0, deleteRequestedFor(urlPathEqualTo("/api/v1/bots/bot_weIAju4OXNZkDTpZ")));
	}

	@Test
	void removingAScheduledBotDeletesItSoThatItNeverJoins() {
		this.attendee.stubFor(post(urlPathEqualTo("/api/v1/bots/bot_x/leave")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\": \"Event leave_requested not allowed when bot is in state scheduled.\"}")));
		this.attendee.stubFor(delete(urlPathEqualTo("/api/v1/bots/bot_x")).willReturn(aResponse().withStatus(200)));
		this.attendee.stubFor(post(urlPathEqualTo("/api/v1/bots/bot_gone/leave"))
			.willReturn(aResponse().withStatus(404).withBody("{\"error\": \"Bot not found\"}")));

		this.bots.remove("bot_x");
		this.bots.remove("bot_gone");

		this.attendee.verify(1, deleteRequestedFor(urlPathEqualTo("/api/v1/bots/bot_x")).withHeader("Authorization",
				equalTo("Token attendee-api-key")));
	}

	@Test
	void theGatewaysCopyOfAMeetingIsDeletedOnceTheBotHasLeftIt() {
		this.attendee.stubFor(post(urlPathEqualTo("/api/v1/bots/bot_b4/delete_data")).inScenario("leaving")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("left")
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\": \"Bot is not in a valid state for data deletion\"}")));
		this.attendee.stubFor(post(urlPathEqualTo("/api/v1/bots/bot_b4/delete_data")).inScenario("leaving")
			.whenScenarioStateIs("left")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));

		// Still leaving: not yet, and the job is to ask again (no blind repeat here).
		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(() -> this.bots.deleteRecording("bot_b4"))
			.satisfies(ex -> assertThat(ex.retryable()).isTrue());
		this.bots.deleteRecording("bot_b4");

		this.attendee.verify(2, postRequestedFor(urlPathEqualTo("/api/v1/bots/bot_b4/delete_data"))
			.withHeader("Authorization", equalTo("Token attendee-api-key")));
	}

	@Test
	void aBotTheGatewayNoLongerKnowsHasNothingLeftToDelete() {
		this.attendee
			.stubFor(post(urlPathEqualTo("/api/v1/bots/bot_b4/delete_data")).willReturn(aResponse().withStatus(404)));

		this.bots.deleteRecording("bot_b4");

		this.attendee.verify(1, postRequestedFor(urlPathEqualTo("/api/v1/bots/bot_b4/delete_data")));
	}

	@Test
	void readsTheTranscriptOfABotThatIsDone() {
		this.attendee.stubFor(get(urlPathEqualTo("/api/v1/bots/bot_weIAju4OXNZkDTpZ")).willReturn(
				okJson("""
						{"id": "bot_weIAju4OXNZkDTpZ", "metadata": {"kollegan_meeting_id": "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"},
						 "meeting_url": "https://kommun-a.zoom.us/j/84315220467", "state": "ended", "events": [],
						 "transcription_state": "complete", "recording_state": "complete",
						 "join_at": "2027-03-15T09:00:00Z", "deduplication_key": null}""")));
		this.attendee.stubFor(get(urlPathEqualTo("/api/v1/bots/bot_weIAju4OXNZkDTpZ/transcript"))
			.withHeader("Authorization", equalTo("Token attendee-api-key"))
			.willReturn(okJson("""
					[{"speaker_name": "Anna Lind", "speaker_uuid": "16778240", "speaker_user_uuid": null,
					  "speaker_is_host": true, "timestamp_ms": 1805187610000, "duration_ms": 3020,
					  "transcription": {"transcript": "God morgon allihop. Ska vi börja?", "words": null}},
					 {"speaker_name": "Erik Berg", "speaker_uuid": "16779264", "speaker_user_uuid": null,
					  "speaker_is_host": false, "timestamp_ms": 1805187613250, "duration_ms": 1900,
					  "transcription": {"transcript": "Ja, budgeten först."}}]""")));

		Transcript transcript = this.bots.transcript("bot_weIAju4OXNZkDTpZ").orElseThrow();

		assertThat(transcript.utterances()).containsExactly(
				new Utterance("Anna Lind", null, Duration.ZERO, Duration.ofMillis(3020),
						"God morgon allihop. Ska vi börja?"),
				new Utterance("Erik Berg", null, Duration.ofMillis(3250), Duration.ofMillis(5150),
						"Ja, budgeten först."));
	}

	@Test
	void aTranscriptWhileTheBotIsStillPostProcessingIsRetryable() {
		this.attendee.stubFor(get(urlPathEqualTo("/api/v1/bots/bot_y")).willReturn(okJson("""
				{"id": "bot_y", "state": "post_processing", "transcription_state": "in_progress",
				 "recording_state": "in_progress"}""")));

		assertThatExceptionOfType(BotGatewayException.class).isThrownBy(() -> this.bots.transcript("bot_y"))
			.satisfies(ex -> assertThat(ex.retryable()).isTrue());
		this.attendee.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/bots/bot_y/transcript")));
	}

	@Test
	void aBotThatNeverGotInHasNoTranscript() {
		this.attendee.stubFor(get(urlPathEqualTo("/api/v1/bots/bot_z")).willReturn(okJson("""
				{"id": "bot_z", "state": "fatal_error", "transcription_state": "not_started",
				 "recording_state": "not_started"}""")));

		assertThat(this.bots.transcript("bot_z")).isEmpty();
		this.attendee.verify(0, getRequestedFor(urlPathEqualTo("/api/v1/bots/bot_z/transcript")));
	}

}
