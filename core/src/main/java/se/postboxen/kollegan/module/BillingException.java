package se.postboxen.kollegan.module;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.RetryAfter;

/**
 * The customer's billing could not be told, or refused. The message names the status,
 * never the endpoint's address or secret.
 */
public class BillingException extends RuntimeException {

	private final boolean retryable;

	private final @Nullable Instant retryAt;

	/**
	 * @param retryable whether telling it again later may succeed (408, 429, 5xx, I/O,
	 * timeouts), as opposed to a refusal that will stand
	 * @param retryAt when billing said to come back ({@code Retry-After}), if it did
	 */
	public BillingException(String message, boolean retryable, @Nullable Instant retryAt, @Nullable Throwable cause) {
		super(message, cause);
		this.retryable = retryable;
		this.retryAt = retryAt;
	}

	/**
	 * What billing's refusal means: a request timeout, too many requests or a server
	 * error may pass (after its {@code Retry-After}, when it names one); anything else
	 * stands.
	 */
	public static BillingException answered(int status, @Nullable String retryAfter, Instant now) {
		boolean retryable = status == 408 || status == 429 || status >= 500;
		Instant retryAt = retryable ? RetryAfter.wait(retryAfter, now).map(now::plus).orElse(null) : null;
		return new BillingException("Billing answered " + status, retryable, retryAt, null);
	}

	/** Billing could not be reached, or its answer did not come in time. */
	public static BillingException unreachable(Throwable cause) {
		return new BillingException("Billing could not be reached", true, null, cause);
	}

	public boolean retryable() {
		return this.retryable;
	}

	public @Nullable Instant retryAt() {
		return this.retryAt;
	}

}
