package se.postboxen.kollegan.bot.dashboard;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procurement simulator in a real browser (Debian's headless Chromium), as the demo
 * municipality's member Erik Lund uses it: a form sent back with an error beside its
 * field, then a services procurement with three bids under relative scoring. Both pass
 * axe-core with no serious or critical violation at each width and are photographed.
 */
@KolleganIntegrationTest
class ProcurementBrowserIntegrationTests {

	private static Chromium chromium;

	@LocalServerPort
	int port;

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

	private void submit() {
		browser().findElement(By.cssSelector("form.procurement-form button[type=submit]")).click();
	}

	@Test
	void simulatesAServicesProcurementAndRanksTheBids() {
		SignedInBrowser signedIn = new SignedInBrowser(chromium, this.port);
		signedIn.signIn("erik.lund@kommun-a.example");
		browser().get(signedIn.url("/procurement"));
		chromium.waiting(SignedInBrowser.WAIT)
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Upphandlingssimulator"));
		signedIn.assertAccessibleAtEveryWidth("procurement");

		new Select(browser().findElement(By.id("buyerType"))).selectByValue("OTHER_AUTHORITY");
		new Select(browser().findElement(By.id("contractType"))).selectByValue("SERVICES");
		chromium.type("value", "tre miljoner");
		submit();
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("value-error")));
		assertThat(browser().findElement(By.id("value")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser().findElement(By.id("value-error")).getText()).contains("Ange ett belopp i kronor");
		signedIn.assertAccessibleAtEveryWidth("procurement, error");
		chromium.screenshotAtEveryWidth("procurement-error");

		chromium.type("value", "3 000 000");
		// The date field's typing depends on the browser's locale; set it as a picker
		// does.
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = '2025-03-03'",
				browser().findElement(By.id("date")));
		chromium.type("evaluationDays", "13");
		new Select(browser().findElement(By.id("model"))).selectByValue("PRICE_QUALITY_RELATIVE");
		chromium.type("priceWeight", "60");
		chromium.type("bidder1", "Alfa AB");
		chromium.type("price1", "100 000");
		chromium.type("quality1", "8");
		chromium.type("bidder2", "Beta AB");
		chromium.type("price2", "80000");
		chromium.type("quality2", "4");
		chromium.type("bidder3", "Gamma AB");
		chromium.type("price3", "120000");
		chromium.type("quality3", "5");
		submit();
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("result")));

		// Swedish groups thousands with a no-break space.
		String result = browser().findElement(By.id("result")).getText().replace('\u00a0', ' ').replace('\u202f', ' ');
		assertThat(result).contains("Över EU:s tröskelvärde")
			.contains("2 389 585 kr")
			.contains("LOU 11 kap. 6 §")
			.contains("Avtalsspärren löper ut: 25 april 2025")
			.contains("Beta AB måste sänka sitt pris med 6 666,67 kr (8,33 %)");
		assertThat(browser().findElements(By.cssSelector("ol.timeline time"))).isNotEmpty();
		assertThat(browser().findElement(By.cssSelector("table.procurement-bids caption")).getText())
			.isEqualTo("Anbuden i ordning enligt pris och kvalitet, relativ prispoäng");
		assertThat(browser().findElements(By.cssSelector("table.procurement-bids tbody th")).get(0).getText())
			.isEqualTo("Alfa AB");
		assertThat(browser().getCurrentUrl()).contains("bidder2=Beta+AB");
		signedIn.assertAccessibleAtEveryWidth("procurement, result");
		chromium.screenshotAtEveryWidth("procurement-result");
	}

}
