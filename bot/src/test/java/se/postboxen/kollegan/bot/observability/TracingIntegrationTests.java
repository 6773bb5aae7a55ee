package se.postboxen.kollegan.bot.observability;

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
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.attendance.RecallWebhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace followed from a webhook through the job it queues to the outbound call that
 * job makes: a Recall.ai-compatible gateway (WireMock) reports that the bot was kicked
 * from the waiting room; the webhook queues a join retry; the retry's run, half a second
 * later on a worker thread, continues the webhook's trace, and its call to the gateway
 * carries a {@code traceparent} of that same trace. Spans are kept in memory; the JSON
 * log lines of the request and of the job carry the trace id too.
 */
@KolleganIntegrationTest
@Import(TracingIntegrationTests.InMemorySpans.class)
@ExtendWith(OutputCaptureExtension.class)
class TracingIntegrationTests {

	static final WireMockServer recall = new WireMockServer(options().dynamicPort());

	static final byte[] KEY = "tracing-test-32-byte-webhook-key".getBytes(StandardCharsets.US_ASCII);

	static final AttributeKey<String> URI = AttributeKey.stringKey("uri");

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
		// Finished spans reach the exporter within a tenth of a second instead of five.
		properties.add("management.opentelemetry.tracing.export.schedule-delay", () -> "100ms");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class InMemorySpans {

		@Bean
		InMemorySpanExporter inMemorySpanExporter() {
			return InMemorySpanExporter.create();
		}

	}

	@AfterAll
	static void stopRecall() {
		recall.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InMemorySpanExporter spans;

	@Test
	void followsOneTraceFromAGatewayWebhookThroughItsJobToTheGatewayCall(CapturedOutput output) {
		String firstBot = "bot-" + UUID.randomUUID();
		String secondBot = "bot-" + UUID.randomUUID();
		stubBotCreation("first", Scenario.STARTED, firstBot, "second");
		stubBotCreation("second", "second", secondBot, "done");
		String meeting = meetingStartingNow();
		await().atMost(Duration.ofSeconds(20)).until(() -> status(meeting).equals("JOINING"));

		HttpResponse<String> kicked = RecallWebhook.post(this.port, """
				{"event": "bot.fatal", "data": {"data": {"code": "fatal", "sub_code": "bot_kicked_from_waiting_room",
				 "updated_at": "%s"}, "bot": {"id": "%s", "metadata": {}}}}""".formatted(Instant.now(), firstBot), KEY);
		assertThat(kicked.statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20))
			.until(() -> recall.findAll(postRequestedFor(urlPathEqualTo("/api/v1/bot/"))).size() == 2);
		SpanData webhook = await().atMost(Duration.ofSeconds(10))
			.until(() -> find(span -> span.getKind() == SpanKind.SERVER
					&& "/api/meetingbot/recall".equals(span.getAttributes().get(URI))), Optional::isPresent)
			.orElseThrow();
		String traceId = webhook.getTraceId();
		SpanData run = await().atMost(Duration.ofSeconds(10))
			.until(() -> find(span -> span.getTraceId().equals(traceId) && span.getKind() == SpanKind.CONSUMER
					&& span.getName().equals("agent-jobs run JOIN_RETRY")), Optional::isPresent)
			.orElseThrow();
		SpanData call = await().atMost(Duration.ofSeconds(10))
			.until(() -> find(span -> span.getTraceId().equals(traceId) && span.getKind() == SpanKind.CLIENT),
					Optional::isPresent)
			.orElseThrow();
		Map<String, SpanData> trace = this.spans.getFinishedSpanItems()
			.stream()
			.filter(span -> span.getTraceId().equals(traceId))
			.collect(Collectors.toMap(SpanData::getSpanId, Function.identity()));

		SpanData queued = trace.get(run.getParentSpanId());
		assertThat(queued).as("the run's parent: the span that queued the job").isNotNull();
		assertThat(queued.getKind()).isEqualTo(SpanKind.PRODUCER);
		assertThat(queued.getName()).isEqualTo("agent-jobs enqueue JOIN_RETRY");
		assertThat(ancestors(queued, trace)).as("the job was queued within the webhook's request")
			.contains(webhook.getSpanId());
		assertThat(ancestors(call, trace)).as("the gateway was called by the job's run").contains(run.getSpanId());
		assertThat(run.getStartEpochNanos()).as("the run started after the webhook was answered")
			.isGreaterThan(webhook.getEndEpochNanos());
		assertThat(this.jdbc
			.sql("SELECT trace_context FROM agent_job WHERE job_key LIKE 'join-retry:' || :meeting || ':%'")
			.param("meeting", meeting)
			.query(String.class)
			.single()).isEqualTo("00-" + traceId + "-" + queued.getSpanId() + "-01");

		LoggedRequest retried = recall.findAll(postRequestedFor(urlPathEqualTo("/api/v1/bot/"))).get(1);
		assertThat(retried.getHeader("traceparent")).isEqualTo("00-" + traceId + "-" + call.getSpanId() + "-01");
		LoggedRequest first = recall.findAll(postRequestedFor(urlPathEqualTo("/api/v1/bot/"))).get(0);
		assertThat(first.getHeader("traceparent")).as("the first join belongs to the trace of the API request")
			.isNotNull()
			.doesNotContain(traceId);

		List<JsonNode> lines = jsonLines(output).stream()
			.filter(line -> traceId.equals(line.path("traceId").asString(null)))
			.toList();
		assertThat(lines).as("the webhook's access line")
			.anyMatch(line -> line.path("message").asString().startsWith("POST /api/meetingbot/recall -> 200")
					&& line.path("spanId").asString().matches("[0-9a-f]{16}"));
		assertThat(lines).as("the job's line")
			.anyMatch(line -> line.path("message").asString().startsWith("Job JOIN_RETRY attempt 1 done")
					&& line.path("correlationId").asString().startsWith("job-")
					&& line.path("spanId").asString().equals(run.getSpanId()));
	}

	private void stubBotCreation(String name, String state, String botId, String next) {
		recall.stubFor(post(urlPathEqualTo("/api/v1/bot/")).inScenario("bots")
			.whenScenarioStateIs(state)
			.willSetStateTo(next)
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\": \"" + botId + "\", \"status_changes\": []}")));
	}

	private String meetingStartingNow() {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		return Api.json(Api.as(this.port, "demo-a-member")
			.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Spårat möte", "joinUrl",
							"https://kommun-a.zoom.us/j/"
									+ Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000),
							"startsAt", start.toString(), "endsAt", start.plusHours(1).toString()))))
			.get("id")
			.asString();
	}

	private String status(String meeting) {
		return this.jdbc.sql("SELECT status FROM meeting WHERE id = :id")
			.param("id", UUID.fromString(meeting))
			.query(String.class)
			.single();
	}

	private Optional<SpanData> find(Predicate<SpanData> wanted) {
		return this.spans.getFinishedSpanItems().stream().filter(wanted).findFirst();
	}

	/**
	 * The ids of the span's parent, its parent's parent and so on, as far as the trace
	 * has them.
	 */
	private static List<String> ancestors(SpanData span, Map<String, SpanData> trace) {
		return Stream
			.iterate(trace.get(span.getParentSpanId()), Objects::nonNull, parent -> trace.get(parent.getParentSpanId()))
			.map(SpanData::getSpanId)
			.toList();
	}

	private static List<JsonNode> jsonLines(CapturedOutput output) {
		JsonMapper json = JsonMapper.builder().build();
		return output.getOut().lines().filter(line -> line.startsWith("{")).map(line -> {
			try {
				return json.readTree(line);
			}
			catch (tools.jackson.core.JacksonException ex) {
				return null;
			}
		}).filter(Objects::nonNull).toList();
	}

}
