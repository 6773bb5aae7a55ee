package se.postboxen.kollegan.bot.dashboard;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.retention.RetentionKind;
import se.postboxen.kollegan.retention.RetentionSettings;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention section in a real browser (Debian's headless Chromium): demo municipality
 * B's administrator changes a period and places a legal hold with the keyboard alone, the
 * answer is announced in the section and the policy is still there after a reload; the
 * auditor's read-only table passes axe-core at every width. The policy is put back to the
 * defaults after each test.
 */
@KolleganIntegrationTest
class RetentionBrowserIntegrationTests {

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	RetentionSettings settings;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		chromium.close();
	}

	@AfterEach
	void putBack() {
		this.settings.change(tenantB(), Map.of(), null, Actor.system("retention-browser-test"));
	}

	private TenantId tenantB() {
		return this.tenants.findBySlug("demo-b").orElseThrow().id();
	}

	private WebDriver browser() {
		return chromium.driver();
	}

	private SignedInBrowser openSettingsAs(String email) {
		SignedInBrowser dashboard = new SignedInBrowser(chromium, this.port);
		dashboard.signIn(email);
		browser().get(dashboard.url("/settings#retention"));
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.titleContains("Inställningar"));
		return dashboard;
	}

	/** Tabs forward from where the focus is until it reaches the element. */
	private void tabTo(WebElement target) {
		for (int i = 0; i < 200 && !browser().switchTo().activeElement().equals(target); i++) {
			browser().switchTo().activeElement().sendKeys(Keys.TAB);
		}
		assertThat(browser().switchTo().activeElement()).as("reached by Tab").isEqualTo(target);
	}

	@Test
	void theAdministratorChangesAPeriodAndPlacesAHoldWithTheKeyboardAlone() {
		openSettingsAs("karin.sjo@kommun-b.example");
		browser().findElement(By.tagName("body")).sendKeys(Keys.TAB);

		WebElement recap = browser().findElement(By.id("retention-recap"));
		tabTo(recap);
		recap.sendKeys(Keys.chord(Keys.CONTROL, "a"), "400");
		WebElement hold = browser().findElement(By.id("retention-hold"));
		tabTo(hold);
		hold.sendKeys(Keys.SPACE);
		WebElement reason = browser().findElement(By.id("retention-hold-reason"));
		tabTo(reason);
		reason.sendKeys("Dnr 2031/17");
		WebElement save = browser()
			.findElement(By.xpath("//section[@id='retention']//button[text()='Spara lagringen']"));
		tabTo(save);
		save.sendKeys(Keys.ENTER);

		chromium.waiting(SignedInBrowser.WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#retention .notice"),
					"Lagringen är sparad."));
		assertThat(browser().findElement(By.cssSelector("#retention .notice")).getAttribute("role"))
			.isEqualTo("status");
		assertThat(chromium.axe("settings, retention saved")).isEmpty();
		browser().navigate().refresh();
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.titleContains("Inställningar"));
		assertThat(browser().findElement(By.id("retention-recap")).getAttribute("value")).isEqualTo("400");
		assertThat(browser().findElement(By.id("retention-hold")).isSelected()).isTrue();
		assertThat(browser().findElement(By.cssSelector("#retention .hold-state")).getText())
			.startsWith("Bevarandebeslut sedan");
		assertThat(this.settings.policy(tenantB()).days(RetentionKind.RECAP)).isEqualTo(400);
		assertThat(this.settings.policy(tenantB()).legalHold()).isNotNull();
	}

	@Test
	void theAuditorsReadOnlyTableIsAccessibleAtEveryWidth() {
		this.settings.change(tenantB(), Map.of(RetentionKind.BRIEF, 200), "Dnr 2031/17",
				Actor.system("retention-browser-test"));
		SignedInBrowser dashboard = openSettingsAs("sara.nord@kommun-b.example");

		assertThat(browser().findElement(By.cssSelector("#retention caption")).getText()).isEqualTo("Lagringstider");
		assertThat(browser().findElements(By.cssSelector("#retention form"))).isEmpty();
		dashboard.assertAccessibleAtEveryWidth("settings, auditor's retention");
		chromium.width(320);
		assertThat(chromium.axe("settings, auditor's retention at 320 px")).isEmpty();
		chromium.width(1280);
		assertThat(chromium.screenshot("settings-retention-auditor", 375)).isNotEmptyFile();
	}

}
