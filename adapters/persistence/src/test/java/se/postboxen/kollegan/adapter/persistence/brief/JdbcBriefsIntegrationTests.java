package se.postboxen.kollegan.adapter.persistence.brief;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.brief.Brief;
import se.postboxen.kollegan.brief.BriefId;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.brief.EarlierMeetings;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A brief saved again is the same brief brought up to date; the earlier meetings a
 * pre-brief looks back on are the latest ones done, of the series or with the people.
 */
@StoreIntegrationTest
class JdbcBriefsIntegrationTests {

	private static final Person ASTRID = Person.of("Astrid Ek", "astrid.ek@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	private static final Person JONAS = Person.of("Jonas Wik", "jonas.wik@leverantor.example");

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	Briefs briefs;

	@Autowired
	EarlierMeetings earlierMeetings;

	TenantId tenant;

	final ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).truncatedTo(ChronoUnit.SECONDS);

	@BeforeEach
	void tenant() {
		this.tenant = TestTenants.create(this.tenants);
	}

	private Meeting meeting(String uid, ZonedDateTime start, Person organizer, List<Person> participants,
			boolean done) {
		Meeting meeting = Meeting.schedule(this.tenant, "Möte " + start.toLocalDate(), null,
				URI.create("https://kommun-a.zoom.us/j/" + System.nanoTime()), start, start.plusHours(1), organizer,
				participants, new ExternalIds(uid, null), 0, null);
		if (done) {
			meeting.degradeToPostMeetingAnalysis();
			meeting.startPostProcessing();
			meeting.markDone();
		}
		return this.meetings.save(meeting);
	}

	@Test
	void savingABriefAgainReplacesItsContent() {
		Meeting meeting = meeting(null, this.now, ASTRID, List.of(), false);
		BriefId id = BriefId.newId();
		Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.briefs.save(new Brief(id, this.tenant, meeting.id(), BriefKind.POST, "sv", "Första", first));

		Brief again = this.briefs
			.save(new Brief(id, this.tenant, meeting.id(), BriefKind.POST, "sv", "Andra", first.plusSeconds(60)));

		assertThat(this.briefs.findByMeeting(this.tenant, meeting.id())).containsExactly(again);
	}

	@Test
	void aBriefIdCannotBeTakenOverByAnotherMeeting() {
		Meeting meeting = meeting(null, this.now, ASTRID, List.of(), false);
		Meeting other = meeting(null, this.now.plusDays(1), ASTRID, List.of(), false);
		BriefId id = BriefId.newId();
		this.briefs.save(new Brief(id, this.tenant, meeting.id(), BriefKind.PRE, "sv", "Ursprunglig", Instant.now()));

		assertThatIllegalStateException().isThrownBy(() -> this.briefs
			.save(new Brief(id, this.tenant, other.id(), BriefKind.PRE, "sv", "Kapad", Instant.now())));
		assertThat(this.briefs.findByMeeting(this.tenant, meeting.id())).extracting(Brief::content)
			.containsExactly("Ursprunglig");
	}

	@Test
	void earlierMeetingsAreTheLatestDoneOfTheSeriesOrWithThePeopleNewestFirst() {
		MeetingId series = meeting("serie@kommun-a.example", this.now.minusDays(21), ASTRID, List.of(), true).id();
		MeetingId withJonas = meeting(null, this.now.minusDays(7), ASTRID, List.of(JONAS), true).id();
		MeetingId jonasOrganised = meeting(null, this.now.minusDays(3), JONAS, List.of(ASTRID), true).id();
		meeting(null, this.now.minusDays(2), ASTRID, List.of(JONAS), false);
		meeting(null, this.now.minusDays(1), ASTRID, List.of(ERIK), true);
		meeting(null, this.now.plusDays(7), ASTRID, List.of(JONAS), true);

		List<MeetingId> all = this.earlierMeetings.find(this.tenant, this.now.toInstant(), "serie@kommun-a.example",
				Set.of(JONAS.email()), null, 10);
		List<MeetingId> latestTwo = this.earlierMeetings.find(this.tenant, this.now.toInstant(),
				"serie@kommun-a.example", Set.of(JONAS.email()), null, 2);

		assertThat(all).containsExactly(jonasOrganised, withJonas, series);
		assertThat(latestTwo).containsExactly(jonasOrganised, withJonas);
		assertThat(this.earlierMeetings.find(this.tenant, this.now.toInstant(), null, Set.of(), null, 10)).isEmpty();
		assertThat(this.earlierMeetings.find(TestTenants.create(this.tenants), this.now.toInstant(),
				"serie@kommun-a.example", Set.of(JONAS.email()), null, 10))
			.isEmpty();
	}

	@Test
	void earlierMeetingsAreOnlyThoseThatConcernTheReader() {
		MeetingId erikWasThere = meeting(null, this.now.minusDays(7), ASTRID, List.of(JONAS, ERIK), true).id();
		meeting(null, this.now.minusDays(3), ASTRID, List.of(JONAS), true);

		assertThat(this.earlierMeetings.find(this.tenant, this.now.toInstant(), null, Set.of(JONAS.email()),
				EmailAddress.of("erik.lund@kommun-a.example"), 10))
			.containsExactly(erikWasThere);
	}

}
