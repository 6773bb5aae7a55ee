package se.postboxen.kollegan.bot.dashboard;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in Chromium as a demo user sees it: signed in through the real OpenID
 * Connect flow, and the accessibility check every page gets at each width. Shared by the
 * browser tests of each page.
 */
final class SignedInBrowser {

	/** How long a page or an answer may take to arrive. */
	static final Duration WAIT = Duration.ofSeconds(20);

	/** The documented password of every demo account. */
	private static final String DEMO_PASSWORD = "demo";

	private final Chromium chromium;

	private final int port;

	SignedInBrowser(Chromium chromium, int port) {
		this.chromium = chromium;
		this.port = port;
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Signs in afresh as a demo user through the dashboard's OIDC flow, as a person does,
	 * and lands on the overview. The sign-in page is checked with axe on the way.
	 */
	void signIn(String email) {
		WebDriver browser = this.chromium.driver();
		browser.get(url("/privacy"));
		browser.manage().deleteAllCookies();
		browser.get(url("/"));
		this.chromium.waiting(WAIT).until(ExpectedConditions.urlContains("/idp/login"));
		assertThat(this.chromium.axe("sign-in")).isEmpty();
		browser.findElement(By.id("username")).sendKeys(email);
		browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		this.chromium.waiting(WAIT).until(ExpectedConditions.titleContains("Översikt"));
	}

	/**
	 * No serious or critical axe violation at any of the widths, back at 1280 px after.
	 */
	void assertAccessibleAtEveryWidth(String page) {
		for (int width : Chromium.WIDTHS) {
			this.chromium.width(width);
			assertThat(this.chromium.axe(page)).as("%s at %d px", page, width).isEmpty();
		}
		this.chromium.width(1280);
	}

}
