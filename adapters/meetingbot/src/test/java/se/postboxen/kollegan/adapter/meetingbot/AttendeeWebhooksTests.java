package se.postboxen.kollegan.adapter.meetingbot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.attendance.BotReport;
import se.postboxen.kollegan.attendance.BotState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attendee's webhook signature and its {@code bot.state_change} payload. The payloads
 * under {@code src/test/resources/attendee/} are byte for byte what Attendee sends
 * ({@code requests.post(json=...)} in {@code bots/tasks/deliver_webhook_task.py} of
 * github.com/attendee-labs/attendee, with the data {@code BotEventManager.create_event}
 * in {@code bots/models.py} builds), and the signatures were made with Attendee's own
 * {@code sign_payload} ({@code bots/webhook_utils.py}, also shown in
 * {@code docs/webhooks.md}) in Python, with the key below.
 */
class AttendeeWebhooksTests {

	/** base64 of {@code a-32-byte-test-key-for-webhooks!}. */
	private static final String SECRET = "YS0zMi1ieXRlLXRlc3Qta2V5LWZvci13ZWJob29rcyE=";

	private static final String WAITING_SIGNATURE = "yWoPZKPLNxxAC6ijx3tiXrPYHGP+id9NOq3JVgR3LfA=";

	/**
	 * Over a payload with non-ASCII text, nested objects, null, an integer and a float.
	 */
	private static final String DENIED_SIGNATURE = "h2moAGxUL9IDNoDACi/VyK4hVsTb5Hn1NDXK8fd901Q=";

	private static final Instant NOW = Instant.parse("2027-03-15T09:00:10Z");

	private final AttendeeWebhooks webhooks = new AttendeeWebhooks(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	private static byte[] payload(String name) {
		try (InputStream in = AttendeeWebhooksTests.class.getResourceAsStream("/attendee/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] stateChange(String newState, String eventType, String eventSubType) {
		return """
				{"idempotency_key": "8d2f0c1e-5b6a-4f3e-9d8c-7b6a5f4e3d2c", "bot_id": "bot_weIAju4OXNZkDTpZ",
				 "bot_metadata": null, "trigger": "bot.state_change", "data": {"event_type": "%s",
				 "event_sub_type": %s, "event_metadata": {}, "old_state": "joining", "new_state": "%s",
				 "created_at": "2027-03-15T09:02:00.000000+00:00"}}"""
			.formatted(eventType, (eventSubType != null) ? "\"" + eventSubType + "\"" : "null", newState)
			.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void attendeesSignatureOfThePayloadIsValidWhateverTheBytesLookLike() {
		assertThat(this.webhooks.verify(WAITING_SIGNATURE, payload("bot-state-change-waiting-room.json"))).isTrue();
		assertThat(this.webhooks.verify(DENIED_SIGNATURE, payload("bot-state-change-denied.json"))).isTrue();
		assertThat(this.webhooks.verify(WAITING_SIGNATURE, """
				{ "trigger" : "bot.state_change", "bot_metadata" : { "kollegan_meeting_id" :
				  "0f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a" }, "bot_id" : "bot_weIAju4OXNZkDTpZ",
				  "idempotency_key" : "6f1c2a8e-3b7d-4c5e-9a0f-1d2e3f4a5b6c", "data" : { "old_state" : "joining",
				  "new_state" : "waiting_room", "event_type" : "put_in_waiting_room", "event_sub_type" : null,
				  "event_metadata" : { }, "created_at" : "2027-03-15T09:00:05.123456+00:00" } }
				""".getBytes(StandardCharsets.UTF_8))).as("the same payload, reordered and spaced").isTrue();
	}

	@Test
	void anythingElseIsNot() {
		byte[] waiting = payload("bot-state-change-waiting-room.json");
		String forged = new String(waiting, StandardCharsets.UTF_8).replace("waiting_room\"", "joined_recording\"");

		assertThat(this.webhooks.verify(WAITING_SIGNATURE, forged.getBytes(StandardCharsets.UTF_8)))
			.as("another payload")
			.isFalse();
		assertThat(this.webhooks.verify(DENIED_SIGNATURE, waiting)).as("another payload's signature").isFalse();
		assertThat(new AttendeeWebhooks("YW5vdGhlci0zMi1ieXRlLWtleS1mb3Itd2ViaG9vayE=", Clock.systemUTC())
			.verify(WAITING_SIGNATURE, waiting)).as("another project's secret").isFalse();
		assertThat(this.webhooks.verify(null, waiting)).as("no signature").isFalse();
		assertThat(this.webhooks.verify("not base64!", waiting)).isFalse();
		assertThat(this.webhooks.verify(WAITING_SIGNATURE, "not json".getBytes(StandardCharsets.UTF_8))).isFalse();
		assertThat(this.webhooks.verify(WAITING_SIGNATURE,
				(new String(waiting, StandardCharsets.UTF_8) + " {}").getBytes(StandardCharsets.UTF_8)))
			.as("a second value after the payload")
			.isFalse();
	}

	@Test
	void readsStateChangesIntoReports() {
		BotReport waiting = this.webhooks.read(payload("bot-state-change-waiting-room.json")).orElseThrow();
		BotReport denied = this.webhooks.read(payload("bot-state-change-denied.json")).orElseThrow();

		assertThat(waiting).isEqualTo(new BotReport("bot_weIAju4OXNZkDTpZ", BotState.IN_LOBBY, "put_in_waiting_room",
				false, Instant.parse("2027-03-15T09:00:05.123456Z")));
		assertThat(denied).isEqualTo(new BotReport("bot_weIAju4OXNZkDTpZ", BotState.FAILED, "request_to_join_denied",
				false, Instant.parse("2027-03-15T09:01:00Z")));
		assertThat(this.webhooks.read(stateChange("joined_recording", "recording_permission_granted", null)))
			.hasValueSatisfying(report -> assertThat(report.state()).isEqualTo(BotState.IN_CALL));
		assertThat(this.webhooks.read(stateChange("post_processing", "meeting_ended", null)))
			.hasValueSatisfying(report -> {
				assertThat(report.state()).isEqualTo(BotState.ENDED);
				assertThat(report.reason()).isEqualTo("meeting_ended");
			});
	}

	@Test
	void failuresAnotherAttemptCanMendAreRetryable() {
		assertThat(this.webhooks
			.read(stateChange("fatal_error", "could_not_join_meeting", "waiting_room_timeout_exceeded")))
			.hasValueSatisfying(report -> assertThat(report.retryable()).isTrue());
		assertThat(this.webhooks.read(stateChange("fatal_error", "fatal_error", "heartbeat_timeout")))
			.hasValueSatisfying(report -> assertThat(report.retryable()).isTrue());
		assertThat(this.webhooks.read(stateChange("fatal_error", "could_not_join_meeting", "meeting_not_found")))
			.hasValueSatisfying(report -> assertThat(report.retryable()).isFalse());
		assertThat(this.webhooks.read(stateChange("fatal_error", "could_not_join_meeting", "login_required")))
			.hasValueSatisfying(report -> assertThat(report.retryable()).isFalse());
	}

	@Test
	void otherTriggersAndStatesAreNotReports() {
		assertThat(this.webhooks.read(stateChange("leaving", "leave_requested", "user_requested"))).isEmpty();
		assertThat(this.webhooks.read(stateChange("staged", "staged", null))).isEmpty();
		assertThat(this.webhooks.read("""
				{"idempotency_key": "1", "bot_id": "bot_weIAju4OXNZkDTpZ", "bot_metadata": null,
				 "trigger": "transcript.update", "data": {"speaker_name": "Anna Lind", "timestamp_ms": 1,
				 "duration_ms": 2, "transcription": {"transcript": "Hej"}}}""".getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(this.webhooks.read("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

}
