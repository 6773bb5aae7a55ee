package se.postboxen.kollegan.brief;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.BookingFollowUp;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingStatus;

/**
 * Queues a meeting's pre-briefs at the configured times before its start, in the
 * transaction that books it. Every change of the booking replaces them: the pending ones
 * are cancelled and the current revision's queued, so a moved meeting is briefed before
 * its new start and a cancelled one not at all. A time already past is left out, so a
 * meeting booked shortly before it starts gets only the briefs still ahead.
 * <p>
 * The pre-briefs have an owner of their own, so that they can be replaced without
 * touching the meeting's other jobs; the job checks the meeting again before it writes
 * anything, for the paths that end a meeting without a booking (consent declined,
 * offboarding).
 */
public final class PreBriefSchedule implements BookingFollowUp {

	private final JobQueue jobs;

	private final Clock clock;

	private final List<Duration> offsets;

	/**
	 * @param offsets how long before the start each brief is prepared; none turns
	 * pre-briefs off
	 */
	public PreBriefSchedule(JobQueue jobs, Clock clock, List<Duration> offsets) {
		if (offsets.stream().anyMatch(offset -> offset.isNegative() || offset.isZero())) {
			throw new IllegalArgumentException("pre-briefs come before the meeting");
		}
		this.jobs = jobs;
		this.clock = clock;
		this.offsets = List.copyOf(offsets);
	}

	@Override
	public void bookingChanged(Meeting meeting) {
		this.jobs.cancelOwnedBy(owner(meeting.id()));
		if (meeting.status() != MeetingStatus.SCHEDULED) {
			return;
		}
		Instant now = this.clock.instant();
		for (Duration offset : this.offsets) {
			Instant at = meeting.startsAt().minus(offset);
			if (at.isAfter(now)) {
				this.jobs
					.enqueue(new JobRequest(key(meeting, at), new JobPayload.PreBrief(meeting.id(), meeting.startsAt()),
							meeting.tenantId(), owner(meeting.id()), at));
			}
		}
	}

	static JobOwner owner(MeetingId meetingId) {
		return new JobOwner("prebrief:" + meetingId.value());
	}

	/**
	 * One brief per meeting, time and stored version: a meeting moved and moved back gets
	 * keys not used before.
	 */
	static JobKey key(Meeting meeting, Instant at) {
		return new JobKey("prebrief:" + meeting.id().value() + ":" + at.getEpochSecond() + ":" + meeting.version());
	}

}
