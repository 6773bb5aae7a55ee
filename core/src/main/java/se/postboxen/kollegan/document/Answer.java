package se.postboxen.kollegan.document;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What the document says to a question: the passages that fit it best, best first, and,
 * when a language model could write one from them alone, the answer it wrote, citing them
 * by their number in this list (from 1).
 *
 * @param written the model's answer; {@code null} when the passages answer alone, found
 * and not written
 */
public record Answer(String question, List<Passage> passages, @Nullable WrittenAnswer written) {

	public Answer {
		Objects.requireNonNull(question, "question");
		passages = List.copyOf(passages);
		int given = passages.size();
		if (written != null && written.cited().stream().anyMatch(cited -> cited < 1 || cited > given)) {
			throw new IllegalArgumentException("a written answer cites only the passages it was given");
		}
	}

}
