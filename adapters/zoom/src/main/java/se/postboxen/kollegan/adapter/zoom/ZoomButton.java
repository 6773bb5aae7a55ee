package se.postboxen.kollegan.adapter.zoom;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.MeetingId;

/**
 * What a chatbot button answers, written by {@link ZoomChat} into the button's
 * {@code value} and read back by {@link ZoomWebhooks} when Zoom reports the click
 * ({@code interactive_message_actions} carries the value and nothing else of the button).
 * One codec for every button, so that a value written is always a value read:
 * <ul>
 * <li>{@code consent:<meeting id>:<BAS|PLUS|JURIDIK>:<ACCEPTED|DECLINED>}</li>
 * <li>{@code action:<action id>:done}</li>
 * <li>{@code action:<action id>:new-date:<yyyy-mm-dd>}</li>
 * </ul>
 * The value is Zoom's to carry but anyone's to forge inside a signed delivery, so what it
 * names is checked again where it is applied (the meeting's tenant, the action's owner).
 */
sealed interface ZoomButton {

	/** Parts are joined with this; no part may hold it. */
	String SEPARATOR = ":";

	/** Short, so that no part of a value can be made to hold anything else. */
	Pattern PART = Pattern.compile("^[A-Za-z0-9-]{1,40}$");

	/** The parts of the value, the kind first. */
	List<String> parts();

	/** The button's {@code value}. */
	default String value() {
		return String.join(SEPARATOR, parts());
	}

	/** The button a value was written for, or empty when Kollegan wrote no such value. */
	static Optional<ZoomButton> parse(@Nullable String value) {
		if (value == null || value.length() > 200) {
			return Optional.empty();
		}
		List<String> parts = List.of(value.split(SEPARATOR, -1));
		if (!parts.stream().allMatch(part -> PART.matcher(part).matches())) {
			return Optional.empty();
		}
		try {
			switch (parts.get(0)) {
				case Consent.KIND:
					return Consent.of(parts);
				case Action.KIND:
					return Action.of(parts);
				default:
					return Optional.empty();
			}
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			// A UUID, level, answer or date that is none: not a value Kollegan wrote.
			return Optional.empty();
		}
	}

	/** A consent card's Accept or Decline. */
	record Consent(MeetingId meetingId, ConsentLevel level, ConsentAnswer answer) implements ZoomButton {

		static final String KIND = "consent";

		@Override
		public List<String> parts() {
			return List.of(KIND, this.meetingId.value().toString(), this.level.name(), this.answer.name());
		}

		private static Optional<ZoomButton> of(List<String> parts) {
			if (parts.size() != 4) {
				return Optional.empty();
			}
			return Optional.of(new Consent(new MeetingId(uuid(parts.get(1))), ConsentLevel.valueOf(parts.get(2)),
					ConsentAnswer.valueOf(parts.get(3))));
		}

	}

	/**
	 * A nudge's Done or new date. Zoom's chatbot buttons carry a fixed value, so the new
	 * date is chosen when the nudge is written, not when it is clicked.
	 *
	 * @param newDue the new date, for {@link ActionAnswer.Kind#NEW_DATE}
	 */
	record Action(ActionItemId actionId, ActionAnswer.Kind kind, @Nullable LocalDate newDue) implements ZoomButton {

		static final String KIND = "action";

		public Action {
			if ((kind == ActionAnswer.Kind.NEW_DATE) != (newDue != null)) {
				throw new IllegalArgumentException("a new date, and only a new date, carries the date");
			}
			if (kind == ActionAnswer.Kind.REASSIGN) {
				// Zoom's buttons cannot name a person Kollegan could find an address for.
				throw new IllegalArgumentException("reassigning is done in the dashboard");
			}
		}

		static Action done(ActionItemId actionId) {
			return new Action(actionId, ActionAnswer.Kind.DONE, null);
		}

		static Action newDate(ActionItemId actionId, LocalDate due) {
			return new Action(actionId, ActionAnswer.Kind.NEW_DATE, due);
		}

		@Override
		public List<String> parts() {
			String id = this.actionId.value().toString();
			return (this.newDue != null) ? List.of(KIND, id, this.kind.wireName(), this.newDue.toString())
					: List.of(KIND, id, this.kind.wireName());
		}

		private static Optional<ZoomButton> of(List<String> parts) {
			Optional<ActionAnswer.Kind> kind = (parts.size() >= 3) ? ActionAnswer.Kind.fromWireName(parts.get(2))
					: Optional.empty();
			if (kind.isEmpty() || parts.size() != ((kind.get() == ActionAnswer.Kind.NEW_DATE) ? 4 : 3)) {
				return Optional.empty();
			}
			LocalDate due = (parts.size() == 4) ? LocalDate.parse(parts.get(3)) : null;
			return Optional.of(new Action(new ActionItemId(uuid(parts.get(1))), kind.get(), due));
		}

	}

	/** Only the canonical form: {@link UUID#fromString} also takes shortened ones. */
	private static UUID uuid(String text) {
		UUID uuid = UUID.fromString(text);
		if (!uuid.toString().equalsIgnoreCase(text)) {
			throw new IllegalArgumentException("not a canonical UUID");
		}
		return uuid;
	}

}
