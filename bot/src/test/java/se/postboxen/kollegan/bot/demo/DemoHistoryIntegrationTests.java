package se.postboxen.kollegan.bot.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.consent.Consent;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.insight.InsightScope;
import se.postboxen.kollegan.insight.Insights;
import se.postboxen.kollegan.insight.MeetingCosts;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingConclusions;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingOutcome;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.stakeholder.ProfileFact;
import se.postboxen.kollegan.stakeholder.StakeholderProfile;
import se.postboxen.kollegan.stakeholder.StakeholderProfiles;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.TranscriptSource;
import se.postboxen.kollegan.transcript.Transcripts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's seven weeks before the demo week, as the shared application seeds them on
 * its first start: meetings every week that went through the real use cases (recaps with
 * decisions, actions with owners and dates, some of them done since, stakeholder facts
 * from the Plus meetings only, model costs for some), nothing left scheduled for them,
 * and nothing added by seeding again.
 */
@KolleganIntegrationTest
class DemoHistoryIntegrationTests {

	@Autowired
	DemoData demoData;

	@Autowired
	DemoHistory history;

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	Recaps recaps;

	@Autowired
	Decisions decisions;

	@Autowired
	ActionItems actions;

	@Autowired
	Consent consent;

	@Autowired
	MeetingConclusions conclusions;

	@Autowired
	Transcripts transcripts;

	@Autowired
	StakeholderProfiles profiles;

	@Autowired
	ModelUsages usages;

	@Autowired
	Insights insights;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void historySeeded() throws InterruptedException {
		assertThat(this.history.awaitSeeded(Duration.ofMinutes(3))).isTrue();
	}

	private Tenant tenant(DemoTenant demo) {
		return this.tenants.findBySlug(demo.slug()).orElseThrow();
	}

	private static LocalDate today(Tenant tenant) {
		return LocalDate.ofInstant(Instant.now(), tenant.timeZone());
	}

	/** The demo's own meetings before the demo week, oldest first: not other tests'. */
	private List<Meeting> history(Tenant tenant) {
		Instant weekStart = today(tenant).minusDays(2).atStartOfDay(tenant.timeZone()).toInstant();
		return seeded(tenant, weekStart.minus(Duration.ofDays(60)), weekStart, Set.of());
	}

	/**
	 * The demo's own meetings that are over and were recorded: the history and the week's
	 * two.
	 */
	private List<Meeting> over(Tenant tenant) {
		Instant now = Instant.now();
		return seeded(tenant, now.minus(Duration.ofDays(70)), now, Set.of(MeetingStatus.DONE));
	}

	private List<Meeting> seeded(Tenant tenant, Instant from, Instant to, Set<MeetingStatus> statuses) {
		List<Meeting> found = new ArrayList<>();
		for (int page = 0;; page++) {
			List<Meeting> items = this.meetings
				.search(new MeetingSearch(tenant.id(), from, to, statuses, null, page, MeetingSearch.MAX_PAGE_SIZE))
				.items();
			items.stream().filter(DemoHistoryIntegrationTests::seededByTheDemo).forEach(found::add);
			if (items.size() < MeetingSearch.MAX_PAGE_SIZE) {
				return found;
			}
		}
	}

	private static boolean seededByTheDemo(Meeting meeting) {
		String uid = meeting.externalIds().icalUid();
		return uid != null && uid.startsWith("demo-") && uid.endsWith("@kollegan.example");
	}

	private List<ActionItem> actionsOf(List<Meeting> meetings) {
		return meetings.stream()
			.flatMap(meeting -> this.actions.findByMeeting(meeting.tenantId(), meeting.id()).stream())
			.toList();
	}

	@Test
	void everyOneOfTheSevenWeeksBeforeTheDemoWeekHasTwoToSixMeetingsThatAreOver() {
		for (DemoTenant demo : DemoTenant.values()) {
			Tenant tenant = tenant(demo);
			LocalDate thisMonday = today(tenant).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

			List<Meeting> history = history(tenant);

			Map<LocalDate, Long> perWeek = history.stream()
				.collect(
						Collectors
							.groupingBy(
									meeting -> LocalDate.ofInstant(meeting.startsAt(), tenant.timeZone())
										.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
									Collectors.counting()));
			assertThat(perWeek.keySet()).as(demo.slug())
				.containsExactlyInAnyOrder(thisMonday.minusWeeks(7), thisMonday.minusWeeks(6), thisMonday.minusWeeks(5),
						thisMonday.minusWeeks(4), thisMonday.minusWeeks(3), thisMonday.minusWeeks(2),
						thisMonday.minusWeeks(1));
			assertThat(perWeek.values()).allSatisfy(count -> assertThat(count).isBetween(2L, 6L));
			assertThat(history).allSatisfy(meeting -> assertThat(meeting.status()).isEqualTo(MeetingStatus.DONE));
			assertThat(history.stream().map(Meeting::platform).distinct()).hasSize(4);
			assertThat(history.stream().map(Meeting::organizer).map(Person::email).distinct())
				.hasSizeGreaterThanOrEqualTo(3);
			assertThat(this.consent.levelsFor(tenant.id(), history).values()).contains(ConsentLevel.BAS,
					ConsentLevel.PLUS);
		}
	}

	@Test
	void theMeetingsWereRecappedFromTheirWordsWithDecisionsActionsAndOpenQuestions() {
		Tenant tenant = tenant(DemoTenant.A);
		List<Meeting> history = history(tenant);
		List<Recap> recaps = history.stream()
			.flatMap(meeting -> this.recaps.find(tenant.id(), meeting.id()).stream())
			.toList();

		assertThat(recaps).hasSize(history.size() - 1)
			.allSatisfy(recap -> assertThat(recap.status()).isEqualTo(RecapStatus.READY));
		assertThat(recaps).extracting(Recap::source)
			.contains(TranscriptSource.LIVE, TranscriptSource.PLATFORM, TranscriptSource.UPLOADED);
		assertThat(recaps).extracting(Recap::language).contains("sv", "en");
		assertThat(recaps).filteredOn(recap -> !recap.openQuestions().isEmpty()).hasSizeGreaterThan(recaps.size() / 2);
		// Written a few minutes after each meeting, as the analysis would have.
		assertThat(recaps)
			.allSatisfy(recap -> assertThat(recap.preparedAt()).isBetween(meeting(history, recap.meetingId()).endsAt(),
					meeting(history, recap.meetingId()).endsAt().plus(Duration.ofMinutes(10))));
		assertThat(history).filteredOn(meeting -> !this.decisions.findByMeeting(tenant.id(), meeting.id()).isEmpty())
			.hasSizeGreaterThan(history.size() * 3 / 4);
		// The one Kollegan could not join, and no transcript came for.
		assertThat(history).filteredOn(meeting -> this.recaps.find(tenant.id(), meeting.id()).isEmpty())
			.singleElement()
			.satisfies(meeting -> assertThat(this.conclusions.find(tenant.id(), meeting.id()).orElseThrow().outcome())
				.isEqualTo(MeetingOutcome.NO_TRANSCRIPT));
		// Bas keeps no transcript, Plus does.
		Map<MeetingId, ConsentLevel> levels = this.consent.levelsFor(tenant.id(), history);
		assertThat(recaps).allSatisfy(recap -> assertThat(this.transcripts.find(tenant.id(), recap.meetingId()))
			.as(meeting(history, recap.meetingId()).title())
			.matches(kept -> kept.isPresent() == (levels.get(recap.meetingId()) != ConsentLevel.BAS)));
	}

	private static Meeting meeting(List<Meeting> meetings, MeetingId id) {
		return meetings.stream().filter(meeting -> meeting.id().equals(id)).findFirst().orElseThrow();
	}

	@Test
	void actionsHaveOwnersAndDatesAndMostOfThoseDueHaveBeenAnsweredDone() {
		Tenant tenant = tenant(DemoTenant.A);
		LocalDate today = today(tenant);

		List<ActionItem> actions = actionsOf(history(tenant));

		assertThat(actions).hasSizeGreaterThan(40).allSatisfy(action -> assertThat(action.owner()).isNotNull());
		assertThat(actions).filteredOn(action -> action.due() != null).hasSizeGreaterThan(actions.size() * 3 / 4);
		List<ActionItem> due = actions.stream()
			.filter(action -> action.due() != null && action.due().isBefore(today))
			.toList();
		assertThat(due).filteredOn(action -> action.status() == ActionStatus.DONE)
			.hasSizeGreaterThan(due.size() / 2)
			.hasSizeLessThan(due.size());
		assertThat(actions).extracting(ActionItem::status).contains(ActionStatus.OPEN);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE tenant_id = :tenantId AND action = 'action.done'
				    AND actor_id = 'demo-data'
				""").param("tenantId", tenant.id().value()).query(Long.class).single())
			.as("answered through the use case, which audits the answer")
			.isGreaterThanOrEqualTo(actions.stream().filter(action -> action.status() == ActionStatus.DONE).count());
	}

	@Test
	void stakeholdersHaveFactsFromThePlusMeetingsTheyWereInAndNoneFromBas() {
		Tenant tenant = tenant(DemoTenant.A);
		List<Meeting> history = history(tenant);
		Map<MeetingId, ConsentLevel> levels = this.consent.levelsFor(tenant.id(), history);

		for (Cast someone : List.of(Cast.JONAS, Cast.LENA, Cast.PER, Cast.TOM)) {
			StakeholderProfile profile = this.profiles.profileOf(tenant.id(), someone.in(DemoTenant.A).email(), null)
				.orElseThrow(() -> new AssertionError(someone + " has no profile"));
			assertThat(profile.facts()).as(someone.name()).isNotEmpty();
			assertThat(profile.facts()).extracting(ProfileFact::source)
				.filteredOn(levels::containsKey)
				.isNotEmpty()
				.allSatisfy(source -> assertThat(levels.get(source)).isEqualTo(ConsentLevel.PLUS));
		}
		// She said no to being recorded: nothing is kept about her.
		assertThat(this.profiles.profileOf(tenant.id(), Cast.NADIA.in(DemoTenant.A).email(), null)).isEmpty();
		// Bas meetings say nothing about anyone.
		List<MeetingId> bas = levels.entrySet()
			.stream()
			.filter(level -> level.getValue() == ConsentLevel.BAS)
			.map(Map.Entry::getKey)
			.toList();
		assertThat(bas).isNotEmpty();
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM stakeholder_fact WHERE tenant_id = :tenantId AND meeting_id IN (:meetings)")
			.param("tenantId", tenant.id().value())
			.param("meetings", bas.stream().map(MeetingId::value).toList())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void someRecapsWereWrittenByAModelAndCostMoneyAndTheOthersByTheOfflineExtractorForNothing() {
		Tenant tenant = tenant(DemoTenant.A);
		List<Meeting> history = history(tenant);

		List<Meeting> byModel = history.stream()
			.filter(meeting -> !this.usages.of(tenant.id(), meeting.id()).isEmpty())
			.toList();

		assertThat(byModel).hasSizeBetween(5, history.size() - 5);
		assertThat(byModel).allSatisfy(meeting -> assertThat(this.usages.of(tenant.id(), meeting.id()))
			.allSatisfy(usage -> assertThat(usage.costSek()).isPositive()));
		Instant from = history.get(0).startsAt();
		MeetingCosts costs = this.insights.costs(
				new InsightScope(tenant.id(), null, from, history.get(history.size() - 1).endsAt(), tenant.timeZone()),
				50);
		assertThat(costs.withModel()).isGreaterThanOrEqualTo(byModel.size());
		assertThat(costs.meetings()).isGreaterThan(costs.withModel());
		assertThat(costs.totalSek()).isPositive();
	}

	@Test
	void nothingIsLeftScheduledForThePastNoMailNoNudgeNoChatMessage() {
		for (DemoTenant demo : DemoTenant.values()) {
			Tenant tenant = tenant(demo);
			List<Meeting> history = over(tenant);
			assertThat(history).extracting(Meeting::title).contains("Styrgruppsmöte digitalisering");
			List<String> owners = new ArrayList<>();
			history.forEach(meeting -> {
				owners.add("meeting:" + meeting.id().value());
				owners.add("prebrief:" + meeting.id().value());
			});
			actionsOf(history).forEach(action -> owners.add("action:" + action.id().value()));

			Map<String, Long> jobs = this.jdbc.sql("""
					SELECT status, count(*) AS jobs FROM agent_job WHERE owner IN (:owners) GROUP BY status
					""")
				.param("owners", owners)
				.query((rs, row) -> Map.entry(rs.getString("status"), rs.getLong("jobs")))
				.list()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

			// What the use cases queued (chat notices, post-brief mails, nudges) was
			// cancelled unrun.
			assertThat(jobs).as(demo.slug()).containsOnlyKeys("CANCELLED");
			assertThat(this.jdbc.sql("""
					SELECT count(*) FROM scheduled_tasks s JOIN agent_job j ON s.task_instance = j.id::text
					WHERE j.owner IN (:owners)
					""").param("owners", owners).query(Long.class).single()).isZero();
			assertThat(this.jdbc
				.sql("""
						SELECT count(*) FROM mail_outbox WHERE tenant_id = :tenantId
						    AND EXISTS (SELECT 1 FROM unnest(CAST(:titles AS text[])) AS t(title) WHERE strpos(subject, t.title) > 0)
						""")
				.param("tenantId", tenant.id().value())
				.param("titles", history.stream().map(Meeting::title).distinct().toArray(String[]::new))
				.query(Long.class)
				.single()).as("mails about them").isZero();
		}
	}

	@Test
	void seedingAgainOnTheSameDataAddsNothing() throws Exception {
		Map<String, Long> before = counts();

		this.demoData.run(new DefaultApplicationArguments());
		for (DemoTenant demo : DemoTenant.values()) {
			assertThat(this.history.seed(tenant(demo), demo)).isZero();
		}

		assertThat(counts()).isEqualTo(before);
	}

	/**
	 * What the demo's own meetings have in every table the seeding writes; other tests'
	 * meetings, recapped meanwhile by the job queue, are not counted.
	 */
	private Map<String, Long> counts() {
		String demoMeetings = "SELECT m.id FROM meeting m WHERE m.tenant_id IN (:tenants) "
				+ "AND m.ical_uid LIKE 'demo-%@kollegan.example'";
		List<UUID> tenants = List.of(DemoTenant.A.id().value(), DemoTenant.B.id().value());
		Map<String, Long> counts = new TreeMap<>();
		counts.put("meeting",
				this.jdbc.sql("SELECT count(*) FROM (" + demoMeetings + ") d")
					.param("tenants", tenants)
					.query(Long.class)
					.single());
		for (String table : List.of("recap", "decision", "action_item", "consent_record", "transcript", "brief",
				"stakeholder_fact", "model_usage", "meeting_conclusion")) {
			counts.put(table,
					this.jdbc.sql("SELECT count(*) FROM " + table + " WHERE meeting_id IN (" + demoMeetings + ")")
						.param("tenants", tenants)
						.query(Long.class)
						.single());
		}
		counts.put("stakeholder",
				this.jdbc
					.sql("SELECT count(DISTINCT stakeholder_id) FROM stakeholder_fact " + "WHERE meeting_id IN ("
							+ demoMeetings + ")")
					.param("tenants", tenants)
					.query(Long.class)
					.single());
		counts.put("agent_job",
				this.jdbc
					.sql("SELECT count(*) FROM agent_job WHERE owner IN (SELECT 'meeting:' || id " + "FROM ("
							+ demoMeetings + ") d)")
					.param("tenants", tenants)
					.query(Long.class)
					.single());
		return counts;
	}

}
