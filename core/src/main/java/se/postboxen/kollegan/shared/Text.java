package se.postboxen.kollegan.shared;

import org.jspecify.annotations.Nullable;

/**
 * Guards for free text that reaches the database and other people's screens: required
 * text is trimmed, bounded in length and free of control characters.
 */
public final class Text {

	private Text() {
	}

	public static String required(@Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(field + " must not be blank");
		}
		return bounded(value.strip(), field, maxLength);
	}

	public static @Nullable String optional(@Nullable String value, String field, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return bounded(value.strip(), field, maxLength);
	}

	private static String bounded(String value, String field, int maxLength) {
		if (value.length() > maxLength) {
			throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
		}
		if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			throw new IllegalArgumentException(field + " must not contain control characters");
		}
		return value;
	}

}
