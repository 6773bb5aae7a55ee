package se.postboxen.kollegan.bot.chat.zoom;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.Person;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zoom's meeting events, signed as Zoom signs them and shaped as its webhook reference
 * gives them ({@code payload.account_id}, {@code payload.object.id} as the meeting
 * number, {@code start_time}, {@code end_time}, {@code recording_files[].file_type}),
 * against demo-a meetings booked at a Zoom link: an end before the agent got in starts
 * the analysis now, an early start sends the agent now, a finished transcript lets the
 * analysis fetch it now; redeliveries, forgeries and other accounts change nothing.
 */
@KolleganIntegrationTest
class ZoomMeetingEventsIntegrationTests extends AbstractZoomIntegrationTests {

	private static final Person ORGANIZER = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	@Autowired
	Meetings meetings;

	@Test
	void anEndBeforeTheAgentGotInStartsTheAnalysisNowAndOnceForTwoDeliveries() {
		String number = meetingNumber();
		Meeting meeting = bookZoomMeeting(number, ZonedDateTime.now(ZoneOffset.UTC).plusHours(1), 60, ORGANIZER);
		String body = meetingEvent("meeting.ended", DEMO_ACCOUNT, number, Instant.now().minusSeconds(600),
				Instant.now());
		Instant sent = Instant.now();

		assertThat(deliver(body).statusCode()).isEqualTo(200);

		// Told synchronously: the job is there when Zoom has its 200.
		String key = "analysis:" + meeting.id().value() + ":ended";
		assertThat(jobs(key)).isEqualTo(1);
		assertThat(dueAt(key)).isBetween(sent.minusSeconds(5), Instant.now().plusSeconds(5))
			.isBefore(meeting.startsAt());
		assertThat(status(meeting)).isEqualTo("DEGRADED");

		// Zoom redelivers the same body, signed anew: nothing new for the meeting.
		long owned = ownedJobs(meeting);
		assertThat(deliver(body).statusCode()).isEqualTo(200);

		assertThat(jobs(key)).isEqualTo(1);
		assertThat(ownedJobs(meeting)).isEqualTo(owned);
	}

	@Test
	void anEndOfAMeetingAlreadyLeftToTheAnalysisAsksForItNow() {
		String number = meetingNumber();
		// Over ten minutes ago, by its booking: no join job of its own runs meanwhile.
		ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(70);
		Meeting meeting = degraded(bookZoomMeeting(number, start, 60, ORGANIZER));
		Instant sent = Instant.now();

		assertThat(deliver(meetingEvent("meeting.ended", DEMO_ACCOUNT, number, start.toInstant(), Instant.now()))
			.statusCode()).isEqualTo(200);

		String key = "analysis:" + meeting.id().value() + ":ended";
		assertThat(jobs(key)).isEqualTo(1);
		assertThat(dueAt(key)).isBetween(sent.minusSeconds(5), Instant.now().plusSeconds(5));
	}

	@Test
	void anEarlyStartSendsTheAgentNow() {
		String number = meetingNumber();
		Meeting meeting = bookZoomMeeting(number, ZonedDateTime.now(ZoneOffset.UTC).plusHours(2), 60, ORGANIZER);
		Instant sent = Instant.now();

		assertThat(deliver(meetingEvent("meeting.started", DEMO_ACCOUNT, number, Instant.now(), null)).statusCode())
			.isEqualTo(200);

		String key = "join:" + meeting.id().value() + ":platform-started";
		assertThat(jobs(key)).isEqualTo(1);
		// Not at the booked start, two hours away: now.
		assertThat(dueAt(key)).isBetween(sent.minusSeconds(5), Instant.now().plusSeconds(5));
	}

	@Test
	void aFinishedTranscriptLetsTheAnalysisFetchItNow() {
		String number = meetingNumber();
		ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC).minusHours(3);
		Meeting meeting = degraded(bookZoomMeeting(number, start, 60, ORGANIZER));
		String key = "analysis:" + meeting.id().value() + ":platform-transcript_ready";

		// Video only: no transcript to fetch, nothing to do yet.
		assertThat(deliver(recordingCompleted(number, start.toInstant(), "MP4")).statusCode()).isEqualTo(200);
		assertThat(jobs(key)).isZero();

		Instant sent = Instant.now();
		assertThat(deliver(recordingCompleted(number, start.toInstant(), "TRANSCRIPT")).statusCode()).isEqualTo(200);

		assertThat(jobs(key)).isEqualTo(1);
		assertThat(dueAt(key)).isBetween(sent.minusSeconds(5), Instant.now().plusSeconds(5));
	}

	@Test
	void refusesForgedAndStaleMeetingEventsAndChangesNothing() {
		String number = meetingNumber();
		Meeting meeting = bookZoomMeeting(number, ZonedDateTime.now(ZoneOffset.UTC).plusHours(1), 60, ORGANIZER);
		String body = meetingEvent("meeting.ended", DEMO_ACCOUNT, number, Instant.now().minusSeconds(600),
				Instant.now());
		String now = Long.toString(Instant.now().getEpochSecond());
		String stale = Long.toString(Instant.now().minusSeconds(5 * 60 + 30).getEpochSecond());

		List<HttpResponse<String>> forged = List.of(send(body, now, signature("not-the-secret", now, body)),
				send(body, stale, signature(SECRET, stale, body)),
				send(body.replace(number, meetingNumber()), now, signature(SECRET, now, body)));

		assertThat(forged).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(Api.json(response).path("type").asString())
				.isEqualTo("https://kollegan.postboxen.se/problems/unauthenticated");
		});
		assertThat(jobs("analysis:" + meeting.id().value() + ":ended")).isZero();
		assertThat(status(meeting)).isEqualTo("SCHEDULED");
	}

	@Test
	void ignoresMeetingEventsFromAZoomAccountWithoutKollegan() {
		String number = meetingNumber();
		Meeting meeting = bookZoomMeeting(number, ZonedDateTime.now(ZoneOffset.UTC).plusHours(1), 60, ORGANIZER);

		assertThat(deliver(meetingEvent("meeting.ended", "someone-elses-account", number,
				Instant.now().minusSeconds(600), Instant.now()))
			.statusCode()).isEqualTo(200);

		assertThat(jobs("analysis:" + meeting.id().value() + ":ended")).isZero();
		assertThat(status(meeting)).isEqualTo("SCHEDULED");
	}

	/**
	 * The meeting as the attendance leaves it when the agent could not get in: to the
	 * post-meeting analysis.
	 */
	private Meeting degraded(Meeting booked) {
		Meeting meeting = this.meetings.findById(booked.tenantId(), booked.id()).orElseThrow();
		meeting.markJoining();
		meeting.degradeToPostMeetingAnalysis();
		return this.meetings.save(meeting);
	}

	private Instant dueAt(String key) {
		return this.jdbc.sql("SELECT due_at FROM agent_job WHERE job_key = :key")
			.param("key", key)
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	private long ownedJobs(Meeting meeting) {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE owner = :owner")
			.param("owner", "meeting:" + meeting.id().value())
			.query(Long.class)
			.single();
	}

	/** {@code meeting.started} or {@code meeting.ended}, as Zoom's reference shows it. */
	private static String meetingEvent(String event, String account, String number, Instant start, Instant end) {
		return """
				{"event": "%s", "event_ts": %d, "payload": {"account_id": "%s", "object": {"id": "%s",
				 "uuid": "4444AAAiAAAAAiAiAiiAii==", "host_id": "z8yCxjabcdEFGHfp8uQ", "topic": "Styrgruppsmöte",
				 "type": 2, "start_time": "%s", "timezone": "Europe/Stockholm", "duration": 60%s}}}""".formatted(event,
				Instant.now().toEpochMilli(), account, number, iso(start),
				(end != null) ? ", \"end_time\": \"" + iso(end) + "\"" : "");
	}

	/**
	 * {@code recording.completed} with one file of the type given; the top-level
	 * {@code download_token} as Zoom sends it when the subscription asks for it.
	 */
	private static String recordingCompleted(String number, Instant start, String fileType) {
		return """
				{"event": "recording.completed", "event_ts": %d,
				 "download_token": "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJkb3dubG9hZCI6dHJ1ZX0.c2lnbmF0dXJl",
				 "payload": {"account_id": "%s", "object": {"uuid": "4444AAAiAAAAAiAiAiiAii==", "id": %s,
				  "host_id": "z8yCxjabcdEFGHfp8uQ", "topic": "Styrgruppsmöte", "start_time": "%s",
				  "timezone": "Europe/Stockholm", "duration": 55, "recording_files": [{"id": "a1f3c5e7-vtt",
				  "meeting_id": "4444AAAiAAAAAiAiAiiAii==", "recording_start": "%s", "recording_end": "%s",
				  "file_type": "%s", "file_extension": "VTT", "file_size": 2048,
				  "download_url": "https://kommun-a.zoom.us/rec/download/a1f3c5e7-vtt", "status": "completed",
				  "recording_type": "audio_transcript"}]}}}""".formatted(Instant.now().toEpochMilli(), DEMO_ACCOUNT,
				number, iso(start), iso(start), iso(start.plus(Duration.ofMinutes(55))), fileType);
	}

	private static String iso(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
