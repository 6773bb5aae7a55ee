package se.postboxen.kollegan.recap;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.Text;

/**
 * A commitment as a language model found it, before it is stored as an
 * {@link ActionItem}.
 *
 * @param owner who took it on or was given it, resolved against the meeting's
 * participants when possible
 * @param due the due date in the meeting's time zone, {@code null} when none was said
 * @param source where in the meeting it was said
 * @param needsConfirmation whether the owner or the date was inferred rather than said
 * outright, so that a person confirms it
 */
public record ActionDraft(String text, @Nullable Person owner, @Nullable LocalDate due, TranscriptSpan source,
		Confidence confidence, boolean needsConfirmation) {

	public ActionDraft {
		text = Text.required(text, "text", ActionItem.MAX_TEXT_LENGTH);
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(confidence, "confidence");
	}

}
