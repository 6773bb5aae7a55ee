package se.postboxen.kollegan.jobs;

import java.time.Instant;
import java.util.Objects;

import se.postboxen.kollegan.shared.Text;

/**
 * What a handler says about a run. Throwing is the same as {@link #retry()}: the job's
 * retry policy decides when, or whether, it runs again.
 */
public sealed interface JobOutcome {

	static JobOutcome done() {
		return Done.INSTANCE;
	}

	/** Try again as the retry policy says. */
	static JobOutcome retry() {
		return new Retry(null, "retry requested");
	}

	/** Try again at a known instant, e.g. an upstream's {@code Retry-After}. */
	static JobOutcome retryAt(Instant when, String reason) {
		return new Retry(Objects.requireNonNull(when, "when"), reason);
	}

	/** No further attempt can succeed: straight to the dead-letter queue. */
	static JobOutcome failPermanently(String reason) {
		return new FailPermanently(reason);
	}

	enum Done implements JobOutcome {

		INSTANCE

	}

	record Retry(@org.jspecify.annotations.Nullable Instant at, String reason) implements JobOutcome {

		public Retry {
			reason = Text.required(reason, "reason", 500);
		}

	}

	record FailPermanently(String reason) implements JobOutcome {

		public FailPermanently {
			reason = Text.required(reason, "reason", 500);
		}

	}

}
