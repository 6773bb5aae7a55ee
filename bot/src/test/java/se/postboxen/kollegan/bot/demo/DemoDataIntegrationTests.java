package se.postboxen.kollegan.bot.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingPage;
import se.postboxen.kollegan.meeting.MeetingSearch;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;

import static org.assertj.core.api.Assertions.assertThat;

@KolleganIntegrationTest
class DemoDataIntegrationTests {

	@Autowired
	DemoData demoData;

	@Autowired
	Tenants tenants;

	@Autowired
	Users users;

	@Autowired
	Meetings meetings;

	@Autowired
	Decisions decisions;

	@Autowired
	ActionItems actions;

	@Autowired
	ConsentRecords consent;

	@Test
	void seedsBothDemoTenantsWithAnAdminAMemberAndAnAuditor() {
		for (String slug : Set.of("demo-a", "demo-b")) {
			Tenant tenant = this.tenants.findBySlug(slug).orElseThrow();

			assertThat(this.users.findAll(tenant.id())).extracting(User::role)
				.containsExactlyInAnyOrder(Role.ADMIN, Role.MEMBER, Role.AUDITOR);
		}
	}

	@Test
	void seedsARealisticWeekAroundToday() {
		Tenant tenant = this.tenants.findBySlug("demo-a").orElseThrow();

		MeetingPage week = thisWeek(tenant);

		assertThat(week.items()).extracting(Meeting::status)
			.contains(MeetingStatus.DONE, MeetingStatus.ACTIVE, MeetingStatus.SCHEDULED, MeetingStatus.DEGRADED,
					MeetingStatus.CANCELLED);
		Meeting done = week.items().stream().filter(m -> m.status() == MeetingStatus.DONE).findFirst().orElseThrow();
		assertThat(this.decisions.findByMeeting(tenant.id(), done.id())).isNotEmpty();
		assertThat(this.actions.findByMeeting(tenant.id(), done.id())).isNotEmpty()
			.allSatisfy(action -> assertThat(action.owner()).isNotNull());
		assertThat(this.consent.findByMeeting(tenant.id(), done.id())).isNotEmpty();
	}

	@Test
	void seedingAgainAddsNothing() throws Exception {
		Tenant tenant = this.tenants.findBySlug("demo-a").orElseThrow();
		long meetingsBefore = this.meetings.count(tenant.id());
		int usersBefore = this.users.findAll(tenant.id()).size();

		this.demoData.run(new DefaultApplicationArguments());

		assertThat(this.meetings.count(tenant.id())).isEqualTo(meetingsBefore);
		assertThat(this.users.findAll(tenant.id())).hasSize(usersBefore);
	}

	private MeetingPage thisWeek(Tenant tenant) {
		Instant now = Instant.now();
		return this.meetings.search(new MeetingSearch(tenant.id(), now.minus(Duration.ofDays(3)),
				now.plus(Duration.ofDays(7)), Set.of(), null, 0, 100));
	}

}
