package se.postboxen.kollegan.regwatch;

import java.util.List;
import java.util.Objects;

/** A readable difference between two versions' texts, word by word. */
public interface TextDiff {

	/** The words of both texts in order, each kept, inserted or deleted. */
	List<Change> between(String before, String after);

	enum Kind {

		SAME, INSERTED, DELETED

	}

	/** A run of words with the same fate, whitespace included as it was. */
	record Change(Kind kind, String text) {

		public Change {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(text, "text");
		}

	}

}
