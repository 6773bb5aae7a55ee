package se.postboxen.kollegan.transcript;

import org.jspecify.annotations.Nullable;

/** A transcript file holds no speech Kollegan can read. */
public class UnreadableTranscriptException extends RuntimeException {

	private final @Nullable String field;

	public UnreadableTranscriptException(String message) {
		this(message, null);
	}

	/**
	 * @param message what is wrong, in fixed words: never the transcript's own text
	 * @param field where in a structured transcript the problem is, as a path such as
	 * {@code [2].words[0].text}; {@code null} when it concerns the whole file
	 */
	public UnreadableTranscriptException(String message, @Nullable String field) {
		super(message);
		this.field = field;
	}

	/**
	 * Where in a structured (JSON) transcript the problem is; {@code null} when it
	 * concerns the whole file.
	 */
	public @Nullable String field() {
		return this.field;
	}

}
