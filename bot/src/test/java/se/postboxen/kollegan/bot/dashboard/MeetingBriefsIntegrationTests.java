package se.postboxen.kollegan.bot.dashboard;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.brief.Brief;
import se.postboxen.kollegan.brief.BriefId;
import se.postboxen.kollegan.brief.BriefKind;
import se.postboxen.kollegan.brief.Briefs;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's briefs on its page, by the API's rule: the post-brief for everyone who may
 * see the meeting, the latest pre-brief only for the person it was written for and those
 * who see all meetings; each as written, never as markup.
 */
@KolleganIntegrationTest
class MeetingBriefsIntegrationTests {

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Person ASTRID = Person.of("Astrid Ek", "astrid.ek@kommun-a.example");

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	private static final Person MAJA = Person.of("Maja Berg", "maja.berg@kommun-a.example");

	@LocalServerPort
	int port;

	@Autowired
	Tenants tenants;

	@Autowired
	Meetings meetings;

	@Autowired
	Briefs briefs;

	private TenantId demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	private Meeting meeting(Person organiser, List<Person> participants) {
		ZonedDateTime start = ZonedDateTime.now(STOCKHOLM).truncatedTo(ChronoUnit.MINUTES).minusHours(3);
		return this.meetings.save(Meeting.schedule(demoA(), "Briefer " + UUID.randomUUID().toString().substring(0, 8),
				null, URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + UUID.randomUUID()), start,
				start.plusHours(1), organiser, participants, ExternalIds.NONE, 0, null));
	}

	private void brief(Meeting meeting, BriefKind kind, String content, Duration beforeStart) {
		this.briefs.save(new Brief(BriefId.newId(), demoA(), meeting.id(), kind, "sv", content,
				meeting.startsAt().minus(beforeStart)));
	}

	private String page(Person reader, Meeting meeting) {
		Browser browser = new Browser(this.port);
		browser.signIn(reader.email().value(), "demo");
		HttpResponse<String> page = browser.get("/meetings/" + meeting.id().value());
		assertThat(page.statusCode()).isEqualTo(200);
		return page.body();
	}

	@Test
	void everyoneWhoSeesTheMeetingReadsItsPostBriefAndOnlyItsReaderAndAllSeeingRolesThePreBrief() {
		Meeting meeting = meeting(ASTRID, List.of(ERIK));
		brief(meeting, BriefKind.PRE, "## Vilka kommer\n- Erik Lund (tidig version)", Duration.ofHours(24));
		brief(meeting, BriefKind.PRE, "## Vilka kommer\n- Erik Lund <erik.lund@kommun-a.example>", Duration.ofHours(1));
		brief(meeting, BriefKind.POST, "## Sammanfattning\nBudgeten <script>alert(1)</script> godkändes.",
				Duration.ofHours(-2));

		String erik = page(ERIK, meeting);
		assertThat(erik).contains("<h2 id=\"post-brief-heading\">Efter mötet</h2>")
			.contains("Budgeten &lt;script&gt;alert(1)&lt;/script&gt; godkändes.")
			.doesNotContain("<script>alert(1)")
			.doesNotContain("Inför mötet")
			.doesNotContain("Vilka kommer");

		for (Person allSeeing : List.of(ASTRID, MAJA)) {
			String page = page(allSeeing, meeting);
			assertThat(page).as(allSeeing.name())
				.contains("<h2 id=\"pre-brief-heading\">Inför mötet</h2>")
				.contains("- Erik Lund &lt;erik.lund@kommun-a.example&gt;")
				.doesNotContain("tidig version")
				.contains("Efter mötet");
			assertThat(page.indexOf("Inför mötet")).as("before the summary")
				.isLessThan(page.indexOf("summary-heading"));
		}
	}

	@Test
	void aMemberReadsThePreBriefWrittenForThemAndAMeetingWithoutBriefsShowsNone() {
		Meeting own = meeting(ERIK, List.of(ASTRID));
		brief(own, BriefKind.PRE, "## Tidigare möten\nInga tidigare möten", Duration.ofHours(1));

		assertThat(page(ERIK, own)).contains("Inför mötet")
			.contains("Inga tidigare möten")
			.doesNotContain("Efter mötet");
		assertThat(page(ERIK, meeting(ASTRID, List.of(ERIK)))).doesNotContain("pre-brief-heading")
			.doesNotContain("post-brief-heading");
	}

}
