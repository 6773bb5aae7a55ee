package se.postboxen.kollegan.bot.attendance;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live status: a sandbox meeting's changes arrive on its tenant's server-sent-event
 * stream (through Redis pub/sub, as between instances), and not on another tenant's; the
 * status endpoint tells the same.
 */
@KolleganIntegrationTest
class MeetingStatusStreamIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void aMeetingsChangesReachItsTenantsStreamOnly() {
		Queue<String> tenantA = LiveStatus.open(this.port, "demo-a-admin");
		Queue<String> tenantB = LiveStatus.open(this.port, "demo-b-admin");
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		String id = Api.json(Api.as(this.port, "demo-a-member")
			.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Direktsänt möte", "joinUrl",
							"https://sandbox.kollegan.example/meet/ok/" + UUID.randomUUID(), "startsAt",
							start.toString(), "endsAt", start.plusHours(1).toString()))))
			.get("id")
			.asString();

		await().atMost(Duration.ofSeconds(20))
			.until(() -> tenantA.stream()
				.anyMatch(line -> line.startsWith("data:") && line.contains(id)
						&& line.contains("\"status\":\"ACTIVE\"") && line.contains("\"colour\":\"GREEN\"")));
		assertThat(tenantA).anyMatch(line -> line.equals("event:status"));
		assertThat(tenantB).noneMatch(line -> line.contains(id));

		JsonNode status = Api.json(Api.as(this.port, "demo-a-member").get("/api/agents/meetings/" + id + "/status"));
		assertThat(status.get("meetingId").asString()).isEqualTo(id);
		assertThat(status.get("status").asString()).isIn("ACTIVE", "POST_PROCESSING");
	}

}
