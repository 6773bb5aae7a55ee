package se.postboxen.kollegan.adapter.persistence.chat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Encrypts secrets kept in the database (chat workspaces' tokens) with AES-256-GCM: a
 * fresh random 96-bit nonce per value, stored in front of the ciphertext and its 128-bit
 * tag, and the row the value belongs to as associated data, so that a value copied into
 * another row or column does not decrypt. Each key has an id derived from the key itself
 * (an HMAC of a fixed label, which tells nothing of the key), stored beside the
 * ciphertext: after a rotation, rows written with a previous key are still read, and a
 * key id can never be paired with the wrong key by a configuration mistake.
 */
final class CredentialCipher {

	static final int KEY_LENGTH = 32;

	static final int NONCE_LENGTH = 12;

	static final int TAG_BITS = 128;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final byte[] KEY_ID_LABEL = "kollegan credential key id".getBytes(StandardCharsets.UTF_8);

	private final SecureRandom random = new SecureRandom();

	private final @Nullable String currentKeyId;

	private final Map<String, SecretKey> keys;

	/**
	 * @param currentKey the key new values are encrypted with, or {@code null} when none
	 * is configured (then nothing can be stored or read)
	 * @param previousKeys keys values may still be encrypted with
	 */
	CredentialCipher(byte @Nullable [] currentKey, List<byte[]> previousKeys) {
		Map<String, SecretKey> keys = new LinkedHashMap<>();
		this.currentKeyId = (currentKey != null) ? add(keys, currentKey) : null;
		for (byte[] previous : previousKeys) {
			add(keys, previous);
		}
		this.keys = Map.copyOf(keys);
	}

	private static String add(Map<String, SecretKey> keys, byte[] key) {
		if (key.length != KEY_LENGTH) {
			throw new IllegalArgumentException("An encryption key must be " + KEY_LENGTH + " bytes");
		}
		String id = keyId(key);
		keys.putIfAbsent(id, new SecretKeySpec(key.clone(), "AES"));
		return id;
	}

	/** The id stored beside values encrypted with {@code key}. */
	static String keyId(byte[] key) {
		return HexFormat.of().formatHex(Arrays.copyOf(HmacSha256.of(key, KEY_ID_LABEL), 8));
	}

	/** The id of the key new values are encrypted with. */
	String currentKeyId() {
		if (this.currentKeyId == null) {
			throw new IllegalStateException(
					"No encryption key configured (kollegan.persistence.encryption.key, KOLLEGAN_ENCRYPTION_KEY)");
		}
		return this.currentKeyId;
	}

	/**
	 * Encrypts with the current key.
	 * @param associatedData what the value belongs to: needed again to decrypt it
	 * @return nonce, ciphertext and tag
	 */
	byte[] encrypt(String plaintext, byte[] associatedData) {
		SecretKey key = this.keys.get(currentKeyId());
		byte[] nonce = new byte[NONCE_LENGTH];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData);
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.allocate(NONCE_LENGTH + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM unavailable", ex);
		}
	}

	/**
	 * Decrypts a value written with the key {@code keyId}.
	 * @throws IllegalStateException when the key is not configured (any more), or the
	 * value or its associated data was altered
	 */
	String decrypt(String keyId, byte[] value, byte[] associatedData) {
		SecretKey key = this.keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("Stored credentials use an encryption key that is not configured: " + keyId
					+ " (kollegan.persistence.encryption.previous-keys)");
		}
		if (value.length < NONCE_LENGTH + TAG_BITS / 8) {
			throw new IllegalStateException("Stored credentials are truncated");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, value, 0, NONCE_LENGTH));
			cipher.updateAAD(associatedData);
			byte[] plain = cipher.doFinal(value, NONCE_LENGTH, value.length - NONCE_LENGTH);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (AEADBadTagException ex) {
			// Never the value: only that it does not authenticate.
			throw new IllegalStateException("Stored credentials do not decrypt: altered, or moved from another row");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM unavailable", ex);
		}
	}

}
