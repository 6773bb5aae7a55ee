package se.postboxen.kollegan.bot.dashboard;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.retention.RetentionPolicy;
import se.postboxen.kollegan.retention.RetentionSettings;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings page's retention section over HTTP, signed in as demo municipality B's
 * people: the administrator edits the same policy the API serves (every period with its
 * limits beside it, and the legal hold), a bad value comes back beside its field with
 * nothing saved, the auditor reads the policy without a form, and a member neither sees
 * nor changes it. The policy is put back to the defaults after each test.
 */
@KolleganIntegrationTest
class RetentionSettingsPageIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	RetentionSettings settings;

	private TenantId tenantB() {
		return this.tenants.findBySlug("demo-b").orElseThrow().id();
	}

	@AfterEach
	void putBack() {
		this.settings.change(tenantB(), Map.of(), null, Actor.system("retention-page-test"));
	}

	private Browser signedIn(String email) {
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn(email, "demo").statusCode()).isEqualTo(200);
		return browser;
	}

	private static HttpResponse<String> post(Browser browser, Map<String, String> fields) {
		Map<String, String> form = new HashMap<>(fields);
		form.put("_csrf", Browser.csrf(browser.get("/settings")));
		return browser.postForm("/settings/retention", form);
	}

	@Test
	void theAdministratorSeesEveryPeriodWithItsLimitsInAForm() {
		String page = signedIn("karin.sjo@kommun-b.example").get("/settings").body();

		assertThat(page).contains("action=\"/settings/retention\"")
			.contains("<legend>Lagringstider i dagar</legend>")
			.contains("<label for=\"retention-transcript-plus\">Transkriptioner på nivån Plus</label>")
			.contains("Räknas från mötets slut. Standard 30 dagar, tillåtet 1–30.")
			.contains("Räknas från händelsen. Standard 730 dagar, tillåtet 365–3650.")
			.containsPattern("<input type=\"number\"[^>]*id=\"retention-audit-log\"[^>]*min=\"365\" max=\"3650\""
					+ "[^>]*value=\"730\"[^>]*aria-describedby=\"retention-audit-log-hint\"")
			.contains("nu efter 365 dagar")
			.contains("<label for=\"retention-hold\">Stoppa gallringen med ett bevarandebeslut</label>")
			.doesNotContain("id=\"retention-meeting\"");
	}

	@Test
	void theAdministratorsChangeIsSavedAsThePolicyAndAnsweredInTheSection() {
		Browser karin = signedIn("karin.sjo@kommun-b.example");

		HttpResponse<String> saved = post(karin, Map.of("transcript-plus", "14", "recap", "365", "stakeholder", "",
				"legalHold", "on", "legalHoldReason", "Dnr 2031/17"));

		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/settings#retention");
		RetentionPolicy policy = this.settings.policy(tenantB());
		assertThat(policy.chosen()).containsExactlyEntriesOf(Map.of(RetentionKind.TRANSCRIPT_PLUS, 14));
		assertThat(policy.legalHold()).isNotNull();
		assertThat(policy.legalHold().reason()).isEqualTo("Dnr 2031/17");
		String page = karin.follow(saved).body();
		assertThat(page.indexOf("Lagringen är sparad.")).isGreaterThan(page.indexOf("id=\"retention\""));
		assertThat(page).containsPattern("id=\"retention-transcript-plus\"[^>]*value=\"14\"")
			.containsPattern("id=\"retention-hold\"[^>]*checked")
			.contains("value=\"Dnr 2031/17\"")
			.contains("Bevarandebeslut sedan");
	}

	@Test
	void aValueOutsideItsLimitsComesBackBesideItsFieldWithNothingSaved() {
		Browser karin = signedIn("karin.sjo@kommun-b.example");

		HttpResponse<String> page = post(karin,
				Map.of("transcript-plus", "31", "recap", "ett år", "legalHold", "on", "legalHoldReason", " "));

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Inget sparades")
			.contains("href=\"#retention-transcript-plus\"")
			.contains("id=\"retention-transcript-plus-error\"")
			.contains("Ange mellan 1 och 30 dagar.")
			.contains("Ange ett heltal dagar.")
			.contains("Ange skälet till bevarandebeslutet.")
			.containsPattern("id=\"retention-transcript-plus\"[^>]*value=\"31\"[^>]*aria-invalid=\"true\""
					+ "[^>]*aria-describedby=\"retention-transcript-plus-hint retention-transcript-plus-error\"")
			.containsPattern("id=\"retention-hold-reason\"[^>]*aria-invalid=\"true\"");
		assertThat(this.settings.policy(tenantB())).isEqualTo(RetentionPolicy.defaults(tenantB()));
	}

	@Test
	void theAuditorReadsThePolicyAndTheHoldWithoutAForm() {
		this.settings.change(tenantB(), Map.of(RetentionKind.BRIEF, 200), "Dnr 2031/17",
				Actor.system("retention-page-test"));

		String page = signedIn("sara.nord@kommun-b.example").get("/settings").body();

		assertThat(page).contains("<caption>Lagringstider</caption>")
			.contains("200 dagar")
			.contains("vald av organisationen")
			.contains("Följer den längsta av tiderna ovan som räknas från mötets slut.")
			.contains("Skäl: Dnr 2031/17")
			.doesNotContain("action=\"/settings/retention\"");
	}

	@Test
	void aMemberOrAuditorNeitherChangesNorAMemberSeesIt() {
		for (String email : List.of("olof.strand@kommun-b.example", "sara.nord@kommun-b.example")) {
			HttpResponse<String> refused = post(signedIn(email), Map.of("recap", "100"));

			assertThat(refused.statusCode()).as(email).isEqualTo(403);
		}
		assertThat(signedIn("olof.strand@kommun-b.example").get("/settings").body()).doesNotContain("id=\"retention\"");
		assertThat(this.settings.policy(tenantB()).chosen()).isEmpty();
	}

}
