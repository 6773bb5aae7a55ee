package se.postboxen.kollegan.attendance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The gateway refused or could not be reached.
 *
 * @param retryAt when the gateway said to try again (a {@code Retry-After}), if it did
 */
public class BotGatewayException extends RuntimeException {

	private final boolean retryable;

	private final @Nullable Instant retryAt;

	public BotGatewayException(String message, boolean retryable, @Nullable Instant retryAt,
			@Nullable Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
		this.retryAt = retryAt;
	}

	public boolean retryable() {
		return this.retryable;
	}

	public @Nullable Instant retryAt() {
		return this.retryAt;
	}

}
