package se.postboxen.kollegan.attendance;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The bot currently sent to a meeting, and how many join attempts the meeting has had.
 */
public record MeetingBot(MeetingId meetingId, TenantId tenantId, String botId, int attempt, BotState state,
		@Nullable String reason, Instant updatedAt) {

	public MeetingBot {
		Objects.requireNonNull(meetingId, "meetingId");
		Objects.requireNonNull(tenantId, "tenantId");
		Objects.requireNonNull(botId, "botId");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(updatedAt, "updatedAt");
	}

}
