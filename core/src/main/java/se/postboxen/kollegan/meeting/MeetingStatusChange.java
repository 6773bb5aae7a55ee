package se.postboxen.kollegan.meeting;

import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * A meeting moved to another status: what the dashboard's live view shows.
 *
 * @param colour green while all is well, yellow while the agent waits or works on it, red
 * when it failed
 */
public record MeetingStatusChange(TenantId tenantId, MeetingId meetingId, MeetingStatus status, Colour colour,
		Instant at) {

	public enum Colour {

		GREEN, YELLOW, RED

	}

	public MeetingStatusChange {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(colour, "colour");
		Objects.requireNonNull(at, "at");
	}

	public static MeetingStatusChange of(Meeting meeting, Instant at) {
		return new MeetingStatusChange(meeting.tenantId(), meeting.id(), meeting.status(), colour(meeting.status()),
				at);
	}

	public static Colour colour(MeetingStatus status) {
		return switch (status) {
			case SCHEDULED, ACTIVE, DONE -> Colour.GREEN;
			case JOINING, IN_LOBBY, POST_PROCESSING, DEGRADED, CANCELLED -> Colour.YELLOW;
			case FAILED -> Colour.RED;
		};
	}

}
