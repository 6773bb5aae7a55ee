package se.postboxen.kollegan.bot.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;
import org.springframework.session.web.http.DefaultCookieSerializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TeamsTabCookiesTests {

	@Test
	void withTeamsSignInTheSessionCookieCrossesSitesPartitioned() {
		assertThat(sessionCookie(teamsTab("7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d"), true)).contains("SameSite=None")
			.contains("Partitioned")
			.contains("Secure")
			.contains("HttpOnly");
	}

	@Test
	void withoutItTheCookieStaysLax() {
		assertThat(sessionCookie(teamsTab(null), true)).contains("SameSite=Lax").doesNotContain("Partitioned");
	}

	@Test
	void teamsSignInRefusesACookieThatIsNotSecure() {
		assertThatIllegalStateException().isThrownBy(() -> sessionCookie(teamsTab("an-app"), false))
			.withMessageContaining("KOLLEGAN_SECURE_COOKIES");
	}

	/** The cookie as Spring Boot configures it from application.yml, then customised. */
	private static String sessionCookie(SecurityProperties security, boolean secure) {
		ServerProperties server = new ServerProperties();
		server.getServlet().getSession().getCookie().setSecure(secure);
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("KOLLEGAN_SESSION");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setUseSecureCookie(secure);
		cookie.setSameSite("Lax");
		new TeamsTabCookies(security, server).customize(cookie);
		MockHttpServletResponse response = new MockHttpServletResponse();
		cookie.writeCookieValue(new CookieValue(new MockHttpServletRequest(), response, "id"));
		return response.getHeader("Set-Cookie");
	}

	private static SecurityProperties teamsTab(@Nullable String appId) {
		return new SecurityProperties("api://kollegan", List.of(),
				new SecurityProperties.DevIdp(null, "http://localhost:8080", Duration.ofMinutes(15)),
				new SecurityProperties.Login(null, null, null), new SecurityProperties.Cors(List.of()),
				new SecurityProperties.TeamsTab(appId, null,
						URI.create("https://login.microsoftonline.com/common/discovery/v2.0/keys")),
				List.of("'self'"));
	}

}
