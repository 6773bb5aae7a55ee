package se.postboxen.kollegan.adapter.slack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatCredentials;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.chat.ChatWorkspace;
import se.postboxen.kollegan.chat.WorkspaceCredentials;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatReply;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.action.ActionNudge;
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
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Slack's Web API and response URLs played by WireMock with Slack's documented answers
 * (under {@code src/test/resources/slack/}), throttling and failures included.
 */
class SlackChatTests {

	static final WireMockServer slack = new WireMockServer(options().dynamicPort());

	static {
		slack.start();
	}

	static final TenantId TENANT = TenantId.newId();

	final List<String> addresses = new ArrayList<>();

	final ChatMeetings chatMeetings = new ChatMeetings() {

		@Override
		public void remember(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform, String address) {
			SlackChatTests.this.addresses.add(0, address);
		}

		@Override
		public List<String> addresses(TenantId tenantId, MeetingId meetingId, ChatPlatformKind platform) {
			return List.copyOf(SlackChatTests.this.addresses);
		}

	};

	@AfterAll
	static void stop() {
		slack.stop();
	}

	@BeforeEach
	void reset() {
		slack.resetAll();
	}

	final Map<String, String> contacts = new HashMap<>();

	final Map<String, TenantId> links = new HashMap<>();

	final Map<String, WorkspaceCredentials> stored = new HashMap<>();

	final ChatContacts chatContacts = new ChatContacts() {

		@Override
		public void remember(TenantId tenantId, EmailAddress person, ChatPlatformKind platform, String address) {
			SlackChatTests.this.contacts.put(tenantId + "/" + person.value(), address);
		}

		@Override
		public Optional<String> address(TenantId tenantId, EmailAddress person, ChatPlatformKind platform) {
			return Optional.ofNullable(SlackChatTests.this.contacts.get(tenantId + "/" + person.value()));
		}

	};

	final ChatInstallations installations = new ChatInstallations() {

		@Override
		public Optional<TenantId> tenantOf(ChatPlatformKind platform, String workspaceId) {
			return Optional.ofNullable(SlackChatTests.this.links.get(workspaceId));
		}

		@Override
		public void install(ChatPlatformKind platform, String workspaceId, TenantId tenantId) {
			SlackChatTests.this.links.put(workspaceId, tenantId);
		}

	};

	final ChatCredentials credentials = new ChatCredentials() {

		@Override
		public boolean store(TenantId tenantId, ChatPlatformKind platform, WorkspaceCredentials credentials) {
			SlackChatTests.this.stored.put(credentials.workspaceId(), credentials);
			return true;
		}

		@Override
		public Optional<WorkspaceCredentials> find(ChatPlatformKind platform, String workspaceId) {
			return Optional.ofNullable(SlackChatTests.this.stored.get(workspaceId));
		}

		@Override
		public boolean remove(ChatPlatformKind platform, String workspaceId) {
			return SlackChatTests.this.stored.remove(workspaceId) != null;
		}

		@Override
		public boolean disconnect(TenantId tenantId, ChatPlatformKind platform, String workspaceId) {
			return remove(platform, workspaceId);
		}

		@Override
		public List<ChatWorkspace> workspaces(TenantId tenantId) {
			return List.of();
		}

	};

	static SlackProperties properties(String botToken) {
		return new SlackProperties("secret", botToken, null, null, URI.create(slack.baseUrl() + "/api/"),
				URI.create(slack.baseUrl() + "/commands/"), Duration.ofSeconds(2),
				URI.create("https://slack.com/oauth/v2/authorize"), List.of("commands", "chat:write"));
	}

	SlackChat chat(String botToken) {
		return new SlackChat(properties(botToken), this.chatMeetings, this.chatContacts, this.installations,
				this.credentials, ObservationRegistry.NOOP);
	}

	static String recorded(String name) throws IOException {
		try (InputStream in = SlackChatTests.class.getResourceAsStream("/slack/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static ConsentCard card(MeetingId meetingId, Person to) {
		return new ConsentCard(TENANT, meetingId, "Budget <2027> & plan", URI.create("https://kommun-a.zoom.us/j/1"),
				null, ConsentLevel.PLUS, to);
	}

	@Test
	void repliesEphemerallyThroughTheResponseUrl() {
		slack.stubFor(post(urlPathEqualTo("/commands/T0DEMO00A/1/abc")).willReturn(aResponse().withStatus(200)));
		chat(null).reply("C123ABC456 " + slack.baseUrl() + "/commands/T0DEMO00A/1/abc",
				new ChatReply("Jag ansluter till mötet nu."));
		slack.verify(postRequestedFor(urlPathEqualTo("/commands/T0DEMO00A/1/abc")).withRequestBody(
				equalToJson("{\"response_type\": \"ephemeral\", \"text\": \"Jag ansluter till mötet nu.\"}")));
	}

	@Test
	void anExpiredResponseUrlFailsSoThatTheJobRetries() {
		slack.stubFor(post(urlPathEqualTo("/commands/T0DEMO00A/1/old"))
			.willReturn(aResponse().withStatus(404).withBody("expired_url")));
		assertThatIllegalStateException().isThrownBy(() -> chat(null)
			.reply("C123ABC456 " + slack.baseUrl() + "/commands/T0DEMO00A/1/old", new ChatReply("Hej")));
	}

	@Test
	void neverPostsToAResponseUrlOutsideSlack() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> chat(null).reply("C123ABC456 http://169.254.169.254/latest/", new ChatReply("Hej")));
	}

	@Test
	void asksUsersInfoForTheWritersAddress() throws IOException {
		slack.stubFor(post(urlPathEqualTo("/api/users.info")).willReturn(okJson(recorded("users.info.json"))));
		assertThat(chat("xoxb-test").emailOf("C123ABC456", "W012A3CDE"))
			.contains(EmailAddress.of("spengler@kommun-a.example"));
		slack.verify(postRequestedFor(urlPathEqualTo("/api/users.info"))
			.withHeader("Authorization", equalTo("Bearer xoxb-test"))
			.withRequestBody(containing("user=W012A3CDE")));
	}

	@Test
	void withoutABotTokenNothingIsSentAndNoMeetingIsReached() {
		this.chatMeetings.remember(TENANT, MeetingId.newId(), ChatPlatformKind.SLACK, "C123ABC456");
		SlackChat chat = chat(null);
		assertThat(chat.emailOf("C123ABC456", "W012A3CDE")).isEmpty();
		assertThat(chat.reaches(meeting())).isFalse();
		chat.postConsentCard(card(MeetingId.newId(), null));
		assertThat(slack.getAllServeEvents()).isEmpty();
	}

	@Test
	void postsTheConsentCardWithButtonsIntoTheChannelTheMeetingCameFrom() throws IOException {
		slack.stubFor(
				post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(recorded("chat.postMessage.json"))));
		MeetingId meetingId = MeetingId.newId();
		this.chatMeetings.remember(TENANT, meetingId, ChatPlatformKind.SLACK,
				"C123ABC456 https://hooks.slack.com/commands/T0DEMO00A/1/abc");
		SlackChat chat = chat("xoxb-test");
		assertThat(chat.reaches(meeting())).isTrue();
		chat.postConsentCard(card(meetingId, null));
		String body = java.net.URLDecoder.decode(slack.getAllServeEvents().get(0).getRequest().getBodyAsString(),
				StandardCharsets.UTF_8);
		assertThat(body).contains("channel=C123ABC456")
			.contains("\"action_id\":\"consent_accept\"")
			.contains("\"action_id\":\"consent_decline\"")
			.contains("*Budget \\u0026lt;2027\\u0026gt; \\u0026amp; plan*")
			.contains("nivån *Plus*")
			.contains("{\\\"meetingId\\\":\\\"" + meetingId + "\\\"");
		assertThat(body.indexOf("vill anteckna")).isLessThan(body.indexOf("would like to take notes"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "Thu, 01 Jan 2026 00:00:00 GMT" })
	void waitsOutAShortRetryAfterWhenThrottled(String retryAfter) throws IOException {
		slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).inScenario("throttled")
			.whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", retryAfter)
				.withBody(recorded("ratelimited.json")))
			.willSetStateTo("open"));
		slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).inScenario("throttled")
			.whenScenarioStateIs("open")
			.willReturn(okJson(recorded("chat.postMessage.json"))));
		MeetingId meetingId = MeetingId.newId();
		this.chatMeetings.remember(TENANT, meetingId, ChatPlatformKind.SLACK, "C123ABC456");
		chat("xoxb-test").postConsentCard(card(meetingId, Person.of("Egon Spengler", null)));
		slack.verify(2, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
	}

	/** Too long, or unreadable, which is treated as too long. */
	@ParameterizedTest
	@ValueSource(strings = { "30", "soon" })
	void leavesALongRetryAfterToTheJobQueue(String retryAfter) throws IOException {
		assertPostMessageFailsAfter(1, "Slack answered 429",
				aResponse().withStatus(429)
					.withHeader("Retry-After", retryAfter)
					.withBody(recorded("ratelimited.json")));
	}

	@Test
	void givesUpAfterThreeThrottledAttempts() throws IOException {
		assertPostMessageFailsAfter(SlackChat.MAX_ATTEMPTS, "Slack answered 429",
				aResponse().withStatus(429).withHeader("Retry-After", "0").withBody(recorded("ratelimited.json")));
	}

	@Test
	void doesNotRetryWhatSlackFailedAt() {
		assertPostMessageFailsAfter(1, "Slack answered 503", aResponse().withStatus(503));
	}

	/** A consent card posted while Slack gives this answer fails, after so many calls. */
	void assertPostMessageFailsAfter(int calls, String message, ResponseDefinitionBuilder answer) {
		slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage")).willReturn(answer));
		MeetingId meetingId = MeetingId.newId();
		this.chatMeetings.remember(TENANT, meetingId, ChatPlatformKind.SLACK, "C123ABC456");
		assertThatIllegalStateException().isThrownBy(() -> chat("xoxb-test").postConsentCard(card(meetingId, null)))
			.withMessage(message);
		slack.verify(calls, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")));
	}

	@Test
	void aChannelTheBotIsNotInFailsWithSlacksReason() throws IOException {
		slack.stubFor(post(urlPathEqualTo("/api/chat.postMessage"))
			.willReturn(okJson(recorded("chat.postMessage-not_in_channel.json"))));
		MeetingId meetingId = MeetingId.newId();
		this.chatMeetings.remember(TENANT, meetingId, ChatPlatformKind.SLACK, "C123ABC456");
		assertThatIllegalStateException().isThrownBy(() -> chat("xoxb-test").postConsentCard(card(meetingId, null)))
			.withMessageContaining("not_in_channel");
	}

	@Test
	void aSlowSlackTimesOut() {
		slack
			.stubFor(post(urlPathEqualTo("/api/users.info")).willReturn(okJson("{\"ok\": true}").withFixedDelay(3000)));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> chat("xoxb-test").emailOf("C1", "W1"))
			.isInstanceOf(java.io.UncheckedIOException.class);
	}

	static final String OWN_TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";

	void installed(String team, TenantId tenantId) {
		this.links.put(team, tenantId);
		this.stored.put(team,
				new WorkspaceCredentials(team, "Kommun A", "U0KOLLEGAN", OWN_TOKEN, List.of("chat:write")));
	}

	/**
	 * The body of the {@code index}th request, oldest first (WireMock lists newest
	 * first).
	 */
	String postedBody(int index) {
		List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> served = slack.getAllServeEvents();
		return java.net.URLDecoder.decode(served.get(served.size() - 1 - index).getRequest().getBodyAsString(),
				StandardCharsets.UTF_8);
	}

	@Test
	void postsWithTheWorkspacesOwnTokenAndFallsBackToTheConfiguredOne() throws IOException {
		slack.stubFor(
				post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(recorded("chat.postMessage.json"))));
		installed("T0KOMMUNA", TENANT);
		MeetingId own = MeetingId.newId();
		this.chatMeetings.remember(TENANT, own, ChatPlatformKind.SLACK, "T0KOMMUNA/C123ABC456");
		chat("xoxb-configured").postConsentCard(card(own, null));
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")).withHeader("Authorization",
				equalTo("Bearer " + OWN_TOKEN)));

		this.chatMeetings.remember(TENANT, own, ChatPlatformKind.SLACK, "T0ANOTHER/C0OTHER");
		chat("xoxb-configured").postConsentCard(card(own, null));
		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")).withHeader("Authorization",
				equalTo("Bearer xoxb-configured")));
	}

	@Test
	void aMeetingInAWorkspaceWithoutAnyTokenIsNotReached() {
		installed("T0KOMMUNA", TENANT);
		Meeting meeting = meeting();
		this.chatMeetings.remember(TENANT, meeting.id(), ChatPlatformKind.SLACK, "T0ANOTHER/C0OTHER");
		assertThat(chat(null).reaches(meeting)).isFalse();
		this.chatMeetings.remember(TENANT, meeting.id(), ChatPlatformKind.SLACK, "T0KOMMUNA/C123ABC456");
		assertThat(chat(null).reaches(meeting)).isTrue();
	}

	@Test
	void postsTheLobbyNoticeAndTheRecapIntoTheChannelTheMeetingCameFrom() throws IOException {
		slack.stubFor(
				post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(recorded("chat.postMessage.json"))));
		installed("T0KOMMUNA", TENANT);
		MeetingId meetingId = MeetingId.newId();
		this.chatMeetings.remember(TENANT, meetingId, ChatPlatformKind.SLACK,
				"T0KOMMUNA/C123ABC456 https://hooks.slack.com/commands/T0KOMMUNA/1/abc");
		SlackChat chat = chat(null);
		chat.postLobbyNotice(new LobbyNotice(TENANT, meetingId, "Budget", URI.create("https://kommun-a.zoom.us/j/1"),
				Person.of("Astrid Ek", null)));
		chat.postRecap(new RecapNotice(TENANT, meetingId, "Budget", "sv", "Vi gick igenom budgeten.",
				List.of("Budgeten antas"), List.of(), URI.create("https://kollegan.kommun-a.se/meetings/1")));
		assertThat(postedBody(0)).contains("channel=C123ABC456")
			.contains("väntar i lobbyn")
			.contains("\"url\":\"https://kommun-a.zoom.us/j/1\"");
		assertThat(postedBody(1)).contains("channel=C123ABC456")
			.contains("Budgeten antas")
			.contains("\"url\":\"https://kollegan.kommun-a.se/meetings/1\"");
	}

	@Test
	void nudgesTheOwnerInTheirDirectMessageWithTheWorkspacesToken() throws IOException {
		slack.stubFor(
				post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(recorded("chat.postMessage.json"))));
		installed("T0KOMMUNA", TENANT);
		EmailAddress owner = EmailAddress.of("erik.lund@kommun-a.example");
		SlackChat chat = chat(null);
		assertThat(chat.reaches(TENANT, owner)).isFalse();
		this.chatContacts.remember(TENANT, owner, ChatPlatformKind.SLACK,
				chat.directAddress("T0KOMMUNA/C123ABC456 https://hooks.slack.com/commands/T0KOMMUNA/1/abc", "U0ERIK")
					.orElseThrow());
		assertThat(chat.reaches(TENANT, owner)).isTrue();

		ActionItemId actionId = ActionItemId.newId();
		chat.postNudge(new ActionNudge(TENANT, actionId, MeetingId.newId(), "Budget", "Skicka underlaget", owner,
				"Erik Lund", LocalDate.of(2026, 12, 1), 1, URI.create("https://kollegan.kommun-a.se/meetings/1")));
		slack.verify(postRequestedFor(urlPathEqualTo("/api/chat.postMessage")).withHeader("Authorization",
				equalTo("Bearer " + OWN_TOKEN)));
		assertThat(postedBody(0)).contains("channel=U0ERIK")
			.contains("\"action_id\":\"nudge_done\"")
			.contains("\"action_id\":\"nudge_new-date\"")
			.contains("\"action_id\":\"nudge_reassign\"")
			.contains(actionId.toString());
	}

	@Test
	void noNudgeThroughAWorkspaceThatIsAnotherTenantsNowOrHasNoToken() {
		installed("T0KOMMUNA", TENANT);
		EmailAddress owner = EmailAddress.of("erik.lund@kommun-a.example");
		this.chatContacts.remember(TENANT, owner, ChatPlatformKind.SLACK, "T0KOMMUNA/U0ERIK");
		assertThat(chat(null).reaches(TENANT, owner)).isTrue();
		this.links.put("T0KOMMUNA", TenantId.newId());
		assertThat(chat("xoxb-configured").reaches(TENANT, owner)).isFalse();
		this.links.put("T0KOMMUNA", TENANT);
		this.stored.clear();
		assertThat(chat(null).reaches(TENANT, owner)).isFalse();
		assertThatIllegalStateException().isThrownBy(() -> chat(null)
			.postNudge(new ActionNudge(TENANT, ActionItemId.newId(), MeetingId.newId(), "Budget", "Skicka underlaget",
					owner, null, null, 1, URI.create("https://kollegan.kommun-a.se/meetings/1"))));
		assertThat(slack.getAllServeEvents()).isEmpty();
	}

	@Test
	void alertsTheAdministratorInTheirDirectMessageWithTheWorkspacesToken() throws IOException {
		slack.stubFor(
				post(urlPathEqualTo("/api/chat.postMessage")).willReturn(okJson(recorded("chat.postMessage.json"))));
		installed("T0KOMMUNA", TENANT);
		RegwatchAlertNotice alert = SlackMessagesTests.alert(TENANT, 2);
		this.chatContacts.remember(TENANT, alert.recipient(), ChatPlatformKind.SLACK, "T0KOMMUNA/U0ASTRID");
		SlackChat chat = chat("xoxb-configured");

		assertThat(chat.reaches(TENANT, alert.recipient())).isTrue();
		assertThat(chat.postRegwatchAlert(alert)).isTrue();

		slack.verify(1, postRequestedFor(urlPathEqualTo("/api/chat.postMessage")).withHeader("Authorization",
				equalTo("Bearer " + OWN_TOKEN)));
		assertThat(postedBody(0)).contains("channel=U0ASTRID")
			.contains("text=Omvärldsbevakning: Nya riktlinjer om kameraövervakning / Regwatch")
			.contains("Omvärldsbevakning / Regwatch")
			.contains("https://www.imy.se/nyheter/kamera|Källan / The source")
			.contains(alert.link() + "|Historik och ändringar i Kollegan");
	}

	@Test
	void anAlertForSomeoneKolleganCannotWriteToAloneIsLeftToMail() {
		installed("T0KOMMUNA", TENANT);
		RegwatchAlertNotice alert = SlackMessagesTests.alert(TENANT, 1);
		SlackChat chat = chat(null);
		assertThat(chat.postRegwatchAlert(alert)).isFalse();
		// A workspace that is another tenant's now.
		this.chatContacts.remember(TENANT, alert.recipient(), ChatPlatformKind.SLACK, "T0KOMMUNA/U0ASTRID");
		this.links.put("T0KOMMUNA", TenantId.newId());

		assertThat(chat.reaches(TENANT, alert.recipient())).isFalse();
		assertThat(chat.postRegwatchAlert(alert)).isFalse();
		assertThat(slack.getAllServeEvents()).isEmpty();
	}

	@Test
	void aPersonsDirectAddressIsTheirDirectMessageInTheSameWorkspace() {
		SlackChat chat = chat(null);
		assertThat(
				chat.directAddress("T0KOMMUNA/C123ABC456 https://hooks.slack.com/commands/T0KOMMUNA/1/abc", "U0ERIK"))
			.contains("T0KOMMUNA/U0ERIK");
		// Written before addresses named their workspace.
		assertThat(chat.directAddress("C123ABC456", "U0ERIK")).contains("U0ERIK");
		assertThat(chat.directAddress("C123ABC456", "U0 ERIK")).isEmpty();
	}

	static Meeting meeting() {
		ZonedDateTime start = ZonedDateTime.now(ZoneId.of("Europe/Stockholm"));
		return Meeting.schedule(TENANT, "Budget", null, URI.create("https://kommun-a.zoom.us/j/1"), start,
				start.plusHours(1), null, List.of(), new ExternalIds(null, null), 0, null);
	}

}
