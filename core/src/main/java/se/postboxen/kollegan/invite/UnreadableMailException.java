package se.postboxen.kollegan.invite;

/** The bytes are not a readable e-mail. */
public class UnreadableMailException extends RuntimeException {

	public UnreadableMailException(String message, Throwable cause) {
		super(message, cause);
	}

}
