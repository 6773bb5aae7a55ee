package se.postboxen.kollegan.bot.brief;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.consent.ConsentRecordId;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Meetings of demo-a that are over, organised by its administrator Astrid Ek, with the
 * consent answers a test gives them, recapped from an uploaded transcript through the job
 * queue like any upload: everything that follows a published recap (post-brief,
 * stakeholder facts) runs as it does in production.
 */
public final class RecappedMeetings {

	public static final Person ASTRID = Person.of("Astrid Ek", "astrid.ek@kommun-a.example");

	private final int port;

	private final ConsentRecords consent;

	private final TenantId tenant;

	public RecappedMeetings(int port, ConsentRecords consent, TenantId tenant) {
		this.port = port;
		this.consent = consent;
		this.tenant = tenant;
	}

	/**
	 * @param answers each person's answer, all at {@code level}; Astrid's sets the
	 * meeting's level
	 * @param transcript {@code Name: text} lines
	 */
	public MeetingId recapped(String title, List<Person> participants, ConsentLevel level,
			Map<Person, ConsentAnswer> answers, String transcript) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusHours(2);
		MeetingId meeting = new MeetingId(UUID.fromString(Api.json(admin().postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", title, "joinUrl", "https://kommun-a.zoom.us/j/" + System.nanoTime(),
						"startsAt", start.toString(), "endsAt", start.plusHours(1).toString(), "organizerName",
						ASTRID.name(), "organizerEmail", ASTRID.email().value(), "participants",
						participants.stream()
							.map(person -> Map.of("name", person.name(), "email", person.email().value()))
							.toList()))))
			.get("id")
			.asString()));
		answers.forEach((person, answer) -> this.consent.save(new ConsentRecord(ConsentRecordId.newId(), this.tenant,
				meeting, person, level, answer, ConsentChannel.TEAMS, start.toInstant().plusSeconds(60))));
		upload(meeting, transcript);
		return meeting;
	}

	/** Uploads a transcript and waits until the recap written from it is published. */
	public void upload(MeetingId meeting, String transcript) {
		String recap = "/api/agents/meetings/" + meeting + "/recap";
		HttpResponse<String> accepted = admin().post("/api/agents/meetings/" + meeting + "/transcript",
				"text/plain; charset=utf-8", BodyPublishers.ofString(transcript));
		assertThat(accepted.statusCode()).isEqualTo(202);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> Api.json(admin().get(recap)).get("status").asString(), "ready"::equals);
	}

	private Api admin() {
		return Api.as(this.port, "demo-a-admin");
	}

}
