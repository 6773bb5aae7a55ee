package se.postboxen.kollegan.jobs;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * How often and how soon a failed job is tried again: exponential backoff from
 * {@code baseDelay}, multiplied by {@code factor} per attempt, capped at
 * {@code maxDelay}, with up to {@code jitter} of it added at random so that a burst of
 * failures does not come back as a burst.
 *
 * @param maxAttempts attempts in all, the first included
 * @param jitter fraction of the delay added at random, 0 for none
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, double factor, Duration maxDelay, double jitter) {

	public RetryPolicy {
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("maxAttempts must be at least 1");
		}
		Objects.requireNonNull(baseDelay, "baseDelay");
		Objects.requireNonNull(maxDelay, "maxDelay");
		if (factor < 1) {
			throw new IllegalArgumentException("factor must be at least 1");
		}
		if (jitter < 0 || jitter > 1) {
			throw new IllegalArgumentException("jitter must be between 0 and 1");
		}
	}

	/** Doubling backoff with 10 % jitter. */
	public static RetryPolicy of(int maxAttempts, Duration baseDelay, Duration maxDelay) {
		return new RetryPolicy(maxAttempts, baseDelay, 2.0, maxDelay, 0.1);
	}

	/** Whether a job that has now failed {@code attempt} times may run again. */
	public boolean allowsAnotherAfter(int attempt) {
		return attempt < this.maxAttempts;
	}

	/**
	 * The wait after failed attempt number {@code attempt} (1 for the first run): base,
	 * base × factor, base × factor², … capped, plus jitter.
	 * @param random uniform in [0, 1)
	 */
	public Duration delayAfter(int attempt, DoubleSupplier random) {
		double millis = this.baseDelay.toMillis() * Math.pow(this.factor, Math.max(0, attempt - 1));
		double capped = Math.min(millis, this.maxDelay.toMillis());
		return Duration.ofMillis(Math.round(capped * (1 + this.jitter * random.getAsDouble())));
	}

}
