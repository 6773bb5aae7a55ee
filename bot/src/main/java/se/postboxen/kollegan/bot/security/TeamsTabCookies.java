package se.postboxen.kollegan.bot.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.stereotype.Component;

/**
 * Inside Teams the dashboard is a frame on another site, where a {@code SameSite=Lax}
 * cookie is never sent: with Teams sign-in configured the session cookie is
 * {@code SameSite=None} and {@code Partitioned} (kept apart per top-level site, as
 * browsers that block third-party cookies still allow). Forms keep their CSRF tokens, and
 * the API never reads the cookie, so a cross-site request still rides on nothing. The
 * cookie is Spring Session's (docs/adr/0012-shared-sessions.md), which Spring Boot
 * configures from {@code server.servlet.session.cookie.*} before this runs.
 */
@Component
class TeamsTabCookies implements DefaultCookieSerializerCustomizer {

	private final boolean teamsTab;

	private final @Nullable Boolean secure;

	TeamsTabCookies(SecurityProperties properties, ServerProperties server) {
		this.teamsTab = properties.teamsTab().enabled();
		this.secure = server.getServlet().getSession().getCookie().getSecure();
	}

	@Override
	public void customize(DefaultCookieSerializer cookie) {
		if (!this.teamsTab) {
			return;
		}
		if (Boolean.FALSE.equals(this.secure)) {
			throw new IllegalStateException("server.servlet.session.cookie.secure (KOLLEGAN_SECURE_COOKIES) must be"
					+ " true when kollegan.security.teams-tab.app-id is set: browsers drop SameSite=None cookies"
					+ " that are not Secure");
		}
		cookie.setSameSite("None");
		cookie.setPartitioned(true);
	}

}
