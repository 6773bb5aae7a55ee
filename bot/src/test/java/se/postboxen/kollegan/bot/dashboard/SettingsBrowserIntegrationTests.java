package se.postboxen.kollegan.bot.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.invite.InviteProperties;
import se.postboxen.kollegan.calendar.CalendarConnection;
import se.postboxen.kollegan.calendar.CalendarSync;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.invite.InviteSettings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantSettings;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The settings page in a real browser (Debian's headless Chromium), as the administrator
 * of the second demo municipality uses it: signed in through the OpenID Connect flow, the
 * auto-join toggle and the default consent level changed and still changed after a
 * reload, the invite address copied with the keyboard and the copy announced, the page
 * walked with the Tab key alone, axe-core with no serious or critical violation at each
 * width, and the page photographed at each width. What a test changes is put back after
 * it.
 */
@KolleganIntegrationTest
class SettingsBrowserIntegrationTests {

	private static final String KARIN = "karin.sjo@kommun-b.example";

	private static final Actor TEST = Actor.system("settings-browser-test");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	Users users;

	@Autowired
	TenantSettings tenantSettings;

	@Autowired
	CalendarSync calendars;

	@Autowired
	InviteSettings invites;

	@Autowired
	InviteProperties inviteProperties;

	private Tenant tenantBefore;

	private CalendarConnection calendarBefore;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		chromium.close();
	}

	@BeforeEach
	void remember() {
		this.tenantBefore = this.tenants.findBySlug("demo-b").orElseThrow();
		User karin = karin();
		this.calendarBefore = this.calendars.connection(karin.tenantId(), karin.id());
	}

	@AfterEach
	void putBack() {
		Tenant before = this.tenantBefore;
		this.tenantSettings.change(before.id(), before.name(), before.timeZone(), before.defaultConsentLevel(), TEST);
		User karin = karin();
		this.calendars.change(karin.tenantId(), karin.id(), this.calendarBefore.autoJoin(),
				this.calendarBefore.labels(), null, null, TEST);
	}

	private User karin() {
		Tenant tenant = this.tenants.findBySlug("demo-b").orElseThrow();
		return this.users.findByEmail(tenant.id(), EmailAddress.of(KARIN)).orElseThrow();
	}

	private WebDriver browser() {
		return chromium.driver();
	}

	private SignedInBrowser dashboard() {
		return new SignedInBrowser(chromium, this.port);
	}

	private void openSettings() {
		dashboard().signIn(KARIN);
		browser().findElement(By.linkText("Inställningar")).click();
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.titleContains("Inställningar"));
	}

	private WebElement section(String id) {
		return browser().findElement(By.id(id));
	}

	private void waitForNotice(String section, String text) {
		chromium.waiting(SignedInBrowser.WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#" + section + " .notice"),
					text));
	}

	@Test
	void anAdministratorTogglesAutoJoinAndTheDefaultConsentLevelAndBothStayAfterAReload() {
		boolean autoJoin = this.calendarBefore.autoJoin();
		ConsentLevel level = this.tenantBefore.defaultConsentLevel();
		ConsentLevel other = (level == ConsentLevel.JURIDIK) ? ConsentLevel.PLUS : ConsentLevel.JURIDIK;
		openSettings();

		assertThat(browser().findElement(By.id("auto-join-state")).getText())
			.isEqualTo(autoJoin ? "Automatisk anslutning är på." : "Automatisk anslutning är av.");
		section("calendar").findElement(By.xpath(".//button[text()='"
				+ (autoJoin ? "Stäng av automatisk anslutning" : "Slå på automatisk anslutning") + "']"))
			.click();
		waitForNotice("calendar",
				autoJoin ? "Automatisk anslutning är avstängd." : "Automatisk anslutning är påslagen.");
		assertThat(browser().findElement(By.cssSelector("#calendar .notice")).getAttribute("role")).isEqualTo("status");
		assertThat(chromium.axe("settings, auto-join toggled")).isEmpty();

		browser().findElement(By.cssSelector("label[for='level-" + other + "']")).click();
		section("consent").findElement(By.xpath(".//button[text()='Spara standardnivån']")).click();
		waitForNotice("consent", "Standardnivån för samtycke är sparad.");

		browser().navigate().refresh();
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.titleContains("Inställningar"));
		assertThat(browser().findElement(By.id("auto-join-state")).getText())
			.isEqualTo(autoJoin ? "Automatisk anslutning är av." : "Automatisk anslutning är på.");
		assertThat(browser().findElement(By.id("level-" + other)).isSelected()).isTrue();
		assertThat(browser().findElement(By.id("level-" + level)).isSelected()).isFalse();
		assertThat(browser().findElements(By.cssSelector(".notice"))).as("the answer is shown once").isEmpty();
		User karin = karin();
		assertThat(this.calendars.connection(karin.tenantId(), karin.id()).autoJoin()).isEqualTo(!autoJoin);
		assertThat(this.tenants.findBySlug("demo-b").orElseThrow().defaultConsentLevel()).isEqualTo(other);
	}

	@Test
	void theCopyButtonCopiesTheAddressByKeyboardAndSaysSo() {
		User karin = karin();
		String address = this.invites.addressOf(karin.tenantId(), karin.id())
			.address(this.inviteProperties.domain())
			.value();
		openSettings();
		browser().get(dashboard().url("/settings"));
		// Headless Chromium asks nobody: the page may write and the test read the
		// clipboard.
		((ChromeDriver) browser()).executeCdpCommand("Browser.grantPermissions", Map.of("origin", dashboard().url(""),
				"permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
		WebElement copy = browser().findElement(By.cssSelector("button[data-copy='invite-address-value']"));
		assertThat(copy.isDisplayed()).as("shown by copy.js").isTrue();
		assertThat(browser().findElement(By.id("invite-address-value")).getText()).isEqualTo(address);

		tabUntil(copy);
		new Actions(browser()).sendKeys(Keys.ENTER).perform();

		WebElement status = browser().findElement(By.cssSelector("[data-copy-status='invite-address-value']"));
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.textToBePresentInElement(status, "Kopierad"));
		assertThat(status.getAttribute("role")).isEqualTo("status");
		assertThat(browser().switchTo().activeElement()).as("focus stays on the button").isEqualTo(copy);
		Object clipboard = ((JavascriptExecutor) browser())
			.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], () => arguments[0](null))");
		assertThat(clipboard).isEqualTo(address);
	}

	/**
	 * Presses Tab from the top of the freshly loaded page until {@code target} has the
	 * focus, at most 100 times.
	 */
	private void tabUntil(WebElement target) {
		for (int i = 0; i < 100 && !browser().switchTo().activeElement().equals(target); i++) {
			new Actions(browser()).sendKeys(Keys.TAB).perform();
		}
		assertThat(browser().switchTo().activeElement()).as("reached by Tab").isEqualTo(target);
	}

	@Test
	void theKeyboardAloneReachesEveryControlInReadingOrderWithAVisibleFocus() {
		openSettings();
		browser().get(dashboard().url("/settings"));
		JavascriptExecutor js = (JavascriptExecutor) browser();
		// Every control a keyboard user should reach, in the page's order: links,
		// buttons, fields, the summary of the address change; one radio per group (Tab
		// enters a group at its checked radio), nothing hidden or inside a closed
		// disclosure.
		@SuppressWarnings("unchecked")
		List<String> expected = (List<String>) js.executeScript("""
				const named = (el) => el.id || el.getAttribute('name') || el.textContent.trim();
				return Array.from(document.querySelectorAll(
				    'a[href], button, input:not([type=hidden]), textarea, select, summary'))
				  .filter(el => el.getClientRects().length > 0 && !el.disabled)
				  .filter(el => !(el.type === 'radio' && !el.checked))
				  .filter(el => !el.closest('details:not([open]) > :not(summary)'))
				  .map(named);
				""");
		assertThat(expected).contains("Kopiera adressen", "Byt adress …", "Slå på automatisk anslutning", "my-labels",
				"policy-always-on", "policy-never", "level-" + this.tenantBefore.defaultConsentLevel(), "domains-input",
				"Spara domänerna");

		// Freshly loaded: the first Tab starts at the top of the page.
		browser().get(dashboard().url("/settings"));
		List<String> reached = new ArrayList<>();
		for (int i = 0; i < expected.size() + 5; i++) {
			new Actions(browser()).sendKeys(Keys.TAB).perform();
			WebElement focused = browser().switchTo().activeElement();
			if (focused.getTagName().equals("body")) {
				break;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> seen = (Map<String, Object>) js.executeScript("""
					const el = arguments[0];
					const style = getComputedStyle(el);
					return { name: el.id || el.getAttribute('name') || el.textContent.trim(),
					         ring: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
					""", focused);
			String name = (String) seen.get("name");
			if (reached.contains(name) && name.equals(reached.get(0))) {
				break;
			}
			reached.add(name);
			assertThat(seen.get("ring")).as("a visible focus ring on %s", name).isEqualTo(Boolean.TRUE);
		}

		assertThat(reached.get(0)).as("the skip link comes first").isEqualTo("Hoppa till innehållet");
		assertThat(reached).as("every control, in the page's order").containsExactlyElementsOf(expected);
	}

	@Test
	void isAccessibleAndPhotographedAtEveryWidth() {
		openSettings();

		assertThat(browser().findElement(By.tagName("h1")).getText()).isEqualTo("Inställningar");
		assertThat(browser().findElements(By.cssSelector("main section > h2")).stream().map(WebElement::getText))
			.containsExactly("Min inbjudningsadress", "Kalender", "Samtycke", "Integrationer", "Moduler", "Lagring",
					"Verifierade domäner");
		dashboard().assertAccessibleAtEveryWidth("settings");
		chromium.screenshot("settings", 320);
		for (int width : Chromium.WIDTHS) {
			assertThat(chromium.screenshot("settings", width)).isNotEmptyFile();
		}

		browser().findElement(By.cssSelector("#invite-address summary")).click();
		assertThat(browser().findElement(By.xpath("//button[text()='Ja, byt min adress']")).isDisplayed()).isTrue();
		assertThat(chromium.axe("settings, address change opened")).isEmpty();
	}

}
