package se.postboxen.kollegan.adapter.teams;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.shared.RetryAfter;

/**
 * The Bot Connector's REST API, the two calls Kollegan needs: post an activity into a
 * conversation, and look up one member. Throttling and passing gateway trouble (429, 412,
 * 502, 504, timeouts) are retried a few times, as Microsoft asks, with its
 * {@code Retry-After} honoured; after that the caller's job retries later.
 *
 * @see <a href=
 * "https://learn.microsoft.com/en-us/microsoftteams/platform/bots/how-to/rate-limit">Optimize
 * your bot: rate limiting and best practices</a>
 */
class TeamsConnector {

	static final int ATTEMPTS = 3;

	/** Longest wait between attempts: the worker's thread waits, so keep it short. */
	static final Duration MAX_WAIT = Duration.ofSeconds(10);

	private static final Set<Integer> TRANSIENT = Set.of(429, 412, 502, 504);

	private final RestClient http;

	private final ConnectorTokens tokens;

	private final TeamsProperties properties;

	private final Clock clock;

	private final Retry retry;

	TeamsConnector(RestClient http, ConnectorTokens tokens, TeamsProperties properties, Clock clock) {
		this.http = http;
		this.tokens = tokens;
		this.properties = properties;
		this.clock = clock;
		this.retry = Retry.of("teams-connector",
				RetryConfig.custom()
					.maxAttempts(ATTEMPTS)
					.retryOnException(TeamsConnector::worthAnotherTry)
					// Results are never retried, so the outcome is always a failure.
					.intervalBiFunction((attempt, outcome) -> wait(outcome.getLeft(), attempt).toMillis())
					.build());
	}

	/** {@code POST {serviceUrl}/v3/conversations/{conversationId}/activities}. */
	void send(TeamsAddress to, Map<String, Object> activity) {
		URI uri = uri(to, "/v3/conversations/{conversationId}/activities", to.conversationId());
		withRetries(() -> this.http.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.tokens.token())
			.contentType(MediaType.APPLICATION_JSON)
			.body(activity)
			.retrieve()
			.toBodilessEntity());
	}

	/**
	 * {@code GET {serviceUrl}/v3/conversations/{conversationId}/members/{userId}}, or
	 * empty when the person is not (or no longer) in the conversation.
	 */
	Optional<JsonNode> member(TeamsAddress in, String userId) {
		URI uri = uri(in, "/v3/conversations/{conversationId}/members/{userId}", in.conversationId(), userId);
		try {
			return Optional.ofNullable(withRetries(() -> this.http.get()
				.uri(uri)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + this.tokens.token())
				.retrieve()
				.body(JsonNode.class)));
		}
		catch (TeamsUnavailableException ex) {
			if (ex.getCause() instanceof HttpClientErrorException.NotFound) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	private URI uri(TeamsAddress address, String path, Object... variables) {
		URI serviceUrl;
		try {
			serviceUrl = URI.create(address.serviceUrl());
		}
		catch (IllegalArgumentException ex) {
			throw new TeamsUnavailableException("not a Bot Connector address");
		}
		if (!ServiceUrls.allowed(serviceUrl, this.properties.testServiceUrl())) {
			throw new TeamsUnavailableException("not a Bot Connector address: " + serviceUrl.getHost());
		}
		// Conversation ids hold ':', '@' and ';': encoded as path values, as the SDKs do.
		return UriComponentsBuilder.fromUri(serviceUrl).path(path).encode().buildAndExpand(variables).toUri();
	}

	private <T> @Nullable T withRetries(Supplier<@Nullable T> call) {
		try {
			return this.retry.executeSupplier(call);
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			if (status == HttpStatus.UNAUTHORIZED.value()) {
				// Revoked or rotated: the next attempt (the job's) fetches a new one.
				this.tokens.forget();
			}
			throw new TeamsUnavailableException("the Bot Connector answered " + status, ex);
		}
		catch (ResourceAccessException ex) {
			throw new TeamsUnavailableException("the Bot Connector did not answer", ex);
		}
		catch (RestClientException ex) {
			throw new TeamsUnavailableException("the Bot Connector's answer was unreadable", ex);
		}
	}

	/** Throttling, passing gateway trouble and timeouts: worth another try. */
	private static boolean worthAnotherTry(Throwable failure) {
		if (failure instanceof RestClientResponseException refusal) {
			return TRANSIENT.contains(refusal.getStatusCode().value());
		}
		return failure instanceof ResourceAccessException;
	}

	/**
	 * {@code Retry-After} (seconds or a date) when given, else 1 s, 2 s …; never above
	 * the cap.
	 */
	Duration wait(Throwable failure, int attempt) {
		HttpHeaders headers = (failure instanceof RestClientResponseException refusal) ? refusal.getResponseHeaders()
				: null;
		Duration wait = RetryAfter
			.wait((headers != null) ? headers.getFirst(HttpHeaders.RETRY_AFTER) : null, this.clock.instant())
			.orElse(Duration.ofSeconds(1L << (attempt - 1)));
		return (wait.compareTo(MAX_WAIT) > 0) ? MAX_WAIT : wait;
	}

}
