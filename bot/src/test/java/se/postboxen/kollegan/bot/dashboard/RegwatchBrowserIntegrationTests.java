package se.postboxen.kollegan.bot.dashboard;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.demo.DemoTenant;
import se.postboxen.kollegan.regwatch.RegwatchItem;
import se.postboxen.kollegan.regwatch.RegwatchItemId;
import se.postboxen.kollegan.regwatch.RegwatchItemVersion;
import se.postboxen.kollegan.regwatch.RegwatchItems;
import se.postboxen.kollegan.regwatch.RegwatchSource;
import se.postboxen.kollegan.regwatch.RegwatchSourceId;
import se.postboxen.kollegan.regwatch.RegwatchSources;
import se.postboxen.kollegan.regwatch.RegwatchWatch;
import se.postboxen.kollegan.regwatch.SourceKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regwatch in a real browser (Debian's headless Chromium) as the demo municipality's
 * administrator Astrid Ek uses it: a source sent with an http address comes back with the
 * error beside the field, the corrected one is added and removed again, and an item's
 * history shows what changed in marked words. Every state passes axe-core with no serious
 * or critical violation at each width and is photographed.
 */
@KolleganIntegrationTest
class RegwatchBrowserIntegrationTests {

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	RegwatchSources sources;

	@Autowired
	RegwatchItems items;

	@BeforeAll
	static void startBrowser() {
		chromium = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		chromium.close();
	}

	private WebDriver browser() {
		return chromium.driver();
	}

	/**
	 * A page the test keeps, with a change: no fetch reaches it (the name never
	 * resolves).
	 */
	private RegwatchItemId seededItem() {
		Instant first = Instant.now().minus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
		Instant second = first.plus(9, ChronoUnit.DAYS);
		RegwatchSource source = this.sources
			.save(new RegwatchSource(RegwatchSourceId.newId(), DemoTenant.A.id(), "Arkivregler (test)",
					SourceKind.WEB_PAGE, URI.create("https://arkiv.kommun-a.example/regler"), "main", false));
		RegwatchItem item = this.items.save(new RegwatchItem(RegwatchItemId.newId(), DemoTenant.A.id(), source.id(),
				source.url().toString(), "Gallringsregler för e-post", source.url(), first, second, 75));
		String before = "E-post gallras efter två år.";
		String after = "E-post gallras efter tre år, utom diarieförd e-post.";
		this.items.addVersion(DemoTenant.A.id(),
				new RegwatchItemVersion(item.id(), 1, RegwatchWatch.sha256(before), before, first));
		this.items.addVersion(DemoTenant.A.id(),
				new RegwatchItemVersion(item.id(), 2, RegwatchWatch.sha256(after), after, second));
		return item.id();
	}

	@Test
	void anAdministratorAddsASourceAndReadsAChange() {
		RegwatchItemId item = seededItem();
		SignedInBrowser signedIn = new SignedInBrowser(chromium, this.port);
		signedIn.signIn("astrid.ek@kommun-a.example");
		browser().get(signedIn.url("/regwatch"));
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "Regelbevakning"));
		assertThat(browser().findElement(By.cssSelector("table.regwatch-items")).getText())
			.contains("Gallringsregler för e-post")
			.contains("75 av 100");
		signedIn.assertAccessibleAtEveryWidth("regwatch");
		chromium.screenshotAtEveryWidth("regwatch");

		chromium.type("source-name", "Kommunens regler");
		new Select(browser().findElement(By.id("source-kind"))).selectByValue("RSS");
		chromium.type("source-url", "http://regler.kommun-a.example/flode.rss");
		browser().findElement(By.cssSelector("form.regwatch-source-form button[type=submit]")).click();
		chromium.waiting(SignedInBrowser.WAIT)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("source-url-error")));
		assertThat(browser().findElement(By.id("source-url")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser().findElement(By.id("source-url")).getAttribute("aria-describedby"))
			.contains("source-url-error");
		assertThat(browser().findElement(By.id("source-url-error")).getText()).contains("https://");
		assertThat(browser().findElement(By.id("source-name")).getAttribute("value")).isEqualTo("Kommunens regler");
		signedIn.assertAccessibleAtEveryWidth("regwatch, error");
		chromium.screenshotAtEveryWidth("regwatch-error");

		chromium.type("source-url", "https://regler.kommun-a.example/flode.rss");
		browser().findElement(By.cssSelector("form.regwatch-source-form button[type=submit]")).click();
		chromium.waiting(SignedInBrowser.WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#sources [role=status]"),
					"Källan är tillagd"));
		assertThat(browser().findElement(By.cssSelector("table.regwatch-sources")).getText())
			.contains("Kommunens regler")
			.contains("https://regler.kommun-a.example/flode.rss");

		WebElement added = browser()
			.findElement(By.xpath("//table[contains(@class,'regwatch-sources')]//tr[contains(., 'Kommunens regler')]"));
		added.findElement(By.tagName("summary")).click();
		added.findElement(By.cssSelector("details button.button-danger")).click();
		chromium.waiting(SignedInBrowser.WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#sources [role=status]"),
					"Källan är borttagen"));
		assertThat(browser().findElement(By.cssSelector("table.regwatch-sources")).getText())
			.doesNotContain("Kommunens regler");

		browser().get(signedIn.url("/regwatch/items/" + item));
		chromium.waiting(SignedInBrowser.WAIT)
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Gallringsregler för e-post"));
		WebElement change = browser().findElement(By.cssSelector(".regwatch-version .diff"));
		assertThat(change.findElement(By.tagName("del")).getText()).contains("två");
		assertThat(change.findElement(By.tagName("ins")).getText()).contains("tre");
		assertThat(change.getText()).contains("utom diarieförd e-post");
		signedIn.assertAccessibleAtEveryWidth("regwatch item");
		chromium.screenshotAtEveryWidth("regwatch-item");
	}

}
