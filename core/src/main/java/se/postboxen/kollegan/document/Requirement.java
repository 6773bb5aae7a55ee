package se.postboxen.kollegan.document;

import java.util.Objects;

/**
 * A sentence that requires something, and how strongly.
 *
 * @param level mandatory ("ska", "skall", "måste", "must", "shall") or desirable ("bör",
 * "önskvärt", "should")
 * @param keyword the word that makes it one, as written
 * @param source the sentence
 */
public record Requirement(Level level, String keyword, Passage source) {

	public enum Level {

		MANDATORY, DESIRABLE

	}

	public Requirement {
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(keyword, "keyword");
		Objects.requireNonNull(source, "source");
	}

}
