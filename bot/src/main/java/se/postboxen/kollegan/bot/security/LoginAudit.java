package se.postboxen.kollegan.bot.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * The dashboard's sign-in: maps the ID token to a Kollegan identity exactly as the API
 * maps access tokens (a directory that is not ours cannot sign in), and audits each
 * successful sign-in.
 */
@Component
class LoginAudit extends SavedRequestAwareAuthenticationSuccessHandler {

	private final Tenants tenants;

	private final AuditLog auditLog;

	private final Clock clock;

	LoginAudit(Tenants tenants, AuditLog auditLog, Clock clock) {
		this.tenants = tenants;
		this.auditLog = auditLog;
		this.clock = clock;
		setDefaultTargetUrl("/");
	}

	OAuth2UserService<OidcUserRequest, OidcUser> userService() {
		OidcUserService delegate = new OidcUserService();
		return request -> {
			OidcUser oidcUser = delegate.loadUser(request);
			KolleganUser user = TokenClaims.user(oidcUser.getClaims(), this.tenants)
				.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unknown_tenant",
						"Din organisation är inte ansluten / Your organisation is not registered", null)));
			return new KolleganOidcUser(TokenClaims.authorities(user), oidcUser.getIdToken(), oidcUser.getUserInfo(),
					user);
		};
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof KolleganPrincipal principal) {
			KolleganUser user = principal.kolleganUser();
			this.auditLog.record(AuditEvent.of(user.tenantId(), this.clock.instant(), Actor.user(user.subject()),
					"user.login", "user", user.subject(), Map.of("roles", user.roles().toString())));
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	/** A signed-in dashboard user. */
	static final class KolleganOidcUser extends DefaultOidcUser implements KolleganPrincipal {

		/**
		 * Fixed, so that sessions written by the previous release still read during a
		 * rolling deploy (docs/adr/0012-shared-sessions.md).
		 */
		private static final long serialVersionUID = 1L;

		private final KolleganUser user;

		KolleganOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
				KolleganUser user) {
			super(authorities, idToken, userInfo, "sub");
			this.user = user;
		}

		@Override
		public KolleganUser kolleganUser() {
			return this.user;
		}

	}

}
