package se.postboxen.kollegan.adapter.meetingbot;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.attendance.BotReport;
import se.postboxen.kollegan.attendance.BotState;
import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Attendee's webhooks, verified and read into {@link BotReport}s. Attendee signs the
 * payload, not the bytes it sends: {@code X-Webhook-Signature} is the base64 HMAC-SHA256,
 * keyed with the project's base64 webhook secret, of the payload as Python writes it with
 * {@code json.dumps(sort_keys=True, ensure_ascii=False,
 * separators=(",", ":"))} — so the body is written that way again before it is checked.
 * No timestamp is signed, so a replay cannot be told from a redelivery; all one could
 * replay is a state the bot was in, and reports about an earlier bot are ignored anyway.
 * Only {@code bot.state_change} is read: {@code data.new_state}, with
 * {@code data.event_type} and {@code data.event_sub_type} saying why.
 */
public class AttendeeWebhooks {

	/**
	 * Failures another attempt can mend: the lobby gave up, or Attendee itself failed.
	 */
	private static final Set<String> RETRYABLE = Set.of("waiting_room_timeout_exceeded",
			"meeting_not_started_waiting_for_host", "process_terminated", "heartbeat_timeout", "bot_not_launched",
			"attendee_internal_error", "ui_element_not_found", "zoom_sdk_internal_error");

	private final byte[] key;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * @param secret the project's webhook secret, base64 as Attendee's settings show it
	 * @throws IllegalArgumentException when the secret is not base64
	 */
	public AttendeeWebhooks(String secret, Clock clock) {
		this.key = Base64.getDecoder().decode(secret.strip());
		this.clock = clock;
	}

	/** Whether the signature is Attendee's signature of this payload. */
	public boolean verify(@Nullable String signature, byte[] body) {
		if (signature == null) {
			return false;
		}
		byte[] given;
		byte[] signed;
		try {
			given = Base64.getDecoder().decode(signature.strip());
			signed = canonical(body).getBytes(StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			// Not base64, or not JSON: not signed by Attendee.
			return false;
		}
		return HmacSha256.same(HmacSha256.of(this.key, signed), given);
	}

	/**
	 * The report a verified payload carries; empty for other triggers, for states
	 * Kollegan does not act on (scheduled, leaving …) and for payloads it cannot read.
	 */
	public Optional<BotReport> read(byte[] body) {
		JsonNode event;
		try {
			event = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
		JsonNode data = event.path("data");
		String botId = GatewayJson.string(event.path("bot_id"));
		String newState = GatewayJson.string(data.path("new_state"));
		if (!"bot.state_change".equals(GatewayJson.string(event.path("trigger"))) || botId == null
				|| newState == null) {
			return Optional.empty();
		}
		BotState state = state(newState);
		if (state == null) {
			return Optional.empty();
		}
		String subType = GatewayJson.string(data.path("event_sub_type"));
		String eventType = GatewayJson.string(data.path("event_type"));
		String reason = (subType != null) ? subType : (eventType != null) ? eventType : newState;
		boolean retryable = state == BotState.FAILED && subType != null && RETRYABLE.contains(subType);
		return Optional.of(new BotReport(botId, state, reason, retryable, instant(data.path("created_at"))));
	}

	private static @Nullable BotState state(String newState) {
		return switch (newState) {
			case "joining" -> BotState.JOINING;
			case "waiting_room" -> BotState.IN_LOBBY;
			case "joined_not_recording", "joined_recording", "joined_recording_paused" -> BotState.IN_CALL;
			// The meeting is over for the bot (post-processing), then its data is ready.
			case "post_processing", "ended" -> BotState.ENDED;
			// In the meeting but not allowed to record: as useless as not being there.
			case "fatal_error", "joined_recording_permission_denied" -> BotState.FAILED;
			default -> null;
		};
	}

	/** When the gateway says it happened, or when it reached us. */
	private Instant instant(JsonNode value) {
		Instant at = GatewayJson.instant(value);
		return (at != null) ? at : this.clock.instant();
	}

	/** The payload as Attendee's signer writes it: keys sorted, no spaces, UTF-8. */
	private String canonical(byte[] body) {
		try (JsonParser parser = this.json.createParser(body)) {
			if (parser.nextToken() == null) {
				throw new IllegalArgumentException("no JSON");
			}
			String canonical = canonical(parser);
			if (parser.nextToken() != null) {
				throw new IllegalArgumentException("more than one JSON value");
			}
			return canonical;
		}
	}

	private static String canonical(JsonParser parser) {
		JsonToken token = parser.currentToken();
		return switch (token) {
			case START_OBJECT -> {
				// Python's sort_keys orders by code point; a later duplicate wins, as in
				// a dict.
				Map<String, String> members = new TreeMap<>(AttendeeWebhooks::byCodePoint);
				while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					members.put(name, canonical(parser));
				}
				StringJoiner object = new StringJoiner(",", "{", "}");
				members.forEach((name, value) -> object.add(quoted(name) + ":" + value));
				yield object.toString();
			}
			case START_ARRAY -> {
				StringJoiner array = new StringJoiner(",", "[", "]");
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					array.add(canonical(parser));
				}
				yield array.toString();
			}
			case VALUE_STRING -> quoted(parser.getString());
			// Python wrote the number and writes it the same way again, so its text
			// stands.
			case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getString();
			case VALUE_TRUE -> "true";
			case VALUE_FALSE -> "false";
			case VALUE_NULL -> "null";
			default -> throw new IllegalArgumentException("unexpected " + token);
		};
	}

	/** A string as {@code json.dumps(ensure_ascii=False)} writes it. */
	private static String quoted(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	private static int byCodePoint(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Integer.compare(a.length() - i, b.length() - j);
	}

}
