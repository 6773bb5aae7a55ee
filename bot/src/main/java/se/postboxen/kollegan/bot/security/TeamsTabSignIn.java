package se.postboxen.kollegan.bot.security;

import java.io.Serializable;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.web.ApiProperties;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Signing in inside Teams: the tab page asks Teams for a token
 * ({@code authentication.getAuthToken()}), posts it here with the page's CSRF token, and
 * gets a dashboard session. The token is an Entra ID access token for Kollegan's own app:
 * signed with Entra's keys (RS256 only), for our app id or Application ID URI, with the
 * {@code access_as_user} scope, issued by the directory it names in {@code tid}, and that
 * directory one of our tenants. The same claims decide the identity as for the API and
 * the browser sign-in. Nothing of the token is logged.
 */
@Controller
class TeamsTabSignIn {

	static final String SCOPE = "access_as_user";

	private static final Logger logger = LoggerFactory.getLogger(TeamsTabSignIn.class);

	private final @Nullable JwtDecoder decoder;

	private final Tenants tenants;

	private final AuditLog auditLog;

	private final Clock clock;

	private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	TeamsTabSignIn(SecurityProperties security, ApiProperties api, Tenants tenants, AuditLog auditLog, Clock clock) {
		this.decoder = security.teamsTab().enabled() ? decoder(security.teamsTab(), api.publicUrl()) : null;
		this.tenants = tenants;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	private static JwtDecoder decoder(SecurityProperties.TeamsTab tab, URI publicUrl) {
		Set<String> audiences = new LinkedHashSet<>();
		audiences.add(tab.appId());
		audiences.add((tab.resource() != null && !tab.resource().isBlank()) ? tab.resource()
				: "api://" + publicUrl.getHost() + "/" + tab.appId());
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(tab.jwkSetUri().toString())
			.jwsAlgorithm(SignatureAlgorithm.RS256)
			.build();
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(SecurityConfiguration.CLOCK_SKEW),
						new JwtClaimValidator<List<String>>("aud",
								(List<String> aud) -> aud != null && aud.stream().anyMatch(audiences::contains)),
						new JwtClaimValidator<String>("scp",
								(String scp) -> scp != null && List.of(scp.split(" ")).contains(SCOPE)),
						TeamsTabSignIn::issuedByItsOwnDirectory));
		return decoder;
	}

	/**
	 * Entra's keys are shared by every directory, so the issuer must be the one of the
	 * directory the token names: v2.0 or v1.0 tokens.
	 */
	private static OAuth2TokenValidatorResult issuedByItsOwnDirectory(Jwt jwt) {
		String tid = jwt.getClaimAsString(TokenClaims.TENANT);
		String issuer = jwt.getClaimAsString("iss");
		boolean valid = tid != null && tid.matches("[0-9a-fA-F-]{36}")
				&& (("https://login.microsoftonline.com/" + tid + "/v2.0").equals(issuer)
						|| ("https://sts.windows.net/" + tid + "/").equals(issuer));
		return valid ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult
			.failure(new OAuth2Error("invalid_token", "issuer is not the directory's", null));
	}

	/**
	 * 204 and a session for a valid token; 401 for any other, without saying why (the
	 * reason is logged, the token never).
	 */
	@PostMapping("/teams/sso")
	ResponseEntity<Void> signIn(@RequestParam String token, HttpServletRequest request, HttpServletResponse response) {
		Optional<KolleganUser> user = verify(token);
		if (user.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		// A new session id for the signed-in session, as Spring's own sign-ins do.
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new TeamsTabUser(user.get()), null,
				TokenClaims.authorities(user.get())));
		SecurityContextHolder.setContext(context);
		this.sessions.saveContext(context, request, response);
		this.auditLog.record(AuditEvent.of(user.get().tenantId(), this.clock.instant(),
				Actor.user(user.get().subject()), "user.login", "user", user.get().subject(),
				Map.of("roles", user.get().roles().toString(), "via", "teams-sso")));
		return ResponseEntity.noContent().build();
	}

	Optional<KolleganUser> verify(String token) {
		if (this.decoder == null) {
			logger.info("Teams sign-in refused: Teams single sign-on is not configured");
			return Optional.empty();
		}
		try {
			Optional<KolleganUser> user = TokenClaims.user(this.decoder.decode(token).getClaims(), this.tenants);
			if (user.isEmpty()) {
				logger.info("Teams sign-in refused: the token's directory is not a tenant here");
			}
			return user;
		}
		catch (JwtException ex) {
			// Spring's messages name the failed check, never the token's content.
			logger.info("Teams sign-in refused: {}", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	/** Whoever signed in through Teams; kept in the session. */
	record TeamsTabUser(KolleganUser kolleganUser) implements KolleganPrincipal, Serializable {

		@Override
		public String toString() {
			return "TeamsTabUser[" + this.kolleganUser.subject() + "]";
		}

	}

}
