package se.postboxen.kollegan.bot.brief;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.brief.PreBriefs;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.consent.ConsentRecordId;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.meeting.BookingChannel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.meeting.ScheduleMeeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.Decision;
import se.postboxen.kollegan.recap.DecisionId;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.stakeholder.StakeholderProfiles;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.TranscriptSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Pre-briefs as the queue carries them: queued with the booking at a day and an hour
 * before the start (only those still ahead), replaced when the meeting moves, dropped
 * when it is cancelled; written for the organiser from the profiles, earlier meetings and
 * open actions they may see, stored with the meeting and mailed to the outbox. Most jobs
 * are run by calling the use case the worker calls, so that "a day before" needs no
 * waiting; one is left to the worker.
 */
@KolleganIntegrationTest
class PreBriefIntegrationTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Person ASTRID = Person.of("Astrid Ek", "astrid.ek@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	@LocalServerPort
	int port;

	@Autowired
	MeetingScheduling scheduling;

	@Autowired
	Meetings meetings;

	@Autowired
	PreBriefs preBriefs;

	@Autowired
	StakeholderProfiles profiles;

	@Autowired
	ConsentRecords consent;

	@Autowired
	Recaps recaps;

	@Autowired
	Decisions decisions;

	@Autowired
	ActionItems actions;

	@Autowired
	Transactions transactions;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	private TenantId demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	record QueuedBrief(String key, String status, Instant dueAt) {

	}

	private List<QueuedBrief> preBriefJobs(MeetingId meeting) {
		return this.jdbc
			.sql("SELECT job_key, status, due_at FROM agent_job WHERE owner = :owner ORDER BY created_at, due_at")
			.param("owner", "prebrief:" + meeting.value())
			.query((rs, n) -> new QueuedBrief(rs.getString("job_key"), rs.getString("status"),
					rs.getObject("due_at", Timestamp.class).toInstant()))
			.list();
	}

	private Meeting book(String uid, int sequence, ZonedDateTime start, String title, List<Person> participants) {
		return this.scheduling
			.schedule(new ScheduleMeeting(demoA(), Actor.system("calendar-test"), ASTRID.email(), title, null,
					URI.create("https://kommun-a.zoom.us/j/" + Math.abs(uid.hashCode())), start, start.plusHours(1),
					ASTRID, participants, new ExternalIds(uid, null), sequence, BookingChannel.CALENDAR))
			.meeting();
	}

	private static ZonedDateTime inDays(int days) {
		return ZonedDateTime.now(STOCKHOLM).plusDays(days).truncatedTo(ChronoUnit.MINUTES);
	}

	@Test
	void briefsAreQueuedADayAndAnHourBeforeFollowAMoveAndStopForACancelledMeeting() {
		String uid = UUID.randomUUID() + "@kommun-a.example";
		Meeting booked = book(uid, 0, inDays(3), "Styrgrupp e-arkiv", List.of(ERIK));

		assertThat(preBriefJobs(booked.id())).extracting(QueuedBrief::dueAt)
			.containsExactly(booked.startsAt().minus(Duration.ofHours(24)),
					booked.startsAt().minus(Duration.ofHours(1)));
		assertThat(preBriefJobs(booked.id())).extracting(QueuedBrief::status).containsOnly("QUEUED");

		Meeting moved = book(uid, 1, inDays(5), "Styrgrupp e-arkiv", List.of(ERIK));

		assertThat(moved.id()).isEqualTo(booked.id());
		List<QueuedBrief> afterMove = preBriefJobs(booked.id());
		assertThat(afterMove).hasSize(4);
		assertThat(afterMove.subList(0, 2)).extracting(QueuedBrief::status).containsOnly("CANCELLED");
		assertThat(afterMove.subList(2, 4)).extracting(QueuedBrief::status).containsOnly("QUEUED");
		assertThat(afterMove.subList(2, 4)).extracting(QueuedBrief::dueAt)
			.containsExactly(moved.startsAt().minus(Duration.ofHours(24)), moved.startsAt().minus(Duration.ofHours(1)));

		this.scheduling.cancel(demoA(), booked.id(), Actor.system("calendar-test"));

		assertThat(preBriefJobs(booked.id())).extracting(QueuedBrief::status).containsOnly("CANCELLED");
		// A brief that slipped through anyway (its job already running) sends nothing.
		JobOutcome late = this.preBriefs.prepare(demoA(), booked.id(), moved.startsAt(),
				new JobKey(afterMove.get(3).key()));
		assertThat(late).isEqualTo(JobOutcome.done());
		assertThat(Api.json(Api.as(this.port, "demo-a-admin").get("/api/agents/meetings/" + booked.id() + "/briefs")))
			.isEmpty();
	}

	@Test
	void aMeetingBookedFiveHoursAheadGetsOnlyTheHourBeforeAndOneHalfAnHourAheadNone() {
		Api admin = Api.as(this.port, "demo-a-admin");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

		MeetingId soon = book(admin, "Snart möte", now.plusHours(5));
		MeetingId verySoon = book(admin, "Strax möte", now.plusMinutes(30));

		assertThat(preBriefJobs(soon)).extracting(QueuedBrief::dueAt).containsExactly(now.plusHours(4).toInstant());
		assertThat(preBriefJobs(verySoon)).isEmpty();
	}

	private MeetingId book(Api api, String title, OffsetDateTime start) {
		return new MeetingId(UUID.fromString(Api.json(api.postJson("/api/agents/meetings",
				Api.toJson(Map.of("title", title, "joinUrl", "https://kommun-a.zoom.us/j/" + System.nanoTime(),
						"startsAt", start.toString(), "endsAt", start.plusHours(1).toString(), "organizerName",
						"Astrid Ek", "organizerEmail", "astrid.ek@kommun-a.example"))))
			.get("id")
			.asString()));
	}

	@Test
	void theOrganiserGetsWhoIsComingWithProfilesEarlierMeetingsAndOpenActionsByMail() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Person jonas = Person.of("Jonas Wik", "jonas.wik." + run + "@leverantor.example");
		LocalDate due = LocalDate.now(STOCKHOLM).plusDays(9);
		Meeting earlier = this.meetings.save(done(Meeting.schedule(demoA(), "Avstämning e-arkiv " + run, null,
				URI.create("https://kommun-a.zoom.us/j/" + System.nanoTime()), inDays(-7), inDays(-7).plusHours(1),
				ASTRID, List.of(ERIK, jonas), ExternalIds.NONE, 0, ASTRID.email())));
		this.consent.save(new ConsentRecord(ConsentRecordId.newId(), demoA(), earlier.id(), ASTRID, ConsentLevel.PLUS,
				ConsentAnswer.ACCEPTED, ConsentChannel.TEAMS, earlier.startsAt().plusSeconds(60)));
		this.recaps.save(new Recap(demoA(), earlier.id(), RecapStatus.READY, "sv", TranscriptSource.LIVE,
				"Leverantören visade exportformatet.", List.of("arkivformat " + run), List.of(), earlier.endsAt()));
		this.decisions.save(new Decision(DecisionId.newId(), demoA(), earlier.id(), "Vi kör på FGS " + run, ASTRID,
				new TranscriptSpan(Duration.ofMinutes(9), "Vi beslutar FGS."), new Confidence(0.9)));
		this.actions.save(ActionItem.open(demoA(), earlier.id(), "Ta fram exportformat " + run, jonas, due,
				new TranscriptSpan(Duration.ofMinutes(14), "Jag tar fram exportformatet."), new Confidence(0.9),
				false));
		this.transactions.inTransaction(() -> {
			this.profiles.published(earlier, earlier.endsAt());
			return null;
		});
		String title = "Upphandling e-arkiv " + run;
		Meeting upcoming = book(UUID.randomUUID() + "@kommun-a.example", 0, inDays(3), title, List.of(ERIK, jonas));
		QueuedBrief dayBefore = preBriefJobs(upcoming.id()).get(0);

		JobOutcome outcome = this.preBriefs.prepare(demoA(), upcoming.id(), upcoming.startsAt(),
				new JobKey(dayBefore.key()));

		assertThat(outcome).isEqualTo(JobOutcome.done());
		Api admin = Api.as(this.port, "demo-a-admin");
		assertThat(Api.json(admin.get("/api/agents/outbox"))
			.valueStream()
			.filter(mail -> mail.path("kind").asString().equals("pre-brief"))
			.filter(mail -> mail.path("subject").asString().equals("Inför mötet / Before the meeting: " + title)))
			.singleElement()
			.satisfies(mail -> assertThat(mail.path("text").asString()).startsWith("Hej Astrid Ek!")
				.contains("Ta fram exportformat " + run)
				.contains("http://localhost:8080/meetings/" + upcoming.id()));
		// A retry (the mail could not be handed over) writes the same brief again, not a
		// second one.
		this.preBriefs.prepare(demoA(), upcoming.id(), upcoming.startsAt(), new JobKey(dayBefore.key()));
		JsonNode briefs = Api.json(admin.get("/api/agents/meetings/" + upcoming.id() + "/briefs"));
		assertThat(briefs).singleElement().satisfies(brief -> {
			assertThat(brief.get("kind").asString()).isEqualTo("pre");
			assertThat(brief.get("content").asString())
				.contains("- **Jonas Wik <" + jonas.email() + ">**, leverantor.example")
				.contains("Ämnen / Topics: arkivformat " + run)
				.contains("- **Erik Lund <erik.lund@kommun-a.example>**")
				.contains("### Avstämning e-arkiv " + run)
				.contains("- Vi kör på FGS " + run)
				.contains("- Ta fram exportformat " + run + " — Jonas Wik <" + jonas.email() + ">, senast / due " + due)
				.contains("Mötessida / Meeting page: http://localhost:8080/meetings/" + upcoming.id())
				.doesNotContain("**Astrid Ek");
		});
		// Erik takes part, but the pre-brief draws on Astrid's meetings: it is hers.
		assertThat(
				Api.json(Api.as(this.port, "demo-a-member").get("/api/agents/meetings/" + upcoming.id() + "/briefs")))
			.isEmpty();
	}

	@Test
	void theWorkerSendsABriefWhenItsTimeComes() {
		Api admin = Api.as(this.port, "demo-a-admin");
		String title = "Strax dags " + UUID.randomUUID().toString().substring(0, 8);
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.SECONDS)
			.plusHours(1)
			.plusSeconds(5);

		MeetingId meeting = book(admin, title, start);

		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Api.json(admin.get("/api/agents/outbox"))
				.valueStream()
				.anyMatch(mail -> mail.path("subject").asString().endsWith(title)));
		assertThat(preBriefJobs(meeting)).extracting(QueuedBrief::status).containsExactly("DONE");
		assertThat(Api.json(admin.get("/api/agents/meetings/" + meeting + "/briefs")))
			.extracting(brief -> brief.get("kind").asString())
			.containsExactly("pre");
	}

	private static Meeting done(Meeting meeting) {
		meeting.degradeToPostMeetingAnalysis();
		meeting.startPostProcessing();
		meeting.markDone();
		return meeting;
	}

}
