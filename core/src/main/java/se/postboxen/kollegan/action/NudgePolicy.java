package se.postboxen.kollegan.action;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * When an open action's owner is reminded: {@code firstAfter} the recap is published, on
 * the due date (at {@code timeOfDay} in the tenant's zone) when that comes later, then
 * every {@code repeatEvery}, {@code maxNudges} times in all. One interval after the last
 * unanswered nudge the organiser is told, when {@code escalate} is on; an action without
 * an owner goes to the organiser at once.
 */
public record NudgePolicy(Duration firstAfter, boolean atDueDate, LocalTime timeOfDay, Duration repeatEvery,
		int maxNudges, boolean escalate) {

	public static final NudgePolicy DEFAULT = new NudgePolicy(Duration.ofHours(48), true, LocalTime.of(9, 0),
			Duration.ofHours(48), 3, true);

	public NudgePolicy {
		Objects.requireNonNull(firstAfter, "firstAfter");
		Objects.requireNonNull(timeOfDay, "timeOfDay");
		Objects.requireNonNull(repeatEvery, "repeatEvery");
		if (firstAfter.isNegative() || repeatEvery.compareTo(Duration.ofMinutes(1)) < 0) {
			throw new IllegalArgumentException(
					"nudges need a first wait of zero or more and a repeat of a minute or more");
		}
		if (maxNudges < 1 || maxNudges > 10) {
			throw new IllegalArgumentException("maxNudges must be between 1 and 10");
		}
	}

}
