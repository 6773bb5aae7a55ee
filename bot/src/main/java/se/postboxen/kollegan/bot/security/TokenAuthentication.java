package se.postboxen.kollegan.bot.security;

import java.util.Collection;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;

/** A verified bearer token and the Kollegan identity it stands for. */
final class TokenAuthentication extends AbstractOAuth2TokenAuthenticationToken<Jwt> {

	private final KolleganUser user;

	TokenAuthentication(Jwt jwt, KolleganUser user, Collection<? extends GrantedAuthority> authorities) {
		super(jwt, new KolleganIdentity(user), jwt, authorities);
		this.user = user;
		setAuthenticated(true);
	}

	@Override
	public Map<String, Object> getTokenAttributes() {
		return getToken().getClaims();
	}

	@Override
	public String getName() {
		return this.user.subject();
	}

	/** The principal of a token request. */
	record KolleganIdentity(KolleganUser kolleganUser) implements KolleganPrincipal {

	}

}
