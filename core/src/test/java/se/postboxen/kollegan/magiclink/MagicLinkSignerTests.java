package se.postboxen.kollegan.magiclink;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MagicLinkSignerTests {

	private static final UUID LINK = UUID.fromString("4b0c5a8e-2f6d-4c1e-9a3b-7d8e9f0a1b2c");

	private static final Instant EXPIRES = Instant.parse("2027-01-08T12:00:00Z");

	private final MagicLinkSigner signer = new MagicLinkSigner("k2", Map.of("k2", "current-secret-value"));

	@Test
	void aSignedTokenVerifiesToItsLinkAndExpiry() {
		String token = this.signer.sign(LINK, EXPIRES);

		assertThat(token).matches("[A-Za-z0-9_-]+\\.k2\\.[A-Za-z0-9_-]+");
		assertThat(this.signer.verify(token)).contains(new MagicLinkSigner.Claims(LINK, EXPIRES));
	}

	@Test
	void everyChangedCharacterBreaksTheSignature() {
		String token = this.signer.sign(LINK, EXPIRES);
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			char other = (c == 'A') ? 'B' : 'A';
			String tampered = token.substring(0, i) + other + token.substring(i + 1);
			assertThat(this.signer.verify(tampered)).as("changed at " + i).isEmpty();
		}
		assertThat(this.signer.verify(token + "A")).isEmpty();
		assertThat(this.signer.verify("")).isEmpty();
		assertThat(this.signer.verify("..")).isEmpty();
	}

	@Test
	void linksOfTheRetiredKeyWorkWhileItIsListedAndNotAfter() {
		MagicLinkSigner before = new MagicLinkSigner("k1", Map.of("k1", "old-secret-value"));
		String old = before.sign(LINK, EXPIRES);

		MagicLinkSigner rotated = new MagicLinkSigner("k2", Map.of("k1", "old-secret-value", "k2", "new-secret-x"));
		MagicLinkSigner retired = new MagicLinkSigner("k2", Map.of("k2", "new-secret-x"));

		assertThat(rotated.verify(old)).isPresent();
		assertThat(rotated.sign(LINK, EXPIRES)).contains(".k2.");
		assertThat(retired.verify(old)).isEmpty();
	}

	@Test
	void theSameKeyIdWithAnotherSecretDoesNotVerify() {
		String token = this.signer.sign(LINK, EXPIRES);

		assertThat(new MagicLinkSigner("k2", Map.of("k2", "a-different-secret")).verify(token)).isEmpty();
	}

	@Test
	void theCurrentKeyMustExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MagicLinkSigner("k9", Map.of("k1", "x")));
	}

}
