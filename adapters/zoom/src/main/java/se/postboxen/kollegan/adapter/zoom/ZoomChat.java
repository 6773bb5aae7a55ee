package se.postboxen.kollegan.adapter.zoom;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatReply;
import se.postboxen.kollegan.chat.ChatResponder;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.shared.RetryAfter;

/**
 * Kollegan's Zoom Team Chat chatbot: answers commands in the chat they came from and
 * posts consent cards, with two buttons, into the chats meetings were joined from. Sends
 * through the Chatbot API ({@code POST /v2/im/chat/messages}, as the bot, with the
 * chatbot's client-credentials token), not the Team Chat API, which writes as a user.
 * Throttling (429), Zoom's own failures (5xx) and broken connections are tried again a
 * few times, waiting what {@code Retry-After} says, up to 10 seconds; after that the call
 * fails and the job queue retries later.
 *
 * @see <a href=
 * "https://developers.zoom.us/docs/api/chatbot/#tag/chatbot-messages/POST/im/chat/messages">Send
 * chatbot messages</a>
 * @see <a href="https://developers.zoom.us/docs/chat/customizing-messages/">Customize
 * chatbot messages</a>
 * @see <a href="https://developers.zoom.us/docs/chat/chatbot/extend/bot-cards/">Chatbot
 * message cards: interactive messages</a>
 */
public class ZoomChat implements ChatResponder, ChatPlatform {

	/** Calls per message, the first included. */
	static final int ATTEMPTS = 3;

	/** A longer wait than this is left to the job queue. */
	static final Duration MAX_WAIT = Duration.ofSeconds(10);

	private final RestClient http;

	private final ZoomProperties properties;

	private final ZoomTokens tokens;

	private final ChatMeetings chatMeetings;

	private final Clock clock;

	private final Duration backoff;

	/**
	 * @param backoff the wait before the second call when Zoom names none, doubled for
	 * each further one
	 */
	public ZoomChat(RestClient http, ZoomProperties properties, ChatMeetings chatMeetings, Clock clock,
			Duration backoff) {
		this.http = http;
		this.properties = properties;
		this.tokens = ZoomTokens.clientCredentials(http, properties, clock);
		this.chatMeetings = chatMeetings;
		this.clock = clock;
		this.backoff = backoff;
	}

	@Override
	public ChatPlatformKind kind() {
		return ChatPlatformKind.ZOOM;
	}

	@Override
	public void reply(String replyTo, ChatReply reply) {
		send(ZoomAddress.parse(replyTo), List.of(Map.of("type", "message", "text", reply.text())));
	}

	/**
	 * Always empty: chatbot events name people by Zoom user id, and looking one up
	 * ({@code GET /v2/users/{userId}}) needs a user-reading scope on an account-level app
	 * that the chatbot (scope {@code imchat:bot}) does not have. Commands that need an
	 * address ({@code status}, {@code leave}) say so.
	 */
	@Override
	public Optional<EmailAddress> emailOf(String replyTo, String platformUserId) {
		return Optional.empty();
	}

	@Override
	public boolean reaches(Meeting meeting) {
		return !this.chatMeetings.addresses(meeting.tenantId(), meeting.id(), ChatPlatformKind.ZOOM).isEmpty();
	}

	/**
	 * Into every Zoom chat the meeting was joined from. The chatbot cannot write to one
	 * person it knows only by name, so a late joiner's card goes there too, addressed to
	 * them.
	 */
	@Override
	public void postConsentCard(ConsentCard card) {
		List<Object> body = List.of(Map.of("type", "message", "text", question(card)),
				Map.of("type", "actions", "items",
						List.of(button("Godkänn / Accept", card, ConsentAnswer.ACCEPTED, "Primary"),
								button("Avböj / Decline", card, ConsentAnswer.DECLINED, "Danger"))));
		for (String address : this.chatMeetings.addresses(card.tenantId(), card.meetingId(), ChatPlatformKind.ZOOM)) {
			send(ZoomAddress.parse(address), body);
		}
	}

	private static String question(ConsentCard card) {
		String to = (card.to() != null && card.to().name() != null) ? card.to().name() + ": " : "";
		return to + "Kollegan antecknar mötet \"" + card.meetingTitle() + "\" på nivån " + swedish(card.level())
				+ ". Går det bra att det du säger kommer med?\n" + "Kollegan is taking notes in \""
				+ card.meetingTitle() + "\" at level " + english(card.level()) + ". May what you say be included?";
	}

	private static String swedish(ConsentLevel level) {
		return switch (level) {
			case BAS -> "Bas (anteckningar och sammanfattning, ingen transkription sparas)";
			case PLUS -> "Plus (transkriptionen sparas under lagringstiden)";
			case JURIDIK -> "Juridik (hela transkriptionen, juridisk analys, längre lagring)";
		};
	}

	private static String english(ConsentLevel level) {
		return switch (level) {
			case BAS -> "Bas (notes and recap, no transcript kept)";
			case PLUS -> "Plus (transcript kept for the retention period)";
			case JURIDIK -> "Juridik (full transcript, legal analysis, longer retention)";
		};
	}

	private static Map<String, String> button(String text, ConsentCard card, ConsentAnswer answer, String style) {
		return Map.of("text", text, "value",
				new ZoomWebhooks.ConsentButton(card.meetingId(), card.level(), answer).value(), "style", style);
	}

	private void send(ZoomAddress to, List<?> body) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("robot_jid", this.properties.robotJid());
		message.put("to_jid", to.toJid());
		message.put("account_id", to.accountId());
		message.put("content", Map.of("head", Map.of("text", "Kollegan"), "body", body));
		String json = JsonMapper.shared().writeValueAsString(message);
		boolean renewed = false;
		for (int attempt = 1;; attempt++) {
			try {
				String token = this.tokens.token();
				this.http.post()
					.uri(this.properties.apiUrl() + "/v2/im/chat/messages")
					.headers(headers -> headers.setBearerAuth(token))
					.contentType(MediaType.APPLICATION_JSON)
					.body(json)
					.retrieve()
					.toBodilessEntity();
				return;
			}
			catch (RestClientResponseException ex) {
				int status = ex.getStatusCode().value();
				if (status == 401 && !renewed) {
					// The cached token was revoked or the secret rotated: one new token,
					// at once.
					this.tokens.forget();
					renewed = true;
					attempt--;
					continue;
				}
				if ((status != 429 && status < 500) || attempt == ATTEMPTS) {
					throw ex;
				}
				pause(wait(ex.getResponseHeaders() != null ? ex.getResponseHeaders().getFirst("Retry-After") : null,
						attempt), ex);
			}
			catch (ResourceAccessException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
				pause(this.backoff.multipliedBy(1L << (attempt - 1)), ex);
			}
		}
	}

	/** What {@code Retry-After} asks for (seconds or an HTTP date), else the backoff. */
	private Duration wait(@Nullable String retryAfter, int attempt) {
		return RetryAfter.wait(retryAfter, this.clock.instant())
			.orElseGet(() -> this.backoff.multipliedBy(1L << (attempt - 1)));
	}

	private static void pause(Duration wait, RestClientException failure) {
		if (wait.compareTo(MAX_WAIT) > 0) {
			throw failure;
		}
		try {
			Thread.sleep(wait.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure;
		}
	}

}
