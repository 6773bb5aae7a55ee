package se.postboxen.kollegan.adapter.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

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

	private record Token(String value, Instant expiresAt) {

	}

	private final RestClient http;

	private final TeamsProperties properties;

	private final Clock clock;

	private @Nullable Token token;

	ConnectorTokens(RestClient http, TeamsProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.clock = clock;
	}

	synchronized String token() {
		if (this.token == null || !this.clock.instant().isBefore(this.token.expiresAt().minus(EARLY))) {
			this.token = fetch();
		}
		return this.token.value();
	}

	/** Forgets the token, after the Connector refused it. */
	synchronized void forget() {
		this.token = null;
	}

	private Token fetch() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		form.add("client_id", this.properties.appId());
		form.add("client_secret", this.properties.appPassword());
		form.add("scope", SCOPE);
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
			return new Token(body.get("access_token").asString(),
					this.clock.instant().plusSeconds(body.path("expires_in").asLong(3600)));
		}
		catch (RestClientException ex) {
			throw new TeamsUnavailableException("Entra ID refused the bot's credentials", ex);
		}
	}

}
