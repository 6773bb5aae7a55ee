package se.postboxen.kollegan.bot.brief;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.brief.PostBriefs;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentRecords;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static se.postboxen.kollegan.bot.brief.RecappedMeetings.ASTRID;

/**
 * Post-briefs from a recap published through the job queue: stored with the meeting,
 * written by its consent level, one mail queued per participant who did not decline, and
 * a recap published again updates the brief without mailing anyone twice. The mail job is
 * run by calling the use case the worker calls ten minutes later.
 */
@KolleganIntegrationTest
class PostBriefIntegrationTests {

	private static final String TRANSCRIPT = """
			Astrid Ek: Välkomna till genomgången av e-arkivet.
			Jonas Wik: Jag tar fram exportformatet till fredag.
			Astrid Ek: Vi beslutar att arkivformatet blir FGS.
			Lena Holm: Jag vill inte synas i protokollet.
			""";

	@LocalServerPort
	int port;

	@Autowired
	ConsentRecords consent;

	@Autowired
	Tenants tenants;

	@Autowired
	PostBriefs postBriefs;

	@Autowired
	JdbcClient jdbc;

	private TenantId demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	private RecappedMeetings meetings() {
		return new RecappedMeetings(this.port, this.consent, demoA());
	}

	private static String mailKey(MeetingId meeting, Person person) {
		return "postbrief:" + meeting + ":"
				+ UUID.nameUUIDFromBytes(person.email().value().getBytes(StandardCharsets.UTF_8));
	}

	private Map<String, Instant> mailJobs(MeetingId meeting) {
		return this.jdbc
			.sql("SELECT job_key, due_at FROM agent_job WHERE type = 'POST_BRIEF' AND strpos(job_key, :id) > 0")
			.param("id", meeting.toString())
			.query((rs, n) -> Map.entry(rs.getString("job_key"), rs.getObject("due_at", Timestamp.class).toInstant()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private JsonNode briefs(Api api, MeetingId meeting) {
		return Api.json(api.get("/api/agents/meetings/" + meeting + "/briefs"));
	}

	@Test
	void atPlusEveryoneButWhoDeclinedIsMailedTheBriefWithQuotesAndOnlyOnceWhenTheRecapComesAgain() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Person jonas = Person.of("Jonas Wik", "jonas.wik." + run + "@leverantor.example");
		Person lena = Person.of("Lena Holm", "lena.holm." + run + "@advokatbyra.example");
		String title = "Genomgång e-arkiv " + run;
		Instant before = Instant.now();

		MeetingId meeting = meetings().recapped(title, List.of(jonas, lena), ConsentLevel.PLUS,
				Map.of(ASTRID, ConsentAnswer.ACCEPTED, jonas, ConsentAnswer.ACCEPTED, lena, ConsentAnswer.DECLINED),
				TRANSCRIPT);

		Api admin = Api.as(this.port, "demo-a-admin");
		assertThat(briefs(admin, meeting)).singleElement().satisfies(brief -> {
			assertThat(brief.get("kind").asString()).isEqualTo("post");
			assertThat(brief.get("content").asString()).contains("samtyckesnivå / consent level: Plus")
				.contains("  > \"Vi beslutar att arkivformatet blir FGS.\"")
				.contains("- Jonas Wik <" + jonas.email() + ">: ja / yes (Plus)")
				.contains("1 deltagare avböjde")
				.doesNotContain("Lena")
				.doesNotContain(lena.email().value());
		});
		Map<String, Instant> mails = mailJobs(meeting);
		assertThat(mails).containsOnlyKeys(mailKey(meeting, ASTRID), mailKey(meeting, jonas));
		assertThat(mails.values()).allSatisfy(due -> assertThat(due).isAfter(before.plus(Duration.ofMinutes(9))));

		JobOutcome toAstrid = this.postBriefs.send(demoA(), meeting, ASTRID.email());
		JobOutcome toLena = this.postBriefs.send(demoA(), meeting, lena.email());

		assertThat(toAstrid).isEqualTo(toLena).isEqualTo(JobOutcome.done());
		assertThat(Api.json(admin.get("/api/agents/outbox"))
			.valueStream()
			.filter(mail -> mail.path("subject").asString().equals("Efter mötet / After the meeting: " + title)))
			.singleElement()
			.satisfies(mail -> {
				assertThat(mail.path("kind").asString()).isEqualTo("post-brief");
				assertThat(mail.path("text").asString()).startsWith("Hej Astrid Ek!")
					.contains("Vi beslutar att arkivformatet blir FGS.")
					.contains("http://localhost:8080/meetings/" + meeting);
			});
		assertThat(mailsTo(lena.email())).isZero();

		meetings().upload(meeting, TRANSCRIPT + "Astrid Ek: Vi beslutar också att genomgången upprepas i mars.\n");

		assertThat(briefs(admin, meeting)).singleElement()
			.satisfies(brief -> assertThat(brief.get("content").asString()).contains("upprepas i mars"));
		assertThat(mailJobs(meeting)).isEqualTo(mails);
	}

	@Test
	void atBasThePostBriefHasTheDecisionsButNoQuotes() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		Person jonas = Person.of("Jonas Wik", "jonas.wik." + run + "@leverantor.example");

		MeetingId meeting = meetings().recapped("Bas-möte " + run, List.of(jonas), ConsentLevel.BAS,
				Map.of(ASTRID, ConsentAnswer.ACCEPTED, jonas, ConsentAnswer.ACCEPTED), TRANSCRIPT);

		assertThat(Api.as(this.port, "demo-a-member").get("/api/agents/meetings/" + meeting + "/briefs").statusCode())
			.as("Erik does not take part")
			.isEqualTo(404);
		assertThat(briefs(Api.as(this.port, "demo-a-auditor"), meeting)).singleElement()
			.satisfies(
					brief -> assertThat(brief.get("content").asString()).contains("samtyckesnivå / consent level: Bas")
						.contains("## Beslut / Decisions")
						.contains("arkivformatet blir FGS")
						.doesNotContain("  > "));
		assertThat(mailJobs(meeting)).containsOnlyKeys(mailKey(meeting, ASTRID), mailKey(meeting, jonas));
	}

	private long mailsTo(EmailAddress address) {
		return this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE to_address = :to")
			.param("to", address.value())
			.query(Long.class)
			.single();
	}

}
