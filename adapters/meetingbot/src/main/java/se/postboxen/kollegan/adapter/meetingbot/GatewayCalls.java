package se.postboxen.kollegan.adapter.meetingbot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

import se.postboxen.kollegan.attendance.BotGatewayException;
import se.postboxen.kollegan.shared.RetryAfter;

/**
 * How the adapter asks a remote gateway anything. A call that fails (429, 5xx, an I/O
 * error or an answer that cannot be read) is tried again, at most {@value #MAX_ATTEMPTS}
 * times in all, after the wait the gateway's {@code Retry-After} names (seconds or an
 * HTTP date) or else after an exponential backoff. Another refusal (a 4xx) is an answer:
 * it is not tried again and never counts against the gateway. Each gateway has its own
 * circuit breaker: once half of its recent calls failed it is not called at all for
 * {@link #OPEN_FOR}, so a gateway that is down costs the job queue no threads and no
 * timeouts.
 */
class GatewayCalls {

	private static final Logger logger = LoggerFactory.getLogger(GatewayCalls.class);

	static final int MAX_ATTEMPTS = 3;

	/**
	 * The longest wait a call sits through. A gateway that asks for longer is left to the
	 * job queue, which waits without holding a thread.
	 */
	static final Duration MAX_WAIT = Duration.ofSeconds(10);

	static final Duration OPEN_FOR = Duration.ofSeconds(30);

	private final String gateway;

	private final Clock clock;

	private final CircuitBreaker breaker;

	private final Retry retry;

	/** For requests that must not be repeated blindly: only a 429 is tried again. */
	private final Retry retryWhenRefused;

	/**
	 * @param gateway the gateway's name, for the breaker and the messages
	 * @param firstBackoff the wait before the second try when the gateway names none; it
	 * doubles for the third
	 */
	GatewayCalls(String gateway, Duration firstBackoff, Clock clock) {
		this.gateway = gateway;
		this.clock = clock;
		this.breaker = CircuitBreaker.of(gateway,
				CircuitBreakerConfig.custom()
					.slidingWindowSize(10)
					.minimumNumberOfCalls(5)
					.failureRateThreshold(50)
					.waitDurationInOpenState(OPEN_FOR)
					.permittedNumberOfCallsInHalfOpenState(2)
					.recordException(GatewayCalls::failed)
					.build());
		this.breaker.getEventPublisher()
			.onStateTransition(event -> logger.warn("Meeting-bot gateway {}: circuit breaker {}", gateway,
					event.getStateTransition()));
		this.retry = retry(gateway, firstBackoff, failure -> failed(failure) && waitIsBearable(failure));
		this.retryWhenRefused = retry(gateway + "-create", firstBackoff,
				failure -> tooManyRequests(failure) && waitIsBearable(failure));
	}

	private Retry retry(String name, Duration firstBackoff, Predicate<Throwable> worthAnotherTry) {
		return Retry.of(name,
				RetryConfig.custom()
					.maxAttempts(MAX_ATTEMPTS)
					.retryOnException(worthAnotherTry)
					.intervalBiFunction((attempt, outcome) -> {
						Instant retryAt = outcome.isLeft() ? retryAt(outcome.getLeft()) : null;
						if (retryAt != null) {
							return Math.max(0, Duration.between(this.clock.instant(), retryAt).toMillis());
						}
						return firstBackoff.toMillis() << (attempt - 1);
					})
					.build());
	}

	/** Half a second before the second try, a second before the third. */
	static GatewayCalls to(String gateway, Clock clock) {
		return new GatewayCalls(gateway, Duration.ofMillis(500), clock);
	}

	/**
	 * The request's answer, asked for as often as it takes within the limits.
	 * @throws BotGatewayException when the gateway refused (retryable or not, as the
	 * refusal was) or could not be reached, or while its breaker is open
	 */
	<T> T call(Supplier<T> request) {
		return call(this.retry, request);
	}

	/**
	 * Like {@link #call}, for a request that creates something (a bot): after a 5xx or a
	 * lost answer the gateway may have acted, and asking again could put a second bot in
	 * the meeting, so only a 429 (the gateway says it did not act) is tried again here.
	 */
	<T> T create(Supplier<T> request) {
		return call(this.retryWhenRefused, request);
	}

	private <T> T call(Retry retry, Supplier<T> request) {
		try {
			return retry.executeSupplier(() -> this.breaker.executeSupplier(request));
		}
		catch (CallNotPermittedException ex) {
			throw new BotGatewayException("The " + this.gateway + " gateway failed repeatedly and is not asked for now",
					true, null, ex);
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			boolean retryable = failed(ex);
			throw new BotGatewayException("The " + this.gateway + " gateway answered " + status, retryable,
					retryable ? retryAt(ex) : null, ex);
		}
		catch (RestClientException ex) {
			throw new BotGatewayException("The " + this.gateway + " gateway could not be reached", true, null, ex);
		}
	}

	/**
	 * For deleting a bot's data: a bot the gateway no longer knows (404) has nothing left
	 * to delete; any other refusal means "not now" (a bot still in its call or leaving it
	 * cannot be emptied), so the job asks again later.
	 * @throws BotGatewayException unless the bot is gone
	 */
	static void unlessGone(BotGatewayException failure) {
		if (failure.getCause() instanceof RestClientResponseException refusal
				&& refusal.getStatusCode().value() == 404) {
			return;
		}
		if (failure.retryable()) {
			throw failure;
		}
		throw new BotGatewayException(failure.getMessage() + " (not yet)", true, null, failure);
	}

	/** Whether the gateway, not the request, failed: worth another try, and counted. */
	private static boolean failed(Throwable failure) {
		if (failure instanceof RestClientResponseException refusal) {
			int status = refusal.getStatusCode().value();
			return status == 429 || refusal.getStatusCode().is5xxServerError();
		}
		return failure instanceof RestClientException;
	}

	private static boolean tooManyRequests(Throwable failure) {
		return failure instanceof RestClientResponseException refusal && refusal.getStatusCode().value() == 429;
	}

	private boolean waitIsBearable(Throwable failure) {
		Instant retryAt = retryAt(failure);
		return retryAt == null || Duration.between(this.clock.instant(), retryAt).compareTo(MAX_WAIT) <= 0;
	}

	/**
	 * When the refusal's {@code Retry-After} (seconds or an HTTP date) says to try again.
	 */
	private @Nullable Instant retryAt(Throwable failure) {
		if (!(failure instanceof RestClientResponseException refusal) || refusal.getResponseHeaders() == null) {
			return null;
		}
		Instant now = this.clock.instant();
		return RetryAfter.wait(refusal.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER), now)
			.map(now::plus)
			.orElse(null);
	}

}
