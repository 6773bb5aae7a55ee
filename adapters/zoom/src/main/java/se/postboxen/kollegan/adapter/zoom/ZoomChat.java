package se.postboxen.kollegan.adapter.zoom;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.action.ActionNudge;
import se.postboxen.kollegan.chat.ChatContacts;
import se.postboxen.kollegan.chat.ChatMeetings;
import se.postboxen.kollegan.chat.ChatPlatform;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.chat.ChatReply;
import se.postboxen.kollegan.chat.ChatResponder;
import se.postboxen.kollegan.chat.LobbyNotice;
import se.postboxen.kollegan.chat.RecapNotice;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentCard;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.meeting.Meeting;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.person.EmailAddress;
import se.postboxen.kollegan.regwatch.RegwatchAlertNotice;
import se.postboxen.kollegan.shared.RetryAfter;
import se.postboxen.kollegan.tenant.Tenant;
import se.postboxen.kollegan.tenant.TenantId;
import se.postboxen.kollegan.tenant.Tenants;

/**
 * Kollegan's Zoom Team Chat chatbot: answers commands in the chat they came from, posts
 * consent cards (two buttons), lobby notices and recaps into the chats meetings were
 * joined from, and nudges an action's owner and alerts an administrator of a regulatory
 * change in their own chat with Kollegan. Sends through the Chatbot API
 * ({@code POST /v2/im/chat/messages}, as the bot, with the chatbot's client-credentials
 * token), not the Team Chat API, which writes as a user. People's addresses are asked of
 * Zoom's user API with Kollegan's Server-to-Server app (the chatbot's token may call
 * chatbot endpoints only), in that app's own account. Throttling (429), Zoom's own
 * failures (5xx) and broken connections are tried again a few times, waiting what
 * {@code Retry-After} says, up to 10 seconds; after that the call fails and the job queue
 * retries later. Logs never hold message text, names or addresses.
 *
 * @see <a href=
 * "https://developers.zoom.us/docs/api/chatbot/#tag/chatbot-messages/POST/im/chat/messages">Send
 * chatbot messages</a>
 * @see <a href="https://developers.zoom.us/docs/chat/customizing-messages/">Customize
 * chatbot messages</a>
 * @see <a href="https://developers.zoom.us/docs/chat/chatbot/extend/bot-cards/">Chatbot
 * message cards: interactive messages</a>
 * @see <a href=
 * "https://developers.zoom.us/docs/api/users/#tag/users/GET/users/{userId}">Get a
 * user</a>
 */
public class ZoomChat implements ChatResponder, ChatPlatform {

	/** Calls per message, the first included. */
	static final int ATTEMPTS = 3;

	/** A longer wait than this is left to the job queue. */
	static final Duration MAX_WAIT = Duration.ofSeconds(10);

	/** Decisions and actions listed in a recap message; the dashboard has the rest. */
	static final int MAX_LISTED = 10;

	/** Where a tenant's "today" is, if the tenant is gone by the time a nudge goes. */
	private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

	private static final Logger logger = LoggerFactory.getLogger(ZoomChat.class);

	private final RestClient http;

	private final ZoomProperties properties;

	private final ZoomTokens tokens;

	/** The Server-to-Server app's token, which may read the account's users. */
	private final ZoomTokens accountTokens;

	private final ChatMeetings chatMeetings;

	private final ChatContacts contacts;

	private final Tenants tenants;

	private final Clock clock;

	private final Duration backoff;

	private final Retry retry;

	/**
	 * @param backoff the wait before the second call when Zoom names none, doubled for
	 * each further one
	 */
	public ZoomChat(RestClient http, ZoomProperties properties, ChatMeetings chatMeetings, ChatContacts contacts,
			Tenants tenants, Clock clock, Duration backoff) {
		this.http = http;
		this.properties = properties;
		this.tokens = ZoomTokens.clientCredentials(http, properties, clock);
		this.accountTokens = ZoomTokens.accountCredentials(http, properties, clock);
		this.chatMeetings = chatMeetings;
		this.contacts = contacts;
		this.tenants = tenants;
		this.clock = clock;
		this.backoff = backoff;
		this.retry = Retry.of("zoom-chat",
				RetryConfig.custom()
					.maxAttempts(ATTEMPTS)
					.retryOnException(this::worthAnotherTry)
					// Results are never retried, so the outcome is always a failure.
					.intervalBiFunction((attempt, outcome) -> wait(outcome.getLeft(), attempt).toMillis())
					.build());
	}

	@Override
	public ChatPlatformKind kind() {
		return ChatPlatformKind.ZOOM;
	}

	@Override
	public void reply(String replyTo, ChatReply reply) {
		send(ZoomAddress.parse(replyTo), List.of(message(reply.text())));
	}

	/**
	 * The Zoom user's address, from Zoom's user API ({@code GET /v2/users/{userId}}).
	 * Chatbot events name people by user id only, and the chatbot's own token may call
	 * chatbot endpoints only, so the Server-to-Server app reads it, with a user-reading
	 * scope, and only for people of its own account. Without that app, for a person of
	 * another account, or one Zoom does not know or will not show (404, 400, 401, 403):
	 * empty, and the caller says it cannot tell who is asking.
	 */
	@Override
	public Optional<EmailAddress> emailOf(String replyTo, String platformUserId) {
		Optional<ZoomAddress> chat = address(replyTo);
		if (!this.properties.configured() || chat.isEmpty()
				|| !chat.get().accountId().equals(this.properties.accountId()) || platformUserId.isBlank()) {
			return Optional.empty();
		}
		JsonNode user;
		try {
			user = call(this.accountTokens,
					token -> this.http.get()
						.uri(this.properties.apiUrl() + "/v2/users/{userId}", platformUserId)
						.headers(headers -> headers.setBearerAuth(token))
						.accept(MediaType.APPLICATION_JSON)
						.retrieve()
						.body(JsonNode.class));
		}
		catch (RestClientResponseException ex) {
			int status = ex.getStatusCode().value();
			if (status == 429 || status >= 500) {
				throw ex;
			}
			if (status == 401 || status == 403) {
				// A scope missing or the app deactivated: someone should look at the app.
				logger.warn("Zoom refused to name a user to Kollegan's Server-to-Server app ({})", status);
			}
			return Optional.empty();
		}
		String email = (user != null) ? user.path("email").asString("") : "";
		return EmailAddress.isValid(email) ? Optional.of(EmailAddress.of(email)) : Optional.empty();
	}

	/**
	 * The person's one-to-one chat with the chatbot in the account they wrote from: a
	 * message to their user JID lands there.
	 */
	@Override
	public Optional<String> directAddress(String replyTo, String platformUserId) {
		if (platformUserId.isBlank()) {
			return Optional.empty();
		}
		return address(replyTo).map(chat -> chat.personal(platformUserId).toJson());
	}

	/**
	 * The chat a delivery came from, if it named one: a click Zoom sent without a chat
	 * still names its account, but is no address to ask about.
	 */
	private static Optional<ZoomAddress> address(String replyTo) {
		try {
			return Optional.of(ZoomAddress.parse(replyTo));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
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
		List<Object> body = List.of(message(question(card)),
				Map.of("type", "actions", "items",
						List.of(button("Godkänn / Accept", consent(card, ConsentAnswer.ACCEPTED), "Primary"),
								button("Avböj / Decline", consent(card, ConsentAnswer.DECLINED), "Danger"))));
		toMeeting(card.tenantId(), card.meetingId(), body);
	}

	/**
	 * Into every Zoom chat the meeting was joined from: the people there can admit
	 * Kollegan, or tell the organiser to. The join link is not repeated (it may carry the
	 * meeting's passcode).
	 */
	@Override
	public void postLobbyNotice(LobbyNotice notice) {
		String organizer = (notice.organizer() != null && notice.organizer().name() != null) ? notice.organizer().name()
				: null;
		String text = "Kollegan väntar i lobbyn till mötet \"" + notice.meetingTitle() + "\". Släpp in Kollegan"
				+ ((organizer != null) ? " (eller be " + organizer + ", som är organisatör, att göra det)" : "")
				+ " så att mötet kan antecknas.\n" + "Kollegan is waiting in the lobby of \"" + notice.meetingTitle()
				+ "\". Please admit Kollegan"
				+ ((organizer != null) ? " (or ask " + organizer + ", the organiser, to do so)" : "")
				+ " so that the meeting can be noted.";
		toMeeting(notice.tenantId(), notice.meetingId(), List.of(message(text)));
	}

	/**
	 * Into every Zoom chat the meeting was joined from: the summary as written (in the
	 * meeting's language), what was decided and who does what by when, up to
	 * {@value #MAX_LISTED} of each, and a link to all of it in the dashboard. Headings
	 * are Swedish, then English.
	 */
	@Override
	public void postRecap(RecapNotice recap) {
		List<Object> body = new ArrayList<>();
		body.add(heading(
				"Sammanfattning av \"" + recap.meetingTitle() + "\" / Recap of \"" + recap.meetingTitle() + "\""));
		body.add(message(recap.summary()));
		if (!recap.decisions().isEmpty()) {
			body.add(message(listed("Beslut / Decisions", recap.decisions(), decision -> decision)));
		}
		if (!recap.actions().isEmpty()) {
			body.add(message(listed("Åtgärder / Actions", recap.actions(), ZoomChat::describe)));
		}
		body.add(link("Hela sammanfattningen i dashboarden / The full recap in the dashboard", recap.link()));
		toMeeting(recap.tenantId(), recap.meetingId(), body);
	}

	private static String describe(RecapNotice.Action action) {
		StringBuilder text = new StringBuilder(action.text());
		if (action.owner() != null || action.due() != null) {
			text.append(" (");
			if (action.owner() != null) {
				text.append(action.owner());
			}
			if (action.due() != null) {
				text.append((action.owner() != null) ? ", " : "").append(action.due());
			}
			text.append(")");
		}
		return text.toString();
	}

	private static <T> String listed(String heading, List<T> items, Function<T, String> line) {
		StringBuilder text = new StringBuilder(heading).append(":");
		items.stream().limit(MAX_LISTED).forEach(item -> text.append("\n• ").append(line.apply(item)));
		if (items.size() > MAX_LISTED) {
			int more = items.size() - MAX_LISTED;
			text.append("\n… och ").append(more).append(" till / and ").append(more).append(" more");
		}
		return text.toString();
	}

	/**
	 * Whether the person once wrote to Kollegan in Zoom and Zoom named their address:
	 * then their chat with Kollegan is known.
	 */
	@Override
	public boolean reaches(TenantId tenantId, EmailAddress person) {
		return personalChat(tenantId, person).isPresent();
	}

	/**
	 * Into the owner's chat with Kollegan, with two buttons: Done, and a new date a week
	 * after the due date (or after today, when there is none or it has passed). Zoom's
	 * chatbot buttons carry fixed values and its app cards document no event for a date
	 * picked or a person chosen, so the nudge says that handing the action over is done
	 * in the dashboard, and links there.
	 */
	@Override
	public void postNudge(ActionNudge nudge) {
		Optional<ZoomAddress> chat = personalChat(nudge.tenantId(), nudge.owner());
		if (chat.isEmpty()) {
			// Forgotten since reaches() was asked (the person was erased): nobody to
			// remind here.
			logger.info("Zoom nudge for action {} not sent: its owner's chat is no longer known", nudge.actionId());
			return;
		}
		LocalDate today = LocalDate
			.now(this.clock.withZone(this.tenants.findById(nudge.tenantId()).map(Tenant::timeZone).orElse(STOCKHOLM)));
		LocalDate from = (nudge.due() != null && nudge.due().isAfter(today)) ? nudge.due() : today;
		LocalDate later = from.plusWeeks(1);
		String due = (nudge.due() != null) ? ", klart senast " + nudge.due() : "";
		String dueEnglish = (nudge.due() != null) ? ", due " + nudge.due() : "";
		List<Object> body = List
			.of(message("Påminnelse från mötet \"" + nudge.meetingTitle() + "\": " + nudge.text() + due + ".\n"
					+ "Reminder from the meeting \"" + nudge.meetingTitle() + "\": " + nudge.text() + dueEnglish + "."),
					Map.of("type", "actions", "items",
							List.of(button("Klar / Done", ZoomButton.Action.done(nudge.actionId()), "Primary"),
									button("+1 vecka (" + later + ") / +1 week",
											ZoomButton.Action.newDate(nudge.actionId(), later), "Default"))),
					link("Ska någon annan ta över? Det gör du i dashboarden. / Someone else to take it over? "
							+ "That is done in the dashboard.", nudge.link()));
		send(chat.get(), body);
	}

	/**
	 * Into the administrator's chat with Kollegan, as a nudge goes: what changed where,
	 * how relevant it is and which version, then the item at its source and its history
	 * in the dashboard as two links. None when their chat is no longer known (the alert
	 * then goes by mail).
	 */
	@Override
	public boolean postRegwatchAlert(RegwatchAlertNotice notice) {
		Optional<ZoomAddress> chat = personalChat(notice.tenantId(), notice.recipient());
		if (chat.isEmpty()) {
			return false;
		}
		boolean changed = notice.version() > 1;
		String about = " (relevans " + notice.relevance() + " av 100, version " + notice.version() + "): ";
		String aboutEnglish = " (relevance " + notice.relevance() + " of 100, version " + notice.version() + "): ";
		List<Object> body = List.of(heading("Omvärldsbevakning / Regwatch"),
				message((changed ? "En ändring" : "Något nytt") + " i \"" + notice.sourceName()
						+ "\" rör era bevakade ämnen" + about + notice.itemTitle() + "\n"
						+ (changed ? "A change" : "Something new") + " in \"" + notice.sourceName()
						+ "\" bears on your watched topics" + aboutEnglish + notice.itemTitle()),
				link("Källan / The source", notice.itemUrl()),
				link("Historik och ändringar i Kollegan / History and changes in Kollegan", notice.link()));
		send(chat.get(), body);
		return true;
	}

	/** The person's own chat with Kollegan, when they once wrote there. */
	private Optional<ZoomAddress> personalChat(TenantId tenantId, EmailAddress person) {
		return this.contacts.address(tenantId, person, ChatPlatformKind.ZOOM).flatMap(ZoomChat::address);
	}

	private void toMeeting(TenantId tenantId, MeetingId meetingId, List<?> body) {
		for (String address : this.chatMeetings.addresses(tenantId, meetingId, ChatPlatformKind.ZOOM)) {
			send(ZoomAddress.parse(address), body);
		}
	}

	private static Map<String, String> message(String text) {
		return Map.of("type", "message", "text", text);
	}

	private static Map<String, Object> heading(String text) {
		return Map.of("type", "message", "text", text, "style", Map.of("bold", true));
	}

	/** A message that is a link: the whole text opens it. */
	private static Map<String, String> link(String text, URI url) {
		return Map.of("type", "message", "text", text, "link", url.toString());
	}

	private static Map<String, String> button(String text, ZoomButton button, String style) {
		return Map.of("text", text, "value", button.value(), "style", style);
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

	private static ZoomButton consent(ConsentCard card, ConsentAnswer answer) {
		return new ZoomButton.Consent(card.meetingId(), card.level(), answer);
	}

	private void send(ZoomAddress to, List<?> body) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("robot_jid", this.properties.robotJid());
		message.put("to_jid", to.toJid());
		message.put("account_id", to.accountId());
		message.put("content", Map.of("head", Map.of("text", "Kollegan"), "body", body));
		String json = JsonMapper.shared().writeValueAsString(message);
		call(this.tokens,
				token -> this.http.post()
					.uri(this.properties.apiUrl() + "/v2/im/chat/messages")
					.headers(headers -> headers.setBearerAuth(token))
					.contentType(MediaType.APPLICATION_JSON)
					.body(json)
					.retrieve()
					.toBodilessEntity());
	}

	/**
	 * One call to Zoom with one of Kollegan's tokens: a refused token is renewed once, at
	 * once; throttling, Zoom's failures and broken connections are tried again.
	 */
	private <T> T call(ZoomTokens with, Function<String, T> request) {
		AtomicBoolean renewed = new AtomicBoolean();
		return this.retry.executeSupplier(() -> {
			try {
				return request.apply(with.token());
			}
			catch (RestClientResponseException ex) {
				if (ex.getStatusCode().value() != 401 || renewed.getAndSet(true)) {
					throw ex;
				}
				// The cached token was revoked or the secret rotated: one new token, at
				// once, within the same attempt.
				with.forget();
				return request.apply(with.token());
			}
		});
	}

	/**
	 * Throttling and Zoom's own failures, unless Zoom asks for a longer wait than
	 * {@link #MAX_WAIT} (left to the job queue), and broken connections.
	 */
	private boolean worthAnotherTry(Throwable failure) {
		if (failure instanceof RestClientResponseException refusal) {
			int status = refusal.getStatusCode().value();
			return (status == 429 || status >= 500)
					&& retryAfter(refusal).map((wait) -> wait.compareTo(MAX_WAIT) <= 0).orElse(true);
		}
		return failure instanceof ResourceAccessException;
	}

	/** What {@code Retry-After} asks for, else the backoff. */
	private Duration wait(Throwable failure, int attempt) {
		return retryAfter(failure).orElseGet(() -> this.backoff.multipliedBy(1L << (attempt - 1)));
	}

	/** What a refusal's {@code Retry-After} asks for (seconds or an HTTP date). */
	private Optional<Duration> retryAfter(Throwable failure) {
		if (!(failure instanceof RestClientResponseException refusal) || refusal.getResponseHeaders() == null) {
			return Optional.empty();
		}
		return RetryAfter.wait(refusal.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER), this.clock.instant());
	}

}
