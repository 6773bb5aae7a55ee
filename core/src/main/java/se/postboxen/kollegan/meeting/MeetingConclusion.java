package se.postboxen.kollegan.meeting;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.tenant.TenantId;

/**
 * The outcome a meeting ended with.
 *
 * @param reason the gateway's or platform's code behind it (e.g.
 * {@code waiting_room_timeout}), never personal content
 */
public record MeetingConclusion(TenantId tenantId, MeetingId meetingId, MeetingOutcome outcome, @Nullable String reason,
		Instant concludedAt) {

	public MeetingConclusion {
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(concludedAt, "concludedAt");
	}

}
