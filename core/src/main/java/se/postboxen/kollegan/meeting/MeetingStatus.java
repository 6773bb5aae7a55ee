package se.postboxen.kollegan.meeting;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a meeting is in the agent's lifecycle. The happy path is SCHEDULED → JOINING →
 * IN_LOBBY → ACTIVE → POST_PROCESSING → DONE; a meeting the agent cannot attend is
 * DEGRADED to post-meeting analysis of the platform's own transcript.
 */
public enum MeetingStatus {

	SCHEDULED, JOINING, IN_LOBBY, ACTIVE, POST_PROCESSING, DONE, FAILED, DEGRADED, CANCELLED;

	/** The statuses this one may move to; anything else is a programming error. */
	public Set<MeetingStatus> next() {
		return switch (this) {
			// DEGRADED straight from SCHEDULED: the meeting ended before the agent could
			// try.
			case SCHEDULED -> EnumSet.of(JOINING, DEGRADED, CANCELLED);
			case JOINING -> EnumSet.of(IN_LOBBY, ACTIVE, FAILED, DEGRADED, CANCELLED);
			// Back to JOINING when a lobby timeout leads to another join attempt.
			case IN_LOBBY -> EnumSet.of(ACTIVE, JOINING, FAILED, DEGRADED, CANCELLED);
			case ACTIVE -> EnumSet.of(POST_PROCESSING, FAILED, DEGRADED, CANCELLED);
			case DEGRADED -> EnumSet.of(POST_PROCESSING, FAILED, CANCELLED);
			case POST_PROCESSING -> EnumSet.of(DONE, FAILED);
			case DONE, FAILED, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
		};
	}

	public boolean canMoveTo(MeetingStatus target) {
		return next().contains(target);
	}

	public boolean isFinal() {
		return next().isEmpty();
	}

}
