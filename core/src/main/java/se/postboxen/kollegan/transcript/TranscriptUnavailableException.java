package se.postboxen.kollegan.transcript;

import org.jspecify.annotations.Nullable;

/** A transcript source could not be reached or refused for now; asking later may help. */
public class TranscriptUnavailableException extends RuntimeException {

	public TranscriptUnavailableException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
