package se.postboxen.kollegan.adapter.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.calendar.CalendarFeedException;

/**
 * App-only tokens for Graph, one per customer directory (client credentials against that
 * directory's token endpoint), cached until shortly before they expire.
 */
class GraphTokens {

	private static final Pattern DIRECTORY = Pattern.compile("^[A-Za-z0-9.-]{1,100}$");

	private static final Duration EARLY = Duration.ofMinutes(5);

	private record Token(String value, Instant expiresAt) {

	}

	private final RestClient http;

	private final GraphProperties properties;

	private final Clock clock;

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	GraphTokens(RestClient http, GraphProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.clock = clock;
	}

	String token(String directoryId) {
		if (!DIRECTORY.matcher(directoryId).matches()) {
			throw new CalendarFeedException("Ogiltigt katalog-id / Invalid directory id");
		}
		Token cached = this.tokens.get(directoryId);
		if (cached != null && this.clock.instant().isBefore(cached.expiresAt().minus(EARLY))) {
			return cached.value();
		}
		Token fresh = fetch(directoryId);
		this.tokens.put(directoryId, fresh);
		return fresh.value();
	}

	private Token fetch(String directoryId) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("client_id", this.properties.clientId());
		form.add("client_secret", this.properties.clientSecret());
		form.add("scope", "https://graph.microsoft.com/.default");
		form.add("grant_type", "client_credentials");
		try {
			JsonNode body = this.http.post()
				.uri(this.properties.loginUrl() + "/{directory}/oauth2/v2.0/token", directoryId)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(JsonNode.class);
			if (body == null || !body.hasNonNull("access_token")) {
				throw new CalendarFeedException("Microsoft gav ingen token / Microsoft gave no token");
			}
			return new Token(body.get("access_token").asString(),
					this.clock.instant().plusSeconds(body.path("expires_in").asLong(3600)));
		}
		catch (RestClientException ex) {
			throw new CalendarFeedException(
					"Microsoft 365 nekade inloggning – har administratören godkänt Kollegan? / Microsoft 365 refused "
							+ "sign-in: has the administrator consented to Kollegan?",
					ex);
		}
	}

}
