package se.postboxen.kollegan.bot.legal;

import java.net.http.HttpRequest.BodyPublishers;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import se.postboxen.kollegan.bot.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Meetings with a recap, made through the API as an organiser makes them when the agent
 * could not get in: the meeting ends without words, the organiser uploads the transcript,
 * and the recap is published through the job queue.
 */
public final class RecappedMeetings {

	private RecappedMeetings() {
	}

	/**
	 * A meeting organised by the caller, with the plain-text transcript ("Name: words"
	 * lines) uploaded and its recap ready.
	 * @return the meeting's id
	 */
	public static String at(Api organiser, String transcript) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		String email = Api.json(organiser.get("/api/me")).get("email").asString();
		String meeting = Api
			.json(organiser.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Arbetsutskottet elevregister", "joinUrl",
							"https://sandbox.kollegan.example/meet/join-fails/" + UUID.randomUUID()
									+ "?transcript=none",
							"startsAt", now.minusMinutes(1).toString(), "endsAt", now.plusSeconds(5).toString(),
							"organizerName", "Anna Lind", "organizerEmail", email))))
			.get("id")
			.asString();
		String recap = "/api/agents/meetings/" + meeting + "/recap";
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(organiser.get(recap)).get("outcome").asString(""), "no-transcript"::equals);
		assertThat(organiser
			.post("/api/agents/meetings/" + meeting + "/transcript", "text/plain; charset=utf-8",
					BodyPublishers.ofString(transcript))
			.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(organiser.get(recap)).get("status").asString(), "ready"::equals);
		return meeting;
	}

}
