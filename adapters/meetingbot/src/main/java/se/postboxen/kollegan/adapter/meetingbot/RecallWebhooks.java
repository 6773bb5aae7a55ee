package se.postboxen.kollegan.adapter.meetingbot;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.attendance.BotReport;
import se.postboxen.kollegan.attendance.BotState;
import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Recall.ai's bot status webhooks: verified as Standard Webhooks (Svix) — HMAC-SHA256 of
 * {@code id.timestamp.body} with the workspace secret ({@code whsec_…}), in
 * {@code webhook-*} or the older {@code svix-*} headers, within five minutes — and read
 * into {@link BotReport}s. Both payload shapes are read: {@code bot.status_change} with
 * {@code data.bot_id}/{@code data.status}, and {@code bot.<code>} with
 * {@code data.bot.id}/{@code data.data}.
 */
public class RecallWebhooks {

	static final Duration TOLERANCE = Duration.ofMinutes(5);

	/**
	 * Failures another attempt can mend: the lobby gave up, or the bot was thrown out.
	 */
	private static final Set<String> RETRYABLE = Set.of("bot_kicked_from_waiting_room", "timeout_exceeded_waiting_room",
			"waiting_room_timeout", "bot_kicked_from_call", "bot_errored", "failed_to_launch_in_time",
			"zoom_sdk_connection_failed", "timeout_exceeded_noone_joined");

	private final byte[] key;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	public RecallWebhooks(String secret, Clock clock) {
		String encoded = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
		this.key = Base64.getDecoder().decode(encoded);
		this.clock = clock;
	}

	/**
	 * Whether the headers carry a valid signature of the body, made within the tolerance.
	 */
	public boolean verify(@Nullable String id, @Nullable String timestamp, @Nullable String signatures, byte[] body) {
		if (id == null || timestamp == null || signatures == null) {
			return false;
		}
		long seconds;
		try {
			seconds = Long.parseLong(timestamp.strip());
		}
		catch (NumberFormatException ex) {
			return false;
		}
		Instant signedAt = Instant.ofEpochSecond(seconds);
		Instant now = this.clock.instant();
		if (signedAt.isBefore(now.minus(TOLERANCE)) || signedAt.isAfter(now.plus(TOLERANCE))) {
			return false;
		}
		byte[] expected = sign(id + "." + seconds + ".", body);
		for (String candidate : signatures.split(" ")) {
			int comma = candidate.indexOf(',');
			if (comma < 0 || !candidate.substring(0, comma).equals("v1")) {
				continue;
			}
			try {
				if (HmacSha256.same(expected, Base64.getDecoder().decode(candidate.substring(comma + 1)))) {
					return true;
				}
			}
			catch (IllegalArgumentException ex) {
				// Not base64: not this one.
			}
		}
		return false;
	}

	private byte[] sign(String prefix, byte[] body) {
		return HmacSha256.of(this.key, prefix.getBytes(StandardCharsets.UTF_8), body);
	}

	/**
	 * The report a verified payload carries; empty for events Kollegan does not act on
	 * (recording states, media expiry) and for payloads it cannot read.
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
		String botId = data.has("bot") ? data.path("bot").path("id").asString(null)
				: data.path("bot_id").asString(null);
		JsonNode status = data.has("data") ? data.path("data") : data.path("status");
		String code = status.path("code").asString(null);
		if (botId == null || code == null) {
			return Optional.empty();
		}
		String subCode = status.path("sub_code").asString(null);
		JsonNode at = status.has("updated_at") ? status.path("updated_at") : status.path("created_at");
		BotState state = state(code);
		if (state == null) {
			return Optional.empty();
		}
		boolean retryable = state == BotState.FAILED && subCode != null && RETRYABLE.contains(subCode);
		return Optional.of(new BotReport(botId, state, (subCode != null) ? subCode : code, retryable, instant(at)));
	}

	private static @Nullable BotState state(String code) {
		return switch (code) {
			case "joining_call" -> BotState.JOINING;
			case "in_waiting_room" -> BotState.IN_LOBBY;
			case "in_call_not_recording", "in_call_recording", "recording_permission_allowed" -> BotState.IN_CALL;
			case "call_ended", "done" -> BotState.ENDED;
			case "fatal", "recording_permission_denied" -> BotState.FAILED;
			default -> null;
		};
	}

	/** When the gateway says it happened, or when it reached us. */
	private Instant instant(JsonNode value) {
		Instant at = GatewayJson.instant(value);
		return (at != null) ? at : this.clock.instant();
	}

}
