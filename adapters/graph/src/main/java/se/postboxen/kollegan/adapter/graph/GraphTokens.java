package se.postboxen.kollegan.adapter.graph;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.calendar.CalendarFeedException;
import se.postboxen.kollegan.shared.ExpiringCache;

/**
 * App-only tokens for Graph, one per customer directory (client credentials against that
 * directory's token endpoint), cached until five minutes before they expire; one request
 * per directory at a time.
 */
class GraphTokens {

	private static final Pattern DIRECTORY = Pattern.compile("^[A-Za-z0-9.-]{1,100}$");

	private static final Duration EARLY = Duration.ofMinutes(5);

	private final RestClient http;

	private final GraphProperties properties;

	/** By directory id. */
	private final ExpiringCache<String, String> tokens;

	GraphTokens(RestClient http, GraphProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.tokens = new ExpiringCache<>(this::fetch, EARLY, clock);
	}

	String token(String directoryId) {
		if (!DIRECTORY.matcher(directoryId).matches()) {
			throw new CalendarFeedException("Ogiltigt katalog-id / Invalid directory id");
		}
		return this.tokens.get(directoryId);
	}

	private ExpiringCache.Fetched<String> fetch(String directoryId) {
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
			return new ExpiringCache.Fetched<>(body.get("access_token").asString(),
					Duration.ofSeconds(body.path("expires_in").asLong(3600)));
		}
		catch (RestClientException ex) {
			throw new CalendarFeedException(
					"Microsoft 365 nekade inloggning – har administratören godkänt Kollegan? / Microsoft 365 refused "
							+ "sign-in: has the administrator consented to Kollegan?",
					ex);
		}
	}

}
