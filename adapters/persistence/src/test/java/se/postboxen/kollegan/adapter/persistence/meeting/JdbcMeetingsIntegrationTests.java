package se.postboxen.kollegan.adapter.persistence.meeting;

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
import se.postboxen.kollegan.meeting.ConcurrentMeetingUpdateException;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingPage;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.meeting.Platform;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@StoreIntegrationTest
class JdbcMeetingsIntegrationTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	@Autowired
	Meetings meetings;

	@Autowired
	Tenants tenants;

	TenantId tenant;

	ZonedDateTime base;

	@BeforeEach
	void newTenant() {
		this.tenant = TestTenants.create(this.tenants);
		this.base = ZonedDateTime.now(STOCKHOLM).truncatedTo(ChronoUnit.HOURS).plusDays(1);
	}

	private Meeting meeting(TenantId tenantId, String title, ZonedDateTime start) {
		return Meeting.schedule(tenantId, title, null, URI.create("https://kommun-a.zoom.us/j/123?pwd=x"), start,
				start.plusMinutes(45), Person.of("Anna Berg", "anna@kommun-a.example"),
				List.of(Person.of("Anna Berg", "anna@kommun-a.example"),
						Person.of("Erik Lund", "erik@kommun-a.example"), Person.of("Gäst", null)),
				new ExternalIds("uid-" + title, null), 0, null);
	}

	@Test
	void roundTripsEveryFieldOfAMeeting() {
		Meeting saved = this.meetings.save(meeting(this.tenant, "Budgetmöte", this.base));

		Meeting found = this.meetings.findById(this.tenant, saved.id()).orElseThrow();

		assertThat(found.title()).isEqualTo("Budgetmöte");
		assertThat(found.platform()).isEqualTo(Platform.ZOOM);
		assertThat(found.joinUrl()).isEqualTo(URI.create("https://kommun-a.zoom.us/j/123?pwd=x"));
		assertThat(found.startsAt()).isEqualTo(this.base.toInstant());
		assertThat(found.endsAt()).isEqualTo(this.base.plusMinutes(45).toInstant());
		assertThat(found.timeZone()).isEqualTo(STOCKHOLM);
		assertThat(found.organizer()).isEqualTo(Person.of("Anna Berg", "anna@kommun-a.example"));
		assertThat(found.participants()).extracting(Person::name).containsExactly("Anna Berg", "Erik Lund", "Gäst");
		assertThat(found.externalIds().icalUid()).isEqualTo("uid-Budgetmöte");
		assertThat(found.status()).isEqualTo(MeetingStatus.SCHEDULED);
		assertThat(found.version()).isEqualTo(1);
	}

	@Test
	void anotherTenantsMeetingIsNotFound() {
		Meeting saved = this.meetings.save(meeting(this.tenant, "Hemligt", this.base));
		TenantId other = TestTenants.create(this.tenants);

		assertThat(this.meetings.findById(other, saved.id())).isEmpty();
		assertThat(this.meetings.count(other)).isZero();
		assertThat(this.meetings
			.search(new MeetingSearch(other, this.base.toInstant().minusSeconds(60),
					this.base.toInstant().plusSeconds(60), Set.of(), null, 0, 10))
			.items()).isEmpty();
	}

	@Test
	void storesStatusChangesAndRejectsAStaleWrite() {
		Meeting saved = this.meetings.save(meeting(this.tenant, "Möte", this.base));
		Meeting first = this.meetings.findById(this.tenant, saved.id()).orElseThrow();
		Meeting second = this.meetings.findById(this.tenant, saved.id()).orElseThrow();

		first.markJoining();
		this.meetings.save(first);
		second.cancel();

		assertThatExceptionOfType(ConcurrentMeetingUpdateException.class).isThrownBy(() -> this.meetings.save(second));
		assertThat(this.meetings.findById(this.tenant, saved.id()).orElseThrow().status())
			.isEqualTo(MeetingStatus.JOINING);
	}

	@Test
	void searchesAWindowByStartTimeInPagesAndByStatus() {
		for (int i = 0; i < 5; i++) {
			this.meetings.save(meeting(this.tenant, "Möte " + i, this.base.plusHours(i)));
		}
		Meeting outside = this.meetings.save(meeting(this.tenant, "Senare", this.base.plusDays(10)));
		Meeting joining = this.meetings
			.findById(this.tenant, this.meetings.save(meeting(this.tenant, "Pågår", this.base.plusMinutes(30))).id())
			.orElseThrow();
		joining.markJoining();
		this.meetings.save(joining);
		Instant from = this.base.toInstant();
		Instant to = this.base.plusDays(7).toInstant();

		MeetingPage first = this.meetings.search(new MeetingSearch(this.tenant, from, to, Set.of(), null, 0, 4));
		MeetingPage second = this.meetings.search(new MeetingSearch(this.tenant, from, to, Set.of(), null, 1, 4));
		MeetingPage onlyJoining = this.meetings
			.search(new MeetingSearch(this.tenant, from, to, Set.of(MeetingStatus.JOINING), null, 0, 10));

		assertThat(first.totalItems()).isEqualTo(6);
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(first.items()).extracting(Meeting::title).containsExactly("Möte 0", "Pågår", "Möte 1", "Möte 2");
		assertThat(second.items()).extracting(Meeting::title).containsExactly("Möte 3", "Möte 4");
		assertThat(first.items()).noneMatch(m -> m.id().equals(outside.id()));
		assertThat(onlyJoining.items()).extracting(Meeting::title).containsExactly("Pågår");
		assertThat(this.meetings.count(this.tenant)).isEqualTo(7);
	}

	@Test
	void aSearchReadsEachMeetingWhollyAsFindingItByIdDoes() {
		Meeting series = this.meetings.save(Meeting.schedule(this.tenant, "Veckomöte", Platform.TEAMS,
				URI.create("https://teams.microsoft.com/l/meetup-join/abc"), this.base, this.base.plusHours(1),
				Person.of("Anna Berg", "anna@kommun-a.example"),
				List.of(Person.of(null, "erik@kommun-a.example"), Person.of("Gäst", null),
						Person.of("Maja Berg", "maja@kommun-a.example")),
				new ExternalIds("uid-serie", "19:meeting_abc", this.base.toInstant()), 2,
				EmailAddress.of("maja@kommun-a.example")));
		Meeting joining = this.meetings.findById(this.tenant, series.id()).orElseThrow();
		joining.markJoining();
		this.meetings.save(joining);
		Meeting bare = this.meetings.save(Meeting.schedule(this.tenant, "Utan deltagare", null,
				URI.create("https://meet.google.com/abc-defg-hij"), this.base.plusHours(2), this.base.plusHours(3),
				null, List.of(), ExternalIds.NONE, 0, null));

		List<Meeting> found = this.meetings
			.search(new MeetingSearch(this.tenant, this.base.toInstant(), this.base.plusDays(1).toInstant(), Set.of(),
					null, 0, 10))
			.items();

		assertThat(found).extracting(Meeting::id).containsExactly(series.id(), bare.id());
		assertThat(found.get(0)).usingRecursiveComparison()
			.isEqualTo(this.meetings.findById(this.tenant, series.id()).orElseThrow());
		assertThat(found.get(0).participants()).extracting(Person::name).containsExactly(null, "Gäst", "Maja Berg");
		assertThat(found.get(0).status()).isEqualTo(MeetingStatus.JOINING);
		assertThat(found.get(1)).usingRecursiveComparison()
			.isEqualTo(this.meetings.findById(this.tenant, bare.id()).orElseThrow());
	}

	@Test
	void findsOnlyTheMeetingsThatConcernAPerson() {
		Meeting erikTakesPart = this.meetings.save(meeting(this.tenant, "Med Erik", this.base));
		Meeting scheduledByMaja = this.meetings.save(Meeting.schedule(this.tenant, "Majas", null,
				URI.create("https://meet.google.com/abc-defg-hij"), this.base.plusHours(1), this.base.plusHours(2),
				null, List.of(), ExternalIds.NONE, 0, EmailAddress.of("maja@kommun-a.example")));
		Instant from = this.base.toInstant();
		Instant to = this.base.plusDays(1).toInstant();

		assertThat(this.meetings
			.search(new MeetingSearch(this.tenant, from, to, Set.of(), EmailAddress.of("erik@kommun-a.example"), 0, 10))
			.items()).extracting(Meeting::id).containsExactly(erikTakesPart.id());
		assertThat(this.meetings
			.search(new MeetingSearch(this.tenant, from, to, Set.of(), EmailAddress.of("maja@kommun-a.example"), 0, 10))
			.items()).extracting(Meeting::id).containsExactly(scheduledByMaja.id());
		assertThat(this.meetings
			.search(new MeetingSearch(this.tenant, from, to, Set.of(), EmailAddress.of("anna@kommun-a.example"), 0, 10))
			.totalItems()).isEqualTo(1);
		assertThat(this.meetings.findById(this.tenant, scheduledByMaja.id()).orElseThrow().scheduledBy())
			.isEqualTo(EmailAddress.of("maja@kommun-a.example"));
	}

}
