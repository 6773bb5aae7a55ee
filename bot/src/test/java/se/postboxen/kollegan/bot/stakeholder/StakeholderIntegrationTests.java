package se.postboxen.kollegan.bot.stakeholder;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.brief.RecappedMeetings;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.stakeholder.Stakeholder;
import se.postboxen.kollegan.stakeholder.Stakeholders;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static se.postboxen.kollegan.bot.brief.RecappedMeetings.ASTRID;

/**
 * Stakeholder profiles from recaps published through the job queue: only from Plus and
 * Juridik meetings and never about whoever declined, seen as meetings are seen, shown in
 * full to the person they are about, and erased with the person or with the meeting they
 * came from.
 */
@KolleganIntegrationTest
class StakeholderIntegrationTests {

	private static final Person ERIK = Person.of("Erik Lund", "erik.lund@kommun-a.example");

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

	private TenantId demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	private static String run() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static Person external(String name, String run) {
		String[] parts = name.toLowerCase().split(" ");
		return Person.of(name, parts[0] + "." + parts[1] + "." + run + "@leverantor.example");
	}

	/**
	 * A Plus meeting of Astrid's: she and everyone in it accept, but {@code declines}.
	 */
	private MeetingId plusMeeting(String title, List<Person> participants, List<Person> declines) {
		Map<Person, ConsentAnswer> answers = new java.util.HashMap<>();
		answers.put(ASTRID, ConsentAnswer.ACCEPTED);
		participants.forEach(person -> answers.put(person,
				declines.contains(person) ? ConsentAnswer.DECLINED : ConsentAnswer.ACCEPTED));
		StringBuilder transcript = new StringBuilder("Astrid Ek: Välkomna till genomgången.\n");
		participants.forEach(person -> transcript.append(person.name())
			.append(": Jag tar fram underlaget om ")
			.append(title)
			.append(" till fredag.\n"));
		transcript.append("Astrid Ek: Vi beslutar att gå vidare med förslaget.\n");
		return new RecappedMeetings(this.port, this.consent, demoA()).recapped(title, participants, ConsentLevel.PLUS,
				answers, transcript.toString());
	}

	private List<JsonNode> everyone(Api api) {
		List<JsonNode> items = new ArrayList<>();
		for (int page = 0;; page++) {
			JsonNode answer = Api.json(api.get("/api/agents/stakeholders?size=100&page=" + page));
			answer.get("items").forEach(items::add);
			if (page + 1 >= answer.get("totalPages").asLong()) {
				return items;
			}
		}
	}

	private List<String> emails(Api api) {
		return everyone(api).stream().map(item -> item.get("email").asString()).toList();
	}

	private Stakeholder stakeholder(Person person) {
		return this.stakeholders.findByEmail(demoA(), person.email()).orElseThrow();
	}

	@Test
	void profilesComeOnlyFromPlusMeetingsAndNeverFromWhoDeclined() {
		String run = run();
		Person jonas = external("Jonas Wik", run);
		Person lena = external("Lena Holm", run);
		Person nils = external("Nils Berg", run);
		MeetingId plus = plusMeeting("Exportformat " + run, List.of(jonas, lena), List.of(lena));
		new RecappedMeetings(this.port, this.consent, demoA()).recapped("Bas " + run, List.of(nils), ConsentLevel.BAS,
				Map.of(ASTRID, ConsentAnswer.ACCEPTED, nils, ConsentAnswer.ACCEPTED),
				"Nils Berg: Jag tar fram underlaget till fredag.\nAstrid Ek: Vi beslutar att gå vidare.\n");

		Api admin = Api.as(this.port, "demo-a-admin");
		List<JsonNode> listed = everyone(admin);
		assertThat(listed).extracting(item -> item.get("email").asString())
			.contains(jonas.email().value(), ASTRID.email().value())
			.doesNotContain(lena.email().value(), nils.email().value());
		assertThat(listed).filteredOn(item -> item.get("email").asString().equals(jonas.email().value()))
			.singleElement()
			.satisfies(item -> {
				assertThat(item.get("organisation").asString()).isEqualTo("leverantor.example");
				assertThat(item.get("ownOrganisation").asBoolean()).isFalse();
				assertThat(item.get("meetingsAttended").asLong()).isEqualTo(1);
			});
		assertThat(listed).filteredOn(item -> item.get("email").asString().equals(ASTRID.email().value()))
			.singleElement()
			.satisfies(item -> assertThat(item.get("ownOrganisation").asBoolean()).isTrue());

		JsonNode profile = Api.json(admin.get("/api/agents/stakeholders/" + stakeholder(jonas).id()));
		assertThat(profile.get("basis").asString()).contains("Plus eller Juridik");
		assertThat(profile.get("facts")).isNotEmpty().allSatisfy(fact -> {
			assertThat(fact.get("source").get("meetingId").asString()).isEqualTo(plus.toString());
			assertThat(fact.get("source").get("title").asString()).isEqualTo("Exportformat " + run);
			assertThat(fact.get("expiresWith").asString()).isEqualTo("source-meeting");
		});
		assertThat(profile.get("facts").valueStream().map(fact -> fact.get("kind").asString())).contains("attended",
				"commitment");
		assertThat(profile.get("commitments").get("total").asLong()).isEqualTo(1);
		assertThat(profile.get("commitments").get("done").asLong()).isZero();
		assertThat(profile.get("commitments").get("completionRate").asDouble()).isZero();
	}

	@Test
	void aMemberSeesPeopleFromTheirOwnMeetingsAndEverythingKeptAboutThemselves() {
		String run = run();
		Person jonas = external("Jonas Wik", run);
		Person kim = external("Kim Sund", run);
		MeetingId withErik = plusMeeting("Med Erik " + run, List.of(ERIK, jonas), List.of());
		plusMeeting("Utan Erik " + run, List.of(kim, jonas), List.of());

		Api erik = Api.as(this.port, "demo-a-member");
		assertThat(emails(erik)).contains(jonas.email().value()).doesNotContain(kim.email().value());
		HttpResponse<String> hidden = erik.get("/api/agents/stakeholders/" + stakeholder(kim).id());
		HttpResponse<String> missing = erik.get("/api/agents/stakeholders/" + UUID.randomUUID());
		assertThat(hidden.statusCode()).isEqualTo(missing.statusCode()).isEqualTo(404);
		assertThat(hidden.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(Api.json(hidden).get("detail")).isEqualTo(Api.json(missing).get("detail"));
		JsonNode jonasForErik = Api.json(erik.get("/api/agents/stakeholders/" + stakeholder(jonas).id()));
		assertThat(jonasForErik.get("facts").valueStream().map(fact -> fact.get("source").get("meetingId").asString()))
			.containsOnly(withErik.toString());
		assertThat(jonasForErik.get("meetingsAttended").asLong()).isEqualTo(1);
		assertThat(
				Api.json(Api.as(this.port, "demo-a-auditor").get("/api/agents/stakeholders/" + stakeholder(jonas).id()))
					.get("meetingsAttended")
					.asLong())
			.isEqualTo(2);

		JsonNode mine = Api.json(erik.get("/api/agents/me/stakeholder-profile"));

		assertThat(mine.get("email").asString()).isEqualTo(ERIK.email().value());
		assertThat(mine.get("stored").asBoolean()).isTrue();
		assertThat(mine.get("erasure").asString()).contains("raderingskvitto");
		assertThat(mine.get("profile")
			.get("facts")
			.valueStream()
			.map(fact -> fact.get("source").get("meetingId").asString())).contains(withErik.toString());
	}

	@Test
	void erasingAPersonRemovesTheirProfileAndTheBriefsNamingThemAndTheReceiptSaysSo() {
		String run = run();
		Person jonas = external("Jonas Wik", run);
		MeetingId meeting = plusMeeting("Radering " + run, List.of(jonas), List.of());
		String id = stakeholder(jonas).id().toString();
		Api admin = Api.as(this.port, "demo-a-admin");
		assertThat(Api.json(admin.get("/api/agents/meetings/" + meeting + "/briefs"))).isNotEmpty();

		JsonNode receipt = Api
			.json(admin.postJson("/api/admin/offboard/person", Api.toJson(Map.of("email", jonas.email().value()))));

		JsonNode removed = receipt.get("removed");
		assertThat(removed.get("stakeholder").asLong()).isEqualTo(1);
		assertThat(removed.get("stakeholder_fact").asLong()).isPositive();
		assertThat(removed.get("brief (naming them)").asLong()).isEqualTo(1);
		assertThat(admin.get("/api/agents/stakeholders/" + id).statusCode()).isEqualTo(404);
		assertThat(Api.json(admin.get("/api/agents/meetings/" + meeting + "/briefs"))).isEmpty();
		assertThat(this.jdbc.sql("""
				SELECT (SELECT count(*) FROM stakeholder WHERE email = :email)
				     + (SELECT count(*) FROM stakeholder_fact WHERE stakeholder_id::text = :id)
				     + (SELECT count(*) FROM brief WHERE strpos(content, :email) > 0)
				""").param("email", jonas.email().value()).param("id", id).query(Long.class).single()).isZero();
	}

	@Test
	void offboardingAMeetingTakesItsFactsAndWhoeverWasKnownOnlyFromIt() {
		String run = run();
		Person pia = external("Pia Lund", run);
		Person jonas = external("Jonas Wik", run);
		MeetingId kept = plusMeeting("Behålls " + run, List.of(jonas), List.of());
		MeetingId offboarded = plusMeeting("Tas bort " + run, List.of(pia, jonas), List.of());
		Api admin = Api.as(this.port, "demo-a-admin");

		JsonNode receipt = Api.json(admin.postJson("/api/agents/meetings/" + offboarded + "/offboard", ""));

		assertThat(receipt.get("removed").get("stakeholder_fact").asLong()).isPositive();
		assertThat(receipt.get("removed").get("stakeholder (no source left)").asLong()).isPositive();
		assertThat(this.stakeholders.findByEmail(demoA(), pia.email())).isEmpty();
		JsonNode jonasNow = Api.json(admin.get("/api/agents/stakeholders/" + stakeholder(jonas).id()));
		assertThat(jonasNow.get("facts").valueStream().map(fact -> fact.get("source").get("meetingId").asString()))
			.containsOnly(kept.toString());
	}

	@Test
	void anotherTenantSeesNoneOfIt() {
		String run = run();
		Person jonas = external("Jonas Wik", run);
		plusMeeting("Hos A " + run, List.of(jonas), List.of());

		for (String client : List.of("demo-b-admin", "demo-b-member", "demo-b-auditor")) {
			Api b = Api.as(this.port, client);
			assertThat(b.get("/api/agents/stakeholders/" + stakeholder(jonas).id()).statusCode()).as(client)
				.isEqualTo(404);
			assertThat(emails(b)).as(client).doesNotContain(jonas.email().value());
			assertThat(b.get("/api/agents/me/stakeholder-profile").body()).as(client).doesNotContain("Hos A");
		}
	}

}
