package se.postboxen.kollegan.bot.security.devidp;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The built-in identity provider's signing key and issuer. The key is made at start-up
 * and kept in memory only: development tokens do not outlive the process that signed
 * them.
 */
public final class DevIdentityProvider {

	private final String issuer;

	private final JWKSource<SecurityContext> keys;

	DevIdentityProvider(String issuer) {
		this.issuer = issuer;
		this.keys = new ImmutableJWKSet<>(new JWKSet(newSigningKey()));
	}

	private static RSAKey newSigningKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID(UUID.randomUUID().toString())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
	}

	public String issuer() {
		return this.issuer;
	}

	JWKSource<SecurityContext> keys() {
		return this.keys;
	}

	/** Verifies tokens signed by this provider, in process, with the given checks. */
	public JwtDecoder jwtDecoder(OAuth2TokenValidator<Jwt> validator) {
		NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(this.keys);
		decoder.setJwtValidator(validator);
		return decoder;
	}

}
