package se.postboxen.kollegan.bot.dashboard;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.module.Module;
import se.postboxen.kollegan.module.ModuleShop;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module shop in a real browser (Debian's headless Chromium), as the administrator of
 * the second demo municipality uses it: stakeholder insights switched off on the settings
 * page, after which the navigation has no link to it, its page is the "page not found"
 * page and its API answers 404; then switched on again, and everything is back. The shop
 * has no serious or critical axe violation at any width, and is photographed. Whatever a
 * test switches is switched back after it.
 */
@KolleganIntegrationTest
class ModulesBrowserIntegrationTests {

	private static final String KARIN = "karin.sjo@kommun-b.example";

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	ModuleShop shop;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		chromium.close();
	}

	@AfterEach
	void stakeholderInsightsOnAgain() {
		this.shop.change(demoB(), Module.STAKEHOLDER_INSIGHTS, true, Actor.system("modules-browser-test"));
	}

	private TenantId demoB() {
		return this.tenants.findBySlug("demo-b").orElseThrow().id();
	}

	private WebDriver browser() {
		return chromium.driver();
	}

	private SignedInBrowser dashboard() {
		return new SignedInBrowser(chromium, this.port);
	}

	private List<String> navigation() {
		return browser().findElements(By.cssSelector("nav.main-nav a")).stream().map(WebElement::getText).toList();
	}

	/** Presses the module's one button in the shop and waits for the shop to say so. */
	private void press(String wireName, String button, String notice) {
		WebElement row = browser().findElement(By.cssSelector("#modules tr[data-module='" + wireName + "']"));
		WebElement toggle = row.findElement(By.tagName("button"));
		assertThat(toggle.getText()).isEqualTo(button);
		toggle.click();
		chromium.waiting(SignedInBrowser.WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#modules .notice"), notice));
		assertThat(browser().findElement(By.cssSelector("#modules .notice")).getAttribute("role")).isEqualTo("status");
	}

	@Test
	void anAdministratorSwitchesStakeholderInsightsOffAndItIsGoneUntilSwitchedOnAgain() {
		dashboard().signIn(KARIN);
		assertThat(navigation()).contains("Intressenter");
		browser().findElement(By.linkText("Inställningar")).click();
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.titleContains("Inställningar"));

		press("stakeholder-insights", "Stäng av Intressentinsikter", "Modulen är avstängd.");

		assertThat(browser().findElement(By.id("module-stakeholder-insights-state")).getText()).isEqualTo("av");
		assertThat(navigation()).doesNotContain("Intressenter").contains("Översikt", "Inställningar");
		assertThat(chromium.axe("settings, a module off")).isEmpty();
		browser().get(dashboard().url("/stakeholders"));
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.titleContains("Något gick fel"));
		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Sidan finns inte");
		assertThat(Api.as(this.port, "demo-b-admin").get("/api/agents/stakeholders").statusCode()).isEqualTo(404);

		browser().get(dashboard().url("/settings"));
		press("stakeholder-insights", "Slå på Intressentinsikter", "Modulen är påslagen.");

		assertThat(browser().findElement(By.id("module-stakeholder-insights-state")).getText()).startsWith("på sedan");
		assertThat(navigation()).contains("Intressenter");
		browser().findElement(By.linkText("Intressenter")).click();
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.titleContains("Intressenter"));
		assertThat(Api.as(this.port, "demo-b-admin").get("/api/agents/stakeholders").statusCode()).isEqualTo(200);
	}

	@Test
	void theShopIsAccessibleAndPhotographedAtEveryWidth() {
		dashboard().signIn(KARIN);
		browser().get(dashboard().url("/settings#modules"));
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.titleContains("Inställningar"));

		List<WebElement> rows = browser().findElements(By.cssSelector("#modules tbody tr"));
		assertThat(rows).hasSize(Module.values().length);
		assertThat(browser().findElement(By.cssSelector("#modules caption")).getText())
			.isEqualTo("Moduler, pris per månad och status");
		dashboard().assertAccessibleAtEveryWidth("settings, modules");
		for (int width : Chromium.WIDTHS) {
			assertThat(chromium.screenshot("settings-modules", width)).isNotEmptyFile();
		}
	}

}
