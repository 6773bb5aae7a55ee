package se.postboxen.kollegan.regwatch;

import java.util.Map;

/** Input that breaks a rule of regwatch, by field; each message is for the user. */
public final class InvalidRegwatchInputException extends RuntimeException {

	private final Map<String, String> errors;

	public InvalidRegwatchInputException(Map<String, String> errors) {
		super("Invalid regwatch input: " + errors.keySet());
		this.errors = Map.copyOf(errors);
	}

	/** Message by field name, as the API names the fields. */
	public Map<String, String> errors() {
		return this.errors;
	}

}
