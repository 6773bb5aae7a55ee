package se.postboxen.kollegan.chat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.ForgottenMeetings;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A command that keeps failing: tried again, then one apology and the dead-letter queue.
 */
class ChatCommandsTests {

	/** A port whose every method fails, as a database that is down does. */
	@SuppressWarnings("unchecked")
	private static <T> T down(Class<T> port) {
		return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] { port }, (proxy, method, args) -> {
			throw new IllegalStateException("database down");
		});
	}

	private final List<String> answers = new ArrayList<>();

	private final ChatCommands commands;

	ChatCommandsTests() {
		Clock clock = Clock.systemUTC();
		Meetings meetings = down(Meetings.class);
		ChatResponder slack = new ChatResponder() {

			@Override
			public ChatPlatformKind kind() {
				return ChatPlatformKind.SLACK;
			}

			@Override
			public void reply(String replyTo, ChatReply reply) {
				ChatCommandsTests.this.answers.add(replyTo + ": " + reply.text());
			}

			@Override
			public Optional<EmailAddress> emailOf(String replyTo, String platformUserId) {
				return Optional.empty();
			}

		};
		this.commands = new ChatCommands(down(JobQueue.class),
				new MeetingScheduling(meetings, down(JobQueue.class), down(AuditLog.class), down(Transactions.class),
						clock, down(ForgottenMeetings.class), new MeetingUpdates(meetings, change -> {
						}, down(Transactions.class), clock)),
				meetings, down(ChatMeetings.class), down(Tenants.class), List.of(slack), reply -> {
				}, clock);
	}

	private static JobPayload.ChatCommandReceived status(String language) {
		return new JobPayload.ChatCommandReceived(ChatPlatformKind.SLACK, "Erik Lund",
				EmailAddress.of("erik.lund@kommun-a.example"), null, "status", "C0STYRGRP", null, language);
	}

	@Test
	void aFailureBeforeTheLastAttemptIsTriedAgainWithoutBotheringTheAsker() {
		assertThatIllegalStateException().isThrownBy(() -> this.commands.handle(TenantId.newId(), status("sv"), false));
		assertThat(this.answers).isEmpty();
	}

	@Test
	void theLastAttemptApologisesOnceInTheAskersLanguage() {
		JobOutcome swedish = this.commands.handle(TenantId.newId(), status("sv"), true);
		JobOutcome english = this.commands.handle(TenantId.newId(), status("en"), true);

		assertThat(swedish).isInstanceOf(JobOutcome.FailPermanently.class);
		assertThat(english).isInstanceOf(JobOutcome.FailPermanently.class);
		assertThat(this.answers).containsExactly("C0STYRGRP: Förlåt, något gick fel hos oss. Försök igen om en stund.",
				"C0STYRGRP: Sorry, something went wrong on our side. Please try again in a while.");
	}

}
