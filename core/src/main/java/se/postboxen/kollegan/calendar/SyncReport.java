package se.postboxen.kollegan.calendar;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one calendar sync, shown to the user.
 *
 * @param eventsSeen events in the synced window
 * @param meetingsFound of those, meetings the agent attends
 * @param error what went wrong, in words for the user; {@code null} when nothing did
 */
public record SyncReport(Instant at, int eventsSeen, int meetingsFound, @Nullable String error) {

	public SyncReport {
		Objects.requireNonNull(at, "at");
	}

}
