package se.postboxen.kollegan.bot.chat.slack;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;
import se.postboxen.kollegan.recap.TranscriptSpan;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kollegan as a Slack app in development ({@link SlackSupport}): {@code /kollegan join}
 * from the demo team books the agent once however often Slack delivers it and answers
 * through the response URL; the consent card's button records the clicker's answer; a
 * nudge's Done, date and person controls change the action in Postgres when the owner
 * uses them, and nothing when someone else does, and the person is told what came of it;
 * forged requests are refused with nothing queued.
 */
class SlackIntegrationTests extends SlackSupport {

	@Test
	void joinFromSlackBooksTheAgentOnceAndAnswersThroughTheResponseUrl() {
		String triggerId = "13345224609.738474920.8088930838d88f008e0" + UUID.randomUUID().toString().substring(0, 8);
		String responsePath = "/commands/T0DEMO00A/" + UUID.randomUUID().getLeastSignificantBits() + "/join";
		String joinUrl = "https://kommun-a.zoom.us/j/123456789";
		String body = command(DEMO_TEAM, triggerId, "join " + joinUrl, slack.baseUrl() + responsePath);

		Instant asked = Instant.now();
		HttpResponse<String> acknowledged = deliver(body);
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(3));
		assertThat(Api.json(acknowledged).path("text").asString()).isEqualTo("On it …");
		assertThat(Api.json(acknowledged).path("response_type").asString()).isEqualTo("ephemeral");

		await().atMost(Duration.ofSeconds(30)).until(() -> meetingsAt(joinUrl).size() == 1);
		String meetingId = meetingsAt(joinUrl).get(0);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'meeting.scheduled' AND subject_id = :id"
					+ " AND details ->> 'via' = 'CHAT'")
			.param("id", meetingId)
			.query(Long.class)
			.single()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> slack.verify(1, postRequestedFor(urlPathEqualTo(responsePath)).withRequestBody(
					equalToJson("{\"response_type\": \"ephemeral\", \"text\": \"I am joining the meeting now.\"}"))));
		// The writer's address came from users.info, with the bot token.
		slack.verify(postRequestedFor(urlPathEqualTo("/api/users.info"))
			.withHeader("Authorization", equalTo("Bearer xoxb-kollegan-test"))
			.withRequestBody(containing("user=U2CERLKJA")));

		// Slack redelivers the same command, signed anew.
		assertThat(deliver(body, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout").statusCode())
			.isEqualTo(200);
		assertThat(commandJobs(triggerId)).isEqualTo(1);
		assertThat(meetingsAt(joinUrl)).hasSize(1);

		// The same person asks again (a new command): the meeting the agent is on its way
		// to, not a second one.
		String againPath = responsePath + "-again";
		String again = "13345224609.738474920.again" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(deliver(command(DEMO_TEAM, again, "join " + joinUrl, slack.baseUrl() + againPath)).statusCode())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> slack
				.verify(1, postRequestedFor(urlPathEqualTo(againPath)).withRequestBody(equalToJson(
						"{\"response_type\": \"ephemeral\", \"text\": \"I am already on my way to that meeting.\"}"))));
		assertThat(meetingsAt(joinUrl)).hasSize(1);

		// The agent joins the sandbox meeting and asks for consent in the channel it was
		// asked from.
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=C0STYRGRP"))
				.withRequestBody(containing("consent_accept"))
				.withRequestBody(containing(meetingId))));

		// (b) A participant clicks Accept on that card.
		HttpResponse<String> click = deliver(
				"payload=" + URLEncoder.encode(blockAction(DEMO_TEAM, meetingId), StandardCharsets.UTF_8));
		assertThat(click.statusCode()).isEqualTo(200);
		// Recorded by a job under the address users.info gives, not the handle alone.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("SELECT participant_name || ' ' || participant_email || ' ' || level || ' ' || answer"
						+ " FROM consent_record WHERE meeting_id = :id AND channel = 'SLACK'")
				.param("id", UUID.fromString(meetingId))
				.query(String.class)
				.list()).singleElement().asString().startsWith("maja.berg ").contains("@").endsWith(" BAS ACCEPTED"));

		// (c) The sandbox meeting ends: its recap goes to the same channel, with the
		// button to the meeting's page.
		await().atMost(Duration.ofSeconds(90))
			.untilAsserted(() -> slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=C0STYRGRP"))
				.withRequestBody(containing("recap_open"))
				.withRequestBody(containing(meetingId))));
	}

	@Test
	void refusesForgedRequestsAndQueuesNothing() {
		String triggerId = "66666.77777.forged" + UUID.randomUUID().toString().substring(0, 8);
		String body = command(DEMO_TEAM, triggerId, "join https://kommun-a.zoom.us/j/123456780",
				slack.baseUrl() + "/commands/T0DEMO00A/1/forged");
		String now = Long.toString(Instant.now().getEpochSecond());
		String stale = Long.toString(Instant.now().minusSeconds(5 * 60 + 30).getEpochSecond());

		List<HttpResponse<String>> forged = List.of(
				// Signed with another secret.
				send(body, now, signature("not-the-demo-secret", now, body)),
				// Correctly signed, more than five minutes ago.
				send(body, stale, signature(DEMO_SECRET, stale, body)),
				// Signed, then altered.
				send(body.replace("123456780", "123456781"), now, signature(DEMO_SECRET, now, body)),
				// Not signed at all.
				Api.anonymous(this.port)
					.method("POST", "/slack/events", "application/x-www-form-urlencoded",
							body.getBytes(StandardCharsets.UTF_8)));

		assertThat(forged).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		});
		assertThat(commandJobs(triggerId)).isZero();
	}

	@Test
	void answersAWorkspaceWithoutKolleganAndQueuesNothing() {
		String triggerId = "55555.44444.elsewhere" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> response = deliver(command("T0SOMEONE", triggerId, "join https://kommun-b.zoom.us/j/1",
				slack.baseUrl() + "/commands/T0SOMEONE/1/elsewhere"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(Api.json(response).path("text").asString()).startsWith("Kollegan är inte installerad");
		assertThat(commandJobs(triggerId)).isZero();
	}

	static final EmailAddress ERIK = EmailAddress.of("erik.lund@kommun-a.example");

	static final EmailAddress ASTRID = EmailAddress.of("astrid.ek@kommun-a.example");

	/**
	 * Slack ids of demo people in the demo team, each with their address in users.info.
	 */
	static final String ERIK_ID = "U0ERIKOWN";

	static final String MAJA_ID = "U0MAJANOT";

	static final String KARIN_ID = "U0KARINNY";

	static {
		usersInfo(ERIK_ID, "erik.lund", "erik.lund@kommun-a.example");
		usersInfo(MAJA_ID, "maja.berg", "maja.berg@kommun-a.example");
		usersInfo(KARIN_ID, "karin.holm", "karin.holm@kommun-a.example");
	}

	static void usersInfo(String userId, String name, String email) {
		slack.stubFor(post(urlPathEqualTo("/api/users.info")).atPriority(1)
			.withRequestBody(containing("user=" + userId))
			.willReturn(okJson("""
					{"ok": true, "user": {"id": "%s", "team_id": "T0DEMO00A", "name": "%s",
					 "profile": {"email": "%s"}}}""".formatted(userId, name, email))));
	}

	@Autowired
	Meetings meetings;

	@Autowired
	ActionItems actions;

	@Autowired
	Tenants tenants;

	@Autowired
	ActionFollowUps followUps;

	private TenantId demoA() {
		return this.tenants.findBySlug("demo-a").orElseThrow().id();
	}

	/** An open action of Erik's from a meeting Astrid organised. */
	private ActionItem erikAction(LocalDate due) {
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm")).minusHours(2);
		Meeting meeting = this.meetings.save(Meeting.schedule(demoA(), "Styrgrupp " + System.nanoTime(), null,
				URI.create("https://kommun-a.zoom.us/j/" + System.nanoTime()), start, start.plusHours(1),
				new Person("Astrid Ek", ASTRID), List.of(new Person("Erik Lund", ERIK)), new ExternalIds(null, null), 0,
				ASTRID));
		return this.actions.save(
				ActionItem.open(demoA(), meeting.id(), "Skicka underlaget till nämnden", new Person("Erik Lund", ERIK),
						due, new TranscriptSpan(Duration.ofMinutes(3), "Erik skickar"), new Confidence(0.9), false));
	}

	/**
	 * A nudge control used in the demo team's direct message with Kollegan, as Slack's
	 * {@code block_actions}; its response URL is the path given.
	 */
	private static String nudgeClick(String userId, String triggerId, String responsePath, String action) {
		return """
				{"type": "block_actions", "team": {"id": "T0DEMO00A", "domain": "kommun-a"},
				 "user": {"id": "%s", "username": "someone", "name": "someone", "team_id": "T0DEMO00A"},
				 "api_app_id": "A0KOLLEGAN", "token": "gIkuvaNzQIHg97ATvDxqgjtO",
				 "container": {"type": "message", "message_ts": "1503435956.000247", "channel_id": "D0DIRECT1"},
				 "trigger_id": "%s", "channel": {"id": "D0DIRECT1", "name": "directmessage"},
				 "response_url": "%s", "actions": [%s]}""".formatted(userId, triggerId, slack.baseUrl() + responsePath,
				action);
	}

	private static String done(ActionItem action) {
		String value = "{\\\"actionId\\\":\\\"" + action.id() + "\\\"}";
		return """
				{"action_id": "nudge_done", "block_id": "%s", "value": "%s", "type": "button",
				 "text": {"type": "plain_text", "text": "Klar / Done"}, "action_ts": "1548426417.840180"}"""
			.formatted(value, value);
	}

	private static String datePicked(ActionItem action, LocalDate date) {
		return """
				{"type": "datepicker", "action_id": "nudge_new-date", "block_id": "{\\\"actionId\\\":\\\"%s\\\"}",
				 "selected_date": "%s", "action_ts": "1571338339.520166"}""".formatted(action.id(), date);
	}

	private static String userSelected(ActionItem action, String userId) {
		return """
				{"type": "users_select", "action_id": "nudge_reassign", "block_id": "{\\\"actionId\\\":\\\"%s\\\"}",
				 "selected_user": "%s", "action_ts": "1571338339.520166"}""".formatted(action.id(), userId);
	}

	private HttpResponse<String> click(String payload) {
		return deliver("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8));
	}

	private static String trigger(String what) {
		return "12466734323.1395872398." + what + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String responsePath() {
		return "/commands/actions/T0DEMO00A/" + UUID.randomUUID().getLeastSignificantBits() + "/nudge";
	}

	private void confirmed(String responsePath, String text) {
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> slack.verify(1, postRequestedFor(urlPathEqualTo(responsePath))
				.withRequestBody(equalToJson("{\"response_type\": \"ephemeral\", \"text\": \"" + text + "\"}"))));
	}

	private String actionColumn(ActionItem action, String column) {
		return this.jdbc.sql("SELECT " + column + "::text FROM action_item WHERE id = :id")
			.param("id", action.id().value())
			.query(String.class)
			.single();
	}

	@Test
	void theOwnerMarksANudgedActionDoneOnceHoweverOftenSlackDeliversTheClick() {
		ActionItem action = erikAction(LocalDate.now().plusDays(10));
		String trigger = trigger("done");
		String path = responsePath();
		String click = nudgeClick(ERIK_ID, trigger, path, done(action));

		Instant clicked = Instant.now();
		HttpResponse<String> acknowledged = click(click);
		assertThat(acknowledged.statusCode()).isEqualTo(200);
		assertThat(Duration.between(clicked, Instant.now())).isLessThan(Duration.ofSeconds(3));
		assertThat(click(click).statusCode()).isEqualTo(200);

		confirmed(path, "Markerad som klar. Tack!");
		assertThat(actionColumn(action, "status")).isEqualTo("DONE");
		assertThat(jobs("action-answer:slack:" + trigger)).isEqualTo(1);
		// Who answered was asked of Slack; where they can be nudged is remembered.
		assertThat(this.jdbc.sql("SELECT address FROM chat_contact WHERE email = :email AND platform = 'SLACK'")
			.param("email", ERIK.value())
			.query(String.class)
			.list()).containsExactly("T0DEMO00A/" + ERIK_ID);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'action.done' AND subject_id = :id"
					+ " AND actor_id = 'slack'")
			.param("id", action.id().value().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aDatePickedInTheNudgeBecomesTheActionsNewDueDate() {
		ActionItem action = erikAction(LocalDate.now().plusDays(10));
		LocalDate later = LocalDate.now().plusDays(30);
		String path = responsePath();

		assertThat(click(nudgeClick(ERIK_ID, trigger("date"), path, datePicked(action, later))).statusCode())
			.isEqualTo(200);

		confirmed(path, "Nytt datum: " + later);
		assertThat(actionColumn(action, "due_date")).isEqualTo(later.toString());
		assertThat(actionColumn(action, "status")).isEqualTo("OPEN");
	}

	@Test
	void aPersonSelectedInTheNudgeBecomesTheActionsOwner() {
		ActionItem action = erikAction(LocalDate.now().plusDays(10));
		String path = responsePath();

		assertThat(click(nudgeClick(ERIK_ID, trigger("user"), path, userSelected(action, KARIN_ID))).statusCode())
			.isEqualTo(200);

		confirmed(path, "Överlämnad till karin.holm@kommun-a.example");
		assertThat(actionColumn(action, "owner_email")).isEqualTo("karin.holm@kommun-a.example");
	}

	@Test
	void someoneWhoIsNeitherOwnerNorOrganiserChangesNothing() {
		LocalDate due = LocalDate.now().plusDays(10);
		ActionItem action = erikAction(due);
		String donePath = responsePath();
		String datePath = responsePath();

		click(nudgeClick(MAJA_ID, trigger("maja-done"), donePath, done(action)));
		click(nudgeClick(MAJA_ID, trigger("maja-date"), datePath, datePicked(action, due.plusDays(5))));

		confirmed(donePath, "Bara den ansvariga eller mötets organisatör kan ändra åtgärden.");
		confirmed(datePath, "Bara den ansvariga eller mötets organisatör kan ändra åtgärden.");
		assertThat(actionColumn(action, "status")).isEqualTo("OPEN");
		assertThat(actionColumn(action, "due_date")).isEqualTo(due.toString());
		assertThat(actionColumn(action, "owner_email")).isEqualTo(ERIK.value());
	}

	@Test
	void aNudgeReachesTheOwnerInTheirDirectMessageOnceTheyHaveWrittenToKollegan() {
		ActionItem answered = erikAction(LocalDate.now().plusDays(10));
		String path = responsePath();
		click(nudgeClick(ERIK_ID, trigger("first"), path, done(answered)));
		confirmed(path, "Markerad som klar. Tack!");

		ActionItem next = erikAction(LocalDate.now().plusDays(12));
		this.followUps.nudge(demoA(), next.id(), 1);

		slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.postMessage"))
			.withHeader("Authorization", equalTo("Bearer xoxb-kollegan-test"))
			.withRequestBody(containing("channel=" + ERIK_ID))
			.withRequestBody(containing("nudge_done"))
			.withRequestBody(containing(next.id().toString())));
	}

	@Test
	void anUnknownNudgeValueIsAcknowledgedWithNothingQueued() {
		ActionItem action = erikAction(LocalDate.now().plusDays(10));
		String trigger = trigger("bad");
		HttpResponse<String> response = click(nudgeClick(ERIK_ID, trigger, responsePath(),
				datePicked(action, LocalDate.now()).replace(LocalDate.now().toString(), "2026-02-31")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(jobs("action-answer:slack:" + trigger)).isZero();
	}

	private List<String> meetingsAt(String joinUrl) {
		return this.jdbc.sql("SELECT id::text FROM meeting WHERE join_url = :url")
			.param("url", joinUrl)
			.query(String.class)
			.list();
	}

	private long commandJobs(String triggerId) {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key LIKE 'chat:slack:%' AND job_key LIKE :key")
			.param("key", "%" + triggerId)
			.query(Long.class)
			.single();
	}

	/** A slash command as Slack posts it (form-encoded, Slack's field order). */
	private static String command(String team, String triggerId, String text, String responseUrl) {
		return "token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=" + team + "&team_domain=kommun-a&channel_id=C0STYRGRP"
				+ "&channel_name=styrgruppen&user_id=U2CERLKJA&user_name=erik.lund&command=%2Fkollegan&text="
				+ URLEncoder.encode(text, StandardCharsets.UTF_8) + "&api_app_id=A0KOLLEGAN&is_enterprise_install=false"
				+ "&response_url=" + URLEncoder.encode(responseUrl, StandardCharsets.UTF_8) + "&trigger_id="
				+ triggerId;
	}

	/** A click on the consent card's Accept button, as Slack's {@code block_actions}. */
	private static String blockAction(String team, String meetingId) {
		return """
				{"type": "block_actions", "team": {"id": "%s", "domain": "kommun-a"},
				 "user": {"id": "U0MAJABRG", "username": "maja.berg", "name": "maja.berg", "team_id": "%s"},
				 "api_app_id": "A0KOLLEGAN", "token": "gIkuvaNzQIHg97ATvDxqgjtO",
				 "container": {"type": "message", "message_ts": "1503435956.000247", "channel_id": "C0STYRGRP"},
				 "trigger_id": "12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3",
				 "channel": {"id": "C0STYRGRP", "name": "styrgruppen"},
				 "response_url": "https://hooks.slack.com/actions/T0DEMO00A/1/consent",
				 "actions": [{"action_id": "consent_accept", "block_id": "consent",
				   "text": {"type": "plain_text", "text": "Godkänn / Accept"},
				   "value": "{\\"meetingId\\":\\"%s\\",\\"level\\":\\"BAS\\"}", "style": "primary",
				   "type": "button", "action_ts": "1548426417.840180"}]}""".formatted(team, team, meetingId);
	}

}
