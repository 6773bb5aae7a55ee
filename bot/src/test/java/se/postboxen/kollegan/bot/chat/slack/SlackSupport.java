package se.postboxen.kollegan.bot.chat.slack;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.shared.HmacSha256;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Kollegan as a Slack app in development, with Slack (Web API and response URLs) played
 * by one WireMock for every Slack test class, so that they share one application: signed
 * with the documented demo signing secret, a configured bot token, and the app's client
 * id and secret for the install flow. Tokens are encrypted with the development key.
 */
@KolleganIntegrationTest
abstract class SlackSupport {

	static final String DEMO_SECRET = "kollegan-demo-slack-signing-secret";

	static final String DEMO_TEAM = "T0DEMO00A";

	static final String CLIENT_ID = "1234567890.0987654321";

	static final String CLIENT_SECRET = "kollegan-test-slack-client-secret";

	static final WireMockServer slack = new WireMockServer(options().dynamicPort());

	static {
		slack.start();
		Runtime.getRuntime().addShutdownHook(new Thread(slack::stop));
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
		properties.add("kollegan.slack.client-id", () -> CLIENT_ID);
		properties.add("kollegan.slack.client-secret", () -> CLIENT_SECRET);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** Posted as Slack posts it: signed now with the signing secret. */
	HttpResponse<String> deliver(String body, String... headers) {
		return deliverAs("application/x-www-form-urlencoded", body, headers);
	}

	/** An Events API delivery: JSON, signed the same way. */
	HttpResponse<String> deliverEvent(String json) {
		return deliverAs("application/json", json);
	}

	private HttpResponse<String> deliverAs(String contentType, String body, String... headers) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		return send(contentType, body, timestamp, signature(DEMO_SECRET, timestamp, body), headers);
	}

	HttpResponse<String> send(String body, String timestamp, String signature, String... headers) {
		return send("application/x-www-form-urlencoded", body, timestamp, signature, headers);
	}

	private HttpResponse<String> send(String contentType, String body, String timestamp, String signature,
			String... headers) {
		String[] all = new String[headers.length + 4];
		all[0] = "X-Slack-Request-Timestamp";
		all[1] = timestamp;
		all[2] = "X-Slack-Signature";
		all[3] = signature;
		System.arraycopy(headers, 0, all, 4, headers.length);
		return Api.anonymous(this.port)
			.method("POST", "/slack/events", contentType, body.getBytes(StandardCharsets.UTF_8), all);
	}

	static String signature(String secret, String timestamp, String body) {
		return "v0=" + HexFormat.of()
			.formatHex(HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8),
					("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
	}

	/** How many jobs were queued under a key. */
	long jobs(String key) {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

}
