package se.postboxen.kollegan.bot.e2e;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.audit.Actor;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.demo.DemoTenant;
import se.postboxen.kollegan.bot.invite.InboundSignature;
import se.postboxen.kollegan.person.Person;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scenario 1 of issue 8, end to end on the real paths: an invitation mailed to a member's
 * agent address books the meeting; the sandbox gateway joins it and hears the sample
 * meeting; the offline extractor writes the recap; each action is pushed to the tenant's
 * task board (Planner for one tenant, Trello for the other, both played by WireMock);
 * when the application's clock reaches 48 hours after the recap, the job queue's own
 * workers nudge the owner by mail (no chat platform reaches them), and after "done" —
 * answered in Kollegan, or the card completed in Trello — the next nudge's time comes and
 * nothing more is sent.
 * <p>
 * Time is the application's {@link java.time.Clock}, replaced here by a
 * {@link MovableClock} that the job queue's workers follow too; moving it forward is the
 * only thing this test does that the world would not. The clock is moved only while no
 * job is running, since a running job's heartbeat would look two days old. This context
 * is its own (it changes time for everything), so it starts its own Postgres and Redis.
 */
@KolleganIntegrationTest
@Import(MeetingToDoneIntegrationTests.MovableTime.class)
class MeetingToDoneIntegrationTests {

	static final WireMockServer trello = new WireMockServer(options().dynamicPort());

	static final WireMockServer graph = new WireMockServer(options().dynamicPort());

	static {
		trello.start();
		graph.start();
	}

	private static final String TRELLO_SECRET = "trello-app-secret-for-e2e";

	private static final String TRELLO_CALLBACK = "https://kollegan.kommun-b.example/api/trello/webhook";

	private static final String BOARD = "64b17d76d4a5072e3931736b";

	private static final String LIST = "64b17e9db559f0356ce022e4";

	private static final String PLAN = "yqQg5FS2LkCp935s-FIFm2QAFkHM";

	private static final String BUCKET = "isOf2dhOJkqyYYZEtdzDe2QAIUCR";

	private static final String ERIKS_ENTRA_ID = "4b1e8f0a-53c4-4a0d-9a3e-7c1d2e5f6a70";

	private static final String JAMES_TRELLO_ID = "5191197f9433cf5507006339";

	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Duration FIRST_NUDGE = Duration.ofHours(48);

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableTime {

		@Bean
		@Primary
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

	@DynamicPropertySource
	static void boards(DynamicPropertyRegistry properties) {
		properties.add("kollegan.trello.api-key", () -> "0471642aefef5fa1fa76530ce1ba4c85");
		properties.add("kollegan.trello.api-token", () -> "trello-token-for-e2e");
		properties.add("kollegan.trello.app-secret", () -> TRELLO_SECRET);
		properties.add("kollegan.trello.webhook-url", () -> TRELLO_CALLBACK);
		properties.add("kollegan.trello.base-url", trello::baseUrl);
		properties.add("kollegan.graph.client-id", () -> "kollegan-app");
		properties.add("kollegan.graph.client-secret", () -> "e2e-client-secret-value");
		properties.add("kollegan.graph.base-url", () -> graph.baseUrl() + "/v1.0");
		properties.add("kollegan.graph.login-url", graph::baseUrl);
	}

	@AfterAll
	static void stopServers() {
		trello.stop();
		graph.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionItems actions;

	@Autowired
	ActionFollowUps followUps;

	@Autowired
	JWKSource<SecurityContext> identityProviderKeys;

	@BeforeEach
	void resetBoards() {
		trello.resetAll();
		graph.resetAll();
	}

	@Test
	void aSwedishMeetingBecomesAPlannerTaskAndANudgeThatDoneStops() {
		DemoTenant tenant = DemoTenant.A;
		Api admin = Api.as(this.port, "demo-a-admin");
		HttpResponse<String> board = admin.putJson("/api/admin/task-board",
				Api.toJson(Map.of("board", "PLANNER", "planId", PLAN, "bucketId", BUCKET)));
		assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
		stubPlanner(tenant);
		Person erik = Person.of("Erik Berg", "erik.berg@kommun-a.example");

		String meetingId = invite("demo-a-member", "Projektmöte upphandling", meetLink(false),
				Person.of("Anna Lind", "anna.lind@kommun-a.example"),
				List.of(erik, Person.of("Sara Nilsson", "sara.nilsson@kommun-a.example")));
		JsonNode recap = recapOnceReady(admin, meetingId);

		assertThat(recap.get("source").asString()).isEqualTo("live");
		assertThat(recap.get("language").asString()).isEqualTo("sv");
		LocalDate meetingDay = meetingDay(admin, meetingId);
		JsonNode action = action(recap, "Erik, kan du ta fram den reviderade kravspecifikationen till fredag?");
		assertThat(action.get("owner").get("name").asString()).isEqualTo("Erik Berg");
		assertThat(action.get("owner").get("email").asString()).isEqualTo("erik.berg@kommun-a.example");
		assertThat(action.get("due").asString())
			.isEqualTo(meetingDay.with(TemporalAdjusters.next(DayOfWeek.FRIDAY)).toString());
		assertThat(action.get("needsConfirmation").asBoolean()).isFalse();
		ActionItemId actionId = new ActionItemId(UUID.fromString(action.get("id").asString()));

		// Every action is on the board, once; Erik's is assigned to him.
		JsonNode pushed = awaitTasks(admin, meetingId, "planner");
		assertThat(action(pushed, action.get("text").asString()).get("task").get("url").asString())
			.startsWith("https://tasks.office.com/" + tenant.directoryId() + "/Home/Task/");
		graph.verify(pushed.get("actions").size(), postRequestedFor(urlPathEqualTo("/v1.0/planner/tasks")));
		graph.verify(1,
				postRequestedFor(urlPathEqualTo("/v1.0/planner/tasks"))
					.withRequestBody(matchingJsonPath("$.title", containing("kravspecifikationen till fredag")))
					.withRequestBody(matchingJsonPath("$.planId", equalTo(PLAN)))
					.withRequestBody(matchingJsonPath("$.bucketId", equalTo(BUCKET)))
					.withRequestBody(matchingJsonPath("$.dueDateTime", containing(action.get("due").asString())))
					.withRequestBody(matchingJsonPath("$.assignments['" + ERIKS_ENTRA_ID + "']")));

		Api erikSignedIn = signedIn(tenant, erik);
		nudgedTwoDaysAfterTheRecapAndNotBefore(recap, actionId, erikSignedIn, action.get("text").asString());

		ActionFollowUps.Result done = this.followUps.answer(tenant.id(), ActionAnswer.done(actionId), erik,
				Actor.user("erik.berg"));
		assertThat(done).isEqualTo(ActionFollowUps.Result.DONE);

		// Done here is done on the board: Erik's task, and only his, completed once.
		String taskUrl = action(pushed, action.get("text").asString()).get("task").get("url").asString();
		String taskPath = "/v1.0/planner/tasks/" + taskUrl.substring(taskUrl.lastIndexOf('/') + 1);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> graph.verify(1,
					patchRequestedFor(urlPathEqualTo(taskPath)).withHeader("If-Match", containing("JzEtVGFzay"))
						.withRequestBody(matchingJsonPath("$.percentComplete", equalTo("100")))));
		graph.verify(1, patchRequestedFor(urlPathMatching("/v1.0/planner/tasks/[^/]+")));

		noMoreNudgesWhenTheNextOnesTimeComes(actionId, erikSignedIn, action.get("text").asString());
		assertThat(action(recapOf(admin, meetingId), action.get("text").asString()).get("status").asString())
			.isEqualTo("done");
	}

	@Test
	void anEnglishMeetingBecomesATrelloCardAndANudgeThatCompletingTheCardStops() {
		DemoTenant tenant = DemoTenant.B;
		Api admin = Api.as(this.port, "demo-b-admin");
		HttpResponse<String> board = admin.putJson("/api/admin/task-board",
				Api.toJson(Map.of("board", "TRELLO", "boardId", BOARD, "listId", LIST)));
		assertThat(board.statusCode()).as(board.body()).isEqualTo(200);
		stubTrello();
		Person james = Person.of("James Taylor", "james.taylor@kommun-b.example");

		String meetingId = invite("demo-b-member", "Project meeting procurement", meetLink(true),
				Person.of("Anna Lind", "anna.lind@kommun-b.example"),
				List.of(james, Person.of("Sara Nilsson", "sara.nilsson@kommun-b.example")));
		JsonNode recap = recapOnceReady(admin, meetingId);

		assertThat(recap.get("source").asString()).isEqualTo("live");
		assertThat(recap.get("language").asString()).isEqualTo("en");
		LocalDate meetingDay = meetingDay(admin, meetingId);
		JsonNode action = action(recap, "James, can you revise the requirements specification by end of next week?");
		assertThat(action.get("owner").get("email").asString()).isEqualTo("james.taylor@kommun-b.example");
		assertThat(action.get("due").asString()).isEqualTo(meetingDay.plusWeeks(1).with(DayOfWeek.FRIDAY).toString());
		assertThat(action.get("needsConfirmation").asBoolean()).isFalse();
		ActionItemId actionId = new ActionItemId(UUID.fromString(action.get("id").asString()));

		JsonNode pushed = awaitTasks(admin, meetingId, "trello");
		assertThat(action(pushed, action.get("text").asString()).get("task").get("url").asString())
			.startsWith("https://trello.com/c/");
		trello.verify(pushed.get("actions").size(), postRequestedFor(urlPathEqualTo("/1/cards")));
		trello.verify(1,
				postRequestedFor(urlPathEqualTo("/1/cards"))
					.withRequestBody(matchingJsonPath("$.name", containing("revise the requirements specification")))
					.withRequestBody(matchingJsonPath("$.idList", equalTo(LIST)))
					.withRequestBody(matchingJsonPath("$.due", containing(action.get("due").asString())))
					.withRequestBody(matchingJsonPath("$.idMembers[0]", equalTo(JAMES_TRELLO_ID)))
					.withRequestBody(matchingJsonPath("$.desc", containing("#action-" + actionId.value()))));

		Api jamesSignedIn = signedIn(tenant, james);
		nudgedTwoDaysAfterTheRecapAndNotBefore(recap, actionId, jamesSignedIn, action.get("text").asString());

		// James ticks the card in Trello; Trello's webhook tells Kollegan, which reads
		// the card and closes the action.
		String card = this.actions.findById(tenant.id(), actionId).orElseThrow().externalTask().taskId();
		trello.stubFor(get(urlPathEqualTo("/1/cards/" + card)).atPriority(1)
			.willReturn(json("{\"id\": \"%s\", \"dueComplete\": true, \"closed\": false}".formatted(card))));
		byte[] delivery = """
				{"model": {"id": "%s", "name": "Upphandling"},
				 "action": {"id": "%s", "idMemberCreator": "%s", "type": "updateCard",
				            "date": "%s",
				            "data": {"board": {"id": "%s"}, "list": {"id": "%s"},
				                     "card": {"id": "%s", "dueComplete": true}, "old": {"dueComplete": false}}}}
				""".formatted(BOARD, hex(24), JAMES_TRELLO_ID, Instant.now(), BOARD, LIST, card)
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> webhook = Api.anonymous(this.port)
			.method("POST", "/api/trello/webhook", "application/json", delivery, "X-Trello-Webhook",
					trelloSignature(delivery));
		assertThat(webhook.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> action(recapOf(admin, meetingId), action.get("text").asString()).get("status").asString(),
					"done"::equals);

		noMoreNudgesWhenTheNextOnesTimeComes(actionId, jamesSignedIn, action.get("text").asString());
	}

	/**
	 * The first nudge is queued for 48 hours after the recap; a minute before, the
	 * workers send nothing; at 48 hours the owner finds it in their mail.
	 */
	private void nudgedTwoDaysAfterTheRecapAndNotBefore(JsonNode recap, ActionItemId actionId, Api owner, String text) {
		Instant published = Instant.parse(recap.get("preparedAt").asString());
		Instant firstNudge = nudgeDue(actionId, 1).orElseThrow();
		assertThat(firstNudge.truncatedTo(ChronoUnit.MILLIS))
			.isEqualTo(published.plus(FIRST_NUDGE).truncatedTo(ChronoUnit.MILLIS));

		moveClockTo(firstNudge.minus(Duration.ofMinutes(1)));
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> nudges(owner, text) == 0);

		moveClockTo(firstNudge);
		await().atMost(Duration.ofSeconds(30)).until(() -> nudges(owner, text) == 1);
		assertThat(Api.json(owner.get("/api/agents/outbox")).valueStream())
			.filteredOn(
					mail -> mail.path("kind").asString().equals("nudge") && mail.path("text").asString().contains(text))
			.singleElement()
			.satisfies(mail -> assertThat(mail.path("subject").asString()).startsWith("Påminnelse / Reminder"));
		await().atMost(Duration.ofSeconds(10)).until(() -> jobStatus(actionId, 1), Optional.of("DONE")::equals);
	}

	/**
	 * The action is done: the clock moves to when the second nudge was due, the workers
	 * run that job, and it sends nothing and queues no third.
	 */
	private void noMoreNudgesWhenTheNextOnesTimeComes(ActionItemId actionId, Api owner, String text) {
		Instant secondNudge = nudgeDue(actionId, 2).orElseThrow();

		moveClockTo(secondNudge);

		await().atMost(Duration.ofSeconds(30)).until(() -> jobStatus(actionId, 2), Optional.of("DONE")::equals);
		assertThat(nudges(owner, text)).isEqualTo(1);
		assertThat(nudgeDue(actionId, 3)).isEmpty();
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event WHERE subject_id = :id AND action = 'action.nudged'""")
			.param("id", actionId.value().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	/**
	 * Moves the application's clock once no job is running, so that no running job's
	 * heartbeat looks two days old to the workers.
	 */
	private void moveClockTo(Instant moment) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc.sql("SELECT count(*) FROM scheduled_tasks WHERE picked")
				.query(Long.class)
				.single() == 0);
		this.clock.advanceTo(moment.plusMillis(1));
	}

	private String invite(String member, String title, String link, Person organiser, List<Person> attendees) {
		Api booker = Api.as(this.port, member);
		HttpResponse<String> rotated = booker.post("/api/agents/invite-address/rotate", "application/json",
				BodyPublishers.noBody());
		assertThat(rotated.statusCode()).isEqualTo(200);
		String agent = Api.json(rotated).get("address").asString();
		Instant start = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		byte[] mail = invitation(agent, title, link, organiser, attendees, start, start.plus(Duration.ofHours(1)))
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> delivered;
		try {
			delivered = Api.anonymous(this.port)
				.method("POST", "/api/inbound/email", "message/rfc822", mail, "X-Kollegan-Signature",
						InboundSignature.demo(mail));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		assertThat(delivered.statusCode()).as(delivered.body()).isEqualTo(200);
		JsonNode outcome = Api.json(delivered);
		assertThat(outcome.get("outcome").asString()).as(delivered.body()).isEqualTo("scheduled");
		return outcome.get("meetingId").asString();
	}

	/**
	 * A calendar invitation as Google Calendar mails it (the calendar part in UTC, the
	 * Meet link in {@code X-GOOGLE-CONFERENCE}), with CRLF line ends.
	 */
	private static String invitation(String agent, String title, String link, Person organiser, List<Person> attendees,
			Instant start, Instant end) {
		DateTimeFormatter utc = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
		StringBuilder calendar = new StringBuilder();
		calendar.append("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\n")
			.append("CALSCALE:GREGORIAN\nMETHOD:REQUEST\nBEGIN:VEVENT\n")
			.append("DTSTART:")
			.append(utc.format(start))
			.append("\nDTEND:")
			.append(utc.format(end))
			.append("\nDTSTAMP:")
			.append(utc.format(start.minus(Duration.ofMinutes(5))))
			.append("\nORGANIZER;CN=")
			.append(organiser.name())
			.append(":mailto:")
			.append(organiser.email().value())
			.append("\nUID:")
			.append(UUID.randomUUID())
			.append("@google.com\n");
		for (Person attendee : attendees) {
			calendar.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=")
				.append(attendee.name())
				.append(":mailto:")
				.append(attendee.email().value())
				.append('\n');
		}
		calendar.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=")
			.append(agent)
			.append(":mailto:")
			.append(agent)
			.append("\nX-GOOGLE-CONFERENCE:")
			.append(link)
			.append("\nSUMMARY:")
			.append(title)
			.append("\nSEQUENCE:0\nSTATUS:CONFIRMED\nEND:VEVENT\nEND:VCALENDAR\n");
		String text = """
				MIME-Version: 1.0
				Date: %s
				Message-ID: <calendar-%s@google.com>
				Subject: Inbjudan: %s
				From: %s <%s>
				To: %s
				Content-Type: multipart/alternative; boundary="e2e-boundary"

				--e2e-boundary
				Content-Type: text/plain; charset="UTF-8"

				%s
				Delta med Google Meet: %s

				--e2e-boundary
				Content-Type: text/calendar; charset="UTF-8"; method=REQUEST
				Content-Transfer-Encoding: 8bit

				%s
				--e2e-boundary--
				""".formatted(DateTimeFormatter.RFC_1123_DATE_TIME.format(start.atOffset(ZoneOffset.UTC)),
				UUID.randomUUID(), title, organiser.name(), organiser.email().value(), agent, title, link, calendar);
		return text.replace("\n", "\r\n");
	}

	/**
	 * A Meet link of its own; {@code lang=en} makes the sandbox play its English meeting.
	 */
	private static String meetLink(boolean english) {
		Random random = new Random();
		StringBuilder code = new StringBuilder();
		for (int length : new int[] { 3, 4, 3 }) {
			if (!code.isEmpty()) {
				code.append('-');
			}
			for (int i = 0; i < length; i++) {
				code.append((char) ('a' + random.nextInt(26)));
			}
		}
		return "https://meet.google.com/" + code + (english ? "?lang=en" : "");
	}

	private static JsonNode recapOnceReady(Api reader, String meetingId) {
		await().atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> recapOf(reader, meetingId).get("status").asString(), "ready"::equals);
		return recapOf(reader, meetingId);
	}

	private static JsonNode recapOf(Api reader, String meetingId) {
		HttpResponse<String> recap = reader.get("/api/agents/meetings/" + meetingId + "/recap");
		assertThat(recap.statusCode()).as(recap.body()).isEqualTo(200);
		return Api.json(recap);
	}

	private static LocalDate meetingDay(Api reader, String meetingId) {
		JsonNode meeting = Api.json(reader.get("/api/agents/meetings/" + meetingId));
		return Instant.parse(meeting.get("startsAt").asString()).atZone(STOCKHOLM).toLocalDate();
	}

	/** Once every action of the meeting has its task on the board. */
	private static JsonNode awaitTasks(Api reader, String meetingId, String board) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> recapOf(reader, meetingId).get("actions")
				.valueStream()
				.allMatch(action -> action.path("task").path("board").asString("").equals(board)));
		return recapOf(reader, meetingId);
	}

	private static JsonNode action(JsonNode recap, String quote) {
		return recap.get("actions")
			.valueStream()
			.filter(action -> action.get("quote").asString().equals(quote))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No action from \"" + quote + "\" in " + recap.get("actions")));
	}

	private Optional<Instant> nudgeDue(ActionItemId action, int nudge) {
		return this.jdbc.sql("SELECT due_at FROM agent_job WHERE job_key = :key")
			.param("key", "nudge:" + action.value() + ":" + nudge)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant);
	}

	private Optional<String> jobStatus(ActionItemId action, int nudge) {
		return this.jdbc.sql("SELECT status FROM agent_job WHERE job_key = :key")
			.param("key", "nudge:" + action.value() + ":" + nudge)
			.query(String.class)
			.optional();
	}

	/** Nudge mails about the action in the signed-in owner's outbox. */
	private static long nudges(Api owner, String text) {
		HttpResponse<String> outbox = owner.get("/api/agents/outbox");
		assertThat(outbox.statusCode()).as(outbox.body()).isEqualTo(200);
		return Api.json(outbox)
			.valueStream()
			.filter(mail -> mail.path("kind").asString().equals("nudge") && mail.path("text").asString().contains(text))
			.count();
	}

	/**
	 * The owner signed in as a directory user would be: a token from the tenant's
	 * directory naming them, signed by the development identity provider (the demo
	 * clients are only the three demo users, and owners are people from the meeting).
	 */
	private Api signedIn(DemoTenant tenant, Person person) {
		String demoToken = Api.as(this.port, "demo-a-member").token();
		JsonNode demoClaims = JsonMapper.builder()
			.build()
			.readTree(Base64.getUrlDecoder().decode(demoToken.split("\\.")[1]));
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(demoClaims.get("iss").asString())
			.audience(List.of(demoClaims.get("aud").isArray() ? demoClaims.get("aud").get(0).asString()
					: demoClaims.get("aud").asString()))
			.subject(UUID.randomUUID().toString())
			.claim("oid", UUID.randomUUID().toString())
			.claim("tid", tenant.directoryId())
			.claim("roles", List.of("MEMBER"))
			.claim("preferred_username", person.email().value())
			.claim("name", person.name())
			.issuedAt(now)
			.notBefore(now)
			.expiresAt(now.plus(Duration.ofHours(1)))
			.build();
		String token = new NimbusJwtEncoder(this.identityProviderKeys)
			.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
			.getTokenValue();
		return Api.withToken(this.port, token);
	}

	private static void stubPlanner(DemoTenant tenant) {
		graph.stubFor(post(urlPathEqualTo("/" + tenant.directoryId() + "/oauth2/v2.0/token")).willReturn(json("""
				{"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": "e2e-token"}""")));
		graph.stubFor(get(urlPathEqualTo("/v1.0/users/erik.berg%40kommun-a.example"))
			.willReturn(json("{\"id\": \"" + ERIKS_ENTRA_ID + "\"}")));
		graph.stubFor(get(urlPathMatching("/v1.0/users/.*")).atPriority(10)
			.willReturn(json("{\"id\": \"" + UUID.randomUUID() + "\"}")));
		graph.stubFor(post(urlPathEqualTo("/v1.0/planner/tasks")).willReturn(json("""
				{"id": "{{randomValue length=28 type='ALPHANUMERIC'}}", "planId": "%s", "bucketId": "%s",
				 "title": "{{jsonPath request.body '$.title'}}", "percentComplete": 0}""".formatted(PLAN, BUCKET))
			.withStatus(201)
			.withTransformers("response-template")));
		graph.stubFor(get(urlPathMatching("/v1.0/planner/tasks/[^/]+")).willReturn(json("""
				{"@odata.etag": "W/\\"JzEtVGFzayAgQEBAQEBAQEBAQEBAQEBAWCc=\\"", "id": "{{request.path.[3]}}",
				 "percentComplete": 0}""").withTransformers("response-template")));
		graph.stubFor(patch(urlPathMatching("/v1.0/planner/tasks/[^/]+")).willReturn(aResponse().withStatus(204)));
	}

	private static void stubTrello() {
		trello.stubFor(get(urlPathEqualTo("/1/boards/" + BOARD + "/members")).willReturn(json("""
				[{"id": "%s", "fullName": "James Taylor", "username": "jamestaylor",
				  "email": "james.taylor@kommun-b.example"}]""".formatted(JAMES_TRELLO_ID))));
		trello.stubFor(post(urlPathEqualTo("/1/cards")).willReturn(json("""
				{{#assign 'short'}}{{randomValue length=8 type='ALPHANUMERIC'}}{{/assign}}
				{"id": "{{randomValue length=24 type='HEXADECIMAL'}}", "idBoard": "%s", "idList": "%s",
				 "name": "{{jsonPath request.body '$.name'}}", "closed": false, "dueComplete": false,
				 "shortLink": "{{short}}", "shortUrl": "https://trello.com/c/{{short}}"}""".formatted(BOARD, LIST))
			.withTransformers("response-template")));
		trello.stubFor(get(urlPathMatching("/1/cards/[0-9a-f]{24}")).atPriority(5)
			.willReturn(json("""
					{"id": "{{request.path.[2]}}", "dueComplete": false, "closed": false}""")
				.withTransformers("response-template")));
	}

	private static ResponseDefinitionBuilder json(String body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

	private static String hex(int length) {
		Random random = new Random();
		StringBuilder hex = new StringBuilder();
		for (int i = 0; i < length; i++) {
			hex.append(Character.forDigit(random.nextInt(16), 16));
		}
		return hex.toString();
	}

	/** What Trello sends: base64 HMAC-SHA1 of body and callback URL, with the secret. */
	private static String trelloSignature(byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(TRELLO_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			mac.update(body);
			return Base64.getEncoder().encodeToString(mac.doFinal(TRELLO_CALLBACK.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
