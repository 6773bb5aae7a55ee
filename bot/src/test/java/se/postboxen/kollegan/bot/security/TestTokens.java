package se.postboxen.kollegan.bot.security;

import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import se.postboxen.kollegan.bot.demo.DemoTenant;

/**
 * Tokens made in the test, good and forged: signed with the running development
 * provider's own key (so only the claim under test is wrong), with a stranger's key, or
 * not at all.
 */
final class TestTokens {

	static final String ISSUER = "http://localhost:8080";

	static final String AUDIENCE = "api://kollegan";

	private final RSAKey providerKey;

	TestTokens(JWKSource<SecurityContext> providerKeys) throws Exception {
		List<JWK> keys = providerKeys.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
		this.providerKey = (RSAKey) keys.get(0);
	}

	/** Claims as the provider would issue them to demo-a's member. */
	static JWTClaimsSet.Builder memberOfDemoA() {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(AUDIENCE)
			.subject("demo-a-member")
			.claim("oid", "00000000-0000-0000-0000-00000000beef")
			.claim("tid", DemoTenant.A.directoryId())
			.claim("roles", List.of("MEMBER"))
			.claim("preferred_username", "erik.lund@kommun-a.example")
			.issueTime(Date.from(now))
			.notBeforeTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofMinutes(10))));
	}

	String signed(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
		return sign(this.providerKey, change.apply(memberOfDemoA()).build());
	}

	String signedByStranger(UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		var pair = generator.generateKeyPair();
		// Same key id as the real key: a forger would copy it from the published key set.
		RSAKey stranger = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
			.privateKey((RSAPrivateKey) pair.getPrivate())
			.keyID(this.providerKey.getKeyID())
			.build();
		return sign(stranger, change.apply(memberOfDemoA()).build());
	}

	/** {@code alg: none}: no signature at all. */
	static String unsigned(JWTClaimsSet claims) {
		return new PlainJWT(claims).serialize();
	}

	/**
	 * HS256 keyed with the public key's bytes: the classic algorithm-confusion forgery.
	 */
	String hmacWithPublicKey() throws Exception {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(this.providerKey.getKeyID()).build(),
				memberOfDemoA().build());
		byte[] secret = this.providerKey.toPublicJWK().toJSONString().getBytes();
		jwt.sign(new MACSigner(java.util.Arrays.copyOf(secret, Math.max(secret.length, 32))));
		return jwt.serialize();
	}

	private static String sign(RSAKey key, JWTClaimsSet claims) throws Exception {
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
