package se.postboxen.kollegan.adapter.slack;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import se.postboxen.kollegan.shared.HmacSha256;

/**
 * The {@code state} of Slack's install flow: which tenant's administrator started it,
 * until when it may come back, and a nonce that makes it single-use, signed with HMAC so
 * that none of it can be changed on the way. The administrator is named by a digest of
 * their sign-in subject, not the subject itself: the state passes through Slack and the
 * browser's history.
 *
 * @param tenantId the tenant the workspace will be linked to
 * @param admin digest of the administrator's subject ({@link #admin(String)})
 * @param expiresAt epoch second after which the state is refused
 * @param nonce random, base64url
 */
record SlackInstallState(UUID tenantId, String admin, long expiresAt, String nonce) {

	/** Longer states are not Kollegan's: refused before any parsing. */
	static final int MAX_LENGTH = 512;

	private static final String VERSION = "v1";

	private static final Pattern PART = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();

	SlackInstallState {
		if (!PART.matcher(admin).matches() || !PART.matcher(nonce).matches()) {
			throw new IllegalArgumentException("Not an install state");
		}
	}

	/** The state as sent to Slack: {@code v1.tenant.admin.expiry.nonce.signature}. */
	String sign(byte[] key) {
		String payload = payload();
		return payload + "." + base64.encodeToString(HmacSha256.of(key, payload.getBytes(StandardCharsets.US_ASCII)));
	}

	private String payload() {
		return String.join(".", VERSION, this.tenantId.toString(), this.admin, Long.toString(this.expiresAt),
				this.nonce);
	}

	/**
	 * The state Kollegan signed with {@code key}, or empty for anything else: altered,
	 * truncated, signed with another key, or not a state at all. Whether it is still
	 * valid, and for whom, is for the caller to check.
	 */
	static Optional<SlackInstallState> verify(@Nullable String state, byte[] key) {
		if (state == null || state.isEmpty() || state.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		int signatureAt = state.lastIndexOf('.');
		if (signatureAt < 0) {
			return Optional.empty();
		}
		String payload = state.substring(0, signatureAt);
		byte[] given;
		try {
			given = Base64.getUrlDecoder().decode(state.substring(signatureAt + 1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!HmacSha256.same(HmacSha256.of(key, payload.getBytes(StandardCharsets.US_ASCII)), given)) {
			return Optional.empty();
		}
		String[] parts = payload.split("\\.", -1);
		if (parts.length != 5 || !VERSION.equals(parts[0])) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(new SlackInstallState(UUID.fromString(parts[1]), parts[2], Long.parseLong(parts[3]), parts[4]));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** How a state names an administrator: a digest of their subject, base64url. */
	static String admin(String subject) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
			return base64.encodeToString(Arrays.copyOf(digest, 18));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 unavailable", ex);
		}
	}

}
