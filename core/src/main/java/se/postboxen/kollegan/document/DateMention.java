package se.postboxen.kollegan.document;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A date or a period the document sets: "den 31 mars 2026", "2026-03-31", "inom 30
 * dagar", "no later than 1 June 2026".
 *
 * @param date the day, for an absolute date; {@code null} for a period
 * @param text as written
 * @param deadline whether it is something to be done by then ("senast", "inom", "no later
 * than", a notice period) rather than a date the text merely mentions
 * @param source the sentence it is in
 */
public record DateMention(@Nullable LocalDate date, String text, boolean deadline, Passage source) {

	public DateMention {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(source, "source");
	}

}
