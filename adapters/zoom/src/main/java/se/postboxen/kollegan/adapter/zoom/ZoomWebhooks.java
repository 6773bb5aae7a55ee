package se.postboxen.kollegan.adapter.zoom;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.attendance.PlatformSignal;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.meeting.JoinUrls;
import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Zoom's webhooks to Kollegan's endpoint: verified with the app's Secret Token, then read
 * into {@link ZoomEvent}s, one reader per event type.
 * <p>
 * A delivery is genuine when {@code x-zm-signature} is {@code v0=} and the hex
 * HMAC-SHA256, keyed with the Secret Token, of {@code v0:<x-zm-request-timestamp>:<raw
 * body>}, and the timestamp is within five minutes of now. The raw bytes are signed, so
 * they are checked before anything parses them. Logs name event types, Zoom account ids
 * and meeting uuids only: never commands, names, tokens (a recording's
 * {@code download_token} is never even read) or the numeric meeting id (half of a join
 * link).
 *
 * @see <a href="https://developers.zoom.us/docs/api/webhooks/">Using webhooks: verify
 * webhook events, validate the endpoint URL</a>
 * @see <a href=
 * "https://zoom.github.io/rivet-javascript/interfaces/Chatbot.BotNotification.html">Chatbot
 * {@code bot_notification}</a>
 * @see <a href=
 * "https://zoom.github.io/rivet-javascript/interfaces/Chatbot.InteractiveMessageActions.html">Chatbot
 * {@code interactive_message_actions}</a>
 * @see <a href="https://developers.zoom.us/docs/api/meetings/events/">Meeting events:
 * {@code meeting.started}, {@code meeting.ended}, {@code recording.completed}</a>
 */
public final class ZoomWebhooks {

	private static final Logger logger = LoggerFactory.getLogger(ZoomWebhooks.class);

	/** How far a delivery's timestamp may be from now, either way. */
	static final Duration TOLERANCE = Duration.ofMinutes(5);

	/**
	 * A trigger id that can be a job key as it is; any other is hashed first (Zoom does
	 * not document its shape).
	 */
	private static final Pattern KEYABLE = Pattern.compile("^[A-Za-z0-9._:@/-]{1,150}$");

	private static final int MAX_PLAIN_TOKEN = 200;

	/**
	 * A Zoom meeting number as join links carry it (9 to 11 digits); personal meeting
	 * rooms and webinars too.
	 */
	private static final Pattern MEETING_NUMBER = Pattern.compile("^\\d{9,11}$");

	/**
	 * Command words that are English; every other word (Swedish, {@code status}, which
	 * both languages share, or none known) is answered in Swedish.
	 */
	private static final Set<String> ENGLISH = Set.of("join", "leave", "help");

	private final byte[] secretToken;

	private final Clock clock;

	private final Map<String, Function<Delivery, ZoomEvent>> readers;

	public ZoomWebhooks(String secretToken, Clock clock) {
		this.secretToken = secretToken.getBytes(StandardCharsets.UTF_8);
		this.clock = clock;
		this.readers = Map.of("endpoint.url_validation", this::urlValidation, "bot_notification", this::command,
				"interactive_message_actions", this::click, "recording.completed", this::recording,
				"recording.transcript_completed", this::recording,
				// Zoom is a second witness beside the meeting-bot gateway, and the
				// only one when the agent is not in: an early start, an end before it
				// got in.
				"meeting.started", delivery -> meeting(delivery, PlatformSignal.STARTED, "start_time"), "meeting.ended",
				delivery -> meeting(delivery, PlatformSignal.ENDED, "end_time"));
	}

	/**
	 * Whether the delivery is Zoom's, signed within the last five minutes (or the next,
	 * for clocks running ahead).
	 */
	public boolean verify(@Nullable String signature, @Nullable String timestamp, byte[] body) {
		if (signature == null || timestamp == null) {
			return false;
		}
		Instant signedAt;
		try {
			signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
		}
		catch (NumberFormatException | DateTimeException ex) {
			return false;
		}
		if (Duration.between(signedAt, this.clock.instant()).abs().compareTo(TOLERANCE) > 0) {
			return false;
		}
		byte[] expected = ("v0="
				+ HexFormat.of()
					.formatHex(HmacSha256.of(this.secretToken,
							("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8), body)))
			.getBytes(StandardCharsets.UTF_8);
		return HmacSha256.same(expected, signature.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * What a verified delivery asks for.
	 * @throws IllegalArgumentException when the body is not a JSON object
	 */
	public ZoomEvent read(byte[] body) {
		JsonNode delivery;
		try {
			delivery = JsonMapper.shared().readTree(body);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not JSON", ex);
		}
		if (delivery == null || !delivery.isObject()) {
			throw new IllegalArgumentException("not a JSON object");
		}
		String event = delivery.path("event").asString("");
		Function<Delivery, ZoomEvent> reader = this.readers.get(event);
		if (reader == null) {
			logger.debug("Zoom event {} acknowledged: Kollegan does not act on it", event);
			return new ZoomEvent.Acknowledged(event);
		}
		return reader.apply(new Delivery(event, delivery, body));
	}

	/**
	 * The endpoint's answer to Zoom's check: the plain token and its HMAC-SHA256 with the
	 * Secret Token, hex.
	 */
	private ZoomEvent.UrlValidation answer(String plainToken) {
		return new ZoomEvent.UrlValidation(plainToken,
				HexFormat.of().formatHex(HmacSha256.of(this.secretToken, plainToken.getBytes(StandardCharsets.UTF_8))));
	}

	private ZoomEvent urlValidation(Delivery delivery) {
		String plainToken = delivery.payload().path("plainToken").asString("");
		if (plainToken.isBlank() || plainToken.length() > MAX_PLAIN_TOKEN) {
			logger.info("Zoom URL validation without a usable plain token ignored");
			return new ZoomEvent.Acknowledged("endpoint.url_validation");
		}
		return answer(plainToken);
	}

	private ZoomEvent command(Delivery delivery) {
		JsonNode payload = delivery.payload();
		String accountId = text(payload, "accountId");
		String toJid = text(payload, "toJid");
		if (accountId == null || toJid == null) {
			logger.info("Zoom bot_notification without accountId or toJid ignored");
			return new ZoomEvent.Acknowledged("bot_notification");
		}
		String cmd = payload.path("cmd").asString("");
		return new ZoomEvent.Command(accountId, delivery.id(),
				new JobPayload.ChatCommandReceived(ChatPlatformKind.ZOOM, text(payload, "userName"), null,
						text(payload, "userId"), cmd, new ZoomAddress(toJid, accountId).toJson(), null, language(cmd)));
	}

	/**
	 * The language to answer a command in. Zoom Team Chat tells the chatbot no locale, so
	 * the command word decides: {@code join}, {@code leave}, {@code help} are English;
	 * everything else, {@code status} included, gets Swedish.
	 */
	static String language(String cmd) {
		String[] words = cmd.strip().split("\\s+", 2);
		return ENGLISH.contains(words[0].toLowerCase(Locale.ROOT)) ? "en" : "sv";
	}

	private ZoomEvent click(Delivery delivery) {
		JsonNode payload = delivery.payload();
		String accountId = text(payload, "accountId");
		Optional<ZoomButton> button = ZoomButton.parse(payload.path("actionItem").path("value").asString(""));
		if (accountId == null || button.isEmpty()) {
			logger.info("Zoom button click that is none of Kollegan's ignored (account {})", accountId);
			return new ZoomEvent.Acknowledged("interactive_message_actions");
		}
		String userName = text(payload, "userName");
		String userId = text(payload, "userId");
		// Where the click came from (a channel, or the person's chat with Kollegan);
		// else the person's own chat with it.
		String chat = (text(payload, "toJid") != null) ? text(payload, "toJid") : text(payload, "userJid");
		if ((userName == null || userName.isBlank()) && userId == null) {
			logger.info("Zoom button click from nobody named ignored (account {})", accountId);
			return new ZoomEvent.Acknowledged("interactive_message_actions");
		}
		// The click carries no trigger id, so the delivery's own id (its timestamp and
		// body) makes a redelivery one answer.
		// Java 17: no pattern switch yet, so the sealed set is walked by hand.
		if (button.get() instanceof ZoomButton.Action action) {
			return actionClick(accountId, delivery.id(), action, userName, userId, chat);
		}
		ZoomButton.Consent consent = (ZoomButton.Consent) button.get();
		// Zoom names the person by display name and user id; their address is asked
		// when the job runs, and where it cannot be, the answer is theirs by name.
		return new ZoomEvent.ConsentClick(accountId, delivery.id(),
				new JobPayload.ChatConsentAnswer(ChatPlatformKind.ZOOM, consent.meetingId(), userName, userId,
						new ZoomAddress((chat != null) ? chat : "", accountId).toJson(), consent.level(),
						consent.answer(), this.clock.instant()));
	}

	/**
	 * A nudge answered: only someone Zoom names by user id can be asked for an address,
	 * and only with one can the answer be checked against the action's owner. The answer
	 * goes back to the chat the click came from (the person's chat with Kollegan). A
	 * click tells no language, and the nudge itself was written in both: Swedish.
	 */
	private static ZoomEvent actionClick(String accountId, String deliveryId, ZoomButton.Action action,
			@Nullable String userName, @Nullable String userId, @Nullable String chat) {
		if (userId == null || chat == null) {
			logger.info("Zoom nudge answer without a user id or chat ignored (account {})", accountId);
			return new ZoomEvent.Acknowledged("interactive_message_actions");
		}
		return new ZoomEvent.ActionClick(accountId, deliveryId,
				new JobPayload.ChatActionAnswer(ChatPlatformKind.ZOOM, action.actionId(), action.kind(),
						action.newDue(), null, null, userName, userId, new ZoomAddress(chat, accountId).toJson(),
						"sv"));
	}

	/**
	 * A finished recording matters only when it holds the audio transcript (file type
	 * {@code TRANSCRIPT}, done processing): then the post-meeting analysis may fetch it
	 * now ({@link ZoomTranscripts}, with Kollegan's own app). The delivery's
	 * {@code download_token} is not read: it would be a second credential to guard.
	 */
	private ZoomEvent recording(Delivery delivery) {
		JsonNode object = delivery.payload().path("object");
		boolean transcript = StreamSupport.stream(object.path("recording_files").spliterator(), false)
			.anyMatch(file -> "TRANSCRIPT".equalsIgnoreCase(file.path("file_type").asString(""))
					&& "completed".equalsIgnoreCase(file.path("status").asString("completed")));
		if (!transcript) {
			logger.info("Zoom {} for the meeting with uuid {} in account {}: no finished transcript in it",
					delivery.event(), object.path("uuid").asString("?"),
					delivery.payload().path("account_id").asString("?"));
			return new ZoomEvent.Acknowledged(delivery.event());
		}
		return meeting(delivery, PlatformSignal.TRANSCRIPT_READY, "start_time");
	}

	/**
	 * A meeting event, named by the meeting number Zoom gives ({@code object.id}) as
	 * Kollegan keys join links, at the meeting's own time ({@code timeField}), else when
	 * Zoom sent the event.
	 */
	private ZoomEvent meeting(Delivery delivery, PlatformSignal signal, String timeField) {
		JsonNode payload = delivery.payload();
		JsonNode object = payload.path("object");
		String accountId = text(payload, "account_id");
		// Zoom writes the number as a string in meeting events and as a number in
		// recording events.
		String number = object.path("id").asString("");
		if (accountId == null || !MEETING_NUMBER.matcher(number).matches()) {
			logger.info("Zoom {} without an account or meeting number ignored (meeting uuid {})", delivery.event(),
					object.path("uuid").asString("?"));
			return new ZoomEvent.Acknowledged(delivery.event());
		}
		Instant around = instant(object.path(timeField).asString(""))
			.orElseGet(() -> (delivery.json().path("event_ts").asLong(0) > 0)
					? Instant.ofEpochMilli(delivery.json().path("event_ts").asLong()) : this.clock.instant());
		return new ZoomEvent.MeetingSignal(accountId, JoinUrls.key(URI.create("https://zoom.us/j/" + number)), signal,
				around);
	}

	private static Optional<Instant> instant(String text) {
		try {
			return text.isBlank() ? Optional.empty() : Optional.of(Instant.parse(text));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/** A delivery being read: its event type, its JSON and the bytes Zoom signed. */
	private record Delivery(String event, JsonNode json, byte[] body) {

		JsonNode payload() {
			return this.json.path("payload");
		}

		/**
		 * The id that is the same for every redelivery: Zoom's trigger id when it gives
		 * one; otherwise {@code event_ts} and a hash of the body, since Zoom redelivers
		 * the same body (only the signature's timestamp header changes) while two
		 * different commands differ in their text, user or time.
		 */
		String id() {
			String triggerId = payload().path("triggerId").asString("");
			if (KEYABLE.matcher(triggerId).matches()) {
				return triggerId;
			}
			if (!triggerId.isBlank()) {
				return sha256(triggerId.getBytes(StandardCharsets.UTF_8));
			}
			return this.json.path("event_ts").asLong(0) + "-" + sha256(this.body);
		}

	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 unavailable", ex);
		}
	}

	private static @Nullable String text(JsonNode node, String field) {
		String value = node.path(field).asString("");
		return value.isBlank() ? null : value;
	}

}
