package se.postboxen.kollegan.adapter.persistence.insight;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.adapter.persistence.StoreIntegrationTest;
import se.postboxen.kollegan.adapter.persistence.TestTenants;
import se.postboxen.kollegan.insight.InsightScope;
import se.postboxen.kollegan.insight.Insights;
import se.postboxen.kollegan.insight.MeetingCost;
import se.postboxen.kollegan.insight.MeetingCosts;
import se.postboxen.kollegan.insight.WeeklyFigures;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.offboarding.PersonalData;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.transcript.TranscriptSource;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insights' figures counted by Postgres: meetings and their actions per week of the
 * tenant's calendar, model costs per meeting with totals over more meetings than are
 * listed, each seen as a member sees meetings and never across tenants.
 */
@StoreIntegrationTest
class JdbcInsightsIntegrationTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Person ASTRID = Person.of("Astrid Ek", "astrid.ek@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	/** A Monday; the scope is the three weeks from it. */
	private static final LocalDate FIRST_WEEK = LocalDate.of(2026, 3, 2);

	@Autowired
	Insights insights;

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	ActionItems actions;

	@Autowired
	Recaps recaps;

	@Autowired
	ModelUsages usages;

	@Autowired
	// The meeting erasure itself; the documents\' store is another PersonalData.
	@Qualifier("jdbcPersonalData")
	PersonalData personalData;

	@Autowired
	Transactions transactions;

	TenantId tenant;

	@BeforeEach
	void tenant() {
		this.tenant = TestTenants.create(this.tenants);
	}

	private InsightScope scope(TenantId tenant, @Nullable Person concerning) {
		return new InsightScope(tenant, (concerning != null) ? concerning.email() : null,
				FIRST_WEEK.atStartOfDay(STOCKHOLM).toInstant(),
				FIRST_WEEK.plusWeeks(3).atStartOfDay(STOCKHOLM).toInstant(), STOCKHOLM);
	}

	private InsightScope everything() {
		return scope(this.tenant, null);
	}

	/** Astrid's meeting, with Erik in it when {@code withErik}. */
	private Meeting meeting(TenantId tenant, String title, LocalDate day, LocalTime time, boolean withErik) {
		ZonedDateTime start = ZonedDateTime.of(day, time, STOCKHOLM);
		return this.meetings.save(Meeting.schedule(tenant, title, null,
				URI.create("https://kommun-a.zoom.us/j/" + System.nanoTime()), start, start.plusHours(1), ASTRID,
				withErik ? List.of(ERIK) : List.of(), ExternalIds.NONE, 0, null));
	}

	private Meeting meeting(String title, LocalDate day, boolean withErik) {
		return meeting(this.tenant, title, day, LocalTime.of(10, 0), withErik);
	}

	private void actions(Meeting meeting, int open, int done, int cancelled) {
		for (int i = 0; i < open + done + cancelled; i++) {
			ActionItem action = ActionItem.open(meeting.tenantId(), meeting.id(), "Åtgärd " + i, ERIK, null, null,
					new Confidence(0.9), false);
			if (i >= open && i < open + done) {
				action.markDone();
			}
			else if (i >= open + done) {
				action.cancel();
			}
			this.actions.save(action);
		}
	}

	private void recapped(Meeting meeting) {
		this.recaps.save(new Recap(meeting.tenantId(), meeting.id(), RecapStatus.READY, "sv", TranscriptSource.UPLOADED,
				"Sammanfattning.", List.of(), List.of(), meeting.endsAt()));
	}

	private void cost(Meeting meeting, String sek) {
		this.usages.record(new ModelUsage(meeting.tenantId(), meeting.id(), "gpt-4o-mini", 1000, 200,
				new BigDecimal(sek), meeting.endsAt()));
	}

	@Test
	void countsMeetingsAndTheirActionsPerWeekOfTheTenantsCalendar() {
		Meeting monday = meeting("Måndag", FIRST_WEEK, true);
		actions(monday, 1, 2, 1);
		meeting("Söndag kväll", FIRST_WEEK.plusDays(6), false);
		// Half past midnight on a Monday in Stockholm is still Sunday in UTC: the week
		// is the tenant's.
		Meeting mondayMidnight = meeting(this.tenant, "Strax efter midnatt", FIRST_WEEK.plusWeeks(2),
				LocalTime.of(0, 30), false);
		actions(mondayMidnight, 0, 1, 0);
		Meeting cancelled = meeting("Inställt", FIRST_WEEK.plusDays(1), true);
		cancelled.cancel();
		this.meetings.save(cancelled);
		meeting("Före", FIRST_WEEK.minusDays(1), true);
		meeting("Efter", FIRST_WEEK.plusWeeks(3), true);
		meeting(TestTenants.create(this.tenants), "Annan organisation", FIRST_WEEK, LocalTime.NOON, true);

		List<WeeklyFigures> weeks = this.insights.weekly(everything());

		assertThat(weeks).containsExactly(new WeeklyFigures(FIRST_WEEK, 2, 3, 2),
				new WeeklyFigures(FIRST_WEEK.plusWeeks(2), 1, 1, 1));
		assertThat(weeks.get(0).completionRate()).isEqualTo(2.0 / 3);
	}

	@Test
	void aMemberCountsOnlyTheMeetingsThatConcernThem() {
		Meeting withErik = meeting("Med Erik", FIRST_WEEK.plusDays(2), true);
		actions(withErik, 1, 1, 0);
		actions(meeting("Utan Erik", FIRST_WEEK.plusDays(2), false), 3, 0, 0);
		this.meetings.save(Meeting.schedule(this.tenant, "Bokat av Erik", null,
				URI.create("https://kommun-a.zoom.us/j/" + System.nanoTime()),
				ZonedDateTime.of(FIRST_WEEK.plusDays(3), LocalTime.NOON, STOCKHOLM),
				ZonedDateTime.of(FIRST_WEEK.plusDays(3), LocalTime.NOON, STOCKHOLM).plusHours(1), ASTRID, List.of(),
				ExternalIds.NONE, 0, ERIK.email()));
		recapped(withErik);
		cost(withErik, "0.020000");
		cost(meeting("Dyrt utan Erik", FIRST_WEEK.plusDays(4), false), "1.000000");

		assertThat(this.insights.weekly(scope(this.tenant, ERIK)))
			.containsExactly(new WeeklyFigures(FIRST_WEEK, 2, 2, 1));
		assertThat(this.insights.weekly(everything())).containsExactly(new WeeklyFigures(FIRST_WEEK, 4, 5, 1));
		MeetingCosts erikSees = this.insights.costs(scope(this.tenant, ERIK), 10);
		assertThat(erikSees.latest()).extracting(MeetingCost::meetingId).containsExactly(withErik.id());
		assertThat(erikSees.totalSek()).isEqualByComparingTo("0.02");
	}

	@Test
	void costsEveryRecappedMeetingNewestFirstAndTotalsBeyondTheLimit() {
		Meeting first = meeting("Första", FIRST_WEEK, true);
		cost(first, "0.010000");
		cost(first, "0.003984");
		Meeting offline = meeting("Utan språkmodell", FIRST_WEEK.plusDays(1), true);
		recapped(offline);
		Meeting unpriced = meeting("Modell utan pris", FIRST_WEEK.plusDays(2), true);
		cost(unpriced, "0");
		Meeting latest = meeting("Senaste", FIRST_WEEK.plusDays(3), true);
		recapped(latest);
		cost(latest, "0.029147");
		meeting("Ingen sammanfattning", FIRST_WEEK.plusDays(4), true);
		Meeting otherTenant = meeting(TestTenants.create(this.tenants), "Annan organisation", FIRST_WEEK,
				LocalTime.NOON, true);
		cost(otherTenant, "5.000000");

		MeetingCosts costs = this.insights.costs(everything(), 3);

		assertThat(costs.latest()).extracting(MeetingCost::title)
			.containsExactly("Senaste", "Modell utan pris", "Utan språkmodell");
		assertThat(costs.latest().get(0).costSek()).isEqualByComparingTo("0.029147");
		assertThat(costs.latest().get(0).languageModel()).isTrue();
		assertThat(costs.latest().get(1).languageModel()).isTrue();
		assertThat(costs.latest().get(1).costSek()).isZero();
		assertThat(costs.latest().get(2).languageModel()).isFalse();
		assertThat(costs.latest().get(2).costSek()).isZero();
		assertThat(costs.meetings()).isEqualTo(4);
		assertThat(costs.withModel()).isEqualTo(3);
		assertThat(costs.totalSek()).isEqualByComparingTo("0.043131");
		assertThat(costs.averageSek()).isEqualByComparingTo("0.0108");
	}

	@Test
	void anErasedMeetingCountsNoMoreAndNothingIsAnEmptyAnswer() {
		Meeting meeting = meeting("Raderas", FIRST_WEEK, true);
		actions(meeting, 1, 0, 0);
		cost(meeting, "0.010000");

		this.transactions.inTransaction(() -> this.personalData.eraseMeeting(this.tenant, meeting.id()));

		assertThat(this.insights.weekly(everything())).isEmpty();
		assertThat(this.insights.costs(everything(), 10)).isEqualTo(MeetingCosts.none());
		assertThat(MeetingCosts.none().averageSek()).isNull();
	}

}
