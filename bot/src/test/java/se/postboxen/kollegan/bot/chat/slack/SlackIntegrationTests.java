package se.postboxen.kollegan.bot.chat.slack;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
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
import se.postboxen.kollegan.shared.HmacSha256;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kollegan as a Slack app in development, signed with the documented demo signing secret
 * and with Slack (Web API and response URLs) played by WireMock: {@code /kollegan join}
 * from the demo team books the agent once however often Slack delivers it and answers
 * through the response URL; the consent card's button records the clicker's answer;
 * forged requests are refused with nothing queued.
 */
@KolleganIntegrationTest
class SlackIntegrationTests {

	static final String DEMO_SECRET = "kollegan-demo-slack-signing-secret";

	static final String DEMO_TEAM = "T0DEMO00A";

	static final WireMockServer slack = new WireMockServer(options().dynamicPort());

	static {
		slack.start();
		slack.stubFor(post(urlPathMatching("/commands/.*")).willReturn(aResponse().withStatus(200).withBody("ok")));
		slack.stubFor(post(urlPathEqualTo("/api/users.info")).willReturn(
				okJson("""
						{"ok": true, "user": {"id": "U2CERLKJA", "team_id": "T0DEMO00A", "name": "erik.lund",
						 "real_name": "Erik Lund", "profile": {"real_name": "Erik Lund", "email": "erik.lund@kommun-a.example"}}}""")));
		slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson("""
				{"ok": true, "channel": "C0STYRGRP", "ts": "1503435956.000247"}""")));
	}

	@DynamicPropertySource
	static void slack(DynamicPropertyRegistry properties) {
		// No signing secret: development's demo secret applies.
		properties.add("kollegan.slack.bot-token", () -> "xoxb-kollegan-test");
		properties.add("kollegan.slack.api-url", () -> slack.baseUrl() + "/api/");
		properties.add("kollegan.slack.response-url-base", () -> slack.baseUrl() + "/commands/");
	}

	@AfterAll
	static void stopSlack() {
		slack.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void joinFromSlackBooksTheAgentOnceAndAnswersThroughTheResponseUrl() {
		String triggerId = "13345224609.738474920.8088930838d88f008e0" + UUID.randomUUID().toString().substring(0, 8);
		String responsePath = "/commands/T0DEMO00A/" + UUID.randomUUID().getLeastSignificantBits() + "/join";
		String joinUrl = "https://kommun-a.zoom.us/j/123456789";
		String body = command(DEMO_TEAM, triggerId, "join " + joinUrl, slack.baseUrl() + responsePath);

		Instant asked = Instant.now();
		HttpResponse<String> acknowledged = deliver(body);
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(3));
		assertThat(Api.json(acknowledged).path("text").asString()).isEqualTo("On it …");
		assertThat(Api.json(acknowledged).path("response_type").asString()).isEqualTo("ephemeral");

		await().atMost(Duration.ofSeconds(30)).until(() -> meetingsAt(joinUrl).size() == 1);
		String meetingId = meetingsAt(joinUrl).get(0);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'meeting.scheduled' AND subject_id = :id"
					+ " AND details ->> 'via' = 'CHAT'")
			.param("id", meetingId)
			.query(Long.class)
			.single()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> slack.verify(1, postRequestedFor(urlPathEqualTo(responsePath)).withRequestBody(
					equalToJson("{\"response_type\": \"ephemeral\", \"text\": \"I am joining the meeting now.\"}"))));
		// The writer's address came from users.info, with the bot token.
		slack.verify(postRequestedFor(urlPathEqualTo("/api/users.info"))
			.withHeader("Authorization", equalTo("Bearer xoxb-kollegan-test"))
			.withRequestBody(containing("user=U2CERLKJA")));

		// Slack redelivers the same command, signed anew.
		assertThat(deliver(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode())
			.isEqualTo(200);
		assertThat(jobs(triggerId)).isEqualTo(1);
		assertThat(meetingsAt(joinUrl)).hasSize(1);

		// The same person asks again (a new command): the meeting the agent is on its way
		// to, not a second one.
		String againPath = responsePath + "-again";
		String again = "13345224609.738474920.again" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(deliver(command(DEMO_TEAM, again, "join " + joinUrl, slack.baseUrl() + againPath)).statusCode())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> slack
				.verify(1, postRequestedFor(urlPathEqualTo(againPath)).withRequestBody(equalToJson(
						"{\"response_type\": \"ephemeral\", \"text\": \"I am already on my way to that meeting.\"}"))));
		assertThat(meetingsAt(joinUrl)).hasSize(1);

		// The agent joins the sandbox meeting and asks for consent in the channel it was
		// asked from.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=C0STYRGRP"))
				.withRequestBody(containing("consent_accept"))
				.withRequestBody(containing(meetingId))));

		// (b) A participant clicks Accept on that card.
		HttpResponse<String> click = deliver(
				"payload=" + URLEncoder.encode(blockAction(DEMO_TEAM, meetingId), StandardCharsets.UTF_8));
		assertThat(click.statusCode()).isEqualTo(200);
		// Recorded by a job under the address users.info gives, not the handle alone.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("SELECT participant_name || ' ' || participant_email || ' ' || level || ' ' || answer"
						+ " FROM consent_record WHERE meeting_id = :id AND channel = 'SLACK'")
				.param("id", UUID.fromString(meetingId))
				.query(String.class)
				.list()).singleElement().asString().startsWith("maja.berg ").contains("@").endsWith(" BAS ACCEPTED"));
	}

	@Test
	void refusesForgedRequestsAndQueuesNothing() {
		String triggerId = "66666.77777.forged" + UUID.randomUUID().toString().substring(0, 8);
		String body = command(DEMO_TEAM, triggerId, "join https://kommun-a.zoom.us/j/123456780",
				slack.baseUrl() + "/commands/T0DEMO00A/1/forged");
		String now = Long.toString(Instant.now().getEpochSecond());
		String stale = Long.toString(Instant.now().minusSeconds(5 * 60 + 30).getEpochSecond());

		List<HttpResponse<String>> forged = List.of(
				// Signed with another secret.
				send(body, now, signature("not-the-demo-secret", now, body)),
				// Correctly signed, more than five minutes ago.
				send(body, stale, signature(DEMO_SECRET, stale, body)),
				// Signed, then altered.
				send(body.replace("123456780", "123456781"), now, signature(DEMO_SECRET, now, body)),
				// Not signed at all.
				Api.anonymous(this.port)
					.method("POST", "/slack/events", "application/x-www-form-urlencoded",
							body.getBytes(StandardCharsets.UTF_8)));

		assertThat(forged).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		});
		assertThat(jobs(triggerId)).isZero();
	}

	@Test
	void answersAWorkspaceWithoutKolleganAndQueuesNothing() {
		String triggerId = "55555.44444.elsewhere" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> response = deliver(command("T0SOMEONE", triggerId, "join https://kommun-b.zoom.us/j/1",
				slack.baseUrl() + "/commands/T0SOMEONE/1/elsewhere"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Api.json(response).path("text").asString()).startsWith("Kollegan är inte installerad");
		assertThat(jobs(triggerId)).isZero();
	}

	private List<String> meetingsAt(String joinUrl) {
		return this.jdbc.sql("SELECT id::text FROM meeting WHERE join_url = :url")
			.param("url", joinUrl)
			.query(String.class)
			.list();
	}

	private long jobs(String triggerId) {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key LIKE 'chat:slack:%' AND job_key LIKE :key")
			.param("key", "%" + triggerId)
			.query(Long.class)
			.single();
	}

	/** A slash command as Slack posts it (form-encoded, Slack's field order). */
	private static String command(String team, String triggerId, String text, String responseUrl) {
		return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=" + team + "&team_domain=kommun-a&channel_id=C0STYRGRP"
				+ "&channel_name=styrgruppen&user_id=U2CERLKJA&user_name=erik.lund&command=%2Fkollegan&text="
				+ URLEncoder.encode(text, StandardCharsets.UTF_8) + "&api_app_id=A0KOLLEGAN&is_enterprise_install=false"
				+ "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id="
				+ triggerId;
	}

	/** A click on the consent card's Accept button, as Slack's {@code block_actions}. */
	private static String blockAction(String team, String meetingId) {
		return """
				{"type": "block_actions", "team": {"id": "%s", "domain": "kommun-a"},
				 "user": {"id": "U0MAJABRG", "username": "maja.berg", "name": "maja.berg", "team_id": "%s"},
				 "api_app_id": "A0KOLLEGAN", "token": "gIkuvaNzQIHg97ATvDxqgjtO",
				 "container": {"type": "message", "message_ts": "1503435956.000247", "channel_id": "C0STYRGRP"},
				 "trigger_id": "12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
				 "channel": {"id": "C0STYRGRP", "name": "styrgruppen"},
				 "response_url": "https://hooks.slack.com/actions/T0DEMO00A/1/consent",
				 "actions": [{"action_id": "consent_accept", "block_id": "consent",
				   "text": {"type": "plain_text", "text": "Godkänn / Accept"},
				   "value": "{\\"meetingId\\":\\"%s\\",\\"level\\":\\"BAS\\"}", "style": "primary",
				   "type": "button", "action_ts": "1548426417.840180"}]}""".formatted(team, team, meetingId);
	}

	/** Posted as Slack posts it: signed now with the signing secret. */
	private HttpResponse<String> deliver(String body, String... headers) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		return send(body, timestamp, signature(DEMO_SECRET, timestamp, body), headers);
	}

	private HttpResponse<String> send(String body, String timestamp, String signature, String... headers) {
		String[] all = new String[headers.length + 4];
		all[0] = "X-Slack-Request-Timestamp";
		all[1] = timestamp;
		all[2] = "X-Slack-Signature";
		all[3] = signature;
		System.arraycopy(headers, 0, all, 4, headers.length);
		return Api.anonymous(this.port)
			.method("POST", "/slack/events", "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
					all);
	}

	private static String signature(String secret, String timestamp, String body) {
		return "v0=" + HexFormat.of()
			.formatHex(HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8),
					("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
	}

}
