package se.postboxen.kollegan.bot.observability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.attendance.MeetingBotGateway;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.meeting.VisibleMeetings;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doThrow;

/**
 * Error tracking against a WireMock standing in for Sentry, with a DSN that points at it:
 * an API request that ends in a 500 and a job attempt that throws each arrive as one
 * event, tagged with route or job type and the trace id, filed under the environment and
 * release, and without the address, token, JWT or quoted speech their exception messages
 * held, and without any request data.
 */
@KolleganIntegrationTest
class ErrorTrackingIntegrationTests {

	static final WireMockServer sentry = new WireMockServer(options().dynamicPort());

	static final String ENVELOPES = "/api/4711/envelope/";

	static final String LEAKY = "Planner refused anna.svensson@kommun-a.se, token=hemlig-token-123, "
			+ "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbm5hIn0.c2lnbmF0dXJl, "
			+ "while reading 'Vi höjer budgeten med tio procent'";

	static {
		sentry.start();
		sentry.stubFor(post(urlPathEqualTo(ENVELOPES))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
	}

	@DynamicPropertySource
	static void sentry(DynamicPropertyRegistry properties) {
		properties.add("kollegan.error-tracking.dsn",
				() -> "http://0123456789abcdef@localhost:" + sentry.port() + "/4711");
		properties.add("kollegan.error-tracking.release", () -> "kollegan@1.2.3-test");
	}

	@AfterAll
	static void stopSentry() {
		sentry.stop();
	}

	@LocalServerPort
	int port;

	@MockitoSpyBean
	VisibleMeetings visibleMeetings;

	@MockitoBean
	MeetingBotGateway gateway;

	@Test
	void anApiRequestThatFailsUnexpectedlyArrivesRedactedWithItsRouteAndTrace() {
		doThrow(new IllegalStateException(LEAKY)).when(this.visibleMeetings).get(any());
		Api member = Api.as(this.port, "demo-a-member");

		HttpResponse<String> failed = member.get("/api/agents/meetings/" + UUID.randomUUID());

		assertThat(failed.statusCode()).isEqualTo(500);
		String correlationId = failed.headers().firstValue(CorrelationIdFilter.HEADER).orElseThrow();
		Envelope envelope = await().atMost(Duration.ofSeconds(20))
			.until(() -> envelope("request"), Optional::isPresent)
			.orElseThrow();
		JsonNode event = envelope.event();
		assertThat(event.path("environment").asString()).isEqualTo("development");
		assertThat(event.path("release").asString()).isEqualTo("kollegan@1.2.3-test");
		assertThat(event.path("tags").path("http.route").asString()).isEqualTo("/api/agents/meetings/{id}");
		assertThat(event.path("tags").path("http.method").asString()).isEqualTo("GET");
		assertThat(event.path("tags").path("correlation_id").asString()).isEqualTo(correlationId);
		assertThat(event.path("tags").path("trace_id").asString()).matches("[0-9a-f]{32}");
		assertThat(event.path("exception").path("values").get(0).path("type").asString())
			.isEqualTo("IllegalStateException");
		assertThat(event.has("request")).as("no request data").isFalse();
		assertThat(event.has("user")).isFalse();
		assertRedacted(envelope);
		assertThat(envelope.raw()).doesNotContain(Objects.requireNonNull(member.token()));
	}

	@Test
	void aJobAttemptThatThrowsArrivesRedactedWithItsTypeAndTrace() {
		given(this.gateway.send(any(), any(), any(), any())).willThrow(new IllegalStateException(LEAKY));
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

		Api.as(this.port, "demo-a-member")
			.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Möte som felar", "joinUrl",
							"https://kommun-a.zoom.us/j/"
									+ Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000),
							"startsAt", start.toString(), "endsAt", start.plusHours(1).toString())));

		Envelope envelope = await().atMost(Duration.ofSeconds(30))
			.until(() -> envelope("job"), Optional::isPresent)
			.orElseThrow();
		JsonNode event = envelope.event();
		assertThat(event.path("tags").path("job.type").asString()).isEqualTo("JOIN_MEETING");
		assertThat(event.path("tags").path("job.attempt").asString()).isEqualTo("1");
		assertThat(event.path("tags").path("trace_id").asString()).matches("[0-9a-f]{32}");
		assertThat(event.path("environment").asString()).isEqualTo("development");
		assertThat(event.path("release").asString()).isEqualTo("kollegan@1.2.3-test");
		assertRedacted(envelope);
	}

	private static void assertRedacted(Envelope envelope) {
		String message = envelope.event().path("exception").path("values").get(0).path("value").asString();
		assertThat(message).startsWith("Planner refused [REDACTED]");
		assertThat(envelope.raw()).doesNotContain("anna.svensson")
			.doesNotContain("kommun-a.se")
			.doesNotContain("hemlig-token-123")
			.doesNotContain("eyJhbGciOiJIUzI1NiJ9")
			.doesNotContain("budgeten");
	}

	/** The first event that arrived with the given {@code kind} tag. */
	private static Optional<Envelope> envelope(String kind) {
		List<LoggedRequest> requests = sentry.findAll(postRequestedFor(urlPathEqualTo(ENVELOPES)));
		return requests.stream()
			.map(Envelope::of)
			.filter(envelope -> envelope.event() != null)
			.filter(envelope -> kind.equals(envelope.event().path("tags").path("kind").asString(null)))
			.findFirst();
	}

	/**
	 * A Sentry envelope: a header line, then an item header and its payload per item; the
	 * event is the payload after an item header of type {@code event}.
	 */
	record Envelope(String raw, JsonNode event) {

		private static final JsonMapper json = JsonMapper.builder().build();

		static Envelope of(LoggedRequest request) {
			String raw = body(request.getBody());
			List<String> lines = raw.lines().toList();
			for (int i = 1; i + 1 < lines.size(); i++) {
				if (json.readTree(lines.get(i)).path("type").asString("").equals("event")) {
					return new Envelope(raw, json.readTree(lines.get(i + 1)));
				}
			}
			return new Envelope(raw, null);
		}

		/** Sentry gzips what it sends; WireMock may have unpacked it already. */
		private static String body(byte[] body) {
			if (body.length < 2 || (body[0] & 0xff) != 0x1f || (body[1] & 0xff) != 0x8b) {
				return new String(body, StandardCharsets.UTF_8);
			}
			try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
