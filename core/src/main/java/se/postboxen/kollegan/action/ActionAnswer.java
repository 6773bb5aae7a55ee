package se.postboxen.kollegan.action;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.EmailAddress;

/**
 * What someone answered to a nudge: done, a new date, or another owner.
 *
 * @param newDue the new date, for {@link Kind#NEW_DATE}
 * @param newOwner the new owner's address, for {@link Kind#REASSIGN}
 */
public record ActionAnswer(ActionItemId actionId, Kind kind, @Nullable LocalDate newDue,
		@Nullable EmailAddress newOwner) {

	public ActionAnswer {
		Objects.requireNonNull(actionId, "actionId");
		Objects.requireNonNull(kind, "kind");
		if (kind == Kind.NEW_DATE && newDue == null) {
			throw new IllegalArgumentException("a new date needs the date");
		}
		if (kind == Kind.REASSIGN && newOwner == null) {
			throw new IllegalArgumentException("reassigning needs the new owner");
		}
	}

	public static ActionAnswer done(ActionItemId actionId) {
		return new ActionAnswer(actionId, Kind.DONE, null, null);
	}

	public static ActionAnswer newDate(ActionItemId actionId, LocalDate due) {
		return new ActionAnswer(actionId, Kind.NEW_DATE, due, null);
	}

	public static ActionAnswer reassign(ActionItemId actionId, EmailAddress owner) {
		return new ActionAnswer(actionId, Kind.REASSIGN, null, owner);
	}

	/** The three answers; their wire names go into buttons on every platform. */
	public enum Kind {

		DONE, NEW_DATE, REASSIGN;

		public String wireName() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Optional<Kind> fromWireName(@Nullable String value) {
			for (Kind kind : values()) {
				if (kind.wireName().equals(value)) {
					return Optional.of(kind);
				}
			}
			return Optional.empty();
		}

	}

}
