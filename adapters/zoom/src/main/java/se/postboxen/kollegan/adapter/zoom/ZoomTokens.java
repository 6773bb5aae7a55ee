package se.postboxen.kollegan.adapter.zoom;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.shared.ExpiringCache;

/**
 * An access token of one of Kollegan's Zoom apps, cached until shortly before it expires.
 * Zoom gives no refresh token for either grant used here; a new one is simply requested.
 * The client id and secret always go as Basic authentication; the grant decides the rest
 * of the query.
 *
 * @see <a href=
 * "https://developers.zoom.us/docs/internal-apps/s2s-oauth/">Server-to-Server OAuth</a>
 * @see <a href="https://developers.zoom.us/docs/rooms/oauth/">OAuth 2.0: request an
 * access token (App Type: Server to Server)</a>
 * @see <a href=
 * "https://zoomdevelopersupport.zendesk.com/hc/en-us/articles/360053869332-How-to-get-a-Chatbot-Token">How
 * to get a chatbot token</a>
 */
class ZoomTokens {

	/** Renewed this long before expiry, so that a token never runs out mid-call. */
	private static final Duration EARLY = Duration.ofMinutes(1);

	private final RestClient http;

	private final URI endpoint;

	private final String clientId;

	private final String clientSecret;

	/** By the token request's address, which names the grant (and the account). */
	private final ExpiringCache<URI, String> tokens;

	private ZoomTokens(RestClient http, URI endpoint, String clientId, String clientSecret, Clock clock) {
		this.http = http;
		this.endpoint = endpoint;
		this.clientId = clientId;
		this.clientSecret = clientSecret;
		this.tokens = new ExpiringCache<>(this::fetch, EARLY, clock);
	}

	/**
	 * The Server-to-Server OAuth app's token ({@code account_credentials}: the account id
	 * in the query), which reads the account's cloud recordings.
	 */
	static ZoomTokens accountCredentials(RestClient http, ZoomProperties properties, Clock clock) {
		return new ZoomTokens(http,
				endpoint(properties).queryParam("grant_type", "account_credentials")
					.queryParam("account_id", properties.accountId())
					.build()
					.encode()
					.toUri(),
				String.valueOf(properties.clientId()), String.valueOf(properties.clientSecret()), clock);
	}

	/**
	 * The chatbot's token ({@code client_credentials}, scope {@code imchat:bot}), which
	 * sends its messages in any account that installed it.
	 */
	static ZoomTokens clientCredentials(RestClient http, ZoomProperties properties, Clock clock) {
		return new ZoomTokens(http,
				endpoint(properties).queryParam("grant_type", "client_credentials").build().encode().toUri(),
				String.valueOf(properties.chatbotClientId()), String.valueOf(properties.chatbotClientSecret()), clock);
	}

	private static UriComponentsBuilder endpoint(ZoomProperties properties) {
		return UriComponentsBuilder.fromUri(properties.oauthUrl()).path("/oauth/token");
	}

	/**
	 * A valid access token; callers asking at once share one request, so that concurrent
	 * calls do not each ask Zoom for a new one.
	 * @throws RestClientException when Zoom refuses or does not answer
	 */
	String token() {
		return this.tokens.get(this.endpoint);
	}

	/** Forgets a token Zoom no longer accepts (app deactivated, secret rotated). */
	void forget() {
		this.tokens.forget(this.endpoint);
	}

	private ExpiringCache.Fetched<String> fetch(URI endpoint) {
		JsonNode body = this.http.post()
			.uri(endpoint)
			.headers(headers -> headers.setBasicAuth(this.clientId, this.clientSecret))
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class);
		if (body == null || !body.hasNonNull("access_token")) {
			throw new RestClientException("Zoom gav ingen token / Zoom gave no token");
		}
		return new ExpiringCache.Fetched<>(body.get("access_token").asString(),
				Duration.ofSeconds(body.path("expires_in").asLong(3600)));
	}

}
