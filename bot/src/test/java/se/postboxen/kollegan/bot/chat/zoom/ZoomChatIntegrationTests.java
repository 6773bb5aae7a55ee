package se.postboxen.kollegan.bot.chat.zoom;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kollegan as Zoom Team Chat's chatbot, with Zoom's API played by WireMock: the endpoint
 * URL validation (the protocol notes' locally computed vector), {@code /kollegan join}
 * from the demo Zoom account booking the agent and answering in the chat in the command's
 * language, a redelivery that queues nothing new, forged deliveries refused with nothing
 * done, and a consent button click recorded as the participant's answer.
 */
@KolleganIntegrationTest
class ZoomChatIntegrationTests extends AbstractZoomIntegrationTests {

	@Test
	void answersTheEndpointUrlValidationWithTheEncryptedToken() {
		HttpResponse<String> response = deliver(
				"{\"event\":\"endpoint.url_validation\",\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"},"
						+ "\"event_ts\":" + Instant.now().toEpochMilli() + "}");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = Api.json(response);
		assertThat(answer.path("plainToken").asString()).isEqualTo("qgg8vlvZRS6UYooatFL8Aw");
		assertThat(answer.path("encryptedToken").asString())
			.isEqualTo("ab6193e5fc2172ba4a29511700f0cbf2aeabefa44064ef9bf89732e27aa58708");
	}

	@Test
	void joinFromZoomChatBooksTheAgentAndAnswersInTheChatOnceForTwoDeliveries() {
		String triggerId = "trigger-" + UUID.randomUUID();
		String toJid = "join-" + UUID.randomUUID() + "@conference.xmpp.zoom.us";
		String joinUrl = "https://kommun-a.zoom.us/j/987654321";
		String body = botNotification(triggerId, toJid, "join " + joinUrl);

		assertThat(deliver(body).statusCode()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).until(() -> meetingsAt(joinUrl).size() == 1);
		String meetingId = meetingsAt(joinUrl).get(0);
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM audit_event WHERE action = 'meeting.scheduled' AND subject_id = :id"
					+ " AND details ->> 'via' = 'CHAT'")
			.param("id", meetingId)
			.query(Long.class)
			.single()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> zoom.verify(1,
					postRequestedFor(urlPathEqualTo(MESSAGES))
						.withHeader("Authorization", equalTo("Bearer chatbot-token"))
						.withRequestBody(matchingJsonPath("$.robot_jid", equalTo(ROBOT_JID)))
						.withRequestBody(matchingJsonPath("$.to_jid", equalTo(toJid)))
						.withRequestBody(matchingJsonPath("$.account_id", equalTo(DEMO_ACCOUNT)))
						// "join" is English: answered in English.
						.withRequestBody(containing("I am joining the meeting now."))));
		// Consent cards for the meeting go to the chat it was joined from.
		assertThat(this.jdbc.sql("SELECT address FROM chat_meeting WHERE meeting_id = :id AND platform = 'ZOOM'")
			.param("id", UUID.fromString(meetingId))
			.query(String.class)
			.list()).containsExactly("{\"toJid\":\"" + toJid + "\",\"accountId\":\"" + DEMO_ACCOUNT + "\"}");

		// Zoom redelivers the same body, signed anew: no second job, under any key.
		long chatJobs = chatJobs();
		assertThat(deliver(body).statusCode()).isEqualTo(200);

		assertThat(jobs("chat:zoom:" + triggerId)).isEqualTo(1);
		assertThat(chatJobs()).isEqualTo(chatJobs);
		assertThat(meetingsAt(joinUrl)).hasSize(1);
	}

	@Test
	void answersEachCommandInTheLanguageOfItsCommandWord() {
		String english = "help-" + UUID.randomUUID() + "@conference.xmpp.zoom.us";
		String swedish = "hjalp-" + UUID.randomUUID() + "@conference.xmpp.zoom.us";

		assertThat(deliver(botNotification("help-" + UUID.randomUUID(), english, "help")).statusCode()).isEqualTo(200);
		assertThat(deliver(botNotification("hjalp-" + UUID.randomUUID(), swedish, "hjälp")).statusCode())
			.isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			zoom.verify(1,
					postRequestedFor(urlPathEqualTo(MESSAGES))
						.withRequestBody(matchingJsonPath("$.to_jid", equalTo(english)))
						.withRequestBody(containing("I am Kollegan.")));
			zoom.verify(1,
					postRequestedFor(urlPathEqualTo(MESSAGES))
						.withRequestBody(matchingJsonPath("$.to_jid", equalTo(swedish)))
						.withRequestBody(containing("Jag är Kollegan.")));
		});
	}

	@Test
	void refusesForgedDeliveriesAndQueuesNothing() {
		String triggerId = "forged-" + UUID.randomUUID();
		String body = botNotification(triggerId, "forged@conference.xmpp.zoom.us",
				"join https://kommun-a.zoom.us/j/987654329");
		String now = Long.toString(Instant.now().getEpochSecond());
		String stale = Long.toString(Instant.now().minusSeconds(5 * 60 + 30).getEpochSecond());

		List<HttpResponse<String>> forged = List.of(
				// Signed with another secret.
				send(body, now, signature("not-the-secret", now, body)),
				// Correctly signed, more than five minutes ago.
				send(body, stale, signature(SECRET, stale, body)),
				// Signed, then altered.
				send(body.replace("987654329", "987654328"), now, signature(SECRET, now, body)),
				// Not signed at all.
				Api.anonymous(this.port)
					.method("POST", "/api/zoom/webhook", "application/json", body.getBytes(StandardCharsets.UTF_8)));

		assertThat(forged).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(Api.json(response).path("type").asString())
				.isEqualTo("https://kollegan.postboxen.se/problems/unauthenticated");
		});
		assertThat(jobs("chat:zoom:" + triggerId)).isZero();
	}

	@Test
	void ignoresDeliveriesFromAZoomAccountWithoutKollegan() {
		String triggerId = "elsewhere-" + UUID.randomUUID();
		String body = botNotification(triggerId, "elsewhere@conference.xmpp.zoom.us",
				"join https://kommun-b.zoom.us/j/987654327")
			.replace(DEMO_ACCOUNT, "someone-elses-account");

		assertThat(deliver(body).statusCode()).isEqualTo(200);
		assertThat(jobs("chat:zoom:" + triggerId)).isZero();
	}

	@Test
	void aConsentButtonClickIsRecordedAsTheParticipantsAnswer() {
		String joinUrl = "https://kommun-a.zoom.us/j/987654323";
		assertThat(deliver(
				botNotification("consent-" + UUID.randomUUID(), "consent@conference.xmpp.zoom.us", "join " + joinUrl))
			.statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(30)).until(() -> meetingsAt(joinUrl).size() == 1);
		String meetingId = meetingsAt(joinUrl).get(0);

		// The value the consent card's accept button carries (ZoomChat writes it).
		HttpResponse<String> click = deliver("""
				{"event": "interactive_message_actions", "payload": {"accountId": "%s",
				 "actionItem": {"text": "Godkänn / Accept", "value": "consent:%s:BAS:ACCEPTED"},
				 "channelName": "Styrgruppen", "messageId": "20261126090512345_A8F3B2C1_ZOOM", "robotJid": "%s",
				 "timestamp": %d, "toJid": "consent@conference.xmpp.zoom.us", "userId": "Q3n0tkB4SnSHdM1eQw8pZg",
				 "userJid": "q3n0tkb4snshdm1eqw8pzg@xmpp.zoom.us", "userName": "Erik Lund"},
				 "event_ts": %d}""".formatted(DEMO_ACCOUNT, meetingId, ROBOT_JID, Instant.now().toEpochMilli(),
				Instant.now().toEpochMilli()));

		assertThat(click.statusCode()).isEqualTo(200);
		// Recorded by a job; Zoom names no address, so the name is all there is.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc
				.sql("SELECT participant_name || ' ' || level || ' ' || answer FROM consent_record"
						+ " WHERE meeting_id = :id AND channel = 'ZOOM'")
				.param("id", UUID.fromString(meetingId))
				.query(String.class)
				.list()).containsExactly("Erik Lund BAS ACCEPTED"));
	}

	private List<String> meetingsAt(String joinUrl) {
		return this.jdbc.sql("SELECT id::text FROM meeting WHERE join_url = :url")
			.param("url", joinUrl)
			.query(String.class)
			.list();
	}

	private long chatJobs() {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key LIKE 'chat:zoom:%'")
			.query(Long.class)
			.single();
	}

	/** A slash command as Zoom's {@code bot_notification} carries it (camelCase). */
	private static String botNotification(String triggerId, String toJid, String cmd) {
		long now = Instant.now().toEpochMilli();
		return """
				{"event": "bot_notification", "payload": {"accountId": "%s", "channelName": "Styrgruppen",
				 "cmd": "%s", "robotJid": "%s", "timestamp": %d, "toJid": "%s", "triggerId": "%s",
				 "userId": "KDcuGIm1QgePTO8WbOqwIQ", "userJid": "kdcugim1qgepto8wboqwiq@xmpp.zoom.us",
				 "userName": "Anna Berg"}, "event_ts": %d}""".formatted(DEMO_ACCOUNT, cmd, ROBOT_JID, now, toJid,
				triggerId, now);
	}

}
