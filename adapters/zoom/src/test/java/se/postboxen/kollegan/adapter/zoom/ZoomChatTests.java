package se.postboxen.kollegan.adapter.zoom;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatReply;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.ExternalIds;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.tenant.TenantId;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
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
 * {@code style} (https://developers.zoom.us/docs/chat/chatbot/extend/bot-cards/).
 */
class ZoomChatTests {

	private static final String ROBOT_JID = "v1pky3qen1r4qmqjspsm5z7sgq@xmpp.zoom.us";

	private static final String TO_JID = "8f1b0c0d4b6e4b53a0c2e6d5f3a9b871@conference.xmpp.zoom.us";

	private static final String ACCOUNT = "gVcjZnWWRLWvv_GtyGuaxg";

	private static final String MESSAGES = "/v2/im/chat/messages";

	private static final String TOKEN = JsonMapper.shared()
		.readTree(ZoomWebhooksTests.resource("chatbot-token.json"))
		.get("access_token")
		.asString();

	private final TenantId tenantId = TenantId.newId();

	private final List<String> addresses = new ArrayList<>();

	private WireMockServer zoom;

	private ZoomChat chat;

	@BeforeEach
	void start() {
		this.zoom = new WireMockServer(options().dynamicPort());
		this.zoom.start();
		URI api = URI.create("http://localhost:" + this.zoom.port());
		ZoomProperties properties = new ZoomProperties(null, null, null, api, api, null, "chatbot-client-id",
				"chatbot-client-secret", ROBOT_JID);
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build());
		requests.setReadTimeout(Duration.ofSeconds(5));
		this.chat = new ZoomChat(RestClient.builder().requestFactory(requests).build(), properties, chatMeetings(),
				Clock.fixed(Instant.parse("2026-11-26T09:05:00Z"), ZoneOffset.UTC), Duration.ofMillis(10));
		this.zoom.stubFor(post(urlPathEqualTo("/oauth/token")).willReturn(
				json(200, new String(ZoomWebhooksTests.resource("chatbot-token.json"), StandardCharsets.UTF_8))));
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
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("revoked")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(401, "{\"code\": 124, \"message\": \"Invalid access token.\"}"))
			.willSetStateTo("renewed"));
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("revoked")
			.whenScenarioStateIs("renewed")
			.willReturn(json(201, "{}")));

		this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej."));

		this.zoom.verify(2, postRequestedFor(urlPathEqualTo("/oauth/token")));
		this.zoom.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void waitsWhatRetryAfterSaysWhenThrottled() {
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(429,
					"{\"code\": 429, \"message\": \"You have reached the maximum per-second rate limit "
							+ "for this API. Try again later.\"}")
				.withHeader("Retry-After", "1"))
			.willSetStateTo("calm"));
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).inScenario("throttled")
			.whenScenarioStateIs("calm")
			.willReturn(json(201, "{}")));

		long started = System.nanoTime();
		this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej."));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		this.zoom.verify(2, postRequestedFor(urlPathEqualTo(MESSAGES)));
	}

	@Test
	void leavesALongRetryAfterToTheJobQueue() {
		this.zoom.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(
				json(429, "{\"code\": 429, \"message\": \"Daily limit reached.\"}").withHeader("Retry-After", "3600")));

		assertThatExceptionOfType(RestClientResponseException.class)
			.isThrownBy(() -> this.chat.reply(new ZoomAddress(TO_JID, ACCOUNT).toJson(), new ChatReply("Hej.")));
		this.zoom.verify(1, postRequestedFor(urlPathEqualTo(MESSAGES)));
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
		assertThat(ZoomWebhooks.ConsentButton.parse(buttons.path("items").get(0).path("value").asString()))
			.isEqualTo(new ZoomWebhooks.ConsentButton(meetingId, ConsentLevel.PLUS, ConsentAnswer.ACCEPTED));
		assertThat(ZoomWebhooks.ConsentButton.parse(buttons.path("items").get(1).path("value").asString()))
			.isEqualTo(new ZoomWebhooks.ConsentButton(meetingId, ConsentLevel.PLUS, ConsentAnswer.DECLINED));
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
	void knowsNoAddressesOfZoomUsers() {
		assertThat(this.chat.emailOf(new ZoomAddress(TO_JID, ACCOUNT).toJson(), "KDcuGIm1QgePTO8WbOqwIQ")).isEmpty();
		this.zoom.verify(0, postRequestedFor(urlPathEqualTo("/oauth/token")));
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

	private static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
