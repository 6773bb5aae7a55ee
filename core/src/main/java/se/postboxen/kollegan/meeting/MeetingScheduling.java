package se.postboxen.kollegan.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobKey;
import se.postboxen.kollegan.jobs.JobOwner;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use case: schedule the agent for a meeting — the one entry for every path (API,
 * invitation, calendar, magic link, chat). One de-duplication rule: a meeting is the same
 * when it has the same iCal UID (and occurrence), or the same join link or platform
 * meeting id at the same start. The meeting, its audit entry and the join job are written
 * in one transaction.
 */
public final class MeetingScheduling {

	/**
	 * The agent sets out a little before the start, so that it is in the lobby on time.
	 */
	public static final Duration JOIN_LEAD = Duration.ofMinutes(1);

	private final Meetings meetings;

	private final JobQueue jobs;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public MeetingScheduling(Meetings meetings, JobQueue jobs, AuditLog auditLog, Transactions transactions,
			Clock clock) {
		this.meetings = meetings;
		this.jobs = jobs;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Schedules the agent, or updates the meeting it is already scheduled for.
	 * @throws IllegalArgumentException when the request breaks a meeting invariant
	 */
	public Booking schedule(ScheduleMeeting command) {
		return this.transactions.inTransaction(() -> book(command));
	}

	/**
	 * A recurring series as the calendar now has it: every occurrence is booked, and
	 * occurrences still to come that the series no longer has are cancelled (an exception
	 * date, a shortened series).
	 * @param occurrences the series' occurrences within the materialised window, all with
	 * the same iCal UID
	 */
	public List<Booking> scheduleSeries(String icalUid, List<ScheduleMeeting> occurrences, Actor actor) {
		return this.transactions.inTransaction(() -> {
			List<Booking> bookings = new ArrayList<>();
			Set<MeetingId> current = new HashSet<>();
			int sequence = 0;
			for (ScheduleMeeting occurrence : occurrences) {
				Booking booking = book(occurrence);
				bookings.add(booking);
				current.add(booking.meeting().id());
				sequence = Math.max(sequence, occurrence.sequence());
			}
			if (!occurrences.isEmpty()) {
				TenantId tenantId = occurrences.get(0).tenantId();
				Instant now = this.clock.instant();
				for (Meeting stored : this.meetings.findByIcalUid(tenantId, icalUid)) {
					if (!current.contains(stored.id()) && stored.status() == MeetingStatus.SCHEDULED
							&& stored.startsAt().isAfter(now) && !stored.isNewerThan(sequence)) {
						cancelMeeting(stored, actor, "removed-from-series");
					}
				}
			}
			return bookings;
		});
	}

	/**
	 * A calendar cancelled a meeting, a whole series (no occurrence) or one occurrence.
	 * Revisions older than what is stored are ignored.
	 * @return the meetings cancelled
	 */
	public List<Meeting> cancelByCalendar(TenantId tenantId, String icalUid, @Nullable Instant occurrence, int sequence,
			Actor actor) {
		return this.transactions.inTransaction(() -> {
			List<Meeting> cancelled = new ArrayList<>();
			for (Meeting stored : this.meetings.findByIcalUid(tenantId, icalUid)) {
				boolean concerned = occurrence == null || occurrence.equals(stored.externalIds().occurrence())
						|| (stored.externalIds().occurrence() == null && occurrence.equals(stored.startsAt()));
				if (concerned && stored.status().canMoveTo(MeetingStatus.CANCELLED) && !stored.isNewerThan(sequence)) {
					cancelled.add(cancelMeeting(stored, actor, "calendar"));
				}
			}
			return cancelled;
		});
	}

	/**
	 * The agent will not attend: the meeting is cancelled, its pending jobs with it, and
	 * the change audited.
	 * @throws MeetingNotFoundException when the tenant has no such meeting
	 * @throws IllegalMeetingTransitionException when the meeting is already over
	 */
	public Meeting cancel(TenantId tenantId, MeetingId id, Actor actor) {
		return this.transactions.inTransaction(() -> {
			Meeting meeting = this.meetings.findById(tenantId, id).orElseThrow(MeetingNotFoundException::new);
			return cancelMeeting(meeting, actor, "request");
		});
	}

	private Booking book(ScheduleMeeting command) {
		Optional<Meeting> same = this.meetings.findSame(command.tenantId(), command.externalIds(),
				JoinUrls.key(command.joinUrl()), command.startsAt().toInstant());
		if (same.isEmpty() || reinvited(same.get(), command)) {
			return new Booking(Booking.Outcome.SCHEDULED, scheduleNew(command));
		}
		Meeting meeting = same.get();
		boolean current = command.sequence() == ScheduleMeeting.CURRENT;
		if (!current && meeting.isNewerThan(command.sequence())) {
			return new Booking(Booking.Outcome.STALE, meeting);
		}
		if (meeting.status() != MeetingStatus.SCHEDULED) {
			return new Booking(Booking.Outcome.UNDER_WAY, meeting);
		}
		Instant joinBefore = joinAt(meeting);
		int sequenceBefore = meeting.sequence();
		boolean changed = meeting.reschedule(command.title(), command.platform(), command.joinUrl(), command.startsAt(),
				command.endsAt(), command.organizer(), command.participants(),
				command.externalIds().platformMeetingId(), current ? meeting.sequence() : command.sequence());
		if (!changed) {
			if (meeting.sequence() != sequenceBefore) {
				meeting = this.meetings.save(meeting);
			}
			return new Booking(Booking.Outcome.UNCHANGED, meeting);
		}
		Meeting saved = this.meetings.save(meeting);
		if (!joinAt(saved).equals(joinBefore)) {
			this.jobs.cancel(joinKey(saved.id(), joinBefore));
			enqueueJoin(saved);
		}
		audit(saved, command.requestedBy(), "meeting.rescheduled", Map.of("via", command.channel().name()));
		return new Booking(Booking.Outcome.UPDATED, saved);
	}

	/**
	 * A cancelled meeting asked for again: by a newer calendar revision, or by a path
	 * without revisions (someone wants the agent after all).
	 */
	private static boolean reinvited(Meeting stored, ScheduleMeeting command) {
		return stored.status() == MeetingStatus.CANCELLED
				&& (command.externalIds().icalUid() == null || command.sequence() > stored.sequence());
	}

	private Meeting scheduleNew(ScheduleMeeting command) {
		Meeting saved = this.meetings.save(Meeting.schedule(command.tenantId(), command.title(), command.platform(),
				command.joinUrl(), command.startsAt(), command.endsAt(), command.organizer(), command.participants(),
				command.externalIds(), Math.max(0, command.sequence()), command.requesterEmail()));
		enqueueJoin(saved);
		audit(saved, command.requestedBy(), "meeting.scheduled",
				Map.of("platform", saved.platform().name(), "via", command.channel().name()));
		return saved;
	}

	private Meeting cancelMeeting(Meeting meeting, Actor actor, String reason) {
		MeetingStatus before = meeting.status();
		meeting.cancel();
		Meeting saved = this.meetings.save(meeting);
		this.jobs.cancelOwnedBy(JobOwner.meeting(saved.id()));
		audit(saved, actor, "meeting.cancelled", Map.of("from", before.name(), "reason", reason));
		return saved;
	}

	/**
	 * Only a meeting still to come gets a join job; one already over has nothing to join.
	 */
	private void enqueueJoin(Meeting meeting) {
		if (meeting.endsAt().isAfter(this.clock.instant())) {
			Instant at = joinAt(meeting);
			this.jobs.enqueue(new JobRequest(joinKey(meeting.id(), at), new JobPayload.JoinMeeting(meeting.id()),
					meeting.tenantId(), JobOwner.meeting(meeting.id()), at));
		}
	}

	private static Instant joinAt(Meeting meeting) {
		return meeting.startsAt().minus(JOIN_LEAD);
	}

	/** One join per meeting and start time: moving the meeting gives a new key. */
	static JobKey joinKey(MeetingId id, Instant at) {
		return new JobKey("join:" + id.value() + ":" + at.getEpochSecond());
	}

	private void audit(Meeting meeting, Actor actor, String action, Map<String, String> details) {
		this.auditLog.record(AuditEvent.of(meeting.tenantId(), this.clock.instant(), actor, action, "meeting",
				meeting.id().toString(), details));
	}

}
