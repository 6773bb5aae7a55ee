package se.postboxen.kollegan.bot.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Tells requests that nothing in the application would handle (an unknown path, a method
 * the path does not support) from requests that reach a handler. The former may pass
 * security so that MVC answers them honestly with 404 or 405; the latter must match an
 * explicit rule or be denied.
 */
@Component
class HandlerLookup {

	private static final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	private final ObjectProvider<HandlerMapping> mappings;

	HandlerLookup(ObjectProvider<HandlerMapping> mappings) {
		this.mappings = mappings;
	}

	boolean handled(HttpServletRequest request) {
		boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
		if (!parsed) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		try {
			List<HandlerMapping> ordered = this.mappings.orderedStream()
				.sorted(AnnotationAwareOrderComparator.INSTANCE)
				.toList();
			for (HandlerMapping mapping : ordered) {
				try {
					if (mapping.getHandler(request) != null) {
						return true;
					}
				}
				catch (Exception ex) {
					// A mapping that knows the path but not the method, or cannot match:
					// not handled here.
				}
			}
			return false;
		}
		finally {
			if (!parsed) {
				ServletRequestPathUtils.clearParsedRequestPath(request);
			}
		}
	}

	/**
	 * For {@code /api}: a signed-in caller may learn that an endpoint does not exist;
	 * nobody else may.
	 */
	AuthorizationManager<RequestAuthorizationContext> unhandledForSignedIn() {
		return (authentication,
				context) -> new AuthorizationDecision(signedIn(authentication.get()) && !handled(context.getRequest()));
	}

	/**
	 * For pages: anyone learns that a page does not exist; existing ones need a sign-in.
	 */
	AuthorizationManager<RequestAuthorizationContext> unhandledOrSignedIn() {
		// The cheap check first: a signed-in user's request never needs the handler
		// lookup.
		return (authentication,
				context) -> new AuthorizationDecision(signedIn(authentication.get()) || !handled(context.getRequest()));
	}

	private static boolean signedIn(org.springframework.security.core.Authentication authentication) {
		return authentication != null && authentication.isAuthenticated() && !trust.isAnonymous(authentication);
	}

}
