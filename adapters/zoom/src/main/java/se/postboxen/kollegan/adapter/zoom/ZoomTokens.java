package se.postboxen.kollegan.adapter.zoom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.transcript.TranscriptUnavailableException;

/**
 * The Server-to-Server OAuth app's access token ({@code account_credentials} grant: the
 * account id in the query, the client id and secret as Basic authentication), cached
 * until shortly before it expires. Zoom gives no refresh token for this grant; a new one
 * is simply requested.
 *
 * @see <a href=
 * "https://developers.zoom.us/docs/internal-apps/s2s-oauth/">Server-to-Server OAuth</a>
 * @see <a href="https://developers.zoom.us/docs/rooms/oauth/">OAuth 2.0: request an
 * access token (App Type: Server to Server)</a>
 */
class ZoomTokens {

	/** Renewed this long before expiry, so that a token never runs out mid-fetch. */
	private static final Duration EARLY = Duration.ofMinutes(1);

	private record Token(String value, Instant expiresAt) {

	}

	private final RestClient http;

	private final ZoomProperties properties;

	private final Clock clock;

	private @Nullable Token token;

	ZoomTokens(RestClient http, ZoomProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A valid access token. Synchronized: one account, one token, and concurrent fetches
	 * should not each ask Zoom for a new one.
	 * @throws org.springframework.web.client.RestClientException when Zoom refuses or
	 * does not answer
	 */
	synchronized String token() {
		Token cached = this.token;
		if (cached != null && this.clock.instant().isBefore(cached.expiresAt().minus(EARLY))) {
			return cached.value();
		}
		Token fresh = fetch();
		this.token = fresh;
		return fresh.value();
	}

	/** Forgets a token Zoom no longer accepts (app deactivated, secret rotated). */
	synchronized void forget() {
		this.token = null;
	}

	private Token fetch() {
		JsonNode body = this.http.post()
			.uri(this.properties.oauthUrl() + "/oauth/token?grant_type=account_credentials&account_id={account}",
					this.properties.accountId())
			.headers(headers -> headers.setBasicAuth(this.properties.clientId(), this.properties.clientSecret()))
			.accept(MediaType.APPLICATION_JSON)
			.retrieve()
			.body(JsonNode.class);
		if (body == null || !body.hasNonNull("access_token")) {
			throw new TranscriptUnavailableException("Zoom gav ingen token / Zoom gave no token", null);
		}
		return new Token(body.get("access_token").asString(),
				this.clock.instant().plusSeconds(body.path("expires_in").asLong(3600)));
	}

}
