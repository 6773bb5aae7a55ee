package se.postboxen.kollegan.action;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.RetryAfter;

/**
 * A task board could not be asked, or refused. The message names the board and the
 * status, never a token, an address or the task's text.
 */
public class TaskBoardException extends RuntimeException {

	private final boolean retryable;

	private final @Nullable Instant retryAt;

	/**
	 * @param retryable whether asking again later may succeed (429, 5xx, I/O), as opposed
	 * to a refusal that will stand (a wrong id, credentials without access)
	 * @param retryAt when the board said to ask again ({@code Retry-After}), if it did
	 */
	public TaskBoardException(String message, boolean retryable, @Nullable Instant retryAt, @Nullable Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
		this.retryAt = retryAt;
	}

	/**
	 * What a board's HTTP refusal means: a request timeout, too many requests or a server
	 * error may pass (after the board's {@code Retry-After}, seconds or a date, when it
	 * names one); anything else stands.
	 * @param board the board's name for the message, e.g. {@code Trello}
	 */
	public static TaskBoardException answered(String board, int status, @Nullable String retryAfter, Instant now,
			Throwable cause) {
		boolean retryable = status == 408 || status == 429 || status >= 500;
		Instant retryAt = retryable ? RetryAfter.wait(retryAfter, now).map(now::plus).orElse(null) : null;
		return new TaskBoardException(board + " answered " + status, retryable, retryAt, cause);
	}

	/** The board could not be reached, or its answer was lost: worth asking again. */
	public static TaskBoardException unreachable(String board, Throwable cause) {
		return new TaskBoardException(board + " could not be reached", true, null, cause);
	}

	public boolean retryable() {
		return this.retryable;
	}

	public @Nullable Instant retryAt() {
		return this.retryAt;
	}

}
