package se.postboxen.kollegan.adapter.zoom;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatReply;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The chatbot against WireMock, with Zoom's documented shapes: the chatbot token
 * ({@code POST /oauth/token?grant_type=client_credentials}, Basic client id and secret,
 * https://zoomdevelopersupport.zendesk.com/hc/en-us/articles/360053869332), the message
 * sent ({@code POST /v2/im/chat/messages} with {@code robot_jid}, {@code to_jid},
 * {@code account_id} and {@code content},
 * https://developers.zoom.us/docs/chat/customizing-messages/) and buttons as an
 * {@code actions} block of {@code items} with {@code text}, {@code value} and
 * {@code style} (https://developers.zoom.us/docs/chat/chatbot/extend/bot-cards/), a
 * message as a link ({@code "link"},
 * https://developers.zoom.us/docs/chat/customizing-messages/link/) and a user as
 * {@code GET /v2/users/{userId}} answers with the Server-to-Server app's token
 * (https://developers.zoom.us/docs/api/users/#tag/users/GET/users/{userId}).
 */
class ZoomChatTests {

	private static final String ROBOT_JID = "v1pky3qen1r4qmqjspsm5z7sgq@xmpp.zoom.us";

	private static final String TO_JID = "8f1b0c0d4b6e4b53a0c2e6d5f3a9b871@conference.xmpp.zoom.us";

	private static final String ACCOUNT = "gVcjZnWWRLWvv_GtyGuaxg";

	private static final String MESSAGES = "/v2/im/chat/messages";

	private static final String USER_ID = "KDcuGIm1QgePTO8WbOqwIQ";

	/** Zoom's answer to a token it no longer accepts. */
	private static final String INVALID_TOKEN = "{\"code\": 124, \"message\": \"Invalid access token.\"}";

	private static final Instant NOW = Instant.parse("2026-11-26T09:05:00Z");

	private static final String TOKEN = JsonMapper.shared()
		.readTree(ZoomWebhooksTests.resource("chatbot-token.json"))
		.get("access_token")
		.asString();

	private final TenantId tenantId = TenantId.newId();

	private final List<String> addresses = new ArrayList<>();

	private final Map<EmailAddress, String> contacts = new HashMap<>();

	private WireMockServer zoom;

	private ZoomChat chat;

	@BeforeEach
	void start() {
		this.zoom = new WireMockServer(options().dynamicPort());
		this.zoom.start();
		this.chat = chat(null);
		this.zoom.stubFor(post(urlPathEqualTo("/oauth/token"))
			.withQueryParam("grant_type", equalTo("client_credentials"))
			.willReturn(
					json(200, new String(ZoomWebhooksTests.resource("chatbot-token.json"), StandardCharsets.UTF_8))));
		this.zoom
			.stubFor(post(urlPathEqualTo("/oauth/token")).withQueryParam("grant_type", equalTo("account_credentials"))
				.willReturn(json(200, new String(ZoomWebhooksTests.resource("token.json"), StandardCharsets.UTF_8))));
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(json(201,
				new String(ZoomWebhooksTests.resource("chatbot-message-sent.json"), StandardCharsets.UTF_8))));
	}

	@AfterEach
	void stop() {
		this.zoom.stop();
	}

	@Test
	void answersInTheChatTheCommandCameFromAsTheBot() {
		this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Jag ansluter till mötet nu."));

		this.zoom.verify(1,
				postRequestedFor(urlPathEqualTo("/oauth/token"))
					.withQueryParam("grant_type", equalTo("client_credentials"))
					.withHeader("Authorization", equalTo("Basic " + Base64.getEncoder()
						.encodeToString("chatbot-client-id:chatbot-client-secret".getBytes(StandardCharsets.UTF_8)))));
		this.zoom.verify(1,
				postRequestedFor(urlPathEqualTo(MESSAGES)).withHeader("Authorization", equalTo("Bearer " + TOKEN))
					.withRequestBody(equalToJson("""
							{"robot_jid": "%s", "to_jid": "%s", "account_id": "%s",
							 "content": {"head": {"text": "Kollegan"},
							             "body": [{"type": "message", "text": "Jag ansluter till mötet nu."}]}}
							""".formatted(ROBOT_JID, TO_JID, ACCOUNT))));
	}

	@Test
	void asksForOneTokenAcrossMessages() {
		String address = new ZoomAddress(TO_JID, ACCOUNT).toJson();

		this.chat.reply(address, new ChatReply("Ett."));
		this.chat.reply(address, new ChatReply("Två."));

		this.zoom.verify(1, postRequestedFor(urlPathEqualTo("/oauth/token")));
		this.zoom.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void asksForANewTokenOnceWhenZoomRefusesTheCachedOne() {
		tokenRefusedOnceThen(json(201, "{}"));

		this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej."));

		this.zoom.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
		this.zoom.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "Thu, 26 Nov 2026 09:05:01 GMT" })
	void waitsWhatRetryAfterSaysWhenThrottled(String retryAfter) {
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(429,
					"{\"code\": 429, \"message\": \"You have reached the maximum per-second rate limit "
							+ "for this API. Try again later.\"}")
				.withHeader("Retry-After", retryAfter))
			.willSetStateTo("calm"));
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("throttled")
			.whenScenarioStateIs("calm")
			.willReturn(json(201, "{}")));

		long started = System.nanoTime();
		this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej."));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		this.zoom.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "3600", "Thu, 26 Nov 2026 09:05:11 GMT" })
	void leavesALongRetryAfterToTheJobQueue(String retryAfter) {
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(json(429, "{\"code\": 429, \"message\": \"Daily limit reached.\"}").withHeader("Retry-After",
					retryAfter)));

		assertThatExceptionOfType(RestClientResponseException.class)
			.isThrownBy(() -> this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej.")));
		this.zoom.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void renewsARefusedTokenOnlyOnce() {
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(json(401, INVALID_TOKEN)));

		assertThatExceptionOfType(RestClientResponseException.class)
			.isThrownBy(() -> this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej.")))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(401));
		this.zoom.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
		this.zoom.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void aRenewedTokenStillHasItsThreeAttempts() {
		tokenRefusedOnceThen(aResponse().withStatus(503));

		assertThatExceptionOfType(RestClientResponseException.class)
			.isThrownBy(() -> this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej.")))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(503));
		this.zoom.verify(1 + ZoomChat.ATTEMPTS, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void givesUpAfterThreeServerErrorsSoThatTheJobRetries() {
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(RestClientResponseException.class)
			.isThrownBy(() -> this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej.")))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(503));
		this.zoom.verify(ZoomChat.ATTEMPTS, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void givesUpAfterThreeBrokenConnections() {
		this.zoom
			.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

		assertThatExceptionOfType(ResourceAccessException.class)
			.isThrownBy(() -> this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej.")));
		this.zoom.verify(ZoomChat.ATTEMPTS, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void doesNotRepeatWhatZoomRefuses() {
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES))
			.willReturn(json(400, "{\"code\": 7001, \"message\": \"Invalid robot_jid.\"}")));

		assertThatExceptionOfType(RestClientResponseException.class)
			.isThrownBy(() -> this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej.")));
		this.zoom.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void postsTheConsentCardWithTwoButtonsIntoEveryChatTheMeetingWasJoinedFrom() {
		MeetingId meetingId = MeetingId.newId();
		this.addresses.add(new ZoomAddress(TO_JID, ACCOUNT).toJson());
		this.addresses.add(new ZoomAddress("annaberg@xmpp.zoom.us", ACCOUNT).toJson());

		this.chat.postConsentCard(new ConsentCard(this.tenantId, meetingId, "Styrgruppsmöte",
				URI.create("https://kommun-a.zoom.us/j/85746065432"), null, ConsentLevel.PLUS, null));

		this.zoom.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
		JsonNode sent = JsonMapper.shared()
			.readTree(this.zoom.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).get(0).getBodyAsString());
		assertThat(sent.path("to_jid").asString()).isEqualTo(TO_JID);
		JsonNode body = sent.path("content").path("body");
		assertThat(body.get(0).path("text").asString()).startsWith("Kollegan antecknar mötet \"Styrgruppsmöte\"")
			.contains("Plus");
		JsonNode buttons = body.get(1);
		assertThat(buttons.path("type").asString()).isEqualTo("actions");
		assertThat(buttons.path("items").get(0).path("style").asString()).isEqualTo("Primary");
		assertThat(buttons.path("items").get(1).path("style").asString()).isEqualTo("Danger");
		// What Zoom sends back on a click is read as the answer to this card.
		assertThat(ZoomButton.parse(buttons.path("items").get(0).path("value").asString()))
			.contains(new ZoomButton.Consent(meetingId, ConsentLevel.PLUS, ConsentAnswer.ACCEPTED));
		assertThat(ZoomButton.parse(buttons.path("items").get(1).path("value").asString()))
			.contains(new ZoomButton.Consent(meetingId, ConsentLevel.PLUS, ConsentAnswer.DECLINED));
	}

	@Test
	void addressesALateJoinersCardToThem() {
		this.addresses.add(new ZoomAddress(TO_JID, ACCOUNT).toJson());

		this.chat.postConsentCard(new ConsentCard(this.tenantId, MeetingId.newId(), "Styrgruppsmöte",
				URI.create("https://kommun-a.zoom.us/j/85746065432"), null, ConsentLevel.BAS,
				new Person("Erik Lund", null)));

		JsonNode sent = JsonMapper.shared()
			.readTree(this.zoom.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).get(0).getBodyAsString());
		assertThat(sent.path("content").path("body").get(0).path("text").asString()).startsWith("Erik Lund: ");
	}

	@Test
	void reachesOnlyMeetingsJoinedFromZoomChat() {
		Meeting meeting = Meeting.schedule(this.tenantId, "Styrgruppsmöte", null,
				URI.create("https://kommun-a.zoom.us/j/85746065432"), ZonedDateTime.now(ZoneOffset.UTC),
				ZonedDateTime.now(ZoneOffset.UTC).plusMinutes(30), null, List.of(), ExternalIds.NONE, 0, null);

		assertThat(this.chat.reaches(meeting)).isFalse();
		this.addresses.add(new ZoomAddress(TO_JID, ACCOUNT).toJson());
		assertThat(this.chat.reaches(meeting)).isTrue();
	}

	@Test
	void knowsNoAddressesWithoutTheServerToServerApp() {
		assertThat(this.chat.emailOf(new ZoomAddress(TO_JID, ACCOUNT).toJson(), USER_ID)).isEmpty();
		this.zoom.verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
	}

	@Test
	void asksZoomForTheAddressOfAUserOfTheServerToServerAppsAccount() {
		this.chat = chat(ACCOUNT);
		this.zoom.stubFor(get(urlPathEqualTo("/v2/users/" + USER_ID))
			.willReturn(json(200, new String(ZoomWebhooksTests.resource("user.json"), StandardCharsets.UTF_8))));

		assertThat(this.chat.emailOf(new ZoomAddress(TO_JID, ACCOUNT).toJson(), USER_ID))
			.contains(EmailAddress.of("anna.berg@kommun-a.se"));
		this.zoom.verify(1,
				postRequestedFor(urlPathEqualTo("/oauth/token"))
					.withQueryParam("grant_type", equalTo("account_credentials"))
					.withQueryParam("account_id", equalTo(ACCOUNT)));
		String token = JsonMapper.shared()
			.readTree(ZoomWebhooksTests.resource("token.json"))
			.get("access_token")
			.asString();
		this.zoom.verify(1, getRequestedFor(urlPathEqualTo("/v2/users/" + USER_ID)).withHeader("Authorization",
				equalTo("Bearer " + token)));
	}

	@Test
	void knowsNoAddressOfAUserZoomDoesNotKnowOrOfAnotherAccount() {
		this.chat = chat(ACCOUNT);
		this.zoom.stubFor(get(urlPathMatching("/v2/users/.*")).willReturn(
				json(404, new String(ZoomWebhooksTests.resource("user-not-found.json"), StandardCharsets.UTF_8))));

		assertThat(this.chat.emailOf(new ZoomAddress(TO_JID, ACCOUNT).toJson(), USER_ID)).isEmpty();
		assertThat(this.chat.emailOf(new ZoomAddress(TO_JID, "another-account").toJson(), USER_ID)).isEmpty();
		// A click Zoom sent without a chat to name.
		assertThat(this.chat.emailOf("{\"toJid\":\"\",\"accountId\":\"" + ACCOUNT + "\"}", USER_ID)).isEmpty();
		this.zoom.verify(1, getRequestedFor(urlPathMatching("/v2/users/.*")));
	}

	@Test
	void leavesAUserLookupZoomCannotAnswerNowToTheJobQueue() {
		this.chat = chat(ACCOUNT);
		this.zoom.stubFor(get(urlPathMatching("/v2/users/.*")).willReturn(aResponse().withStatus(503)));

		assertThatExceptionOfType(RestClientResponseException.class)
			.isThrownBy(() -> this.chat.emailOf(new ZoomAddress(TO_JID, ACCOUNT).toJson(), USER_ID));
		this.zoom.verify(ZoomChat.ATTEMPTS, getRequestedFor(urlPathMatching("/v2/users/.*")));
	}

	@Test
	void writesToAPersonAtTheirUserJidInTheirAccount() {
		assertThat(this.chat.directAddress(new ZoomAddress(TO_JID, ACCOUNT).toJson(), USER_ID))
			.contains("{\"toJid\":\"kdcugim1qgepto8wboqwiq@xmpp.zoom.us\",\"accountId\":\"" + ACCOUNT + "\"}");
		// Written from their one-to-one chat with the bot, the same address.
		assertThat(this.chat.directAddress(new ZoomAddress("kdcugim1qgepto8wboqwiq@xmpp.zoom.us", ACCOUNT).toJson(),
				USER_ID))
			.contains("{\"toJid\":\"kdcugim1qgepto8wboqwiq@xmpp.zoom.us\",\"accountId\":\"" + ACCOUNT + "\"}");
	}

	@Test
	void reachesAPersonAloneOnlyOnceTheirChatIsKnown() {
		EmailAddress anna = EmailAddress.of("anna.berg@kommun-a.se");

		assertThat(this.chat.reaches(this.tenantId, anna)).isFalse();
		this.contacts.put(anna, new ZoomAddress("kdcugim1qgepto8wboqwiq@xmpp.zoom.us", ACCOUNT).toJson());
		assertThat(this.chat.reaches(this.tenantId, anna)).isTrue();
		assertThat(this.chat.reaches(TenantId.newId(), anna)).isFalse();
	}

	@Test
	void postsTheLobbyNoticeIntoEveryChatTheMeetingWasJoinedFrom() {
		this.addresses.add(new ZoomAddress(TO_JID, ACCOUNT).toJson());

		this.chat.postLobbyNotice(new LobbyNotice(this.tenantId, MeetingId.newId(), "Styrgruppsmöte",
				URI.create("https://kommun-a.zoom.us/j/85746065432?pwd=secret"),
				Person.of("Anna Berg", "anna.berg@kommun-a.se")));

		JsonNode sent = onlySent();
		assertThat(sent.path("to_jid").asString()).isEqualTo(TO_JID);
		String text = sent.path("content").path("body").get(0).path("text").asString();
		assertThat(text).startsWith("Kollegan väntar i lobbyn till mötet \"Styrgruppsmöte\"")
			.contains("Anna Berg")
			.contains("Kollegan is waiting in the lobby of \"Styrgruppsmöte\"")
			// The link may carry the meeting's passcode.
			.doesNotContain("pwd");
	}

	@Test
	void postsTheRecapWithDecisionsActionsAndALinkToTheDashboard() {
		this.addresses.add(new ZoomAddress(TO_JID, ACCOUNT).toJson());
		MeetingId meetingId = MeetingId.newId();
		List<RecapNotice.Action> actions = new ArrayList<>();
		actions.add(new RecapNotice.Action(ActionItemId.newId(), "Ta fram en tidplan", "Erik Lund",
				LocalDate.parse("2026-12-04")));
		for (int i = 0; i < ZoomChat.MAX_LISTED + 2; i++) {
			actions.add(new RecapNotice.Action(ActionItemId.newId(), "Åtgärd " + i, null, null));
		}

		this.chat.postRecap(new RecapNotice(this.tenantId, meetingId, "Styrgruppsmöte", "sv",
				"Styrgruppen valde plattform B.", List.of("Vi kör på plattform B."), actions,
				URI.create("https://kollegan.example/meetings/" + meetingId.value())));

		JsonNode body = onlySent().path("content").path("body");
		assertThat(body.get(0).path("text").asString())
			.isEqualTo("Sammanfattning av \"Styrgruppsmöte\" / Recap of \"Styrgruppsmöte\"");
		assertThat(body.get(1).path("text").asString()).isEqualTo("Styrgruppen valde plattform B.");
		assertThat(body.get(2).path("text").asString()).isEqualTo("Beslut / Decisions:\n• Vi kör på plattform B.");
		assertThat(body.get(3).path("text").asString())
			.startsWith("Åtgärder / Actions:\n• Ta fram en tidplan (Erik Lund, 2026-12-04)\n• Åtgärd 0\n")
			.endsWith("\n… och 3 till / and 3 more");
		assertThat(body.get(4).path("link").asString())
			.isEqualTo("https://kollegan.example/meetings/" + meetingId.value());
	}

	@Test
	void nudgesTheOwnerInTheirOwnChatWithDoneAndAWeekLater() {
		EmailAddress erik = EmailAddress.of("erik.lund@kommun-a.se");
		String erikJid = "q3n0tkb4snshdm1eqw8pzg@xmpp.zoom.us";
		this.contacts.put(erik, new ZoomAddress(erikJid, ACCOUNT).toJson());
		ActionItemId actionId = ActionItemId.newId();

		this.chat.postNudge(nudge(actionId, erik, LocalDate.parse("2026-12-04")));

		JsonNode sent = onlySent();
		assertThat(sent.path("to_jid").asString()).isEqualTo(erikJid);
		assertThat(sent.path("account_id").asString()).isEqualTo(ACCOUNT);
		JsonNode body = sent.path("content").path("body");
		assertThat(body.get(0).path("text").asString())
			.isEqualTo("Påminnelse från mötet \"Styrgruppsmöte\": Ta fram en tidplan, klart senast 2026-12-04.\n"
					+ "Reminder from the meeting \"Styrgruppsmöte\": Ta fram en tidplan, due 2026-12-04.");
		JsonNode buttons = body.get(1).path("items");
		assertThat(buttons).hasSize(2);
		assertThat(buttons.get(0).path("text").asString()).isEqualTo("Klar / Done");
		assertThat(ZoomButton.parse(buttons.get(0).path("value").asString()))
			.contains(new ZoomButton.Action(actionId, ActionAnswer.Kind.DONE, null));
		assertThat(buttons.get(1).path("text").asString()).isEqualTo("+1 vecka (2026-12-11) / +1 week");
		assertThat(ZoomButton.parse(buttons.get(1).path("value").asString()))
			.contains(new ZoomButton.Action(actionId, ActionAnswer.Kind.NEW_DATE, LocalDate.parse("2026-12-11")));
		// No person picker is pretended: handing over is the dashboard's.
		assertThat(body.get(2).path("text").asString()).contains("dashboarden").contains("dashboard");
		assertThat(body.get(2).path("link").asString()).isEqualTo("https://kollegan.example/meetings/m");
	}

	@Test
	void movesAnOverdueOrUndatedActionAWeekFromTheTenantsToday() {
		EmailAddress erik = EmailAddress.of("erik.lund@kommun-a.se");
		this.contacts.put(erik, new ZoomAddress("q3n0tkb4snshdm1eqw8pzg@xmpp.zoom.us", ACCOUNT).toJson());
		ActionItemId overdue = ActionItemId.newId();
		ActionItemId undated = ActionItemId.newId();
		// 2026-11-26T23:30Z is already the 27th in Stockholm.
		this.chat = chat(null, Instant.parse("2026-11-26T23:30:00Z"));

		this.chat.postNudge(nudge(overdue, erik, LocalDate.parse("2026-11-20")));
		this.chat.postNudge(nudge(undated, erik, null));

		List<JsonNode> sent = this.zoom.findAll(postRequestedFor(urlPathEqualTo(MESSAGES)))
			.stream()
			.map(request -> JsonMapper.shared().readTree(request.getBodyAsString()))
			.toList();
		assertThat(ZoomButton
			.parse(sent.get(0).path("content").path("body").get(1).path("items").get(1).path("value").asString()))
			.contains(ZoomButton.Action.newDate(overdue, LocalDate.parse("2026-12-04")));
		assertThat(ZoomButton
			.parse(sent.get(1).path("content").path("body").get(1).path("items").get(1).path("value").asString()))
			.contains(ZoomButton.Action.newDate(undated, LocalDate.parse("2026-12-04")));
		assertThat(sent.get(1).path("content").path("body").get(0).path("text").asString())
			.doesNotContain("klart senast")
			.doesNotContain("due");
	}

	@Test
	void sendsNoNudgeToSomeoneWhoseChatIsForgotten() {
		this.chat.postNudge(nudge(ActionItemId.newId(), EmailAddress.of("erik.lund@kommun-a.se"), null));

		this.zoom.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void alertsTheAdministratorInTheirOwnChatWithTwoLinks() {
		EmailAddress anna = EmailAddress.of("anna.berg@kommun-a.se");
		String annaJid = "kdcugim1qgepto8wboqwiq@xmpp.zoom.us";
		this.contacts.put(anna, new ZoomAddress(annaJid, ACCOUNT).toJson());

		assertThat(this.chat.reaches(this.tenantId, anna)).isTrue();
		assertThat(this.chat.postRegwatchAlert(alert(anna, 2))).isTrue();

		JsonNode sent = onlySent();
		assertThat(sent.path("robot_jid").asString()).isEqualTo(ROBOT_JID);
		assertThat(sent.path("to_jid").asString()).isEqualTo(annaJid);
		assertThat(sent.path("account_id").asString()).isEqualTo(ACCOUNT);
		JsonNode body = sent.path("content").path("body");
		assertThat(body.get(0).path("text").asString()).isEqualTo("Omvärldsbevakning / Regwatch");
		assertThat(body.get(0).path("style").path("bold").asBoolean()).isTrue();
		assertThat(body.get(1).path("text").asString())
			.isEqualTo("En ändring i \"IMY\" rör era bevakade ämnen (relevans 75 av 100, version 2): Nya riktlinjer om "
					+ "kameraövervakning\nA change in \"IMY\" bears on your watched topics (relevance 75 of 100, "
					+ "version 2): Nya riktlinjer om kameraövervakning");
		assertThat(body.get(2).path("link").asString()).isEqualTo("https://www.imy.se/nyheter/kamera");
		assertThat(body.get(3).path("link").asString())
			.isEqualTo("https://kollegan.example/regwatch/items/44444444-4444-4444-4444-444444444444");
		assertThat(body.get(3).path("text").asString()).startsWith("Historik och ändringar i Kollegan");
	}

	@Test
	void leavesAnAlertToMailForSomeoneWhoseChatIsNotKnown() {
		EmailAddress anna = EmailAddress.of("anna.berg@kommun-a.se");

		assertThat(this.chat.postRegwatchAlert(alert(anna, 1))).isFalse();
		this.contacts.put(anna, "not an address Kollegan wrote");
		assertThat(this.chat.reaches(this.tenantId, anna)).isFalse();
		assertThat(this.chat.postRegwatchAlert(alert(anna, 1))).isFalse();

		this.zoom.verify(0, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	private RegwatchAlertNotice alert(EmailAddress admin, int version) {
		return new RegwatchAlertNotice(this.tenantId, admin, "Anna Berg", "IMY", "Nya riktlinjer om kameraövervakning",
				URI.create("https://www.imy.se/nyheter/kamera"), version, 75,
				URI.create("https://kollegan.example/regwatch/items/44444444-4444-4444-4444-444444444444"));
	}

	private ActionNudge nudge(ActionItemId actionId, EmailAddress owner, LocalDate due) {
		return new ActionNudge(this.tenantId, actionId, MeetingId.newId(), "Styrgruppsmöte", "Ta fram en tidplan",
				owner, "Erik Lund", due, 1, URI.create("https://kollegan.example/meetings/m"));
	}

	private JsonNode onlySent() {
		this.zoom.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
		return JsonMapper.shared()
			.readTree(this.zoom.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).get(0).getBodyAsString());
	}

	private ZoomChat chat(String serverToServerAccount) {
		return chat(serverToServerAccount, NOW);
	}

	/**
	 * The chatbot, and, for an account, the Server-to-Server app in it; the tenant lives
	 * in Stockholm.
	 */
	private ZoomChat chat(String serverToServerAccount, Instant now) {
		URI api = URI.create("http://localhost:" + this.zoom.port());
		ZoomProperties properties = new ZoomProperties(serverToServerAccount,
				(serverToServerAccount != null) ? "s2s-client-id" : null,
				(serverToServerAccount != null) ? "s2s-client-secret" : null, api, api, null, "chatbot-client-id",
				"chatbot-client-secret", ROBOT_JID);
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		return new ZoomChat(RestClient.builder().requestFactory(requests).build(), properties, chatMeetings(),
				contacts(), tenants(), Clock.fixed(now, ZoneOffset.UTC), Duration.ofMillis(10));
	}

	/** The test's one person-to-chat book, for its tenant. */
	private ChatContacts contacts() {
		return new ChatContacts() {

			@Override
			public void remember(TenantId tenantId, EmailAddress person, ChatPlatformKind platform, String address) {
				throw new AssertionError("the chat platform only reads where people can be reached");
			}

			@Override
			public Optional<String> address(TenantId tenantId, EmailAddress person, ChatPlatformKind platform) {
				return (tenantId.equals(ZoomChatTests.this.tenantId) && platform == ChatPlatformKind.ZOOM)
						? Optional.ofNullable(ZoomChatTests.this.contacts.get(person)) : Optional.empty();
			}

		};
	}

	private Tenants tenants() {
		Tenant tenant = new Tenant(this.tenantId, "kommun-a", "Kommun A", ZoneId.of("Europe/Stockholm"),
				ConsentLevel.PLUS, null);
		return new Tenants() {

			@Override
			public Optional<Tenant> findById(TenantId id) {
				return id.equals(tenant.id()) ? Optional.of(tenant) : Optional.empty();
			}

			@Override
			public Optional<Tenant> findBySlug(String slug) {
				return Optional.empty();
			}

			@Override
			public Optional<Tenant> findByDirectoryId(String directoryId) {
				return Optional.empty();
			}

			@Override
			public Tenant save(Tenant saved) {
				throw new AssertionError("the chat platform only reads tenants");
			}

		};
	}

	/** Every meeting of the test is reachable at {@link #addresses}. */
	private ChatMeetings chatMeetings() {
		return new ChatMeetings() {

			@Override
			public void remember(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform, String address) {
				throw new AssertionError("the chat platform only reads where meetings can be reached");
			}

			@Override
			public List<String> addresses(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform) {
				return (platform == ChatPlatformKind.ZOOM) ? List.copyOf(ZoomChatTests.this.addresses) : List.of();
			}

		};
	}

	/**
	 * The first message sent is refused for its token; every later one gets this answer.
	 */
	private void tokenRefusedOnceThen(ResponseDefinitionBuilder then) {
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("revoked")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(401, INVALID_TOKEN))
			.willSetStateTo("renewed"));
		this.zoom.stubFor(
				post(urlPathEqualTo(MESSAGES)).inScenario("revoked").whenScenarioStateIs("renewed").willReturn(then));
	}

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
