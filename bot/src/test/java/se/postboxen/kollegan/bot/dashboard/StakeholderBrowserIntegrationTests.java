package se.postboxen.kollegan.bot.dashboard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.brief.RecappedMeetings;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static se.postboxen.kollegan.bot.brief.RecappedMeetings.ASTRID;

/**
 * The stakeholder and insights pages in a real browser (Debian's headless Chromium), as
 * the demo municipality's member Erik Lund uses them after a recapped Plus meeting with a
 * supplier: the list, the supplier's profile, what is kept about himself, and the charts
 * with their tables. Every page passes axe-core with no serious or critical violation at
 * each width and is photographed at each width.
 */
@KolleganIntegrationTest
class StakeholderBrowserIntegrationTests {

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	private static final List<String> CHARTS = List.of("chart-meetings", "chart-actions", "chart-costs");

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	ConsentRecords consent;

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	ModelUsages usages;

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

	private SignedInBrowser signedIn() {
		SignedInBrowser signedIn = new SignedInBrowser(chromium, this.port);
		signedIn.signIn(ERIK.email().value());
		return signedIn;
	}

	private TenantId demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	/**
	 * A supplier whose name sorts first, so that they are on the list's first page
	 * whatever else other tests left.
	 */
	private static Person supplier() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		return Person.of("Agnes Ahl", "agnes.ahl." + run + "@leverantor.example");
	}

	/** A recapped Plus meeting of Astrid's with Erik and the supplier, which cost öre. */
	private MeetingId recappedWith(Person supplier) {
		MeetingId meeting = new RecappedMeetings(this.port, this.consent, demoA()).recapped(
				"Avstämning e-arkiv med leverantören", List.of(ERIK, supplier), ConsentLevel.PLUS,
				Map.of(ASTRID, ConsentAnswer.ACCEPTED, ERIK, ConsentAnswer.ACCEPTED, supplier, ConsentAnswer.ACCEPTED),
				"""
						Astrid Ek: Välkomna till avstämningen om e-arkivet.
						Agnes Ahl: Jag skickar exportformatet till fredag.
						Erik Lund: Jag tar fram en tidplan till nästa vecka.
						Astrid Ek: Vi beslutar att gå vidare med leverantörens förslag.
						""");
		Meeting found = this.meetings.findById(demoA(), meeting).orElseThrow();
		this.usages.record(new ModelUsage(demoA(), meeting, "gpt-4o-mini", 16_977, 310, new BigDecimal("0.029147"),
				found.endsAt()));
		return meeting;
	}

	private void waitForHeading(String heading) {
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
	}

	@Test
	void listsTheSupplierShowsTheirProfileAndWhatIsKeptAboutErik() {
		Person supplier = supplier();
		MeetingId meeting = recappedWith(supplier);
		SignedInBrowser signedIn = signedIn();

		browser().findElement(By.linkText("Intressenter")).click();
		waitForHeading("Intressenter");
		assertThat(browser().findElement(By.cssSelector("nav.main-nav a[aria-current=page]")).getText())
			.isEqualTo("Intressenter");
		WebElement row = browser()
			.findElement(By.xpath("//tr[td[normalize-space()='" + supplier.email().value() + "']]"));
		assertThat(row.getText()).contains("Agnes Ahl").contains("leverantor.example").contains("1");
		signedIn.assertAccessibleAtEveryWidth("stakeholders");
		chromium.screenshotAtEveryWidth("stakeholders");

		row.findElement(By.linkText("Agnes Ahl")).click();
		waitForHeading("Agnes Ahl");
		String profile = browser().findElement(By.id("main")).getText();
		assertThat(profile).contains("Åtagande: ")
			.contains("exportformatet")
			.contains("0 klara av 1")
			.contains("med mötet")
			.contains("Plus eller Juridik");
		signedIn.assertAccessibleAtEveryWidth("stakeholder");
		chromium.screenshotAtEveryWidth("stakeholder");

		browser().findElement(By.xpath("//table[contains(@class,'profile-facts')]//a")).click();
		chromium.waiting(SignedInBrowser.WAIT).until(ExpectedConditions.urlContains("/meetings/" + meeting));
		assertThat(browser().findElement(By.id("post-brief-heading")).getText()).isEqualTo("Efter mötet");
		assertThat(browser().findElement(By.cssSelector("#main .brief-content")).getText())
			.contains("Vi beslutar att gå vidare");

		browser().get(signedIn.url("/stakeholders/me"));
		waitForHeading("Det här har Kollegan sparat om dig");
		assertThat(browser().findElement(By.id("main")).getText()).contains(ERIK.email().value())
			.contains("Be organisationens administratör");
		signedIn.assertAccessibleAtEveryWidth("stakeholder, own");
	}

	@Test
	void drawsTheChartsWithTheSameFiguresAsTheirTables() {
		recappedWith(supplier());
		SignedInBrowser signedIn = signedIn();

		browser().findElement(By.linkText("Statistik")).click();
		waitForHeading("Statistik");
		for (WebElement summary : browser().findElements(By.cssSelector("details.figures > summary"))) {
			summary.click();
		}

		for (String chart : CHARTS) {
			WebElement svg = browser().findElement(By.id(chart));
			assertThat(svg.getAttribute("role")).isEqualTo("img");
			assertThat(browser().findElement(By.id(chart + "-title")).getAttribute("textContent")).isNotBlank();
			List<String> drawn = svg.findElements(By.cssSelector("text.chart-value"))
				.stream()
				.map(text -> text.getAttribute("textContent"))
				.toList();
			List<String> written = browser()
				.findElements(By.cssSelector("table[data-chart='" + chart + "'] td[data-value]"))
				.stream()
				.map(cell -> cell.getAttribute("textContent"))
				.toList();
			assertThat(drawn).as(chart).isNotEmpty().isEqualTo(written);
		}
		assertThat(browser().findElement(By.cssSelector("table[data-chart='chart-costs']")).getText())
			.contains("0,0291 kr");
		signedIn.assertAccessibleAtEveryWidth("insights");
		chromium.screenshotAtEveryWidth("insights");
	}

}
