package se.postboxen.kollegan.adapter.teams;

import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * The Bot Connector's signing keys: the OpenID metadata names the key set, the key set is
 * fetched and kept. Kept for a day (the SDKs keep it five; a day notices a withdrawn key
 * sooner), and fetched again when a token names a key we do not know — keys rotate — but
 * at most once a minute, so that tokens with made-up key ids cannot make us hammer
 * Microsoft.
 * <p>
 * Read by hand rather than through a JOSE key source because each key carries
 * {@code endorsements} (the channels it may sign for), which those drop.
 */
class ConnectorKeys {

	private static final Logger logger = LoggerFactory.getLogger(ConnectorKeys.class);

	static final Duration KEEP = Duration.ofDays(1);

	static final Duration MIN_REFETCH = Duration.ofMinutes(1);

	/** One signing key, with the channels it is endorsed for (empty: not stated). */
	record Key(RSAPublicKey publicKey, List<String> endorsements) {

	}

	private final RestClient http;

	private final TeamsProperties properties;

	private final Clock clock;

	private volatile Map<String, Key> keys = Map.of();

	private volatile @Nullable Instant fetchedAt;

	ConnectorKeys(RestClient http, TeamsProperties properties, Clock clock) {
		this.http = http;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The key with this id, fetching the key set if it is old or does not have it.
	 * @throws KeysUnavailableException when no key set could be fetched at all
	 */
	Optional<Key> key(String keyId) {
		Instant fetched = this.fetchedAt;
		Instant now = this.clock.instant();
		if (fetched == null || now.isAfter(fetched.plus(KEEP))) {
			refresh(fetched);
		}
		Key key = this.keys.get(keyId);
		if (key == null && this.fetchedAt != null && !now.isBefore(this.fetchedAt.plus(MIN_REFETCH))) {
			refresh(this.fetchedAt);
			key = this.keys.get(keyId);
		}
		return Optional.ofNullable(key);
	}

	/**
	 * Fetches the key set ahead of the first activity, so that no request waits on
	 * Microsoft's key endpoint; a failure here is retried by the first request.
	 */
	void warmUp() {
		try {
			refresh(null);
		}
		catch (KeysUnavailableException ex) {
			logger.warn("The Bot Connector's signing keys are not fetched yet: {}", ex.getMessage());
		}
	}

	/** Fetches the key set, unless another thread did since {@code seen}. */
	private synchronized void refresh(@Nullable Instant seen) {
		if (this.fetchedAt != null && !this.fetchedAt.equals(seen)) {
			return;
		}
		try {
			JsonNode metadata = this.http.get()
				.uri(this.properties.openIdMetadataUrl())
				.retrieve()
				.body(JsonNode.class);
			String jwksUri = (metadata != null) ? metadata.path("jwks_uri").asString("") : "";
			if (!jwksUri.startsWith("https://") && !jwksUri.startsWith(origin(this.properties.openIdMetadataUrl()))) {
				throw new KeysUnavailableException("the OpenID metadata names no https key set");
			}
			JsonNode set = this.http.get().uri(jwksUri).retrieve().body(JsonNode.class);
			this.keys = read(set);
		}
		catch (RestClientException ex) {
			logger.warn("Could not fetch the Bot Connector's signing keys: {}", ex.getMessage());
			if (this.fetchedAt == null) {
				throw new KeysUnavailableException("the Bot Connector's signing keys could not be fetched");
			}
			// Keep the keys we have; the next unknown key id tries again after the pause.
		}
		this.fetchedAt = this.clock.instant();
	}

	/**
	 * Where the metadata itself came from: a key set there is trusted as much as the
	 * configured metadata address (a test's mock server speaks plain http).
	 */
	private static String origin(URI uri) {
		return uri.getScheme() + "://" + uri.getRawAuthority() + "/";
	}

	private static Map<String, Key> read(@Nullable JsonNode set) {
		Map<String, Key> read = new HashMap<>();
		if (set == null) {
			return read;
		}
		for (JsonNode jwk : set.path("keys")) {
			String keyId = jwk.path("kid").asString("");
			if (!"RSA".equals(jwk.path("kty").asString("")) || keyId.isEmpty() || !jwk.hasNonNull("n")
					|| !jwk.hasNonNull("e")) {
				continue;
			}
			try {
				RSAPublicKey publicKey = new RSAKey.Builder(new Base64URL(jwk.get("n").asString()),
						new Base64URL(jwk.get("e").asString()))
					.build()
					.toRSAPublicKey();
				List<String> endorsements = new ArrayList<>();
				jwk.path("endorsements").forEach(endorsement -> endorsements.add(endorsement.asString("")));
				read.put(keyId, new Key(publicKey, List.copyOf(endorsements)));
			}
			catch (JOSEException | IllegalArgumentException ex) {
				logger.warn("Skipping an unreadable Bot Connector key {}", keyId);
			}
		}
		return Map.copyOf(read);
	}

	/** No key set could be had: incoming activities cannot be checked at all. */
	static class KeysUnavailableException extends RuntimeException {

		KeysUnavailableException(String message) {
			super(message);
		}

	}

}
