package se.postboxen.kollegan.consent;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The consent level of many meetings at once, as the dashboard's list shows it: the same
 * level each meeting gets alone, with the tenant and the answers read once for the list.
 */
class ConsentLevelsTests {

	private static final Person ANNA = Person.of("Anna Berg", "anna@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Lund", "erik@kommun-a.example");

	private final Tenant tenant = new Tenant(TenantId.newId(), "kommun-a", "Kommun A", ZoneId.of("Europe/Stockholm"),
			ConsentLevel.PLUS, null);

	private final List<ConsentRecord> answers = new ArrayList<>();

	private final List<String> reads = new ArrayList<>();

	private final Consent consent;

	ConsentLevelsTests() {
		ConsentRecords records = new ConsentRecords() {
			@Override
			public ConsentRecord save(ConsentRecord record) {
				throw new IllegalStateException("no answer is saved here");
			}

			@Override
			public List<ConsentRecord> findByMeeting(TenantId tenantId, MeetingId meetingId) {
				ConsentLevelsTests.this.reads.add("answers of one meeting");
				return ConsentLevelsTests.this.answers.stream()
					.filter(record -> record.tenantId().equals(tenantId) && record.meetingId().equals(meetingId))
					.toList();
			}

			@Override
			public List<ConsentRecord> findByMeetings(TenantId tenantId, Collection<MeetingId> meetingIds) {
				ConsentLevelsTests.this.reads.add("answers of " + meetingIds.size() + " meetings");
				return ConsentLevelsTests.this.answers.stream()
					.filter(record -> record.tenantId().equals(tenantId) && meetingIds.contains(record.meetingId()))
					.toList();
			}
		};
		Tenants tenants = new Tenants() {
			@Override
			public Optional<Tenant> findById(TenantId id) {
				ConsentLevelsTests.this.reads.add("tenant");
				return Optional.of(ConsentLevelsTests.this.tenant).filter(tenant -> tenant.id().equals(id));
			}

			@Override
			public Optional<Tenant> findBySlug(String slug) {
				throw new IllegalStateException("unexpected call");
			}

			@Override
			public Optional<Tenant> findByDirectoryId(String directoryId) {
				throw new IllegalStateException("unexpected call");
			}

			@Override
			public Tenant save(Tenant tenant) {
				throw new IllegalStateException("unexpected call");
			}
		};
		Clock clock = Clock.systemUTC();
		this.consent = new Consent(unused(Meetings.class), records, tenants, List.of(), unused(MeetingBots.class),
				List.of(), unused(MeetingConclusions.class), unused(JobQueue.class), unused(AuditLog.class),
				unused(Transactions.class), new MeetingUpdates(unused(Meetings.class), change -> {
				}, unused(Transactions.class), clock), clock);
	}

	@Test
	void eachMeetingRunsAtTheTenantsLevelUnlessItsOrganiserChoseLowerWithOneReadForTheList() {
		Meeting organiserChoseBas = meeting(ANNA);
		answer(organiserChoseBas, ANNA, ConsentLevel.BAS, ConsentAnswer.ACCEPTED, 1);
		answer(organiserChoseBas, ERIK, ConsentLevel.PLUS, ConsentAnswer.ACCEPTED, 2);
		Meeting participantChoseBas = meeting(ANNA);
		answer(participantChoseBas, ERIK, ConsentLevel.BAS, ConsentAnswer.ACCEPTED, 1);
		Meeting organiserChangedTheirMind = meeting(ANNA);
		answer(organiserChangedTheirMind, ANNA, ConsentLevel.BAS, ConsentAnswer.ACCEPTED, 1);
		answer(organiserChangedTheirMind, ANNA, ConsentLevel.PLUS, ConsentAnswer.ACCEPTED, 5);
		Meeting unanswered = meeting(null);
		List<Meeting> listed = List.of(organiserChoseBas, participantChoseBas, organiserChangedTheirMind, unanswered);

		Map<MeetingId, ConsentLevel> levels = this.consent.levelsFor(this.tenant.id(), listed);

		assertThat(levels).containsOnly(Map.entry(organiserChoseBas.id(), ConsentLevel.BAS),
				Map.entry(participantChoseBas.id(), ConsentLevel.PLUS),
				Map.entry(organiserChangedTheirMind.id(), ConsentLevel.PLUS),
				Map.entry(unanswered.id(), ConsentLevel.PLUS));
		assertThat(this.reads).containsExactly("tenant", "answers of 4 meetings");
		assertThat(listed)
			.allSatisfy(meeting -> assertThat(this.consent.levelFor(meeting)).isEqualTo(levels.get(meeting.id())));
	}

	@Test
	void anEmptyListReadsNothing() {
		assertThat(this.consent.levelsFor(this.tenant.id(), List.of())).isEmpty();
		assertThat(this.reads).isEmpty();
	}

	@Test
	void refusesAnotherTenantsMeeting() {
		Meeting theirs = Meeting.schedule(TenantId.newId(), "Deras möte", null,
				URI.create("https://kommun-b.zoom.us/j/1"), start(), start().plusHours(1), ANNA, List.of(),
				ExternalIds.NONE, 0, null);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.consent.levelsFor(this.tenant.id(), List.of(meeting(ANNA), theirs)));
	}

	private ZonedDateTime start() {
		return ZonedDateTime.of(2026, 11, 24, 13, 0, 0, 0, this.tenant.timeZone());
	}

	private Meeting meeting(@Nullable Person organizer) {
		return Meeting.schedule(this.tenant.id(), "Avstämning", null, URI.create("https://kommun-a.zoom.us/j/1"),
				start(), start().plusHours(1), organizer, List.of(ANNA, ERIK), ExternalIds.NONE, 0, null);
	}

	private void answer(Meeting meeting, Person who, ConsentLevel level, ConsentAnswer answer, int minute) {
		this.answers.add(new ConsentRecord(ConsentRecordId.newId(), this.tenant.id(), meeting.id(), who, level, answer,
				ConsentChannel.TEAMS, meeting.startsAt().plusSeconds(60L * minute)));
	}

	/** A port that must not be touched: any call fails. */
	private static <T> T unused(Class<T> type) {
		return type
			.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
				throw new IllegalStateException("unexpected call: " + method.getName());
			}));
	}

}
