package se.postboxen.kollegan.adapter.llm;

import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import se.postboxen.kollegan.adapter.llm.ModelFailure.Reason;
import se.postboxen.kollegan.shared.RetryAfter;

/**
 * How the adapter asks the model anything, in the style of the meeting-bot gateways'
 * calls. A busy (429) or failing (5xx) model, or one that could not be reached, is asked
 * again, at most {@value #MAX_ATTEMPTS} times in all, after the wait it names
 * ({@code retry-after-ms}, which Azure OpenAI sends, or {@code Retry-After} in seconds or
 * as an HTTP date) or else after an exponential backoff. A model that did not answer
 * within the timeout is not asked again: it would most likely keep the recap waiting as
 * long once more, and the offline extractor answers at once. Once half of the recent
 * calls failed, the model is not called at all for {@link #OPEN_FOR}.
 */
class ModelCalls {

	private static final Logger logger = LoggerFactory.getLogger(ModelCalls.class);

	static final int MAX_ATTEMPTS = 3;

	/**
	 * The longest wait a call sits through; token-per-minute limits ask for up to a
	 * minute, and the offline extractor is the better answer after that.
	 */
	static final Duration MAX_WAIT = Duration.ofSeconds(30);

	static final Duration OPEN_FOR = Duration.ofSeconds(60);

	private final String model;

	private final Clock clock;

	private final CircuitBreaker breaker;

	private final Retry retry;

	/**
	 * @param model the model's name, for the breaker and the messages
	 * @param firstBackoff the wait before the second try when the model names none; it
	 * doubles for the third
	 */
	ModelCalls(String model, Duration firstBackoff, Clock clock) {
		this.model = model;
		this.clock = clock;
		this.breaker = CircuitBreaker.of("llm",
				CircuitBreakerConfig.custom()
					.slidingWindowSize(10)
					.minimumNumberOfCalls(5)
					.failureRateThreshold(50)
					.waitDurationInOpenState(OPEN_FOR)
					.permittedNumberOfCallsInHalfOpenState(2)
					.recordException(ModelCalls::failed)
					.build());
		this.breaker.getEventPublisher()
			.onStateTransition(
					event -> logger.warn("Language model {}: circuit breaker {}", model, event.getStateTransition()));
		this.retry = Retry.of("llm",
				RetryConfig.custom()
					.maxAttempts(MAX_ATTEMPTS)
					.retryOnException(failure -> failed(failure) && !timedOut(failure) && waitIsBearable(failure))
					.intervalBiFunction((attempt,
							outcome) -> outcome.isLeft() ? wait(outcome.getLeft()).map(Duration::toMillis)
								.orElse(firstBackoff.toMillis() << (attempt - 1)) : firstBackoff.toMillis())
					.build());
	}

	/**
	 * The request's answer, asked for as often as it takes within the limits.
	 * @throws ModelFailure when the model timed out, refused, failed every attempt, or
	 * while its breaker is open
	 */
	<T> T call(Supplier<T> request) {
		try {
			return this.retry.executeSupplier(() -> this.breaker.executeSupplier(request));
		}
		catch (CallNotPermittedException ex) {
			throw new ModelFailure(Reason.UNAVAILABLE,
					"Language model " + this.model + " failed repeatedly and is not asked for now");
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			throw new ModelFailure(failed(ex) ? Reason.UNAVAILABLE : Reason.REFUSED,
					"Language model " + this.model + " answered " + status);
		}
		catch (RestClientException ex) {
			if (timedOut(ex)) {
				throw new ModelFailure(Reason.TIMEOUT, "Language model " + this.model + " did not answer in time");
			}
			throw new ModelFailure(Reason.UNAVAILABLE, "Language model " + this.model + " could not be reached");
		}
	}

	/** Whether the model, not the request, failed: counted by the breaker. */
	private static boolean failed(Throwable failure) {
		if (failure instanceof RestClientResponseException refusal) {
			return refusal.getStatusCode().value() == 429 || refusal.getStatusCode().is5xxServerError();
		}
		return failure instanceof ResourceAccessException;
	}

	private static boolean timedOut(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			// The JDK client's timeout, or a socket's read timeout in other clients.
			if (cause instanceof HttpTimeoutException || cause instanceof InterruptedIOException) {
				return true;
			}
		}
		return false;
	}

	private boolean waitIsBearable(Throwable failure) {
		return wait(failure).map(wait -> wait.compareTo(MAX_WAIT) <= 0).orElse(true);
	}

	/** The wait the refusal asks for, if it names one. */
	private Optional<Duration> wait(Throwable failure) {
		if (!(failure instanceof RestClientResponseException refusal) || refusal.getResponseHeaders() == null) {
			return Optional.empty();
		}
		HttpHeaders headers = refusal.getResponseHeaders();
		String millis = headers.getFirst("retry-after-ms");
		if (millis != null) {
			try {
				return Optional.of(Duration.ofMillis(Math.max(0, Long.parseLong(millis.strip()))));
			}
			catch (NumberFormatException ex) {
				// Not a number: Retry-After may still say.
			}
		}
		Instant now = this.clock.instant();
		return RetryAfter.wait(headers.getFirst(HttpHeaders.RETRY_AFTER), now);
	}

}
