package se.postboxen.kollegan.recap;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.Text;

/**
 * A decision as a language model found it, before it is stored as a {@link Decision}.
 *
 * @param speaker who said it, resolved against the meeting's participants when possible
 * @param source where in the meeting it was said
 */
public record DecisionDraft(String text, @Nullable Person speaker, TranscriptSpan source, Confidence confidence) {

	public DecisionDraft {
		text = Text.required(text, "text", Decision.MAX_TEXT_LENGTH);
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(confidence, "confidence");
	}

}
