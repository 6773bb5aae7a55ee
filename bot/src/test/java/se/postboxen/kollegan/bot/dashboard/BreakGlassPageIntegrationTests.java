package se.postboxen.kollegan.bot.dashboard;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.demo.DemoTenant;
import se.postboxen.kollegan.breakglass.BreakGlass;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Break-glass access in the dashboard: the on-call engineer opens it with a reason (a
 * short one comes back beside its field, nothing opened), every page then says until when
 * they are an administrator, and they end it; the auditor reviews it with its reason; a
 * member is refused the page.
 */
@KolleganIntegrationTest
class BreakGlassPageIntegrationTests {

	private static final Pattern END_FORM = Pattern.compile("action=\"/break-glass/([0-9a-f-]{36})/end\"");

	@LocalServerPort
	int port;

	@Autowired
	BreakGlass breakGlass;

	@AfterEach
	void endAnyOpen() {
		this.breakGlass.recent(DemoTenant.A.id(), 20)
			.stream()
			.filter(grant -> grant.endedAt() == null)
			.forEach(grant -> this.breakGlass.end(DemoTenant.A.id(), grant.id(), Actor.system("test")));
	}

	private Browser signedIn(String email) {
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn(email, "demo").statusCode()).isEqualTo(200);
		return browser;
	}

	private static HttpResponse<String> post(Browser browser, String path, Map<String, String> fields) {
		Map<String, String> form = new java.util.HashMap<>(fields);
		form.put("_csrf", Browser.csrf(browser.get("/break-glass")));
		return browser.follow(browser.postForm(path, form));
	}

	@Test
	void theOnCallEngineerOpensAccessSeesItOnEveryPageAndEndsIt() {
		Browser jour = signedIn("jour@kommun-a.example");
		assertThat(jour.get("/settings").body()).doesNotContain("break-glass-banner");

		HttpResponse<String> tooShort = post(jour, "/break-glass", Map.of("reason", "brådskande", "minutes", "30"));

		assertThat(tooShort.statusCode()).isEqualTo(200);
		assertThat(tooShort.body()).contains("Ingen åtkomst öppnades")
			.contains("id=\"reason-error\"")
			.contains("aria-invalid=\"true\"")
			.contains(">brådskande</textarea>");
		assertThat(jour.get("/settings").body()).doesNotContain("break-glass-banner");

		HttpResponse<String> opened = post(jour, "/break-glass",
				Map.of("reason", "INC-2041: Kollegan måste tas bort ur ett möte nu", "minutes", "15"));

		assertThat(opened.body()).contains("Nödåtkomsten är öppen").contains("Du är administratör genom nödåtkomst");
		// The rights are real on every page, and every page says so.
		HttpResponse<String> settings = jour.get("/settings");
		assertThat(settings.body()).contains("break-glass-banner")
			.contains("Nödåtkomst: du är administratör till")
			.contains("id=\"consent\"");

		Matcher end = END_FORM.matcher(opened.body());
		assertThat(end.find()).isTrue();
		HttpResponse<String> ended = post(jour, "/break-glass/" + end.group(1) + "/end", Map.of());

		assertThat(ended.body()).contains("Nödåtkomsten är avslutad").contains("Avslutad");
		assertThat(jour.get("/settings").body()).doesNotContain("break-glass-banner").doesNotContain("id=\"consent\"");
	}

	@Test
	void theAuditorReviewsTheReasonAndAMemberIsRefused() {
		Browser jour = signedIn("jour@kommun-a.example");
		post(jour, "/break-glass",
				Map.of("reason", "INC-2042: modulen för bevakning måste stängas av", "minutes", "10"));

		HttpResponse<String> review = signedIn("maja.berg@kommun-a.example").get("/break-glass");

		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(review.body()).contains("INC-2042: modulen för bevakning måste stängas av")
			.contains("Pågår")
			.contains("<caption>")
			// An auditor reads; only an administrator ends another's access.
			.doesNotContain("/end\"");
		assertThat(signedIn("astrid.ek@kommun-a.example").get("/break-glass").body()).contains("/end\"");
		assertThat(signedIn("erik.lund@kommun-a.example").get("/break-glass").statusCode()).isEqualTo(403);
		assertThat(signedIn("karin.sjo@kommun-b.example").get("/break-glass").body()).doesNotContain("INC-2042");
	}

}
