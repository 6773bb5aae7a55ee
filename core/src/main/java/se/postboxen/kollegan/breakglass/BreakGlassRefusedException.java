package se.postboxen.kollegan.breakglass;

/**
 * A request for break-glass access that the rules refuse; the message is for the user.
 */
public final class BreakGlassRefusedException extends RuntimeException {

	private final String field;

	public BreakGlassRefusedException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The request field at fault, as the API names it. */
	public String field() {
		return this.field;
	}

}
