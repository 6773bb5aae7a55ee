package se.postboxen.kollegan.adapter.slack;

import org.jspecify.annotations.Nullable;

/**
 * Why an install did not complete: a request field that is wrong (the {@code state} or
 * {@code code} Slack's redirect brought), or Slack itself refusing or not answering.
 * Messages are Kollegan's own words and Slack's error codes, never a token or secret:
 * they may be shown.
 */
public class SlackInstallException extends RuntimeException {

	private final Kind kind;

	private final @Nullable String field;

	private SlackInstallException(Kind kind, @Nullable String field, String message) {
		super(message, null, false, false);
		this.kind = kind;
		this.field = field;
	}

	/** A request field that is wrong: the caller's mistake, or a forgery. */
	static SlackInstallException invalid(String field, String message) {
		return new SlackInstallException(Kind.INVALID_REQUEST, field, message);
	}

	/** Slack answered, but not with a bot token for a workspace. */
	static SlackInstallException refused(String message) {
		return new SlackInstallException(Kind.REFUSED, null, message);
	}

	/** Slack could not be reached or answered with an HTTP error. */
	static SlackInstallException unavailable(String message) {
		return new SlackInstallException(Kind.UNAVAILABLE, null, message);
	}

	public Kind kind() {
		return this.kind;
	}

	/** The request field at fault, for {@link Kind#INVALID_REQUEST}. */
	public @Nullable String field() {
		return this.field;
	}

	public enum Kind {

		INVALID_REQUEST, REFUSED, UNAVAILABLE

	}

}
