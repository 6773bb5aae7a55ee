package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.tenant.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's sessions live in Redis, where every replica reads them
 * (docs/adr/0012-shared-sessions.md): a sign-in is stored under a new id for eight hours,
 * reads back whole, and signing out removes it.
 */
@KolleganIntegrationTest
class SharedSessionIntegrationTests {

	static final String KEYS = "kollegan:session:sessions:";

	@LocalServerPort
	int port;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	SessionRepository<? extends Session> sessions;

	@Test
	void aSignInIsStoredInRedisUnderANewIdForEightHoursAndReadsBackWhole() {
		Browser browser = new Browser(this.port);

		HttpResponse<String> home = browser.signIn("erik.lund@kommun-a.example", "demo");

		assertThat(home.statusCode()).isEqualTo(200);
		List<String> ids = sessionIds(browser);
		assertThat(ids).as("a session before and a new one after signing in").hasSizeGreaterThanOrEqualTo(2);
		String signedIn = ids.get(ids.size() - 1);
		assertThat(ids.subList(0, ids.size() - 1)).as("no id from before the sign-in is kept")
			.doesNotContain(signedIn)
			.allSatisfy(before -> assertThat(this.redis.hasKey(KEYS + before)).isFalse());
		assertThat(this.redis.getExpire(KEYS + signedIn, TimeUnit.SECONDS))
			.isBetween(Duration.ofHours(8).minusMinutes(1).toSeconds(), Duration.ofHours(8).toSeconds());

		// Read from Redis as another replica would: every attribute deserialised.
		Session session = this.sessions.findById(signedIn);
		assertThat(session).isNotNull();
		assertThat(session.getAttributeNames())
			.allSatisfy(name -> assertThat((Object) session.getAttribute(name)).as(name).isNotNull());
		SecurityContext context = session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(KolleganPrincipal.class,
				principal -> {
					assertThat(principal.kolleganUser().name()).isEqualTo("Erik Lund");
					assertThat(principal.kolleganUser().email()).hasToString("erik.lund@kommun-a.example");
					assertThat(principal.kolleganUser().roles()).containsExactly(Role.MEMBER);
				});
	}

	@Test
	void signingOutRemovesTheSessionFromRedis() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> home = browser.signIn("astrid.ek@kommun-a.example", "demo");
		List<String> ids = sessionIds(browser);
		String signedIn = ids.get(ids.size() - 1);
		assertThat(this.redis.hasKey(KEYS + signedIn)).isTrue();

		HttpResponse<String> signedOut = browser.postForm("/logout", Map.of("_csrf", Browser.csrf(home)));

		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(this.redis.hasKey(KEYS + signedIn)).isFalse();
		assertThat(browser.get("/").statusCode()).as("signed out").isEqualTo(302);
	}

	/**
	 * The session ids the browser was given, in order; the cookie carries them base64.
	 */
	private static List<String> sessionIds(Browser browser) {
		return browser.setCookies()
			.stream()
			.filter(cookie -> cookie.startsWith("KOLLEGAN_SESSION="))
			.map(cookie -> cookie.substring("KOLLEGAN_SESSION=".length(), cookie.indexOf(';')))
			.filter(value -> !value.isEmpty())
			.map(value -> new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8))
			.distinct()
			.toList();
	}

}
