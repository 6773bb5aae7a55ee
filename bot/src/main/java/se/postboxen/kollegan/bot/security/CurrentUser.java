package se.postboxen.kollegan.bot.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in caller of the current request, whether they came with a bearer token
 * (API) or a login session (dashboard).
 */
@Component
public class CurrentUser {

	/**
	 * @throws org.springframework.security.access.AccessDeniedException when the request
	 * carries no Kollegan identity (only reachable through a missing security rule)
	 */
	public KolleganUser get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof KolleganPrincipal principal) {
			return principal.kolleganUser();
		}
		throw new org.springframework.security.access.AccessDeniedException("No Kollegan identity");
	}

	/**
	 * Whether the caller's administrator rights come from a break-glass grant for this
	 * request rather than from the identity provider.
	 */
	public boolean byBreakGlass() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof BreakGlassElevation.ElevatedUser;
	}

}
