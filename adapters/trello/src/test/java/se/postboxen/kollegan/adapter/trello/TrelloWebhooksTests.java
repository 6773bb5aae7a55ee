package se.postboxen.kollegan.adapter.trello;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Trello's webhook signature (base64 HMAC-SHA1 of body and callback URL with the
 * Power-Up's secret) against a computed vector and tampered deliveries, and which
 * deliveries are read as card changes.
 */
class TrelloWebhooksTests {

	/** The vector of docs/platform-protocols.md §7.3, computed with Python's hmac. */
	private static final String SECRET = "trello_app_secret_example";

	private static final String CALLBACK = "https://example.com/trello/webhook";

	private static final String BODY = "{\"action\":{\"type\":\"createCard\"},\"model\":{\"id\":\"5a\"}}";

	private static final String SIGNATURE = "JVnHrF4X7W9FtawIKWxtrvcsdtI=";

	private final TrelloWebhooks webhooks = webhooks(SECRET, CALLBACK);

	@Test
	void acceptsTheComputedVector() {
		assertThat(this.webhooks.verify(SIGNATURE, bytes(BODY))).isTrue();
	}

	@Test
	void rejectsATamperedBody() {
		assertThat(this.webhooks.verify(SIGNATURE, bytes(BODY.replace("5a", "5b")))).isFalse();
	}

	@Test
	void rejectsTheSignatureOfAnotherCallbackUrl() {
		assertThat(webhooks(SECRET, "https://example.com/trello/webhook/").verify(SIGNATURE, bytes(BODY))).isFalse();
	}

	@Test
	void rejectsAnotherSecretsSignature() {
		assertThat(webhooks("another-secret", CALLBACK).verify(SIGNATURE, bytes(BODY))).isFalse();
	}

	@Test
	void rejectsAMissingSignature() {
		assertThat(this.webhooks.verify(null, bytes(BODY))).isFalse();
		assertThat(this.webhooks.verify("", bytes(BODY))).isFalse();
	}

	@Test
	void verifiesNothingWithoutASecret() {
		TrelloWebhooks unsigned = webhooks(null, CALLBACK);

		assertThat(unsigned.verifies()).isFalse();
		assertThat(unsigned.verify(SIGNATURE, bytes(BODY))).isFalse();
	}

	@Test
	void readsACardMarkedComplete() {
		assertThat(this.webhooks.read(resource("webhook-card-completed.json")))
			.contains(new TrelloWebhooks.CardChange("54a1844d304d9736e54d2546", "592f11060f95a3d3d46a987a"));
	}

	@Test
	void readsACardArchived() {
		assertThat(this.webhooks.read(resource("webhook-card-archived.json")))
			.contains(new TrelloWebhooks.CardChange("54a1844d304d9736e54d2546", "592f11060f95a3d3d46a987b"));
	}

	@Test
	void ignoresOtherChangesToACard() {
		assertThat(this.webhooks.read(resource("webhook-due-changed.json"))).isEmpty();
		assertThat(this.webhooks.read(bytes(BODY))).isEmpty();
	}

	@Test
	void ignoresIdsThatAreNotTrellos() {
		String forged = new String(resource("webhook-card-completed.json"), StandardCharsets.UTF_8)
			.replace("592f11060f95a3d3d46a987a", "../../x");

		assertThat(this.webhooks.read(bytes(forged))).isEmpty();
	}

	@Test
	void refusesABodyThatIsNoJsonObject() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.webhooks.read(bytes("[1, 2]")));
		assertThatIllegalArgumentException().isThrownBy(() -> this.webhooks.read(bytes("not json")));
	}

	private static TrelloWebhooks webhooks(@Nullable String secret, String callback) {
		return new TrelloWebhooks(new TrelloProperties("key", "token", secret, URI.create(callback),
				URI.create("https://api.trello.com"), Duration.ofSeconds(5)));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] resource(String name) {
		try (InputStream in = TrelloWebhooksTests.class.getResourceAsStream("/trello/" + name)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
