package se.postboxen.kollegan.adapter.llm;

import java.util.Locale;

/**
 * Why the model gave no answer a recap can be written from. The message names the model
 * and what went wrong (a status, "timed out"), never the model's answer or the
 * transcript; no cause is kept, because a parser's or an HTTP client's message may quote
 * either.
 */
class ModelFailure extends RuntimeException {

	private final Reason reason;

	ModelFailure(Reason reason, String message) {
		super(message, null, false, false);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

	enum Reason {

		/** No answer within {@code kollegan.llm.timeout}. */
		TIMEOUT,

		/**
		 * Busy (429), failing (5xx) or unreachable after every attempt, or not asked
		 * while its circuit breaker is open.
		 */
		UNAVAILABLE,

		/** A refusal that asking again would not change: 400, 401, 404 … */
		REFUSED,

		/**
		 * An answer that is not the JSON the schema asks for: malformed, cut off,
		 * filtered, a refusal in words.
		 */
		INVALID_OUTPUT;

		/** The metric tag. */
		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
