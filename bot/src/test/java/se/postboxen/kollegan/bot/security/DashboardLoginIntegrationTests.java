package se.postboxen.kollegan.bot.security;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's sign-in as a browser goes through it: the OpenID Connect
 * authorization-code flow against the development identity provider, hop by hop.
 */
@KolleganIntegrationTest
class DashboardLoginIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AuditLog auditLog;

	@Autowired
	Tenants tenants;

	private HttpResponse<String> signIn(Browser browser, String email, String password) {
		return browser.signIn(email, password);
	}

	@Test
	void signsInThroughTheAuthorizationCodeFlowAndShowsWhoIsSignedIn() {
		Browser browser = new Browser(this.port);

		HttpResponse<String> home = signIn(browser, "erik.lund@kommun-a.example", "demo");

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("Erik Lund").contains("MEMBER").contains("Kommun A");
		assertThat(this.auditLog.recent(this.tenants.findBySlug("demo-a").orElseThrow().id(), 50))
			.anySatisfy(event -> assertThat(event.action()).isEqualTo("user.login"));
	}

	@Test
	void theSessionCookieIsSecureHttpOnlyAndSameSite() {
		Browser browser = new Browser(this.port);
		signIn(browser, "maja.berg@kommun-a.example", "demo");

		assertThat(browser.setCookies()).filteredOn(cookie -> cookie.startsWith("KOLLEGAN_SESSION="))
			.isNotEmpty()
			.allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").contains("Secure").contains("SameSite=Lax"));
	}

	@Test
	void aWrongPasswordDoesNotSignIn() {
		Browser browser = new Browser(this.port);

		HttpResponse<String> result = signIn(browser, "erik.lund@kommun-a.example", "fel");

		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("Fel e-post eller lösenord");
		assertThat(browser.get("/").statusCode()).isEqualTo(302);
	}

	@Test
	void signingOutNeedsTheFormsCsrfToken() {
		Browser browser = new Browser(this.port);
		HttpResponse<String> home = signIn(browser, "astrid.ek@kommun-a.example", "demo");

		HttpResponse<String> forged = browser.postForm("/logout", Map.of());
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(browser.get("/").statusCode()).as("still signed in").isEqualTo(200);

		HttpResponse<String> signedOut = browser.postForm("/logout", Map.of("_csrf", Browser.csrf(home)));
		assertThat(signedOut.statusCode()).isEqualTo(302);
		assertThat(browser.get("/").statusCode()).as("signed out").isEqualTo(302);
	}

}
