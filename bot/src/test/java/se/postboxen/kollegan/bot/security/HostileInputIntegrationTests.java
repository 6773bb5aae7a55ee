package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corpus of hostile input sent to every API endpoint by an administrator (who may call
 * them all): no answer is a 5xx, every answer is problem+json, and no row is written in
 * any table.
 */
@KolleganIntegrationTest
class HostileInputIntegrationTests {

	private static final String SQL = "'; DROP TABLE meeting; --";

	private static final String SCRIPT = "<script>alert(document.cookie)</script>";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	record Attack(String name, String contentType, byte[] body) {

		static Attack json(String name, String body) {
			return new Attack(name, "application/json", body.getBytes(StandardCharsets.UTF_8));
		}

	}

	static List<Attack> bodies() {
		List<Attack> attacks = new ArrayList<>();
		attacks.add(Attack.json("malformed JSON", "{\"title\": \"a\", "));
		attacks.add(Attack.json("JSON array", "[1,2,3]"));
		attacks.add(Attack.json("deeply nested", "[".repeat(5000) + "]".repeat(5000)));
		attacks.add(new Attack("wrong content type", "text/plain", "title=a".getBytes(StandardCharsets.UTF_8)));
		attacks.add(new Attack("XML", "application/xml", "<meeting/>".getBytes(StandardCharsets.UTF_8)));
		attacks.add(Attack.json("oversized", "{\"title\":\"" + "x".repeat(300 * 1024) + "\"}"));
		attacks.add(Attack.json("overlong strings", Api.toJson(fields("x".repeat(100_000)))));
		attacks.add(Attack.json("control characters", Api.toJson(fields("a\u0000b\u001b[31m\r\nX-Injected: 1"))));
		attacks.add(Attack.json("SQL fragments", Api.toJson(fields(SQL))));
		attacks.add(Attack.json("script fragments", Api.toJson(fields(SCRIPT))));
		attacks.add(Attack.json("path traversal", Api.toJson(fields("../../../../etc/passwd"))));
		attacks.add(new Attack("not UTF-8", "application/json", new byte[] { '{', '"', 't', 'i', 't', 'l', 'e', '"',
				':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' }));
		attacks
			.add(Attack.json("wrong types", "{\"title\":42,\"startsAt\":true,\"participants\":\"all\",\"name\":[]}"));
		return attacks;
	}

	/** Every field any endpoint takes, all set to the same hostile text. */
	private static Map<String, Object> fields(String value) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (String name : List.of("title", "joinUrl", "startsAt", "endsAt", "timeZone", "platform", "organizerEmail",
				"organizerName", "name", "defaultConsentLevel")) {
			fields.put(name, value);
		}
		fields.put("participants", List.of(Map.of("name", value, "email", value)));
		return fields;
	}

	/**
	 * Endpoints that read nothing from the request (no body, id or parameter): there is
	 * no input to be hostile, and their one effect is their purpose.
	 */
	private static final Set<String> TAKES_NO_INPUT = Set.of("POST /api/agents/invite-address/rotate",
			// A stream that never ends by design; its parameters are none.
			"GET /api/agents/status/stream",
			// Turns pushing off: nothing is read, whatever is sent.
			"DELETE /api/admin/task-board");

	static List<String> hostileIds() {
		return List.of("..%2F..%2Fetc%2Fpasswd", "%27%3B%20DROP%20TABLE%20meeting%3B--", "%3Cscript%3E",
				"00000000-0000-0000-0000-00000000000g", "1%20OR%201%3D1", "%00", "x".repeat(2000));
	}

	@Test
	void noHostileBodyOrIdCausesA5xxOrWritesARow() {
		Api admin = Api.as(this.port, "demo-a-admin");
		// The agent address is made on first sight; have it made before counting rows.
		assertThat(admin.get("/api/agents/invite-address").statusCode()).isEqualTo(200);
		Map<String, Long> rowsBefore = rowCounts();
		int sent = 0;
		for (EndpointPolicy.Rule rule : EndpointPolicy.API) {
			if (TAKES_NO_INPUT.contains(rule.method().name() + " " + rule.pattern())) {
				continue;
			}
			// Every path variable ({id}, {teamId} …) gets the hostile values.
			List<String> paths = rule.pattern().contains("{")
					? hostileIds().stream()
						.map(id -> rule.pattern().replaceAll("\\{[A-Za-z]+\\}", Matcher.quoteReplacement(id)))
						.toList()
					: List.of(rule.pattern() + "?from=" + "%27%20OR%201%3D1" + "&size=-5&status=%3Cscript%3E"
							+ "&limit=99999999999");
			for (String path : paths) {
				if (HttpMethod.GET.equals(rule.method())) {
					// Parameters an endpoint does not take are ignored; those it takes
					// must be refused.
					HttpResponse<String> response = admin.get(path);
					assertThat(response.statusCode()).as("GET " + path).isLessThan(500);
					if (response.statusCode() >= 400 || rule.pattern().equals("/api/agents/meetings")) {
						check(response, "GET " + path);
					}
					sent++;
					continue;
				}
				for (Attack attack : bodies()) {
					HttpResponse<String> response = send(admin, rule.method(), path, attack);
					check(response, rule.method() + " " + path + " " + attack.name());
					sent++;
				}
			}
		}

		assertThat(sent).isGreaterThan(50);
		assertThat(rowCounts()).isEqualTo(rowsBefore);
	}

	@Test
	void textThatLooksLikeCodeIsStoredAsTextAndHurtsNothing() {
		Api admin = Api.as(this.port, "demo-a-admin");
		HttpResponse<String> created = admin.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", SQL + " " + SCRIPT, "joinUrl", "https://kommun-a.zoom.us/j/5", "startsAt",
						"2031-12-01T10:00:00+01:00", "endsAt", "2031-12-01T11:00:00+01:00")));

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(Api.json(admin.get("/api/agents/meetings/" + Api.json(created).get("id").asString()))
			.get("title")
			.asString()).isEqualTo(SQL + " " + SCRIPT);
		assertThat(this.jdbc.sql("SELECT count(*) FROM meeting").query(Long.class).single()).isPositive();
	}

	private static void check(HttpResponse<String> response, String what) {
		assertThat(response.statusCode()).as(what).isBetween(400, 499);
		assertThat(response.headers().firstValue("Content-Type")).as(what)
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).as(what).doesNotContain("Exception").doesNotContain("org.postgresql");
	}

	private static HttpResponse<String> send(Api api, HttpMethod method, String path, Attack attack) {
		return api.method(method.name(), path, attack.contentType(), attack.body());
	}

	/**
	 * Rows per table, leaving out what the application's own background work writes
	 * meanwhile (sandbox meetings of earlier tests still running their course, and the
	 * recaps, briefs and mail their jobs produce): the job queue's tables, what only jobs
	 * write, and audit entries by the system itself. A request that wrote would still
	 * show, in its meeting, address or audit row — and every hostile request's 4xx is
	 * asserted besides.
	 */
	private Map<String, Long> rowCounts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : this.jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
					+ "AND table_type = 'BASE TABLE' AND table_name NOT IN "
					+ "('agent_job', 'agent_job_run', 'scheduled_tasks', 'meeting_bot', 'transcript', 'recap',"
					+ " 'decision', 'action_item', 'consent_record', 'meeting_conclusion', 'chat_meeting', 'chat_contact',"
					+ " 'brief', 'mail_outbox', 'stakeholder', 'stakeholder_fact', 'model_usage', 'task_push')"
					+ " ORDER BY table_name")
			.query(String.class)
			.list()) {
			String where = table.equals("audit_event") ? " WHERE actor_kind <> 'SYSTEM'" : "";
			counts.put(table,
					this.jdbc.sql("SELECT count(*) FROM \"" + table + "\"" + where).query(Long.class).single());
		}
		return counts;
	}

}
