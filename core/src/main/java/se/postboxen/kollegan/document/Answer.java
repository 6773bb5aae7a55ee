package se.postboxen.kollegan.document;

import java.util.List;
import java.util.Objects;

/**
 * What the document says to a question: the passages that fit it best, best first. They
 * are found, not written: no sentence here is Kollegan's own.
 */
public record Answer(String question, List<Passage> passages) {

	public Answer {
		Objects.requireNonNull(question, "question");
		passages = List.copyOf(passages);
	}

}
