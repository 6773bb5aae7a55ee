package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.attendance.BotState;

/**
 * What a sandbox bot goes through, chosen by the meeting link
 * ({@code https://sandbox.kollegan.example/meet/<scenario>}); any other link behaves as
 * {@link #OK}. Times are seconds after the bot is sent, before the time scale applies.
 */
enum SandboxScenario {

	/** Joins, is let straight in, and the meeting ends. */
	OK(step(1, BotState.JOINING), step(2, BotState.IN_CALL), step(30, BotState.ENDED, "meeting_ended", false)),

	/** Waits in the lobby until the organiser admits it. */
	LOBBY_THEN_ADMIT(step(1, BotState.JOINING), step(2, BotState.IN_LOBBY), step(8, BotState.IN_CALL),
			step(30, BotState.ENDED, "meeting_ended", false)),

	/** Waits in the lobby and is never admitted. */
	LOBBY_TIMEOUT(step(1, BotState.JOINING), step(2, BotState.IN_LOBBY),
			step(8, BotState.FAILED, "waiting_room_timeout", true)),

	/** Cannot join at all. */
	JOIN_FAILS(step(1, BotState.JOINING), step(2, BotState.FAILED, "join_error", true)),

	/** The host denies the bot: no retry helps. */
	DENIED(step(1, BotState.JOINING), step(2, BotState.IN_LOBBY), step(4, BotState.FAILED, "denied_by_host", false)),

	/** Gets in, but the organiser declines consent (the consent flow acts on it). */
	DECLINED_CONSENT(step(1, BotState.JOINING), step(2, BotState.IN_CALL),
			step(6, BotState.ENDED, "consent_declined", false));

	static final String HOST = "sandbox.kollegan.example";

	record Step(int second, BotState state, @Nullable String reason, boolean retryable) {

	}

	private final List<Step> steps;

	SandboxScenario(Step... steps) {
		this.steps = List.of(steps);
	}

	private static Step step(int second, BotState state) {
		return new Step(second, state, null, false);
	}

	private static Step step(int second, BotState state, String reason, boolean retryable) {
		return new Step(second, state, reason, retryable);
	}

	List<Step> steps() {
		return this.steps;
	}

	static SandboxScenario of(URI joinUrl) {
		if (!HOST.equalsIgnoreCase(joinUrl.getHost()) || joinUrl.getPath() == null
				|| !joinUrl.getPath().startsWith("/meet/")) {
			return OK;
		}
		String name = joinUrl.getPath().substring("/meet/".length()).toUpperCase(Locale.ROOT).replace('-', '_');
		for (SandboxScenario scenario : values()) {
			if (scenario.name().equals(name)) {
				return scenario;
			}
		}
		return OK;
	}

}
