package se.postboxen.kollegan.brief;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.jobs.QueuedJobs;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingStatus;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * When pre-briefs are queued: at each offset before the start that is still ahead,
 * replaced on every change of the booking, none for a cancelled meeting.
 */
class PreBriefScheduleTests {

	private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private final QueuedJobs jobs = new QueuedJobs();

	private final PreBriefSchedule schedule = new PreBriefSchedule(this.jobs, Clock.fixed(NOW, ZoneOffset.UTC),
			List.of(Duration.ofHours(24), Duration.ofHours(1)));

	private static Meeting meetingStartingIn(Duration ahead, long version) {
		ZonedDateTime start = NOW.plus(ahead).atZone(STOCKHOLM);
		Meeting meeting = Meeting.schedule(TenantId.newId(), "Styrgrupp", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"), start,
				start.plusHours(1), Person.of("Anna Lind", "anna.lind@kommun-a.example"), List.of(), ExternalIds.NONE,
				0, null);
		return restored(meeting, meeting.startsAt(), version);
	}

	private static Meeting restored(Meeting meeting, Instant startsAt, long version) {
		return Meeting.restore(meeting.id(), meeting.tenantId(), meeting.title(), meeting.platform(), meeting.joinUrl(),
				startsAt, startsAt.plus(Duration.ofHours(1)), meeting.timeZone(), meeting.organizer(),
				meeting.participants(), meeting.externalIds(), meeting.sequence(), meeting.scheduledBy(),
				meeting.status(), version);
	}

	@Test
	void queuesABriefADayAndAnHourBeforeTheStartForThatStart() {
		Meeting meeting = meetingStartingIn(Duration.ofDays(3), 1);

		this.schedule.bookingChanged(meeting);

		assertThat(this.jobs.queued).extracting(JobRequest::runAt)
			.containsExactly(meeting.startsAt().minus(Duration.ofHours(24)),
					meeting.startsAt().minus(Duration.ofHours(1)));
		assertThat(this.jobs.queued).allSatisfy(job -> {
			assertThat(job.payload()).isEqualTo(new JobPayload.PreBrief(meeting.id(), meeting.startsAt()));
			assertThat(job.tenantId()).isEqualTo(meeting.tenantId());
			assertThat(job.owner()).isEqualTo(PreBriefSchedule.owner(meeting.id()));
			assertThat(job.key().value()).startsWith("prebrief:" + meeting.id().value() + ":").endsWith(":1");
		});
		assertThat(this.jobs.queued).extracting(JobRequest::key).doesNotHaveDuplicates();
	}

	@Test
	void aMeetingBookedFiveHoursAheadGetsOnlyTheHourBefore() {
		Meeting meeting = meetingStartingIn(Duration.ofHours(5), 1);

		this.schedule.bookingChanged(meeting);

		assertThat(this.jobs.queued).extracting(JobRequest::runAt)
			.containsExactly(meeting.startsAt().minus(Duration.ofHours(1)));
	}

	@Test
	void aMeetingBookedHalfAnHourAheadGetsNoPreBrief() {
		this.schedule.bookingChanged(meetingStartingIn(Duration.ofMinutes(30), 1));

		assertThat(this.jobs.queued).isEmpty();
	}

	@Test
	void aMovedMeetingLosesItsPendingBriefsAndIsBriefedBeforeItsNewStart() {
		Meeting booked = meetingStartingIn(Duration.ofDays(3), 1);
		this.schedule.bookingChanged(booked);
		Meeting moved = restored(booked, booked.startsAt().plus(Duration.ofDays(2)), 2);

		this.schedule.bookingChanged(moved);

		assertThat(this.jobs.cancelledOwners).containsExactly(PreBriefSchedule.owner(booked.id()),
				PreBriefSchedule.owner(booked.id()));
		List<JobRequest> latest = this.jobs.queued.subList(2, 4);
		assertThat(latest).extracting(JobRequest::runAt)
			.containsExactly(moved.startsAt().minus(Duration.ofHours(24)), moved.startsAt().minus(Duration.ofHours(1)));
		assertThat(latest).extracting(JobRequest::payload)
			.containsOnly(new JobPayload.PreBrief(moved.id(), moved.startsAt()));
		assertThat(latest).extracting(JobRequest::key)
			.doesNotContainAnyElementsOf(this.jobs.queued.subList(0, 2).stream().map(JobRequest::key).toList());
	}

	@Test
	void aMeetingMovedBackIsQueuedUnderKeysNotUsedBefore() {
		Meeting booked = meetingStartingIn(Duration.ofDays(3), 1);
		this.schedule.bookingChanged(booked);
		this.schedule.bookingChanged(restored(booked, booked.startsAt().plus(Duration.ofDays(1)), 2));

		this.schedule.bookingChanged(restored(booked, booked.startsAt(), 3));

		assertThat(this.jobs.queued).extracting(JobRequest::key).doesNotHaveDuplicates().hasSize(6);
	}

	@Test
	void aCancelledMeetingLosesItsBriefsAndGetsNoNewOnes() {
		Meeting meeting = meetingStartingIn(Duration.ofDays(3), 1);
		this.schedule.bookingChanged(meeting);
		meeting.cancel();

		this.schedule.bookingChanged(meeting);

		assertThat(meeting.status()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(this.jobs.cancelledOwners).hasSize(2).containsOnly(PreBriefSchedule.owner(meeting.id()));
		assertThat(this.jobs.queued).hasSize(2);
	}

	@Test
	void refusesABriefAfterTheStart() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PreBriefSchedule(this.jobs, Clock.systemUTC(),
				List.of(Duration.ofHours(1), Duration.ofMinutes(-5))));
	}

}
