package se.postboxen.kollegan.bot.attendance;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import se.postboxen.kollegan.bot.Api;
import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Posts a status webhook as a Recall.ai-compatible gateway does: Standard Webhooks
 * headers, {@code v1,} + base64 HMAC-SHA256 over {@code id.timestamp.body}.
 */
public final class RecallWebhook {

	private RecallWebhook() {
	}

	public static HttpResponse<String> post(int port, String body, byte[] key) {
		String id = "msg_" + UUID.randomUUID();
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		String signature = "v1," + Base64.getEncoder()
			.encodeToString(HmacSha256.of(key, (id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
		return Api.anonymous(port)
			.method("POST", "/api/meetingbot/recall", "application/json", body.getBytes(StandardCharsets.UTF_8),
					"webhook-id", id, "webhook-timestamp", timestamp, "webhook-signature", signature);
	}

}
