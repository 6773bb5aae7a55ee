package se.postboxen.kollegan.adapter.meetingbot;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.attendance.BotState;

/**
 * What a sandbox meeting goes through, chosen by the meeting link
 * ({@code https://sandbox.kollegan.example/meet/<scenario>}); any other link behaves as
 * {@link #OK}. Times are seconds after the bot is sent, before the time scale applies.
 * Public for the other sandbox parts of the same meeting (its chat platform plays the
 * consent side of a scenario).
 */
public enum SandboxScenario {

	/** Joins, is let straight in, and the meeting ends. */
	OK(meetingGoesOn()),

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

	/**
	 * Gets in, and consent is declined: the sandbox's consent simulation plays that part
	 * and the consent flow acts on it, so the bot itself only sees the meeting go on.
	 */
	DECLINED_CONSENT(meetingGoesOn()),

	/**
	 * Gets in, and the organiser declines for the meeting (played by the sandbox's
	 * consent simulation); the bot itself only sees the meeting go on.
	 */
	ORGANISER_DECLINES(meetingGoesOn());

	static final String HOST = "sandbox.kollegan.example";

	/**
	 * How long, in scenario seconds from its first bot, every sandbox meeting lasts: a
	 * bot that never got in still sees it end then, so a failing meeting also runs on to
	 * its recap from the platform's transcript.
	 */
	static final int MEETING_LENGTH = 100;

	record Step(int second, BotState state, @Nullable String reason, boolean retryable) {

	}

	private final List<Step> steps;

	SandboxScenario(Step... steps) {
		this.steps = List.of(steps);
	}

	private static Step[] meetingGoesOn() {
		return new Step[] { step(1, BotState.JOINING), step(2, BotState.IN_CALL),
				step(30, BotState.ENDED, "meeting_ended", false) };
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

	/** Whether the bot itself sees the meeting end (else the sandbox ends it). */
	boolean seesTheEnd() {
		return this.steps.get(this.steps.size() - 1).state() == BotState.ENDED;
	}

	/** The scenario second of its last step. */
	int lastSecond() {
		return this.steps.get(this.steps.size() - 1).second();
	}

	/** Whether the bot gets into the call, and so hears anything. */
	boolean reachesTheCall() {
		return this.steps.stream().anyMatch(step -> step.state() == BotState.IN_CALL);
	}

	/** The scenario a meeting link names; {@link #OK} for any other link. */
	public static SandboxScenario of(URI joinUrl) {
		if (!HOST.equalsIgnoreCase(joinUrl.getHost()) || joinUrl.getPath() == null
				|| !joinUrl.getPath().startsWith("/meet/")) {
			return OK;
		}
		// The first segment names the scenario; any further ones make the link (and so
		// the meeting) a different one, as the query does not.
		String name = joinUrl.getPath().substring("/meet/".length()).split("/", 2)[0].toUpperCase(Locale.ROOT)
			.replace('-', '_');
		for (SandboxScenario scenario : values()) {
			if (scenario.name().equals(name)) {
				return scenario;
			}
		}
		return OK;
	}

}
