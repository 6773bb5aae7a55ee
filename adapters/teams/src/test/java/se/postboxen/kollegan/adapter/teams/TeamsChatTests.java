package se.postboxen.kollegan.adapter.teams;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.adapter.teams.api.Activity;
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
import se.postboxen.kollegan.tenant.TenantId;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Kollegan talking to the Bot Connector (a mock with Microsoft's documented answers):
 * tokens kept, throttling waited out, member addresses read, cards shaped as Teams wants
 * and posted into every chat of a meeting, nudges and regwatch alerts written into the
 * person's own 1:1 chat, and nothing sent anywhere but a Connector.
 */
class TeamsChatTests {

	static final String APP_TENANT = "5f1a2b3c-0000-4000-8000-00000000a11a";

	static final String CONVERSATION = "19:meeting_NjA5ZjE0@thread.v2";

	static final JsonMapper json = JsonMapper.builder().build();

	final WireMockServer connector = new WireMockServer(options().dynamicPort());

	final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));

	final InMemoryChatMeetings chatMeetings = new InMemoryChatMeetings();

	final InMemoryChatContacts contacts = new InMemoryChatContacts();

	TeamsConnector botConnector;

	TeamsChat chat;

	String replyTo;

	@BeforeEach
	void startConnector() throws IOException {
		this.connector.start();
		this.connector.stubFor(post(urlPathEqualTo("/" + APP_TENANT + "/oauth2/v2.0/token"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(ConnectorAuthenticationTests.resource("token.json"))));
		this.connector.stubFor(
				post(urlPathMatching("/amer/v3/conversations/.*/activities")).willReturn(aResponse().withStatus(201)
					.withHeader("Content-Type", "application/json")
					.withBody("{\"id\": \"1:1xx\"}")));
		TeamsProperties properties = new TeamsProperties("c9e8c047-2a74-40a2-b28a-b162d5f5327c", "app-password",
				APP_TENANT, URI.create("https://login.botframework.com/v1/.well-known/openidconfiguration"),
				BotConnectorTokens.ISSUER, URI.create(this.connector.baseUrl()), URI.create(this.connector.baseUrl()));
		RestClient http = TeamsConfiguration.restClient(ObservationRegistry.NOOP);
		this.botConnector = new TeamsConnector(http, new ConnectorTokens(http, properties, this.clock), properties,
				this.clock);
		this.chat = new TeamsChat(this.botConnector, this.chatMeetings, this.contacts);
		this.replyTo = new TeamsAddress(this.connector.baseUrl() + "/amer/", CONVERSATION).encode();
	}

	@AfterEach
	void stopConnector() {
		this.connector.stop();
	}

	@Test
	void repliesIntoTheConversationWithOneTokenForTwoMessages() {
		this.chat.reply(this.replyTo, new ChatReply("Jag ansluter till mötet nu."));
		this.chat.reply(this.replyTo, new ChatReply("Jag lämnar mötet."));

		this.connector.verify(1,
				postRequestedFor(urlPathEqualTo("/" + APP_TENANT + "/oauth2/v2.0/token"))
					.withRequestBody(containing("grant_type=client_credentials"))
					.withRequestBody(containing("scope=https%3A%2F%2Fapi.botframework.com%2F.default")));
		this.connector.verify(2,
				postRequestedFor(urlPathEqualTo("/amer/v3/conversations/19%3Ameeting_NjA5ZjE0%40thread.v2/activities"))
					.withHeader(HttpHeaders.AUTHORIZATION,
							equalTo("Bearer eyJhbGciOiJIUzI1Ni4uLg.connector-token-for-tests")));
		JsonNode first = json.readTree(this.connector.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getUrl().contains("/activities"))
			.map(event -> event.getRequest().getBodyAsString())
			.filter(body -> body.contains("ansluter"))
			.findFirst()
			.orElseThrow());
		assertThat(first.get("type").asString()).isEqualTo("message");
		assertThat(first.get("text").asString()).isEqualTo("Jag ansluter till mötet nu.");
	}

	@Test
	void fetchesANewTokenFiveMinutesBeforeTheOldExpires() {
		this.chat.reply(this.replyTo, new ChatReply("ett"));
		this.clock.advance(Duration.ofMinutes(56));
		this.chat.reply(this.replyTo, new ChatReply("två"));

		this.connector.verify(2, postRequestedFor(urlPathEqualTo("/" + APP_TENANT + "/oauth2/v2.0/token")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "Wed, 25 Nov 2026 09:00:01 GMT" })
	void waitsOutThrottlingAsRetryAfterSays(String retryAfter) throws IOException {
		firstActivityAnswered(aResponse().withStatus(429)
			.withHeader("Retry-After", retryAfter)
			.withHeader("Content-Type", "application/json")
			.withBody(ConnectorAuthenticationTests.resource("throttled.json")));

		long started = System.nanoTime();
		this.chat.reply(this.replyTo, new ChatReply("Hej"));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
		this.connector.verify(2, postRequestedFor(urlPathMatching("/amer/v3/conversations/.*/activities")));
	}

	@Test
	void waitsNoLongerThanTheCapHoweverLongTheConnectorAsks() {
		assertThat(this.botConnector.wait(throttled("3600"), 1)).isEqualTo(TeamsConnector.MAX_WAIT);
		assertThat(this.botConnector.wait(throttled("Wed, 25 Nov 2026 10:00:00 GMT"), 1))
			.isEqualTo(TeamsConnector.MAX_WAIT);
		assertThat(this.botConnector.wait(throttled("Wed, 25 Nov 2026 09:00:07 GMT"), 1))
			.isEqualTo(Duration.ofSeconds(7));
		assertThat(this.botConnector.wait(throttled(null), 1)).isEqualTo(Duration.ofSeconds(1));
		assertThat(this.botConnector.wait(throttled(null), 2)).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void triesAgainAfterABrokenConnection() {
		firstActivityAnswered(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

		this.chat.reply(this.replyTo, new ChatReply("Hej"));

		this.connector.verify(2, postRequestedFor(urlPathMatching("/amer/v3/conversations/.*/activities")));
	}

	@Test
	void forgetsARefusedTokenSoThatTheJobsNextAttemptFetchesANewOne() {
		firstActivityAnswered(aResponse().withStatus(401));

		assertThatExceptionOfType(TeamsUnavailableException.class)
			.isThrownBy(() -> this.chat.reply(this.replyTo, new ChatReply("Hej")))
			.withMessage("the Bot Connector answered 401");
		this.chat.reply(this.replyTo, new ChatReply("Hej"));

		this.connector.verify(2, postRequestedFor(urlPathEqualTo("/" + APP_TENANT + "/oauth2/v2.0/token")));
		this.connector.verify(2, postRequestedFor(urlPathMatching("/amer/v3/conversations/.*/activities")));
	}

	@Test
	void givesUpAfterThreeAttemptsSoThatTheJobRetries() {
		this.connector.stubFor(post(urlPathMatching("/amer/v3/conversations/.*/activities"))
			.willReturn(aResponse().withStatus(502).withHeader("Retry-After", "0")));

		assertThatExceptionOfType(TeamsUnavailableException.class)
			.isThrownBy(() -> this.chat.reply(this.replyTo, new ChatReply("Hej")));
		this.connector.verify(TeamsConnector.ATTEMPTS,
				postRequestedFor(urlPathMatching("/amer/v3/conversations/.*/activities")));
	}

	@Test
	void doesNotRetryWhatWillNotGetBetter() {
		this.connector.stubFor(
				post(urlPathMatching("/amer/v3/conversations/.*/activities")).willReturn(aResponse().withStatus(403)));

		assertThatExceptionOfType(TeamsUnavailableException.class)
			.isThrownBy(() -> this.chat.reply(this.replyTo, new ChatReply("Hej")));
		this.connector.verify(1, postRequestedFor(urlPathMatching("/amer/v3/conversations/.*/activities")));
	}

	@Test
	void readsTheWritersAddressFromTheConversationMember() throws IOException {
		this.connector.stubFor(get(urlPathMatching("/amer/v3/conversations/.*/members/.*"))
			.willReturn(aResponse().withHeader("Content-Type", "application/json")
				.withBody(ConnectorAuthenticationTests.resource("conversation-member.json"))));

		assertThat(this.chat.emailOf(this.replyTo, "29:1GcS4EyB_oSI8A88"))
			.contains(EmailAddress.of("Anon.TestUser@kommun-a.example"));
		this.connector.verify(getRequestedFor(urlPathEqualTo(
				"/amer/v3/conversations/19%3Ameeting_NjA5ZjE0%40thread.v2/members/29%3A1GcS4EyB_oSI8A88")));
	}

	@Test
	void knowsNoAddressForSomeoneNotInTheConversation() {
		this.connector
			.stubFor(get(urlPathMatching("/amer/v3/conversations/.*/members/.*")).willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"code\":\"MemberNotFoundInConversation\",\"message\":\"not found\"}}")));

		assertThat(this.chat.emailOf(this.replyTo, "29:someone")).isEmpty();
	}

	@Test
	void sendsNothingToAHostThatIsNoBotConnector() {
		String elsewhere = new TeamsAddress("https://attacker.example/amer/", CONVERSATION).encode();
		String lookalike = new TeamsAddress("https://smba.trafficmanager.net.attacker.example/", CONVERSATION).encode();
		String plainHttp = new TeamsAddress("http://smba.trafficmanager.net/amer/", CONVERSATION).encode();

		for (String address : List.of(elsewhere, lookalike, plainHttp)) {
			assertThatExceptionOfType(TeamsUnavailableException.class)
				.isThrownBy(() -> this.chat.reply(address, new ChatReply("Hej")));
		}
		assertThat(ServiceUrls.allowed(URI.create("https://smba.trafficmanager.net/emea/"), null)).isTrue();
		assertThat(ServiceUrls.allowed(URI.create("https://smba.infra.gcc.teams.microsoft.com/teams"), null)).isTrue();
		this.connector.verify(0, postRequestedFor(urlPathMatching(".*")));
	}

	@Test
	void postsTheConsentCardIntoEveryTeamsChatOfTheMeeting() {
		TenantId tenant = new TenantId(UUID.randomUUID());
		MeetingId meeting = MeetingId.newId();
		this.chatMeetings.remember(tenant, meeting, ChatPlatformKind.TEAMS, this.replyTo);
		this.chatMeetings.remember(tenant, meeting, ChatPlatformKind.SLACK, "C0123");

		this.chat.postConsentCard(new ConsentCard(tenant, meeting, "Styrgrupp ärendesystem",
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA5ZjE0%40thread.v2/0"),
				Person.of("Anna Lind", "anna.lind@kommun-a.example"), ConsentLevel.PLUS, null));

		this.connector.verify(1, postRequestedFor(urlPathMatching("/amer/v3/conversations/.*/activities")));
		JsonNode activity = json.readTree(this.connector.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getUrl().contains("/activities"))
			.findFirst()
			.orElseThrow()
			.getRequest()
			.getBodyAsString());
		assertThat(activity.get("type").asString()).isEqualTo("message");
		JsonNode attachment = activity.get("attachments").get(0);
		assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		JsonNode card = attachment.get("content");
		assertThat(card.get("type").asString()).isEqualTo("AdaptiveCard");
		assertThat(card.get("version").asString()).isEqualTo("1.5");
		assertThat(card.has("refresh")).isFalse();
		String text = card.get("body").toString();
		assertThat(text.indexOf("Får Kollegan")).isLessThan(text.indexOf("May Kollegan"));
		assertThat(text).contains("Anna Lind", "**Plus**", "Bas", "Juridik");
		JsonNode accept = card.get("actions").get(0);
		assertThat(accept.get("type").asString()).isEqualTo("Action.Execute");
		assertThat(accept.get("verb").asString()).isEqualTo("consent");
		assertThat(accept.get("data").get("meetingId").asString()).isEqualTo(meeting.toString());
		assertThat(accept.get("data").get("level").asString()).isEqualTo("PLUS");
		assertThat(accept.get("data").get("answer").asString()).isEqualTo("ACCEPTED");
		assertThat(accept.get("fallback").get("type").asString()).isEqualTo("Action.Submit");
		assertThat(accept.get("fallback").get("data").get("verb").asString()).isEqualTo("consent");
		assertThat(TeamsCards.ConsentAction.from(accept.get("fallback").get("data")))
			.contains(new TeamsCards.ConsentAction(meeting, ConsentLevel.PLUS, ConsentAnswer.ACCEPTED));
		assertThat(card.get("actions").get(1).get("data").get("answer").asString()).isEqualTo("DECLINED");
		assertThat(this.chat.reaches(meetingWithoutChat(tenant))).isFalse();
	}

	@Test
	void answersAConsentClickWithTheThanksCardInTheInvokeShape() {
		MeetingId meeting = MeetingId.newId();
		Map<String, Object> response = TeamsCards.cardResponse(
				TeamsCards.thanks(new TeamsCards.ConsentAction(meeting, ConsentLevel.BAS, ConsentAnswer.ACCEPTED)));

		JsonNode body = json.valueToTree(response);
		assertThat(body.get("statusCode").asInt()).isEqualTo(200);
		assertThat(body.get("type").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		assertThat(body.get("value").get("version").asString()).isEqualTo("1.5");
		assertThat(body.get("value").get("body").toString()).contains("Tack / Thanks", "Bas");
		assertThat(TeamsCards.ConsentAction.from(json.readTree("{\"meetingId\":\"x\",\"level\":\"BAS\"}"))).isEmpty();
	}

	@Test
	void postsTheLobbyNoticeIntoEveryTeamsChatOfTheMeetingOnce() {
		TenantId tenant = new TenantId(UUID.randomUUID());
		MeetingId meeting = MeetingId.newId();
		String meetingChat = new TeamsAddress(this.connector.baseUrl() + "/amer/", "19:meeting_lobby@thread.v2")
			.encode();
		// The chat where Kollegan was asked to join, remembered twice: once by an older
		// Kollegan, whose addresses did not yet say whether a chat is personal.
		String askedIn = new TeamsAddress(this.connector.baseUrl() + "/amer/", "a:1personal", true).encode();
		String askedInBefore = "{\"serviceUrl\":\"" + this.connector.baseUrl()
				+ "/amer/\",\"conversationId\":\"a:1personal\"}";
		this.chatMeetings.remember(tenant, meeting, ChatPlatformKind.TEAMS, askedInBefore);
		this.chatMeetings.remember(tenant, meeting, ChatPlatformKind.TEAMS, meetingChat);
		this.chatMeetings.remember(tenant, meeting, ChatPlatformKind.TEAMS, askedIn);
		this.chatMeetings.remember(tenant, meeting, ChatPlatformKind.SLACK, "C0123");

		this.chat.postLobbyNotice(new LobbyNotice(tenant, meeting, "Veckomöte socialförvaltningen",
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_lobby%40thread.v2/0"),
				Person.of("Astrid Ek", "astrid.ek@kommun-a.example")));

		this.connector.verify(2, postRequestedFor(urlPathMatching("/amer/v3/conversations/.*/activities")));
		this.connector.verify(1, postRequestedFor(urlPathEqualTo("/amer/v3/conversations/a%3A1personal/activities")));
		JsonNode card = card(activities().get(0));
		assertThat(card.get("version").asString()).isEqualTo("1.5");
		assertThat(card.get("body").toString()).contains("Släpp in mig", "Admit me");
	}

	@Test
	void postsTheRecapIntoTheMeetingsTeamsChat() {
		TenantId tenant = new TenantId(UUID.randomUUID());
		MeetingId meeting = MeetingId.newId();
		this.chatMeetings.remember(tenant, meeting, ChatPlatformKind.TEAMS, this.replyTo);

		this.chat.postRecap(new RecapNotice(tenant, meeting, "Styrgrupp ärendesystem", "sv",
				"Styrgruppen valde plattform B.", List.of("Plattform B."),
				List.of(new RecapNotice.Action(ActionItemId.newId(), "Boka workshop", "Astrid Ek",
						LocalDate.parse("2026-11-27"))),
				URI.create("https://kollegan.kommun-a.example/meetings/" + meeting.value())));

		this.connector.verify(1,
				postRequestedFor(urlPathEqualTo("/amer/v3/conversations/19%3Ameeting_NjA5ZjE0%40thread.v2/activities"))
					.withHeader(HttpHeaders.AUTHORIZATION,
							equalTo("Bearer eyJhbGciOiJIUzI1Ni4uLg.connector-token-for-tests")));
		JsonNode card = card(activities().get(0));
		assertThat(card.get("body").toString()).contains("Styrgruppen valde plattform B.",
				"Boka workshop — Astrid Ek, 2026-11-27");
		assertThat(card.get("actions").get(0).get("url").asString()).endsWith("/meetings/" + meeting.value());
	}

	@Test
	void nudgesTheOwnerInTheirOwnOneToOneChatWithTheBotsToken() {
		TenantId tenant = new TenantId(UUID.randomUUID());
		EmailAddress owner = EmailAddress.of("erik.lund@kommun-a.example");
		String personal = new TeamsAddress(this.connector.baseUrl() + "/amer/", "a:17I0kl9EkpE1O9PH5TWrzrLNwnWW", true)
			.encode();
		this.contacts.remember(tenant, owner, ChatPlatformKind.TEAMS, personal);

		assertThat(this.chat.reaches(tenant, owner)).isTrue();
		this.chat.postNudge(new ActionNudge(tenant, TeamsCardsTests.ACTION, MeetingId.newId(),
				"Styrgruppsmöte digitalisering", "Ta fram en tidplan", owner, "Erik Lund", null, 1,
				URI.create("https://kollegan.kommun-a.example/meetings/1")));

		this.connector.verify(exactly(1),
				postRequestedFor(urlPathEqualTo("/amer/v3/conversations/a%3A17I0kl9EkpE1O9PH5TWrzrLNwnWW/activities"))
					.withHeader(HttpHeaders.AUTHORIZATION,
							equalTo("Bearer eyJhbGciOiJIUzI1Ni4uLg.connector-token-for-tests")));
		JsonNode card = card(activities().get(0));
		assertThat(card.get("actions").get(0).get("verb").asString()).isEqualTo("nudge");
		assertThat(card.get("actions").get(0).get("data").get("actionId").asString())
			.isEqualTo(TeamsCardsTests.ACTION.toString());
	}

	@Test
	void reachesNobodyAloneWithoutTheirOwnOneToOneChat() {
		TenantId tenant = new TenantId(UUID.randomUUID());
		EmailAddress stranger = EmailAddress.of("lena.holm@advokatbyra.example");
		EmailAddress groupOnly = EmailAddress.of("maja.berg@kommun-a.example");
		this.contacts.remember(tenant, groupOnly, ChatPlatformKind.TEAMS, this.replyTo);
		this.contacts.remember(tenant, stranger, ChatPlatformKind.SLACK, "D0123");

		assertThat(this.chat.reaches(tenant, stranger)).isFalse();
		assertThat(this.chat.reaches(tenant, groupOnly)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> this.chat
			.postNudge(new ActionNudge(tenant, TeamsCardsTests.ACTION, MeetingId.newId(), "Möte", "Något", groupOnly,
					null, null, 1, URI.create("https://kollegan.kommun-a.example/meetings/1"))));
		this.connector.verify(0, postRequestedFor(urlPathMatching(".*/activities")));
	}

	@Test
	void alertsTheAdministratorInTheirOwnOneToOneChatAsANudgeGoes() {
		TenantId tenant = new TenantId(UUID.randomUUID());
		RegwatchAlertNotice alert = TeamsCardsTests.alert(tenant, 2);
		String personal = new TeamsAddress(this.connector.baseUrl() + "/amer/", "a:1AstridPersonalChat", true).encode();
		this.contacts.remember(tenant, alert.recipient(), ChatPlatformKind.TEAMS, personal);

		assertThat(this.chat.reaches(tenant, alert.recipient())).isTrue();
		assertThat(this.chat.postRegwatchAlert(alert)).isTrue();

		this.connector.verify(exactly(1),
				postRequestedFor(urlPathEqualTo("/amer/v3/conversations/a%3A1AstridPersonalChat/activities"))
					.withHeader(HttpHeaders.AUTHORIZATION,
							equalTo("Bearer eyJhbGciOiJIUzI1Ni4uLg.connector-token-for-tests")));
		JsonNode activity = activities().get(0);
		assertThat(activity.get("type").asString()).isEqualTo("message");
		JsonNode card = card(activity);
		assertThat(card.get("version").asString()).isEqualTo("1.5");
		assertThat(card.get("body").toString()).contains("Nya riktlinjer om kameraövervakning", "IMY");
		assertThat(card.get("actions").get(1).get("url").asString()).isEqualTo(alert.link().toString());
	}

	@Test
	void leavesAnAlertToMailWhenTheAdministratorHasNoOneToOneChat() {
		TenantId tenant = new TenantId(UUID.randomUUID());
		RegwatchAlertNotice alert = TeamsCardsTests.alert(tenant, 1);
		// Only a group chat is known for them: no place to write to them alone.
		this.contacts.remember(tenant, alert.recipient(), ChatPlatformKind.TEAMS, this.replyTo);

		assertThat(this.chat.reaches(tenant, alert.recipient())).isFalse();
		assertThat(this.chat.postRegwatchAlert(alert)).isFalse();
		this.connector.verify(0, postRequestedFor(urlPathMatching(".*/activities")));
	}

	@Test
	void aDirectAddressIsOnlyEverAPersonalChat() throws IOException {
		Activity personal = json.readValue(ConnectorAuthenticationTests.resource("message.json"), Activity.class);
		Activity group = json
			.readValue(new String(ConnectorAuthenticationTests.resource("message.json"), StandardCharsets.UTF_8)
				.replace("\"personal\"", "\"groupChat\""), Activity.class);
		String personalChat = TeamsAddress.of(personal).orElseThrow().encode();
		String groupChat = TeamsAddress.of(group).orElseThrow().encode();

		assertThat(this.chat.directAddress(personalChat, "29:1XJKJMvc5GBtc2JwZq0o")).contains(personalChat);
		assertThat(this.chat.directAddress(groupChat, "29:1XJKJMvc5GBtc2JwZq0o")).isEmpty();
		assertThat(this.chat.directAddress(this.replyTo, "29:1XJKJMvc5GBtc2JwZq0o")).isEmpty();
		assertThat(this.chat.directAddress("not an address", "29:1XJKJMvc5GBtc2JwZq0o")).isEmpty();
	}

	@Test
	void groupChatAddressesAreWrittenAsTheyWereBeforeAndOldOnesStillRead() {
		String before = "{\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\",\"conversationId\":\"" + CONVERSATION
				+ "\"}";

		assertThat(new TeamsAddress("https://smba.trafficmanager.net/emea/", CONVERSATION).encode()).isEqualTo(before);
		assertThat(TeamsAddress.decode(before))
			.contains(new TeamsAddress("https://smba.trafficmanager.net/emea/", CONVERSATION, false));
		String personal = new TeamsAddress("https://smba.trafficmanager.net/emea/", "a:1x", true).encode();
		assertThat(TeamsAddress.decode(personal))
			.hasValueSatisfying(address -> assertThat(address.personal()).isTrue());
		assertThat(TeamsAddress.decode("{\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\"}")).isEmpty();
	}

	/** The first activity posted gets this answer, every later one a 201. */
	private void firstActivityAnswered(ResponseDefinitionBuilder first) {
		this.connector.stubFor(post(urlPathMatching("/amer/v3/conversations/.*/activities")).inScenario("first")
			.whenScenarioStateIs(Scenario.STARTED)
			.willSetStateTo("answered")
			.willReturn(first));
		this.connector.stubFor(post(urlPathMatching("/amer/v3/conversations/.*/activities")).inScenario("first")
			.whenScenarioStateIs("answered")
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("{}")));
	}

	private static HttpClientErrorException throttled(String retryAfter) {
		HttpHeaders headers = new HttpHeaders();
		if (retryAfter != null) {
			headers.set(HttpHeaders.RETRY_AFTER, retryAfter);
		}
		return HttpClientErrorException.create(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", headers, new byte[0],
				null);
	}

	private List<JsonNode> activities() {
		return this.connector.getAllServeEvents()
			.stream()
			.filter(event -> event.getRequest().getUrl().contains("/activities"))
			.map(event -> json.readTree(event.getRequest().getBodyAsString()))
			.toList();
	}

	private static JsonNode card(JsonNode activity) {
		JsonNode attachment = activity.get("attachments").get(0);
		assertThat(attachment.get("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
		return attachment.get("content");
	}

	private static Meeting meetingWithoutChat(TenantId tenant) {
		return Meeting.schedule(tenant, "Utan chatt", null,
				URI.create("https://teams.microsoft.com/l/meetup-join/19%3ameeting_other%40thread.v2/0"),
				ZonedDateTime.parse("2026-11-25T10:00:00+01:00[Europe/Stockholm]"),
				ZonedDateTime.parse("2026-11-25T11:00:00+01:00[Europe/Stockholm]"), null, List.of(), ExternalIds.NONE,
				0, null);
	}

	/** Where people can be written to alone, as the database would keep it. */
	static final class InMemoryChatContacts implements ChatContacts {

		private final Map<String, String> addresses = new HashMap<>();

		@Override
		public void remember(TenantId tenantId, EmailAddress person, ChatPlatformKind platform, String address) {
			this.addresses.put(tenantId + " " + person + " " + platform, address);
		}

		@Override
		public Optional<String> address(TenantId tenantId, EmailAddress person, ChatPlatformKind platform) {
			return Optional.ofNullable(this.addresses.get(tenantId + " " + person + " " + platform));
		}

	}

	/** Where meetings were seen in chat, as the database would keep it. */
	static final class InMemoryChatMeetings implements ChatMeetings {

		private final List<Object[]> rows = new ArrayList<>();

		@Override
		public void remember(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform, String address) {
			this.rows.add(0, new Object[] { tenantId, meetingId, platform, address });
		}

		@Override
		public List<String> addresses(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform) {
			return this.rows.stream()
				.filter(row -> row[0].equals(tenantId) && row[1].equals(meetingId) && row[2] == platform)
				.map(row -> (String) row[3])
				.toList();
		}

	}

}
