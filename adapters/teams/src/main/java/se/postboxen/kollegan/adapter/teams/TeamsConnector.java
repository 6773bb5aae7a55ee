package se.postboxen.kollegan.adapter.teams;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

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

	TeamsConnector(RestClient http, ConnectorTokens tokens, TeamsProperties properties) {
		this.http = http;
		this.tokens = tokens;
		this.properties = properties;
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
		for (int attempt = 1;; attempt++) {
			try {
				return call.get();
			}
			catch (RestClientResponseException ex) {
				int status = ex.getStatusCode().value();
				if (status == HttpStatus.UNAUTHORIZED.value()) {
					// Revoked or rotated: the next attempt (the job's) fetches a new one.
					this.tokens.forget();
				}
				if (!TRANSIENT.contains(status) || attempt == ATTEMPTS) {
					throw new TeamsUnavailableException("the Bot Connector answered " + status, ex);
				}
				pause(wait(ex.getResponseHeaders(), attempt));
			}
			catch (ResourceAccessException ex) {
				if (attempt == ATTEMPTS) {
					throw new TeamsUnavailableException("the Bot Connector did not answer", ex);
				}
				pause(wait(null, attempt));
			}
			catch (RestClientException ex) {
				throw new TeamsUnavailableException("the Bot Connector's answer was unreadable", ex);
			}
		}
	}

	/**
	 * {@code Retry-After} (seconds or a date) when given, else 1 s, 2 s …; never above
	 * the cap.
	 */
	static Duration wait(@Nullable HttpHeaders headers, int attempt) {
		// An HTTP date is a wall-clock time, so it is measured from the wall clock.
		Duration wait = RetryAfter
			.wait((headers != null) ? headers.getFirst(HttpHeaders.RETRY_AFTER) : null, Instant.now())
			.orElse(Duration.ofSeconds(1L << (attempt - 1)));
		return (wait.compareTo(MAX_WAIT) > 0) ? MAX_WAIT : wait;
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TeamsUnavailableException("interrupted while waiting to retry");
		}
	}

}
