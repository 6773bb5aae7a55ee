package se.postboxen.kollegan.adapter.teams;

import java.time.Clock;
import java.time.Duration;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.shared.ExpiringCache;

/**
 * Our token for calling the Bot Connector: client credentials for
 * {@code https://api.botframework.com/.default} from our own (single-tenant) app
 * registration's directory, kept until five minutes before it expires.
 *
 * @see <a href=
 * "https://learn.microsoft.com/en-us/azure/bot-service/rest-api/bot-framework-rest-connector-authentication">Authenticate
 * requests from your bot to the Bot Connector service</a>
 */
class ConnectorTokens {

	static final String SCOPE = "https://api.botframework.com/.default";

	private static final Duration EARLY = Duration.ofMinutes(5);

	private final RestClient http;

	private final TeamsProperties properties;

	/** By scope; the Bot Connector's is the only one asked for. */
	private final ExpiringCache<String, String> tokens;

	ConnectorTokens(RestClient http, TeamsProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.tokens = new ExpiringCache<>(this::fetch, EARLY, clock);
	}

	String token() {
		return this.tokens.get(SCOPE);
	}

	/** Forgets the token, after the Connector refused it. */
	void forget() {
		this.tokens.forget(SCOPE);
	}

	private ExpiringCache.Fetched<String> fetch(String scope) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", this.properties.appId());
		form.add("client_secret", this.properties.appPassword());
		form.add("scope", scope);
		try {
			JsonNode body = this.http.post()
				.uri(this.properties.loginUrl() + "/{tenant}/oauth2/v2.0/token", this.properties.appTenantId())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.body(form)
				.retrieve()
				.body(JsonNode.class);
			if (body == null || !body.hasNonNull("access_token")) {
				throw new TeamsUnavailableException("Entra ID gave no token for the Bot Connector");
			}
			return new ExpiringCache.Fetched<>(body.get("access_token").asString(),
					Duration.ofSeconds(body.path("expires_in").asLong(3600)));
		}
		catch (RestClientException ex) {
			throw new TeamsUnavailableException("Entra ID refused the bot's credentials", ex);
		}
	}

}
