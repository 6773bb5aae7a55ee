package se.postboxen.kollegan.magiclink;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import se.postboxen.kollegan.shared.HmacSha256;

/**
 * Signs and checks magic-link tokens: {@code <payload>.<key id>.<HMAC-SHA256>}, the
 * payload being the link's id and expiry. Keys rotate by id: new links are signed with
 * the current key, links signed with a retired key still listed keep working until they
 * expire. The expiry is inside the signature, so it cannot be stretched.
 */
public final class MagicLinkSigner {

	private static final Pattern KEY_ID = Pattern.compile("^[A-Za-z0-9_-]{1,32}$");

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	/** What a token says, once its signature checked out. */
	public record Claims(UUID linkId, Instant expiresAt) {

	}

	private final String currentKeyId;

	private final Map<String, byte[]> keys;

	/**
	 * @param keys the secrets by key id; must contain {@code currentKeyId}
	 */
	public MagicLinkSigner(String currentKeyId, Map<String, String> keys) {
		if (!keys.containsKey(currentKeyId)) {
			throw new IllegalArgumentException("the current magic-link key id has no key");
		}
		keys.keySet().forEach(id -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalArgumentException("a magic-link key id is 1 to 32 of A-Z a-z 0-9 _ -");
			}
		});
		this.currentKeyId = currentKeyId;
		this.keys = Map.copyOf(keys.entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
					e -> e.getValue().getBytes(StandardCharsets.UTF_8))));
	}

	public String sign(UUID linkId, Instant expiresAt) {
		ByteBuffer payload = ByteBuffer.allocate(24);
		payload.putLong(linkId.getMostSignificantBits())
			.putLong(linkId.getLeastSignificantBits())
			.putLong(expiresAt.getEpochSecond());
		String encoded = ENCODER.encodeToString(payload.array());
		return encoded + "." + this.currentKeyId + "."
				+ ENCODER.encodeToString(mac(this.keys.get(this.currentKeyId), encoded, this.currentKeyId));
	}

	/**
	 * @return the claims of a token signed with a known key; empty for anything else (a
	 * changed character anywhere, an unknown or retired key id, a token of another shape)
	 */
	public Optional<Claims> verify(String token) {
		Objects.requireNonNull(token, "token");
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3 || !KEY_ID.matcher(parts[1]).matches() || !this.keys.containsKey(parts[1])) {
			return Optional.empty();
		}
		byte[] given;
		byte[] payload;
		try {
			given = DECODER.decode(parts[2]);
			payload = DECODER.decode(parts[0]);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		byte[] expected = mac(this.keys.get(parts[1]), parts[0], parts[1]);
		if (!HmacSha256.same(expected, given) || payload.length != 24) {
			return Optional.empty();
		}
		ByteBuffer buffer = ByteBuffer.wrap(payload);
		return Optional
			.of(new Claims(new UUID(buffer.getLong(), buffer.getLong()), Instant.ofEpochSecond(buffer.getLong())));
	}

	private static byte[] mac(byte[] key, String payload, String keyId) {
		return HmacSha256.of(key, (payload + "." + keyId).getBytes(StandardCharsets.US_ASCII));
	}

}
