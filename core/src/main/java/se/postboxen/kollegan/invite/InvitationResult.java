package se.postboxen.kollegan.invite;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;

/**
 * What an e-mailed invitation led to, as the inbound endpoint reports it.
 *
 * @param meetingId the meeting concerned (the first, for a series)
 * @param reason a short machine-readable reason, e.g. {@code unverified-domain}
 */
public record InvitationResult(Outcome outcome, @Nullable MeetingId meetingId, String reason) {

	public enum Outcome {

		SCHEDULED, UPDATED, CANCELLED, NOT_JOINABLE, REJECTED, IGNORED

	}

	public InvitationResult {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(reason, "reason");
	}

	static InvitationResult rejected(String reason) {
		return new InvitationResult(Outcome.REJECTED, null, reason);
	}

	static InvitationResult ignored(String reason) {
		return new InvitationResult(Outcome.IGNORED, null, reason);
	}

}
