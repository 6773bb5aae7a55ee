package se.postboxen.kollegan.document;

import java.util.Objects;

/**
 * Where in a document's text something was found: the characters {@code [start, end)} and
 * the words there, shortened to {@value #MAX_QUOTE_LENGTH} characters.
 */
public record Passage(int start, int end, String quote) {

	public static final int MAX_QUOTE_LENGTH = 400;

	public Passage {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("a passage runs forwards from 0");
		}
		Objects.requireNonNull(quote, "quote");
	}

	/** The text's characters {@code [start, end)}, quoted. */
	static Passage of(String text, int start, int end) {
		String quote = text.substring(start, end).strip().replaceAll("\\s+", " ");
		if (quote.length() > MAX_QUOTE_LENGTH) {
			quote = quote.substring(0, MAX_QUOTE_LENGTH - 1).strip() + "…";
		}
		return new Passage(start, end, quote);
	}

}
