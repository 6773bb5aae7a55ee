package se.postboxen.kollegan.adapter.persistence.consent;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.consent.ConsentRecordId;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers of a whole list of meetings, read at once for the dashboard. */
@StoreIntegrationTest
class JdbcConsentRecordsIntegrationTests {

	@Autowired
	ConsentRecords records;

	@Autowired
	Meetings meetings;

	@Autowired
	Tenants tenants;

	TenantId tenant;

	Instant now;

	@BeforeEach
	void newTenant() {
		this.tenant = TestTenants.create(this.tenants);
		this.now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
	}

	private MeetingId meeting(TenantId tenantId) {
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).minusHours(1);
		return this.meetings
			.save(Meeting.schedule(tenantId, "Avstämning", null, URI.create("https://meet.google.com/abc-defg-hij"),
					start, start.plusHours(1), null, List.of(), ExternalIds.NONE, 0, null))
			.id();
	}

	private ConsentRecord answer(TenantId tenantId, MeetingId meeting, Person who, ConsentAnswer answer, int minutes) {
		return this.records.save(new ConsentRecord(ConsentRecordId.newId(), tenantId, meeting, who, ConsentLevel.PLUS,
				answer, ConsentChannel.TEAMS, this.now.plusSeconds(60L * minutes)));
	}

	@Test
	void readsTheAnswersOfEveryMeetingAskedForOldestFirst() {
		MeetingId first = meeting(this.tenant);
		MeetingId second = meeting(this.tenant);
		MeetingId unanswered = meeting(this.tenant);
		MeetingId notListed = meeting(this.tenant);
		ConsentRecord anna = answer(this.tenant, first, Person.of("Anna Berg", "anna@kommun-a.example"),
				ConsentAnswer.ACCEPTED, 2);
		ConsentRecord erik = answer(this.tenant, first, Person.of("Erik Lund", "erik@kommun-a.example"),
				ConsentAnswer.ACCEPTED, 1);
		ConsentRecord guest = answer(this.tenant, second, Person.of("Gäst", null), ConsentAnswer.ACCEPTED, 0);
		ConsentRecord changedMind = answer(this.tenant, second, Person.of("Gäst", null), ConsentAnswer.DECLINED, 3);
		answer(this.tenant, notListed, Person.of("Maja Berg", "maja@kommun-a.example"), ConsentAnswer.ACCEPTED, 0);

		assertThat(this.records.findByMeetings(this.tenant, List.of(first, second, unanswered))).containsExactly(guest,
				erik, anna, changedMind);
		assertThat(this.records.findByMeetings(this.tenant, List.of())).isEmpty();
	}

	@Test
	void anotherTenantsAnswersAreNotReadHere() {
		TenantId other = TestTenants.create(this.tenants);
		MeetingId theirs = meeting(other);
		answer(other, theirs, Person.of("Karin Sjö", "karin@kommun-b.example"), ConsentAnswer.ACCEPTED, 0);

		assertThat(this.records.findByMeetings(this.tenant, List.of(theirs))).isEmpty();
		assertThat(this.records.findByMeetings(other, List.of(theirs))).hasSize(1);
	}

}
