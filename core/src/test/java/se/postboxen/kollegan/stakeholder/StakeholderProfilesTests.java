package se.postboxen.kollegan.stakeholder;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.attendance.MeetingBots;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.consent.ConsentRecordId;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.invite.VerifiedDomains;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.module.InMemoryTenantModules;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleOffLog;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.TranscriptSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a published recap says about people: only at Plus or Juridik, never about someone
 * who declined, each fact from the meeting it came from.
 */
class StakeholderProfilesTests {

	private static final Person ANNA = Person.of("Anna Lind", "anna.lind@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Berg", "erik.berg@kommun-a.example");

	private static final Person JONAS = Person.of("Jonas Wik", "jonas.wik@leverantor.example");

	private static final Person PRIVATE = Person.of("Lisa Ek", "lisa.ek@gmail.com");

	private final Tenant tenant = new Tenant(TenantId.newId(), "kommun-a", "Kommun A", ZoneId.of("Europe/Stockholm"),
			ConsentLevel.PLUS, null);

	private final List<ConsentRecord> answers = new ArrayList<>();

	private final Map<MeetingId, Recap> recaps = new HashMap<>();

	private final List<ActionItem> actions = new ArrayList<>();

	private final InMemoryStakeholders stakeholders = new InMemoryStakeholders();

	private final InMemoryTenantModules modules = new InMemoryTenantModules().on(this.tenant.id(),
			Module.STAKEHOLDER_INSIGHTS);

	private final StakeholderProfiles profiles;

	StakeholderProfilesTests() {
		Clock clock = Clock.systemUTC();
		ConsentRecords records = new ConsentRecords() {
			@Override
			public ConsentRecord save(ConsentRecord record) {
				StakeholderProfilesTests.this.answers.add(record);
				return record;
			}

			@Override
			public List<ConsentRecord> findByMeeting(TenantId tenantId, MeetingId meetingId) {
				return StakeholderProfilesTests.this.answers.stream()
					.filter(record -> record.meetingId().equals(meetingId))
					.toList();
			}

			@Override
			public List<ConsentRecord> findByMeetings(TenantId tenantId, Collection<MeetingId> meetingIds) {
				return StakeholderProfilesTests.this.answers.stream()
					.filter(record -> meetingIds.contains(record.meetingId()))
					.toList();
			}
		};
		Tenants tenants = port(Tenants.class, (method, args) -> method.equals("findById")
				? Optional.of(this.tenant).filter(known -> known.id().equals(args[0])) : null);
		Consent consent = new Consent(port(Meetings.class, null), records, tenants, List.of(),
				port(MeetingBots.class, null), List.of(), port(MeetingConclusions.class, null),
				port(JobQueue.class, null), port(AuditLog.class, null), port(Transactions.class, null),
				new MeetingUpdates(port(Meetings.class, null), change -> {
				}, port(Transactions.class, null), clock), clock);
		Recaps recaps = port(Recaps.class,
				(method, args) -> method.equals("find") ? Optional.ofNullable(this.recaps.get(args[1])) : null);
		ActionItems actions = port(ActionItems.class, (method, args) -> method.equals("findByMeeting")
				? this.actions.stream().filter(action -> action.meetingId().equals(args[1])).toList() : null);
		VerifiedDomains domains = port(VerifiedDomains.class, (method, args) -> switch (method) {
			case "isVerified" -> "kommun-a.example".equals(args[1]);
			case "list" -> List.of("kommun-a.example");
			default -> null;
		});
		this.profiles = new StakeholderProfiles(this.stakeholders, consent, recaps, actions, tenants, domains,
				this.modules);
	}

	interface Answer {

		@Nullable Object answer(String method, Object[] args);

	}

	/**
	 * A port answering the calls a test expects; any other call fails, as a store that
	 * must not be touched.
	 */
	@SuppressWarnings("unchecked")
	private static <T> T port(Class<T> type, @Nullable Answer answer) {
		return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (proxy, method, args) -> {
			Object result = (answer != null) ? answer.answer(method.getName(), args) : null;
			if (result == null) {
				throw new IllegalStateException("unexpected call: " + method.getName());
			}
			return result;
		});
	}

	private Meeting meeting(Person... participants) {
		ZonedDateTime start = ZonedDateTime.of(2026, 11, 24, 13, 0, 0, 0, this.tenant.timeZone());
		Meeting meeting = Meeting.schedule(this.tenant.id(), "Avstämning e-arkiv", null,
				URI.create("https://kommun-a.zoom.us/j/1"), start, start.plusHours(1), ANNA, List.of(participants),
				ExternalIds.NONE, 0, null);
		this.recaps.put(meeting.id(),
				new Recap(this.tenant.id(), meeting.id(), RecapStatus.READY, "sv", TranscriptSource.LIVE,
						"Leverantören visade exportformatet.", List.of("arkivformat", "budget"), List.of(),
						meeting.endsAt()));
		return meeting;
	}

	private void answer(Meeting meeting, Person who, ConsentLevel level, ConsentAnswer answer) {
		this.answers.add(new ConsentRecord(ConsentRecordId.newId(), this.tenant.id(), meeting.id(), who, level, answer,
				ConsentChannel.TEAMS, meeting.startsAt().plusSeconds(60)));
	}

	private ActionItem action(Meeting meeting, String text, Person owner) {
		ActionItem action = ActionItem.open(this.tenant.id(), meeting.id(), text, owner, null, null,
				new Confidence(0.9), false);
		this.actions.add(action);
		return action;
	}

	private Stakeholder stakeholder(Person person) {
		return this.stakeholders.findByEmail(this.tenant.id(), person.email()).orElseThrow();
	}

	@Test
	void aPlusMeetingGivesEveryoneInItTheirMeetingTopicsAndOwnCommitments() {
		Meeting meeting = meeting(ERIK, JONAS);
		ActionItem jonasAction = action(meeting, "Ta fram exportformat", JONAS);
		action(meeting, "Boka lokal", ERIK).cancel();

		this.profiles.published(meeting, meeting.endsAt());

		assertThat(this.stakeholders.findAll(this.tenant.id())).extracting(Stakeholder::email)
			.containsExactlyInAnyOrder(ANNA.email(), ERIK.email(), JONAS.email());
		List<StakeholderFact> facts = this.stakeholders.facts.get(meeting.id());
		assertThat(facts).filteredOn(fact -> fact.stakeholderId().equals(stakeholder(JONAS).id()))
			.containsExactlyInAnyOrder(StakeholderFact.attended(stakeholder(JONAS).id()),
					StakeholderFact.topic(stakeholder(JONAS).id(), "arkivformat"),
					StakeholderFact.topic(stakeholder(JONAS).id(), "budget"),
					StakeholderFact.commitment(stakeholder(JONAS).id(), jonasAction.id()));
		assertThat(facts).filteredOn(fact -> fact.stakeholderId().equals(stakeholder(ERIK).id()))
			.extracting(StakeholderFact::kind)
			.containsExactlyInAnyOrder(FactKind.ATTENDED, FactKind.TOPIC, FactKind.TOPIC);
		assertThat(stakeholder(JONAS).lastSeenAt()).isEqualTo(meeting.startsAt());
	}

	@Test
	void theOrganisationIsTheTenantForItsOwnDomainsTheDomainOtherwiseAndNoneForPersonalMail() {
		Meeting meeting = meeting(JONAS, PRIVATE);

		this.profiles.published(meeting, meeting.endsAt());

		assertThat(stakeholder(ANNA).organisation()).isEqualTo("Kommun A");
		assertThat(stakeholder(JONAS).organisation()).isEqualTo("leverantor.example");
		assertThat(stakeholder(PRIVATE).organisation()).isNull();
		assertThat(this.profiles.ownOrganisation(this.tenant.id()).test(ANNA.email())).isTrue();
		assertThat(this.profiles.ownOrganisation(this.tenant.id()).test(JONAS.email())).isFalse();
	}

	@Test
	void aMeetingAtBasSaysNothingAboutAnyone() {
		Meeting meeting = meeting(ERIK, JONAS);
		answer(meeting, ANNA, ConsentLevel.BAS, ConsentAnswer.ACCEPTED);
		action(meeting, "Ta fram exportformat", JONAS);

		this.profiles.published(meeting, meeting.endsAt());

		assertThat(this.stakeholders.findAll(this.tenant.id())).isEmpty();
		assertThat(this.stakeholders.facts).containsEntry(meeting.id(), List.of());
	}

	@Test
	void nothingIsKeptAboutSomeoneWhoDeclinedByAddressOrUnderTheirName() {
		Meeting meeting = meeting(ERIK, JONAS);
		answer(meeting, ERIK, ConsentLevel.PLUS, ConsentAnswer.DECLINED);
		// A chat answer comes with the display name only.
		answer(meeting, new Person("jonas wik", null), ConsentLevel.PLUS, ConsentAnswer.DECLINED);
		answer(meeting, ANNA, ConsentLevel.JURIDIK, ConsentAnswer.ACCEPTED);
		action(meeting, "Skicka prisbilaga", ERIK);

		this.profiles.published(meeting, meeting.endsAt());

		assertThat(this.stakeholders.findAll(this.tenant.id())).extracting(Stakeholder::email)
			.containsExactly(ANNA.email());
		assertThat(this.stakeholders.facts.get(meeting.id()))
			.allSatisfy(fact -> assertThat(fact.stakeholderId()).isEqualTo(stakeholder(ANNA).id()));
	}

	@Test
	void aLaterAnswerCountsOverAnEarlierNo() {
		Meeting meeting = meeting(ERIK);
		answer(meeting, ERIK, ConsentLevel.PLUS, ConsentAnswer.DECLINED);
		this.answers
			.add(new ConsentRecord(ConsentRecordId.newId(), this.tenant.id(), meeting.id(), ERIK, ConsentLevel.PLUS,
					ConsentAnswer.ACCEPTED, ConsentChannel.TEAMS, meeting.startsAt().plus(Duration.ofMinutes(5))));

		this.profiles.published(meeting, meeting.endsAt());

		assertThat(this.stakeholders.findByEmail(this.tenant.id(), ERIK.email())).isPresent();
	}

	@Test
	void withStakeholderInsightsOffARecapAddsNothingAndTakesNothingAway() {
		Meeting earlier = meeting(JONAS);
		this.profiles.published(earlier, earlier.endsAt());
		List<StakeholderFact> kept = this.stakeholders.facts.get(earlier.id());
		Meeting later = meeting(ERIK);
		this.modules.off(this.tenant.id(), Module.STAKEHOLDER_INSIGHTS);

		try (ModuleOffLog log = new ModuleOffLog()) {
			this.profiles.published(later, later.endsAt());
			// Published again (a recap rewritten) while off: the facts it gave stay.
			this.profiles.published(earlier, earlier.endsAt());

			assertThat(log.lines()).hasSize(2)
				.allSatisfy(line -> assertThat(line).contains(this.tenant.id().toString(),
						"the module stakeholder-insights is off"));
		}
		assertThat(this.stakeholders.findByEmail(this.tenant.id(), ERIK.email())).isEmpty();
		assertThat(this.stakeholders.facts).doesNotContainKey(later.id()).containsEntry(earlier.id(), kept);

		this.modules.on(this.tenant.id(), Module.STAKEHOLDER_INSIGHTS);
		this.profiles.published(later, later.endsAt());
		assertThat(this.stakeholders.findByEmail(this.tenant.id(), ERIK.email())).isPresent();
	}

	@Test
	void aPreBriefShowsNoProfileWhileStakeholderInsightsAreOff() {
		Meeting meeting = meeting(JONAS);
		this.profiles.published(meeting, meeting.endsAt());
		this.stakeholders.profileFacts.put(stakeholder(JONAS).id(), List.of(new ProfileFact(FactKind.ATTENDED,
				meeting.title(), null, null, meeting.id(), meeting.title(), meeting.startsAt())));

		assertThat(this.profiles.forBrief(this.tenant.id(), JONAS.email(), null)).isPresent();
		this.modules.off(this.tenant.id(), Module.STAKEHOLDER_INSIGHTS);
		assertThat(this.profiles.forBrief(this.tenant.id(), JONAS.email(), null)).isEmpty();
		// What is kept about a person stays theirs to see.
		assertThat(this.profiles.profileOf(this.tenant.id(), JONAS.email(), JONAS.email())).isPresent();
	}

	/**
	 * Stakeholders and the facts each meeting last gave, as the real store keeps them;
	 * what a profile shows is set by the test that reads one.
	 */
	static final class InMemoryStakeholders implements Stakeholders {

		final Map<StakeholderId, Stakeholder> stored = new HashMap<>();

		final Map<MeetingId, List<StakeholderFact>> facts = new HashMap<>();

		final Map<StakeholderId, List<ProfileFact>> profileFacts = new HashMap<>();

		@Override
		public Stakeholder save(Stakeholder stakeholder) {
			this.stored.put(stakeholder.id(), stakeholder);
			return stakeholder;
		}

		@Override
		public Optional<Stakeholder> findById(TenantId tenantId, StakeholderId id) {
			return Optional.ofNullable(this.stored.get(id)).filter(found -> found.tenantId().equals(tenantId));
		}

		@Override
		public Optional<Stakeholder> findByEmail(TenantId tenantId, EmailAddress email) {
			return this.stored.values()
				.stream()
				.filter(found -> found.tenantId().equals(tenantId) && found.email().equals(email))
				.findFirst();
		}

		@Override
		public List<Stakeholder> findAll(TenantId tenantId) {
			return this.stored.values().stream().filter(found -> found.tenantId().equals(tenantId)).toList();
		}

		@Override
		public void replaceFacts(TenantId tenantId, MeetingId meetingId, List<StakeholderFact> facts) {
			this.facts.put(meetingId, List.copyOf(facts));
		}

		@Override
		public List<ProfileFact> facts(TenantId tenantId, StakeholderId id, @Nullable EmailAddress concerning) {
			return this.profileFacts.getOrDefault(id, List.of());
		}

		@Override
		public StakeholderPage page(TenantId tenantId, @Nullable EmailAddress concerning, int page, int size) {
			throw new UnsupportedOperationException("not read when building");
		}

	}

}
