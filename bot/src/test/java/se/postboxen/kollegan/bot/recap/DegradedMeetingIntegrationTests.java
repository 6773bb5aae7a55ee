package se.postboxen.kollegan.bot.recap;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.attendance.RecallWebhook;
import se.postboxen.kollegan.bot.demo.DemoTenant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End-to-end scenario 2: a Teams meeting whose bot fails to join three times (a
 * Recall.ai-compatible gateway on WireMock) is degraded to post-meeting analysis; after
 * its end the platform's own transcript is fetched from Microsoft Graph (WireMock, the
 * documented requests and payloads) and a recap exists, labelled as coming from the
 * platform transcript.
 */
@KolleganIntegrationTest
class DegradedMeetingIntegrationTests {

	static final WireMockServer upstream = new WireMockServer(options().dynamicPort());

	static final byte[] KEY = "a-32-byte-key-for-the-webhooks!!".getBytes(StandardCharsets.US_ASCII);

	static final String ORGANIZER_OID = "dc17674c-81d9-4adb-bfb2-8f6a442e4622";

	static {
		upstream.start();
	}

	@DynamicPropertySource
	static void upstreams(DynamicPropertyRegistry properties) {
		properties.add("kollegan.meetingbot.provider", () -> "recall");
		properties.add("kollegan.meetingbot.recall.base-url", upstream::baseUrl);
		properties.add("kollegan.meetingbot.recall.api-key", () -> "recall-api-key");
		properties.add("kollegan.meetingbot.recall.webhook-secret",
				() -> "whsec_" + Base64.getEncoder().encodeToString(KEY));
		properties.add("kollegan.graph.client-id", () -> "kollegan-app");
		properties.add("kollegan.graph.client-secret", () -> "test-client-secret-value");
		properties.add("kollegan.graph.notification-url", () -> "https://kollegan.kommun-a.se/api/graph/notifications");
		properties.add("kollegan.graph.lifecycle-url", () -> "https://kollegan.kommun-a.se/api/graph/lifecycle");
		properties.add("kollegan.graph.base-url", () -> upstream.baseUrl() + "/v1.0");
		properties.add("kollegan.graph.login-url", upstream::baseUrl);
	}

	@AfterAll
	static void stopUpstream() {
		upstream.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void threeFailedJoinsDegradeToThePlatformTranscriptAndALabelledRecap() throws Exception {
		String directory = DemoTenant.A.directoryId();
		// A classic Teams link: its context names the directory and the organiser.
		String context = URLEncoder.encode("{\"Tid\":\"" + directory + "\",\"Oid\":\"" + ORGANIZER_OID + "\"}",
				StandardCharsets.UTF_8);
		String joinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
				+ UUID.randomUUID().toString().replace("-", "") + "%40thread.v2/0?context=" + context;
		for (int attempt = 1; attempt <= 3; attempt++) {
			upstream.stubFor(post(urlPathEqualTo("/api/v1/bot/")).inScenario("joins")
				.whenScenarioStateIs((attempt == 1) ? Scenario.STARTED : "attempt-" + attempt)
				.willSetStateTo("attempt-" + (attempt + 1))
				.willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"id\": \"bot-" + attempt + "-" + UUID.randomUUID() + "\"}")));
		}
		stubGraph(directory, joinUrl);

		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		String meeting = Api
			.json(Api.as(this.port, "demo-a-admin")
				.postJson("/api/agents/meetings",
						Api.toJson(Map.of("title", "Styrgrupp ärendesystem", "joinUrl", joinUrl, "startsAt",
								now.minusMinutes(5).toString(), "endsAt", now.plusSeconds(15).toString(),
								"organizerName", "Anna Lind", "organizerEmail", "anna.lind@kommun-a.example"))))
			.get("id")
			.asString();

		for (int attempt = 1; attempt <= 3; attempt++) {
			String botId = botOfAttempt(meeting, attempt);
			HttpResponse<String> fatal = RecallWebhook.post(this.port, """
					{"event": "bot.fatal", "data": {"data": {"code": "fatal", "sub_code": "bot_errored",
					 "updated_at": "%s"}, "bot": {"id": "%s", "metadata": {}}}}""".formatted(Instant.now(), botId),
					KEY);
			assertThat(fatal.statusCode()).isEqualTo(200);
		}
		assertThat(status(meeting)).isEqualTo("DEGRADED");
		upstream.verify(3, postRequestedFor(urlPathEqualTo("/api/v1/bot/")));

		// After the end time the platform's transcript is fetched and recapped.
		Api admin = Api.as(this.port, "demo-a-admin");
		await().atMost(Duration.ofSeconds(40))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> "ready"
				.equals(Api.json(admin.get("/api/agents/meetings/" + meeting + "/recap")).get("status").asString()));
		JsonNode recap = Api.json(admin.get("/api/agents/meetings/" + meeting + "/recap"));
		assertThat(recap.get("source").asString()).isEqualTo("platform-transcript");
		assertThat(recap.get("label").asString()).contains("plattformens transkription")
			.contains("platform transcript");
		assertThat(recap.get("outcome").asString()).isEqualTo("platform-transcript");
		assertThat(recap.get("language").asString()).isEqualTo("sv");
		assertThat(recap.get("summary").asString()).contains("kravspecifikation");
		assertThat(status(meeting)).isEqualTo("DONE");
		String user = "/v1.0/users/" + ORGANIZER_OID + "/onlineMeetings";
		upstream.verify(getRequestedFor(urlPathEqualTo(user)).withQueryParam("$filter",
				equalTo("JoinWebUrl eq '" + joinUrl + "'")));
		upstream.verify(getRequestedFor(urlPathEqualTo(user + "/MSpkYzE3-meeting/transcripts/MSMjMCMjZDAw/content")));
		// What was kept is the platform's transcript, with its speakers.
		List<String> speakers = this.jdbc.sql("""
				SELECT DISTINCT u->>'speaker' FROM transcript, jsonb_array_elements(utterances) u
				WHERE meeting_id = :id ORDER BY 1""").param("id", UUID.fromString(meeting)).query(String.class).list();
		assertThat(speakers).containsExactly("Anna Lind", "Erik Berg");
	}

	private void stubGraph(String directory, String joinUrl) {
		upstream.stubFor(post(urlPathEqualTo("/" + directory + "/oauth2/v2.0/token"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599,
					 "access_token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.graph-test-token.signature"}""")));
		String user = "/v1.0/users/" + ORGANIZER_OID + "/onlineMeetings";
		// https://learn.microsoft.com/en-us/graph/api/onlinemeeting-get (filter by
		// JoinWebUrl)
		upstream.stubFor(get(urlPathEqualTo(user)).withQueryParam("$filter", equalTo("JoinWebUrl eq '" + joinUrl + "'"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"value": [{"id": "MSpkYzE3-meeting", "joinWebUrl": "%s", "subject": "Styrgrupp ärendesystem"}]}
					""".formatted(joinUrl))));
		// https://learn.microsoft.com/en-us/graph/api/onlinemeeting-list-transcripts
		upstream.stubFor(get(urlPathEqualTo(user + "/MSpkYzE3-meeting/transcripts"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
					{"value": [{"id": "MSMjMCMjZDAw", "meetingId": "MSpkYzE3-meeting",
					 "createdDateTime": "%s", "endDateTime": "%s",
					 "meetingOrganizer": {"user": {"id": "%s"}}}]}
					""".formatted(Instant.now(), Instant.now().plusSeconds(15), ORGANIZER_OID))));
		// https://learn.microsoft.com/en-us/graph/api/calltranscript-get (content as
		// text/vtt)
		upstream.stubFor(get(urlPathEqualTo(user + "/MSpkYzE3-meeting/transcripts/MSMjMCMjZDAw/content"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "text/vtt")
				.withBody(
						"""
								WEBVTT

								0:0:0.0 --> 0:0:5.320
								<v Anna Lind>Välkomna. Vi behöver bestämma hur kravspecifikationen för ärendesystemet ska tas fram.</v>

								0:0:5.320 --> 0:0:12.0
								<v Erik Berg>Jag kan skriva ett första utkast till kravspecifikationen till fredag.</v>

								0:0:12.0 --> 0:0:20.0
								<v Anna Lind>Bra. Vi beslutar att kravspecifikationen skickas på remiss till förvaltningarna.</v>
								""")));
	}

	private String botOfAttempt(String meeting, int attempt) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql("SELECT bot_id FROM meeting_bot WHERE meeting_id = :id AND attempt = :attempt")
				.param("id", UUID.fromString(meeting))
				.param("attempt", attempt)
				.query(String.class)
				.optional()
				.orElse(null), botId -> botId != null);
	}

	private String status(String id) {
		return this.jdbc.sql("SELECT status FROM meeting WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

}
