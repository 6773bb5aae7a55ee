package se.postboxen.kollegan.bot.observability;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Work for the metrics to show, done once per server: API requests with ids in their
 * paths (found and not), a sandbox meeting from booking through join, consent and
 * analysis to its recap, and a meeting booked for next week, whose join waits in the
 * queue.
 */
final class Traffic {

	private static final Set<Integer> servers = ConcurrentHashMap.newKeySet();

	private Traffic() {
	}

	static void through(int port) {
		if (!servers.add(port)) {
			return;
		}
		Api member = Api.as(port, "demo-a-member");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		String attended = book(member, "https://sandbox.kollegan.example/meet/ok/" + UUID.randomUUID(), now);
		book(member, "https://kommun-a.zoom.us/j/" + Math.abs(UUID.randomUUID().getMostSignificantBits()),
				now.plusWeeks(1));
		assertThat(member.get("/api/agents/meetings/" + attended).statusCode()).isEqualTo(200);
		assertThat(member.get("/api/agents/meetings/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
		assertThat(member.get("/api/agents/meetings/not-an-id").statusCode()).isEqualTo(400);
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> Api.json(member.get("/api/agents/meetings/" + attended + "/recap"))
				.path("status")
				.asString(""), "ready"::equals);
	}

	private static String book(Api member, String joinUrl, OffsetDateTime start) {
		HttpResponse<String> created = member.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", "Mätvärden", "joinUrl", joinUrl, "startsAt", start.toString(), "endsAt",
						start.plusHours(1).toString(), "organizerName", "Anna Lind", "organizerEmail",
						"anna.lind@kommun-a.example")));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode meeting = Api.json(created);
		return meeting.get("id").asString();
	}

}
