package se.postboxen.kollegan.bot.dashboard;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.ActionStatus;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecord;
import se.postboxen.kollegan.consent.ConsentRecordId;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.Decision;
import se.postboxen.kollegan.recap.DecisionId;
import se.postboxen.kollegan.recap.Decisions;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real browser (Debian's headless Chromium), as a member of the demo
 * municipality uses it: signed in through the OpenID Connect flow, on the seeded week,
 * watching a meeting's status change without reloading, answering an action, removing the
 * agent from a meeting. Every page passes axe-core with no serious or critical violation,
 * and the overview and meeting pages are photographed at each width.
 */
@KolleganIntegrationTest
class DashboardBrowserIntegrationTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	private static final Duration WAIT = SignedInBrowser.WAIT;

	private static Chromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Meetings meetings;

	@Autowired
	ActionItems actions;

	@Autowired
	Decisions decisions;

	@Autowired
	ConsentRecords consentRecords;

	@Autowired
	Tenants tenants;

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

	private String url(String path) {
		return dashboard().url(path);
	}

	private SignedInBrowser dashboard() {
		return new SignedInBrowser(chromium, this.port);
	}

	/**
	 * Signs in afresh as Erik Lund through the dashboard's OIDC flow, as a person does.
	 */
	private void signIn() {
		dashboard().signIn(ERIK.email().value());
	}

	private WebElement heading() {
		return browser().findElement(By.tagName("h1"));
	}

	private void waitUntilLive() {
		chromium.waiting(WAIT)
			.until(ExpectedConditions.textToBe(By.cssSelector("[data-live-indicator]"), "Statusen uppdateras live."));
	}

	private TenantId demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	/** A meeting Erik organised, two hours ago, with no agent booked for it any more. */
	private Meeting erikOrganised(String title) {
		ZonedDateTime start = ZonedDateTime.now(STOCKHOLM).minusHours(2).truncatedTo(ChronoUnit.MINUTES);
		return this.meetings.save(Meeting.schedule(demoA(), title, null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + UUID.randomUUID()), start,
				start.plusHours(1), ERIK, List.of(ERIK, Person.of("Maja Berg", "maja.berg@kommun-a.example")),
				ExternalIds.NONE, 0, ERIK.email()));
	}

	private ActionItem action(Meeting meeting, String text, Duration at, String quote) {
		return this.actions.save(ActionItem.open(demoA(), meeting.id(), text, ERIK,
				LocalDate.now(STOCKHOLM).plusDays(3), new TranscriptSpan(at, quote), new Confidence(0.9), false));
	}

	private void assertAccessibleAtEveryWidth(String page) {
		dashboard().assertAccessibleAtEveryWidth(page);
	}

	@Test
	void signsInThroughOpenIdConnectAndShowsTheSeededWeekInSwedish() {
		signIn();

		assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("sv");
		assertThat(heading().getText()).isEqualTo("Veckans möten");
		assertThat(browser().findElement(By.cssSelector(".site-header")).getText()).contains("Erik Lund")
			.contains("Kommun A");
		WebElement steering = browser().findElement(By.xpath("//tr[.//a[text()='Kommunstyrelsens beredning']]"));
		assertThat(steering.getText()).contains("Teams").contains("webben eller API:t").contains("planerat");
		assertThat(steering.findElement(By.cssSelector(".status")).getAttribute("class")).contains("status-green");
		// A member sees the meetings that concern them, not the whole municipality's.
		assertThat(browser().findElements(By.linkText("Juridisk genomgång av hyresavtal"))).isEmpty();
		waitUntilLive();
		assertAccessibleAtEveryWidth("overview");
		chromium.screenshot("overview", 320);
		for (int width : Chromium.WIDTHS) {
			assertThat(chromium.screenshot("overview", width)).isNotEmptyFile();
		}

		new Select(browser().findElement(By.id("filter-platform"))).selectByVisibleText("Zoom");
		browser().findElement(By.cssSelector(".filters button")).click();
		chromium.waiting(WAIT).until(ExpectedConditions.urlContains("platform=ZOOM"));
		chromium.waiting(WAIT)
			.until(ExpectedConditions.invisibilityOfElementLocated(By.linkText("Kommunstyrelsens beredning")));
		assertThat(browser().findElement(By.linkText("Workshop: tillgänglighet i e-tjänster")).isDisplayed()).isTrue();
		assertThat(browser().findElements(By.cssSelector("table.meetings tbody tr")))
			.allSatisfy(row -> assertThat(row.getText()).contains("Zoom"));
		assertThat(chromium.axe("overview, filtered")).isEmpty();
	}

	@Test
	void aStatusChangeArrivesLiveAndIsAnnounced() {
		signIn();
		waitUntilLive();
		String title = "Direktsänt möte " + UUID.randomUUID().toString().substring(0, 8);
		// Records every announcement of the live region, so that a status held for a
		// moment
		// (the sandbox is quick) is not missed between two looks at the page.
		((JavascriptExecutor) browser()).executeScript("""
				window.kolleganSeen = [];
				window.kolleganNotReloaded = true;
				new MutationObserver(() => {
				  const text = document.getElementById('live-announcer').textContent.trim();
				  if (text && !window.kolleganSeen.includes(text)) { window.kolleganSeen.push(text); }
				}).observe(document.body, { subtree: true, childList: true, characterData: true });
				""");
		// The sandbox's agent gets in at the start: a few seconds on, once the list shows
		// the new meeting.
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
		String id = Api
			.json(Api.as(this.port, "demo-a-member")
				.postJson("/api/agents/meetings",
						Api.toJson(Map.of("title", title, "joinUrl",
								"https://sandbox.kollegan.example/meet/ok/" + UUID.randomUUID(), "startsAt",
								start.toString(), "endsAt", start.plusHours(1).toString(), "participants",
								List.of(Map.of("name", "Erik Lund", "email", ERIK.email().value()))))))
			.get("id")
			.asString();

		chromium.waiting(WAIT)
			.withMessage(() -> "the list shows " + browser().findElement(By.id("meetings")).getText() + "; live: "
					+ browser().findElement(By.cssSelector("[data-live-indicator]")).getText() + "; announced: "
					+ seen())
			.until(ExpectedConditions.presenceOfElementLocated(By.linkText(title)));
		// Announced only when the listed row itself changes: the meeting appeared, then
		// moved on.
		chromium.waiting(WAIT)
			.withMessage(() -> "announced: " + seen())
			.until(driver -> seen().contains(title + ": i mötet"));
		assertThat(seen()).contains("Listan är uppdaterad.");
		WebElement cell = browser().findElement(By.cssSelector("[data-live-status='" + id + "']"));
		assertThat(cell.findElement(By.xpath("ancestor::tr")).getText()).contains(title);
		assertThat(((JavascriptExecutor) browser()).executeScript("return window.kolleganNotReloaded"))
			.as("updated in place, not by reloading the page")
			.isEqualTo(Boolean.TRUE);
		assertThat(browser().findElement(By.id("live-announcer")).getAttribute("aria-live")).isEqualTo("polite");
	}

	@SuppressWarnings("unchecked")
	private List<String> seen() {
		return (List<String>) ((JavascriptExecutor) browser()).executeScript("return window.kolleganSeen");
	}

	@Test
	void showsWhatAMeetingCameToAndMarksAnActionDone() {
		Meeting meeting = erikOrganised("Nämndberedning " + UUID.randomUUID().toString().substring(0, 8));
		ActionItem action = action(meeting, "Skicka protokollet till nämnden", Duration.ofSeconds(754),
				"Jag skickar protokollet till nämnden på fredag.");
		ActionItem later = action(meeting, "Boka lokal för nästa möte", Duration.ofMinutes(40), "Jag bokar lokalen.");
		this.decisions.save(new Decision(DecisionId.newId(), demoA(), meeting.id(), "Budgeten godkänns.", ERIK,
				new TranscriptSpan(Duration.ofMinutes(5), "Då godkänner vi budgeten."), new Confidence(0.9)));
		this.consentRecords.save(new ConsentRecord(ConsentRecordId.newId(), demoA(), meeting.id(), ERIK,
				ConsentLevel.PLUS, ConsentAnswer.ACCEPTED, ConsentChannel.TEAMS, meeting.startsAt().plusSeconds(60)));
		signIn();

		browser().get(url("/meetings/" + meeting.id().value()));

		assertThat(heading().getText()).isEqualTo(meeting.title());
		String page = browser().findElement(By.id("main")).getText();
		assertThat(page).contains("Sammanfattningen är inte klar än.")
			.contains("Budgeten godkänns.")
			.contains("Då godkänner vi budgeten.")
			.contains("Jag skickar protokollet till nämnden på fredag.")
			.contains("00:12:34")
			.contains("Samtycken");
		waitUntilLive();
		assertAccessibleAtEveryWidth("meeting");
		chromium.screenshot("meeting", 320);
		for (int width : Chromium.WIDTHS) {
			assertThat(chromium.screenshot("meeting", width)).isNotEmptyFile();
		}

		WebElement card = browser().findElement(By.id("action-" + action.id().value()));
		card.findElement(By.xpath(".//button[text()='Markera som klar']")).click();

		chromium.waiting(WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
					"Åtgärden är markerad som klar."));
		assertThat(browser().findElement(By.cssSelector(".notice")).getAttribute("role")).isEqualTo("status");
		assertThat(browser().findElement(By.id("action-" + action.id().value())).getText()).contains("klar")
			.doesNotContain("Markera som klar");
		assertThat(this.actions.findById(demoA(), action.id()).orElseThrow().status()).isEqualTo(ActionStatus.DONE);
		assertThat(chromium.axe("meeting, answered")).isEmpty();

		WebElement date = browser().findElement(By.id("due-" + later.id().value()));
		((JavascriptExecutor) browser()).executeScript("arguments[0].value = '2020-01-01'", date);
		browser().findElement(By.id("action-" + later.id().value()))
			.findElement(By.xpath(".//button[text()='Ändra datum']"))
			.click();

		chromium.waiting(WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"),
					"Datumet har redan passerat."));
		assertThat(browser().findElement(By.cssSelector(".notice")).getAttribute("role")).isEqualTo("alert");
		assertThat(this.actions.findById(demoA(), later.id()).orElseThrow().due())
			.isEqualTo(LocalDate.now(STOCKHOLM).plusDays(3));
	}

	@Test
	void removesTheAgentAfterAConfirmationAndShowsTheDeletionReceipt() {
		Meeting meeting = erikOrganised("Avvecklat möte " + UUID.randomUUID().toString().substring(0, 8));
		action(meeting, "Arkivera underlaget", Duration.ofMinutes(3), "Jag arkiverar underlaget.");
		signIn();
		browser().get(url("/meetings/" + meeting.id().value()));

		browser().findElement(By.linkText("Ta bort Kollegan och radera allt")).click();

		assertThat(heading().getText()).isEqualTo("Ta bort Kollegan från " + meeting.title() + "?");
		assertThat(this.meetings.findById(demoA(), meeting.id())).as("nothing deleted before confirming").isPresent();
		assertThat(chromium.axe("offboard confirmation")).isEmpty();
		browser().findElement(By.xpath("//button[text()='Ja, ta bort Kollegan och radera allt']")).click();

		chromium.waiting(WAIT).until(ExpectedConditions.urlContains("/receipt"));
		assertThat(heading().getText()).isEqualTo("Kollegan är borttagen och mötet är raderat");
		WebElement receipt = browser().findElement(By.cssSelector("table.receipt"));
		assertThat(receipt.findElement(By.xpath(".//tr[th[text()='möten']]/td")).getText()).isEqualTo("1");
		assertThat(receipt.findElement(By.xpath(".//tr[th[text()='åtgärder']]/td")).getText()).isEqualTo("1");
		assertThat(chromium.axe("deletion receipt")).isEmpty();
		assertThat(this.meetings.findById(demoA(), meeting.id())).isEmpty();

		browser().get(url("/meetings/" + meeting.id().value()));
		assertThat(heading().getText()).isEqualTo("Sidan finns inte");
		assertThat(chromium.axe("not found")).isEmpty();
	}

	/**
	 * Teams opens the tab page; outside Teams (not in a frame) it goes on to the page it
	 * was given, through the ordinary sign-in, and never off the site.
	 */
	@Test
	void theTeamsTabPageOutsideTeamsGoesOnToThePageItWasGiven() {
		browser().get(url("/privacy"));
		browser().manage().deleteAllCookies();

		browser().get(url("/teams/tab?target=/settings"));

		chromium.waiting(WAIT).until(ExpectedConditions.urlContains("/idp/login"));
		signIn();
		browser().get(url("/teams/tab?target=/settings"));
		chromium.waiting(WAIT).until(ExpectedConditions.urlToBe(url("/settings")));
		browser().get(url("/teams/tab?target=//evil.example/"));
		chromium.waiting(WAIT).until(ExpectedConditions.urlToBe(url("/")));
		browser().get(url("/teams/configure"));
		assertThat(heading().getText()).isEqualTo("Lägg till Kollegan i mötet");
		assertThat(chromium.axe("Teams configuration")).isEmpty();
	}

	@Test
	void refusesWhatTheUserMayNotDoOnAFriendlyPageAndSwitchesLanguage() {
		Meeting someoneElses = this.meetings.save(Meeting.schedule(demoA(), "Astrids möte", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + UUID.randomUUID()),
				ZonedDateTime.now(STOCKHOLM).plusDays(1), ZonedDateTime.now(STOCKHOLM).plusDays(1).plusHours(1),
				Person.of("Astrid Ek", "astrid.ek@kommun-a.example"), List.of(ERIK), ExternalIds.NONE, 0, null));
		signIn();

		browser().get(url("/meetings/" + someoneElses.id().value() + "/offboard"));

		assertThat(heading().getText()).isEqualTo("Du har inte behörighet");
		assertThat(browser().getPageSource()).doesNotContain("Exception").doesNotContain("at se.postboxen");
		assertThat(chromium.axe("forbidden")).isEmpty();
		assertThat(this.meetings.findById(demoA(), someoneElses.id())).isPresent();

		browser().get(url("/"));
		browser().findElement(By.linkText("English")).click();
		chromium.waiting(WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), "This week's meetings"));
		assertThat(browser().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		browser().get(url("/meetings/" + someoneElses.id().value()));
		assertThat(browser().findElement(By.id("main")).getText()).contains("How Kollegan got in");
		assertThat(chromium.axe("meeting, English")).isEmpty();
		browser().findElement(By.linkText("Svenska")).click();
		chromium.waiting(WAIT)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Så kom Kollegan in"));
	}

}
