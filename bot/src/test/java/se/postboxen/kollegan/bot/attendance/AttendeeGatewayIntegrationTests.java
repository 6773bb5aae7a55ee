package se.postboxen.kollegan.bot.attendance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kollegan with an Attendee gateway (WireMock): a meeting starting now gets a bot created
 * there; a signed {@code bot.state_change} webhook moves the meeting into the lobby; one
 * with a bad signature gets 401 and changes nothing.
 */
@KolleganIntegrationTest
class AttendeeGatewayIntegrationTests {

	static final WireMockServer attendee = new WireMockServer(options().dynamicPort());

	static final byte[] KEY = "attendee-project-webhook-secret!".getBytes(StandardCharsets.US_ASCII);

	static {
		attendee.start();
	}

	@DynamicPropertySource
	static void attendee(DynamicPropertyRegistry properties) {
		properties.add("kollegan.meetingbot.provider", () -> "attendee");
		properties.add("kollegan.meetingbot.attendee.base-url", attendee::baseUrl);
		properties.add("kollegan.meetingbot.attendee.api-key", () -> "attendee-api-key");
		properties.add("kollegan.meetingbot.attendee.webhook-secret", () -> Base64.getEncoder().encodeToString(KEY));
	}

	@AfterAll
	static void stopAttendee() {
		attendee.stop();
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

	/**
	 * Attendee signs the payload written with sorted keys and no spaces; a body already
	 * in that form can be signed as it stands.
	 */
	private HttpResponse<String> webhook(String canonicalBody, byte[] key) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		String signature = Base64.getEncoder()
			.encodeToString(mac.doFinal(canonicalBody.getBytes(StandardCharsets.UTF_8)));
		return Api.anonymous(this.port)
			.method("POST", "/api/meetingbot/attendee", "application/json",
					canonicalBody.getBytes(StandardCharsets.UTF_8), "X-Webhook-Signature", signature);
	}

	@Test
	void aSignedStateChangeMovesTheMeetingAndABadOneChangesNothing() throws Exception {
		String botId = "bot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		attendee
			.stubFor(post(urlPathEqualTo("/api/v1/bots")).withHeader("Authorization", equalTo("Token attendee-api-key"))
				.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
						{"id": "%s", "state": "joining", "events": [], "transcription_state": "not_started",
						 "recording_state": "not_started"}""".formatted(botId))));
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		String meeting = Api.json(Api.as(this.port, "demo-a-member")
			.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Möte med Attendee-bot", "joinUrl",
							"https://kommun-a.zoom.us/j/"
									+ Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000),
							"startsAt", start.toString(), "endsAt", start.plusHours(1).toString()))))
			.get("id")
			.asString();
		await().atMost(Duration.ofSeconds(20)).until(() -> status(meeting).equals("JOINING"));
		attendee.verify(postRequestedFor(urlPathEqualTo("/api/v1/bots")));
		String waiting = ("{\"bot_id\":\"%s\",\"bot_metadata\":{\"kollegan_meeting_id\":\"%s\"},\"data\":{"
				+ "\"created_at\":\"%s\",\"event_metadata\":{},\"event_sub_type\":null,"
				+ "\"event_type\":\"put_in_waiting_room\",\"new_state\":\"waiting_room\",\"old_state\":\"joining\"},"
				+ "\"idempotency_key\":\"%s\",\"trigger\":\"bot.state_change\"}")
			.formatted(botId, meeting, OffsetDateTime.now(ZoneOffset.UTC), UUID.randomUUID());

		HttpResponse<String> forged = webhook(waiting,
				"a-different-key-of-32-bytes-long".getBytes(StandardCharsets.US_ASCII));
		assertThat(forged.statusCode()).isEqualTo(401);
		assertThat(forged.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(status(meeting)).isEqualTo("JOINING");

		HttpResponse<String> genuine = webhook(waiting, KEY);
		assertThat(genuine.statusCode()).isEqualTo(200);
		assertThat(status(meeting)).isEqualTo("IN_LOBBY");
	}

}
