package se.postboxen.kollegan.bot.meeting.web;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input of every kind gets a 4xx problem+json that names the field, and writes
 * nothing: the tenant's meeting count is the same after each request as before.
 */
@KolleganIntegrationTest
class InvalidMeetingInputIntegrationTests {

	private static final String PROBLEMS = "https://kollegan.postboxen.se/problems/";

	@LocalServerPort
	int port;

	@Autowired
	Meetings meetings;

	@Autowired
	Tenants tenants;

	Api api;

	TenantId tenant;

	long countBefore;

	@BeforeEach
	void countMeetings() {
		this.api = Api.as(this.port, "demo-a-admin");
		this.tenant = this.tenants.findBySlug("demo-a").orElseThrow().id();
		this.countBefore = this.meetings.count(this.tenant);
	}

	@AfterEach
	void nothingWasWritten() {
		assertThat(this.meetings.count(this.tenant)).as("meetings after a rejected request")
			.isEqualTo(this.countBefore);
	}

	static Map<String, Object> valid() {
		Map<String, Object> body = new HashMap<>();
		body.put("title", "Möte");
		body.put("joinUrl", "https://kommun-a.zoom.us/j/1");
		body.put("startsAt", "2031-03-01T10:00:00+01:00");
		body.put("endsAt", "2031-03-01T11:00:00+01:00");
		return body;
	}

	static Map<String, Object> with(String field, Object value) {
		Map<String, Object> body = valid();
		body.put(field, value);
		return body;
	}

	static Map<String, Object> without(String field) {
		Map<String, Object> body = valid();
		body.remove(field);
		return body;
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("missing title", without("title"), "title"),
				Arguments.of("blank title", with("title", "   "), "title"),
				Arguments.of("overlong title", with("title", "x".repeat(201)), "title"),
				Arguments.of("control characters in title", with("title", "Möte\u0007\r\nX-Forged: 1"), "title"),
				Arguments.of("http join URL", with("joinUrl", "http://kommun-a.zoom.us/j/1"), "joinUrl"),
				Arguments.of("javascript join URL", with("joinUrl", "javascript:alert(1)"), "joinUrl"),
				Arguments.of("join URL with credentials", with("joinUrl", "https://u:p@zoom.us/j/1"), "joinUrl"),
				Arguments.of("missing join URL", without("joinUrl"), "joinUrl"),
				Arguments.of("end before start", with("endsAt", "2031-03-01T09:00:00+01:00"), "endsAt"),
				Arguments.of("end equals start", with("endsAt", "2031-03-01T10:00:00+01:00"), "endsAt"),
				Arguments.of("longer than a day", with("endsAt", "2031-03-03T10:00:00+01:00"), "endsAt"),
				Arguments.of("missing start", without("startsAt"), "startsAt"),
				Arguments.of("start not a date", with("startsAt", "tisdag"), "startsAt"),
				Arguments.of("unknown platform", with("platform", "SKYPE"), "platform"),
				Arguments.of("unknown time zone", with("timeZone", "Mars/Olympus"), "timeZone"),
				Arguments.of("bad organiser e-mail", with("organizerEmail", "astrid@"), "organizerEmail"),
				Arguments.of("participant without e-mail", with("participants", List.of(Map.of("name", "Erik"))),
						"participants[0].email"),
				Arguments.of("participant with bad e-mail",
						with("participants", List.of(Map.of("email", "ok@kommun-a.example"), Map.of("email", "nej"))),
						"participants[1].email"),
				Arguments.of("too many participants", with("participants", manyParticipants(501)), "participants"),
				Arguments.of("title of the wrong type", with("title", List.of("a")), "title"));
	}

	private static List<Map<String, String>> manyParticipants(int n) {
		return Stream.iterate(0, i -> i + 1).limit(n).map(i -> Map.of("email", "p" + i + "@kommun-a.example")).toList();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidFields")
	void rejectsAnInvalidFieldByName(String name, Map<String, Object> body, String field) {
		HttpResponse<String> response = this.api.postJson("/api/agents/meetings", Api.toJson(body));

		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response);
		JsonNode problem = Api.json(response);
		assertThat(problem.get("type").asString()).isEqualTo(PROBLEMS + "validation-failed");
		assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString())).contains(field);
	}

	@Test
	void explainsInSwedishFirstAndEnglishSecond() {
		HttpResponse<String> response = this.api.postJson("/api/agents/meetings", Api.toJson(with("title", " ")));

		assertThat(Api.json(response).get("errors").get(0).get("message").asString())
			.isEqualTo("får inte vara tomt / must not be blank");
		assertThat(Api.json(response).get("title").asString()).isEqualTo("Ogiltig förfrågan / Invalid request");
	}

	@Test
	void rejectsAnUnknownFieldByName() {
		HttpResponse<String> response = this.api.postJson("/api/agents/meetings",
				Api.toJson(with("agentPassword", "x")));

		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response);
		assertThat(Api.json(response).get("type").asString()).isEqualTo(PROBLEMS + "unknown-field");
		assertThat(Api.json(response).get("errors").get(0).get("field").asString()).isEqualTo("agentPassword");
	}

	@Test
	void rejectsMalformedJson() {
		for (String body : List.of("{\"title\": ", "not json", "", "[]", "{\"title\":\"a\",}")) {
			HttpResponse<String> response = this.api.postJson("/api/agents/meetings", body);

			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertProblem(response);
		}
	}

	@Test
	void rejectsBodiesThatAreNotUtf8Json() {
		byte[] latin1 = "{\"title\":\"Möte\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
		HttpResponse<String> response = this.api.post("/api/agents/meetings", "application/json",
				BodyPublishers.ofByteArray(latin1));

		assertThat(response.statusCode()).isEqualTo(400);
		assertProblem(response);
	}

	@Test
	void rejectsATwoMegabyteBodyWhetherAnnouncedOrStreamed() {
		String huge = "{\"title\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}";

		HttpResponse<String> announced = this.api.postJson("/api/agents/meetings", huge);
		HttpResponse<String> streamed = this.api.post("/api/agents/meetings", "application/json",
				BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())));

		for (HttpResponse<String> response : List.of(announced, streamed)) {
			assertThat(response.statusCode()).isEqualTo(413);
			assertProblem(response);
			assertThat(Api.json(response).get("type").asString()).isEqualTo(PROBLEMS + "payload-too-large");
		}
	}

	@Test
	void rejectsTheWrongContentType() {
		HttpResponse<String> response = this.api.post("/api/agents/meetings", "text/plain",
				BodyPublishers.ofString(Api.toJson(valid())));

		assertThat(response.statusCode()).isEqualTo(415);
		assertProblem(response);
		assertThat(Api.json(response).get("type").asString()).isEqualTo(PROBLEMS + "unsupported-media-type");
	}

	@Test
	void rejectsAnUnsupportedMethodWithAllowHeader() {
		HttpResponse<String> response = this.api.method("DELETE", "/api/agents/meetings");

		assertThat(response.statusCode()).isEqualTo(405);
		assertProblem(response);
		assertThat(response.headers().firstValue("Allow"))
			.hasValueSatisfying(allow -> assertThat(allow).contains("GET").contains("POST"));
	}

	@Test
	void unknownPathsAndBadIdsAreProblemsToo() {
		HttpResponse<String> unknownPath = this.api.get("/api/agents/../../etc/passwd");
		HttpResponse<String> badId = this.api.get("/api/agents/meetings/not-a-uuid");

		assertThat(unknownPath.statusCode()).isBetween(400, 404);
		assertProblem(unknownPath);
		assertThat(badId.statusCode()).isEqualTo(400);
		assertThat(Api.json(badId).get("errors").get(0).get("field").asString()).isEqualTo("id");
	}

	@Test
	void rejectsBadListParametersByName() {
		Map<String, String> cases = Map.of("from=yesterday", "from", "size=0", "size", "size=101", "size", "page=-1",
				"page", "status=SLEEPING", "status", "from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z", "to",
				"from=2030-01-01T00:00:00Z&to=2032-01-01T00:00:00Z", "to");
		cases.forEach((query, field) -> {
			HttpResponse<String> response = this.api.get("/api/agents/meetings?" + query);

			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertProblem(response);
			assertThat(Api.json(response).get("errors").valueStream().map(e -> e.get("field").asString())).as(query)
				.contains(field);
		});
	}

	private static void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception")
			.doesNotContain("at se.postboxen")
			.doesNotContain("tools.jackson")
			.doesNotContain("org.springframework");
		assertThat(Api.json(response).get("correlationId")).isNotNull();
	}

}
