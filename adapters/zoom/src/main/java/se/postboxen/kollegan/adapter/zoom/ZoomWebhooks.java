package se.postboxen.kollegan.adapter.zoom;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Zoom's webhooks to Kollegan's endpoint: verified with the app's Secret Token, then read
 * into {@link ZoomEvent}s, one reader per event type.
 * <p>
 * A delivery is genuine when {@code x-zm-signature} is {@code v0=} and the hex
 * HMAC-SHA256, keyed with the Secret Token, of {@code v0:<x-zm-request-timestamp>:<raw
 * body>}, and the timestamp is within five minutes of now. The raw bytes are signed, so
 * they are checked before anything parses them. Logs name event types, Zoom account ids
 * and recording uuids only: never commands, names, tokens or the numeric meeting id (half
 * of a join link).
 *
 * @see <a href="https://developers.zoom.us/docs/api/webhooks/">Using webhooks: verify
 * webhook events, validate the endpoint URL</a>
 * @see <a href=
 * "https://zoom.github.io/rivet-javascript/interfaces/Chatbot.BotNotification.html">Chatbot
 * {@code bot_notification}</a>
 * @see <a href=
 * "https://zoom.github.io/rivet-javascript/interfaces/Chatbot.InteractiveMessageActions.html">Chatbot
 * {@code interactive_message_actions}</a>
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

	private final byte[] secretToken;

	private final Clock clock;

	private final Map<String, Function<Delivery, ZoomEvent>> readers;

	public ZoomWebhooks(String secretToken, Clock clock) {
		this.secretToken = secretToken.getBytes(StandardCharsets.UTF_8);
		this.clock = clock;
		this.readers = Map.of("endpoint.url_validation", this::urlValidation, "bot_notification", this::command,
				"interactive_message_actions", this::click, "recording.completed", ZoomWebhooks::recording,
				"recording.transcript_completed", ZoomWebhooks::recording,
				// The meeting's lifecycle follows the meeting-bot gateway, which sees the
				// agent's own meeting from inside; Zoom's view adds nothing to it yet.
				"meeting.started", ZoomWebhooks::acknowledged, "meeting.ended", ZoomWebhooks::acknowledged);
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
		// Zoom Team Chat tells the chatbot no locale: Swedish first, and the commands
		// themselves are understood in both languages.
		return new ZoomEvent.Command(accountId, delivery.id(),
				new JobPayload.ChatCommandReceived(ChatPlatformKind.ZOOM, text(payload, "userName"), null,
						text(payload, "userId"), payload.path("cmd").asString(""),
						new ZoomAddress(toJid, accountId).toJson(), null, "sv"));
	}

	private ZoomEvent click(Delivery delivery) {
		JsonNode payload = delivery.payload();
		String accountId = text(payload, "accountId");
		ConsentButton button = ConsentButton.parse(payload.path("actionItem").path("value").asString(""));
		if (accountId == null || button == null) {
			logger.info("Zoom button click that is no consent answer ignored (account {})", accountId);
			return new ZoomEvent.Acknowledged("interactive_message_actions");
		}
		String userName = text(payload, "userName");
		String userId = text(payload, "userId");
		String toJid = text(payload, "toJid");
		if ((userName == null || userName.isBlank()) && userId == null) {
			logger.info("Zoom consent answer from nobody named ignored (account {})", accountId);
			return new ZoomEvent.Acknowledged("interactive_message_actions");
		}
		// Zoom names the person but gives no address in chatbot events; the answer is
		// theirs by name until the platform can be asked. The click carries no trigger
		// id,
		// so the delivery's own id (its timestamp and body) makes a redelivery one
		// answer.
		return new ZoomEvent.ConsentClick(accountId, delivery.id(),
				new JobPayload.ChatConsentAnswer(ChatPlatformKind.ZOOM, button.meetingId(), userName, userId,
						new ZoomAddress((toJid != null) ? toJid : "", accountId).toJson(), button.level(),
						button.answer(), this.clock.instant()));
	}

	/**
	 * The transcript is fetched by the post-meeting analysis when it needs it
	 * ({@link ZoomTranscripts}), so a finished recording is only noted.
	 */
	private static ZoomEvent recording(Delivery delivery) {
		JsonNode payload = delivery.payload();
		logger.info("Zoom {} for the meeting with uuid {} in account {}: read later by the post-meeting analysis",
				delivery.event(), payload.path("object").path("uuid").asString("?"),
				payload.path("account_id").asString("?"));
		return new ZoomEvent.Acknowledged(delivery.event());
	}

	private static ZoomEvent acknowledged(Delivery delivery) {
		return new ZoomEvent.Acknowledged(delivery.event());
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

	/**
	 * The value of a consent card button: {@code consent:<meeting id>:<level>:<answer>},
	 * written by {@link ZoomChat} and read back here.
	 */
	record ConsentButton(MeetingId meetingId, ConsentLevel level, ConsentAnswer answer) {

		private static final Pattern VALUE = Pattern
			.compile("^consent:([0-9a-fA-F-]{36}):(BAS|PLUS|JURIDIK):(ACCEPTED|DECLINED)$");

		String value() {
			return "consent:" + this.meetingId.value() + ":" + this.level.name() + ":" + this.answer.name();
		}

		static @Nullable ConsentButton parse(String value) {
			Matcher matcher = VALUE.matcher(value);
			if (!matcher.matches()) {
				return null;
			}
			try {
				return new ConsentButton(new MeetingId(UUID.fromString(matcher.group(1))),
						ConsentLevel.valueOf(matcher.group(2)), ConsentAnswer.valueOf(matcher.group(3)));
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
