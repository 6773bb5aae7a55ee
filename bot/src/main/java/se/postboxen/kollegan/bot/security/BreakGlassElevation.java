package se.postboxen.kollegan.bot.security;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.audit.AuditEvent;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.breakglass.BreakGlass;
import se.postboxen.kollegan.breakglass.BreakGlassGrant;
import se.postboxen.kollegan.breakglass.BreakGlassGrantId;
import se.postboxen.kollegan.tenant.Role;

/**
 * Makes a person with an active break-glass grant an administrator, for one request at a
 * time. The grant is looked up on every request of an eligible person — never stored in
 * the session or a token — so the rights end the moment the grant expires or is ended, on
 * every replica. Each request that may change something under these rights is audited
 * with its method and path.
 */
public final class BreakGlassElevation extends OncePerRequestFilter {

	/** The request attribute holding the grant a request runs under, for pages. */
	public static final String GRANT = BreakGlassElevation.class.getName() + ".grant";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private final BreakGlass breakGlass;

	private final AuditLog auditLog;

	private final Clock clock;

	BreakGlassElevation(BreakGlass breakGlass, AuditLog auditLog, Clock clock) {
		this.breakGlass = breakGlass;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		SecurityContext original = SecurityContextHolder.getContext();
		Authentication authentication = original.getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof KolleganPrincipal principal)
				|| !principal.kolleganUser().has(Role.BREAK_GLASS) || principal.kolleganUser().has(Role.ADMIN)) {
			chain.doFilter(request, response);
			return;
		}
		KolleganUser user = principal.kolleganUser();
		Optional<BreakGlassGrant> grant = this.breakGlass.active(user.tenantId(), user.subject());
		if (grant.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (!SAFE_METHODS.contains(request.getMethod())) {
			String path = request.getRequestURI();
			this.auditLog.record(AuditEvent.of(user.tenantId(), this.clock.instant(), Actor.user(user.subject()),
					"break-glass.request", "break-glass", grant.get().id().toString(), Map.of("method",
							request.getMethod(), "path", (path.length() <= 200) ? path : path.substring(0, 200))));
		}
		SecurityContext elevated = SecurityContextHolder.createEmptyContext();
		elevated.setAuthentication(new Elevated(authentication, user, grant.get().id()));
		SecurityContextHolder.setContext(elevated);
		request.setAttribute(GRANT, grant.get());
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.setContext(original);
		}
	}

	/** The signed-in person with administrator rights added, for this request only. */
	static final class Elevated extends AbstractAuthenticationToken {

		private final Authentication original;

		private final ElevatedUser principal;

		Elevated(Authentication original, KolleganUser user, BreakGlassGrantId grant) {
			super(withAdmin(original));
			this.original = original;
			Set<Role> roles = EnumSet.copyOf(user.roles());
			roles.add(Role.ADMIN);
			this.principal = new ElevatedUser(
					new KolleganUser(user.tenantId(), user.subject(), user.email(), user.name(), roles), grant);
			setAuthenticated(true);
		}

		private static List<GrantedAuthority> withAdmin(Authentication original) {
			List<GrantedAuthority> authorities = new ArrayList<>(original.getAuthorities());
			authorities.add(new SimpleGrantedAuthority("ROLE_" + Role.ADMIN.name()));
			return authorities;
		}

		@Override
		public Object getCredentials() {
			return "";
		}

		@Override
		public ElevatedUser getPrincipal() {
			return this.principal;
		}

		@Override
		public String getName() {
			return this.original.getName();
		}

	}

	/** Whose rights a request runs with, and under which grant. */
	record ElevatedUser(KolleganUser kolleganUser, BreakGlassGrantId grant) implements KolleganPrincipal {

	}

}
