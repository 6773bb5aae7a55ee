package se.postboxen.kollegan.bot.offboarding;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import se.postboxen.kollegan.shared.HmacSha256;
import se.postboxen.kollegan.tenant.TenantId;

/**
 * The confirmation step before a tenant is deleted: the first request gets a token bound
 * to the tenant, the administrator and a few minutes; only the second request, carrying
 * it, deletes. Stateless (an HMAC under the server's signing key, with its own purpose
 * label), so any replica can check it.
 */
final class TenantConfirmations {

	private static final byte[] PURPOSE = "kollegan/offboard-tenant/v1".getBytes(StandardCharsets.UTF_8);

	private final byte[] key;

	private final Clock clock;

	private final Duration lifetime;

	TenantConfirmations(String key, Clock clock, Duration lifetime) {
		this.key = key.getBytes(StandardCharsets.UTF_8);
		this.clock = clock;
		this.lifetime = lifetime;
	}

	record Issued(String token, Instant expiresAt) {

	}

	Issued issue(TenantId tenantId, String subject) {
		Instant expiresAt = this.clock.instant().plus(this.lifetime);
		String expiry = Long.toString(expiresAt.getEpochSecond());
		return new Issued(expiry + "." + mac(tenantId, subject, expiry), expiresAt);
	}

	boolean valid(TenantId tenantId, String subject, String token) {
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return false;
		}
		String expiry = token.substring(0, dot);
		try {
			if (Instant.ofEpochSecond(Long.parseLong(expiry)).isBefore(this.clock.instant())) {
				return false;
			}
		}
		catch (NumberFormatException | DateTimeException ex) {
			return false;
		}
		return HmacSha256.same(mac(tenantId, subject, expiry).getBytes(StandardCharsets.US_ASCII),
				token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Each part is preceded by its length, so that no part can borrow characters from its
	 * neighbour (a subject ending in digits must not stretch the expiry).
	 */
	private String mac(TenantId tenantId, String subject, String expiry) {
		List<byte[]> parts = new ArrayList<>();
		parts.add(PURPOSE);
		for (String part : List.of(tenantId.value().toString(), subject, expiry)) {
			byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
			parts.add((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
			parts.add(bytes);
		}
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(HmacSha256.of(this.key, parts.toArray(byte[][]::new)));
	}

}
