package se.postboxen.kollegan.adapter.teams;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays the Bot Connector's token service in tests: our own RSA keys, published as a JWK
 * set shaped like {@code https://login.botframework.com/v1/.well-known/keys} (with
 * {@code endorsements}), and tokens with the claims the Connector sends.
 */
final class BotConnectorTokens {

	static final String ISSUER = "https://api.botframework.com";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final Map<String, KeyPair> keys = new LinkedHashMap<>();

	/** Adds a signing key under this id (a rotation, when there were others). */
	BotConnectorTokens withKey(String keyId) {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			this.keys.put(keyId, generator.generateKeyPair());
			return this;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The JWK set, each key endorsed for the given channels. */
	String jwks(List<String> endorsements) {
		List<Map<String, Object>> published = this.keys.entrySet().stream().map(entry -> {
			Map<String, Object> jwk = new LinkedHashMap<>(
					new RSAKey.Builder((RSAPublicKey) entry.getValue().getPublic()).keyID(entry.getKey())
						.build()
						.toJSONObject());
			jwk.put("use", "sig");
			jwk.put("endorsements", endorsements);
			return jwk;
		}).toList();
		return json.writeValueAsString(Map.of("keys", published));
	}

	/** The claims of a genuine token for this bot and activity, valid for an hour. */
	static JWTClaimsSet.Builder claims(String appId, String serviceUrl, Instant now) {
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(appId)
			.notBeforeTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plusSeconds(3600)))
			.claim("serviceurl", serviceUrl);
	}

	/** A token signed RS256 with one of our keys. */
	String sign(String keyId, JWTClaimsSet claims) {
		KeyPair key = this.keys.get(keyId);
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
			jwt.sign(new RSASSASigner(key.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A token signed RS256 by a key the Connector never published under this id. */
	static String signWithStrangersKey(String keyId, JWTClaimsSet claims) {
		return new BotConnectorTokens().withKey(keyId).sign(keyId, claims);
	}

	/** The old confusion attack: HMAC "signed" with the RSA public key's bytes. */
	String hs256WithPublicKey(String keyId, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keyId).build(), claims);
			jwt.sign(new MACSigner(this.keys.get(keyId).getPublic().getEncoded()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An unsigned token ({@code "alg": "none"}). */
	static String unsigned(JWTClaimsSet claims) {
		return new PlainJWT(claims).serialize();
	}

	static JWTClaimsSet with(JWTClaimsSet.Builder claims, UnaryOperator<JWTClaimsSet.Builder> change) {
		return change.apply(claims).build();
	}

}
