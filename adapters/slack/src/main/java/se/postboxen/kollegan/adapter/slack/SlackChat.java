package se.postboxen.kollegan.adapter.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatReply;
import se.postboxen.kollegan.chat.ChatResponder;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.person.Person;
import se.postboxen.kollegan.shared.RetryAfter;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * Kollegan in Slack: answers through the command's response URL, consent cards through
 * {@code chat.postMessage}, addresses through {@code users.info}. Slack's own Web API
 * client is used rather than a hand-written one: it knows every method's parameters and
 * the Block Kit model, and its endpoint root can be pointed at a mock. Calls Slack
 * throttles (HTTP 429) are tried again after the {@code Retry-After} Slack names, a few
 * times and never longer than {@link #MAX_RETRY_AFTER}; after that the job retries later.
 */
public class SlackChat implements ChatResponder, ChatPlatform, AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SlackChat.class);

	/** Longer waits than this are left to the job queue's own backoff. */
	static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(5);

	static final int MAX_ATTEMPTS = 3;

	private static final JsonMapper json = JsonMapper.builder().build();

	private final SlackProperties properties;

	private final ChatMeetings chatMeetings;

	private final Slack slack;

	public SlackChat(SlackProperties properties, ChatMeetings chatMeetings) {
		this.properties = properties;
		this.chatMeetings = chatMeetings;
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(properties.apiUrl().toString());
		int timeout = Math.toIntExact(properties.timeout().toMillis());
		config.setHttpClientReadTimeoutMillis(timeout);
		config.setHttpClientWriteTimeoutMillis(timeout);
		config.setHttpClientCallTimeoutMillis(timeout);
		// Its statistics feed the async client's rate limiter, which is not used here.
		config.setStatsEnabled(false);
		this.slack = Slack.getInstance(config);
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
		post(address.channelId(), reply.text(), List.of());
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
		if (!this.properties.canPost()) {
			logger.warn("Slack address not asked: no bot token (kollegan.slack.bot-token)");
			return Optional.empty();
		}
		UsersInfoResponse response = withRetries(() -> methods().usersInfo(request -> request.user(platformUserId)));
		if (!response.isOk()) {
			logger.warn("Slack users.info failed: {}", response.getError());
			return Optional.empty();
		}
		String email = (response.getUser() != null && response.getUser().getProfile() != null)
				? response.getUser().getProfile().getEmail() : null;
		return (email != null && !email.isBlank()) ? Optional.of(EmailAddress.of(email)) : Optional.empty();
	}

	/**
	 * Whether a Slack channel was told of the meeting (a join command came from there),
	 * and Kollegan may post in it.
	 */
	@Override
	public boolean reaches(Meeting meeting) {
		return this.properties.canPost()
				&& !this.chatMeetings.addresses(meeting.tenantId(), meeting.id(), ChatPlatformKind.SLACK).isEmpty();
	}

	/**
	 * Posts the card into the channel the meeting was last asked about from; a late
	 * joiner is named above it (Slack knows them by another name than the meeting does).
	 */
	@Override
	public void postConsentCard(ConsentCard card) {
		List<String> addresses = this.chatMeetings.addresses(card.tenantId(), card.meetingId(), ChatPlatformKind.SLACK);
		if (addresses.isEmpty()) {
			throw new IllegalStateException("No Slack channel for meeting " + card.meetingId());
		}
		post(SlackAddress.parse(addresses.get(0)).channelId(), fallbackText(card), consentBlocks(card));
	}

	static List<LayoutBlock> consentBlocks(ConsentCard card) {
		String title = escape(card.meetingTitle());
		String level = card.level().name().charAt(0) + card.level().name().substring(1).toLowerCase(Locale.ROOT);
		String to = (card.to() != null) ? "*" + escape(name(card.to())) + "*\n" : "";
		String text = to + "*Kollegan* vill anteckna och sammanfatta mötet *" + title + "* på nivån *" + level
				+ "*. Går det bra?\n_Kollegan would like to take notes and summarise the meeting *" + title
				+ "* at the level *" + level + "*. Do you consent?_";
		String value = new ConsentButton(card.meetingId(), card.level()).value();
		return asBlocks(section(section -> section.text(markdownText(text))),
				actions(actions -> actions.blockId("consent")
					.elements(asElements(
							button(button -> button.actionId(ConsentButton.ACCEPT)
								.style("primary")
								.value(value)
								.text(plainText("Godkänn / Accept"))),
							button(button -> button.actionId(ConsentButton.DECLINE)
								.style("danger")
								.value(value)
								.text(plainText("Avböj / Decline")))))));
	}

	/** For notifications and screen readers, which do not show blocks. */
	private static String fallbackText(ConsentCard card) {
		return "Kollegan ber om samtycke för mötet " + escape(card.meetingTitle()) + " / Kollegan asks for consent";
	}

	private static String name(Person person) {
		return (person.name() != null) ? person.name() : String.valueOf(person.email());
	}

	/** Slack's mrkdwn needs only these three escaped. */
	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private void post(String channelId, String text, List<LayoutBlock> blocks) {
		if (!this.properties.canPost()) {
			logger.warn("Slack message not sent: no bot token (kollegan.slack.bot-token)");
			return;
		}
		ChatPostMessageResponse response = withRetries(() -> methods().chatPostMessage(
				request -> request.channel(channelId).text(text).blocks(blocks.isEmpty() ? null : blocks)));
		if (!response.isOk()) {
			// not_in_channel, channel_not_found, invalid_auth …: the job retries, then
			// lands in the dead-letter queue with this reason.
			throw new IllegalStateException("Slack chat.postMessage failed: " + response.getError());
		}
	}

	private MethodsClient methods() {
		return this.slack.methods(this.properties.botToken());
	}

	/**
	 * A Web API call, tried again after a 429's {@code Retry-After} while that is short.
	 */
	private <T extends SlackApiTextResponse> T withRetries(SlackCall<T> call) {
		for (int attempt = 1;; attempt++) {
			try {
				return call.run();
			}
			catch (SlackApiException ex) {
				Duration wait = retryAfter(ex);
				if (wait == null || attempt == MAX_ATTEMPTS || wait.compareTo(MAX_RETRY_AFTER) > 0) {
					throw new IllegalStateException("Slack answered " + ex.getResponse().code(), ex);
				}
				pause(wait);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	private static @Nullable Duration retryAfter(SlackApiException ex) {
		if (ex.getResponse().code() != 429) {
			return null;
		}
		String header = ex.getResponse().header("Retry-After");
		if (header == null) {
			return Duration.ofSeconds(1);
		}
		// Slack names seconds; anything unreadable is treated as too long to wait here.
		return RetryAfter.wait(header, Instant.now()).orElse(MAX_RETRY_AFTER.plusSeconds(1));
	}

	private static void pause(Duration wait) {
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while Slack throttled", ex);
		}
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
