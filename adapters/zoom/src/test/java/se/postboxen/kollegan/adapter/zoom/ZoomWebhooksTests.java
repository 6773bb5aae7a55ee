package se.postboxen.kollegan.adapter.zoom;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.action.ActionAnswer;
import se.postboxen.kollegan.action.ActionItemId;
import se.postboxen.kollegan.attendance.PlatformSignal;
import se.postboxen.kollegan.chat.ChatPlatformKind;
import se.postboxen.kollegan.consent.ConsentAnswer;
import se.postboxen.kollegan.consent.ConsentChannel;
import se.postboxen.kollegan.consent.ConsentLevel;
import se.postboxen.kollegan.jobs.JobPayload;
import se.postboxen.kollegan.meeting.MeetingId;
import se.postboxen.kollegan.shared.HmacSha256;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Zoom's webhook signature and URL validation, checked against the locally computed
 * vectors of the protocol notes (§5.1, §5.2: secret {@code zoom_secret_token_example},
 * computed with Python's hmac, not taken from Zoom), and Zoom's chatbot events as its own
 * SDK types them (https://zoom.github.io/rivet-javascript/, {@code Chatbot.*}) and its
 * meeting and recording events as its webhook reference and developer forum show them
 * (https://developers.zoom.us/docs/api/meetings/events/), kept under
 * {@code src/test/resources/zoom/}.
 */
class ZoomWebhooksTests {

	private static final String SECRET = "zoom_secret_token_example";

	private static final String TIMESTAMP = "1700000000";

	private static final String BODY = "{\"event\":\"meeting.started\",\"payload\":{\"account_id\":\"abc\",\"object\":"
			+ "{\"id\":\"123\"}},\"event_ts\":1700000000000}";

	private static final String SIGNATURE = "v0=7028633afd2c322c5d86c16c49bcd52dc9d6d22460b49c190a03511088a6a4ff";

	private final ZoomWebhooks webhooks = webhooksAt(Instant.ofEpochSecond(1700000000L).plusSeconds(30));

	@Test
	void verifiesTheSignatureOfTheProtocolNotesVector() {
		assertThat(this.webhooks.verify(SIGNATURE, TIMESTAMP, bytes(BODY))).isTrue();
	}

	@Test
	void answersTheUrlValidationOfTheProtocolNotesVector() {
		ZoomEvent event = this.webhooks.read(
				bytes("{\"event\":\"endpoint.url_validation\",\"payload\":{\"plainToken\":\"qgg8vlvZRS6UYooatFL8Aw\"},"
						+ "\"event_ts\":1700000000000}"));

		assertThat(event).isEqualTo(new ZoomEvent.UrlValidation("qgg8vlvZRS6UYooatFL8Aw",
				"ab6193e5fc2172ba4a29511700f0cbf2aeabefa44064ef9bf89732e27aa58708"));
		JsonNode answer = JsonMapper.shared().valueToTree(event);
		assertThat(answer.propertyNames()).containsExactlyInAnyOrder("plainToken", "encryptedToken");
	}

	@Test
	void rejectsAnAlteredBody() {
		assertThat(this.webhooks.verify(SIGNATURE, TIMESTAMP, bytes(BODY.replace("\"123\"", "\"124\"")))).isFalse();
		// The raw bytes are signed: the same JSON written differently is another body.
		assertThat(this.webhooks.verify(SIGNATURE, TIMESTAMP, bytes(BODY.replace(",", ", ")))).isFalse();
	}

	@Test
	void rejectsZoomRequestOlderThanFiveMinutes() {
		ZoomWebhooks later = webhooksAt(Instant.ofEpochSecond(1700000000L).plusSeconds(5 * 60 + 1));

		assertThat(later.verify(SIGNATURE, TIMESTAMP, bytes(BODY))).isFalse();
	}

	@Test
	void rejectsATimestampFromTheFutureBeyondFiveMinutes() {
		ZoomWebhooks earlier = webhooksAt(Instant.ofEpochSecond(1700000000L).minusSeconds(5 * 60 + 1));

		assertThat(earlier.verify(SIGNATURE, TIMESTAMP, bytes(BODY))).isFalse();
	}

	@Test
	void rejectsASignatureMadeWithAnotherSecret() {
		ZoomWebhooks other = new ZoomWebhooks("another_secret_token",
				Clock.fixed(Instant.ofEpochSecond(1700000000L), ZoneOffset.UTC));

		assertThat(other.verify(SIGNATURE, TIMESTAMP, bytes(BODY))).isFalse();
	}

	@Test
	void rejectsASignatureMovedToAnotherTimestamp() {
		assertThat(this.webhooks.verify(SIGNATURE, "1700000001", bytes(BODY))).isFalse();
	}

	@Test
	void rejectsMissingOrMalformedHeaders() {
		assertThat(this.webhooks.verify(null, TIMESTAMP, bytes(BODY))).isFalse();
		assertThat(this.webhooks.verify(SIGNATURE, null, bytes(BODY))).isFalse();
		assertThat(this.webhooks.verify(SIGNATURE, "yesterday", bytes(BODY))).isFalse();
		assertThat(this.webhooks.verify(SIGNATURE, "99999999999999999999", bytes(BODY))).isFalse();
		assertThat(this.webhooks.verify(SIGNATURE.substring(3), TIMESTAMP, bytes(BODY))).isFalse();
		assertThat(this.webhooks.verify(SIGNATURE.toUpperCase(), TIMESTAMP, bytes(BODY))).isFalse();
	}

	@Test
	void readsASlashCommandIntoAChatCommand() {
		ZoomEvent event = this.webhooks.read(resource("bot-notification.json"));

		assertThat(event).isInstanceOfSatisfying(ZoomEvent.Command.class, command -> {
			assertThat(command.accountId()).isEqualTo("gVcjZnWWRLWvv_GtyGuaxg");
			assertThat(command.deliveryId()).isEqualTo("6fnbXcJfT1aBnGdPzL5n3Q");
			assertThat(command.command().platform()).isEqualTo(ChatPlatformKind.ZOOM);
			assertThat(command.command().userName()).isEqualTo("Anna Berg");
			assertThat(command.command().userEmail()).isNull();
			assertThat(command.command().platformUserId()).isEqualTo("KDcuGIm1QgePTO8WbOqwIQ");
			assertThat(command.command().text())
				.isEqualTo("join https://kommun-a.zoom.us/j/85746065432?pwd=bTZ0WkxHRWFoUWZ3c0d6dz09");
			assertThat(command.command().replyTo()).isEqualTo(
					"{\"toJid\":\"8f1b0c0d4b6e4b53a0c2e6d5f3a9b871@conference.xmpp.zoom.us\",\"accountId\":\"gVcjZnWWRLWvv_GtyGuaxg\"}");
			assertThat(command.command().platformMeetingId()).isNull();
			assertThat(command.command().language()).isEqualTo("en");
		});
	}

	@Test
	void answersInTheLanguageOfTheCommandWord() {
		assertThat(ZoomWebhooks.language("join https://kommun-a.zoom.us/j/85746065432")).isEqualTo("en");
		assertThat(ZoomWebhooks.language("  Help")).isEqualTo("en");
		assertThat(ZoomWebhooks.language("leave https://kommun-a.zoom.us/j/85746065432")).isEqualTo("en");
		assertThat(ZoomWebhooks.language("anslut https://kommun-a.zoom.us/j/85746065432")).isEqualTo("sv");
		assertThat(ZoomWebhooks.language("hjälp")).isEqualTo("sv");
		assertThat(ZoomWebhooks.language("lämna https://kommun-a.zoom.us/j/85746065432")).isEqualTo("sv");
		// Shared by both languages, or unknown: Swedish first.
		assertThat(ZoomWebhooks.language("status")).isEqualTo("sv");
		assertThat(ZoomWebhooks.language("")).isEqualTo("sv");
		assertThat(ZoomWebhooks.language("joinery")).isEqualTo("sv");
	}

	@Test
	void namesARedeliveryWithoutTriggerIdAsTheFirstDelivery() {
		String withoutTrigger = new String(resource("bot-notification.json"), StandardCharsets.UTF_8)
			.replace("\"triggerId\": \"6fnbXcJfT1aBnGdPzL5n3Q\",", "");

		String first = deliveryId(withoutTrigger);
		String again = deliveryId(withoutTrigger);
		String another = deliveryId(withoutTrigger.replace("\"cmd\": \"join", "\"cmd\": \"leave"));

		assertThat(first).isEqualTo(again).startsWith("1764147600123-").matches("[0-9a-f-]+");
		assertThat(another).isNotEqualTo(first);
	}

	@Test
	void hashesATriggerIdThatCannotBeAJobKey() {
		String odd = new String(resource("bot-notification.json"), StandardCharsets.UTF_8)
			.replace("6fnbXcJfT1aBnGdPzL5n3Q", "6fnb+XcJf T1a=");

		assertThat(deliveryId(odd)).matches("[0-9a-f]{64}");
	}

	@Test
	void ignoresASlashCommandWithoutAChatToAnswerIn() {
		String withoutChat = new String(resource("bot-notification.json"), StandardCharsets.UTF_8).replace("\"toJid\"",
				"\"elsewhere\"");

		assertThat(this.webhooks.read(bytes(withoutChat))).isEqualTo(new ZoomEvent.Acknowledged("bot_notification"));
	}

	@Test
	void readsAConsentButtonClickIntoAConsentAnswer() {
		ZoomEvent event = this.webhooks.read(resource("interactive-message-actions.json"));

		MeetingId meetingId = new MeetingId(UUID.fromString("3f0c5a52-8a8e-4d55-9a59-0b6c2a1f2e11"));
		assertThat(event).isInstanceOfSatisfying(ZoomEvent.ConsentClick.class, click -> {
			assertThat(click.accountId()).isEqualTo("gVcjZnWWRLWvv_GtyGuaxg");
			assertThat(click.deliveryId()).isNotBlank();
			JobPayload.ChatConsentAnswer answer = click.answer();
			assertThat(answer.meetingId()).isEqualTo(meetingId);
			assertThat(answer.userName()).isEqualTo("Erik Lund");
			assertThat(answer.platformUserId()).isNotBlank();
			assertThat(answer.level()).isEqualTo(ConsentLevel.PLUS);
			assertThat(answer.answer()).isEqualTo(ConsentAnswer.ACCEPTED);
			assertThat(answer.platform().consentChannel()).isEqualTo(ConsentChannel.ZOOM);
			assertThat(answer.at()).isEqualTo(Instant.ofEpochSecond(1700000000L).plusSeconds(30));
		});
		// The same delivery again is the same answer.
		assertThat(((ZoomEvent.ConsentClick) this.webhooks.read(resource("interactive-message-actions.json")))
			.deliveryId()).isEqualTo(((ZoomEvent.ConsentClick) event).deliveryId());
	}

	@Test
	void answersAConsentClickWithoutAChatInThePersonsOwnChat() {
		String withoutChat = new String(resource("interactive-message-actions.json"), StandardCharsets.UTF_8)
			.replace("\"toJid\": \"8f1b0c0d4b6e4b53a0c2e6d5f3a9b871@conference.xmpp.zoom.us\",", "");

		assertThat(this.webhooks.read(bytes(withoutChat))).isInstanceOfSatisfying(ZoomEvent.ConsentClick.class,
				click -> assertThat(click.answer().replyTo()).isEqualTo(
						"{\"toJid\":\"q3n0tkb4snshdm1eqw8pzg@xmpp.zoom.us\",\"accountId\":\"gVcjZnWWRLWvv_GtyGuaxg\"}"));
	}

	@Test
	void ignoresButtonsThatAreNoConsentAnswer() {
		String other = new String(resource("interactive-message-actions.json"), StandardCharsets.UTF_8).replace(
				"\"value\": \"consent:3f0c5a52-8a8e-4d55-9a59-0b6c2a1f2e11:PLUS:ACCEPTED\"",
				"\"value\": \"thumbs-up\"");
		String forged = new String(resource("interactive-message-actions.json"), StandardCharsets.UTF_8)
			.replace("PLUS:ACCEPTED\"", "EVERYTHING:ACCEPTED\"");

		assertThat(this.webhooks.read(bytes(other)))
			.isEqualTo(new ZoomEvent.Acknowledged("interactive_message_actions"));
		assertThat(this.webhooks.read(bytes(forged)))
			.isEqualTo(new ZoomEvent.Acknowledged("interactive_message_actions"));
	}

	@Test
	void readsANudgeButtonClickIntoAnActionAnswer() {
		ZoomEvent event = this.webhooks.read(resource("interactive-message-actions-nudge.json"));

		assertThat(event).isInstanceOfSatisfying(ZoomEvent.ActionClick.class, click -> {
			assertThat(click.accountId()).isEqualTo("gVcjZnWWRLWvv_GtyGuaxg");
			assertThat(click.deliveryId()).startsWith("1764576012400-");
			JobPayload.ChatActionAnswer answer = click.answer();
			assertThat(answer.platform()).isEqualTo(ChatPlatformKind.ZOOM);
			assertThat(answer.actionItemId())
				.isEqualTo(new ActionItemId(UUID.fromString("7d1e4b0a-5c2f-4e8b-9a61-3f2d8c9b1a47")));
			assertThat(answer.kind()).isEqualTo(ActionAnswer.Kind.DONE);
			assertThat(answer.newDue()).isNull();
			assertThat(answer.newOwnerEmail()).isNull();
			assertThat(answer.newOwnerPlatformUserId()).isNull();
			assertThat(answer.userName()).isEqualTo("Anna Berg");
			assertThat(answer.platformUserId()).isEqualTo("KDcuGIm1QgePTO8WbOqwIQ");
			assertThat(answer.replyTo()).isEqualTo(
					"{\"toJid\":\"kdcugim1qgepto8wboqwiq@xmpp.zoom.us\",\"accountId\":\"gVcjZnWWRLWvv_GtyGuaxg\"}");
			assertThat(answer.language()).isEqualTo("sv");
		});
		// Zoom's redelivery of the same click is the same answer.
		assertThat(((ZoomEvent.ActionClick) this.webhooks.read(resource("interactive-message-actions-nudge.json")))
			.deliveryId()).isEqualTo(((ZoomEvent.ActionClick) event).deliveryId());
	}

	@Test
	void readsANewDateClickWithTheDateTheButtonCarries() {
		String later = new String(resource("interactive-message-actions-nudge.json"), StandardCharsets.UTF_8).replace(
				"\"value\": \"action:7d1e4b0a-5c2f-4e8b-9a61-3f2d8c9b1a47:done\"\n",
				"\"value\": \"action:7d1e4b0a-5c2f-4e8b-9a61-3f2d8c9b1a47:new-date:2026-12-11\"\n");

		assertThat(this.webhooks.read(bytes(later))).isInstanceOfSatisfying(ZoomEvent.ActionClick.class, click -> {
			assertThat(click.answer().kind()).isEqualTo(ActionAnswer.Kind.NEW_DATE);
			assertThat(click.answer().newDue()).isEqualTo(java.time.LocalDate.parse("2026-12-11"));
		});
	}

	@Test
	void ignoresANudgeClickFromSomeoneZoomNamesByNameOnly() {
		String anonymous = new String(resource("interactive-message-actions-nudge.json"), StandardCharsets.UTF_8)
			.replace("\"userId\": \"KDcuGIm1QgePTO8WbOqwIQ\",", "");

		assertThat(this.webhooks.read(bytes(anonymous)))
			.isEqualTo(new ZoomEvent.Acknowledged("interactive_message_actions"));
	}

	@Test
	void readsAMeetingStartAtTheMeetingsStartTime() {
		assertThat(this.webhooks.read(resource("meeting-started.json")))
			.isEqualTo(new ZoomEvent.MeetingSignal("gVcjZnWWRLWvv_GtyGuaxg", "zoom.us/j/85746065432",
					PlatformSignal.STARTED, Instant.parse("2026-11-26T08:58:12Z")));
	}

	@Test
	void readsAMeetingEndAtTheMeetingsEndTime() {
		assertThat(this.webhooks.read(resource("meeting-ended.json")))
			.isEqualTo(new ZoomEvent.MeetingSignal("gVcjZnWWRLWvv_GtyGuaxg", "zoom.us/j/85746065432",
					PlatformSignal.ENDED, Instant.parse("2026-11-26T09:41:10Z")));
	}

	@Test
	void takesWhenZoomSentTheEventWhenTheMeetingNamesNoTime() {
		String timeless = new String(resource("meeting-ended.json"), StandardCharsets.UTF_8)
			.replace("\"end_time\": \"2026-11-26T09:41:10Z\"", "\"end_time\": \"\"");

		assertThat(this.webhooks.read(bytes(timeless))).isInstanceOfSatisfying(ZoomEvent.MeetingSignal.class,
				signal -> assertThat(signal.around()).isEqualTo(Instant.ofEpochMilli(1764150073456L)));
	}

	@Test
	void readsAFinishedRecordingWithItsTranscriptAsTheTranscriptReady() {
		assertThat(this.webhooks.read(resource("recording-completed.json")))
			.isEqualTo(new ZoomEvent.MeetingSignal("gVcjZnWWRLWvv_GtyGuaxg", "zoom.us/j/85746065432",
					PlatformSignal.TRANSCRIPT_READY, Instant.parse("2026-11-26T09:00:14Z")));
		assertThat(this.webhooks.read(bytes(new String(resource("recording-completed.json"), StandardCharsets.UTF_8)
			.replace("\"event\": \"recording.completed\"", "\"event\": \"recording.transcript_completed\""))))
			.isInstanceOf(ZoomEvent.MeetingSignal.class);
	}

	@Test
	void onlyAcknowledgesARecordingWithoutAFinishedTranscript() {
		String video = new String(resource("recording-completed.json"), StandardCharsets.UTF_8)
			.replace("\"file_type\": \"TRANSCRIPT\"", "\"file_type\": \"MP4\"");
		String processing = new String(resource("recording-completed.json"), StandardCharsets.UTF_8)
			.replace("\"status\": \"completed\"", "\"status\": \"processing\"");

		assertThat(this.webhooks.read(bytes(video))).isEqualTo(new ZoomEvent.Acknowledged("recording.completed"));
		assertThat(this.webhooks.read(bytes(processing))).isEqualTo(new ZoomEvent.Acknowledged("recording.completed"));
	}

	@Test
	void acknowledgesMeetingEventsWithoutAMeetingNumberAndUnknownEvents() {
		// The protocol notes' vector names meeting "123", which no join link does.
		assertThat(this.webhooks.read(bytes(BODY))).isEqualTo(new ZoomEvent.Acknowledged("meeting.started"));
		assertThat(this.webhooks.read(bytes(new String(resource("meeting-ended.json"), StandardCharsets.UTF_8)
			.replace("\"account_id\": \"gVcjZnWWRLWvv_GtyGuaxg\",", ""))))
			.isEqualTo(new ZoomEvent.Acknowledged("meeting.ended"));
		assertThat(this.webhooks.read(bytes("{\"event\":\"meeting.participant_joined\",\"payload\":{}}")))
			.isEqualTo(new ZoomEvent.Acknowledged("meeting.participant_joined"));
	}

	@Test
	void refusesABodyThatIsNoJsonObject() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.webhooks.read(bytes("event=bot_notification")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.webhooks.read(bytes("[1, 2]")));
	}

	@Test
	void signsWhatItVerifies() {
		byte[] body = resource("bot-notification.json");
		String signature = "v0="
				+ HexFormat.of().formatHex(HmacSha256.of(bytes(SECRET), bytes("v0:" + TIMESTAMP + ":"), body));

		assertThat(this.webhooks.verify(signature, TIMESTAMP, body)).isTrue();
	}

	private String deliveryId(String body) {
		return ((ZoomEvent.Command) this.webhooks.read(bytes(body))).deliveryId();
	}

	private static ZoomWebhooks webhooksAt(Instant now) {
		return new ZoomWebhooks(SECRET, Clock.fixed(now, ZoneOffset.UTC));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] resource(String name) {
		try (InputStream in = ZoomWebhooksTests.class.getResourceAsStream("/zoom/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
