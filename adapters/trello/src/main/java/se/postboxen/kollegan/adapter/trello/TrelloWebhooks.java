package se.postboxen.kollegan.adapter.trello;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Trello's webhooks to Kollegan's endpoint: verified with the Power-Up's secret, then
 * read for the one thing Kollegan follows, a card completed, archived (or brought back)
 * or deleted.
 * <p>
 * A delivery is genuine when {@code X-Trello-Webhook} is the base64 HMAC-SHA1, keyed with
 * the secret, of the raw body followed by the callback URL exactly as it was given to
 * Trello. Trello signs no timestamp, so a captured delivery could be replayed: that is
 * harmless here, since a delivery only makes Kollegan read the card's state from Trello.
 *
 * @see <a href=
 * "https://developer.atlassian.com/cloud/trello/guides/rest-api/webhooks/">Webhooks:
 * webhook signatures</a>
 */
public final class TrelloWebhooks {

	private static final Pattern TRELLO_ID = Pattern.compile("^[0-9a-fA-F]{24}$");

	private final TrelloProperties properties;

	TrelloWebhooks(TrelloProperties properties) {
		this.properties = properties;
	}

	/** Whether deliveries are verified: the secret and the callback URL are set. */
	public boolean verifies() {
		return this.properties.verifiesWebhooks();
	}

	/** Whether the delivery carries Trello's signature; never without a secret. */
	public boolean verify(@Nullable String signature, byte[] body) {
		if (signature == null || !verifies()) {
			return false;
		}
		byte[] expected = Base64.getEncoder()
			.encode(hmacSha1(this.properties.appSecret().getBytes(StandardCharsets.UTF_8), body,
					this.properties.webhookUrl().toString().getBytes(StandardCharsets.UTF_8)));
		return HmacSha256.same(expected, signature.strip().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The card change a delivery reports, if it is one Kollegan follows: an
	 * {@code updateCard} that changed {@code dueComplete} or {@code closed}, or a
	 * {@code deleteCard}. What the change was is not read: the card's state is asked of
	 * Trello when the change is followed.
	 * @throws IllegalArgumentException when the body is not a JSON object
	 */
	public Optional<CardChange> read(byte[] body) {
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
		JsonNode action = delivery.path("action");
		String type = action.path("type").asString("");
		JsonNode old = action.path("data").path("old");
		boolean followed = "deleteCard".equals(type)
				|| "updateCard".equals(type) && (old.has("dueComplete") || old.has("closed"));
		String cardId = action.path("data").path("card").path("id").asString("");
		String eventId = action.path("id").asString("");
		if (!followed || !TRELLO_ID.matcher(cardId).matches() || !TRELLO_ID.matcher(eventId).matches()) {
			return Optional.empty();
		}
		return Optional.of(new CardChange(cardId, eventId));
	}

	private static byte[] hmacSha1(byte[] key, byte[]... parts) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			for (byte[] part : parts) {
				mac.update(part);
			}
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 unavailable", ex);
		}
	}

	/**
	 * A card whose state may have changed.
	 *
	 * @param eventId Trello's id of the action that changed it, the same in every
	 * redelivery
	 */
	public record CardChange(String cardId, String eventId) {

	}

}
