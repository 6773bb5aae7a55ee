package se.postboxen.kollegan.recap;

import java.util.List;
import java.util.Objects;

/**
 * What a language model made of a transcript.
 *
 * @param language {@code sv}, {@code en} or {@code mixed}
 */
public record RecapDraft(String language, String summary, List<String> topics) {

	public RecapDraft {
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(summary, "summary");
		topics = List.copyOf(topics);
	}

}
