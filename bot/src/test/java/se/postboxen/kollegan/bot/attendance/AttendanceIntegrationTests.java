package se.postboxen.kollegan.bot.attendance;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The join lifecycle against the sandbox gateway, in compressed time: a meeting starting
 * now gets a bot, which is let in (or waits in the lobby first) and leaves when the
 * meeting ends; one that cannot get in is tried three times and then degraded to
 * post-meeting analysis; one the host denies is degraded at once.
 */
@KolleganIntegrationTest
class AttendanceIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	/** A sandbox meeting of the given scenario, starting now and lasting an hour. */
	private String meeting(String scenario) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		HttpResponse<String> created = Api.as(this.port, "demo-a-member")
			.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Sandlådemöte " + scenario, "joinUrl",
							"https://sandbox.kollegan.example/meet/" + scenario + "/" + UUID.randomUUID(), "startsAt",
							start.toString(), "endsAt", start.plusHours(1).toString(), "organizerEmail",
							"astrid.ek@kommun-a.example")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return Api.json(created).get("id").asString();
	}

	private String status(String id) {
		return this.jdbc.sql("SELECT status FROM meeting WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query(String.class)
			.single();
	}

	private List<String> trail(String id) {
		return this.jdbc.sql(
				"SELECT action FROM audit_event WHERE subject_id = :id AND action LIKE 'meeting.%' ORDER BY occurred_at, id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	private long analysisJobs(String id) {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE type = 'POST_MEETING_ANALYSIS' AND owner = :owner")
			.param("owner", "meeting:" + id)
			.query(Long.class)
			.single();
	}

	@Test
	void aBotLetStraightInAttendsUntilTheEndAndTheRecapIsQueued() {
		String id = meeting("ok");

		await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("POST_PROCESSING"));

		assertThat(trail(id)).containsSubsequence("meeting.scheduled", "meeting.bot-sent", "meeting.active",
				"meeting.ended");
		assertThat(analysisJobs(id)).isEqualTo(1);
	}

	@Test
	void aBotWaitingInTheLobbyIsAdmittedAndAttends() {
		String id = meeting("lobby-then-admit");

		await().atMost(Duration.ofSeconds(20)).until(() -> trail(id).contains("meeting.active"));

		assertThat(trail(id)).containsSubsequence("meeting.bot-sent", "meeting.in-lobby", "meeting.active");
		// The organiser was asked to let the agent in.
		assertThat(this.jdbc
			.sql("SELECT payload->'organiser'->>'value' FROM agent_job WHERE type = 'ORGANISER_NOTICE' "
					+ "AND payload->>'kind' = 'IN_LOBBY' AND owner = :owner")
			.param("owner", "meeting:" + id)
			.query(String.class)
			.list()).containsExactly("astrid.ek@kommun-a.example");
		// Each change is counted, by status only.
		String metrics = Api.anonymous(this.port).get("/actuator/prometheus").body();
		assertThat(metrics)
			.containsPattern("kollegan_meeting_status_changes_total\\{[^}]*status=\"IN_LOBBY\"[^}]*\\} [1-9]")
			.containsPattern("kollegan_meeting_status_changes_total\\{[^}]*status=\"ACTIVE\"[^}]*\\} [1-9]")
			.doesNotContainPattern("kollegan_meeting_status_changes_total\\{[^}]*(meeting|tenant)");
	}

	@Test
	void threeFailedJoinsDegradeTheMeetingToPostMeetingAnalysis() {
		String id = meeting("join-fails");

		await().atMost(Duration.ofSeconds(30)).until(() -> status(id).equals("DEGRADED"));

		List<String> trail = trail(id);
		assertThat(trail.stream().filter("meeting.bot-sent"::equals)).hasSize(3);
		assertThat(trail.stream().filter("meeting.join-retry"::equals)).hasSize(2);
		assertThat(trail).endsWith("meeting.degraded");
		// After the meeting's end, from the platform's own transcript.
		assertThat(this.jdbc
			.sql("SELECT due_at > now() + interval '50 minutes' FROM agent_job "
					+ "WHERE type = 'POST_MEETING_ANALYSIS' AND owner = :owner")
			.param("owner", "meeting:" + id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aBotTheHostDeniesIsNotSentAgain() {
		String id = meeting("denied");

		await().atMost(Duration.ofSeconds(20)).until(() -> status(id).equals("DEGRADED"));

		assertThat(trail(id).stream().filter("meeting.bot-sent"::equals)).hasSize(1);
		assertThat(trail(id)).doesNotContain("meeting.join-retry");
	}

}
