package se.postboxen.kollegan.bot.nudge;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nudges as the queue carries them: scheduled with the recap, run on their day, mailed to
 * the embedded outbox when no chat platform reaches the owner, stopped by "done", and the
 * organiser told of an action nobody owns. The jobs are run by calling the use case the
 * worker calls, so that "48 hours later" needs no waiting.
 */
@KolleganIntegrationTest
class NudgeIntegrationTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final EmailAddress ERIK = EmailAddress.of("erik.lund@kommun-a.example");

	private static final EmailAddress ASTRID = EmailAddress.of("astrid.ek@kommun-a.example");

	@LocalServerPort
	int port;

	@Autowired
	ActionFollowUps followUps;

	@Autowired
	ActionItems actions;

	@Autowired
	Meetings meetings;

	@Autowired
	Tenants tenants;

	@Autowired
	JdbcClient jdbc;

	private TenantId demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	private Meeting meeting(String title) {
		ZonedDateTime start = ZonedDateTime.now(STOCKHOLM).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
		return this.meetings.save(Meeting.schedule(demoA(), title, null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + System.nanoTime()), start,
				start.plusHours(1), new Person("Astrid Ek", ASTRID), List.of(new Person("Erik Lund", ERIK)),
				new ExternalIds(null, null), 0, ASTRID));
	}

	private ActionItem action(Meeting meeting, String text, Person owner, LocalDate due) {
		return this.actions.save(ActionItem.open(demoA(), meeting.id(), text, owner, due,
				new TranscriptSpan(Duration.ofMinutes(12), text), new Confidence(0.9), false));
	}

	private Optional<Instant> nudgeDue(ActionItem action, int nudge) {
		return this.jdbc.sql("SELECT due_at FROM agent_job WHERE job_key = :key")
			.param("key", "nudge:" + action.id().value() + ":" + nudge)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	private List<JsonNode> outboxOf(String clientId) {
		JsonNode mails = Api.json(Api.as(this.port, clientId).get("/api/agents/outbox"));
		return mails.valueStream().toList();
	}

	@Test
	void theOwnerIsNudgedTwoDaysAfterTheRecapThenOnTheDueDateAndDoneStopsIt() {
		Meeting meeting = meeting("Styrgrupp nudge " + System.nanoTime());
		LocalDate due = LocalDate.now(STOCKHOLM).plusDays(10);
		String text = "Skicka underlaget till nämnden " + System.nanoTime();
		ActionItem action = action(meeting, text, new Person("Erik Lund", ERIK), due);
		Instant published = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		this.followUps.scheduleNudges(demoA(), meeting.id(), published);
		this.followUps.scheduleNudges(demoA(), meeting.id(), published.plusSeconds(5));

		assertThat(nudgeDue(action, 1)).contains(published.plus(Duration.ofHours(48)));

		JobOutcome first = this.followUps.nudge(demoA(), action.id(), 1);

		assertThat(first).isEqualTo(JobOutcome.done());
		assertThat(outboxOf("demo-a-member")).anySatisfy(mail -> {
			assertThat(mail.path("kind").asString()).isEqualTo("nudge");
			assertThat(mail.path("text").asString()).contains(text).contains("Klart senast " + due);
		});
		assertThat(outboxOf("demo-a-auditor"))
			.noneSatisfy(mail -> assertThat(mail.path("text").asString()).contains(text));
		assertThat(nudgeDue(action, 2)).contains(due.atTime(9, 0).atZone(STOCKHOLM).toInstant());

		ActionFollowUps.Result answered = this.followUps.answer(demoA(), ActionAnswer.done(action.id()),
				new Person("Erik Lund", ERIK), Actor.integration("teams"));
		long before = outboxOf("demo-a-member").stream()
			.filter(mail -> mail.path("text").asString().contains(text))
			.count();
		this.followUps.nudge(demoA(), action.id(), 2);

		assertThat(answered).isEqualTo(ActionFollowUps.Result.DONE);
		assertThat(this.actions.findById(demoA(), action.id()).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
		assertThat(outboxOf("demo-a-member").stream().filter(mail -> mail.path("text").asString().contains(text)))
			.hasSize((int) before);
		assertThat(nudgeDue(action, 3)).isEmpty();
	}

	@Test
	void onlyTheOwnerOrTheOrganiserMayAnswer() {
		Meeting meeting = meeting("Upphandling " + System.nanoTime());
		ActionItem action = action(meeting, "Boka lokal", new Person("Erik Lund", ERIK),
				LocalDate.now(STOCKHOLM).plusDays(3));

		ActionFollowUps.Result stranger = this.followUps.answer(demoA(),
				ActionAnswer.reassign(action.id(), EmailAddress.of("maja.berg@kommun-a.example")),
				new Person("Maja Berg", EmailAddress.of("maja.berg@kommun-a.example")), Actor.integration("slack"));
		ActionFollowUps.Result past = this.followUps.answer(demoA(),
				ActionAnswer.newDate(action.id(), LocalDate.now(STOCKHOLM).minusDays(1)), new Person(null, ASTRID),
				Actor.integration("slack"));
		ActionFollowUps.Result organiser = this.followUps.answer(demoA(),
				ActionAnswer.newDate(action.id(), LocalDate.now(STOCKHOLM).plusDays(20)), new Person(null, ASTRID),
				Actor.integration("slack"));

		assertThat(stranger).isEqualTo(ActionFollowUps.Result.NOT_ALLOWED);
		assertThat(past).isEqualTo(ActionFollowUps.Result.DATE_IN_PAST);
		assertThat(organiser).isEqualTo(ActionFollowUps.Result.REDATED);
		ActionItem stored = this.actions.findById(demoA(), action.id()).orElseThrow();
		assertThat(stored.owner().email()).isEqualTo(ERIK);
		assertThat(stored.due()).isEqualTo(LocalDate.now(STOCKHOLM).plusDays(20));
	}

	@Test
	void theOrganiserIsToldOfAnActionNobodyOwnsAndOfOneNobodyAnswers() {
		Meeting meeting = meeting("Ledningsgrupp " + System.nanoTime());
		String ownerless = "Ta fram tidplan " + System.nanoTime();
		ActionItem withoutOwner = this.actions.save(ActionItem.open(demoA(), meeting.id(), ownerless, null, null,
				new TranscriptSpan(Duration.ofMinutes(3), ownerless), new Confidence(0.6), true));
		String unanswered = "Svara IMY " + System.nanoTime();
		ActionItem ignored = action(meeting, unanswered, new Person("Erik Lund", ERIK),
				LocalDate.now(STOCKHOLM).minusDays(1));

		this.followUps.nudge(demoA(), withoutOwner.id(), 1);
		this.followUps.nudge(demoA(), ignored.id(), 4);

		List<JsonNode> organiserMail = outboxOf("demo-a-admin");
		assertThat(organiserMail).anySatisfy(mail -> {
			assertThat(mail.path("kind").asString()).isEqualTo("escalation");
			assertThat(mail.path("text").asString()).contains(ownerless).contains("ingen ansvarig");
		});
		assertThat(organiserMail).anySatisfy(mail -> {
			assertThat(mail.path("kind").asString()).isEqualTo("escalation");
			assertThat(mail.path("text").asString()).contains(unanswered).contains("påminnelser: 3");
		});
		assertThat(nudgeDue(withoutOwner, 2)).isEmpty();
		assertThat(nudgeDue(ignored, 5)).isEmpty();
	}

}
