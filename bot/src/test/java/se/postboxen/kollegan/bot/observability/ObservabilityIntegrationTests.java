package se.postboxen.kollegan.bot.observability;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@KolleganIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void api() {
		this.api = Api.as(this.port, "demo-a-member");
	}

	@Test
	void healthIsUpWithDatabaseAndRedis() {
		HttpResponse<String> response = this.api.get("/actuator/health");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode health = Api.json(response);
		assertThat(health.get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
		assertThat(health.get("components").get("redis").get("status").asString()).isEqualTo("UP");
		assertThat(this.api.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		assertThat(this.api.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
	}

	@Test
	void exposesOnlyTheChosenActuatorEndpoints() {
		assertThat(this.api.get("/actuator/env").statusCode()).isEqualTo(404);
		assertThat(this.api.get("/actuator/beans").statusCode()).isEqualTo(404);
		assertThat(this.api.get("/actuator/heapdump").statusCode()).isEqualTo(404);
	}

	@Test
	void prometheusCountsApiRequestsByRouteTemplate() {
		this.api.get("/api/agents/meetings");
		this.api.get("/api/agents/meetings/" + java.util.UUID.randomUUID());
		this.api.postJson("/api/agents/meetings", "{}");

		String metrics = this.api.get("/actuator/prometheus").body();

		assertThat(metrics).contains("http_server_requests_seconds_count{");
		assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")))
			.anyMatch(line -> line.contains("uri=\"/api/agents/meetings\"") && line.contains("method=\"GET\""))
			.anyMatch(line -> line.contains("uri=\"/api/agents/meetings/{id}\"") && line.contains("status=\"404\""))
			.anyMatch(line -> line.contains("uri=\"/api/agents/meetings\"") && line.contains("status=\"400\""))
			.noneMatch(line -> line.matches(".*uri=\"/api/agents/meetings/[0-9a-f-]{36}\".*"));
	}

	@Test
	void echoesTheCallersRequestIdAndLogsItOnEveryLineOfTheRequest(CapturedOutput output) {
		HttpResponse<String> response = this.api.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", "Loggtest", "joinUrl", "https://kommun-a.zoom.us/j/42", "startsAt",
						"2031-05-01T10:00:00+02:00", "endsAt", "2031-05-01T11:00:00+02:00")),
				"X-Request-Id", "corr-test-4711");

		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("corr-test-4711");
		List<JsonNode> requestLines = jsonLines(output).stream()
			.filter(line -> line.has("correlationId"))
			.filter(line -> line.get("correlationId").asString().equals("corr-test-4711"))
			.toList();
		assertThat(requestLines).as("log lines of the request").isNotEmpty();
		assertThat(output.getOut()).doesNotContain("Loggtest");
	}

	@Test
	void logsAreJson(CapturedOutput output) {
		this.api.get("/api/agents/meetings/not-a-uuid");

		List<String> lines = output.getOut().lines().filter(line -> !line.isBlank()).toList();
		assertThat(lines).isNotEmpty();
		assertThat(jsonLines(output)).hasSameSizeAs(lines);
	}

	@Test
	void generatesAnIdWhenTheCallerSendsNone() {
		HttpResponse<String> response = this.api.get("/api/agents/meetings");

		assertThat(response.headers().firstValue("X-Request-Id"))
			.hasValueSatisfying(id -> assertThat(id).matches("[0-9a-f]{32}"));
	}

	@Test
	void servesTheOpenApiDescription() {
		HttpResponse<String> docs = this.api.get("/v3/api-docs");

		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(Api.json(docs).get("paths").has("/api/agents/meetings")).isTrue();
		assertThat(Api.json(docs).get("paths").has("/api/agents/meetings/{id}")).isTrue();
		assertThat(this.api.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
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
		}).filter(java.util.Objects::nonNull).toList();
	}

}
