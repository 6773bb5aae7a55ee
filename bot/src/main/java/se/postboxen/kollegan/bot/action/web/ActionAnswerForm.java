package se.postboxen.kollegan.bot.action.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.bot.web.Problems;
import se.postboxen.kollegan.person.EmailAddress;

/**
 * An answer to an action as a browser form or an API client sends it: {@code answer} is
 * {@code done}, {@code new-date} (with {@code due}, {@code YYYY-MM-DD}) or
 * {@code reassign} (with {@code owner}, an e-mail address). The dashboard and the API
 * read it alike; only the API needs to know which field was wrong.
 */
public record ActionAnswerForm(@Nullable String answer, @Nullable String due, @Nullable String owner) {

	/** The answer, when every field it needs is there and well-formed. */
	public Optional<ActionAnswer> toAnswer(ActionItemId actionId) {
		if (!errors().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(switch (kind().orElseThrow()) {
			case DONE -> ActionAnswer.done(actionId);
			case NEW_DATE -> ActionAnswer.newDate(actionId, date().orElseThrow());
			case REASSIGN -> ActionAnswer.reassign(actionId, EmailAddress.of(this.owner.strip()));
		});
	}

	public Optional<ActionAnswer.Kind> kind() {
		return ActionAnswer.Kind.fromWireName(this.answer);
	}

	/** Each field that keeps this from being an answer, and why. */
	public List<Problems.FieldError> errors() {
		List<Problems.FieldError> errors = new ArrayList<>();
		Optional<ActionAnswer.Kind> kind = kind();
		if (kind.isEmpty()) {
			errors.add(new Problems.FieldError("answer",
					"ska vara done, new-date eller reassign / must be done, new-date or reassign"));
			return errors;
		}
		if (kind.get() == ActionAnswer.Kind.NEW_DATE && date().isEmpty()) {
			errors.add(new Problems.FieldError("due", "ett datum ÅÅÅÅ-MM-DD krävs / a date YYYY-MM-DD is required"));
		}
		if (kind.get() == ActionAnswer.Kind.REASSIGN
				&& (this.owner == null || !EmailAddress.isValid(this.owner.strip()))) {
			errors.add(new Problems.FieldError("owner", "en e-postadress krävs / an e-mail address is required"));
		}
		return errors;
	}

	private Optional<LocalDate> date() {
		try {
			return (this.due != null) ? Optional.of(LocalDate.parse(this.due.strip())) : Optional.empty();
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
