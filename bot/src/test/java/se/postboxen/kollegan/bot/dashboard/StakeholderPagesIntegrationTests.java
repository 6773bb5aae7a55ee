package se.postboxen.kollegan.bot.dashboard;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.postboxen.kollegan.bot.Browser;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.brief.RecappedMeetings;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.stakeholder.StakeholderId;
import se.postboxen.kollegan.stakeholder.Stakeholders;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static se.postboxen.kollegan.bot.brief.RecappedMeetings.ASTRID;

/**
 * The stakeholder pages over HTTP, signed in through the real OpenID Connect flow: people
 * and facts seen as the API shows them (a member only from meetings that concern them,
 * administrators everything), someone the reader may not see or of another organisation
 * answered with the not-found page, what is kept about oneself with the way to have it
 * erased, and an empty list that says why profiles may be missing.
 */
@KolleganIntegrationTest
class StakeholderPagesIntegrationTests {

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

	private static final String NOT_FOUND = "Sidan finns inte";

	@LocalServerPort
	int port;

	@Autowired
	ConsentRecords consent;

	@Autowired
	Tenants tenants;

	@Autowired
	Stakeholders stakeholders;

	@Autowired
	JdbcClient jdbc;

	private TenantId demo(String slug) {
		return this.tenants.findBySlug(slug).orElseThrow().id();
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static Person external(String name, String run) {
		String[] parts = name.toLowerCase().split(" ");
		return Person.of(name, parts[0] + "." + parts[1] + "." + run + "@leverantor.example");
	}

	/** A recapped Plus meeting of Astrid's in which everyone accepted. */
	private MeetingId plusMeeting(String title, List<Person> participants) {
		Map<Person, ConsentAnswer> answers = new HashMap<>();
		answers.put(ASTRID, ConsentAnswer.ACCEPTED);
		participants.forEach(person -> answers.put(person, ConsentAnswer.ACCEPTED));
		StringBuilder transcript = new StringBuilder("Astrid Ek: Välkomna.\n");
		participants.forEach(person -> transcript.append(person.name())
			.append(": Jag skickar offerten om exportformat till fredag.\n"));
		return new RecappedMeetings(this.port, this.consent, demo("demo-a")).recapped(title, participants,
				ConsentLevel.PLUS, answers, transcript.toString());
	}

	private StakeholderId id(Person person) {
		return this.stakeholders.findByEmail(demo("demo-a"), person.email()).orElseThrow().id();
	}

	private Browser signedIn(String email) {
		Browser browser = new Browser(this.port);
		assertThat(browser.signIn(email, "demo").statusCode()).isEqualTo(200);
		return browser;
	}

	/** Every page of the list, one after the other. */
	private String everyPage(Browser browser) {
		StringBuilder pages = new StringBuilder();
		for (int page = 0;; page++) {
			HttpResponse<String> answer = browser.get("/stakeholders?page=" + page);
			assertThat(answer.statusCode()).isEqualTo(200);
			pages.append(answer.body());
			if (!answer.body().contains("/stakeholders?page=" + (page + 1))) {
				return pages.toString();
			}
		}
	}

	@Test
	void aMemberSeesPeopleFromTheirOwnMeetingsWithOnlyThoseMeetingsFacts() {
		String run = run();
		Person jonas = external("Jonas Wik", run);
		Person kim = external("Kim Sund", run);
		MeetingId withErik = plusMeeting("Med Erik " + run, List.of(ERIK, jonas));
		MeetingId withoutErik = plusMeeting("Utan Erik " + run, List.of(kim, jonas));
		Browser erik = signedIn(ERIK.email().value());

		assertThat(everyPage(erik)).contains(jonas.email().value())
			.contains("/stakeholders/" + id(jonas))
			.doesNotContain(kim.email().value());
		HttpResponse<String> profile = erik.get("/stakeholders/" + id(jonas));
		assertThat(profile.statusCode()).isEqualTo(200);
		// Percentages are written with a no-break space, as Swedish has them.
		assertThat(profile.body().replace('\u00a0', ' ')).contains("<h1>Jonas Wik</h1>")
			.contains("href=\"/meetings/" + withErik + "\"")
			.contains("Med Erik " + run)
			.doesNotContain("Utan Erik " + run)
			.doesNotContain(withoutErik.toString())
			.contains("Deltog i mötet")
			.contains("Åtagande: ")
			.contains("0 klara av 1 (0 %)")
			.contains("leverantor.example")
			.contains("med mötet")
			.contains("Plus eller Juridik");

		for (String hidden : List.of("/stakeholders/" + id(kim), "/stakeholders/" + UUID.randomUUID())) {
			HttpResponse<String> answer = erik.get(hidden);
			assertThat(answer.statusCode()).as(hidden).isEqualTo(404);
			assertThat(answer.body()).contains(NOT_FOUND).doesNotContain(kim.email().value());
		}

		Browser astrid = signedIn(ASTRID.email().value());
		HttpResponse<String> everything = astrid.get("/stakeholders/" + id(jonas));
		assertThat(everything.body()).contains("Med Erik " + run)
			.contains("Utan Erik " + run)
			.contains("href=\"/meetings/" + withoutErik + "\"");
		assertThat(astrid.get("/stakeholders/" + id(kim)).statusCode()).isEqualTo(200);
	}

	@Test
	void anotherOrganisationsStakeholderIsNotFound() {
		String run = run();
		Person jonas = external("Jonas Wik", run);
		plusMeeting("Hos kommun A " + run, List.of(jonas));

		for (String email : List.of("karin.sjo@kommun-b.example", "olof.strand@kommun-b.example")) {
			Browser b = signedIn(email);
			HttpResponse<String> answer = b.get("/stakeholders/" + id(jonas));
			assertThat(answer.statusCode()).as(email).isEqualTo(404);
			assertThat(answer.body()).as(email).contains(NOT_FOUND).doesNotContain("Hos kommun A");
			assertThat(everyPage(b)).as(email).doesNotContain(jonas.email().value());
		}
	}

	@Test
	void everyoneSeesWhatIsKeptAboutThemselvesAndHowToHaveItErased() {
		String run = run();
		MeetingId meeting = plusMeeting("Om mig " + run, List.of(ERIK));

		HttpResponse<String> mine = signedIn(ERIK.email().value()).get("/stakeholders/me");

		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("Det här har Kollegan sparat om dig")
			.contains(ERIK.email().value())
			.contains("href=\"/meetings/" + meeting + "\"")
			.contains("Be organisationens administratör att radera det som är sparat om dig");
		assertThat(mine.body().substring(mine.body().indexOf("<main"), mine.body().indexOf("</main>")))
			.as("no erasure of one's own that the API does not offer")
			.doesNotContain("<form");

		HttpResponse<String> nothing = signedIn("sara.nord@kommun-b.example").get("/stakeholders/me");
		assertThat(nothing.statusCode()).isEqualTo(200);
		assertThat(nothing.body()).contains("Inget är sparat om dig")
			.contains("samtyckesnivå Plus eller Juridik")
			.contains("sara.nord@kommun-b.example");
	}

	@Test
	void aMemberWithNoneToSeeIsToldProfilesComeOnlyFromPlusAndJuridikMeetings() {
		// Whatever other tests left in the member's own meetings of demo-b goes, so that
		// the list is empty for them whichever ran first.
		this.jdbc.sql("""
				DELETE FROM stakeholder_fact f USING meeting m
				WHERE f.meeting_id = m.id AND m.tenant_id = :tenantId AND (m.organizer_email = :email
				    OR m.scheduled_by = :email OR EXISTS (
				        SELECT 1 FROM meeting_participant p WHERE p.meeting_id = m.id AND p.email = :email))
				""").param("tenantId", demo("demo-b").value()).param("email", "olof.strand@kommun-b.example").update();

		HttpResponse<String> list = signedIn("olof.strand@kommun-b.example").get("/stakeholders");

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Inga intressentprofiler än")
			.contains("bara av möten som hålls med samtyckesnivå Plus eller Juridik")
			.contains("Du ser bara personer från möten som rör dig")
			.doesNotContain("<table");
	}

	@Test
	void aPageThatIsNotANumberIsABadRequestPage() {
		Browser erik = signedIn(ERIK.email().value());

		assertThat(erik.get("/stakeholders/inte-ett-id").statusCode()).isEqualTo(400);
		assertThat(erik.get("/stakeholders?page=x").statusCode()).isEqualTo(400);
		assertThat(erik.get("/stakeholders?page=-3").statusCode()).isEqualTo(200);
	}

}
