package se.postboxen.kollegan.transcript;

/** A transcript file holds no speech Kollegan can read. */
public class UnreadableTranscriptException extends RuntimeException {

	public UnreadableTranscriptException(String message) {
		super(message);
	}

}
