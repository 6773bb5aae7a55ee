package se.postboxen.kollegan.bot.dashboard;

import java.util.List;

/**
 * What is wrong with a form's field, in the page's words: a message key and its
 * arguments.
 */
record InvalidField(String message, List<Object> arguments) {

	static InvalidField of(String message, Object... arguments) {
		return new InvalidField(message, List.of(arguments));
	}

}
