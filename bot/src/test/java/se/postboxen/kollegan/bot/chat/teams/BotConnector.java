package se.postboxen.kollegan.bot.chat.teams;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Plays Microsoft's Bot Connector for the ingress tests: its signing key published as a
 * JWK set with {@code endorsements}, tokens with the claims it sends, and recorded
 * activities filled in.
 */
final class BotConnector {

	static final String ISSUER = "https://api.botframework.com";

	static final String KEY_ID = "kollegan-test-key";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final KeyPair key = generate();

	String jwks() {
		Map<String, Object> jwk = new LinkedHashMap<>(
				new RSAKey.Builder((RSAPublicKey) this.key.getPublic()).keyID(KEY_ID).build().toJSONObject());
		jwk.put("endorsements", List.of("msteams"));
		return json.writeValueAsString(Map.of("keys", List.of(jwk)));
	}

	static JWTClaimsSet.Builder claims(String appId, String serviceUrl) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(appId)
			.notBeforeTime(Date.from(now.minusSeconds(60)))
			.expirationTime(Date.from(now.plusSeconds(3600)))
			.claim("serviceurl", serviceUrl);
	}

	String sign(JWTClaimsSet claims) {
		return sign(KEY_ID, claims);
	}

	String sign(String keyId, JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
			jwt.sign(new RSASSASigner(this.key.getPrivate()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String hs256WithPublicKey(JWTClaimsSet claims) {
		try {
			SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KEY_ID).build(), claims);
			jwt.sign(new MACSigner(this.key.getPublic().getEncoded()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String unsigned(JWTClaimsSet claims) {
		return new PlainJWT(claims).serialize();
	}

	/** A recorded payload from {@code src/test/resources/teams/}, placeholders filled. */
	static String payload(String name, Map<String, String> values) {
		try (InputStream in = BotConnector.class.getResourceAsStream("/teams/" + name)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			for (Map.Entry<String, String> value : values.entrySet()) {
				text = text.replace("${" + value.getKey() + "}", value.getValue());
			}
			return text;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
