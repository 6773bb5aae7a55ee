package se.postboxen.kollegan.adapter.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.webhook.WebhookResponse;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatCredentials;
import se.postboxen.kollegan.chat.ChatInstallations;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatReply;
import se.postboxen.kollegan.chat.ChatResponder;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.chat.WorkspaceCredentials;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;
import se.postboxen.kollegan.shared.RetryAfter;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * Kollegan in Slack: answers through the command's response URL; consent cards, lobby
 * notices and recaps into the channel the meeting was asked about from, and nudges and
 * regwatch alerts into the person's direct message with Kollegan, through
 * {@code chat.postMessage}; addresses through {@code users.info}. Each workspace is
 * written to with its own bot token, kept (encrypted) when an administrator installed
 * Kollegan there; the configured bot token serves addresses without a workspace and
 * workspaces without a token of their own (a single-workspace setup, the demo). Slack's
 * own Web API client is used rather than a hand-written one: it knows every method's
 * parameters and the Block Kit model, and its endpoint root can be pointed at a mock.
 * Calls Slack throttles (HTTP 429) are tried again after the {@code Retry-After} Slack
 * names, a few times and never longer than {@link #MAX_RETRY_AFTER}; after that the job
 * retries later. Tokens are never logged.
 */
public class SlackChat implements ChatResponder, ChatPlatform, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SlackChat.class);

	/** Longer waits than this are left to the job queue's own backoff. */
	static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);

	static final int MAX_ATTEMPTS = 3;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final SlackProperties properties;

	private final ChatMeetings chatMeetings;

	private final ChatContacts contacts;

	private final ChatInstallations installations;

	private final ChatCredentials credentials;

	private final Slack slack;

	private final Retry retry = Retry.of("slack",
			RetryConfig.custom()
				.maxAttempts(MAX_ATTEMPTS)
				.retryOnException((failure) -> throttledFor(failure).filter(SlackChat::bearable).isPresent())
				// Results are never retried, so the outcome is always a failure.
				.intervalBiFunction((attempt, outcome) -> throttledFor(outcome.getLeft()).orElseThrow().toMillis())
				.build());

	public SlackChat(SlackProperties properties, ChatMeetings chatMeetings, ChatContacts contacts,
			ChatInstallations installations, ChatCredentials credentials, ObservationRegistry observations) {
		this.properties = properties;
		this.chatMeetings = chatMeetings;
		this.contacts = contacts;
		this.installations = installations;
		this.credentials = credentials;
		this.slack = SlackClients.create(properties, observations);
	}

	@Override
	public ChatPlatformKind kind() {
		return ChatPlatformKind.SLACK;
	}

	/**
	 * Ephemeral, to the asker only, through the response URL; a command that came without
	 * one (never from Slack itself) gets its answer in the channel.
	 */
	@Override
	public void reply(String replyTo, ChatReply reply) {
		SlackAddress address = SlackAddress.parse(replyTo);
		if (address.responseUrl() != null) {
			respond(address.responseUrl(), reply.text());
			return;
		}
		post(address, new SlackMessages.Message(reply.text(), List.of()));
	}

	/** Posts to a command's response URL; only to one under Slack's own root. */
	void respond(URI responseUrl, String text) {
		String url = responseUrl.toString();
		if (!url.startsWith(this.properties.responseUrlBase().toString())) {
			throw new IllegalArgumentException("Not a Slack response URL");
		}
		String body = json.writeValueAsString(Map.of("response_type", "ephemeral", "text", text));
		WebhookResponse response = call(() -> this.slack.send(url, body));
		if (response.getCode() == null || response.getCode() / 100 != 2) {
			// 404 once the URL has expired (30 minutes) or been used five times.
			throw new IllegalStateException("Slack answered the response URL with " + response.getCode());
		}
	}

	/** Asks {@code users.info}; needs the scope {@code users:read.email}. */
	@Override
	public Optional<EmailAddress> emailOf(String replyTo, String platformUserId) {
		Optional<String> token = token(SlackAddress.parse(replyTo).teamId());
		if (token.isEmpty()) {
			logger.warn("Slack address not asked: no bot token for the workspace (kollegan.slack.bot-token)");
			return Optional.empty();
		}
		UsersInfoResponse response = withRetries(
				() -> methods(token.get()).usersInfo(request -> request.user(platformUserId)));
		if (!response.isOk()) {
			logger.warn("Slack users.info failed: {}", response.getError());
			return Optional.empty();
		}
		String email = (response.getUser() != null && response.getUser().getProfile() != null)
				? response.getUser().getProfile().getEmail() : null;
		return (email != null && !email.isBlank()) ? Optional.of(EmailAddress.of(email)) : Optional.empty();
	}

	/**
	 * The person's direct message with Kollegan in the same workspace: {@code
	 * chat.postMessage} to a user id posts there.
	 */
	@Override
	public Optional<String> directAddress(String replyTo, String platformUserId) {
		try {
			return Optional.of(new SlackAddress(SlackAddress.parse(replyTo).teamId(), platformUserId, null).toString());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Whether a Slack channel was told of the meeting (a join command came from there),
	 * and Kollegan has a token to post in it.
	 */
	@Override
	public boolean reaches(Meeting meeting) {
		return channel(meeting.tenantId(), meeting.id()).filter(address -> token(address.teamId()).isPresent())
			.isPresent();
	}

	/**
	 * Posts the card into the channel the meeting was last asked about from; a late
	 * joiner is named above it (Slack knows them by another name than the meeting does).
	 */
	@Override
	public void postConsentCard(ConsentCard card) {
		post(requireChannel(card.tenantId(), card.meetingId()), SlackMessages.consent(card));
	}

	@Override
	public void postLobbyNotice(LobbyNotice notice) {
		post(requireChannel(notice.tenantId(), notice.meetingId()), SlackMessages.lobby(notice));
	}

	@Override
	public void postRecap(RecapNotice recap) {
		post(requireChannel(recap.tenantId(), recap.meetingId()), SlackMessages.recap(recap));
	}

	/**
	 * Whether the person once wrote to Kollegan in a Slack workspace that is still this
	 * tenant's, and Kollegan has a token to write back there.
	 */
	@Override
	public boolean reaches(TenantId tenantId, EmailAddress person) {
		return direct(tenantId, person).isPresent();
	}

	@Override
	public void postNudge(ActionNudge nudge) {
		SlackAddress address = direct(nudge.tenantId(), nudge.owner()).orElseThrow(
				() -> new IllegalStateException("No Slack direct message for the owner of " + nudge.actionId()));
		post(address, SlackMessages.nudge(nudge));
	}

	/**
	 * Into the administrator's direct message with Kollegan, as a nudge goes; none when
	 * it can no longer be written to (the alert then goes by mail).
	 */
	@Override
	public boolean postRegwatchAlert(RegwatchAlertNotice notice) {
		Optional<SlackAddress> address = direct(notice.tenantId(), notice.recipient());
		address.ifPresent(direct -> post(direct, SlackMessages.regwatchAlert(notice)));
		return address.isPresent();
	}

	private Optional<SlackAddress> direct(TenantId tenantId, EmailAddress person) {
		return this.contacts.address(tenantId, person, ChatPlatformKind.SLACK)
			.flatMap(SlackChat::parse)
			.filter(address -> address.teamId() == null
					|| this.installations.tenantOf(ChatPlatformKind.SLACK, address.teamId())
						.filter(tenantId::equals)
						.isPresent())
			.filter(address -> token(address.teamId()).isPresent());
	}

	private Optional<SlackAddress> channel(TenantId tenantId, MeetingId meetingId) {
		List<String> addresses = this.chatMeetings.addresses(tenantId, meetingId, ChatPlatformKind.SLACK);
		return addresses.isEmpty() ? Optional.empty() : parse(addresses.get(0));
	}

	private SlackAddress requireChannel(TenantId tenantId, MeetingId meetingId) {
		return channel(tenantId, meetingId)
			.orElseThrow(() -> new IllegalStateException("No Slack channel for meeting " + meetingId));
	}

	private static Optional<SlackAddress> parse(String address) {
		try {
			return Optional.of(SlackAddress.parse(address));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The workspace's own token, else the configured one. Read for every message, so that
	 * a revoked or removed installation stops at once.
	 */
	private Optional<String> token(@Nullable String teamId) {
		if (teamId != null) {
			Optional<String> own = this.credentials.find(ChatPlatformKind.SLACK, teamId)
				.map(WorkspaceCredentials::botToken);
			if (own.isPresent()) {
				return own;
			}
		}
		return Optional.ofNullable(this.properties.botToken());
	}

	private void post(SlackAddress address, SlackMessages.Message message) {
		Optional<String> token = token(address.teamId());
		if (token.isEmpty()) {
			logger.warn("Slack message not sent: no bot token for the workspace (kollegan.slack.bot-token)");
			return;
		}
		ChatPostMessageResponse response = withRetries(
				() -> methods(token.get()).chatPostMessage(request -> request.channel(address.channelId())
					.text(message.text())
					.blocks(message.blocks().isEmpty() ? null : message.blocks())));
		if (!response.isOk()) {
			// not_in_channel, channel_not_found, invalid_auth …: the job retries, then
			// lands in the dead-letter queue with this reason.
			throw new IllegalStateException("Slack chat.postMessage failed: " + response.getError());
		}
	}

	private MethodsClient methods(String token) {
		return this.slack.methods(token);
	}

	/**
	 * A Web API call, tried again after a 429's {@code Retry-After} while that is short.
	 */
	private <T extends SlackApiTextResponse> T withRetries(SlackCall<T> call) {
		return this.retry.executeSupplier(() -> {
			try {
				return call.run();
			}
			catch (SlackApiException ex) {
				throw new IllegalStateException("Slack answered " + ex.getResponse().code(), ex);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	/** How long Slack asked to wait, when it throttled the call. */
	private static Optional<Duration> throttledFor(Throwable failure) {
		if (!(failure.getCause() instanceof SlackApiException refusal) || refusal.getResponse().code() != 429) {
			return Optional.empty();
		}
		String header = refusal.getResponse().header("Retry-After");
		if (header == null) {
			return Optional.of(Duration.ofSeconds(1));
		}
		// Slack names seconds; anything unreadable is treated as too long to wait here.
		return Optional.of(RetryAfter.wait(header, Instant.now()).orElse(MAX_RETRY_AFTER.plusSeconds(1)));
	}

	private static boolean bearable(Duration wait) {
		return wait.compareTo(MAX_RETRY_AFTER) <= 0;
	}

	private static <T> T call(IoCall<T> call) {
		try {
			return call.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws Exception {
		this.slack.close();
	}

	@FunctionalInterface
	private interface SlackCall<T> {

		T run() throws IOException, SlackApiException;

	}

	@FunctionalInterface
	private interface IoCall<T> {

		T run() throws IOException;

	}

}
