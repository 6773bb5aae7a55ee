package se.postboxen.kollegan.recap;

import java.time.Duration;
import java.util.Objects;

import se.postboxen.kollegan.shared.Text;

/**
 * Where in the meeting something was said: the offset from the start and the words, so
 * that every decision and action can be traced back to its source.
 */
public record TranscriptSpan(Duration at, String quote) {

	public static final int MAX_QUOTE_LENGTH = 2000;

	public TranscriptSpan {
		Objects.requireNonNull(at, "at");
		if (at.isNegative()) {
			throw new IllegalArgumentException("at must not be negative");
		}
		quote = Text.required(quote, "quote", MAX_QUOTE_LENGTH);
	}

}
