package se.postboxen.kollegan.adapter.persistence.chat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * AES-256-GCM for stored credentials: round trip, a fresh nonce each time, tampering and
 * misplaced values detected, rotation to a new key with the old one still read, and keys
 * that only development may fall back to.
 */
class CredentialCipherTests {

	static final String TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy";

	static final byte[] ROW = "chat_credential|SLACK|T0KOMMUNA|tenant|bot_token".getBytes(StandardCharsets.UTF_8);

	static byte[] newKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	final byte[] key = newKey();

	final CredentialCipher cipher = new CredentialCipher(this.key, List.of());

	@Test
	void decryptsWhatItEncrypted() {
		byte[] sealed = this.cipher.encrypt(TOKEN, ROW);
		assertThat(this.cipher.decrypt(this.cipher.currentKeyId(), sealed, ROW)).isEqualTo(TOKEN);
		assertThat(sealed).hasSize(CredentialCipher.NONCE_LENGTH + TOKEN.length() + 16);
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("xoxb");
	}

	@Test
	void encryptsTheSameTokenDifferentlyEachTime() {
		byte[] first = this.cipher.encrypt(TOKEN, ROW);
		byte[] second = this.cipher.encrypt(TOKEN, ROW);
		assertThat(first).isNotEqualTo(second);
		// Nonces, in front, differ: GCM must never see one twice under a key.
		assertThat(HexFormat.of().formatHex(first, 0, 12)).isNotEqualTo(HexFormat.of().formatHex(second, 0, 12));
	}

	@Test
	void aChangedByteAnywhereFailsToDecrypt() {
		byte[] sealed = this.cipher.encrypt(TOKEN, ROW);
		for (int i = 0; i < sealed.length; i++) {
			byte[] tampered = sealed.clone();
			tampered[i] ^= 0x01;
			assertThatIllegalStateException()
				.isThrownBy(() -> this.cipher.decrypt(this.cipher.currentKeyId(), tampered, ROW))
				.withMessageNotContaining(TOKEN);
		}
		assertThatIllegalStateException()
			.isThrownBy(() -> this.cipher.decrypt(this.cipher.currentKeyId(), new byte[20], ROW));
	}

	@Test
	void aValueMovedToAnotherRowFailsToDecrypt() {
		byte[] sealed = this.cipher.encrypt(TOKEN, ROW);
		byte[] otherRow = "chat_credential|SLACK|T0KOMMUNB|tenant|bot_token".getBytes(StandardCharsets.UTF_8);
		assertThatIllegalStateException()
			.isThrownBy(() -> this.cipher.decrypt(this.cipher.currentKeyId(), sealed, otherRow))
			.withMessageContaining("do not decrypt");
	}

	@Test
	void afterARotationValuesOfThePreviousKeyAreStillReadAndNewOnesUseTheNewKey() {
		byte[] old = this.cipher.encrypt(TOKEN, ROW);
		String oldKeyId = this.cipher.currentKeyId();
		CredentialCipher rotated = new CredentialCipher(newKey(), List.of(this.key));
		assertThat(rotated.currentKeyId()).isNotEqualTo(oldKeyId);
		assertThat(rotated.decrypt(oldKeyId, old, ROW)).isEqualTo(TOKEN);
		byte[] fresh = rotated.encrypt(TOKEN, ROW);
		assertThat(rotated.decrypt(rotated.currentKeyId(), fresh, ROW)).isEqualTo(TOKEN);
		// The old key alone cannot read what the new one wrote.
		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(rotated.currentKeyId(), fresh, ROW))
			.withMessageContaining("previous-keys");
	}

	@Test
	void aKeyIdIsStableDiffersPerKeyAndIsNotTheKey() {
		assertThat(CredentialCipher.keyId(this.key)).isEqualTo(CredentialCipher.keyId(this.key.clone()))
			.isNotEqualTo(CredentialCipher.keyId(newKey()))
			.hasSize(16)
			.isNotEqualTo(HexFormat.of().formatHex(this.key, 0, 8));
	}

	@Test
	void withoutAKeyNothingIsEncrypted() {
		CredentialCipher none = new CredentialCipher(null, List.of());
		assertThatIllegalStateException().isThrownBy(() -> none.encrypt(TOKEN, ROW))
			.withMessageContaining("KOLLEGAN_ENCRYPTION_KEY");
	}

	@Test
	void onlyThirtyTwoByteKeysAreTaken() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CredentialCipher(new byte[16], List.of()));
	}

	@Test
	void theDevelopmentKeyIsUsedOnlyInDevelopment() {
		CredentialEncryptionProperties unset = new CredentialEncryptionProperties(null, List.of());
		assertThat(unset.currentKey(new MockEnvironment()))
			.isEqualTo(Base64.getDecoder().decode(CredentialEncryptionProperties.DEVELOPMENT_KEY));
		assertThat(unset.currentKey(new MockEnvironment().withProperty("kollegan.mode", "production"))).isNull();
		assertThat(unset.currentKey(new MockEnvironment().withProperty("kollegan.mode", "prod"))).isNull();
	}

	@Test
	void takesKeysFromTheConventionalEnvironmentNames() {
		String current = Base64.getEncoder().encodeToString(newKey());
		String previous = Base64.getEncoder().encodeToString(this.key);
		MockEnvironment environment = new MockEnvironment().withProperty("kollegan.mode", "production")
			.withProperty("KOLLEGAN_ENCRYPTION_KEY", current)
			.withProperty("KOLLEGAN_ENCRYPTION_PREVIOUS_KEYS", previous);
		CredentialEncryptionProperties unset = new CredentialEncryptionProperties(null, List.of());
		assertThat(unset.currentKey(environment)).isEqualTo(Base64.getDecoder().decode(current));
		assertThat(unset.previousKeys(environment)).singleElement().isEqualTo(this.key);
	}

	@Test
	void aMalformedKeyIsRefusedWithoutEchoingIt() {
		CredentialEncryptionProperties weak = new CredentialEncryptionProperties("hunter2-not-a-key", List.of());
		assertThatIllegalStateException().isThrownBy(() -> weak.currentKey(new MockEnvironment()))
			.withMessageContaining("KOLLEGAN_ENCRYPTION_KEY")
			.withMessageNotContaining("hunter2");
		assertThat(CredentialEncryptionProperties.isKey(Base64.getEncoder().encodeToString(new byte[16]))).isFalse();
		assertThat(CredentialEncryptionProperties.isKey(CredentialEncryptionProperties.DEVELOPMENT_KEY)).isTrue();
		assertThat(weak.toString()).doesNotContain("hunter2");
	}

}
