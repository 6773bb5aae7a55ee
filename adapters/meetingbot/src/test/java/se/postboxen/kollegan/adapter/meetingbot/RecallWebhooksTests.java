package se.postboxen.kollegan.adapter.meetingbot;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import se.postboxen.kollegan.attendance.BotReport;
import se.postboxen.kollegan.attendance.BotState;

import static org.assertj.core.api.Assertions.assertThat;

/** Standard Webhooks verification and Recall's two payload shapes. */
class RecallWebhooksTests {

	private static final byte[] KEY = "a-32-byte-test-key-for-webhooks!".getBytes(StandardCharsets.US_ASCII);

	private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);

	private static final Instant NOW = Instant.parse("2027-03-15T09:00:10Z");

	private final RecallWebhooks webhooks = new RecallWebhooks(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

	private static String signature(String id, long timestamp, String body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
		return "v1," + Base64.getEncoder()
			.encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
	}

	private static final String WAITING = """
			{"event": "bot.in_waiting_room", "data": {"data": {"code": "in_waiting_room", "sub_code": null,
			 "updated_at": "2027-03-15T09:00:05.000000Z"}, "bot": {"id": "bot-1", "metadata": {}}}}""";

	@Test
	void aSignatureOfThisBodyWithinFiveMinutesIsValid() throws Exception {
		byte[] body = WAITING.getBytes(StandardCharsets.UTF_8);
		long timestamp = NOW.getEpochSecond() - 5;
		String valid = signature("msg_2Lh9", timestamp, WAITING);

		assertThat(this.webhooks.verify("msg_2Lh9", Long.toString(timestamp), valid, body)).isTrue();
		assertThat(this.webhooks.verify("msg_2Lh9", Long.toString(timestamp), "v1,bm9wZQ== " + valid, body))
			.as("one of several signatures (a key being rotated)")
			.isTrue();
	}

	@Test
	void anythingElseIsNot() throws Exception {
		byte[] body = WAITING.getBytes(StandardCharsets.UTF_8);
		long timestamp = NOW.getEpochSecond();
		String valid = signature("msg_2Lh9", timestamp, WAITING);

		assertThat(this.webhooks.verify("msg_2Lh9", Long.toString(timestamp), valid,
				WAITING.replace("bot-1", "bot-2").getBytes(StandardCharsets.UTF_8)))
			.as("another body")
			.isFalse();
		assertThat(this.webhooks.verify("msg_other", Long.toString(timestamp), valid, body)).as("another id").isFalse();
		long old = NOW.getEpochSecond() - 600;
		assertThat(this.webhooks.verify("msg_2Lh9", Long.toString(old), signature("msg_2Lh9", old, WAITING), body))
			.as("a replay ten minutes later")
			.isFalse();
		assertThat(this.webhooks.verify(null, Long.toString(timestamp), valid, body)).isFalse();
		assertThat(this.webhooks.verify("msg_2Lh9", "not-a-number", valid, body)).isFalse();
		assertThat(this.webhooks.verify("msg_2Lh9", Long.toString(timestamp), "v2," + valid.substring(3), body))
			.isFalse();
	}

	@Test
	void readsBothPayloadShapesIntoReports() {
		BotReport waiting = this.webhooks.read(WAITING.getBytes(StandardCharsets.UTF_8)).orElseThrow();
		BotReport fatal = this.webhooks
			.read("""
					{"event": "bot.status_change", "data": {"bot_id": "bot-2", "status": {"code": "fatal",
					 "created_at": "2027-03-15T09:03:00Z", "sub_code": "bot_kicked_from_waiting_room", "message": null}}}"""
				.getBytes(StandardCharsets.UTF_8))
			.orElseThrow();
		BotReport denied = this.webhooks
			.read("""
					{"event": "bot.fatal", "data": {"data": {"code": "fatal", "sub_code": "meeting_not_found",
					 "updated_at": "2027-03-15T09:01:00Z"}, "bot": {"id": "bot-3", "metadata": {}}}}"""
				.getBytes(StandardCharsets.UTF_8))
			.orElseThrow();

		assertThat(waiting).isEqualTo(new BotReport("bot-1", BotState.IN_LOBBY, "in_waiting_room", false,
				Instant.parse("2027-03-15T09:00:05Z")));
		assertThat(fatal.state()).isEqualTo(BotState.FAILED);
		assertThat(fatal.retryable()).isTrue();
		assertThat(denied.retryable()).isFalse();
		assertThat(this.webhooks.read(
				"{\"event\": \"bot.recording_done\", \"data\": {\"data\": {\"code\": \"recording_done\"}, \"bot\": {\"id\": \"b\"}}}"
					.getBytes(StandardCharsets.UTF_8)))
			.isEmpty();
		assertThat(this.webhooks.read("not json".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

}
