package se.postboxen.kollegan.adapter.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.chat.ChatCommands;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.consent.ConsentReply;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.jobs.JobRequest;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The ingress on its own: signed requests in, queued commands and consent answers out;
 * forged ones rejected before anything is read.
 */
class SlackEventsTests {

	static final String SECRET = "test-signing-secret";

	static final TenantId TENANT = TenantId.newId();

	final List<JobRequest> queued = new ArrayList<>();

	final List<ConsentReply> replies = new ArrayList<>();

	final JobQueue jobs = mock(JobQueue.class);

	final ChatInstallations installations = mock(ChatInstallations.class);

	final SlackEvents events;

	SlackEventsTests() {
		given(this.jobs.enqueue(any())).willAnswer(invocation -> this.queued.add(invocation.getArgument(0)));
		given(this.installations.tenantOf(eq(ChatPlatformKind.SLACK), any())).willReturn(Optional.empty());
		given(this.installations.tenantOf(ChatPlatformKind.SLACK, "T0DEMO00A")).willReturn(Optional.of(TENANT));
		ChatMeetings chatMeetings = mock(ChatMeetings.class);
		ChatCommands commands = new ChatCommands(this.jobs, mock(MeetingScheduling.class), mock(Meetings.class),
				chatMeetings, mock(Tenants.class), List.of(), this.replies::add, Clock.systemUTC());
		SlackChat chat = new SlackChat(new SlackProperties(SECRET, null, null, null, URI.create("http://localhost:1/"),
				URI.create("https://hooks.slack.com/"), Duration.ofSeconds(1)), chatMeetings);
		this.events = new SlackEvents(SECRET, commands, this.installations, chat, Clock.systemUTC());
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
			assertThat(job.key().value())
				.isEqualTo("chat:slack:398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");
			assertThat(job.tenantId()).isEqualTo(TENANT);
			JobPayload.ChatCommandReceived payload = (JobPayload.ChatCommandReceived) job.payload();
			assertThat(payload.text()).isEqualTo("join https://kommun-a.zoom.us/j/123456789");
			assertThat(payload.platformUserId()).isEqualTo("U2CERLKJA");
			assertThat(payload.userName()).isEqualTo("roadrunner");
			assertThat(payload.language()).isEqualTo("en");
			assertThat(payload.replyTo()).isEqualTo(
					"C123ABC456 https://hooks.slack.com/commands/T0DEMO00A/397700885554/96rGlfmibIGlgcZRskXaIFfN");
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
		assertThat(this.replies).isEmpty();
		assertThat(this.queued).singleElement().satisfies(request -> {
			assertThat(request.tenantId()).isEqualTo(TENANT);
			assertThat(request.key().value()).startsWith("consent-answer:slack:");
			assertThat(request.payload()).isInstanceOfSatisfying(JobPayload.ChatConsentAnswer.class, consent -> {
				assertThat(consent.meetingId()).isEqualTo(meetingId);
				assertThat(consent.userName()).isEqualTo("roadrunner");
				assertThat(consent.platformUserId()).isNotBlank();
				assertThat(consent.level()).isEqualTo(ConsentLevel.PLUS);
				assertThat(consent.answer()).isEqualTo(ConsentAnswer.ACCEPTED);
				assertThat(consent.platform().consentChannel()).isEqualTo(ConsentChannel.SLACK);
			});
		});
	}

	@Test
	void aFailureIsAnsweredWithOneShortApology() {
		given(this.jobs.enqueue(any())).willThrow(new IllegalStateException("database down"));
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
