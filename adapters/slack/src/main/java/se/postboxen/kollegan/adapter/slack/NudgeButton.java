package se.postboxen.kollegan.adapter.slack;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionItemId;

/**
 * Which action a nudge's controls answer for: {@code {"actionId": …}}, written by
 * {@link ButtonValue} into the Done button's {@code value} and into the actions block's
 * {@code block_id} (a date picker and a user select carry no value of their own, only
 * their block's id). Each control's {@code action_id} is {@code nudge_} and the answer's
 * wire name: {@code nudge_done}, {@code nudge_new-date}, {@code nudge_reassign}.
 */
record NudgeButton(ActionItemId actionId) {

	static final String PREFIX = "nudge_";

	/** Every nudge control's action id, for Bolt to route them here. */
	static final Pattern ACTION_IDS = Pattern.compile("^" + PREFIX + "[a-z-]{1,20}$");

	static String actionIdOf(ActionAnswer.Kind kind) {
		return PREFIX + kind.wireName();
	}

	static Optional<ActionAnswer.Kind> kindOf(@Nullable String actionId) {
		if (actionId == null || !actionId.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return ActionAnswer.Kind.fromWireName(actionId.substring(PREFIX.length()));
	}

	String value() {
		return ButtonValue.write("actionId", this.actionId.value().toString());
	}

	/** The control's value or block id, or empty when it is not one Kollegan posted. */
	static Optional<NudgeButton> parse(@Nullable String value) {
		return ButtonValue.read(value).flatMap(members -> {
			try {
				return Optional.of(new NudgeButton(new ActionItemId(UUID.fromString(members.get("actionId")))));
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				return Optional.empty();
			}
		});
	}

}
