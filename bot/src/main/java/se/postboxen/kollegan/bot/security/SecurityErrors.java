package se.postboxen.kollegan.bot.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.web.ProblemWriter;
import se.postboxen.kollegan.bot.web.Problems;

/**
 * 401 and 403 for the API as problem+json, with the {@code WWW-Authenticate} header RFC
 * 6750 asks for. A rejected token and a token from an unknown directory are audited with
 * the reason code only: never the token.
 */
@Component
class SecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();

	private final ProblemWriter problems;

	private final AuditLog auditLog;

	private final Clock clock;

	SecurityErrors(ProblemWriter problems, AuditLog auditLog, Clock clock) {
		this.problems = problems;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		this.bearerEntryPoint.commence(request, response, exception);
		String reason = "missing_token";
		if (exception instanceof OAuth2AuthenticationException oauth) {
			reason = oauth.getError().getErrorCode();
			this.auditLog.record(AuditEvent.of(null, this.clock.instant(), Actor.anonymous(), "token.rejected",
					"request", null, Map.of("reason", reason, "path", request.getRequestURI())));
		}
		this.problems.write(response, Problems.UNAUTHENTICATED.detail(HttpStatus.UNAUTHORIZED,
				"Skicka en giltig Bearer-token / Send a valid bearer token (" + reason + ")"));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
			throws IOException {
		this.bearerAccessDenied.handle(request, response, exception);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication instanceof JwtAuthenticationToken) {
			// Verified, but for a directory that is none of our tenants.
			this.auditLog.record(AuditEvent.of(null, this.clock.instant(), Actor.anonymous(), "token.unknown-tenant",
					"request", null, Map.of("path", request.getRequestURI())));
			this.problems.write(response, Problems.UNKNOWN_TENANT.detail(HttpStatus.FORBIDDEN,
					"Din organisation är inte ansluten / Your organisation is not registered"));
			return;
		}
		this.problems.write(response, Problems.FORBIDDEN.detail(HttpStatus.FORBIDDEN,
				"Din roll tillåter inte detta / Your role does not allow this"));
	}

}
