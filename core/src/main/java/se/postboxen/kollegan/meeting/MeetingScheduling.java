package se.postboxen.kollegan.meeting;

import java.time.Clock;
import java.util.Map;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

/** Use case: schedule the agent for a meeting. */
public final class MeetingScheduling {

	private final Meetings meetings;

	private final AuditLog auditLog;

	private final Transactions transactions;

	private final Clock clock;

	public MeetingScheduling(Meetings meetings, AuditLog auditLog, Transactions transactions, Clock clock) {
		this.meetings = meetings;
		this.auditLog = auditLog;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Stores the meeting and its audit entry together.
	 * @throws IllegalArgumentException when the request breaks a meeting invariant
	 */
	public Meeting schedule(ScheduleMeeting command) {
		Meeting meeting = Meeting.schedule(command.tenantId(), command.title(), command.platform(), command.joinUrl(),
				command.startsAt(), command.endsAt(), command.organizer(), command.participants(),
				command.externalIds(), command.requesterEmail());
		return this.transactions.inTransaction(() -> {
			Meeting saved = this.meetings.save(meeting);
			this.auditLog.record(
					AuditEvent.of(saved.tenantId(), this.clock.instant(), command.requestedBy(), "meeting.scheduled",
							"meeting", saved.id().toString(), Map.of("platform", saved.platform().name())));
			return saved;
		});
	}

	/**
	 * The agent will not attend: the meeting is cancelled and the change audited.
	 * @throws MeetingNotFoundException when the tenant has no such meeting
	 * @throws IllegalMeetingTransitionException when the meeting is already over
	 */
	public Meeting cancel(TenantId tenantId, MeetingId id, Actor actor) {
		return this.transactions.inTransaction(() -> {
			Meeting meeting = this.meetings.findById(tenantId, id).orElseThrow(MeetingNotFoundException::new);
			MeetingStatus before = meeting.status();
			meeting.cancel();
			Meeting saved = this.meetings.save(meeting);
			this.auditLog.record(AuditEvent.of(tenantId, this.clock.instant(), actor, "meeting.cancelled", "meeting",
					id.toString(), Map.of("from", before.name())));
			return saved;
		});
	}

}
