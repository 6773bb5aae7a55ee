package se.postboxen.kollegan.attendance;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A status change a meeting bot reported.
 *
 * @param reason the gateway's sub-code for a failure or an end (e.g.
 * {@code bot_kicked_from_waiting_room}), for the audit trail and metrics
 * @param retryable for {@link BotState#FAILED}: whether another attempt can help (a lobby
 * timeout can; "meeting not found" or "denied by host" cannot)
 */
public record BotReport(String botId, BotState state, @Nullable String reason, boolean retryable, Instant at) {

	public BotReport {
		Objects.requireNonNull(botId, "botId");
		Objects.requireNonNull(state, "state");
		Objects.requireNonNull(at, "at");
	}

}
