package se.postboxen.kollegan.bot.dashboard;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.ModelUsage;
import se.postboxen.kollegan.recap.ModelUsages;
import se.postboxen.kollegan.recap.Recap;
import se.postboxen.kollegan.recap.RecapStatus;
import se.postboxen.kollegan.recap.Recaps;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.transcript.TranscriptSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The insights page over HTTP, signed in through the real OpenID Connect flow: each
 * reader's figures grow by the meetings they may see and no others (a member's own, the
 * whole organisation's for an administrator, never another organisation's), the model
 * cost is shown per meeting with the offline extractor's meetings said to be free, and
 * every chart writes the same figures as its table.
 */
@KolleganIntegrationTest
class InsightsPageIntegrationTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Person ASTRID = Person.of("Astrid Ek", "astrid.ek@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	private static final Person KARIN = Person.of("Karin Sjö", "karin.sjo@kommun-b.example");

	private static final List<String> CHARTS = List.of("chart-meetings", "chart-actions", "chart-costs");

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	ActionItems actions;

	@Autowired
	Recaps recaps;

	@Autowired
	ModelUsages usages;

	private TenantId demo(String slug) {
		return this.tenants.findBySlug(slug).orElseThrow().id();
	}

	private Browser signedIn(Person person) {
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn(person.email().value(), "demo").statusCode()).isEqualTo(200);
		return browser;
	}

	/**
	 * A meeting of the organiser's that began a few minutes ago, the newest of the costed
	 * ones.
	 */
	private Meeting meeting(TenantId tenant, String title, Person organiser, List<Person> participants,
			int minutesAgo) {
		ZonedDateTime start = ZonedDateTime.now(STOCKHOLM).truncatedTo(ChronoUnit.SECONDS).minusMinutes(minutesAgo);
		return this.meetings.save(Meeting.schedule(tenant, title, null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + UUID.randomUUID()), start,
				start.plusMinutes(30), organiser, participants, ExternalIds.NONE, 0, null));
	}

	private void action(Meeting meeting, boolean done) {
		ActionItem action = ActionItem.open(meeting.tenantId(), meeting.id(), "Skicka underlaget", ERIK, null, null,
				new Confidence(0.9), false);
		if (done) {
			action.markDone();
		}
		this.actions.save(action);
	}

	private void recapped(Meeting meeting) {
		this.recaps.save(new Recap(meeting.tenantId(), meeting.id(), RecapStatus.READY, "sv", TranscriptSource.UPLOADED,
				"Sammanfattning.", List.of(), List.of(), meeting.endsAt()));
	}

	/** Meetings, actions and done actions over the eight weeks, as the tables say. */
	private record Totals(long meetings, long actions, long done) {

		static Totals of(String page) {
			return new Totals(sum(values(page, "chart-meetings")), sum(cells(page, "chart-actions", "Åtgärder")),
					sum(cells(page, "chart-actions", "Klara")));
		}

		private static long sum(List<String> counts) {
			return counts.stream().mapToLong(Long::parseLong).sum();
		}

	}

	/** The cells of one column of a chart's table, by the label narrow screens show. */
	private static List<String> cells(String page, String chart, String column) {
		return all(Pattern.compile("<td[^>]*data-label=\"" + column + "\"[^>]*>([^<]*)</td>"), table(page, chart));
	}

	private static String table(String page, String chart) {
		Matcher table = Pattern.compile("<table[^>]*data-chart=\"" + chart + "\".*?</table>", Pattern.DOTALL)
			.matcher(page);
		assertThat(table.find()).as("table of " + chart).isTrue();
		return table.group();
	}

	/** The figures a chart's table writes, in order. */
	private static List<String> values(String page, String chart) {
		return all(Pattern.compile("<td[^>]*\\bdata-value\\b[^>]*>([^<]*)</td>"), table(page, chart));
	}

	/** The figures a chart writes after its bars, in order. */
	private static List<String> drawn(String page, String chart) {
		Matcher svg = Pattern.compile("<svg[^>]*id=\"" + chart + "\".*?</svg>", Pattern.DOTALL).matcher(page);
		assertThat(svg.find()).as("chart " + chart).isTrue();
		return all(Pattern.compile("<text class=\"chart-value\"[^>]*>([^<]*)</text>"), svg.group());
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private String insights(Browser browser) {
		HttpResponse<String> page = browser.get("/insights");
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	@Test
	void eachReaderCountsTheMeetingsTheyMaySeeAndNoOtherOrganisations() {
		Browser astrid = signedIn(ASTRID);
		Browser erik = signedIn(ERIK);
		Browser karin = signedIn(KARIN);
		Totals astridBefore = Totals.of(insights(astrid));
		Totals erikBefore = Totals.of(insights(erik));
		Totals karinBefore = Totals.of(insights(karin));

		Meeting withErik = meeting(demo("demo-a"), "Statistik med Erik", ASTRID, List.of(ERIK), 3);
		action(withErik, true);
		action(withErik, false);
		Meeting withoutErik = meeting(demo("demo-a"), "Statistik utan Erik", ASTRID, List.of(), 4);
		action(withoutErik, false);
		meeting(demo("demo-b"), "Statistik i kommun B", KARIN, List.of(), 5);
		meeting(demo("demo-a"), "Statistik nästa timme", ASTRID, List.of(ERIK), -60);

		assertThat(Totals.of(insights(astrid)))
			.isEqualTo(new Totals(astridBefore.meetings() + 2, astridBefore.actions() + 3, astridBefore.done() + 1));
		assertThat(Totals.of(insights(erik)))
			.isEqualTo(new Totals(erikBefore.meetings() + 1, erikBefore.actions() + 2, erikBefore.done() + 1));
		assertThat(Totals.of(insights(karin)))
			.isEqualTo(new Totals(karinBefore.meetings() + 1, karinBefore.actions(), karinBefore.done()));
	}

	@Test
	void showsWhatEachMeetingCostAndSaysTheOfflineExtractorCostsNothing() {
		Meeting modelled = meeting(demo("demo-a"), "Kostnad med modell", ASTRID, List.of(ERIK), 1);
		recapped(modelled);
		this.usages.record(new ModelUsage(modelled.tenantId(), modelled.id(), "gpt-4o-mini", 16_977, 310,
				new BigDecimal("0.012500"), modelled.endsAt()));
		this.usages.record(new ModelUsage(modelled.tenantId(), modelled.id(), "gpt-4o-mini", 1250, 0,
				new BigDecimal("0.003984"), modelled.endsAt()));
		Meeting offline = meeting(demo("demo-a"), "Kostnad utan modell", ASTRID, List.of(), 2);
		recapped(offline);

		String astrid = insights(signedIn(ASTRID));
		String erik = insights(signedIn(ERIK));

		String costs = table(astrid, "chart-costs");
		assertThat(costs)
			.containsPattern("(?s)data-meeting=\"" + modelled.id() + "\".*?>ja</td>\\s*<td[^>]*>0,0165 kr</td>")
			.containsPattern("(?s)data-meeting=\"" + offline.id()
					+ "\".*?>nej, inbyggd extraktor</td>\\s*<td[^>]*>0,00 kr</td>");
		// The chart cuts a long label but never its note.
		assertThat(astrid).containsPattern(">Kostnad utan mo[^<]*… – ingen språkmodell</text>")
			.contains("kostar ingenting och visas med 0 kr och ”ingen språkmodell”");
		assertThat(table(erik, "chart-costs")).contains(modelled.id().toString())
			.doesNotContain(offline.id().toString());
	}

	@Test
	void everyChartWritesTheSameFiguresAsItsTable() {
		Meeting meeting = meeting(demo("demo-a"), "Diagram och tabell", ASTRID, List.of(ERIK), 1);
		recapped(meeting);
		action(meeting, true);

		for (Person reader : List.of(ASTRID, ERIK)) {
			String page = insights(signedIn(reader));
			for (String chart : CHARTS) {
				assertThat(drawn(page, chart)).as("%s for %s", chart, reader.name())
					.isNotEmpty()
					.isEqualTo(values(page, chart));
			}
			assertThat(drawn(page, "chart-meetings")).hasSize(InsightsController.WEEKS)
				.allMatch(count -> count.matches("\\d+"));
			assertThat(page).contains("role=\"img\"")
				.contains("aria-labelledby=\"chart-costs-title chart-costs-desc\"")
				.contains("<title id=\"chart-costs-title\">Modellkostnad per möte</title>");
		}
	}

	@Test
	void speaksEnglishOnRequest() {
		Meeting meeting = meeting(demo("demo-a"), "Diagram på engelska", ASTRID, List.of(ERIK), 1);
		recapped(meeting);

		String page = signedIn(ASTRID).get("/insights?lang=en").body();

		assertThat(page).contains("<html lang=\"en\">")
			.contains("<h2 id=\"actions-heading\">Share of actions done per week</h2>")
			.contains("Show the figures as a table")
			.contains("SEK 0.00");
		assertThat(drawn(page, "chart-meetings")).isEqualTo(values(page, "chart-meetings"));
		assertThat(all(Pattern.compile("<text class=\"chart-label\"[^>]*>([^<]*)</text>"),
				page.substring(page.indexOf("id=\"chart-meetings\""))))
			.startsWith("wk " + ZonedDateTime.now(STOCKHOLM)
				.minusWeeks(InsightsController.WEEKS - 1)
				.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}
