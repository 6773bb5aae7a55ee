package se.postboxen.kollegan.bot.chat.zoom;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.HmacSha256;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Zoom as the Zoom test classes meet it: one WireMock playing Zoom's token endpoint (the
 * chatbot's {@code client_credentials} and the Server-to-Server app's
 * {@code account_credentials} tokens told apart by their grant), its chatbot message
 * endpoint and, as each test stubs it, its user API; the demo Zoom account linked to
 * demo-a; and deliveries signed as Zoom signs them. The settings live here, once, so that
 * every Zoom test class runs in the same application context.
 */
abstract class AbstractZoomIntegrationTests {

	/** The protocol notes' secret, so that their URL validation vector applies as is. */
	static final String SECRET = "zoom_secret_token_example";

	static final String DEMO_ACCOUNT = "demo-zoom-demo-a";

	static final String ROBOT_JID = "v1kollegantest@xmpp.zoom.us";

	static final String MESSAGES = "/v2/im/chat/messages";

	/**
	 * Shared by every class of the context, which outlives each class: stopped with the
	 * JVM, not after a class.
	 */
	static final WireMockServer zoom = new WireMockServer(options().dynamicPort());

	static {
		zoom.start();
		Runtime.getRuntime().addShutdownHook(new Thread(zoom::stop));
		zoom.stubFor(post(urlPathEqualTo("/oauth/token")).withQueryParam("grant_type", equalTo("client_credentials"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"access_token\": \"chatbot-token\", \"token_type\": \"bearer\", \"expires_in\": 3600, "
						+ "\"scope\": \"imchat:bot\"}")));
		zoom.stubFor(post(urlPathEqualTo("/oauth/token")).withQueryParam("grant_type", equalTo("account_credentials"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"access_token\": \"s2s-token\", \"token_type\": \"bearer\", \"expires_in\": 3600, "
						+ "\"scope\": \"user:read:user:admin cloud_recording:read:list_recording_files:admin\"}")));
		zoom.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"message_id\": \"20261126090501234_A8F3B2C1_ZOOM\", \"robot_jid\": \"" + ROBOT_JID
					+ "\", \"sent_time\": \"2026-11-26 09:05:01\"}")));
	}

	@DynamicPropertySource
	static void zoom(DynamicPropertyRegistry properties) {
		properties.add("kollegan.zoom.webhook-secret-token", () -> SECRET);
		properties.add("kollegan.zoom.chatbot-client-id", () -> "chatbot-client-id");
		properties.add("kollegan.zoom.chatbot-client-secret", () -> "chatbot-client-secret");
		properties.add("kollegan.zoom.robot-jid", () -> ROBOT_JID);
		// The Server-to-Server app, in the demo account: it names Zoom users' addresses.
		properties.add("kollegan.zoom.account-id", () -> DEMO_ACCOUNT);
		properties.add("kollegan.zoom.client-id", () -> "s2s-client-id");
		properties.add("kollegan.zoom.client-secret", () -> "s2s-client-secret");
		properties.add("kollegan.zoom.api-url", zoom::baseUrl);
		properties.add("kollegan.zoom.oauth-url", zoom::baseUrl);
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tenants tenants;

	@Autowired
	MeetingScheduling scheduling;

	TenantId demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	/** A Zoom meeting number no other test uses: 11 digits. */
	static String meetingNumber() {
		return Long.toString(ThreadLocalRandom.current().nextLong(10_000_000_000L, 100_000_000_000L));
	}

	/** A demo-a meeting booked through the API at the Zoom meeting's link. */
	Meeting bookZoomMeeting(String number, ZonedDateTime start, int minutes, Person organizer) {
		return this.scheduling
			.schedule(new ScheduleMeeting(demoA(), Actor.system("test"), null, "Styrgruppsmöte " + number, null,
					URI.create("https://kommun-a.zoom.us/j/" + number + "?pwd=bTZ0WkxHRWFoUWZ3c0d6dz09"),
					start.withZoneSameInstant(ZoneId.of("Europe/Stockholm")),
					start.plusMinutes(minutes).withZoneSameInstant(ZoneId.of("Europe/Stockholm")), organizer,
					List.of(organizer), ExternalIds.NONE, 0, BookingChannel.API))
			.meeting();
	}

	String status(Meeting meeting) {
		return this.jdbc.sql("SELECT status FROM meeting WHERE id = :id")
			.param("id", meeting.id().value())
			.query(String.class)
			.single();
	}

	long jobs(String key) {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key = :key")
			.param("key", key)
			.query(Long.class)
			.single();
	}

	/** Posted as Zoom posts it: signed now with the Secret Token. */
	HttpResponse<String> deliver(String body) {
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		return send(body, timestamp, signature(SECRET, timestamp, body));
	}

	HttpResponse<String> send(String body, String timestamp, String signature) {
		return Api.anonymous(this.port)
			.method("POST", "/api/zoom/webhook", "application/json", body.getBytes(StandardCharsets.UTF_8),
					"x-zm-request-timestamp", timestamp, "x-zm-signature", signature);
	}

	static String signature(String secret, String timestamp, String body) {
		return "v0=" + HexFormat.of()
			.formatHex(HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8),
					("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
	}

}
