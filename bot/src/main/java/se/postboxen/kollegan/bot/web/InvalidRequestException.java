package se.postboxen.kollegan.bot.web;

import java.util.List;

/**
 * A request that failed a check beyond Bean Validation; answered 400 naming the fields.
 */
public class InvalidRequestException extends RuntimeException {

	private final List<Problems.FieldError> errors;

	public InvalidRequestException(List<Problems.FieldError> errors) {
		super("Invalid request");
		this.errors = List.copyOf(errors);
	}

	public List<Problems.FieldError> errors() {
		return this.errors;
	}

}
