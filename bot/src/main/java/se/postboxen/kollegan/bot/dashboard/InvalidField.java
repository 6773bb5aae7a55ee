package se.postboxen.kollegan.bot.dashboard;

import java.io.Serializable;
import java.util.List;

/**
 * What is wrong with a form's field, in the page's words: a message key and its
 * arguments. Serializable because a form that redirects carries it as a flash attribute,
 * and sessions (flash maps with them) live in Redis.
 */
record InvalidField(String message, List<Object> arguments) implements Serializable {

	static InvalidField of(String message, Object... arguments) {
		return new InvalidField(message, List.of(arguments));
	}

}
