package se.postboxen.kollegan.adapter.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import com.slack.api.app_backend.SlackSignature;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.InvocationOnMock;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.chat.ChatCommands;
import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatCredentials;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatWorkspaces;
import se.postboxen.kollegan.chat.WorkspaceCredentials;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The ingress on its own: signed requests in, queued commands and consent answers out;
 * forged ones rejected before anything is read.
 */
class SlackEventsTests {

	static final String SECRET = "test-signing-secret";

	static final TenantId TENANT = TenantId.newId();

	/** What reached the use cases: whom for, under which delivery id, what. */
	record Received(TenantId tenantId, String deliveryId, JobPayload payload) {

	}

	final List<Received> queued = new ArrayList<>();

	/**
	 * The use cases, as the ingress sees them: queued here, so that these tests depend on
	 * what is handed over and not on how core builds its job keys.
	 */
	final ChatCommands commands = mock(ChatCommands.class);

	final ChatInstallations installations = mock(ChatInstallations.class);

	final ChatCredentials credentials = mock(ChatCredentials.class);

	final AuditLog auditLog = mock(AuditLog.class);

	final SlackEvents events;

	SlackEventsTests() {
		willAnswer(this::received).given(this.commands).receive(any(), any(), any());
		willAnswer(this::received).given(this.commands).receiveConsent(any(), any(), any());
		willAnswer(this::received).given(this.commands).receiveActionAnswer(any(), any(), any());
		given(this.installations.tenantOf(eq(ChatPlatformKind.SLACK), any())).willReturn(Optional.empty());
		given(this.installations.tenantOf(ChatPlatformKind.SLACK, "T0DEMO00A")).willReturn(Optional.of(TENANT));
		ChatMeetings chatMeetings = mock(ChatMeetings.class);
		SlackChat chat = new SlackChat(
				new SlackProperties(SECRET, null, null, null, URI.create("http://localhost:1/"),
						URI.create("https://hooks.slack.com/"), Duration.ofSeconds(1),
						URI.create("https://slack.com/oauth/v2/authorize"), List.of("commands")),
				chatMeetings, mock(ChatContacts.class), this.installations, this.credentials, ObservationRegistry.NOOP);
		Transactions direct = new Transactions() {

			@Override
			public <T> T inTransaction(Supplier<T> work) {
				return work.get();
			}

			@Override
			public void afterCommit(Runnable action) {
				action.run();
			}

		};
		ChatWorkspaces workspaces = new ChatWorkspaces(this.installations, this.credentials, this.auditLog, direct,
				Clock.systemUTC());
		this.events = new SlackEvents(SECRET, this.commands, this.installations, workspaces, chat, Clock.systemUTC());
	}

	private Object received(InvocationOnMock invocation) {
		this.queued.add(new Received(invocation.getArgument(0), invocation.getArgument(1), invocation.getArgument(2)));
		return null;
	}

	@AfterEach
	void close() {
		this.events.close();
	}

	static String command(String team, String text) {
		return "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=" + team + "&team_domain=kommun-a&channel_id=C123ABC456"
				+ "&channel_name=styrgrupp&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fkollegan&text="
				+ URLEncoder.encode(text, StandardCharsets.UTF_8)
				+ "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F" + team
				+ "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
				+ "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
	}

	static Map<String, List<String>> signed(String secret, long timestamp, String body) {
		String ts = Long.toString(timestamp);
		return Map.of("x-slack-request-timestamp", List.of(ts), "x-slack-signature",
				List.of(new SlackSignature.Generator(secret).generate(ts, body)), "content-type",
				List.of("application/x-www-form-urlencoded"));
	}

	SlackEvents.SlackAnswer post(Map<String, List<String>> headers, String body) {
		return this.events.receive("/slack/events", headers, body, "127.0.0.1");
	}

	static long now() {
		return Instant.now().getEpochSecond();
	}

	@Test
	void aSignedCommandIsQueuedUnderItsTriggerIdAndAcknowledged() {
		String body = command("T0DEMO00A", "join https://kommun-a.zoom.us/j/123456789");
		SlackEvents.SlackAnswer answer = post(signed(SECRET, now(), body), body);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("\"response_type\":\"ephemeral\"").contains("On it");
		assertThat(this.queued).singleElement().satisfies(job -> {
			assertThat(job.deliveryId()).isEqualTo("398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
			assertThat(job.tenantId()).isEqualTo(TENANT);
			JobPayload.ChatCommandReceived payload = (JobPayload.ChatCommandReceived) job.payload();
			assertThat(payload.text()).isEqualTo("join https://kommun-a.zoom.us/j/123456789");
			assertThat(payload.platformUserId()).isEqualTo("U2CERLKJA");
			assertThat(payload.userName()).isEqualTo("roadrunner");
			assertThat(payload.language()).isEqualTo("en");
			assertThat(payload.replyTo()).isEqualTo("T0DEMO00A/C123ABC456"
					+ " https://hooks.slack.com/commands/T0DEMO00A/397700885554/96rGlfmibIGlgcZRskXaIFfN");
		});
	}

	@Test
	void swedishWordsAreAnsweredInSwedish() {
		String body = command("T0DEMO00A", "anslut https://kommun-a.zoom.us/j/123456789");
		assertThat(post(signed(SECRET, now(), body), body).body()).contains("Jag tar hand om det");
		assertThat(((JobPayload.ChatCommandReceived) this.queued.get(0).payload()).language()).isEqualTo("sv");
	}

	@Test
	void forgedRequestsAreRejectedAndNothingIsQueued() {
		String body = command("T0DEMO00A", "join https://kommun-a.zoom.us/j/123456789");
		assertThat(post(signed("another-secret", now(), body), body).status()).isEqualTo(401);
		assertThat(post(signed(SECRET, now() - 6 * 60, body), body).status()).isEqualTo(401);
		assertThat(post(signed(SECRET, now(), body), body.replace("123456789", "987654321")).status()).isEqualTo(401);
		assertThat(post(Map.of(), body).status()).isEqualTo(401);
		assertThat(this.queued).isEmpty();
	}

	@Test
	void aWorkspaceWithoutKolleganIsToldSoAndNothingIsQueued() {
		String body = command("T0UNKNOWN", "join https://kommun-a.zoom.us/j/123456789");
		SlackEvents.SlackAnswer answer = post(signed(SECRET, now(), body), body);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("inte installerad");
		assertThat(this.queued).isEmpty();
	}

	@Test
	void aConsentButtonIsRecordedForThePersonWhoClickedIt() throws IOException {
		MeetingId meetingId = MeetingId.newId();
		String payload = SlackChatTests.recorded("block_actions.json").replace("%MEETING_ID%", meetingId.toString());
		String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
		SlackEvents.SlackAnswer answer = post(signed(SECRET, now(), body), body);
		assertThat(answer.status()).isEqualTo(200);
		// Queued: who clicked is asked of Slack when the job runs.
		assertThat(this.queued).singleElement().satisfies(request -> {
			assertThat(request.tenantId()).isEqualTo(TENANT);
			assertThat(request.deliveryId()).isEqualTo("12321423423.333649436676.d8c1bb837935619ccad0f624c448ffb3");
			assertThat(request.payload()).isInstanceOfSatisfying(JobPayload.ChatConsentAnswer.class, consent -> {
				assertThat(consent.meetingId()).isEqualTo(meetingId);
				assertThat(consent.userName()).isEqualTo("roadrunner");
				assertThat(consent.platformUserId()).isNotBlank();
				assertThat(consent.level()).isEqualTo(ConsentLevel.PLUS);
				assertThat(consent.answer()).isEqualTo(ConsentAnswer.ACCEPTED);
				assertThat(consent.platform().consentChannel()).isEqualTo(ConsentChannel.SLACK);
				assertThat(consent.replyTo()).startsWith("T0DEMO00A/C123ABC456 https://hooks.slack.com/actions/");
			});
		});
	}

	SlackEvents.SlackAnswer click(String recording, String... replacements) throws IOException {
		String payload = SlackChatTests.recorded(recording);
		for (int i = 0; i + 1 < replacements.length; i += 2) {
			payload = payload.replace(replacements[i], replacements[i + 1]);
		}
		String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
		return post(signed(SECRET, now(), body), body);
	}

	JobPayload.ChatActionAnswer onlyAnswer() {
		assertThat(this.queued).hasSize(1);
		assertThat(this.queued.get(0).tenantId()).isEqualTo(TENANT);
		return (JobPayload.ChatActionAnswer) this.queued.get(0).payload();
	}

	@Test
	void aNudgesDoneButtonQueuesItsAnswerForThePersonWhoClicked() throws IOException {
		ActionItemId actionId = ActionItemId.newId();
		SlackEvents.SlackAnswer answer = click("block_actions-nudge-done.json", "%ACTION_ID%", actionId.toString());
		assertThat(answer.status()).isEqualTo(200);
		JobPayload.ChatActionAnswer queued = onlyAnswer();
		assertThat(this.queued.get(0).deliveryId())
			.isEqualTo("12466734323.1395872398.3ea8ddd8a3a2e9e6b0a1d1e0b6a5d7c9");
		assertThat(queued.actionItemId()).isEqualTo(actionId);
		assertThat(queued.kind()).isEqualTo(ActionAnswer.Kind.DONE);
		assertThat(queued.platformUserId()).isEqualTo("U2CERLKJA");
		assertThat(queued.newDue()).isNull();
		assertThat(queued.replyTo()).isEqualTo(
				"T0DEMO00A/D0ERIKDM1 https://hooks.slack.com/actions/T0DEMO00A/548261231/nudgeXXXXXXXXXXXXXXXXXX");
	}

	@Test
	void aPickedDateIsQueuedAsANewDate() throws IOException {
		ActionItemId actionId = ActionItemId.newId();
		click("block_actions-nudge-datepicker.json", "%ACTION_ID%", actionId.toString(), "%DATE%", "2026-12-15");
		JobPayload.ChatActionAnswer queued = onlyAnswer();
		assertThat(queued.kind()).isEqualTo(ActionAnswer.Kind.NEW_DATE);
		assertThat(queued.actionItemId()).isEqualTo(actionId);
		assertThat(queued.newDue()).isEqualTo(LocalDate.of(2026, 12, 15));
	}

	@Test
	void aSelectedPersonIsQueuedAsTheNewOwnerBySlackId() throws IOException {
		ActionItemId actionId = ActionItemId.newId();
		click("block_actions-nudge-users_select.json", "%ACTION_ID%", actionId.toString(), "%USER%", "U0MAJABRG");
		JobPayload.ChatActionAnswer queued = onlyAnswer();
		assertThat(queued.kind()).isEqualTo(ActionAnswer.Kind.REASSIGN);
		assertThat(queued.newOwnerPlatformUserId()).isEqualTo("U0MAJABRG");
		assertThat(queued.newOwnerEmail()).isNull();
	}

	@Test
	void invalidNudgeAnswersAreAcknowledgedWithNothingQueued() throws IOException {
		String actionId = ActionItemId.newId().toString();
		List<SlackEvents.SlackAnswer> answers = List.of(
				click("block_actions-nudge-datepicker.json", "%ACTION_ID%", actionId, "%DATE%", "2026-13-45"),
				click("block_actions-nudge-datepicker.json", "%ACTION_ID%", actionId, "%DATE%", "tomorrow"),
				click("block_actions-nudge-users_select.json", "%ACTION_ID%", actionId, "%USER%", "C0CHANNEL"),
				click("block_actions-nudge-users_select.json", "%ACTION_ID%", actionId, "%USER%", "U0<script>"),
				click("block_actions-nudge-done.json", "%ACTION_ID%", "not-a-uuid"),
				click("block_actions-nudge-done.json", "\"action_id\": \"nudge_done\"",
						"\"action_id\": \"nudge_delete\"", "%ACTION_ID%", actionId),
				click("block_actions-nudge-done.json", "{\\\"actionId\\\":\\\"%ACTION_ID%\\\"}", "[1,2]"));
		assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
		assertThat(this.queued).isEmpty();
	}

	@Test
	void theRecapsLinkButtonIsAcknowledgedWithNothingQueued() throws IOException {
		SlackEvents.SlackAnswer answer = click("block_actions.json", "\"action_id\": \"consent_accept\"",
				"\"action_id\": \"recap_open\"");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(this.queued).isEmpty();
	}

	SlackEvents.SlackAnswer event(String recording, String... replacements) throws IOException {
		String body = SlackChatTests.recorded(recording);
		for (int i = 0; i + 1 < replacements.length; i += 2) {
			body = body.replace(replacements[i], replacements[i + 1]);
		}
		Map<String, List<String>> headers = new java.util.HashMap<>(signed(SECRET, now(), body));
		headers.put("content-type", List.of("application/json"));
		return post(headers, body);
	}

	void stored(String botUserId) {
		given(this.credentials.find(ChatPlatformKind.SLACK, "T0DEMO00A")).willReturn(Optional
			.of(new WorkspaceCredentials("T0DEMO00A", "Kommun A", botUserId, "xoxb-1-2-own", List.of("commands"))));
	}

	@Test
	void anUninstalledAppForgetsTheWorkspacesToken() throws IOException {
		stored("U0KOLLEGAN");
		assertThat(event("event-app_uninstalled.json").status()).isEqualTo(200);
		verify(this.credentials).remove(ChatPlatformKind.SLACK, "T0DEMO00A");
		verify(this.auditLog).record(argThat(audit -> audit.action().equals("chat.workspace.revoked")
				&& audit.details().get("reason").equals("app_uninstalled")));
	}

	@Test
	void revokedTokensAreForgottenOnlyWhenTheyAreKollegansBot() throws IOException {
		stored("U0KOLLEGAN");
		assertThat(event("event-tokens_revoked.json", "%BOT_USER%", "U0ANOTHERBOT").status()).isEqualTo(200);
		verify(this.credentials, never()).remove(any(), any());
		assertThat(event("event-tokens_revoked.json", "%BOT_USER%", "U0KOLLEGAN").status()).isEqualTo(200);
		verify(this.credentials).remove(ChatPlatformKind.SLACK, "T0DEMO00A");
	}

	@Test
	void aForgedUninstallIsRejectedAndForgetsNothing() throws IOException {
		stored("U0KOLLEGAN");
		String body = SlackChatTests.recorded("event-app_uninstalled.json");
		Map<String, List<String>> headers = new java.util.HashMap<>(signed("another-secret", now(), body));
		headers.put("content-type", List.of("application/json"));
		assertThat(post(headers, body).status()).isEqualTo(401);
		verify(this.credentials, never()).remove(any(), any());
	}

	@Test
	void answersSlacksUrlVerificationWithItsChallenge() throws IOException {
		SlackEvents.SlackAnswer answer = event("url_verification.json");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
	}

	@Test
	void aFailureIsAnsweredWithOneShortApology() {
		willThrow(new IllegalStateException("database down")).given(this.commands).receive(any(), any(), any());
		String body = command("T0DEMO00A", "status");
		SlackEvents.SlackAnswer answer = post(signed(SECRET, now(), body), body);
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("Något gick fel").contains("Something went wrong");
	}

	@Test
	void anUnreadablePayloadIsABadRequest() {
		String body = "payload=%7Bnot-json";
		assertThat(post(signed(SECRET, now(), body), body).status()).isEqualTo(400);
	}

}
