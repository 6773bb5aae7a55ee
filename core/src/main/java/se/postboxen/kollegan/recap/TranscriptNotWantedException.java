package se.postboxen.kollegan.recap;

/**
 * A transcript was uploaded for a meeting that cannot take one: not over yet, cancelled,
 * declined by its organiser, or already recapped from the agent's own recording.
 */
public class TranscriptNotWantedException extends RuntimeException {

	public TranscriptNotWantedException(String message) {
		super(message);
	}

}
