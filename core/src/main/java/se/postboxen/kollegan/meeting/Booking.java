package se.postboxen.kollegan.meeting;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** What asking for the agent did, and the meeting it concerns. */
public record Booking(Outcome outcome, @Nullable Meeting meeting) {

	public Booking {
		Objects.requireNonNull(outcome, "outcome");
		if ((meeting == null) != (outcome == Outcome.FORGOTTEN)) {
			throw new IllegalArgumentException("a booking has a meeting unless it was forgotten");
		}
	}

	static Booking forgotten() {
		return new Booking(Outcome.FORGOTTEN, null);
	}

	public enum Outcome {

		/** A new meeting; the agent will join at its start. */
		SCHEDULED,

		/** The same meeting, moved or changed; the join follows it. */
		UPDATED,

		/** The same meeting, nothing new. */
		UNCHANGED,

		/** An older revision than the one already known: ignored. */
		STALE,

		/** The agent is already on its way or the meeting is over: left as it is. */
		UNDER_WAY,

		/**
		 * The same meeting, but the request may not change it (another organiser, or a
		 * person it does not concern): left as it is and not shown.
		 */
		NOT_YOURS,

		/**
		 * Offboarded on request and not brought back by a calendar or a series: no
		 * meeting.
		 */
		FORGOTTEN

	}

}
