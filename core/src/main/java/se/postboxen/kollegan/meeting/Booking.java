package se.postboxen.kollegan.meeting;

import java.util.Objects;

/** What asking for the agent did, and the meeting it concerns. */
public record Booking(Outcome outcome, Meeting meeting) {

	public Booking {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(meeting, "meeting");
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
		NOT_YOURS

	}

}
