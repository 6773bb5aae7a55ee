package se.postboxen.kollegan.bot.attendance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kollegan with a Recall.ai-compatible gateway (WireMock): a meeting starting now gets a
 * bot created there; a signed status webhook moves the meeting into the lobby; a webhook
 * with a bad signature gets 401 and changes nothing.
 */
@KolleganIntegrationTest
class RecallGatewayIntegrationTests {

	static final WireMockServer recall = new WireMockServer(options().dynamicPort());

	static final byte[] KEY = "another-32-byte-key-for-webhook!".getBytes(StandardCharsets.US_ASCII);

	static {
		recall.start();
	}

	@DynamicPropertySource
	static void recall(DynamicPropertyRegistry properties) {
		properties.add("kollegan.meetingbot.provider", () -> "recall");
		properties.add("kollegan.meetingbot.recall.base-url", recall::baseUrl);
		properties.add("kollegan.meetingbot.recall.api-key", () -> "recall-api-key");
		properties.add("kollegan.meetingbot.recall.webhook-secret",
				() -> "whsec_" + Base64.getEncoder().encodeToString(KEY));
	}

	@AfterAll
	static void stopRecall() {
		recall.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private String status(String id) {
		return this.jdbc.sql("SELECT status FROM meeting WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	@Test
	void aSignedStatusWebhookMovesTheMeetingAndABadOneChangesNothing() throws Exception {
		String botId = "bot-" + UUID.randomUUID();
		recall.stubFor(post(urlPathEqualTo("/api/v1/bot/")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"id\": \"" + botId + "\", \"status_changes\": []}")));
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		String meeting = Api.json(Api.as(this.port, "demo-a-member")
			.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Möte med Recall-bot", "joinUrl",
							"https://kommun-a.zoom.us/j/"
									+ Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000),
							"startsAt", start.toString(), "endsAt", start.plusHours(1).toString()))))
			.get("id")
			.asString();
		await().atMost(Duration.ofSeconds(20)).until(() -> status(meeting).equals("JOINING"));
		recall.verify(postRequestedFor(urlPathEqualTo("/api/v1/bot/")));
		String waiting = """
				{"event": "bot.in_waiting_room", "data": {"data": {"code": "in_waiting_room", "sub_code": null,
				 "updated_at": "%s"}, "bot": {"id": "%s", "metadata": {}}}}""".formatted(Instant.now(), botId);

		HttpResponse<String> forged = RecallWebhook.post(this.port, waiting,
				"a-different-key-of-32-bytes-long".getBytes(StandardCharsets.US_ASCII));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(status(meeting)).isEqualTo("JOINING");

		Queue<String> live = LiveStatus.open(this.port, "demo-a-admin");
		HttpResponse<String> genuine = RecallWebhook.post(this.port, waiting, KEY);
		assertThat(genuine.statusCode()).isEqualTo(200);
		assertThat(status(meeting)).isEqualTo("IN_LOBBY");
		// The dashboard's stream shows it within a second of the webhook.
		await().atMost(Duration.ofSeconds(1))
			.until(() -> live.stream()
				.anyMatch(line -> line.contains(meeting) && line.contains("\"status\":\"IN_LOBBY\"")));
	}

}
