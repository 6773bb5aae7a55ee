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
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Use case: schedule the agent for a meeting — the one entry for every path (API,
 * invitation, calendar, magic link, chat). One de-duplication rule: a meeting is the same
 * when it has the same iCal UID (and occurrence), or the same join link or platform
 * meeting id at the same start. The meeting, its audit entry, the join job and what
 * {@link BookingFollowUp follows a booking} are written in one transaction.
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

	private final ForgottenMeetings forgotten;

	private final MeetingUpdates updates;

	private final List<BookingFollowUp> followUps;

	public MeetingScheduling(Meetings meetings, JobQueue jobs, AuditLog auditLog, Transactions transactions,
			Clock clock, ForgottenMeetings forgotten, MeetingUpdates updates, List<BookingFollowUp> followUps) {
		this.forgotten = forgotten;
		this.updates = updates;
		this.followUps = List.copyOf(followUps);
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
	 * A recurring series as its organiser's invitation now has it: every occurrence is
	 * booked, and occurrences still to come within the expanded window that the series no
	 * longer has are cancelled (an exception date, a shortened series). Only for the
	 * organiser's own invitation: one attendee's view of a series (a feed, a filter) says
	 * nothing about occurrences it does not show.
	 * @param occurrences the series' occurrences within the window, all with the same UID
	 * @param windowEnd the end of the expanded window; nothing after it is judged
	 */
	public List<Booking> scheduleSeries(String icalUid, List<ScheduleMeeting> occurrences, Instant windowEnd,
			Actor actor) {
		return this.transactions.inTransaction(() -> {
			List<Booking> bookings = new ArrayList<>();
			Set<MeetingId> current = new HashSet<>();
			int sequence = 0;
			for (ScheduleMeeting occurrence : occurrences) {
				Booking booking = book(occurrence);
				if (booking.outcome() == Booking.Outcome.FORGOTTEN) {
					continue;
				}
				bookings.add(booking);
				current.add(booking.meeting().id());
				sequence = Math.max(sequence, occurrence.sequence());
			}
			if (!occurrences.isEmpty()) {
				TenantId tenantId = occurrences.get(0).tenantId();
				Person organizer = occurrences.get(0).organizer();
				Instant now = this.clock.instant();
				for (Meeting stored : this.meetings.findByIcalUid(tenantId, icalUid)) {
					if (!current.contains(stored.id()) && stored.status() == MeetingStatus.SCHEDULED
							&& stored.startsAt().isAfter(now) && stored.startsAt().isBefore(windowEnd)
							&& !stored.isNewerThan(sequence) && sameOrganizer(stored, organizer)) {
						cancelMeeting(stored, actor, "removed-from-series");
					}
				}
			}
			return bookings;
		});
	}

	/**
	 * A calendar cancelled a meeting, a whole series (no occurrence) or one occurrence.
	 * Revisions older than what is stored are ignored ({@link ScheduleMeeting#CURRENT}
	 * applies whatever is stored), and so is a cancellation by someone other than the
	 * stored meeting's organiser: an attendee's calendar cannot take the agent away from
	 * everyone.
	 * @param organizer who cancels: the invitation's organiser, or the user whose own
	 * calendar says so
	 * @return the meetings cancelled
	 */
	public List<Meeting> cancelByCalendar(TenantId tenantId, String icalUid, @Nullable Instant occurrence, int sequence,
			@Nullable Person organizer, Actor actor) {
		return this.transactions.inTransaction(() -> {
			List<Meeting> cancelled = new ArrayList<>();
			for (Meeting stored : this.meetings.findByIcalUid(tenantId, icalUid)) {
				boolean concerned = occurrence == null || occurrence.equals(stored.externalIds().occurrence())
						|| (stored.externalIds().occurrence() == null && occurrence.equals(stored.startsAt()));
				boolean current = sequence == ScheduleMeeting.CURRENT || !stored.isNewerThan(sequence);
				if (concerned && current && stored.status().canMoveTo(MeetingStatus.CANCELLED)
						&& sameOrganizer(stored, organizer)) {
					cancelled.add(cancelMeeting(stored, actor, "calendar"));
				}
			}
			return cancelled;
		});
	}

	/**
	 * Whether {@code organizer} may speak for the stored meeting: the stored one has no
	 * organiser e-mail to compare, or it is the same.
	 */
	private static boolean sameOrganizer(Meeting stored, @Nullable Person organizer) {
		EmailAddress storedEmail = (stored.organizer() != null) ? stored.organizer().email() : null;
		if (storedEmail == null) {
			return true;
		}
		return organizer != null && storedEmail.equals(organizer.email());
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
		if (same.isEmpty()) {
			Set<String> marks = ForgottenMeetings.marks(command.tenantId(), command.externalIds(),
					JoinUrls.key(command.joinUrl()), command.startsAt().toInstant());
			if (command.channel() == BookingChannel.CALENDAR || command.channel() == BookingChannel.INVITATION) {
				if (this.forgotten.anyForgotten(command.tenantId(), marks)) {
					// Offboarded on request: a calendar or a series must not bring it
					// back.
					return Booking.forgotten();
				}
			}
			else {
				// Someone asks for the agent in person: the earlier request is overruled.
				this.forgotten.unforget(command.tenantId(), marks);
			}
		}
		if (same.isEmpty() || reinvited(same.get(), command)) {
			return new Booking(Booking.Outcome.SCHEDULED, scheduleNew(command));
		}
		Meeting meeting = same.get();
		if (!mayMerge(meeting, command)) {
			return new Booking(Booking.Outcome.NOT_YOURS, meeting);
		}
		boolean current = command.sequence() == ScheduleMeeting.CURRENT;
		if (!current && meeting.isNewerThan(command.sequence())) {
			return new Booking(Booking.Outcome.STALE, meeting);
		}
		if (meeting.status() != MeetingStatus.SCHEDULED) {
			return new Booking(Booking.Outcome.UNDER_WAY, meeting);
		}
		Instant joinBefore = joinAt(meeting);
		JobKey joinKeyBefore = joinKey(meeting, joinBefore);
		int sequenceBefore = meeting.sequence();
		// A request that names no people (a magic link, a bare API call) adds the agent;
		// it
		// does not clear the meeting's people.
		Person organizer = (command.organizer() != null) ? command.organizer() : meeting.organizer();
		List<Person> participants = command.participants().isEmpty() ? meeting.participants() : command.participants();
		boolean changed = meeting.reschedule(command.title(), command.platform(), command.joinUrl(), command.startsAt(),
				command.endsAt(), organizer, participants, command.externalIds().platformMeetingId(),
				current ? meeting.sequence() : command.sequence());
		if (!changed) {
			if (meeting.sequence() != sequenceBefore) {
				meeting = this.meetings.save(meeting);
			}
			return new Booking(Booking.Outcome.UNCHANGED, meeting);
		}
		Meeting saved = this.updates.saveAndTell(meeting);
		if (!joinAt(saved).equals(joinBefore)) {
			this.jobs.cancel(joinKeyBefore);
			enqueueJoin(saved);
		}
		this.followUps.forEach(followUp -> followUp.bookingChanged(saved));
		audit(saved, command.requestedBy(), "meeting.rescheduled", Map.of("via", command.channel().name()));
		return new Booking(Booking.Outcome.UPDATED, saved);
	}

	/**
	 * Whether this request may change (or learn about) the stored meeting. Calendar paths
	 * must come from the same organiser; a person asking through the API or a magic link
	 * must be someone the meeting already concerns — a join link and a start time are no
	 * proof of belonging to a meeting.
	 */
	private static boolean mayMerge(Meeting stored, ScheduleMeeting command) {
		return switch (command.channel()) {
			case INVITATION, CALENDAR -> sameOrganizer(stored, command.organizer());
			case API, MAGIC_LINK, CHAT -> command.requesterEmail() == null || stored.concerns(command.requesterEmail());
		};
	}

	/**
	 * A cancelled meeting asked for again: by a newer calendar revision; by a path
	 * without revisions (someone wants the agent after all); or by the organiser's own
	 * calendar showing it at the same revision again (say, the never label was taken
	 * off).
	 */
	private static boolean reinvited(Meeting stored, ScheduleMeeting command) {
		if (stored.status() != MeetingStatus.CANCELLED) {
			return false;
		}
		if (command.externalIds().icalUid() == null || command.sequence() > stored.sequence()) {
			return true;
		}
		boolean sameRevision = command.sequence() == ScheduleMeeting.CURRENT || command.sequence() >= stored.sequence();
		boolean organisersOwnCalendar = command.channel() == BookingChannel.CALENDAR && command.organizer() != null
				&& command.requesterEmail() != null && command.requesterEmail().equals(command.organizer().email())
				&& sameOrganizer(stored, command.organizer());
		return sameRevision && organisersOwnCalendar;
	}

	private Meeting scheduleNew(ScheduleMeeting command) {
		Meeting saved = this.updates
			.saveAndTell(Meeting.schedule(command.tenantId(), command.title(), command.platform(), command.joinUrl(),
					command.startsAt(), command.endsAt(), command.organizer(), command.participants(),
					command.externalIds(), Math.max(0, command.sequence()), command.requesterEmail()));
		enqueueJoin(saved);
		this.followUps.forEach(followUp -> followUp.bookingChanged(saved));
		audit(saved, command.requestedBy(), "meeting.scheduled",
				Map.of("platform", saved.platform().name(), "via", command.channel().name()));
		return saved;
	}

	private Meeting cancelMeeting(Meeting meeting, Actor actor, String reason) {
		MeetingStatus before = meeting.status();
		meeting.cancel();
		Meeting saved = this.updates.saveAndTell(meeting);
		this.jobs.cancelOwnedBy(JobOwner.meeting(saved.id()));
		this.followUps.forEach(followUp -> followUp.bookingChanged(saved));
		audit(saved, actor, "meeting.cancelled", Map.of("from", before.name(), "reason", reason));
		return saved;
	}

	/**
	 * Only a meeting still to come gets a join job; one already over has nothing to join.
	 */
	private void enqueueJoin(Meeting meeting) {
		if (meeting.endsAt().isAfter(this.clock.instant())) {
			Instant at = joinAt(meeting);
			this.jobs.enqueue(new JobRequest(joinKey(meeting, at), new JobPayload.JoinMeeting(meeting.id()),
					meeting.tenantId(), JobOwner.meeting(meeting.id()), at));
		}
	}

	private static Instant joinAt(Meeting meeting) {
		return meeting.startsAt().minus(JOIN_LEAD);
	}

	/**
	 * One join per meeting, start time and stored version: moving a meeting and moving it
	 * back gives a key not used before.
	 */
	static JobKey joinKey(Meeting meeting, Instant at) {
		return new JobKey("join:" + meeting.id().value() + ":" + at.getEpochSecond() + ":" + meeting.version());
	}

	private void audit(Meeting meeting, Actor actor, String action, Map<String, String> details) {
		this.auditLog.record(AuditEvent.of(meeting.tenantId(), this.clock.instant(), actor, action, "meeting",
				meeting.id().toString(), details));
	}

}
