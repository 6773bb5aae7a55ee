package se.postboxen.kollegan.bot.chat.zoom;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Nudges in Zoom Team Chat, end to end: the owner talks to Kollegan once (so that Zoom's
 * user API, played by WireMock with its documented user shape, names their address and
 * their chat with Kollegan is remembered), the nudge goes to that chat with Done and "+1
 * week", and the clicks come back signed as Zoom signs them. The owner's Done closes the
 * action and is confirmed in their chat; someone else's click changes nothing and is told
 * so.
 */
@KolleganIntegrationTest
class ZoomNudgeIntegrationTests extends AbstractZoomIntegrationTests {

	private static final Person ORGANIZER = Person.of("Astrid Ek", "astrid.ek@kommun-a.example");

	@Autowired
	ActionItems actions;

	@Autowired
	ActionFollowUps followUps;

	@Test
	void theOwnersDoneClickClosesTheActionAndIsConfirmedInTheirChat() {
		ZoomUser owner = zoomUser("Erik Lund");
		ActionItem action = openAction(owner, LocalDate.now(ZoneOffset.UTC).plusDays(5));
		knownInZoom(owner);

		JsonNode nudge = nudge(action, owner);
		String done = nudge.path("content").path("body").get(1).path("items").get(0).path("value").asString();
		String click = click(owner, done);
		long answers = answerJobs();
		assertThat(deliver(click).statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(actionStatus(action)));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> zoom.verify(1,
					postRequestedFor(urlPathEqualTo(MESSAGES))
						.withRequestBody(matchingJsonPath("$.to_jid", equalTo(owner.jid())))
						.withRequestBody(matchingJsonPath("$.account_id", equalTo(DEMO_ACCOUNT)))
						.withRequestBody(containing("Markerad som klar. Tack!"))));
		assertThat(this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'action.done' AND subject_id = :id")
			.param("id", action.id().value().toString())
			.query(Long.class)
			.single()).isEqualTo(1);

		// Zoom redelivers the click, signed anew: still one answer.
		assertThat(deliver(click).statusCode()).isEqualTo(200);
		assertThat(answerJobs()).isEqualTo(answers + 1);
	}

	@Test
	void theOwnersWeekLaterClickMovesTheDueDateAWeek() {
		ZoomUser owner = zoomUser("Maja Berg");
		LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(5);
		ActionItem action = openAction(owner, due);
		knownInZoom(owner);

		JsonNode buttons = nudge(action, owner).path("content").path("body").get(1).path("items");
		assertThat(buttons.get(1).path("text").asString()).isEqualTo("+1 vecka (" + due.plusWeeks(1) + ") / +1 week");
		assertThat(deliver(click(owner, buttons.get(1).path("value").asString())).statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30))
			.until(() -> due.plusWeeks(1).toString().equals(actionDue(action)) && "OPEN".equals(actionStatus(action)));
	}

	@Test
	void aClickBySomeoneElseChangesNothingAndTellsThem() {
		ZoomUser owner = zoomUser("Erik Lund");
		ZoomUser someoneElse = zoomUser("Jonas Wik");
		LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(5);
		ActionItem action = openAction(owner, due);
		knownInZoom(owner);
		String done = nudge(action, owner).path("content")
			.path("body")
			.get(1)
			.path("items")
			.get(0)
			.path("value")
			.asString();

		// The value is the owner's button, clicked by someone who is neither the owner,
		// the organiser nor the one who booked Kollegan.
		assertThat(deliver(click(someoneElse, done)).statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> zoom.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES))
				.withRequestBody(matchingJsonPath("$.to_jid", equalTo(someoneElse.jid())))
				.withRequestBody(containing("Bara den ansvariga eller mötets organisatör kan ändra åtgärden."))));
		assertThat(actionStatus(action)).isEqualTo("OPEN");
		assertThat(actionDue(action)).isEqualTo(due.toString());
	}

	/** A person of the demo Zoom account, whom Zoom's user API names. */
	private static ZoomUser zoomUser(String name) {
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 22);
		String email = name.toLowerCase(Locale.ROOT).replace(' ', '.') + "+"
				+ id.substring(0, 8).toLowerCase(Locale.ROOT) + "@kommun-a.example";
		ZoomUser user = new ZoomUser(id, name, email);
		// As GET /v2/users/{userId} answers (trimmed), to the Server-to-Server app only.
		zoom.stubFor(get(urlPathEqualTo("/v2/users/" + id)).withHeader("Authorization", equalTo("Bearer s2s-token"))
			.willReturn(aResponse().withStatus(200)
				.withHeader("Content-Type", "application/json")
				.withBody("""
						{"id": "%s", "first_name": "%s", "last_name": "%s", "display_name": "%s", "email": "%s",
						 "type": 2, "pmi": 3542471135, "timezone": "Europe/Stockholm", "verified": 1,
						 "account_id": "%s", "language": "sv-SE", "jid": "%s", "status": "active",
						 "role_id": "2"}""".formatted(id, name.split(" ")[0], name.split(" ")[1], name, email,
						DEMO_ACCOUNT, user.jid()))));
		return user;
	}

	private ActionItem openAction(ZoomUser owner, LocalDate due) {
		Meeting meeting = bookZoomMeeting(meetingNumber(), ZonedDateTime.now(ZoneOffset.UTC).plusDays(1), 60,
				ORGANIZER);
		ActionItem action = ActionItem.open(demoA(), meeting.id(), "Ta fram en tidplan för införandet",
				Person.of(owner.name(), owner.email()), due, null, new Confidence(0.9), false);
		this.actions.save(action);
		return action;
	}

	/**
	 * The person writes {@code status} to Kollegan in their own chat with it: Zoom names
	 * them by user id, Kollegan asks Zoom for their address and remembers their chat.
	 */
	private void knownInZoom(ZoomUser user) {
		long now = Instant.now().toEpochMilli();
		assertThat(deliver("""
				{"event": "bot_notification", "payload": {"accountId": "%s", "channelName": "Kollegan",
				 "cmd": "status", "robotJid": "%s", "timestamp": %d, "toJid": "%s", "triggerId": "%s",
				 "userId": "%s", "userJid": "%s", "userName": "%s"}, "event_ts": %d}""".formatted(DEMO_ACCOUNT,
				ROBOT_JID, now, user.jid(), "status-" + UUID.randomUUID(), user.id(), user.jid(), user.name(), now))
			.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.jdbc
				.sql("SELECT address FROM chat_contact WHERE tenant_id = :tenant AND email = :email"
						+ " AND platform = 'ZOOM'")
				.param("tenant", demoA().value())
				.param("email", user.email())
				.query(String.class)
				.list()
				.equals(List.of("{\"toJid\":\"" + user.jid() + "\",\"accountId\":\"" + DEMO_ACCOUNT + "\"}")));
	}

	/** The nudge job's work, and the message it sent to the owner's chat. */
	private JsonNode nudge(ActionItem action, ZoomUser owner) {
		this.followUps.nudge(demoA(), action.id(), 1);
		List<JsonNode> sent = zoom
			.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))
				.withRequestBody(matchingJsonPath("$.to_jid", equalTo(owner.jid())))
				.withRequestBody(containing(action.id().value().toString())))
			.stream()
			.map(request -> JsonMapper.shared().readTree(request.getBodyAsString()))
			.toList();
		assertThat(sent).hasSize(1);
		return sent.get(0);
	}

	/** {@code interactive_message_actions} from the person's chat with Kollegan. */
	private static String click(ZoomUser user, String value) {
		long now = Instant.now().toEpochMilli();
		return """
				{"event": "interactive_message_actions", "payload": {"accountId": "%s",
				 "actionItem": {"text": "Klar / Done", "value": "%s"}, "channelName": "Kollegan",
				 "messageId": "%s", "robotJid": "%s", "timestamp": %d, "toJid": "%s", "userId": "%s",
				 "userJid": "%s", "userName": "%s"}, "event_ts": %d}""".formatted(DEMO_ACCOUNT, value,
				UUID.randomUUID(), ROBOT_JID, now, user.jid(), user.id(), user.jid(), user.name(), now);
	}

	private String actionStatus(ActionItem action) {
		return this.jdbc.sql("SELECT status FROM action_item WHERE id = :id")
			.param("id", action.id().value())
			.query(String.class)
			.single();
	}

	private String actionDue(ActionItem action) {
		return this.jdbc.sql("SELECT due_date::text FROM action_item WHERE id = :id")
			.param("id", action.id().value())
			.query(String.class)
			.single();
	}

	private long answerJobs() {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key LIKE 'action-answer:zoom:%'")
			.query(Long.class)
			.single();
	}

	/** A Zoom user: their user id, display name and address; their JID is Zoom's form. */
	private record ZoomUser(String id, String name, String email) {

		String jid() {
			return this.id.toLowerCase(Locale.ROOT) + "@xmpp.zoom.us";
		}

	}

}
