package se.postboxen.kollegan.bot.magiclink;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Magic links.
 *
 * @param keyId the id of the signing key, carried in every link; change it with the key
 * @param key the HMAC key new links are signed with ({@code KOLLEGAN_MAGIC_LINK_KEY}); in
 * development the documented demo key when unset, never accepted in production
 * @param previousKeyId the id of the key before the last rotation, if any
 * @param previousKey that key: links it signed keep working until they expire
 * @param lifetime how long a new link works
 */
@Validated
@ConfigurationProperties("kollegan.magic-links")
public record MagicLinkProperties(@NotBlank @DefaultValue("k1") String keyId, @Nullable String key,
		@Nullable String previousKeyId, @Nullable String previousKey, @NotNull @DefaultValue("P7D") Duration lifetime) {

	public static final String DEMO_KEY = "kollegan-demo-magic-link-key";

	public MagicLinkProperties {
		if (key == null || key.isBlank()) {
			key = DEMO_KEY;
		}
	}

	/** Every key links may be signed with, by id. */
	public Map<String, String> keys() {
		Map<String, String> keys = new LinkedHashMap<>();
		if (this.previousKeyId != null && this.previousKey != null && !this.previousKey.isBlank()) {
			keys.put(this.previousKeyId, this.previousKey);
		}
		keys.put(this.keyId, this.key);
		return keys;
	}

	@Override
	public String toString() {
		return "MagicLinkProperties[keyId=" + this.keyId + ", lifetime=" + this.lifetime + "]";
	}

}
