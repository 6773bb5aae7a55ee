package se.postboxen.kollegan.chat;

import java.lang.reflect.Proxy;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.action.ActionFollowUps;
import se.postboxen.kollegan.action.ActionItems;
import se.postboxen.kollegan.action.NudgeMail;
import se.postboxen.kollegan.action.NudgePolicy;
import se.postboxen.kollegan.action.TaskBoardSetups;
import se.postboxen.kollegan.action.TaskBoards;
import se.postboxen.kollegan.action.TaskPushes;
import se.postboxen.kollegan.audit.AuditLog;
import se.postboxen.kollegan.invite.AgentAddress;
import se.postboxen.kollegan.invite.AgentAddresses;
import se.postboxen.kollegan.invite.InviteSettings;
import se.postboxen.kollegan.invite.VerifiedDomains;
import se.postboxen.kollegan.jobs.JobOutcome;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.jobs.JobQueue;
import se.postboxen.kollegan.meeting.ForgottenMeetings;
import se.postboxen.kollegan.meeting.MeetingScheduling;
import se.postboxen.kollegan.meeting.MeetingUpdates;
import se.postboxen.kollegan.meeting.Meetings;
import se.postboxen.kollegan.module.TenantModules;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.Transactions;
import se.postboxen.kollegan.tenant.Role;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;
import se.postboxen.kollegan.tenant.User;
import se.postboxen.kollegan.tenant.UserId;
import se.postboxen.kollegan.tenant.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A command that keeps failing: tried again, then one apology and the dead-letter queue.
 * The welcome: the writer's own invite address, shown only where they alone read it.
 */
class ChatCommandsTests {

	static final String AGENT_DOMAIN = "kollegan.example";

	static final TenantId TENANT = TenantId.newId();

	/** Erik's 1:1 chat with Kollegan, and a group chat he writes in. */
	static final String ERIKS_CHAT = "personal:erik";

	static final String GROUP_CHAT = "group:styrgrupp";

	/** A port whose every method fails, as a database that is down does. */
	@SuppressWarnings("unchecked")
	private static <T> T down(Class<T> port) {
		return (T) Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] { port }, (proxy, method, args) -> {
			throw new IllegalStateException("database down");
		});
	}

	private final List<String> answers = new ArrayList<>();

	private final User erik = new User(UserId.newId(), TENANT, EmailAddress.of("erik.lund@kommun-a.example"),
			"Erik Lund", Role.MEMBER);

	private final InMemoryAgentAddresses agentAddresses = new InMemoryAgentAddresses();

	private final InMemoryChatContacts contacts = new InMemoryChatContacts();

	/** Who each Teams user id is, as the platform would answer. */
	private final Map<String, EmailAddress> teamsPeople = new HashMap<>(
			Map.of("29:erik", this.erik.email(), "29:guest", EmailAddress.of("lena.holm@advokatbyra.example")));

	private final ChatCommands commands;

	private final ChatCommands welcoming;

	ChatCommandsTests() {
		Clock clock = Clock.systemUTC();
		Meetings meetings = down(Meetings.class);
		MeetingScheduling scheduling = new MeetingScheduling(meetings, down(JobQueue.class), down(AuditLog.class),
				down(Transactions.class), clock, down(ForgottenMeetings.class), new MeetingUpdates(meetings, change -> {
				}, down(Transactions.class), clock), List.of());
		ActionFollowUps followUps = new ActionFollowUps(down(ActionItems.class), meetings, down(Tenants.class),
				List.of(), down(NudgeMail.class),
				new TaskBoards(down(ActionItems.class), meetings, down(TaskBoardSetups.class), down(TaskPushes.class),
						List.of(), down(JobQueue.class), down(AuditLog.class), down(Transactions.class), clock,
						URI.create("http://localhost:8080"), down(TenantModules.class)),
				down(JobQueue.class), NudgePolicy.DEFAULT, down(AuditLog.class), down(Transactions.class), clock,
				URI.create("http://localhost:8080"));
		this.commands = new ChatCommands(down(JobQueue.class), scheduling, meetings, down(ChatMeetings.class),
				down(ChatContacts.class), down(Tenants.class), List.of(slack()), reply -> {
				}, followUps, down(Users.class), new InviteSettings(down(AgentAddresses.class),
						down(VerifiedDomains.class), down(AuditLog.class), down(Transactions.class), clock),
				AGENT_DOMAIN, clock);
		this.welcoming = new ChatCommands(down(JobQueue.class), scheduling, meetings, down(ChatMeetings.class),
				this.contacts, down(Tenants.class), List.of(teams()), reply -> {
				}, followUps, new OneUser(this.erik), new InviteSettings(this.agentAddresses,
						down(VerifiedDomains.class), down(AuditLog.class), new NoTransactions(), clock),
				AGENT_DOMAIN, clock);
	}

	private static JobPayload.ChatCommandReceived status(String language) {
		return new JobPayload.ChatCommandReceived(ChatPlatformKind.SLACK, "Erik Lund",
				EmailAddress.of("erik.lund@kommun-a.example"), null, "status", "C0STYRGRP", null, language);
	}

	private static JobPayload.ChatCommandReceived teams(String userId, String text, String replyTo) {
		return new JobPayload.ChatCommandReceived(ChatPlatformKind.TEAMS, null, null, userId, text, replyTo, null,
				"sv");
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

	@Test
	void theWelcomeInTheWritersOwnChatShowsTheirOwnInviteAddressSwedishFirst() {
		JobOutcome outcome = this.welcoming.handle(TENANT, teams("29:erik", ChatCommand.WELCOME, ERIKS_CHAT), false);

		assertThat(outcome).isInstanceOf(JobOutcome.Done.class);
		String address = eriksAddress();
		assertThat(this.answers).singleElement().satisfies(answer -> {
			assertThat(answer).startsWith(ERIKS_CHAT + ": Hej! Jag är Kollegan").contains(address);
			assertThat(answer.indexOf("Din egen inbjudningsadress är " + address))
				.isLessThan(answer.indexOf("Your own invite address is " + address));
		});
		assertThat(this.contacts.address(TENANT, this.erik.email(), ChatPlatformKind.TEAMS)).contains(ERIKS_CHAT);
	}

	@Test
	void theWelcomeInAGroupChatSendsTheAddressOnlyToTheWritersOwnChat() {
		this.contacts.remember(TENANT, this.erik.email(), ChatPlatformKind.TEAMS, ERIKS_CHAT);

		this.welcoming.handle(TENANT, teams("29:erik", ChatCommand.WELCOME, GROUP_CHAT), false);

		String address = eriksAddress();
		assertThat(this.answers).hasSize(2);
		assertThat(this.answers.get(0)).startsWith(GROUP_CHAT + ": Hej! Jag är Kollegan")
			.contains("skickat till dig i en enskild chatt", "sent your own invite address to you")
			.doesNotContain("kollegan+");
		assertThat(this.answers.get(1)).startsWith(ERIKS_CHAT + ": Din egen inbjudningsadress är " + address);
	}

	@Test
	void theWelcomeInAGroupChatWithNoOwnChatKnownKeepsTheAddressBack() {
		this.welcoming.handle(TENANT, teams("29:erik", "<at>Kollegan</at> välkommen", GROUP_CHAT), false);

		assertThat(this.answers).singleElement()
			.satisfies(answer -> assertThat(answer).startsWith(GROUP_CHAT + ": ")
				.contains("skriv \"välkommen\" till mig i en enskild chatt", "write \"welcome\" to me")
				.doesNotContain("kollegan+"));
	}

	@Test
	void theWelcomeTellsSomeoneWithoutAnAccountHowToGetOneAndMakesNoAddress() {
		this.welcoming.handle(TENANT, teams("29:guest", ChatCommand.WELCOME, "personal:guest"), false);

		assertThat(this.answers).singleElement()
			.satisfies(answer -> assertThat(answer).contains("Kollegan-administratör", "administrator")
				.doesNotContain("kollegan+"));
		assertThat(this.agentAddresses.active).isEmpty();
	}

	@Test
	void theWelcomeShowsNoAddressWhenThePlatformCannotSayWhoWrote() {
		this.welcoming.handle(TENANT, teams("29:unknown", ChatCommand.WELCOME, "personal:unknown"), false);

		assertThat(this.answers).singleElement()
			.satisfies(answer -> assertThat(answer).contains("dashboarden").doesNotContain("kollegan+"));
	}

	@Test
	void nobodyCanAskForTheWelcomeOfSomeoneElse() {
		this.welcoming.handle(TENANT, teams("29:guest", "välkommen erik.lund@kommun-a.example", "personal:guest"),
				false);

		assertThat(this.answers).singleElement()
			.satisfies(answer -> assertThat(answer).contains("Det förstod jag inte").doesNotContain("kollegan+"));
		assertThat(this.agentAddresses.active).isEmpty();
	}

	private String eriksAddress() {
		return this.agentAddresses.findActive(TENANT, this.erik.id()).orElseThrow().address(AGENT_DOMAIN).value();
	}

	private ChatResponder slack() {
		return new Responder(ChatPlatformKind.SLACK) {

			@Override
			public Optional<EmailAddress> emailOf(String replyTo, String platformUserId) {
				return Optional.empty();
			}

			@Override
			public Optional<String> directAddress(String replyTo, String platformUserId) {
				return Optional.empty();
			}

		};
	}

	/** Teams as the welcome sees it: who wrote, and whether the chat is their own. */
	private ChatResponder teams() {
		return new Responder(ChatPlatformKind.TEAMS) {

			@Override
			public Optional<EmailAddress> emailOf(String replyTo, String platformUserId) {
				return Optional.ofNullable(ChatCommandsTests.this.teamsPeople.get(platformUserId));
			}

			@Override
			public Optional<String> directAddress(String replyTo, String platformUserId) {
				return replyTo.startsWith("personal:") ? Optional.of(replyTo) : Optional.empty();
			}

		};
	}

	/** Writes every answer down as {@code <where>: <text>}. */
	private abstract class Responder implements ChatResponder {

		private final ChatPlatformKind kind;

		Responder(ChatPlatformKind kind) {
			this.kind = kind;
		}

		@Override
		public ChatPlatformKind kind() {
			return this.kind;
		}

		@Override
		public void reply(String replyTo, ChatReply reply) {
			ChatCommandsTests.this.answers.add(replyTo + ": " + reply.text());
		}

	}

	/** A tenant with one user. */
	private record OneUser(User user) implements Users {

		@Override
		public Optional<User> findByEmail(TenantId tenantId, EmailAddress email) {
			return Optional.of(this.user)
				.filter(found -> found.tenantId().equals(tenantId) && found.email().equals(email));
		}

		@Override
		public Optional<User> findById(TenantId tenantId, UserId id) {
			return Optional.of(this.user).filter(found -> found.tenantId().equals(tenantId) && found.id().equals(id));
		}

		@Override
		public List<User> findAll(TenantId tenantId) {
			return List.of(this.user);
		}

		@Override
		public User save(User user) {
			throw new UnsupportedOperationException();
		}

	}

	private static final class InMemoryAgentAddresses implements AgentAddresses {

		final Map<UserId, AgentAddress> active = new HashMap<>();

		@Override
		public Optional<AgentAddress> findActive(TenantId tenantId, UserId userId) {
			return Optional.ofNullable(this.active.get(userId)).filter(found -> found.tenantId().equals(tenantId));
		}

		@Override
		public Optional<AgentAddress> findByToken(String token) {
			return this.active.values().stream().filter(found -> found.token().equals(token)).findFirst();
		}

		@Override
		public AgentAddress replace(AgentAddress address) {
			this.active.put(address.userId(), address);
			return address;
		}

	}

	private static final class InMemoryChatContacts implements ChatContacts {

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

	private static final class NoTransactions implements Transactions {

		@Override
		public <T> T inTransaction(Supplier<T> work) {
			return work.get();
		}

		@Override
		public void afterCommit(Runnable action) {
			action.run();
		}

	}

}
