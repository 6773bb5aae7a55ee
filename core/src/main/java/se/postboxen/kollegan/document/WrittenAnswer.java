package se.postboxen.kollegan.document;

import java.util.List;
import java.util.Objects;

import se.postboxen.kollegan.shared.Text;

/**
 * An answer a language model wrote from the passages it was given, never from anything
 * else.
 *
 * @param text the answer, citing passages as {@code [1]}, {@code [2]} …
 * @param cited the numbers of the passages it rests on, counted from 1, at least one
 * @param model the model that wrote it
 */
public record WrittenAnswer(String text, List<Integer> cited, String model) {

	public static final int MAX_LENGTH = 4000;

	public WrittenAnswer {
		text = Text.required(text, "text", MAX_LENGTH);
		cited = List.copyOf(cited);
		if (cited.isEmpty()) {
			throw new IllegalArgumentException("a written answer cites at least one passage");
		}
		Objects.requireNonNull(model, "model");
	}

}
