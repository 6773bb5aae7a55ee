package se.postboxen.kollegan.action;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;

/**
 * What a task board is asked to change on a task it holds, so that it shows what was
 * answered here: plain values, nothing of any board's own shape. A board reads the task
 * first and sends nothing when it already shows the change, so asking twice changes it
 * once.
 */
public sealed interface TaskChange {

	/** Done here: completed on the board. */
	record Complete() implements TaskChange {

	}

	/** Due at another time. */
	record Redate(Instant due) implements TaskChange {

		public Redate {
			Objects.requireNonNull(due, "due");
		}

	}

	/**
	 * Someone else's: {@code to} assigned in place of {@code from}, when the board knows
	 * {@code to}; anyone else assigned on the board stays.
	 *
	 * @param from the owner the task was assigned to, or {@code null} when it had none
	 */
	record Reassign(@Nullable EmailAddress from, EmailAddress to) implements TaskChange {

		public Reassign {
			Objects.requireNonNull(to, "to");
		}

	}

	/** What came of asking. */
	enum Result {

		/** The board was changed. */
		CHANGED,

		/** The board showed the change already; nothing was sent. */
		ALREADY_SO,

		/**
		 * The board no longer has the task (deleted): nothing to change, now or later.
		 */
		TASK_GONE,

		/**
		 * The new owner is nobody the board can assign (no such user or board member, or
		 * one whose address the board does not show): the assignee was left as it was.
		 */
		ASSIGNEE_UNKNOWN

	}

}
