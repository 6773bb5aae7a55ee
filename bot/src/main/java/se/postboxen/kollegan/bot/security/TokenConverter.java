package se.postboxen.kollegan.bot.security;

import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import se.postboxen.kollegan.tenant.Tenants;

/**
 * Turns a verified access token into the caller's identity. A token from a directory that
 * is not one of our tenants authenticates but carries no role, so every API endpoint
 * answers it 403.
 */
final class TokenConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final Tenants tenants;

	TokenConverter(Tenants tenants) {
		this.tenants = tenants;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		return TokenClaims.user(jwt.getClaims(), this.tenants)
			.<AbstractAuthenticationToken>map(user -> new TokenAuthentication(jwt, user, TokenClaims.authorities(user)))
			.orElseGet(() -> new JwtAuthenticationToken(jwt, List.of()));
	}

}
