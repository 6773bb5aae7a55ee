package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.meeting.MeetingId;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The Recall.ai-compatible client against WireMock with Recall's documented shapes. */
class RecallMeetingBotsTests {

	private static final Instant NOW = Instant.parse("2027-03-15T08:58:00Z");

	private static final MeetingId MEETING = new MeetingId(
			java.util.UUID.fromString("0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"));

	private WireMockServer recall;

	private RecallMeetingBots bots;

	@BeforeEach
	void start() {
		this.recall = new WireMockServer(options().dynamicPort());
		this.recall.start();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.bots = new RecallMeetingBots(RestClient.builder().requestFactory(requests).build(),
				URI.create(this.recall.baseUrl()), "recall-api-key", Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@AfterEach
	void stop() {
		this.recall.stop();
	}

	@Test
	void schedulesABotForTheMeetingsStart() {
		this.recall
			.stubFor(post(urlPathEqualTo("/api/v1/bot/")).withHeader("Authorization", equalTo("Token recall-api-key"))
				.withRequestBody(equalToJson("""
						{"meeting_url": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0",
						 "bot_name": "Kollegan", "join_at": "2027-03-15T09:00:00Z",
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
	void tooManyRequestsIsRetryableAtTheGivenTime() {
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
	}

}
