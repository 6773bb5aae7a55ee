package se.postboxen.kollegan.meeting;

import java.time.Clock;
import java.util.Map;

import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.shared.Transactions;

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
				command.externalIds());
		return this.transactions.inTransaction(() -> {
			Meeting saved = this.meetings.save(meeting);
			this.auditLog.record(
					AuditEvent.of(saved.tenantId(), this.clock.instant(), command.requestedBy(), "meeting.scheduled",
							"meeting", saved.id().toString(), Map.of("platform", saved.platform().name())));
			return saved;
		});
	}

}
