package se.postboxen.kollegan.adapter.persistence.chat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.PropertyResolver;
import org.springframework.validation.annotation.Validated;

/**
 * The key secrets in the database are encrypted with (chat workspaces' tokens). Each may
 * also come as {@code KOLLEGAN_ENCRYPTION_KEY} and
 * {@code KOLLEGAN_ENCRYPTION_PREVIOUS_KEYS}. Without a key, development uses
 * {@link #DEVELOPMENT_KEY}; production stores no such secret (and refuses to start with
 * Slack's install flow configured but no strong key).
 *
 * @param key 32 random bytes, base64 ({@code openssl rand -base64 32}); new values are
 * encrypted with it
 * @param previousKeys keys used before a rotation, base64, so that values they encrypted
 * are still read
 */
@Validated
@ConfigurationProperties("kollegan.persistence.encryption")
public record CredentialEncryptionProperties(@Nullable String key, @DefaultValue List<String> previousKeys) {

	/**
	 * Documented in {@code docs/configuration.md} and so known to everyone: used in
	 * development only, refused in production.
	 */
	public static final String DEVELOPMENT_KEY = "a29sbGVnYW4tZGV2LWtleS1uZXZlci1pbi1wcm9kISE=";

	/**
	 * The current key: configured, else {@code KOLLEGAN_ENCRYPTION_KEY}, else, only when
	 * {@code kollegan.mode} is {@code development} (or unset), the development key.
	 * @throws IllegalStateException when a configured key is not 32 bytes of base64
	 */
	byte @Nullable [] currentKey(PropertyResolver environment) {
		String configured = first(this.key, environment.getProperty("KOLLEGAN_ENCRYPTION_KEY"));
		if (configured == null) {
			// Strictly "development": a mistyped mode must not fall back to a known key.
			String mode = environment.getProperty("kollegan.mode", "development").strip().toLowerCase(Locale.ROOT);
			return mode.equals("development") ? decode(DEVELOPMENT_KEY) : null;
		}
		return decode(configured);
	}

	List<byte[]> previousKeys(PropertyResolver environment) {
		List<String> configured = this.previousKeys;
		if (configured.isEmpty()) {
			String fromEnvironment = environment.getProperty("KOLLEGAN_ENCRYPTION_PREVIOUS_KEYS", "");
			configured = List.of(fromEnvironment.split(","));
		}
		List<byte[]> keys = new ArrayList<>();
		for (String key : configured) {
			if (!key.isBlank()) {
				keys.add(decode(key));
			}
		}
		return keys;
	}

	/** Whether {@code value} is a usable key: 32 bytes of base64. */
	public static boolean isKey(@Nullable String value) {
		try {
			return value != null && Base64.getDecoder().decode(value.strip()).length == CredentialCipher.KEY_LENGTH;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static byte[] decode(String value) {
		if (!isKey(value)) {
			// Never the value itself.
			throw new IllegalStateException("kollegan.persistence.encryption keys (KOLLEGAN_ENCRYPTION_KEY) must be "
					+ CredentialCipher.KEY_LENGTH + " random bytes in base64, e.g. from `openssl rand -base64 32`");
		}
		return Base64.getDecoder().decode(value.strip());
	}

	private static @Nullable String first(@Nullable String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.strip();
			}
		}
		return null;
	}

	@Override
	public String toString() {
		return "CredentialEncryptionProperties[key=" + ((this.key != null) ? "(set)" : "(none)") + ", previousKeys="
				+ this.previousKeys.size() + "]";
	}

}
