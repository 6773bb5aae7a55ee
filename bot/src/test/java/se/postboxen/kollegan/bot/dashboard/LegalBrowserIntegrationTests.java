package se.postboxen.kollegan.bot.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.document.DocumentLegalChecksIntegrationTests;
import se.postboxen.kollegan.bot.document.Uploads;
import se.postboxen.kollegan.bot.legal.MeetingLegalAnalysisIntegrationTests;
import se.postboxen.kollegan.bot.legal.RecappedMeetings;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantSettings;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Juridik-Gunnar's sections in a real browser (Debian's headless Chromium), as the demo
 * municipality's administrator Astrid Ek reads them: a meeting at consent level Juridik
 * with its legal analysis, and a data processing agreement with its legal checks. Each
 * page passes axe-core with no serious or critical violation at each width and is
 * photographed at each width.
 */
@KolleganIntegrationTest
class LegalBrowserIntegrationTests {

	private static final Actor TEST = Actor.system("legal-browser-test");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	TenantSettings tenantSettings;

	private Tenant before;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		chromium.close();
	}

	@BeforeEach
	void atLevelJuridik() {
		this.before = this.tenants.findBySlug("demo-a").orElseThrow();
		this.tenantSettings.change(this.before.id(), this.before.name(), this.before.timeZone(), ConsentLevel.JURIDIK,
				TEST);
	}

	@AfterEach
	void asBefore() {
		this.tenantSettings.change(this.before.id(), this.before.name(), this.before.timeZone(),
				this.before.defaultConsentLevel(), TEST);
	}

	private WebDriver browser() {
		return chromium.driver();
	}

	private void waitForHeading(String heading) {
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
	}

	@Test
	void readsAMeetingsLegalAnalysisAndADocumentsLegalChecks() {
		Api member = Api.as(this.port, "demo-a-member");
		String meeting = RecappedMeetings.at(member, MeetingLegalAnalysisIntegrationTests.TRANSCRIPT);
		String fileName = "pub-avtal-" + UUID.randomUUID().toString().substring(0, 8) + ".txt";
		String document = Api
			.json(Uploads.upload(member, fileName,
					DocumentLegalChecksIntegrationTests.PROCESSING_AGREEMENT.getBytes(StandardCharsets.UTF_8)))
			.get("id")
			.asString();
		SignedInBrowser signedIn = new SignedInBrowser(chromium, this.port);
		signedIn.signIn("astrid.ek@kommun-a.example");

		browser().get(signedIn.url("/meetings/" + meeting));
		waitForHeading("Arbetsutskottet elevregister");
		assertThat(browser().findElement(By.id("legal-heading")).getText())
			.isEqualTo("Juridisk analys (Juridik-Gunnar)");
		assertThat(browser().findElement(By.id("legal-findings")).getText()).contains("Direktupphandling")
			.contains("LOU (2016:1145) 19 a kap.")
			.contains("Kan vi inte direktupphandla systemet?")
			.contains("Känsliga personuppgifter")
			.contains("– Erik Lund");
		signedIn.assertAccessibleAtEveryWidth("meeting, legal analysis");
		chromium.screenshotAtEveryWidth("meeting-legal-analysis");

		browser().get(signedIn.url("/documents/" + document));
		waitForHeading(fileName);
		String checks = browser().findElement(By.id("legal-checks")).getText();
		assertThat(checks).contains("GDPR art. 28.3 a")
			.contains("Finns")
			.contains("Saknas")
			.contains("Flaggad")
			.contains("Avtalet lyder inte under svensk lag.")
			.contains("Inget i dokumentet");
		signedIn.assertAccessibleAtEveryWidth("document, legal checks");
		chromium.screenshotAtEveryWidth("document-legal-checks");
	}

}
