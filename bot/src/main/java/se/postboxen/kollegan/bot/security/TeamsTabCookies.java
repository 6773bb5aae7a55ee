package se.postboxen.kollegan.bot.security;

import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Inside Teams the dashboard is a frame on another site, where a {@code SameSite=Lax}
 * cookie is never sent: with Teams sign-in configured the session cookie is
 * {@code SameSite=None} and {@code Partitioned} (kept apart per top-level site, as
 * browsers that block third-party cookies still allow). Forms keep their CSRF tokens, and
 * the API never reads the cookie, so a cross-site request still rides on nothing.
 */
@Component
class TeamsTabCookies implements WebServerFactoryCustomizer<ConfigurableServletWebServerFactory>, Ordered {

	private final boolean teamsTab;

	TeamsTabCookies(SecurityProperties properties) {
		this.teamsTab = properties.teamsTab().enabled();
	}

	@Override
	public void customize(ConfigurableServletWebServerFactory factory) {
		if (!this.teamsTab) {
			return;
		}
		Cookie cookie = factory.getSettings().getSession().getCookie();
		if (Boolean.FALSE.equals(cookie.getSecure())) {
			throw new IllegalStateException("server.servlet.session.cookie.secure (KOLLEGAN_SECURE_COOKIES) must be"
					+ " true when kollegan.security.teams-tab.app-id is set: browsers drop SameSite=None cookies"
					+ " that are not Secure");
		}
		cookie.setSameSite(Cookie.SameSite.NONE);
		cookie.setPartitioned(true);
	}

	/** After Spring Boot has applied {@code server.servlet.session.cookie.*}. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
