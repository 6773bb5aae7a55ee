package se.postboxen.kollegan.bot.offboarding;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Remove the agent and delete everything": after a sandbox meeting has run its course
 * (bot, consent, transcript, recap, jobs, audit trail), offboarding it leaves nothing
 * naming the meeting or its participants in any table or Redis key but the audit
 * tombstone, and the receipt's counts are what was there.
 */
@KolleganIntegrationTest
class OffboardingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RedisConnectionFactory redis;

	@Test
	void offboardingAMeetingLeavesOnlyTheTombstoneAndTheReceiptCountsMatch() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String organizer = "anna.lind." + run + "@kommun-a.example";
		List<String> emails = List.of(organizer, "erik.berg." + run + "@kommun-a.example",
				"sara.nilsson." + run + "@kommun-b.example");
		Api admin = Api.as(this.port, "demo-a-admin");
		String meeting = recappedMeeting(admin, run, organizer,
				Map.of("Erik Berg", emails.get(1), "Sara Nilsson", emails.get(2)));
		Map<String, Long> before = new LinkedHashMap<>();
		for (String table : List.of("transcript", "recap", "consent_record", "meeting_conclusion", "meeting_bot",
				"meeting_participant")) {
			before.put(table, count("SELECT count(*) FROM " + table + " WHERE meeting_id::text = :id", meeting));
		}
		before.put("audit_event", count(
				"SELECT count(*) FROM audit_event WHERE subject_id = :id OR strpos(details::text, :id) > 0", meeting));
		before.put("agent_job", count("SELECT count(*) FROM agent_job WHERE strpos(job_key, :id) > 0 "
				+ "OR strpos(payload::text, :id) > 0 OR owner = 'meeting:' || :id", meeting));
		assertThat(before).containsEntry("transcript", 1L)
			.containsEntry("recap", 1L)
			.containsEntry("meeting_bot", 1L)
			.containsEntry("meeting_participant", 2L);
		// The three who speak, and the late joiner.
		assertThat(before.get("consent_record")).isEqualTo(4L);
		assertThat(before.get("audit_event")).isPositive();
		assertThat(before.get("agent_job")).isPositive();

		HttpResponse<String> response = admin.postJson("/api/agents/meetings/" + meeting + "/offboard", "");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode receipt = Api.json(response);
		assertThat(receipt.get("scope").asString()).isEqualTo("meeting");
		assertThat(receipt.get("subject").asString()).isEqualTo(meeting);
		JsonNode removed = receipt.get("removed");
		before.forEach((table, count) -> assertThat(removed.get(table).asLong()).as(table).isEqualTo(count));
		assertThat(removed.get("meeting").asLong()).isEqualTo(1);
		assertThat(removed.get("gateway-recordings").asLong()).isEqualTo(1);
		// The gateway is asked to delete its copy, by a job naming only the bot.
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM agent_job j WHERE j.type = 'FORGET_RECORDING' AND j.status = 'QUEUED'
				    AND j.tenant_id IS NULL AND j.payload->>'botId' LIKE 'sandbox-%'
				""").query(Long.class).single()).isPositive();
		assertThat(removed.has("redis")).isTrue();
		assertThat(receipt.get("backupsExpireAt").asString()).isNotBlank();

		List<String> needles = new ArrayList<>(emails);
		needles.add(meeting);
		for (String needle : needles) {
			assertThat(rowsMentioning(needle)).as(needle)
				.allSatisfy(row -> assertThat(row).startsWith("audit_event:").contains("offboarded.meeting"));
			assertThat(redisKeysMentioning(needle)).as(needle).isEmpty();
		}
		assertThat(rowsMentioning(meeting)).hasSize(1);
		assertThat(admin.get("/api/agents/meetings/" + meeting).statusCode()).isEqualTo(404);
	}

	@Test
	void aDataSubjectRequestRemovesThePersonButKeepsTheMeetingForTheOthers() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String erik = "erik.berg." + run + "@kommun-a.example";
		Api admin = Api.as(this.port, "demo-a-admin");
		String meeting = recappedMeeting(admin, run, "anna.lind." + run + "@kommun-a.example",
				Map.of("Erik Berg", erik));
		assertThat(rowsMentioning(erik)).isNotEmpty();

		assertThat(Api.as(this.port, "demo-a-member")
			.postJson("/api/admin/offboard/person", Api.toJson(Map.of("email", erik)))
			.statusCode()).as("only administrators answer data-subject requests").isEqualTo(403);
		HttpResponse<String> response = admin.postJson("/api/admin/offboard/person", Api.toJson(Map.of("email", erik)));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode receipt = Api.json(response);
		assertThat(receipt.get("scope").asString()).isEqualTo("person");
		assertThat(receipt.get("subject").asString()).startsWith("sha256:").doesNotContain("erik");
		assertThat(receipt.get("removed").get("meeting_participant").asLong()).isEqualTo(1);
		assertThat(receipt.get("removed").get("transcript").asLong()).isEqualTo(1);
		assertThat(rowsMentioning(erik)).isEmpty();
		assertThat(redisKeysMentioning(erik)).isEmpty();
		// His speech is gone (the transcript names him only by name); the others' stays.
		List<String> speakers = this.jdbc.sql("""
				SELECT DISTINCT u->>'speaker' FROM transcript, jsonb_array_elements(utterances) u
				WHERE meeting_id::text = :id""").param("id", meeting).query(String.class).list();
		assertThat(speakers).contains("Anna Lind").doesNotContain("Erik Berg");
		assertThat(admin.get("/api/agents/meetings/" + meeting).statusCode()).isEqualTo(200);
	}

	/** A sandbox meeting booked now with these participants, run to its recap. */
	private String recappedMeeting(Api admin, String run, String organizer, Map<String, String> participants) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		List<Map<String, String>> people = participants.entrySet()
			.stream()
			.map(person -> Map.of("name", person.getKey(), "email", person.getValue()))
			.toList();
		String meeting = Api.json(admin.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", "Upphandling ärendesystem " + run, "joinUrl",
						"https://sandbox.kollegan.example/meet/ok/" + run, "startsAt", now.toString(), "endsAt",
						now.plusHours(1).toString(), "organizerName", "Anna Lind", "organizerEmail", organizer,
						"participants", people))))
			.get("id")
			.asString();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> "ready"
				.equals(Api.json(admin.get("/api/agents/meetings/" + meeting + "/recap")).get("status").asString()));
		return meeting;
	}

	private long count(String sql, String meeting) {
		return this.jdbc.sql(sql).param("id", UUID.fromString(meeting).toString()).query(Long.class).single();
	}

	/** Every row of every table of ours whose text form contains the needle. */
	private List<String> rowsMentioning(String needle) {
		List<String> tables = this.jdbc
			.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
					+ "AND table_type = 'BASE TABLE' ORDER BY 1")
			.query(String.class)
			.list();
		assertThat(tables).contains("meeting", "transcript", "audit_event", "agent_job");
		List<String> rows = new ArrayList<>();
		for (String table : tables) {
			rows.addAll(this.jdbc
				.sql("SELECT '" + table + ":' || t::text FROM \"" + table
						+ "\" t WHERE strpos(lower(t::text), lower(:needle)) > 0")
				.param("needle", needle)
				.query(String.class)
				.list());
		}
		return rows;
	}

	private List<String> redisKeysMentioning(String needle) {
		StringRedisTemplate template = new StringRedisTemplate(this.redis);
		template.afterPropertiesSet();
		List<String> keys = new ArrayList<>();
		try (Cursor<String> cursor = template.scan(ScanOptions.scanOptions().match("*").count(1000).build())) {
			cursor.forEachRemaining(key -> {
				if (key.toLowerCase().contains(needle.toLowerCase())) {
					keys.add(key);
				}
			});
		}
		return keys;
	}

}
