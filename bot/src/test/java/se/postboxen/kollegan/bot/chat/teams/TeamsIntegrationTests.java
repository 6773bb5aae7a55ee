package se.postboxen.kollegan.bot.chat.teams;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jwt.JWTClaimsSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import se.postboxen.kollegan.action.ActionItem;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.bot.KolleganIntegrationTest;
import se.postboxen.kollegan.bot.demo.DemoTenant;
import se.postboxen.kollegan.meeting.JoinUrls;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.recap.Confidence;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kollegan as a Teams bot, end to end: the Bot Connector (WireMock, with our own signing
 * key and Microsoft's documented payloads) posts signed activities to
 * {@code /api/messages}; commands are queued once per activity and answered through the
 * Connector, consent and nudge clicks are queued and answered in the same response, an
 * install is welcomed with the installer's own invite address, and forged requests are
 * turned away with nothing queued.
 */
@KolleganIntegrationTest
class TeamsIntegrationTests {

	static final String APP_ID = "0f3c9e1a-7b2d-4c5e-9f10-kollegan0001";

	static final String APP_TENANT = "3a1b2c3d-0000-4000-8000-000000000001";

	static final WireMockServer connector = new WireMockServer(options().dynamicPort());

	static final BotConnector botConnector = new BotConnector();

	static {
		connector.start();
	}

	@DynamicPropertySource
	static void teams(DynamicPropertyRegistry properties) {
		properties.add("kollegan.teams.app-id", () -> APP_ID);
		properties.add("kollegan.teams.app-password", () -> "test-app-password");
		properties.add("kollegan.teams.app-tenant-id", () -> APP_TENANT);
		properties.add("kollegan.teams.open-id-metadata-url",
				() -> connector.baseUrl() + "/v1/.well-known/openidconfiguration");
		properties.add("kollegan.teams.login-url", connector::baseUrl);
		properties.add("kollegan.teams.test-service-url", connector::baseUrl);
	}

	@AfterAll
	static void stopConnector() {
		connector.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ActionItems actions;

	String serviceUrl;

	String directoryId = DemoTenant.A.directoryId();

	@BeforeEach
	void stubConnector() {
		this.serviceUrl = connector.baseUrl() + "/amer/";
		connector.stubFor(get(urlPathEqualTo("/v1/.well-known/openidconfiguration"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(BotConnector.payload("openid-configuration.json", Map.of())
					.replace("https://login.botframework.com", connector.baseUrl()))));
		connector.stubFor(get(urlPathEqualTo("/v1/.well-known/keys"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(botConnector.jwks())));
		connector.stubFor(post(urlPathEqualTo("/" + APP_TENANT + "/oauth2/v2.0/token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(BotConnector.payload("token.json", Map.of()))));
		connector.stubFor(
				post(urlPathMatching("/amer/v3/conversations/.*/activities")).willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"id\": \"1:reply\"}")));
		connector.stubFor(get(urlPathMatching("/amer/v3/conversations/.*/members/.*"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(BotConnector.payload("conversation-member.json", Map.of("directoryId", this.directoryId)))));
	}

	@Test
	void joinFromATeamsChatBooksTheMeetingOnceAndAnswersInTheChat() {
		String activityId = "1485983" + System.nanoTime();
		String conversationId = "19:" + UUID.randomUUID().toString().replace("-", "") + "@thread.v2";
		String joinUrl = teamsLink();
		String body = message(activityId, conversationId, "<at>Kollegan</at> anslut " + joinUrl);

		HttpResponse<String> first = deliver(body, botConnector.sign(claims(UnaryOperator.identity())));
		HttpResponse<String> again = deliver(body, botConnector.sign(claims(UnaryOperator.identity())));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(200);
		String encodedConversation = URLEncoder.encode(conversationId, StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> connector.verify(1,
					postRequestedFor(urlPathEqualTo("/amer/v3/conversations/" + encodedConversation + "/activities"))
						.withRequestBody(containing("Jag ansluter till mötet nu."))));
		assertThat(jobs(activityId)).isEqualTo(1);
		String key = JoinUrls.key(URI.create(joinUrl));
		assertThat(this.jdbc.sql("SELECT count(*) FROM meeting WHERE join_url_key = :key")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM audit_event a JOIN meeting m ON a.subject_id = m.id::text
				WHERE m.join_url_key = :key AND a.action = 'meeting.scheduled' AND a.details ->> 'via' = 'CHAT'""")
			.param("key", key)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void consentClickIsRecordedAndAnsweredWithTheThanksCard() {
		String meetingId = bookMeeting(teamsLink());
		String participant = "Lena Holm " + UUID.randomUUID().toString().substring(0, 8);

		HttpResponse<String> response = deliver(
				BotConnector.payload("invoke-adaptive-card-action.json",
						values("invoke-" + System.nanoTime(), "19:consent@thread.v2",
								Map.of("participant", participant, "meetingId", meetingId))),
				botConnector.sign(claims(UnaryOperator.identity())));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = Api.json(response);
		assertThat(answer.get("statusCode").asInt()).isEqualTo(200);
		assertThat(answer.get("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(answer.get("value").get("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(answer.get("value").get("body").toString()).contains("Tack / Thanks");
		// Recorded by a job once Teams has been asked who clicked.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(this.jdbc.sql("""
					SELECT count(*) FROM consent_record WHERE meeting_id = :meeting AND channel = 'TEAMS'
					AND participant_name = :name AND answer = 'ACCEPTED' AND level = 'BAS'""")
				.param("meeting", UUID.fromString(meetingId))
				.param("name", participant)
				.query(Long.class)
				.single()).isEqualTo(1));
	}

	@Test
	void consentClickForAMeetingOfNoneOfTheTenantsIsAnInvokeError() {
		HttpResponse<String> response = deliver(
				BotConnector.payload("invoke-adaptive-card-action.json",
						values("invoke-" + System.nanoTime(), "19:consent@thread.v2",
								Map.of("participant", "Lena Holm", "meetingId", UUID.randomUUID().toString()))),
				botConnector.sign(claims(UnaryOperator.identity())));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode answer = Api.json(response);
		assertThat(answer.get("statusCode").asInt()).isEqualTo(400);
		assertThat(answer.get("type").asString()).isEqualTo("application/vnd.microsoft.error");
		assertThat(answer.get("value").get("code").asString()).isEqualTo("BadRequest");
	}

	@Test
	void meetingStartInAMeetingChatRemembersTheChatForTheBookedMeeting() {
		String joinUrl = teamsLink();
		String meetingId = bookMeeting(joinUrl);
		String conversationId = "19:meeting_" + UUID.randomUUID().toString().replace("-", "") + "@thread.v2";

		HttpResponse<String> response = deliver(
				BotConnector.payload("meeting-start.json",
						values("start-" + System.nanoTime(), conversationId,
								Map.of("joinUrl", joinUrl, "startTime",
										OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(62).toString()))),
				botConnector.sign(claims(UnaryOperator.identity())));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(this.jdbc.sql("SELECT address FROM chat_meeting WHERE meeting_id = :meeting AND platform = 'TEAMS'")
			.param("meeting", UUID.fromString(meetingId))
			.query(String.class)
			.list()).singleElement().asString().contains(conversationId);
	}

	/**
	 * Teams says the meeting ended before Kollegan got in (here: before its booked
	 * start): the analysis runs now from the platform's transcript instead of waiting for
	 * the booked end, and a redelivery changes nothing.
	 */
	@Test
	void aMeetingEndedInTeamsBeforeKolleganGotInIsAnalysedAtOnce() {
		String joinUrl = teamsLink();
		String meetingId = bookMeeting(joinUrl);
		String conversationId = "19:meeting_" + UUID.randomUUID().toString().replace("-", "") + "@thread.v2";
		String activityId = "end-" + System.nanoTime();
		String body = BotConnector.payload("meeting-end.json", values(activityId, conversationId,
				Map.of("joinUrl", joinUrl, "endTime", OffsetDateTime.now(ZoneOffset.UTC).toString())));

		HttpResponse<String> first = deliver(body, botConnector.sign(claims(UnaryOperator.identity())));
		HttpResponse<String> again = deliver(body, botConnector.sign(claims(UnaryOperator.identity())));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(Api.json(Api.as(this.port, "demo-a-admin").get("/api/agents/meetings/" + meetingId + "/status"))
			.path("status")
			.asString()).isEqualTo("DEGRADED");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM agent_job WHERE job_key = :key AND type = 'POST_MEETING_ANALYSIS'"
					+ " AND due_at <= now()")
			.param("key", "analysis:" + meetingId + ":ended")
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	void forgedRequestsAreTurnedAwayWithNothingQueued() {
		Map<String, String> forged = new HashMap<>();
		forged.put("no token", null);
		forged.put("alg none", BotConnector.unsigned(claims(UnaryOperator.identity())));
		forged.put("HS256 with the public key", botConnector.hs256WithPublicKey(claims(UnaryOperator.identity())));
		forged.put("unknown key", botConnector.sign("some-other-key", claims(UnaryOperator.identity())));
		forged.put("wrong audience", botConnector.sign(claims(c -> c.audience("another-bot"))));
		forged.put("wrong issuer", botConnector.sign(claims(c -> c.issuer("https://sts.windows.net/evil/"))));
		forged.put("expired", botConnector.sign(claims(c -> c.expirationTime(java.util.Date
			.from(OffsetDateTime.now().minusMinutes(6).truncatedTo(ChronoUnit.SECONDS).toInstant())))));
		forged.put("serviceurl mismatch",
				botConnector.sign(claims(c -> c.claim("serviceurl", "https://smba.trafficmanager.net/emea/"))));
		for (Map.Entry<String, String> attempt : forged.entrySet()) {
			String activityId = "forged-" + System.nanoTime();
			HttpResponse<String> response = deliver(message(activityId, "19:forged@thread.v2", "join " + teamsLink()),
					attempt.getValue());

			assertThat(response.statusCode()).as(attempt.getKey()).isIn(401, 403);
			assertThat(response.headers().firstValue("Content-Type")).as(attempt.getKey())
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(jobs(activityId)).as(attempt.getKey()).isZero();
		}

		String strangersActivity = "forged-" + System.nanoTime();
		this.directoryId = UUID.randomUUID().toString();
		HttpResponse<String> unknownTenant = deliver(message(strangersActivity, "19:forged@thread.v2", "help"),
				botConnector.sign(claims(UnaryOperator.identity())));
		assertThat(unknownTenant.statusCode()).isEqualTo(403);
		assertThat(Api.json(unknownTenant).get("type").asString()).endsWith("/unknown-tenant");
		assertThat(jobs(strangersActivity)).isZero();
	}

	@Test
	void theOwnersDoneOnANudgeIsQueuedOnceClosesTheActionAndIsConfirmedInTheirChat() {
		String actionId = astridsOpenAction();
		String activityId = "f:nudge-" + System.nanoTime();
		String conversationId = personalChat();
		String body = BotConnector.payload("invoke-nudge.json",
				values(activityId, conversationId, Map.of("actionId", actionId, "answer", "done")));

		HttpResponse<String> first = deliver(body, botConnector.sign(claims(UnaryOperator.identity())));
		HttpResponse<String> replayed = deliver(body, botConnector.sign(claims(UnaryOperator.identity())));

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(replayed.statusCode()).isEqualTo(200);
		JsonNode answer = Api.json(first);
		assertThat(answer.get("statusCode").asInt()).isEqualTo(200);
		assertThat(answer.get("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(answer.get("value").get("body").toString()).contains("Ditt svar är mottaget: klart",
				"Your answer is received: done");
		assertThat(actionJobs(activityId)).isEqualTo(1);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(actionStatus(actionId)).isEqualTo("DONE"));
		String encodedConversation = URLEncoder.encode(conversationId, StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> connector.verify(1,
					postRequestedFor(urlPathEqualTo("/amer/v3/conversations/" + encodedConversation + "/activities"))
						.withRequestBody(containing("Markerad som klar. Tack!"))));
		// Answering from the 1:1 chat is what lets later nudges reach her there.
		assertThat(this.jdbc.sql("""
				SELECT address FROM chat_contact
				WHERE email = 'astrid.ek@kommun-a.example' AND platform = 'TEAMS'""").query(String.class).single())
			.contains(conversationId, "\"personal\":true");
	}

	@Test
	void theNudgesSubmitFallbackArrivesAsAMessageAndMovesTheDate() {
		String actionId = astridsOpenAction();
		String activityId = "nudge-submit-" + System.nanoTime();
		String conversationId = personalChat();
		LocalDate newDue = LocalDate.now().plusDays(10);

		HttpResponse<String> response = deliver(
				BotConnector.payload("message-submit-nudge.json",
						values(activityId, conversationId, Map.of("actionId", actionId, "newDue", newDue.toString()))),
				botConnector.sign(claims(UnaryOperator.identity())));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(actionJobs(activityId)).isEqualTo(1);
		assertThat(jobs(activityId)).as("not taken for a typed command").isZero();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> assertThat(this.jdbc.sql("SELECT due_date FROM action_item WHERE id = :id")
				.param("id", UUID.fromString(actionId))
				.query(LocalDate.class)
				.single()).isEqualTo(newDue));
	}

	@Test
	void aNudgeAnswerForNoActionOfTheTenantsOrWithoutADateIsAnInvokeErrorWithNothingQueued() {
		String unknown = "nudge-" + System.nanoTime();
		String noDate = "nudge-" + System.nanoTime();

		HttpResponse<String> forUnknown = deliver(
				BotConnector.payload("invoke-nudge.json",
						values(unknown, personalChat(),
								Map.of("actionId", UUID.randomUUID().toString(), "answer", "done"))),
				botConnector.sign(claims(UnaryOperator.identity())));
		HttpResponse<String> withoutDate = deliver(
				BotConnector.payload("invoke-nudge.json",
						values(noDate, personalChat(), Map.of("actionId", astridsOpenAction(), "answer", "new-date"))),
				botConnector.sign(claims(UnaryOperator.identity())));

		for (HttpResponse<String> response : List.of(forUnknown, withoutDate)) {
			assertThat(response.statusCode()).isEqualTo(200);
			JsonNode answer = Api.json(response);
			assertThat(answer.get("statusCode").asInt()).isEqualTo(400);
			assertThat(answer.get("type").asString()).isEqualTo("application/vnd.microsoft.error");
		}
		assertThat(actionJobs(unknown)).isZero();
		assertThat(actionJobs(noDate)).isZero();
	}

	@Test
	void aForgedNudgeClickIsTurnedAwayWithNothingQueued() {
		String actionId = astridsOpenAction();
		Map<String, String> forged = new HashMap<>();
		forged.put("no token", null);
		forged.put("alg none", BotConnector.unsigned(claims(UnaryOperator.identity())));
		forged.put("unknown key", botConnector.sign("some-other-key", claims(UnaryOperator.identity())));
		for (Map.Entry<String, String> attempt : forged.entrySet()) {
			String activityId = "forged-nudge-" + System.nanoTime();
			HttpResponse<String> response = deliver(
					BotConnector.payload("invoke-nudge.json",
							values(activityId, personalChat(), Map.of("actionId", actionId, "answer", "done"))),
					attempt.getValue());

			assertThat(response.statusCode()).as(attempt.getKey()).isEqualTo(401);
			assertThat(actionJobs(activityId)).as(attempt.getKey()).isZero();
		}
		assertThat(actionStatus(actionId)).isEqualTo("OPEN");
	}

	@Test
	void installingKolleganWelcomesTheInstallerWithTheirOwnInviteAddress() {
		String conversationId = personalChat();
		String activityId = "f:install-" + System.nanoTime();

		HttpResponse<String> response = deliver(
				BotConnector.payload("conversation-update-installed.json",
						values(activityId, conversationId, Map.of())),
				botConnector.sign(claims(UnaryOperator.identity())));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(jobs(activityId)).isEqualTo(1);
		// Astrid Ek, whom the Connector names as the installer, is demo-a's admin.
		String address = Api.json(Api.as(this.port, "demo-a-admin").get("/api/agents/invite-address"))
			.get("address")
			.asString();
		assertThat(address).startsWith("kollegan+");
		String encodedConversation = URLEncoder.encode(conversationId, StandardCharsets.UTF_8);
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(100))
			.untilAsserted(() -> connector.verify(1,
					postRequestedFor(urlPathEqualTo("/amer/v3/conversations/" + encodedConversation + "/activities"))
						.withRequestBody(containing("Hej! Jag är Kollegan"))
						.withRequestBody(containing("Din egen inbjudningsadress är " + address))));
	}

	private String message(String activityId, String conversationId, String text) {
		return BotConnector.payload("message.json", values(activityId, conversationId, Map.of("text", text)));
	}

	private Map<String, String> values(String activityId, String conversationId, Map<String, String> more) {
		Map<String, String> values = new HashMap<>(more);
		values.put("activityId", activityId);
		values.put("conversationId", conversationId);
		values.put("serviceUrl", this.serviceUrl);
		values.put("directoryId", this.directoryId);
		values.put("appId", APP_ID);
		return values;
	}

	private JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
		return change.apply(BotConnector.claims(APP_ID, this.serviceUrl)).build();
	}

	private HttpResponse<String> deliver(String body, @Nullable String token) {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		if (token == null) {
			return Api.anonymous(this.port).method("POST", "/api/messages", "application/json; charset=utf-8", bytes);
		}
		return Api.anonymous(this.port)
			.method("POST", "/api/messages", "application/json; charset=utf-8", bytes, "Authorization",
					"Bearer " + token);
	}

	private long jobs(String activityId) {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key = :key AND type = 'CHAT_COMMAND'")
			.param("key", "chat:teams:" + activityId)
			.query(Long.class)
			.single();
	}

	private long actionJobs(String activityId) {
		return this.jdbc.sql("SELECT count(*) FROM agent_job WHERE job_key = :key AND type = 'CHAT_ACTION'")
			.param("key", "action-answer:teams:" + activityId)
			.query(Long.class)
			.single();
	}

	private String actionStatus(String actionId) {
		return this.jdbc.sql("SELECT status FROM action_item WHERE id = :id")
			.param("id", UUID.fromString(actionId))
			.query(String.class)
			.single();
	}

	/** An open action of Astrid Ek's (demo-a's admin), in a meeting booked for it. */
	private String astridsOpenAction() {
		MeetingId meeting = new MeetingId(UUID.fromString(bookMeeting(teamsLink())));
		ActionItem action = ActionItem.open(DemoTenant.A.id(), meeting, "Ta fram en tidplan för plattform B",
				Person.of("Astrid Ek", "astrid.ek@kommun-a.example"), LocalDate.now().plusDays(3), null,
				new Confidence(0.9), false);
		this.actions.save(action);
		return action.id().toString();
	}

	/** A 1:1 chat's id, as Teams writes them ({@code a:…}). */
	private static String personalChat() {
		return "a:1" + UUID.randomUUID().toString().replace("-", "");
	}

	/** A meeting an hour ahead, booked by demo-a's admin through the API. */
	private String bookMeeting(String joinUrl) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusHours(1).truncatedTo(ChronoUnit.SECONDS);
		return Api.json(Api.as(this.port, "demo-a-admin")
			.postJson("/api/agents/meetings",
					Api.toJson(Map.of("title", "Styrgrupp ärendesystem", "joinUrl", joinUrl, "startsAt",
							start.toString(), "endsAt", start.plusHours(1).toString(), "organizerName", "Anna Lind",
							"organizerEmail", "anna.lind@kommun-a.example"))))
			.get("id")
			.asString();
	}

	/** A classic Teams link whose context names demo-a's directory. */
	private static String teamsLink() {
		String context = URLEncoder.encode(
				"{\"Tid\":\"" + DemoTenant.A.directoryId() + "\",\"Oid\":\"dc17674c-81d9-4adb-bfb2-8f6a442e4622\"}",
				StandardCharsets.UTF_8);
		return "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + UUID.randomUUID().toString().replace("-", "")
				+ "%40thread.v2/0?context=" + context;
	}

}
